//! What a date or time expression means, and how it renders: as written
//! (`value`) and, with a reference date, made absolute (`resolved`).
//!
//! The grammar builds a [`When`] without allocating; strings are made only
//! when a mention is rendered. Relative expressions (`last week`, `two years
//! ago`, `next Friday`) need the reference date: with one, their `value` is
//! the resolved ISO form; without one, a relative notation anchored at
//! `REF` (documented in `numbers/mod.rs`).

use super::calendar::{days_in_month, iso_week_string, Date};
use super::dates::CalendarDate;

/// Calendar grains a relative expression counts in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Grain {
    Day,
    Week,
    Weekend,
    Fortnight,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

impl Grain {
    fn letter(self) -> &'static str {
        match self {
            Grain::Day => "D",
            Grain::Week => "W",
            Grain::Weekend => "WE",
            Grain::Fortnight => "FN",
            Grain::Month => "M",
            Grain::Quarter => "Q",
            Grain::Year => "Y",
            Grain::Decade => "DE",
            Grain::Century => "CE",
        }
    }

    /// The grain as an ISO-8601 duration for `n` of them (`P2W`).
    pub fn duration(self, n: i64) -> String {
        match self {
            Grain::Day => format!("P{n}D"),
            Grain::Week => format!("P{n}W"),
            Grain::Weekend => format!("P{n}WE"),
            Grain::Fortnight => format!("P{}W", 2 * n),
            Grain::Month => format!("P{n}M"),
            Grain::Quarter => format!("P{}M", 3 * n),
            Grain::Year => format!("P{n}Y"),
            Grain::Decade => format!("P{}Y", 10 * n),
            Grain::Century => format!("P{}Y", 100 * n),
        }
    }
}

/// Parts of the day, with TIMEX3's codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DayPart {
    Morning,
    Afternoon,
    Evening,
    Night,
}

impl DayPart {
    pub fn code(self) -> &'static str {
        match self {
            DayPart::Morning => "MO",
            DayPart::Afternoon => "AF",
            DayPart::Evening => "EV",
            DayPart::Night => "NI",
        }
    }
}

/// A point or period in the calendar as the text gives it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum When {
    /// Absolute, possibly partial: `Feb 27`, `2022`, `2025-02-27`.
    Date(CalendarDate),
    /// Monday = 1 … Sunday = 7.
    Weekday(u8),
    /// A decade by its first three digits: 199 for the 1990s.
    Decade(u16),
    /// A century by its first two digits: 18 for the 19th century.
    Century(u16),
    /// `Q1 2017`, `the first quarter`.
    Quarter { year: Option<u16>, q: u8 },
    /// Spring = 1 … winter = 4.
    Season { year: Option<u16>, season: u8 },
    /// `2019 H2`, `the first half of 2020`.
    Half { year: Option<u16>, h: u8 },
    /// A holiday whose date moves (`Thanksgiving`, `Easter`).
    Holiday { h: super::periods::Movable, year: Option<u16> },
    /// `today` (0), `yesterday` (-1), `tomorrow` (1).
    Day(i32),
    /// A point shifted from the reference: `two years ago` (-2 years).
    Shift { n: i32, grain: Grain },
    /// The period holding the reference, shifted: `last week` (-1 week).
    Period { n: i32, grain: Grain },
    /// A weekday of a week relative to the reference's week: `last
    /// Wednesday` (-1), `this Sunday` (0), `next Friday` (1).
    WeekOf { weekday: u8, n: i8 },
    /// The nearest weekday strictly before (-1) or after (1) the reference:
    /// `past Wednesday`, `coming Friday`.
    Nearest { weekday: u8, dir: i8 },
    /// A month relative to the reference: `last March` (-1), `this May`
    /// (0), `next January` (1).
    MonthOf { month: u8, n: i8 },
    /// A day shifted from another: `2 weeks from January 15`, `4 months
    /// from tomorrow`.
    OffsetFrom { base: Base, n: i32, grain: Grain },
    /// The `n`th week of a month (weeks start on Monday, the first holds
    /// the 1st); `n = -1` for the last: `the last week of July`.
    WeekOfMonth { year: Option<u16>, month: u8, n: i8 },
}

