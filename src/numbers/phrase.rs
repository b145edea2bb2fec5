//! Amount phrases: an amount, an optional range end, and what follows them,
//! which decides the kind.
//!
//! ```text
//! phrase   := [currency-prefix] amount [range] suffix
//! range    := ("-" | "–" | "to") amount
//! suffix   := "%" | "percent" | "per cent"          → percent
//!           | currency-name                          → money
//!           | unit                                   → quantity / duration
//!           | "-" unit ["-" "old"]                   → quantity / duration
//!           | (nothing)                              → year or count
//! ```

use super::amount::{self, Amount, Form};
use super::cursor::Cursor;
use super::numeral::pow10;
use super::units::{self, Unit};
use super::{counts, currency, dates, guard, Found, NumberKind, Resolved, Step};

/// Words before a spelled `one` that make it a pronoun (`no one`, `the one`).
const ONE_AS_PRONOUN_AFTER: &[&str] = &[
    "no", "the", "this", "that", "which", "each", "every", "any", "another", "such", "little",
    "last",
];

pub(crate) fn parse(cur: &Cursor<'_, '_>, i: usize) -> Step {
    // Time-unit words and `all` open only a bare duration (`a month`,
    // `all day`), never an amount.
    if cur.is(i, "all") || super::index::word_set!(SPAN_UNITS).contains(cur.text(i)) {
        return bare_duration(cur, i).map_or(Step::Pass, Step::Found);
    }
    if let Some(step) = money_prefixed(cur, i) {
        return step;
    }
    if let Some(step) = signed(cur, i) {
        return step;
    }
    match amount::parse(cur, i) {
        Some(a) => classify(cur, a, true),
        None => Step::Pass,
    }
}

/// Words before `a day`, `a month` that make it a span of time (`for a
/// month`, `in a minute`, `after a night of talks`).
const SPAN_PREPOSITIONS: &[&str] = &[
    "for", "in", "within", "over", "after", "about", "nearly", "almost", "than", "only", "just",
    "around", "roughly", "barely", "under", "least",
];

pub(crate) const SPAN_UNITS: &[&str] = &[
    "second", "minute", "hour", "day", "night", "week", "weekend", "fortnight", "month", "year",
    "decade", "century",
];

/// `a month` after `for`/`in`/…, `a year earlier`, `all day`, `all-day`:
/// one unit of time. The article stays outside; `all` is part of it.
fn bare_duration(cur: &Cursor<'_, '_>, i: usize) -> Option<Found> {
    if !cur.is_word(i) {
        return None;
    }
    let make = |start: usize, end: usize| {
        let (unit, _) = units::at(cur, end - 1)?;
        let mut f = Found::new(start, end, NumberKind::Duration, Resolved::Number(1.0));
        f.unit = Some(unit.symbol);
        Some(f)
    };
    if cur.is(i, "all") {
        let k = if cur.is_exact(i + 1, "-") && cur.attached(i + 1) && cur.attached(i + 2) { i + 2 } else { i + 1 };
        if cur.is_any(k, &["day", "night", "week", "weekend", "month", "year"]) && !(cur.attached(k + 1) && cur.is_word(k + 1)) {
            if cur.is(k + 1, "round") || cur.is(k + 1, "long") {
                return None;
            }
            return make(i, k + 1);
        }
        return None;
    }
    if !cur.is_any(i, SPAN_UNITS) || !i.checked_sub(1).is_some_and(|p| cur.is_any(p, &["a", "an"])) {
        return None;
    }
    // `a day's work`, `a year-long`: the unit heads something else.
    if cur.attached(i + 1) && !cur.is_any(i + 1, &[",", ".", ";", ":", ")", "!", "?"]) {
        return None;
    }
    let before = i.checked_sub(2).is_some_and(|p| cur.is_any(p, SPAN_PREPOSITIONS));
    let after = cur.is_any(i + 1, &["earlier", "later", "before", "after", "long"]) && !cur.is(i + 2, "that");
    (before || after).then(|| make(i, i + 1)).flatten()
}

fn found(a: &Amount, end: usize, kind: NumberKind, value: f64) -> Found {
    Found::new(a.start, end, kind, Resolved::Number(value))
}

/// How a range's two amounts are linked.
#[derive(Clone, Copy, PartialEq)]
enum Link {
    Dash,
    To,
}

