//! The article's own date, when the text states it near the top: a wire
//! dateline (`SEOUL, Feb 27 (Yonhap) —`), a labelled line (`Published:
//! 2025-02-28`, `Updated March 3, 2025`), or a date alone on its line
//! (`March 3, 2025`, `Tuesday, March 3, 2025 8:00 PM`). Relative dates
//! resolve against it.

use super::calendar::Date;
use super::cursor::Cursor;
use super::dates::CalendarDate;
use super::temporal::When;
use super::{dates, Resolved, Step};
use crate::span::Span;
use crate::text::Document;

/// Only the top of the article is searched: this many tokens.
const TOP_TOKENS: usize = 400;
/// And at most this many lines.
const TOP_LINES: usize = 6;

/// Words that label a date line.
const LABELS: &[&str] = &[
    "published",
    "updated",
    "posted",
    "date",
    "dated",
    "dateline",
    "released",
    "last",
    "modified",
    "on",
    "first",
];

/// A date the article gives for itself. The year may be missing (`SEOUL,
/// Feb 27 (Yonhap)`); [`Dateline::date_near`] completes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Dateline {
    /// Where the date is written (bytes).
    pub span: Span,
    pub year: Option<i32>,
    pub month: u8,
    pub day: u8,
}

impl Dateline {
    /// The full date: the written year, or else the year that puts the
    /// dateline on or shortly before `hint` (an article is read after it is
    /// written). `None` without a year or a hint.
    pub fn date_near(&self, hint: Option<Date>) -> Option<Date> {
        if let Some(y) = self.year {
            return Date::new(y, self.month, self.day);
        }
        let hint = hint?;
        [hint.year() + 1, hint.year(), hint.year() - 1]
            .into_iter()
            .filter_map(|y| Date::new(y, self.month, self.day))
            // Allow a week of clock skew into the future.
            .find(|d| d.days() <= hint.days() + 7)
    }
}

/// Finds the article's dateline, if the top of the text has one.
pub fn find_dateline(doc: &Document<'_>) -> Option<Dateline> {
    let cur = Cursor::new(doc);
    find(&cur)
}

pub(crate) fn find(cur: &Cursor<'_, '_>) -> Option<Dateline> {
    let mut line = 0usize;
    let mut line_start = 0usize;
    let limit = cur.len().min(TOP_TOKENS);
    let mut i = 0;
    while i < limit {
        if cur.newline_before(i) && i > 0 {
            line += 1;
            line_start = i;
            if line >= TOP_LINES {
                break;
            }
        }
        // A dateline's date sits within the first words of its line.
        if i > line_start + 8 || cur.starters(i) & super::triggers::DATES == 0 {
            i += 1;
            continue;
        }
        let Step::Found(f) = dates::parse(cur, i) else {
            i += 1;
            continue;
        };
        let Resolved::When(When::Date(CalendarDate { year, month: Some(month), day: Some(day) })) =
            f.value
        else {
            i = f.end.max(i + 1);
            continue;
        };
        if f.end_value.is_none() && is_dateline(cur, line_start, f.start, f.end) {
            return Some(Dateline {
                span: cur.span(f.start, f.end),
                year: year.map(i32::from),
                month,
                day,
            });
        }
        i = f.end.max(i + 1);
    }
    None
}

fn line_end(cur: &Cursor<'_, '_>, from: usize) -> usize {
    let mut k = from;
    while k < cur.len() && !cur.newline_before(k) {
        k += 1;
    }
    k
}

/// Whether the date at `start..end` is the line's dateline.
fn is_dateline(cur: &Cursor<'_, '_>, line_start: usize, start: usize, end: usize) -> bool {
    let stop = line_end(cur, end);
    // What follows on the line: nothing, a clock time, an agency in
    // brackets, a dash opening the story.
    let tail_ok = |from: usize| -> bool {
        let mut k = from;
        while k < stop {
            let t = cur.text(k);
            if cur.is_any(k, &["(", "—", "–", "-", "_", "|", "/"]) {
                return true;
            }
            let clockish = cur.is_number(k)
                || cur.is_any(
                    k,
                    &[
                        ":", ",", ".", "am", "pm", "a", "p", "m", "GMT", "UTC", "ET", "EST", "EDT",
                        "KST", "BST", "CET", "PT", "PST", "PDT",
                    ],
                )
                || dates::is_month_or_weekday(t);
            if !clockish {
                return false;
            }
            k += 1;
        }
        true
    };
    // Before it on the line: nothing, a weekday, a label, or a place in
    // capitals followed by a comma.
    let mut k = line_start;
    let mut only_weekday_or_label = true;
    let mut place = false;
    while k < start {
        let t = cur.text(k);
        if dates::is_month_or_weekday(t)
            || cur.is_any(k, LABELS)
            || cur.is_any(k, &[":", ",", "|", "-", "—", "on", "at"])
        {
            k += 1;
            continue;
        }
        only_weekday_or_label = false;
        if cur.is_word(k) && crate::text::token::is_all_caps(t) {
            place = true;
        }
        k += 1;
    }
    if only_weekday_or_label {
        return tail_ok(end);
    }
    // `SEOUL, Feb 27 (Yonhap) —`
    let comma_before = start > line_start && cur.is_exact(start - 1, ",");
    place && comma_before && (end >= stop || cur.is_any(end, &["(", "—", "–", "-", "_", ","]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dl(text: &str) -> Option<(String, Option<i32>, u8, u8)> {
        let doc = Document::parse(text);
        find_dateline(&doc).map(|d| (d.span.of(text).to_string(), d.year, d.month, d.day))
    }

    #[test]
    fn finds_datelines() {
        assert_eq!(
            dl("Headline\nSEOUL, Feb 27 (Yonhap) — North Korea fired two missiles."),
            Some(("Feb 27".into(), None, 2, 27))
        );
        assert_eq!(
            dl("Headline\nPublished: 2025-02-28\nBody text on March 1."),
            Some(("2025-02-28".into(), Some(2025), 2, 28))
        );
        assert_eq!(
            dl("Headline here\nMarch 3, 2025\nThe talks began on Feb 2."),
            Some(("March 3, 2025".into(), Some(2025), 3, 3))
        );
        assert_eq!(
            dl("Headline here\nTuesday, March 3, 2025 8:00 PM\nBody."),
            Some(("Tuesday, March 3, 2025".into(), Some(2025), 3, 3))
        );
    }

    #[test]
    fn body_dates_are_not_datelines() {
        assert_eq!(dl("The talks began on Feb 2 in Seoul.\nThey ended on March 3, 2025."), None);
        assert_eq!(dl("Headline\nNAIROBI, Kenya (AP) _ Thousands protested on Saturday."), None);
    }

    #[test]
    fn completes_the_year_from_a_hint() {
        let d = Dateline { span: Span::default(), year: None, month: 12, day: 30 };
        assert_eq!(d.date_near(Date::parse_iso("2025-01-02")), Date::parse_iso("2024-12-30"));
        assert_eq!(d.date_near(None), None);
    }
}
