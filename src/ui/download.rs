//! Saving text as a file the user downloads.

use wasm_bindgen::JsCast;

/// Offers `contents` as a download named `file_name`. Returns a message when the browser refuses.
pub fn download_text(file_name: &str, mime_type: &str, contents: &str) -> Result<(), String> {
    let fail = |what: &str| format!("Could not start the download ({what}).");
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