enum Range {
    None,
    /// `5-7`: the second amount.
    Span(Amount, Link),
    /// `3-1`, a score or a vote: not a number phrase at all.
    Score,
}

fn range(cur: &Cursor<'_, '_>, a: &mut Amount, allow_to: bool) -> Range {
    let k = a.end;
    let tight_hyphen = cur.is_exact(k, "-") && cur.attached(k) && cur.attached(k + 1);
    let dash = tight_hyphen || cur.is_any(k, &["–", "—"]);
    let link = if dash {
        Link::Dash
    } else if allow_to && cur.is(k, "to") {
        Link::To
    } else {
        return Range::None;
    };
    let Some(mut b) = amount::parse(cur, k + 1) else { return Range::None };
    let same_form = matches!(
        (a.form, b.form),
        (Form::Numeral(_), Form::Numeral(_)) | (Form::Words, Form::Words)
    );
    if !same_form || (link == Link::Dash && a.form == Form::Words) {
        return Range::None;
    }
    let mut a2 = *a;
    a2.borrow_scale(b.scale);
    if b.value <= a2.value {
        return if link == Link::Dash { Range::Score } else { Range::None };
    }
    b.start = k + 1;
    *a = a2;
    Range::Span(b, link)
}

/// Decides the kind of the phrase that starts with amount `a`.
fn classify(cur: &Cursor<'_, '_>, mut a: Amount, allow_to: bool) -> Step {
    if a.numeral().is_some() && guard::glued_to_name(cur, a.start) {
        return Step::Skip(a.end);
    }
    if a.form == Form::Words {
        // A capitalized number word mid-sentence names something (`Formula One`).
        let named = cur.upper_initial(a.start) && !cur.sentence_first(a.start);
        // `par-four`, `Catch-two`: the number word closes a compound.
        let compound_tail = cur.attached(a.start)
            && cur.is_exact(a.start.wrapping_sub(1), "-")
            && cur.is_word(a.start.wrapping_sub(2))
            && cur.attached(a.start.wrapping_sub(1))
            && !readout(cur, a.start);
        if named || compound_tail {
            return Step::Skip(a.end);
        }
    }
    let before_range = a;
    let (b, link) = match range(cur, &mut a, allow_to) {
        // `81-70`, `337-80`: a score or a vote states two numbers.
        Range::Score => {
            if a.numeral().is_some() {
                return Step::Found(found(&a, a.end, NumberKind::Count, a.value));
            }
            return Step::Skip(a.end);
        }
        Range::Span(b, link) => (Some(b), Some(link)),
        Range::None => (None, None),
    };
    let j = b.map_or(a.end, |b| b.end);
    let scaled = a.scale > 0 || b.is_some_and(|b| b.scale > 0);
    // Builds the mention over `a.start..end`; a range's end gets the same
    // factor (`5-7 million`, `50-75 cents`).
    let make = |end: usize, kind: NumberKind, factor: f64| {
        let mut f = found(&a, end, kind, a.value * factor);
        f.end_value = b.map(|b| Resolved::Number(b.value * factor));
        f.approximate = a.approximate();
        f
    };

    if let Some(end) = percent_end(cur, j) {
        return Step::Found(make(end, NumberKind::Percent, 1.0));
    }
    if let Some((code, end, factor)) = currency::suffix(cur, j, scaled) {
        let mut f = make(end, NumberKind::Money, factor);
        f.unit = Some(code).filter(|c| !c.is_empty());
        if b.is_none() && factor == 1.0 {
            money_and_cents(cur, &mut f);
        }
        return Step::Found(f);
    }
    // `millions of dollars`
    if a.form == Form::Vague && cur.is(j, "of") {
        if let Some((code, end, factor)) = currency::suffix(cur, j + 1, true) {
            let mut f = make(end, NumberKind::Money, factor);
            f.unit = Some(code).filter(|c| !c.is_empty());
            return Step::Found(f);
        }
    }
    // `hundreds of miles`, `thousands of years`
    if a.form == Form::Vague && cur.is(j, "of") && cur.spaced(j + 1) {
        if let Some((unit, end)) = units::at(cur, j + 1) {
            let mut f = measure(&a, end, unit);
            f.approximate = true;
            return Step::Found(f);
        }
    }
    if let Some((unit, end)) = units::at(cur, j) {
        // `5m people` is five million; `5m tall` is five metres.
        if unit.symbol == "m" && unit_is_letter_m(cur, j) && counts::plural_head_follows(cur, end) {
            let mut f = make(end, NumberKind::Count, 1e6);
            f.counted = counts::head(cur, end);
            return Step::Found(f);
        }
        // `Boeing 777F`, `14.7C/`: a letter glued to a model number or a
        // price is no unit.
        if unit.written == units::Written::Attached
            && (guard::after_name(cur, a.start) || cur.is_exact(end, "/"))
        {
            return Step::Skip(end);
        }
        let kind = if unit.time { NumberKind::Duration } else { NumberKind::Quantity };
        let mut f = make(end, kind, 1.0);
        f.unit = Some(unit.symbol);
        // `5 ft 2 in`, `6 feet 1 inch`: feet and inches, in feet.
        if unit.symbol == "ft" && b.is_none() {
            if let Some(inches) = amount::parse(cur, end).filter(|n| n.numeral().is_some() && n.value < 12.0 && cur.spaced(end)) {
                let in_word = cur.is_any(inches.end, &["in", "inch", "inches"]) || cur.is_exact(inches.end, "\"");
                if in_word && !(cur.is(inches.end, "in") && cur.is_word(inches.end + 1) && cur.spaced(inches.end + 1) && !cur.is_any(inches.end + 1, &["more", "and", "or", "tall", "long", "wide", "high"])) {
                    f.value = Resolved::Number(a.value + inches.value / 12.0);
                    f.end = inches.end + 1;
                }
            }
        }
        if unit.time && b.is_none() {
            extend_duration(cur, &mut f, unit);
        }
        // `29 years old`, `three years of age`: an age.
        if unit.time && b.is_none() {
            if cur.is(f.end, "old") && cur.spaced(f.end) {
                f.end += 1;
            } else if cur.is(f.end, "of") && cur.is(f.end + 1, "age") {
                f.end += 2;
            }
        }
        return Step::Found(f);
    }
    if b.is_none() {
        if let Some(step) = hyphenated(cur, &a, j) {
            return step;
        }
    }
    if b.is_none() {
        if let Some(f) = power(cur, &a, j).or_else(|| ratio_over(cur, &a, j)) {
            return Step::Found(f);
        }
    }
    if let Some(n) = a.numeral() {
        // `5G`, `3D`, `747s`, `20s`: letters glued to the numeral that are no unit.
        if cur.attached(j) && cur.is_word(j) {
            if cur.is_exact(j, "k") && b.is_none() {
                let mut f = found(&a, j + 1, NumberKind::Count, a.value * 1e3);
                f.counted = counts::head(cur, j + 1);
                return Step::Found(f);
            }
            return Step::Skip(j + 1);
        }
        // `2000 B.C.`: no ISO value worth giving; not a count either.
        if let Some(end) = dates::era_end(cur, j).filter(|_| a.plain_int().is_some()) {
            return Step::Skip(end);
        }
        if let Some(y) = a.plain_int().filter(|_| b.is_none() && n.int_digits == 4) {
            if (1800..=2100).contains(&y) {
                if guard::after_name(cur, a.start) && !guard::year_name_before(cur, a.start) {
                    return Step::Skip(j);
                }
                if dates::reads_as_year(cur, a.start, j) {
                    let date =
                        dates::CalendarDate { year: u16::try_from(y).ok(), month: None, day: None };
                    return Step::Found(Found::new(
                        a.start,
                        j,
                        NumberKind::Date,
                        Resolved::date(date),
                    ));
                }
            }
        }
    }
    // `from 5 to 7` reads as two numbers unless a unit or sign ties them.
    if link == Some(Link::To) {
        return classify(cur, before_range, false);
    }
    // `between one and two months`: the first number shares the unit.
    if b.is_none() && a.form != Form::Vague && cur.word_before(a.start).is_some_and(|p| cur.is(p, "between")) && cur.is(j, "and") {
        if let Some(second) = amount::parse(cur, j + 1) {
            if let Some((unit, _)) = units::at(cur, second.end) {
                return Step::Found(measure(&a, j, unit));
            }
        }
    }
    if let Some(f) = age(cur, &a, j) {
        return Step::Found(f);
    }
    count(cur, &a, b, j)
}

