//! The model file: a versioned, little-endian binary embedded in the crate.
//!
//! ```text
//! magic        8 bytes  "LEDENER\0"
//! version      u32      FORMAT_VERSION
//! features     u32      FEATURE_VERSION the weights were trained for
//! n_tags       u32      17 (BILOU x 4 labels + O)
//! bits         u32      feature table size is 2^bits buckets
//! scale        f32      weight = i8 value * scale
//! n_rows       u32      buckets with a non-zero row
//! n_clusters   u32      word-cluster entries
//! transitions  f32 x (n_tags^2 + 2 n_tags)   trans[prev][cur], start[], end[]
//! buckets      n_rows LEB128 varints: ascending bucket ids, delta-coded
//! weights      n_rows x n_tags i8 stored as (byte ^ 0x80), row-major, rows in
//!              bucket order. The offset keeps zero weights off zero bytes:
//!              wasm-opt splits data segments at zero runs, which cost ~200 KB
//!              gzipped on the page when the pruned weights were stored raw.
//! clusters     n_clusters x (varint key delta, varint path): ascending keys
//!              (top 32 bits of the lowercase-form hash), heap-index paths
//! checksum     u64      FNV-1a over the little-endian u64 words of every byte
//!                       before it (the last partial word zero-padded)
//! ```
//! Parsing validates every length and never panics: a bad file is an
//! error, and the recognizer falls back to the rules. A file read at run
//! time ([`Model::from_bytes`]) is also checked against its checksum; the
//! model compiled into the binary ([`Model::from_static`]) is not, because
//! it cannot change after the build, a unit test verifies it, and the
//! check is a pass over 1.8 MB on every page load.
//!
//! Loading is cheap by construction (it runs when the page's worker
//! starts): the weight rows are used where they lie, still offset, without
//! a copy for the embedded model, and the bucket index is a bitmap with
//! per-word ranks (192 KB for 2^20 buckets) instead of a row number per
//! bucket (4 MB to allocate and fill).

use std::borrow::Cow;

use super::decode::{Transitions, N_TAGS};
use super::features::{Clusters, FEATURE_VERSION};

pub const MAGIC: &[u8; 8] = b"LEDENER\0";
/// XORed into every stored weight byte (see the module docs).
const WEIGHT_OFFSET: u8 = 0x80;
pub const FORMAT_VERSION: u32 = 2;

/// A parsed model: weights ready for scoring.
#[derive(Clone, Debug, Default)]
pub struct Model {
    pub bits: u32,
    pub scale: f32,
    pub transitions: Transitions,
    /// Bit `b % 64` of word `b / 64` is set when bucket `b` has weights.
    present: Vec<u64>,
    /// Rows of the buckets before each word of `present`: a bucket's row is
    /// its rank among the set bits (rows are stored in bucket order).
    rank: Vec<u32>,
    /// Row-major weights, `N_TAGS` per row, as stored: `i8 ^ 0x80` (see
    /// the module docs). Borrowed from the binary for the embedded model.
    rows: Cow<'static, [u8]>,
    pub clusters: Clusters,
}

/// A stored weight byte's value.
#[inline]
fn weight(b: u8) -> i8 {
    (b ^ WEIGHT_OFFSET) as i8
}

/// What [`Model::parse`] reads: everything but the rows, and where they lie.
struct Parsed {
    model: Model,
    rows: std::ops::Range<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatError {
    Truncated,
    BadMagic,
    Version(u32),
    FeatureVersion(u32),
    Shape,
    Checksum,
}

impl std::fmt::Display for FormatError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FormatError::Truncated => write!(f, "model file is truncated"),
            FormatError::BadMagic => write!(f, "not a Lede NER model"),
            FormatError::Version(v) => write!(f, "model format version {v} (expected {FORMAT_VERSION})"),
            FormatError::FeatureVersion(v) => {
                write!(f, "model trained for feature version {v} (the code has {FEATURE_VERSION})")
            }
            FormatError::Shape => write!(f, "model dimensions are inconsistent"),
            FormatError::Checksum => write!(f, "model checksum mismatch"),
        }
    }
}

impl Model {
    /// A model from trained parts: `(bucket, weights)` rows (any order;
    /// all-zero rows are dropped), cluster paths keyed by the top 32 bits of
    /// the lowercase-form hash.
    pub fn from_parts(
        bits: u32,
        scale: f32,
        transitions: Transitions,
        mut entries: Vec<(u32, [i8; N_TAGS])>,
        clusters: Clusters,
    ) -> Model {
        entries.retain(|(b, w)| (*b as u64) < (1u64 << bits) && w.iter().any(|&x| x != 0));
        entries.sort_by_key(|e| e.0);
        entries.dedup_by_key(|e| e.0);
        let mut present = vec![0u64; words_for(bits)];
        let mut rows = Vec::with_capacity(entries.len() * N_TAGS);
        for (b, w) in &entries {
            present[(*b >> 6) as usize] |= 1 << (b & 63);
            rows.extend(w.iter().map(|&x| (x as u8) ^ WEIGHT_OFFSET));
        }
        let rank = ranks(&present);
        Model { bits, scale, transitions, present, rank, rows: Cow::Owned(rows), clusters }
    }

