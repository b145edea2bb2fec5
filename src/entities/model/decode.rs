//! BILOU tags and constrained Viterbi decoding.
//!
//! Tag 0 is `O`; label `l` (PERSON, ORG, PLACE, MISC) has `B = 1 + 4l`,
//! `I = 2 + 4l`, `L = 3 + 4l`, `U = 4 + 4l`. Decoding only allows well-formed
//! sequences (a `B` or `I` is followed by `I` or `L` of its label; a sequence
//! never ends inside a name), so every output reads as clean spans.

use std::ops::Range;

use crate::entities::EntityLabel;

pub const N_TAGS: usize = 17;
pub const LABELS: [EntityLabel; 4] =
    [EntityLabel::Person, EntityLabel::Org, EntityLabel::Place, EntityLabel::Misc];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pos {
    B = 0,
    I = 1,
    L = 2,
    U = 3,
}

pub fn tag(label: usize, pos: Pos) -> u8 {
    (1 + label * 4 + pos as usize) as u8
}

/// `(label index, position)` of a tag, `None` for `O`.
pub fn parts(tag: u8) -> Option<(usize, Pos)> {
    if tag == 0 || tag as usize >= N_TAGS {
        return None;
    }
    let k = tag as usize - 1;
    let pos = match k % 4 {
        0 => Pos::B,
        1 => Pos::I,
        2 => Pos::L,
        _ => Pos::U,
    };
    Some((k / 4, pos))
}

/// May `cur` follow `prev`? (`prev = None`: the start of a unit.)
pub fn allowed(prev: Option<u8>, cur: u8) -> bool {
    let open = |t: u8| matches!(parts(t), Some((_, Pos::B | Pos::I)));
    match prev {
        Some(p) if open(p) => {
            let (pl, _) = parts(p).unwrap_or((0, Pos::U));
            matches!(parts(cur), Some((l, Pos::I | Pos::L)) if l == pl)
        }
        _ => !matches!(parts(cur), Some((_, Pos::I | Pos::L))),
    }
}

/// May a unit end on `tag`?
pub fn may_end(tag: u8) -> bool {
    !matches!(parts(tag), Some((_, Pos::B | Pos::I)))
}

/// Token spans and label indices of a well-formed tag sequence (offsets
/// relative to the sequence).
pub fn spans(tags: &[u8]) -> Vec<(Range<usize>, usize)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    for (i, &t) in tags.iter().enumerate() {
        match parts(t) {
            Some((l, Pos::U)) => {
                out.push((i..i + 1, l));
                open = None;
            }
            Some((l, Pos::B)) => open = Some((i, l)),
            Some((l, Pos::L)) => {
                if let Some((s, ol)) = open.take() {
                    if ol == l {
                        out.push((s..i + 1, l));
                    }
                }
            }
            Some((_, Pos::I)) => {}
            None => open = None,
        }
    }
    out
}

/// BILOU tags of spans over `n` tokens (spans must not overlap).
pub fn encode(n: usize, spans: &[(Range<usize>, usize)]) -> Vec<u8> {
    let mut tags = vec![0u8; n];
    for (r, l) in spans {
        if r.end > n || r.start >= r.end {
            continue;
        }
        if r.len() == 1 {
            tags[r.start] = tag(*l, Pos::U);
        } else {
            tags[r.start] = tag(*l, Pos::B);
            for t in &mut tags[r.start + 1..r.end - 1] {
                *t = tag(*l, Pos::I);
            }
            tags[r.end - 1] = tag(*l, Pos::L);
        }
    }
    tags
}

/// Transition scores: `trans[prev * N_TAGS + cur]`, plus start and end.
#[derive(Clone, Debug, PartialEq)]
pub struct Transitions {
    pub trans: Vec<f32>,
    pub start: Vec<f32>,
    pub end: Vec<f32>,
}

impl Default for Transitions {
    fn default() -> Self {
        Transitions { trans: vec![0.0; N_TAGS * N_TAGS], start: vec![0.0; N_TAGS], end: vec![0.0; N_TAGS] }
    }
}

