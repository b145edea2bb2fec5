//! The few imperative DOM touches Yew has no declarative form for:
//! scrolling to marks and restarting their flash animation.

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};

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