/// The Monday starting week `n` of a month (`-1`: its last week).
fn week_of_month(year: i32, month: u8, n: i8) -> Option<Date> {
    let first = Date::new(year, month, 1)?;
    let first_monday = first.add_days(-(i64::from(first.weekday()) - 1))?;
    let last = Date::new(year, month, days_in_month(year, month))?;
    let weeks = (last.days() - first_monday.days()) / 7 + 1;
    let n = if n < 0 { weeks } else { i64::from(n) };
    (n <= weeks).then(|| first_monday.add_days(7 * (n - 1))).flatten()
}

/// What an offset counts from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Base {
    /// `today` (0), `tomorrow` (1)…
    Day(i32),
    /// A calendar day, possibly without its year.
    Date(CalendarDate),
}

impl When {
    /// Whether the text alone does not fix the value.
    pub fn is_relative(&self) -> bool {
        matches!(
            self,
            When::Day(_)
                | When::Shift { .. }
                | When::Period { .. }
                | When::WeekOf { .. }
                | When::Nearest { .. }
                | When::MonthOf { .. }
                | When::OffsetFrom { .. }
        )
    }
}

/// A calendar period resolved against the reference date.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Absolute {
    Day(Date),
    Month(i32, u8),
    Year(i32),
    /// The Monday starting the ISO week.
    Week(Date),
    /// The Saturday starting the weekend.
    Weekend(Date),
    Quarter(i32, u8),
    Half(i32, u8),
    Decade(i32),
    Century(i32),
}

impl Absolute {
    pub fn iso(&self) -> String {
        match *self {
            Absolute::Day(d) => d.iso(),
            Absolute::Month(y, m) => format!("{y:04}-{m:02}"),
            Absolute::Year(y) => format!("{y:04}"),
            Absolute::Week(d) => iso_week_string(d),
            Absolute::Weekend(d) => format!("{}-WE", iso_week_string(d)),
            Absolute::Quarter(y, q) => format!("{y:04}-Q{q}"),
            Absolute::Half(y, h) => format!("{y:04}-H{h}"),
            Absolute::Decade(d) => format!("{d:03}"),
            Absolute::Century(c) => format!("{c:02}"),
        }
    }

    /// First and last day of the period (for the page's tooltip).
    pub fn bounds(&self) -> Option<(Date, Date)> {
        match *self {
            Absolute::Day(d) => Some((d, d)),
            Absolute::Month(y, m) => {
                Some((Date::new(y, m, 1)?, Date::new(y, m, days_in_month(y, m))?))
            }
            Absolute::Year(y) => Some((Date::new(y, 1, 1)?, Date::new(y, 12, 31)?)),
            Absolute::Week(d) => Some((d, d.add_days(6)?)),
            Absolute::Weekend(d) => Some((d, d.add_days(1)?)),
            Absolute::Quarter(y, q) => {
                let first = Date::new(y, q * 3 - 2, 1)?;
                let last_m = q * 3;
                Some((first, Date::new(y, last_m, days_in_month(y, last_m))?))
            }
            Absolute::Half(y, h) => {
                let (m1, m2) = if h == 1 { (1, 6) } else { (7, 12) };
                Some((Date::new(y, m1, 1)?, Date::new(y, m2, days_in_month(y, m2))?))
            }
            Absolute::Decade(d) => Some((Date::new(d * 10, 1, 1)?, Date::new(d * 10 + 9, 12, 31)?)),
            Absolute::Century(c) => {
                Some((Date::new(c * 100, 1, 1)?, Date::new(c * 100 + 99, 12, 31)?))
            }
        }
    }
}

const WEEKDAY_NAMES: [&str; 7] =
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

