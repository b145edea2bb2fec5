//! Spelled-out cardinals: `seven`, `forty-eight`, `two hundred and five`,
//! `a dozen`, `three million`.

use super::cursor::Cursor;
use super::numeral::pow10;

const SMALL: &[(&str, u32)] = &[
    ("zero", 0),
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
pub(crate) const SCALES: &[(&str, u32)] =
    &[("hundred", 2), ("thousand", 3), ("million", 6), ("billion", 9), ("trillion", 12)];

fn lookup(table: &[(&str, u32)], word: &str) -> Option<u32> {
    table.iter().find(|(w, _)| word.eq_ignore_ascii_case(w)).map(|&(_, v)| v)
}

pub(crate) fn scale_pow(word: &str) -> Option<u32> {
    lookup(SCALES, word)
}

/// A number below 100 at `j`: `seven`, `forty`, `forty-eight`.
fn below_hundred(cur: &Cursor<'_, '_>, j: usize) -> Option<(u32, usize)> {
    let w = cur.text(j);
    if let Some(v) = lookup(SMALL, w) {
        return Some((v, j + 1));
    }
    let tens = lookup(TENS, w)?;
    if cur.is_exact(j + 1, "-") && cur.attached(j + 1) && cur.attached(j + 2) {
        if let Some(unit) = lookup(SMALL, cur.text(j + 2)).filter(|u| (1..=9).contains(u)) {
            return Some((tens + unit, j + 3));
        }
    }
    Some((tens, j + 1))
}

#[derive(Clone, Copy, PartialEq)]
enum Last {
    Start,
    Units,
    Tens,
    Hundred,
    Scale(u32),
    And,
}

/// Parses spelled-out cardinals starting at `i`: the value and the end token.
/// `a`/`an` starts one only before `hundred`, a scale or `dozen`.
pub(crate) fn parse(cur: &Cursor<'_, '_>, i: usize) -> Option<(f64, usize)> {
    let article = cur.is_any(i, &["a", "an"]);
    let mut j = if article { i + 1 } else { i };
    if article && !(scale_pow(cur.text(j)).is_some() || cur.is(j, "dozen")) {
        return None;
    }
    let mut total = 0f64;
    let mut group: u64 = 0;
    let mut last = Last::Start;
    // `a hundred`, `a million`: the article stands for one.
    let may_imply_one = |j: usize| article && j == i + 1;
    loop {
        if j > i && !cur.spaced(j) {
            break;
        }
        if let Some((v, next)) = below_hundred(cur, j) {
            let fits = match last {
                Last::Start | Last::Hundred | Last::Scale(_) | Last::And => true,
                // `twenty one`, written without the hyphen.
                Last::Tens => v < 10 && next == j + 1,
                Last::Units => false,
            };
            if !fits || (article && last == Last::Start) {
                break;
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
            j += 1;
            continue;
        }
        if cur.is(j, "dozen") {
            if group == 0 && !may_imply_one(j) {
                break;
            }
            group = group.max(1) * 12;
            j += 1;
            break;
        }
        // `two hundred and five`
        if cur.is(j, "and")
            && matches!(last, Last::Hundred | Last::Scale(_))
            && cur.spaced(j + 1)
            && below_hundred(cur, j + 1).is_some()
        {
            last = Last::And;
            j += 1;
            continue;
        }
        break;
    }
    if last == Last::And {
        j -= 1;
    }
    let consumed = if article { j > i + 1 } else { j > i };
    if !consumed {
        return None;
    }
    // `two and a half years`, `one and a half million`
    let mut half = 0.0;
    if matches!(last, Last::Units | Last::Tens)
        && cur.is(j, "and")
        && cur.is(j + 1, "a")
        && cur.is(j + 2, "half")
    {
        half = 0.5;
        j += 3;
        if let Some(p) = scale_pow(cur.text(j)).filter(|&p| p >= 3 && cur.spaced(j)) {
            total += (group as f64 + half) * pow10(p);
            group = 0;
            half = 0.0;
            j += 1;
        }
    }
    Some((total + group as f64 + half, j))
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

    #[test]
    fn compounds() {
        assert_eq!(words("forty-eight hours"), Some((48.0, "forty-eight".into())));
        assert_eq!(words("two hundred and five men"), Some((205.0, "two hundred and five".into())));
        assert_eq!(words("three million people"), Some((3e6, "three million".into())));
        assert_eq!(words("a dozen eggs"), Some((12.0, "a dozen".into())));
        assert_eq!(words("two dozen eggs"), Some((24.0, "two dozen".into())));
        assert_eq!(words("a hundred and twenty"), Some((120.0, "a hundred and twenty".into())));
        assert_eq!(
            words("two thousand three hundred"),
            Some((2300.0, "two thousand three hundred".into()))
        );
        assert_eq!(words("twenty one"), Some((21.0, "twenty one".into())));
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
    }
}
