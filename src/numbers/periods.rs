//! Named calendar periods: quarters (`Q1 2017`, `2019-Q1`, `the first
//! quarter of 2013`, `last quarter of 1997`), halves (`2019 H2`, `the first
//! half of 2020`), centuries (`19th century`, `21st-century`), seasons
//! (`in the fall`, `summer 2024`) and holidays (`Christmas`, `New Year's
//! Day`, `Thanksgiving 2010`).

use super::calendar::Date;
use super::cursor::Cursor;
use super::dates::CalendarDate;
use super::index::FormIndex;
use super::temporal::When;
use super::{numeral, Found, NumberKind, Resolved, Step};

/// Ordinal words (`first` … `twentieth`, from the ordinals table) name a
/// period (`the third quarter`, `the 19th century`); these also name the
/// final one of a year (`the last quarter` → Q4).
pub(crate) const FINAL_PERIOD_WORDS: &[(&str, u8)] = &[("last", 4), ("final", 4)];

/// Ordinal words that can number a period: those up to `twentieth`.
pub(crate) fn period_ordinal_words() -> impl Iterator<Item = (&'static str, u8)> {
    super::ordinals::ORDINALS
        .iter()
        .filter_map(|&(w, v)| u8::try_from(v).ok().filter(|&v| v <= 20).map(|v| (w, v)))
        .chain(FINAL_PERIOD_WORDS.iter().copied())
}

pub(crate) const SEASONS: &[(&str, u8)] =
    &[("spring", 1), ("summer", 2), ("fall", 3), ("autumn", 3), ("winter", 4)];

/// Words before a season that make it a time of year: `in the fall`, `last
/// summer`, `that winter`, `spring training`.
const SEASON_BEFORE: &[&str] = &[
    "the",
    "this",
    "last",
    "next",
    "that",
    "in",
    "during",
    "early",
    "late",
    "mid",
    "by",
    "until",
    "since",
    "every",
    "each",
    "past",
    "coming",
    "following",
    "previous",
    "whole",
    "entire",
];

/// Fixed-date holidays: spelling (token form, see `Cursor::match_form`),
/// month, day.
pub(crate) const FIXED_HOLIDAYS: &[(&str, u8, u8)] = &[
    ("New Year's Day", 1, 1),
    ("New Year’s Day", 1, 1),
    ("New Year's Eve", 12, 31),
    ("New Year’s Eve", 12, 31),
    ("Christmas Eve", 12, 24),
    ("Christmas Day", 12, 25),
    ("Christmas", 12, 25),
    ("Boxing Day", 12, 26),
    ("Valentine's Day", 2, 14),
    ("Valentine’s Day", 2, 14),
    ("St. Patrick's Day", 3, 17),
    ("St. Patrick’s Day", 3, 17),
    ("Saint Patrick's Day", 3, 17),
    ("April Fools' Day", 4, 1),
    ("Earth Day", 4, 22),
    ("May Day", 5, 1),
    ("International Workers' Day", 5, 1),
    ("Independence Day", 7, 4),
    ("Bastille Day", 7, 14),
    ("Halloween", 10, 31),
    ("Veterans Day", 11, 11),
    ("Armistice Day", 11, 11),
    ("Remembrance Day", 11, 11),
];

/// Holidays whose date moves with the year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Movable {
    Easter,
    GoodFriday,
    Thanksgiving,
    BlackFriday,
    LaborDay,
    MemorialDay,
    MlkDay,
    MothersDay,
    FathersDay,
}

pub(crate) const MOVABLE_HOLIDAYS: &[(&str, Movable)] = &[
    ("Easter Sunday", Movable::Easter),
    ("Easter", Movable::Easter),
    ("Good Friday", Movable::GoodFriday),
    ("Thanksgiving Day", Movable::Thanksgiving),
    ("Thanksgiving", Movable::Thanksgiving),
    ("Black Friday", Movable::BlackFriday),
    ("Labor Day", Movable::LaborDay),
    ("Labour Day", Movable::LaborDay),
    ("Memorial Day", Movable::MemorialDay),
    ("Martin Luther King Day", Movable::MlkDay),
    ("Martin Luther King Jr. Day", Movable::MlkDay),
    ("Mother's Day", Movable::MothersDay),
    ("Mother’s Day", Movable::MothersDay),
    ("Father's Day", Movable::FathersDay),
    ("Father’s Day", Movable::FathersDay),
];

