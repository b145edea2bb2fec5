//! Numbers: counts, quantities, money, percents, dates, times, durations and
//! ordinals, each resolved to a value.
//!
//! The layer is a small grammar over tokens. A scan walks the tokens left to
//! right; at each token the recognizers are tried in a fixed order (dates,
//! clock times, ordinals, then amount phrases), the first that claims the
//! token wins, and the scan resumes after what it claimed. That keeps the
//! output sorted and non-overlapping by construction, and the whole pass
//! linear in the number of tokens.
//!
//! - `cursor`: bounds-checked token access shared by every rule.
//! - `guard`: digits that are not numbers (URLs, phones, names like `G7`).
//! - `numeral`, `words`, `amount`: the cardinal core — `1,587`,
//!   `forty-eight`, `1.5 million`, `hundreds`.
//! - `phrase`: what follows an amount decides its kind — `%`, a currency,
//!   a unit, a hyphenated modifier, or nothing (a count).
//! - `units`, `currency`: data tables for units and currencies.
//! - `dates`, `times`, `ordinals`: the other expression families.
//! - `counts`: the head noun of what a count counts.

mod amount;
mod counts;
mod currency;
mod cursor;
mod dates;
mod guard;
mod numeral;
mod ordinals;
mod phrase;
mod times;
mod units;
mod words;

use crate::span::Span;
use crate::text::Document;
use cursor::Cursor;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum NumberKind {
    Quantity,
    Duration,
    Count,
    Money,
    Percent,
    Date,
    Time,
    Ordinal,
}

impl NumberKind {
    pub const ALL: [NumberKind; 8] = [
        NumberKind::Quantity,
        NumberKind::Duration,
        NumberKind::Count,
        NumberKind::Money,
        NumberKind::Percent,
        NumberKind::Date,
        NumberKind::Time,
        NumberKind::Ordinal,
    ];

    /// The kind as written in the JSON contract and the page (`quantity`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            NumberKind::Quantity => "quantity",
            NumberKind::Duration => "duration",
            NumberKind::Count => "count",
            NumberKind::Money => "money",
            NumberKind::Percent => "percent",
            NumberKind::Date => "date",
            NumberKind::Time => "time",
            NumberKind::Ordinal => "ordinal",
        }
    }
}

/// A normalized value: a number, or an ISO-8601-style string for dates and
/// times (`--02-27`, `2022-01`, `Tuesday`, `20:30`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(untagged))]
pub enum Value {
    Number(f64),
    Text(String),
}

impl std::fmt::Display for Value {
    /// Numbers print exactly as a reader would write them: no trailing `.0`,
    /// no exponent for ordinary magnitudes.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => write!(f, "{}", *n as i64),
            Value::Number(n) => write!(f, "{n}"),
            Value::Text(s) => f.write_str(s),
        }
    }
}

/// One number expression in the text.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct NumberMention {
    pub span: Span,
    pub kind: NumberKind,
    pub value: Value,
    /// The end of a range (`Jan. 5 to 7` → `--01-07`).
    pub end_value: Option<Value>,
    /// Canonical unit symbol (`km`, `°C`), time unit (`year`), or ISO currency code.
    pub unit: Option<String>,
    /// Head noun of what a count counts (`two ballistic missiles` → `missiles`).
    pub counted: Option<String>,
    /// A vague amount (`hundreds`): the value is a lower bound.
    pub approximate: bool,
}

/// Finds every number expression in the document, sorted by start and
/// non-overlapping.
pub fn find_numbers(doc: &Document<'_>) -> Vec<NumberMention> {
    let cur = Cursor::new(doc);
    let mut out = Vec::new();
    let mut i = 0;
    while i < cur.len() {
        if cur.blocked(i) {
            i += 1;
            continue;
        }
        match parse_at(&cur, i) {
            Step::Found(f) if f.start == i && f.end > i && !cur.any_blocked(f.start, f.end) => {
                i = f.end;
                out.push(f.into_mention(&cur));
            }
            Step::Skip(end) => i = end.max(i + 1),
            _ => i += 1,
        }
    }
    out
}

/// Tries the recognizers at token `i`. Order matters: dates come before
/// amounts (`27 February` is a date, not a count), clock times before
/// amounts (`8:30`), ordinals before amounts (`twenty-first`).
fn parse_at(cur: &Cursor<'_, '_>, i: usize) -> Step {
    for recognizer in [dates::parse, times::parse, ordinals::parse, phrase::parse] {
        match recognizer(cur, i) {
            Step::Pass => continue,
            step => return step,
        }
    }
    Step::Pass
}

/// What a recognizer made of the tokens at the scan position.
pub(crate) enum Step {
    /// A number expression starting at the scan position.
    Found(Found),
    /// Tokens up to this index are not numbers (`F-16`, a score `3-1`), and
    /// no later recognizer may read a number out of them.
    Skip(usize),
    /// Nothing here for this recognizer.
    Pass,
}

