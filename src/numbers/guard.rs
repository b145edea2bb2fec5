//! Digits that are not numbers: URLs, e-mail addresses, phone numbers,
//! `0/250` counters, and numerals that are part of a name (`G7`, `F-16`,
//! `Apollo 11`).

use super::cursor::Cursor;
use super::dates;

/// Top-level domains that make `word.tld` an address rather than a sentence
/// break without a space.
const TLDS: &[&str] = &[
    "com", "net", "org", "gov", "edu", "mil", "int", "info", "biz", "io", "co", "kr", "uk", "jp",
    "cn", "ru", "de", "fr", "it", "es", "nl", "eu", "tv", "me", "ly", "ai", "app", "news", "au",
    "ca", "nz", "sg", "hk", "tw", "us", "in", "ch", "se", "no", "ua", "ir", "kp", "ph", "my", "id",
];

/// Word prefixes that join a year or number without making a name
/// (`mid-2024`, `pre-1990`).
const JOINING_PREFIXES: &[&str] = &["mid", "pre", "post", "early", "late", "circa"];

/// Capitalized words that stand before a number without naming it: the
/// function words that open sentences (`In 2022`, `Over 200`, `Some 50`),
/// and season words (`Summer 2024`).
const NOT_NAMES: &[&str] = &[
    "the", "in", "on", "at", "by", "for", "from", "to", "of", "with", "about", "around", "over",
    "under", "nearly", "almost", "some", "only", "just", "another", "all", "and", "but", "or",
    "since", "until", "after", "before", "during", "than", "more", "less", "fewer", "top",
    "roughly", "approximately", "estimated", "least", "most", "no", "its", "their", "his", "her",
    "our", "my", "your", "these", "those", "this", "that", "every", "each", "between", "among",
    "up", "down", "then", "now", "today", "yesterday", "also", "still", "already", "again", "when",
    "while", "if", "as", "so", "yet", "because", "although", "though", "however", "both", "above",
    "below", "exactly", "within", "without", "into", "through", "throughout", "beyond", "plus",
    "including", "per", "like", "unlike", "total", "overall", "perhaps", "maybe", "where", "here",
    "there", "early", "late", "mid", "circa", "fiscal", "spring", "summer", "autumn", "fall",
    "winter", "last", "next", "past", "first", "until", "till", "whereas", "once", "even",
    "upwards", "toward", "towards", "across", "against", "versus", "vs", "via", "nor", "copyright",
];

/// Token ranges whose digits are not numbers. Linear in the token count.
pub(crate) fn blocked_ranges(cur: &Cursor<'_, '_>) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let n = cur.len();
    let mut start = 0;
    while start < n {
        // A chunk is a run of tokens with no whitespace between them.
        let mut end = start + 1;
        while end < n && cur.attached(end) {
            end += 1;
        }
        // Fast path: blocking matters only where digits are; a chunk with
        // no numeral holds no address, counter or phone number to block.
        if !(start..end).any(|k| cur.is_number(k)) {
            start = end;
            continue;
        }
        if chunk_is_address(cur, start, end) || chunk_has_counter(cur, start, end) {
            out.push((start, end));
        } else {
            phone_numbers(cur, start, end, &mut out);
        }
        start = end;
    }
    out
}

/// URL, domain name, e-mail address or `@handle`.
fn chunk_is_address(cur: &Cursor<'_, '_>, start: usize, end: usize) -> bool {
    if cur.is_any(start, &["http", "https", "ftp", "www"]) && cur.is_any(start + 1, &[":", "."]) {
        return true;
    }
    (start..end).any(|k| {
        let next_is_name = k + 1 < end && (cur.is_word(k + 1) || cur.is_number(k + 1));
        let prev_is_name = k > start && (cur.is_word(k - 1) || cur.is_number(k - 1));
        (cur.is_exact(k, "@") && next_is_name)
            || (cur.is_exact(k, ".")
                && prev_is_name
                && k + 1 < end
                && cur.lower_initial(k + 1)
                && cur.is_any(k + 1, TLDS)
                && !(k + 2 < end && cur.is_word(k + 2)))
    })
}

/// `0/250`, `24/7`, `2024/25`: counters, ratios and scores written with a
/// slash. A numeric date (`2/27/2025`) is left to the date grammar.
fn chunk_has_counter(cur: &Cursor<'_, '_>, start: usize, end: usize) -> bool {
    let mut k = start;
    while k < end {
        if let Some((_, _, range_end)) = dates::slashed_range_at(cur, k) {
            k = range_end;
            continue;
        }
        if let Some((_, date_end)) =
            dates::slashed_date_at(cur, k).or_else(|| dates::month_day_slash_at(cur, k))
        {
            k = date_end;
            continue;
        }
        if let Some((_, frac_end)) = super::amount::slash_fraction(cur, k) {
            k = frac_end;
            continue;
        }
        if cur.is_number(k) && cur.is_exact(k + 1, "/") && k + 2 < end && cur.is_number(k + 2) {
            return true;
        }
        k += 1;
    }
    false
}

fn digit_count(s: &str) -> usize {
    s.bytes().filter(u8::is_ascii_digit).count()
}

