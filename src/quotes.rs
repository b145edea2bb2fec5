//! Quotes: direct quotations (`“...”` or `"..."` on one line, three words or
//! more, outside page debris) with their speaker and the channel that
//! relays them, both as clusters: `“...,” Kim said, according to KCNA` →
//! speaker Kim Jong Un, via Korean Central News Agency.
//!
//! Speaker, first match wins: right after the quote (`,” Kim said`, `” said
//! Kim`, `,” he said` → the last person named before); before it in its
//! sentence (the subject of the last verb of saying, `Peskov said that ...
//! “...”`; else the sentence's first person or organisation when a verb of
//! saying is there). Via: `according to X` in the quote's sentence or just
//! after it. Linear: one scan of the text, cursors into the sorted lists.

use crate::entities::{Entity, EntityLabel};
use crate::facts::verb_after;
use crate::span::Span;

#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Quote {
    /// The quotation, marks included.
    pub span: Span,
    /// Cluster index of the speaker.
    pub speaker: Option<usize>,
    /// Cluster index of the relaying source (`according to KCNA`).
    pub via: Option<usize>,
}

const QUOTE_VERBS: &[&str] = &[
    "said", "says", "say", "told", "tells", "added", "adds", "warned", "warns", "threatened",
    "called", "calls", "urged", "vowed", "insisted", "stressed", "noted", "wrote", "declared",
    "described", "accused", "blamed", "stated", "asked", "replied", "announced", "claimed",
    "hinted", "repeated", "argued", "promised", "pledged", "reported", "praised", "denounced",
    "demanded", "touted", "explained", "continued", "admitted", "asserted", "emphasized",
    "emphasised", "remarked", "commented", "cautioned", "suggested", "maintained", "concluded",
    "according",
];

/// Quotation spans (marks included) on single lines.
fn find_spans(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (at, c) in text.char_indices() {
        match (open, c) {
            (_, '\n') => open = None,
            (None, '“') | (None, '"') | (None, '«') => open = Some((at, c)),
            (Some((s, '“')), '”') | (Some((s, '"')), '"') | (Some((s, '«')), '»') => {
                out.push(Span::new(s, at + c.len_utf8()));
                open = None;
            }
            (Some((_, '“')), '“') => open = Some((at, c)),
            _ => {}
        }
    }
    out
}

fn speaking(e: &Entity) -> bool {
    e.label != EntityLabel::Misc
}

/// Finds the quotes. `sentences`, `entities` and `debris` are sorted.
pub fn find_quotes(text: &str, sentences: &[Span], entities: &[Entity], debris: &[Span]) -> Vec<Quote> {
    let mut out = Vec::new();
    let (mut si, mut ei, mut di) = (0, 0, 0);
    // The person who spoke last: `he said` after a quote usually means them.
    let mut last_speaker: Option<usize> = None;
    for q in find_spans(text) {
        let inner = text.get(q.start..q.end).unwrap_or("");
        if inner.split_whitespace().count() < 3 {
            continue;
        }
        while debris.get(di).is_some_and(|d| d.end <= q.start) {
            di += 1;
        }
        if debris.get(di).is_some_and(|d| d.overlaps(q)) {
            continue;
        }
        while sentences.get(si).is_some_and(|s| s.end <= q.start) {
            si += 1;
        }
        let sent_start = sentences.get(si).map_or(q.start, |s| s.start.min(q.start));
        // The sentence(s) holding the quote's end, for what follows it.
        let mut sj = si;
        while sentences.get(sj).is_some_and(|s| s.end < q.end) {
            sj += 1;
        }
        let after_end = sentences.get(sj).map_or(q.end, |s| s.end.max(q.end));
        while entities.get(ei).is_some_and(|e| e.span.end <= sent_start) {
            ei += 1;
        }
        let mut speaker: Option<usize> = None;
        let mut via: Option<usize> = None;
        // After the quote.
        let after = text.get(q.end..after_end).unwrap_or("");
        let lead = after.trim_start_matches([',', ' ', '\u{a0}']);
        let lead_at = q.end + (after.len() - lead.len());
        let lower: String = lead.chars().take(12).collect::<String>().to_lowercase();
        let mut k = ei;
        while entities.get(k).is_some_and(|e| e.span.start < q.end) {
            k += 1;
        }
        let next = entities.get(k).filter(|e| e.span.end <= after_end && speaking(e));
        if let Some(e) = next {
            let gap = text.get(lead_at..e.span.start).unwrap_or("x").trim().to_lowercase();
            let inverted = matches!(gap.as_str(), "said" | "says" | "added" | "told" | "wrote" | "asked");
            // `,” Mr Ribeiro said`: a title or honorific may stand before the name.
            let titled = text.get(lead_at..e.span.start).is_some_and(|gap| {
                let words: Vec<&str> = gap.split_whitespace().collect();
                !words.is_empty()
                    && words.len() <= 2
                    && words.iter().all(|w| crate::lexicon::Lexicon::get().is_title(w))
            });
            let direct = (e.span.start == lead_at || titled)
                && verb_after(text.get(e.span.end..after_end).unwrap_or(""), QUOTE_VERBS).is_some_and(|(_, v)| v != "according");
            if inverted || direct {
                speaker = Some(e.cluster);
            }
        }
        if speaker.is_none() && (lower.starts_with("he ") || lower.starts_with("she ")) {
            let pron = if lower.starts_with("he ") { 3 } else { 4 };
            let rest = text.get(lead_at + pron - 1..after_end).unwrap_or("");
            if verb_after(rest, QUOTE_VERBS).is_some() {
                speaker = last_saying_person(text, entities, k, q.start).or(last_speaker).or_else(|| last_person_before(entities, k, q.start));
            }
        }
        // Before the quote, in its sentence.
        if speaker.is_none() {
            let before_ents = ei..k.min(entities.partition_point(|e| e.span.start < q.start));
            let mut verb_seen = false;
            let mut subject = None;
            for i in before_ents.clone() {
                let Some(e) = entities.get(i) else { continue };
                if e.span.start < sent_start || !speaking(e) {
                    continue;
                }
                let rest = text.get(e.span.end..q.start).unwrap_or("");
                if let Some((_, v)) = verb_after(rest, QUOTE_VERBS) {
                    if v != "according" {
                        subject = Some(e.cluster);
                    }
                }
            }
            let pre = text.get(sent_start..q.start).unwrap_or("").to_lowercase();
            for v in QUOTE_VERBS {
                if *v != "according" && pre.split(|c: char| !c.is_alphabetic()).any(|w| w == *v) {
                    verb_seen = true;
                    break;
                }
            }
            speaker = subject.or_else(|| {
                if !verb_seen {
                    return None;
                }
                if pre.trim_start().starts_with("he ") || pre.trim_start().starts_with("she ") {
                    return last_saying_person(text, entities, ei, sent_start).or(last_speaker).or_else(|| last_person_before(entities, ei, sent_start));
                }
                before_ents
                    .clone()
                    .filter_map(|i| entities.get(i))
                    .find(|e| e.span.start >= sent_start && matches!(e.label, EntityLabel::Person | EntityLabel::Org))
                    .map(|e| e.cluster)
            });
        }
        // Via: `according to X` in the sentence around the quote.
        let window = text.get(sent_start..after_end).unwrap_or("");
        if let Some(at) = window.to_lowercase().find("according to") {
            let from = sent_start + at + "according to".len();
            let rest = entities.get(ei..).unwrap_or(&[]);
            let found = rest.iter().position(|e| e.span.start >= from && e.span.start < from + 60 && speaking(e));
            // `according to Moscow’s Foreign Ministry`: the owner's organisation.
            let found = found.map(|p| {
                let owner = rest.get(p).map_or("", |e| text.get(e.span.end..).unwrap_or(""));
                let possessive = owner.starts_with("’s") || owner.starts_with("'s");
                if possessive && rest.get(p + 1).is_some_and(speaking) { p + 1 } else { p }
            });
            if let Some(e) = found.and_then(|p| rest.get(p)) {
                if Some(e.cluster) != speaker {
                    via = Some(e.cluster);
                }
            }
        }
        if let Some(c) = speaker {
            let person = entities.iter().skip(ei).take(64).chain(entities.get(..ei).unwrap_or(&[]).iter().rev().take(64)).any(|e| e.cluster == c && e.label == EntityLabel::Person);
            if person {
                last_speaker = Some(c);
            }
        }
        out.push(Quote { span: q, speaker, via });
    }
    out
}

