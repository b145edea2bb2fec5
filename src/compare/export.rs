//! The comparison as files: the JSON contract of `lede compare` (offsets in
//! code points of each source's text), the fact, entity, quote and overlap
//! matrices as CSV (RFC 4180), and Markdown tables.
//!
//! Shared by the CLI and the page's worker, so a download from the page is
//! byte for byte what `lede compare --format ...` prints. The JSON is written
//! by hand (the core has no JSON dependency, and the worker's download stays
//! small) in exactly serde_json's compact form: object keys sorted, integers
//! without a fraction, other numbers in the shortest form that reads back
//! (`1587000.0`, `0.00005`, `1e-7`, `1.5e+16`), the same string escapes. The CLI's tests
//! check that reading and re-printing it with serde_json changes nothing.

use std::fmt::Write as _;

use super::{Comparison, FactRow, Status};
use crate::export::escape::{csv_field, write_json_string};
use crate::export::round_sig;
use crate::numbers::Value;
use crate::span::{OffsetMap, OffsetUnit, Span};

/// A JSON value as this module writes it.
enum J {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Arr(Vec<J>),
    /// Keys are sorted when written (serde_json's default map is ordered).
    Obj(Vec<(&'static str, J)>),
}

impl J {
    fn str(s: &str) -> J {
        J::Str(s.to_string())
    }

    fn opt_str(s: Option<&str>) -> J {
        s.map_or(J::Null, J::str)
    }

    fn uint(n: usize) -> J {
        J::Int(i64::try_from(n).unwrap_or(i64::MAX))
    }

    fn write(&self, out: &mut String) {
        match self {
            J::Null => out.push_str("null"),
            J::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            J::Int(n) => {
                let _ = write!(out, "{n}");
            }
            J::Float(x) => write_float(out, *x),
            J::Str(s) => write_json_string(out, s),
            J::Arr(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            J::Obj(fields) => {
                // A handful of keys: insertion sort (a library sort would
                // add kilobytes of code to the page's worker).
                let mut sorted: Vec<&(&str, J)> = Vec::with_capacity(fields.len());
                for f in fields {
                    let at = sorted.partition_point(|g| g.0 < f.0);
                    sorted.insert(at, f);
                }
                out.push('{');
                for (i, (k, v)) in sorted.into_iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_json_string(out, k);
                    out.push(':');
                    v.write(out);
                }
                out.push('}');
            }
        }
    }
}

/// A float as serde_json prints it (its `zmij` formatter's layout): the
/// shortest digits that read back, in plain notation from 1e-5 up to 1e16
/// with at least one fractional digit (`3.0`), else `1.5e+16`, `1e-7`. Not
/// finite: `null`. (A 16- or 17-digit value exactly halfway between two
/// shortest forms may round the other way; the comparison writes at most 12
/// significant digits.)
fn write_float(out: &mut String, x: f64) {
    if !x.is_finite() {
        out.push_str("null");
        return;
    }
    if x == 0.0 {
        out.push_str(if x.is_sign_negative() { "-0.0" } else { "0.0" });
        return;
    }
    // `{:e}` gives the shortest round-trip digits: `-1.587e3`, `5e-5`.
    let sci = format!("{x:e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((sci.as_str(), "0"));
    let (sign, mantissa) = mantissa.strip_prefix('-').map_or(("", mantissa), |m| ("-", m));
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let exp: i32 = exp.parse().unwrap_or(0);
    let length = digits.len() as i32;
    // The value is 0.digits × 10^kk; the last digit's power of ten is k.
    let kk = exp + 1;
    let k = kk - length;
    out.push_str(sign);
    if (0..=16).contains(&kk) && k >= 0 {
        out.push_str(&digits);
        out.extend(std::iter::repeat_n('0', k as usize));
        out.push_str(".0");
    } else if 0 < kk && kk <= 16 {
        let (int, frac) = digits.split_at(kk as usize);
        out.push_str(int);
        out.push('.');
        out.push_str(frac);
    } else if -5 < kk && kk <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-kk) as usize));
        out.push_str(&digits);
    } else {
        let (first, rest) = digits.split_at(1);
        out.push_str(first);
        if !rest.is_empty() {
            out.push('.');
            out.push_str(rest);
        }
        let _ = write!(out, "e{:+}", kk - 1);
    }
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// A value as the JSON contract writes it: whole numbers as integers, other
/// numbers at 12 significant digits, dates and times as their ISO text.
fn value_json(v: &Value) -> J {
    match v {
        Value::Number(n) if n.fract() == 0.0 && n.abs() < 9.0e15 => J::Int(*n as i64),
        Value::Number(n) => J::Float(round_sig(*n)),
        Value::Text(s) => J::str(s),
    }
}

