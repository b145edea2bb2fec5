//! Gold JSON Lines (`{"id", "text", "entities": [{"start", "end", "label",
//! "optional"?}]}`, code-point offsets, end exclusive), as in `shared/gold`
//! and the shared corpora. Labels are mapped like `score.py`; other classes
//! (dates, numbers) are dropped.

use serde_json::Value;

use crate::{map_label, GoldDoc};

/// A gold document and its optional entities (not penalized when missed or found).
pub struct Gold {
    pub doc: GoldDoc,
    pub optional: Vec<(usize, usize, lede::EntityLabel)>,
}

/// Parses one line; `Err` explains what is wrong.
pub fn parse_line(line: &str) -> Result<Gold, String> {
    let v: Value = serde_json::from_str(line).map_err(|e| format!("invalid JSON: {e}"))?;
    let text = v.get("text").and_then(Value::as_str).ok_or("no \"text\" string")?.to_string();
    let id = match v.get("id") {
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    // Code point -> byte offsets.
    let mut bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    bytes.push(text.len());
    let mut entities = Vec::new();
    let mut optional = Vec::new();
    for e in v.get("entities").and_then(Value::as_array).map(Vec::as_slice).unwrap_or(&[]) {
        let (Some(s), Some(t), Some(l)) = (
            e.get("start").and_then(Value::as_u64),
            e.get("end").and_then(Value::as_u64),
            e.get("label").and_then(Value::as_str),
        ) else {
            continue;
        };
        let Some(label) = map_label(l) else { continue };
        let (Some(&a), Some(&b)) = (bytes.get(s as usize), bytes.get(t as usize)) else {
            return Err(format!("entity offsets {s}..{t} outside the text"));
        };
        if e.get("optional").and_then(Value::as_bool) == Some(true) {
            optional.push((a, b, label));
        } else {
            entities.push((a, b, label));
        }
    }
    Ok(Gold { doc: GoldDoc { id, text, entities }, optional })
}
