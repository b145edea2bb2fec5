//! Word clusters induced from the training text, for the model's cluster
//! features: each frequent word gets a distributional vector (positive PMI
//! with its left and right neighbours, randomly projected to a few dozen
//! dimensions), and bisecting spherical 2-means over those vectors builds a
//! binary tree. A word's cluster is its path from the root, written as a heap
//! index (root = 1, children 2k and 2k+1), keyed like the core looks it up
//! (`features::cluster_key`). Deterministic: fixed projection seeds, fixed
//! initialization, no threads.

use std::collections::HashMap;

use lede::entities::model::features::{cluster_key, Clusters};
use lede::entities::model::hash::mix;
use lede::Document;

const DIMS: usize = 64;
const CONTEXTS: usize = 1500;
const MAX_DEPTH: u32 = 14;
const MIN_LEAF: usize = 4;

/// Clusters of the words seen at least `min_count` times in `texts`.
pub fn induce(texts: &[&str], min_count: u32) -> Clusters {
    // Token keys per text.
    let seqs: Vec<Vec<u64>> = texts
        .iter()
        .map(|t| {
            let d = Document::parse(t);
            d.tokens.iter().map(|tok| cluster_key(tok, t)).collect()
        })
        .collect();
    let mut freq: HashMap<u64, u32> = HashMap::new();
    for s in &seqs {
        for &k in s {
            *freq.entry(k).or_default() += 1;
        }
    }
    let mut by_freq: Vec<(u64, u32)> = freq.iter().map(|(&k, &c)| (k, c)).collect();
    by_freq.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let ctx_index: HashMap<u64, usize> = by_freq.iter().take(CONTEXTS).enumerate().map(|(i, &(k, _))| (k, i)).collect();
    let vocab: Vec<(u64, u32)> = by_freq.iter().copied().filter(|&(_, c)| c >= min_count).collect();
    let word_index: HashMap<u64, usize> = vocab.iter().enumerate().map(|(i, &(k, _))| (k, i)).collect();

    // Co-occurrence counts with the frequent contexts, left and right.
    let mut cooc: Vec<HashMap<usize, f32>> = vec![HashMap::new(); vocab.len()];
    let mut ctx_total = vec![0f32; 2 * CONTEXTS];
    let mut total = 0f32;
    for s in &seqs {
        for (i, k) in s.iter().enumerate() {
            let Some(&w) = word_index.get(k) else { continue };
            for (side, j) in [(0usize, i.checked_sub(1)), (1, Some(i + 1))] {
                let Some(c) = j.and_then(|j| s.get(j)).and_then(|c| ctx_index.get(c)) else { continue };
                let ctx = side * CONTEXTS + c;
                *cooc[w].entry(ctx).or_default() += 1.0;
                ctx_total[ctx] += 1.0;
                total += 1.0;
            }
        }
    }
    // PPMI, projected with a fixed random +-1 matrix, normalized.
    let proj = |ctx: usize, d: usize| -> f32 {
        if mix((ctx as u64) << 8 | d as u64) & 1 == 0 {
            1.0
        } else {
            -1.0
        }
    };
    let mut vecs: Vec<[f32; DIMS]> = Vec::with_capacity(vocab.len());
    for row in &cooc {
        let w_total: f32 = row.values().sum();
        let mut v = [0f32; DIMS];
        let mut entries: Vec<(usize, f32)> = row.iter().map(|(&c, &n)| (c, n)).collect();
        entries.sort_by_key(|e| e.0);
        for (ctx, n) in entries {
            let pmi = ((n * total) / (w_total * ctx_total[ctx])).ln();
            if pmi > 0.0 {
                for (d, x) in v.iter_mut().enumerate() {
                    *x += pmi * proj(ctx, d);
                }
            }
        }
        let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt();
        if norm > 0.0 {
            for x in &mut v {
                *x /= norm;
            }
        }
        vecs.push(v);
    }
    let mut clusters = Clusters::default();
    let all: Vec<usize> = (0..vocab.len()).filter(|&i| vecs[i].iter().any(|&x| x != 0.0)).collect();
    split(&vecs, &vocab, all, 1, 0, &mut clusters);
    clusters
}

