//! Worker side: turns the core's [`lede::Analysis`] into the [`ViewModel`].
//!
//! This is the only module that calls the analysis core; the main-thread
//! binary never reaches it, so the core (and its regex tables) ships only in
//! the worker's wasm. Exports and HTML-to-text run here too, for that reason.

use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

use lede::{
    Analysis, Date, DiagnosticKind, EntityLabel, NumberKind, OffsetMap, OffsetUnit, Options,
    Reference, Si, Span, Value,
};

use crate::model::{
    ClusterView, Days, DebrisKind, DebrisView, ExportFormat, FactView, Label, Mention, Notice,
    NumberFacts, QuoteView, Range16, ReferenceInfo, ReferenceSource, SiFacts, ViewModel,
};

thread_local! {
    /// The last analysis, by text and reference date: an export of what the
    /// page shows reuses it instead of analyzing again.
    static LAST: RefCell<Option<(String, String, Rc<Analysis>)>> = const { RefCell::new(None) };
}

/// The analysis of `text` with `reference_date`, from the cache when it is
/// the last one asked for.
fn analysis_of(text: &str, reference_date: &str) -> Rc<Analysis> {
    let cached = LAST.with(|last| {
        last.borrow()
            .as_ref()
            .filter(|(t, d, _)| t == text && d == reference_date)
            .map(|(_, _, a)| a.clone())
    });
    if let Some(a) = cached {
        return a;
    }
    let options = Options {
        reference_date: Date::parse_iso(reference_date.trim()),
        ..Options::default()
    };
    let analysis = Rc::new(lede::analyze_with_options(text, &options));
    LAST.with(|last| {
        *last.borrow_mut() = Some((
            text.to_string(),
            reference_date.to_string(),
            analysis.clone(),
        ))
    });
    analysis
}

/// `text` analyzed with `reference_date`, rendered in `format` (the same
/// writer as `lede analyze --format`).
pub fn export(text: &str, reference_date: &str, format: ExportFormat) -> String {
    let analysis = analysis_of(text, reference_date);
    let format = match format {
        ExportFormat::FactsCsv => lede::export::Format::FactsCsv,
        ExportFormat::EntitiesCsv => lede::export::Format::EntitiesCsv,
        ExportFormat::Json => lede::export::Format::Json,
        ExportFormat::Markdown => lede::export::Format::Markdown,
    };
    lede::export::render(format, text, &analysis)
}

/// Pasted or dropped HTML as clean text, one paragraph per line.
pub fn html_to_text(html: &str) -> String {
    lede::html::to_text(html)
}

/// Why each debris line was set aside: a repeat of an earlier line, or
/// furniture. Lines are compared as the core does (whitespace collapsed,
/// lowercase). One pass over the lines.
fn debris_kinds(text: &str, debris: &[Span]) -> Vec<DebrisKind> {
    let mut kinds = Vec::with_capacity(debris.len());
    let mut seen: HashSet<String> = HashSet::new();
    let mut d = 0;
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let line_start = start;
        start += line.len();
        let norm = line
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        let Some(span) = debris.get(d) else { break };
        if span.start >= line_start && span.start < start {
            kinds.push(if seen.contains(&norm) {
                DebrisKind::Repeated
            } else {
                DebrisKind::Furniture
            });
            d += 1;
        }
        if !norm.is_empty() {
            seen.insert(norm);
        }
    }
    kinds.resize(debris.len(), DebrisKind::Furniture);
    kinds
}

fn entity_label(label: EntityLabel) -> Label {
    match label {
        EntityLabel::Person => Label::Person,
        EntityLabel::Org => Label::Org,
        EntityLabel::Place => Label::Place,
        EntityLabel::Misc => Label::Misc,
    }
}

fn number_label(kind: NumberKind) -> Label {
    match kind {
        NumberKind::Quantity => Label::Quantity,
        NumberKind::Duration => Label::Duration,
        NumberKind::Count => Label::Count,
        NumberKind::Money => Label::Money,
        NumberKind::Percent => Label::Percent,
        NumberKind::Date => Label::Date,
        NumberKind::Time => Label::Time,
        NumberKind::Ordinal => Label::Ordinal,
    }
}

