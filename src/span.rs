//! Byte spans and the conversions to the offsets other worlds use.
//!
//! Inside the core every offset is a byte offset into the analyzed `&str`.
//! Boundaries convert explicitly: JavaScript wants UTF-16 code units, the JSON
//! CLI contract wants Unicode code points.

/// A half-open byte range `start..end` into the analyzed text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The text under the span, or `""` if the span does not fall on
    /// character boundaries of `text` (it never panics).
    pub fn of<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// The unit an external offset is counted in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OffsetUnit {
    /// Unicode scalar values (the CLI's JSON contract).
    CodePoint,
    /// UTF-16 code units (JavaScript strings).
    Utf16,
}

/// Converts byte offsets of one text into code-point or UTF-16 offsets.
///
/// Built once per text; each conversion is then a table lookup. Pure-ASCII
/// text (the common case) needs no table at all.
#[derive(Clone, Debug)]
pub struct OffsetMap {
    /// `table[b]` is the external offset of byte `b`; empty when the text is ASCII.
    table: Vec<u32>,
    len: usize,
}

impl OffsetMap {
    pub fn new(text: &str, unit: OffsetUnit) -> OffsetMap {
        if text.is_ascii() {
            return OffsetMap { table: Vec::new(), len: text.len() };
        }
        let mut table = vec![0u32; text.len() + 1];
        let mut external = 0u32;
        let mut prev_end = 0usize;
        for (b, c) in text.char_indices() {
            // Bytes inside a multi-byte character map to the character's start.
            for slot in &mut table[prev_end..=b] {
                *slot = external;
            }
            external += match unit {
                OffsetUnit::CodePoint => 1,
                OffsetUnit::Utf16 => c.len_utf16() as u32,
            };
            prev_end = b + 1;
        }
        for slot in &mut table[prev_end..] {
            *slot = external;
        }
        OffsetMap { table, len: text.len() }
    }

    /// The external offset of byte offset `byte` (clamped to the text length).
    pub fn convert(&self, byte: usize) -> usize {
        let byte = byte.min(self.len);
        if self.table.is_empty() {
            byte
        } else {
            self.table[byte] as usize
        }
    }

    pub fn convert_span(&self, span: Span) -> Span {
        Span::new(self.convert(span.start), self.convert(span.end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_non_ascii_offsets() {
        let text = "São 😀 x";
        let cp = OffsetMap::new(text, OffsetUnit::CodePoint);
        let u16 = OffsetMap::new(text, OffsetUnit::Utf16);
        let x = text.find('x').unwrap();
        assert_eq!(cp.convert(x), 6);
        assert_eq!(u16.convert(x), 7);
        assert_eq!(cp.convert(text.len()), 7);
        assert_eq!(cp.convert(999), 7);
    }

    #[test]
    fn ascii_is_identity() {
        let map = OffsetMap::new("plain", OffsetUnit::Utf16);
        assert_eq!(map.convert(3), 3);
    }
}
