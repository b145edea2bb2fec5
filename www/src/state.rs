//! Page state and its reducer (`use_reducer`), plus the derived document the
//! components render.

use std::cmp::Ordering;
use std::collections::HashMap;
use std::ops::Range;
use std::rc::Rc;

use yew::prelude::*;
use yew::virtual_dom::Key;

use crate::model::{
    qualifier_words, DebrisKind, Label, Notice, NumberFacts, Range16, ReferenceInfo, SiFacts,
    ViewModel,
};
use crate::text::{hash, pieces, Piece, Utf16Index, HASH_SEED};

/// One highlighted mention, ready to render.
#[derive(Clone, Debug, PartialEq)]
pub struct MarkInfo {
    /// Byte range into [`Doc::text`].
    pub bytes: Range<usize>,
    /// UTF-16 range into the same text (exposed as `data-start`/`data-end`).
    pub range: Range16,
    pub label: Label,
    pub number: Option<Rc<NumberFacts>>,
    /// Tooltip text: label and normalized value (`quantity: 1587 km = 1,587,000 m`,
    /// `count: about 250 people`, `date: last year → 2024 (2024-01-01 – 2024-12-31)`).
    pub tip: AttrValue,
    /// `data-resolved`: the days a date covers, `2024-01-01/2024-12-31`.
    pub resolved: Option<AttrValue>,
    /// Entities: index into [`Doc::clusters`] (`data-cluster`).
    pub cluster: Option<usize>,
}

/// One referent and all its mentions: a row of the entity panel.
#[derive(Clone, Debug, PartialEq)]
pub struct ClusterRow {
    /// Index into [`Doc::clusters`] (the core's cluster index).
    pub index: usize,
    /// `PERSON:Kim Jong Un`: what the fact table's entity filter holds, so
    /// the filter survives edits that renumber clusters.
    pub key: AttrValue,
    /// The canonical name: the fullest written in the article.
    pub name: AttrValue,
    pub label: Label,
    /// Titles and roles, comma-separated (`Russian President`).
    pub roles: AttrValue,
    /// The other written forms (`Kim, Mr Kim`), comma-separated.
    pub aliases: AttrValue,
    /// Indices into [`Doc::marks`], in document order.
    pub marks: Rc<[usize]>,
    /// How many facts name it.
    pub facts: usize,
    /// How many facts are attributed to it (`KCNA said`).
    pub said: usize,
}

/// A direct quotation: a row of the quotes panel.
#[derive(Clone, Debug, PartialEq)]
pub struct QuoteRow {
    /// Index into [`Doc::quotes`] (the wrapper's DOM id is `q{index}`).
    pub index: usize,
    pub range: Range16,
    /// The quotation, whitespace collapsed.
    pub text: AttrValue,
    /// The speaker's canonical name; empty when unknown.
    pub speaker: AttrValue,
    /// The relaying source's canonical name (`according to KCNA`); empty for none.
    pub via: AttrValue,
}

/// What a run of a block is wrapped in besides marks.
#[derive(Clone, Debug, PartialEq)]
pub enum Wrap {
    /// Quotation `i` of [`Doc::quotes`].
    Quote(usize),
    /// A line set aside as page debris.
    Debris(DebrisKind),
}

/// A wrapped run of a block: it never cuts a mark.
#[derive(Clone, Debug, PartialEq)]
pub struct BlockWrap {
    /// Byte range into [`Block::text`].
    pub at: Range<usize>,
    pub wrap: Wrap,
}

/// A mark as one [`Block`] renders it.
#[derive(Clone, Debug, PartialEq)]
pub struct BlockMark {
    /// Index into [`Doc::marks`] (the mark's DOM id is `m{index}`).
    pub index: usize,
    /// Byte range into [`Block::text`].
    pub at: Range<usize>,
    pub info: MarkInfo,
}

/// A run of the article rendered as one keyed unit: a paragraph with the line
/// breaks after it (see [`crate::text::blocks`]). Everything it renders is in
/// here, so two equal blocks render identically and the view skips a block
/// that an edit did not touch.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    /// Content hash and occurrence number: stable while the text is.
    pub key: Key,
    pub text: AttrValue,
    pub marks: Vec<BlockMark>,
    /// Quotations and debris lines in it: sorted, disjoint, never cutting a mark.
    pub wraps: Vec<BlockWrap>,
    /// The labels of its marks, one bit per [`Label::index`].
    pub labels: u16,
}

/// One row of the fact table, formatted once per analysis.
#[derive(Clone, Debug, PartialEq)]
pub struct Fact {
    /// Content hash and occurrence number: stable while the row is.
    pub key: Key,
    /// Index into [`Doc::marks`].
    pub mark: usize,
    pub label: Label,
    pub text: AttrValue,
    /// In words: `about`, `more than`; empty for none.
    pub qualifier: AttrValue,
    /// `1587`, `≥ 100`, `--01-05 to --01-07`.
    pub value: AttrValue,
    pub unit: AttrValue,
    pub counted: AttrValue,
    /// Dates: the days covered (`2024-01-01 – 2024-12-31`); quantities: the
    /// value in SI units (`1,587,000 m`); else empty.
    pub resolved: AttrValue,
    /// The sentence holding the number, whitespace collapsed.
    pub sentence: AttrValue,
    /// Indices into [`Doc::clusters`]: who and where, in text order.
    pub entities: Rc<[usize]>,
    /// Their canonical names, comma-separated.
    pub entity_names: AttrValue,
    /// Who says so (`KCNA said`); empty for none.
    pub attribution: AttrValue,
    /// Index into [`Doc::clusters`] of the attribution's source.
    pub source: Option<usize>,
    /// The hedging words (`reportedly, about`); empty when not hedged.
    pub hedges: AttrValue,
}

