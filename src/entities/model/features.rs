//! Feature extraction, shared by the trainer and the recognizer.
//!
//! Each token of a [`Document`] gets a list of hashed feature buckets. The
//! features read only the text and the word lists compiled into the core, so
//! the trainer (which calls this same code on the same `Document`) sees exactly
//! what inference sees. Changing anything here that changes a bucket means
//! bumping [`FEATURE_VERSION`] and retraining: a model trained for another
//! version is refused at load.

use std::ops::Range;
use std::sync::OnceLock;

use super::hash::{combine, feed_lower, fold_punct, lower_hash, mix, str_hash, Fnv, IdMap, KeyBits, FNV_OFFSET, FNV_PRIME};
use crate::entities::EntityLabel;
use crate::lexicon::{Entries, Lexicon, PhraseLists, WordList};
use crate::text::token::{is_word_char, tokenize};
use crate::text::{Document, Token, TokenKind};

/// Version of the feature functions; stored in the model file.
pub const FEATURE_VERSION: u32 = 8;

/// A token's features start with the bias, then these many word-identity
/// features (lowercase and exact form); the trainer may drop them to make the
/// model lean on context and shape for unseen words.
pub const LEXICAL_FEATURES: std::ops::Range<usize> = 1..3;

/// Longest gazetteer phrase matched, in core tokens.
const MAX_PHRASE_TOKENS: usize = 8;

/// Word clusters: top 32 bits of the lowercase-form hash -> cluster path (a heap index: a
/// leading 1 bit followed by the path bits, root = 1).
pub type Clusters = IdMap<u32>;

/// Features of every token of one document, flattened.
#[derive(Clone, Debug, Default)]
pub struct FeatureBuf {
    /// Bucket indices.
    pub feats: Vec<u32>,
    /// `feats[starts[i]..starts[i + 1]]` are token `i`'s features.
    pub starts: Vec<u32>,
}

impl FeatureBuf {
    pub fn of(&self, token: usize) -> &[u32] {
        let a = self.starts.get(token).copied().unwrap_or(0) as usize;
        let b = self.starts.get(token + 1).copied().unwrap_or(a as u32) as usize;
        self.feats.get(a..b).unwrap_or(&[])
    }

    pub fn len(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The decoding units of a document: its paragraphs, as token ranges.
/// Gold entities never cross them (the hard-wrap detection of the sentence
/// splitter keeps a wrapped name inside one paragraph).
pub fn units(doc: &Document<'_>) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut para = usize::MAX;
    for s in &doc.sentences {
        match out.last_mut() {
            Some(last) if s.paragraph == para && last.end == s.tokens.start => last.end = s.tokens.end,
            _ => out.push(s.tokens.clone()),
        }
        para = s.paragraph;
    }
    out
}

// Word-class bits: bits 0-7 are the lexicon's single-word lists
// (`WordList` discriminants); bit 8 marks months and weekdays.
const WL_MONTH_DAY: u16 = 1 << 8;

const MONTHS_DAYS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",
];

/// Word lists turned into hash lookups, built once per process (on the
/// page, when the worker's first analysis needs them: kept cheap, straight
/// from the embedded lists into two flat tables).
struct Gazetteer {
    /// Lowercase hash -> word-class bits.
    words: KeyBits<u16>,
    /// Phrase key -> label bits (1 << label index), plus [`PREFIX`] when the
    /// key is also a proper prefix of a phrase (to stop extending early).
    phrases: KeyBits<u8>,
}

/// In [`Gazetteer::phrases`]: some longer phrase starts with this one.
const PREFIX: u8 = 1 << 4;

fn label_index(l: EntityLabel) -> usize {
    match l {
        EntityLabel::Person => 0,
        EntityLabel::Org => 1,
        EntityLabel::Place => 2,
        EntityLabel::Misc => 3,
    }
}

const PHRASE_SEED: u64 = 0x005e_ed0f_9a2e;

/// One more token in a phrase key: its lowercase form and whether it is
/// attached to the previous token.
#[inline]
fn phrase_step(key: u64, lower: u64, attached: bool) -> u64 {
    combine(key ^ u64::from(attached), lower)
}

fn gazetteer() -> &'static Gazetteer {
    static GAZ: OnceLock<Gazetteer> = OnceLock::new();
    GAZ.get_or_init(build_gazetteer)
}

/// The gazetteer tables. This runs when the page's first analysis needs
/// them, as baseline-compiled WebAssembly, over ~25,000 entries: the
/// generated lists are hashed in one pass over their bytes
/// ([`each_line_hash`], [`each_phrase_key`]); the rest (hand-written
/// lists, phrases with punctuation or other scripts) go through
/// [`lower_hash`] and the tokenizer. `gazetteer_matches_a_plain_build`
/// checks the result against the obvious construction.
fn build_gazetteer() -> Gazetteer {
    let lex = Lexicon::get();
    let lists = lex.word_lists();
    let hint = lists.iter().map(|(_, e)| e.size_hint()).sum::<usize>() + MONTHS_DAYS.len();
    let mut words: KeyBits<u16> = KeyBits::with_capacity(hint);
    for (list, entries) in lists {
        let bit = 1u16 << (list as u16);
        match entries {
            Entries::Lines(text) => each_line_hash(text, |h| words.merge(h, bit)),
            Entries::Words(ws) => ws.iter().for_each(|w| words.merge(lower_hash(w), bit)),
        }
    }
    for w in MONTHS_DAYS {
        words.merge(lower_hash(w), WL_MONTH_DAY);
    }
    let PhraseLists { known, lists } = lex.labeled_phrases();
    // Phrase keys plus the prefixes of longer phrases: about one per line
    // (the lines average over 8 bytes; the table grows if they do not).
    let hint = known.len() + lists.iter().map(|(_, e)| e.size_hint()).sum::<usize>();
    let mut phrases: KeyBits<u8> = KeyBits::with_capacity(hint);
    for &(phrase, label) in known {
        add_phrase(&mut phrases, phrase, 1 << label_index(label));
    }
    for (label, entries) in lists {
        let bit = 1 << label_index(label);
        match entries {
            Entries::Lines(text) => each_phrase_key(text, |line, keys| match keys {
                Some((key, prefixes)) => {
                    for &p in prefixes {
                        phrases.merge(p, PREFIX);
                    }
                    phrases.merge(key, bit);
                }
                None => add_phrase(&mut phrases, line, bit),
            }),
            Entries::Words(ws) => ws.iter().for_each(|w| add_phrase(&mut phrases, w, bit)),
        }
    }
    Gazetteer { words, phrases }
}

