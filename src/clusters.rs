//! Entity clusters: the many names of one referent.
//!
//! Every entity mention is linked to exactly one cluster, whose canonical
//! name is the fullest name of the referent written in the article
//! (ANNOTATION.md: `Kim` → `Kim Jong Un`, `DPRK` → `North Korea`). Links:
//!
//! - the same name up to case, hyphens, apostrophes, periods and spacing
//!   (`Kim Jong-un` = `Kim Jong Un`, `Workers' Party` = `Worker’s Party`,
//!   `U.S.` = `US`);
//! - well-known aliases (`US`, `United States`; `DPRK`, `North Korea`);
//! - acronyms: an all-capitals word whose letters are the initials of a
//!   longer name in the article (`KCNA`), or that the text defines
//!   (`Long Name (LN)`, `LN stands for ... Long Name`);
//! - a lone word of a person's name (`Kim`, `Putin`) to the nearest full
//!   name containing it as first or last word (before it if any, else after).
//!
//! Each cluster also collects the roles the article gives its members: the
//! title run right before a mention (`Russian President`, `Kremlin
//! spokesperson`, `North Korean Foreign Minister`).
//!
//! Everything is linear in the number of mentions (hash maps, union-find).

use std::collections::HashMap;

use crate::entities::{Entity, EntityLabel};
use crate::span::Span;

/// One referent: its canonical name, label, roles and mentions.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Cluster {
    /// The fullest name written in the article (whitespace collapsed).
    pub canonical: String,
    /// The label of the canonical mention.
    pub label: EntityLabel,
    /// Titles and roles given to the referent, in order of appearance.
    pub roles: Vec<String>,
    /// Indices into `Analysis::entities`, ascending.
    pub mentions: Vec<usize>,
}

/// Well-known names of one referent, as normalization keys (see [`key`]).
const ALIASES: &[&[&str]] = &[
    &["us", "usa", "united states", "united states of america"],
    &["uk", "britain", "united kingdom", "great britain"],
    &["un", "united nations"],
    &["dprk", "north korea", "democratic peoples republic of korea"],
    &["rok", "south korea", "republic of korea"],
    &["eu", "european union"],
    &["prc", "china", "peoples republic of china"],
    &["uae", "united arab emirates"],
    &["ussr", "soviet union"],
    &["nato", "north atlantic treaty organization", "north atlantic treaty organisation"],
    &["kcna", "korean central news agency"],
    &["imf", "international monetary fund"],
    &["who", "world health organization", "world health organisation"],
    &["iaea", "international atomic energy agency"],
    &["jcs", "joint chiefs of staff"],
];

/// Words skipped when reading initials (`Democratic People's Republic of Korea` → DPRK).
const INITIAL_SKIP: &[&str] = &["of", "the", "and", "for", "&", "de", "on", "in"];

/// Words of a role or title, compared lowercase.
const ROLE_WORDS: &[&str] = &[
    "admiral", "ambassador", "chair", "chairman", "chairwoman", "chancellor", "chief", "commander",
    "commissioner", "defence", "defense", "deputy", "diplomat", "director", "envoy", "executive",
    "finance", "foreign", "general", "governor", "head", "interior", "king", "leader", "mayor",
    "minister", "officer", "premier", "president", "prime", "prince", "queen", "secretary",
    "senator", "speaker", "spokesman", "spokesperson", "spokeswoman", "state", "supreme", "vice",
];

/// Honorifics: not roles, skipped between a role and the name (`President Mr X`).
const HONORIFICS: &[&str] = &["mr", "mrs", "ms", "miss", "dr", "mx", "sir", "dame"];

/// The normalization key of a name: lowercase letters and digits, hyphens
/// and spacing as one space, apostrophes and periods dropped, a leading
/// `the ` dropped.
pub fn key(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut pending_space = false;
    for c in name.chars() {
        if c.is_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.extend(c.to_lowercase());
        } else if c.is_whitespace() || matches!(c, '-' | '‐' | '‑' | '–' | '—' | '_' | '/') {
            pending_space = true;
        }
        // Apostrophes, periods and other marks vanish.
    }
    match out.strip_prefix("the ") {
        Some(rest) => rest.to_string(),
        None => out,
    }
}

