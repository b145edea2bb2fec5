//! Conventions applied after decoding, where the news-annotation guide
//! (`shared/ANNOTATION.md`) is stricter than the corpora the model learned
//! from. Each rule is small, reads only the tagged spans and the word lists,
//! and is measured on the dev sets (see ARCHITECTURE.md).

use std::ops::Range;

use crate::entities::EntityLabel;
use crate::lexicon::Lexicon;
use crate::text::{Document, TokenKind};

type Spans = Vec<(Range<usize>, EntityLabel)>;

const DIRECTIONS: &[&str] = &["East", "North", "South", "West"];

/// Abbreviations that end a name and keep their period inside its span
/// (`Microsoft Corp.`, `WORLDSOURCES, INC.`, `Martin Luther King Jr.`,
/// `Calif.`), compared case-insensitively, by label.
const ORG_ABBREVIATIONS: &[&str] = &["bhd", "bros", "co", "corp", "cos", "inc", "llc", "ltd", "plc"];
const PERSON_ABBREVIATIONS: &[&str] = &["jr", "sr"];
const PLACE_ABBREVIATIONS: &[&str] = &[
    "ala", "ariz", "ark", "ave", "blvd", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan",
    "ky", "la", "mass", "md", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa",
    "st", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
];

fn is_apostrophe(s: &str) -> bool {
    matches!(s, "'" | "’" | "‘")
}

