//! Comparing several articles on one story: a fact matrix (each fact with
//! one column per source: stated the same, stated differently, or absent),
//! an entity matrix (clusters merged across articles), quotations across
//! sources with their wording differences, and overlap (passages of one
//! article that reappear, verbatim or reworded, in another, with a
//! similarity figure per pair).
//!
//! Pure and total like the rest of the core: any list of sources (none, one,
//! identical, empty texts) yields a [`Comparison`]; offsets are bytes into
//! each source's own text.
//!
//! ```
//! let texts = ["Kim Jong Un fired two missiles on Monday, KCNA said.",
//!              "Kim Jong-un fired three missiles on Monday, KCNA said."];
//! let analyses: Vec<lede::Analysis> = texts.iter().map(|t| lede::analyze(t)).collect();
//! let sources: Vec<lede::compare::Source> = texts.iter().zip(&analyses)
//!     .enumerate()
//!     .map(|(i, (t, a))| lede::compare::Source::new(format!("S{i}"), t, a))
//!     .collect();
//! let c = lede::compare::compare(&sources);
//! assert!(c.facts.iter().any(|f| f.status == lede::compare::Status::Conflict));
//! assert!(c.entities.iter().any(|e| e.by_source.iter().all(|&n| n > 0)));
//! ```

mod entities;
pub mod export;
mod facts;
pub mod normalize;
mod overlap;
mod quotes;
mod source;

pub use source::guess_source_name;

use crate::entities::EntityLabel;
use crate::numbers::{NumberKind, Si, Value};
use crate::span::Span;
use crate::Analysis;

/// One article to compare: its name (as the user gave it or as guessed by
/// [`guess_source_name`]), its text and its analysis.
#[derive(Clone, Debug)]
pub struct Source<'a> {
    pub name: String,
    pub text: &'a str,
    pub analysis: &'a Analysis,
}

impl<'a> Source<'a> {
    pub fn new(name: impl Into<String>, text: &'a str, analysis: &'a Analysis) -> Self {
        Source { name: name.into(), text, analysis }
    }
}

/// How the sources stating a fact relate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Status {
    /// Two or more sources state it with the same value.
    Agree,
    /// Two or more sources state it with different values.
    Conflict,
    /// One source only.
    Single,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Agree => "agree",
            Status::Conflict => "conflict",
            Status::Single => "single",
        }
    }
}

/// A fact as one source states it.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Stated {
    /// Index into that source's `Analysis::facts`.
    pub fact: usize,
    /// Index into that source's `Analysis::numbers`.
    pub number: usize,
    /// The number mention, as written.
    pub span: Span,
    pub text: String,
    pub value: Value,
    pub unit: Option<String>,
    pub si: Option<Si>,
    pub sentence: Span,
    /// The value differs from the row's first statement (a conflict cell).
    pub differs: bool,
}

/// One row of the fact matrix.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct FactRow {
    /// Kind, value, unit and counted noun as the first source stating it has them.
    pub kind: NumberKind,
    pub value: Value,
    pub unit: Option<String>,
    pub counted: Option<String>,
    pub status: Status,
    /// One entry per source, `None` where the source does not state it.
    pub by_source: Vec<Option<Stated>>,
}

/// One row of the entity matrix: a referent across articles.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct EntityRow {
    /// The canonical name in the first source naming it.
    pub canonical: String,
    pub label: EntityLabel,
    /// Mentions per source (0 where absent).
    pub by_source: Vec<usize>,
    /// The cluster index in each source (`None` where absent).
    pub clusters: Vec<Option<usize>>,
}

/// A run of words that differs between two versions of a quotation.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct WordChange {
    /// The words in the row's first version (empty: inserted).
    pub from: String,
    /// The words in this version (empty: dropped).
    pub to: String,
}

/// A quotation as one source gives it.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct QuoteIn {
    /// Index into that source's `Analysis::quotes`.
    pub quote: usize,
    /// The quotation, marks included.
    pub span: Span,
    /// The words inside the marks.
    pub text: String,
    pub speaker: Option<String>,
    /// Word similarity to the row's first version (1 = same words).
    pub similarity: f64,
    /// Wording changes against the row's first version.
    pub changes: Vec<WordChange>,
}

/// One quotation across sources.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct QuoteRow {
    /// The words of the first version.
    pub text: String,
    /// The first speaker found among the versions (canonical name).
    pub speaker: Option<String>,
    /// Whether any version's wording differs from the first.
    pub reworded: bool,
    pub by_source: Vec<Option<QuoteIn>>,
}

/// A passage of article `a` that reappears in article `b`.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Passage {
    pub a: Span,
    pub b: Span,
    /// Mean sentence similarity (Dice over content-word stems).
    pub similarity: f64,
    /// Every sentence is word for word the same.
    pub verbatim: bool,
}

/// How much of two articles is shared.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Overlap {
    /// Source indices, `a < b`.
    pub a: usize,
    pub b: usize,
    /// 0 (nothing shared) to 1 (the same sentences): the share of both
    /// articles' words in matching sentences, weighted by match closeness.
    pub similarity: f64,
    pub passages: Vec<Passage>,
}

/// The comparison of several articles.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Comparison {
    /// Source names, in the order given.
    pub sources: Vec<String>,
    pub facts: Vec<FactRow>,
    pub entities: Vec<EntityRow>,
    pub quotes: Vec<QuoteRow>,
    /// One entry per pair of sources (`a < b`), in order.
    pub overlap: Vec<Overlap>,
}

/// Compares the sources, in the order given.
pub fn compare(sources: &[Source]) -> Comparison {
    let sents: Vec<_> = sources.iter().map(overlap::sentences).collect();
    let mut pairs = Vec::new();
    for a in 0..sources.len() {
        for b in a + 1..sources.len() {
            pairs.push(overlap::pair(a, b, &sents[a], &sents[b]));
        }
    }
    Comparison {
        sources: sources.iter().map(|s| s.name.clone()).collect(),
        facts: facts::align(sources),
        entities: entities::align(sources),
        quotes: quotes::align(sources),
        overlap: pairs,
    }
}

/// Adds source `s`'s items to the rows: candidate pairs `(score, item, row)`
/// are taken best first, each item and each row at most once (a row holds one
/// statement per source); items left over open rows of their own.
fn assign_greedy(
    mut cands: Vec<(f64, usize, usize)>,
    s: usize,
    n_items: usize,
    rows: &mut Vec<Vec<(usize, usize)>>,
) {
    cands.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    let mut item_used = vec![false; n_items];
    let mut row_used = vec![false; rows.len()];
    for (_, ii, ri) in cands {
        if item_used.get(ii).copied().unwrap_or(true) || row_used.get(ri).copied().unwrap_or(true) {
            continue;
        }
        item_used[ii] = true;
        row_used[ri] = true;
        rows[ri].push((s, ii));
    }
    for (ii, used) in item_used.iter().enumerate() {
        if !used {
            rows.push(vec![(s, ii)]);
        }
    }
}
