//! The Open-or-Closed web app: a Yew single-page app that shows what the
//! [`engine`] computes. It owns the page, the app state and the browser; it
//! holds no cost logic.

pub mod app;
pub mod components;
pub mod form;
pub mod format;
pub mod messages;
pub mod page_events;
pub mod presets;
pub mod state;
pub mod view;

pub use app::App;

/// Mounts the app on the document body.
pub fn run() {
    yew::Renderer::<App>::new().render();
}

// The crate's unit tests run in headless Chromium, like the component tests.
#[cfg(test)]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
