//! Calendar expressions: `Feb 27`, `27 February 2025`, `February 27, 2025`,
//! `2025-02-27`, `September`, `May 2024`, `Tuesday`, `the 1990s`,
//! `Jan. 5 to 7`, `2019-2021`; and the rule for when a bare `2022` is a year.
//!
//! Values are ISO-8601, partial when the text is partial (`--02-27`,
//! `2024-05`, `--09`), weekdays by name, decades by their first three
//! digits (`199`, as TIMEX3 writes the 1990s).

use super::cursor::Cursor;
use super::temporal::When;
use super::{counts, times, Found, NumberKind, Resolved, Step};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub(crate) struct CalendarDate {
    pub year: Option<u16>,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl CalendarDate {
    pub fn iso(&self) -> String {
        match (self.year, self.month, self.day) {
            (Some(y), Some(m), Some(d)) => format!("{y:04}-{m:02}-{d:02}"),
            (Some(y), Some(m), None) => format!("{y:04}-{m:02}"),
            (Some(y), None, _) => format!("{y:04}"),
            (None, Some(m), Some(d)) => format!("--{m:02}-{d:02}"),
            (None, Some(m), None) => format!("--{m:02}"),
            (None, None, Some(d)) => format!("---{d:02}"),
            (None, None, None) => String::new(),
        }
    }

    /// The period a complete-enough date names, without a reference.
    pub fn absolute(&self) -> Option<super::temporal::Absolute> {
        use super::temporal::Absolute;
        let y = i32::from(self.year?);
        Some(match (self.month, self.day) {
            (Some(m), Some(d)) => Absolute::Day(super::calendar::Date::new(y, m, d)?),
            (Some(m), None) => Absolute::Month(y, m),
            _ => Absolute::Year(y),
        })
    }

    pub(crate) fn year(y: u16) -> CalendarDate {
        CalendarDate { year: Some(y), ..CalendarDate::default() }
    }
}

/// Month spellings with their number; `false` marks abbreviations, which
/// may take a period and never stand alone (`Jan` is also a first name).
pub(crate) const MONTHS: &[(&str, u8, bool)] = &[
    ("january", 1, true),
    ("february", 2, true),
    ("march", 3, true),
    ("april", 4, true),
    ("may", 5, true),
    ("june", 6, true),
    ("july", 7, true),
    ("august", 8, true),
    ("september", 9, true),
    ("october", 10, true),
    ("november", 11, true),
    ("december", 12, true),
    ("jan", 1, false),
    ("feb", 2, false),
    ("mar", 3, false),
    ("apr", 4, false),
    ("jun", 6, false),
    ("jul", 7, false),
    ("aug", 8, false),
    ("sep", 9, false),
    ("sept", 9, false),
    ("oct", 10, false),
    ("nov", 11, false),
    ("dec", 12, false),
];

pub(crate) const WEEKDAYS: &[&str] =
    &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

const DAYS_IN_MONTH: [u8; 12] = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/// Words after which a month standing alone is a date: `in May`, `since
/// March`, `mid-September`.
const MONTH_CONTEXT: &[&str] = &[
    "in", "since", "until", "till", "by", "during", "early", "late", "mid", "last", "next", "this",
    "of", "from", "through", "before", "after", "between", "on", "around", "to", "each", "every",
];

/// Words after which a four-digit number is a year even when a plural
/// noun follows (`in 2022 elections`, `the 2024 Olympics`).
const YEAR_CONTEXT: &[&str] = &[
    "in", "since", "until", "till", "by", "during", "early", "late", "mid", "before", "after",
    "through", "the", "its", "their", "his", "her", "our", "s", "fiscal", "year", "circa", "pre",
    "post",
];

/// Words that make a weekday part of a name: `Good Friday`, `Black Friday`.
const DAY_NAME_BEFORE: &[&str] = &[
    "Good", "Black", "Bloody", "Cyber", "Ash", "Palm", "Holy", "Easter", "Super", "Maundy",
    "Shrove", "Whit", "Giving", "Fat", "Small", "Blue", "Manic",
];

/// Words that make a weekday part of a title: `Sunday Times`, `Monday Night Football`.
const DAY_NAME_AFTER: &[&str] = &[
    "Times", "Telegraph", "Express", "Mirror", "Post", "Night", "School", "Service", "Herald",
    "Mail", "Observer", "Independent", "Tribune", "Club", "Sport", "People", "Star", "Sun",
    "Prayers", "Massacre", "Agreement", "Show",
];

/// Words that link the two ends of a date range.
const RANGE_LINKS: &[&str] = &["to", "through", "until", "till", "-", "–", "—"];

/// A weekday name at `j` (any case; `Mon`, `Tue.` abbreviations only
/// capitalized): Monday = 1 … Sunday = 7.
pub(crate) fn weekday_at(cur: &Cursor<'_, '_>, j: usize) -> Option<u8> {
    let t = cur.text(j);
    if let Some(p) = WEEKDAYS.iter().position(|w| t.eq_ignore_ascii_case(w)) {
        return Some(p as u8 + 1);
    }
    if !cur.upper_initial(j) {
        return None;
    }
    WEEKDAY_ABBREVIATIONS.iter().find(|(a, _)| t.eq_ignore_ascii_case(a)).map(|&(_, w)| w)
}

/// Abbreviated weekdays; `Sun`, `Sat`, `Wed` and `Mon` are read only
/// where a date follows or precedes (see `weekday`).
pub(crate) const WEEKDAY_ABBREVIATIONS: &[(&str, u8)] = &[
    ("Mon", 1),
    ("Tue", 2),
    ("Tues", 2),
    ("Wed", 3),
    ("Thu", 4),
    ("Thur", 4),
    ("Thurs", 4),
    ("Fri", 5),
    ("Sat", 6),
    ("Sun", 7),
];

/// A full month name at `j` (capitalized, or lowercase except the words
/// `march`, `may`, `august`): its number.
pub(crate) fn full_month_at(cur: &Cursor<'_, '_>, j: usize) -> Option<u8> {
    month_at(cur, j).filter(|m| m.full).map(|m| m.month)
}

/// A day of the month follows at `j` (`5`, `27th`).
pub(crate) fn day_follows(cur: &Cursor<'_, '_>, j: usize) -> bool {
    cur.spaced(j) && day_at(cur, j).is_some()
}

pub(crate) fn is_month_or_weekday(word: &str) -> bool {
    MONTHS.iter().any(|(m, _, full)| *full && word.eq_ignore_ascii_case(m))
        || WEEKDAYS.iter().any(|w| word.eq_ignore_ascii_case(w))
}

fn valid_day(month: u8, day: u8) -> bool {
    day >= 1 && DAYS_IN_MONTH.get(usize::from(month).wrapping_sub(1)).is_some_and(|&n| day <= n)
}

fn digits(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 9 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

pub(crate) fn parse(cur: &Cursor<'_, '_>, i: usize) -> Step {
    if cur.is_word(i) {
        if let Some(f) = weekday(cur, i)
            .or_else(|| ordinal_of_month(cur, i))
            .or_else(|| the_day(cur, i))
            .or_else(|| decade_word(cur, i))
            .or_else(|| spelled_day_first(cur, i))
            .or_else(|| spelled_year_alone(cur, i))
        {
            return Step::Found(f);
        }
        if let Some(m) = month_at(cur, i) {
            return month_first(cur, i, m);
        }
        return Step::Pass;
    }
    if cur.is_number(i) {
        // Cheap test first: a numeral opens a date only with a separator,
        // a suffix, a link word or a month after it, or dots inside.
        let next_ok = cur.is_any(i + 1, &["-", "–", "—", "/", "s", "'", "’", "to", "through", "until", "till", "and", "st", "nd", "rd", "th", "of", "or", ","])
            || cur.text(i).bytes().filter(|&b| b == b'.').count() >= 2
            || month_at(cur, i + 1).is_some()
            || lower_abbreviation_at(cur, i + 1).is_some()
            || cur.is_number(i + 1);
        if !next_ok {
            return Step::Pass;
        }
        let found = iso(cur, i)
            .or_else(|| dotted(cur, i))
            .or_else(|| slashed_range(cur, i))
            .or_else(|| {
                slashed_date_at(cur, i)
                    .map(|(d, e)| Found::new(i, e, NumberKind::Date, Resolved::date(d)))
            })
            .or_else(|| decade(cur, i))
            .or_else(|| year_range(cur, i))
            .or_else(|| day_first(cur, i))
            .or_else(|| year_month_word(cur, i))
            .or_else(|| day_month_year(cur, i))
            .or_else(|| month_year_numeric(cur, i))
            .or_else(|| month_day_slash(cur, i));
        return found.map_or(Step::Pass, Step::Found);
    }
    if cur.is_any(i, &["'", "’"]) {
        return short_decade(cur, i).map_or(Step::Pass, Step::Found);
    }
    Step::Pass
}

#[derive(Clone, Copy)]
struct MonthTok {
    month: u8,
    full: bool,
    end: usize,
}

fn month_at(cur: &Cursor<'_, '_>, i: usize) -> Option<MonthTok> {
    if !cur.is_word(i) {
        return None;
    }
    let t = cur.text(i);
    static MONTH_MAP: std::sync::OnceLock<super::index::WordMap<(u8, bool)>> = std::sync::OnceLock::new();
    let (month, full) = MONTH_MAP
        .get_or_init(|| super::index::WordMap::new(MONTHS.iter().map(|&(n, m, f)| (n, (m, f)))))
        .get(t)?;
    // Lowercase only for full names, and never the verb `march`, the modal
    // `may`, the adjective `august`, or the verb `mar`: unless a weekday
    // just before makes it a date (`friday march fifteenth`).
    let after_weekday = i > 0 && cur.spaced(i) && weekday_at(cur, i - 1).is_some();
    // `between august and october`: a range of two month names.
    let month_range = i > 0
        && cur.is_any(i - 1, &["between", "from"])
        && cur.is_any(i + 1, &["and", "to", "through"])
        && MONTHS.iter().any(|(n, m, f)| *f && *m != month && cur.is(i + 2, n));
    if cur.lower_initial(i) && (!full || matches!(month, 3 | 5 | 8)) && !(full && (after_weekday || month_range)) {
        return None;
    }
    let mut end = i + 1;
    if !full && cur.is_exact(end, ".") && cur.attached(end) {
        end += 1;
    }
    Some(MonthTok { month, full, end })
}

#[derive(Clone, Copy)]
struct DayTok {
    day: u8,
    end: usize,
    /// Written `27th`.
    suffixed: bool,
}

fn day_at(cur: &Cursor<'_, '_>, i: usize) -> Option<DayTok> {
    if !cur.is_number(i) || cur.text(i).len() > 2 {
        return None;
    }
    let day = u8::try_from(digits(cur.text(i))?).ok()?;
    if !(1..=31).contains(&day) {
        return None;
    }
    let mut end = i + 1;
    let mut suffixed = false;
    if cur.attached(end) {
        if cur.is_any(end, &["st", "nd", "rd", "th"]) {
            end += 1;
            suffixed = true;
        } else if cur.is_word(end) || cur.is_number(end) || cur.is_any(end, &[":", "%", "/"]) {
            // `27km`, `8:30`, `5%`: not a day.
            return None;
        }
    }
    Some(DayTok { day, end, suffixed })
}

/// A four-digit year inside a date pattern.
fn year_at(cur: &Cursor<'_, '_>, i: usize) -> Option<(u16, usize)> {
    if !cur.is_number(i) || cur.text(i).len() != 4 {
        return None;
    }
    let y = u16::try_from(digits(cur.text(i))?).ok()?;
    if !(1000..=2999).contains(&y) || (cur.attached(i + 1) && cur.is_word(i + 1)) {
        return None;
    }
    Some((y, i + 1))
}

/// The year after `of` in `June of 1992`, `April of 87`: four digits, or
/// two with nothing counted after them.
fn year_of(cur: &Cursor<'_, '_>, j: usize) -> Option<(u16, usize)> {
    year_at(cur, j).or_else(|| {
        two_digit_year(cur, j).filter(|&(_, e)| counts::head(cur, e).is_none() && !cur.is_any(e, &["%", "percent"]))
    })
}

/// A two-digit year closing a numeric date (`12/12/30`), read in
/// 1950–2049; no further digit group or slash may follow.
fn two_digit_year(cur: &Cursor<'_, '_>, i: usize) -> Option<(u16, usize)> {
    let t = cur.text(i);
    if t.len() != 2 || (cur.attached(i + 1) && (cur.is_number(i + 1) || cur.is_word(i + 1) || cur.is_any(i + 1, &["/", "-"]))) {
        return None;
    }
    let yy = u16::try_from(digits(t)?).ok()?;
    Some((if yy < 50 { 2000 + yy } else { 1900 + yy }, i + 1))
}

/// `, 2025` or ` 2025` after a day; not `, 2000 troops`. A year said in
/// words counts too (`nineteen ninety six`).
fn year_after(cur: &Cursor<'_, '_>, k: usize) -> Option<(u16, usize)> {
    let at = if cur.is_exact(k, ",") && cur.spaced(k + 1) { k + 1 } else { k };
    if !cur.spaced(at) {
        return None;
    }
    let (y, end) = year_at(cur, at).or_else(|| super::words::spelled_year(cur, at))?;
    (!counts::plural_head_follows(cur, end) && counts::head(cur, end).is_none_or(|_| cur.is_number(at)))
        .then_some((y, end))
}

/// Words after which a year said in words stands alone: `in nineteen
/// ninety six`.
const SPELLED_YEAR_CONTEXT: &[&str] = &["in", "since", "until", "till", "during", "of", "from", "before", "after"];

/// `in nineteen ninety six`, `since two thousand and fifteen`: a spelled
/// year after a preposition of time, with no noun after it (`in two
/// thousand cases` is a count).
fn spelled_year_alone(cur: &Cursor<'_, '_>, i: usize) -> Option<Found> {
    if !i.checked_sub(1).is_some_and(|p| cur.is_any(p, SPELLED_YEAR_CONTEXT)) {
        return None;
    }
    let (y, end) = super::words::spelled_year(cur, i)?;
    // `two thousand` alone is too often an amount; a year needs its tail
    // or a century-and-decade form.
    if y == 2000 && end == i + 2 || counts::head(cur, end).is_some() || cur.is_word(end) && cur.spaced(end) && !cur.is_any(end, &["and", "or", "to", "when", "while", "but", "as"]) {
        return None;
    }
    if scale_follows(cur, end) {
        return None;
    }
    Some(Found::new(i, end, NumberKind::Date, Resolved::date(CalendarDate::year(y))))
}

fn scale_follows(cur: &Cursor<'_, '_>, end: usize) -> bool {
    super::words::scale_pow(cur.text(end)).is_some()
}

/// `twenty five January nineteen eighty six`, `fifteen August 1993`: a day
/// said as a cardinal before the month, read only with a year after it.
fn spelled_day_first(cur: &Cursor<'_, '_>, i: usize) -> Option<Found> {
    let (day, k) = super::words::two_digits(cur, i).filter(|&(d, _)| (1..=31).contains(&d))?;
    if !cur.spaced(k) {
        return None;
    }
    let m = month_at(cur, k)?;
    let day = u8::try_from(day).ok().filter(|&d| valid_day(m.month, d))?;
    let (y, end) = year_after(cur, m.end)?;
    let date = CalendarDate { year: Some(y), month: Some(m.month), day: Some(day) };
    Some(Found::new(i, end, NumberKind::Date, Resolved::date(date)))
}

/// Spelled ordinals that name days of the month.
pub(crate) const DAY_ORDINALS: &[(&str, u8)] = &[
    ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6),
    ("seventh", 7), ("eighth", 8), ("ninth", 9), ("tenth", 10), ("eleventh", 11),
    ("twelfth", 12), ("thirteenth", 13), ("fourteenth", 14), ("fifteenth", 15),
    ("sixteenth", 16), ("seventeenth", 17), ("eighteenth", 18), ("nineteenth", 19),
    ("twentieth", 20), ("thirtieth", 30),
];

/// A spelled day of the month at `j`: `fifteenth`, `twenty fourth`,
/// `twenty-first`, `thirty first`, `twenty nine` (a cardinal only as a
/// compound, so that `March two years ago` stays a month).
fn spelled_day_at(cur: &Cursor<'_, '_>, j: usize) -> Option<(u8, usize)> {
    let ord = |k: usize| DAY_ORDINALS.iter().find(|(w, _)| cur.is(k, w)).map(|&(_, v)| v);
    if let Some(v) = ord(j) {
        return Some((v, j + 1));
    }
    let tens = if cur.is(j, "twenty") {
        20
    } else if cur.is(j, "thirty") {
        30
    } else {
        return None;
    };
    let k = if cur.is_exact(j + 1, "-") && cur.attached(j + 1) { j + 2 } else { j + 1 };
    let unit = ord(k).filter(|&u| u <= 9).or_else(|| {
        let w = cur.text(k);
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
            .iter()
            .position(|n| w.eq_ignore_ascii_case(n))
            .map(|p| p as u8 + 1)
    })?;
    let day = tens + unit;
    (day <= 31).then_some((day, k + 1))
}

fn month_first(cur: &Cursor<'_, '_>, i: usize, m: MonthTok) -> Step {
    let j = m.end;
    // `Oct/2`, `May/22`: month and day joined by a slash; `Dec/2018`,
    // `Dec-2018`: month and year.
    if cur.is_any(j, &["/", "-"]) && cur.attached(j) && cur.attached(j + 1) {
        if let Some((y, e)) = year_at(cur, j + 1) {
            let date = CalendarDate { year: Some(y), month: Some(m.month), day: None };
            return Step::Found(Found::new(i, e, NumberKind::Date, Resolved::date(date)));
        }
        if let Some(d) = day_at(cur, j + 1).filter(|d| valid_day(m.month, d.day) && cur.is_exact(j, "/")) {
            let date = CalendarDate { year: None, month: Some(m.month), day: Some(d.day) };
            return Step::Found(Found::new(i, d.end, NumberKind::Date, Resolved::date(date)));
        }
        // `Sep-23-2020`: month, day and year joined by hyphens.
        if cur.is_exact(j, "-") && cur.is_exact(j + 2, "-") && cur.attached(j + 2) && cur.attached(j + 3) {
            if let (Some(d), Some((y, e))) = (day_at(cur, j + 1), year_at(cur, j + 3)) {
                if valid_day(m.month, d.day) && d.end == j + 2 {
                    let date = CalendarDate { year: Some(y), month: Some(m.month), day: Some(d.day) };
                    return Step::Found(Found::new(i, e, NumberKind::Date, Resolved::date(date)));
                }
            }
        }
    }
    // `june of 1992`, `April of 87`
    if cur.is(j, "of") {
        if let Some((y, e)) = year_of(cur, j + 1) {
            let date = CalendarDate { year: Some(y), month: Some(m.month), day: None };
            return Step::Found(Found::new(i, e, NumberKind::Date, Resolved::date(date)));
        }
    }
    // `May twenty nine`, `march fifteenth`, `june the 28th`
    let the = cur.is(j, "the") && cur.spaced(j + 1);
    let d_at = if the { j + 1 } else { j };
    let spelled = spelled_day_at(cur, d_at).filter(|&(d, _)| cur.spaced(d_at) && valid_day(m.month, d));
    let numeric_after_the = if the { day_at(cur, d_at).filter(|d| d.suffixed && valid_day(m.month, d.day)).map(|d| (d.day, d.end)) } else { None };
    if let Some((day, e)) = spelled.or(numeric_after_the) {
        let mut date = CalendarDate { year: None, month: Some(m.month), day: Some(day) };
        let mut end = e;
        if let Some((y, e2)) = year_after(cur, end) {
            date.year = Some(y);
            end = e2;
        }
        let mut found = Found::new(i, end, NumberKind::Date, Resolved::date(date));
        if let Some((mut last, e)) = range_end(cur, end, date, false) {
            last.year = last.year.or(date.year);
            found.end = e;
            found.end_value = Some(Resolved::date(last));
        }
        return Step::Found(found);
    }
    // `Dec31`: the day may touch the month's name.
    let glued_day_ok = |d: &DayTok| cur.spaced(j) || (j == i + 1 && !cur.is_any(d.end, &["-", "/", "."]));
    if let Some(d) = day_at(cur, j).filter(|d| glued_day_ok(d) && valid_day(m.month, d.day)) {
        let mut first = CalendarDate { year: None, month: Some(m.month), day: Some(d.day) };
        let mut end = d.end;
        if let Some((y, e)) = year_after(cur, end) {
            first.year = Some(y);
            end = e;
        }
        let mut found = Found::new(i, end, NumberKind::Date, Resolved::date(first));
        let after_between = cur.word_before(i).is_some_and(|p| cur.is(p, "between"));
        if let Some((mut last, e)) = range_end(cur, end, first, after_between) {
            end = e;
            if first.year.is_none() {
                // `Jan. 5 to 7, 2024`: the closing year covers both ends.
                if let Some((y, e)) = year_after(cur, end) {
                    first.year = Some(y);
                    last.year = Some(y);
                    end = e;
                }
            } else if last.year.is_none() {
                last.year = first.year;
            }
            // `Nov 18-Dec 19, 2015`: the closing year covers the start.
            if first.year.is_none() {
                if let Some(y) = last.year {
                    let wraps = first.month > last.month;
                    first.year = Some(if wraps { y.saturating_sub(1) } else { y });
                }
            }
            found.end = end;
            found.value = Resolved::date(first);
            found.end_value = Some(Resolved::date(last));
        }
        return Step::Found(found);
    }
    if let Some(found) = month_range(cur, i, m) {
        return Step::Found(found);
    }
    // `May 2024`, `November, 1997`
    if let Some((y, e)) = year_after(cur, j) {
        let date = CalendarDate { year: Some(y), month: Some(m.month), day: None };
        return Step::Found(Found::new(i, e, NumberKind::Date, Resolved::date(date)));
    }
    if month_alone_ok(cur, i, m) {
        let date = CalendarDate { year: None, month: Some(m.month), day: None };
        return Step::Found(Found::new(i, i + 1, NumberKind::Date, Resolved::date(date)));
    }
    Step::Pass
}

/// `from January to March`, `September-November 2024`: months without days.
fn month_range(cur: &Cursor<'_, '_>, i: usize, m: MonthTok) -> Option<Found> {
    let k = m.end;
    let tight_dash = cur.is_any(k, &["-", "–"]) && cur.attached(k) && cur.attached(k + 1);
    let opened = cur.word_before(i).is_some_and(|p| cur.is_any(p, &["from", "between"]));
    // `May to March`: two capitalized month names make the range alone.
    let both_named = m.full
        && cur.upper_initial(i)
        && month_at(cur, k + 1).is_some_and(|m2| m2.full && cur.upper_initial(k + 1));
    let linked = tight_dash
        || ((opened || both_named) && cur.is_any(k, &["to", "through", "until", "till", "–"]))
        || (opened && cur.is(k, "and") && cur.word_before(i).is_some_and(|p| cur.is(p, "between")));
    if !linked || !(m.full || opened) {
        return None;
    }
    let m2 = month_at(cur, k + 1)?;
    if m2.month == m.month || day_at(cur, m2.end).is_some_and(|_| cur.spaced(m2.end)) {
        return None;
    }
    let mut first = CalendarDate { year: None, month: Some(m.month), day: None };
    let mut last = CalendarDate { year: None, month: Some(m2.month), day: None };
    let mut end = m2.end;
    if let Some((y, e)) = year_after(cur, end) {
        // `September-November 2024`; a range over New Year starts the year before.
        last.year = Some(y);
        first.year = Some(if m.month > m2.month { y.saturating_sub(1) } else { y });
        end = e;
    }
    let mut found = Found::new(i, end, NumberKind::Date, Resolved::date(first));
    found.end_value = Some(Resolved::date(last));
    Some(found)
}

/// The second end of `Jan. 5 to 7` or `Jan 30 - Feb 2`, starting at the link word.
fn range_end(
    cur: &Cursor<'_, '_>,
    k: usize,
    first: CalendarDate,
    after_between: bool,
) -> Option<(CalendarDate, usize)> {
    if !(cur.is_any(k, RANGE_LINKS) || (after_between && cur.is(k, "and"))) {
        return None;
    }
    let n = k + 1;
    if let Some(m2) = month_at(cur, n) {
        let d2 = day_at(cur, m2.end).filter(|d| valid_day(m2.month, d.day))?;
        let mut last = CalendarDate { year: None, month: Some(m2.month), day: Some(d2.day) };
        let mut end = d2.end;
        if let Some((y, e)) = year_after(cur, end) {
            last.year = Some(y);
            end = e;
        }
        return Some((last, end));
    }
    let month = first.month?;
    // `april ninth through seventeenth`
    if let Some((d2, e)) = spelled_day_at(cur, n).filter(|_| cur.spaced(n)) {
        let later = first.day.is_some_and(|d| d2 > d) && valid_day(month, d2);
        let noun_after = cur.is_word(e) && cur.spaced(e) && counts::head(cur, e).is_some();
        return (later && !noun_after).then_some((CalendarDate { year: None, month: Some(month), day: Some(d2) }, e));
    }
    let d2 = day_at(cur, n)?;
    let later = first.day.is_some_and(|d| d2.day > d) && valid_day(month, d2.day);
    // `Jan. 5 to 7 p.m.` or `to 7%` is not a range of days.
    let not_a_day =
        cur.is_any(d2.end, &[":", "%", "percent"]) || times::meridiem_at(cur, d2.end).is_some();
    if !later || not_a_day {
        return None;
    }
    Some((CalendarDate { year: None, month: Some(month), day: Some(d2.day) }, d2.end))
}

/// `27 February 2025`, `the 27th of February`, `5-7 March`.
fn day_first(cur: &Cursor<'_, '_>, i: usize) -> Option<Found> {
    let d = day_at(cur, i)?;
    let mut k = d.end;
    let mut last_day = None;
    if cur.is_any(k, &["-", "–", "to"]) {
        if let Some(d2) = day_at(cur, k + 1).filter(|d2| d2.day > d.day) {
            if month_at(cur, d2.end).is_some() {
                last_day = Some(d2.day);
                k = d2.end;
            }
        }
    }
    if (d.suffixed || last_day.is_some()) && cur.is(k, "of") {
        k += 1;
    } else if cur.is_any(k, &["-", "–", "to"]) && cur.is(k + 2, "of") {
        // `9 to 12 of June`
        if let Some(d2) = day_at(cur, k + 1).filter(|d2| d2.day > d.day && d2.end == k + 2) {
            last_day = Some(d2.day);
            k += 3;
        }
    }
    if !cur.spaced(k) {
        return None;
    }
    let m = month_at(cur, k).or_else(|| lower_abbreviation_at(cur, k))?;
    if !valid_day(m.month, d.day) || last_day.is_some_and(|l| !valid_day(m.month, l)) {
        return None;
    }
    let mut first = CalendarDate { year: None, month: Some(m.month), day: Some(d.day) };
    let mut end = m.end;
    if let Some((y, e)) = year_after(cur, end) {
        first.year = Some(y);
        end = e;
    } else if cur.is(end, "of") {
        // `26th june of 2020`, `15 April of 87`
        if let Some((y, e)) = year_of(cur, end + 1) {
            first.year = Some(y);
            end = e;
        }
    }
    let mut found = Found::new(i, end, NumberKind::Date, Resolved::date(first));
    if let Some(l) = last_day {
        found.end_value = Some(Resolved::date(CalendarDate { day: Some(l), ..first }));
    }
    Some(found)
}

/// `2025-02-27` as an ISO date, with its end.
pub(crate) fn iso_date_at(cur: &Cursor<'_, '_>, i: usize) -> Option<(CalendarDate, usize)> {
    let (y, _) = year_at(cur, i).filter(|_| cur.is_exact(i + 1, "-"))?;
    let tight =
        cur.attached(i + 1) && cur.attached(i + 2) && cur.attached(i + 3) && cur.attached(i + 4);
    let (m_len, d_len) = (cur.text(i + 2).len(), cur.text(i + 4).len());
    if !tight || !cur.is_exact(i + 3, "-") || !(1..=2).contains(&m_len) || !(1..=2).contains(&d_len) {
        return None;
    }
    // Short parts only where no digit group follows (`2010-2015-86` is no date).
    if (m_len == 1 || d_len == 1) && cur.is_exact(i + 5, "-") {
        return None;
    }
    let m = u8::try_from(digits(cur.text(i + 2))?).ok()?;
    let d = u8::try_from(digits(cur.text(i + 4))?).ok()?;
    if !valid_day(m, d) {
        return None;
    }
    Some((CalendarDate { year: Some(y), month: Some(m), day: Some(d) }, i + 5))
}

/// `2025-02-27`, or `2025-02` when the second part cannot be a year range's end.
fn iso(cur: &Cursor<'_, '_>, i: usize) -> Option<Found> {
    if let Some((date, end)) = iso_date_at(cur, i) {
        return Some(Found::new(i, end, NumberKind::Date, Resolved::date(date)));
    }
    let (y, _) = year_at(cur, i)?;
    let month_text = cur.text(i + 2);
    if !cur.is_exact(i + 1, "-")
        || !cur.attached(i + 1)
        || !cur.attached(i + 2)
        || month_text.len() != 2
    {
        return None;
    }
    let m = u8::try_from(digits(month_text)?).ok()?;
    let reads_as_month = month_text.starts_with('0') || u16::from(m) <= y % 100;
    if !(1..=12).contains(&m)
        || !reads_as_month
        || (cur.is_exact(i + 3, "-") && cur.attached(i + 3))
    {
        return None;
    }
    let date = CalendarDate { year: Some(y), month: Some(m), day: None };
    Some(Found::new(i, i + 3, NumberKind::Date, Resolved::date(date)))
}

/// Words after which `the 18th` or `5/12` is a date.
const DAY_CONTEXT: &[&str] = &[
    "on", "by", "until", "till", "since", "from", "before", "after", "to", "through", "of",
    "next", "this", "last", "starting", "beginning", "around", "and", "or",
];

/// `on the 18th`, `by the 4th`: a day of the current month. The article
/// is part of the span; a noun after the ordinal makes it a rank (`the
/// 18th hole`).
fn the_day(cur: &Cursor<'_, '_>, i: usize) -> Option<Found> {
    if !cur.is_number(i + 1) || !cur.is(i, "the") || !i.checked_sub(1).is_some_and(|p| cur.is_any(p, DAY_CONTEXT)) {
        return None;
    }
    let d = day_at(cur, i + 1).filter(|d| d.suffixed && cur.spaced(i + 1))?;
    if cur.is_word(d.end) && cur.spaced(d.end) && !cur.is_any(d.end, &["and", "or", "to", "at", "in", "through", "until", "this", "next", "of"])
        || cur.is(d.end, "of")
    {
        return None;
    }
    let date = CalendarDate { year: None, month: None, day: Some(d.day) };
    Some(Found::new(i, d.end, NumberKind::Date, Resolved::date(date)))
}

/// `the sixties`, `the nineties`: a decade of the 1900s.
fn decade_word(cur: &Cursor<'_, '_>, i: usize) -> Option<Found> {
    const DECADES: &[(&str, u16)] = &[
        ("twenties", 192), ("thirties", 193), ("forties", 194), ("fifties", 195),
        ("sixties", 196), ("seventies", 197), ("eighties", 198), ("nineties", 199),
    ];
    let &(_, d) = DECADES.iter().find(|(w, _)| cur.is(i, w))?;
    // `in their forties` is an age; `the sixties` a decade.
    if !i.checked_sub(1).is_some_and(|p| cur.is_any(p, &["the", "early", "late", "mid"])) {
        return None;
    }
    Some(Found::new(i, i + 1, NumberKind::Date, Resolved::When(When::Decade(d))))
}

/// `2019/aug/01`, `2019-aug-1`: year, month word, day.
fn year_month_word(cur: &Cursor<'_, '_>, i: usize) -> Option<Found> {
    let (y, _) = year_at(cur, i)?;
    let sep = cur.text(i + 1);
    if !(sep == "/" || sep == "-") || !(1..=4).all(|k| cur.attached(i + k)) || cur.text(i + 3) != sep {
        return None;
    }
    let m = month_at(cur, i + 2).or_else(|| lower_abbreviation_at(cur, i + 2))?;
    let d = day_at(cur, i + 4).filter(|d| valid_day(m.month, d.day))?;
    let date = CalendarDate { year: Some(y), month: Some(m.month), day: Some(d.day) };
    Some(Found::new(i, d.end, NumberKind::Date, Resolved::date(date)))
}

/// `12-2015`, `03/2015`: month and year in digits.
fn month_year_numeric(cur: &Cursor<'_, '_>, i: usize) -> Option<Found> {
    let t = cur.text(i);
    if t.len() > 2 || !cur.is_any(i + 1, &["-", "/"]) || !cur.attached(i + 1) || !cur.attached(i + 2) {
        return None;
    }
    let m = u8::try_from(digits(t)?).ok().filter(|m| (1..=12).contains(m))?;
    let (y, end) = year_at(cur, i + 2)?;
    if cur.is_any(end, &["-", "/"]) && cur.attached(end) {
        return None;
    }
    let date = CalendarDate { year: Some(y), month: Some(m), day: None };
    Some(Found::new(i, end, NumberKind::Date, Resolved::date(date)))
}

/// `on 5/12`, `friday 11/20`: month and day with no year, where the words
/// before say it is a date (a bare `3/4` is a fraction).
fn month_day_slash(cur: &Cursor<'_, '_>, i: usize) -> Option<Found> {
    let (date, end) = month_day_slash_at(cur, i)?;
    Some(Found::new(i, end, NumberKind::Date, Resolved::date(date)))
}

/// Month and day written `m/d` at `i` (no year, no context check).
fn month_day_digits(cur: &Cursor<'_, '_>, i: usize) -> Option<CalendarDate> {
    if !(cur.is_exact(i + 1, "/") && cur.attached(i + 1) && cur.attached(i + 2) && cur.is_number(i + 2)) {
        return None;
    }
    let (a, b) = (cur.text(i), cur.text(i + 2));
    if a.len() > 2 || b.len() > 2 {
        return None;
    }
    let (m, d) = (u8::try_from(digits(a)?).ok()?, u8::try_from(digits(b)?).ok()?);
    if !(1..=12).contains(&m) || !valid_day(m, d) {
        return None;
    }
    Some(CalendarDate { year: None, month: Some(m), day: Some(d) })
}

/// [`month_day_slash`]'s reading: the date and its end, where the context
/// makes `m/d` a date (`on 11/20`, `11/20, 11/22 or 11/25`).
pub(crate) fn month_day_slash_at(cur: &Cursor<'_, '_>, i: usize) -> Option<(CalendarDate, usize)> {
    let date = month_day_digits(cur, i)?;
    if cur.is_exact(i + 3, "/") && cur.attached(i + 3) {
        return None;
    }
    // `1/2 cup`: a fraction before a unit.
    if cur.spaced(i + 3) && super::units::at(cur, i + 3).is_some() {
        return None;
    }
    let prev = i.checked_sub(1)?;
    let listed = (cur.is_exact(prev, ",") || cur.is_any(prev, &["or", "and"]))
        && prev.checked_sub(1).is_some_and(|p| cur.is_number(p))
        && prev.checked_sub(3).is_some_and(|p| month_day_digits(cur, p).is_some());
    let after_weekday = cur.is_exact(prev, ",") && prev.checked_sub(1).is_some_and(|p| weekday_at(cur, p).is_some());
    let context = cur.is_any(prev, DAY_CONTEXT) || weekday_at(cur, prev).is_some() || listed || after_weekday;
    context.then_some((date, i + 3))
}

/// `10/1-11/2/2017`, `2/29-3/1/2019`: a range of numeric dates whose year
/// is written once, at the end.
pub(crate) fn slashed_range_at(cur: &Cursor<'_, '_>, i: usize) -> Option<(CalendarDate, CalendarDate, usize)> {
    let first = month_day_digits(cur, i)?;
    if !(cur.is_any(i + 3, &["-", "–"]) && cur.attached(i + 3) && cur.attached(i + 4)) {
        return None;
    }
    let (last, end) = slashed_date_at(cur, i + 4)?;
    let wraps = first.month > last.month;
    let year = last.year.map(|y| if wraps { y.saturating_sub(1) } else { y });
    Some((CalendarDate { year, ..first }, last, end))
}

fn slashed_range(cur: &Cursor<'_, '_>, i: usize) -> Option<Found> {
    let (first, last, end) = slashed_range_at(cur, i)?;
    let mut f = Found::new(i, end, NumberKind::Date, Resolved::date(first));
    f.end_value = Some(Resolved::date(last));
    Some(f)
}

/// A month name in any case (`July`, `july`, `Dec`, `dec.`) with an
/// optional year after it, where the words before already make it a date
/// (`the last week of july`): the month, the year and the end.
pub(crate) fn month_year_at(cur: &Cursor<'_, '_>, j: usize) -> Option<(u8, Option<u16>, usize)> {
    let m = month_at(cur, j).or_else(|| {
        let t = cur.text(j);
        let &(_, month, full) = MONTHS.iter().find(|(name, _, _)| t.eq_ignore_ascii_case(name))?;
        cur.is_word(j).then_some(MonthTok { month, full, end: j + 1 })
    })?;
    if day_at(cur, m.end).is_some_and(|_| cur.spaced(m.end)) {
        return None;
    }
    match year_after(cur, m.end) {
        Some((y, e)) => Some((m.month, Some(y), e)),
        None => Some((m.month, None, m.end)),
    }
}

/// A lowercase month abbreviation (`aug`, `dec`) where digits around it
/// leave no doubt (`2019-aug-1`, `14 nov`).
fn lower_abbreviation_at(cur: &Cursor<'_, '_>, i: usize) -> Option<MonthTok> {
    let t = cur.text(i);
    if !cur.lower_initial(i) || t.len() < 3 || t.eq_ignore_ascii_case("mar") {
        return None;
    }
    let &(_, month, full) = MONTHS.iter().find(|(name, _, _)| t.eq_ignore_ascii_case(name))?;
    Some(MonthTok { month, full, end: i + 1 })
}

/// `fourth of july 1995`, `the 09th of May`, `the twenty third day of
/// September`: a day named before `of` and the month. Starts at `the` when
/// the article opens it.
pub(crate) fn ordinal_of_month(cur: &Cursor<'_, '_>, i: usize) -> Option<Found> {
    if !(i + 1..i + 6).any(|k| cur.is(k, "of")) {
        return None;
    }
    let the = cur.is(i, "the");
    let k = if the { i + 1 } else { i };
    let (day, mut j) = match spelled_day_at(cur, k) {
        Some(found) => found,
        None if the => {
            let d = day_at(cur, k).filter(|d| d.suffixed)?;
            (d.day, d.end)
        }
        None => return None,
    };
    if cur.is(j, "day") {
        j += 1;
    }
    if !cur.is(j, "of") {
        return None;
    }
    let m = month_at(cur, j + 1).or_else(|| lower_abbreviation_at(cur, j + 1))?;
    if !valid_day(m.month, day) {
        return None;
    }
    let mut date = CalendarDate { year: None, month: Some(m.month), day: Some(day) };
    let mut end = m.end;
    if let Some((y, e)) = year_after(cur, end) {
        date.year = Some(y);
        end = e;
    } else if cur.is(end, "of") {
        if let Some((y, e)) = year_at(cur, end + 1) {
            date.year = Some(y);
            end = e;
        }
    }
    Some(Found::new(i, end, NumberKind::Date, Resolved::date(date)))
}

/// `23.04.2022`, `02-02-2020`: day, month, year (or month, day, year where
/// the first part cannot be a day-first date).
/// A dashed day-month-year date at `i` (`02-02-2020`): its end.
pub(crate) fn day_month_year_at(cur: &Cursor<'_, '_>, i: usize) -> Option<usize> {
    day_month_year(cur, i).filter(|f| f.end == i + 5).map(|f| f.end)
}

fn day_month_year(cur: &Cursor<'_, '_>, i: usize) -> Option<Found> {
    let t = cur.text(i);
    let (a, b, y, end) = if t.matches('.').count() == 2 {
        let mut p = t.split('.');
        (p.next()?, p.next()?, p.next()?, i + 1)
    } else if cur.is_exact(i + 1, "-") && cur.is_exact(i + 3, "-") && (1..=4).all(|k| cur.attached(i + k)) {
        (t, cur.text(i + 2), cur.text(i + 4), i + 5)
    } else {
        return None;
    };
    if a.len() > 2 || b.len() > 2 || y.len() != 4 {
        return None;
    }
    let (a, b) = (u8::try_from(digits(a)?).ok()?, u8::try_from(digits(b)?).ok()?);
    let y = u16::try_from(digits(y)?).ok().filter(|y| (1000..=2999).contains(y))?;
    // Dots are European (day first); dashes follow the slash rule.
    let dotted = end == i + 1;
    let (m, d) = if dotted && valid_day(b, a) {
        (b, a)
    } else if !dotted && a <= 12 && valid_day(a, b) {
        (a, b)
    } else if valid_day(b, a) {
        (b, a)
    } else {
        return None;
    };
    let date = CalendarDate { year: Some(y), month: Some(m), day: Some(d) };
    Some(Found::new(i, end, NumberKind::Date, Resolved::date(date)))
}

/// `2025.02.27`, which the tokenizer keeps as one numeral.
fn dotted(cur: &Cursor<'_, '_>, i: usize) -> Option<Found> {
    let t = cur.text(i);
    let mut parts = t.split('.');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let y = u16::try_from(digits(y)?).ok()?;
    let (m, d) = (u8::try_from(digits(m)?).ok()?, u8::try_from(digits(d)?).ok()?);
    if !(1000..=2999).contains(&y) || !valid_day(m, d) {
        return None;
    }
    let date = CalendarDate { year: Some(y), month: Some(m), day: Some(d) };
    Some(Found::new(i, i + 1, NumberKind::Date, Resolved::date(date)))
}

/// `2/27/2025` (US order), or `27/2/2025` when the first part cannot be a
/// month; `12/12/30` with a two-digit year (read in 1950–2049).
pub(crate) fn slashed_date_at(cur: &Cursor<'_, '_>, i: usize) -> Option<(CalendarDate, usize)> {
    let tight = (1..=4).all(|k| cur.attached(i + k));
    if !tight || !cur.is_exact(i + 1, "/") || !cur.is_exact(i + 3, "/") || !cur.is_number(i + 4) {
        return None;
    }
    let (a, b) = (cur.text(i), cur.text(i + 2));
    if a.len() > 2 || b.len() > 2 {
        return None;
    }
    let (a, b) = (u8::try_from(digits(a)?).ok()?, u8::try_from(digits(b)?).ok()?);
    let (y, end) = year_at(cur, i + 4).or_else(|| two_digit_year(cur, i + 4))?;
    let (m, d) = if a <= 12 && valid_day(a, b) {
        (a, b)
    } else if b <= 12 && valid_day(b, a) {
        (b, a)
    } else {
        return None;
    };
    Some((CalendarDate { year: Some(y), month: Some(m), day: Some(d) }, end))
}

/// `1990s`, `1990's`.
fn decade(cur: &Cursor<'_, '_>, i: usize) -> Option<Found> {
    let t = cur.text(i);
    if t.len() != 4 || !t.ends_with('0') {
        return None;
    }
    let y = u16::try_from(digits(t)?).ok()?;
    if !(1000..=2990).contains(&y) {
        return None;
    }
    let end = if cur.attached(i + 1) && cur.is_exact(i + 1, "s") {
        i + 2
    } else if cur.attached(i + 1)
        && cur.is_any(i + 1, &["'", "’"])
        && cur.attached(i + 2)
        && cur.is_exact(i + 2, "s")
    {
        i + 3
    } else {
        return None;
    };
    Some(Found::new(i, end, NumberKind::Date, Resolved::When(When::Decade(y / 10))))
}

/// `’90s`, `'00s`: two digits after an apostrophe that opens the word.
fn short_decade(cur: &Cursor<'_, '_>, i: usize) -> Option<Found> {
    let opens = cur.spaced(i) || cur.is_exact(i.checked_sub(1)?, "-");
    let t = cur.text(i + 1);
    if !opens || !cur.attached(i + 1) || t.len() != 2 || !t.ends_with('0') {
        return None;
    }
    if !(cur.attached(i + 2) && cur.is_exact(i + 2, "s")) {
        return None;
    }
    let yy = u16::try_from(digits(t)?).ok()?;
    // The 1920s are rarer in the news than the 2020s.
    let decade = if yy <= 20 { 200 + yy / 10 } else { 190 + yy / 10 };
    Some(Found::new(i, i + 3, NumberKind::Date, Resolved::When(When::Decade(decade))))
}

/// `2019-2021`, `2019–20`, `2019 to 2021`, `between 2019 and 2021`.
fn year_range(cur: &Cursor<'_, '_>, i: usize) -> Option<Found> {
    let (y1, _) = year_at(cur, i).filter(|(y, _)| (1000..=2100).contains(y))?;
    let link = i + 1;
    let dash = cur.is_any(link, &["-", "–", "—"]);
    let after_between = cur.word_before(i).is_some_and(|p| cur.is(p, "between"));
    if !(dash
        || cur.is_any(link, &["to", "through", "until", "till"])
        || (after_between && cur.is(link, "and")))
    {
        return None;
    }
    if cur.is_exact(link, "-") && !(cur.attached(link) && cur.attached(link + 1)) {
        return None;
    }
    let t = cur.text(link + 1);
    let y2 = match t.len() {
        4 => year_at(cur, link + 1)?.0,
        2 if dash && !(cur.attached(link + 2) && cur.is_word(link + 2)) => {
            y1 / 100 * 100 + u16::try_from(digits(t)?).ok()?
        }
        _ => return None,
    };
    if y2 <= y1 || y2 > 2100 {
        return None;
    }
    let mut found =
        Found::new(i, link + 2, NumberKind::Date, Resolved::date(CalendarDate::year(y1)));
    found.end_value = Some(Resolved::date(CalendarDate::year(y2)));
    Some(found)
}

fn weekday(cur: &Cursor<'_, '_>, i: usize) -> Option<Found> {
    let w = weekday_at(cur, i)?;
    let abbreviated = !WEEKDAYS.iter().any(|d| cur.is(i, d));
    // A place before a weekday is common (`clinched the cup in Oslo
    // Wednesday`), so only known name words rule it out.
    let named_before = i > 0 && cur.spaced(i) && cur.is_any(i - 1, DAY_NAME_BEFORE);
    let named_after = cur.spaced(i + 1) && DAY_NAME_AFTER.iter().any(|w| cur.is_exact(i + 1, w));
    if named_before || named_after {
        return None;
    }
    let mut k = i + 1;
    if abbreviated && cur.is_exact(k, ".") && cur.attached(k) {
        k += 1;
    }
    // `Tuesday, March 3, 2025`, `Friday 2018-7-6`, `Wed Oct 26`: the date
    // carries the value.
    let after_comma = if cur.is_exact(k, ",") { k + 1 } else { k };
    if cur.spaced(after_comma) {
        if let Step::Found(mut f) = parse(cur, after_comma) {
            if matches!(f.value, Resolved::When(When::Date(CalendarDate { day: Some(_), .. }))) {
                f.start = i;
                return Some(f);
            }
        }
        // `Wed 13th`, `Sunday the 31st`, `tuesday the eleventh`
        let d_at = if cur.is(after_comma, "the") { after_comma + 1 } else { after_comma };
        if let Some(d) = day_at(cur, d_at).filter(|d| d.suffixed && after_comma == k) {
            return Some(Found::new(i, d.end, NumberKind::Date, Resolved::When(When::Weekday(w))));
        }
        if let Some((_, e)) = spelled_day_at(cur, d_at).filter(|&(_, e)| {
            d_at > after_comma && after_comma == k && !(cur.is_word(e) && cur.spaced(e) && !cur.is_any(e, &["at", "and", "or", "in", "of"]))
        }) {
            return Some(Found::new(i, e, NumberKind::Date, Resolved::When(When::Weekday(w))));
        }
    }
    if abbreviated {
        return None;
    }
    Some(Found::new(i, i + 1, NumberKind::Date, Resolved::When(When::Weekday(w))))
}

/// A month with no day or year is a date only when nothing suggests the
/// modal `May`, the verb `March`, or a name (`Theresa May`, `June Carter`).
fn month_alone_ok(cur: &Cursor<'_, '_>, i: usize, m: MonthTok) -> bool {
    if !m.full || !cur.upper_initial(i) {
        return false;
    }
    let in_context = cur.word_before(i).is_some_and(|p| cur.is_any(p, MONTH_CONTEXT));
    if in_context {
        return true;
    }
    // `March` capitalized mid-sentence is the month (the verb is lowercase);
    // `May` may still be a name or the modal.
    if m.month == 3 && !cur.sentence_first(i) && !(i > 0 && cur.upper_initial(i - 1) && !cur.sentence_first(i - 1)) {
        return true;
    }
    if m.month == 3 && cur.sentence_first(i) && cur.lower_initial(i + 1) && cur.spaced(i + 1)
        && !cur.is_any(i + 1, &["on", "to", "in", "into", "through", "toward", "towards", "past", "up", "down", "forward", "ahead"])
    {
        return true;
    }
    if matches!(m.month, 3 | 5) {
        return false;
    }
    let named_before =
        i > 0 && cur.spaced(i) && cur.upper_initial(i - 1) && !cur.sentence_first(i - 1);
    let named_after =
        cur.spaced(i + 1) && cur.upper_initial(i + 1) && !is_month_or_weekday(cur.text(i + 1));
    !named_before && !named_after
}

/// The end of an era marker after a year: `BC`, `BCE`, `B.C.`.
pub(crate) fn era_end(cur: &Cursor<'_, '_>, j: usize) -> Option<usize> {
    if !cur.spaced(j) {
        return None;
    }
    if cur.is_exact(j, "BC") || cur.is_exact(j, "BCE") {
        return Some(j + 1);
    }
    let dotted = cur.is_exact(j, "B")
        && cur.is_exact(j + 1, ".")
        && cur.is_exact(j + 2, "C")
        && cur.attached(j + 1)
        && cur.attached(j + 2);
    if !dotted {
        return None;
    }
    Some(if cur.is_exact(j + 3, ".") && cur.attached(j + 3) { j + 4 } else { j + 3 })
}

/// Whether a plain four-digit number (`2022`) at `i..end` is a year rather
/// than a count: it is, unless it counts a following plural noun
/// (`2000 troops`) without a word that marks a year (`in 2000`).
pub(crate) fn reads_as_year(cur: &Cursor<'_, '_>, i: usize, end: usize) -> bool {
    if cur.word_before(i).is_some_and(|p| cur.is_any(p, YEAR_CONTEXT)) {
        return true;
    }
    // News writes counts of a thousand and more with a comma (`1,998
    // models`), so a plain `1998 models` is a year; round `2000 troops`
    // is a count.
    let round = digits(cur.text(i)).is_some_and(|v| v % 100 == 0);
    !round || !counts::plural_head_follows(cur, end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Document;

    fn dates(text: &str) -> Vec<(String, String, Option<String>)> {
        let doc = Document::parse(text);
        crate::numbers::find_numbers(&doc)
            .into_iter()
            .filter(|n| n.kind == NumberKind::Date)
            .map(|n| {
                (
                    n.span.of(text).to_string(),
                    n.value.to_string(),
                    n.end_value.map(|v| v.to_string()),
                )
            })
            .collect()
    }

    fn one(text: &str) -> (String, String) {
        let d = dates(text);
        assert_eq!(d.len(), 1, "{text}: {d:?}");
        (d[0].0.clone(), d[0].1.clone())
    }

    #[test]
    fn month_day_year_orders() {
        assert_eq!(one("on Feb 27."), ("Feb 27".into(), "--02-27".into()));
        assert_eq!(
            one("on February 27, 2025 they"),
            ("February 27, 2025".into(), "2025-02-27".into())
        );
        assert_eq!(
            one("on 27 February 2025 they"),
            ("27 February 2025".into(), "2025-02-27".into())
        );
        assert_eq!(one("the 3rd of March"), ("the 3rd of March".into(), "--03-03".into()));
        assert_eq!(one("Sept. 11 attacks"), ("Sept. 11".into(), "--09-11".into()));
        assert_eq!(one("in May 2024 he"), ("May 2024".into(), "2024-05".into()));
        assert_eq!(one("In November, 1997, he"), ("November, 1997".into(), "1997-11".into()));
    }

    #[test]
    fn numeric_forms() {
        assert_eq!(one("on 2025-02-27 at"), ("2025-02-27".into(), "2025-02-27".into()));
        assert_eq!(one("on 2025.02.27 at"), ("2025.02.27".into(), "2025-02-27".into()));
        assert_eq!(one("on 2/27/2025 at"), ("2/27/2025".into(), "2025-02-27".into()));
        assert_eq!(one("in the 1990s"), ("1990s".into(), "199".into()));
        assert_eq!(one("in the ’80s"), ("’80s".into(), "198".into()));
    }

    #[test]
    fn ranges() {
        assert_eq!(
            dates("from Jan. 5 to 7, leading"),
            [("Jan. 5 to 7".into(), "--01-05".into(), Some("--01-07".into()))]
        );
        assert_eq!(
            dates("from Jan 30 to Feb 2 they"),
            [("Jan 30 to Feb 2".into(), "--01-30".into(), Some("--02-02".into()))]
        );
        assert_eq!(
            dates("in 2019-20 it"),
            [("2019-20".into(), "2019".into(), Some("2020".into()))]
        );
        assert_eq!(
            dates("5-7 March"),
            [("5-7 March".into(), "--03-05".into(), Some("--03-07".into()))]
        );
        assert_eq!(
            dates("from January to March 2024 it"),
            [("January to March 2024".into(), "2024-01".into(), Some("2024-03".into()))]
        );
        assert_eq!(
            dates("from Jan to Mar"),
            [("Jan to Mar".into(), "--01".into(), Some("--03".into()))]
        );
        // A time after the link word is not a second day.
        assert_eq!(dates("on Jan. 14 to test"), [("Jan. 14".into(), "--01-14".into(), None)]);
    }

    #[test]
    fn months_alone_need_context() {
        assert_eq!(one("in September."), ("September".into(), "--09".into()));
        assert_eq!(one("since May, prices"), ("May".into(), "--05".into()));
        assert!(dates("They may march on.").is_empty());
        assert!(dates("Theresa May said").is_empty());
        assert!(dates("May I ask?").is_empty());
        assert!(dates("June Carter sang").is_empty());
    }

    #[test]
    fn weekdays() {
        assert_eq!(one("late Tuesday and"), ("Tuesday".into(), "Tuesday".into()));
        assert_eq!(one("on Good Friday"), ("Good Friday".into(), "Good Friday".into()));
        assert_eq!(
            one("won the cup in Oslo Wednesday and"),
            ("Wednesday".into(), "Wednesday".into())
        );
        assert!(dates("the Sunday Times said").is_empty());
    }

    #[test]
    fn years() {
        assert_eq!(one("In 2022, the"), ("2022".into(), "2022".into()));
        assert_eq!(one("the 2024 election"), ("2024".into(), "2024".into()));
        assert!(dates("sent 2000 troops").is_empty());
    }
}
