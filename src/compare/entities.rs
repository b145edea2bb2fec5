//! Entity alignment: clusters of several articles merged by referent key
//! (`Kim Jong Un` = `Kim Jong-un`, `U.S.` = `United States`); a person named
//! by one word in one article (`Kim`) joins the only row whose person name
//! starts or ends with that word.

use super::{EntityRow, Source};
use crate::clusters::referent_key;
use crate::entities::EntityLabel;
use std::collections::HashMap;

pub(super) fn align(sources: &[Source]) -> Vec<EntityRow> {
    let n = sources.len();
    let mut rows: Vec<EntityRow> = Vec::new();
    let mut keys: Vec<String> = Vec::new();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    let mut lone: Vec<(usize, usize, String)> = Vec::new();
    for (s, source) in sources.iter().enumerate() {
        for (ci, c) in source.analysis.clusters.iter().enumerate() {
            let k = referent_key(&c.canonical);
            if k.is_empty() {
                continue;
            }
            if c.label == EntityLabel::Person && !k.contains(' ') {
                lone.push((s, ci, k));
                continue;
            }
            let r = *by_key.entry(k.clone()).or_insert_with(|| {
                rows.push(EntityRow {
                    canonical: c.canonical.clone(),
                    label: c.label,
                    by_source: vec![0; n],
                    clusters: vec![None; n],
                });
                keys.push(k.clone());
                rows.len() - 1
            });
            add(&mut rows[r], s, ci, c.mentions.len());
        }
    }
    for (s, ci, k) in lone {
        let Some(c) = sources.get(s).and_then(|x| x.analysis.clusters.get(ci)) else { continue };
        let r = match by_key.get(&k) {
            Some(&r) => Some(r),
            None => {
                let hits: Vec<usize> = (0..rows.len())
                    .filter(|&r| rows[r].label == EntityLabel::Person)
                    .filter(|&r| {
                        let words: Vec<&str> = keys[r].split(' ').collect();
                        words.len() > 1 && (words.first() == Some(&k.as_str()) || words.last() == Some(&k.as_str()))
                    })
                    .collect();
                if hits.len() == 1 { hits.first().copied() } else { None }
            }
        };
        let r = r.unwrap_or_else(|| {
            rows.push(EntityRow { canonical: c.canonical.clone(), label: c.label, by_source: vec![0; n], clusters: vec![None; n] });
            keys.push(k.clone());
            by_key.insert(k.clone(), rows.len() - 1);
            rows.len() - 1
        });
        add(&mut rows[r], s, ci, c.mentions.len());
    }
    // Most widely reported first, then most mentioned; ties keep first appearance.
    rows.sort_by(|a, b| {
        let spread = |r: &EntityRow| r.by_source.iter().filter(|&&c| c > 0).count();
        let total = |r: &EntityRow| r.by_source.iter().sum::<usize>();
        spread(b).cmp(&spread(a)).then(total(b).cmp(&total(a)))
    });
    rows
}

fn add(row: &mut EntityRow, s: usize, ci: usize, mentions: usize) {
    if let Some(c) = row.by_source.get_mut(s) {
        *c += mentions;
    }
    if let Some(slot) = row.clusters.get_mut(s) {
        slot.get_or_insert(ci);
    }
}
