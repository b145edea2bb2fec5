//! `lede compare FILE FILE... [--names a,b,c] [--format json|csv|md]
//! [--reference-date YYYY-MM-DD]`: several articles on one story side by
//! side. JSON (default): `sources`, `facts`, `entities`, `quotes`,
//! `overlap`, offsets in code points of each source's text. CSV: the fact
//! matrix, one row per fact, one column per source. Markdown: fact and
//! entity tables.

use crate::json::{round_sig, value_json};
use lede::compare::{Comparison, Source, Status};
use lede::{Analysis, OffsetMap, OffsetUnit, Options};
use serde_json::{json, Value as Json};
use std::process::ExitCode;

const USAGE: &str = "usage: lede compare [--names a,b,c] [--format json|csv|md] [--reference-date YYYY-MM-DD] FILE FILE...";

pub fn run(args: &[String]) -> ExitCode {
    let mut names: Option<Vec<String>> = None;
    let mut format = "json".to_string();
    let mut reference = None;
    let mut paths = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--names" => match it.next() {
                Some(v) => names = Some(v.split(',').map(|s| s.trim().to_string()).collect()),
                None => return usage("--names needs a comma-separated list"),
            },
            "--format" => match it.next().map(String::as_str) {
                Some(f @ ("json" | "csv" | "md")) => format = f.to_string(),
                _ => return usage("--format is json, csv or md"),
            },
            "--reference-date" => match it.next().and_then(|d| lede::Date::parse_iso(d)) {
                Some(d) => reference = Some(d),
                None => return usage("--reference-date needs a YYYY-MM-DD date"),
            },
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ => paths.push(a.clone()),
        }
    }
    if paths.is_empty() {
        return usage("no files given");
    }
    let mut texts = Vec::new();
    for p in &paths {
        match std::fs::read_to_string(p) {
            Ok(t) => {
                let lower = p.to_ascii_lowercase();
                texts.push(if lower.ends_with(".html") || lower.ends_with(".htm") { lede::html::to_text(&t) } else { t });
            }
            Err(e) => {
                eprintln!("lede compare: {p}: cannot read: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    let options = Options { reference_date: reference, ..Options::default() };
    let analyses: Vec<Analysis> = texts.iter().map(|t| lede::analyze_with_options(t, &options)).collect();
    let sources: Vec<Source> = texts
        .iter()
        .zip(&analyses)
        .enumerate()
        .map(|(i, (t, a))| {
            let given = names.as_ref().and_then(|n| n.get(i)).filter(|n| !n.is_empty()).cloned();
            let name = given.or_else(|| lede::compare::guess_source_name(t)).unwrap_or_else(|| file_stem(&paths[i]));
            Source::new(name, t, a)
        })
        .collect();
    let c = lede::compare::compare(&sources);
    let out = match format.as_str() {
        "csv" => csv(&c),
        "md" => markdown(&c),
        _ => render(&c, &texts).to_string() + "\n",
    };
    print!("{out}");
    ExitCode::SUCCESS
}

fn usage(msg: &str) -> ExitCode {
    eprintln!("lede compare: {msg}\n{USAGE}");
    ExitCode::from(2)
}

fn file_stem(path: &str) -> String {
    std::path::Path::new(path).file_stem().map_or_else(|| path.to_string(), |s| s.to_string_lossy().into_owned())
}

fn span_json(map: &OffsetMap, s: lede::Span) -> Json {
    json!({"start": map.convert(s.start), "end": map.convert(s.end)})
}

/// The comparison as the JSON contract; `texts` are the sources' texts.
pub fn render(c: &Comparison, texts: &[String]) -> Json {
    let maps: Vec<OffsetMap> = texts.iter().map(|t| OffsetMap::new(t, OffsetUnit::CodePoint)).collect();
    let text_of = |i: usize| texts.get(i).map_or("", String::as_str);
    let facts: Vec<Json> = c
        .facts
        .iter()
        .map(|f| {
            let by: Vec<Json> = f
                .by_source
                .iter()
                .enumerate()
                .map(|(i, s)| match (s, maps.get(i)) {
                    (Some(s), Some(map)) => {
                        let mut o = json!({
                            "text": s.text,
                            "value": value_json(&s.value),
                            "unit": s.unit,
                            "start": map.convert(s.span.start),
                            "end": map.convert(s.span.end),
                            "sentence": s.sentence.of(text_of(i)),
                            "differs": s.differs,
                        });
                        if let Some(si) = &s.si {
                            o["si"] = json!({"value": round_sig(si.value), "unit": si.unit});
                        }
                        o
                    }
                    _ => Json::Null,
                })
                .collect();
            json!({
                "kind": f.kind.as_str(),
                "value": value_json(&f.value),
                "unit": f.unit,
                "counted": f.counted,
                "status": f.status.as_str(),
                "by_source": by,
            })
        })
        .collect();
    let entities: Vec<Json> = c
        .entities
        .iter()
        .map(|e| json!({"canonical": e.canonical, "label": e.label.as_str(), "by_source": e.by_source}))
        .collect();
    let quotes: Vec<Json> = c
        .quotes
        .iter()
        .map(|q| {
            let by: Vec<Json> = q
                .by_source
                .iter()
                .enumerate()
                .map(|(i, s)| match (s, maps.get(i)) {
                    (Some(s), Some(map)) => json!({
                        "text": s.text,
                        "speaker": s.speaker,
                        "start": map.convert(s.span.start),
                        "end": map.convert(s.span.end),
                        "similarity": round3(s.similarity),
                        "changes": s.changes.iter().map(|w| json!({"from": w.from, "to": w.to})).collect::<Vec<_>>(),
                    }),
                    _ => Json::Null,
                })
                .collect();
            json!({"text": q.text, "speaker": q.speaker, "reworded": q.reworded, "by_source": by})
        })
        .collect();
    let overlap: Vec<Json> = c
        .overlap
        .iter()
        .filter_map(|o| {
            let (ma, mb) = (maps.get(o.a)?, maps.get(o.b)?);
            let passages: Vec<Json> = o
                .passages
                .iter()
                .map(|p| {
                    json!({
                        "a": span_json(ma, p.a),
                        "b": span_json(mb, p.b),
                        "similarity": round3(p.similarity),
                        "verbatim": p.verbatim,
                    })
                })
                .collect();
            Some(json!({"a": o.a, "b": o.b, "similarity": round3(o.similarity), "passages": passages}))
        })
        .collect();
    json!({"sources": c.sources, "facts": facts, "entities": entities, "quotes": quotes, "overlap": overlap})
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

fn fact_label(f: &lede::compare::FactRow) -> String {
    let mut s = f.kind.as_str().to_string();
    if let Some(c) = &f.counted {
        s.push(' ');
        s.push_str(c);
    } else if let Some(u) = &f.unit {
        s.push(' ');
        s.push_str(u);
    }
    s
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The fact matrix: `fact,status,<source>...`, a cell holding the number as
/// that source writes it, empty where absent.
pub fn csv(c: &Comparison) -> String {
    let mut out = String::from("fact,status");
    for s in &c.sources {
        out.push(',');
        out.push_str(&csv_field(s));
    }
    out.push('\n');
    for f in &c.facts {
        out.push_str(&csv_field(&fact_label(f)));
        out.push(',');
        out.push_str(f.status.as_str());
        for s in &f.by_source {
            out.push(',');
            if let Some(s) = s {
                out.push_str(&csv_field(&s.text));
            }
        }
        out.push('\n');
    }
    out
}

fn md_cell(s: &str) -> String {
    s.replace('|', "\\|").replace(['\n', '\r'], " ")
}

/// Markdown tables: facts (conflicts in bold, `—` where absent), entities
/// (mention counts), and the overlap figures.
pub fn markdown(c: &Comparison) -> String {
    let header = |first: &str, extra: &str| {
        let mut h = format!("| {first} |{extra}");
        let mut rule = String::from("|---|");
        if !extra.is_empty() {
            rule.push_str("---|");
        }
        for s in &c.sources {
            h.push_str(&format!(" {} |", md_cell(s)));
            rule.push_str("---|");
        }
        format!("{h}\n{rule}\n")
    };
    let mut out = String::from("## Facts\n\n");
    out.push_str(&header("Fact", " Status |"));
    for f in &c.facts {
        out.push_str(&format!("| {} | {} |", md_cell(&fact_label(f)), f.status.as_str()));
        for s in &f.by_source {
            let cell = match s {
                Some(s) if f.status == Status::Conflict => format!("**{}**", md_cell(&s.text)),
                Some(s) => md_cell(&s.text),
                None => "—".into(),
            };
            out.push_str(&format!(" {cell} |"));
        }
        out.push('\n');
    }
    out.push_str("\n## Entities\n\n");
    out.push_str(&header("Entity", " Label |"));
    for e in &c.entities {
        out.push_str(&format!("| {} | {} |", md_cell(&e.canonical), e.label.as_str()));
        for n in &e.by_source {
            out.push_str(&format!(" {n} |"));
        }
        out.push('\n');
    }
    out.push_str("\n## Overlap\n\n| A | B | Similarity | Passages |\n|---|---|---|---|\n");
    for o in &c.overlap {
        let name = |i: usize| c.sources.get(i).map_or(String::new(), |s| md_cell(s));
        out.push_str(&format!("| {} | {} | {:.2} | {} |\n", name(o.a), name(o.b), o.similarity, o.passages.len()));
    }
    out
}