fn notice_kind(kind: DiagnosticKind) -> &'static str {
    match kind {
        DiagnosticKind::Empty => "empty",
        DiagnosticKind::Binary => "binary",
        DiagnosticKind::Html => "html",
        DiagnosticKind::Large => "large",
    }
}

fn numeric(value: &Value) -> Option<f64> {
    match value {
        Value::Number(n) if n.is_finite() => Some(*n),
        _ => None,
    }
}

/// `n` for reading: fractions rounded to 12 significant digits (so
/// conversions print `0.3`, not `0.30000000000000004`), thousands grouped
/// (`1,587,000`).
pub fn format_number(n: f64) -> String {
    if !n.is_finite() {
        return n.to_string();
    }
    if n != 0.0 && !(1e-6..1e15).contains(&n.abs()) {
        return format!("{n:e}");
    }
    // Conversion noise goes at 12 significant digits (an integer over a power
    // of ten rounds exactly); whole numbers have none.
    let n = if n.fract() == 0.0 {
        n
    } else {
        let scale = 10f64.powi(11 - n.abs().log10().floor() as i32);
        (n * scale).round() / scale
    };
    let s = n.to_string();
    let (sign, digits) = s.strip_prefix('-').map_or(("", s.as_str()), |d| ("-", d));
    let (int, frac) = digits
        .split_once('.')
        .map_or((digits, None), |(i, f)| (i, Some(f)));
    let mut out = String::with_capacity(s.len() + int.len() / 3);
    out.push_str(sign);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}

/// `1,587,000 m`, `5,000 to 7,000 m`.
fn format_si(si: &Si) -> String {
    match si.end_value {
        Some(end) => format!(
            "{} to {} {}",
            format_number(si.value),
            format_number(end),
            si.unit
        ),
        None => format!("{} {}", format_number(si.value), si.unit),
    }
}

/// The dateline as a reader would quote it: its line, up to the dash that
/// opens the story (`SEOUL, Feb 27 (Yonhap)`), at most 100 characters.
fn dateline_quote(text: &str, span: Span) -> String {
    let line_start = text
        .get(..span.start)
        .and_then(|t| t.rfind('\n'))
        .map_or(0, |i| i + 1);
    let line_end = text
        .get(span.end..)
        .and_then(|t| t.find('\n'))
        .map_or(text.len(), |i| span.end + i);
    let tail = text.get(span.end..line_end).unwrap_or("");
    let cut = ["—", "–", " -- ", " - ", " _ ", " | "]
        .iter()
        .filter_map(|d| tail.find(d))
        .min()
        .map_or(line_end, |i| span.end + i);
    let quote = text.get(line_start..cut).unwrap_or("").trim();
    if quote.chars().count() <= 100 {
        quote.to_string()
    } else {
        span.of(text).trim().to_string()
    }
}

fn reference_info(text: &str, map: &OffsetMap, reference: &Reference) -> ReferenceInfo {
    let source = match reference.source {
        lede::ReferenceSource::Dateline(span) => {
            let written = span.of(text);
            let year = reference.date.year().to_string();
            let short = year.get(year.len().saturating_sub(2)..).unwrap_or("");
            let has_year = written.contains(&year)
                || written.contains(&format!("'{short}"))
                || written.contains(&format!("’{short}"));
            let s = map.convert_span(span);
            ReferenceSource::Dateline {
                range: Range16 {
                    start: s.start as u32,
                    end: s.end as u32,
                },
                quote: dateline_quote(text, span),
                year_from_user: !has_year,
            }
        }
        lede::ReferenceSource::User => ReferenceSource::User,
    };
    ReferenceInfo {
        date: reference.date.to_string(),
        source,
    }
}

/// Analyzes `text` and builds the view model with UTF-16 offsets.
///
/// `reference_date` (`YYYY-MM-DD`, or empty for none) resolves relative
/// dates when the article has no dateline of its own.
pub fn analyze_view(text: &str, reference_date: &str) -> ViewModel {
    let analysis = analysis_of(text, reference_date);
    view_of(text, &analysis)
}