    /// The row number of a bucket, if it has weights.
    #[inline]
    fn row_of(&self, bucket: u32) -> Option<usize> {
        let w = (bucket >> 6) as usize;
        let word = *self.present.get(w)?;
        let bit = 1u64 << (bucket & 63);
        if word & bit == 0 {
            return None;
        }
        Some(*self.rank.get(w)? as usize + (word & (bit - 1)).count_ones() as usize)
    }

    /// The stored bytes of a bucket's row, if it has weights.
    #[inline]
    fn stored_row(&self, bucket: u32) -> Option<&[u8]> {
        let a = self.row_of(bucket)? * N_TAGS;
        self.rows.get(a..a + N_TAGS)
    }

    /// The weights of a bucket, if it has any.
    pub fn row(&self, bucket: u32) -> Option<[i8; N_TAGS]> {
        let stored = self.stored_row(bucket)?;
        let mut w = [0i8; N_TAGS];
        for (x, &b) in w.iter_mut().zip(stored) {
            *x = weight(b);
        }
        Some(w)
    }

    pub fn n_rows(&self) -> usize {
        self.rows.len() / N_TAGS
    }

    /// Adds the (unscaled) weights of `feats` into `acc`.
    #[inline]
    pub fn accumulate(&self, feats: &[u32], acc: &mut [i32; N_TAGS]) {
        for &f in feats {
            if let Some(row) = self.stored_row(f) {
                for (a, &b) in acc.iter_mut().zip(row) {
                    *a += i32::from(weight(b));
                }
            }
        }
    }

