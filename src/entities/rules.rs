//! Rule-based entity recognition: the first-version recognizer.
//!
//! 1. Each sentence becomes a list of *pieces*: capitalized words (with their
//!    attached hyphen or apostrophe parts, `Son-hui`, `O'Brien`, and acronym
//!    periods, `U.S.`), connectors (`of`, `and`), possessive markers, and
//!    breaks (lowercase words, punctuation).
//! 2. Runs of capitalized pieces form *chunks*; a possessive stays inside a
//!    chunk only before a head word (`Worker’s Party`), so `Russia’s` is cut.
//! 3. Each chunk is read left to right: titles are skipped (and mark a person
//!    ahead), a phrase ending in an organisation or place head word is taken
//!    whole (`Korean Central News Agency`), gazetteer phrases are matched
//!    longest-first, and what is left is a person (two or more words, a
//!    first name, or a title before it) or waits for the second pass.
//! 4. The second pass reads headlines and lone unknown words with what the
//!    first pass learned: `Kim` is a person if `Kim Jong Un` was.

use std::collections::{HashMap, HashSet};

use super::{Entity, EntityLabel, Recognizer};
use crate::lexicon::{Lexicon, DETERMINERS, PLACE_PREPOSITIONS, SPEECH_VERBS};
use crate::span::Span;
use crate::text::token::{is_all_caps, starts_lower, starts_upper};
use crate::text::{Document, TokenKind};

/// The first-version recognizer: gazetteers plus rules. Stateless and cheap
/// to construct; the word lists are built once per process.
#[derive(Clone, Debug, Default)]
pub struct RuleRecognizer;

