//! Clock times: `8:30 p.m.` → `20:30`, `6pm` → `18:00`, `14:00`, `8.30am`,
//! `0600 GMT`, `noon`, `midnight`.

use super::cursor::Cursor;
use super::{guard, numeral, Found, NumberKind, Resolved, Step};

/// Time zones that mark a four-digit number as a 24-hour clock time.
const ZONES: &[&str] = &["GMT", "UTC", "KST", "JST", "EST", "EDT", "PST", "PDT", "CET", "BST"];

pub(crate) fn parse(cur: &Cursor<'_, '_>, i: usize) -> Step {
    if cur.is_word(i) {
        return named(cur, i).map_or(Step::Pass, Step::Found);
    }
    if !cur.is_number(i) {
        return Step::Pass;
    }
    if cur.is_exact(i + 1, ":")
        && cur.attached(i + 1)
        && cur.is_number(i + 2)
        && cur.attached(i + 2)
    {
        return colon_time(cur, i);
    }
    if let Some(f) = hour_with_meridiem(cur, i).or_else(|| zoned(cur, i)) {
        return Step::Found(f);
    }
    Step::Pass
}

/// `a.m.`/`am`/`AM`/`p.m.`/`pm` at `j`: whether it is p.m., and its end.
pub(crate) fn meridiem_at(cur: &Cursor<'_, '_>, j: usize) -> Option<(bool, usize)> {
    if cur.is_any(j, &["am", "pm"]) {
        return Some((cur.is(j, "pm"), j + 1));
    }
    // `a.m.` is four tokens: `a` `.` `m` `.`; the closing period may be
    // missing or double as the full stop.
    if cur.is_any(j, &["a", "p"])
        && cur.is_exact(j + 1, ".")
        && cur.attached(j + 1)
        && cur.is(j + 2, "m")
        && cur.attached(j + 2)
    {
        let end = if cur.is_exact(j + 3, ".") && cur.attached(j + 3) { j + 4 } else { j + 3 };
        return Some((cur.is(j, "p"), end));
    }
    None
}

fn to_24h(hour: u8, pm: bool) -> u8 {
    match (hour, pm) {
        (12, false) => 0,
        (12, true) => 12,
        (h, true) => h + 12,
        (h, false) => h,
    }
}

fn small_int(s: &str, max_len: usize) -> Option<u8> {
    if s.is_empty() || s.len() > max_len || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// `8:30`, `14:00`, `8:30:15 p.m.`; `3:1` is a ratio and reads as nothing.
fn colon_time(cur: &Cursor<'_, '_>, i: usize) -> Step {
    let (h, m) = (cur.text(i), cur.text(i + 2));
    let mut end = i + 3;
    let (Some(hour), Some(minute)) = (small_int(h, 2), small_int(m, 2)) else {
        return Step::Skip(end);
    };
    if m.len() != 2 || hour > 24 || minute > 59 {
        return Step::Skip(end);
    }
    // A verse or chapter reference: `John 3:16`.
    if guard::after_name(cur, i) {
        return Step::Skip(end);
    }
    if cur.is_exact(end, ":")
        && cur.attached(end)
        && cur.is_number(end + 1)
        && cur.text(end + 1).len() == 2
    {
        end += 2;
    }
    let mut hour = hour;
    if let Some((pm, e)) = meridiem_at(cur, end).filter(|_| (1..=12).contains(&hour)) {
        hour = to_24h(hour, pm);
        end = e;
    }
    Step::Found(Found::new(i, end, NumberKind::Time, Resolved::Time { hour: hour % 24, minute }))
}

/// `6pm`, `6 p.m.`, `8.30am`.
fn hour_with_meridiem(cur: &Cursor<'_, '_>, i: usize) -> Option<Found> {
    let t = cur.text(i);
    let (hour, minute) = match t.split_once('.') {
        Some((h, m)) if m.len() == 2 => (small_int(h, 2)?, small_int(m, 2)?),
        Some(_) => return None,
        None => (small_int(t, 2)?, 0),
    };
    if !(1..=12).contains(&hour) || minute > 59 || guard::glued_to_name(cur, i) {
        return None;
    }
    let (pm, end) = meridiem_at(cur, i + 1)?;
    Some(Found::new(i, end, NumberKind::Time, Resolved::Time { hour: to_24h(hour, pm), minute }))
}

/// `0600 GMT`: a four-digit 24-hour time before a zone name; the zone stays
/// outside the span.
fn zoned(cur: &Cursor<'_, '_>, i: usize) -> Option<Found> {
    let t = cur.text(i);
    let n = numeral::parse(t)?;
    if t.len() != 4 || n.plain_int().is_none() || !cur.spaced(i + 1) {
        return None;
    }
    if !ZONES.iter().any(|z| cur.is_exact(i + 1, z)) {
        return None;
    }
    let (hour, minute) = (small_int(t.get(..2)?, 2)?, small_int(t.get(2..)?, 2)?);
    if hour > 23 || minute > 59 {
        return None;
    }
    Some(Found::new(i, i + 1, NumberKind::Time, Resolved::Time { hour, minute }))
}

/// `noon`, `midnight` as words of their own.
fn named(cur: &Cursor<'_, '_>, i: usize) -> Option<Found> {
    let (hour, minute) = if cur.is(i, "noon") || cur.is(i, "midday") {
        (12, 0)
    } else if cur.is(i, "midnight") {
        (0, 0)
    } else {
        return None;
    };
    // Capitalized mid-sentence it is a title (`Midnight Express`).
    if cur.upper_initial(i) && !cur.sentence_first(i) {
        return None;
    }
    // `noon-time`, `midnight-blue`: part of a compound.
    if cur.is_exact(i + 1, "-") && cur.attached(i + 1) {
        return None;
    }
    Some(Found::new(i, i + 1, NumberKind::Time, Resolved::Time { hour, minute }))
}

#[cfg(test)]
mod tests {
    use crate::text::Document;

    fn times(text: &str) -> Vec<(String, String)> {
        let doc = Document::parse(text);
        crate::numbers::find_numbers(&doc)
            .into_iter()
            .filter(|n| n.kind == crate::numbers::NumberKind::Time)
            .map(|n| (n.span.of(text).to_string(), n.value.to_string()))
            .collect()
    }

    #[test]
    fn clock_forms() {
        assert_eq!(times("at 8:30 p.m. on"), [("8:30 p.m.".to_string(), "20:30".to_string())]);
        assert_eq!(times("at 6pm."), [("6pm".to_string(), "18:00".to_string())]);
        assert_eq!(times("at 12 a.m."), [("12 a.m.".to_string(), "00:00".to_string())]);
        assert_eq!(times("at 14:00 local"), [("14:00".to_string(), "14:00".to_string())]);
        assert_eq!(times("by 8.30am"), [("8.30am".to_string(), "08:30".to_string())]);
        assert_eq!(times("at 0600 GMT"), [("0600".to_string(), "06:00".to_string())]);
        assert_eq!(times("until midnight"), [("midnight".to_string(), "00:00".to_string())]);
    }

    #[test]
    fn not_times() {
        assert!(times("a 3:1 ratio").is_empty());
        assert!(times("as John 3:16 says").is_empty());
        assert!(times("I am 6 and").is_empty());
    }
}
