//! Facts: one row per number mention outside page debris, tied to what it
//! counts, the entities of its clause (who/where), who claims it
//! (`KCNA said`, `according to Seoul`), whether it is hedged (`appears to`,
//! `reportedly`, `allegations`, `about`) and its sentence.
//!
//! One pass over the sentences with cursors into the sorted entity, number
//! and debris lists: linear in the input.

use crate::entities::{Entity, EntityLabel};
use crate::numbers::NumberMention;
use crate::span::Span;

/// Who a statement is attributed to.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Attribution {
    /// The attributing phrase, from source to verb or `according to` to source.
    pub span: Span,
    /// The phrase as shown: `KCNA said`, `according to Seoul`.
    pub text: String,
    /// The source's entity index.
    pub source: usize,
}

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Fact {
    /// Index into `Analysis::numbers`.
    pub number: usize,
    /// Cluster indices of the entities of the number's clause (the sentence's
    /// if the clause has none), in text order, distinct; the attribution's
    /// source is not among them.
    pub entities: Vec<usize>,
    pub attribution: Option<Attribution>,
    /// The hedging words found (`appears to`, `about`), lowercase.
    pub hedges: Vec<String>,
    pub sentence: Span,
}

impl Fact {
    pub fn hedged(&self) -> bool {
        !self.hedges.is_empty()
    }
}

/// Verbs of saying and reporting, lowercase.
pub(crate) const SPEECH_VERBS: &[&str] = &[
    "said", "says", "say", "told", "tells", "added", "adds", "reported", "reports", "stated",
    "claimed", "claims", "announced", "announces", "noted", "warned", "warns", "wrote", "confirmed",
    "estimated", "estimates", "insisted", "argued", "replied", "declared", "alleged",
];

/// Words allowed between a subject and its verb (`Kim has said`).
const AUX: &[&str] = &["has", "had", "have", "also", "later", "earlier", "then", "was", "is", "previously", "repeatedly"];

/// Hedges anywhere in the sentence.
const SENTENCE_HEDGES: &[&str] = &[
    "appears to", "appeared to", "appear to", "reportedly", "allegedly", "alleged", "allegation",
    "suspected", "believed to", "is believed", "are believed", "estimated", "unconfirmed",
    "purportedly", "may have", "might have", "could have", "is thought", "are thought", "rumored",
    "rumoured", "unverified", "could ", "might ", "seems to", "seemed to", "apparently", "possibly", "likely",
];

/// Hedges right before the number.
const NUMBER_HEDGES: &[&str] = &[
    "about", "around", "approximately", "nearly", "almost", "roughly", "some", "up to",
    "as many as", "an estimated", "an approximate", "at least", "over",
];

fn is_word_boundary(text: &str, at: usize) -> bool {
    text.get(..at).and_then(|s| s.chars().next_back()).is_none_or(|c| !c.is_alphanumeric())
}

/// The first word of `s` (letters only) and the rest after it.
fn first_word(s: &str) -> (&str, &str) {
    let s = s.trim_start();
    let end = s.find(|c: char| !c.is_alphabetic()).unwrap_or(s.len());
    (s.get(..end).unwrap_or(""), s.get(end..).unwrap_or(""))
}

/// If `after` (the text after a subject) reads `[aux...] VERB`, the byte
/// length up to the verb's end and the verb.
pub(crate) fn verb_after<'a>(after: &'a str, verbs: &[&str]) -> Option<(usize, &'a str)> {
    let mut rest = after;
    for _ in 0..4 {
        if !rest.starts_with(char::is_whitespace) {
            return None;
        }
        let (w, r) = first_word(rest);
        if w.is_empty() {
            return None;
        }
        let lw = w.to_lowercase();
        if verbs.contains(&lw.as_str()) {
            let used = after.len() - r.len();
            return Some((used, w));
        }
        if !AUX.contains(&lw.as_str()) {
            return None;
        }
        rest = r;
    }
    None
}

/// The entity right after `entities[i]` and its possessive (`Russia’s
/// Interfax`), when there is one before `limit`.
fn owned_entity(text: &str, entities: &[Entity], i: usize, limit: usize) -> Option<usize> {
    let owner = entities.get(i)?;
    let j = i + 1;
    let next = entities.get(j).filter(|_| j < limit)?;
    let between = text.get(owner.span.end..next.span.start)?;
    let rest = between.strip_prefix("'s").or_else(|| between.strip_prefix("’s"))?;
    (rest == " " && next.label != EntityLabel::Misc).then_some(j)
}