/// One phrase into the table, by its words' hashes when it is plain words
/// ([`plain_phrase_keys`]), else by its tokens as the tokenizer reads them.
fn add_phrase(phrases: &mut KeyBits<u8>, phrase: &str, bit: u8) {
    if let Some(key) = plain_phrase_keys(phrase, |p| phrases.merge(p, PREFIX)) {
        phrases.merge(key, bit);
        return;
    }
    let toks = tokenize(phrase);
    if toks.is_empty() || toks.len() > MAX_PHRASE_TOKENS {
        return;
    }
    let mut key = PHRASE_SEED;
    for (k, t) in toks.iter().enumerate() {
        if k > 0 {
            phrases.merge(key, PREFIX);
        }
        key = phrase_step(key, token_lower(t, phrase), k > 0 && t.attached());
    }
    phrases.merge(key, bit);
}

/// FNV-1a state after one more byte, lowercased if an ASCII capital (what
/// `lower_hash` does with ASCII text).
#[inline(always)]
fn fnv_lower(h: u64, b: u8) -> u64 {
    (h ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(FNV_PRIME)
}

/// `f(lower_hash(line))` for every non-empty line of `text`, in one pass
/// over its bytes (lines with non-ASCII characters are hashed again by
/// [`lower_hash`], which folds their case and punctuation).
fn each_line_hash(text: &str, mut f: impl FnMut(u64)) {
    let mut start = 0;
    while start < text.len() {
        let (h, end) = line_hash(text, start);
        if end > start {
            f(h);
        }
        start = end + 1;
    }
}

/// The hash of the line starting at `start` and where it ends. One call per
/// line (not one loop over the list) so that the engine's optimizing tier
/// takes over while the lists are still being read.
#[inline(never)]
fn line_hash(text: &str, start: usize) -> (u64, usize) {
    let bytes = text.as_bytes();
    let (mut h, mut ascii, mut i) = (FNV_OFFSET, true, start);
    while let Some(&b) = bytes.get(i) {
        if b == b'\n' {
            break;
        }
        h = fnv_lower(h, b);
        ascii &= b.is_ascii();
        i += 1;
    }
    (if ascii { mix(h) } else { lower_hash(text.get(start..i).unwrap_or("")) }, i)
}

/// For every non-empty line of `text` (one phrase each), in one pass over
/// its bytes: `f(line, Some((key, prefixes)))` with the keys
/// [`plain_phrase_keys`] gives when the line is ASCII letters separated by
/// single spaces, `f(line, None)` for any other line.
fn each_phrase_key(text: &'static str, mut f: impl FnMut(&'static str, Option<(u64, &[u64])>)) {
    let mut prefixes = [0u64; MAX_PHRASE_TOKENS];
    let mut start = 0;
    while start < text.len() {
        let (keys, end) = phrase_line(text, start, &mut prefixes);
        if end > start {
            f(text.get(start..end).unwrap_or(""), keys.map(|(k, n)| (k, prefixes.get(..n).unwrap_or(&[]))));
        }
        start = end + 1;
    }
}

/// The line starting at `start`: its phrase key and number of proper
/// prefixes (written to `prefixes`) if it is plain, and where it ends.
#[inline(never)]
fn phrase_line(text: &str, start: usize, prefixes: &mut [u64; MAX_PHRASE_TOKENS]) -> (Option<(u64, usize)>, usize) {
    let bytes = text.as_bytes();
    let (mut h, mut key, mut n, mut after_space, mut i) = (FNV_OFFSET, PHRASE_SEED, 0usize, true, start);
    while let Some(&b) = bytes.get(i) {
        if b == b'\n' {
            break;
        }
        i += 1;
        if b.is_ascii_alphabetic() {
            h = fnv_lower(h, b);
            after_space = false;
        } else if b == b' ' && !after_space && n + 1 < MAX_PHRASE_TOKENS {
            // Another word follows: the key so far is a proper prefix.
            key = phrase_step(key, mix(h), false);
            if let Some(p) = prefixes.get_mut(n) {
                *p = key;
            }
            n += 1;
            h = FNV_OFFSET;
            after_space = true;
        } else {
            let end = bytes.get(i..).and_then(|r| r.iter().position(|&b| b == b'\n')).map_or(bytes.len(), |p| i + p);
            return (None, end);
        }
    }
    if after_space {
        return (None, i);
    }
    (Some((phrase_step(key, mix(h), false), n)), i)
}

