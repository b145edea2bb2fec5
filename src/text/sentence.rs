//! Paragraphs and sentences over tokens.
//!
//! Pasted web articles put one paragraph per line; wire copy and e-mail are
//! often hard-wrapped at ~70 columns. The splitter detects which it has: in
//! hard-wrapped text only blank or indented lines start a paragraph, so a
//! name broken across two lines stays one name.

use std::ops::Range;

use crate::span::Span;
use crate::text::token::{Token, TokenKind};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    /// Indices into the token list.
    pub tokens: Range<usize>,
    /// Index of the paragraph the sentence belongs to.
    pub paragraph: usize,
}

/// Words that take a period without ending a sentence (compared lowercase).
const ABBREVIATIONS: &[&str] = &[
    "adm", "approx", "apr", "aug", "capt", "cf", "co", "col", "corp", "cpl", "dec", "dept", "dr",
    "e.g", "esp", "est", "etc", "feb", "fig", "fri", "ft", "gen", "gov", "hon", "i.e", "inc", "jan",
    "jr", "jul", "jun", "lt", "ltd", "maj", "mar", "messrs", "mon", "mr", "mrs", "ms", "mt", "no",
    "nos", "nov", "oct", "op", "p", "pp", "prof", "pte", "rep", "rev", "sat", "sen", "sep", "sept",
    "sgt", "sr", "st", "sun", "thu", "tue", "univ", "vs", "wed",
];

fn is_abbreviation(word: &str) -> bool {
    let lower = word.to_lowercase();
    ABBREVIATIONS.binary_search(&lower.as_str()).is_ok()
}

/// Paragraph spans, and the sentences inside them.
pub fn split(text: &str, tokens: &[Token]) -> (Vec<Span>, Vec<Sentence>) {
    let hard_wrapped = looks_hard_wrapped(text);
    let mut paragraphs = Vec::new();
    let mut sentences = Vec::new();
    let mut para_start_tok = 0usize;
    let mut sent_start_tok = 0usize;

    let close_sentence = |sentences: &mut Vec<Sentence>, from: usize, to: usize, para: usize| {
        if from < to {
            let span = tokens[from].span.to(tokens[to - 1].span);
            sentences.push(Sentence { span, tokens: from..to, paragraph: para });
        }
    };

    for i in 0..tokens.len() {
        if i > 0 && starts_paragraph(text, tokens, i, hard_wrapped) {
            close_sentence(&mut sentences, sent_start_tok, i, paragraphs.len());
            paragraphs.push(tokens[para_start_tok].span.to(tokens[i - 1].span));
            para_start_tok = i;
            sent_start_tok = i;
            continue;
        }
        if i > sent_start_tok && ends_sentence_before(text, tokens, i) {
            close_sentence(&mut sentences, sent_start_tok, i, paragraphs.len());
            sent_start_tok = i;
        }
    }
    if !tokens.is_empty() {
        close_sentence(&mut sentences, sent_start_tok, tokens.len(), paragraphs.len());
        paragraphs.push(tokens[para_start_tok].span.to(tokens[tokens.len() - 1].span));
    }
    (paragraphs, sentences)
}

fn starts_paragraph(text: &str, tokens: &[Token], i: usize, hard_wrapped: bool) -> bool {
    let tok = &tokens[i];
    if !tok.newline_before {
        return false;
    }
    if !hard_wrapped {
        return true;
    }
    let gap = text.get(tokens[i - 1].span.end..tok.span.start).unwrap_or("");
    let after_last_newline = gap.rsplit('\n').next().unwrap_or("");
    gap.matches('\n').count() >= 2 || !after_last_newline.is_empty()
}

/// Does a sentence end between token `i - 1` (and its closers) and token `i`?
fn ends_sentence_before(text: &str, tokens: &[Token], i: usize) -> bool {
    let next = &tokens[i];
    if !next.space_before {
        return false;
    }
    // Walk back over closing quotes and brackets to the terminator.
    let mut j = i - 1;
    while j > 0 && matches!(tokens[j].text(text), "\"" | "”" | "’" | "'" | ")" | "]" | "»") {
        j -= 1;
    }
    let term = tokens[j].text(text);
    if !matches!(term, "." | "!" | "?" | "…") {
        return false;
    }
    let next_text = next.text(text);
    let next_first = next_text.chars().next().unwrap_or(' ');
    let next_opens = next_first.is_uppercase()
        || next.kind == TokenKind::Number
        || matches!(next_first, '"' | '“' | '‘' | '\'' | '(' | '[' | '«' | '—' | '-');
    if !next_opens {
        return false;
    }
    if term == "." && j > 0 {
        let prev = &tokens[j - 1];
        if prev.kind == TokenKind::Word && !tokens[j].space_before {
            let word = prev.text(text);
            // An initial (`J. K.`, `U.S.`) or a listed abbreviation (`Mr.`, `Feb.`).
            if word.chars().count() == 1 || is_abbreviation(word) {
                return false;
            }
        }
    }
    true
}

/// Hard-wrapped text: many lines of similar, medium length that do not end a
/// sentence. One paragraph per line is assumed otherwise.
fn looks_hard_wrapped(text: &str) -> bool {
    let mut lines = 0usize;
    let mut medium = 0usize;
    let mut open_ended = 0usize;
    for line in text.lines() {
        let line = line.trim_end();
        if line.trim().is_empty() {
            continue;
        }
        lines += 1;
        let n = line.chars().count();
        if (40..=100).contains(&n) {
            medium += 1;
        }
        if !line.ends_with(['.', '!', '?', '"', '”', ':']) {
            open_ended += 1;
        }
    }
    lines >= 6 && medium * 10 >= lines * 6 && open_ended * 2 >= lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::token::tokenize;

    fn sentences(text: &str) -> Vec<&str> {
        let toks = tokenize(text);
        split(text, &toks).1.iter().map(|s| s.span.of(text)).collect()
    }

    #[test]
    fn splits_on_terminators_but_not_abbreviations() {
        assert_eq!(
            sentences("Mr. Kim met U.S. envoys on Jan. 5. They talked. “Yes,” he said."),
            ["Mr. Kim met U.S. envoys on Jan. 5.", "They talked.", "“Yes,” he said."]
        );
    }

    #[test]
    fn each_line_is_a_paragraph_in_web_text() {
        let text = "Headline here\nBody one. Body two.\n\nLast";
        let toks = tokenize(text);
        let (paras, sents) = split(text, &toks);
        assert_eq!(paras.len(), 3);
        assert_eq!(sents.len(), 4);
        assert_eq!(sents[3].paragraph, 2);
    }

    #[test]
    fn empty_text_has_no_sentences() {
        let (p, s) = split("", &[]);
        assert!(p.is_empty() && s.is_empty());
    }
}