pub(crate) fn weekday_name(w: u8) -> &'static str {
    WEEKDAY_NAMES.get(usize::from(w).wrapping_sub(1)).copied().unwrap_or("")
}

fn quarter_of(month: u8) -> u8 {
    month.div_ceil(3)
}

/// The year for a month/day without one: in a sentence that looks ahead,
/// the first occurrence on or after the reference; otherwise the nearest.
/// What a sentence says about time, for dates that name no year or week:
/// `will meet on Friday` looks ahead, `fired on Feb 27` looks back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tense {
    Past,
    /// Neither: the nearest occurrence (weekdays: the last one).
    Unknown,
    Future,
}

fn year_for(reference: Date, month: u8, day: u8, tense: Tense) -> Option<Date> {
    if tense == Tense::Past {
        // `fired on Feb 27`: the latest Feb 27 not after the reference.
        let y = reference.year();
        return [y, y - 1]
            .into_iter()
            .filter_map(|year| Date::new(year, month, day.min(days_in_month(year, month))))
            .find(|d| d.days() <= reference.days() + if day == 15 { 31 } else { 0 });
    }
    if tense == Tense::Future {
        let y = reference.year();
        return [y, y + 1]
            .into_iter()
            .filter_map(|year| Date::new(year, month, day.min(days_in_month(year, month))))
            .find(|d| d.days() >= reference.days() - if day == 15 { 31 } else { 0 });
    }
    nearest_year(reference, month, day)
}

/// The year that puts month/day closest to the reference (ties go to the past).
fn nearest_year(reference: Date, month: u8, day: u8) -> Option<Date> {
    let y = reference.year();
    let mut best: Option<(i64, Date)> = None;
    for year in [y, y - 1, y + 1] {
        let d = day.min(days_in_month(year, month));
        if let Some(date) = Date::new(year, month, d) {
            let dist = (date.days() - reference.days()).abs();
            if best.is_none_or(|(bd, _)| dist < bd) {
                best = Some((dist, date));
            }
        }
    }
    best.map(|(_, d)| d)
}

