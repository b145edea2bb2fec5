//! Exports of an analysis for people who take the facts elsewhere: CSV of
//! the facts and of the entities (one row per cluster), the JSON contract
//! (as `lede analyze` prints it, plus the analyzed `text`), and a Markdown
//! fact sheet. The page offers them as downloads (its worker calls these
//! functions); the CLI prints them (`lede analyze --format`).
//!
//! Offsets are Unicode code points, as in the CLI's JSON. The text comes
//! from anyone's clipboard, so every format treats it as untrusted:
//! - CSV follows RFC 4180 (fields with a comma, quote or line break are
//!   quoted, quotes doubled, CRLF line ends) and guards against formula
//!   injection: a text cell that starts with `=`, `+`, `-`, `@`, a tab or a
//!   carriage return gets a leading `'`, so a spreadsheet shows it instead
//!   of evaluating it. Number cells are written as numbers and left alone.
//! - Markdown cells escape `|` and `<` (no table breakout, no raw HTML) and
//!   keep each cell on one line.
//! - JSON strings escape quotes, backslashes and control characters.
//!
//! No dependency: the core stays serde_json-free (see `cli/src/json.rs`,
//! whose output the JSON here equals field for field; a CLI test checks it).

pub(crate) mod escape;

use std::fmt::Write;

use crate::{Analysis, Fact, NumberMention, OffsetMap, OffsetUnit, ReferenceSource, Value};
use escape::{csv_field, write_json_string};

/// The export formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum Format {
    /// One row per fact.
    FactsCsv,
    /// One row per entity cluster.
    EntitiesCsv,
    /// The JSON contract plus `text`.
    Json,
    /// A Markdown fact sheet: facts, entities and quotes as tables.
    Markdown,
}

impl Format {
    pub const ALL: [Format; 4] = [Format::FactsCsv, Format::EntitiesCsv, Format::Json, Format::Markdown];
}

/// Renders `analysis` of `text` in `format`.
pub fn render(format: Format, text: &str, analysis: &Analysis) -> String {
    match format {
        Format::FactsCsv => facts_csv(text, analysis),
        Format::EntitiesCsv => entities_csv(text, analysis),
        Format::Json => json(text, analysis),
        Format::Markdown => markdown(text, analysis),
    }
}

// ---------------------------------------------------------------- CSV

/// One CSV text cell: guarded against formula injection, quoted when needed.
pub fn csv_text(cell: &str) -> String {
    let guarded;
    let cell = if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        guarded = format!("'{cell}");
        guarded.as_str()
    } else {
        cell
    };
    csv_field(cell)
}

/// A CSV cell for a value: numbers as numbers, text guarded.
fn csv_value(v: &Value) -> String {
    match v {
        Value::Number(n) => number(*n),
        Value::Text(s) => csv_text(s),
    }
}

fn csv_row(out: &mut String, cells: &[String]) {
    out.push_str(&cells.join(","));
    out.push_str("\r\n");
}

/// Facts as CSV, one row per fact, in text order.
pub fn facts_csv(text: &str, analysis: &Analysis) -> String {
    let map = OffsetMap::new(text, OffsetUnit::CodePoint);
    let mut out = String::new();
    csv_row(
        &mut out,
        &[
            "start", "end", "text", "kind", "qualifier", "value", "end_value", "unit", "counted",
            "si_value", "si_unit", "resolved", "entities", "attribution", "source", "hedged", "hedges",
            "sentence",
        ]
        .map(String::from),
    );
    for (fact, n) in facts(analysis) {
        let opt = |s: Option<&str>| s.map_or_else(String::new, csv_text);
        csv_row(
            &mut out,
            &[
                map.convert(n.span.start).to_string(),
                map.convert(n.span.end).to_string(),
                csv_text(n.span.of(text)),
                n.kind.as_str().to_string(),
                opt(n.qualifier.map(|q| q.as_str())),
                csv_value(&n.value),
                n.end_value.as_ref().map_or_else(String::new, csv_value),
                opt(n.unit.as_deref()),
                opt(n.counted.as_deref()),
                n.si.as_ref().map_or_else(String::new, |si| number(si.value)),
                opt(n.si.as_ref().map(|si| si.unit.as_str())),
                opt(resolved(n).as_deref()),
                csv_text(&entity_names(analysis, fact).join("; ")),
                opt(fact.attribution.as_ref().map(|a| a.text.as_str())),
                opt(source_name(analysis, fact)),
                fact.hedged().to_string(),
                csv_text(&fact.hedges.join("; ")),
                csv_text(&collapse(fact.sentence.of(text))),
            ],
        );
    }
    out
}

