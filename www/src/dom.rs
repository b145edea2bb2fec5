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
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let mut first = true;
    for &i in marks {
        let Some(el) = document.get_element_by_id(&mark_id(i)) else {
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
