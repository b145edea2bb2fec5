//! Worker side of the "Compare sources" view: analyses the sources (keeping
//! each one's analysis while its text stays the same), runs the core's
//! [`lede::compare::compare`] and builds the [`CompareView`] with UTF-16
//! offsets; writes the downloads with the core's `compare::export`; turns
//! dropped HTML into clean text and guesses a source's name.
//!
//! Like [`crate::view`], only the worker reaches this module, so the core
//! stays out of the main thread's wasm.

use std::cell::RefCell;
use std::rc::Rc;

use lede::compare::{self, Comparison, Source, Status};
use lede::{Analysis, Date, OffsetMap, OffsetUnit, Options, Span, Value};

use crate::compare_model::{
    CompareReply, CompareRequest, CompareTiming, CompareView, ComparisonExportRequest,
    ComparisonFormat, EntityRowView, FactCell, FactRowView, FactStatus, OverlapView, PassageView,
    PrepareReply, PrepareRequest, QuoteCell, QuoteRowView, SourceSummary, WordChangeView,
};
use crate::model::{Label, Range16};
use crate::perf::now_ms;
use crate::view::format_number;

/// One source's analysis, kept while the page compares that text.
struct Cached {
    reference_date: String,
    text: String,
    analysis: Rc<Analysis>,
}

thread_local! {
    /// The analyses of the latest comparison's sources. Adding, editing or
    /// removing one source re-analyses at most that source: the page sends
    /// every text with each request, and texts seen last time are found here.
    static ANALYSES: RefCell<Vec<Cached>> = const { RefCell::new(Vec::new()) };
}

/// The analyses of `texts` and how many of them were not cached. The cache
/// then holds exactly these texts' analyses.
fn analyses(texts: &[String], reference_date: &str) -> (Vec<Rc<Analysis>>, u32) {
    ANALYSES.with(|cache| {
        let mut cache = cache.borrow_mut();
        let options = Options {
            reference_date: Date::parse_iso(reference_date.trim()),
            ..Options::default()
        };
        let mut analyzed = 0;
        let mut kept: Vec<Cached> = Vec::with_capacity(texts.len());
        let out = texts
            .iter()
            .map(|text| {
                let found = |c: &Cached| c.text == *text && c.reference_date == reference_date;
                if let Some(c) = kept.iter().find(|c| found(c)) {
                    c.analysis.clone()
                } else {
                    let analysis = match cache.iter().position(found) {
                        Some(i) => cache.swap_remove(i).analysis,
                        None => {
                            analyzed += 1;
                            Rc::new(lede::analyze_with_options(text, &options))
                        }
                    };
                    kept.push(Cached {
                        reference_date: reference_date.to_string(),
                        text: text.clone(),
                        analysis: analysis.clone(),
                    });
                    analysis
                }
            })
            .collect();
        *cache = kept;
        (out, analyzed)
    })
}

fn comparison(texts: &[String], names: &[String], analyses: &[Rc<Analysis>]) -> Comparison {
    let sources: Vec<Source> = texts
        .iter()
        .zip(analyses)
        .enumerate()
        .map(|(i, (text, analysis))| {
            let name = names.get(i).cloned().unwrap_or_default();
            Source::new(name, text, analysis)
        })
        .collect();
    compare::compare(&sources)
}

/// A value for reading: `1,587 km`, `3`, `--02-27`, `1,500,000,000 USD`.
fn value_text(value: &Value, unit: Option<&str>) -> String {
    let mut s = match value {
        Value::Number(n) => format_number(*n),
        Value::Text(t) => t.clone(),
    };
    if let Some(u) = unit {
        s.push(' ');
        s.push_str(u);
    }
    s
}

fn range16(map: &OffsetMap, span: Span) -> Range16 {
    let s = map.convert_span(span);
    Range16 {
        start: s.start as u32,
        end: s.end as u32,
    }
}

/// The page's label of a core label or kind: they share their names
/// (`PERSON`, `quantity`), as in the JSON contract.
fn label_named(name: &str) -> Label {
    Label::ALL
        .into_iter()
        .find(|l| l.as_str() == name)
        .unwrap_or(Label::Misc)
}

fn fact_status(status: Status) -> FactStatus {
    match status {
        Status::Agree => FactStatus::Agree,
        Status::Conflict => FactStatus::Conflict,
        Status::Single => FactStatus::Single,
    }
}

