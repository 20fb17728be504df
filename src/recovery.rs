//! A panic must not leave a dead page. The hook installed here puts a recovery
//! screen over the page that offers the profile the user was working on as a
//! download, and a link that reloads the page.
//!
//! After a panic the WebAssembly instance cannot be trusted to run again, so
//! the screen needs none of it: the download is a plain `<a download>` on a
//! `blob:` URL made while the hook runs, and reloading is a plain link.

use std::cell::RefCell;

use engine::text::{Lang, Words};

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, HtmlAnchorElement};

use crate::browser::blob_url;
use engine::Profile;

/// The file name of the profile offered on the recovery screen.
pub const RECOVERY_FILE_NAME: &str = "open-or-closed-profile.json";

thread_local! {
    /// The working profile, kept current by the app (see `app.rs`). Kept as a
    /// value and only written out as JSON if a panic happens: a clone per edit
    /// costs far less than serialising on every keystroke.
    static LAST_PROFILE: RefCell<Option<Profile>> = const { RefCell::new(None) };
    /// The reader's language, so the recovery screen speaks it.
    static LANG: std::cell::Cell<Lang> = const { std::cell::Cell::new(Lang::En) };
}

/// Records the profile to offer if the page ever panics.
/// Keeps the reader's language for the recovery screen.
pub fn remember_lang(lang: Lang) {
    LANG.with(|slot| slot.set(lang));
}

pub fn remember_profile(profile: &Profile) {
    LAST_PROFILE.with(|slot| {
        if let Ok(mut slot) = slot.try_borrow_mut() {
            *slot = Some(profile.clone());
        }
    });
}

/// Installs the panic hook. Call once, before the app mounts.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        // For whoever opens the console, and so the next load starts fresh.
        web_sys::console::error_1(&wasm_bindgen::JsValue::from_str(&info.to_string()));
        crate::browser::set_crash_marker();
        let json = LAST_PROFILE.with(|slot| {
            slot.try_borrow()
                .ok()
                .and_then(|profile| profile.as_ref().map(Profile::to_json))
                .unwrap_or_default()
        });
        let _ = show_recovery_screen(&json);
    }));
}

/// Shows the recovery screen over the page, offering `profile_json` (if any)
/// as a download. Only DOM calls; the texts come from the message catalog.
pub fn show_recovery_screen(profile_json: &str) -> Result<(), JsValue> {
    let words = Words::new(LANG.with(std::cell::Cell::get));
    let document = gloo::utils::document();
    let screen = element(&document, "div", "recovery", None)?;
    screen.set_attribute("role", "alertdialog")?;
    screen.set_attribute("aria-labelledby", "recovery-heading")?;
    screen.set_attribute("data-testid", "recovery")?;
    let heading = element(
        &document,
        "h1",
        "recovery__heading",
        Some(words.recovery_heading()),
    )?;
    heading.set_id("recovery-heading");
    // Focus moves to the screen, since what had it is now hidden.
    heading.set_attribute("tabindex", "-1")?;
    screen.append_child(&heading)?;
    let text = element(&document, "p", "", Some(words.recovery_text()))?;
    screen.append_child(&text)?;
    let actions = element(&document, "p", "recovery__actions", None)?;
    if !profile_json.is_empty() {
        let download: HtmlAnchorElement = element(
            &document,
            "a",
            "recovery__download",
            Some(words.recovery_download()),
        )?
        .unchecked_into();
        download.set_href(&blob_url(profile_json, "application/json")?);
        download.set_download(RECOVERY_FILE_NAME);
        actions.append_child(&download)?;
    }
    let reload: HtmlAnchorElement = element(
        &document,
        "a",
        "recovery__reload",
        Some(words.recovery_reload()),
    )?
    .unchecked_into();
    // The page without its fragment: a share link that led here is not reopened.
    let location = gloo::utils::window().location();
    reload.set_href(&format!("{}{}", location.pathname()?, location.search()?));
    actions.append_child(&reload)?;
    screen.append_child(&actions)?;
    // Hides the rest of the page (style/main.css), which may be half-updated.
    gloo::utils::document_element().set_attribute("data-crashed", "")?;
    gloo::utils::body().append_child(&screen)?;
    if let Ok(heading) = heading.dyn_into::<web_sys::HtmlElement>() {
        let _ = heading.focus();
    }
    Ok(())
}

fn element(
    document: &Document,
    tag: &str,
    class: &str,
    text: Option<&str>,
) -> Result<Element, JsValue> {
    let element = document.create_element(tag)?;
    if !class.is_empty() {
        element.set_class_name(class);
    }
    // Text, never markup.
    element.set_text_content(text);
    Ok(element)
}
