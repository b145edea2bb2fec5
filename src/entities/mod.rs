//! Named entities: people, organisations, places and other proper names.
//!
//! Recognizers sit behind the [`Recognizer`] trait so that the rule-based
//! first version can be swapped for a trained model without touching callers.

pub mod model;
mod rules;

use crate::span::Span;
use crate::text::Document;

pub use model::ModelRecognizer;
pub use rules::RuleRecognizer;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum EntityLabel {
    #[cfg_attr(feature = "serde", serde(rename = "PERSON"))]
    Person,
    #[cfg_attr(feature = "serde", serde(rename = "ORG"))]
    Org,
    #[cfg_attr(feature = "serde", serde(rename = "PLACE"))]
    Place,
    /// Nationalities, groups, events, works, products.
    #[cfg_attr(feature = "serde", serde(rename = "MISC"))]
    Misc,
}

impl EntityLabel {
    pub const ALL: [EntityLabel; 4] =
        [EntityLabel::Person, EntityLabel::Org, EntityLabel::Place, EntityLabel::Misc];

    /// The label as written in the JSON contract and the page (`PERSON`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            EntityLabel::Person => "PERSON",
            EntityLabel::Org => "ORG",
            EntityLabel::Place => "PLACE",
            EntityLabel::Misc => "MISC",
        }
    }
}

/// One mention of a named entity.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Entity {
    pub span: Span,
    pub label: EntityLabel,
    /// Index of the mention's cluster in `Analysis::clusters` (set by
    /// `analyze`; recognizers leave it 0).
    #[cfg_attr(feature = "serde", serde(default))]
    pub cluster: usize,
}

/// Anything that finds entity mentions in a parsed document.
///
/// Implementations must return mentions sorted by start, non-overlapping, on
/// character boundaries, and must not panic on any input.
pub trait Recognizer {
    fn recognize(&self, doc: &Document<'_>) -> Vec<Entity>;
}