/// Marks phone numbers inside one chunk, and `+82 2 1234 5678` which spans
/// chunks.
fn phone_numbers(cur: &Cursor<'_, '_>, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    // International: `+` then digit groups separated by spaces, hyphens,
    // dots or parentheses.
    if cur.is_exact(start, "+") && cur.is_number(start + 1) && cur.attached(start + 1) {
        let mut k = start + 1;
        let mut digits = 0;
        let mut last = k;
        while k < cur.len() {
            if cur.is_number(k) && !cur.text(k).contains(',') {
                digits += digit_count(cur.text(k));
                last = k;
            } else if !(cur.is_any(k, &["-", "(", ")", "."]) && cur.is_number(k + 1)) {
                break;
            }
            k += 1;
        }
        if digits >= 7 {
            out.push((start, last + 1));
            return;
        }
    }
    // `(02) 555-1234`: an area code in parentheses before a local number.
    if cur.is_exact(start, "(")
        && cur.is_number(start + 1)
        && cur.is_exact(start + 2, ")")
        && cur.is_number(start + 3)
        && cur.is_exact(start + 4, "-")
        && cur.is_number(start + 5)
        && cur.attached(start + 4)
        && cur.attached(start + 5)
    {
        out.push((start, start + 6));
        return;
    }
    // Hyphenated digit groups: `010-1234-5678`, `1-800-555-0199`, `555-1234`.
    let mut k = start;
    while k < end {
        if !cur.is_number(k) || cur.text(k).contains(',') {
            k += 1;
            continue;
        }
        let mut groups = 1;
        let mut digits = digit_count(cur.text(k));
        let mut last = k;
        while last + 2 < end && cur.is_exact(last + 1, "-") && cur.is_number(last + 2) {
            groups += 1;
            digits += digit_count(cur.text(last + 2));
            last += 2;
        }
        let two_group_phone = groups == 2 && {
            let (a, b) = (cur.text(k), cur.text(k + 2));
            (a.len() == 3 && b.len() == 4) || (a.starts_with('0') && a.len() >= 2 && b.len() >= 3)
        };
        let is_iso_date = groups == 3
            && (dates::iso_date_at(cur, k).is_some() || dates::day_month_year_at(cur, k).is_some());
        if (groups >= 3 && digits >= 7 && !is_iso_date) || two_group_phone {
            out.push((k, last + 1));
        }
        k = last + 1;
    }
}

/// A numeral glued to a name: `G7`, `FY2025`, `F-16`, `COVID-19`,
/// `Hwasong-18`. `mid-2024` is not a name.
pub(crate) fn glued_to_name(cur: &Cursor<'_, '_>, i: usize) -> bool {
    if !cur.attached(i) || i == 0 {
        return false;
    }
    let p = i - 1;
    if cur.is_word(p) {
        return !cur.is_any(p, JOINING_PREFIXES);
    }
    if cur.is_any(p, &["-", "‑"]) && cur.attached(p) && p > 0 {
        let pp = p - 1;
        return cur.is_word(pp) && !cur.is_any(pp, JOINING_PREFIXES);
    }
    false
}

/// A numeral right after a capitalized word that is no function word:
/// `Apollo 11`, `Boeing 747`, `Article 5`, `Vision 2030`. This holds at the
/// start of a sentence too: a sentence opens with a number after a
/// function word (`In 2022`, `About 300`), not after a noun.
/// Names of documents and events that carry their year (`the Companies Act
/// 1965`, `Budget 2024`): the number after them is the year.
const YEAR_NAMES: &[&str] = &[
    "Act", "Acts", "Bill", "Law", "Treaty", "Accord", "Agreement", "Convention", "Declaration",
    "Protocol", "Budget", "Census", "Summit", "Games", "Olympics", "Expo", "Election", "Elections",
];

/// Whether the name before a four-digit number is one that carries a year.
pub(crate) fn year_name_before(cur: &Cursor<'_, '_>, i: usize) -> bool {
    i > 0 && cur.spaced(i) && YEAR_NAMES.iter().any(|w| cur.is_exact(i - 1, w))
}

pub(crate) fn after_name(cur: &Cursor<'_, '_>, i: usize) -> bool {
    if i == 0 || !cur.spaced(i) {
        return false;
    }
    let p = i - 1;
    // `iPhone 15`, `eBay 2`: a capital anywhere marks a name.
    let capitalized = cur.is_word(p) && cur.text(p).chars().any(char::is_uppercase);
    capitalized
        && !super::index::word_set!(NOT_NAMES).contains(cur.text(p))
        && !dates::is_month_or_weekday(cur.text(p))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Document;

    fn blocked_texts(text: &str) -> Vec<String> {
        let doc = Document::parse(text);
        let cur = Cursor::new(&doc);
        blocked_ranges(&cur).into_iter().map(|(s, e)| cur.span(s, e).of(text).to_string()).collect()
    }

    #[test]
    fn blocks_addresses_and_phones() {
        assert_eq!(blocked_texts("see www.example.com/2024/05 now"), ["www.example.com/2024/05"]);
        assert_eq!(blocked_texts("mail kim99@news.co.kr today"), ["kim99@news.co.kr"]);
        assert_eq!(blocked_texts("call +82 2 1234 5678 now"), ["+82 2 1234 5678"]);
        assert_eq!(blocked_texts("call 010-1234-5678 or 555-1234"), ["010-1234-5678", "555-1234"]);
        assert_eq!(blocked_texts("Policy (0/250)"), ["(0/250)"]);
    }

    #[test]
    fn leaves_dates_and_ranges() {
        assert!(blocked_texts("on 2025-02-27 and 2/27/2025, 5-7 people, 2019-2020").is_empty());
    }
}