/// Applies every convention, in order.
pub fn conventions(doc: &Document<'_>, spans: Spans) -> Spans {
    let lex = Lexicon::get();
    let text = doc.text;
    let tok = |i: usize| doc.tokens.get(i).map_or("", |t| t.text(text));
    let word_before = |i: usize| -> &str {
        let mut j = i;
        while j > 0 {
            j -= 1;
            let t = &doc.tokens[j];
            if t.kind == TokenKind::Word {
                return t.text(text);
            }
            if t.kind == TokenKind::Number {
                return "";
            }
        }
        ""
    };
    // `Ri` + `Son-gwang` tagged apart: one name (`Xx Xx-xx`, the syllable
    // after the hyphen lowercase and no ordinary word).
    let syllable_run = |r: &Range<usize>| {
        r.len() == 3
            && doc.tokens[r.start].kind == TokenKind::Word
            && tok(r.start + 1) == "-"
            && !doc.tokens[r.start + 1].space_before
            && !doc.tokens[r.start + 2].space_before
            && doc.tokens[r.start + 2].kind == TokenKind::Word
            && tok(r.start + 2).chars().next().is_some_and(char::is_lowercase)
            && !lex.is_common_word(tok(r.start + 2))
    };
    let mut merged: Spans = Vec::with_capacity(spans.len());
    for (r, l) in spans {
        if let Some((p, pl)) = merged.last_mut() {
            if p.end == r.start && p.len() == 1 && doc.tokens[r.start].space_before && syllable_run(&r) {
                p.end = r.end;
                *pl = EntityLabel::Misc;
                continue;
            }
        }
        merged.push((r, l));
    }
    let mut out: Spans = Vec::with_capacity(merged.len());
    for (mut r, mut label) in merged {
        // Skip a span that an earlier rule already covered (a suffix or a
        // name moved after its title).
        if out.last().is_some_and(|(p, _)| p.end > r.start) {
            continue;
        }
        let ends_sentence = |i: usize| {
            let k = doc.sentences.partition_point(|s| s.tokens.end <= i);
            doc.sentences.get(k).is_some_and(|s| s.tokens.end == i + 1)
        };
        // A sentence's closing period is no part of a name (`toward the East.`)
        // unless it closes an initial (`U.S.`).
        if r.len() > 1
            && tok(r.end - 1) == "."
            && ends_sentence(r.end - 1)
            && doc.tokens[r.end - 2].kind == TokenKind::Word
            && tok(r.end - 2).chars().count() > 1
        {
            r.end -= 1;
        }
        // A name after an honorific is a person's, whatever the tagger said
        // (`Ms Lima` read as an organisation).
        let honorific_word = |w: &str| matches!(w, "Mr" | "Mrs" | "Ms" | "Mx" | "Dr");
        let before = match r.start.checked_sub(1).map(tok) {
            Some(".") => r.start.checked_sub(2).map_or("", tok),
            Some(w) => w,
            None => "",
        };
        if (r.len() > 1 && honorific_word(tok(r.start))) || honorific_word(before) {
            label = EntityLabel::Person;
        }
        // Titles and honorifics stay outside a person's span: `Mr Kim` -> `Kim`.
        if label == EntityLabel::Person {
            while r.len() > 1 && lex.is_title(tok(r.start)) {
                let mut next = r.start + 1;
                if tok(next) == "." && next < r.end - 1 {
                    next += 1;
                }
                if !tok(next).chars().next().is_some_and(char::is_uppercase) {
                    break;
                }
                r.start = next;
            }
        }
        // A title alone (`Ms` of `Ms. Gross`): the name after it, if any. An
        // abbreviated honorific before its period is one whatever its label.
        let honorific = r.len() == 1
            && tok(r.end) == "."
            && matches!(tok(r.start), "Mr" | "Mrs" | "Ms" | "Dr" | "Prof" | "Sen" | "Rep" | "Gov" | "Gen" | "Lt" | "Col" | "Capt" | "Sgt");
        if honorific {
            label = EntityLabel::Person;
        }
        if label == EntityLabel::Person && r.len() == 1 && lex.is_title(tok(r.start)) {
            let mut j = r.end;
            if tok(j) == "." {
                j += 1;
            }
            let mut k = j;
            while doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word && tok(k).chars().next().is_some_and(char::is_uppercase))
                && k < j + 3
            {
                k += 1;
            }
            if k == j {
                continue;
            }
            r = j..k;
        }
        // Generational suffixes belong to the name: `Adam Clayton Powell III`.
        if label == EntityLabel::Person {
            if let Some(next) = doc.tokens.get(r.end) {
                if next.space_before && matches!(tok(r.end), "Jr" | "Sr" | "II" | "III" | "IV") {
                    r.end += 1;
                }
            }
        }
        let surface = doc
            .tokens
            .get(r.start)
            .zip(doc.tokens.get(r.end.saturating_sub(1)))
            .map_or("", |(a, b)| a.span.to(b.span).of(text));
        // `the North`, `the East`: a description, not a name.
        if r.len() == 1 && DIRECTIONS.contains(&surface) && word_before(r.start).eq_ignore_ascii_case("the") {
            continue;
        }
        let known = lex.known_label(&surface.replace('’', "'"));
        // Page furniture: a lone ordinary word between breadcrumb or menu
        // separators (`Home > National > Politics`).
        let separator = |i: Option<usize>| {
            i.and_then(|i| doc.tokens.get(i)).is_none_or(|t| matches!(t.text(text), ">" | "|" | "»" | "›" | "/" | "•"))
        };
        let edge_before = r.start == 0 || doc.tokens[r.start].newline_before || separator(r.start.checked_sub(1));
        let edge_after = doc.tokens.get(r.end).is_none_or(|t| t.newline_before) || separator(Some(r.end));
        if r.len() == 1
            && known.is_none()
            && label != EntityLabel::Person
            && edge_before
            && edge_after
            && (separator(r.start.checked_sub(1)) || separator(Some(r.end)))
            && lex.is_common_word(&surface.to_lowercase())
        {
            continue;
        }
        // Words that are never names on their own (`National`, `World`),
        // unless read as someone's name.
        if r.len() == 1 && known.is_none() && label != EntityLabel::Person && lex.is_not_name(surface) {
            continue;
        }
        // The short hand-written list of known names decides their label
        // (a person who shares the name keeps being a person).
        if let Some(l) = known.filter(|_| label != EntityLabel::Person) {
            label = l;
        }
        // A possessive inside an organisation's name: `Worker’s Party of
        // Korea` (the owner is no known place or name, and a head word follows).
        if label == EntityLabel::Org && r.start >= 3 && lex.is_org_head(tok(r.start)) {
            let (s_tok, apo) = (r.start - 1, r.start - 2);
            let owner = r.start - 3;
            let attached = |i: usize| doc.tokens.get(i).is_some_and(|t| !t.space_before);
            if tok(s_tok) == "s"
                && is_apostrophe(tok(apo))
                && attached(s_tok)
                && attached(apo)
                && doc.tokens[owner].kind == TokenKind::Word
                && tok(owner).chars().next().is_some_and(char::is_uppercase)
                && lex.phrase_label(tok(owner)).is_none()
            {
                if out.last().is_some_and(|(p, _)| p.end == owner + 1 && p.len() == 1) {
                    out.pop();
                }
                if out.last().is_none_or(|(p, _)| p.end <= owner) {
                    r.start = owner;
                }
            }
        }
        // `European Space Agency and Brazil`: `and` joins an organisation
        // (ending in its head word) and a known place, not one name.
        if matches!(label, EntityLabel::Org | EntityLabel::Misc) && r.len() >= 3 {
            let and = r.clone().find(|&i| tok(i) == "and" && i > r.start && i + 1 < r.end);
            if let Some(k) = and {
                let right = doc.tokens[k + 1].span.to(doc.tokens[r.end - 1].span).of(text).replace('’', "'");
                if lex.is_org_head(tok(k - 1)) && lex.phrase_label(&right) == Some(EntityLabel::Place) {
                    out.push((r.start..k, EntityLabel::Org));
                    out.push((k + 1..r.end, EntityLabel::Place));
                    continue;
                }
            }
        }
        // A given name with a hyphenated part (`Kim Jong-un`, `Ri Son-gwang`)
        // is a person, whatever the hyphen suggested to the tagger
        // (`Anglo-Dutch`, `Hong Kong-based` are not: their parts are places,
        // demonyms or ordinary words).
        if label == EntityLabel::Misc && r.len() >= 4 {
            let words: Vec<usize> = r.clone().filter(|&i| doc.tokens[i].kind == TokenKind::Word).collect();
            let name_like = words.iter().all(|&i| {
                let w = tok(i);
                let lower = w.chars().next().is_some_and(char::is_lowercase);
                !lex.is_org_head(w)
                    && !lex.is_place_head(w)
                    && lex.phrase_label(w).is_none()
                    && (!lower || !lex.is_common_word(w))
            });
            let separate = r.clone().skip(1).any(|i| doc.tokens[i].space_before);
            // `-` then a lowercase syllable, attached on both sides.
            let syllable = r.clone().skip(1).any(|i| {
                tok(i) == "-"
                    && !doc.tokens[i].space_before
                    && doc.tokens.get(i + 1).is_some_and(|t| !t.space_before && t.kind == TokenKind::Word)
                    && tok(i + 1).chars().next().is_some_and(char::is_lowercase)
            });
            if name_like && separate && syllable && words.len() <= 4 {
                label = EntityLabel::Person;
            }
        }
        // A name written with a leading number (`6PR`, `3Com`): the tokenizer
        // splits off the digits, the name keeps them.
        if r.start > 0
            && label != EntityLabel::Person
            && doc.tokens[r.start].kind == TokenKind::Word
            && !doc.tokens[r.start].space_before
            && doc.tokens[r.start - 1].kind == TokenKind::Number
            && (r.start == 1 || doc.tokens[r.start - 1].space_before)
            && tok(r.start - 1).bytes().all(|b| b.is_ascii_digit())
            && out.last().is_none_or(|(p, _)| p.end < r.start)
        {
            r.start -= 1;
        }
        // The period of a name's closing abbreviation is part of it: `Corp.`
        // (not when it also ends the sentence: `... and Lear Corp.`).
        if r.end > r.start
            && doc.tokens.get(r.end).is_some_and(|t| !t.space_before && t.text(text) == ".")
            && !ends_sentence(r.end)
        {
            let last = tok(r.end - 1).to_ascii_lowercase();
            let list = match label {
                EntityLabel::Org => ORG_ABBREVIATIONS,
                EntityLabel::Person => PERSON_ABBREVIATIONS,
                EntityLabel::Place => PLACE_ABBREVIATIONS,
                EntityLabel::Misc => &[],
            };
            if list.contains(&last.as_str()) {
                r.end += 1;
            }
        }
        out.push((r, label));
    }
    party_seats(doc, out)
}