/// The key that identifies a referent across articles: [`key`], with a
/// well-known alias replaced by its group's first form (`United States` and
/// `U.S.` both give `us`).
pub fn referent_key(name: &str) -> String {
    let k = key(name);
    for group in ALIASES {
        if group.contains(&k.as_str()) {
            return group.first().map_or(k.clone(), |f| f.to_string());
        }
    }
    k
}

/// Letters of an all-capitals acronym (`KCNA`, `U.S.`), lowercase, or `None`.
fn acronym(name: &str) -> Option<String> {
    let mut letters = String::new();
    for c in name.chars() {
        if c.is_uppercase() {
            letters.extend(c.to_lowercase());
        } else if c != '.' && c != '&' {
            return None;
        }
    }
    (2..=6).contains(&letters.chars().count()).then_some(letters)
}

/// Initials of a multi-word name's key (`korean central news agency` → `kcna`).
fn initials(key: &str) -> Option<String> {
    let words: Vec<&str> = key.split(' ').filter(|w| !INITIAL_SKIP.contains(w)).collect();
    if words.len() < 2 {
        return None;
    }
    Some(words.iter().filter_map(|w| w.chars().next()).collect())
}

struct UnionFind(Vec<usize>);

impl UnionFind {
    fn find(&mut self, mut i: usize) -> usize {
        while let Some(&p) = self.0.get(i) {
            if p == i {
                break;
            }
            let gp = self.0.get(p).copied().unwrap_or(p);
            if let Some(slot) = self.0.get_mut(i) {
                *slot = gp;
            }
            i = p;
        }
        i
    }
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            // The earlier mention is the root: clusters read in text order.
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            if let Some(slot) = self.0.get_mut(hi) {
                *slot = lo;
            }
        }
    }
}