impl Movable {
    pub fn name(self) -> &'static str {
        match self {
            Movable::Easter => "Easter",
            Movable::GoodFriday => "Good Friday",
            Movable::Thanksgiving => "Thanksgiving",
            Movable::BlackFriday => "Black Friday",
            Movable::LaborDay => "Labor Day",
            Movable::MemorialDay => "Memorial Day",
            Movable::MlkDay => "Martin Luther King Day",
            Movable::MothersDay => "Mother's Day",
            Movable::FathersDay => "Father's Day",
        }
    }

    /// The holiday's date in `year` (US observances).
    pub fn date(self, year: i32) -> Option<Date> {
        let nth = |month: u8, weekday: u8, n: i64| -> Option<Date> {
            let first = Date::new(year, month, 1)?;
            let delta = (i64::from(weekday) - i64::from(first.weekday())).rem_euclid(7);
            first.add_days(delta + 7 * (n - 1))
        };
        let last = |month: u8, weekday: u8| -> Option<Date> {
            let last = Date::new(year, month, super::calendar::days_in_month(year, month))?;
            let delta = (i64::from(last.weekday()) - i64::from(weekday)).rem_euclid(7);
            last.add_days(-delta)
        };
        match self {
            Movable::Easter => easter(year),
            Movable::GoodFriday => easter(year)?.add_days(-2),
            Movable::Thanksgiving => nth(11, 4, 4),
            Movable::BlackFriday => nth(11, 4, 4)?.add_days(1),
            Movable::LaborDay => nth(9, 1, 1),
            Movable::MemorialDay => last(5, 1),
            Movable::MlkDay => nth(1, 1, 3),
            Movable::MothersDay => nth(5, 7, 2),
            Movable::FathersDay => nth(6, 7, 3),
        }
    }
}

/// Gregorian Easter Sunday (anonymous Gregorian algorithm).
fn easter(year: i32) -> Option<Date> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, u8::try_from(month).ok()?, u8::try_from(day).ok()?)
}

fn lookup(table: &[(&str, u8)], word: &str) -> Option<u8> {
    table.iter().find(|(w, _)| word.eq_ignore_ascii_case(w)).map(|&(_, v)| v)
}

/// A four-digit year at `j`.
fn year_at(cur: &Cursor<'_, '_>, j: usize) -> Option<u16> {
    let t = cur.text(j);
    if t.len() != 4 || !cur.is_number(j) {
        return None;
    }
    let y: u16 = t.parse().ok()?;
    (1000..=2999).contains(&y).then_some(y)
}

/// An ordinal at `j` (`first`, `1st`, `19th`): its value and end.
fn ordinal_at(cur: &Cursor<'_, '_>, j: usize) -> Option<(u8, usize)> {
    let word = cur.text(j);
    if let Some((_, v)) = period_ordinal_words().find(|(w, _)| word.eq_ignore_ascii_case(w)) {
        return Some((v, j + 1));
    }
    if cur.is_number(j) && cur.attached(j + 1) && cur.is_any(j + 1, &["st", "nd", "rd", "th"]) {
        let v = numeral::parse(cur.text(j))?.plain_int()?;
        return u8::try_from(v).ok().map(|v| (v, j + 2));
    }
    None
}

/// `of 2013`, `of the year`, ` 2013` after a period: the year and end.
fn of_year(cur: &Cursor<'_, '_>, j: usize) -> (Option<u16>, usize) {
    if cur.is(j, "of") {
        if let Some(y) = year_at(cur, j + 1) {
            return (Some(y), j + 2);
        }
    }
    (None, j)
}

pub(crate) fn parse(cur: &Cursor<'_, '_>, i: usize) -> Step {
    // A numeral opens a period only as a year before a code (`2017 Q1`) or
    // as an ordinal (`19th century`, `1st quarter`).
    if cur.is_number(i) && !cur.is_any(i + 1, &["q", "h", "-", "st", "nd", "rd", "th"]) {
        return Step::Pass;
    }
    if cur.is(i, "the") {
        return week_of_month(cur, i)
            .or_else(|| week_of_day(cur, i))
            .or_else(|| weekend_of_holiday(cur, i))
            .map_or(Step::Pass, Step::Found);
    }
    let found = week_of_month(cur, i)
        .or_else(|| quarter_code(cur, i))
        .or_else(|| year_then_code(cur, i))
        .or_else(|| named_quarter(cur, i))
        .or_else(|| century(cur, i))
        .or_else(|| season(cur, i))
        .or_else(|| holiday(cur, i));
    found.map_or(Step::Pass, Step::Found)
}