/// The phrase key of a phrase of words (letters of any script, with their
/// combining marks) separated by single spaces, which the tokenizer reads
/// as one unattached word token each; hands the keys of its proper
/// prefixes to `prefix`. `None`, and no prefix, for anything else
/// (punctuation, digits, other spaces, more than [`MAX_PHRASE_TOKENS`]).
fn plain_phrase_keys(phrase: &str, mut prefix: impl FnMut(u64)) -> Option<u64> {
    let bytes = phrase.as_bytes();
    let (mut words, mut after_space, mut ascii_letters) = (1usize, true, true);
    for &b in bytes {
        if b == b' ' {
            if after_space {
                return None;
            }
            words += 1;
            after_space = true;
        } else {
            after_space = false;
            ascii_letters &= b.is_ascii_alphabetic();
        }
    }
    if after_space || words > MAX_PHRASE_TOKENS {
        return None;
    }
    let word_char = |c: char| c.is_ascii_alphabetic() || (!c.is_ascii() && is_word_char(c));
    if !ascii_letters && !phrase.chars().all(|c| c == ' ' || word_char(c)) {
        return None;
    }
    let mut key = PHRASE_SEED;
    for (k, w) in phrase.split(' ').enumerate() {
        if k > 0 {
            prefix(key);
        }
        key = phrase_step(key, lower_hash(w), false);
    }
    Some(key)
}

/// The word-cluster key of a token (see [`Clusters`]).
pub fn cluster_key(t: &Token, text: &str) -> u64 {
    token_lower(t, text) >> 32
}

/// Hash of a token's normalized form: lowercase words, digits as `0`,
/// folded punctuation.
fn token_lower(t: &Token, text: &str) -> u64 {
    let s = t.text(text);
    match t.kind {
        TokenKind::Word | TokenKind::Punct => lower_hash(s),
        TokenKind::Number => {
            let mut h = Fnv::default();
            for b in s.bytes() {
                h.byte(if b.is_ascii_digit() { b'0' } else { b });
            }
            h.finish()
        }
    }
}

// Case patterns of a token.
const CASE_LOWER: u8 = 0;
const CASE_TITLE: u8 = 1;
const CASE_CAPS: u8 = 2;
const CASE_INITIAL: u8 = 3;
const CASE_MIXED: u8 = 4;
const CASE_UNCASED: u8 = 5;
const CASE_NUMBER: u8 = 6; // + digit-count bucket (0..4)
const CASE_PUNCT: u8 = 12;

/// What the extractor knows about one token.
#[derive(Clone, Copy, Default)]
struct Info {
    lower: u64,
    raw: u64,
    case: u8,
    /// Length in chars, capped at 15.
    len: u8,
    pre: [u64; 4],
    suf: [u64; 4],
    words: u16,
    /// Gazetteer matches: bit `label * 4 + position` (B, I, L, U).
    gaz: u16,
    run: u64,
    run_shape: u64,
    /// 0 alone, 1 first, 2 inside, 3 last of its run.
    run_pos: u8,
    sent_initial: bool,
    /// 0 ordinary line, 1 capitals line, 2 title-case line.
    line: u8,
    table: bool,
    line_start: bool,
    doc: u8,
    cluster: u32,
    upper_first: bool,
}

fn case_of(t: &Token, s: &str) -> (u8, u8) {
    match t.kind {
        TokenKind::Number => {
            let digits = s.bytes().filter(u8::is_ascii_digit).count();
            let bucket = match digits {
                0..=1 => 0,
                2 => 1,
                3 => 2,
                4 => 3,
                _ => 4,
            };
            (CASE_NUMBER + bucket, digits.min(15) as u8)
        }
        TokenKind::Punct => (CASE_PUNCT, 1),
        TokenKind::Word => {
            let (mut up, mut low, mut first_up, mut n) = (0usize, 0usize, false, 0usize);
            for (k, c) in s.chars().enumerate() {
                n += 1;
                if c.is_uppercase() {
                    up += 1;
                    first_up |= k == 0;
                } else if c.is_lowercase() {
                    low += 1;
                }
            }
            let len = n.min(15) as u8;
            let case = if up == 0 && low == 0 {
                CASE_UNCASED
            } else if up == 0 {
                CASE_LOWER
            } else if low == 0 {
                if n == 1 {
                    CASE_INITIAL
                } else {
                    CASE_CAPS
                }
            } else if first_up && up == 1 {
                CASE_TITLE
            } else {
                CASE_MIXED
            };
            (case, len)
        }
    }
}

fn is_joiner(s: &str) -> bool {
    matches!(s, "." | "-" | "'" | "’" | "&" | "‐" | "/")
}

/// Extracts features with a given table size and word clusters.
pub struct Extractor<'m> {
    pub bits: u32,
    pub clusters: &'m Clusters,
}

// Feature templates.
mod t {
    pub const BIAS: u64 = 1;
    pub const W0: u64 = 2;
    pub const RAW0: u64 = 3;
    pub const CASE0: u64 = 4;
    pub const PRE: u64 = 5;
    pub const SUF: u64 = 6;
    pub const WM1: u64 = 7;
    pub const WM2: u64 = 8;
    pub const WP1: u64 = 9;
    pub const WP2: u64 = 10;
    pub const BI_M1: u64 = 11;
    pub const BI_P1: u64 = 12;
    pub const CASE_M1: u64 = 13;
    pub const CASE_P1: u64 = 14;
    pub const CASE_TRI: u64 = 15;
    pub const CASE_M2P2: u64 = 16;
    pub const RUN: u64 = 17;
    pub const RUN_SHAPE: u64 = 18;
    pub const ATT_M1: u64 = 19;
    pub const ATT_P1: u64 = 20;
    pub const INITIAL: u64 = 21;
    pub const LINE_W0: u64 = 22;
    pub const LINE_CASE: u64 = 23;
    pub const LINE_WM1: u64 = 24;
    pub const LINE_WP1: u64 = 25;
    pub const WORDS0: u64 = 26;
    pub const WORDS_M1: u64 = 27;
    pub const WORDS_P1: u64 = 28;
    pub const GAZ: u64 = 29;
    pub const DOC: u64 = 30;
    pub const TABLE: u64 = 31;
    pub const TABLE_W0: u64 = 32;
    pub const LINE_START: u64 = 33;
    pub const CLUSTER: u64 = 34;
    pub const CLUSTER_M1: u64 = 35;
    pub const CLUSTER_P1: u64 = 36;
    pub const WORDS_M2: u64 = 37;
    pub const GAZ_CTX: u64 = 38;
    pub const LEN0: u64 = 39;
    pub const CASE_WM1: u64 = 40;
    pub const CASE_WP1: u64 = 41;
    pub const DOC_TAG: u64 = 42;
    pub const DOC_MAJ: u64 = 43;
    pub const DOC_TAG_LINE: u64 = 44;
    pub const DOC_NEXT: u64 = 45;
    pub const AGG_PREV: u64 = 46;
    pub const AGG_NEXT: u64 = 47;
}