    /// The buckets with weights, ascending (row `k` is the `k`-th).
    fn buckets(&self) -> impl Iterator<Item = u32> + '_ {
        self.present.iter().enumerate().flat_map(|(w, &word)| {
            let mut rest = word;
            std::iter::from_fn(move || {
                if rest == 0 {
                    return None;
                }
                let b = rest.trailing_zeros();
                rest &= rest - 1;
                Some((w as u32) << 6 | b)
            })
        })
    }

    /// Serializes the model (see the module docs).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        for v in [FORMAT_VERSION, FEATURE_VERSION, N_TAGS as u32, self.bits] {
            out.extend_from_slice(&v.to_le_bytes());
        }
        out.extend_from_slice(&self.scale.to_le_bytes());
        let n_rows = self.n_rows();
        out.extend_from_slice(&(n_rows as u32).to_le_bytes());
        out.extend_from_slice(&(self.clusters.len() as u32).to_le_bytes());
        let tr = &self.transitions;
        for v in tr.trans.iter().chain(&tr.start).chain(&tr.end) {
            out.extend_from_slice(&v.to_le_bytes());
        }
        let mut prev = 0u32;
        for b in self.buckets() {
            varint(&mut out, u64::from(b - prev));
            prev = b;
        }
        out.extend_from_slice(&self.rows);
        let mut cl: Vec<(u32, u32)> = self.clusters.iter().map(|(&k, &v)| (k as u32, v)).collect();
        cl.sort_unstable();
        let mut prev = 0u32;
        for (k, v) in cl {
            varint(&mut out, u64::from(k - prev));
            varint(&mut out, u64::from(v));
            prev = k;
        }
        let sum = checksum(&out);
        out.extend_from_slice(&sum.to_le_bytes());
        out
    }

    /// Parses and validates a model file (read at run time: the rows are
    /// copied, the checksum verified).
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, FormatError> {
        let Parsed { mut model, rows } = Model::parse(bytes, true)?;
        model.rows = Cow::Owned(bytes.get(rows).ok_or(FormatError::Truncated)?.to_vec());
        Ok(model)
    }

    /// Parses and validates a model compiled into the binary: the rows stay
    /// where they are, and the checksum is not verified (the bytes cannot
    /// change after the build; `embedded_model_checksum_holds` checks the
    /// shipped file). Every length and shape is still checked.
    pub fn from_static(bytes: &'static [u8]) -> Result<Model, FormatError> {
        let Parsed { mut model, rows } = Model::parse(bytes, false)?;
        model.rows = Cow::Borrowed(bytes.get(rows).ok_or(FormatError::Truncated)?);
        Ok(model)
    }

    fn parse(bytes: &[u8], verify_checksum: bool) -> Result<Parsed, FormatError> {
        if bytes.len() < 8 + 8 {
            return Err(FormatError::Truncated);
        }
        let (body, sum) = bytes.split_at(bytes.len() - 8);
        let mut r = Reader { bytes: body, at: 0 };
        if r.take(8)? != MAGIC {
            return Err(FormatError::BadMagic);
        }
        let version = r.u32()?;
        if version != FORMAT_VERSION {
            return Err(FormatError::Version(version));
        }
        if verify_checksum && checksum(body).to_le_bytes() != sum {
            return Err(FormatError::Checksum);
        }
        let fv = r.u32()?;
        if fv != FEATURE_VERSION {
            return Err(FormatError::FeatureVersion(fv));
        }
        let n_tags = r.u32()? as usize;
        let bits = r.u32()?;
        if n_tags != N_TAGS || !(8..=24).contains(&bits) {
            return Err(FormatError::Shape);
        }
        let scale = f32::from_le_bytes(r.array()?);
        let n_rows = r.u32()? as usize;
        let n_clusters = r.u32()? as usize;
        if n_rows > (1usize << bits) || !scale.is_finite() {
            return Err(FormatError::Shape);
        }
        let mut floats = vec![0f32; N_TAGS * N_TAGS + 2 * N_TAGS];
        for f in &mut floats {
            *f = f32::from_le_bytes(r.array()?);
            if !f.is_finite() {
                return Err(FormatError::Shape);
            }
        }
        let transitions = Transitions {
            trans: floats[..N_TAGS * N_TAGS].to_vec(),
            start: floats[N_TAGS * N_TAGS..N_TAGS * N_TAGS + N_TAGS].to_vec(),
            end: floats[N_TAGS * N_TAGS + N_TAGS..].to_vec(),
        };
        let mut present = vec![0u64; words_for(bits)];
        let mut b = 0u64;
        for k in 0..n_rows {
            let d = r.varint()?;
            b += d;
            if (k > 0 && d == 0) || b >= (1u64 << bits) {
                return Err(FormatError::Shape);
            }
            // In range: b < 2^bits, and `present` has 2^bits / 64 words.
            if let Some(word) = present.get_mut((b >> 6) as usize) {
                *word |= 1 << (b & 63);
            }
        }
        let rank = ranks(&present);
        let start = r.at;
        r.take(n_rows.checked_mul(N_TAGS).ok_or(FormatError::Shape)?)?;
        let rows = start..r.at;
        let mut clusters = Clusters::default();
        clusters.reserve(n_clusters);
        let mut key = 0u64;
        for _ in 0..n_clusters {
            key += r.varint()?;
            let path = r.varint()?;
            if key > u64::from(u32::MAX) || path > u64::from(u32::MAX) {
                return Err(FormatError::Shape);
            }
            clusters.insert(key, path as u32);
        }
        if r.at != body.len() {
            return Err(FormatError::Shape);
        }
        let model = Model { bits, scale, transitions, present, rank, rows: Cow::Borrowed(&[]), clusters };
        Ok(Parsed { model, rows })
    }
}

/// Words of the bucket bitmap for 2^bits buckets (`bits` >= 6 in any
/// model: files are refused below 8).
fn words_for(bits: u32) -> usize {
    (1usize << bits).div_ceil(64)
}

/// Set bits before each word of `present`.
fn ranks(present: &[u64]) -> Vec<u32> {
    let mut total = 0u32;
    present
        .iter()
        .map(|w| {
            let before = total;
            total += w.count_ones();
            before
        })
        .collect()
}

