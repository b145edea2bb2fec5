//! Worker side: turns the core's [`lede::Analysis`] into the [`ViewModel`].
//!
//! This is the only module that calls the analysis core; the main-thread
//! binary never reaches it, so the core (and its regex tables) ships only in
//! the worker's wasm.

use lede::{
    Date, DiagnosticKind, EntityLabel, NumberKind, OffsetMap, OffsetUnit, Options, Reference, Si,
    Span, Value,
};

use crate::model::{
    Days, Label, Mention, Notice, NumberFacts, Range16, ReferenceInfo, ReferenceSource, SiFacts,
    ViewModel,
};

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
    let options = Options {
        reference_date: Date::parse_iso(reference_date.trim()),
        ..Options::default()
    };
    let analysis = lede::analyze_with_options(text, &options);
    let map = OffsetMap::new(text, OffsetUnit::Utf16);
    let range = |span: Span| {
        let s = map.convert_span(span);
        Range16 {
            start: s.start as u32,
            end: s.end as u32,
        }
    };
    let valid = |span: Span| !span.is_empty() && text.get(span.start..span.end).is_some();

    let sentences: Vec<Span> = analysis.sentences.clone();
    let sentence_of = |span: Span| -> Option<u32> {
        // Sentences are sorted and disjoint: the last one starting at or
        // before the mention, if it contains the mention's start.
        let i = sentences.partition_point(|s| s.start <= span.start);
        let s = sentences.get(i.checked_sub(1)?)?;
        (span.start < s.end.max(s.start + 1)).then_some((i - 1) as u32)
    };

    let mut found: Vec<(Span, Mention)> = Vec::new();
    for e in &analysis.entities {
        if valid(e.span) {
            found.push((
                e.span,
                Mention {
                    range: range(e.span),
                    label: entity_label(e.label),
                    number: None,
                },
            ));
        }
    }
    for n in &analysis.numbers {
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
            },
        ));
    }
    // The core promises sorted, non-overlapping mentions; enforce it anyway so
    // the page can render them as one flat sequence. Numbers were pushed last,
    // so on a tie at the same start the entity comes first; the overlap rule
    // below then keeps whichever starts first.
    found.sort_by_key(|(span, _)| (span.start, span.end));
    let mut mentions: Vec<Mention> = Vec::with_capacity(found.len());
    let mut last_end = 0usize;
    for (span, mention) in found {
        if span.start >= last_end {
            last_end = span.end;
            mentions.push(mention);
        }
    }

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
