//! Main-thread text helpers: UTF-16 offsets back to byte ranges, and the flat
//! sequence of plain runs and marks the article view renders.

use std::ops::Range;

/// Maps UTF-16 offsets (what the worker sends) to byte offsets of one text.
pub struct Utf16Index {
    /// `bytes[u]` is the byte offset of UTF-16 offset `u`; an offset inside a
    /// surrogate pair maps to the start of its character.
    bytes: Vec<u32>,
}

impl Utf16Index {
    pub fn new(text: &str) -> Utf16Index {
        let mut bytes = Vec::with_capacity(text.len() + 1);
        for (b, c) in text.char_indices() {
            for _ in 0..c.len_utf16() {
                bytes.push(b as u32);
            }
        }
        bytes.push(text.len() as u32);
        Utf16Index { bytes }
    }

    /// Byte offset of UTF-16 offset `u`, clamped to the end of the text.
    pub fn byte(&self, u: u32) -> usize {
        let last = self.bytes.len() - 1;
        self.bytes[(u as usize).min(last)] as usize
    }

    pub fn range(&self, start: u32, end: u32) -> Range<usize> {
        let s = self.byte(start);
        s..self.byte(end).max(s)
    }
}

/// A piece of the rendered article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    /// Plain text: a byte range of the article.
    Plain(Range<usize>),
    /// The mark with this index.
    Mark(usize),
}

/// Splits `len` bytes into plain runs and the given sorted, non-overlapping
/// mark ranges. Ranges that overlap an earlier one are skipped.
pub fn pieces(len: usize, marks: &[Range<usize>]) -> Vec<Piece> {
    let mut out = Vec::with_capacity(marks.len() * 2 + 1);
    let mut at = 0;
    for (i, r) in marks.iter().enumerate() {
        if r.start < at || r.end > len || r.start >= r.end {
            continue;
        }
        if r.start > at {
            out.push(Piece::Plain(at..r.start));
        }
        out.push(Piece::Mark(i));
        at = r.end;
    }
    if at < len {
        out.push(Piece::Plain(at..len));
    }
    out
}

/// Number of words, as a reader would count them.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_to_bytes() {
        let text = "São 😀 x";
        let idx = Utf16Index::new(text);
        // 'x' is at UTF-16 offset 7 and byte offset 10.
        assert_eq!(idx.byte(7), 10);
        assert_eq!(&text[idx.range(0, 3)], "São");
        assert_eq!(&text[idx.range(4, 6)], "😀");
        // Inside the surrogate pair: the character start.
        assert_eq!(idx.byte(5), 5);
        assert_eq!(idx.byte(999), text.len());
    }

    #[test]
    fn splits_into_pieces() {
        let p = pieces(10, &[2..4, 3..5, 6..10]);
        assert_eq!(
            p,
            vec![
                Piece::Plain(0..2),
                Piece::Mark(0),
                Piece::Plain(4..6),
                Piece::Mark(2)
            ]
        );
        assert_eq!(pieces(0, &[]), vec![]);
    }
}
