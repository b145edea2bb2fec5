//! Quote alignment: the same quotation in several articles, matched on its
//! words (longest common subsequence over normalized words, Dice-style ratio
//! at least [`MIN_SIMILARITY`]), with the wording changes against the row's
//! first version.

use super::normalize::{lcs_pairs, words, Word};
use super::{QuoteIn, QuoteRow, Source, WordChange};
use crate::span::Span;

/// Two quotations with fewer shared words are different quotations.
pub const MIN_SIMILARITY: f64 = 0.5;

struct Item {
    src: usize,
    quote: usize,
    span: Span,
    words: Vec<Word>,
}

fn inner(text: &str, span: Span) -> Span {
    let body = span.of(text);
    let start = body.chars().next().map_or(0, char::len_utf8);
    let end = body.chars().next_back().map_or(0, char::len_utf8);
    if body.len() >= start + end {
        Span::new(span.start + start, span.end - end)
    } else {
        span
    }
}

fn similarity(a: &[Word], b: &[Word]) -> (f64, Vec<(usize, usize)>) {
    let x: Vec<&str> = a.iter().map(|w| w.norm.as_str()).collect();
    let y: Vec<&str> = b.iter().map(|w| w.norm.as_str()).collect();
    let pairs = lcs_pairs(&x, &y);
    let total = x.len() + y.len();
    let sim = if total == 0 { 0.0 } else { 2.0 * pairs.len() as f64 / total as f64 };
    (sim, pairs)
}

/// Runs of words that differ between `a` and `b` given their alignment.
fn changes(ta: &str, a: &[Word], tb: &str, b: &[Word], pairs: &[(usize, usize)]) -> Vec<WordChange> {
    let join = |t: &str, ws: &[Word]| -> String {
        match (ws.first(), ws.last()) {
            (Some(f), Some(l)) => t.get(f.span.start..l.span.end).unwrap_or("").to_string(),
            _ => String::new(),
        }
    };
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    let mut push = |i0: usize, i1: usize, j0: usize, j1: usize| {
        if i1 > i0 || j1 > j0 {
            out.push(WordChange {
                from: join(ta, a.get(i0..i1).unwrap_or(&[])),
                to: join(tb, b.get(j0..j1).unwrap_or(&[])),
            });
        }
    };
    for &(pi, pj) in pairs {
        push(i, pi, j, pj);
        i = pi + 1;
        j = pj + 1;
    }
    push(i, a.len(), j, b.len());
    out
}

pub(super) fn align(sources: &[Source]) -> Vec<QuoteRow> {
    let per: Vec<Vec<Item>> = sources
        .iter()
        .enumerate()
        .map(|(s, src)| {
            src.analysis
                .quotes
                .iter()
                .enumerate()
                .map(|(qi, q)| Item { src: s, quote: qi, span: q.span, words: words(src.text, inner(src.text, q.span)) })
                .filter(|it| !it.words.is_empty())
                .collect()
        })
        .collect();
    let mut rows: Vec<Vec<(usize, usize)>> = Vec::new();
    for (s, list) in per.iter().enumerate() {
        let mut cands = Vec::new();
        for (ii, item) in list.iter().enumerate() {
            for (ri, row) in rows.iter().enumerate() {
                let Some(&(fs, fi)) = row.first() else { continue };
                let Some(first) = per.get(fs).and_then(|l| l.get(fi)) else { continue };
                let (sim, _) = similarity(&first.words, &item.words);
                if sim >= MIN_SIMILARITY {
                    cands.push((sim, ii, ri));
                }
            }
        }
        super::assign_greedy(cands, s, list.len(), &mut rows);
    }
    let speaker_of = |s: usize, q: usize| -> Option<String> {
        let a = sources.get(s)?.analysis;
        a.clusters.get(a.quotes.get(q)?.speaker?).map(|c| c.canonical.clone())
    };
    let mut out: Vec<QuoteRow> = rows
        .into_iter()
        .filter_map(|row| {
            let &(fs, fi) = row.first()?;
            let first = per.get(fs)?.get(fi)?;
            let ftext = sources.get(fs)?.text;
            let mut by_source: Vec<Option<QuoteIn>> = vec![None; sources.len()];
            let mut speaker = None;
            let mut reworded = false;
            for &(s, i) in &row {
                let Some(item) = per.get(s).and_then(|l| l.get(i)) else { continue };
                let Some(src) = sources.get(s) else { continue };
                let (sim, pairs) = similarity(&first.words, &item.words);
                let ch = changes(ftext, &first.words, src.text, &item.words, &pairs);
                reworded |= !ch.is_empty();
                let sp = speaker_of(s, item.quote);
                if speaker.is_none() {
                    speaker.clone_from(&sp);
                }
                if let Some(slot) = by_source.get_mut(item.src) {
                    *slot = Some(QuoteIn {
                        quote: item.quote,
                        span: item.span,
                        text: inner(src.text, item.span).of(src.text).to_string(),
                        speaker: sp,
                        similarity: sim,
                        changes: ch,
                    });
                }
            }
            Some(QuoteRow {
                text: inner(ftext, first.span).of(ftext).to_string(),
                speaker,
                reworded,
                by_source,
            })
        })
        .collect();
    // Quotations carried by more sources first; ties keep first appearance.
    out.sort_by_key(|r| std::cmp::Reverse(r.by_source.iter().filter(|q| q.is_some()).count()));
    out
}