/// Entity clusters as CSV, one row per cluster, in order of first mention.
pub fn entities_csv(text: &str, analysis: &Analysis) -> String {
    let map = OffsetMap::new(text, OffsetUnit::CodePoint);
    let mut out = String::new();
    csv_row(
        &mut out,
        &["canonical", "label", "roles", "mentions", "names", "first_start"].map(String::from),
    );
    for c in &analysis.clusters {
        let first = c.mentions.first().and_then(|&i| analysis.entities.get(i));
        csv_row(
            &mut out,
            &[
                csv_text(&c.canonical),
                c.label.as_str().to_string(),
                csv_text(&c.roles.join("; ")),
                c.mentions.len().to_string(),
                csv_text(&written_names(text, analysis, &c.mentions).join("; ")),
                first.map_or_else(String::new, |e| map.convert(e.span.start).to_string()),
            ],
        );
    }
    out
}

// ---------------------------------------------------------------- JSON

/// A JSON string literal.
fn js(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    write_json_string(&mut out, s);
    out
}

fn js_opt(s: Option<&str>) -> String {
    s.map_or_else(|| "null".to_string(), js)
}

fn js_list(items: impl IntoIterator<Item = String>) -> String {
    let items: Vec<String> = items.into_iter().collect();
    format!("[{}]", items.join(","))
}

/// A number as the CLI's JSON writes it: integers without a fraction,
/// others rounded to 12 significant digits; not finite → `null`.
fn number(n: f64) -> String {
    if !n.is_finite() {
        return "null".to_string();
    }
    if n.fract() == 0.0 && n.abs() < 9.0e15 {
        return (n as i64).to_string();
    }
    round_sig(n).to_string()
}

/// `n` rounded to 12 significant digits, so conversions print as a reader
/// expects (`0.3`, not `0.30000000000000004`). Every JSON export rounds so:
/// this one, the comparison's and the CLI's.
pub fn round_sig(n: f64) -> f64 {
    if n == 0.0 || !n.is_finite() {
        return n;
    }
    let digits = 12 - (n.abs().log10().floor() as i32) - 1;
    if !(-300..=300).contains(&digits) {
        return n;
    }
    format!("{:.*e}", 11, n).parse().unwrap_or(n)
}

fn js_value(v: &Value) -> String {
    match v {
        Value::Number(n) => number(*n),
        Value::Text(s) => js(s),
    }
}

