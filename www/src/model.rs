//! The view model: what the worker sends back to the page.
//!
//! Defined here, not in the core: it is the page's contract with its worker.
//! Offsets are UTF-16 code units (JavaScript string indices) into the exact
//! text that was analyzed; values are already formatted as a reader would
//! write them, so the main thread needs no analysis code at all.

use serde::{Deserialize, Serialize};

use crate::compare_model::{
    CompareReply, CompareRequest, ComparisonExportRequest, PrepareReply, PrepareRequest,
};

/// What gets highlighted: the four entity labels and the eight number kinds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Label {
    Person,
    Org,
    Place,
    Misc,
    Quantity,
    Duration,
    Count,
    Money,
    Percent,
    Date,
    Time,
    Ordinal,
}

impl Label {
    pub const ALL: [Label; 12] = [
        Label::Person,
        Label::Org,
        Label::Place,
        Label::Misc,
        Label::Quantity,
        Label::Duration,
        Label::Count,
        Label::Money,
        Label::Percent,
        Label::Date,
        Label::Time,
        Label::Ordinal,
    ];

    /// The label as written in the page (`data-label`) and the JSON contract:
    /// upper case for entities, lower case for number kinds.
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Person => "PERSON",
            Label::Org => "ORG",
            Label::Place => "PLACE",
            Label::Misc => "MISC",
            Label::Quantity => "quantity",
            Label::Duration => "duration",
            Label::Count => "count",
            Label::Money => "money",
            Label::Percent => "percent",
            Label::Date => "date",
            Label::Time => "time",
            Label::Ordinal => "ordinal",
        }
    }

    /// A short human description for the legend's tooltip.
    pub fn describe(self) -> &'static str {
        match self {
            Label::Person => "people",
            Label::Org => "organisations",
            Label::Place => "places",
            Label::Misc => "nationalities, groups, events, works",
            Label::Quantity => "measured quantities",
            Label::Duration => "durations and ages",
            Label::Count => "counts",
            Label::Money => "amounts of money",
            Label::Percent => "percentages",
            Label::Date => "dates",
            Label::Time => "clock times",
            Label::Ordinal => "ranks and ordinals",
        }
    }

    pub fn is_entity(self) -> bool {
        matches!(
            self,
            Label::Person | Label::Org | Label::Place | Label::Misc
        )
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

/// A half-open range in UTF-16 code units.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Range16 {
    pub start: u32,
    pub end: u32,
}

/// The number-specific facts of a mention.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct NumberFacts {
    /// Normalized value as text (`1587`, `--02-27`, `20:30`).
    pub value: String,
    /// The value as a number when it is one (for sorting).
    pub numeric: Option<f64>,
    /// End of a range (`Jan. 5 to 7` → `--01-07`).
    pub end_value: Option<String>,
    /// Unit symbol, time unit or ISO currency code.
    pub unit: Option<String>,
    /// Head noun of a count.
    pub counted: Option<String>,
    /// A vague amount whose value is a lower bound.
    pub approximate: bool,
    /// The bound or approximation word before the number, as in the JSON
    /// contract: `about`, `nearly`, `more_than`, `at_least`, `less_than`,
    /// `at_most`, `up_to`, `exactly`.
    pub qualifier: Option<String>,
    /// Quantities and durations in SI units.
    pub si: Option<SiFacts>,
    /// Dates and date-times: the calendar days covered (`last year` →
    /// 2024-01-01 to 2024-12-31), resolved against the reference date.
    pub resolved: Option<Days>,
    /// Index into [`ViewModel::sentences`] of the sentence holding the number.
    pub sentence: Option<u32>,
}

/// A quantity or duration in SI units (`1,587km` → 1587000 `m`).
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct SiFacts {
    pub value: f64,
    pub end_value: Option<f64>,
    /// `m`, `kg`, `s`, ...
    pub unit: String,
    /// Formatted for reading: `1,587,000 m`, `5,000 to 7,000 m`.
    pub text: String,
}

/// An inclusive range of calendar days, ISO dates (`2024-01-01`).
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Days {
    pub start: String,
    pub end: String,
}