/// `three-nought-four`: three or more number words joined by hyphens,
/// digits read out one by one, with the word at `i` in the chain.
fn readout(cur: &Cursor<'_, '_>, i: usize) -> bool {
    let is_num = |k: usize| super::words::parse(cur, k).is_some_and(|(_, e)| e == k + 1);
    let joined = |k: usize| cur.is_exact(k, "-") && cur.attached(k) && cur.attached(k + 1);
    let (mut first, mut last) = (i, i);
    while first >= 2 && joined(first - 1) && is_num(first - 2) {
        first -= 2;
    }
    while joined(last + 1) && is_num(last + 2) {
        last += 2;
    }
    is_num(i) && (last - first) / 2 + 1 >= 3
}

/// `1 over 3`, `one over twenty`, `2000 over 3`: a ratio, when nothing
/// follows it.
fn ratio_over(cur: &Cursor<'_, '_>, a: &Amount, j: usize) -> Option<Found> {
    if !cur.is(j, "over") || a.form == Form::Vague {
        return None;
    }
    let d = amount::parse(cur, j + 1).filter(|d| d.value != 0.0 && d.form != Form::Vague)?;
    let ends = d.end >= cur.len() || !(cur.is_word(d.end) || cur.is_number(d.end));
    ends.then(|| found(a, d.end, NumberKind::Count, a.value / d.value))
}