/// The view model of a comparison of `texts` with their `analyses`.
fn build_view(c: &Comparison, texts: &[String], analyses: &[Rc<Analysis>]) -> CompareView {
    let maps: Vec<OffsetMap> = texts
        .iter()
        .map(|t| OffsetMap::new(t, OffsetUnit::Utf16))
        .collect();
    let sources = texts
        .iter()
        .zip(analyses)
        .map(|(text, a)| SourceSummary {
            guessed_name: compare::guess_source_name(text),
            words: text.split_whitespace().count() as u32,
            facts: a.facts.len() as u32,
            notices: a.diagnostics.iter().map(|d| d.message.clone()).collect(),
        })
        .collect();
    let facts = c
        .facts
        .iter()
        .map(|f| FactRowView {
            kind: label_named(f.kind.as_str()),
            value: value_text(&f.value, f.unit.as_deref()),
            unit: f.unit.clone(),
            counted: f.counted.clone(),
            status: fact_status(f.status),
            cells: f
                .by_source
                .iter()
                .zip(&maps)
                .map(|(s, map)| {
                    s.as_ref().map(|s| FactCell {
                        text: s.text.clone(),
                        value: value_text(&s.value, s.unit.as_deref()),
                        range: range16(map, s.span),
                        sentence: range16(map, s.sentence),
                        differs: s.differs,
                    })
                })
                .collect(),
        })
        .collect();
    let entities = c
        .entities
        .iter()
        .map(|e| EntityRowView {
            canonical: e.canonical.clone(),
            label: label_named(e.label.as_str()),
            counts: e.by_source.iter().map(|&n| n as u32).collect(),
        })
        .collect();
    let quotes = c
        .quotes
        .iter()
        .map(|q| QuoteRowView {
            text: q.text.clone(),
            speaker: q.speaker.clone(),
            reworded: q.reworded,
            cells: q
                .by_source
                .iter()
                .zip(&maps)
                .map(|(s, map)| {
                    s.as_ref().map(|s| QuoteCell {
                        text: s.text.clone(),
                        speaker: s.speaker.clone(),
                        similarity: s.similarity,
                        changes: s
                            .changes
                            .iter()
                            .map(|w| WordChangeView {
                                from: w.from.clone(),
                                to: w.to.clone(),
                            })
                            .collect(),
                        range: range16(map, s.span),
                    })
                })
                .collect(),
        })
        .collect();
    let overlap = c
        .overlap
        .iter()
        .filter_map(|o| {
            let (ma, mb) = (maps.get(o.a)?, maps.get(o.b)?);
            Some(OverlapView {
                a: o.a as u32,
                b: o.b as u32,
                similarity: o.similarity,
                passages: o
                    .passages
                    .iter()
                    .map(|p| PassageView {
                        a: range16(ma, p.a),
                        b: range16(mb, p.b),
                        similarity: p.similarity,
                        verbatim: p.verbatim,
                    })
                    .collect(),
            })
        })
        .collect();
    CompareView {
        sources,
        facts,
        entities,
        quotes,
        overlap,
    }
}

/// Compares the request's sources (see [`CompareReply`]).
pub fn compare_view(request: CompareRequest) -> CompareReply {
    compare_timed(request, now_ms)
}

/// [`compare_view`] with its clock given (native tests have no `performance`).
fn compare_timed(request: CompareRequest, clock: fn() -> f64) -> CompareReply {
    let t0 = clock();
    let (analyses, analyzed) = analyses(&request.texts, &request.reference_date);
    let t1 = clock();
    let c = comparison(&request.texts, &[], &analyses);
    let t2 = clock();
    let view = build_view(&c, &request.texts, &analyses);
    let t3 = clock();
    CompareReply {
        seq: request.seq,
        view,
        timing: CompareTiming {
            analyze_ms: t1 - t0,
            compare_ms: t2 - t1,
            view_ms: t3 - t2,
            analyzed,
        },
    }
}

/// The comparison of the request's sources as a file (exactly what
/// `lede compare --format ...` prints for the same texts and names).
pub fn export(request: ComparisonExportRequest) -> String {
    let (analyses, _) = analyses(&request.texts, &request.reference_date);
    let c = comparison(&request.texts, &request.names, &analyses);
    match request.format {
        ComparisonFormat::Json => compare::export::json(&c, &request.texts) + "\n",
        ComparisonFormat::Markdown => compare::export::markdown(&c),
        ComparisonFormat::FactsCsv => compare::export::csv(&c),
        ComparisonFormat::EntitiesCsv => compare::export::csv_entities(&c),
        ComparisonFormat::QuotesCsv => compare::export::csv_quotes(&c),
        ComparisonFormat::OverlapCsv => compare::export::csv_overlap(&c),
    }
}