/// An analyzed text with everything derived from it, built once per reply.
#[derive(Clone, Debug, PartialEq)]
pub struct Doc {
    pub seq: u64,
    pub text: Rc<str>,
    /// The page's reference date this text was analyzed with (`YYYY-MM-DD`
    /// or empty).
    pub reference_date: Rc<str>,
    /// The date relative dates were resolved against, and its source.
    pub reference: Option<ReferenceInfo>,
    pub marks: Vec<MarkInfo>,
    /// The article as keyed blocks of text and marks.
    pub blocks: Vec<Rc<Block>>,
    /// Fact table rows in document order, one per number outside debris.
    pub facts: Vec<Rc<Fact>>,
    pub sentences: Vec<Range<usize>>,
    pub notices: Vec<Notice>,
    /// Entity clusters, in the core's order (first mention first).
    pub clusters: Vec<ClusterRow>,
    /// Indices into [`Doc::clusters`] as the panel lists them: by label,
    /// then by mention count (descending), then first mention.
    pub cluster_order: Vec<usize>,
    pub quotes: Vec<QuoteRow>,
    /// Lines set aside as page debris.
    pub debris: usize,
    /// Mentions per label, indexed by [`Label::index`].
    pub counts: [usize; 12],
    /// Worker round trip in milliseconds.
    pub elapsed_ms: f64,
    /// Of which the analysis itself, measured in the worker.
    pub analyze_ms: f64,
}

/// The tooltip for a mention, `text` being its text in the article:
/// `PERSON`, `quantity: 1587 km = 1,587,000 m`, `count: about 250 people`,
/// `date: --01-05 to --01-07`, `date: last year → 2024 (2024-01-01 – 2024-12-31)`.
pub fn tip(label: Label, number: Option<&NumberFacts>, text: &str) -> String {
    let Some(n) = number else {
        return label.as_str().to_string();
    };
    let mut s = format!("{}: ", label.as_str());
    // A resolved date says what it was read from, unless the text is the value.
    if n.resolved.is_some() {
        let text = collapse_whitespace(text);
        if !text.eq_ignore_ascii_case(&n.value) {
            s.push_str(&text);
            s.push_str(" → ");
        }
    }
    if let Some(q) = &n.qualifier {
        s.push_str(&qualifier_words(q));
        s.push(' ');
    } else if n.approximate {
        s.push_str("at least ");
    }
    s.push_str(&n.value);
    if let Some(end) = &n.end_value {
        s.push_str(" to ");
        s.push_str(end);
    }
    if let Some(unit) = &n.unit {
        s.push(' ');
        s.push_str(unit);
    }
    if let Some(counted) = &n.counted {
        s.push(' ');
        s.push_str(counted);
    }
    if let Some(si) = shown_si(label, n) {
        s.push_str(" = ");
        s.push_str(&si.text);
    }
    if let Some(days) = &n.resolved {
        // `2025-03-03` alone adds nothing to a value of `2025-03-03`.
        if days.start != days.end || days.start != n.value {
            s.push_str(" (");
            s.push_str(&days.display());
            s.push(')');
        }
    }
    s
}

/// The SI form worth showing: a quantity's, when it differs from the value
/// as written (`1587 km` → `1,587,000 m`, not `40 m` → `40 m`). Durations
/// keep their own unit: an age in seconds helps nobody.
fn shown_si(label: Label, n: &NumberFacts) -> Option<&SiFacts> {
    let si = n.si.as_ref()?;
    let same = n.numeric == Some(si.value) && n.unit.as_deref() == Some(si.unit.as_str());
    (label == Label::Quantity && !same).then_some(si)
}

/// The value column of the fact table: `1587`, `≥ 100`, `--01-05 to --01-07`.
fn fact_value(n: &NumberFacts) -> String {
    match &n.end_value {
        Some(end) => format!("{} to {end}", n.value),
        None if n.approximate => format!("≥ {}", n.value),
        None => n.value.clone(),
    }
}

/// Numbers keys of a list by content hash and occurrence, so that equal
/// items keep their identity (and their DOM) when others come and go.
#[derive(Default)]
struct Keys(HashMap<u64, u32>);

impl Keys {
    fn key(&mut self, h: u64) -> Key {
        let n = self.0.entry(h).or_insert(0);
        *n += 1;
        Key::from(format!("{h:x}.{n}"))
    }
}