/// Clusters the mentions of `entities` (sorted, non-overlapping, spans into
/// `text`); sets each entity's `cluster` and returns the clusters in order of
/// first mention.
pub fn cluster(text: &str, entities: &mut [Entity]) -> Vec<Cluster> {
    let n = entities.len();
    let names: Vec<&str> = entities.iter().map(|e| e.span.of(text)).collect();
    let keys: Vec<String> = names.iter().map(|s| key(s)).collect();
    let mut uf = UnionFind((0..n).collect());

    // Same key (and compatible label class).
    let mut by_key: HashMap<(&str, bool), usize> = HashMap::new();
    for (i, e) in entities.iter().enumerate() {
        let k = keys.get(i).map_or("", String::as_str);
        if k.is_empty() {
            continue;
        }
        match by_key.get(&(k, e.label == EntityLabel::Misc)) {
            Some(&j) => uf.union(i, j),
            None => {
                by_key.insert((k, e.label == EntityLabel::Misc), i);
            }
        }
    }

    // Well-known aliases.
    let mut alias_of: HashMap<&str, usize> = HashMap::new();
    for (g, group) in ALIASES.iter().enumerate() {
        for k in group.iter() {
            alias_of.insert(k, g);
        }
    }
    let mut first_of_alias: HashMap<usize, usize> = HashMap::new();
    for (i, e) in entities.iter().enumerate() {
        if e.label == EntityLabel::Misc || e.label == EntityLabel::Person {
            continue;
        }
        if let Some(&g) = keys.get(i).and_then(|k| alias_of.get(k.as_str())) {
            match first_of_alias.get(&g) {
                Some(&j) => uf.union(i, j),
                None => {
                    first_of_alias.insert(g, i);
                }
            }
        }
    }

    // Acronyms by initials.
    let mut by_initials: HashMap<String, usize> = HashMap::new();
    for (i, e) in entities.iter().enumerate() {
        if e.label == EntityLabel::Misc || e.label == EntityLabel::Person {
            continue;
        }
        if let Some(ini) = keys.get(i).and_then(|k| initials(k)) {
            by_initials.entry(ini).or_insert(i);
        }
    }
    for (i, e) in entities.iter().enumerate() {
        if e.label == EntityLabel::Misc {
            continue;
        }
        if let Some(j) = names.get(i).and_then(|s| acronym(s)).and_then(|a| by_initials.get(&a)) {
            uf.union(i, *j);
        }
    }

    // Acronyms defined in the text.
    for i in 0..n {
        let (Some(a), Some(b)) = (entities.get(i), entities.get(i + 1)) else { continue };
        let between = text.get(a.span.end..b.span.start).unwrap_or("");
        let b_name = names.get(i + 1).copied().unwrap_or("");
        let a_name = names.get(i).copied().unwrap_or("");
        let after_b = text.get(b.span.end..).unwrap_or("").trim_start();
        // `Long Name (LN)`
        if between.trim() == "(" && after_b.starts_with(')') && acronym(b_name).is_some() {
            uf.union(i, i + 1);
        }
        // `LN stands for [up to 80 bytes] Long Name`
        if acronym(a_name).is_some() && between.trim_start().starts_with("stands for") && between.len() < 90
        {
            uf.union(i, i + 1);
        }
    }

    // A lone word of a person's name to the nearest full name holding it.
    let mut full_by_word: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, e) in entities.iter().enumerate() {
        if e.label != EntityLabel::Person {
            continue;
        }
        let k = keys.get(i).map_or("", String::as_str);
        let words: Vec<&str> = k.split(' ').collect();
        if words.len() < 2 {
            continue;
        }
        for w in [words.first(), words.last()].into_iter().flatten() {
            full_by_word.entry(w).or_default().push(i);
        }
    }
    for (i, e) in entities.iter().enumerate() {
        let k = keys.get(i).map_or("", String::as_str);
        if e.label != EntityLabel::Person || k.is_empty() || k.contains(' ') {
            continue;
        }
        if let Some(list) = full_by_word.get(k) {
            // `list` is ascending: the last one before `i`, else the first.
            let pos = list.partition_point(|&j| j < i);
            let target = pos.checked_sub(1).and_then(|p| list.get(p)).or_else(|| list.first());
            if let Some(&j) = target {
                uf.union(i, j);
            }
        }
    }

    // Gather clusters in order of first mention.
    let mut index_of_root: HashMap<usize, usize> = HashMap::new();
    let mut clusters: Vec<Cluster> = Vec::new();
    for i in 0..n {
        let root = uf.find(i);
        let c = *index_of_root.entry(root).or_insert_with(|| {
            clusters.push(Cluster {
                canonical: String::new(),
                label: entities.get(i).map_or(EntityLabel::Misc, |e| e.label),
                roles: Vec::new(),
                mentions: Vec::new(),
            });
            clusters.len() - 1
        });
        if let Some(cl) = clusters.get_mut(c) {
            cl.mentions.push(i);
        }
        if let Some(e) = entities.get_mut(i) {
            e.cluster = c;
        }
    }
    for cl in &mut clusters {
        // The fullest name: most words, then not all capitals, then longest, then first.
        let mut best: Option<(usize, bool, usize, usize)> = None;
        let mut best_i = None;
        for &i in &cl.mentions {
            let name = names.get(i).copied().unwrap_or("");
            let words = keys.get(i).map_or(0, |k| k.split(' ').filter(|w| !w.is_empty()).count());
            let mixed = name.chars().any(char::is_lowercase);
            let score = (words, mixed, name.chars().count(), usize::MAX - i);
            if best.is_none_or(|b| score > b) {
                best = Some(score);
                best_i = Some(i);
            }
        }
        if let Some(i) = best_i {
            cl.canonical = names.get(i).copied().unwrap_or("").split_whitespace().collect::<Vec<_>>().join(" ");
            if let Some(e) = entities.get(i) {
                cl.label = e.label;
            }
        }
        for &i in &cl.mentions {
            if let Some(role) = entities.get(i).filter(|e| e.label == EntityLabel::Person).and_then(|e| role_before(text, e.span)) {
                if !cl.roles.iter().any(|r| r.eq_ignore_ascii_case(&role)) {
                    cl.roles.push(role);
                }
            }
        }
    }
    clusters
}

