//! Data-driven cases: every `tests/testdata/*.toml` file is a list of
//! `[[case]]` tables. A case gives a `text` and, optionally, the exact list of
//! `entities` and/or `numbers` the analyzer must find in it (in text order).
//! An empty list is a negative case: nothing may be found. Fields a case
//! leaves out of an expected mention are not checked. A case may set
//! `reference_date` (`YYYY-MM-DD`), the date relative dates resolve against.

use std::fmt::Write as _;
use std::path::Path;

use serde::Deserialize;

#[derive(Deserialize)]
struct File {
    #[serde(rename = "case", default)]
    cases: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    text: String,
    #[serde(default)]
    note: Option<String>,
    /// The date relative dates resolve against (`YYYY-MM-DD`).
    #[serde(default)]
    reference_date: Option<String>,
    entities: Option<Vec<ExpectedEntity>>,
    numbers: Option<Vec<ExpectedNumber>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectedEntity {
    text: String,
    label: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectedNumber {
    text: String,
    kind: String,
    value: Option<toml::Value>,
    end_value: Option<toml::Value>,
    unit: Option<String>,
    counted: Option<String>,
    approximate: Option<bool>,
    qualifier: Option<String>,
    si_value: Option<f64>,
    si_unit: Option<String>,
    /// `YYYY-MM-DD` or `YYYY-MM-DD/YYYY-MM-DD`.
    resolved: Option<String>,
}

fn value_matches(expected: &toml::Value, got: &lede::Value) -> bool {
    match (expected, got) {
        (toml::Value::Integer(e), lede::Value::Number(g)) => (*e as f64 - g).abs() < 1e-9,
        (toml::Value::Float(e), lede::Value::Number(g)) => (e - g).abs() <= 1e-9 * e.abs().max(1.0),
        (toml::Value::String(e), lede::Value::Text(g)) => e == g,
        _ => false,
    }
}

fn check_case(case: &Case) -> Result<(), String> {
    let text = case.text.as_str();
    let reference_date = case.reference_date.as_deref().map(|d| {
        lede::Date::parse_iso(d).unwrap_or_else(|| panic!("bad reference_date {d:?}"))
    });
    let options = lede::Options { reference_date, ..lede::Options::default() };
    let analysis = lede::analyze_with_options(text, &options);
    let mut problems = String::new();
    if let Some(expected) = &case.entities {
        let got: Vec<(String, String)> = analysis
            .entities
            .iter()
            .map(|e| (e.span.of(text).to_string(), e.label.as_str().to_string()))
            .collect();
        let want: Vec<(String, String)> =
            expected.iter().map(|e| (e.text.clone(), e.label.clone())).collect();
        if got != want {
            let _ = writeln!(problems, "  entities\n    want {want:?}\n    got  {got:?}");
        }
    }
    if let Some(expected) = &case.numbers {
        let got: Vec<_> = analysis.numbers.iter().collect();
        let shape = |n: &lede::NumberMention| (n.span.of(text).to_string(), n.kind.as_str());
        let got_shape: Vec<_> = got.iter().map(|n| shape(n)).collect();
        let want_shape: Vec<_> = expected.iter().map(|e| (e.text.clone(), e.kind.as_str())).collect();
        if got_shape != want_shape {
            let _ = writeln!(problems, "  numbers\n    want {want_shape:?}\n    got  {got_shape:?}");
        } else {
            for (e, g) in expected.iter().zip(&got) {
                let mut bad = Vec::new();
                if let Some(v) = &e.value {
                    if !value_matches(v, &g.value) {
                        bad.push(format!("value want {v} got {:?}", g.value));
                    }
                }
                if let Some(v) = &e.end_value {
                    if !g.end_value.as_ref().is_some_and(|gv| value_matches(v, gv)) {
                        bad.push(format!("end_value want {v} got {:?}", g.end_value));
                    }
                }
                if e.unit.is_some() && e.unit != g.unit {
                    bad.push(format!("unit want {:?} got {:?}", e.unit, g.unit));
                }
                if e.counted.is_some() && e.counted != g.counted {
                    bad.push(format!("counted want {:?} got {:?}", e.counted, g.counted));
                }
                if let Some(a) = e.approximate {
                    if a != g.approximate {
                        bad.push(format!("approximate want {a} got {}", g.approximate));
                    }
                }
                if let Some(q) = &e.qualifier {
                    let got = g.qualifier.map(|q| q.as_str());
                    if got != Some(q.as_str()) {
                        bad.push(format!("qualifier want {q} got {got:?}"));
                    }
                }
                if let Some(v) = e.si_value {
                    let got = g.si.as_ref().map(|s| s.value);
                    if !got.is_some_and(|g| (g - v).abs() <= 1e-9 * v.abs().max(1.0)) {
                        bad.push(format!("si_value want {v} got {got:?}"));
                    }
                }
                if let Some(u) = &e.si_unit {
                    let got = g.si.as_ref().map(|s| s.unit.as_str());
                    if got != Some(u.as_str()) {
                        bad.push(format!("si_unit want {u} got {got:?}"));
                    }
                }
                if let Some(r) = &e.resolved {
                    let got = g.resolved.map(|r| {
                        if r.start == r.end { r.start.to_string() } else { format!("{}/{}", r.start, r.end) }
                    });
                    if got.as_deref() != Some(r.as_str()) {
                        bad.push(format!("resolved want {r} got {got:?}"));
                    }
                }
                if !bad.is_empty() {
                    let _ = writeln!(problems, "  {:?}: {}", e.text, bad.join("; "));
                }
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

#[test]
fn testdata_cases() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/testdata");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/testdata exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    paths.sort();
    let (mut total, mut failures) = (0, String::new());
    for path in paths {
        let source = std::fs::read_to_string(&path).unwrap();
        let file: File = toml::from_str(&source)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for case in &file.cases {
            total += 1;
            if let Err(p) = check_case(case) {
                let name = path.file_name().unwrap().to_string_lossy();
                let note = case.note.as_deref().map(|n| format!(" ({n})")).unwrap_or_default();
                let _ = write!(failures, "{name}: {:?}{note}\n{p}", case.text);
            }
        }
    }
    assert!(total > 0, "no cases found");
    assert!(failures.is_empty(), "failing cases:\n{failures}");
}