/// The JSON contract of `lede analyze` (without `id`), plus `text`: the
/// analyzed text itself, which the offsets index (after an HTML paste it
/// is the clean text, not the markup).
pub fn json(text: &str, analysis: &Analysis) -> String {
    let map = OffsetMap::new(text, OffsetUnit::CodePoint);
    let at = |b: usize| map.convert(b).to_string();
    let canonical = |c: usize| analysis.clusters.get(c).map(|c| c.canonical.as_str());
    let entities = js_list(analysis.entities.iter().map(|e| {
        format!(
            "{{\"start\":{},\"end\":{},\"text\":{},\"label\":{},\"canonical\":{}}}",
            at(e.span.start),
            at(e.span.end),
            js(e.span.of(text)),
            js(e.label.as_str()),
            js(canonical(e.cluster).unwrap_or(e.span.of(text))),
        )
    }));
    let numbers = js_list(analysis.numbers.iter().map(|n| {
        let mut o = format!(
            "{{\"start\":{},\"end\":{},\"text\":{},\"kind\":{},\"value\":{}",
            at(n.span.start),
            at(n.span.end),
            js(n.span.of(text)),
            js(n.kind.as_str()),
            js_value(&n.value)
        );
        if let Some(u) = &n.unit {
            let _ = write!(o, ",\"unit\":{}", js(u));
        }
        if let Some(c) = &n.counted {
            let _ = write!(o, ",\"counted\":{}", js(c));
        }
        if n.approximate {
            o.push_str(",\"approximate\":true");
        }
        if let Some(v) = &n.end_value {
            let _ = write!(o, ",\"end_value\":{}", js_value(v));
        }
        if let Some(q) = n.qualifier {
            let _ = write!(o, ",\"qualifier\":{}", js(q.as_str()));
        }
        if let Some(si) = &n.si {
            let _ = write!(o, ",\"si_value\":{}", number(si.value));
            if let Some(e) = si.end_value {
                let _ = write!(o, ",\"si_end_value\":{}", number(e));
            }
            let _ = write!(o, ",\"si_unit\":{}", js(&si.unit));
        }
        if let Some(r) = resolved(n) {
            let _ = write!(o, ",\"resolved\":{}", js(&r));
        }
        o.push('}');
        o
    }));
    let clusters = js_list(analysis.clusters.iter().map(|c| {
        format!(
            "{{\"canonical\":{},\"label\":{},\"roles\":{},\"mentions\":{}}}",
            js(&c.canonical),
            js(c.label.as_str()),
            js_list(c.roles.iter().map(|r| js(r))),
            js_list(c.mentions.iter().map(|m| m.to_string())),
        )
    }));
    let facts = js_list(facts(analysis).map(|(f, n)| {
        format!(
            "{{\"start\":{},\"end\":{},\"kind\":{},\"value\":{},\"unit\":{},\"counted\":{},\"entities\":{},\"attribution\":{},\"source\":{},\"hedged\":{},\"sentence\":{{\"start\":{},\"end\":{}}}}}",
            at(n.span.start),
            at(n.span.end),
            js(n.kind.as_str()),
            js_value(&n.value),
            js_opt(n.unit.as_deref()),
            js_opt(n.counted.as_deref()),
            js_list(entity_names(analysis, f).iter().map(|s| js(s))),
            js_opt(f.attribution.as_ref().map(|a| a.text.as_str())),
            js_opt(source_name(analysis, f)),
            f.hedged(),
            at(f.sentence.start),
            at(f.sentence.end),
        )
    }));
    let quotes = js_list(analysis.quotes.iter().map(|q| {
        format!(
            "{{\"start\":{},\"end\":{},\"speaker\":{},\"via\":{}}}",
            at(q.span.start),
            at(q.span.end),
            js_opt(q.speaker.and_then(canonical)),
            js_opt(q.via.and_then(canonical)),
        )
    }));
    let debris = js_list(
        analysis
            .debris
            .iter()
            .map(|d| format!("{{\"start\":{},\"end\":{}}}", at(d.start), at(d.end))),
    );
    let mut out = format!(
        "{{\"entities\":{entities},\"numbers\":{numbers},\"clusters\":{clusters},\"facts\":{facts},\"quotes\":{quotes},\"debris\":{debris}"
    );
    if let Some(r) = &analysis.reference {
        let _ = write!(out, ",\"reference\":{{\"date\":{}", js(&r.date.to_string()));
        match r.source {
            ReferenceSource::Dateline(span) => {
                let _ = write!(
                    out,
                    ",\"source\":\"dateline\",\"start\":{},\"end\":{}}}",
                    at(span.start),
                    at(span.end)
                );
            }
            ReferenceSource::User => out.push_str(",\"source\":\"user\"}"),
        }
    }
    let _ = write!(out, ",\"text\":{}}}", js(text));
    out.push('\n');
    out
}

// ---------------------------------------------------------------- Markdown

