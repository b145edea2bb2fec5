//! Timing marks for `tests/e2e/timing.test.mjs`: `performance.mark` with one
//! entry per name (the previous one is cleared first, so nothing accumulates),
//! in the page and in the worker alike.

use wasm_bindgen::JsCast;

fn performance() -> Option<web_sys::Performance> {
    // `window.performance` on the page, `self.performance` in the worker.
    js_sys::Reflect::get(&js_sys::global(), &"performance".into())
        .ok()?
        .dyn_into()
        .ok()
}

/// Milliseconds since the page (or worker) started; 0 where unavailable.
pub fn now_ms() -> f64 {
    performance().map_or(0.0, |p| p.now())
}

/// Replaces the mark called `name` with one at the current time.
pub fn mark(name: &str) {
    if let Some(p) = performance() {
        p.clear_marks_with_mark_name(name);
        let _ = p.mark(name);
    }
}