/// `1.1^23`, `2.5^-1`, `10^+6`: a numeral raised to a power written with a
/// caret.
fn power(cur: &Cursor<'_, '_>, a: &Amount, j: usize) -> Option<Found> {
    a.numeral()?;
    if !(cur.is_exact(j, "^") && cur.attached(j)) {
        return None;
    }
    let mut k = j + 1;
    let mut negative = false;
    while cur.is_any(k, &["+", "-", "−"]) && cur.attached(k) && k < j + 3 {
        negative ^= !cur.is_exact(k, "+");
        k += 1;
    }
    if !(cur.is_number(k) && cur.attached(k)) {
        return None;
    }
    let e = super::numeral::parse(cur.text(k))?.plain_int().filter(|&e| e <= 300)?;
    let e = if negative { -(e as i32) } else { e as i32 };
    let v = a.value.powi(e);
    v.is_finite().then(|| found(a, k + 1, NumberKind::Count, v))
}

/// `2 hours, 32 minutes, 25.3 seconds`, `3 hours 30 minutes`, `one hour
/// and a half`: a duration continued in smaller units. The value is
/// restated in the smallest unit written.
fn extend_duration(cur: &Cursor<'_, '_>, f: &mut Found, unit: &'static Unit) {
    let Resolved::Number(mut value) = f.value else { return };
    let Some((mut seconds_per, _, _)) = units::si_factor(unit.symbol) else { return };
    let mut symbol = unit.symbol;
    let mut end = f.end;
    // `one hour and a half`
    if let Some((half, e)) = super::words::and_fraction(cur, end) {
        f.value = Resolved::Number(value + half);
        f.end = e;
        return;
    }
    loop {
        let mut k = end;
        if cur.is_exact(k, ",") {
            k += 1;
        }
        if cur.is(k, "and") {
            k += 1;
        }
        let Some(next) = amount::parse(cur, k).filter(|n| n.numeral().is_some() || n.form == Form::Words) else { break };
        let Some((u2, e2)) = units::at(cur, next.end) else { break };
        let Some((s2, _, _)) = units::si_factor(u2.symbol) else { break };
        if !u2.time || s2 >= seconds_per || !cur.spaced(k) {
            break;
        }
        value = value * (seconds_per / s2) + next.value;
        seconds_per = s2;
        symbol = u2.symbol;
        end = e2;
    }
    if end > f.end {
        f.value = Resolved::Number((value * 1e9).round() / 1e9);
        f.unit = Some(symbol);
        f.end = end;
    }
}