/// One Markdown table cell: one line, `|` and `<` escaped.
fn md(s: &str) -> String {
    collapse(s).replace('\\', "\\\\").replace('|', "\\|").replace('<', "&lt;")
}

/// The value in words: `about 250`, `5 to 7`, `at least 100`, `1587 km (= 1587000 m)`,
/// `2024 (2024-01-01/2024-12-31)`.
fn value_words(n: &NumberMention) -> String {
    let mut s = String::new();
    if let Some(q) = n.qualifier {
        s.push_str(&q.as_str().replace('_', " "));
        s.push(' ');
    } else if n.approximate {
        s.push_str("at least ");
    }
    s.push_str(&n.value.to_string());
    if let Some(e) = &n.end_value {
        let _ = write!(s, " to {e}");
    }
    if let Some(u) = &n.unit {
        let _ = write!(s, " {u}");
    }
    if let Some(si) = &n.si {
        let same = matches!(n.value, Value::Number(v) if v == si.value) && n.unit.as_deref() == Some(si.unit.as_str());
        if !same {
            let _ = write!(s, " (= {} {})", number(si.value), si.unit);
        }
    }
    if let Some(r) = resolved(n) {
        if r != n.value.to_string() {
            let _ = write!(s, " ({r})");
        }
    }
    s
}

/// A Markdown fact sheet: headline, reference date, then tables of facts and
/// entities and a list of quotes.
pub fn markdown(text: &str, analysis: &Analysis) -> String {
    let canonical = |c: usize| analysis.clusters.get(c).map(|c| c.canonical.as_str());
    let mut out = String::new();
    let headline = text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("");
    let headline: String = headline.chars().take(120).collect();
    let _ = writeln!(out, "# Fact sheet: {}\n", md(&headline));
    let facts_n = analysis.facts.len();
    let _ = writeln!(
        out,
        "{} facts, {} entities, {} quotes{}.",
        facts_n,
        analysis.clusters.len(),
        analysis.quotes.len(),
        if analysis.debris.is_empty() {
            String::new()
        } else {
            format!("; {} lines set aside as page debris", analysis.debris.len())
        }
    );
    if let Some(r) = &analysis.reference {
        let from = match r.source {
            ReferenceSource::Dateline(_) => "the article's dateline",
            ReferenceSource::User => "the reader's reference date",
        };
        let _ = writeln!(out, "Relative dates resolved against {} ({from}).", r.date);
    }
    out.push_str("\n## Facts\n\n");
    if facts_n == 0 {
        out.push_str("No numbers found.\n");
    } else {
        out.push_str("| # | Number | Kind | Value | Counts | Who / where | Attribution | Hedged | Sentence |\n");
        out.push_str("|---:|---|---|---|---|---|---|---|---|\n");
        for (i, (f, n)) in facts(analysis).enumerate() {
            let hedged = if f.hedged() { format!("yes ({})", f.hedges.join(", ")) } else { "no".to_string() };
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} | {} | {} | {} |",
                i + 1,
                md(n.span.of(text)),
                n.kind.as_str(),
                md(&value_words(n)),
                md(n.counted.as_deref().unwrap_or("")),
                md(&entity_names(analysis, f).join(", ")),
                md(f.attribution.as_ref().map_or("", |a| a.text.as_str())),
                md(&hedged),
                md(f.sentence.of(text)),
            );
        }
    }
    out.push_str("\n## Entities\n\n");
    if analysis.clusters.is_empty() {
        out.push_str("No names found.\n");
    } else {
        out.push_str("| Name | Type | Roles | Mentions | Also written |\n");
        out.push_str("|---|---|---|---:|---|\n");
        for c in &analysis.clusters {
            let others: Vec<String> = written_names(text, analysis, &c.mentions)
                .into_iter()
                .filter(|n| *n != c.canonical)
                .collect();
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                md(&c.canonical),
                c.label.as_str(),
                md(&c.roles.join(", ")),
                c.mentions.len(),
                md(&others.join(", ")),
            );
        }
    }
    out.push_str("\n## Quotes\n\n");
    if analysis.quotes.is_empty() {
        out.push_str("No quotations found.\n");
    }
    for q in &analysis.quotes {
        let who = match (q.speaker.and_then(canonical), q.via.and_then(canonical)) {
            (Some(s), Some(v)) => format!("{s}, via {v}"),
            (Some(s), None) => s.to_string(),
            (None, Some(v)) => format!("unattributed, via {v}"),
            (None, None) => "unattributed".to_string(),
        };
        let _ = writeln!(out, "- {} — {}", md(q.span.of(text)), md(&who));
    }
    out
}

