//! The second pass: neighbours that make one expression (`tomorrow` +
//! `8am`, `8:30 p.m.` + `Feb 27`, `Monday` + `8-9am`) merge into a
//! date-time. It runs over the first pass's findings, so it stays linear.

use super::cursor::Cursor;
use super::dates::CalendarDate;
use super::temporal::When;
use super::{Found, NumberKind, Resolved};

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
fn ordered(a: &Found, b: &Found) -> bool {
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
            // `8pm today`, `13:00 February 28, 2013`
            if let (Some(c), Some(w)) = (clock(prev), day_like(&f)) {
                if glue_only(cur, prev.end, f.start, TIME_DATE_GLUE) && prev.end_value.is_none() {
                    prev.end = f.end;
                    prev.value = Resolved::DateTime(w, c);
                    continue;
                }
            }
        }
        out.push(f);
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
