//! The view model: what the worker sends back to the page.
//!
//! Defined here, not in the core: it is the page's contract with its worker.
//! Offsets are UTF-16 code units (JavaScript string indices) into the exact
//! text that was analyzed; values are already formatted as a reader would
//! write them, so the main thread needs no analysis code at all.

use serde::{Deserialize, Serialize};

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
    /// Index into [`ViewModel::sentences`] of the sentence holding the number.
    pub sentence: Option<u32>,
}

/// One highlighted mention: an entity or a number.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    pub range: Range16,
    pub label: Label,
    /// Present for numbers, absent for entities.
    pub number: Option<NumberFacts>,
}

/// A note from the core about the input (empty text, pasted HTML, ...).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notice {
    /// `empty`, `binary`, `html` or `large`.
    pub kind: String,
    pub message: String,
}

/// Everything the page shows about one analyzed text.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct ViewModel {
    /// Entities and numbers together, sorted by start, non-overlapping.
    pub mentions: Vec<Mention>,
    pub sentences: Vec<Range16>,
    pub notices: Vec<Notice>,
}

/// A request to the worker. `seq` grows with every edit; replies carry it
/// back so the page can drop stale ones.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AnalyzeRequest {
    pub seq: u64,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AnalyzeReply {
    pub seq: u64,
    pub view: ViewModel,
}