// ---------------------------------------------------------------- shared

/// Facts with their numbers (a fact whose number index is out of range is
/// skipped; the core never makes one).
fn facts(analysis: &Analysis) -> impl Iterator<Item = (&Fact, &NumberMention)> {
    analysis
        .facts
        .iter()
        .filter_map(|f| Some((f, analysis.numbers.get(f.number)?)))
}

fn entity_names<'a>(analysis: &'a Analysis, fact: &Fact) -> Vec<&'a str> {
    fact.entities
        .iter()
        .filter_map(|&c| analysis.clusters.get(c).map(|c| c.canonical.as_str()))
        .collect()
}

/// The canonical name of the source a fact is attributed to.
fn source_name<'a>(analysis: &'a Analysis, fact: &Fact) -> Option<&'a str> {
    analysis.source_cluster(fact).and_then(|c| analysis.clusters.get(c)).map(|c| c.canonical.as_str())
}

/// The distinct written forms of a cluster's mentions (whitespace
/// collapsed), in order of first appearance.
fn written_names(text: &str, analysis: &Analysis, mentions: &[usize]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for &m in mentions {
        if let Some(e) = analysis.entities.get(m) {
            let name = collapse(e.span.of(text));
            if !out.contains(&name) {
                out.push(name);
            }
        }
    }
    out
}

