//! Relative dates: `today`, `yesterday`, `last week`, `next Friday`, `two
//! years ago`, `earlier this month`, `tomorrow night`, `three weeks from
//! tomorrow`; and recurring times (`every week`, `each Monday`, `once a
//! year`, `annually`).
//!
//! Each resolves against the reference date (see `temporal.rs`); without
//! one its value keeps the `REF` notation.

use super::amount;
use super::cursor::Cursor;
use super::dates;
use super::index::word_set;
use super::temporal::{Base, DayPart, Grain, Tense, When};
use super::units;
use super::{Every, Found, NumberKind, Resolved, Step};

/// `last`/`next` words and the shift each makes.
pub(crate) const SHIFTS: &[(&str, i32)] = &[
    ("last", -1),
    ("previous", -1),
    ("prior", -1),
    ("past", -1),
    ("next", 1),
    ("coming", 1),
    ("upcoming", 1),
    ("this", 0),
    ("current", 0),
];

/// Calendar grains by their nouns.
const GRAINS: &[(&str, Grain)] = &[
    ("week", Grain::Week),
    ("workweek", Grain::Week),
    ("weekend", Grain::Weekend),
    ("fortnight", Grain::Fortnight),
    ("month", Grain::Month),
    ("quarter", Grain::Quarter),
    ("year", Grain::Year),
    ("decade", Grain::Decade),
    ("century", Grain::Century),
];

const DAY_PARTS: &[(&str, DayPart)] = &[
    ("morning", DayPart::Morning),
    ("afternoon", DayPart::Afternoon),
    ("evening", DayPart::Evening),
    ("night", DayPart::Night),
];

/// Adverbs and adjectives of frequency.
pub(crate) const FREQUENCIES: &[(&str, u16, Grain)] = &[
    ("daily", 1, Grain::Day),
    ("everyday", 1, Grain::Day),
    ("weekly", 1, Grain::Week),
    ("biweekly", 2, Grain::Week),
    ("fortnightly", 2, Grain::Week),
    ("monthly", 1, Grain::Month),
    ("bimonthly", 2, Grain::Month),
    ("quarterly", 1, Grain::Quarter),
    ("annually", 1, Grain::Year),
    ("yearly", 1, Grain::Year),
    ("biannually", 2, Grain::Year),
];

fn lookup<T: Copy>(table: &[(&str, T)], word: &str) -> Option<T> {
    table.iter().find(|(w, _)| word.eq_ignore_ascii_case(w)).map(|&(_, v)| v)
}

/// A grain noun at `j`, singular or plural: the grain and whether plural.
fn grain_at(cur: &Cursor<'_, '_>, j: usize) -> Option<(Grain, bool)> {
    let w = cur.text(j);
    if let Some(g) = lookup(GRAINS, w) {
        return Some((g, false));
    }
    let singular = w.strip_suffix('s').or_else(|| w.strip_suffix("S"))?;
    if w.eq_ignore_ascii_case("centuries") {
        return Some((Grain::Century, true));
    }
    if w.eq_ignore_ascii_case("days") {
        return Some((Grain::Day, true));
    }
    lookup(GRAINS, singular).map(|g| (g, true))
}

fn day_part_at(cur: &Cursor<'_, '_>, j: usize) -> Option<DayPart> {
    lookup(DAY_PARTS, cur.text(j)).filter(|_| cur.spaced(j))
}

pub(crate) fn parse(cur: &Cursor<'_, '_>, i: usize) -> Step {
    if !cur.is_word(i) && !cur.is_number(i) {
        return Step::Pass;
    }
    if let Some(f) = every(cur, i).filter(|_| cur.is_word(i)) {
        return Step::Found(f);
    }
    if let Some(f) = offset(cur, i).or_else(|| in_future(cur, i)).or_else(|| clock_offset(cur, i)) {
        return Step::Found(f);
    }
    if !cur.is_word(i) {
        return Step::Pass;
    }
    if let Some(f) =
        tonight(cur, i).or_else(|| day_part_phrase(cur, i)).or_else(|| weekday_of_week(cur, i))
    {
        return Step::Found(f);
    }
    if let Some((when, end)) = atom(cur, i) {
        return Step::Found(extend(cur, i, when, end));
    }
    Step::Pass
}