/// A recognized expression over tokens `start..end`, before rendering.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Found {
    pub start: usize,
    pub end: usize,
    pub kind: NumberKind,
    pub value: Resolved,
    pub end_value: Option<Resolved>,
    pub unit: Option<&'static str>,
    /// Token index of the counted head noun.
    pub counted: Option<usize>,
    pub approximate: bool,
}

impl Found {
    pub fn new(start: usize, end: usize, kind: NumberKind, value: Resolved) -> Found {
        Found {
            start,
            end,
            kind,
            value,
            end_value: None,
            unit: None,
            counted: None,
            approximate: false,
        }
    }

    fn into_mention(self, cur: &Cursor<'_, '_>) -> NumberMention {
        NumberMention {
            span: cur.span(self.start, self.end),
            kind: self.kind,
            value: self.value.render(),
            end_value: self.end_value.map(Resolved::render),
            unit: self.unit.map(str::to_string),
            counted: self.counted.map(|h| cur.text(h).to_string()),
            approximate: self.approximate,
        }
    }
}

/// A value as the grammar resolves it: dates and times stay structured so
/// recognition never allocates; strings are made only for the output.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Resolved {
    Number(f64),
    Date(dates::CalendarDate),
    Weekday(&'static str),
    /// A decade by its first three digits: 199 for the 1990s.
    Decade(u16),
    Time {
        hour: u8,
        minute: u8,
    },
}

impl Resolved {
    fn render(self) -> Value {
        match self {
            Resolved::Number(n) => Value::Number(n),
            Resolved::Date(d) => Value::Text(d.iso()),
            Resolved::Weekday(w) => Value::Text(w.to_string()),
            Resolved::Decade(d) => Value::Text(format!("{d:03}")),
            Resolved::Time { hour, minute } => Value::Text(format!("{hour:02}:{minute:02}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Fragments that exercise every rule, joined at random below.
    const FRAGMENTS: &[&str] = &[
        "$", "US", "€", "₩", "1,587", "0.001", "2025", "1990", "02", "27", "7", "12", "km", "m",
        "-", "–", "long", "year", "old", "Feb", "February", ".", ",", "’", "'", "s", "°", "C",
        "May", "march", "one", "hundred", "and", "a", "half", "hundreds", "of", "tens", "millions",
        ":", "30", "p", "pm", "No", "/", "+", "@", "www", "com", "é", "\u{301}", "中", "😀", " ",
        " ", " ", "\n", "BC", "B", "Tuesday", "second", "first", "to", "percent", "%", "dollars",
        "won", "bn", "st", "th", "(", ")", "missiles", "the", "Apollo", "G", "F", "in", "inch",
        "x", "\u{0}", "\u{FEFF}", "9", "0", "1.5", "1,5", "1.587.000", "2.3", "00", "several",
        "dozen",
    ];

    fn soup(seed: &mut u64, len: usize) -> String {
        let mut s = String::new();
        for _ in 0..len {
            // xorshift64: deterministic, no dependency.
            *seed ^= *seed << 13;
            *seed ^= *seed >> 7;
            *seed ^= *seed << 17;
            let frag = FRAGMENTS[(*seed % FRAGMENTS.len() as u64) as usize];
            s.push_str(frag);
        }
        s
    }

    fn check_invariants(text: &str) {
        let doc = Document::parse(text);
        let found = find_numbers(&doc);
        let mut last_end = 0;
        for n in &found {
            assert!(n.span.start >= last_end, "overlap or disorder in {text:?}: {found:?}");
            assert!(n.span.start < n.span.end, "empty span in {text:?}");
            assert!(
                text.get(n.span.start..n.span.end).is_some(),
                "span off char boundary in {text:?}"
            );
            let textual = matches!(n.kind, NumberKind::Date | NumberKind::Time);
            assert_eq!(textual, matches!(n.value, Value::Text(_)), "{text:?}: {n:?}");
            if let Value::Number(v) = n.value {
                assert!(v.is_finite(), "{text:?}: {n:?}");
            }
            last_end = n.span.end;
        }
    }

    #[test]
    fn random_soup_never_breaks_invariants() {
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        for round in 0..20_000 {
            let text = soup(&mut seed, round % 40);
            check_invariants(&text);
        }
    }

    #[test]
    fn odd_inputs() {
        for text in [
            "",
            " ",
            "$",
            "US$",
            "No.",
            "-",
            "1-",
            "1:",
            "Feb",
            "Jan. 5 to",
            "’",
            "1990’",
            "5-",
            "three-",
            "a",
            "a hundred and",
            "one and a",
            "99999999999999999999999",
            "$1.5-",
            "1,587km-",
            "+82",
            "(02) 555-",
            "2/27/",
            "2025-02-",
            "12:",
            "8:30 p.",
            "half an",
            "\u{10FFFF}9,9,",
            "é\u{301}1",
            "1\u{301}",
            "٣",
            "１２",
        ] {
            check_invariants(text);
        }
    }

    #[test]
    fn values_render_for_output() {
        let text = "Kim Jong Un fired two missiles on Feb 27.";
        let got: Vec<String> =
            find_numbers(&Document::parse(text)).iter().map(|n| n.value.to_string()).collect();
        assert_eq!(got, ["2", "--02-27"]);
    }
}
