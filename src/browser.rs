//! The few browser services the app uses beyond rendering: local storage,
//! file downloads, the clipboard, and the page's address. Every call returns a
//! `Result` or an `Option`: a browser that refuses (private mode, a full disk,
//! no clipboard permission) is an expected case, never a panic.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Storage, Url};

/// Why the browser's storage refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageError {
    /// No storage at all (blocked, private mode in some browsers, file:// in others).
    Unavailable,
    /// The write was refused, almost always because the quota is full.
    Full,
}

fn local_storage() -> Result<Storage, StorageError> {
    web_sys::window()
        .ok_or(StorageError::Unavailable)?
        .local_storage()
        .ok()
        .flatten()
        .ok_or(StorageError::Unavailable)
}

/// The text stored under `key`, if any.
pub fn read_storage(key: &str) -> Result<Option<String>, StorageError> {
    local_storage()?
        .get_item(key)
        .map_err(|_| StorageError::Unavailable)
}

/// The key, among those starting with `prefix`, that holds exactly `text`.
pub fn storage_key_holding(prefix: &str, text: &str) -> Option<String> {
    let storage = local_storage().ok()?;
    let count = storage.length().ok()?;
    (0..count)
        .filter_map(|index| storage.key(index).ok().flatten())
        .filter(|key| key.starts_with(prefix))
        .find(|key| storage.get_item(key).ok().flatten().as_deref() == Some(text))
}

/// Marks, for the rest of this tab's session, that the page stopped on an
/// internal error (see `persistence::load`).
pub fn set_crash_marker() {
    if let Some(storage) =
        web_sys::window().and_then(|window| window.session_storage().ok().flatten())
    {
        let _ = storage.set_item(CRASH_MARKER_KEY, "1");
    }
}

/// Whether the page stopped on an internal error last time; clears the mark.
pub fn take_crash_marker() -> bool {
    let Some(storage) =
        web_sys::window().and_then(|window| window.session_storage().ok().flatten())
    else {
        return false;
    };
    let crashed = matches!(storage.get_item(CRASH_MARKER_KEY), Ok(Some(_)));
    let _ = storage.remove_item(CRASH_MARKER_KEY);
    crashed
}

const CRASH_MARKER_KEY: &str = "open-or-closed:crashed";

/// Stores `text` under `key`.
pub fn write_storage(key: &str, text: &str) -> Result<(), StorageError> {
    local_storage()?
        .set_item(key, text)
        .map_err(|_| StorageError::Full)
}

/// A `blob:` URL holding `text` with the given media type.
pub fn blob_url(text: &str, media_type: &str) -> Result<String, JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(media_type);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
    Url::create_object_url_with_blob(&blob)
}