/// `3 dollars 50 cents`, `thirteen dollars and forty-five cents`, `15
/// dollars and 15`: cents after the main unit.
fn money_and_cents(cur: &Cursor<'_, '_>, f: &mut Found) {
    let Resolved::Number(v) = f.value else { return };
    if !cur.is_any(f.end - 1, &["dollars", "dollar", "euros", "euro", "pounds"]) {
        return;
    }
    let k = if cur.is(f.end, "and") { f.end + 1 } else { f.end };
    let Some(c) = amount::parse(cur, k) else { return };
    if !cur.spaced(k) || c.value.fract() != 0.0 || !(1.0..100.0).contains(&c.value) || c.scale > 0 {
        return;
    }
    let mut end = c.end;
    if cur.is_any(end, &["cents", "cent", "pence", "p"]) {
        end += 1;
    } else if cur.is_word(end) && cur.spaced(end) && !cur.is_any(end, &["and", "or", "for", "in", "on", "at", "to"]) {
        // `15 dollars 50 people` is two amounts.
        return;
    }
    f.value = Resolved::Number(((v + c.value / 100.0) * 100.0).round() / 100.0);
    f.end = end;
}

fn unit_is_letter_m(cur: &Cursor<'_, '_>, j: usize) -> bool {
    cur.is_exact(j, "m") && cur.attached(j)
}

fn measure(a: &Amount, end: usize, unit: &'static Unit) -> Found {
    let kind = if unit.time { NumberKind::Duration } else { NumberKind::Quantity };
    let mut f = found(a, end, kind, a.value);
    f.unit = Some(unit.symbol);
    f
}

/// `%`, `percent`, `per cent`, `pct`, `percentage points`.
fn percent_end(cur: &Cursor<'_, '_>, j: usize) -> Option<usize> {
    if cur.is_any(j, &["%", "％"]) {
        return Some(j + 1);
    }
    if !cur.spaced(j) {
        return None;
    }
    if cur.is_any(j, &["percent", "percents", "pct"]) {
        return Some(j + 1);
    }
    if cur.is(j, "per") && cur.is(j + 1, "cent") {
        return Some(j + 2);
    }
    if cur.is(j, "percentage") && cur.is_any(j + 1, &["point", "points"]) {
        return Some(j + 2);
    }
    None
}

/// Words after a hyphen that make an idiom, not a measure: `one-sided`,
/// `two-way`, `one-off`, `0-for-2`.
const IDIOM_TAILS: &[&str] = &[
    "way", "sided", "off", "on", "faced", "fold", "hander", "liner", "upmanship", "dimensional",
    "size", "for", "and", "or", "to", "of", "by", "in", "up", "out", "a", "the", "all",
    "nil", "love", "zip", "nothing", "thirds", "third", "quarter", "quarters", "half", "er",
    "ers", "odd", "plus", "something", "somethings", "ish",
];

/// Hyphenated modifiers: `three-day`, `three-year-old`, `3-inch`, and
/// news units (`32-game`, `six-story`, `two-run`, `six-under-par`), read as
/// a quantity of that unit. Idioms (`one-sided`, `two-way`, `one-time`)
/// read as nothing.
fn hyphenated(cur: &Cursor<'_, '_>, a: &Amount, j: usize) -> Option<Step> {
    if !(cur.is_exact(j, "-") && cur.attached(j) && cur.attached(j + 1) && cur.is_word(j + 1)) {
        return None;
    }
    if let Some((unit, mut end)) = units::at(cur, j + 1) {
        // `three-year-old`, `18-month-old`: an age is the whole modifier.
        if unit.time
            && cur.is_exact(end, "-")
            && cur.attached(end)
            && cur.is(end + 1, "old")
            && cur.attached(end + 1)
        {
            end += 2;
        }
        return Some(Step::Found(measure(a, end, unit)));
    }
    // `12-cent`, `50-dollar`: a currency name after the hyphen.
    const HYPHEN_MONEY: &[(&str, &str, f64)] = &[
        ("cent", "USD", 0.01),
        ("dollar", "USD", 1.0),
        ("euro", "EUR", 1.0),
        ("pound", "GBP", 1.0),
        ("yen", "JPY", 1.0),
        ("penny", "", 0.01),
    ];
    if let Some(&(_, code, factor)) = HYPHEN_MONEY.iter().find(|(w, _, _)| cur.is(j + 1, w)) {
        let mut f = found(a, j + 2, NumberKind::Money, a.value * factor);
        f.unit = Some(code).filter(|c| !c.is_empty());
        return Some(Step::Found(f));
    }
    // `three-nought-four`: numbers read out one by one.
    if super::words::parse(cur, j + 1).is_some() {
        return Some(Step::Found(found(a, a.end, NumberKind::Count, a.value)));
    }
    let word = cur.text(j + 1);
    let idiom = IDIOM_TAILS.iter().any(|w| word.eq_ignore_ascii_case(w))
        || !cur.lower_initial(j + 1)
        || (word.len() > 4 && (word.ends_with("ed") || word.ends_with("ing")))
        || (a.value == 1.0 && word.eq_ignore_ascii_case("time"));
    if idiom || a.approximate() {
        return Some(Step::Skip(j + 2));
    }
    // `six-under-par`: the unit runs to the last word of the chain.
    let mut end = j + 2;
    while cur.is_exact(end, "-") && cur.attached(end) && cur.attached(end + 1) && cur.lower_initial(end + 1) && !cur.is(end + 1, "old") && end < j + 6 {
        end += 2;
    }
    let mut f = found(a, end, NumberKind::Quantity, a.value);
    // The unit is the modifier as written (`game`, `under-par`).
    f.unit_tokens = Some((j + 1, end));
    Some(Step::Found(f))
}