impl When {
    /// Resolves against `reference`. `tense` says whether the sentence looks
    /// ahead (`will meet on Friday`), which picks the coming weekday.
    pub fn resolve(&self, reference: Date, tense: Tense) -> Option<Absolute> {
        let r = reference;
        Some(match *self {
            When::Date(cd) => match (cd.year, cd.month, cd.day) {
                (Some(_), _, _) => return None,
                (None, Some(m), Some(d)) => Absolute::Day(year_for(r, m, d, tense)?),
                (None, Some(m), None) => {
                    let d = year_for(r, m, 15, tense)?;
                    Absolute::Month(d.year(), m)
                }
                (None, None, Some(d)) => {
                    // `the 18th`: this month's.
                    Absolute::Day(Date::new(r.year(), r.month(), d)?)
                }
                (None, None, None) => return None,
            },
            When::Weekday(w) => {
                let today = i64::from(r.weekday());
                let w = i64::from(w);
                let delta =
                    if tense == Tense::Future { (w - today).rem_euclid(7) } else { -(today - w).rem_euclid(7) };
                Absolute::Day(r.add_days(delta)?)
            }
            When::Decade(_) | When::Century(_) => return None,
            When::Quarter { year: Some(_), .. } | When::Season { year: Some(_), .. } => {
                return None
            }
            When::Quarter { year: None, q } => Absolute::Quarter(r.year(), q),
            When::Season { year: None, .. } => return None,
            When::Half { year: Some(_), .. } => return None,
            When::Half { year: None, h } => Absolute::Half(r.year(), h),
            When::Holiday { h, year: Some(y) } => Absolute::Day(h.date(i32::from(y))?),
            When::Holiday { h, year: None } => {
                let mut best: Option<(i64, Date)> = None;
                for y in [r.year() - 1, r.year(), r.year() + 1] {
                    if let Some(d) = h.date(y) {
                        let dist = (d.days() - r.days()).abs();
                        if best.is_none_or(|(b, _)| dist < b) {
                            best = Some((dist, d));
                        }
                    }
                }
                Absolute::Day(best?.1)
            }
            When::Day(0) => Absolute::Day(r),
            When::Day(n) => Absolute::Day(r.add_days(i64::from(n))?),
            When::Shift { n, grain } => Absolute::Day(shift(r, i64::from(n), grain)?),
            When::Period { n, grain } => period(r, i64::from(n), grain)?,
            When::WeekOf { weekday, n } => {
                let monday = r.week_start()?.add_days(7 * i64::from(n))?;
                Absolute::Day(monday.add_days(i64::from(weekday) - 1)?)
            }
            When::Nearest { weekday, dir } => {
                let today = i64::from(r.weekday());
                let w = i64::from(weekday);
                let delta = if dir > 0 {
                    let d = (w - today).rem_euclid(7);
                    if d == 0 {
                        7
                    } else {
                        d
                    }
                } else {
                    let d = (today - w).rem_euclid(7);
                    -(if d == 0 { 7 } else { d })
                };
                Absolute::Day(r.add_days(delta)?)
            }
            When::WeekOfMonth { year, month, n } => {
                let y = match year {
                    Some(y) => i32::from(y),
                    None => year_for(r, month, 15, tense)?.year(),
                };
                Absolute::Week(week_of_month(y, month, n)?)
            }
            When::OffsetFrom { base, n, grain } => {
                let from = match base {
                    Base::Day(d) => r.add_days(i64::from(d))?,
                    Base::Date(CalendarDate { year: Some(y), month: Some(m), day: Some(d) }) => {
                        Date::new(i32::from(y), m, d)?
                    }
                    Base::Date(CalendarDate { year: None, month: Some(m), day: Some(d) }) => {
                        year_for(r, m, d, tense)?
                    }
                    Base::Date(_) => return None,
                };
                Absolute::Day(shift(from, i64::from(n), grain)?)
            }
            When::MonthOf { month, n } => {
                let year = match n.signum() {
                    -1 if month >= r.month() => r.year() - 1,
                    1 if month <= r.month() => r.year() + 1,
                    _ => r.year(),
                };
                Absolute::Month(year, month)
            }
        })
    }

    /// The value as written: partial ISO for absolute dates, the weekday's
    /// name, or the `REF` notation for relative expressions.
    pub fn written(&self) -> String {
        match *self {
            When::Date(cd) => cd.iso(),
            When::Weekday(w) => weekday_name(w).to_string(),
            When::Decade(d) => format!("{d:03}"),
            When::Century(c) => format!("{c:02}"),
            When::Quarter { year: Some(y), q } => format!("{y:04}-Q{q}"),
            When::Quarter { year: None, q } => format!("XXXX-Q{q}"),
            When::Season { year, season } => {
                let code =
                    ["SP", "SU", "FA", "WI"].get(usize::from(season).wrapping_sub(1)).copied();
                match year {
                    Some(y) => format!("{y:04}-{}", code.unwrap_or("")),
                    None => code.unwrap_or("").to_string(),
                }
            }
            When::Half { year: Some(y), h } => format!("{y:04}-H{h}"),
            When::Half { year: None, h } => format!("XXXX-H{h}"),
            When::Holiday { h, year: Some(y) } => {
                h.date(i32::from(y)).map_or_else(|| h.name().to_string(), |d| d.iso())
            }
            When::Holiday { h, year: None } => h.name().to_string(),
            When::Day(0) => "REF".to_string(),
            When::Day(n) => format!("REF{n:+}D"),
            When::Shift { n, grain } => {
                let sign = if n < 0 { '-' } else { '+' };
                format!("REF{sign}{}", grain.duration(i64::from(n).abs()))
            }
            When::Period { n, grain } => format!("REF{n:+}{}", grain.letter()),
            When::WeekOf { weekday, n } => format!("REF{n:+}W-{weekday}"),
            When::Nearest { weekday, dir } => {
                format!("REF{}-{weekday}", if dir < 0 { "<" } else { ">" })
            }
            When::MonthOf { month, n } => format!("REF{n:+}Y-{month:02}"),
            When::WeekOfMonth { year, month, n } => {
                let n = if n < 0 {
                    year.and_then(|y| {
                        let start = week_of_month(i32::from(y), month, -1)?;
                        let first = week_of_month(i32::from(y), month, 1)?;
                        Some((start.days() - first.days()) / 7 + 1)
                    })
                } else {
                    Some(i64::from(n))
                };
                let y = year.map_or("XXXX".to_string(), |y| format!("{y:04}"));
                match n {
                    Some(n) => format!("{y}-{month:02}-W{n:02}"),
                    None => format!("{y}-{month:02}-WL"),
                }
            }
            When::OffsetFrom { base, n, grain } => {
                let from = match base {
                    Base::Day(0) => "REF".to_string(),
                    Base::Day(d) => format!("REF{d:+}D"),
                    Base::Date(cd) => cd.iso(),
                };
                let sign = if n < 0 { '-' } else { '+' };
                format!("{from}{sign}{}", grain.duration(i64::from(n).abs()))
            }
        }
    }

