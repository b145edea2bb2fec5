//! Overlap: which sentences of one article reappear, verbatim or lightly
//! reworded, in another. Each sentence becomes a set of content-word stems;
//! through an inverted index over the other article, its best match is found
//! in time linear in the shared words. A sentence pair with Dice similarity
//! at least [`MIN_SENTENCE`] is a matching passage (consecutive pairs merge);
//! the pair's similarity is the share of both articles' words covered by
//! matches, weighted by how close each match is.

use super::normalize::{content_stems, hash, words};
use super::{Overlap, Passage, Source};
use crate::span::Span;
use std::collections::HashMap;

/// Sentences sharing less are not reworded copies of each other.
pub const MIN_SENTENCE: f64 = 0.5;
/// Sentences with fewer content words are too short to tell.
const MIN_STEMS: usize = 3;

pub(super) struct Sent {
    span: Span,
    stems: Vec<u64>,
    /// All words, hashed in order: equal sequences are verbatim copies.
    exact: Vec<u64>,
    words: usize,
}

pub(super) fn sentences(source: &Source) -> Vec<Sent> {
    source
        .analysis
        .sentences
        .iter()
        .map(|&span| {
            let ws = words(source.text, span);
            Sent {
                span,
                stems: content_stems(source.text, span, &[]),
                exact: ws.iter().map(|w| hash(&w.norm)).collect(),
                words: ws.len(),
            }
        })
        .collect()
}

/// For each sentence of `a`, its best match in `b` at or above the threshold.
fn best_matches(a: &[Sent], b: &[Sent]) -> Vec<Option<(usize, f64)>> {
    let mut index: HashMap<u64, Vec<usize>> = HashMap::new();
    for (j, s) in b.iter().enumerate() {
        if s.stems.len() >= MIN_STEMS {
            for &h in &s.stems {
                index.entry(h).or_default().push(j);
            }
        }
    }
    let mut counts = vec![0usize; b.len()];
    let mut touched = Vec::new();
    a.iter()
        .map(|s| {
            if s.stems.len() < MIN_STEMS {
                return None;
            }
            for h in &s.stems {
                for &j in index.get(h).map_or(&[][..], Vec::as_slice) {
                    if counts[j] == 0 {
                        touched.push(j);
                    }
                    counts[j] += 1;
                }
            }
            let mut best: Option<(usize, f64)> = None;
            for &j in &touched {
                let d = 2.0 * counts[j] as f64 / (s.stems.len() + b[j].stems.len()) as f64;
                if d >= MIN_SENTENCE && best.is_none_or(|(_, x)| d > x) {
                    best = Some((j, d));
                }
            }
            for j in touched.drain(..) {
                counts[j] = 0;
            }
            best
        })
        .collect()
}

fn covered(a: &[Sent], m: &[Option<(usize, f64)>]) -> (f64, usize) {
    // Sentences too short to compare count on neither side.
    let total: usize = a.iter().filter(|s| s.stems.len() >= MIN_STEMS).map(|s| s.words).sum();
    // `+ 0.0`: an empty f64 sum is -0.0.
    let hit: f64 = a.iter().zip(m).filter_map(|(s, m)| m.map(|(_, d)| s.words as f64 * d)).sum::<f64>() + 0.0;
    (hit, total)
}

pub(super) fn pair(a_index: usize, b_index: usize, a: &[Sent], b: &[Sent]) -> Overlap {
    let ab = best_matches(a, b);
    let ba = best_matches(b, a);
    let (ha, ta) = covered(a, &ab);
    let (hb, tb) = covered(b, &ba);
    let similarity = if ta + tb == 0 { 0.0 } else { ((ha + hb) / (ta + tb) as f64).clamp(0.0, 1.0) };
    let mut passages: Vec<Passage> = Vec::new();
    let mut last: Option<(usize, usize, usize)> = None; // (i, j, matches merged)
    for (i, m) in ab.iter().enumerate() {
        let Some((j, d)) = *m else { continue };
        let (Some(sa), Some(sb)) = (a.get(i), b.get(j)) else { continue };
        let verbatim = sa.exact == sb.exact;
        if let (Some((li, lj, k)), Some(p)) = (last, passages.last_mut()) {
            if li + 1 == i && lj + 1 == j {
                p.a.end = sa.span.end;
                p.b.end = sb.span.end;
                p.similarity = (p.similarity * k as f64 + d) / (k + 1) as f64;
                p.verbatim &= verbatim;
                last = Some((i, j, k + 1));
                continue;
            }
        }
        passages.push(Passage { a: sa.span, b: sb.span, similarity: d, verbatim });
        last = Some((i, j, 1));
    }
    Overlap { a: a_index, b: b_index, similarity, passages }
}