/// Whether `rest` (the text after a name) ends the clause the name is in:
/// punctuation, the sentence's end, or a word that opens an adjunct
/// (`said Kim in a statement`, `said Kim, adding ...`).
fn closes_clause(rest: &str) -> bool {
    let trimmed = rest.trim_start();
    if trimmed.is_empty() || trimmed.starts_with([',', '.', ';', ':', '—', '–', ')', '!', '?', '"', '”']) {
        return true;
    }
    let (w, _) = first_word(trimmed);
    matches!(
        w.to_lowercase().as_str(),
        "in" | "on" | "at" | "after" | "before" | "during" | "when" | "while" | "who" | "adding" | "according" | "as" | "from" | "to" | "and"
    )
}

/// Attributions inside `sent`: `<Entity> [aux] said`, `said <Entity>`,
/// `according to [the ...] <Entity>`. `ents` are the sentence's entities.
pub(crate) fn attributions(text: &str, sent: Span, entities: &[Entity], ents: std::ops::Range<usize>) -> Vec<Attribution> {
    let mut out = Vec::new();
    let body = sent.of(text);
    for i in ents.clone() {
        let Some(e) = entities.get(i) else { continue };
        if e.label == EntityLabel::Misc {
            continue;
        }
        let full = text.get(e.span.end..sent.end).unwrap_or("");
        // `Coastal Weather Service (CWS) said`: the acronym's bracket is skipped.
        let after = full.strip_prefix(')').unwrap_or(full);
        let skipped = full.len() - after.len();
        // Possessive source (`Russia’s Interfax`) is a different entity: fine.
        // A person closing an appositive speaks too: `her adviser, Mr Okafor, said`.
        let appositive = after.strip_prefix(',').filter(|_| e.label == EntityLabel::Person);
        let spoke = verb_after(after, SPEECH_VERBS).or_else(|| {
            let (used, verb) = verb_after(appositive?, SPEECH_VERBS)?;
            Some((used + 1, verb))
        });
        if let Some((used, verb)) = spoke {
            let span = Span::new(e.span.start, e.span.end + skipped + used);
            out.push(Attribution { span, text: format!("{} {}", e.span.of(text), verb), source: i });
            continue;
        }
        let before = text.get(sent.start..e.span.start).unwrap_or("");
        let bt = before.trim_end();
        for v in ["said", "says", "reported", "according to", "according to the", "according to the official", "according to official"] {
            if bt.len() >= v.len() && bt.get(bt.len() - v.len()..).is_some_and(|t| t.eq_ignore_ascii_case(v)) && is_word_boundary(bt, bt.len() - v.len()) {
                // `said X` only after a quote or comma (`,” said Kim`), not `Seoul said North Korea`.
                let lead = bt.get(..bt.len() - v.len()).unwrap_or("").trim_end();
                if !v.starts_with("according") && !lead.ends_with([',', '”', '"', '’']) {
                    break;
                }
                // `, said Kim.` names the speaker; `, said Washington had shared`
                // opens what was said.
                if !v.starts_with("according") && !closes_clause(text.get(e.span.end..sent.end).unwrap_or("")) {
                    break;
                }
                let start = sent.start + bt.len() - v.len();
                // `according to South Korea’s Joint Chiefs of Staff`: the
                // source is the owned body, not its owner.
                let (source, end) = match owned_entity(text, entities, i, ents.end) {
                    Some(j) => (j, entities[j].span.end),
                    None => (i, e.span.end),
                };
                let source_text = text.get(e.span.start..end).unwrap_or("");
                let phrase = if v.starts_with("according") {
                    format!("according to {source_text}")
                } else {
                    format!("{v} {source_text}")
                };
                out.push(Attribution { span: Span::new(start, end), text: phrase, source });
                break;
            }
        }
    }
    let _ = body;
    out
}

