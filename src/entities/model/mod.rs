//! The trained entity recognizer: a linear-chain model over BILOU tags.
//!
//! Hashed sparse features ([`features`]) score each token for the 17 tags
//! with i8 weights ([`format::Model`]); constrained Viterbi ([`decode`]) picks
//! the best well-formed tag sequence per paragraph; a document-level pass
//! ([`harmonize`]) gives later short mentions of a person the person's label.
//! The weights are trained by the `lede-train` crate (structured averaged
//! perceptron) and embedded from `models/ner.bin`.

pub mod decode;
pub mod features;
pub mod format;
pub mod hash;
pub mod post;

use std::ops::Range;
use std::sync::OnceLock;

use self::decode::{Scratch, N_TAGS};
use self::features::{Extractor, FeatureBuf};
pub use self::format::{FormatError, Model};
use super::{Entity, EntityLabel, Recognizer};
use crate::text::{Document, TokenKind};

/// The model the crate ships (`models/ner.bin`).
pub const EMBEDDED: &[u8] = include_bytes!("../../../models/ner.bin");

/// The trained recognizer. Cheap to share: the model is parsed once.
#[derive(Clone, Debug)]
pub struct ModelRecognizer {
    model: &'static Model,
}

impl ModelRecognizer {
    /// The recognizer with the embedded model, or the reason it cannot load.
    pub fn embedded() -> Result<ModelRecognizer, FormatError> {
        static MODEL: OnceLock<Result<Model, FormatError>> = OnceLock::new();
        match MODEL.get_or_init(|| Model::from_static(EMBEDDED)) {
            Ok(m) => Ok(ModelRecognizer { model: m }),
            Err(e) => Err(e.clone()),
        }
    }

    /// A recognizer over any model (leaked: models live for the process).
    pub fn new(model: Model) -> ModelRecognizer {
        ModelRecognizer { model: Box::leak(Box::new(model)) }
    }

    pub fn model(&self) -> &Model {
        self.model
    }

    /// Tagged token ranges of `doc`, before the document-level pass.
    pub fn tag(&self, doc: &Document<'_>) -> Vec<(Range<usize>, EntityLabel)> {
        let m = self.model;
        let ex = Extractor { bits: m.bits, clusters: &m.clusters };
        let mut buf = FeatureBuf::default();
        ex.extract(doc, &mut buf);
        let n = doc.tokens.len();
        let units = features::units(doc);
        // Pass 1: the token's own features.
        let mut acc = vec![[0i32; N_TAGS]; n];
        for (i, a) in acc.iter_mut().enumerate() {
            m.accumulate(buf.of(i), a);
        }
        let mut scratch = Scratch::default();
        let mut tags = vec![0u8; n];
        decode_units(m, &units, &acc, &mut scratch, &mut tags);
        // Pass 2: plus what pass 1 said about the same words elsewhere.
        let mut dbuf = FeatureBuf::default();
        ex.doc_features(doc, &tags, &mut dbuf);
        if !dbuf.feats.is_empty() {
            for (i, a) in acc.iter_mut().enumerate() {
                m.accumulate(dbuf.of(i), a);
            }
            decode_units(m, &units, &acc, &mut scratch, &mut tags);
        }
        let mut out = Vec::new();
        for unit in &units {
            for (r, l) in decode::spans(tags.get(unit.clone()).unwrap_or(&[])) {
                out.push((unit.start + r.start..unit.start + r.end, decode::LABELS[l]));
            }
        }
        out
    }
}

/// Viterbi over each unit of `acc` (unscaled emission sums) into `tags`.
fn decode_units(m: &Model, units: &[Range<usize>], acc: &[[i32; N_TAGS]], scratch: &mut Scratch, tags: &mut [u8]) {
    let mut emissions = Vec::new();
    let mut out = Vec::new();
    for unit in units {
        let Some(rows) = acc.get(unit.clone()) else { continue };
        emissions.clear();
        for a in rows {
            emissions.extend(a.iter().map(|&x| x as f32 * m.scale));
        }
        decode::viterbi(&emissions, &m.transitions, scratch, &mut out);
        if let Some(dst) = tags.get_mut(unit.clone()) {
            dst.copy_from_slice(&out);
        }
    }
}

impl Recognizer for ModelRecognizer {
    fn recognize(&self, doc: &Document<'_>) -> Vec<Entity> {
        let tagged = post::conventions(doc, harmonize(doc, self.tag(doc)));
        tagged
            .into_iter()
            .filter_map(|(r, label)| {
                let a = doc.tokens.get(r.start)?;
                let b = doc.tokens.get(r.end.checked_sub(1)?)?;
                Some(Entity { span: a.span.to(b.span), label, cluster: 0 })
            })
            .collect()
    }
}

