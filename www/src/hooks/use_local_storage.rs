//! Persisting the article in `localStorage`, debounced.

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use yew::prelude::*;

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The stored value under `key`, if storage is available and holds one.
pub fn read_local_storage(key: &str) -> Option<String> {
    storage()?.get_item(key).ok()?
}

/// Saves `value` under `key` once it has stayed unchanged for `delay_ms`.
///
/// Every change restarts the timer (the effect's cleanup drops the pending
/// [`Timeout`], which cancels it), so typing writes once per pause. The value
/// present at mount is not written: it came from storage or is the sample.
#[hook]
pub fn use_local_storage(key: &'static str, value: Rc<str>, delay_ms: u32) {
    let mounted = use_mut_ref(|| false);
    use_effect_with(value, move |value| {
        let first = !std::mem::replace(&mut *mounted.borrow_mut(), true);
        let value = value.clone();
        let timeout = (!first).then(|| {
            Timeout::new(delay_ms, move || {
                if let Some(s) = storage() {
                    // Quota errors (huge pastes) are ignored: the text stays on the page.
                    let _ = s.set_item(key, &value);
                }
            })
        });
        move || drop(timeout)
    });
}