/// Where a mention came from in the core's lists.
#[derive(Clone, Copy)]
enum Source {
    Entity(usize),
    Number(usize),
}

fn view_of(text: &str, analysis: &Analysis) -> ViewModel {
    let map = OffsetMap::new(text, OffsetUnit::Utf16);
    let range = |span: Span| {
        let s = map.convert_span(span);
        Range16 {
            start: s.start as u32,
            end: s.end as u32,
        }
    };
    let valid = |span: Span| !span.is_empty() && text.get(span.start..span.end).is_some();

    let sentences: &[Span] = &analysis.sentences;
    let sentence_of = |span: Span| -> Option<u32> {
        // Sentences are sorted and disjoint: the last one starting at or
        // before the mention, if it contains the mention's start.
        let i = sentences.partition_point(|s| s.start <= span.start);
        let s = sentences.get(i.checked_sub(1)?)?;
        (span.start < s.end.max(s.start + 1)).then_some((i - 1) as u32)
    };

    let mut found: Vec<(Span, Mention, Source)> = Vec::new();
    for (i, e) in analysis.entities.iter().enumerate() {
        if valid(e.span) {
            found.push((
                e.span,
                Mention {
                    range: range(e.span),
                    label: entity_label(e.label),
                    number: None,
                    cluster: (e.cluster < analysis.clusters.len()).then_some(e.cluster as u32),
                },
                Source::Entity(i),
            ));
        }
    }
    for (i, n) in analysis.numbers.iter().enumerate() {
        if !valid(n.span) {
            continue;
        }
        let facts = NumberFacts {
            value: n.value.to_string(),
            numeric: numeric(&n.value),
            end_value: n.end_value.as_ref().map(|v| v.to_string()),
            unit: n.unit.clone(),
            counted: n.counted.clone(),
            approximate: n.approximate,
            qualifier: n.qualifier.map(|q| q.as_str().to_string()),
            si: n.si.as_ref().map(|si| SiFacts {
                value: si.value,
                end_value: si.end_value,
                unit: si.unit.clone(),
                text: format_si(si),
            }),
            resolved: n.resolved.map(|r| Days {
                start: r.start.to_string(),
                end: r.end.to_string(),
            }),
            sentence: sentence_of(n.span),
        };
        found.push((
            n.span,
            Mention {
                range: range(n.span),
                label: number_label(n.kind),
                number: Some(facts),
                cluster: None,
            },
            Source::Number(i),
        ));
    }
    // The core promises sorted, non-overlapping mentions; enforce it anyway so
    // the page can render them as one flat sequence. Numbers were pushed last,
    // so on a tie at the same start the entity comes first; the overlap rule
    // below then keeps whichever starts first.
    found.sort_by_key(|(span, _, _)| (span.start, span.end));
    let mut mentions: Vec<Mention> = Vec::with_capacity(found.len());
    let mut entity_mention: Vec<Option<u32>> = vec![None; analysis.entities.len()];
    let mut number_mention: Vec<Option<u32>> = vec![None; analysis.numbers.len()];
    let mut last_end = 0usize;
    for (span, mention, source) in found {
        if span.start >= last_end {
            last_end = span.end;
            let at = Some(mentions.len() as u32);
            match source {
                Source::Entity(i) => entity_mention[i] = at,
                Source::Number(i) => number_mention[i] = at,
            }
            mentions.push(mention);
        }
    }

    let clusters = analysis
        .clusters
        .iter()
        .map(|c| ClusterView {
            name: c.canonical.clone(),
            label: entity_label(c.label),
            roles: c.roles.clone(),
            mentions: c
                .mentions
                .iter()
                .filter_map(|&m| entity_mention.get(m).copied().flatten())
                .collect(),
        })
        .collect();
    let cluster = |c: usize| (c < analysis.clusters.len()).then_some(c as u32);
    let facts = analysis
        .facts
        .iter()
        .filter_map(|f| {
            Some(FactView {
                mention: number_mention.get(f.number).copied().flatten()?,
                entities: f.entities.iter().filter_map(|&c| cluster(c)).collect(),
                attribution: f.attribution.as_ref().map(|a| a.text.clone()),
                source: analysis.source_cluster(f).and_then(cluster),
                hedges: f.hedges.clone(),
                sentence: range(f.sentence),
            })
        })
        .collect();
    let quotes = analysis
        .quotes
        .iter()
        .filter(|q| valid(q.span))
        .map(|q| QuoteView {
            range: range(q.span),
            speaker: q.speaker.and_then(cluster),
            via: q.via.and_then(cluster),
        })
        .collect();
    let debris = analysis
        .debris
        .iter()
        .zip(debris_kinds(text, &analysis.debris))
        .map(|(&d, kind)| DebrisView {
            range: range(d),
            kind,
        })
        .collect();

    ViewModel {
        mentions,
        sentences: analysis.sentences.iter().map(|&s| range(s)).collect(),
        notices: analysis
            .diagnostics
            .iter()
            .map(|d| Notice {
                kind: notice_kind(d.kind).to_string(),
                message: d.message.clone(),
            })
            .collect(),
        reference: analysis
            .reference
            .as_ref()
            .map(|r| reference_info(text, &map, r)),
        clusters,
        facts,
        quotes,
        debris,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_text_gives_a_notice() {
        let view = analyze_view("   ", "");
        assert!(view.mentions.is_empty());
        assert_eq!(view.notices[0].kind, "empty");
    }

    #[test]
    fn offsets_are_utf16_and_sorted() {
        let text = "José 😀 flew to São Paulo on Feb 27 with two ballistic missiles.";
        let view = analyze_view(text, "2025-03-01");
        let units: Vec<u16> = text.encode_utf16().collect();
        let mut prev = 0;
        for m in &view.mentions {
            assert!(m.range.start >= prev && m.range.end > m.range.start);
            assert!(m.range.end as usize <= units.len());
            prev = m.range.end;
        }
        for s in &view.sentences {
            assert!(s.end as usize <= units.len());
        }
    }

    #[test]
    fn clusters_facts_quotes_and_debris_point_into_the_view() {
        let text = "Kim fires missiles\nSEOUL, March 3, 2025 — North Korean leader Kim Jong Un watched two missiles fly 1,587km, KCNA said. \
            “We will fire many more of them,” Kim said.\nPHOTO: EPA-EFE 2 credits\nKim fires missiles\n";
        let view = analyze_view(text, "");
        let units: Vec<u16> = text.encode_utf16().collect();
        let slice = |r: Range16| String::from_utf16_lossy(&units[r.start as usize..r.end as usize]);
        let kim = view
            .clusters
            .iter()
            .position(|c| c.name == "Kim Jong Un")
            .expect("Kim's cluster");
        let names: Vec<String> = view.clusters[kim]
            .mentions
            .iter()
            .map(|&m| {
                let m = &view.mentions[m as usize];
                assert_eq!(m.cluster, Some(kim as u32));
                slice(m.range)
            })
            .collect();
        assert!(
            names.len() >= 2 && names.iter().all(|n| n.contains("Kim")),
            "{names:?}"
        );
        // Every fact's number is a number mention outside debris.
        assert!(!view.facts.is_empty());
        for f in &view.facts {
            let m = &view.mentions[f.mention as usize];
            assert!(m.number.is_some());
            assert!(view
                .debris
                .iter()
                .all(|d| m.range.end <= d.range.start || m.range.start >= d.range.end));
        }
        let missiles = view
            .facts
            .iter()
            .find(|f| slice(view.mentions[f.mention as usize].range) == "1,587km")
            .expect("1,587km fact");
        assert_eq!(missiles.attribution.as_deref(), Some("KCNA said"));
        assert_eq!(view.quotes.len(), 1);
        assert!(slice(view.quotes[0].range).starts_with('“'));
        assert_eq!(view.quotes[0].speaker, Some(kim as u32));
        let kinds: Vec<DebrisKind> = view.debris.iter().map(|d| d.kind).collect();
        assert_eq!(kinds, [DebrisKind::Furniture, DebrisKind::Repeated]);
        assert_eq!(slice(view.debris[1].range), "Kim fires missiles");
    }

    #[test]
    fn exports_and_html_run_here() {
        let text = "Kim Jong Un watched 2 missiles, KCNA said.";
        let csv = export(text, "", ExportFormat::FactsCsv);
        assert_eq!(csv.lines().count(), 1 + analyze_view(text, "").facts.len());
        assert!(export(text, "", ExportFormat::Json).contains("\"facts\":"));
        assert_eq!(
            html_to_text("<p>One <b>two</b></p><p>Three</p>").trim(),
            "One two\nThree"
        );
    }

    #[test]
    fn numbers_read_for_humans() {
        assert_eq!(format_number(1587000.0), "1,587,000");
        assert_eq!(format_number(-1234.5), "-1,234.5");
        assert_eq!(format_number(0.1 + 0.2), "0.3");
        assert_eq!(format_number(999.0), "999");
        assert_eq!(format_number(0.0), "0");
        assert_eq!(format_number(2e20), "2e20");
        assert_eq!(format_number(0.3048), "0.3048");
        assert_eq!(format_number(1609.344), "1,609.344");
        assert_eq!(format_number(123456789012345.0), "123,456,789,012,345");
        assert_eq!(format_number(0.000001234), "0.000001234");
    }

    fn number<'a>(view: &'a ViewModel, text: &str, what: &str) -> &'a NumberFacts {
        let units: Vec<u16> = text.encode_utf16().collect();
        view.mentions
            .iter()
            .find(|m| {
                String::from_utf16_lossy(&units[m.range.start as usize..m.range.end as usize])
                    == what
            })
            .and_then(|m| m.number.as_ref())
            .unwrap_or_else(|| panic!("no number {what:?} in {:?}", view.mentions))
    }

    #[test]
    fn relative_dates_follow_the_page_date_without_a_dateline() {
        let text = "Exports fell last year, and about 250 people lost jobs in a 1,587km region.";
        let view = analyze_view(text, "2020-06-15");
        let last = number(&view, text, "last year");
        assert_eq!(last.value, "2019");
        assert_eq!(
            last.resolved.as_ref().unwrap().iso(),
            "2019-01-01/2019-12-31"
        );
        let r = view.reference.as_ref().unwrap();
        assert_eq!(
            (r.date.as_str(), &r.source),
            ("2020-06-15", &ReferenceSource::User)
        );
        let people = number(&view, text, "250");
        assert_eq!(people.qualifier.as_deref(), Some("about"));
        assert_eq!(
            number(&view, text, "1,587km")
                .si
                .as_ref()
                .map(|si| si.text.as_str()),
            Some("1,587,000 m")
        );

        let none = analyze_view(text, "");
        assert_eq!(number(&none, text, "last year").value, "REF-1Y");
        assert!(none.reference.is_none());
    }

    #[test]
    fn a_dateline_wins_over_the_page_date() {
        let text = "SEOUL, March 3, 2025 (Lede Wire) — Exports rose 5 percent last year.";
        let view = analyze_view(text, "2020-06-15");
        assert_eq!(number(&view, text, "last year").value, "2024");
        let r = view.reference.as_ref().unwrap();
        assert_eq!(r.date, "2025-03-03");
        match &r.source {
            ReferenceSource::Dateline {
                quote,
                year_from_user,
                ..
            } => {
                assert_eq!(quote, "SEOUL, March 3, 2025 (Lede Wire)");
                assert!(!year_from_user);
            }
            other => panic!("{other:?}"),
        }
        let text = "Headline\nSEOUL, Feb 27 (Yonhap) — Exports rose last year.";
        let view = analyze_view(text, "2025-03-10");
        let r = view.reference.as_ref().unwrap();
        assert_eq!(r.date, "2025-02-27");
        match &r.source {
            ReferenceSource::Dateline {
                quote,
                year_from_user,
                ..
            } => {
                assert_eq!(quote, "SEOUL, Feb 27 (Yonhap)");
                assert!(year_from_user);
            }
            other => panic!("{other:?}"),
        }
    }
}