fn collapse_whitespace(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// `r` widened to whole marks where it starts or ends inside one (`marks`
/// sorted and disjoint), so a wrapper around `r` never cuts a mark.
fn widen(r: Range<usize>, marks: &[Range<usize>]) -> Range<usize> {
    let mut r = r;
    let i = marks.partition_point(|m| m.end <= r.start);
    if let Some(m) = marks.get(i) {
        if m.start < r.start {
            r.start = m.start;
        }
    }
    let j = marks.partition_point(|m| m.end < r.end);
    if let Some(m) = marks.get(j) {
        if m.start < r.end && m.end > r.end {
            r.end = m.end;
        }
    }
    r
}

impl Doc {
    pub fn new(
        seq: u64,
        text: Rc<str>,
        reference_date: Rc<str>,
        view: ViewModel,
        elapsed_ms: f64,
        analyze_ms: f64,
    ) -> Doc {
        let index = Utf16Index::new(&text);
        let marks: Vec<MarkInfo> = view
            .mentions
            .into_iter()
            .map(|m| {
                let bytes = index.range(m.range.start, m.range.end);
                let written = text.get(bytes.clone()).unwrap_or("");
                MarkInfo {
                    range: m.range,
                    label: m.label,
                    tip: tip(m.label, m.number.as_ref(), written).into(),
                    resolved: m
                        .number
                        .as_ref()
                        .and_then(|n| n.resolved.as_ref())
                        .map(|d| d.iso().into()),
                    number: m.number.map(Rc::new),
                    cluster: m.cluster.map(|c| c as usize),
                    bytes,
                }
            })
            .collect();
        let sentences: Vec<Range<usize>> = view
            .sentences
            .iter()
            .map(|r| index.range(r.start, r.end))
            .collect();
        let slice = |r: &Range<usize>| text.get(r.clone()).unwrap_or("");

        // The article: only marks that fit the flat sequence are rendered.
        let ranges: Vec<Range<usize>> = marks.iter().map(|m| m.bytes.clone()).collect();
        let shown: Vec<usize> = pieces(text.len(), &ranges)
            .into_iter()
            .filter_map(|p| match p {
                Piece::Mark(i) => Some(i),
                Piece::Plain(_) => None,
            })
            .collect();
        let shown_ranges: Vec<Range<usize>> =
            shown.iter().map(|&i| marks[i].bytes.clone()).collect();
        // Quotations and debris lines, widened so that no mark is cut.
        let mut wraps: Vec<(Range<usize>, Wrap)> = view
            .quotes
            .iter()
            .enumerate()
            .map(|(i, q)| (index.range(q.range.start, q.range.end), Wrap::Quote(i)))
            .chain(view.debris.iter().map(|d| {
                (
                    index.range(d.range.start, d.range.end),
                    Wrap::Debris(d.kind),
                )
            }))
            .map(|(r, w)| (widen(r, &shown_ranges), w))
            .filter(|(r, _)| r.start < r.end)
            .collect();
        wraps.sort_by_key(|(r, _)| (r.start, r.end));
        let mut keys = Keys::default();
        let mut next = 0;
        let mut next_wrap = 0;
        let blocks = crate::text::blocks(&text, &shown_ranges)
            .into_iter()
            .map(|r| {
                let mut block_marks = Vec::new();
                let mut labels = 0u16;
                while let Some(&i) = shown.get(next) {
                    let m = &marks[i];
                    if m.bytes.start >= r.end {
                        break;
                    }
                    next += 1;
                    labels |= 1 << m.label.index();
                    block_marks.push(BlockMark {
                        index: i,
                        at: m.bytes.start - r.start..m.bytes.end - r.start,
                        info: m.clone(),
                    });
                }
                // Block bounds never fall inside a mark, so clipping a wrap
                // to its block cuts no mark either.
                let mut block_wraps: Vec<BlockWrap> = Vec::new();
                while let Some((w, kind)) = wraps.get(next_wrap) {
                    if w.start >= r.end {
                        break;
                    }
                    let at = w.start.max(r.start) - r.start..w.end.min(r.end) - r.start;
                    let after_last = block_wraps.last().is_none_or(|b| b.at.end <= at.start);
                    if at.start < at.end && after_last {
                        block_wraps.push(BlockWrap {
                            at,
                            wrap: kind.clone(),
                        });
                    }
                    if w.end > r.end {
                        break; // goes on in the next block
                    }
                    next_wrap += 1;
                }
                let body = slice(&r);
                Rc::new(Block {
                    key: keys.key(hash(HASH_SEED, body.as_bytes())),
                    text: AttrValue::from(body.to_string()),
                    marks: block_marks,
                    wraps: block_wraps,
                    labels,
                })
            })
            .collect();

        // Entity clusters.
        let names: Vec<AttrValue> = view
            .clusters
            .iter()
            .map(|c| AttrValue::from(c.name.clone()))
            .collect();
        let name_of = |c: u32| names.get(c as usize).cloned().unwrap_or_default();
        let mut fact_counts = vec![0usize; view.clusters.len()];
        let mut said_counts = vec![0usize; view.clusters.len()];
        for f in &view.facts {
            for &c in &f.entities {
                if let Some(n) = fact_counts.get_mut(c as usize) {
                    *n += 1;
                }
            }
            if let Some(n) = f.source.and_then(|c| said_counts.get_mut(c as usize)) {
                *n += 1;
            }
        }
        let clusters: Vec<ClusterRow> = view
            .clusters
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let cluster_marks: Vec<usize> = c
                    .mentions
                    .iter()
                    .map(|&m| m as usize)
                    .filter(|&m| m < marks.len())
                    .collect();
                let mut aliases: Vec<String> = Vec::new();
                for &m in &cluster_marks {
                    let written = collapse_whitespace(slice(&marks[m].bytes));
                    if written != c.name && !aliases.contains(&written) {
                        aliases.push(written);
                    }
                }
                ClusterRow {
                    index: i,
                    key: AttrValue::from(format!("{}:{}", c.label.as_str(), c.name)),
                    name: names[i].clone(),
                    label: c.label,
                    roles: AttrValue::from(c.roles.join(", ")),
                    aliases: AttrValue::from(aliases.join(", ")),
                    marks: cluster_marks.into(),
                    facts: fact_counts[i],
                    said: said_counts[i],
                }
            })
            .collect();
        let mut cluster_order: Vec<usize> = (0..clusters.len()).collect();
        // Stable: first-mention order among equal counts.
        cluster_order.sort_by(|&a, &b| {
            let (a, b) = (&clusters[a], &clusters[b]);
            a.label
                .cmp(&b.label)
                .then(b.marks.len().cmp(&a.marks.len()))
        });

        // Fact table rows.
        let mut keys = Keys::default();
        let mut sentence_text: Vec<Option<AttrValue>> = vec![None; sentences.len()];
        let facts = view
            .facts
            .iter()
            .filter_map(|fv| {
                let i = fv.mention as usize;
                let m = marks.get(i)?;
                let n = m.number.as_deref()?;
                let text = slice(&m.bytes);
                let value = fact_value(n);
                let entity_names: Vec<AttrValue> =
                    fv.entities.iter().map(|&c| name_of(c)).collect();
                let entity_names = entity_names
                    .iter()
                    .map(|n| n.as_str())
                    .collect::<Vec<_>>()
                    .join(", ");
                let attribution = fv.attribution.clone().unwrap_or_default();
                let h = hash(
                    hash(HASH_SEED, m.label.as_str().as_bytes()),
                    text.as_bytes(),
                );
                let sentence = n
                    .sentence
                    .and_then(|s| {
                        let slot = sentence_text.get_mut(s as usize)?;
                        let r = &sentences[s as usize];
                        Some(
                            slot.get_or_insert_with(|| collapse_whitespace(slice(r)).into())
                                .clone(),
                        )
                    })
                    .unwrap_or_default();
                let resolved = match &n.resolved {
                    Some(days) => days.display(),
                    None => shown_si(m.label, n).map_or_else(String::new, |si| si.text.clone()),
                };
                Some(Rc::new(Fact {
                    key: keys.key(hash(h, value.as_bytes())),
                    mark: i,
                    label: m.label,
                    text: AttrValue::from(text.to_string()),
                    qualifier: n
                        .qualifier
                        .as_deref()
                        .map(|q| AttrValue::from(qualifier_words(q)))
                        .unwrap_or_default(),
                    value: value.into(),
                    unit: n.unit.clone().map(AttrValue::from).unwrap_or_default(),
                    counted: n.counted.clone().map(AttrValue::from).unwrap_or_default(),
                    resolved: resolved.into(),
                    sentence,
                    entities: fv.entities.iter().map(|&c| c as usize).collect(),
                    entity_names: entity_names.into(),
                    attribution: attribution.into(),
                    source: fv.source.map(|c| c as usize),
                    hedges: AttrValue::from(fv.hedges.join(", ")),
                }))
            })
            .collect();

        let quotes = view
            .quotes
            .iter()
            .enumerate()
            .map(|(i, q)| QuoteRow {
                index: i,
                range: q.range,
                text: collapse_whitespace(slice(&index.range(q.range.start, q.range.end))).into(),
                speaker: q.speaker.map(name_of).unwrap_or_default(),
                via: q.via.map(name_of).unwrap_or_default(),
            })
            .collect();

        let mut counts = [0usize; 12];
        for m in &marks {
            counts[m.label.index()] += 1;
        }

        Doc {
            seq,
            text,
            reference_date,
            reference: view.reference,
            marks,
            blocks,
            facts,
            sentences,
            notices: view.notices,
            clusters,
            cluster_order,
            quotes,
            debris: view.debris.len(),
            counts,
            elapsed_ms,
            analyze_ms,
        }
    }

    /// The cluster whose [`ClusterRow::key`] is `key`.
    pub fn cluster_by_key(&self, key: &str) -> Option<&ClusterRow> {
        self.clusters.iter().find(|c| c.key == key)
    }

    pub fn slice(&self, r: &Range<usize>) -> &str {
        self.text.get(r.clone()).unwrap_or("")
    }

    /// The text of mark `i`.
    pub fn mark_text(&self, i: usize) -> &str {
        self.marks.get(i).map_or("", |m| self.slice(&m.bytes))
    }

    /// The fact table row of number mark `i`.
    pub fn fact(&self, i: usize) -> Option<&Rc<Fact>> {
        let at = self.facts.binary_search_by_key(&i, |f| f.mark).ok()?;
        self.facts.get(at)
    }

    /// The sentence holding number mark `i`, whitespace collapsed.
    pub fn sentence_of(&self, i: usize) -> String {
        self.fact(i)
            .map_or_else(String::new, |f| f.sentence.to_string())
    }
}