/// Most distinct contexts gathered per capitalized word (per side).
const AGG_MAX: usize = 12;
/// Words seen more often than this in one document get no aggregates (bounds
/// the work on long or repetitive input).
const AGG_MAX_OCCURRENCES: usize = 64;

const BOUNDARY: u64 = 0xb0b0_b0b0_1234_5678;

impl Extractor<'_> {
    /// Features of every token of `doc` into `out` (cleared first).
    pub fn extract(&self, doc: &Document<'_>, out: &mut FeatureBuf) {
        out.feats.clear();
        out.starts.clear();
        let n = doc.tokens.len();
        let info = self.token_info(doc);
        let units = units(doc);
        let (agg_at, agg) = context_aggregates(doc, &info, &units);
        out.feats.reserve(n * 48);
        out.starts.push(0);
        let shift = 64 - self.bits.clamp(8, 32);
        let mut unit_of = 0usize;
        for i in 0..n {
            while unit_of + 1 < units.len() && units[unit_of].end <= i {
                unit_of += 1;
            }
            let (ua, ub) = units.get(unit_of).map_or((0, n), |u| (u.start, u.end));
            let get = |k: isize| -> Option<&Info> {
                let j = i as isize + k;
                if j < ua as isize || j >= ub as isize {
                    None
                } else {
                    info.get(j as usize)
                }
            };
            let me = &info[i];
            let w = |k: isize| get(k).map_or(BOUNDARY, |x| x.lower);
            let c = |k: isize| get(k).map_or(99u64, |x| u64::from(x.case));
            let wl = |k: isize| get(k).map_or(0x8000u64, |x| u64::from(x.words));
            let mut push = |h: u64| out.feats.push((mix(h) >> shift) as u32);
            let f1 = |tpl: u64, a: u64| combine(tpl, a);
            let f2 = |tpl: u64, a: u64, b: u64| combine(combine(tpl, a), b);
            let f3 = |tpl: u64, a: u64, b: u64, d: u64| combine(combine(combine(tpl, a), b), d);

            // Positions 0..3 are fixed (bias, word, exact form): the trainer's
            // word dropout relies on it (see LEXICAL_FEATURES).
            push(t::BIAS);
            push(f1(t::W0, me.lower));
            push(f1(t::RAW0, me.raw));
            let case0 = u64::from(me.case);
            push(f1(t::CASE0, case0));
            push(f2(t::LEN0, case0, u64::from(me.len)));
            for k in 0..4 {
                if me.pre[k] != 0 {
                    push(f2(t::PRE, k as u64, me.pre[k]));
                }
                if me.suf[k] != 0 {
                    push(f2(t::SUF, k as u64, me.suf[k]));
                }
            }
            push(f1(t::WM1, w(-1)));
            push(f1(t::WM2, w(-2)));
            push(f1(t::WP1, w(1)));
            push(f1(t::WP2, w(2)));
            push(f2(t::BI_M1, w(-1), me.lower));
            push(f2(t::BI_P1, me.lower, w(1)));
            push(f2(t::CASE_M1, c(-1), case0));
            push(f2(t::CASE_P1, case0, c(1)));
            push(f3(t::CASE_TRI, c(-1), case0, c(1)));
            push(f3(t::CASE_M2P2, c(-2), case0, c(2)));
            push(f2(t::CASE_WM1, w(-1), case0));
            push(f2(t::CASE_WP1, case0, w(1)));
            if me.run_pos != 0 {
                push(f2(t::RUN, me.run, u64::from(me.run_pos)));
                push(f2(t::RUN_SHAPE, me.run_shape, u64::from(me.run_pos)));
            }
            let att = |k: usize| doc.tokens.get(k).is_some_and(|t| !t.space_before);
            push(f2(t::ATT_M1, w(-1), u64::from(att(i))));
            push(f2(t::ATT_P1, w(1), u64::from(att(i + 1))));
            push(f2(t::INITIAL, u64::from(me.sent_initial), case0));
            let line = u64::from(me.line);
            push(f2(t::LINE_CASE, line, case0));
            if me.line != 0 {
                push(f2(t::LINE_W0, line, me.lower));
                push(f2(t::LINE_WM1, line, w(-1)));
                push(f2(t::LINE_WP1, line, w(1)));
            }
            push(f2(t::LINE_START, u64::from(me.line_start), case0));
            if me.table {
                push(f1(t::TABLE, case0));
                push(f1(t::TABLE_W0, me.lower));
            }
            for b in 0..16 {
                if me.words & (1 << b) != 0 {
                    push(f2(t::WORDS0, b, u64::from(me.upper_first)));
                }
            }
            push(f2(t::WORDS_M1, wl(-1), case0));
            push(f2(t::WORDS_P1, wl(1), case0));
            push(f1(t::WORDS_M2, wl(-2)));
            for b in 0..16 {
                if me.gaz & (1 << b) != 0 {
                    push(f3(t::GAZ, b, u64::from(me.upper_first), line));
                }
            }
            if me.gaz != 0 || get(-1).is_some_and(|x| x.gaz != 0) || get(1).is_some_and(|x| x.gaz != 0) {
                let g = |k: isize| get(k).map_or(0u64, |x| u64::from(x.gaz));
                push(f3(t::GAZ_CTX, g(-1), u64::from(me.gaz), g(1)));
            }
            if me.doc != 0 {
                push(f3(t::DOC, u64::from(me.doc), case0, line));
            }
            if me.cluster != 0 {
                let path = me.cluster;
                let depth = 31 - path.leading_zeros();
                for p in [4u32, 8, 12, 16] {
                    if depth >= p || p == 4 {
                        let prefix = path >> depth.saturating_sub(p);
                        push(f2(t::CLUSTER, u64::from(p), u64::from(prefix)));
                    }
                }
            }
            let cl = |k: isize, p: u32| {
                get(k).map_or(0u64, |x| {
                    let depth = 31 - x.cluster.leading_zeros().min(31);
                    u64::from(x.cluster >> depth.saturating_sub(p))
                })
            };
            push(f2(t::CLUSTER_M1, cl(-1, 8), case0));
            push(f2(t::CLUSTER_P1, cl(1, 8), case0));
            if let Some(&(a, len)) = agg_at.get(i) {
                for &h in agg.get(a as usize..a as usize + len as usize).unwrap_or(&[]) {
                    push(h);
                }
            }
            out.starts.push(out.feats.len() as u32);
        }
    }

    /// Document-level features from a first pass: for each capitalized word,
    /// the tags the first pass gave the same word elsewhere in the document
    /// (`tags[i]` is token `i`'s first-pass tag). `out` gets one list per
    /// token, as from [`Extractor::extract`].
    pub fn doc_features(&self, doc: &Document<'_>, tags: &[u8], out: &mut FeatureBuf) {
        out.feats.clear();
        out.starts.clear();
        out.starts.push(0);
        let n = doc.tokens.len();
        let shift = 64 - self.bits.clamp(8, 32);
        let text = doc.text;
        let mut keys = Vec::with_capacity(n);
        let mut counts: IdMap<[u16; super::decode::N_TAGS]> = IdMap::default();
        for (i, t) in doc.tokens.iter().enumerate() {
            let s = t.text(text);
            let candidate = t.kind != TokenKind::Punct && !s.chars().next().is_some_and(char::is_lowercase);
            let key = if candidate { token_lower(t, text) } else { 0 };
            keys.push(key);
            if key != 0 {
                if let Some(&tag) = tags.get(i) {
                    let c = counts.entry(key).or_insert([0; super::decode::N_TAGS]);
                    if let Some(x) = c.get_mut(tag as usize) {
                        *x = x.saturating_add(1);
                    }
                }
            }
        }
        // Capitals lines: units without a lowercase letter.
        let mut caps = vec![false; n];
        for u in units(doc) {
            let upper = !doc.tokens[u.clone()].iter().any(|t| t.text(text).chars().any(char::is_lowercase));
            if let Some(c) = caps.get_mut(u) {
                c.fill(upper);
            }
        }
        let caps_line = |i: usize| caps.get(i).copied().unwrap_or(false);
        for i in 0..n {
            let key = keys[i];
            if let Some(c) = (key != 0).then(|| counts.get(&key)).flatten() {
                let mut c = *c;
                if let Some(&own) = tags.get(i) {
                    if let Some(x) = c.get_mut(own as usize) {
                        *x = x.saturating_sub(1);
                    }
                }
                let total: u32 = c.iter().map(|&x| u32::from(x)).sum();
                if total > 0 {
                    let line = u64::from(caps_line(i));
                    let mut best = (0u16, 0usize);
                    for (tag, &k) in c.iter().enumerate() {
                        if k > 0 {
                            out.feats.push((mix(combine(t::DOC_TAG, tag as u64)) >> shift) as u32);
                            out.feats.push((mix(combine(combine(t::DOC_TAG_LINE, tag as u64), line)) >> shift) as u32);
                            if k > best.0 {
                                best = (k, tag);
                            }
                        }
                    }
                    // The label most often given elsewhere (position ignored).
                    let label = super::decode::parts(best.1 as u8).map_or(4, |(l, _)| l as u64);
                    out.feats.push((mix(combine(combine(t::DOC_MAJ, label), u64::from(total.min(3)))) >> shift) as u32);
                    // Same for the next token when it is attached or a name too.
                    if let Some(&nk) = keys.get(i + 1) {
                        if nk != 0 {
                            if let Some(nc) = counts.get(&nk) {
                                let mut nc = *nc;
                                if let Some(&own) = tags.get(i + 1) {
                                    if let Some(x) = nc.get_mut(own as usize) {
                                        *x = x.saturating_sub(1);
                                    }
                                }
                                let nb = nc.iter().enumerate().max_by_key(|(_, &k)| k).map_or(0, |(t, _)| t);
                                if nc[nb] > 0 {
                                    out.feats.push((mix(combine(combine(t::DOC_NEXT, nb as u64), best.1 as u64)) >> shift) as u32);
                                }
                            }
                        }
                    }
                }
            }
            out.starts.push(out.feats.len() as u32);
        }
    }

    fn token_info(&self, doc: &Document<'_>) -> Vec<Info> {
        let gaz = gazetteer();
        let text = doc.text;
        let toks = &doc.tokens;
        let n = toks.len();
        let mut info = vec![Info::default(); n];
        for (i, t) in toks.iter().enumerate() {
            let s = t.text(text);
            let me = &mut info[i];
            me.lower = token_lower(t, text);
            let (case, len) = case_of(t, s);
            me.case = case;
            me.len = len;
            me.upper_first = s.chars().next().is_some_and(char::is_uppercase);
            if t.kind == TokenKind::Word {
                me.raw = str_hash(s);
                let mut h = Fnv::default();
                let nchars = usize::from(len);
                for (k, ch) in s.chars().take(4).enumerate() {
                    feed_lower(&mut h, ch.encode_utf8(&mut [0u8; 4]));
                    if k + 1 < nchars {
                        me.pre[k] = h.finish();
                    }
                }
                let mut starts = [0usize; 4];
                let mut cnt = 0;
                for (off, _) in s.char_indices().rev().take(4) {
                    starts[cnt] = off;
                    cnt += 1;
                }
                for k in 0..cnt {
                    if k + 1 < nchars {
                        me.suf[k] = lower_hash(&s[starts[k]..]) ^ 0x5;
                    }
                }
                me.words = gaz.words.get(me.lower).unwrap_or(0);
                me.cluster = self.clusters.get(&(me.lower >> 32)).copied().unwrap_or(0);
            } else {
                me.raw = me.lower;
                if t.kind == TokenKind::Number {
                    me.cluster = self.clusters.get(&(me.lower >> 32)).copied().unwrap_or(0);
                }
            }
        }
        self.mark_runs(doc, &mut info);
        // Lines are the decoding units (paragraphs): in hard-wrapped text a
        // line break inside a paragraph means nothing.
        let mut starts_unit = vec![false; n];
        for u in units(doc) {
            if let Some(x) = starts_unit.get_mut(u.start) {
                *x = true;
            }
        }
        self.mark_gazetteer(doc, gaz, &starts_unit, &mut info);
        mark_sentences(doc, &mut info);
        mark_lines(&starts_unit, &mut info);
        mark_document(doc, &mut info);
        info
    }

    fn mark_runs(&self, doc: &Document<'_>, info: &mut [Info]) {
        let toks = &doc.tokens;
        let text = doc.text;
        let n = toks.len();
        let mut i = 0;
        while i < n {
            if toks[i].kind == TokenKind::Punct {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while let Some(next) = toks.get(j) {
                if next.space_before {
                    break;
                }
                if next.kind != TokenKind::Punct {
                    j += 1;
                    continue;
                }
                let p = next.text(text);
                let after_word = toks.get(j + 1).is_some_and(|a| !a.space_before && a.kind != TokenKind::Punct);
                if is_joiner(p) && after_word {
                    j += 2;
                } else if p == "." && toks[j - 1].kind == TokenKind::Word && toks[j - 1].text(text).chars().count() == 1 {
                    j += 1;
                    break;
                } else {
                    break;
                }
            }
            let j = j.min(n);
            if j - i > 1 {
                let mut key = 0x0072_756e_u64;
                let mut shape = Fnv::default();
                let mut last_class = 0u8;
                for t in &toks[i..j] {
                    key = combine(key, info_lower(t, text));
                    for ch in t.text(text).chars() {
                        let class = if ch.is_uppercase() {
                            b'X'
                        } else if ch.is_lowercase() {
                            b'x'
                        } else if ch.is_ascii_digit() {
                            b'd'
                        } else {
                            match fold_punct(ch) {
                                c if c.is_ascii() => c as u8,
                                _ => b'?',
                            }
                        };
                        if class != last_class {
                            shape.byte(class);
                            last_class = class;
                        }
                    }
                }
                let run_shape = shape.finish();
                for (k, inf) in info[i..j].iter_mut().enumerate() {
                    inf.run = key;
                    inf.run_shape = run_shape;
                    inf.run_pos = if k == 0 {
                        1
                    } else if i + k + 1 == j {
                        3
                    } else {
                        2
                    };
                }
            }
            i = j;
        }
    }

    fn mark_gazetteer(&self, doc: &Document<'_>, gaz: &Gazetteer, starts_unit: &[bool], info: &mut [Info]) {
        let toks = &doc.tokens;
        let n = toks.len();
        for i in 0..n {
            if toks[i].kind == TokenKind::Punct {
                continue;
            }
            let mut key = PHRASE_SEED;
            let mut best: Option<(usize, u8)> = None;
            for k in 0..MAX_PHRASE_TOKENS.min(n - i) {
                let t = &toks[i + k];
                if k > 0 && starts_unit[i + k] {
                    break;
                }
                key = phrase_step(key, info[i + k].lower, k > 0 && t.attached());
                let found = gaz.phrases.get(key).unwrap_or(0);
                if found & !PREFIX != 0 {
                    best = Some((k + 1, found & !PREFIX));
                }
                if found & PREFIX == 0 {
                    break;
                }
            }
            if let Some((len, labels)) = best {
                for l in 0..4 {
                    if labels & (1 << l) == 0 {
                        continue;
                    }
                    for k in 0..len {
                        let pos = if len == 1 {
                            3
                        } else if k == 0 {
                            0
                        } else if k + 1 == len {
                            2
                        } else {
                            1
                        };
                        info[i + k].gaz |= 1 << (l * 4 + pos);
                    }
                }
            }
        }
    }
}