/// `Zhivka Savic, 65, said`, `men aged 40`, `who turned 80`: an age, read
/// as a duration in years like `three-year-old`.
fn age(cur: &Cursor<'_, '_>, a: &Amount, j: usize) -> Option<Found> {
    let v = a.plain_int().filter(|&v| (1..=115).contains(&v))?;
    let prev = a.start.checked_sub(1)?;
    let appositive = cur.is_exact(prev, ",")
        && prev.checked_sub(1).is_some_and(|p| cur.upper_initial(p) && !super::dates::is_month_or_weekday(cur.text(p)))
        && (cur.is_any(j, &[",", ".", ";", ")"]) || j >= cur.len())
        && cur.attached(j);
    let aged = cur.is_any(prev, &["aged", "age", "turned"]) && !cur.is_word(j);
    if !(appositive || aged) || (aged && counts::head(cur, j).is_some()) {
        return None;
    }
    let mut f = found(a, j, NumberKind::Duration, v as f64);
    f.unit = Some("year");
    Some(f)
}

fn count(cur: &Cursor<'_, '_>, a: &Amount, b: Option<Amount>, j: usize) -> Step {
    if let Some(n) = a.numeral() {
        // `007`, `05`: codes; seven plain digits or more: identifiers.
        let code = n.leading_zero && n.frac_digits == 0;
        let identifier = !n.grouped && n.int_digits >= 7 && a.scale == 0;
        if code || identifier {
            return Step::Skip(j);
        }
        if guard::after_name(cur, a.start) {
            return Step::Skip(j);
        }
        // A list marker: `1.` or `2)` opening a line.
        if cur.sentence_first(a.start)
            && b.is_none()
            && cur.is_any(a.end, &[")", "."])
            && cur.attached(a.end)
            && a.end + 1 < cur.len()
            && !cur.newline_before(a.end + 1)
        {
            return Step::Skip(j);
        }
        if n.plain_int().is_some() && street_follows(cur, j) {
            return Step::Skip(j);
        }
    }
    let counted = counts::head(cur, j);
    // `64-83`, `0-2`: a score or record, unless a noun says what is counted.
    if b.is_some() && counted.is_none() {
        return Step::Skip(j);
    }
    // A spelled `one` counts only with a noun after it (`one man`), a
    // partitive (`one of the accounts`) or a proportion (`one in five`,
    // `one out of ten`); otherwise it is the pronoun (`would not avoid one
    // if provoked`, `no one`). Before a plural it is the pronoun before a
    // verb (`one suspects`).
    let is_one_word = a.form == Form::Words && a.end == a.start + 1 && cur.is(a.start, "one");
    if is_one_word && b.is_none() {
        let pronoun_before =
            a.start.checked_sub(1).is_some_and(|p| cur.is_any(p, ONE_AS_PRONOUN_AFTER));
        let proportion = cur.is_any(j, &["in", "out"])
            && (cur.is(j + 1, "of") || amount::parse(cur, j + 1).is_some());
        let partitive = cur.is(j, "of") || proportion;
        let verb_after = !partitive && counted.is_some_and(|h| counts::is_plural(cur.text(h)));
        if pronoun_before || verb_after || (counted.is_none() && !partitive) {
            return Step::Skip(j);
        }
    }
    let mut f = found(a, j, NumberKind::Count, a.value);
    f.counted = counted;
    f.approximate = a.approximate();
    if let Some(b) = b {
        f.end_value = Some(Resolved::Number(b.value));
    }
    Step::Found(f)
}