/// A new source's text: HTML (an `.html` file, or pasted markup) becomes its
/// clean text, the rest stays as it is; and the name the text gives itself.
pub fn prepare(request: PrepareRequest) -> PrepareReply {
    let convert = request.html || lede::html::looks_like_html(&request.text);
    let text = if convert {
        lede::html::to_text(&request.text)
    } else {
        request.text
    };
    PrepareReply {
        guessed_name: compare::guess_source_name(&text),
        converted: convert,
        text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ORIGINAL: &str = include_str!("../../tests/testdata/compare/original.txt");
    const REWRITE: &str = include_str!("../../tests/testdata/compare/rewrite.txt");
    const UNRELATED: &str = include_str!("../../tests/testdata/compare/unrelated.txt");

    fn request(seq: u64, texts: &[&str]) -> CompareRequest {
        CompareRequest {
            seq,
            texts: texts.iter().map(|t| t.to_string()).collect(),
            reference_date: "2025-03-01".into(),
        }
    }

    fn compare_view(request: CompareRequest) -> CompareReply {
        compare_timed(request, || 0.0)
    }

    #[test]
    fn conflicts_absences_and_offsets() {
        let reply = compare_view(request(1, &[ORIGINAL, REWRITE, UNRELATED]));
        let v = &reply.view;
        assert_eq!(v.sources.len(), 3);
        assert_eq!(v.sources[1].guessed_name.as_deref(), Some("Bloomberg"));
        let troops = v
            .facts
            .iter()
            .find(|f| f.cells[0].as_ref().is_some_and(|c| c.text == "12,000"))
            .expect("troops row");
        assert_eq!(troops.status, FactStatus::Conflict);
        let cell = troops.cells[1].as_ref().expect("rewrite states it");
        assert!(cell.differs);
        assert_eq!(cell.value, "15,000");
        let units: Vec<u16> = REWRITE.encode_utf16().collect();
        let written =
            String::from_utf16_lossy(&units[cell.range.start as usize..cell.range.end as usize]);
        assert_eq!(written, "15,000");
        assert!(troops.cells[2].is_none());
        assert_eq!(troops.kind, Label::Count);
        let kim = v
            .entities
            .iter()
            .find(|e| e.canonical == "Kim Jong Un")
            .expect("Kim");
        assert_eq!(kim.label, Label::Person);
        assert_eq!(v.overlap.len(), 3);
        assert!(v.overlap[0].similarity > v.overlap[1].similarity + 0.3);
    }

    #[test]
    fn unchanged_sources_are_not_analyzed_again() {
        let first = compare_view(request(1, &[ORIGINAL, REWRITE]));
        assert_eq!(first.timing.analyzed, 2);
        let again = compare_view(request(2, &[REWRITE, ORIGINAL, UNRELATED]));
        assert_eq!(again.timing.analyzed, 1);
        let same = compare_view(request(3, &[REWRITE, REWRITE]));
        assert_eq!(same.timing.analyzed, 0);
        // The original was dropped from the cache with the last request.
        assert_eq!(compare_view(request(4, &[ORIGINAL])).timing.analyzed, 1);
    }

    #[test]
    fn exports_are_the_cli_formats() {
        let texts = vec![ORIGINAL.to_string(), REWRITE.to_string()];
        let export_as = |format| {
            export(ComparisonExportRequest {
                texts: texts.clone(),
                names: vec!["A, the first".into(), "B".into()],
                reference_date: String::new(),
                format,
            })
        };
        assert!(
            export_as(ComparisonFormat::FactsCsv).starts_with("fact,status,\"A, the first\",B\n")
        );
        assert!(export_as(ComparisonFormat::Json).starts_with("{\"entities\":"));
        assert!(export_as(ComparisonFormat::Markdown).starts_with("## Facts"));
        assert!(export_as(ComparisonFormat::EntitiesCsv).starts_with("entity,label,"));
        assert!(export_as(ComparisonFormat::QuotesCsv).starts_with("quote,speaker,reworded,"));
        assert!(export_as(ComparisonFormat::OverlapCsv).contains("\"A, the first\",B,"));
    }

    #[test]
    fn html_becomes_text_and_names_are_guessed() {
        let r = prepare(PrepareRequest {
            text: "<p>Kim fired 7 missiles.</p><p>Source: TRT</p>".into(),
            html: true,
        });
        assert!(r.converted);
        assert!(!r.text.contains('<'));
        assert_eq!(r.guessed_name.as_deref(), Some("TRT"));
        let plain = prepare(PrepareRequest {
            text: "Kim fired 7 missiles.\nBLOOMBERG".into(),
            html: false,
        });
        assert!(!plain.converted);
        assert_eq!(plain.guessed_name.as_deref(), Some("Bloomberg"));
    }
}
