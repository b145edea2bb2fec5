//! Lookup tables built once: phrase tables (units, currency names,
//! holidays, qualifiers) indexed by their first token, so that a
//! recognizer tries only the phrases that can start at a token instead of
//! every phrase in the table.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a: keys are short ASCII words, for which it is fast and good
/// enough; no randomness is needed (nothing here comes from an attacker
/// that could pick colliding keys to any effect beyond a slower lookup).
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// The first token of a phrase written as in `Cursor::match_form`: a run
/// of letters, a run of digits, or one other character.
pub(crate) fn first_token(form: &str) -> &str {
    let form = form.trim_start();
    let mut chars = form.char_indices();
    let Some((_, c)) = chars.next() else { return "" };
    let same = |d: char| {
        if c.is_alphabetic() {
            d.is_alphabetic()
        } else if c.is_ascii_digit() {
            d.is_ascii_digit()
        } else {
            false
        }
    };
    let end = chars.find(|&(_, d)| !same(d)).map_or(form.len(), |(i, _)| i);
    form.get(..end).unwrap_or(form)
}

/// Lowercases `word` into `buf` when it is short ASCII; `None` otherwise.
pub(crate) fn lower<'b>(word: &str, buf: &'b mut [u8; 24]) -> Option<&'b str> {
    if word.len() > buf.len() {
        return None;
    }
    let slot = buf.get_mut(..word.len())?;
    slot.copy_from_slice(word.as_bytes());
    slot.make_ascii_lowercase();
    std::str::from_utf8(slot).ok()
}

/// Phrases of a table grouped by lowercase first token.
pub(crate) struct FormIndex {
    map: FastMap<String, Vec<u16>>,
}

impl FormIndex {
    /// Indexes `forms`, where `forms[k]` is the phrase of entry `k`.
    pub fn new<'a>(forms: impl Iterator<Item = &'a str>) -> FormIndex {
        let mut map: FastMap<String, Vec<u16>> = FastMap::default();
        for (k, form) in forms.enumerate() {
            let key = first_token(form).to_lowercase();
            map.entry(key).or_default().push(k as u16);
        }
        FormIndex { map }
    }

    /// The entries whose phrase starts with `token` (any case).
    pub fn get(&self, token: &str) -> &[u16] {
        let mut buf = [0u8; 24];
        let key = match lower(token, &mut buf) {
            Some(k) => k,
            None => {
                // Non-ASCII tokens (`°`, `€`, `µg`): exact lowercase lookup.
                return self.map.get(&token.to_lowercase()).map_or(&[], Vec::as_slice);
            }
        };
        self.map.get(key).map_or(&[], Vec::as_slice)
    }
}

/// The lookup key of a word: its first eight bytes lowercased, packed into
/// an integer with its length (`None` for non-ASCII or very long words).
fn key(word: &str) -> Option<u64> {
    key_bytes(word.as_bytes())
}

fn key_bytes(bytes: &[u8]) -> Option<u64> {
    let n = bytes.len();
    if n == 0 || n > 40 {
        return None;
    }
    let v = match bytes.first_chunk::<8>() {
        Some(head) => u64::from_le_bytes(*head),
        None => {
            let mut buf = [0u8; 8];
            for (slot, &b) in buf.iter_mut().zip(bytes) {
                *slot = b;
            }
            u64::from_le_bytes(buf)
        }
    };
    if v & 0x8080_8080_8080_8080 != 0 {
        return None;
    }
    // Lowercase by setting bit 5 of every byte: right for letters, and the
    // digits and punctuation of the tables already have it (only `@` and
    // `[`-like pairs would meet, and none is in a table).
    let width = n.min(8);
    let mask = if width == 8 { u64::MAX } else { (1u64 << (8 * width)) - 1 };
    let lower = v | (0x2020_2020_2020_2020 & mask);
    // Up to eight bytes the packed bytes are the word itself; longer words
    // mix in the length and are verified in full.
    Some(if n <= 8 { lower } else { lower ^ (n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) })
}

