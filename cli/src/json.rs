//! The JSON contract of `lede analyze` (see ../shared/ANNOTATION.md):
//! code-point offsets, `text` equal to the input slice, values as numbers
//! (integers printed without a fraction) or ISO strings.

use lede::export::round_sig;
use lede::{Analysis, Date, OffsetMap, OffsetUnit, Options, ReferenceSource, Value};
use serde_json::{json, Map, Value as Json};

/// One input line: `{"id": ..., "text": ..., "reference_date"?: "YYYY-MM-DD"}`.
pub struct Input {
    pub id: Json,
    pub text: String,
    pub reference_date: Option<Date>,
}

/// Reads one `{"id": ..., "text": ..., "reference_date"?}` input line.
/// `reference_date` (or Recognizers-Text's `reference_datetime`, whose time
/// part is ignored) sets the date relative dates resolve against when the
/// article has no dateline.
pub fn parse_input(line: &str) -> Result<Input, String> {
    let value: Json = serde_json::from_str(line).map_err(|e| format!("invalid JSON: {e}"))?;
    let Json::Object(mut obj) = value else {
        return Err("expected a JSON object with \"id\" and \"text\"".into());
    };
    let id = obj.remove("id").unwrap_or(Json::Null);
    let reference = obj.remove("reference_date").or_else(|| obj.remove("reference_datetime"));
    let reference_date = match reference {
        None | Some(Json::Null) => None,
        Some(Json::String(s)) => Some(
            Date::parse_iso(&s)
                .ok_or_else(|| format!("\"reference_date\" must be YYYY-MM-DD, got {s:?}"))?,
        ),
        Some(_) => return Err("\"reference_date\" must be a string".into()),
    };
    match obj.remove("text") {
        Some(Json::String(text)) => Ok(Input { id, text, reference_date }),
        Some(_) => Err("\"text\" must be a string".into()),
        None => Err("missing \"text\"".into()),
    }
}

/// Analyzes `text` and renders the result line for input `id`. What the
/// analysis noticed about the input (empty, binary, HTML) goes to stderr,
/// prefixed with `source`, so stdout keeps exactly the contract's fields.
pub fn analysis_line(source: &str, id: Json, text: &str, reference_date: Option<Date>) -> Json {
    let analysis = lede::analyze_with_options(text, &Options { reference_date, ..Options::default() });
    for d in &analysis.diagnostics {
        eprintln!("lede: {source}: note: {}", d.message);
    }
    render(id, text, &analysis)
}

pub fn value_json(v: &Value) -> Json {
    match v {
        Value::Number(n) if n.fract() == 0.0 && n.abs() < 9.0e15 => json!(*n as i64),
        // Round away binary noise (`0.1 * 3`): 12 significant digits.
        Value::Number(n) => json!(round_sig(*n)),
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
            if let Some(q) = n.qualifier {
                o.insert("qualifier".into(), json!(q.as_str()));
            }
            if let Some(si) = &n.si {
                o.insert("si_value".into(), value_json(&Value::Number(si.value)));
                if let Some(e) = si.end_value {
                    o.insert("si_end_value".into(), value_json(&Value::Number(e)));
                }
                o.insert("si_unit".into(), json!(si.unit));
            }
            if let Some(r) = &n.resolved {
                let text = if r.start == r.end {
                    r.start.to_string()
                } else {
                    format!("{}/{}", r.start, r.end)
                };
                o.insert("resolved".into(), json!(text));
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
                "source": analysis.source_cluster(f).and_then(canonical),
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
    let mut out = json!({
        "id": id,
        "entities": entities,
        "numbers": numbers,
        "clusters": clusters,
        "facts": facts,
        "quotes": quotes,
        "debris": debris,
    });
    if let (Some(r), Json::Object(o)) = (&analysis.reference, &mut out) {
        let mut rj = Map::new();
        rj.insert("date".into(), json!(r.date.to_string()));
        match r.source {
            ReferenceSource::Dateline(span) => {
                rj.insert("source".into(), json!("dateline"));
                rj.insert("start".into(), json!(map.convert(span.start)));
                rj.insert("end".into(), json!(map.convert(span.end)));
            }
            ReferenceSource::User => {
                rj.insert("source".into(), json!("user"));
            }
        }
        o.insert("reference".into(), Json::Object(rj));
    }
    out
}

#[cfg(test)]
mod tests {
    /// The page's JSON export (core `export::json`, no serde_json) equals
    /// this contract field for field, plus the analyzed `text`.
    #[test]
    fn the_core_export_equals_the_cli_contract() {
        let text = "Launch day\nSEOUL, Feb 27, 2025 (Lede Wire) — Kim Jong Un watched two missiles fly \
            1,587km, KCNA said. “We will fire more, soon enough,” Kim said, according to KCNA. \
            About 0.3 percent of São Paulo’s 😀 budget, $1.5 billion, went “nowhere”, reportedly.\n\
            Sign up now for 3 newsletters\nPHOTO: EPA-EFE\n";
        for reference in [None, lede::Date::parse_iso("2024-06-01")] {
            let options = super::Options { reference_date: reference, ..super::Options::default() };
            let analysis = lede::analyze_with_options(text, &options);
            let mut cli = super::render(super::Json::Null, text, &analysis);
            cli.as_object_mut().unwrap().remove("id");
            let mut page: super::Json =
                serde_json::from_str(&lede::export::json(text, &analysis)).expect("valid JSON");
            assert_eq!(page.as_object_mut().unwrap().remove("text"), Some(super::json!(text)));
            assert_eq!(page, cli);
        }
    }
}
