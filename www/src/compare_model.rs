//! The comparison's view model: what the worker sends back about several
//! sources (the page's "Compare sources" view), and what the page asks for.
//!
//! Like [`crate::model`], defined here rather than in the core: it is the
//! page's contract with its worker. Offsets are UTF-16 code units into each
//! source's text as the page sent it; values are already formatted for
//! reading, so the main thread needs no analysis code.

use serde::{Deserialize, Serialize};

use crate::model::{Label, Range16};

/// Compare these sources. `seq` grows with every change of the sources;
/// replies carry it back so the page can drop stale ones.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CompareRequest {
    pub seq: u64,
    /// The sources' texts, in the page's order.
    pub texts: Vec<String>,
    /// `YYYY-MM-DD` for relative dates in articles without a dateline, or
    /// empty for none.
    pub reference_date: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CompareReply {
    pub seq: u64,
    pub view: CompareView,
    pub timing: CompareTiming,
}

/// Where the worker's time went, in milliseconds (read by the e2e timing
/// test and shown in the status line).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CompareTiming {
    /// Analysing the sources not analysed before (the worker keeps each
    /// source's analysis while its text and the reference date stay the same).
    pub analyze_ms: f64,
    /// `lede::compare::compare` itself.
    pub compare_ms: f64,
    /// Building this view model.
    pub view_ms: f64,
    /// How many sources were analysed for this request (the others came from
    /// the cache).
    pub analyzed: u32,
}

/// How the sources stating a fact relate (the core's `compare::Status`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FactStatus {
    Agree,
    Conflict,
    Single,
}

impl FactStatus {
    /// As in the JSON contract and the page's `data-status`.
    pub fn as_str(self) -> &'static str {
        match self {
            FactStatus::Agree => "agree",
            FactStatus::Conflict => "conflict",
            FactStatus::Single => "single",
        }
    }
}

/// What the worker found about one source, besides the matrices.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SourceSummary {
    /// The core's guess at the source's name (`Bloomberg`, `TRT`), if any.
    pub guessed_name: Option<String>,
    pub words: u32,
    /// Facts (numbers outside page debris) in this source.
    pub facts: u32,
    /// The core's notes about the text (binary, very long, ...).
    pub notices: Vec<String>,
}

/// A fact as one source states it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FactCell {
    /// The number as written (`1,587km`, `three`).
    pub text: String,
    /// Its value for reading (`1,587 km`, `3`, `2025-02-27`).
    pub value: String,
    /// The number and its sentence in the source's text.
    pub range: Range16,
    pub sentence: Range16,
    /// The value differs from the row's first statement: a conflict.
    pub differs: bool,
}

/// One row of the fact matrix: one fact, merged across sources.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FactRowView {
    pub kind: Label,
    /// The value as the first source stating it has it, for reading.
    pub value: String,
    pub unit: Option<String>,
    pub counted: Option<String>,
    pub status: FactStatus,
    /// One per source, `None` where the source does not state it.
    pub cells: Vec<Option<FactCell>>,
}

/// One row of the entity matrix: a referent, merged across sources.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EntityRowView {
    pub canonical: String,
    pub label: Label,
    /// Mentions per source.
    pub counts: Vec<u32>,
}

/// A run of words that differs from the row's first version of a quotation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WordChangeView {
    /// The words in the first version (empty: inserted here).
    pub from: String,
    /// The words in this version (empty: dropped here).
    pub to: String,
}

/// A quotation as one source gives it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuoteCell {
    pub text: String,
    pub speaker: Option<String>,
    /// Word similarity to the first version (1 = same words).
    pub similarity: f64,
    pub changes: Vec<WordChangeView>,
    pub range: Range16,
}

/// One quotation across sources.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuoteRowView {
    pub text: String,
    pub speaker: Option<String>,
    pub reworded: bool,
    pub cells: Vec<Option<QuoteCell>>,
}

/// A passage of source `a` that reappears in source `b`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PassageView {
    pub a: Range16,
    pub b: Range16,
    pub similarity: f64,
    /// Word for word the same.
    pub verbatim: bool,
}

/// How much two sources share.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OverlapView {
    /// Source indices, `a < b`.
    pub a: u32,
    pub b: u32,
    /// 0 (nothing shared) to 1 (the same sentences).
    pub similarity: f64,
    pub passages: Vec<PassageView>,
}

/// Everything the "Compare sources" view shows about one set of sources.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CompareView {
    pub sources: Vec<SourceSummary>,
    pub facts: Vec<FactRowView>,
    pub entities: Vec<EntityRowView>,
    pub quotes: Vec<QuoteRowView>,
    /// One per pair of sources, `(0,1), (0,2), ... (1,2), ...`.
    pub overlap: Vec<OverlapView>,
}

/// A text about to become a source: pasted, dropped as a file, or taken
/// from the Article view.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PrepareRequest {
    pub text: String,
    /// The text came from an `.html`/`.htm` file: convert it to clean text.
    /// Other texts are converted too when they look like HTML markup.
    pub html: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PrepareReply {
    /// The text to compare (the clean text of HTML input).
    pub text: String,
    /// The input was HTML and was converted.
    pub converted: bool,
    /// The core's guess at the source's name.
    pub guessed_name: Option<String>,
}

/// The file formats of the comparison's downloads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ComparisonFormat {
    /// The whole comparison as `lede compare` prints it (code point offsets).
    Json,
    /// Facts, entities and overlap as Markdown tables (`lede compare --format md`).
    Markdown,
    /// The fact matrix (`lede compare --format csv`).
    FactsCsv,
    EntitiesCsv,
    QuotesCsv,
    OverlapCsv,
}

impl ComparisonFormat {
    pub const ALL: [ComparisonFormat; 6] = [
        ComparisonFormat::FactsCsv,
        ComparisonFormat::EntitiesCsv,
        ComparisonFormat::QuotesCsv,
        ComparisonFormat::OverlapCsv,
        ComparisonFormat::Json,
        ComparisonFormat::Markdown,
    ];

    /// The download's file name.
    pub fn file_name(self) -> &'static str {
        match self {
            ComparisonFormat::Json => "lede-comparison.json",
            ComparisonFormat::Markdown => "lede-comparison.md",
            ComparisonFormat::FactsCsv => "lede-comparison-facts.csv",
            ComparisonFormat::EntitiesCsv => "lede-comparison-entities.csv",
            ComparisonFormat::QuotesCsv => "lede-comparison-quotes.csv",
            ComparisonFormat::OverlapCsv => "lede-comparison-overlap.csv",
        }
    }

    pub fn media_type(self) -> &'static str {
        match self {
            ComparisonFormat::Json => "application/json",
            ComparisonFormat::Markdown => "text/markdown;charset=utf-8",
            _ => "text/csv;charset=utf-8",
        }
    }

    /// The button's text.
    pub fn title(self) -> &'static str {
        match self {
            ComparisonFormat::Json => "JSON",
            ComparisonFormat::Markdown => "Markdown",
            ComparisonFormat::FactsCsv => "Facts CSV",
            ComparisonFormat::EntitiesCsv => "Entities CSV",
            ComparisonFormat::QuotesCsv => "Quotes CSV",
            ComparisonFormat::OverlapCsv => "Overlap CSV",
        }
    }
}

/// Write the comparison of these sources as a file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ComparisonExportRequest {
    pub texts: Vec<String>,
    /// The sources' names, as the user sees them (the files' column headers).
    pub names: Vec<String>,
    pub reference_date: String,
    pub format: ComparisonFormat,
}
