//! Qualifiers: the words before a number that bound or soften it (`about
//! 200`, `more than $5 million`, `up to 40 km`, `nearly three years`).
//! They stay outside the mention's span and ride along as a field.

use super::cursor::Cursor;
use super::{NumberKind, Qualifier};

/// Token sequences (see `Cursor::match_form`) and what they mean, longest
/// first where one is a prefix of another's tail.
const PHRASES: &[(&str, Qualifier)] = &[
    ("more than", Qualifier::MoreThan),
    ("greater than", Qualifier::MoreThan),
    ("in excess of", Qualifier::MoreThan),
    ("upwards of", Qualifier::MoreThan),
    ("upward of", Qualifier::MoreThan),
    ("well over", Qualifier::MoreThan),
    ("just over", Qualifier::MoreThan),
    ("over", Qualifier::MoreThan),
    ("above", Qualifier::MoreThan),
    ("exceeding", Qualifier::MoreThan),
    ("at least", Qualifier::AtLeast),
    ("no fewer than", Qualifier::AtLeast),
    ("no less than", Qualifier::AtLeast),
    ("not less than", Qualifier::AtLeast),
    ("a minimum of", Qualifier::AtLeast),
    ("minimum of", Qualifier::AtLeast),
    ("less than", Qualifier::LessThan),
    ("fewer than", Qualifier::LessThan),
    ("just under", Qualifier::Nearly),
    ("under", Qualifier::LessThan),
    ("below", Qualifier::LessThan),
    ("at most", Qualifier::AtMost),
    ("no more than", Qualifier::AtMost),
    ("not more than", Qualifier::AtMost),
    ("a maximum of", Qualifier::AtMost),
    ("maximum of", Qualifier::AtMost),
    ("up to", Qualifier::UpTo),
    ("as many as", Qualifier::UpTo),
    ("as much as", Qualifier::UpTo),
    ("as high as", Qualifier::UpTo),
    ("about", Qualifier::About),
    ("around", Qualifier::About),
    ("roughly", Qualifier::About),
    ("approximately", Qualifier::About),
    ("approx", Qualifier::About),
    ("an estimated", Qualifier::About),
    ("estimated", Qualifier::About),
    ("some", Qualifier::About),
    ("circa", Qualifier::About),
    ("nearly", Qualifier::Nearly),
    ("almost", Qualifier::Nearly),
    ("close to", Qualifier::Nearly),
    ("exactly", Qualifier::Exactly),
    ("precisely", Qualifier::Exactly),
];

/// The longest phrase that ends right before token `start`.
pub(crate) fn before(cur: &Cursor<'_, '_>, start: usize, kind: NumberKind) -> Option<Qualifier> {
    if start == 0 {
        return None;
    }
    // `~200`, `c. 1850`
    if cur.is_exact(start - 1, "~") && cur.attached(start) {
        return Some(Qualifier::About);
    }
    // Dates and times take only the approximations (`around 3 p.m.`), and
    // never `some`/`over` (`over the weekend`, `some Tuesday`).
    let temporal = matches!(kind, NumberKind::Date | NumberKind::Time);
    let ordinal = kind == NumberKind::Ordinal;
    if ordinal {
        return None;
    }
    // Only phrases whose last word is the word before the number.
    static LAST_WORDS: std::sync::OnceLock<Vec<(&'static str, usize)>> = std::sync::OnceLock::new();
    let last_words = LAST_WORDS.get_or_init(|| {
        PHRASES
            .iter()
            .map(|(p, _)| (p.rsplit(' ').next().unwrap_or(p), p.split(' ').count()))
            .collect()
    });
    let last = cur.text(start - 1);
    for (&(phrase, q), &(last_word, words)) in PHRASES.iter().zip(last_words) {
        if !last_word.eq_ignore_ascii_case(last) {
            continue;
        }
        let Some(first) = start.checked_sub(words) else { continue };
        if cur.match_form(first, phrase, false) != Some(start) || !cur.spaced(start) {
            continue;
        }
        if temporal && !matches!(q, Qualifier::About) {
            continue;
        }
        if temporal && cur.is(first, "some") {
            continue;
        }
        // `How about Friday?`, `what about 5 pm`: a suggestion, no estimate.
        if cur.is(first, "about") && first.checked_sub(1).is_some_and(|p| cur.is_any(p, &["how", "what"])) {
            continue;
        }
        return Some(q);
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::numbers::{find_numbers, Qualifier};
    use crate::text::Document;

    fn q(text: &str) -> Vec<(String, Option<Qualifier>)> {
        let doc = Document::parse(text);
        find_numbers(&doc).into_iter().map(|n| (n.span.of(text).to_string(), n.qualifier)).collect()
    }

    #[test]
    fn qualifiers_stay_outside_the_span() {
        assert_eq!(q("more than 200 people"), [("200".into(), Some(Qualifier::MoreThan))]);
        assert_eq!(q("about $5 million"), [("$5 million".into(), Some(Qualifier::About))]);
        assert_eq!(q("up to 40 km"), [("40 km".into(), Some(Qualifier::UpTo))]);
        assert_eq!(q("at least 3 dead"), [("3".into(), Some(Qualifier::AtLeast))]);
        assert_eq!(q("nearly three years"), [("three years".into(), Some(Qualifier::Nearly))]);
        assert_eq!(q("it fell 5 percent"), [("5 percent".into(), None)]);
        assert_eq!(q("How about 5 pm?"), [("5 pm".into(), None)]);
    }
}
