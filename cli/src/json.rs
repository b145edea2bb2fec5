//! The JSON contract of `lede analyze` (see ../shared/ANNOTATION.md):
//! code-point offsets, `text` equal to the input slice, values as numbers
//! (integers printed without a fraction) or ISO strings.

use lede::{Analysis, OffsetMap, OffsetUnit, Value};
use serde_json::{json, Map, Value as Json};

/// Reads one `{"id": ..., "text": ...}` input line.
pub fn parse_input(line: &str) -> Result<(Json, String), String> {
    let value: Json = serde_json::from_str(line).map_err(|e| format!("invalid JSON: {e}"))?;
    let Json::Object(mut obj) = value else {
        return Err("expected a JSON object with \"id\" and \"text\"".into());
    };
    let id = obj.remove("id").unwrap_or(Json::Null);
    match obj.remove("text") {
        Some(Json::String(text)) => Ok((id, text)),
        Some(_) => Err("\"text\" must be a string".into()),
        None => Err("missing \"text\"".into()),
    }
}

/// Analyzes `text` and renders the result line for input `id`. What the
/// analysis noticed about the input (empty, binary, HTML) goes to stderr,
/// prefixed with `source`, so stdout keeps exactly the contract's fields.
pub fn analysis_line(source: &str, id: Json, text: &str) -> Json {
    let analysis = lede::analyze(text);
    for d in &analysis.diagnostics {
        eprintln!("lede: {source}: note: {}", d.message);
    }
    render(id, text, &analysis)
}

fn value_json(v: &Value) -> Json {
    match v {
        Value::Number(n) if n.fract() == 0.0 && n.abs() < 9.0e15 => json!(*n as i64),
        Value::Number(n) => json!(n),
        Value::Text(s) => json!(s),
    }
}

pub fn render(id: Json, text: &str, analysis: &Analysis) -> Json {
    let map = OffsetMap::new(text, OffsetUnit::CodePoint);
    let entities: Vec<Json> = analysis
        .entities
        .iter()
        .map(|e| {
            json!({
                "start": map.convert(e.span.start),
                "end": map.convert(e.span.end),
                "text": e.span.of(text),
                "label": e.label.as_str(),
                "canonical": analysis.clusters.get(e.cluster).map_or_else(|| e.span.of(text).to_string(), |c| c.canonical.clone()),
            })
        })
        .collect();
    let numbers: Vec<Json> = analysis
        .numbers
        .iter()
        .map(|n| {
            let mut o = Map::new();
            o.insert("start".into(), json!(map.convert(n.span.start)));
            o.insert("end".into(), json!(map.convert(n.span.end)));
            o.insert("text".into(), json!(n.span.of(text)));
            o.insert("kind".into(), json!(n.kind.as_str()));
            o.insert("value".into(), value_json(&n.value));
            if let Some(u) = &n.unit {
                o.insert("unit".into(), json!(u));
            }
            if let Some(c) = &n.counted {
                o.insert("counted".into(), json!(c));
            }
            if n.approximate {
                o.insert("approximate".into(), json!(true));
            }
            if let Some(v) = &n.end_value {
                o.insert("end_value".into(), value_json(v));
            }
            Json::Object(o)
        })
        .collect();
    let clusters: Vec<Json> = analysis
        .clusters
        .iter()
        .map(|c| json!({"canonical": c.canonical, "label": c.label.as_str(), "roles": c.roles, "mentions": c.mentions}))
        .collect();
    let canonical = |c: usize| analysis.clusters.get(c).map(|c| c.canonical.clone());
    let span = |s: lede::Span| (map.convert(s.start), map.convert(s.end));
    let facts: Vec<Json> = analysis
        .facts
        .iter()
        .filter_map(|f| {
            let n = analysis.numbers.get(f.number)?;
            let (start, end) = span(n.span);
            let (ss, se) = span(f.sentence);
            let names: Vec<String> = f.entities.iter().filter_map(|&c| canonical(c)).collect();
            Some(json!({
                "start": start,
                "end": end,
                "kind": n.kind.as_str(),
                "value": value_json(&n.value),
                "unit": n.unit,
                "counted": n.counted,
                "entities": names,
                "attribution": f.attribution.as_ref().map(|a| a.text.clone()),
                "hedged": f.hedged(),
                "sentence": {"start": ss, "end": se},
            }))
        })
        .collect();
    let quotes: Vec<Json> = analysis
        .quotes
        .iter()
        .map(|q| {
            let (start, end) = span(q.span);
            json!({
                "start": start,
                "end": end,
                "speaker": q.speaker.and_then(canonical),
                "via": q.via.and_then(canonical),
            })
        })
        .collect();
    let debris: Vec<Json> = analysis
        .debris
        .iter()
        .map(|d| {
            let (start, end) = span(*d);
            json!({"start": start, "end": end})
        })
        .collect();
    json!({
        "id": id,
        "entities": entities,
        "numbers": numbers,
        "clusters": clusters,
        "facts": facts,
        "quotes": quotes,
        "debris": debris,
    })
}