fn span_json(map: &OffsetMap, s: Span) -> J {
    J::Obj(vec![("start", J::uint(map.convert(s.start))), ("end", J::uint(map.convert(s.end)))])
}

/// The comparison as the JSON contract of `lede compare` (one line, no
/// newline): `sources`, `facts`, `entities`, `quotes`, `overlap`, offsets in
/// code points. `texts` are the sources' texts, in the comparison's order.
pub fn json<T: AsRef<str>>(c: &Comparison, texts: &[T]) -> String {
    let maps: Vec<OffsetMap> = texts.iter().map(|t| OffsetMap::new(t.as_ref(), OffsetUnit::CodePoint)).collect();
    let text_of = |i: usize| texts.get(i).map_or("", |t| t.as_ref());
    let facts = c
        .facts
        .iter()
        .map(|f| {
            let by = f
                .by_source
                .iter()
                .enumerate()
                .map(|(i, s)| match (s, maps.get(i)) {
                    (Some(s), Some(map)) => {
                        let mut o = vec![
                            ("text", J::str(&s.text)),
                            ("value", value_json(&s.value)),
                            ("unit", J::opt_str(s.unit.as_deref())),
                            ("start", J::uint(map.convert(s.span.start))),
                            ("end", J::uint(map.convert(s.span.end))),
                            ("sentence", J::str(s.sentence.of(text_of(i)))),
                            ("differs", J::Bool(s.differs)),
                        ];
                        if let Some(si) = &s.si {
                            o.push((
                                "si",
                                J::Obj(vec![("value", J::Float(round_sig(si.value))), ("unit", J::str(&si.unit))]),
                            ));
                        }
                        J::Obj(o)
                    }
                    _ => J::Null,
                })
                .collect();
            J::Obj(vec![
                ("kind", J::str(f.kind.as_str())),
                ("value", value_json(&f.value)),
                ("unit", J::opt_str(f.unit.as_deref())),
                ("counted", J::opt_str(f.counted.as_deref())),
                ("status", J::str(f.status.as_str())),
                ("by_source", J::Arr(by)),
            ])
        })
        .collect();
    let entities = c
        .entities
        .iter()
        .map(|e| {
            J::Obj(vec![
                ("canonical", J::str(&e.canonical)),
                ("label", J::str(e.label.as_str())),
                ("by_source", J::Arr(e.by_source.iter().map(|&n| J::uint(n)).collect())),
            ])
        })
        .collect();
    let quotes = c
        .quotes
        .iter()
        .map(|q| {
            let by = q
                .by_source
                .iter()
                .enumerate()
                .map(|(i, s)| match (s, maps.get(i)) {
                    (Some(s), Some(map)) => J::Obj(vec![
                        ("text", J::str(&s.text)),
                        ("speaker", J::opt_str(s.speaker.as_deref())),
                        ("start", J::uint(map.convert(s.span.start))),
                        ("end", J::uint(map.convert(s.span.end))),
                        ("similarity", J::Float(round3(s.similarity))),
                        (
                            "changes",
                            J::Arr(
                                s.changes
                                    .iter()
                                    .map(|w| J::Obj(vec![("from", J::str(&w.from)), ("to", J::str(&w.to))]))
                                    .collect(),
                            ),
                        ),
                    ]),
                    _ => J::Null,
                })
                .collect();
            J::Obj(vec![
                ("text", J::str(&q.text)),
                ("speaker", J::opt_str(q.speaker.as_deref())),
                ("reworded", J::Bool(q.reworded)),
                ("by_source", J::Arr(by)),
            ])
        })
        .collect();
    let overlap = c
        .overlap
        .iter()
        .filter_map(|o| {
            let (ma, mb) = (maps.get(o.a)?, maps.get(o.b)?);
            let passages = o
                .passages
                .iter()
                .map(|p| {
                    J::Obj(vec![
                        ("a", span_json(ma, p.a)),
                        ("b", span_json(mb, p.b)),
                        ("similarity", J::Float(round3(p.similarity))),
                        ("verbatim", J::Bool(p.verbatim)),
                    ])
                })
                .collect();
            Some(J::Obj(vec![
                ("a", J::uint(o.a)),
                ("b", J::uint(o.b)),
                ("similarity", J::Float(round3(o.similarity))),
                ("passages", J::Arr(passages)),
            ]))
        })
        .collect();
    let doc = J::Obj(vec![
        ("sources", J::Arr(c.sources.iter().map(|s| J::str(s)).collect())),
        ("facts", J::Arr(facts)),
        ("entities", J::Arr(entities)),
        ("quotes", J::Arr(quotes)),
        ("overlap", J::Arr(overlap)),
    ]);
    let mut out = String::with_capacity(4096);
    doc.write(&mut out);
    out
}