/// Context aggregation (Ratinov & Roth): for a capitalized word written more
/// than once in the document, the words just before and after its *other*
/// mentions (`travel to Cherating`, `at Cherating` tell the lone `Cherating,`
/// what it is). Returns per token a range into a flat list of feature hashes.
fn context_aggregates(doc: &Document<'_>, info: &[Info], units: &[Range<usize>]) -> (Vec<(u32, u16)>, Vec<u64>) {
    let n = info.len();
    let mut at = vec![(0u32, 0u16); n];
    let mut flat: Vec<u64> = Vec::new();
    let mut unit_of = vec![0u32; n];
    for (k, u) in units.iter().enumerate() {
        if let Some(x) = unit_of.get_mut(u.clone()) {
            x.fill(k as u32);
        }
    }
    let mut occ: IdMap<Vec<u32>> = IdMap::default();
    for (i, x) in info.iter().enumerate() {
        // Name candidates only: titles (`Ms.`), never-names and months are
        // capitalized for other reasons.
        let not_name = x.words & (1 << WordList::Title as u16 | 1 << WordList::NotName as u16 | WL_MONTH_DAY) != 0;
        if x.upper_first && !not_name && doc.tokens[i].kind == TokenKind::Word {
            occ.entry(x.lower).or_default().push(i as u32);
        }
    }
    let side = |i: usize, d: isize| -> u64 {
        let j = i as isize + d;
        if j < 0 || j as usize >= n || unit_of[j as usize] != unit_of[i] {
            BOUNDARY
        } else {
            info[j as usize].lower
        }
    };
    // Keys in first-occurrence order, so the output does not depend on the
    // map's iteration order.
    let mut keys: Vec<(u32, u64)> = occ.iter().filter(|(_, v)| v.len() >= 2).map(|(k, v)| (v[0], *k)).collect();
    keys.sort_unstable();
    let mut ctx: [Vec<(u64, u16)>; 2] = [Vec::new(), Vec::new()];
    let sides = [(t::AGG_PREV, -1isize), (t::AGG_NEXT, 1)];
    for (_, key) in keys {
        let Some(list) = occ.get(&key) else { continue };
        if list.len() > AGG_MAX_OCCURRENCES {
            continue;
        }
        for (c, &(tpl, d)) in ctx.iter_mut().zip(&sides) {
            c.clear();
            for &j in list {
                let h = combine(tpl, side(j as usize, d));
                match c.iter().position(|(x, _)| *x == h) {
                    Some(p) => c[p].1 = c[p].1.saturating_add(1),
                    None if c.len() < 2 * AGG_MAX => c.push((h, 1)),
                    None => {}
                }
            }
        }
        for &i in list {
            let start = flat.len();
            for (c, &(tpl, d)) in ctx.iter().zip(&sides) {
                let own = combine(tpl, side(i as usize, d));
                let side_start = flat.len();
                for &(h, k) in c {
                    if (h != own || k > 1) && flat.len() - side_start < AGG_MAX {
                        flat.push(h);
                    }
                }
            }
            at[i as usize] = (start as u32, (flat.len() - start) as u16);
        }
    }
    (at, flat)
}

