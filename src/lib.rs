//! Lede's analysis core: news text in, entities and numbers with values out.
//!
//! The core is pure Rust with no I/O and no web dependencies. Analysis never
//! fails: odd input (empty text, binary junk, pasted HTML) yields a result and
//! [`Diagnostic`]s explaining what was noticed.
//!
//! ```
//! let analysis = lede::analyze("Kim Jong Un fired two missiles on Feb 27.");
//! let names: Vec<&str> = analysis.entities.iter()
//!     .map(|e| e.span.of("Kim Jong Un fired two missiles on Feb 27."))
//!     .collect();
//! assert_eq!(names, ["Kim Jong Un"]);
//! let counts: Vec<String> = analysis.numbers.iter().map(|n| n.value.to_string()).collect();
//! assert_eq!(counts, ["2", "--02-27"]);
//! ```
//!
//! Offsets in results are byte offsets into the analyzed text; use
//! [`OffsetMap`] to convert them for JavaScript (UTF-16) or JSON (code points).

pub mod clusters;
pub mod compare;
pub mod debris;
pub mod export;
pub mod facts;
pub mod html;
pub mod quotes;
pub mod entities;
mod lexicon;
pub mod numbers;
pub mod span;
pub mod text;

pub use clusters::Cluster;
pub use facts::{Attribution, Fact};
pub use quotes::Quote;
pub use entities::{Entity, EntityLabel, ModelRecognizer, Recognizer, RuleRecognizer};
pub use numbers::{
    Date, NumberKind, NumberMention, Qualifier, Reference, ReferenceSource, Resolution, Si, Value,
};
pub use span::{OffsetMap, OffsetUnit, Span};
pub use text::Document;

/// Something about the input worth telling the user; never an error.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Diagnostic {
    pub kind: DiagnosticKind,
    pub message: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum DiagnosticKind {
    /// Nothing to analyze.
    Empty,
    /// Many control or replacement characters: probably not text.
    Binary,
    /// Markup tags in the text: HTML pasted as source.
    Html,
    /// Very long input: analyzed in full, but slower.
    Large,
}

/// The result of analyzing one article.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Analysis {
    pub paragraphs: Vec<Span>,
    pub sentences: Vec<Span>,
    pub entities: Vec<Entity>,
    pub numbers: Vec<NumberMention>,
    /// One per referent; each entity's `cluster` indexes this list.
    pub clusters: Vec<Cluster>,
    /// One per number mention outside debris, in text order.
    pub facts: Vec<Fact>,
    /// Direct quotations outside debris, in text order.
    pub quotes: Vec<Quote>,
    /// Lines set aside as page debris (navigation, prompts, credits, repeats).
    pub debris: Vec<Span>,
    pub diagnostics: Vec<Diagnostic>,
    /// The date relative dates were resolved against, and its source (the
    /// article's dateline or [`Options::reference_date`]); `None` when
    /// neither was available.
    pub reference: Option<Reference>,
}

impl Analysis {
    /// The cluster of the source a fact is attributed to (`KCNA` in `KCNA
    /// said`), if it has one.
    pub fn source_cluster(&self, fact: &Fact) -> Option<usize> {
        fact.attribution.as_ref().and_then(|a| self.entities.get(a.source)).map(|e| e.cluster)
    }
}

/// Settings for [`analyze_with_options`]; the default is what [`analyze`] does.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default))]
pub struct Options {
    /// The date relative expressions (`last year`, `on Tuesday`) resolve
    /// against when the article has no dateline of its own (a dateline wins;
    /// this date only completes a dateline's missing year). The page passes
    /// the user's choice, today by default; the core never reads a clock.
    pub reference_date: Option<Date>,
    /// Skips the number layer (the benchmark measures its share this way).
    pub skip_numbers: bool,
}

/// Inputs above this many bytes get a [`DiagnosticKind::Large`] note.
const LARGE_INPUT: usize = 2_000_000;

/// Analyzes one article with the default recognizers and options.
pub fn analyze(text: &str) -> Analysis {
    analyze_with_options(text, &Options::default())
}

/// Analyzes one article with the default recognizers and the given options.
///
/// ```
/// use lede::{Date, Options, ReferenceSource};
/// let options = Options { reference_date: Date::parse_iso("2025-02-27"), ..Options::default() };
/// let a = lede::analyze_with_options("Exports fell last year.", &options);
/// assert_eq!(a.numbers[0].value.to_string(), "2024");
/// assert_eq!(a.reference.map(|r| r.source), Some(ReferenceSource::User));
/// ```
pub fn analyze_with_options(text: &str, options: &Options) -> Analysis {
    // The trained model, or the rules if the embedded model cannot load.
    match ModelRecognizer::embedded() {
        Ok(model) => analyze_configured(text, &model, options),
        Err(_) => analyze_configured(text, &RuleRecognizer, options),
    }
}

/// Analyzes one article with the given entity recognizer.
pub fn analyze_with(text: &str, recognizer: &dyn Recognizer) -> Analysis {
    analyze_configured(text, recognizer, &Options::default())
}

/// Analyzes one article with the given entity recognizer and options.
pub fn analyze_configured(text: &str, recognizer: &dyn Recognizer, options: &Options) -> Analysis {
    let diagnostics = diagnose(text);
    let doc = Document::parse(text);
    let (numbers, reference) = if options.skip_numbers {
        (Vec::new(), None)
    } else {
        numbers::find_numbers_in(&doc, options.reference_date)
    };
    let mut entities = recognizer.recognize(&doc);
    // A number wins over a name on the same characters (`May 5` is a date,
    // not a person called May). Both lists are sorted: one merge pass.
    let mut next_number = 0;
    entities.retain(|e| {
        while numbers.get(next_number).is_some_and(|n| n.span.end <= e.span.start) {
            next_number += 1;
        }
        !numbers.get(next_number).is_some_and(|n| n.span.overlaps(e.span))
    });
    let clusters = clusters::cluster(text, &mut entities);
    let debris = debris::find_debris(text);
    let sentences: Vec<Span> = doc.sentences.into_iter().map(|s| s.span).collect();
    let facts = facts::find_facts(text, &sentences, &entities, &numbers, &debris);
    let quotes = quotes::find_quotes(text, &sentences, &entities, &debris);
    Analysis {
        paragraphs: doc.paragraphs,
        sentences,
        entities,
        numbers,
        clusters,
        facts,
        quotes,
        debris,
        diagnostics,
        reference,
    }
}

fn diagnose(text: &str) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let note = |kind, message: &str| Diagnostic { kind, message: message.to_string() };
    if text.trim().is_empty() {
        out.push(note(DiagnosticKind::Empty, "The text is empty: paste an article to analyze it."));
        return out;
    }
    let total = text.chars().count();
    let junk = text
        .chars()
        .filter(|&c| (c.is_control() && !c.is_whitespace()) || c == '\u{FFFD}')
        .count();
    if junk * 20 > total {
        out.push(note(
            DiagnosticKind::Binary,
            "The text contains many control or replacement characters; it may not be text.",
        ));
    }
    let tags = text.matches("</").count() + text.matches("<p").count() + text.matches("<div").count();
    if tags >= 3 {
        out.push(note(
            DiagnosticKind::Html,
            "The text looks like HTML source; markup is analyzed as text.",
        ));
    }
    if text.len() > LARGE_INPUT {
        out.push(note(DiagnosticKind::Large, "The text is very long; analysis may take a moment."));
    }
    out
}
