//! Ordinals and ranks: `first` … `twentieth`, `twenty-first`, `1st`, `23rd`,
//! `No. 1`.
//!
//! `second` is a rank only where it ranks: not the time unit of `a second`
//! or `per second`. Capitalized ordinals inside names (`First Lady`,
//! `Second World War`, `2nd Infantry Division`) are left to the names.

use super::cursor::Cursor;
use super::dates;
use super::words::TENS;
use super::{counts, guard, numeral, Found, NumberKind, Resolved, Step};

pub(crate) const ORDINALS: &[(&str, u64)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("thirtieth", 30),
    ("fortieth", 40),
    ("fiftieth", 50),
    ("sixtieth", 60),
    ("seventieth", 70),
    ("eightieth", 80),
    ("ninetieth", 90),
    ("hundredth", 100),
    ("thousandth", 1000),
    ("millionth", 1_000_000),
    ("billionth", 1_000_000_000),
    ("trillionth", 1_000_000_000_000),
    // A common misspelling.
    ("nineth", 9),
];

const SUFFIXES: &[&str] = &["st", "nd", "rd", "th"];

fn ordinal_word(word: &str) -> Option<u64> {
    ORDINALS.iter().find(|(w, _)| word.eq_ignore_ascii_case(w)).map(|&(_, v)| v)
}

pub(crate) fn parse(cur: &Cursor<'_, '_>, i: usize) -> Step {
    if cur.is_number(i) {
        return suffixed(cur, i);
    }
    if !cur.is_word(i) {
        return Step::Pass;
    }
    if let Some(f) = number_sign(cur, i) {
        return Step::Found(f);
    }
    spelled(cur, i)
}

/// `No. 1`, `no. 3`: a rank written with the number sign.
fn number_sign(cur: &Cursor<'_, '_>, i: usize) -> Option<Found> {
    if !cur.is(i, "no")
        || !cur.is_exact(i + 1, ".")
        || !cur.attached(i + 1)
        || !cur.is_number(i + 2)
    {
        return None;
    }
    let n = numeral::parse(cur.text(i + 2))?.plain_int()?;
    if cur.attached(i + 3) && cur.is_word(i + 3) {
        return None;
    }
    Some(Found::new(i, i + 3, NumberKind::Ordinal, Resolved::Number(n as f64)))
}

/// `1st`, `23rd`, `100th`.
fn suffixed(cur: &Cursor<'_, '_>, i: usize) -> Step {
    if !(cur.attached(i + 1) && cur.is_any(i + 1, SUFFIXES)) {
        return Step::Pass;
    }
    let Some(n) = numeral::parse(cur.text(i)).and_then(|n| n.plain_int()) else {
        return Step::Pass;
    };
    let end = i + 2;
    if guard::glued_to_name(cur, i) || in_name_after(cur, end) {
        return Step::Skip(end);
    }
    Step::Found(Found::new(i, end, NumberKind::Ordinal, Resolved::Number(n as f64)))
}

/// A capitalized word (not a month) follows: the ordinal is part of a name
/// (`2nd Infantry Division`, `Second World War`).
fn in_name_after(cur: &Cursor<'_, '_>, end: usize) -> bool {
    cur.spaced(end) && cur.upper_initial(end) && !dates::is_month_or_weekday(cur.text(end))
}

/// `one hundred twenty-fifth`, `two hundredth`, `a hundred trillionth`:
/// a spelled cardinal closed by an ordinal. A scale ordinal multiplies
/// (`two hundredth` = 200); a smaller one adds (`one hundred and fifth`).
fn cardinal_then_ordinal(cur: &Cursor<'_, '_>, i: usize) -> Option<(f64, usize)> {
    let (base, k) = super::words::parse(cur, i)?;
    if base.fract() != 0.0 || base < 1.0 {
        return None;
    }
    let k = if cur.is(k, "and") { k + 1 } else { k };
    let (ord, end) = if cur.is_exact(k, "-") && cur.attached(k) {
        // `twenty-fifth` after `one hundred`: the words stop before `-`.
        let (o, e) = compound(cur, k.checked_sub(1)?)?;
        let tens = super::words::TENS.iter().find(|(w, _)| cur.is(k - 1, w))?.1;
        return Some((base - f64::from(tens) + o as f64, e));
    } else if cur.spaced(k) {
        let o = match compound(cur, k) {
            Some((o, e)) => (o, e),
            None => (ordinal_word(cur.text(k))?, k + 1),
        };
        (o.0, o.1)
    } else {
        return None;
    };
    let ord = ord as f64;
    let value = if [100.0, 1e3, 1e6, 1e9, 1e12].contains(&ord) && ord > 1.0 {
        base * ord
    } else if ord < 100.0 && base >= 100.0 && (base % 100.0) == 0.0 {
        base + ord
    } else {
        return None;
    };
    Some((value, end))
}