/// The title run right before a person's (or any) mention, on the same line:
/// role words, optionally preceded by capitalized words or entity names
/// (`Russian President`, `Kremlin spokesperson`), honorifics skipped.
fn role_before(text: &str, span: Span) -> Option<String> {
    let mut from = span.start.saturating_sub(80);
    while from > 0 && !text.is_char_boundary(from) {
        from -= 1;
    }
    let before = text.get(from..span.start)?;
    let line = before.rsplit('\n').next().unwrap_or("");
    let words: Vec<&str> = line.split_whitespace().collect();
    let mut k = words.len();
    // Honorifics right before the name.
    while k > 0 && words.get(k - 1).is_some_and(|w| HONORIFICS.contains(&w.trim_end_matches('.').to_lowercase().as_str())) {
        k -= 1;
    }
    let end = k;
    let is_role = |w: &str| ROLE_WORDS.contains(&w.to_lowercase().as_str());
    while k > 0 && words.get(k - 1).is_some_and(|w| is_role(w)) {
        k -= 1;
    }
    if k == end {
        return None;
    }
    // Capitalized modifiers (`Russian`, `Kremlin`, `North Korean`), at most 3.
    let mut extra = 0;
    while k > 0 && extra < 3 {
        let Some(w) = words.get(k - 1) else { break };
        let clean = w.trim_end_matches(['’', '\'']).trim_end_matches("’s").trim_end_matches("'s");
        let capital = clean.chars().next().is_some_and(char::is_uppercase);
        if !capital || !clean.chars().all(|c| c.is_alphabetic() || c == '-') || matches!(clean, "The" | "A" | "An" | "And" | "As" | "By" | "With" | "For" | "Of" | "In" | "On") {
            break;
        }
        k -= 1;
        extra += 1;
    }
    let role = words.get(k..end)?.join(" ");
    (!role.is_empty()).then_some(role)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ents(text: &str, spec: &[(&str, EntityLabel)]) -> Vec<Entity> {
        let mut out = Vec::new();
        let mut from = 0;
        for (name, label) in spec {
            let at = text[from..].find(name).unwrap() + from;
            out.push(Entity { span: Span::new(at, at + name.len()), label: *label, cluster: 0 });
            from = at + name.len();
        }
        out
    }

    use EntityLabel::*;

    #[test]
    fn keys_ignore_hyphens_apostrophes_periods() {
        assert_eq!(key("Kim Jong-un"), key("Kim Jong Un"));
        assert_eq!(key("Workers' Party"), key("Worker’s Party"));
        assert_eq!(key("U.S."), "us");
        assert_eq!(key("the Kremlin"), "kremlin");
    }

    #[test]
    fn surnames_honorifics_and_spelling_variants_merge() {
        let text = "Mr Kim Jong Un spoke. Mr Kim left. Kim Jong-un returned. Kim said so.";
        let mut e = ents(text, &[("Kim Jong Un", Person), ("Kim", Person), ("Kim Jong-un", Person), ("Kim", Person)]);
        let cl = cluster(text, &mut e);
        assert_eq!(cl.len(), 1);
        assert_eq!(cl[0].canonical, "Kim Jong Un");
        assert_eq!(cl[0].mentions, vec![0, 1, 2, 3]);
    }

    #[test]
    fn defined_and_initial_acronyms_merge() {
        let text = "the Korean Central News Agency (KCNA) said. KCNA added. DPRK stands for the North’s official name, the Democratic People’s Republic of Korea.";
        let mut e = ents(text, &[("Korean Central News Agency", Org), ("KCNA", Org), ("KCNA", Org), ("DPRK", Place), ("Democratic People’s Republic of Korea", Place)]);
        let cl = cluster(text, &mut e);
        assert_eq!(cl.len(), 2);
        assert_eq!(cl[0].canonical, "Korean Central News Agency");
        assert_eq!(cl[1].canonical, "Democratic People’s Republic of Korea");
        let text = "The Office of Fun (OOX) met.";
        let mut e = ents(text, &[("Office of Fun", Org), ("OOX", Org)]);
        assert_eq!(cluster(text, &mut e).len(), 1);
    }

    #[test]
    fn well_known_aliases_merge_but_not_nationalities() {
        let text = "U.S. troops and the United States and US aid. Russian Russia.";
        let mut e = ents(text, &[("U.S.", Place), ("United States", Place), ("US", Place), ("Russian", Misc), ("Russia", Place)]);
        let cl = cluster(text, &mut e);
        assert_eq!(cl.len(), 3);
        assert_eq!(cl[0].canonical, "United States");
    }

    #[test]
    fn roles_are_collected() {
        let text = "Russian President Vladimir Putin met Kremlin spokesperson Dmitry Peskov and Mr Putin.";
        let mut e = ents(text, &[("Russian", Misc), ("Vladimir Putin", Person), ("Kremlin", Org), ("Dmitry Peskov", Person), ("Putin", Person)]);
        let cl = cluster(text, &mut e);
        let putin = cl.iter().find(|c| c.canonical == "Vladimir Putin").unwrap();
        assert_eq!(putin.roles, vec!["Russian President"]);
        let peskov = cl.iter().find(|c| c.canonical == "Dmitry Peskov").unwrap();
        assert_eq!(peskov.roles, vec!["Kremlin spokesperson"]);
    }
}
