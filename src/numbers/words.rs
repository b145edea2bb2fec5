//! Spelled-out numbers: `seven`, `forty-eight`, `two hundred and five`,
//! `a dozen`, `three million`, and what extends them: fractions (`two
//! thirds`, `one-third`, `a quarter of`, `five and a quarter`, `three
//! quarters billion`), spoken decimals (`five point five`), `and a half`.

use super::cursor::Cursor;
use super::index::word_map;
use super::numeral::pow10;

pub(crate) const SMALL: &[(&str, u32)] = &[
    ("zero", 0),
    ("nought", 0),
    ("naught", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
];

pub(crate) const TENS: &[(&str, u32)] = &[
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

/// Scale words as powers of ten. Numerals take them too (`1.5 million`).
/// `lakh` and `crore` are the Indian English scales.
pub(crate) const SCALES: &[(&str, u32)] = &[
    ("hundred", 2),
    ("thousand", 3),
    ("lakh", 5),
    ("lakhs", 5),
    ("million", 6),
    ("crore", 7),
    ("crores", 7),
    ("billion", 9),
    ("trillion", 12),
];

/// Denominators of spelled fractions, singular and plural.
pub(crate) const DENOMINATORS: &[(&str, &str, u64)] = &[
    ("half", "halves", 2),
    ("third", "thirds", 3),
    ("quarter", "quarters", 4),
    ("fourth", "fourths", 4),
    ("fifth", "fifths", 5),
    ("sixth", "sixths", 6),
    ("seventh", "sevenths", 7),
    ("eighth", "eighths", 8),
    ("ninth", "ninths", 9),
    ("tenth", "tenths", 10),
    ("eleventh", "elevenths", 11),
    ("twelfth", "twelfths", 12),
    ("sixteenth", "sixteenths", 16),
    ("twentieth", "twentieths", 20),
    ("thirtieth", "thirtieths", 30),
    ("hundredth", "hundredths", 100),
    ("thousandth", "thousandths", 1000),
    ("millionth", "millionths", 1_000_000),
    ("billionth", "billionths", 1_000_000_000),
    ("trillionth", "trillionths", 1_000_000_000_000),
];

/// Unit ordinals that close a compound denominator (`twenty-firsts`).
const UNIT_ORDINALS: &[(&str, &str, u32)] = &[
    ("first", "firsts", 1),
    ("second", "seconds", 2),
    ("third", "thirds", 3),
    ("fourth", "fourths", 4),
    ("fifth", "fifths", 5),
    ("sixth", "sixths", 6),
    ("seventh", "sevenths", 7),
    ("eighth", "eighths", 8),
    ("ninth", "ninths", 9),
];

fn lookup(table: &'static [(&'static str, u32)], word: &str) -> Option<u32> {
    // The three tables each get a packed map on first use.
    if std::ptr::eq(table, SMALL) {
        word_map!(SMALL, u32).get(word)
    } else if std::ptr::eq(table, TENS) {
        word_map!(TENS, u32).get(word)
    } else if std::ptr::eq(table, SCALES) {
        word_map!(SCALES, u32).get(word)
    } else {
        table.iter().find(|(w, _)| word.eq_ignore_ascii_case(w)).map(|&(_, v)| v)
    }
}

pub(crate) fn scale_pow(word: &str) -> Option<u32> {
    lookup(SCALES, word)
}

/// A number below 100 at `j`: `seven`, `forty`, `forty-eight`, `fifty -
/// two` (spaced hyphen, as in transcripts).
fn below_hundred(cur: &Cursor<'_, '_>, j: usize) -> Option<(u32, usize)> {
    let w = cur.text(j);
    if let Some(v) = lookup(SMALL, w) {
        return Some((v, j + 1));
    }
    let tens = lookup(TENS, w)?;
    let tight = cur.attached(j + 1) && cur.attached(j + 2);
    let spaced = cur.spaced(j + 1) && cur.spaced(j + 2);
    if cur.is_any(j + 1, &["-", "‑"]) && (tight || spaced) {
        if let Some(unit) = lookup(SMALL, cur.text(j + 2)).filter(|u| (1..=9).contains(u)) {
            // `twenty-first`: the ordinal compound is not a cardinal.
            return Some((tens + unit, j + 3));
        }
    }
    Some((tens, j + 1))
}