/// Reusable buffers for [`viterbi`].
#[derive(Default)]
pub struct Scratch {
    score: Vec<f32>,
    back: Vec<u8>,
}

/// The best well-formed tag sequence for `emissions` (`n * N_TAGS` scores).
pub fn viterbi(emissions: &[f32], tr: &Transitions, scratch: &mut Scratch, out: &mut Vec<u8>) {
    out.clear();
    let n = emissions.len() / N_TAGS;
    if n == 0 {
        return;
    }
    const NEG: f32 = f32::NEG_INFINITY;
    scratch.score.clear();
    scratch.score.resize(n * N_TAGS, NEG);
    scratch.back.clear();
    scratch.back.resize(n * N_TAGS, 0);
    for c in 0..N_TAGS {
        if allowed(None, c as u8) {
            scratch.score[c] = tr.start[c] + emissions[c];
        }
    }
    for i in 1..n {
        let (prev_rows, cur_rows) = scratch.score.split_at_mut(i * N_TAGS);
        let prev = &prev_rows[(i - 1) * N_TAGS..];
        let cur = &mut cur_rows[..N_TAGS];
        for c in 0..N_TAGS {
            let mut best = NEG;
            let mut arg = 0u8;
            for (p, &ps) in prev.iter().enumerate() {
                if ps == NEG || !ALLOWED[p][c] {
                    continue;
                }
                let s = ps + tr.trans[p * N_TAGS + c];
                if s > best {
                    best = s;
                    arg = p as u8;
                }
            }
            if best > NEG {
                cur[c] = best + emissions[i * N_TAGS + c];
                scratch.back[i * N_TAGS + c] = arg;
            }
        }
    }
    let last = &scratch.score[(n - 1) * N_TAGS..];
    let mut best = NEG;
    let mut arg = 0u8;
    for (c, &s) in last.iter().enumerate() {
        if s == NEG || !may_end(c as u8) {
            continue;
        }
        let s = s + tr.end[c];
        if s > best {
            best = s;
            arg = c as u8;
        }
    }
    out.resize(n, 0);
    let mut t = arg;
    for i in (0..n).rev() {
        out[i] = t;
        t = scratch.back[i * N_TAGS + t as usize];
    }
}

const ALLOWED: [[bool; N_TAGS]; N_TAGS] = {
    let mut m = [[false; N_TAGS]; N_TAGS];
    let mut p = 0;
    while p < N_TAGS {
        let mut c = 0;
        while c < N_TAGS {
            let p_open = p != 0 && ((p - 1) % 4 == 0 || (p - 1) % 4 == 1);
            let c_cont = c != 0 && ((c - 1) % 4 == 1 || (c - 1) % 4 == 2);
            m[p][c] = if p_open { c_cont && (c - 1) / 4 == (p - 1) / 4 } else { !c_cont };
            c += 1;
        }
        p += 1;
    }
    m
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constraint_table_matches_the_rules() {
        for p in 0..N_TAGS as u8 {
            for c in 0..N_TAGS as u8 {
                assert_eq!(ALLOWED[p as usize][c as usize], allowed(Some(p), c), "{p} -> {c}");
            }
        }
    }

    #[test]
    fn encode_and_spans_round_trip() {
        let spans_in = vec![(0..2, 1), (3..4, 0), (5..8, 3)];
        let tags = encode(9, &spans_in);
        assert_eq!(spans(&tags), spans_in);
    }

    #[test]
    fn viterbi_never_leaves_a_name_open() {
        // Emissions favour B-PER everywhere; the result must still be well formed.
        let n = 4;
        let mut em = vec![0.0f32; n * N_TAGS];
        for i in 0..n {
            em[i * N_TAGS + tag(0, Pos::B) as usize] = 5.0;
        }
        let mut out = Vec::new();
        viterbi(&em, &Transitions::default(), &mut Scratch::default(), &mut out);
        assert!(may_end(out[n - 1]));
        for w in out.windows(2) {
            assert!(allowed(Some(w[0]), w[1]));
        }
    }
}
