//! The app's side of the two events it shares with `web/page.js`, which
//! registers the service worker: "a new version is waiting" (page.js to app)
//! and "reload into it" (app to page.js). Plain DOM events on `window`, so the
//! app needs no service-worker bindings.

use gloo::events::EventListener;

/// page.js dispatches this on `window` when a new build's worker is waiting.
pub const UPDATE_READY_EVENT: &str = "open-or-closed:update-ready";
/// The app dispatches this on `window` when the user accepts the update.
pub const APPLY_UPDATE_EVENT: &str = "open-or-closed:apply-update";
/// page.js also marks `<html>` with this attribute, in case the update was
/// found before the app started listening.
const UPDATE_READY_ATTRIBUTE: &str = "data-update-ready";

/// Calls `on_ready` once a new version is waiting (at once if it already is).
/// Listening stops when the returned listener is dropped.
pub fn listen_for_update(on_ready: impl Fn() + 'static) -> EventListener {
    if gloo::utils::document_element().has_attribute(UPDATE_READY_ATTRIBUTE) {
        on_ready();
    }
    EventListener::new(&gloo::utils::window(), UPDATE_READY_EVENT, move |_| {
        on_ready()
    })
}

/// Asks page.js to activate the waiting version; the page then reloads.
pub fn apply_update() {
    if let Ok(event) = web_sys::Event::new(APPLY_UPDATE_EVENT) {
        let _ = gloo::utils::window().dispatch_event(&event);
    }
}
