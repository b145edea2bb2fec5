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
pub(crate) const VAGUE: &[(&str, f64)] = &[
    ("tens", 10.0),
    ("dozens", 12.0),
    ("scores", 20.0),
    ("hundreds", 100.0),
    ("thousands", 1e3),
    ("millions", 1e6),
    ("billions", 1e9),
    ("trillions", 1e12),
];

/// Scale abbreviations written against the numeral (`3bn`, `15mn`, `1MM`).
const ATTACHED_SCALES: &[(&str, u32)] =
    &[("bn", 9), ("mn", 6), ("tn", 12), ("trn", 12), ("bln", 9), ("mln", 6), ("tln", 12)];

/// Scale abbreviations written after a space (`10 bln`).
const SPACED_SCALES: &[(&str, u32)] =
    &[("bln", 9), ("mln", 6), ("tln", 12), ("trn", 12), ("bn", 9), ("mn", 6)];

/// Denominators a slash fraction may have (`1/4`, `23/32`); others are
/// ratios, scores or counters (`24/7`, `0/250`).
pub(crate) const SLASH_DENOMINATORS: &[u64] = &[2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100];

/// Unicode vulgar fractions.
const VULGAR: &[(&str, f64)] = &[
    ("½", 0.5),
    ("¼", 0.25),
    ("¾", 0.75),
    ("⅓", 1.0 / 3.0),
    ("⅔", 2.0 / 3.0),
    ("⅛", 0.125),
    ("⅜", 0.375),
    ("⅝", 0.625),
    ("⅞", 0.875),
    ("⅕", 0.2),
];

pub(crate) fn parse(cur: &Cursor<'_, '_>, i: usize) -> Option<Amount> {
    if cur.is_any(i, &["minus", "negative"]) && cur.spaced(i + 1) {
        let mut a = parse(cur, i + 1)?;
        if a.form == Form::Vague {
            return None;
        }
        a.start = i;
        a.value = -a.value;
        return Some(a);
    }
    if cur.is_number(i) {
        return numeral_amount(cur, i);
    }
    if cur.kind(i) == Some(crate::text::TokenKind::Punct) {
        if let Some(&(_, v)) = VULGAR.iter().find(|(s, _)| cur.is_exact(i, s)) {
            return Some(Amount { start: i, end: i + 1, value: v, scale: 0, form: Form::Words });
        }
    }
    if cur.is_word(i) {
        return vague(cur, i)
            .or_else(|| half(cur, i))
            .or_else(|| spelled(cur, i));
    }
    None
}

/// `half a million`, `half a dozen`, `half an hour` (the unit is left to
/// the phrase), `half million`, and `half` as a share (`half of the
/// votes`, `half his staff`).
fn half(cur: &Cursor<'_, '_>, i: usize) -> Option<Amount> {
    if !cur.is(i, "half") {
        return None;
    }
    let words = |value, end| Some(Amount { start: i, end, value, scale: 0, form: Form::Words });
    // `half-way`, `half-time`: compounds.
    if cur.is_any(i + 1, &["-", "‑"]) && cur.attached(i + 1) {
        return None;
    }
    if let Some(p) = words::scale_pow(cur.text(i + 1)).filter(|&p| p >= 3 && cur.spaced(i + 1)) {
        return words(0.5 * pow10(p), i + 2);
    }
    if cur.is_any(i + 1, &["a", "an"]) {
        let k = i + 2;
        return if let Some(p) = words::scale_pow(cur.text(k)).filter(|&p| p >= 3) {
            words(0.5 * pow10(p), k + 1)
        } else if cur.is(k, "dozen") {
            words(6.0, k + 1)
        } else if units::at(cur, k).is_some_and(|(u, _)| u.time) {
            words(0.5, k)
        } else {
            None
        };
    }
    // `the first half`, `a half`, `in half`: a part, not a share.
    let prev = i.checked_sub(1);
    if prev.is_some_and(|p| cur.is_any(p, &["first", "second", "a", "in", "the", "this", "that", "one", "other"])) {
        return None;
    }
    const SHARE_NEXT: &[&str] = &[
        "of", "the", "his", "her", "its", "their", "our", "my", "your", "all", "these", "those",
        "that", "this",
    ];
    if cur.is_any(i + 1, SHARE_NEXT) && cur.spaced(i + 1) {
        return words(0.5, i + 1);
    }
    None
}