/// Offers `text` as a file download named `file_name`.
pub fn download(file_name: &str, media_type: &str, text: &str) -> Result<(), JsValue> {
    let url = blob_url(text, media_type)?;
    let anchor: HtmlAnchorElement = gloo::utils::document()
        .create_element("a")?
        .unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // Some browsers read the URL after the click returns: free it a minute later.
    gloo::timers::callback::Timeout::new(60_000, move || {
        let _ = Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// Puts `text` on the clipboard; resolves to whether the browser allowed it.
pub async fn copy_to_clipboard(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    // The clipboard exists only in secure contexts (https, localhost); calling
    // it elsewhere would throw, so the page shows the link to copy instead.
    let navigator = window.navigator();
    let has_clipboard =
        js_sys::Reflect::has(&navigator, &JsValue::from_str("clipboard")).unwrap_or(false);
    if !window.is_secure_context() || !has_clipboard {
        return false;
    }
    let promise = navigator.clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// The page's address without its fragment (`https://host/path/?embed=1`).
pub fn address_without_fragment() -> Option<String> {
    let location = web_sys::window()?.location();
    let href = location.href().ok()?;
    Some(match href.split_once('#') {
        Some((before, _)) => before.to_owned(),
        None => href,
    })
}

/// Why the page cannot make a link to itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkBaseError {
    /// Opened from a file: a link would name a path on this computer.
    FromFile,
    /// No address at all.
    NoAddress,
}

/// The address a share link starts from: the page's, without its fragment and
/// without `embed=1` (whoever opens the link gets the full page).
pub fn share_base_address() -> Result<String, LinkBaseError> {
    let location = web_sys::window()
        .ok_or(LinkBaseError::NoAddress)?
        .location();
    if location.protocol().map_err(|_| LinkBaseError::NoAddress)? == "file:" {
        return Err(LinkBaseError::FromFile);
    }
    let address = address_without_fragment().ok_or(LinkBaseError::NoAddress)?;
    Ok(without_embed(&address))
}

/// `address` without an `embed=1` query parameter, and without `lang=`: a
/// share link carries the profile only, and opens in its reader's language.
pub fn without_embed(address: &str) -> String {
    let Some((path, query)) = address.split_once('?') else {
        return address.to_owned();
    };
    let kept: Vec<&str> = query
        .split('&')
        .filter(|part| !part.is_empty() && *part != "embed=1" && !part.starts_with("lang="))
        .collect();
    if kept.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{}", kept.join("&"))
    }
}

/// The `localStorage` key of the language the reader chose in this browser.
pub const LANG_KEY: &str = "open-or-closed.lang";

/// The language the page opens in (see [`engine::text::Lang::choose`]): the
/// address's `?lang=`, the reader's stored choice, the browser's languages.
pub fn starting_lang() -> engine::text::Lang {
    let window = web_sys::window();
    let query = window
        .as_ref()
        .and_then(|window| window.location().search().ok())
        .unwrap_or_default();
    let stored = local_storage()
        .ok()
        .and_then(|storage| storage.get_item(LANG_KEY).ok().flatten());
    let browser: Vec<String> = window
        .map(|window| window.navigator().languages())
        .map(|tags| tags.iter().filter_map(|tag| tag.as_string()).collect())
        .unwrap_or_default();
    engine::text::Lang::choose(
        engine::text::Lang::from_query(&query),
        stored.as_deref(),
        browser.iter().map(String::as_str),
    )
}

/// Remembers the reader's choice of language in this browser; also updates
/// the address's `?lang=` when it has one, so that a reload keeps the choice.
pub fn remember_lang(lang: engine::text::Lang) {
    if let Ok(storage) = local_storage() {
        let _ = storage.set_item(LANG_KEY, lang.code());
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let search = location.search().unwrap_or_default();
    let parts = search.trim_start_matches('?').split('&');
    if !parts.clone().any(|part| part.starts_with("lang=")) {
        return;
    }
    let query: Vec<String> = parts
        .filter(|part| !part.is_empty())
        .map(|part| {
            if part.starts_with("lang=") {
                format!("lang={}", lang.code())
            } else {
                part.to_owned()
            }
        })
        .collect();
    let address = format!(
        "{}?{}{}",
        location.pathname().unwrap_or_default(),
        query.join("&"),
        location.hash().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&address));
    }
}

/// Sets `<html lang>` (the screen reader's voice, hyphenation, and the
/// Simplified Han glyphs for `zh-Hans`).
pub fn set_document_lang(lang: engine::text::Lang) {
    let _ = gloo::utils::document_element().set_attribute("lang", lang.html_tag());
}

/// True when the page runs inside a frame (page.js marks `<html data-framed>`).
pub fn is_framed() -> bool {
    gloo::utils::document_element().has_attribute("data-framed")
}

/// The fragment of the page's address, without the `#`.
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .map(|hash| hash.trim_start_matches('#').to_owned())
        .unwrap_or_default()
}

/// Removes the fragment from the address bar without reloading or adding a
/// history entry, so a reload does not open a shared link a second time.
pub fn clear_fragment() {
    if let (Some(window), Some(address)) = (web_sys::window(), address_without_fragment()) {
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&address));
        }
    }
}

/// Milliseconds since the epoch, for backup keys and "saved at".
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// The current date and time as ISO 8601 text (UTC), for "saved at".
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn a_share_link_never_carries_embed_mode_or_the_language() {
        assert_eq!(without_embed("https://h/p/?embed=1"), "https://h/p/");
        assert_eq!(
            without_embed("https://h/p/?a=2&embed=1&b=3"),
            "https://h/p/?a=2&b=3"
        );
        assert_eq!(without_embed("https://h/p/"), "https://h/p/");
        assert_eq!(
            without_embed("https://h/p/?lang=hi&x=1"),
            "https://h/p/?x=1"
        );
        assert_eq!(
            without_embed("https://h/p/?embed=1&lang=zh"),
            "https://h/p/"
        );
        assert_eq!(
            without_embed("https://h/p/?embed=10"),
            "https://h/p/?embed=10"
        );
    }
}