    /// `value` of a mention: relative expressions resolve when a reference
    /// is known; everything else stays as written.
    pub fn value(&self, reference: Option<Date>, tense: Tense) -> String {
        if let (When::WeekOfMonth { year: None, month, n }, Some(r)) = (*self, reference) {
            if n < 0 {
                if let Some(y) = year_for(r, month, 15, tense) {
                    let (last, first) = (week_of_month(y.year(), month, -1), week_of_month(y.year(), month, 1));
                    if let (Some(l), Some(f)) = (last, first) {
                        return format!("XXXX-{month:02}-W{:02}", (l.days() - f.days()) / 7 + 1);
                    }
                }
            }
        }
        if self.is_relative() {
            if let Some(a) = reference.and_then(|r| self.resolve(r, tense)) {
                return a.iso();
            }
        }
        self.written()
    }

    /// The date part of a date-time value (`2016-11-08`, `--02-14`,
    /// `XXXX-WXX-1`).
    pub fn date_part(&self, reference: Option<Date>, tense: Tense) -> String {
        if let Some(a) = reference.and_then(|r| self.resolve(r, tense)) {
            if self.is_relative() {
                return a.iso();
            }
        }
        match *self {
            When::Weekday(w) => format!("XXXX-WXX-{w}"),
            _ => self.written(),
        }
    }
}

fn shift(r: Date, n: i64, grain: Grain) -> Option<Date> {
    match grain {
        Grain::Day => r.add_days(n),
        Grain::Week | Grain::Weekend => r.add_days(7 * n),
        Grain::Fortnight => r.add_days(14 * n),
        Grain::Month => r.add_months(n),
        Grain::Quarter => r.add_months(3 * n),
        Grain::Year => r.add_years(n),
        Grain::Decade => r.add_years(10 * n),
        Grain::Century => r.add_years(100 * n),
    }
}

