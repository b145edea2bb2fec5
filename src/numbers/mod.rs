//! Numbers: counts, quantities, money, percents, dates, times, durations and
//! ordinals, each resolved to a value.

use crate::span::Span;
use crate::text::Document;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum NumberKind {
    Quantity,
    Duration,
    Count,
    Money,
    Percent,
    Date,
    Time,
    Ordinal,
}

impl NumberKind {
    pub const ALL: [NumberKind; 8] = [
        NumberKind::Quantity,
        NumberKind::Duration,
        NumberKind::Count,
        NumberKind::Money,
        NumberKind::Percent,
        NumberKind::Date,
        NumberKind::Time,
        NumberKind::Ordinal,
    ];

    /// The kind as written in the JSON contract and the page (`quantity`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            NumberKind::Quantity => "quantity",
            NumberKind::Duration => "duration",
            NumberKind::Count => "count",
            NumberKind::Money => "money",
            NumberKind::Percent => "percent",
            NumberKind::Date => "date",
            NumberKind::Time => "time",
            NumberKind::Ordinal => "ordinal",
        }
    }
}

/// A normalized value: a number, or an ISO-8601-style string for dates and
/// times (`--02-27`, `2022-01`, `Tuesday`, `20:30`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(untagged))]
pub enum Value {
    Number(f64),
    Text(String),
}

impl std::fmt::Display for Value {
    /// Numbers print exactly as a reader would write them: no trailing `.0`,
    /// no exponent for ordinary magnitudes.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => write!(f, "{}", *n as i64),
            Value::Number(n) => write!(f, "{n}"),
            Value::Text(s) => f.write_str(s),
        }
    }
}

/// One number expression in the text.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct NumberMention {
    pub span: Span,
    pub kind: NumberKind,
    pub value: Value,
    /// The end of a range (`Jan. 5 to 7` → `--01-07`).
    pub end_value: Option<Value>,
    /// Canonical unit symbol (`km`, `°C`), time unit (`year`), or ISO currency code.
    pub unit: Option<String>,
    /// Head noun of what a count counts (`two ballistic missiles` → `missiles`).
    pub counted: Option<String>,
    /// A vague amount (`hundreds`): the value is a lower bound.
    pub approximate: bool,
}

/// Finds every number expression in the document, sorted by start and
/// non-overlapping.
pub fn find_numbers(doc: &Document<'_>) -> Vec<NumberMention> {
    let _ = doc;
    Vec::new()
}
