//! Strict span scoring with conlleval-style output: a predicted entity is
//! correct when its start, end and label equal a gold entity's.

use std::collections::HashSet;
use std::fmt::Write as _;

use crate::EntityLabel;

pub type Span = (usize, usize, EntityLabel);

#[derive(Clone, Debug, Default)]
pub struct Scores {
    /// Per label (`EntityLabel::ALL` order): true positives, false positives,
    /// false negatives.
    pub counts: [[usize; 3]; 4],
    pub tokens: usize,
    pub docs: usize,
}

fn idx(l: EntityLabel) -> usize {
    match l {
        EntityLabel::Person => 0,
        EntityLabel::Org => 1,
        EntityLabel::Place => 2,
        EntityLabel::Misc => 3,
    }
}

/// The CoNLL name of a label.
pub fn conll_name(l: EntityLabel) -> &'static str {
    ["PER", "ORG", "LOC", "MISC"][idx(l)]
}

pub fn prf(tp: usize, fp: usize, fne: usize) -> (f64, f64, f64) {
    let p = if tp + fp > 0 { tp as f64 / (tp + fp) as f64 } else { 0.0 };
    let r = if tp + fne > 0 { tp as f64 / (tp + fne) as f64 } else { 0.0 };
    let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    (p, r, f)
}

impl Scores {
    /// Adds one document. Predictions equal to an `optional` gold span are
    /// neither right nor wrong (IE-ER `status="opt"`).
    pub fn add(&mut self, gold: &[Span], optional: &[Span], pred: &[Span]) {
        let g: HashSet<Span> = gold.iter().copied().collect();
        let o: HashSet<Span> = optional.iter().copied().collect();
        let p: HashSet<Span> = pred.iter().copied().collect();
        for x in &g {
            self.counts[idx(x.2)][if p.contains(x) { 0 } else { 2 }] += 1;
        }
        for y in &p {
            if !g.contains(y) && !o.contains(y) {
                self.counts[idx(y.2)][1] += 1;
            }
        }
        self.docs += 1;
    }

    pub fn micro(&self) -> (f64, f64, f64) {
        let s = |k: usize| self.counts.iter().map(|c| c[k]).sum::<usize>();
        prf(s(0), s(1), s(2))
    }

    pub fn label(&self, l: EntityLabel) -> (f64, f64, f64) {
        let c = self.counts[idx(l)];
        prf(c[0], c[1], c[2])
    }

    /// conlleval-style report (labels with no gold and no prediction are left out).
    pub fn report(&self) -> String {
        let s = |k: usize| self.counts.iter().map(|c| c[k]).sum::<usize>();
        let (tp, fp, fne) = (s(0), s(1), s(2));
        let (p, r, f) = self.micro();
        let mut out = String::new();
        let _ = writeln!(
            out,
            "processed {} tokens in {} documents with {} phrases; found: {} phrases; correct: {}.",
            self.tokens,
            self.docs,
            tp + fne,
            tp + fp,
            tp
        );
        let _ = writeln!(out, "{:>17}  precision: {:6.2}%; recall: {:6.2}%; FB1: {:6.2}", "all:", 100.0 * p, 100.0 * r, 100.0 * f);
        for l in EntityLabel::ALL {
            let c = self.counts[idx(l)];
            if c.iter().sum::<usize>() == 0 {
                continue;
            }
            let (p, r, f) = self.label(l);
            let _ = writeln!(
                out,
                "{:>17}  precision: {:6.2}%; recall: {:6.2}%; FB1: {:6.2}  {} (gold {})",
                format!("{}:", conll_name(l)),
                100.0 * p,
                100.0 * r,
                100.0 * f,
                c[0] + c[1],
                c[0] + c[2]
            );
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strict_matching() {
        let mut s = Scores::default();
        let gold = [(0, 3, EntityLabel::Person), (5, 9, EntityLabel::Place)];
        let pred = [(0, 3, EntityLabel::Person), (5, 8, EntityLabel::Place), (10, 12, EntityLabel::Org)];
        s.add(&gold, &[(10, 12, EntityLabel::Org)], &pred);
        assert_eq!(s.counts[0], [1, 0, 0]);
        assert_eq!(s.counts[2], [0, 1, 1]);
        assert_eq!(s.counts[1], [0, 0, 0]);
        let (p, r, _) = s.micro();
        assert!((p - 0.5).abs() < 1e-9 && (r - 0.5).abs() < 1e-9);
    }
}

/// Runs `recognizer` through the whole analysis (so numbers win over names,
/// as in `lede::analyze`) on each document and scores it. `classes` limits
/// both gold and predictions to some labels (IE-ER has no MISC).
pub fn evaluate(
    docs: &[(crate::GoldDoc, Vec<Span>)],
    recognizer: &(dyn lede::Recognizer + Sync),
    classes: Option<&[EntityLabel]>,
) -> Scores {
    let keep = |l: EntityLabel| classes.is_none_or(|c| c.contains(&l));
    let run = |chunk: &[(crate::GoldDoc, Vec<Span>)]| {
        let mut s = Scores::default();
        for (doc, optional) in chunk {
            let a = lede::analyze_with(&doc.text, recognizer);
            let pred: Vec<Span> =
                a.entities.iter().filter(|e| keep(e.label)).map(|e| (e.span.start, e.span.end, e.label)).collect();
            let gold: Vec<Span> = doc.entities.iter().copied().filter(|e| keep(e.2)).collect();
            let opt: Vec<Span> = optional.iter().copied().filter(|e| keep(e.2)).collect();
            s.add(&gold, &opt, &pred);
            s.tokens += lede::Document::parse(&doc.text).tokens.len();
        }
        s
    };
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, 2);
    let size = docs.len().div_ceil(threads).max(1);
    let parts: Vec<Scores> = std::thread::scope(|sc| {
        let handles: Vec<_> = docs.chunks(size).map(|c| sc.spawn(move || run(c))).collect();
        handles.into_iter().map(|h| h.join().unwrap_or_default()).collect()
    });
    let mut total = Scores::default();
    for p in parts {
        for l in 0..4 {
            for k in 0..3 {
                total.counts[l][k] += p.counts[l][k];
            }
        }
        total.tokens += p.tokens;
        total.docs += p.docs;
    }
    total
}