/// FNV-1a over 8-byte words: cheap enough to verify on every page load.
fn checksum(bytes: &[u8]) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = (h ^ u64::from_le_bytes(w)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    let mut w = [0u8; 8];
    w[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
    h = (h ^ u64::from_le_bytes(w)).wrapping_mul(0x0000_0100_0000_01b3);
    super::hash::mix(h ^ bytes.len() as u64)
}

fn varint(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

struct Reader<'b> {
    bytes: &'b [u8],
    at: usize,
}

impl<'b> Reader<'b> {
    fn take(&mut self, n: usize) -> Result<&'b [u8], FormatError> {
        let end = self.at.checked_add(n).ok_or(FormatError::Truncated)?;
        let s = self.bytes.get(self.at..end).ok_or(FormatError::Truncated)?;
        self.at = end;
        Ok(s)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], FormatError> {
        let s = self.take(N)?;
        let mut a = [0u8; N];
        a.copy_from_slice(s);
        Ok(a)
    }

    fn u32(&mut self) -> Result<u32, FormatError> {
        Ok(u32::from_le_bytes(self.array()?))
    }

    /// One LEB128 varint of at most 10 bytes (the bucket list is ~100k of
    /// them, read on every page load: no slice per byte).
    fn varint(&mut self) -> Result<u64, FormatError> {
        let mut v = 0u64;
        let mut shift = 0;
        while let Some(&b) = self.bytes.get(self.at) {
            self.at += 1;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
            shift += 7;
            if shift >= 64 {
                return Err(FormatError::Shape);
            }
        }
        Err(FormatError::Truncated)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Model {
        let mut tr = Transitions::default();
        tr.trans[3] = 1.5;
        tr.start[1] = -0.25;
        tr.end[16] = 2.0;
        let mut w = [0i8; N_TAGS];
        w[0] = 5;
        w[16] = -128;
        let mut w2 = [0i8; N_TAGS];
        w2[7] = 127;
        let mut clusters = Clusters::default();
        clusters.insert(12345, 0b1_0110);
        clusters.insert(7, 1);
        Model::from_parts(12, 0.01, tr, vec![(4000, w), (17, w2), (99, [0; N_TAGS])], clusters)
    }

    #[test]
    fn round_trips() {
        let m = sample();
        let bytes = m.to_bytes();
        let back = Model::from_bytes(&bytes).expect("parses");
        let leaked: &'static [u8] = Box::leak(bytes.clone().into_boxed_slice());
        let borrowed = Model::from_static(leaked).expect("parses");
        assert_eq!(borrowed.to_bytes(), bytes);
        assert_eq!(borrowed.row(4000), back.row(4000));
        assert_eq!(back.bits, 12);
        assert_eq!(back.scale, 0.01);
        assert_eq!(back.transitions, m.transitions);
        assert_eq!(back.n_rows(), 2);
        assert_eq!(back.row(4000).unwrap()[16], -128);
        assert_eq!(back.row(4000).unwrap()[0], 5);
        assert_eq!(back.row(17).unwrap()[7], 127);
        assert!(back.row(99).is_none());
        assert!(back.row(1 << 12).is_none());
        let mut acc = [0i32; N_TAGS];
        back.accumulate(&[17, 99, 4000, 4000], &mut acc);
        assert_eq!((acc[0], acc[7], acc[16]), (10, 127, -256));
        assert_eq!(back.clusters, m.clusters);
        assert_eq!(back.to_bytes(), bytes);
    }

    #[test]
    fn rejects_damage_without_panicking() {
        let bytes = sample().to_bytes();
        for cut in 0..bytes.len() {
            assert!(Model::from_bytes(&bytes[..cut]).is_err());
        }
        let mut bad = bytes.clone();
        bad[40] ^= 1;
        assert_eq!(Model::from_bytes(&bad).unwrap_err(), FormatError::Checksum);
        // The embedded path skips the checksum but none of the other checks.
        let leaked: &'static [u8] = Box::leak(bytes.clone().into_boxed_slice());
        for cut in 0..leaked.len() {
            assert!(Model::from_static(&leaked[..cut]).is_err());
        }
        let mut old = bytes;
        old[8] = 99;
        assert!(matches!(Model::from_bytes(&old), Err(FormatError::Version(_))));
    }

    #[test]
    fn rank_index_finds_every_row() {
        // Buckets at word edges and several per word.
        let keys = [0u32, 1, 63, 64, 65, 127, 128, 1000, 4094, 4095];
        let entries: Vec<(u32, [i8; N_TAGS])> = keys
            .iter()
            .enumerate()
            .map(|(k, &b)| {
                let mut w = [0i8; N_TAGS];
                w[k % N_TAGS] = k as i8 + 1;
                (b, w)
            })
            .collect();
        let m = Model::from_parts(12, 1.0, Transitions::default(), entries.clone(), Clusters::default());
        for (b, w) in &entries {
            assert_eq!(m.row(*b), Some(*w), "bucket {b}");
        }
        let set: Vec<u32> = (0..4096).filter(|b| m.row(*b).is_some()).collect();
        assert_eq!(set, keys);
        assert_eq!(m.buckets().collect::<Vec<_>>(), keys);
    }

    /// The embedded model loads without its checksum being verified
    /// (`from_static`): verify it here, and that both paths agree.
    #[test]
    fn embedded_model_checksum_holds() {
        let embedded = super::super::EMBEDDED;
        let checked = Model::from_bytes(embedded).expect("models/ner.bin passes every check, checksum included");
        let borrowed = Model::from_static(embedded).expect("parses");
        assert_eq!(borrowed.to_bytes(), embedded);
        assert_eq!(checked.to_bytes(), embedded);
    }
}
