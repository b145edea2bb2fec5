//! Clock times: `8:30 p.m.` → `20:30`, `6pm` → `18:00`, `14:00`, `8.30am`,
//! `0600 GMT`, `7:56:30 am`, `1140 a.m.`, `eight o'clock`, `ten past
//! nine`, `half past seven`, `quarter to six`, `eight in the evening`,
//! `noon`, `midnight`, `at sundown`; ranges (`8-9am`, `10am to 12pm`,
//! `4:00 to 7 o'clock`); and race times (`1:18.9`, `4:07.13`), which are
//! durations.

use super::cursor::Cursor;
use super::index::word_set;
use super::{guard, numeral, words, Clock, Found, NumberKind, Resolved, Step};

/// Time zones that mark a four-digit number as a 24-hour clock time.
const ZONES: &[&str] = &["GMT", "UTC", "KST", "JST", "EST", "EDT", "PST", "PDT", "CET", "BST"];

/// Moments of the day named by the sun, read as times after a preposition
/// (`at sundown`); the value is the word.
pub(crate) const SUN_TIMES: &[&str] =
    &["sundown", "sunset", "sunrise", "dawn", "dusk", "daybreak", "nightfall"];

/// Prepositions that make a sun word a time.
const AT_WORDS: &[&str] = &[
    "at", "before", "after", "until", "till", "by", "from", "since", "around", "near", "toward",
    "towards",
];

/// Words after a numeral that may make it a time.
const AFTER_HOUR: &[&str] = &[
    ":", "am", "pm", "a", "p", "oclock", "o", "min", "mins", "minute", "minutes", "past", "to",
    "after", "before", "in", "at", "-", "–", "GMT", "UTC", "KST", "JST", "EST", "EDT", "PST",
    "PDT", "CET", "BST", "until", "till", "and",
];

pub(crate) fn parse(cur: &Cursor<'_, '_>, i: usize) -> Step {
    // Cheap test first: a numeral is a time only before one of a few words.
    if cur.is_number(i) && !word_set!(AFTER_HOUR).contains(cur.text(i + 1)) {
        return Step::Pass;
    }
    // Spelled times need one of those words within a few tokens (`two
    // thirty p m`, `twenty-five past six`); `noon`, `dawn` stand alone.
    if cur.is_word(i)
        && !cur.is_any(i, &["noon", "midday", "midnight"])
        && !SUN_TIMES.iter().any(|w| cur.is_exact(i, w))
        && !(i + 1..i + 4).any(|k| word_set!(AFTER_HOUR).contains(cur.text(k)))
    {
        return Step::Pass;
    }
    let Some(mut f) = time_at(cur, i).or_else(|| bare_range(cur, i)) else {
        if cur.is_number(i)
            && cur.is_exact(i + 1, ":")
            && cur.attached(i + 1)
            && cur.attached(i + 2)
        {
            // `3:1`, `John 3:16`: colons that are no clock.
            if let Some(d) = race_time(cur, i) {
                return Step::Found(d);
            }
            let end = if cur.is_number(i + 2) { i + 3 } else { i + 2 };
            return Step::Skip(end);
        }
        return Step::Pass;
    };
    if let (Resolved::Time(c), None) = (f.value, f.end_value) {
        // `8-9am`, `10am to 12pm`, `4:00 to 7 o'clock`
        if let Some((c2, end)) = range_end(cur, f.end) {
            // `7:00 to 8:00pm`: the closing meridiem covers the start.
            let marked = (f.start..f.end).any(|k| meridiem_at(cur, k).is_some() && k > f.start);
            let mut c = c;
            if !marked && c.hour < 12 && c2.hour > 12 && c.hour + 12 <= c2.hour {
                c.hour += 12;
                f.value = Resolved::Time(c);
            }
            f.end = end;
            f.end_value = Some(Resolved::Time(c2));
        }
    }
    Step::Found(f)
}