/// `today`, `last week`, `next Friday`, `earlier this month`, `the day
/// after tomorrow`: a relative date at `i`, with its end.
pub(crate) fn atom(cur: &Cursor<'_, '_>, i: usize) -> Option<(When, usize)> {
    if let Some(day) = day_word(cur, i) {
        // `today's`: the possessive stays outside.
        return Some((When::Day(day), i + 1));
    }
    // `the day after tomorrow`, `the day before yesterday`
    if cur.is(i, "the") && cur.is(i + 1, "day") && cur.is_any(i + 2, &["after", "before"]) {
        let base = day_word(cur, i + 3)?;
        let n = if cur.is(i + 2, "after") { base + 1 } else { base - 1 };
        return Some((When::Day(n), i + 4));
    }
    // `the week after next`, `the month before last`
    if cur.is(i, "the") && cur.is_any(i + 2, &["after", "before"]) && cur.is_any(i + 3, &["next", "last"]) {
        if let Some((g, false)) = grain_at(cur, i + 1) {
            let n = match (cur.is(i + 2, "after"), cur.is(i + 3, "next")) {
                (true, true) => 2,
                (false, false) => -2,
                _ => return None,
            };
            return Some((When::Period { n, grain: g }, i + 4));
        }
    }
    // `earlier this week`, `later this month`, `earlier in the year`
    if cur.is_any(i, &["earlier", "later"]) {
        if cur.is(i + 1, "this") {
            let (g, plural) = grain_at(cur, i + 2)?;
            return (!plural).then_some((When::Period { n: 0, grain: g }, i + 3));
        }
        if cur.is(i + 1, "in") && cur.is(i + 2, "the") {
            let (g, plural) = grain_at(cur, i + 3)?;
            return (!plural && g != Grain::Century)
                .then_some((When::Period { n: 0, grain: g }, i + 4));
        }
        return None;
    }
    let shift = lookup(SHIFTS, cur.text(i))?;
    let j = i + 1;
    if !cur.spaced(j) {
        return None;
    }
    // `the last week of the season` is no calendar week.
    if i.checked_sub(1).is_some_and(|p| cur.is(p, "the")) && cur.is(j + 1, "of") {
        return None;
    }
    // `this past week`, `this coming weekend`
    let (shift, j) = match (shift, cur.text(j)) {
        (0, w) if w.eq_ignore_ascii_case("past") => (-1, j + 1),
        (0, w) if w.eq_ignore_ascii_case("coming") => (1, j + 1),
        _ => (shift, j),
    };
    let past_like = cur.is_any(i, &["past", "coming", "upcoming"]);
    // `last fiscal year`, `this calendar year`, `next working week`
    let j = if cur.is_any(j, &["fiscal", "financial", "calendar", "working", "work"])
        && grain_at(cur, j + 1).is_some_and(|(g, plural)| !plural && matches!(g, Grain::Year | Grain::Week))
    {
        j + 1
    } else {
        j
    };
    if let Some((g, false)) = grain_at(cur, j) {
        // `the past year` is a span of time rather than a calendar period;
        // `past` takes only weekends as periods.
        if cur.is(i, "past") && !matches!(g, Grain::Weekend) {
            return None;
        }
        // `last week`'s: the grain must end the phrase, not head a compound
        // (`last year-end`).
        if cur.is_any(j + 1, &["-"]) && cur.attached(j + 1) {
            return None;
        }
        return Some((When::Period { n: shift, grain: g }, j + 1));
    }
    if let Some(w) = dates::weekday_at(cur, j) {
        let when = if past_like {
            When::Nearest { weekday: w, dir: shift.signum() as i8 }
        } else {
            When::WeekOf { weekday: w, n: shift as i8 }
        };
        return Some((when, j + 1));
    }
    if let Some(m) = dates::full_month_at(cur, j) {
        // `last May 5` is left to the date grammar after `last`.
        if dates::day_follows(cur, j + 1) {
            return None;
        }
        return (!past_like).then_some((When::MonthOf { month: m, n: shift as i8 }, j + 1));
    }
    None
}