impl Days {
    /// One ISO date, or an ISO interval `start/end` (as `data-resolved` and
    /// the CLI's `resolved` write it).
    pub fn iso(&self) -> String {
        if self.start == self.end {
            self.start.clone()
        } else {
            format!("{}/{}", self.start, self.end)
        }
    }

    /// For reading: `2025-02-27`, `2024-01-01 – 2024-12-31`.
    pub fn display(&self) -> String {
        if self.start == self.end {
            self.start.clone()
        } else {
            format!("{} – {}", self.start, self.end)
        }
    }
}

/// The qualifier in words: `more_than` → `more than`.
pub fn qualifier_words(q: &str) -> String {
    q.replace('_', " ")
}

/// One highlighted mention: an entity or a number.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    pub range: Range16,
    pub label: Label,
    /// Present for numbers, absent for entities.
    pub number: Option<NumberFacts>,
    /// Entities: index into [`ViewModel::clusters`].
    pub cluster: Option<u32>,
}

/// One referent: every mention of one person, organisation, place or group.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClusterView {
    /// The fullest name written in the article.
    pub name: String,
    pub label: Label,
    /// Titles and roles the article gives it (`Russian President`).
    pub roles: Vec<String>,
    /// Indices into [`ViewModel::mentions`], in text order.
    pub mentions: Vec<u32>,
}

/// A number with what the article says about it (the core's `Fact`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FactView {
    /// Index into [`ViewModel::mentions`] of the number.
    pub mention: u32,
    /// Indices into [`ViewModel::clusters`]: who and where, in text order.
    pub entities: Vec<u32>,
    /// Who says so: `KCNA said`, `according to Seoul`.
    pub attribution: Option<String>,
    /// Index into [`ViewModel::clusters`] of the attribution's source (`KCNA`).
    pub source: Option<u32>,
    /// The hedging words found (`reportedly`, `about`).
    pub hedges: Vec<String>,
    pub sentence: Range16,
}

/// A direct quotation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuoteView {
    /// The quotation, marks included.
    pub range: Range16,
    /// Index into [`ViewModel::clusters`] of the speaker.
    pub speaker: Option<u32>,
    /// Index into [`ViewModel::clusters`] of the relaying source.
    pub via: Option<u32>,
}

/// Why a line was set aside.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DebrisKind {
    /// The same line appeared before (a caption or headline shown twice).
    Repeated,
    /// Navigation, a prompt, a credit, a byline.
    Furniture,
}

impl DebrisKind {
    /// The dimmed line's tooltip.
    pub fn why(self) -> &'static str {
        match self {
            DebrisKind::Repeated => "Set aside: this line repeats an earlier one (a caption or headline shown twice). Not used for facts or quotes.",
            DebrisKind::Furniture => "Set aside as page furniture (navigation, a sign-up or share prompt, a photo credit, a byline). Not used for facts or quotes.",
        }
    }
}

/// A line of page debris.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DebrisView {
    pub range: Range16,
    pub kind: DebrisKind,
}

/// A note from the core about the input (empty text, pasted HTML, ...).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notice {
    /// `empty`, `binary`, `html` or `large`.
    pub kind: String,
    pub message: String,
}

/// Where the reference date for relative dates came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReferenceSource {
    /// The article's dateline.
    Dateline {
        /// The dateline's date in the text (UTF-16).
        range: Range16,
        /// The dateline as a reader would quote it: its line up to the dash
        /// that opens the story (`SEOUL, Feb 27 (Yonhap)`).
        quote: String,
        /// The dateline gives no year; it was taken from the page's date.
        year_from_user: bool,
    },
    /// The date set in the page (today by default).
    User,
}

/// The date relative dates were resolved against.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferenceInfo {
    /// ISO date, `2025-02-27`.
    pub date: String,
    pub source: ReferenceSource,
}

