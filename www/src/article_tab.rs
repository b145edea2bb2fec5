//! What the Compare view takes from the Article view: its current text
//! ("Add the article from the Article tab") and its reference date (for
//! relative dates in sources without a dateline).
//!
//! Read from the Article view's own controls, which stay mounted while the
//! view is hidden, so the two views share no state and each can change on
//! its own; localStorage (saved a moment after each edit) is the fallback.

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};

use crate::components::{REFERENCE_KEY, STORAGE_KEY, TEXTAREA_ID};
use crate::dom::{is_iso_date, today_iso};
use crate::hooks::read_local_storage;

fn element<T: JsCast>(id: &str) -> Option<T> {
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into()
        .ok()
}

/// The article in the Article view's editor now.
pub fn article_text() -> Option<String> {
    element::<HtmlTextAreaElement>(TEXTAREA_ID)
        .map(|area| area.value())
        .or_else(|| read_local_storage(STORAGE_KEY))
}

/// The Article view's reference date: `YYYY-MM-DD`, or empty for none.
pub fn reference_date() -> String {
    element::<HtmlInputElement>("reference-date")
        .map(|input| input.value())
        .or_else(|| read_local_storage(REFERENCE_KEY))
        .filter(|d| d.is_empty() || is_iso_date(d))
        .unwrap_or_else(today_iso)
}