fn day_word(cur: &Cursor<'_, '_>, i: usize) -> Option<i32> {
    let n = if cur.is(i, "today") {
        0
    } else if cur.is_any(i, &["tomorrow", "tmrw", "tmr"]) {
        1
    } else if cur.is(i, "yesterday") {
        -1
    } else {
        return None;
    };
    // `Today` capitalized mid-sentence names a show or a paper.
    if cur.upper_initial(i) && !cur.sentence_first(i) && cur.is_exact(i, "Today") {
        return None;
    }
    Some(n)
}

/// `Tuesday of next week`, `monday of last week`.
fn weekday_of_week(cur: &Cursor<'_, '_>, i: usize) -> Option<Found> {
    let w = dates::weekday_at(cur, i)?;
    if !cur.is(i + 1, "of") {
        return None;
    }
    let k = if cur.is(i + 2, "the") { i + 3 } else { i + 2 };
    let n = match lookup(SHIFTS, cur.text(k)) {
        Some(n) => n,
        None if cur.is(k, "following") => 1,
        None => return None,
    };
    if !cur.is(k + 1, "week") {
        return None;
    }
    Some(Found::new(
        i,
        k + 2,
        NumberKind::Date,
        Resolved::When(When::WeekOf { weekday: w, n: n as i8 }),
    ))
}

/// `last night`, `this morning`, `this afternoon`, `this evening`.
fn day_part_phrase(cur: &Cursor<'_, '_>, i: usize) -> Option<Found> {
    let part = day_part_at(cur, i + 1)?;
    let day = if cur.is(i, "last") && part == DayPart::Night {
        When::Day(-1)
    } else if cur.is(i, "this") && part != DayPart::Night {
        When::Day(0)
    } else {
        return None;
    };
    Some(Found::new(i, i + 2, NumberKind::Time, Resolved::DayPart(day, part)))
}

/// What may follow a relative date: a part of the day (`tomorrow night`),
/// a weekday (`next week Monday`), a clock time (`tomorrow at 8am`, added
/// by the composer).
fn extend(cur: &Cursor<'_, '_>, i: usize, when: When, end: usize) -> Found {
    if let When::Day(_) = when {
        if let Some(part) = day_part_at(cur, end) {
            return Found::new(i, end + 1, NumberKind::Time, Resolved::DayPart(when, part));
        }
    }
    // `next week Monday`, `this week Friday`
    if let When::Period { n, grain: Grain::Week } = when {
        if let Some(w) = dates::weekday_at(cur, end).filter(|_| cur.spaced(end)) {
            let wd = When::WeekOf { weekday: w, n: n as i8 };
            return Found::new(i, end + 1, NumberKind::Date, Resolved::When(wd));
        }
    }
    Found::new(i, end, NumberKind::Date, Resolved::When(when))
}

/// `tonight`, `tonite`: today's night, a time of day.
pub(crate) fn tonight(cur: &Cursor<'_, '_>, i: usize) -> Option<Found> {
    cur.is_any(i, &["tonight", "tonite"]).then(|| {
        Found::new(i, i + 1, NumberKind::Time, Resolved::DayPart(When::Day(0), DayPart::Night))
    })
}