/// A single time of day at `i`.
pub(crate) fn time_at(cur: &Cursor<'_, '_>, i: usize) -> Option<Found> {
    if cur.is_word(i) {
        return named(cur, i).or_else(|| spelled(cur, i));
    }
    if !cur.is_number(i) {
        return None;
    }
    if cur.is_exact(i + 1, ":")
        && cur.attached(i + 1)
        && cur.is_number(i + 2)
        && cur.attached(i + 2)
    {
        return colon_time(cur, i);
    }
    hour_with_meridiem(cur, i)
        .or_else(|| hhmm_meridiem(cur, i))
        .or_else(|| zoned(cur, i))
        .or_else(|| oclock(cur, i, numeral_hour(cur, i)?, i + 1))
        .or_else(|| past_to(cur, i))
        .or_else(|| in_the_part(cur, i, numeral_hour(cur, i)?, i + 1))
}

fn numeral_hour(cur: &Cursor<'_, '_>, i: usize) -> Option<u8> {
    small_int(cur.text(i), 2).filter(|h| (1..=12).contains(h))
}

/// `a.m.`/`am`/`AM`/`p.m.`/`pm` at `j`: whether it is p.m., and its end.
/// Transcripts space it out (`p . m .`).
pub(crate) fn meridiem_at(cur: &Cursor<'_, '_>, j: usize) -> Option<(bool, usize)> {
    if cur.is_any(j, &["am", "pm"]) {
        return Some((cur.is(j, "pm"), j + 1));
    }
    // `a.m.` is four tokens: `a` `.` `m` `.`; the closing period may be
    // missing or double as the full stop.
    if cur.is_any(j, &["a", "p"])
        && cur.is_exact(j + 1, ".")
        && cur.is(j + 2, "m")
        && (cur.attached(j + 1) && cur.attached(j + 2)
            || cur.spaced(j + 1)
                && cur.spaced(j + 2)
                && (cur.is_exact(j, "a") || cur.is_exact(j, "p")))
    {
        let closing = cur.is_exact(j + 3, ".") && (cur.attached(j + 3) || cur.spaced(j + 1));
        let end = if closing { j + 4 } else { j + 3 };
        return Some((cur.is(j, "p"), end));
    }
    // `p m` in lowercase transcripts
    if (cur.is_exact(j, "p") || cur.is_exact(j, "a"))
        && cur.is_exact(j + 1, "m")
        && cur.spaced(j + 1)
        && !cur.is_word(j + 2)
    {
        return Some((cur.is(j, "p"), j + 2));
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
fn colon_time(cur: &Cursor<'_, '_>, i: usize) -> Option<Found> {
    let (h, m) = (cur.text(i), cur.text(i + 2));
    let mut end = i + 3;
    let (hour, minute) = (small_int(h, 2)?, small_int(m, 2)?);
    if m.len() != 2 || hour > 24 || minute > 59 {
        return None;
    }
    // A verse or chapter reference: `John 3:16`; an aspect ratio `16:9`.
    if guard::after_name(cur, i) || cur.is(end, "ratio") || cur.is(end, "aspect") {
        return None;
    }
    let mut second = None;
    if cur.is_exact(end, ":")
        && cur.attached(end)
        && cur.is_number(end + 1)
        && cur.text(end + 1).len() == 2
    {
        second = small_int(cur.text(end + 1), 2).filter(|s| *s < 60);
        end += 2;
    }
    let mut hour = hour;
    if let Some((pm, e)) = meridiem_at(cur, end).filter(|_| (1..=12).contains(&hour)) {
        hour = to_24h(hour, pm);
        end = e;
    } else if let Some((h, e)) = part_of_day_after(cur, end, hour) {
        hour = h;
        end = e;
    } else if cur.is_any(end, &["oclock", "o’clock", "o'clock"]) {
        end += 1;
    }
    Some(Found::new(
        i,
        end,
        NumberKind::Time,
        Resolved::Time(Clock { hour: hour % 24, minute, second }),
    ))
}

/// `1:18.9`, `4:07.13`, `1:41.41.2`: race times with decimal seconds, read
/// as durations in seconds.
fn race_time(cur: &Cursor<'_, '_>, i: usize) -> Option<Found> {
    let first: f64 = f64::from(small_int(cur.text(i), 2)?);
    let rest = cur.text(i + 2);
    let parts: Vec<&str> = rest.split('.').collect();
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let seconds = match parts.as_slice() {
        // m:ss.d
        [ss, frac] if ss.len() == 2 && all_digits(ss) && all_digits(frac) => {
            first * 60.0 + format!("{ss}.{frac}").parse::<f64>().ok()?
        }
        // h:mm.ss.d
        [mm, ss, frac]
            if mm.len() == 2 && ss.len() == 2 && [mm, ss, frac].iter().all(|p| all_digits(p)) =>
        {
            first * 3600.0
                + mm.parse::<f64>().ok()? * 60.0
                + format!("{ss}.{frac}").parse::<f64>().ok()?
        }
        _ => return None,
    };
    let mut f =
        Found::new(i, i + 3, NumberKind::Duration, Resolved::Number((seconds * 1e6).round() / 1e6));
    f.unit = Some("second");
    Some(f)
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
    let (pm, end) = meridiem_at(cur, i + 1).or_else(|| short_meridiem(cur, i))?;
    Some(Found::new(i, end, NumberKind::Time, Resolved::Time(Clock::hm(to_24h(hour, pm), minute))))
}

/// `today at 9p`, `Monday at 7a`: a lone `a` or `p` against the hour,
/// only after a day and `at` (`closed at 9p` is pence).
fn short_meridiem(cur: &Cursor<'_, '_>, i: usize) -> Option<(bool, usize)> {
    let j = i + 1;
    let ok = cur.attached(j)
        && (cur.is_exact(j, "p") || cur.is_exact(j, "a"))
        && !(cur.attached(j + 1) && (cur.is_word(j + 1) || cur.is_number(j + 1)))
        && i.checked_sub(1).is_some_and(|p| cur.is(p, "at"))
        && i.checked_sub(2).is_some_and(|d| {
            super::dates::weekday_at(cur, d).is_some()
                || cur.is_any(d, &["today", "tomorrow", "tonight", "yesterday"])
        });
    ok.then(|| (cur.is_exact(j, "p"), j + 1))
}

/// `1140 a.m.`, `730pm`: hours and minutes run together before a meridiem.
fn hhmm_meridiem(cur: &Cursor<'_, '_>, i: usize) -> Option<Found> {
    let t = cur.text(i);
    if !(t.len() == 3 || t.len() == 4) || !t.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let split = t.len() - 2;
    let (hour, minute) = (small_int(t.get(..split)?, 2)?, small_int(t.get(split..)?, 2)?);
    if !(1..=12).contains(&hour) || minute > 59 {
        return None;
    }
    let (pm, end) = meridiem_at(cur, i + 1)?;
    Some(Found::new(i, end, NumberKind::Time, Resolved::Time(Clock::hm(to_24h(hour, pm), minute))))
}

/// `0600 GMT`: a four-digit 24-hour time before a zone name; the zone stays
/// outside the span.
fn zoned(cur: &Cursor<'_, '_>, i: usize) -> Option<Found> {
    if !cur.upper_initial(i + 1) {
        return None;
    }
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
    Some(Found::new(i, i + 1, NumberKind::Time, Resolved::Time(Clock::hm(hour, minute))))
}

/// `noon`, `midnight` as words of their own; `at sundown`.
fn named(cur: &Cursor<'_, '_>, i: usize) -> Option<Found> {
    if let Some(&sun) = SUN_TIMES.iter().find(|w| cur.is_exact(i, w)) {
        let after_prep = i.checked_sub(1).is_some_and(|p| cur.is_any(p, AT_WORDS));
        return after_prep.then(|| Found::new(i, i + 1, NumberKind::Time, Resolved::Named(sun)));
    }
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
    Some(Found::new(i, i + 1, NumberKind::Time, Resolved::Time(Clock::hm(hour, minute))))
}

/// A spelled hour: `one` … `twelve`.
fn spelled_hour(cur: &Cursor<'_, '_>, i: usize) -> Option<u8> {
    let (v, end) = words::parse(cur, i)?;
    (end == i + 1 && v.fract() == 0.0 && (1.0..=12.0).contains(&v)).then_some(v as u8)
}

/// Spelled times: `eight o'clock`, `fifteen past eight`, `half past
/// seven`, `quarter to six`, `one in the morning`, `two thirty p m`.
fn spelled(cur: &Cursor<'_, '_>, i: usize) -> Option<Found> {
    if let Some(h) = spelled_hour(cur, i) {
        if let Some(f) = oclock(cur, i, h, i + 1) {
            return Some(f);
        }
        if let Some(f) = in_the_part(cur, i, h, i + 1) {
            return Some(f);
        }
        // `two thirty p m`, `nine a m`
        let (minute, k) = match words::parse(cur, i + 1) {
            Some((m, e)) if (10.0..60.0).contains(&m) && m.fract() == 0.0 && cur.spaced(i + 1) => {
                (m as u8, e)
            }
            _ => (0, i + 1),
        };
        if let Some((pm, end)) = meridiem_at(cur, k).filter(|_| cur.spaced(k)) {
            return Some(Found::new(
                i,
                end,
                NumberKind::Time,
                Resolved::Time(Clock::hm(to_24h(h, pm), minute)),
            ));
        }
        // `at seven twenty-seven`, `at six forty-three minutes`: hour and
        // minutes said after `at`, with no noun after them.
        let after_at = i.checked_sub(1).is_some_and(|p| cur.is(p, "at"));
        if after_at && minute >= 10 {
            let end = if cur.is_any(k, &["minutes", "mins"]) { k + 1 } else { k };
            if super::counts::head(cur, end).is_none() {
                return Some(Found::new(i, end, NumberKind::Time, Resolved::Time(Clock::hm(h, minute))));
            }
        }
    }
    past_to(cur, i)
}

/// `8 o'clock`, `10 oclock`.
fn oclock(cur: &Cursor<'_, '_>, i: usize, hour: u8, j: usize) -> Option<Found> {
    let end = if cur.is_any(j, &["oclock"]) {
        j + 1
    } else if cur.is(j, "o") && cur.is_any(j + 1, &["'", "’"]) && cur.is(j + 2, "clock") {
        j + 3
    } else {
        return None;
    };
    let (hour, end) = part_of_day_after(cur, end, hour).unwrap_or((hour, end));
    Some(Found::new(i, end, NumberKind::Time, Resolved::Time(Clock::hm(hour, 0))))
}

/// `eight in the evening`, `10 in the morning`, `one at night`.
fn in_the_part(cur: &Cursor<'_, '_>, i: usize, hour: u8, j: usize) -> Option<Found> {
    let (h, end) = part_of_day_after(cur, j, hour)?;
    Some(Found::new(i, end, NumberKind::Time, Resolved::Time(Clock::hm(h, 0))))
}

/// `in the morning`, `in the afternoon`, `in the evening`, `at night`
/// after an hour: the 24-hour hour and the end.
fn part_of_day_after(cur: &Cursor<'_, '_>, j: usize, hour: u8) -> Option<(u8, usize)> {
    if !(1..=12).contains(&hour) {
        return None;
    }
    let (pm, end) = if cur.is(j, "in") && cur.is(j + 1, "the") {
        if cur.is(j + 2, "morning") {
            (false, j + 3)
        } else if cur.is_any(j + 2, &["afternoon", "evening"]) {
            (true, j + 3)
        } else {
            return None;
        }
    } else if cur.is(j, "at") && cur.is(j + 1, "night") {
        (hour != 12 && hour >= 6, j + 2)
    } else {
        return None;
    };
    Some((to_24h(hour, pm), end))
}

/// `ten past nine`, `20 min past eight`, `half past seven`, `quarter to
/// six`, `15 past seven o'clock`.
fn past_to(cur: &Cursor<'_, '_>, i: usize) -> Option<Found> {
    let (minutes, k) = if cur.is(i, "half") {
        (30, i + 1)
    } else if cur.is(i, "quarter") {
        (15, i + 1)
    } else if cur.is(i, "a") && cur.is(i + 1, "quarter") {
        (15, i + 2)
    } else if let Some(n) = small_int(cur.text(i), 2).filter(|m| (1..60).contains(m)) {
        (n, i + 1)
    } else {
        let (v, e) = words::parse(cur, i)?;
        if v.fract() != 0.0 || !(1.0..60.0).contains(&v) {
            return None;
        }
        (v as u8, e)
    };
    let has_min = cur.is_any(k, &["min", "mins", "minute", "minutes"]);
    let k = if has_min { k + 1 } else { k };
    let past = if cur.is(k, "past") || cur.is(k, "after") {
        true
    } else if cur.is(k, "to") || cur.is(k, "before") {
        // `5 to 6pm`, `two to four people`: ranges. `to` tells the time
        // only after `quarter`, `half` or minutes said as such.
        if !(has_min
            || cur.is_any(i, &["quarter", "a"])
            || cur.is_any(i, &["twenty", "ten", "five"]) && cur.is_word(i))
        {
            return None;
        }
        false
    } else {
        return None;
    };
    let h_at = k + 1;
    let hour = numeral_hour(cur, h_at).or_else(|| spelled_hour(cur, h_at))?;
    // `after 9` alone is a bound, not a time: demand `past` or an hour word.
    if cur.is(k, "after") || cur.is(k, "before") {
        return None;
    }
    let (h, minute) = if past { (hour, minutes) } else { ((hour + 11) % 12 + 1 - 1, 60 - minutes) };
    let h = if h == 0 { 12 } else { h };
    let mut end = h_at + 1;
    let mut hour24 = h;
    if let Some(e) = oclock(cur, h_at, h, end).map(|f| f.end) {
        end = e;
    }
    if let Some((h2, e)) = part_of_day_after(cur, end, h) {
        hour24 = h2;
        end = e;
    } else if let Some((pm, e)) = meridiem_at(cur, end) {
        hour24 = to_24h(h, pm);
        end = e;
    }
    Some(Found::new(i, end, NumberKind::Time, Resolved::Time(Clock::hm(hour24, minute))))
}

/// The end of a time range after a time: `-9am`, ` to 12pm`, `-0930`.
fn range_end(cur: &Cursor<'_, '_>, k: usize) -> Option<(Clock, usize)> {
    let tight = cur.is_exact(k, "-") && cur.attached(k) && cur.attached(k + 1);
    if !(tight
        || cur.is_any(k, &["–", "to", "until", "till"])
        || (cur.is_exact(k, "-") && cur.spaced(k + 1)))
    {
        return None;
    }
    let f = time_at(cur, k + 1)?;
    let Resolved::Time(c) = f.value else { return None };
    Some((c, f.end))
}

/// A bare hour before a time range's second half (`8-9am`, `5 to seven in
/// the morning`, `from 10:30 to 3`): the first clock, read with the second
/// half's meridiem.
pub(crate) fn bare_range(cur: &Cursor<'_, '_>, i: usize) -> Option<Found> {
    let hour = numeral_hour(cur, i).or_else(|| spelled_hour(cur, i))?;
    let k = i + 1;
    let tight = cur.is_exact(k, "-") && cur.attached(k) && cur.attached(k + 1);
    let spaced_dash = cur.is_exact(k, "-") && cur.spaced(k) && cur.spaced(k + 1);
    let between_and = cur.is(k, "and") && cur.word_before(i).is_some_and(|p| cur.is(p, "between"));
    if !(tight || spaced_dash || between_and || cur.is_any(k, &["–", "to"])) {
        if let Some(f) = hours_by_day(cur, i, hour) {
            return Some(f);
        }
        return None;
    }
    let Some(second) = time_at(cur, k + 1) else {
        return hours_by_day(cur, i, hour);
    };
    let Resolved::Time(c2) = second.value else { return None };
    // The second half must say it is a time: a meridiem, `o'clock`, a
    // colon or a part of the day; `5-7` alone is a number range.
    let says_time = second.end > k + 2 || cur.text(k + 1).contains(':');
    if !says_time {
        return None;
    }
    let h = if c2.hour > 12 && hour < 12 && hour + 12 <= c2.hour { hour + 12 } else { hour };
    let mut f = Found::new(i, second.end, NumberKind::Time, Resolved::Time(Clock::hm(h, 0)));
    f.end_value = Some(Resolved::Time(c2));
    Some(f)
}

/// Words before two numbers that make them a score, not hours.
const SCORE_WORDS: &[&str] = &[
    "won", "win", "wins", "lost", "lose", "loses", "beat", "beats", "defeated", "edged", "drew",
    "tied", "led", "trailed", "score", "scored", "victory", "defeat", "loss", "record", "routed",
];

/// `Monday 12-4`, `6-8 next Monday`, `between 3 and 8 yesterday`: two
/// bare hours read as a time range only against a day named right before
/// or after them.
fn hours_by_day(cur: &Cursor<'_, '_>, i: usize, hour: u8) -> Option<Found> {
    if !cur.is_number(i) {
        return None;
    }
    let k = i + 1;
    let tight = cur.is_exact(k, "-") && cur.attached(k) && cur.attached(k + 1);
    let between_and = cur.is(k, "and") && cur.word_before(i).is_some_and(|p| cur.is(p, "between"));
    if !(tight || between_and) {
        return None;
    }
    let h2 = numeral_hour(cur, k + 1)?;
    let end = k + 2;
    if h2 == hour || (cur.attached(end) && (cur.is_word(end) || cur.is_number(end))) {
        return None;
    }
    let day_at = |j: usize| {
        super::dates::weekday_at(cur, j).is_some()
            || cur.is_any(j, &["today", "tomorrow", "yesterday", "tonight"])
    };
    let day_before = i.checked_sub(1).is_some_and(|p| day_at(p) && cur.spaced(i));
    let ahead_day = |j: usize| cur.is_any(j, &["tomorrow", "tonight", "today"]) || cur.is_any(j, &["next", "this"]) && day_at(j + 1);
    let day_after = cur.spaced(end) && (ahead_day(end) || between_and && day_at(end));
    // `lost 3-8 Saturday`, `won 5-3 Monday`: scores.
    let score = (i.saturating_sub(4)..i).any(|p| cur.is_any(p, SCORE_WORDS));
    if !(day_before || day_after) || score {
        return None;
    }
    // `12-4`: the range runs forward, past noon.
    let h2 = if h2 < hour { h2 + 12 } else { h2 };
    let mut f = Found::new(i, end, NumberKind::Time, Resolved::Time(Clock::hm(hour, 0)));
    f.end_value = Some(Resolved::Time(Clock::hm(h2 % 24, 0)));
    Some(f)
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

    fn one(text: &str) -> (String, String) {
        let t = times(text);
        assert_eq!(t.len(), 1, "{text}: {t:?}");
        t[0].clone()
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
        assert_eq!(one("back 7:56:30 am"), ("7:56:30 am".into(), "07:56:30".into()));
        assert_eq!(one("back 1140 a.m."), ("1140 a.m.".into(), "11:40".into()));
        assert_eq!(one("at 3 p . m . then"), ("3 p . m .".into(), "15:00".into()));
    }

    #[test]
    fn spoken_forms() {
        assert_eq!(one("at eight o'clock"), ("eight o'clock".into(), "08:00".into()));
        assert_eq!(
            one("It's 20 min past eight in the evening"),
            ("20 min past eight in the evening".into(), "20:20".into())
        );
        assert_eq!(one("at 10 past 9"), ("10 past 9".into(), "09:10".into()));
        assert_eq!(one("half past seven"), ("half past seven".into(), "07:30".into()));
        assert_eq!(
            one("meet at one in the morning"),
            ("one in the morning".into(), "01:00".into())
        );
        assert_eq!(one("quarter to six"), ("quarter to six".into(), "05:45".into()));
    }

    #[test]
    fn ranges() {
        let doc_text = "Monday 8-9am works";
        let doc = Document::parse(doc_text);
        let got = crate::numbers::find_numbers(&doc);
        let last = got.last().unwrap();
        assert_eq!(last.end_value.as_ref().map(|v| v.to_string()), Some("XXXX-WXX-1T09:00".into()));
        assert_eq!(one("from 10am to 12pm"), ("10am to 12pm".into(), "10:00".into()));
    }

    #[test]
    fn race_times_are_durations() {
        let text = "Prokurorov was 1:18.9 ahead.";
        let doc = Document::parse(text);
        let n = crate::numbers::find_numbers(&doc);
        assert_eq!(n.len(), 1);
        assert_eq!(n[0].kind, crate::numbers::NumberKind::Duration);
        assert_eq!(n[0].value.to_string(), "78.9");
    }

    #[test]
    fn not_times() {
        assert!(times("a 3:1 ratio").is_empty());
        assert!(times("as John 3:16 says").is_empty());
        assert!(times("I am 6 and").is_empty());
        assert!(times("the sundown town").is_empty());
        assert!(times("He left after 9 years").is_empty());
    }
}
