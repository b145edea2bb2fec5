//! The cardinal core every amount phrase starts from: a numeral with an
//! optional scale (`1,587`, `1.5 million`, `3bn`), spelled-out words
//! (`forty-eight`, `a dozen`), or a vague amount (`hundreds`, `tens of
//! thousands`, `several hundred`).

use super::cursor::Cursor;
use super::numeral::{self, pow10, Numeral};
use super::{units, words};

#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Form {
    Numeral(Numeral),
    Words,
    /// A vague amount; the value is its lower bound.
    Vague,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Amount {
    pub start: usize,
    pub end: usize,
    pub value: f64,
    /// Power of ten of a scale word (`million` → 6), 0 without one. The
    /// first half of `5-7 million` borrows the second half's scale.
    pub scale: u32,
    pub form: Form,
}

impl Amount {
    pub fn approximate(&self) -> bool {
        self.form == Form::Vague
    }

    pub fn numeral(&self) -> Option<Numeral> {
        match self.form {
            Form::Numeral(n) => Some(n),
            _ => None,
        }
    }

    /// The value of a plain integer numeral with no scale (`2022`, not
    /// `2,022` or `2022 million`).
    pub fn plain_int(&self) -> Option<u64> {
        self.numeral().filter(|_| self.scale == 0).and_then(|n| n.plain_int())
    }

    /// Applies a scale taken from elsewhere (`5` in `5-7 million`).
    pub fn borrow_scale(&mut self, scale: u32) {
        if self.scale == 0 && scale > 0 {
            self.value *= pow10(scale);
            self.scale = scale;
        }
    }
}

/// Plural scale words used as vague amounts, with the lower bound each names.
const VAGUE: &[(&str, f64)] = &[
    ("tens", 10.0),
    ("dozens", 12.0),
    ("hundreds", 100.0),
    ("thousands", 1e3),
    ("millions", 1e6),
    ("billions", 1e9),
    ("trillions", 1e12),
];

/// Scale abbreviations written against the numeral (`3bn`, `15mn`).
const ATTACHED_SCALES: &[(&str, u32)] = &[("bn", 9), ("mn", 6), ("tn", 12), ("trn", 12)];

pub(crate) fn parse(cur: &Cursor<'_, '_>, i: usize) -> Option<Amount> {
    if cur.is_number(i) {
        return numeral_amount(cur, i);
    }
    if cur.is_word(i) {
        return vague(cur, i).or_else(|| half(cur, i)).or_else(|| spelled(cur, i));
    }
    None
}

/// `half a million`, `half a dozen`, `half an hour` (the unit is left to
/// the phrase).
fn half(cur: &Cursor<'_, '_>, i: usize) -> Option<Amount> {
    if !(cur.is(i, "half") && cur.is_any(i + 1, &["a", "an"])) {
        return None;
    }
    let k = i + 2;
    let (value, end) = if let Some(p) = words::scale_pow(cur.text(k)).filter(|&p| p >= 3) {
        (0.5 * pow10(p), k + 1)
    } else if cur.is(k, "dozen") {
        (6.0, k + 1)
    } else if units::at(cur, k).is_some_and(|(u, _)| u.time) {
        (0.5, k)
    } else {
        return None;
    };
    Some(Amount { start: i, end, value, scale: 0, form: Form::Words })
}

fn numeral_amount(cur: &Cursor<'_, '_>, i: usize) -> Option<Amount> {
    let n = numeral::parse(cur.text(i))?;
    let mut end = i + 1;
    let mut scale = 0;
    if cur.spaced(end) {
        if let Some(p) = words::scale_pow(cur.text(end)) {
            scale = p;
            end += 1;
        }
    } else if let Some(&(_, p)) = ATTACHED_SCALES.iter().find(|(s, _)| cur.is(end, s)) {
        scale = p;
        end += 1;
    }
    Some(Amount { start: i, end, value: n.scaled(scale), scale, form: Form::Numeral(n) })
}

fn spelled(cur: &Cursor<'_, '_>, i: usize) -> Option<Amount> {
    let (value, end) = words::parse(cur, i)?;
    Some(Amount { start: i, end, value, scale: 0, form: Form::Words })
}

fn vague_base(word: &str) -> Option<f64> {
    VAGUE.iter().find(|(w, _)| word.eq_ignore_ascii_case(w)).map(|&(_, v)| v)
}

/// `hundreds`, `tens of thousands`, `hundreds of millions`, `several
/// hundred`, `a few thousand`.
fn vague(cur: &Cursor<'_, '_>, i: usize) -> Option<Amount> {
    if let Some(base) = vague_base(cur.text(i)) {
        let mut value = base;
        let mut end = i + 1;
        while cur.is(end, "of") {
            match vague_base(cur.text(end + 1)) {
                Some(b) if b >= 1e3 => {
                    value *= b;
                    end += 2;
                }
                _ => break,
            }
        }
        // `tens` alone is not an amount (`the tens digit`).
        if base == 10.0 && end == i + 1 {
            return None;
        }
        return Some(Amount { start: i, end, value, scale: 0, form: Form::Vague });
    }
    let k = if cur.is(i, "several") {
        i + 1
    } else if cur.is(i, "a") && cur.is(i + 1, "few") {
        i + 2
    } else {
        return None;
    };
    let first = if cur.is(k, "dozen") { 12.0 } else { pow10(words::scale_pow(cur.text(k))?) };
    let mut value = first;
    let mut end = k + 1;
    // `several hundred thousand`
    if let Some(p) = words::scale_pow(cur.text(end)).filter(|&p| p >= 3 && first < pow10(p)) {
        value *= pow10(p);
        end += 1;
    }
    Some(Amount { start: i, end, value, scale: 0, form: Form::Vague })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Document;

    fn amount(text: &str) -> Option<(f64, String, bool)> {
        let doc = Document::parse(text);
        let cur = Cursor::new(&doc);
        parse(&cur, 0)
            .map(|a| (a.value, cur.span(a.start, a.end).of(text).to_string(), a.approximate()))
    }

    #[test]
    fn numerals_with_scales() {
        assert_eq!(amount("1.5 billion dollars"), Some((1.5e9, "1.5 billion".into(), false)));
        assert_eq!(amount("3bn in"), Some((3e9, "3bn".into(), false)));
        assert_eq!(amount("1,587 km"), Some((1587.0, "1,587".into(), false)));
    }

    #[test]
    fn vague_amounts() {
        assert_eq!(amount("hundreds of artillery rounds"), Some((100.0, "hundreds".into(), true)));
        assert_eq!(
            amount("tens of thousands of people"),
            Some((1e4, "tens of thousands".into(), true))
        );
        assert_eq!(amount("tens of millions"), Some((1e7, "tens of millions".into(), true)));
        assert_eq!(amount("several hundred troops"), Some((100.0, "several hundred".into(), true)));
        assert_eq!(amount("a few thousand"), Some((1000.0, "a few thousand".into(), true)));
        assert_eq!(amount("dozens of"), Some((12.0, "dozens".into(), true)));
        assert_eq!(amount("tens digit"), None);
        assert_eq!(amount("several people"), None);
    }
}