/// A whole number of calendar grains at `i` (`two years`, `a week`, `18
/// months`, `2 weeks and 2 days`): count, grain and end. Mixed grains add
/// up in days.
fn grain_amount(cur: &Cursor<'_, '_>, i: usize) -> Option<(i32, Grain, usize)> {
    let (mut n, mut grain, mut end) = one_grain_amount(cur, i)?;
    // `2 weeks and 2 days`, `2 years 1 month 21 days`
    loop {
        let k = if cur.is(end, "and") || cur.is_exact(end, ",") { end + 1 } else { end };
        let Some((n2, g2, e2)) = one_grain_amount(cur, k) else { break };
        let days = |n: i32, g: Grain| -> Option<i32> {
            match g {
                Grain::Day => Some(n),
                Grain::Week => n.checked_mul(7),
                Grain::Fortnight => n.checked_mul(14),
                _ => None,
            }
        };
        match (days(n, grain), days(n2, g2)) {
            (Some(a), Some(b)) => {
                n = a.checked_add(b)?;
                grain = Grain::Day;
                end = e2;
            }
            _ if grain == Grain::Year && g2 == Grain::Month => {
                n = n.checked_mul(12)?.checked_add(n2)?;
                grain = Grain::Month;
                end = e2;
            }
            _ => break,
        }
    }
    Some((n, grain, end))
}

fn one_grain_amount(cur: &Cursor<'_, '_>, i: usize) -> Option<(i32, Grain, usize)> {
    let (n, k) = if cur.is_any(i, &["a", "an"]) {
        (1.0, i + 1)
    } else {
        let a = amount::parse(cur, i)?;
        if a.approximate() || a.value.fract() != 0.0 || a.value < 1.0 || a.value > 10_000.0 {
            return None;
        }
        (a.value, a.end)
    };
    if !cur.spaced(k) {
        return None;
    }
    let (grain, _) = grain_at(cur, k)
        .or_else(|| cur.is_any(k, &["day", "days"]).then_some((Grain::Day, false)))?;
    Some((n as i32, grain, k + 1))
}

/// `two years ago`, `3 days from today`, `three weeks from tomorrow`, `two
/// days before yesterday`, `a week from now`.
fn offset(cur: &Cursor<'_, '_>, i: usize) -> Option<Found> {
    // Cheap test first: the operator word must be near.
    if !(i + 1..i + 8).any(|k| {
        let t = cur.text(k);
        (3..=6).contains(&t.len())
            && ["ago", "from", "after", "before"].iter().any(|w| t.eq_ignore_ascii_case(w))
    }) {
        return None;
    }
    let (n, grain, end) = grain_amount(cur, i)?;
    let value = |w| Resolved::When(w);
    if cur.is(end, "ago") {
        let f = Found::new(i, end + 1, NumberKind::Date, value(When::Shift { n: -n, grain }));
        return Some(f);
    }
    let dir: i32 = if cur.is_any(end, &["from", "after"]) {
        1
    } else if cur.is(end, "before") {
        -1
    } else {
        return None;
    };
    let base_at = end + 1;
    let base = if cur.is(base_at, "now") && dir > 0 && cur.is(end, "from") {
        0
    } else if let Some(d) = day_word(cur, base_at) {
        d
    } else {
        // `2 weeks from January 15`, `three days after May 5, 2021`
        let Step::Found(b) = dates::parse(cur, base_at) else { return None };
        let Resolved::When(When::Date(cd @ dates::CalendarDate { month: Some(_), day: Some(_), .. })) = b.value else {
            return None;
        };
        if b.end_value.is_some() {
            return None;
        }
        let when = When::OffsetFrom { base: Base::Date(cd), n: dir.checked_mul(n)?, grain };
        return Some(Found::new(i, b.end, NumberKind::Date, value(when)));
    };
    let when = match grain {
        Grain::Day => When::Day(base.checked_add(dir * n)?),
        Grain::Week if base == 0 => When::Shift { n: dir * n, grain },
        Grain::Week => When::Day(base.checked_add(dir * n * 7)?),
        _ if base == 0 => When::Shift { n: dir * n, grain },
        _ => When::OffsetFrom { base: Base::Day(base), n: dir.checked_mul(n)?, grain },
    };
    Some(Found::new(i, base_at + 1, NumberKind::Date, value(when)))
}

