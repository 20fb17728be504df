//! Entry point of the browser app: mounts [`open_or_closed::App`] on the page.

fn main() {
    open_or_closed::run();
}