/// Finds the facts. All inputs sorted; `debris` are line spans.
pub fn find_facts(
    text: &str,
    sentences: &[Span],
    entities: &[Entity],
    numbers: &[NumberMention],
    debris: &[Span],
) -> Vec<Fact> {
    let mut out = Vec::new();
    let (mut ei, mut ni, mut di) = (0, 0, 0);
    for &sent in sentences {
        while entities.get(ei).is_some_and(|e| e.span.end <= sent.start) {
            ei += 1;
        }
        let mut ee = ei;
        while entities.get(ee).is_some_and(|e| e.span.start < sent.end) {
            ee += 1;
        }
        // Each number belongs to the sentence where it starts (a rare number
        // running over a sentence break is not repeated).
        while numbers.get(ni).is_some_and(|n| n.span.start < sent.start) {
            ni += 1;
        }
        let mut ne = ni;
        while numbers.get(ne).is_some_and(|n| n.span.start < sent.end) {
            ne += 1;
        }
        if ne == ni {
            continue;
        }
        let attrs = attributions(text, sent, entities, ei..ee);
        let lower = sent.of(text).to_lowercase();
        let mut sentence_hedges: Vec<String> = Vec::new();
        for h in SENTENCE_HEDGES {
            if let Some(at) = lower.find(h) {
                if is_word_boundary(&lower, at) {
                    sentence_hedges.push((*h).to_string());
                }
            }
        }
        let clauses = clause_bounds(text, sent);
        for n_idx in ni..ne {
            let Some(n) = numbers.get(n_idx) else { continue };
            while debris.get(di).is_some_and(|d| d.end <= n.span.start) {
                di += 1;
            }
            if debris.get(di).is_some_and(|d| d.overlaps(n.span)) {
                continue;
            }
            let attribution = attrs
                .iter()
                .min_by_key(|a| if a.span.end <= n.span.start { n.span.start - a.span.end } else { a.span.start.saturating_sub(n.span.end) })
                .cloned();
            let source_cluster = attribution.as_ref().and_then(|a| entities.get(a.source)).map(|e| e.cluster);
            let clause = clauses
                .iter()
                .find(|c| c.start <= n.span.start && n.span.start < c.end)
                .copied()
                .unwrap_or(sent);
            let pick = |within: Span| -> Vec<usize> {
                let mut v: Vec<usize> = Vec::new();
                for i in ei..ee {
                    let Some(e) = entities.get(i) else { continue };
                    if Some(e.cluster) == source_cluster || !within.contains(e.span) || e.span.overlaps(n.span) {
                        continue;
                    }
                    if !v.contains(&e.cluster) {
                        v.push(e.cluster);
                    }
                }
                v
            };
            let mut ents = pick(clause);
            if ents.is_empty() {
                ents = pick(sent);
            }
            let mut hedges = sentence_hedges.clone();
            let before = text.get(sent.start..n.span.start).unwrap_or("").trim_end().to_lowercase();
            for h in NUMBER_HEDGES {
                if before.ends_with(h) && is_word_boundary(&before, before.len() - h.len()) {
                    hedges.push((*h).to_string());
                    break;
                }
            }
            if n.approximate && hedges.is_empty() {
                hedges.push("approximate".to_string());
            }
            out.push(Fact { number: n_idx, entities: ents, attribution, hedges, sentence: sent });
        }
    }
    out
}

/// Clause spans of a sentence: split at `;`, dashes and `, but/while/which/and/as...`.
fn clause_bounds(text: &str, sent: Span) -> Vec<Span> {
    let body = sent.of(text);
    let mut cuts = vec![0usize];
    for (at, c) in body.char_indices() {
        match c {
            ';' | '—' | '–' => cuts.push(at),
            ',' => {
                let rest = body.get(at + 1..).unwrap_or("").trim_start();
                let (w, _) = first_word(rest);
                if matches!(w, "but" | "while" | "which" | "and" | "as" | "after" | "before" | "leading" | "sparking" | "helping" | "without" | "whose" | "where" | "although" | "though" | "despite") {
                    cuts.push(at);
                }
            }
            _ => {}
        }
    }
    cuts.push(body.len());
    cuts.windows(2).filter_map(|w| Some(Span::new(sent.start + *w.first()?, sent.start + *w.get(1)?))).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn facts_carry_attribution_hedges_and_clause_entities() {
        let text = "Seoul said North Korea appears to have sent about 3,000 more troops to Russia.\nThe missiles flew 1,587km, KCNA said.\n";
        let a = crate::analyze(text);
        assert_eq!(a.facts.len(), 2, "{:?}", a.facts);
        let f = &a.facts[0];
        assert_eq!(f.attribution.as_ref().map(|x| x.text.as_str()), Some("Seoul said"));
        assert!(f.hedges.iter().any(|h| h == "appears to") && f.hedges.iter().any(|h| h == "about"));
        let names: Vec<&str> = f.entities.iter().map(|&c| a.clusters[c].canonical.as_str()).collect();
        assert_eq!(names, ["North Korea", "Russia"]);
        let g = &a.facts[1];
        assert_eq!(g.attribution.as_ref().map(|x| x.text.as_str()), Some("KCNA said"));
        assert!(!g.hedged());
    }

    #[test]
    fn said_before_a_clause_is_no_attribution_to_its_subject() {
        let text = "Her adviser, Mr Daniel Okafor, said Washington had shared the images within 40 minutes.\n“We saw 3 launches,” said Ana Lima in a statement.\n";
        let a = crate::analyze(text);
        let attributions: Vec<&str> =
            a.facts.iter().map(|f| f.attribution.as_ref().map_or("", |x| x.text.as_str())).collect();
        assert_eq!(attributions, ["Daniel Okafor said", "said Ana Lima"]);
    }

    #[test]
    fn according_to_an_owned_body_names_the_body() {
        let text = "The missiles flew 1,587km, according to South Korea’s Joint Chiefs of Staff.\n";
        let a = crate::analyze(text);
        let attribution = a.facts[0].attribution.as_ref().expect("attributed");
        assert_eq!(attribution.text, "according to South Korea’s Joint Chiefs of Staff");
        let source = &a.entities[attribution.source];
        assert_eq!(source.span.of(text), "Joint Chiefs of Staff");
    }
}