/// `in two weeks`, `in a month`: a date ahead of the reference, when the
/// sentence looks ahead (`will be back in two days`); in a sentence about
/// the past it is a span of time (`the first rise in two years`) and the
/// amount phrase reads it as a duration.
fn in_future(cur: &Cursor<'_, '_>, i: usize) -> Option<Found> {
    if !cur.is(i, "in") || !future_context(cur, i) {
        return None;
    }
    let (n, grain, end) = grain_amount(cur, i + 1)?;
    // `in a week's time`, `in two weeks' time`
    let mut end = end;
    if cur.is_any(end, &["’", "'"]) {
        let k = if cur.is(end + 1, "s") && cur.attached(end + 1) { end + 2 } else { end + 1 };
        if cur.is(k, "time") {
            end = k + 1;
        }
    }
    let when = if grain == Grain::Day { When::Day(n) } else { When::Shift { n, grain } };
    Some(Found::new(i, end, NumberKind::Date, Resolved::When(when)))
}

/// An amount of seconds, minutes or hours at `k` (`5 minutes`, `half an
/// hour`, `an hour`): the seconds and the end.
fn clock_amount(cur: &Cursor<'_, '_>, k: usize) -> Option<(u32, usize)> {
    let (n, at) = if cur.is_any(k, &["a", "an"]) {
        (1.0, k + 1)
    } else {
        let a = amount::parse(cur, k)?;
        if a.approximate() || !(a.value > 0.0 && a.value <= 1000.0) {
            return None;
        }
        (a.value, a.end)
    };
    if !cur.spaced(at) {
        return None;
    }
    let (unit, end) = units::at(cur, at)?;
    let per = match unit.symbol {
        "second" => 1.0,
        "minute" => 60.0,
        "hour" => 3600.0,
        _ => return None,
    };
    let secs = n * per;
    (secs.fract() == 0.0).then_some((secs as u32, end))
}

/// `in 5 minutes`, `in two hours` (where the sentence looks ahead), `3
/// minutes from now`, `half an hour from now`: a time of day ahead of the
/// moment of writing; its value is the offset (`REF+PT5M`).
fn clock_offset(cur: &Cursor<'_, '_>, i: usize) -> Option<Found> {
    let ahead = |secs: u32, end: usize| Found::new(i, end, NumberKind::Time, Resolved::Ahead(secs));
    if cur.is(i, "in") {
        if !(i + 2..i + 5).any(|k| cur.is_any(k, &["seconds", "second", "minutes", "minute", "mins", "min", "hours", "hour", "hrs", "hr"])) {
            return None;
        }
        let (secs, end) = clock_amount(cur, i + 1)?;
        if !future_context(cur, i) || cur.is(end, "from") {
            return None;
        }
        return Some(ahead(secs, end));
    }
    // Cheap test first: `now` must be near.
    if !(i + 2..i + 7).any(|k| cur.is(k, "now")) {
        return None;
    }
    let (secs, end) = clock_amount(cur, i)?;
    (cur.is(end, "from") && cur.is(end + 1, "now")).then(|| ahead(secs, end + 2))
}