/// Everything the page shows about one analyzed text.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct ViewModel {
    /// Entities and numbers together, sorted by start, non-overlapping.
    pub mentions: Vec<Mention>,
    pub sentences: Vec<Range16>,
    pub notices: Vec<Notice>,
    /// `None` when the article has no dateline and the page gave no date:
    /// relative dates then keep a `REF` value (`REF-1Y`).
    pub reference: Option<ReferenceInfo>,
    /// Entity clusters, in order of first mention.
    pub clusters: Vec<ClusterView>,
    /// One per number outside page debris, in text order.
    pub facts: Vec<FactView>,
    pub quotes: Vec<QuoteView>,
    /// Lines set aside as page debris, in text order.
    pub debris: Vec<DebrisView>,
}

/// A request to the worker. `seq` grows with every edit; replies carry it
/// back so the page can drop stale ones.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AnalyzeRequest {
    pub seq: u64,
    pub text: String,
    /// The page's reference date, `YYYY-MM-DD` (today unless the user chose
    /// another), or empty for none. The worker never reads a clock.
    pub reference_date: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AnalyzeReply {
    pub seq: u64,
    pub view: ViewModel,
    /// Time the worker spent in [`crate::view::analyze_view`], in milliseconds.
    pub analyze_ms: f64,
}

/// What the page can download or copy (see `lede::export`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ExportFormat {
    FactsCsv,
    EntitiesCsv,
    Json,
    Markdown,
}

impl ExportFormat {
    pub const ALL: [ExportFormat; 4] = [
        ExportFormat::FactsCsv,
        ExportFormat::EntitiesCsv,
        ExportFormat::Json,
        ExportFormat::Markdown,
    ];

    /// The download's file name.
    pub fn file_name(self) -> &'static str {
        match self {
            ExportFormat::FactsCsv => "lede-facts.csv",
            ExportFormat::EntitiesCsv => "lede-entities.csv",
            ExportFormat::Json => "lede-analysis.json",
            ExportFormat::Markdown => "lede-fact-sheet.md",
        }
    }

    /// The download's media type.
    pub fn media_type(self) -> &'static str {
        match self {
            ExportFormat::FactsCsv | ExportFormat::EntitiesCsv => "text/csv;charset=utf-8",
            ExportFormat::Json => "application/json",
            ExportFormat::Markdown => "text/markdown;charset=utf-8",
        }
    }

    /// The download button's label.
    pub fn title(self) -> &'static str {
        match self {
            ExportFormat::FactsCsv => "Facts (CSV)",
            ExportFormat::EntitiesCsv => "Entities (CSV)",
            ExportFormat::Json => "All (JSON)",
            ExportFormat::Markdown => "Fact sheet (Markdown)",
        }
    }

    /// As `data-format` in the page: `facts-csv`, `entities-csv`, `json`, `md`.
    pub fn as_str(self) -> &'static str {
        match self {
            ExportFormat::FactsCsv => "facts-csv",
            ExportFormat::EntitiesCsv => "entities-csv",
            ExportFormat::Json => "json",
            ExportFormat::Markdown => "md",
        }
    }
}

/// An export of the analysis of `text` with `reference_date` (the worker
/// keeps its last analysis, so exporting what the page shows costs no
/// second analysis).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportRequest {
    pub text: String,
    pub reference_date: String,
    pub format: ExportFormat,
}

/// Everything the worker does: the core lives only there. One worker binary
/// serves both views (yew-agent registers one oneshot per worker).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum WorkerRequest {
    Analyze(AnalyzeRequest),
    Export(ExportRequest),
    /// Pasted or dropped HTML to clean text with paragraphs.
    HtmlToText(String),
    /// Compare several sources (the Compare view).
    Compare(CompareRequest),
    /// Make a pasted or dropped text a source: HTML to clean text, the
    /// guess at its name.
    PrepareSource(PrepareRequest),
    /// Write the comparison as a file.
    ExportComparison(ComparisonExportRequest),
}

// One reply per message, moved once: boxing the large variant would only add
// an allocation.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum WorkerReply {
    Analyzed(AnalyzeReply),
    /// A file's text: an export of the analysis or of the comparison.
    Exported(String),
    Text(String),
    Compared(CompareReply),
    SourcePrepared(PrepareReply),
}