fn spelled(cur: &Cursor<'_, '_>, i: usize) -> Step {
    // `a hundred trillionth`: the article stands for one and opens the span.
    if cur.is_any(i, &["a", "an"]) {
        return match cardinal_then_ordinal(cur, i + 1) {
            Some((v, end))
                if cur.spaced(i + 1)
                    && ordinal_word(cur.text(end - 1)).is_some_and(|o| o >= 100) =>
            {
                Step::Found(Found::new(i, end, NumberKind::Ordinal, Resolved::Number(v)))
            }
            _ => Step::Pass,
        };
    }
    if let Some((v, end)) = cardinal_then_ordinal(cur, i) {
        return Step::Found(Found::new(i, end, NumberKind::Ordinal, Resolved::Number(v)));
    }
    let (value, end) = match compound(cur, i) {
        Some(found) => found,
        None => match ordinal_word(cur.text(i)) {
            Some(v) => (v, i + 1),
            None => return Step::Pass,
        },
    };
    let prev = i.checked_sub(1);
    let prev_is = |words: &[&str]| prev.is_some_and(|p| cur.is_any(p, words));
    // Fractions: `one-third`, `a third of`, `two fifths`.
    if prev.is_some_and(|p| cur.is_exact(p, "-") && cur.attached(i)) {
        return Step::Skip(end);
    }
    if prev_is(&["a", "an", "one"]) && cur.is(end, "of") && value > 2 {
        return Step::Skip(end);
    }
    if value == 2 && !ranks_as_second(cur, i, end) {
        return Step::Skip(end);
    }
    if value == 1 && (prev_is(&["at"]) || (cur.is(end, "of") && cur.is(end + 1, "all"))) {
        return Step::Skip(end);
    }
    if cur.upper_initial(i) && !cur.sentence_first(i) {
        let named_before = prev.is_some_and(|p| cur.upper_initial(p) && !cur.sentence_first(p));
        if named_before || in_name_after(cur, end) {
            return Step::Skip(end);
        }
    }
    Step::Found(Found::new(i, end, NumberKind::Ordinal, Resolved::Number(value as f64)))
}

/// `twenty-first`.
fn compound(cur: &Cursor<'_, '_>, i: usize) -> Option<(u64, usize)> {
    let tens = TENS.iter().find(|(w, _)| cur.is(i, w))?.1;
    if !(cur.is_exact(i + 1, "-") && cur.attached(i + 1) && cur.attached(i + 2)) {
        return None;
    }
    let unit = ordinal_word(cur.text(i + 2)).filter(|u| (1..=9).contains(u))?;
    Some((u64::from(tens) + unit, i + 3))
}

/// `second` after `a`/`per`/`split`/`every` is the time unit unless a noun
/// follows (`a second term`); the rank otherwise (`the second test`).
fn ranks_as_second(cur: &Cursor<'_, '_>, i: usize, end: usize) -> bool {
    let Some(p) = i.checked_sub(1) else { return true };
    // `one second`, `30 second`: a count of seconds.
    if cur.is_number(p) || super::words::parse(cur, p).is_some_and(|(_, e)| e == i) && !cur.is_any(p, &["a", "an"]) {
        return false;
    }
    if cur.is_any(p, &["per", "split", "every", "each", "nano", "milli"]) {
        return false;
    }
    if cur.is_any(p, &["a", "an", "one", "that"]) {
        return counts::head(cur, end).is_some();
    }
    true
}

#[cfg(test)]
mod tests {
    use crate::text::Document;

    fn ordinals(text: &str) -> Vec<(String, String)> {
        let doc = Document::parse(text);
        crate::numbers::find_numbers(&doc)
            .into_iter()
            .filter(|n| n.kind == crate::numbers::NumberKind::Ordinal)
            .map(|n| (n.span.of(text).to_string(), n.value.to_string()))
            .collect()
    }

    fn pair(a: &str, b: &str) -> (String, String) {
        (a.to_string(), b.to_string())
    }

    #[test]
    fn ranks() {
        assert_eq!(ordinals("the “No. 1 hostile country”"), [pair("No. 1", "1")]);
        assert_eq!(ordinals("the twenty-first test"), [pair("twenty-first", "21")]);
        assert_eq!(ordinals("its 23rd launch"), [pair("23rd", "23")]);
        assert_eq!(ordinals("the second test"), [pair("second", "2")]);
        assert_eq!(ordinals("a second term"), [pair("second", "2")]);
    }

    #[test]
    fn not_ranks() {
        assert!(ordinals("wait a second.").is_empty());
        assert!(ordinals("at first it").is_empty());
        assert!(ordinals("a third of voters").is_empty());
        assert!(ordinals("one-third of voters").is_empty());
        assert!(ordinals("since the Second World War").is_empty());
        assert!(ordinals("the 2nd Infantry Division").is_empty());
    }
}