/// What a fact row counts or measures: `count missiles`, `quantity km`.
pub fn fact_label(f: &FactRow) -> String {
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

/// A CSV header: the given first columns, then one column per source.
fn csv_header(first: &[&str], sources: &[String]) -> String {
    let mut out = first.join(",");
    for s in sources {
        out.push(',');
        out.push_str(&csv_field(s));
    }
    out.push('\n');
    out
}

/// The fact matrix (what `lede compare --format csv` prints):
/// `fact,status,<source>...`, a cell holding the number as that source
/// writes it, empty where absent.
pub fn csv(c: &Comparison) -> String {
    let mut out = csv_header(&["fact", "status"], &c.sources);
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

/// The entity matrix: `entity,label,<source>...`, mention counts per source.
pub fn csv_entities(c: &Comparison) -> String {
    let mut out = csv_header(&["entity", "label"], &c.sources);
    for e in &c.entities {
        out.push_str(&csv_field(&e.canonical));
        out.push(',');
        out.push_str(e.label.as_str());
        for n in &e.by_source {
            let _ = write!(out, ",{n}");
        }
        out.push('\n');
    }
    out
}

/// Quotations across sources: `quote,speaker,reworded,<source>...`, a cell
/// holding the quotation as that source words it, empty where absent.
pub fn csv_quotes(c: &Comparison) -> String {
    let mut out = csv_header(&["quote", "speaker", "reworded"], &c.sources);
    for q in &c.quotes {
        out.push_str(&csv_field(&q.text));
        out.push(',');
        out.push_str(&csv_field(q.speaker.as_deref().unwrap_or("")));
        out.push(',');
        out.push_str(if q.reworded { "yes" } else { "no" });
        for s in &q.by_source {
            out.push(',');
            if let Some(s) = s {
                out.push_str(&csv_field(&s.text));
            }
        }
        out.push('\n');
    }
    out
}

/// Overlap per pair: `a,b,similarity,passages,verbatim_passages`, sources
/// by name, similarity at three decimals.
pub fn csv_overlap(c: &Comparison) -> String {
    let name = |i: usize| c.sources.get(i).map_or(String::new(), |s| csv_field(s));
    let mut out = String::from("a,b,similarity,passages,verbatim_passages\n");
    for o in &c.overlap {
        let verbatim = o.passages.iter().filter(|p| p.verbatim).count();
        let _ = writeln!(
            out,
            "{},{},{:.3},{},{verbatim}",
            name(o.a),
            name(o.b),
            o.similarity,
            o.passages.len()
        );
    }
    out
}

fn md_cell(s: &str) -> String {
    s.replace('|', "\\|").replace(['\n', '\r'], " ")
}

/// Markdown tables (what `lede compare --format md` prints): facts
/// (conflicts in bold, `—` where absent), entities (mention counts), and the
/// overlap figures.
pub fn markdown(c: &Comparison) -> String {
    let header = |first: &str, extra: &str| {
        let mut h = format!("| {first} |{extra}");
        let mut rule = String::from("|---|");
        if !extra.is_empty() {
            rule.push_str("---|");
        }
        for s in &c.sources {
            let _ = write!(h, " {} |", md_cell(s));
            rule.push_str("---|");
        }
        format!("{h}\n{rule}\n")
    };
    let mut out = String::from("## Facts\n\n");
    out.push_str(&header("Fact", " Status |"));
    for f in &c.facts {
        let _ = write!(out, "| {} | {} |", md_cell(&fact_label(f)), f.status.as_str());
        for s in &f.by_source {
            let cell = match s {
                Some(s) if f.status == Status::Conflict => format!("**{}**", md_cell(&s.text)),
                Some(s) => md_cell(&s.text),
                None => "—".into(),
            };
            let _ = write!(out, " {cell} |");
        }
        out.push('\n');
    }
    out.push_str("\n## Entities\n\n");
    out.push_str(&header("Entity", " Label |"));
    for e in &c.entities {
        let _ = write!(out, "| {} | {} |", md_cell(&e.canonical), e.label.as_str());
        for n in &e.by_source {
            let _ = write!(out, " {n} |");
        }
        out.push('\n');
    }
    out.push_str("\n## Overlap\n\n| A | B | Similarity | Passages |\n|---|---|---|---|\n");
    for o in &c.overlap {
        let name = |i: usize| c.sources.get(i).map_or(String::new(), |s| md_cell(s));
        let _ = writeln!(out, "| {} | {} | {:.2} | {} |", name(o.a), name(o.b), o.similarity, o.passages.len());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn float(x: f64) -> String {
        let mut s = String::new();
        write_float(&mut s, x);
        s
    }

    #[test]
    fn floats_print_as_serde_json_does() {
        // Expected strings are serde_json's output for these values.
        let cases: [(f64, &str); 16] = [
            (0.0, "0.0"),
            (1.0, "1.0"),
            (-2.5, "-2.5"),
            (0.857, "0.857"),
            (1587000.0, "1587000.0"),
            (0.3, "0.3"),
            (0.00005, "0.00005"),
            (0.000001, "1e-6"),
            (1.5e-7, "1.5e-7"),
            (1e15, "1000000000000000.0"),
            (1e16, "1e+16"),
            (1.2345e20, "1.2345e+20"),
            (123456.789, "123456.789"),
            (1234567890123.4567, "1234567890123.4568"),
            (f64::NAN, "null"),
            (f64::INFINITY, "null"),
        ];
        for (x, want) in cases {
            assert_eq!(float(x), want, "{x:?}");
        }
    }

    #[test]
    fn floats_match_serde_json_over_many_values() {
        // A fixed xorshift sequence over magnitudes from 1e-12 to 1e22.
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        for i in 0..200_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let x = match i % 3 {
                0 => f64::from_bits(state),
                1 => (state % 1_000_000) as f64 / 10f64.powi((state >> 32) as i32 % 12),
                _ => round_sig((state >> 11) as f64 * 1e-9 * 10f64.powi((state % 34) as i32 - 12)),
            };
            // Up to 15 significant digits the shortest form is unique; at
            // 16 or 17 a halfway case may round the other way (the comparison
            // writes 12 digits at most: `round_sig`, `round3`).
            let digits = format!("{x:e}").split('e').next().map_or(0, |m| m.chars().filter(char::is_ascii_digit).count());
            if x.is_finite() && digits <= 15 {
                assert_eq!(float(x), serde_json::to_string(&x).unwrap(), "{x:?}");
            }
        }
    }

    #[test]
    fn objects_sort_their_keys() {
        let mut s = String::new();
        J::Obj(vec![("value", J::Int(-3)), ("by_source", J::Arr(vec![J::Null, J::Bool(true)])), ("a", J::str("x"))])
            .write(&mut s);
        assert_eq!(s, r#"{"a":"x","by_source":[null,true],"value":-3}"#);
    }

    #[test]
    fn no_sources_give_empty_files() {
        let c = Comparison::default();
        assert_eq!(json(&c, &[] as &[&str]), r#"{"entities":[],"facts":[],"overlap":[],"quotes":[],"sources":[]}"#);
        assert_eq!(csv(&c), "fact,status\n");
        assert_eq!(csv_entities(&c), "entity,label\n");
        assert_eq!(csv_quotes(&c), "quote,speaker,reworded\n");
        assert_eq!(csv_overlap(&c), "a,b,similarity,passages,verbatim_passages\n");
        assert!(markdown(&c).starts_with("## Facts"));
    }
}
