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

/// Splits `text` into the blocks the article view renders one by one: each
/// block ends after a run of line breaks (so a paragraph and the blank lines
/// after it form one block), and no block boundary falls inside a mark.
/// `marks` are the rendered marks' byte ranges, sorted and non-overlapping.
///
/// Blocks let the view keep every unchanged paragraph as it is after an
/// edit: each is keyed by its content and skipped when it did not change.
pub fn blocks(text: &str, marks: &[Range<usize>]) -> Vec<Range<usize>> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut m = 0;
    for p in 1..b.len() {
        // `\n` is ASCII, so `p` is a char boundary.
        if b[p - 1] != b'\n' || b[p] == b'\n' {
            continue;
        }
        while m < marks.len() && marks[m].end <= p {
            m += 1;
        }
        if m < marks.len() && marks[m].start < p {
            continue; // inside a mark that spans a line break
        }
        out.push(start..p);
        start = p;
    }
    if start < b.len() {
        out.push(start..b.len());
    }
    out
}

/// A 64-bit FNV-1a hash, continuing from `seed` (use [`HASH_SEED`] first).
/// Only for keys of rendered lists, never for anything security-related.
pub fn hash(seed: u64, bytes: &[u8]) -> u64 {
    let mut h = seed;
    for &c in bytes {
        h ^= u64::from(c);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The FNV-1a offset basis.
pub const HASH_SEED: u64 = 0xcbf2_9ce4_8422_2325;

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

    #[test]
    fn splits_into_blocks_after_line_break_runs() {
        let text = "One two.\n\nThree\nfour.\nFive";
        let b = blocks(text, &[]);
        let parts: Vec<&str> = b.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(parts, vec!["One two.\n\n", "Three\n", "four.\n", "Five"]);
        // A mark across a line break keeps its lines together.
        let m = text.find("four").unwrap();
        let mark = m - 2..m + 4;
        let b = blocks(text, std::slice::from_ref(&mark));
        let parts: Vec<&str> = b.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(parts, vec!["One two.\n\n", "Three\nfour.\n", "Five"]);
        assert_eq!(blocks("", &[]), Vec::<Range<usize>>::new());
        assert_eq!(blocks("\n\nx", &[]), vec![0..2, 2..3]);
        assert_eq!(blocks("x\n", &[]).len(), 1);
    }
}