/// Recurring times: `every week`, `each Monday`, `every two days`, `every
/// other Friday`, `once a year`, `daily`, `every morning`.
fn every(cur: &Cursor<'_, '_>, i: usize) -> Option<Found> {
    if !cur.is_word(i) {
        return None;
    }
    let found = |end, e| Some(Found::new(i, end, NumberKind::Date, Resolved::Every(e)));
    if let Some((_, n, g)) = FREQUENCIES.iter().find(|(w, _, _)| cur.is(i, w)) {
        // Adverbs only: `annually`, `daily` before a noun is an adjective
        // (`daily newspaper`) and names no time.
        if cur.is_word(i + 1)
            && cur.spaced(i + 1)
            && !cur.is_any(
                i + 1,
                &["and", "or", "but", "in", "at", "on", "for", "since", "until", "by", "from"],
            )
        {
            return None;
        }
        return found(i + 1, Every::Grain(*n, *g));
    }
    if cur.is_any(i, &["once", "one"]) && cur.is_any(i + 1, &["a", "an", "per", "every", "each"]) {
        let (g, plural) =
            grain_at(cur, i + 2).or_else(|| cur.is(i + 2, "day").then_some((Grain::Day, false)))?;
        if plural {
            return None;
        }
        // `one a day` only as a dose, `once a year` always.
        return found(i + 3, Every::Grain(1, g));
    }
    if !cur.is_any(i, &["every", "each"]) {
        return None;
    }
    let mut j = i + 1;
    let mut n: u16 = 1;
    if cur.is(j, "other") {
        n = 2;
        j += 1;
    } else if let Some(a) = amount::parse(cur, j).filter(|a| {
        a.value.fract() == 0.0 && a.value >= 1.0 && a.value < 1000.0 && !a.approximate()
    }) {
        n = a.value as u16;
        j = a.end;
    }
    if let Some(w) = dates::weekday_at(cur, j) {
        // `every other Friday` still names Fridays.
        let _ = n;
        return found(j + 1, Every::Weekday(w));
    }
    if cur.is(j, "day") || cur.is(j, "days") {
        return found(j + 1, Every::Grain(n, Grain::Day));
    }
    if cur.is_any(j, &["weekday", "weekdays"]) {
        return found(j + 1, Every::Grain(n, Grain::Day));
    }
    if let Some((g, _)) = grain_at(cur, j) {
        return found(j + 1, Every::Grain(n, g));
    }
    if let Some(&(_, part)) = DAY_PARTS.iter().find(|(w, _)| cur.is(j, w)) {
        return (n == 1).then_some(()).and_then(|_| found(j + 1, Every::Part(part)));
    }
    let _ = units::UNITS.len();
    None
}

/// Words that make a sentence look ahead: `will meet on Friday`.
const FUTURE: &[&str] = &[
    "will",
    "ll",
    "shall",
    "scheduled",
    "due",
    "plans",
    "planned",
    "planning",
    "expected",
    "upcoming",
    "intends",
    "aims",
    "tomorrow",
    "schedule",
];

/// Whether the sentence before token `i` looks ahead (a future tense or a
/// schedule word within the few words before).
pub(crate) fn future_context(cur: &Cursor<'_, '_>, i: usize) -> bool {
    let start = cur.sentence_start(i, 12);
    (start..i).any(|k| {
        word_set!(FUTURE).contains(cur.text(k)) || (cur.is(k, "going") && cur.is(k + 1, "to"))
    })
}

/// Past-tense cues: `fired on Feb 27`, `was held`, `had met`.
const PAST: &[&str] = &["was", "were", "had", "did", "ago", "last", "earlier", "previously"];

/// Whether the sentence around tokens `start..end` looks ahead (see
/// [`future_context`]), looks back (a past auxiliary or a past-tense verb in
/// `-ed` within a dozen words either side), or neither. Looking ahead wins:
/// `officials said the vote will be held on March 5`.
pub(crate) fn tense_at(cur: &Cursor<'_, '_>, start: usize, end: usize) -> Tense {
    if future_context(cur, start) {
        return Tense::Future;
    }
    let from = cur.sentence_start(start, 12);
    let mut to = end;
    while to < cur.len() && to < end + 12 && !cur.sentence_first(to) {
        to += 1;
    }
    let past = (from..start).chain(end..to).any(|k| {
        let w = cur.text(k);
        word_set!(PAST).contains(w)
            || (w.len() >= 5 && w.ends_with("ed") && cur.lower_initial(k) && !word_set!(FUTURE).contains(w))
    });
    if past {
        Tense::Past
    } else {
        Tense::Unknown
    }
}

#[cfg(test)]
mod tests {
    use crate::numbers::{find_numbers_with, Date};
    use crate::text::Document;

