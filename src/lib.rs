//! The Open-or-Closed web app: a Yew single-page app that shows what the
//! [`engine`] computes. It owns the page, the app state and the browser; it
//! holds no cost logic.

pub mod app;
pub mod browser;
pub mod components;
pub mod exports;
pub mod form;
pub mod hooks;
pub mod library;
pub mod notices;
pub mod page_events;
pub mod persistence;
pub mod presets;
pub mod recovery;
pub mod state;
pub mod view;

// The one formatter and the one message catalog live in the engine, which the
// exports and the command line share; the page reaches them under these names.
pub use engine::text as messages;
pub use engine::text::format;

pub use app::App;

/// Installs the panic recovery screen, then mounts the app on the document body.
pub fn run() {
    recovery::install_panic_hook();
    yew::Renderer::<App>::new().render();
}

// The crate's unit tests run in headless Chromium, like the component tests.
#[cfg(test)]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