/// The fractional tail of a numeral: ` 1/2` in `10 1/2`, `½` in `2½`.
fn numeral_fraction(cur: &Cursor<'_, '_>, j: usize) -> Option<(f64, usize)> {
    if cur.kind(j) != Some(crate::text::TokenKind::Punct) && !cur.is_number(j) {
        return None;
    }
    if let Some(&(_, v)) = VULGAR.iter().find(|(s, _)| cur.is_exact(j, s)) {
        return Some((v, j + 1));
    }
    let (n, end) = slash_fraction(cur, j)?;
    (cur.spaced(j) && n < 1.0).then_some((n, end))
}

/// `1/4`, `23/32`: a slash fraction at `j` with a plain denominator.
pub(crate) fn slash_fraction(cur: &Cursor<'_, '_>, j: usize) -> Option<(f64, usize)> {
    if !(cur.is_exact(j + 1, "/") && cur.attached(j + 1) && cur.attached(j + 2)) {
        return None;
    }
    let a = numeral::parse(cur.text(j))?.plain_int()?;
    let b = numeral::parse(cur.text(j + 2))?.plain_int()?;
    if !SLASH_DENOMINATORS.contains(&b) || a == 0 || a >= b * 4 {
        return None;
    }
    // `1/4/2025` is a date.
    if cur.is_exact(j + 3, "/") && cur.attached(j + 3) {
        return None;
    }
    Some((a as f64 / b as f64, j + 3))
}

/// `40 000`, `1 234 567.89`: thousands grouped by spaces (including the
/// narrow no-break space). Only groups of exactly three digits join, and
/// only after a first group of one to three digits.
fn space_grouped(cur: &Cursor<'_, '_>, i: usize, n: &Numeral) -> Option<(f64, usize, Numeral)> {
    let first = cur.text(i);
    if first.len() > 3 || n.frac_digits > 0 || n.grouped || n.leading_zero {
        return None;
    }
    let mut j = i + 1;
    let mut digits = String::from(first);
    let mut last_frac = 0;
    while cur.is_number(j) && cur.spaced(j) && !cur.newline_before(j) {
        let t = cur.text(j);
        let (int, frac) = t.split_once('.').unwrap_or((t, ""));
        if int.len() != 3 || !int.bytes().all(|b| b.is_ascii_digit()) {
            break;
        }
        if !frac.is_empty() && !frac.bytes().all(|b| b.is_ascii_digit()) {
            break;
        }
        // The space must be one character wide: `40 000`, not `40  000`.
        if !single_space_before(cur, j) {
            break;
        }
        digits.push_str(int);
        j += 1;
        if !frac.is_empty() {
            digits.push('.');
            digits.push_str(frac);
            last_frac = frac.len();
            break;
        }
    }
    if j == i + 1 {
        return None;
    }
    let num = numeral::parse(&digits)?;
    let _ = last_frac;
    Some((num.scaled(0), j, Numeral { grouped: true, ..num }))
}

fn single_space_before(cur: &Cursor<'_, '_>, j: usize) -> bool {
    let gap = cur.gap_before(j);
    gap.chars().count() == 1
}

/// `1.3e6`, `-12e-1`, `6.23x10^-4`: scientific notation.
fn exponent(cur: &Cursor<'_, '_>, j: usize) -> Option<(i32, usize)> {
    let sign_and_digits = |k: usize| -> Option<(i32, usize)> {
        let (neg, k) = if cur.is_any(k, &["-", "+", "−"]) && cur.attached(k) { (cur.is_any(k, &["-", "−"]), k + 1) } else { (false, k) };
        let t = cur.text(k);
        if !cur.attached(k) || !cur.is_number(k) || t.len() > 3 || !t.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let e: i32 = t.parse().ok()?;
        Some((if neg { -e } else { e }, k + 1))
    };
    if cur.attached(j) && cur.is_any(j, &["e"]) {
        return sign_and_digits(j + 1);
    }
    if cur.attached(j) && cur.is_any(j, &["x", "×"]) && cur.is_exact(j + 1, "10") && cur.attached(j + 1) && cur.is_exact(j + 2, "^") && cur.attached(j + 2) {
        return sign_and_digits(j + 3);
    }
    None
}