impl Recognizer for RuleRecognizer {
    fn recognize(&self, doc: &Document<'_>) -> Vec<Entity> {
        let mut pass = Pass::new(doc);
        let sentences: Vec<(Vec<Piece>, bool)> = doc
            .sentences
            .iter()
            .map(|s| (pieces(doc, s.tokens.clone(), pass.lex), is_headline(doc, s.tokens.clone())))
            .collect();
        let mut deferred = Vec::new();
        for (si, (pieces, headline)) in sentences.iter().enumerate() {
            for chunk in chunks(pieces, pass.lex) {
                let ctx = ChunkContext { sentence: si, headline: *headline, pieces, chunk: &chunk };
                pass.classify(&ctx, false, &mut deferred);
            }
        }
        pass.learn();
        let mut unresolved = Vec::new();
        for d in std::mem::take(&mut deferred) {
            let (pieces, headline) = &sentences[d.sentence];
            let ctx = ChunkContext { sentence: d.sentence, headline: *headline, pieces, chunk: &d.chunk };
            pass.classify(&ctx, true, &mut unresolved);
        }
        let mut found = pass.found;
        found.sort_by_key(|e| (e.span.start, std::cmp::Reverse(e.span.end)));
        let mut out: Vec<Entity> = Vec::with_capacity(found.len());
        for e in found {
            if out.last().is_none_or(|prev| prev.span.end <= e.span.start) {
                out.push(e);
            }
        }
        out
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum PieceKind {
    /// A capitalized word (or acronym).
    Name,
    /// `of`, `and`, `the`, ... between names.
    Connector,
    /// `’s` or a plural possessive apostrophe.
    Possessive,
    /// Anything that ends a chunk.
    Break,
}

#[derive(Clone, Debug)]
struct Piece {
    span: Span,
    kind: PieceKind,
    /// The text with straight apostrophes, for lookups.
    key: String,
    /// Starts its sentence (ignoring opening quotes and brackets).
    initial: bool,
}

fn is_apostrophe(s: &str) -> bool {
    matches!(s, "'" | "’" | "‘")
}

fn pieces(doc: &Document<'_>, range: std::ops::Range<usize>, lex: &Lexicon) -> Vec<Piece> {
    let toks = &doc.tokens;
    let end = range.end.min(toks.len());
    let mut out = Vec::new();
    let mut i = range.start;
    let mut seen_word = false;
    let attached_text = |j: usize| -> &str {
        match toks.get(j) {
            Some(t) if t.attached() && j < end => t.text(doc.text),
            _ => "",
        }
    };
    let attached_word = |j: usize| -> bool {
        toks.get(j).is_some_and(|t| t.attached() && t.kind == TokenKind::Word && j < end)
    };
    while i < end {
        let tok = toks[i];
        if tok.kind != TokenKind::Word {
            out.push(Piece { span: tok.span, kind: PieceKind::Break, key: String::new(), initial: false });
            i += 1;
            continue;
        }
        let first = tok.text(doc.text);
        let mut last = i;
        // Acronyms written with periods: U.S., U.N., U.S.A.
        if first.chars().count() == 1 && starts_upper(first) && attached_text(i + 1) == "." {
            let mut j = i + 1;
            while attached_word(j + 1)
                && doc.tok(j + 1).chars().count() == 1
                && attached_text(j + 2) == "."
            {
                j += 2;
            }
            last = j;
        } else {
            // Hyphenated and apostrophe-joined parts: Son-hui, EPA-EFE, O'Brien.
            loop {
                let joiner = attached_text(last + 1);
                let next = doc.tok(last + 2);
                let hyphenated = matches!(joiner, "-" | "‐") && (starts_upper(first) || starts_upper(next));
                // O'Brien, not a possessive or a contraction.
                let elided = is_apostrophe(joiner) && next != "s" && next != "t" && first.chars().count() == 1;
                if attached_word(last + 2) && (hyphenated || elided) {
                    last += 2;
                } else {
                    break;
                }
            }
            // An honorific's or initial's period belongs to it: Mr. Kim, George W. Bush.
            if attached_text(last + 1) == "."
                && (lex.is_title(first) || (first.chars().count() == 1 && starts_upper(first)))
            {
                last += 1;
            }
        }
        let span = tok.span.to(toks[last].span);
        let text = span.of(doc.text);
        let kind = if starts_upper(text) {
            PieceKind::Name
        } else if Lexicon::is_connector(text) {
            PieceKind::Connector
        } else {
            PieceKind::Break
        };
        out.push(Piece { span, kind, key: text.replace('’', "'"), initial: !seen_word });
        seen_word = true;
        i = last + 1;
        // Possessives: Russia’s (apostrophe + s), Workers' (plural).
        if is_apostrophe(attached_text(i)) {
            if attached_text(i + 1) == "s" && !attached_word(i + 2) {
                let span = toks[i].span.to(toks[i + 1].span);
                out.push(Piece { span, kind: PieceKind::Possessive, key: String::new(), initial: false });
                i += 2;
            } else if text.ends_with('s') && !attached_word(i + 1) {
                out.push(Piece { span: toks[i].span, kind: PieceKind::Possessive, key: String::new(), initial: false });
                i += 1;
            }
        }
    }
    out
}

/// Headlines and title-case lines: most long words capitalized, and no
/// sentence-ending punctuation (a name-heavy sentence is not a headline).
fn is_headline(doc: &Document<'_>, range: std::ops::Range<usize>) -> bool {
    let toks = doc.tokens.get(range).unwrap_or(&[]);
    if toks.last().is_some_and(|t| matches!(t.text(doc.text), "." | "?" | "!" | "”" | "\"")) {
        return false;
    }
    let (mut long, mut upper) = (0, 0);
    for tok in toks {
        if tok.kind == TokenKind::Word {
            let w = tok.text(doc.text);
            if w.chars().count() >= 4 {
                long += 1;
                upper += usize::from(starts_upper(w));
            }
        }
    }
    long >= 3 && upper * 10 >= long * 7
}

/// Maximal runs of name pieces (indices into `pieces`), with connectors and
/// possessives kept only where a name continues after them.
fn chunks(pieces: &[Piece], lex: &Lexicon) -> Vec<Vec<usize>> {
    let mut out = Vec::new();
    let mut cur: Vec<usize> = Vec::new();
    let mut i = 0;
    while i < pieces.len() {
        let p = &pieces[i];
        match p.kind {
            PieceKind::Name => cur.push(i),
            PieceKind::Connector if !cur.is_empty() => {
                // `of the` may be two connectors in a row.
                let mut j = i;
                while pieces.get(j).is_some_and(|q| q.kind == PieceKind::Connector) {
                    j += 1;
                }
                if pieces.get(j).is_some_and(|q| q.kind == PieceKind::Name) && j - i <= 2 {
                    cur.extend(i..j);
                    i = j;
                    continue;
                }
                out.push(std::mem::take(&mut cur));
            }
            PieceKind::Possessive if !cur.is_empty() => {
                let next_is_head = pieces.get(i + 1).is_some_and(|q| {
                    q.kind == PieceKind::Name && (lex.is_org_head(&q.key) || lex.is_place_head(&q.key))
                });
                let owner_known = pieces[*cur.last().unwrap_or(&0)].key.as_str();
                if next_is_head && lex.phrase_label(owner_known).is_none() {
                    cur.push(i);
                } else {
                    out.push(std::mem::take(&mut cur));
                }
            }
            _ => {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
        }
        i += 1;
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    // No name runs longer than this; cutting keeps classification linear on
    // pathological input (a page of capitalized words).
    const MAX_CHUNK: usize = 16;
    let out: Vec<Vec<usize>> = out
        .into_iter()
        .flat_map(|c| c.chunks(MAX_CHUNK).map(<[usize]>::to_vec).collect::<Vec<_>>())
        .collect();
    let mut out = out;
    // A chunk never ends on a connector or possessive.
    for c in &mut out {
        while c.last().is_some_and(|&k| pieces[k].kind != PieceKind::Name) {
            c.pop();
        }
    }
    out.retain(|c| !c.is_empty());
    out
}

struct ChunkContext<'a> {
    sentence: usize,
    headline: bool,
    pieces: &'a [Piece],
    chunk: &'a [usize],
}

struct Deferred {
    sentence: usize,
    chunk: Vec<usize>,
}

struct Pass<'d, 't> {
    doc: &'d Document<'t>,
    lex: &'static Lexicon,
    /// Words the article writes in lowercase somewhere (`missile`, `tests`):
    /// capitalized in a headline, they are not names.
    lower_vocab: HashSet<String>,
    /// What the first pass found: full names and the words of person names.
    known: HashMap<String, EntityLabel>,
    found: Vec<Entity>,
}

impl<'d, 't> Pass<'d, 't> {
    fn new(doc: &'d Document<'t>) -> Self {
        let lower_vocab = doc
            .tokens
            .iter()
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| t.text(doc.text))
            .filter(|w| starts_lower(w))
            .map(str::to_string)
            .collect();
        Pass { doc, lex: Lexicon::get(), lower_vocab, known: HashMap::new(), found: Vec::new() }
    }

    /// Remember what the first pass found, for short later mentions.
    fn learn(&mut self) {
        for e in &self.found {
            let text = e.span.of(self.doc.text).replace('’', "'");
            if e.label == EntityLabel::Person {
                for part in text.split(' ') {
                    self.known.entry(part.to_string()).or_insert(EntityLabel::Person);
                }
            }
            self.known.insert(text, e.label);
        }
    }

    fn lookup(&self, phrase: &str) -> Option<EntityLabel> {
        if let Some(l) = self.lex.phrase_label(phrase) {
            return Some(l);
        }
        if let Some(&l) = self.known.get(phrase) {
            return Some(l);
        }
        if is_all_caps(phrase) && phrase.chars().count() > 3 {
            return self.lex.phrase_label(&title_case(phrase));
        }
        None
    }

    /// A capitalized word that is probably not a name here: listed as never
    /// a name, or an ordinary word (written lowercase elsewhere in the article,
    /// or common English) where position alone explains the capital.
    fn weak(&self, piece: &Piece, position_capital: bool) -> bool {
        if self.lex.is_not_name(&piece.key) {
            return true;
        }
        if !position_capital || self.lookup(&piece.key).is_some() {
            return false;
        }
        let lower = piece.key.to_lowercase();
        self.lower_vocab.contains(&lower) || self.lex.is_common_word(&lower)
    }

    fn push(&mut self, ctx: &ChunkContext<'_>, from: usize, to: usize, label: EntityLabel) {
        let piece = |k: usize| ctx.chunk.get(k).and_then(|&p| ctx.pieces.get(p));
        if let (Some(first), Some(last)) = (piece(from), to.checked_sub(1).and_then(piece)) {
            self.found.push(Entity { span: first.span.to(last.span), label, cluster: 0 });
        }
    }

    fn classify(&mut self, ctx: &ChunkContext<'_>, second_pass: bool, deferred: &mut Vec<Deferred>) {
        let words: Vec<&Piece> = ctx.chunk.iter().map(|&k| &ctx.pieces[k]).collect();
        let n = words.len();
        let mut i = 0;
        let mut after_title = false;
        while i < n {
            let w = words[i];
            if w.kind != PieceKind::Name || DETERMINERS.contains(&w.key.as_str()) {
                i += 1;
                continue;
            }
            // After a title, a name is a person's even when it is also a
            // town (`Ms Lima`).
            if after_title && !self.lex.is_title(&w.key) {
                let mut j = i + 1;
                while j < n && words[j].kind == PieceKind::Name && !self.lex.is_title(&words[j].key) {
                    j += 1;
                }
                if self.longest_phrase(&words[i..j]).is_none_or(|(end, l)| end == 1 && l == EntityLabel::Place) {
                    self.push(ctx, i, j, EntityLabel::Person);
                    after_title = false;
                    i = j;
                    continue;
                }
            }
            // A phrase ending in a head word is one organisation or place,
            // titles and nationality words included: `Korean Central News Agency`.
            if let Some((end, label)) = self.head_phrase(&words[i..]) {
                self.push(ctx, i, i + end, label);
                i += end;
                after_title = false;
                continue;
            }
            if self.lex.is_title(&w.key) && !(i + 1 < n && self.lex.is_first_name(&w.key)) {
                after_title = true;
                i += 1;
                continue;
            }
            // Gazetteer phrases, longest first, unless a first name starts a
            // person's name here (`George Washington`).
            let starts_person = self.lex.is_first_name(&w.key)
                && words.get(i + 1).is_some_and(|q| q.kind == PieceKind::Name);
            if !starts_person {
                if let Some((end, label)) = self.longest_phrase(&words[i..]) {
                    // A one-word place right before an unknown name is a
                    // given name that is also a town (`Vladimir Putin`).
                    if end == 1 && label == EntityLabel::Place && self.unknown_name_at(&words[i..], 1) {
                        let mut j = 2;
                        while self.unknown_name_at(&words[i..], j) {
                            j += 1;
                        }
                        self.push(ctx, i, i + j, EntityLabel::Person);
                        i += j;
                        after_title = false;
                        continue;
                    }
                    self.push(ctx, i, i + end, label);
                    i += end;
                    after_title = false;
                    continue;
                }
            }
            // An unknown run, up to the next title, connector or known phrase
            // (a first name carries on through surnames that are also places:
            // `Ana Lima`).
            let mut j = i + 1;
            while j < n
                && words[j].kind == PieceKind::Name
                && !self.lex.is_title(&words[j].key)
                && (starts_person || self.longest_phrase(&words[j..]).is_none())
            {
                j += 1;
            }
            // Trim ordinary words off both ends; a dropped sentence opener
            // leaves the next word opening the sentence (`Original Source:`).
            let (mut a, mut b) = (i, j);
            let mut opener = words[a].initial;
            while a < b && self.weak(words[a], ctx.headline || opener) {
                opener = words[a].initial || opener;
                a += 1;
            }
            let lone = b - a == 1;
            while b > a && self.weak(words[b - 1], ctx.headline || lone) {
                b -= 1;
            }
            if a < b {
                self.classify_run(ctx, a, b, after_title, second_pass, deferred);
            }
            after_title = false;
            i = j;
        }
    }

    fn classify_run(
        &mut self,
        ctx: &ChunkContext<'_>,
        a: usize,
        b: usize,
        after_title: bool,
        second_pass: bool,
        deferred: &mut Vec<Deferred>,
    ) {
        let first = &ctx.pieces[ctx.chunk[a]];
        let single = b - a == 1;
        let label = if after_title || self.lex.is_first_name(&first.key) || (!single && !ctx.headline) {
            Some(EntityLabel::Person)
        } else if !second_pass {
            None
        } else if let Some(l) = self.known_run(ctx, a, b) {
            Some(l)
        } else if ctx.headline || (single && first.initial) {
            // Too little evidence in a headline or at a sentence start.
            None
        } else {
            Some(self.guess_single(ctx, a, b))
        };
        match label {
            Some(l) => self.push(ctx, a, b, l),
            None if !second_pass => deferred.push(Deferred {
                sentence: ctx.sentence,
                chunk: ctx.chunk[a..b].to_vec(),
            }),
            None => {}
        }
    }

    /// `words[k]` is a capitalized word no list knows and no rule claims.
    fn unknown_name_at(&self, words: &[&Piece], k: usize) -> bool {
        words.get(k).is_some_and(|w| {
            w.kind == PieceKind::Name
                && !self.lex.is_title(&w.key)
                && !self.lex.is_org_head(&w.key)
                && !self.lex.is_place_head(&w.key)
                && !self.lex.is_not_name(&w.key)
                && self.longest_phrase(&words[k..]).is_none()
        })
    }

    /// The label the first pass gave this exact run, or (for a run of one
    /// word) a part of a person's name.
    fn known_run(&self, ctx: &ChunkContext<'_>, a: usize, b: usize) -> Option<EntityLabel> {
        let span = ctx.pieces[ctx.chunk[a]].span.to(ctx.pieces[ctx.chunk[b - 1]].span);
        let key = span.of(self.doc.text).replace('’', "'");
        self.known.get(&key).copied().or_else(|| self.known.get(&title_case(&key)).copied())
    }

    /// A lone unknown capitalized word: read its neighbours.
    fn guess_single(&self, ctx: &ChunkContext<'_>, a: usize, b: usize) -> EntityLabel {
        let first = &ctx.pieces[ctx.chunk[a]];
        let last = &ctx.pieces[ctx.chunk[b - 1]];
        if is_all_caps(&first.key) && first.key.chars().count() <= 6 {
            return EntityLabel::Org;
        }
        let before = self.word_before(first.span.start);
        let after = self.word_after(last.span.end);
        if PLACE_PREPOSITIONS.binary_search(&before).is_ok() {
            EntityLabel::Place
        } else if SPEECH_VERBS.binary_search(&after).is_ok() {
            EntityLabel::Person
        } else {
            EntityLabel::Org
        }
    }

    fn word_before(&self, at: usize) -> &'t str {
        let toks = &self.doc.tokens;
        let i = toks.partition_point(|t| t.span.end <= at);
        if i == 0 {
            return "";
        }
        let t = toks[i - 1];
        if t.kind == TokenKind::Word {
            t.text(self.doc.text)
        } else {
            ""
        }
    }

    fn word_after(&self, at: usize) -> &'t str {
        let toks = &self.doc.tokens;
        let i = toks.partition_point(|t| t.span.start < at);
        match toks.get(i) {
            Some(t) if t.kind == TokenKind::Word => t.text(self.doc.text),
            _ => "",
        }
    }

