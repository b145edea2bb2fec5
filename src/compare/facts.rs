//! Fact alignment: the facts of several articles as rows of one matrix.
//!
//! Two facts are the same *thing* when they measure the same dimension
//! (kind; SI unit for quantities, currency for money, singular counted noun
//! for counts) and their sentences say the same around the number (content
//! words outside number mentions, shared entities, position in the article).
//! A row holds at most one fact per source; its status is `agree` when every
//! stated value is equal after normalization (SI values, resolved dates),
//! `conflict` when not, `single` when only one source states it.
//!
//! Alignment is greedy by score, source after source, against the rows built
//! so far: O(facts × rows) per source with cheap filters first.

use super::normalize::{content_stems, dice, jaccard, singular};
use super::{FactRow, Source, Stated, Status};
use crate::clusters::referent_key;
use crate::numbers::{Date, NumberKind, NumberMention};
use crate::span::Span;

#[derive(Clone, Debug, PartialEq)]
enum Norm {
    Num(f64, Option<f64>),
    Days(Date, Date),
    Text(String),
}

struct Item {
    src: usize,
    fact: usize,
    kind: NumberKind,
    dim: String,
    counted: Option<String>,
    value: Norm,
    ents: Vec<String>,
    ctx: Vec<u64>,
    pos: f64,
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

fn same_value(a: &Norm, b: &Norm) -> bool {
    match (a, b) {
        (Norm::Num(x, xe), Norm::Num(y, ye)) => {
            close(*x, *y)
                && match (xe, ye) {
                    (Some(p), Some(q)) => close(*p, *q),
                    _ => true,
                }
        }
        (Norm::Days(a1, a2), Norm::Days(b1, b2)) => a1 == b1 && a2 == b2,
        (Norm::Text(x), Norm::Text(y)) => x == y,
        _ => false,
    }
}

fn norm_value(n: &NumberMention) -> Norm {
    if let Some(si) = &n.si {
        return Norm::Num(si.value, si.end_value);
    }
    if let Some(r) = &n.resolved {
        return Norm::Days(r.start, r.end);
    }
    match &n.value {
        crate::numbers::Value::Number(x) => Norm::Num(
            *x,
            n.end_value.as_ref().and_then(|v| match v {
                crate::numbers::Value::Number(e) => Some(*e),
                _ => None,
            }),
        ),
        crate::numbers::Value::Text(t) => Norm::Text(t.to_lowercase()),
    }
}

/// What a number measures, apart from the counted noun.
fn dimension(n: &NumberMention) -> String {
    let unit = || n.si.as_ref().map(|s| s.unit.clone()).or_else(|| n.unit.clone()).unwrap_or_default();
    match n.kind {
        NumberKind::Quantity => format!("quantity:{}", unit()),
        NumberKind::Duration => "duration".into(),
        NumberKind::Money => format!("money:{}", n.unit.clone().unwrap_or_default()),
        NumberKind::Percent => "percent".into(),
        NumberKind::Count => "count".into(),
        NumberKind::Date => "date".into(),
        NumberKind::Time => "time".into(),
        NumberKind::Ordinal => "ordinal".into(),
    }
}

fn items(si: usize, source: &Source) -> Vec<Item> {
    let a = source.analysis;
    let len = source.text.len().max(1) as f64;
    let number_spans: Vec<Span> = a.numbers.iter().map(|n| n.span).collect();
    a.facts
        .iter()
        .enumerate()
        .filter_map(|(fi, f)| {
            let n = a.numbers.get(f.number)?;
            let lo = number_spans.partition_point(|s| s.end <= f.sentence.start);
            let hi = number_spans.partition_point(|s| s.start < f.sentence.end);
            let skip = number_spans.get(lo..hi.max(lo)).unwrap_or(&[]);
            let mut ents: Vec<String> = f
                .entities
                .iter()
                .filter_map(|&c| a.clusters.get(c))
                .map(|c| referent_key(&c.canonical))
                .collect();
            ents.sort();
            ents.dedup();
            Some(Item {
                src: si,
                fact: fi,
                kind: n.kind,
                dim: dimension(n),
                counted: n.counted.as_deref().map(singular),
                value: norm_value(n),
                ents,
                ctx: content_stems(source.text, f.sentence, skip),
                pos: n.span.start as f64 / len,
            })
        })
        .collect()
}

/// The score of `a` and `b` as the same fact, or `None` when they cannot be.
fn score(a: &Item, b: &Item) -> Option<f64> {
    if a.kind != b.kind || a.dim != b.dim {
        return None;
    }
    let counted_match = match (&a.counted, &b.counted) {
        (Some(x), Some(y)) if x != y => return None,
        (Some(_), Some(_)) => true,
        _ => false,
    };
    let ctx = dice(&a.ctx, &b.ctx);
    let ent = jaccard(&a.ents, &b.ents);
    let same = same_value(&a.value, &b.value);
    let specific = counted_match || matches!(a.kind, NumberKind::Quantity | NumberKind::Money);
    let accept = if same {
        ctx >= 0.12 || ent > 0.0 || (specific && ctx >= 0.05)
    } else if matches!(a.kind, NumberKind::Date | NumberKind::Time) {
        // Articles date many events; a different date is the same fact only
        // in a clearly matching sentence.
        ctx >= 0.45
    } else {
        ctx >= 0.3 || (ctx >= 0.2 && (ent > 0.0 || counted_match))
    };
    if !accept {
        return None;
    }
    let s = ctx
        + 0.25 * ent
        + if same { 0.35 } else { 0.0 }
        + if counted_match { 0.15 } else { 0.0 }
        + 0.1 * (1.0 - (a.pos - b.pos).abs());
    Some(s)
}

pub(super) fn align(sources: &[Source]) -> Vec<FactRow> {
    let per: Vec<Vec<Item>> = sources.iter().enumerate().map(|(i, s)| items(i, s)).collect();
    // Rows as lists of (source, item index).
    let mut rows: Vec<Vec<(usize, usize)>> = Vec::new();
    for (s, list) in per.iter().enumerate() {
        let mut cands: Vec<(f64, usize, usize)> = Vec::new();
        for (ii, item) in list.iter().enumerate() {
            for (ri, row) in rows.iter().enumerate() {
                let best = row
                    .iter()
                    .filter_map(|&(rs, rj)| per.get(rs).and_then(|l| l.get(rj)))
                    .filter_map(|m| score(item, m))
                    .fold(None, |acc: Option<f64>, x| Some(acc.map_or(x, |a| a.max(x))));
                if let Some(b) = best {
                    cands.push((b, ii, ri));
                }
            }
        }
        super::assign_greedy(cands, s, list.len(), &mut rows);
    }
    rows.into_iter()
        .filter_map(|row| {
            let &(fs, fi) = row.first()?;
            let first = per.get(fs)?.get(fi)?;
            let src = sources.get(fs)?;
            let n = src.analysis.numbers.get(src.analysis.facts.get(first.fact)?.number)?;
            let mut by_source: Vec<Option<Stated>> = vec![None; sources.len()];
            let mut all_same = true;
            for &(s, i) in &row {
                let Some(item) = per.get(s).and_then(|l| l.get(i)) else { continue };
                all_same &= same_value(&item.value, &first.value);
                let Some(source) = sources.get(s) else { continue };
                let Some(fact) = source.analysis.facts.get(item.fact) else { continue };
                let Some(num) = source.analysis.numbers.get(fact.number) else { continue };
                if let Some(slot) = by_source.get_mut(item.src) {
                    *slot = Some(Stated {
                        fact: item.fact,
                        number: fact.number,
                        span: num.span,
                        text: num.span.of(source.text).to_string(),
                        value: num.value.clone(),
                        unit: num.unit.clone(),
                        si: num.si.clone(),
                        sentence: fact.sentence,
                        differs: !same_value(&item.value, &first.value),
                    });
                }
            }
            let status = if row.len() < 2 {
                Status::Single
            } else if all_same {
                Status::Agree
            } else {
                Status::Conflict
            };
            Some(FactRow {
                kind: n.kind,
                value: n.value.clone(),
                unit: n.unit.clone(),
                counted: n.counted.clone(),
                status,
                by_source,
            })
        })
        .collect()
}
