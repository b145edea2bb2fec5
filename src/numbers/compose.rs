//! The second pass: neighbours that make one expression (`tomorrow` +
//! `8am`, `8:30 p.m.` + `Feb 27`, `Monday` + `8-9am`) merge into a
//! date-time. It runs over the first pass's findings, so it stays linear.

use super::cursor::Cursor;
use super::dates::CalendarDate;
use super::temporal::When;
use super::{Every, Found, NumberKind, Resolved};

/// Words that may stand between a date and the time after it.
const DATE_TIME_GLUE: &[&str] = &["at", ",", "around", "about", "from", "for", "-"];
/// Words that may stand between a time and the date after it.
const TIME_DATE_GLUE: &[&str] = &[",", "on", "of"];

/// A date that a clock time can refine: a day, a weekday, a relative day.
fn day_like(f: &Found) -> Option<When> {
    if f.kind != NumberKind::Date || f.end_value.is_some() {
        return None;
    }
    match f.value {
        Resolved::When(w @ When::Date(CalendarDate { day: Some(_), month: Some(_), .. })) => {
            Some(w)
        }
        Resolved::When(
            w @ (When::Weekday(_) | When::Day(_) | When::WeekOf { .. } | When::Nearest { .. }),
        ) => Some(w),
        Resolved::DayPart(w, _) => Some(w),
        _ => None,
    }
}

fn clock(f: &Found) -> Option<super::Clock> {
    match f.value {
        Resolved::Time(c) if f.kind == NumberKind::Time => Some(c),
        _ => None,
    }
}

/// Tokens `from..to` are all glue words (at most two).
fn glue_only(cur: &Cursor<'_, '_>, from: usize, to: usize, glue: &[&str]) -> bool {
    to >= from && to - from <= 2 && (from..to).all(|k| cur.is_any(k, glue))
}

/// A clock read in the part of the day after it: `7` in `7 last night`
/// is 19:00.
fn afternoon(c: super::Clock, part: Option<super::temporal::DayPart>) -> super::Clock {
    use super::temporal::DayPart;
    let pm = match part {
        Some(DayPart::Afternoon | DayPart::Evening) => (1..12).contains(&c.hour),
        Some(DayPart::Night) => (6..12).contains(&c.hour),
        _ => false,
    };
    if pm {
        super::Clock { hour: c.hour + 12, ..c }
    } else {
        c
    }
}

/// A count that reads as an hour: `4`, `2.30` (hours and minutes), with
/// nothing counted after it.
fn bare_clock(cur: &Cursor<'_, '_>, f: &Found) -> Option<super::Clock> {
    if f.kind != NumberKind::Count || f.end != f.start + 1 || f.counted.is_some() || f.end_value.is_some() {
        return None;
    }
    if cur.is_word(f.end) && cur.spaced(f.end) && !cur.is_any(f.end, &["and", "or", "to", "on", "in", "at", "for"]) {
        return None;
    }
    let t = cur.text(f.start);
    let (h, m) = t.split_once('.').unwrap_or((t, "00"));
    if h.is_empty() || h.len() > 2 || m.len() != 2 || !h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (h, m): (u8, u8) = (h.parse().ok()?, m.parse().ok()?);
    // `Monday at 2.30`; `closed Monday at 4.85` is a price.
    ((1..=12).contains(&h) && matches!(m, 0 | 15 | 30 | 45)).then(|| super::Clock::hm(h, m))
}

/// A recurring time given a clock time: `every Monday` + `4pm`.
fn every_at(e: Every, c: super::Clock) -> Option<Every> {
    match e {
        Every::Weekday(w) => Some(Every::WeekdayAt(w, c)),
        Every::Grain(1, super::temporal::Grain::Day) | Every::Part(_) => Some(Every::DailyAt(c)),
        _ => None,
    }
}

/// Words that link the two ends of a range.
const RANGE_LINKS: &[&str] = &["-", "–", "—", "to", "through", "thru", "until", "till"];

/// A date that can open or close a range: a calendar date, a year, a
/// weekday, a relative day.
fn range_end_date(f: &Found) -> bool {
    f.kind == NumberKind::Date
        && f.end_value.is_none()
        && matches!(
            f.value,
            Resolved::When(
                When::Date(_)
                    | When::Weekday(_)
                    | When::Day(_)
                    | When::WeekOf { .. }
                    | When::Quarter { .. }
            )
        )
}

