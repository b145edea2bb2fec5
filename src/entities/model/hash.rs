//! Allocation-free hashing of token text and feature keys.
//!
//! Every feature is a 64-bit hash of a template id and one or more values
//! (themselves hashes of normalized text); its bucket is the top `bits` bits.
//! The functions are fixed forever for a given `FEATURE_VERSION`: the trainer
//! and the browser must compute the same buckets.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

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
    feed_lower(&mut h, s);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercase_and_folded_forms_agree() {
        assert_eq!(lower_hash("KIM"), lower_hash("kim"));
        assert_eq!(lower_hash("Worker’s"), lower_hash("worker's"));
        assert_eq!(lower_hash("ÉMILE"), lower_hash("émile"));
        assert_ne!(lower_hash("kim"), lower_hash("kin"));
        assert_ne!(combine(1, 2), combine(2, 1));
    }
}