/// Fact table columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Text,
    Kind,
    Qualifier,
    Value,
    Unit,
    Counted,
    Resolved,
    Entities,
    Attribution,
    Hedged,
    Sentence,
}

impl Column {
    pub const ALL: [Column; 11] = [
        Column::Text,
        Column::Kind,
        Column::Qualifier,
        Column::Value,
        Column::Unit,
        Column::Counted,
        Column::Resolved,
        Column::Entities,
        Column::Attribution,
        Column::Hedged,
        Column::Sentence,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Column::Text => "Text",
            Column::Kind => "Kind",
            Column::Qualifier => "Qualifier",
            Column::Value => "Value",
            Column::Unit => "Unit",
            Column::Counted => "Counted",
            Column::Resolved => "Resolved",
            Column::Entities => "Who / where",
            Column::Attribution => "Attribution",
            Column::Hedged => "Hedged",
            Column::Sentence => "Sentence",
        }
    }

    /// The header's tooltip, where the title needs one.
    pub fn help(self) -> Option<&'static str> {
        match self {
            Column::Qualifier => Some("The word that bounds or softens the number: about, more than, up to…"),
            Column::Resolved => Some(
                "Dates: the calendar days they cover, relative dates resolved against the reference date. Quantities: the value in SI units.",
            ),
            Column::Entities => Some("The people, organisations and places of the number's clause (its source excluded)."),
            Column::Attribution => Some("Who says so: “KCNA said”, “according to Seoul”."),
            Column::Hedged => Some("Softened or unconfirmed: reportedly, appears to, allegations, about…"),
            Column::Sentence => Some("The sentence holding the number (hover or focus a row to read it whole)."),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sort {
    pub column: Column,
    pub descending: bool,
}

/// Which facts the table shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FactFilter {
    /// Only numbers of this kind.
    pub kind: Option<Label>,
    /// Only facts naming this cluster ([`ClusterRow::key`]).
    pub entity: Option<AttrValue>,
    /// Only facts attributed to this cluster ([`ClusterRow::key`]).
    pub source: Option<AttrValue>,
}

