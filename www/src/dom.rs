//! The few imperative DOM touches Yew has no declarative form for:
//! scrolling to marks, restarting their flash animation, waiting for the
//! browser to paint; and the page's clock (today's date), which only the main
//! thread reads.

use std::cell::Cell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};

/// Today's local date as `YYYY-MM-DD` (what `<input type="date">` holds).
pub fn today_iso() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// Whether `s` is what a date input holds: `YYYY-MM-DD`.
pub fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, &c)| {
            if i == 4 || i == 7 {
                c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

/// DOM id of mark `i` in the article view.
pub fn mark_id(i: usize) -> String {
    format!("m{i}")
}

/// DOM id of quotation `i`'s wrapper in the article view.
pub fn quote_id(i: usize) -> String {
    format!("q{i}")
}

fn reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches())
}

/// Scrolls to the first of the given marks and flashes all of them (the CSS
/// class `flash` runs a short animation; removing it and forcing a reflow
/// restarts the animation on repeated clicks).
pub fn flash_marks(marks: &[usize]) {
    flash(marks.iter().map(|&i| mark_id(i)));
}

/// Scrolls to quotation `i` in the article and flashes it.
pub fn flash_quote(i: usize) {
    flash(std::iter::once(quote_id(i)));
}

/// Scrolls to the first of the elements and flashes them all.
fn flash(ids: impl Iterator<Item = String>) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let mut first = true;
    for id in ids {
        let Some(el) = document.get_element_by_id(&id) else {
            continue;
        };
        let classes = el.class_list();
        let _ = classes.remove_1("flash");
        if let Some(h) = el.dyn_ref::<HtmlElement>() {
            let _ = h.offset_width(); // reflow, so the animation starts again
        }
        let _ = classes.add_1("flash");
        if first {
            first = false;
            let options = ScrollIntoViewOptions::new();
            options.set_block(ScrollLogicalPosition::Center);
            options.set_behavior(if reduced_motion() {
                ScrollBehavior::Auto
            } else {
                ScrollBehavior::Smooth
            });
            el.scroll_into_view_with_scroll_into_view_options(&options);
        }
    }
}

/// Runs `f` once the browser has painted the next frame: in a task queued from
/// a `requestAnimationFrame` callback, so after that frame's style, layout and
/// paint. Where no frame comes (a hidden tab), a timer runs it instead.
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    let f = Rc::new(Cell::new(Some(Box::new(f) as Box<dyn FnOnce()>)));
    let run = move || {
        if let Some(f) = f.take() {
            f();
        }
    };
    let fallback = run.clone();
    Timeout::new(250, fallback).forget();
    let Some(window) = web_sys::window() else {
        return;
    };
    let frame = Closure::once_into_js(move || Timeout::new(0, run).forget());
    let _ = window.request_animation_frame(frame.unchecked_ref());
}

/// Offers `content` as a file download named `file_name`: a Blob behind an
/// object URL, clicked through a detached `<a download>`. Nothing leaves the
/// page. The URL is revoked a minute later, once the browser has read it.
pub fn download(file_name: &str, media_type: &str, content: &str) -> Result<(), String> {
    let fail = |what: &str| format!("could not {what}");
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| fail("reach the page"))?;
    let parts = js_sys::Array::of1(&content.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(media_type);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| fail("build the file"))?;
    let url =
        web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| fail("build the file"))?;
    let link: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| fail("start the download"))?
        .unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    Timeout::new(60_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// Writes `text` to the clipboard.
pub async fn copy_text(text: &str) -> Result<(), String> {
    let clipboard = web_sys::window()
        .map(|w| w.navigator().clipboard())
        .ok_or_else(|| "the clipboard is not available".to_string())?;
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|e| {
            js_sys::Reflect::get(&e, &"message".into())
                .ok()
                .and_then(|m| m.as_string())
                .unwrap_or_else(|| "the browser refused".to_string())
        })
}

/// Inserts `text` at the selection of the textarea `id`, as typing would:
/// through `execCommand("insertText")`, so the browser's undo takes it back
/// and an `input` event reports the new value; where that is unavailable,
/// `setRangeText`. Returns the textarea's new value.
pub fn insert_text(id: &str, text: &str) -> Option<String> {
    let document = web_sys::window()?.document()?;
    let area: web_sys::HtmlTextAreaElement = document.get_element_by_id(id)?.dyn_into().ok()?;
    let _ = area.focus();
    let before = area.value();
    let html: &web_sys::HtmlDocument = document.unchecked_ref();
    let inserted = html
        .exec_command_with_show_ui_and_value("insertText", false, text)
        .unwrap_or(false);
    if !inserted || (area.value() == before && !text.is_empty()) {
        let start = area.selection_start().ok().flatten().unwrap_or(0);
        let end = area.selection_end().ok().flatten().unwrap_or(start);
        let _ = area.set_range_text_with_start_and_end_and_mode(text, start, end, "end");
    }
    Some(area.value())
}

/// Scrolls the element `id` into view and focuses it.
pub fn reveal(id: &str) {
    let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    else {
        return;
    };
    let options = ScrollIntoViewOptions::new();
    options.set_block(ScrollLogicalPosition::Start);
    el.scroll_into_view_with_scroll_into_view_options(&options);
    if let Some(h) = el.dyn_ref::<HtmlElement>() {
        let _ = h.focus();
    }
}
