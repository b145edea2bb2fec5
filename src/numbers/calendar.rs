//! Civil-calendar arithmetic for resolving relative dates: a proleptic
//! Gregorian [`Date`], day counts, weekdays, ISO weeks, month and year
//! shifts. No clock: the reference date always comes from the caller.

/// A calendar date (proleptic Gregorian), always valid.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(try_from = "String", into = "String"))]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

const DAYS_IN_MONTH: [u8; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

pub(crate) fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub(crate) fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        1..=12 => DAYS_IN_MONTH.get(usize::from(month) - 1).copied().unwrap_or(30),
        _ => 0,
    }
}

impl Date {
    /// A date, if it exists (`Date::new(2025, 2, 29)` is `None`). Years
    /// 1..=9999, the range ISO-8601 writes with four digits.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        ((1..=9999).contains(&year) && day >= 1 && day <= days_in_month(year, month))
            .then_some(Date { year, month, day })
    }

    pub fn year(&self) -> i32 {
        self.year
    }

    pub fn month(&self) -> u8 {
        self.month
    }

    pub fn day(&self) -> u8 {
        self.day
    }

    /// Parses `YYYY-MM-DD` (a time part after `T` or a space is ignored, so
    /// `2016-11-07T00:00:00` reads as its date).
    pub fn parse_iso(s: &str) -> Option<Date> {
        let s = s.trim();
        let date = s.split(['T', ' ']).next()?;
        let mut parts = date.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        let all_digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
        if !(all_digits(y) && all_digits(m) && all_digits(d)) {
            return None;
        }
        Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }

    /// Days since 1970-01-01 (negative before).
    pub fn days(&self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01, if within years 1..=9999.
    pub fn from_days(days: i64) -> Option<Date> {
        let z = days.checked_add(719_468)?;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        Date::new(i32::try_from(y).ok()?, u8::try_from(m).ok()?, u8::try_from(d).ok()?)
    }

    pub fn add_days(&self, n: i64) -> Option<Date> {
        Date::from_days(self.days().checked_add(n)?)
    }

    /// Shifts by whole months, clamping the day (`Jan 31` + 1 month → `Feb 28`).
    pub fn add_months(&self, n: i64) -> Option<Date> {
        let total = i64::from(self.year) * 12 + i64::from(self.month) - 1 + n;
        let year = i32::try_from(total.div_euclid(12)).ok()?;
        let month = u8::try_from(total.rem_euclid(12) + 1).ok()?;
        let day = self.day.min(days_in_month(year, month));
        Date::new(year, month, day)
    }

    pub fn add_years(&self, n: i64) -> Option<Date> {
        self.add_months(n.checked_mul(12)?)
    }

    /// Day of the week, Monday = 1 … Sunday = 7 (ISO-8601).
    pub fn weekday(&self) -> u8 {
        // 1970-01-01 was a Thursday (4).
        ((self.days() + 3).rem_euclid(7) + 1) as u8
    }

    /// ISO-8601 week-numbering year and week (`2025-W09`).
    pub fn iso_week(&self) -> (i32, u8) {
        let thursday = self.add_days(4 - i64::from(self.weekday())).unwrap_or(*self);
        let jan1 = Date { year: thursday.year, month: 1, day: 1 };
        let week = (thursday.days() - jan1.days()) / 7 + 1;
        (thursday.year, week.clamp(1, 53) as u8)
    }

    /// The Monday of the ISO week this date falls in.
    pub fn week_start(&self) -> Option<Date> {
        self.add_days(1 - i64::from(self.weekday()))
    }

    /// `2025-02-27`.
    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl std::str::FromStr for Date {
    type Err = String;
    fn from_str(s: &str) -> Result<Date, String> {
        Date::parse_iso(s).ok_or_else(|| format!("not a YYYY-MM-DD date: {s:?}"))
    }
}

impl TryFrom<String> for Date {
    type Error = String;
    fn try_from(s: String) -> Result<Date, String> {
        s.parse()
    }
}

impl From<Date> for String {
    fn from(d: Date) -> String {
        d.iso()
    }
}

/// `2025-W09`.
pub(crate) fn iso_week_string(d: Date) -> String {
    let (y, w) = d.iso_week();
    format!("{y:04}-W{w:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse_iso(s).unwrap()
    }

    #[test]
    fn day_counts_round_trip() {
        for s in
            ["1970-01-01", "2000-02-29", "2025-02-27", "1900-03-01", "0001-01-01", "9999-12-31"]
        {
            assert_eq!(Date::from_days(d(s).days()), Some(d(s)), "{s}");
        }
        assert_eq!(d("1970-01-02").days(), 1);
        assert_eq!(d("1969-12-31").days(), -1);
    }

    #[test]
    fn weekdays_and_weeks() {
        assert_eq!(d("2025-02-27").weekday(), 4); // Thursday
        assert_eq!(d("2016-11-07").weekday(), 1); // Monday
        assert_eq!(iso_week_string(d("2018-05-20")), "2018-W20");
        assert_eq!(iso_week_string(d("2021-01-01")), "2020-W53");
        assert_eq!(iso_week_string(d("2024-12-30")), "2025-W01");
    }

    #[test]
    fn shifts_clamp() {
        assert_eq!(d("2025-01-31").add_months(1), Some(d("2025-02-28")));
        assert_eq!(d("2024-02-29").add_years(-1), Some(d("2023-02-28")));
        assert_eq!(d("2025-01-15").add_months(-1), Some(d("2024-12-15")));
        assert_eq!(d("9999-12-31").add_days(1), None);
    }

    #[test]
    fn parses_only_real_dates() {
        assert_eq!(Date::parse_iso("2016-11-07T00:00:00"), Some(d("2016-11-07")));
        for s in ["2025-02-30", "2025-2-3", "", "x", "2025-13-01", "20250227"] {
            assert_eq!(Date::parse_iso(s), None, "{s}");
        }
    }
}