fn info_lower(t: &Token, text: &str) -> u64 {
    token_lower(t, text)
}

fn is_opener(s: &str) -> bool {
    matches!(s, "\"" | "“" | "‘" | "'" | "(" | "[" | "«" | "-" | "—" | "–" | "`" | "*" | "•")
}

fn mark_sentences(doc: &Document<'_>, info: &mut [Info]) {
    for s in &doc.sentences {
        for k in s.tokens.clone() {
            let Some(t) = doc.tokens.get(k) else { break };
            if t.kind == TokenKind::Punct && is_opener(t.text(doc.text)) {
                continue;
            }
            if let Some(x) = info.get_mut(k) {
                x.sent_initial = true;
            }
            break;
        }
    }
}

/// Line kinds (capitals, title case), sports-table rows and line starts.
fn mark_lines(starts_unit: &[bool], info: &mut [Info]) {
    let n = info.len();
    let mut a = 0;
    while a < n {
        let mut b = a + 1;
        while b < n && !starts_unit[b] {
            b += 1;
        }
        let (mut words, mut caps, mut lower, mut title_long, mut long, mut numbers) = (0, 0, 0, 0, 0, 0);
        for x in &info[a..b] {
            match x.case {
                CASE_LOWER => {
                    words += 1;
                    lower += 1;
                }
                CASE_CAPS | CASE_INITIAL => {
                    words += 1;
                    caps += 1;
                }
                CASE_TITLE | CASE_MIXED | CASE_UNCASED => words += 1,
                c if (CASE_NUMBER..CASE_PUNCT).contains(&c) => numbers += 1,
                _ => {}
            }
            if x.case <= CASE_MIXED && x.len >= 4 {
                long += 1;
                title_long += usize::from(x.upper_first);
            }
        }
        let line = if words > 0 && caps * 10 >= words * 8 && lower == 0 {
            1
        } else if long >= 3 && title_long * 10 >= long * 7 && lower <= long / 2 {
            2
        } else {
            0
        };
        let table = numbers >= 2 && lower <= 1;
        for (k, x) in info[a..b].iter_mut().enumerate() {
            x.line = line;
            x.table = table;
            x.line_start = k == 0;
        }
        a = b;
    }
}