/// `Q1`, `q3 2019`, `Q1-2019`, `H2 2019`.
fn quarter_code(cur: &Cursor<'_, '_>, i: usize) -> Option<Found> {
    let (q, half) = code_at(cur, i)?;
    let mut end = i + 2;
    let mut year = None;
    let k = if cur.is_exact(end, "-") && cur.attached(end) { end + 1 } else { end };
    if let Some(y) = year_at(cur, k) {
        year = Some(y);
        end = k + 1;
    } else if cur.is_exact(i, "q") || cur.is_exact(i, "h") {
        // A lowercase code needs its year.
        return None;
    }
    let when = if half { When::Half { year, h: q } } else { When::Quarter { year, q } };
    Some(Found::new(i, end, NumberKind::Date, Resolved::When(when)))
}

/// `Q` or `H` glued to its digit at `i`: the number and whether a half.
fn code_at(cur: &Cursor<'_, '_>, i: usize) -> Option<(u8, bool)> {
    let half = cur.is(i, "h");
    if !(cur.is(i, "q") || half) || !cur.attached(i + 1) || !cur.is_number(i + 1) {
        return None;
    }
    let n: u8 = cur.text(i + 1).parse().ok()?;
    let ok = if half { (1..=2).contains(&n) } else { (1..=4).contains(&n) };
    // `Q1` must end its word (`Q12` is not a quarter).
    (ok && !(cur.attached(i + 2) && (cur.is_word(i + 2) || cur.is_number(i + 2))))
        .then_some((n, half))
}

/// `2017 Q1`, `2019-Q1`, `2019 H2`.
fn year_then_code(cur: &Cursor<'_, '_>, i: usize) -> Option<Found> {
    let y = year_at(cur, i)?;
    let k = if cur.is_exact(i + 1, "-") && cur.attached(i + 1) && cur.attached(i + 2) {
        i + 2
    } else if cur.spaced(i + 1) {
        i + 1
    } else {
        return None;
    };
    let (q, half) = code_at(cur, k)?;
    let when =
        if half { When::Half { year: Some(y), h: q } } else { When::Quarter { year: Some(y), q } };
    Some(Found::new(i, k + 2, NumberKind::Date, Resolved::When(when)))
}

/// `first quarter of 2013`, `1st quarter`, `last quarter of 1997`, `the
/// second quarter`, `first half of 2020`, `fourth-quarter`.
fn named_quarter(cur: &Cursor<'_, '_>, i: usize) -> Option<Found> {
    let (n, k) = ordinal_at(cur, i)?;
    let hyphen = cur.is_exact(k, "-") && cur.attached(k) && cur.attached(k + 1);
    let q_at = if hyphen { k + 1 } else { k };
    if !hyphen && !cur.spaced(q_at) {
        return None;
    }
    let half = cur.is(q_at, "half");
    if !(cur.is(q_at, "quarter") || half) {
        return None;
    }
    let last = cur.is_any(i, &["last", "final"]);
    let (year, end) = of_year(cur, q_at + 1);
    if half {
        // `the first half` of a match is no calendar period: a year is needed.
        let h = if last { 2 } else { n };
        return (year.is_some() && (1..=2).contains(&h))
            .then(|| Found::new(i, end, NumberKind::Date, Resolved::When(When::Half { year, h })));
    }
    if !(1..=4).contains(&n) {
        return None;
    }
    // `last quarter` alone is relative; `last quarter of 1997` is not.
    if last && year.is_none() {
        return None;
    }
    Some(Found::new(i, end, NumberKind::Date, Resolved::When(When::Quarter { year, q: n })))
}

/// `the last week of July`, `3rd week of Jan`, `the first week of March
/// 2020`: a week counted within a month (weeks start on Monday; the first
/// holds the 1st). `the` opens the span when written.
fn week_of_month(cur: &Cursor<'_, '_>, i: usize) -> Option<Found> {
    let k = if cur.is(i, "the") { i + 1 } else { i };
    let (n, w) = if cur.is_any(k, &["last", "final"]) {
        (-1i8, k + 1)
    } else {
        let (n, e) = ordinal_at(cur, k).filter(|&(n, _)| (1..=5).contains(&n))?;
        (n as i8, e)
    };
    if !(cur.is(w, "week") && cur.is(w + 1, "of") && cur.spaced(w)) {
        return None;
    }
    let (month, year, end) = super::dates::month_year_at(cur, w + 2)?;
    Some(Found::new(i, end, NumberKind::Date, Resolved::When(When::WeekOfMonth { year, month, n })))
}

