//! Persisting the Compare view's sources in `localStorage` (as JSON, through
//! the browser's own `JSON`, so the page ships no JSON library), debounced.

use std::rc::Rc;

use js_sys::{Array, Object, Reflect, JSON};
use wasm_bindgen::JsValue;
use yew::prelude::*;

use super::{read_local_storage, use_local_storage};
use crate::compare_state::SourceEntry;

/// localStorage key of the sources: a JSON array of
/// `{"text", "name", "named", "guess", "fallback", "converted"}`.
pub const SOURCES_KEY: &str = "lede.sources";
/// Quiet time before a save.
const SAVE_DELAY_MS: u32 = 300;

fn get(obj: &JsValue, key: &str) -> JsValue {
    Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// The saved sources (ids are given by the state), or none when nothing
/// usable is saved. Entries without a text are skipped.
pub fn read_stored_sources() -> Vec<SourceEntry> {
    let Some(json) = read_local_storage(SOURCES_KEY) else {
        return Vec::new();
    };
    let Ok(value) = JSON::parse(&json) else {
        return Vec::new();
    };
    if !Array::is_array(&value) {
        return Vec::new();
    }
    Array::from(&value)
        .iter()
        .filter_map(|item| {
            let text = get(&item, "text").as_string()?;
            let string = |key| get(&item, key).as_string();
            Some(SourceEntry {
                id: 0,
                text: text.into(),
                name: string("name").unwrap_or_default().into(),
                named: get(&item, "named").as_bool().unwrap_or(false),
                guess: string("guess").map(Rc::from),
                fallback: string("fallback").unwrap_or_else(|| "Source".into()).into(),
                converted: get(&item, "converted").as_bool().unwrap_or(false),
            })
        })
        .collect()
}

/// The sources as saved.
fn sources_json(sources: &[Rc<SourceEntry>]) -> String {
    let array = Array::new();
    for s in sources {
        let item = Object::new();
        let set = |key: &str, value: JsValue| {
            let _ = Reflect::set(&item, &JsValue::from_str(key), &value);
        };
        set("text", JsValue::from_str(&s.text));
        set("name", JsValue::from_str(&s.name));
        set("named", JsValue::from_bool(s.named));
        set(
            "guess",
            s.guess.as_deref().map_or(JsValue::NULL, JsValue::from_str),
        );
        set("fallback", JsValue::from_str(&s.fallback));
        set("converted", JsValue::from_bool(s.converted));
        array.push(&item);
    }
    JSON::stringify(&array)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| "[]".into())
}

/// Saves `sources` whenever they change (after [`SAVE_DELAY_MS`] of quiet).
#[hook]
pub fn use_sources_storage(sources: Vec<Rc<SourceEntry>>) {
    let json = use_memo(sources, |s| Rc::<str>::from(sources_json(s)));
    use_local_storage(SOURCES_KEY, (*json).clone(), SAVE_DELAY_MS);
}