/// A lawmaker's party and seat after the name (`Sen. Susan Collins, R-Maine,`,
/// `Lim Kit Siang (DAP-Tanjung)`): the party's initials and the place are two
/// names, whatever the tagger made of the hyphenated run, and a one-letter
/// party (`D`, `R`) is none.
fn party_seats(doc: &Document<'_>, spans: Spans) -> Spans {
    let text = doc.text;
    let tok = |i: usize| doc.tokens.get(i).map_or("", |t| t.text(text));
    let attached = |i: usize| doc.tokens.get(i).is_some_and(|t| !t.space_before);
    let capitalized = |i: usize| {
        doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word) && tok(i).chars().next().is_some_and(char::is_uppercase)
    };
    let mut found: Vec<(usize, usize)> = Vec::new();
    for (r, label) in &spans {
        if *label != EntityLabel::Person {
            continue;
        }
        let p = r.end + 1;
        let code = tok(p);
        if !matches!(tok(r.end), "," | "(")
            || !(1..=4).contains(&code.len())
            || !code.bytes().all(|b| b.is_ascii_uppercase())
            || tok(p + 1) != "-"
            || !attached(p + 1)
            || !attached(p + 2)
            || !capitalized(p + 2)
        {
            continue;
        }
        // The seat: attached pieces (`N.Y.`) and capitalized words (`Kuala
        // Pilah`), up to the comma or parenthesis that closes the aside.
        let mut e = p + 3;
        while e < p + 8 && !matches!(tok(e), "," | ")" | ";") && (attached(e) || capitalized(e)) {
            e += 1;
        }
        if matches!(tok(e), "," | ")" | ";") {
            found.push((p, e));
        }
    }
    if found.is_empty() {
        return spans;
    }
    let mut out: Spans = spans
        .into_iter()
        .filter(|(r, _)| !found.iter().any(|&(p, e)| r.start < e && r.end > p))
        .collect();
    for (p, e) in found {
        if tok(p).len() > 1 {
            out.push((p..p + 1, EntityLabel::Org));
        }
        out.push((p + 2..e, EntityLabel::Place));
    }
    out.sort_by_key(|(r, _)| r.start);
    out
}