/// Document-level consistency: a name written the same way several times
/// takes the label the tagger gave it most often; a lone "person" word that
/// ends an organisation's or place's name elsewhere takes that label; a word that is part of a
/// person's full name (`Dmitry Peskov`) is a person when it stands alone
/// elsewhere in the document (`Peskov`), whatever the tagger said of that
/// mention.
pub fn harmonize(doc: &Document<'_>, mut spans: Vec<(Range<usize>, EntityLabel)>) -> Vec<(Range<usize>, EntityLabel)> {
    let text = doc.text;
    {
        // One label per written name in the article: the label the tagger
        // gave it most often (a tie keeps each mention's own).
        let surface = |r: &Range<usize>| {
            doc.tokens.get(r.start).zip(doc.tokens.get(r.end.saturating_sub(1))).map_or("", |(a, b)| a.span.to(b.span).of(text))
        };
        let mut votes: std::collections::HashMap<&str, [usize; 4]> = std::collections::HashMap::new();
        let idx = |l: EntityLabel| EntityLabel::ALL.iter().position(|&x| x == l).unwrap_or(0);
        for (r, l) in &spans {
            votes.entry(surface(r)).or_insert([0; 4])[idx(*l)] += 1;
        }
        for (r, l) in &mut spans {
            if let Some(v) = votes.get(surface(r)) {
                let best = (0..4).max_by_key(|&k| (v[k], k == idx(*l))).unwrap_or(0);
                if v[best] > v[idx(*l)] {
                    *l = EntityLabel::ALL[best];
                }
            }
        }
    }
    let word = |i: usize| doc.tokens.get(i).filter(|t| t.kind == TokenKind::Word).map(|t| t.text(text));
    // A lone word tagged as a person that ends a longer organisation or place
    // name elsewhere in the article (`Green` after `Bowling Green`) takes that
    // name's label, when all such names agree.
    {
        let mut tails: Vec<(&str, EntityLabel)> = Vec::new();
        for (r, l) in &spans {
            if matches!(l, EntityLabel::Org | EntityLabel::Place) && r.len() >= 2 {
                if let Some(w) = word(r.end - 1) {
                    tails.push((w, *l));
                }
            }
        }
        for (r, l) in spans.iter_mut() {
            if *l == EntityLabel::Person && r.len() == 1 {
                if let Some(w) = word(r.start) {
                    let ls: Vec<EntityLabel> = tails.iter().filter(|(t, _)| *t == w).map(|(_, l)| *l).collect();
                    if !ls.is_empty() && ls.iter().all(|x| *x == ls[0]) {
                        *l = ls[0];
                    }
                }
            }
        }
    }
    let mut person_words: Vec<&str> = Vec::new();
    for (r, l) in &spans {
        if *l != EntityLabel::Person {
            continue;
        }
        let words: Vec<&str> = r.clone().filter_map(word).collect();
        if words.len() < 2 {
            continue;
        }
        for w in words {
            if w.chars().count() >= 3 && w.chars().next().is_some_and(char::is_uppercase) {
                person_words.push(w);
            }
        }
    }
    if person_words.is_empty() {
        return spans;
    }
    person_words.sort_unstable();
    person_words.dedup();
    for (r, l) in &mut spans {
        if *l == EntityLabel::Person || r.len() != 1 {
            continue;
        }
        if let Some(w) = word(r.start) {
            if person_words.binary_search(&w).is_ok() {
                *l = EntityLabel::Person;
            }
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_model_loads_and_tags() {
        let rec = ModelRecognizer::embedded().expect("models/ner.bin parses with this code's feature version");
        let text = "Vladimir Putin met Kim Jong Un in Moscow.";
        let doc = Document::parse(text);
        let found: Vec<(&str, EntityLabel)> = rec.recognize(&doc).iter().map(|e| (e.span.of(text), e.label)).collect();
        assert_eq!(
            found,
            [("Vladimir Putin", EntityLabel::Person), ("Kim Jong Un", EntityLabel::Person), ("Moscow", EntityLabel::Place)]
        );
    }

    #[test]
    fn odd_input_never_panics() {
        let rec = ModelRecognizer::embedded().expect("model");
        for text in ["", " ", "\n\n", "A", "’s", "U.S.", "-\u{301}", "ÉÉÉ ÉÉÉ", "\u{0}\u{FEFF}X", "Mr.", "1,2,3"] {
            let doc = Document::parse(text);
            for e in rec.recognize(&doc) {
                assert!(text.get(e.span.start..e.span.end).is_some_and(|s| !s.is_empty()));
            }
        }
        let long = "Kim Jong Un ".repeat(20_000);
        let doc = Document::parse(&long);
        assert!(!rec.recognize(&doc).is_empty());
    }
}
