//! What the app asks of the browser outside the page: a download, the clipboard, the print
//! dialog. Each can be refused; [`BrowserRefused`] says so in words a user can act on.

use leptos::prelude::*;
use thiserror::Error;
use wasm_bindgen::{JsCast, JsValue};

/// The browser would not do what was asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum BrowserRefused {
    /// `step` names the part of the download that failed, for a bug report.
    #[error(
        "The browser would not start the download ({step}). Try again, or use another browser."
    )]
    Download { step: &'static str },
    #[error("The browser would not copy. Select the text and copy it instead.")]
    Clipboard,
    #[error("The browser would not print. Use its Print menu instead.")]
    Print,
}

/// Offers `contents` as a download named `file_name`.
pub fn download_text(
    file_name: &str,
    mime_type: &str,
    contents: &str,
) -> Result<(), BrowserRefused> {
    let fail = |step| BrowserRefused::Download { step };
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime_type);
    let parts = js_sys::Array::of1(&contents.into());
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| fail("no Blob"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| fail("no URL"))?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| fail("no document"))?;
    let link = document
        .create_element("a")
        .map_err(|_| fail("no link"))?
        .unchecked_into::<web_sys::HtmlAnchorElement>();
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    // Revoking at once is safe: the click has already handed the blob to the download.
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Puts `text` on the clipboard with `navigator.clipboard.writeText`.
pub async fn copy_to_clipboard(text: String) -> Result<(), BrowserRefused> {
    let refused = || BrowserRefused::Clipboard;
    let navigator: JsValue = window().navigator().into();
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).map_err(|_| refused())?;
    if clipboard.is_undefined() || clipboard.is_null() {
        return Err(refused());
    }
    let write = js_sys::Reflect::get(&clipboard, &"writeText".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .ok_or_else(refused)?;
    let promise = write
        .call1(&clipboard, &JsValue::from_str(&text))
        .ok()
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
        .ok_or_else(refused)?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(|_| refused())
}

/// Opens the browser's print dialog.
pub fn print_page() -> Result<(), BrowserRefused> {
    window().print().map_err(|_| BrowserRefused::Print)
}
