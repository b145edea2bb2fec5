//! Worker side: turns the core's [`lede::Analysis`] into the [`ViewModel`].
//!
//! This is the only module that calls the analysis core; the main-thread
//! binary never reaches it, so the core (and its regex tables) ships only in
//! the worker's wasm.

use lede::{DiagnosticKind, EntityLabel, NumberKind, OffsetMap, OffsetUnit, Span, Value};

use crate::model::{Label, Mention, Notice, NumberFacts, Range16, ViewModel};

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

/// Analyzes `text` and builds the view model with UTF-16 offsets.
pub fn analyze_view(text: &str) -> ViewModel {
    let analysis = lede::analyze(text);
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
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_text_gives_a_notice() {
        let view = analyze_view("   ");
        assert!(view.mentions.is_empty());
        assert_eq!(view.notices[0].kind, "empty");
    }

    #[test]
    fn offsets_are_utf16_and_sorted() {
        let text = "José 😀 flew to São Paulo on Feb 27 with two ballistic missiles.";
        let view = analyze_view(text);
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
}