/// Street types that make a preceding number a house number
/// (`601 Riverview Dr.`).
const STREETS: &[&str] = &[
    "St", "Street", "Ave", "Avenue", "Road", "Rd", "Dr", "Drive", "Blvd", "Boulevard", "Lane",
    "Ln", "Way", "Place", "Pl", "Square", "Sq", "Court", "Ct", "Terrace", "Highway", "Hwy",
    "Parkway",
];

/// One to three capitalized words then a street type: an address.
fn street_follows(cur: &Cursor<'_, '_>, j: usize) -> bool {
    if !cur.upper_initial(j) {
        return false;
    }
    (j + 1..j + 4).any(|k| {
        (j..k).all(|w| cur.upper_initial(w) && cur.spaced(w))
            && cur.spaced(k)
            && STREETS.iter().any(|s| cur.is_exact(k, s))
    })
}

/// `$1.5 billion`, `US$500m`, `€20`, `KRW 1,000`, `$5-7 billion`.
fn money_prefixed(cur: &Cursor<'_, '_>, i: usize) -> Option<Step> {
    let (code, k) = currency::prefix(cur, i)?;
    let mut a = amount::parse(cur, k)?;
    a.numeral()?;
    if let Some(scale) = attached_money_scale(cur, a.end).filter(|_| a.scale == 0) {
        a.value *= pow10(scale);
        a.scale = scale;
        a.end += 1;
    } else if cur.is_exact(a.end, "-") && cur.attached(a.end) && a.scale == 0 {
        // `$1.5-billion`
        if let Some(scale) =
            super::words::scale_pow(cur.text(a.end + 1)).filter(|_| cur.attached(a.end + 1))
        {
            a.value *= pow10(scale);
            a.scale = scale;
            a.end += 2;
        }
    }
    let mut end_value = None;
    let mut end = a.end;
    if let Range::Span(mut b, Link::Dash) = range(cur, &mut a, false) {
        if let Some(scale) = attached_money_scale(cur, b.end).filter(|_| b.scale == 0) {
            b.value *= pow10(scale);
            b.end += 1;
            a.borrow_scale(scale);
        }
        end_value = Some(Resolved::Number(b.value));
        end = b.end;
    }
    let mut f = Found::new(i, end, NumberKind::Money, Resolved::Number(a.value));
    f.unit = Some(code);
    f.end_value = end_value;
    Some(Step::Found(f))
}

/// `$15m`, `$500k`, `$2b`: one-letter scales only after a currency.
fn attached_money_scale(cur: &Cursor<'_, '_>, j: usize) -> Option<u32> {
    if !cur.attached(j) {
        return None;
    }
    match cur.text(j) {
        "m" | "M" => Some(6),
        "k" | "K" => Some(3),
        "b" | "B" => Some(9),
        _ => None,
    }
}

/// `-5°C`, `−0.3%`: a minus sign that opens the word. Counts and dates take
/// no sign; those are left to the plain scan.
fn signed(cur: &Cursor<'_, '_>, i: usize) -> Option<Step> {
    if !(cur.is_any(i, &["-", "−"]) && cur.spaced(i) && cur.is_number(i + 1) && cur.attached(i + 1))
    {
        return None;
    }
    // `75 -300mm`: a dash between two numbers.
    if i > 0 && cur.is_number(i - 1) {
        return None;
    }
    let a = amount::parse(cur, i + 1)?;
    match classify(cur, a, false) {
        Step::Found(mut f) if matches!(f.kind, NumberKind::Quantity | NumberKind::Percent | NumberKind::Count) => {
            f.start = i;
            if let Resolved::Number(v) = f.value {
                f.value = Resolved::Number(-v);
            }
            if let Some(Resolved::Number(v)) = f.end_value {
                f.end_value = Some(Resolved::Number(-v));
            }
            Some(Step::Found(f))
        }
        _ => None,
    }
}
