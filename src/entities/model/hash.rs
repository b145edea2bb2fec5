//! Allocation-free hashing of token text and feature keys.
//!
//! Every feature is a 64-bit hash of a template id and one or more values
//! (themselves hashes of normalized text); its bucket is the top `bits` bits.
//! The functions are fixed forever for a given `FEATURE_VERSION`: the trainer
//! and the browser must compute the same buckets.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// A streaming FNV-1a over bytes, finalized with a strong mixer.
#[derive(Clone, Copy)]
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(FNV_OFFSET)
    }
}

impl Fnv {
    #[inline]
    pub fn byte(&mut self, b: u8) {
        self.0 ^= u64::from(b);
        self.0 = self.0.wrapping_mul(FNV_PRIME);
    }

    #[inline]
    pub fn bytes(&mut self, bs: &[u8]) {
        for &b in bs {
            self.byte(b);
        }
    }

    #[inline]
    pub fn char(&mut self, c: char) {
        let mut buf = [0u8; 4];
        self.bytes(c.encode_utf8(&mut buf).as_bytes());
    }

    #[inline]
    pub fn finish(self) -> u64 {
        mix(self.0)
    }
}

/// SplitMix64's finalizer: a bijective avalanche on 64 bits.
#[inline]
pub fn mix(mut x: u64) -> u64 {
    x ^= x >> 30;
    x = x.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// Combines a running hash with one more value (order matters).
#[inline]
pub fn combine(a: u64, b: u64) -> u64 {
    mix(a.rotate_left(17) ^ b.wrapping_mul(0x9e37_79b9_7f4a_7c15))
}

/// Hash of a plain string (exact bytes).
pub fn str_hash(s: &str) -> u64 {
    let mut h = Fnv::default();
    h.bytes(s.as_bytes());
    h.finish()
}

/// The normalized lowercase form of a character: curly quotes and
/// apostrophes become straight ones, dashes a hyphen.
#[inline]
pub fn fold_punct(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201B}' | '`' | '\u{00B4}' | '\u{2032}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' | '\u{2033}' => '"',
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}' => '-',
        _ => c,
    }
}

/// Feeds the lowercase, punctuation-folded form of `s` into `h`.
#[inline]
pub fn feed_lower(h: &mut Fnv, s: &str) {
    for c in s.chars() {
        if c.is_ascii() {
            h.byte(c.to_ascii_lowercase() as u8);
        } else {
            for l in fold_punct(c).to_lowercase() {
                h.char(l);
            }
        }
    }
}

/// Hash of the lowercase, punctuation-folded form of `s`.
pub fn lower_hash(s: &str) -> u64 {
    let mut h = Fnv::default();
    if s.is_ascii() {
        // What `feed_lower` does with ASCII, without decoding characters:
        // the gazetteer hashes ~25,000 list entries on every page load.
        for &b in s.as_bytes() {
            h.byte(b.to_ascii_lowercase());
        }
    } else {
        feed_lower(&mut h, s);
    }
    h.finish()
}

/// A hasher for keys that are already good 64-bit hashes.
#[derive(Default, Clone, Copy)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

pub type IdMap<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;
pub type IdSet = HashSet<u64, BuildHasherDefault<IdHasher>>;

/// A map from hash keys to bit sets, built once and then only read (the
/// gazetteer tables): open addressing with linear probing, slots picked by
/// the key's top bits (keys are already mixed hashes), inserts merge bits.
/// Built on every page load, so it is two flat arrays sized up front rather
/// than a general hash map.
#[derive(Clone, Debug)]
pub struct KeyBits<V> {
    /// 0 marks an empty slot; the key 0 itself lives in `zero`.
    keys: Vec<u64>,
    vals: Vec<V>,
    shift: u32,
    len: usize,
    zero: Option<V>,
}

impl<V: Copy + Default + std::ops::BitOrAssign> KeyBits<V> {
    /// A table for about `n` keys (it grows past them if needed).
    pub fn with_capacity(n: usize) -> Self {
        let slots = (n.max(4) * 2).next_power_of_two();
        KeyBits {
            keys: vec![0; slots],
            vals: vec![V::default(); slots],
            shift: 64 - slots.trailing_zeros(),
            len: 0,
            zero: None,
        }
    }

    /// ORs `bits` into the value of `key` (inserted as `bits` if absent).
    pub fn merge(&mut self, key: u64, bits: V) {
        if key == 0 {
            *self.zero.get_or_insert_with(V::default) |= bits;
            return;
        }
        if (self.len + 1) * 2 > self.keys.len() {
            self.grow();
        }
        let mask = self.keys.len() - 1;
        let mut i = (key >> self.shift) as usize & mask;
        loop {
            match self.keys.get(i).copied() {
                Some(0) => {
                    if let (Some(k), Some(v)) = (self.keys.get_mut(i), self.vals.get_mut(i)) {
                        *k = key;
                        *v = bits;
                        self.len += 1;
                    }
                    return;
                }
                Some(k) if k == key => {
                    if let Some(v) = self.vals.get_mut(i) {
                        *v |= bits;
                    }
                    return;
                }
                Some(_) => i = (i + 1) & mask,
                None => return,
            }
        }
    }

    fn grow(&mut self) {
        let old = std::mem::replace(self, KeyBits::with_capacity(self.keys.len()));
        self.zero = old.zero;
        for (k, v) in old.keys.into_iter().zip(old.vals) {
            if k != 0 {
                self.merge(k, v);
            }
        }
    }

    pub fn get(&self, key: u64) -> Option<V> {
        if key == 0 {
            return self.zero;
        }
        let mask = self.keys.len().wrapping_sub(1);
        let mut i = (key >> self.shift) as usize & mask;
        // At most half the slots are full, so an empty one ends every probe.
        loop {
            match self.keys.get(i).copied() {
                Some(k) if k == key => return self.vals.get(i).copied(),
                Some(0) | None => return None,
                Some(_) => i = (i + 1) & mask,
            }
        }
    }

    pub fn len(&self) -> usize {
        self.len + usize::from(self.zero.is_some())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_fast_path_is_feed_lower() {
        for s in ["", "Kim", "KIM", "x-Ray's 9", "\u{7f}A`b", "Zürich", "São Paulo", "Worker’s"] {
            let mut h = Fnv::default();
            feed_lower(&mut h, s);
            assert_eq!(lower_hash(s), h.finish(), "{s:?}");
        }
    }

    #[test]
    fn lowercase_and_folded_forms_agree() {
        assert_eq!(lower_hash("KIM"), lower_hash("kim"));
        assert_eq!(lower_hash("Worker’s"), lower_hash("worker's"));
        assert_eq!(lower_hash("ÉMILE"), lower_hash("émile"));
        assert_ne!(lower_hash("kim"), lower_hash("kin"));
        assert_ne!(combine(1, 2), combine(2, 1));
    }

    #[test]
    fn key_bits_agree_with_a_map() {
        let mut t: KeyBits<u16> = KeyBits::with_capacity(10);
        let mut m: IdMap<u16> = IdMap::default();
        let mut x = 1u64;
        for k in 0..5000u64 {
            x = mix(x.wrapping_add(k));
            // Repeated keys, keys equal in their top bits, and the key 0.
            let key = match k % 7 {
                0 => 0,
                1 => x & (u64::MAX << 40),
                2 => k % 300,
                _ => x,
            };
            let bits = 1u16 << (k % 9);
            t.merge(key, bits);
            *m.entry(key).or_default() |= bits;
        }
        assert_eq!(t.len(), m.len());
        for (k, v) in &m {
            assert_eq!(t.get(*k), Some(*v));
        }
        for k in 0..5000u64 {
            let probe = mix(k ^ 0xabcdef);
            assert_eq!(t.get(probe), m.get(&probe).copied());
        }
    }
}
