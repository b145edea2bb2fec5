//! Bounds-checked token access for the number grammar.
//!
//! Every accessor is total: an index past the end reads as an empty token
//! that matches nothing, so the grammar can look ahead freely without
//! guarding each step, and nothing here allocates per token.

use crate::span::Span;
use crate::text::{Document, TokenKind};

/// The token opens a sentence or a line, so its capital letter says nothing.
const SENTENCE_FIRST: u8 = 1;
/// The token lies inside a URL, e-mail address, phone number or `0/250`
/// counter: digits there are not numbers.
const BLOCKED: u8 = 2;

/// Opening punctuation that may precede the first word of a sentence.
const OPENERS: &[&str] = &["“", "\"", "‘", "'", "(", "[", "«", "—", "–", "-", "•", "*", ">"];

pub(crate) struct Cursor<'d, 't> {
    doc: &'d Document<'t>,
    flags: Vec<u8>,
}

impl<'d, 't> Cursor<'d, 't> {
    pub fn new(doc: &'d Document<'t>) -> Cursor<'d, 't> {
        let mut flags = vec![0u8; doc.tokens.len()];
        for sentence in &doc.sentences {
            if let Some(f) = flags.get_mut(sentence.tokens.start) {
                *f |= SENTENCE_FIRST;
            }
        }
        for (i, t) in doc.tokens.iter().enumerate() {
            if i == 0 || t.newline_before {
                if let Some(f) = flags.get_mut(i) {
                    *f |= SENTENCE_FIRST;
                }
            }
        }
        let mut cur = Cursor { doc, flags };
        // A quote or bracket opening a sentence passes the role on: in
        // `“Two missiles…` the capital of `Two` is still sentence case.
        for i in 0..cur.len() {
            if cur.sentence_first(i) && cur.is_any(i, OPENERS) {
                if let Some(f) = cur.flags.get_mut(i + 1) {
                    *f |= SENTENCE_FIRST;
                }
            }
        }
        for (start, end) in super::guard::blocked_ranges(&cur) {
            for f in cur.flags.get_mut(start..end).into_iter().flatten() {
                *f |= BLOCKED;
            }
        }
        cur
    }

    pub fn len(&self) -> usize {
        self.doc.tokens.len()
    }

    /// The token's text, `""` past the end.
    pub fn text(&self, i: usize) -> &'t str {
        self.doc.tok(i)
    }

    pub fn kind(&self, i: usize) -> Option<TokenKind> {
        self.doc.tokens.get(i).map(|t| t.kind)
    }

    pub fn is_number(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Number)
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Word)
    }

    /// Token `i` exists and touches the token before it.
    pub fn attached(&self, i: usize) -> bool {
        i > 0 && self.doc.tokens.get(i).is_some_and(|t| !t.space_before)
    }

    /// Token `i` exists and whitespace (or the start of text) precedes it.
    pub fn spaced(&self, i: usize) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| t.space_before)
    }

    /// Case-insensitive (ASCII) comparison of token `i` with `s`.
    pub fn is(&self, i: usize, s: &str) -> bool {
        let t = self.text(i);
        !t.is_empty() && t.eq_ignore_ascii_case(s)
    }

    pub fn is_exact(&self, i: usize, s: &str) -> bool {
        let t = self.text(i);
        !t.is_empty() && t == s
    }

    pub fn is_any(&self, i: usize, list: &[&str]) -> bool {
        let t = self.text(i);
        !t.is_empty() && list.iter().any(|s| t.eq_ignore_ascii_case(s))
    }

    /// The token is a word starting with an uppercase letter.
    pub fn upper_initial(&self, i: usize) -> bool {
        self.is_word(i) && crate::text::token::starts_upper(self.text(i))
    }

    pub fn lower_initial(&self, i: usize) -> bool {
        self.is_word(i) && crate::text::token::starts_lower(self.text(i))
    }

    pub fn sentence_first(&self, i: usize) -> bool {
        self.flags.get(i).is_some_and(|f| f & SENTENCE_FIRST != 0)
    }

    pub fn blocked(&self, i: usize) -> bool {
        self.flags.get(i).is_some_and(|f| f & BLOCKED != 0)
    }

    pub fn any_blocked(&self, start: usize, end: usize) -> bool {
        self.flags.get(start..end).is_some_and(|fs| fs.iter().any(|f| f & BLOCKED != 0))
    }

    /// Byte span of tokens `start..end` (`end` exclusive).
    pub fn span(&self, start: usize, end: usize) -> Span {
        let tokens = &self.doc.tokens;
        match (tokens.get(start), end.checked_sub(1).and_then(|e| tokens.get(e))) {
            (Some(a), Some(b)) if start < end => a.span.to(b.span),
            _ => Span::default(),
        }
    }

    /// The word before token `i` as a reader sees it: `mid-May` gives `mid`
    /// for `May`, skipping the joining hyphen.
    pub fn word_before(&self, i: usize) -> Option<usize> {
        let p = i.checked_sub(1)?;
        if self.is_exact(p, "-") && self.attached(i) && self.attached(p) {
            return p.checked_sub(1);
        }
        Some(p)
    }

    /// Matches a token sequence written as a string, case-insensitively:
    /// a space in `form` separates tokens, no space means the tokens touch
    /// (`km/h` is `km` `/` `h`). Returns the end of the match.
    pub fn match_form(&self, i: usize, form: &str, case_sensitive: bool) -> Option<usize> {
        let mut rest = form;
        let mut k = i;
        loop {
            let spaced_in_form = rest.starts_with(' ');
            rest = rest.trim_start_matches(' ');
            if rest.is_empty() {
                return Some(k);
            }
            if k > i && !spaced_in_form && !self.attached(k) {
                return None;
            }
            let t = self.text(k);
            if t.is_empty() {
                return None;
            }
            let head = rest.get(..t.len())?;
            let same = if case_sensitive { head == t } else { head.eq_ignore_ascii_case(t) };
            if !same {
                return None;
            }
            rest = rest.get(t.len()..)?;
            k += 1;
        }
    }
}