impl FactFilter {
    pub fn is_active(&self) -> bool {
        self.kind.is_some() || self.entity.is_some() || self.source.is_some()
    }
}

fn cmp_opt_str(a: Option<&str>, b: Option<&str>) -> Ordering {
    // Present values first, then case-insensitive order.
    match (a, b) {
        (Some(a), Some(b)) => a.to_lowercase().cmp(&b.to_lowercase()),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// An empty cell sorts last.
fn non_empty(s: &str) -> Option<&str> {
    (!s.is_empty()).then_some(s)
}

/// Sort key of the Resolved column: dates by their days, then SI values by
/// unit and size, then the rest.
fn resolved_key(label: Label, n: &NumberFacts) -> (u8, &str, &str, f64) {
    if let Some(d) = &n.resolved {
        return (0, &d.start, &d.end, 0.0);
    }
    match shown_si(label, n) {
        Some(si) => (1, &si.unit, "", si.value),
        None => (2, "", "", 0.0),
    }
}

/// Indices into [`Doc::facts`] of the rows the table shows, in table order.
pub fn fact_rows(doc: &Doc, sort: Option<Sort>, filter: &FactFilter) -> Vec<usize> {
    let cluster = |key: &Option<AttrValue>| {
        key.as_ref()
            .and_then(|key| doc.cluster_by_key(key))
            .map(|c| c.index)
    };
    let (entity, source) = (cluster(&filter.entity), cluster(&filter.source));
    let mut rows: Vec<usize> = (0..doc.facts.len())
        .filter(|&i| {
            let f = &doc.facts[i];
            filter.kind.is_none_or(|k| f.label == k)
                && entity.is_none_or(|c| f.entities.contains(&c))
                && source.is_none_or(|c| f.source == Some(c))
        })
        .collect();
    let Some(sort) = sort else {
        return rows;
    };
    let fact = |i: usize| &doc.facts[i];
    let number = |i: usize| doc.marks[fact(i).mark].number.as_ref().expect("number row");
    let key_cmp = |&a: &usize, &b: &usize| -> Ordering {
        let (fa, fb) = (number(a), number(b));
        let (ra, rb) = (fact(a), fact(b));
        match sort.column {
            Column::Text => cmp_opt_str(Some(&ra.text), Some(&rb.text)),
            Column::Kind => ra.label.as_str().cmp(rb.label.as_str()),
            Column::Value => match (fa.numeric, fb.numeric) {
                (Some(x), Some(y)) => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (None, None) => fa.value.cmp(&fb.value),
            },
            Column::Qualifier => cmp_opt_str(fa.qualifier.as_deref(), fb.qualifier.as_deref()),
            Column::Unit => cmp_opt_str(fa.unit.as_deref(), fb.unit.as_deref()),
            Column::Resolved => resolved_key(ra.label, fa)
                .partial_cmp(&resolved_key(rb.label, fb))
                .unwrap_or(Ordering::Equal),
            Column::Counted => cmp_opt_str(fa.counted.as_deref(), fb.counted.as_deref()),
            Column::Entities => {
                cmp_opt_str(non_empty(&ra.entity_names), non_empty(&rb.entity_names))
            }
            Column::Attribution => {
                cmp_opt_str(non_empty(&ra.attribution), non_empty(&rb.attribution))
            }
            // Hedged rows first.
            Column::Hedged => ra.hedges.is_empty().cmp(&rb.hedges.is_empty()),
            Column::Sentence => fa.sentence.cmp(&fb.sentence),
        }
    };
    // Stable: ties stay in document order.
    rows.sort_by(|a, b| {
        let o = key_cmp(a, b);
        if sort.descending {
            o.reverse()
        } else {
            o
        }
    });
    rows
}

/// A short message to the user about what an action did or why it failed.
#[derive(Clone, Debug, PartialEq)]
pub struct Note {
    pub error: bool,
    pub text: AttrValue,
}

impl Note {
    pub fn info(text: impl Into<AttrValue>) -> Note {
        Note {
            error: false,
            text: text.into(),
        }
    }

    pub fn error(text: impl Into<AttrValue>) -> Note {
        Note {
            error: true,
            text: text.into(),
        }
    }
}

/// The whole page state.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// What the textarea holds now.
    pub text: Rc<str>,
    /// What the reference date control holds now: `YYYY-MM-DD`, or empty
    /// for none.
    pub reference_date: Rc<str>,
    /// The latest analysis that came back (possibly of an older text).
    pub doc: Option<Rc<Doc>>,
    /// The analysis the fact table, the entity and quote panels and the
    /// exports show: `doc`, once the article showing it has been painted
    /// (see [`Action::ShowDetails`]).
    pub details: Option<Rc<Doc>>,
    /// Labels whose highlights are switched off, by [`Label::index`].
    pub hidden: [bool; 12],
    pub sort: Option<Sort>,
    pub filter: FactFilter,
    /// About the last paste or file load (converted, refused).
    pub editor_note: Option<Note>,
    /// About the last export (downloaded, copied, failed).
    pub export_note: Option<Note>,
}

impl AppState {
    pub fn new(text: String, reference_date: String) -> AppState {
        AppState {
            text: text.into(),
            reference_date: reference_date.into(),
            doc: None,
            details: None,
            hidden: [false; 12],
            sort: None,
            filter: FactFilter::default(),
            editor_note: None,
            export_note: None,
        }
    }

    pub fn is_hidden(&self, label: Label) -> bool {
        self.hidden[label.index()]
    }

    /// True while the shown analysis is not of the current text and
    /// reference date.
    pub fn is_stale(&self) -> bool {
        self.doc
            .as_ref()
            .is_none_or(|d| d.text != self.text || d.reference_date != self.reference_date)
    }

    /// True while the fact table and the entity list show an older analysis
    /// than the article.
    pub fn details_pending(&self) -> bool {
        match (&self.doc, &self.details) {
            (Some(doc), Some(details)) => !Rc::ptr_eq(doc, details),
            (Some(_), None) => true,
            (None, _) => false,
        }
    }
}

// Dispatched and matched once: boxing the view model would only add an
// allocation.
#[allow(clippy::large_enum_variant)]
pub enum Action {
    /// The user edited the text.
    Edit(String),
    /// The user set the reference date (`YYYY-MM-DD`, or empty for none).
    SetReferenceDate(String),
    /// The worker answered request `seq` about `text` with `reference_date`.
    Analyzed {
        seq: u64,
        text: Rc<str>,
        reference_date: Rc<str>,
        view: ViewModel,
        elapsed_ms: f64,
        analyze_ms: f64,
    },
    /// Let the fact table and the entity list show analysis `seq`, if it is
    /// still the latest. Dispatched after the article showing it has been
    /// painted: the highlights, which an edit is about, appear a frame sooner,
    /// and the 300-row table's layout does not hold them up.
    ShowDetails(u64),
    /// Show or hide one label's highlights.
    Toggle(Label),
    /// Sort the fact table by a column (again: reverse).
    SortBy(Column),
    /// Show only facts of this kind (`None`: all kinds).
    FilterKind(Option<Label>),
    /// Show only facts naming this cluster, by [`ClusterRow::key`] (`None`: all).
    FilterEntity(Option<AttrValue>),
    /// Show only facts attributed to this cluster, by [`ClusterRow::key`]
    /// (`None`: all sources).
    FilterSource(Option<AttrValue>),
    /// Tell the user about a paste or file load.
    EditorNote(Option<Note>),
    /// Tell the user about an export.
    ExportNote(Option<Note>),
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Edit(text) => {
                if *self.text == *text {
                    return self;
                }
                next.text = text.into();
                // A message about an earlier paste no longer applies.
                next.editor_note = None;
            }
            Action::SetReferenceDate(date) => {
                if *self.reference_date == *date {
                    return self;
                }
                next.reference_date = date.into();
            }
            Action::Analyzed {
                seq,
                text,
                reference_date,
                view,
                elapsed_ms,
                analyze_ms,
            } => {
                // Latest wins: a reply older than what is shown is dropped.
                if self.doc.as_ref().is_some_and(|d| d.seq >= seq) {
                    return self;
                }
                next.doc = Some(Rc::new(Doc::new(
                    seq,
                    text,
                    reference_date,
                    view,
                    elapsed_ms,
                    analyze_ms,
                )));
            }
            Action::ShowDetails(seq) => match &self.doc {
                Some(doc) if doc.seq == seq && self.details_pending() => {
                    // A filter whose entity is gone from the text would hide
                    // every row: drop it.
                    let gone = |key: &Option<AttrValue>| {
                        key.as_ref().is_some_and(|k| doc.cluster_by_key(k).is_none())
                    };
                    if gone(&self.filter.entity) {
                        next.filter.entity = None;
                    }
                    if gone(&self.filter.source) {
                        next.filter.source = None;
                    }
                    next.details = Some(doc.clone());
                }
                _ => return self,
            },
            Action::Toggle(label) => {
                next.hidden[label.index()] = !next.hidden[label.index()];
            }
            Action::SortBy(column) => {
                next.sort = Some(match self.sort {
                    Some(s) if s.column == column => Sort {
                        column,
                        descending: !s.descending,
                    },
                    _ => Sort {
                        column,
                        descending: false,
                    },
                });
            }
            Action::FilterKind(kind) => {
                if self.filter.kind == kind {
                    return self;
                }
                next.filter.kind = kind;
            }
            Action::FilterEntity(key) => {
                if self.filter.entity == key {
                    return self;
                }
                next.filter.entity = key;
            }
            Action::FilterSource(key) => {
                if self.filter.source == key {
                    return self;
                }
                next.filter.source = key;
            }
            Action::EditorNote(note) => next.editor_note = note,
            Action::ExportNote(note) => next.export_note = note,
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ClusterView, Days, DebrisView, FactView, Mention, QuoteView};

    fn number(start: u32, end: u32, label: Label, value: f64) -> Mention {
        Mention {
            range: Range16 { start, end },
            label,
            number: Some(NumberFacts {
                value: value.to_string(),
                numeric: Some(value),
                unit: (label == Label::Quantity).then(|| "km".to_string()),
                sentence: Some(0),
                ..Default::default()
            }),
            cluster: None,
        }
    }

    fn sample() -> (Rc<str>, ViewModel) {
        let text: Rc<str> = "São Paulo: 1,587km, then 2 ships. São Paulo again.".into();
        let view = ViewModel {
            mentions: vec![
                Mention {
                    range: Range16 { start: 0, end: 9 },
                    label: Label::Place,
                    number: None,
                    cluster: Some(0),
                },
                number(11, 18, Label::Quantity, 1587.0),
                number(25, 26, Label::Count, 2.0),
                Mention {
                    range: Range16 { start: 34, end: 43 },
                    label: Label::Place,
                    number: None,
                    cluster: Some(0),
                },
            ],
            sentences: vec![
                Range16 { start: 0, end: 33 },
                Range16 { start: 34, end: 50 },
            ],
            notices: vec![],
            reference: None,
            clusters: vec![ClusterView {
                name: "São Paulo".into(),
                label: Label::Place,
                roles: vec![],
                mentions: vec![0, 3],
            }],
            facts: vec![
                FactView {
                    mention: 1,
                    entities: vec![0],
                    attribution: None,
                    source: None,
                    hedges: vec![],
                    sentence: Range16 { start: 0, end: 33 },
                },
                FactView {
                    mention: 2,
                    entities: vec![],
                    attribution: Some("São Paulo officials said".into()),
                    source: Some(0),
                    hedges: vec!["reportedly".into()],
                    sentence: Range16 { start: 0, end: 33 },
                },
            ],
            // `then 2 ships` as a quotation, and the second sentence as debris.
            quotes: vec![QuoteView {
                range: Range16 { start: 20, end: 32 },
                speaker: Some(0),
                via: None,
            }],
            debris: vec![DebrisView {
                range: Range16 { start: 34, end: 50 },
                kind: DebrisKind::Repeated,
            }],
        };
        (text, view)
    }

    #[test]
    fn doc_slices_marks_and_groups_entities() {
        let (text, view) = sample();
        let doc = Doc::new(1, text, "".into(), view, 0.0, 0.0);
        assert_eq!(doc.mark_text(0), "São Paulo");
        assert_eq!(doc.mark_text(1), "1,587km");
        assert_eq!(doc.marks[1].tip, "quantity: 1587 km");
        assert_eq!(doc.clusters.len(), 1);
        assert_eq!(&*doc.clusters[0].marks, &[0, 3]);
        assert_eq!(doc.clusters[0].key, "PLACE:São Paulo");
        assert_eq!(doc.clusters[0].facts, 1);
        assert_eq!(doc.clusters[0].said, 1);
        assert_eq!(doc.facts[1].source, Some(0));
        assert_eq!(doc.quotes[0].text, "then 2 ships");
        assert_eq!(doc.quotes[0].speaker, "São Paulo");
        assert_eq!(doc.facts.len(), 2);
        assert_eq!(doc.facts[0].entity_names, "São Paulo");
        assert_eq!(doc.facts[1].attribution, "São Paulo officials said");
        // The quotation wraps the mark it holds; the debris line its place.
        let b = &doc.blocks[0];
        assert_eq!(b.wraps.len(), 2);
        assert_eq!(b.wraps[0].wrap, Wrap::Quote(0));
        assert_eq!(&b.text[b.wraps[0].at.clone()], "then 2 ships");
        assert_eq!(&b.text[b.wraps[1].at.clone()], "São Paulo again.");
        assert_eq!(doc.facts[0].value, "1587");
        assert_eq!(doc.counts[Label::Place.index()], 2);
        assert_eq!(doc.sentence_of(2), "São Paulo: 1,587km, then 2 ships.");
    }

    #[test]
    fn stale_replies_are_dropped_and_sorting_toggles() {
        let (text, view) = sample();
        let state = Rc::new(AppState::new(text.to_string(), String::new()));
        let state = state.reduce(Action::Analyzed {
            seq: 2,
            text: text.clone(),
            reference_date: "".into(),
            view: view.clone(),
            elapsed_ms: 1.0,
            analyze_ms: 0.5,
        });
        let same = state.clone().reduce(Action::Analyzed {
            seq: 1,
            text,
            reference_date: "".into(),
            view,
            elapsed_ms: 1.0,
            analyze_ms: 0.5,
        });
        assert_eq!(same.doc.as_ref().unwrap().seq, 2);
        assert!(!same.is_stale());

        let doc = same.doc.clone().unwrap();
        let all = FactFilter::default();
        assert_eq!(fact_rows(&doc, None, &all), vec![0, 1]);
        let s = same.reduce(Action::SortBy(Column::Value));
        assert_eq!(fact_rows(&doc, s.sort, &all), vec![1, 0]);
        let s = s.reduce(Action::SortBy(Column::Value));
        assert_eq!(fact_rows(&doc, s.sort, &all), vec![0, 1]);
        let s = s.reduce(Action::SortBy(Column::Hedged));
        assert_eq!(fact_rows(&doc, s.sort, &all), vec![1, 0]);
        // Filters by kind and by entity.
        let s = s.reduce(Action::FilterKind(Some(Label::Count)));
        assert_eq!(fact_rows(&doc, s.sort, &s.filter), vec![1]);
        let s = s.reduce(Action::FilterKind(None));
        let s = s.reduce(Action::FilterEntity(Some("PLACE:São Paulo".into())));
        assert_eq!(fact_rows(&doc, s.sort, &s.filter), vec![0]);
        let s = s.reduce(Action::FilterKind(Some(Label::Count)));
        assert!(fact_rows(&doc, s.sort, &s.filter).is_empty());
        // By source: the facts São Paulo says, not the ones about it.
        let s = s.reduce(Action::FilterKind(None));
        let s = s.reduce(Action::FilterEntity(None));
        let s = s.reduce(Action::FilterSource(Some("PLACE:São Paulo".into())));
        assert!(s.filter.is_active());
        assert_eq!(fact_rows(&doc, s.sort, &s.filter), vec![1]);
        let s = s.reduce(Action::FilterEntity(Some("PLACE:São Paulo".into())));
        assert!(fact_rows(&doc, s.sort, &s.filter).is_empty());
        let s = s.reduce(Action::Toggle(Label::Place));
        assert!(s.is_hidden(Label::Place));
    }

    #[test]
    fn details_follow_the_latest_analysis() {
        let (text, view) = sample();
        let analyzed = |state: Rc<AppState>, seq| {
            state.reduce(Action::Analyzed {
                seq,
                text: text.clone(),
                reference_date: "".into(),
                view: view.clone(),
                elapsed_ms: 1.0,
                analyze_ms: 0.5,
            })
        };
        let s = analyzed(Rc::new(AppState::new(text.to_string(), String::new())), 1);
        assert!(s.details_pending() && s.details.is_none());
        let s = analyzed(s, 2);
        // Too late: analysis 1 is no longer the latest.
        let same = s.clone().reduce(Action::ShowDetails(1));
        assert!(Rc::ptr_eq(&same, &s));
        let s = s.reduce(Action::ShowDetails(2));
        assert!(!s.details_pending());
        assert_eq!(s.details.as_ref().unwrap().seq, 2);
        // Again: nothing changes.
        let same = s.clone().reduce(Action::ShowDetails(2));
        assert!(Rc::ptr_eq(&same, &s));
    }

    #[test]
    fn a_new_reference_date_makes_the_analysis_stale() {
        let (text, view) = sample();
        let s = Rc::new(AppState::new(text.to_string(), "2025-02-27".into()));
        let s = s.reduce(Action::Analyzed {
            seq: 1,
            text: text.clone(),
            reference_date: "2025-02-27".into(),
            view: view.clone(),
            elapsed_ms: 1.0,
            analyze_ms: 0.5,
        });
        assert!(!s.is_stale());
        let same = s
            .clone()
            .reduce(Action::SetReferenceDate("2025-02-27".into()));
        assert!(Rc::ptr_eq(&same, &s));
        let s = s.reduce(Action::SetReferenceDate("2020-06-15".into()));
        assert!(s.is_stale());
        let s = s.reduce(Action::Analyzed {
            seq: 2,
            text,
            reference_date: "2020-06-15".into(),
            view,
            elapsed_ms: 1.0,
            analyze_ms: 0.5,
        });
        assert!(!s.is_stale());
        assert_eq!(&*s.doc.as_ref().unwrap().reference_date, "2020-06-15");
    }

    #[test]
    fn tips_read_naturally() {
        let f = NumberFacts {
            value: "100".into(),
            approximate: true,
            counted: Some("forecasters".into()),
            ..Default::default()
        };
        assert_eq!(
            tip(Label::Count, Some(&f), "hundreds of"),
            "count: at least 100 forecasters"
        );
        let f = NumberFacts {
            value: "250".into(),
            approximate: false,
            qualifier: Some("about".into()),
            counted: Some("people".into()),
            ..Default::default()
        };
        assert_eq!(
            tip(Label::Count, Some(&f), "250 people"),
            "count: about 250 people"
        );
        let d = NumberFacts {
            value: "--01-05".into(),
            end_value: Some("--01-07".into()),
            ..Default::default()
        };
        assert_eq!(
            tip(Label::Date, Some(&d), "Jan. 5 to 7"),
            "date: --01-05 to --01-07"
        );
        let r = NumberFacts {
            value: "2024".into(),
            resolved: Some(Days {
                start: "2024-01-01".into(),
                end: "2024-12-31".into(),
            }),
            ..Default::default()
        };
        assert_eq!(
            tip(Label::Date, Some(&r), "last\nyear"),
            "date: last year → 2024 (2024-01-01 – 2024-12-31)"
        );
        let day = NumberFacts {
            value: "2025-03-03".into(),
            resolved: Some(Days {
                start: "2025-03-03".into(),
                end: "2025-03-03".into(),
            }),
            ..Default::default()
        };
        assert_eq!(
            tip(Label::Date, Some(&day), "March 3, 2025"),
            "date: March 3, 2025 → 2025-03-03"
        );
        let q = NumberFacts {
            value: "1587".into(),
            unit: Some("km".into()),
            numeric: Some(1587.0),
            si: Some(SiFacts {
                value: 1_587_000.0,
                end_value: None,
                unit: "m".into(),
                text: "1,587,000 m".into(),
            }),
            ..Default::default()
        };
        assert_eq!(
            tip(Label::Quantity, Some(&q), "1,587km"),
            "quantity: 1587 km = 1,587,000 m"
        );
        let same = NumberFacts {
            value: "40".into(),
            unit: Some("m".into()),
            numeric: Some(40.0),
            si: Some(SiFacts {
                value: 40.0,
                end_value: None,
                unit: "m".into(),
                text: "40 m".into(),
            }),
            ..Default::default()
        };
        assert_eq!(tip(Label::Quantity, Some(&same), "40 m"), "quantity: 40 m");
        assert_eq!(tip(Label::Person, None, "Kim"), "PERSON");
    }
}