/// `the week of the 18th`, `the week beginning February 4`, `the week
/// commencing Feb 4`: the week named by a day in it; the value is the day.
fn week_of_day(cur: &Cursor<'_, '_>, i: usize) -> Option<Found> {
    if !(cur.is(i + 1, "week") && cur.is_any(i + 2, &["of", "beginning", "commencing", "starting"])) {
        return None;
    }
    let Step::Found(d) = super::dates::parse(cur, i + 3) else { return None };
    let Resolved::When(When::Date(CalendarDate { day: Some(_), .. })) = d.value else { return None };
    if d.end_value.is_some() {
        return None;
    }
    Some(Found::new(i, d.end, NumberKind::Date, d.value))
}

/// `the weekend of Halloween`.
fn weekend_of_holiday(cur: &Cursor<'_, '_>, i: usize) -> Option<Found> {
    if !(cur.is(i + 1, "weekend") && cur.is(i + 2, "of")) {
        return None;
    }
    let mut h = holiday(cur, i + 3)?;
    h.start = i;
    Some(h)
}

/// `19th century`, `the fifteenth century`, `21st-century`.
fn century(cur: &Cursor<'_, '_>, i: usize) -> Option<Found> {
    if cur.is_any(i, &["last", "final"]) {
        return None;
    }
    let (n, k) = ordinal_at(cur, i)?;
    let c_at = if cur.is_exact(k, "-") && cur.attached(k) && cur.attached(k + 1) {
        k + 1
    } else if cur.spaced(k) {
        k
    } else {
        return None;
    };
    if !cur.is(c_at, "century") || !(1..=30).contains(&n) {
        return None;
    }
    Some(Found::new(i, c_at + 1, NumberKind::Date, Resolved::When(When::Century(u16::from(n) - 1))))
}

/// `in the fall`, `last summer` (the season alone is the span), `spring
/// 2024`, `summer of 1998`.
fn season(cur: &Cursor<'_, '_>, i: usize) -> Option<Found> {
    let s = lookup(SEASONS, cur.text(i))?;
    // Capitalized mid-sentence: a name (`Arab Spring`, `Winter Olympics`).
    if cur.upper_initial(i) && !cur.sentence_first(i) {
        return None;
    }
    let k = i + 1;
    let (year, end) = if let Some(y) = year_at(cur, k).filter(|_| cur.spaced(k)) {
        (Some(y), k + 1)
    } else {
        of_year(cur, k)
    };
    let before_ok = cur.word_before(i).is_some_and(|p| cur.is_any(p, SEASON_BEFORE))
        || (cur.sentence_first(i) && cur.is_exact(k, ","));
    if year.is_none() && !before_ok {
        return None;
    }
    // `fall` as a verb: `prices fall`, `to fall`; a noun needs a determiner.
    if s == 3 && cur.is(i, "fall") && year.is_none() {
        let det = cur.word_before(i).is_some_and(|p| {
            cur.is_any(p, &["the", "this", "last", "next", "that", "early", "late", "mid", "past"])
        });
        if !det {
            return None;
        }
    }
    // `the spring` of water, `a winter coat`: a season noun heads no compound.
    if cur.is_any(k, &["-"]) && cur.attached(k) {
        return None;
    }
    Some(Found::new(i, end, NumberKind::Date, Resolved::When(When::Season { year, season: s })))
}