/// A set of words, any case, with a value each, in an open-addressing
/// table keyed by [`key`]. A lookup costs one multiplication and a probe
/// or two; words longer than eight bytes are verified in full.
pub(crate) struct WordMap<V: Copy> {
    slots: Vec<Option<(u64, u32)>>,
    entries: Vec<(String, V)>,
    shift: u32,
    /// Entries with non-ASCII spellings (`–`), searched in full.
    other: Vec<(String, V)>,
}

impl<V: Copy> WordMap<V> {
    pub fn new<'a>(words: impl Iterator<Item = (&'a str, V)>) -> WordMap<V> {
        type Entries<V> = Vec<(String, V)>;
        let (entries, other): (Entries<V>, Entries<V>) =
            words.map(|(w, v)| (w.to_ascii_lowercase(), v)).partition(|(w, _)| key(w).is_some());
        let bits = (entries.len().max(1) * 4).next_power_of_two().trailing_zeros().max(4);
        let mut slots = vec![None; 1usize << bits];
        let shift = 64 - bits;
        for (k, (w, _)) in entries.iter().enumerate() {
            let Some(h) = key(w) else { continue };
            let mut s = (h.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> shift) as usize;
            while slots.get(s).is_some_and(Option::is_some) {
                s = (s + 1) & (slots.len() - 1);
            }
            if let Some(slot) = slots.get_mut(s) {
                *slot = Some((h, k as u32));
            }
        }
        WordMap { slots, entries, shift, other }
    }

    pub fn get(&self, word: &str) -> Option<V> {
        self.get_bytes(word.as_bytes())
    }

    /// [`WordMap::get`] on raw bytes (no UTF-8 boundary checks needed: a
    /// non-ASCII byte never matches).
    pub fn get_bytes(&self, word: &[u8]) -> Option<V> {
        let Some(h) = key_bytes(word) else {
            return self.other.iter().find(|(w, _)| w.as_bytes() == word).map(|&(_, v)| v);
        };
        let mask = self.slots.len() - 1;
        let mut s = (h.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize;
        loop {
            match self.slots.get(s)? {
                None => return None,
                Some((k, idx)) if *k == h => {
                    let (w, v) = self.entries.get(*idx as usize)?;
                    if word.len() <= 8 || w.as_bytes().eq_ignore_ascii_case(word) {
                        return Some(*v);
                    }
                }
                Some(_) => {}
            }
            s = (s + 1) & mask;
        }
    }
}

/// A set of words, any case.
pub(crate) struct WordSet(WordMap<()>);

impl WordSet {
    pub fn new(words: &[&str]) -> WordSet {
        WordSet(WordMap::new(words.iter().map(|w| (*w, ()))))
    }

    pub fn contains(&self, word: &str) -> bool {
        self.0.get(word).is_some()
    }
}

/// A lazily built [`WordSet`] over a static list: `word_set!(LIST)`.
macro_rules! word_set {
    ($list:expr) => {{
        static SET: std::sync::OnceLock<$crate::numbers::index::WordSet> =
            std::sync::OnceLock::new();
        SET.get_or_init(|| $crate::numbers::index::WordSet::new($list))
    }};
}
pub(crate) use word_set;

/// A lazily built [`WordMap`] over a static `&[(&str, V)]` table:
/// `word_map!(TABLE, ValueType)`.
macro_rules! word_map {
    ($table:expr, $v:ty) => {{
        static MAP: std::sync::OnceLock<$crate::numbers::index::WordMap<$v>> =
            std::sync::OnceLock::new();
        MAP.get_or_init(|| {
            $crate::numbers::index::WordMap::new($table.iter().map(|&(w, v)| (w, v)))
        })
    }};
}
pub(crate) use word_map;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_tokens() {
        assert_eq!(first_token("km/h"), "km");
        assert_eq!(first_token("°C"), "°");
        assert_eq!(first_token("New Year's Day"), "New");
        assert_eq!(first_token("U.S. dollars"), "U");
        assert_eq!(first_token("m²"), "m");
        let ix = FormIndex::new(["km/h", "kilometres", "Km", "°C"].into_iter());
        assert_eq!(ix.get("KM"), &[0, 2]);
        assert_eq!(ix.get("°"), &[3]);
        assert!(ix.get("mile").is_empty());
    }
}