/// Document-level evidence per word: is it written in lowercase elsewhere,
/// or capitalized inside a sentence of an ordinary line elsewhere?
fn mark_document(doc: &Document<'_>, info: &mut [Info]) {
    #[derive(Default, Clone, Copy)]
    struct Seen {
        lower: u16,
        cap_mid: u16,
    }
    let mut seen: IdMap<Seen> = IdMap::default();
    for (k, x) in info.iter().enumerate() {
        if doc.tokens[k].kind != TokenKind::Word {
            continue;
        }
        let e = seen.entry(x.lower).or_default();
        if x.case == CASE_LOWER {
            e.lower = e.lower.saturating_add(1);
        } else if x.upper_first && !x.sent_initial && x.line == 0 {
            e.cap_mid = e.cap_mid.saturating_add(1);
        }
    }
    for (k, x) in info.iter_mut().enumerate() {
        if doc.tokens[k].kind != TokenKind::Word || !x.upper_first {
            continue;
        }
        let Some(s) = seen.get(&x.lower) else { continue };
        let self_mid = u16::from(!x.sent_initial && x.line == 0);
        let mut bits = 1u8;
        if s.lower > 0 {
            bits |= 2;
        }
        if s.cap_mid > self_mid {
            bits |= 4;
        }
        x.doc = bits;
    }
}

