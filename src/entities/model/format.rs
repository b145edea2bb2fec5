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
//! Parsing validates every length and the checksum and never panics: a bad
//! file is an error, and the recognizer falls back to the rules.

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
    /// Bucket -> row number + 1 (0: the bucket has no weights).
    index: Vec<u32>,
    /// Row-major i8 weights, `N_TAGS` per row.
    rows: Vec<i8>,
    pub clusters: Clusters,
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
        let mut index = vec![0u32; 1usize << bits];
        let mut rows = Vec::with_capacity(entries.len() * N_TAGS);
        for (k, (b, w)) in entries.iter().enumerate() {
            index[*b as usize] = k as u32 + 1;
            rows.extend_from_slice(w);
        }
        Model { bits, scale, transitions, index, rows, clusters }
    }

    /// The weights of a bucket, if it has any.
    #[inline]
    pub fn row(&self, bucket: u32) -> Option<&[i8]> {
        let r = *self.index.get(bucket as usize)?;
        if r == 0 {
            return None;
        }
        let a = (r as usize - 1) * N_TAGS;
        self.rows.get(a..a + N_TAGS)
    }

    pub fn n_rows(&self) -> usize {
        self.rows.len() / N_TAGS
    }

    /// Adds the (unscaled) weights of `feats` into `acc`.
    #[inline]
    pub fn accumulate(&self, feats: &[u32], acc: &mut [i32; N_TAGS]) {
        for &f in feats {
            if let Some(row) = self.row(f) {
                for (a, &w) in acc.iter_mut().zip(row) {
                    *a += i32::from(w);
                }
            }
        }
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
        let mut buckets: Vec<(u32, u32)> = self
            .index
            .iter()
            .enumerate()
            .filter(|(_, &r)| r != 0)
            .map(|(b, &r)| (b as u32, r - 1))
            .collect();
        buckets.sort_unstable();
        let mut prev = 0u32;
        for &(b, _) in &buckets {
            varint(&mut out, u64::from(b - prev));
            prev = b;
        }
        for &(_, r) in &buckets {
            let row = &self.rows[r as usize * N_TAGS..(r as usize + 1) * N_TAGS];
            out.extend(row.iter().map(|&w| (w as u8) ^ WEIGHT_OFFSET));
        }
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

    /// Parses and validates a model file.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, FormatError> {
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
        if checksum(body).to_le_bytes() != sum {
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
        let mut index = vec![0u32; 1usize << bits];
        let mut b = 0u64;
        for k in 0..n_rows {
            let d = r.varint()?;
            b += d;
            if (k > 0 && d == 0) || b >= (1u64 << bits) {
                return Err(FormatError::Shape);
            }
            index[b as usize] = k as u32 + 1;
        }
        let rows: Vec<i8> =
            r.take(n_rows * N_TAGS)?.iter().map(|&b| (b ^ WEIGHT_OFFSET) as i8).collect();
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
        Ok(Model { bits, scale, transitions, index, rows, clusters })
    }
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

    fn varint(&mut self) -> Result<u64, FormatError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = *self.take(1)?.first().ok_or(FormatError::Truncated)?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(FormatError::Shape)
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
        assert_eq!(back.bits, 12);
        assert_eq!(back.scale, 0.01);
        assert_eq!(back.transitions, m.transitions);
        assert_eq!(back.n_rows(), 2);
        assert_eq!(back.row(4000).unwrap()[16], -128);
        assert_eq!(back.row(17).unwrap()[7], 127);
        assert!(back.row(99).is_none());
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
        let mut old = bytes;
        old[8] = 99;
        assert!(matches!(Model::from_bytes(&old), Err(FormatError::Version(_))));
    }
}