/// Assigns `members` to the subtree rooted at heap index `node`.
fn split(vecs: &[[f32; DIMS]], vocab: &[(u64, u32)], members: Vec<usize>, node: u32, depth: u32, out: &mut Clusters) {
    if depth >= MAX_DEPTH || members.len() < 2 * MIN_LEAF {
        for &m in &members {
            out.insert(vocab[m].0, node);
        }
        return;
    }
    // Spherical 2-means, seeded with the most frequent member and the member
    // least similar to it; weighted by word frequency.
    let dot = |a: &[f32; DIMS], b: &[f32; DIMS]| a.iter().zip(b).map(|(x, y)| x * y).sum::<f32>();
    let first = members[0];
    let second = *members
        .iter()
        .min_by(|&&a, &&b| dot(&vecs[a], &vecs[first]).total_cmp(&dot(&vecs[b], &vecs[first])).then(a.cmp(&b)))
        .unwrap_or(&first);
    let mut cents = [vecs[first], vecs[second]];
    let mut side = vec![false; members.len()];
    for _ in 0..8 {
        let mut sums = [[0f32; DIMS]; 2];
        for (k, &m) in members.iter().enumerate() {
            let right = dot(&vecs[m], &cents[1]) > dot(&vecs[m], &cents[0]);
            side[k] = right;
            let wgt = (vocab[m].1 as f32).ln_1p();
            for (s, x) in sums[usize::from(right)].iter_mut().zip(&vecs[m]) {
                *s += wgt * x;
            }
        }
        for (c, s) in cents.iter_mut().zip(&sums) {
            let norm = s.iter().map(|x| x * x).sum::<f32>().sqrt();
            if norm > 0.0 {
                for (ci, si) in c.iter_mut().zip(s) {
                    *ci = si / norm;
                }
            }
        }
    }
    let (left, right): (Vec<usize>, Vec<usize>) = {
        let mut l = Vec::new();
        let mut r = Vec::new();
        for (k, &m) in members.iter().enumerate() {
            if side[k] {
                r.push(m);
            } else {
                l.push(m);
            }
        }
        (l, r)
    };
    if left.len() < MIN_LEAF || right.len() < MIN_LEAF {
        for &m in &members {
            out.insert(vocab[m].0, node);
        }
        return;
    }
    split(vecs, vocab, left, node * 2, depth + 1, out);
    split(vecs, vocab, right, node * 2 + 1, depth + 1, out);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn similar_contexts_share_a_subtree() {
        // Invented text: towns after "in", people before "said".
        let mut text = String::new();
        for (i, (town, person)) in
            [("Zorbia", "Anna"), ("Quelm", "Boris"), ("Varno", "Celia"), ("Tesk", "Dario"), ("Umber", "Elsa")]
                .iter()
                .cycle()
                .take(200)
                .enumerate()
        {
            text += &format!("We met in {town} today . {person} said hello . Item {i} .\n");
        }
        let c = induce(&[&text], 3);
        let key = |w: &str| {
            let d = Document::parse(w);
            cluster_key(&d.tokens[0], w)
        };
        let (a, b, p) = (c[&key("Zorbia")], c[&key("Quelm")], c[&key("Anna")]);
        // Same cluster or siblings deeper than the split that separates people.
        let common = |x: u32, y: u32| {
            let (mut x, mut y) = (x, y);
            while x != y {
                if x > y {
                    x >>= 1
                } else {
                    y >>= 1
                }
            }
            x
        };
        assert!(common(a, b) > common(a, p), "{a:b} {b:b} {p:b}");
        assert_eq!(induce(&[&text], 3), c);
    }
}