    /// `words` starts a phrase ending in an organisation or place head word
    /// (`Korean Central News Agency`, `National Oceanic and Atmospheric
    /// Administration`), with an optional `of`/`for` tail (`Workers' Party of
    /// Korea`): its length in pieces and its label.
    fn head_phrase(&self, words: &[&Piece]) -> Option<(usize, EntityLabel)> {
        let is_of = |k: usize| words.get(k).is_some_and(|p| matches!(p.key.as_str(), "of" | "for"));
        let first = words.first()?;
        // A head opening the phrase takes an `of` tail: `University of Tokyo`.
        if is_of(1) {
            if self.lex.is_org_head(&first.key) {
                return Some((words.len(), EntityLabel::Org));
            }
            if self.lex.is_place_head(&first.key) {
                return Some((words.len(), EntityLabel::Place));
            }
            // `Delegates of the Worker's Party`: the head phrase starts later.
            return None;
        }
        let mut best = None;
        for (k, w) in words.iter().enumerate().skip(1) {
            if w.kind != PieceKind::Name {
                continue;
            }
            if self.lex.is_org_head(&w.key) {
                best = Some((k + 1, EntityLabel::Org));
            } else if self.lex.is_place_head(&w.key) {
                best = Some((k + 1, EntityLabel::Place));
            }
        }
        let (mut end, label) = best?;
        if is_of(end) {
            end = words.len();
        }
        Some((end, label))
    }

    /// The longest gazetteer or already-known phrase at the start of `words`.
    fn longest_phrase(&self, words: &[&Piece]) -> Option<(usize, EntityLabel)> {
        let max = self.lex.max_phrase_words.min(words.len());
        let mut phrase = String::new();
        let mut best = None;
        for (k, w) in words.iter().take(max).enumerate() {
            if w.kind == PieceKind::Possessive {
                break;
            }
            if k > 0 {
                phrase.push(' ');
            }
            phrase.push_str(&w.key);
            if w.kind == PieceKind::Name {
                if let Some(l) = self.lookup(&phrase) {
                    best = Some((k + 1, l));
                }
            }
        }
        best
    }
}

fn title_case(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut start = true;
    for c in word.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = c == ' ' || c == '-';
    }
    out
}