/// Whether `a` may come before `b` in a range (when both are complete).
/// A bare year does not open a range of days without their year (`in 2019
/// to 28 June`).
fn ordered(a: &Found, b: &Found) -> bool {
    let year_only = |v: Resolved| matches!(v, Resolved::When(When::Date(CalendarDate { year: Some(_), month: None, .. })));
    let yearless_day = |v: Resolved| matches!(v, Resolved::When(When::Date(CalendarDate { year: None, day: Some(_), .. })));
    if year_only(a.value) && yearless_day(b.value) {
        return false;
    }
    match (a.value, b.value) {
        (Resolved::When(When::Date(x)), Resolved::When(When::Date(y))) => {
            match (x.absolute().and_then(|p| p.bounds()), y.absolute().and_then(|p| p.bounds())) {
                (Some((s1, _)), Some((s2, _))) => s1 < s2,
                _ => true,
            }
        }
        _ => true,
    }
}

pub(crate) fn compose(cur: &Cursor<'_, '_>, found: Vec<Found>) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::with_capacity(found.len());
    for f in found {
        let before_prev = out.len().checked_sub(2).and_then(|k| out.get(k)).map_or(0, |p| p.end);
        if let Some(prev) = out.last_mut() {
            // `January 12, 2016 - 01/22/2016`, `2014 through May 2018`,
            // `between today and tomorrow`, `between 3:00 pm and 5:00 pm`
            let between = prev.start > before_prev && cur.is(prev.start - 1, "between");
            let linked = f.start == prev.end + 1
                && (cur.is_any(prev.end, RANGE_LINKS) || (between && cur.is(prev.end, "and")));
            if linked && range_end_date(prev) && range_end_date(&f) && ordered(prev, &f) {
                prev.end = f.end;
                prev.end_value = Some(f.value);
                if between {
                    prev.start -= 1;
                }
                continue;
            }
            if linked
                && between
                && clock(prev).is_some()
                && clock(&f).is_some()
                && prev.end_value.is_none()
            {
                prev.end = f.end;
                prev.end_value = f.end_value.or(Some(f.value));
                prev.start -= 1;
                continue;
            }
            // `next friday 5/12`, `this Tuesday, March 3`: the date carries the value.
            let weekday_first = prev.kind == NumberKind::Date
                && prev.end_value.is_none()
                && matches!(prev.value, Resolved::When(When::WeekOf { .. } | When::Nearest { .. } | When::Weekday(_)));
            let full_date = f.kind == NumberKind::Date
                && matches!(f.value, Resolved::When(When::Date(CalendarDate { day: Some(_), month: Some(_), .. })));
            if weekday_first && full_date && glue_only(cur, prev.end, f.start, &[","]) && f.start <= prev.end + 1 {
                prev.end = f.end;
                prev.value = f.value;
                prev.end_value = f.end_value;
                continue;
            }
            // `every Monday at 4pm`, `everyday 6am`
            if let (Resolved::Every(e), Some(c)) = (prev.value, clock(&f)) {
                if f.end_value.is_none() && glue_only(cur, prev.end, f.start, &["at"]) {
                    if let Some(e) = every_at(e, c) {
                        prev.end = f.end;
                        prev.value = Resolved::Every(e);
                        continue;
                    }
                }
            }
            // `6am everyday`
            if let (Some(c), Resolved::Every(e)) = (clock(prev), f.value) {
                if prev.end_value.is_none() && f.start == prev.end {
                    if let Some(e) = every_at(e, c) {
                        prev.end = f.end;
                        prev.kind = NumberKind::Date;
                        prev.value = Resolved::Every(e);
                        continue;
                    }
                }
            }
            // `tomorrow at 8am`, `Monday 8-9am`, `Feb 14 3:30`
            let tonight = matches!(prev.value, Resolved::DayPart(When::Day(_), _))
                && prev.kind == NumberKind::Time;
            let prev_day = if tonight {
                match prev.value {
                    Resolved::DayPart(w, _) => Some(w),
                    _ => None,
                }
            } else {
                day_like(prev)
            };
            if let (Some(w), Some(c)) = (prev_day, clock(&f)) {
                let glue_ok = glue_only(cur, prev.end, f.start, DATE_TIME_GLUE)
                    && !(cur.is_any(prev.end, &["from", "-"]) && f.end_value.is_none());
                if glue_ok {
                    prev.end = f.end;
                    prev.kind = NumberKind::Time;
                    prev.value = Resolved::DateTime(w, c);
                    prev.end_value = match f.end_value {
                        Some(Resolved::Time(c2)) => Some(Resolved::DateTime(w, c2)),
                        _ => None,
                    };
                    continue;
                }
            }
            // `8pm today`, `13:00 February 28, 2013`, `6-8 next Monday`,
            // `between 7 and 9:30 last night`
            let part = match f.value {
                Resolved::DayPart(_, p) => Some(p),
                _ => None,
            };
            let day_after = day_like(&f).or(match f.value {
                Resolved::DayPart(w, _) if f.end_value.is_none() => Some(w),
                _ => None,
            });
            if let (Some(c), Some(w)) = (clock(prev), day_after) {
                // `between 7 and 9:30 last night`: the part of the day sets p.m.
                let c = afternoon(c, part);
                let end_clock = match prev.end_value {
                    None => Some(None),
                    Some(Resolved::Time(c2)) => Some(Some(afternoon(c2, part))),
                    Some(_) => None,
                };
                if let (true, Some(c2)) = (glue_only(cur, prev.end, f.start, TIME_DATE_GLUE), end_clock) {
                    prev.end = f.end;
                    prev.value = Resolved::DateTime(w, c);
                    prev.end_value = c2.map(|c2| Resolved::DateTime(w, c2));
                    continue;
                }
            }
            // `Monday at 2.30`, `friday the 26th at 4`: a bare number after a
            // day and `at` is the hour.
            if let Some(w) = day_like(prev) {
                if cur.is(prev.end, "at") && f.start == prev.end + 1 {
                    if let Some(c) = bare_clock(cur, &f) {
                        prev.end = f.end;
                        prev.kind = NumberKind::Time;
                        prev.value = Resolved::DateTime(w, c);
                        continue;
                    }
                }
            }
        }
        out.push(f);
    }
    // `next 5/12`, `this 6th of April`: the shift word opens a day's span.
    for k in 0..out.len() {
        let floor = k.checked_sub(1).and_then(|p| out.get(p)).map_or(0, |p| p.end);
        let Some(f) = out.get_mut(k) else { continue };
        let day = matches!(
            f.value,
            Resolved::When(When::Date(CalendarDate { year: None, month: Some(_), day: Some(_) }))
        );
        if day && f.kind == NumberKind::Date && f.start > floor && cur.is_any(f.start - 1, &["next", "this"]) && cur.spaced(f.start) {
            f.start -= 1;
        }
    }
    // `between Jan 22 and now`, `between now and eight o'clock`: the moment
    // of writing closes or opens the range.
    for k in 0..out.len() {
        let floor = k.checked_sub(1).and_then(|p| out.get(p)).map_or(0, |p| p.end);
        let ceiling = out.get(k + 1).map_or(usize::MAX, |n| n.start);
        let Some(f) = out.get_mut(k) else { continue };
        if f.end_value.is_some() || !matches!(f.kind, NumberKind::Date | NumberKind::Time) {
            continue;
        }
        let now = if f.kind == NumberKind::Date {
            Resolved::When(When::Day(0))
        } else {
            Resolved::Named("PRESENT_REF")
        };
        if f.start > floor
            && cur.is(f.start - 1, "between")
            && cur.is(f.end, "and")
            && cur.is(f.end + 1, "now")
            && f.end + 2 <= ceiling
        {
            f.start -= 1;
            f.end += 2;
            f.end_value = Some(now);
        } else if f.start >= floor + 3
            && cur.is(f.start - 1, "and")
            && cur.is(f.start - 2, "now")
            && cur.is(f.start - 3, "between")
        {
            f.start -= 3;
            f.end_value = Some(f.value);
            f.value = now;
        }
    }
    // `between 2014 and 2018`: a range opened by `between` takes it in.
    for k in 0..out.len() {
        let floor = k.checked_sub(1).and_then(|p| out.get(p)).map_or(0, |p| p.end);
        if let Some(f) = out.get_mut(k) {
            if f.end_value.is_some() && f.start > floor && cur.is(f.start - 1, "between") {
                f.start -= 1;
            }
        }
    }
    out
}
