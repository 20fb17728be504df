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
    // The click has started the download; the URL is not needed any more.
    Url::revoke_object_url(&url)
}

/// Puts `text` on the clipboard; resolves to whether the browser allowed it.
pub async fn copy_to_clipboard(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(text);
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
