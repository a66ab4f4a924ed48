//! Keeping keyboard users in place when a change redraws the part of the page they were in.

use wasm_bindgen::JsCast;

/// Moves focus to the element with this id (a heading with `tabindex="-1"`), so focus does not
/// fall back to the top of the page when the button that had it is redrawn.
pub fn focus_on(id: &str) {
    let target = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = target {
        let _ = element.focus();
    }
}