/// The label index used by the gazetteer bits, for tests.
#[cfg(test)]
pub(crate) fn gazetteer_label_bits(text: &str) -> Vec<u16> {
    let doc = Document::parse(text);
    let ex = Extractor { bits: 20, clusters: &Clusters::default() };
    ex.token_info(&doc).iter().map(|x| x.gaz).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gazetteer_marks_phrases_in_any_case() {
        // North Korea is a known place: B-LOC, L-LOC (label 2: bits 8 and 10).
        let bits = gazetteer_label_bits("In NORTH KOREA today");
        assert_eq!(bits[1] & (1 << 8), 1 << 8);
        assert_eq!(bits[2] & (1 << 10), 1 << 10);
        let bits = gazetteer_label_bits("the U.S. said");
        assert!(bits[1] & (1 << 8) != 0 && bits[4] & (1 << 10) != 0, "{bits:?}");
    }

    /// Every labeled phrase of the lexicon.
    fn all_phrases() -> Vec<(&'static str, EntityLabel)> {
        let PhraseLists { known, lists } = Lexicon::get().labeled_phrases();
        let mut out = known.to_vec();
        for (label, entries) in lists {
            entries.for_each(|p| out.push((p, label)));
        }
        out
    }

    /// A phrase's key and proper-prefix keys as the tokenizer reads it.
    fn tokenized_keys(phrase: &str) -> Option<(u64, Vec<u64>)> {
        let toks = tokenize(phrase);
        if toks.is_empty() || toks.len() > MAX_PHRASE_TOKENS {
            return None;
        }
        let mut key = PHRASE_SEED;
        let mut proper = Vec::new();
        for (k, t) in toks.iter().enumerate() {
            if k > 0 {
                proper.push(key);
            }
            key = phrase_step(key, token_lower(t, phrase), k > 0 && t.attached());
        }
        Some((key, proper))
    }

    #[test]
    fn plain_phrase_keys_match_the_tokenizer() {
        let mut checked = 0;
        let mut odd = vec!["", " ", "a  b", " a", "a ", "a-b", "Zürich", "São Paulo", "e\u{301}", "a\u{a0}b", "1 a"];
        let nine = "a b c d e f g h i";
        odd.extend([nine, &nine[..15], "Côte d'Ivoire"]);
        let phrases = all_phrases();
        for phrase in phrases.iter().map(|p| p.0).chain(odd) {
            let mut proper = Vec::new();
            let Some(fast) = plain_phrase_keys(phrase, |p| proper.push(p)) else {
                assert!(proper.is_empty(), "{phrase}");
                continue;
            };
            assert_eq!(Some((fast, proper)), tokenized_keys(phrase), "{phrase}");
            checked += 1;
        }
        assert!(checked > 9000);
    }

    #[test]
    fn one_pass_hashing_matches_line_by_line() {
        let text = "Kim\nZÜRICH\n\nSão Paulo\nNew York City\na  b\n a\na \nx-y\na b c d e f g h i\na b c d e f g h\nlast";
        let mut hashes = Vec::new();
        each_line_hash(text, |h| hashes.push(h));
        let lines: Vec<&str> = text.split('\n').filter(|l| !l.is_empty()).collect();
        assert_eq!(hashes, lines.iter().map(|l| lower_hash(l)).collect::<Vec<_>>());
        let mut seen = Vec::new();
        each_phrase_key(text, |line, keys| {
            let mut proper = Vec::new();
            let slow = plain_phrase_keys(line, |p| proper.push(p));
            match keys {
                Some((key, prefixes)) => assert_eq!((Some(key), prefixes), (slow, &proper[..]), "{line}"),
                None => assert!(slow.is_none() || !line.is_ascii(), "{line}"),
            }
            seen.push(line);
        });
        assert_eq!(seen, lines);
    }

    /// The gazetteer as the obvious construction builds it: every word
    /// hashed, every phrase tokenized.
    #[test]
    fn gazetteer_matches_a_plain_build() {
        let lex = Lexicon::get();
        let mut words: IdMap<u16> = IdMap::default();
        for (list, entries) in lex.word_lists() {
            entries.for_each(|w| *words.entry(lower_hash(w)).or_default() |= 1 << (list as u16));
        }
        for w in MONTHS_DAYS {
            *words.entry(lower_hash(w)).or_default() |= WL_MONTH_DAY;
        }
        let mut phrases: IdMap<u8> = IdMap::default();
        for (phrase, label) in all_phrases() {
            let Some((key, proper)) = tokenized_keys(phrase) else { continue };
            for p in proper {
                *phrases.entry(p).or_default() |= PREFIX;
            }
            *phrases.entry(key).or_default() |= 1 << label_index(label);
        }
        let gaz = gazetteer();
        assert_eq!(gaz.words.len(), words.len());
        for (k, v) in &words {
            assert_eq!(gaz.words.get(*k), Some(*v));
        }
        assert_eq!(gaz.phrases.len(), phrases.len());
        for (k, v) in &phrases {
            assert_eq!(gaz.phrases.get(*k), Some(*v));
        }
        assert!(words.len() > 14_000 && phrases.len() > 10_000);
    }

    #[test]
    fn features_are_deterministic_and_bounded() {
        let text = "BRUSSELS 1996-08-22\nPeter Blackburn said on Thursday.";
        let doc = Document::parse(text);
        let ex = Extractor { bits: 18, clusters: &Clusters::default() };
        let mut a = FeatureBuf::default();
        let mut b = FeatureBuf::default();
        ex.extract(&doc, &mut a);
        ex.extract(&doc, &mut b);
        assert_eq!(a.feats, b.feats);
        assert_eq!(a.len(), doc.tokens.len());
        assert!(a.feats.iter().all(|&f| f < (1 << 18)));
    }
}




