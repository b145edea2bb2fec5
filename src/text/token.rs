//! Tokens: the atoms every later layer composes.
//!
//! A token is a run of letters, a numeral, or one other character. Tokens
//! never merge across hyphens or apostrophes; instead each token records
//! whether whitespace separates it from the previous one, so `Son-hui`,
//! `1,587km-long` and `Russia’s` are rebuilt by the layers that care.

use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum TokenKind {
    /// Letters (any script) with their combining marks.
    Word,
    /// ASCII digits, with inner `,` or `.` between digits (`1,587`, `0.001`).
    Number,
    /// Anything else, one character per token.
    Punct,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
    /// Whitespace (or the start of text) precedes this token.
    pub space_before: bool,
    /// A line break lies between the previous token and this one.
    pub newline_before: bool,
}

impl Token {
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.of(text)
    }

    /// Attached to the previous token (no whitespace between).
    pub fn attached(&self) -> bool {
        !self.space_before
    }
}

pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || is_combining_mark(c)
}

fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// Splits `text` into tokens. Linear in the input, allocation-light, total.
pub fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let mut space_before = true;
    let mut newline_before = false;
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() || c.is_control() || c == '\u{FEFF}' || c == '\u{200B}' {
            space_before = true;
            newline_before |= c == '\n' || c == '\u{2029}' || c == '\u{2028}';
            continue;
        }
        let (kind, end) = if c.is_ascii_digit() {
            let mut end = start + 1;
            while end < bytes.len() {
                let b = bytes[end];
                if b.is_ascii_digit() {
                    end += 1;
                } else if (b == b',' || b == b'.')
                    && end + 1 < bytes.len()
                    && bytes[end + 1].is_ascii_digit()
                {
                    end += 2;
                } else {
                    break;
                }
            }
            (TokenKind::Number, end)
        } else if is_word_char(c) {
            let mut end = start + c.len_utf8();
            while let Some(&(i, d)) = chars.peek() {
                if is_word_char(d) {
                    end = i + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            (TokenKind::Word, end)
        } else {
            (TokenKind::Punct, start + c.len_utf8())
        };
        // Keep the char iterator in step with numerals consumed bytewise.
        while let Some(&(i, _)) = chars.peek() {
            if i < end {
                chars.next();
            } else {
                break;
            }
        }
        tokens.push(Token { span: Span::new(start, end), kind, space_before, newline_before });
        space_before = false;
        newline_before = false;
    }
    tokens
}

/// `Title` or `TITLE` style (first letter uppercase).
pub fn starts_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Every letter uppercase, and at least one letter.
pub fn is_all_caps(word: &str) -> bool {
    let mut any = false;
    for c in word.chars() {
        if c.is_lowercase() {
            return false;
        }
        any |= c.is_uppercase();
    }
    any
}

pub fn starts_lower(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn splits_numbers_words_and_punctuation() {
        assert_eq!(texts("a 1,587km-long path."), ["a", "1,587", "km", "-", "long", "path", "."]);
        assert_eq!(texts("Worker’s São 0.001, 3."), ["Worker", "’", "s", "São", "0.001", ",", "3", "."]);
    }

    #[test]
    fn records_attachment_and_line_breaks() {
        let toks = tokenize("Son-hui\nX");
        assert!(toks[0].space_before && toks[1].attached() && toks[2].attached());
        assert!(toks[3].newline_before && !toks[2].newline_before);
    }

    #[test]
    fn survives_odd_input() {
        for text in ["", "\u{0}\u{FEFF}", "1,", "1..2", "é\u{301}", "\u{10FFFF}9,9,"] {
            let toks = tokenize(text);
            for t in toks {
                assert!(text.get(t.span.start..t.span.end).is_some());
            }
        }
    }
}