fn numeral_amount(cur: &Cursor<'_, '_>, i: usize) -> Option<Amount> {
    let mut n = numeral::parse(cur.text(i))?;
    let mut end = i + 1;
    let mut value = n.scaled(0);
    if let Some((v, e, grouped)) = space_grouped(cur, i, &n) {
        value = v;
        end = e;
        n = grouped;
    }
    // `1/4 mile`: a fraction standing alone.
    if end == i + 1 {
        if let Some((v, e)) = slash_fraction(cur, i) {
            return Some(Amount { start: i, end: e, value: v, scale: 0, form: Form::Words });
        }
    }
    if let Some((e, after)) = exponent(cur, end) {
        let v = value * 10f64.powi(e);
        if v.is_finite() {
            return Some(Amount { start: i, end: after, value: v, scale: 0, form: Form::Numeral(n) });
        }
    }
    // `10 1/2 miles`, `2½`
    if let Some((f, e)) = numeral_fraction(cur, end).filter(|_| n.frac_digits == 0) {
        return Some(Amount { start: i, end: e, value: value + f, scale: 0, form: Form::Numeral(n) });
    }
    let mut scale = 0;
    if cur.spaced(end) {
        if let Some(p) = words::scale_pow(cur.text(end)) {
            scale = p;
            end += 1;
        } else if let Some(&(_, p)) = SPACED_SCALES.iter().find(|(s, _)| cur.is_exact(end, s)) {
            scale = p;
            end += 1;
        }
    } else if let Some(&(_, p)) = ATTACHED_SCALES.iter().find(|(s, _)| cur.is(end, s)) {
        scale = p;
        end += 1;
    } else if cur.is_exact(end, "MM") && cur.attached(end) {
        scale = 6;
        end += 1;
    }
    let _ = value;
    let mut value = n.scaled(scale);
    // `3 hundred and 21`
    if scale == 2 && cur.is(end, "and") && cur.spaced(end + 1) {
        if let Some(tail) = numeral::parse(cur.text(end + 1)).and_then(|t| t.plain_int()).filter(|&t| t < 100) {
            // `3 hundred and 21`, not `3 hundred and 2 hundred`.
            if !(cur.attached(end + 2) && cur.is_word(end + 2)) && words::scale_pow(cur.text(end + 2)).is_none() {
                value += tail as f64;
                end += 2;
            }
        } else if let Some((v, e)) = words::parse(cur, end + 1).filter(|&(v, _)| v < 100.0 && v.fract() == 0.0) {
            value += v;
            end = e;
        }
    }
    // `2 and a half`, `3 million and a half`
    if let Some((f, e)) = words::and_fraction(cur, end) {
        value += f * pow10(scale);
        end = e;
        if scale == 0 {
            if let Some(p) = words::scale_pow(cur.text(end)).filter(|&p| p >= 3 && cur.spaced(end)) {
                value *= pow10(p);
                scale = p;
                end += 1;
            }
        }
    }
    Some(Amount { start: i, end, value, scale, form: Form::Numeral(n) })
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
    } else if cur.is(i, "few") {
        i + 1
    } else {
        return None;
    };
    // `several years`, `few hours`, `several inches`: a vague count of a
    // unit (three, as Recognizers-Text reads it); `a few years` starts at
    // `few` so that the article stays outside.
    if words::scale_pow(cur.text(k)).is_none() && !cur.is(k, "dozen") {
        if cur.is(i, "a") {
            return None;
        }
        if units::at(cur, k).is_some_and(|(u, _)| u.written == units::Written::Word) {
            return Some(Amount { start: i, end: k, value: 3.0, scale: 0, form: Form::Vague });
        }
        return None;
    }
    if cur.is(i, "few") {
        return None;
    }
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