/// `resolved` as in the JSON: `YYYY-MM-DD` or `start/end`.
fn resolved(n: &NumberMention) -> Option<String> {
    let r = n.resolved.as_ref()?;
    Some(if r.start == r.end { r.start.to_string() } else { format!("{}/{}", r.start, r.end) })
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small RFC 4180 reader, to check what the writer wrote.
    fn parse_csv(s: &str) -> Vec<Vec<String>> {
        let mut rows = Vec::new();
        let mut row = Vec::new();
        let mut cell = String::new();
        let mut quoted = false;
        let mut chars = s.chars().peekable();
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                (true, '"') => quoted = false,
                (true, c) => cell.push(c),
                (false, '"') => quoted = true,
                (false, ',') => row.push(std::mem::take(&mut cell)),
                (false, '\r') => {}
                (false, '\n') => {
                    row.push(std::mem::take(&mut cell));
                    rows.push(std::mem::take(&mut row));
                }
                (false, c) => cell.push(c),
            }
        }
        assert!(!quoted && cell.is_empty() && row.is_empty(), "unterminated CSV");
        rows
    }

    const ARTICLE: &str = "Launch watched\nPYONGYANG, Feb 27, 2025 — Kim Jong Un watched the launch of two missiles, KCNA said. \
        The missiles flew 1,587km, according to the Joint Chiefs of Staff. Mr Kim said: “We will launch more, many more, soon.” \
        =SUM(A1) cost \"about\" $1.5 billion, reportedly.\nSign up now for our newsletter with 3 tips\n";

    #[test]
    fn cells_are_quoted_and_guarded() {
        assert_eq!(csv_text("plain"), "plain");
        assert_eq!(csv_text("a,b"), "\"a,b\"");
        assert_eq!(csv_text("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_text("two\nlines"), "\"two\nlines\"");
        assert_eq!(csv_text("=1+1"), "'=1+1");
        assert_eq!(csv_text("+33 1"), "'+33 1");
        assert_eq!(csv_text("-5°C"), "'-5°C");
        assert_eq!(csv_text("@cmd"), "'@cmd");
        assert_eq!(csv_text("=HYPERLINK(\"x\",\"y\")"), "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
        assert_eq!(csv_value(&Value::Number(-5.0)), "-5");
        assert_eq!(csv_value(&Value::Number(0.1 + 0.2)), "0.3");
        assert_eq!(csv_value(&Value::Text("--02-27".into())), "'--02-27");
    }

    #[test]
    fn facts_csv_has_one_row_per_fact() {
        let a = crate::analyze(ARTICLE);
        assert!(a.facts.len() >= 3, "{:?}", a.facts);
        let rows = parse_csv(&facts_csv(ARTICLE, &a));
        assert_eq!(rows.len(), a.facts.len() + 1);
        assert!(rows.iter().all(|r| r.len() == rows[0].len()));
        assert_eq!(rows[0][0], "start");
        let map = OffsetMap::new(ARTICLE, OffsetUnit::CodePoint);
        for (row, f) in rows[1..].iter().zip(&a.facts) {
            let n = &a.numbers[f.number];
            assert_eq!(row[0], map.convert(n.span.start).to_string());
            assert_eq!(row[2].trim_start_matches('\''), n.span.of(ARTICLE));
        }
        // Nothing from the debris line.
        assert!(!rows.iter().any(|r| r[2] == "3"));
        // Text cells never start a formula.
        for row in &rows {
            for (i, cell) in row.iter().enumerate() {
                let numeric = matches!(i, 0 | 1 | 5 | 6 | 9) && cell.parse::<f64>().is_ok();
                assert!(numeric || !cell.starts_with(['=', '+', '-', '@']), "{cell:?}");
            }
        }
    }

    #[test]
    fn entities_csv_has_one_row_per_cluster() {
        let a = crate::analyze(ARTICLE);
        let rows = parse_csv(&entities_csv(ARTICLE, &a));
        assert_eq!(rows.len(), a.clusters.len() + 1);
        let kim = rows.iter().find(|r| r[0] == "Kim Jong Un").expect("Kim's cluster");
        assert_eq!(kim[1], "PERSON");
        assert_eq!(kim[3], "2");
        assert_eq!(kim[4], "Kim Jong Un; Kim");
    }

    #[test]
    fn json_escapes_and_keeps_the_contract_fields() {
        let a = crate::analyze(ARTICLE);
        let j = json(ARTICLE, &a);
        for field in ["\"entities\":", "\"numbers\":", "\"clusters\":", "\"facts\":", "\"quotes\":", "\"debris\":", "\"reference\":", "\"text\":"] {
            assert!(j.contains(field), "{field}");
        }
        assert!(j.contains("\\\"about\\\""));
        assert!(j.contains("\\n"));
        assert_eq!(js("a\u{1}b"), "\"a\\u0001b\"");
        assert_eq!(number(f64::NAN), "null");
        assert_eq!(number(1587.0), "1587");
        assert_eq!(number(1.5e9), "1500000000");
    }

    #[test]
    fn markdown_has_tables_and_escapes_cells() {
        let a = crate::analyze(ARTICLE);
        let m = markdown(ARTICLE, &a);
        assert!(m.starts_with("# Fact sheet: Launch watched\n"));
        assert!(m.contains("| # | Number | Kind |"));
        assert!(m.contains("| Name | Type | Roles | Mentions |"));
        assert!(m.contains("## Quotes"));
        let facts_rows = m.lines().filter(|l| l.starts_with("| ") && l.split(" | ").next().is_some_and(|c| c[2..].parse::<usize>().is_ok())).count();
        assert_eq!(facts_rows, a.facts.len());
        assert_eq!(md("a|b\n<script>"), "a\\|b &lt;script>");
    }

    #[test]
    fn empty_input_exports_headers_only() {
        let a = crate::analyze("");
        assert_eq!(facts_csv("", &a).lines().count(), 1);
        assert_eq!(entities_csv("", &a).lines().count(), 1);
        assert!(json("", &a).starts_with("{\"entities\":[]"));
        assert!(markdown("", &a).contains("No numbers found."));
    }
}