/// `Christmas`, `New Year's Day`, `Thanksgiving 2010`, `Easter`.
fn holiday(cur: &Cursor<'_, '_>, i: usize) -> Option<Found> {
    if !cur.is_word(i) || !cur.upper_initial(i) && !cur.lower_initial(i) {
        return None;
    }
    static FIXED: std::sync::OnceLock<FormIndex> = std::sync::OnceLock::new();
    static MOVABLE: std::sync::OnceLock<FormIndex> = std::sync::OnceLock::new();
    let fixed = FIXED.get_or_init(|| FormIndex::new(FIXED_HOLIDAYS.iter().map(|(f, _, _)| *f)));
    let movable = MOVABLE.get_or_init(|| FormIndex::new(MOVABLE_HOLIDAYS.iter().map(|(f, _)| *f)));
    let mut best: Option<(usize, Resolved)> = None;
    for &(form, month, day) in
        fixed.get(cur.text(i)).iter().filter_map(|&k| FIXED_HOLIDAYS.get(usize::from(k)))
    {
        if let Some(end) = cur.match_form(i, form, false) {
            if best.is_none_or(|(e, _)| end > e) {
                let d = CalendarDate { year: None, month: Some(month), day: Some(day) };
                best = Some((end, Resolved::When(When::Date(d))));
            }
        }
    }
    for &(form, h) in
        movable.get(cur.text(i)).iter().filter_map(|&k| MOVABLE_HOLIDAYS.get(usize::from(k)))
    {
        if let Some(end) = cur.match_form(i, form, false) {
            if best.is_none_or(|(e, _)| end > e) {
                best = Some((end, Resolved::When(When::Holiday { h, year: None })));
            }
        }
    }
    let (mut end, mut value) = best?;
    // Lowercase holiday names only in lowercase text (`black friday 2010`).
    if cur.lower_initial(i) && cur.text(i).len() < 6 && end == i + 1 {
        return None;
    }
    // `Christmas tree`, `Easter egg`: the holiday names something else.
    if cur.spaced(end)
        && cur.is_any(
            end,
            &[
                "tree", "trees", "egg", "eggs", "card", "cards", "carol", "carols", "market",
                "markets", "party", "parties", "shopping", "season", "Island", "lights", "present",
                "presents", "spirit", "rising", "Rising", "Parade", "Bunny",
            ],
        )
    {
        return None;
    }
    let year = year_at(cur, end).filter(|_| cur.spaced(end));
    // `Labor Day weekend`, `labor day 2021 weekend`
    let weekend_at = if year.is_some() { end + 1 } else { end };
    let weekend = cur.is(weekend_at, "weekend") && cur.spaced(weekend_at);
    if let Some(y) = year {
        value = match value {
            Resolved::When(When::Date(d)) => {
                Resolved::When(When::Date(CalendarDate { year: Some(y), ..d }))
            }
            Resolved::When(When::Holiday { h, .. }) => {
                Resolved::When(When::Holiday { h, year: Some(y) })
            }
            v => v,
        };
        end += 1;
    }
    if weekend {
        end += 1;
    }
    Some(Found::new(i, end, NumberKind::Date, value))
}

#[cfg(test)]
mod tests {
    use crate::numbers::{find_numbers_with, Date};
    use crate::text::Document;

    fn dates(text: &str) -> Vec<(String, String)> {
        let doc = Document::parse(text);
        find_numbers_with(&doc, Date::parse_iso("2019-07-04"))
            .into_iter()
            .map(|n| (n.span.of(text).to_string(), n.value.to_string()))
            .collect()
    }

    fn pair(a: &str, b: &str) -> (String, String) {
        (a.into(), b.into())
    }

    #[test]
    fn quarters_and_halves() {
        assert_eq!(dates("sales in Q1 2017 rose"), [pair("Q1 2017", "2017-Q1")]);
        assert_eq!(dates("sales during 2017 q1"), [pair("2017 q1", "2017-Q1")]);
        assert_eq!(dates("How about 2019-Q1"), [pair("2019-Q1", "2019-Q1")]);
        assert_eq!(
            dates("in the first quarter of 2013"),
            [pair("first quarter of 2013", "2013-Q1")]
        );
        assert_eq!(dates("in the last quarter of 1997"), [pair("last quarter of 1997", "1997-Q4")]);
        assert_eq!(dates("2019 H2 will bring"), [pair("2019 H2", "2019-H2")]);
        assert!(dates("a quarter of voters").iter().all(|(_, v)| !v.contains('Q')));
    }

    #[test]
    fn centuries_seasons_holidays() {
        assert_eq!(dates("in the late 19th century"), [pair("19th century", "18")]);
        assert_eq!(dates("a 21st-century language"), [pair("21st-century", "20")]);
        assert_eq!(dates("it opened last fall."), [pair("fall", "FA")]);
        assert!(dates("Prices fall sharply.").is_empty());
        assert_eq!(dates("on Christmas Day"), [pair("Christmas Day", "--12-25")]);
        assert_eq!(dates("on black friday 2010"), [pair("black friday 2010", "2010-11-26")]);
        assert!(dates("a Christmas tree").is_empty());
    }
}