/// The cluster of the last person (among the 64 mentions before `end`, starting
/// before `before`) who is the subject of a verb of saying (`Holt said`).
fn last_saying_person(text: &str, entities: &[Entity], end: usize, before: usize) -> Option<usize> {
    entities
        .get(..end.min(entities.len()))?
        .iter()
        .rev()
        .filter(|e| e.span.start < before)
        .take(64)
        .find(|e| {
            e.label == EntityLabel::Person
                && verb_after(text.get(e.span.end..before).unwrap_or(""), QUOTE_VERBS).is_some_and(|(_, v)| v != "according")
        })
        .map(|e| e.cluster)
}

/// The cluster of the last PERSON mention among `entities[..end]` that starts before `before`.
fn last_person_before(entities: &[Entity], end: usize, before: usize) -> Option<usize> {
    entities
        .get(..end.min(entities.len()))?
        .iter()
        .rev()
        .find(|e| e.label == EntityLabel::Person && e.span.start < before)
        .map(|e| e.cluster)
}

#[cfg(test)]
mod tests {
    fn speakers(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
        let a = crate::analyze(text);
        let name = |c: Option<usize>| c.and_then(|c| a.clusters.get(c)).map(|c| c.canonical.clone());
        a.quotes.iter().map(|q| (q.span.of(text).to_string(), name(q.speaker), name(q.via))).collect()
    }

    #[test]
    fn speaker_after_and_via() {
        let text = "Kim Jong Un spoke on Monday.\n“We will defend the nation with all our force,” Kim said, according to the official Korean Central News Agency.\n";
        let got = speakers(text);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1.as_deref(), Some("Kim Jong Un"));
        assert_eq!(got[0].2.as_deref(), Some("Korean Central News Agency"));
    }

    #[test]
    fn speaker_after_with_an_honorific() {
        let text = "The forecaster José Ribeiro and the engineer Ana Lima spoke on Monday.\n“When a front crosses the Andes, this is the screen I open,” Mr Ribeiro said.\nThe satellites keep watching. “We did not build these to follow missiles,” Ms Lima said, “but a rocket leaves a trail.”\n";
        let names: Vec<Option<String>> = speakers(text).into_iter().map(|(_, s, _)| s).collect();
        let [ribeiro, lima] = ["José Ribeiro", "Ana Lima"].map(|n| Some(n.to_string()));
        assert_eq!(names, [ribeiro, lima.clone(), lima]);
    }

    #[test]
    fn speaker_before_and_pronoun() {
        let text = "Kremlin spokesperson Dmitry Peskov said that Putin will visit at a “very convenient time soon.”\n“This is a good day for everyone,” he said.\n";
        let got = speakers(text);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].1.as_deref(), Some("Dmitry Peskov"));
        assert_eq!(got[1].1.as_deref(), Some("Dmitry Peskov"));
    }
}