    fn rel(text: &str, reference: &str) -> Vec<(String, String, &'static str)> {
        let doc = Document::parse(text);
        find_numbers_with(&doc, Date::parse_iso(reference))
            .into_iter()
            .map(|n| (n.span.of(text).to_string(), n.value.to_string(), n.kind.as_str()))
            .collect()
    }

    fn one(text: &str, reference: &str) -> (String, String) {
        let r = rel(text, reference);
        assert_eq!(r.len(), 1, "{text}: {r:?}");
        (r[0].0.clone(), r[0].1.clone())
    }

    #[test]
    fn relative_days_and_periods() {
        assert_eq!(
            one("It rained yesterday.", "2016-11-07"),
            ("yesterday".into(), "2016-11-06".into())
        );
        assert_eq!(one("Sales fell last year.", "2025-02-27"), ("last year".into(), "2024".into()));
        assert_eq!(
            one("It was tested earlier this week.", "2025-02-27"),
            ("earlier this week".into(), "2025-W09".into())
        );
        assert_eq!(
            one("See you next month.", "2022-04-29"),
            ("next month".into(), "2022-05".into())
        );
        assert_eq!(
            one("Sales for previous quarter", "2019-07-04"),
            ("previous quarter".into(), "2019-Q2".into())
        );
    }

    #[test]
    fn past_tense_dates_resolve_backwards() {
        let doc = Document::parse("North Korea fired two missiles on Feb 27, officials said.\nThe summit will open on Feb 27.\nThe vote is on Feb 27.\n");
        let resolved: Vec<String> = find_numbers_with(&doc, Date::parse_iso("2026-11-22"))
            .into_iter()
            .filter_map(|n| n.resolved.map(|r| r.start.to_string()))
            .collect();
        assert_eq!(resolved, ["2026-02-27", "2027-02-27", "2027-02-27"]);
    }

    #[test]
    fn relative_weekdays() {
        assert_eq!(
            one("on last Wednesday?", "2019-01-31"),
            ("last Wednesday".into(), "2019-01-23".into())
        );
        assert_eq!(
            one("on next Friday?", "2019-01-31"),
            ("next Friday".into(), "2019-02-08".into())
        );
        assert_eq!(
            one("on past Wednesday?", "2019-01-31"),
            ("past Wednesday".into(), "2019-01-30".into())
        );
    }

    #[test]
    fn offsets() {
        assert_eq!(
            one("It hit two months ago.", "2018-10-17"),
            ("two months ago".into(), "2018-08-17".into())
        );
        assert_eq!(
            one("What date is 3 days from today?", "2019-08-24"),
            ("3 days from today".into(), "2019-08-27".into())
        );
        assert_eq!(
            one("two days before yesterday", "2018-05-31"),
            ("two days before yesterday".into(), "2018-05-28".into())
        );
    }

    #[test]
    fn day_parts_and_sets() {
        assert_eq!(
            rel("Last night 26 people", "2018-07-17")[0],
            ("Last night".into(), "2018-07-16TNI".into(), "time")
        );
        assert_eq!(
            one("I'll go back tomorrow night", "2016-11-07"),
            ("tomorrow night".into(), "2016-11-08TNI".into())
        );
        assert_eq!(one("I'll leave every day", "2016-11-07"), ("every day".into(), "P1D".into()));
        assert_eq!(
            one("I'll leave every monday", "2016-11-07"),
            ("every monday".into(), "XXXX-WXX-1".into())
        );
        assert_eq!(
            one("Let's meet once a week", "2016-11-07"),
            ("once a week".into(), "P1W".into())
        );
    }

    #[test]
    fn not_relative_dates() {
        assert!(rel("the past year was hard", "2025-01-01").is_empty());
        assert!(rel("The Today show aired.", "2025-01-01").is_empty());
        assert!(rel("a daily newspaper", "2025-01-01").is_empty());
        assert!(rel("every woman", "2025-01-01").is_empty());
    }
}
