//! Training and evaluation helpers for Lede's entity model: corpus readers
//! (CoNLL column files, gold JSON Lines), the detokenizer that renders CoNLL
//! tokens as raw-looking text while mapping the gold spans, and strict span
//! scoring. The core (`lede`) stays free of all of this; the `lede` CLI uses
//! it for `lede eval ner`, and the `lede-train` binary for training.

pub mod clusters;
pub mod conll;
pub mod render;
pub mod score;
pub mod jsonl;

pub use lede::EntityLabel;

/// A document with its gold entities as byte spans into `text`.
#[derive(Clone, Debug)]
pub struct GoldDoc {
    pub id: String,
    pub text: String,
    pub entities: Vec<(usize, usize, EntityLabel)>,
}

/// Maps a corpus label (CoNLL, the shared gold files, IE-ER) onto an entity
/// label, as `shared/tools/score.py` does; `None` for classes that are not
/// named entities (dates, numbers, ...).
pub fn map_label(label: &str) -> Option<EntityLabel> {
    match label.to_ascii_uppercase().as_str() {
        "PER" | "PERSON" => Some(EntityLabel::Person),
        "ORG" | "ORGANIZATION" | "ORGANISATION" => Some(EntityLabel::Org),
        "LOC" | "LOCATION" | "PLACE" | "GPE" => Some(EntityLabel::Place),
        "MISC" | "NORP" => Some(EntityLabel::Misc),
        _ => None,
    }
}