/// A spelled number from 1 to 99 at `j`, the tens and units spaced or
/// hyphenated (`ninety six`, `ninety-six`, `seventeen`).
pub(crate) fn two_digits(cur: &Cursor<'_, '_>, j: usize) -> Option<(u32, usize)> {
    let (v, end) = below_hundred(cur, j)?;
    if v >= 20 && v % 10 == 0 && end == j + 1 && cur.spaced(end) {
        if let Some(u) = lookup(SMALL, cur.text(end)).filter(|u| (1..=9).contains(u)) {
            return Some((v + u, end + 1));
        }
    }
    (v >= 1).then_some((v, end))
}

/// A year said in words at `j`: `nineteen ninety six`, `nineteen hundred
/// ninety three`, `nineteen oh five`, `twenty twenty`, `two thousand and
/// fifteen`. The reading says nothing of context: callers decide.
pub(crate) fn spelled_year(cur: &Cursor<'_, '_>, j: usize) -> Option<(u16, usize)> {
    if cur.is(j, "two") && cur.is(j + 1, "thousand") && cur.spaced(j + 1) {
        let end = j + 2;
        let k = if cur.is(end, "and") { end + 1 } else { end };
        if let Some((v, e)) = two_digits(cur, k).filter(|_| cur.spaced(k)) {
            return Some((2000 + v as u16, e));
        }
        return Some((2000, end));
    }
    let (hi, k) = two_digits(cur, j)?;
    if !(10..=20).contains(&hi) || k != j + 1 || !cur.spaced(k) {
        return None;
    }
    let hi = hi as u16 * 100;
    if cur.is(k, "hundred") {
        let end = k + 1;
        let k2 = if cur.is(end, "and") { end + 1 } else { end };
        return match two_digits(cur, k2).filter(|_| cur.spaced(k2)) {
            Some((lo, e)) => Some((hi + lo as u16, e)),
            None => Some((hi, end)),
        };
    }
    if cur.is_any(k, &["oh", "o"]) {
        let (d, e) = two_digits(cur, k + 1).filter(|&(d, e)| d <= 9 && e == k + 2)?;
        return Some((hi + d as u16, e));
    }
    let (lo, e) = two_digits(cur, k).filter(|&(lo, _)| lo >= 10)?;
    Some((hi + lo as u16, e))
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Last {
    Start,
    Units,
    Tens,
    Hundred,
    Scale(u32),
    And,
}

/// A cardinal read from words: its value, end, and how it ended.
#[derive(Clone, Copy, Debug)]
struct Cardinal {
    value: f64,
    end: usize,
    last: Last,
    /// The value before a final `and X` (`one hundred and three` → 100,
    /// with `X` = 3 starting at `and_at + 1`), for fractions that claim the
    /// `X` as their numerator (`one hundred and three quarters`).
    before_and: Option<(f64, usize, u32)>, // (value, index of `and`, scale power before `and`)
    /// The power of the last scale word (`3 million` → 6).
    last_scale: u32,
}

/// Parses spelled-out cardinals starting at `i`. `a`/`an` starts one only
/// before `hundred`, a scale or `dozen`.
fn cardinal(cur: &Cursor<'_, '_>, i: usize) -> Option<Cardinal> {
    // `a hundred`, `a dozen`: the article stands for one but stays outside
    // the span (news corpora mark `dozen`, `half million`).
    if cur.is_any(i, &["a", "an"]) {
        return None;
    }
    let article = i > 0
        && cur.is_any(i - 1, &["a", "an"])
        && cur.spaced(i)
        && (scale_pow(cur.text(i)).is_some() || cur.is(i, "dozen"));
    let mut j = i;
    let mut total = 0f64;
    let mut group: u64 = 0;
    let mut last = Last::Start;
    let mut before_and = None;
    let mut pending_and: Option<(f64, usize, u32)> = None;
    let mut last_scale = 0;
    // `a hundred`, `a million`: the article stands for one.
    let may_imply_one = |j: usize| article && j == i;
    loop {
        if j > i && !cur.spaced(j) {
            break;
        }
        if let Some((v, next)) = below_hundred(cur, j) {
            let fits = match last {
                Last::Start | Last::Hundred | Last::Scale(_) | Last::And => true,
                // `twenty one`, written without the hyphen.
                Last::Tens => v < 10 && next == j + 1 && v > 0,
                Last::Units => false,
            };
            if !fits {
                break;
            }
            if let Some(p) = pending_and.take() {
                before_and = Some(p);
            } else if last != Last::Tens {
                before_and = None;
            }
            group += u64::from(v);
            last = if v >= 20 && v % 10 == 0 { Last::Tens } else { Last::Units };
            j = next;
            continue;
        }
        if cur.is(j, "hundred") {
            if last == Last::Hundred || group >= 100 || (group == 0 && !may_imply_one(j)) {
                break;
            }
            group = group.max(1) * 100;
            last = Last::Hundred;
            before_and = None;
            j += 1;
            continue;
        }
        if let Some(p) = scale_pow(cur.text(j)).filter(|&p| p >= 3) {
            let decreasing = match last {
                Last::Scale(prev) => p < prev,
                _ => true,
            };
            if !decreasing || (group == 0 && !may_imply_one(j)) {
                break;
            }
            total += group.max(1) as f64 * pow10(p);
            group = 0;
            last = Last::Scale(p);
            last_scale = p;
            before_and = None;
            j += 1;
            continue;
        }
        if cur.is(j, "dozen") || (cur.is_any(j, &["dozens", "dozs", "doz"]) && group > 1) {
            if group == 0 && !may_imply_one(j) {
                break;
            }
            group = group.max(1) * 12;
            j += 1;
            last = Last::Units;
            before_and = None;
            break;
        }
        // `two hundred and five`
        if cur.is(j, "and")
            && matches!(last, Last::Hundred | Last::Scale(_))
            && cur.spaced(j + 1)
            && below_hundred(cur, j + 1).is_some()
        {
            let scale_before = if let Last::Scale(p) = last { p } else { 0 };
            pending_and = Some((total + group as f64, j, scale_before));
            last = Last::And;
            j += 1;
            continue;
        }
        break;
    }
    if last == Last::And {
        j -= 1;
        last = Last::Hundred;
    }
    if j == i {
        return None;
    }
    Some(Cardinal { value: total + group as f64, end: j, last, before_and, last_scale })
}

/// A fraction's denominator word at `j`: its value, and whether it is
/// plural. `second`, `first` are never denominators on their own (`a
/// second`, `the first`), only in compounds (`twenty-firsts`).
fn denominator(cur: &Cursor<'_, '_>, j: usize) -> Option<(u64, bool, usize)> {
    let w = cur.text(j);
    static DENOMS: std::sync::OnceLock<super::index::WordMap<(u64, bool)>> =
        std::sync::OnceLock::new();
    let denoms = DENOMS.get_or_init(|| {
        super::index::WordMap::new(
            DENOMINATORS.iter().flat_map(|&(s, p, d)| [(s, (d, false)), (p, (d, true))]),
        )
    });
    if let Some((d, is_plural)) = denoms.get(w) {
        let plural = if is_plural { w } else { "" };
        let end = j + 1;
        // `third-round`, `quarter-final`: part of a compound.
        if cur.is_any(end, &["-", "‑"]) && cur.attached(end) {
            return None;
        }
        return Some((d, !plural.is_empty(), end));
    }
    let tens = lookup(TENS, w)?;
    // `twenty-firsts`, or spaced in the plural (`three twenty firsts`).
    let hyphen = cur.is_any(j + 1, &["-", "‑"]) && cur.attached(j + 1) && cur.attached(j + 2);
    let u_at = if hyphen { j + 2 } else { j + 1 };
    let u = cur.text(u_at);
    let &(_, plural, d) = UNIT_ORDINALS
        .iter()
        .find(|(s, p, _)| u.eq_ignore_ascii_case(s) || u.eq_ignore_ascii_case(p))?;
    let is_plural = u.eq_ignore_ascii_case(plural);
    if !(hyphen || is_plural && cur.spaced(u_at)) {
        return None;
    }
    Some((u64::from(tens + d), is_plural, u_at + 1))
}

/// `a half`, `one third`, `three quarters`, `a twenty-first` at `j`: the
/// fraction's value and end. A singular denominator needs a numerator of
/// one; a plural one, a numerator above one.
fn simple_fraction(cur: &Cursor<'_, '_>, j: usize) -> Option<(f64, usize)> {
    let (num, d_at) = if cur.is_any(j, &["a", "an"]) {
        (1.0, j + 1)
    } else {
        let c = cardinal(cur, j)?;
        if !matches!(c.last, Last::Units | Last::Tens) || c.value > 1e6 {
            return None;
        }
        // `one hundred thirty-fifths`: the last tens word opens a compound
        // denominator (100/35), not the numerator (130/5).
        if c.last == Last::Tens && c.end > j + 1 {
            if let (Some(tens), Some((d, true, end))) =
                (lookup(TENS, cur.text(c.end - 1)), denominator(cur, c.end - 1))
            {
                if d > 20 && c.value - f64::from(tens) >= 1.0 {
                    return Some(((c.value - f64::from(tens)) / d as f64, end));
                }
            }
        }
        (c.value, c.end)
    };
    // `one-third`: a hyphen may join numerator and denominator.
    let hyphen = cur.is_any(d_at, &["-", "‑"]);
    let d_at = if hyphen && cur.attached(d_at) && cur.attached(d_at + 1) {
        d_at + 1
    } else if hyphen && cur.spaced(d_at) && cur.spaced(d_at + 1) && cur.is_word(d_at + 1) {
        // `five - eighths`, as transcripts space the hyphen
        d_at + 1
    } else if cur.spaced(d_at) {
        d_at
    } else {
        return None;
    };
    let (d, plural, end) = denominator(cur, d_at)?;
    if plural != (num != 1.0) {
        return None;
    }
    Some((num / d as f64, end))
}

/// Spelled digits after `point`: `five`, `nought three`, `eleven`.
fn decimal_digits(cur: &Cursor<'_, '_>, mut j: usize) -> Option<(f64, usize)> {
    let mut digits = String::new();
    while let Some(v) = lookup(SMALL, cur.text(j)).filter(|_| cur.spaced(j)) {
        digits.push_str(&v.to_string());
        j += 1;
        if v >= 10 {
            break;
        }
    }
    if digits.is_empty() || digits.len() > 12 {
        return None;
    }
    let frac: f64 = format!("0.{digits}").parse().ok()?;
    Some((frac, j))
}

/// Parses a spelled-out number at `i`: the value and the end token.
pub(crate) fn parse(cur: &Cursor<'_, '_>, i: usize) -> Option<(f64, usize)> {
    // `a third of`, `a quarter million`, `a hundredth`
    if cur.is_any(i, &["a", "an"]) {
        if let Some((f, end)) = simple_fraction(cur, i) {
            if let Some(p) = scale_pow(cur.text(end)).filter(|&p| p >= 3 && cur.spaced(end)) {
                return Some((f * pow10(p), end + 1));
            }
            // Alone, `a fifth` may rank (`won a fifth term`, `a fifth,
            // five-year term`); `of` makes it a share.
            if cur.is(end, "of") || end >= cur.len() {
                return Some((f, end));
            }
        }
        // `a hundred trillionths`, `a hundred thousand millionths`
        if let Some(c) = cardinal(cur, i + 1).filter(|c| matches!(c.last, Last::Hundred | Last::Scale(_))) {
            if let Some((d, true, end)) = denominator(cur, c.end).filter(|&(d, _, _)| d >= 100 && cur.spaced(c.end)) {
                return Some((c.value / d as f64, end));
            }
        }
    }
    let c = cardinal(cur, i)?;
    let mut value = c.value;
    let mut j = c.end;
    // `one hundred and three quarters`: the last `and X` was a numerator.
    if let Some((whole, and_at, scale)) = c.before_and {
        if let Some((f, end)) = simple_fraction(cur, and_at + 1) {
            if f < 1.0 && end > j {
                return Some((whole + f * pow10(scale), end));
            }
        }
    }
    // `two thirds`, `one-third`, `nine-tenths`
    if matches!(c.last, Last::Units | Last::Tens) {
        if let Some((f, end)) = simple_fraction(cur, i).filter(|&(_, e)| e > j) {
            let mut v = f;
            let mut end = end;
            // `three quarters billion`, `two thirds of a million`
            if let Some(p) = scale_pow(cur.text(end)).filter(|&p| p >= 3 && cur.spaced(end)) {
                v *= pow10(p);
                end += 1;
            } else if cur.is(end, "of") && cur.is(end + 1, "a") {
                if let Some(p) = scale_pow(cur.text(end + 2)).filter(|&p| p >= 3) {
                    v *= pow10(p);
                    end += 3;
                }
            }
            return Some((v, end));
        }
        // `five point five`, `nought point nought three`
        if cur.is(j, "point") && cur.spaced(j) && c.last_scale == 0 && c.value < 1000.0 {
            if let Some((frac, end)) = decimal_digits(cur, j + 1) {
                value += frac;
                j = end;
                return Some((value, j));
            }
        }
    }
    // `five and a quarter`, `two and a half`, `3 million and a half`,
    // `one billion and a quarter million`
    if cur.is(j, "and") && cur.spaced(j) && cur.spaced(j + 1) {
        // `one and half hour`: the article may be dropped before `half`.
        let bare_half = cur.is(j + 1, "half").then_some((0.5, j + 2));
        if let Some((f, end)) = simple_fraction(cur, j + 1).or(bare_half).filter(|&(f, _)| f < 1.0)
        {
            if let Some(p) = scale_pow(cur.text(end)).filter(|&p| p >= 3 && cur.spaced(end)) {
                // `one billion and a quarter million` adds; `one and a half
                // million` scales the whole.
                return Some(if c.last_scale > 0 {
                    (value + f * pow10(p), end + 1)
                } else {
                    ((value + f) * pow10(p), end + 1)
                });
            }
            let unit = if c.last_scale > 0 && matches!(c.last, Last::Scale(_)) {
                pow10(c.last_scale)
            } else {
                1.0
            };
            value += f * unit;
            j = end;
            // `one and a half million`
            if unit == 1.0 {
                if let Some(p) = scale_pow(cur.text(j)).filter(|&p| p >= 3 && cur.spaced(j)) {
                    value *= pow10(p);
                    j += 1;
                }
            }
            return Some((value, j));
        }
    }
    Some((value, j))
}

/// `and a half`, `and three quarters` after a numeral (`2 and a half
/// years`): the fraction's value and end.
pub(crate) fn and_fraction(cur: &Cursor<'_, '_>, j: usize) -> Option<(f64, usize)> {
    if !(cur.is(j, "and") && cur.spaced(j) && cur.spaced(j + 1)) {
        return None;
    }
    if cur.is(j + 1, "half") && !cur.is_any(j + 2, &["of", "a", "an"]) {
        return Some((0.5, j + 2));
    }
    simple_fraction(cur, j + 1).filter(|&(f, _)| f < 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Document;

    fn words(text: &str) -> Option<(f64, String)> {
        let doc = Document::parse(text);
        let cur = Cursor::new(&doc);
        parse(&cur, 0).map(|(v, end)| (v, cur.span(0, end).of(text).to_string()))
    }

    fn value(text: &str) -> f64 {
        words(text).map(|(v, _)| v).unwrap_or(f64::NAN)
    }

    #[test]
    fn compounds() {
        assert_eq!(words("forty-eight hours"), Some((48.0, "forty-eight".into())));
        assert_eq!(words("two hundred and five men"), Some((205.0, "two hundred and five".into())));
        assert_eq!(words("three million people"), Some((3e6, "three million".into())));
        assert_eq!(words("a dozen eggs"), None);
        let text = "a dozen eggs and a hundred and twenty cups";
        let spans: Vec<String> = crate::numbers::find_numbers(&Document::parse(text))
            .iter()
            .map(|n| format!("{}={}", n.span.of(text), n.value))
            .collect();
        assert_eq!(spans, ["dozen=12", "hundred and twenty cups=120"]);
        assert_eq!(words("two dozen eggs"), Some((24.0, "two dozen".into())));
        assert_eq!(words("three dozens"), Some((36.0, "three dozens".into())));
        assert_eq!(
            words("two thousand three hundred"),
            Some((2300.0, "two thousand three hundred".into()))
        );
        assert_eq!(words("twenty one"), Some((21.0, "twenty one".into())));
        assert_eq!(words("fifty - two"), Some((52.0, "fifty - two".into())));
        assert_eq!(words("1 crore"), None);
        assert_eq!(words("two lakh"), Some((2e5, "two lakh".into())));
    }

    #[test]
    fn stops_where_the_number_ends() {
        assert_eq!(words("one and a half"), Some((1.5, "one and a half".into())));
        assert_eq!(words("one and a half million"), Some((1.5e6, "one and a half million".into())));
        assert_eq!(words("one and another"), Some((1.0, "one".into())));
        assert_eq!(words("two three"), Some((2.0, "two".into())));
        assert_eq!(words("three-year-old"), Some((3.0, "three".into())));
        assert_eq!(words("a man"), None);
        assert_eq!(words("hundred"), None);
        assert_eq!(words("a one"), None);
        assert_eq!(words("one third-round win"), Some((1.0, "one".into())));
        assert_eq!(words("a fifth term"), None);
    }

    #[test]
    fn fractions() {
        assert!((value("two thirds") - 2.0 / 3.0).abs() < 1e-12);
        assert_eq!(value("one-third of"), 1.0 / 3.0);
        assert_eq!(value("nine-tenths of"), 0.9);
        assert_eq!(value("one eighth"), 0.125);
        assert_eq!(value("a third of voters"), 1.0 / 3.0);
        assert_eq!(value("five and a quarter"), 5.25);
        assert_eq!(value("one hundred and three quarters"), 100.75);
        assert_eq!(value("twenty and three fifths"), 20.6);
        assert_eq!(value("a quarter million"), 250_000.0);
        assert_eq!(value("three quarters billion"), 7.5e8);
        assert_eq!(value("two million and one half"), 2.5e6);
        assert_eq!(value("one billion and a quarter million"), 1_000_250_000.0);
        assert!((value("two thirds of a million") - 2e6 / 3.0).abs() < 1e-6);
        assert!((value("three twenty-firsts") - 3.0 / 21.0).abs() < 1e-12);
        assert_eq!(value("two hundred and fifty-four hundredths"), 200.54);
    }

    #[test]
    fn spoken_decimals() {
        assert_eq!(value("five point five"), 5.5);
        assert_eq!(value("nought point nought three"), 0.03);
        assert_eq!(value("nought point eleven"), 0.11);
    }
}