fn period(r: Date, n: i64, grain: Grain) -> Option<Absolute> {
    Some(match grain {
        Grain::Day => Absolute::Day(r.add_days(n)?),
        Grain::Week | Grain::Fortnight => Absolute::Week(r.week_start()?.add_days(7 * n)?),
        Grain::Weekend => Absolute::Weekend(r.week_start()?.add_days(7 * n + 5)?),
        Grain::Month => {
            let d = r.add_months(n)?;
            Absolute::Month(d.year(), d.month())
        }
        Grain::Quarter => {
            let total = i64::from(r.year()) * 4 + i64::from(quarter_of(r.month())) - 1 + n;
            Absolute::Quarter(
                i32::try_from(total.div_euclid(4)).ok()?,
                (total.rem_euclid(4) + 1) as u8,
            )
        }
        Grain::Year => Absolute::Year(r.year().checked_add(i32::try_from(n).ok()?)?),
        Grain::Decade => Absolute::Decade(r.year() / 10 + i32::try_from(n).ok()?),
        Grain::Century => Absolute::Century(r.year() / 100 + i32::try_from(n).ok()?),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(s: &str) -> Date {
        Date::parse_iso(s).unwrap()
    }

    fn v(w: When, reference: &str) -> String {
        w.value(Some(r(reference)), Tense::Unknown)
    }

    #[test]
    fn relative_periods() {
        assert_eq!(v(When::Period { n: -1, grain: Grain::Year }, "2025-02-27"), "2024");
        assert_eq!(v(When::Period { n: 0, grain: Grain::Week }, "2018-05-20"), "2018-W20");
        assert_eq!(v(When::Period { n: -1, grain: Grain::Month }, "2025-01-15"), "2024-12");
        assert_eq!(v(When::Period { n: 1, grain: Grain::Quarter }, "2019-12-28"), "2020-Q1");
        assert_eq!(v(When::Day(-1), "2016-11-07"), "2016-11-06");
        assert_eq!(v(When::Shift { n: -2, grain: Grain::Month }, "2018-10-17"), "2018-08-17");
    }

    #[test]
    fn weekdays() {
        // 2019-01-31 is a Thursday.
        assert_eq!(v(When::WeekOf { weekday: 3, n: -1 }, "2019-01-31"), "2019-01-23");
        assert_eq!(v(When::Nearest { weekday: 3, dir: -1 }, "2019-01-31"), "2019-01-30");
        assert_eq!(v(When::WeekOf { weekday: 5, n: 1 }, "2019-01-31"), "2019-02-08");
        let tue = When::Weekday(2);
        assert_eq!(tue.resolve(r("2025-02-27"), Tense::Unknown), Some(Absolute::Day(r("2025-02-25"))));
        assert_eq!(tue.resolve(r("2025-02-27"), Tense::Future), Some(Absolute::Day(r("2025-03-04"))));
        assert_eq!(tue.value(Some(r("2025-02-27")), Tense::Unknown), "Tuesday");
    }

    #[test]
    fn partial_dates_take_the_nearest_year() {
        let feb27 = When::Date(CalendarDate { year: None, month: Some(2), day: Some(27) });
        assert_eq!(feb27.resolve(r("2025-02-28"), Tense::Unknown), Some(Absolute::Day(r("2025-02-27"))));
        let dec = When::Date(CalendarDate { year: None, month: Some(12), day: Some(30) });
        assert_eq!(dec.resolve(r("2025-01-03"), Tense::Unknown), Some(Absolute::Day(r("2024-12-30"))));
        // Nine months back is further than three ahead, but `fired on Feb 27` looks back.
        assert_eq!(feb27.resolve(r("2026-11-22"), Tense::Unknown), Some(Absolute::Day(r("2027-02-27"))));
        assert_eq!(feb27.resolve(r("2026-11-22"), Tense::Past), Some(Absolute::Day(r("2026-02-27"))));
        assert_eq!(feb27.resolve(r("2026-11-22"), Tense::Future), Some(Absolute::Day(r("2027-02-27"))));
        assert_eq!(dec.resolve(r("2025-12-01"), Tense::Past), Some(Absolute::Day(r("2024-12-30"))));
    }

    #[test]
    fn unresolved_notation() {
        assert_eq!(When::Period { n: -1, grain: Grain::Year }.value(None, Tense::Unknown), "REF-1Y");
        assert_eq!(When::Shift { n: -2, grain: Grain::Year }.value(None, Tense::Unknown), "REF-P2Y");
        assert_eq!(When::Day(1).value(None, Tense::Unknown), "REF+1D");
    }
}
