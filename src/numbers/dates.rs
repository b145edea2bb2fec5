//! Calendar expressions: `Feb 27`, `27 February 2025`, `February 27, 2025`,
//! `2025-02-27`, `September`, `May 2024`, `Tuesday`, `the 1990s`,
//! `Jan. 5 to 7`, `2019-2021`; and the rule for when a bare `2022` is a year.
//!
//! Values are ISO-8601, partial when the text is partial (`--02-27`,
//! `2024-05`, `--09`), weekdays by name, decades by their first three
//! digits (`199`, as TIMEX3 writes the 1990s).

use super::cursor::Cursor;
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

    fn year(y: u16) -> CalendarDate {
        CalendarDate { year: Some(y), ..CalendarDate::default() }
    }
}

/// Month spellings with their number; `false` marks abbreviations, which
/// may take a period and never stand alone (`Jan` is also a first name).
const MONTHS: &[(&str, u8, bool)] = &[
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

const WEEKDAYS: &[&str] =
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
        if let Some(f) = weekday(cur, i) {
            return Step::Found(f);
        }
        if let Some(m) = month_at(cur, i) {
            return month_first(cur, i, m);
        }
        return Step::Pass;
    }
    if cur.is_number(i) {
        let found = iso(cur, i)
            .or_else(|| dotted(cur, i))
            .or_else(|| {
                slashed_date_at(cur, i)
                    .map(|(d, e)| Found::new(i, e, NumberKind::Date, Resolved::Date(d)))
            })
            .or_else(|| decade(cur, i))
            .or_else(|| year_range(cur, i))
            .or_else(|| day_first(cur, i));
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
    let &(_, month, full) = MONTHS.iter().find(|(name, _, _)| t.eq_ignore_ascii_case(name))?;
    // Lowercase only for full names, and never the verb `march`, the modal
    // `may`, the adjective `august`, or the verb `mar`.
    if cur.lower_initial(i) && (!full || matches!(month, 3 | 5 | 8)) {
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

/// `, 2025` or ` 2025` after a day; not `, 2000 troops`.
fn year_after(cur: &Cursor<'_, '_>, k: usize) -> Option<(u16, usize)> {
    let at = if cur.is_exact(k, ",") && cur.spaced(k + 1) { k + 1 } else { k };
    if !cur.spaced(at) {
        return None;
    }
    let (y, end) = year_at(cur, at)?;
    (!counts::plural_head_follows(cur, end)).then_some((y, end))
}

fn month_first(cur: &Cursor<'_, '_>, i: usize, m: MonthTok) -> Step {
    let j = m.end;
    if let Some(d) = day_at(cur, j).filter(|d| cur.spaced(j) && valid_day(m.month, d.day)) {
        let mut first = CalendarDate { year: None, month: Some(m.month), day: Some(d.day) };
        let mut end = d.end;
        if let Some((y, e)) = year_after(cur, end) {
            first.year = Some(y);
            end = e;
        }
        let mut found = Found::new(i, end, NumberKind::Date, Resolved::Date(first));
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
            found.end = end;
            found.value = Resolved::Date(first);
            found.end_value = Some(Resolved::Date(last));
        }
        return Step::Found(found);
    }
    if let Some(found) = month_range(cur, i, m) {
        return Step::Found(found);
    }
    // `May 2024`, `November, 1997`
    if let Some((y, e)) = year_after(cur, j) {
        let date = CalendarDate { year: Some(y), month: Some(m.month), day: None };
        return Step::Found(Found::new(i, e, NumberKind::Date, Resolved::Date(date)));
    }
    if month_alone_ok(cur, i, m) {
        let date = CalendarDate { year: None, month: Some(m.month), day: None };
        return Step::Found(Found::new(i, i + 1, NumberKind::Date, Resolved::Date(date)));
    }
    Step::Pass
}

/// `from January to March`, `September-November 2024`: months without days.
fn month_range(cur: &Cursor<'_, '_>, i: usize, m: MonthTok) -> Option<Found> {
    let k = m.end;
    let tight_dash = cur.is_any(k, &["-", "–"]) && cur.attached(k) && cur.attached(k + 1);
    let opened = cur.word_before(i).is_some_and(|p| cur.is_any(p, &["from", "between"]));
    let linked = tight_dash
        || (opened && cur.is_any(k, &["to", "through", "until", "till", "–"]))
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
    let mut found = Found::new(i, end, NumberKind::Date, Resolved::Date(first));
    found.end_value = Some(Resolved::Date(last));
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
    let d2 = day_at(cur, n)?;
    let month = first.month?;
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
    if d.suffixed && cur.is(k, "of") {
        k += 1;
    }
    if !cur.spaced(k) {
        return None;
    }
    let m = month_at(cur, k)?;
    if !valid_day(m.month, d.day) || last_day.is_some_and(|l| !valid_day(m.month, l)) {
        return None;
    }
    let mut first = CalendarDate { year: None, month: Some(m.month), day: Some(d.day) };
    let mut end = m.end;
    if let Some((y, e)) = year_after(cur, end) {
        first.year = Some(y);
        end = e;
    }
    let mut found = Found::new(i, end, NumberKind::Date, Resolved::Date(first));
    if let Some(l) = last_day {
        found.end_value = Some(Resolved::Date(CalendarDate { day: Some(l), ..first }));
    }
    Some(found)
}

/// `2025-02-27` as an ISO date, with its end.
pub(crate) fn iso_date_at(cur: &Cursor<'_, '_>, i: usize) -> Option<(CalendarDate, usize)> {
    let (y, _) = year_at(cur, i).filter(|_| cur.is_exact(i + 1, "-"))?;
    let tight =
        cur.attached(i + 1) && cur.attached(i + 2) && cur.attached(i + 3) && cur.attached(i + 4);
    if !tight
        || !cur.is_exact(i + 3, "-")
        || cur.text(i + 2).len() != 2
        || cur.text(i + 4).len() != 2
    {
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
        return Some(Found::new(i, end, NumberKind::Date, Resolved::Date(date)));
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
    Some(Found::new(i, i + 3, NumberKind::Date, Resolved::Date(date)))
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
    Some(Found::new(i, i + 1, NumberKind::Date, Resolved::Date(date)))
}

/// `2/27/2025` (US order), or `27/2/2025` when the first part cannot be a month.
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
    let (y, end) = year_at(cur, i + 4)?;
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
    Some(Found::new(i, end, NumberKind::Date, Resolved::Decade(y / 10)))
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
    Some(Found::new(i, i + 3, NumberKind::Date, Resolved::Decade(decade)))
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
        Found::new(i, link + 2, NumberKind::Date, Resolved::Date(CalendarDate::year(y1)));
    found.end_value = Some(Resolved::Date(CalendarDate::year(y2)));
    Some(found)
}

fn weekday(cur: &Cursor<'_, '_>, i: usize) -> Option<Found> {
    let t = cur.text(i);
    let &name = WEEKDAYS.iter().find(|w| t.eq_ignore_ascii_case(w))?;
    if !cur.upper_initial(i) {
        return None;
    }
    // A place before a weekday is common (`clinched the cup in Oslo
    // Wednesday`), so only known name words rule it out.
    let named_before = i > 0 && cur.spaced(i) && cur.is_any(i - 1, DAY_NAME_BEFORE);
    let named_after = cur.spaced(i + 1) && DAY_NAME_AFTER.iter().any(|w| cur.is_exact(i + 1, w));
    if named_before || named_after {
        return None;
    }
    Some(Found::new(i, i + 1, NumberKind::Date, Resolved::Weekday(name)))
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
    !counts::plural_head_follows(cur, end)
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
        assert_eq!(one("the 3rd of March"), ("3rd of March".into(), "--03-03".into()));
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
        assert!(dates("on Good Friday").is_empty());
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
