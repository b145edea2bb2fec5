//! Normalization shared by the comparison layers: words with spans, crude
//! stems, content-word sets (hashed, sorted) and set similarities.

use crate::span::Span;

/// A word of the text: a run of letters and digits (inner apostrophes and
/// periods dropped from the normalized form), lowercase.
#[derive(Clone, Debug)]
pub(crate) struct Word {
    pub span: Span,
    pub norm: String,
}

/// The words of `text` inside `span`, in order.
pub(crate) fn words(text: &str, span: Span) -> Vec<Word> {
    let body = span.of(text);
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut norm = String::new();
    let mut last_end = 0;
    for (at, c) in body.char_indices() {
        if c.is_alphanumeric() {
            if start.is_none() {
                start = Some(at);
                norm.clear();
            }
            norm.extend(c.to_lowercase());
            last_end = at + c.len_utf8();
        } else if start.is_some() && matches!(c, '\'' | '’' | '.' | ',') && continues(body, at + c.len_utf8()) {
            // `don't`, `U.S.`, `1,587`: one word.
        } else if let Some(s) = start.take() {
            out.push(Word { span: Span::new(span.start + s, span.start + last_end), norm: std::mem::take(&mut norm) });
        }
    }
    if let Some(s) = start {
        out.push(Word { span: Span::new(span.start + s, span.start + last_end), norm });
    }
    out
}

fn continues(body: &str, at: usize) -> bool {
    body.get(at..).and_then(|r| r.chars().next()).is_some_and(char::is_alphanumeric)
}

/// Function words ignored when comparing contexts.
const STOP: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from",
    "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that", "these",
    "those", "he", "she", "they", "his", "her", "their", "them", "we", "our", "you", "i", "has",
    "have", "had", "not", "no", "into", "over", "after", "before", "than", "then", "which", "who",
    "whom", "what", "when", "where", "while", "would", "will", "could", "can", "may", "might",
    "also", "said", "says", "about", "more", "some", "there", "so", "if", "do", "did", "does",
    "s", "up", "out", "such", "other", "all", "any", "one", "new",
];

pub(crate) fn is_stop(w: &str) -> bool {
    STOP.contains(&w)
}

/// A crude stem: the first six characters (`launched`, `launches` →
/// `launch`; `missiles` → `missil`).
pub(crate) fn stem(w: &str) -> &str {
    match w.char_indices().nth(6) {
        Some((at, _)) => &w[..at],
        None => w,
    }
}

/// FNV-1a, stable across runs and platforms.
pub(crate) fn hash(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Hashed stems of the content words of `text[span]` (no function words, no
/// digits, none inside `skip` spans), sorted and distinct.
pub(crate) fn content_stems(text: &str, span: Span, skip: &[Span]) -> Vec<u64> {
    let mut out: Vec<u64> = words(text, span)
        .into_iter()
        .filter(|w| !is_stop(&w.norm) && !w.norm.chars().any(|c| c.is_ascii_digit()))
        .filter(|w| !skip.iter().any(|s| s.overlaps(w.span)))
        .map(|w| hash(stem(&w.norm)))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Size of the intersection of two sorted, distinct lists.
pub(crate) fn shared<T: Ord>(a: &[T], b: &[T]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Dice coefficient of two sorted, distinct lists (0 when both are empty).
pub(crate) fn dice<T: Ord>(a: &[T], b: &[T]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 0.0;
    }
    2.0 * shared(a, b) as f64 / (a.len() + b.len()) as f64
}

/// Jaccard index of two sorted, distinct lists (0 when both are empty).
pub(crate) fn jaccard<T: Ord>(a: &[T], b: &[T]) -> f64 {
    let s = shared(a, b);
    let union = a.len() + b.len() - s;
    if union == 0 {
        0.0
    } else {
        s as f64 / union as f64
    }
}

/// A counted noun in the singular, lowercase: `missiles` → `missile`,
/// `casualties` → `casualty`, `boxes` → `box`.
pub fn singular(noun: &str) -> String {
    let w = noun.trim().to_lowercase();
    if let Some(stem) = w.strip_suffix("ies") {
        if stem.chars().count() >= 2 {
            return format!("{stem}y");
        }
    }
    for end in ["sses", "shes", "ches", "xes", "zes"] {
        if w.ends_with(end) {
            return w[..w.len() - 2].to_string();
        }
    }
    if w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && w.chars().count() > 3 {
        return w[..w.len() - 1].to_string();
    }
    w
}

/// Word-level longest common subsequence as an alignment: pairs (i, j) of
/// equal words, ascending. Inputs are capped so the table stays small.
pub(crate) fn lcs_pairs(a: &[&str], b: &[&str]) -> Vec<(usize, usize)> {
    const CAP: usize = 400;
    let a = &a[..a.len().min(CAP)];
    let b = &b[..b.len().min(CAP)];
    let (n, m) = (a.len(), b.len());
    let mut t = vec![0u16; (n + 1) * (m + 1)];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            t[i * (m + 1) + j] = if a[i] == b[j] {
                t[(i + 1) * (m + 1) + j + 1] + 1
            } else {
                t[(i + 1) * (m + 1) + j].max(t[i * (m + 1) + j + 1])
            };
        }
    }
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        if a[i] == b[j] {
            out.push((i, j));
            i += 1;
            j += 1;
        } else if t[(i + 1) * (m + 1) + j] >= t[i * (m + 1) + j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_numbers_and_contractions_whole() {
        let t = "It flew 1,587km, didn't it? U.S. forces";
        let w: Vec<String> = words(t, Span::new(0, t.len())).into_iter().map(|w| w.norm).collect();
        assert_eq!(w, ["it", "flew", "1587km", "didnt", "it", "us", "forces"]);
    }

    #[test]
    fn singulars() {
        assert_eq!(singular("Missiles"), "missile");
        assert_eq!(singular("casualties"), "casualty");
        assert_eq!(singular("boxes"), "box");
        assert_eq!(singular("homes"), "home");
        assert_eq!(singular("class"), "class");
    }

    #[test]
    fn stems_and_similarity() {
        let a = "North Korea launched ballistic missiles";
        let b = "North Korea launches ballistic missile";
        let sa = content_stems(a, Span::new(0, a.len()), &[]);
        let sb = content_stems(b, Span::new(0, b.len()), &[]);
        assert_eq!(dice(&sa, &sb), 1.0);
        assert_eq!(jaccard::<u64>(&[], &[]), 0.0);
        let pairs = lcs_pairs(&["a", "b", "c"], &["a", "x", "c"]);
        assert_eq!(pairs, [(0, 0), (2, 2)]);
    }
}
