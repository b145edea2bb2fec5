//! The words a number expression can start with. Most tokens of a news
//! article are ordinary words that start none; checking this set first lets
//! the scan skip them without trying every recognizer. The set is built
//! once, from the recognizers' own tables, so it cannot drift from them.

use std::sync::OnceLock;

use super::index::{FastMap, WordMap};
use super::{amount, currency, dates, ordinals, periods, phrase, relative, times, words};

/// Which recognizers may start at a word (a bit set over
/// `mod.rs`'s recognizer order).
pub(crate) const PERIODS: u8 = 1;
pub(crate) const RELATIVE: u8 = 2;
pub(crate) const DATES: u8 = 4;
pub(crate) const TIMES: u8 = 8;
pub(crate) const ORDINALS: u8 = 16;
pub(crate) const PHRASE: u8 = 32;

/// Words that start an expression but live in no table, with the
/// recognizers they start.
const EXTRA: &[(&str, u8)] = &[
    ("a", RELATIVE | PHRASE | TIMES | ORDINALS),
    ("an", RELATIVE | PHRASE | ORDINALS),
    ("the", RELATIVE | DATES | PERIODS),
    ("half", PHRASE | TIMES | RELATIVE),
    ("quarter", PHRASE | TIMES),
    ("few", PHRASE),
    ("several", PHRASE),
    ("minus", PHRASE),
    ("negative", PHRASE),
    ("dozen", PHRASE),
    ("all", PHRASE),
    ("u", PHRASE),
    ("us", PHRASE),
    ("c", PHRASE),
    ("mex", PHRASE),
    ("every", RELATIVE),
    ("each", RELATIVE),
    ("once", RELATIVE),
    ("today", RELATIVE),
    ("tomorrow", RELATIVE),
    ("tmrw", RELATIVE),
    ("tmr", RELATIVE),
    ("yesterday", RELATIVE),
    ("tonight", RELATIVE),
    ("tonite", RELATIVE),
    ("earlier", RELATIVE),
    ("later", RELATIVE),
    ("in", RELATIVE),
    ("mid", DATES),
    ("noon", TIMES),
    ("midday", TIMES),
    ("midnight", TIMES),
    ("no", ORDINALS),
    ("q", PERIODS),
    ("h", PERIODS),
    ("final", PERIODS),
    ("last", PERIODS | RELATIVE),
    ("twenties", DATES),
    ("thirties", DATES),
    ("forties", DATES),
    ("fifties", DATES),
    ("sixties", DATES),
    ("seventies", DATES),
    ("eighties", DATES),
    ("nineties", DATES),
];

/// The recognizers punctuation may start: currency symbols and a minus
/// sign open amounts, an apostrophe a decade (`’90s`), vulgar fractions
/// amounts.
fn punct_starters(t: &str) -> u8 {
    match t {
        "'" | "’" => DATES,
        "-" | "−" => PHRASE,
        "$" | "€" | "£" | "¥" | "₩" | "₹" | "₽" | "₴" | "₪" | "₺" | "₱" | "₫" | "₾" | "₦" | "₸" | "฿"
        | "₼" | "₵" | "₿" | "½" | "¼" | "¾" | "⅓" | "⅔" | "⅛" | "⅜" | "⅝" | "⅞" | "⅕" => PHRASE,
        _ => 0,
    }
}

fn table() -> &'static WordMap<u8> {
    static TABLE: OnceLock<WordMap<u8>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let built = build();
        WordMap::new(built.iter().map(|(w, &m)| (w.as_str(), m)))
    })
}

fn build() -> FastMap<String, u8> {
    {
        let mut m: FastMap<String, u8> = FastMap::default();
        let mut add = |w: &str, mask: u8| {
            // Holiday names and other phrases: their first word.
            let first = w.split([' ', '.', '\'', '’']).next().unwrap_or(w);
            if !first.is_empty() {
                *m.entry(first.to_ascii_lowercase()).or_insert(0) |= mask;
            }
        };
        EXTRA.iter().for_each(|&(w, mask)| add(w, mask));
        let number_word = RELATIVE | TIMES | PHRASE | DATES | ORDINALS;
        words::SMALL.iter().for_each(|(w, _)| add(w, number_word));
        words::TENS.iter().for_each(|(w, _)| add(w, number_word));
        words::SCALES.iter().for_each(|(w, _)| add(w, PHRASE));
        words::DENOMINATORS.iter().for_each(|(w, p, _)| {
            add(w, PHRASE);
            add(p, PHRASE);
        });
        amount::VAGUE.iter().for_each(|(w, _)| add(w, PHRASE));
        currency::DOLLAR_PREFIXES.iter().for_each(|(w, _)| add(w, PHRASE));
        currency::CODES.iter().for_each(|(w, _)| add(w, PHRASE));
        currency::WORD_PREFIXES.iter().for_each(|(w, _)| add(w, PHRASE));
        dates::MONTHS.iter().for_each(|(w, _, _)| add(w, DATES));
        dates::WEEKDAYS.iter().for_each(|w| add(w, DATES | RELATIVE));
        dates::WEEKDAY_ABBREVIATIONS.iter().for_each(|(w, _)| add(w, DATES));
        dates::DAY_ORDINALS.iter().for_each(|(w, _)| add(w, DATES | PERIODS | ORDINALS));
        ordinals::ORDINALS.iter().for_each(|(w, _)| add(w, ORDINALS | PERIODS | DATES));
        periods::period_ordinal_words().for_each(|(w, _)| add(w, PERIODS));
        periods::SEASONS.iter().for_each(|(w, _)| add(w, PERIODS));
        periods::FIXED_HOLIDAYS.iter().for_each(|(w, _, _)| add(w, PERIODS));
        periods::MOVABLE_HOLIDAYS.iter().for_each(|(w, _)| add(w, PERIODS));
        phrase::SPAN_UNITS.iter().for_each(|w| add(w, PHRASE));
        relative::SHIFTS.iter().for_each(|(w, _)| add(w, RELATIVE));
        relative::FREQUENCIES.iter().for_each(|(w, _, _)| add(w, RELATIVE));
        times::SUN_TIMES.iter().for_each(|w| add(w, TIMES));
        m
    }
}

/// The recognizers that may start at token `t` of kind `kind`: all for
/// numerals, none for ordinary words and punctuation.
#[cfg(test)]
pub(crate) fn starters(t: &str, kind: Option<crate::text::TokenKind>) -> u8 {
    one(table(), t, kind)
}

fn one(table: &WordMap<u8>, t: &str, kind: Option<crate::text::TokenKind>) -> u8 {
    use crate::text::TokenKind;
    match kind {
        Some(TokenKind::Number) => u8::MAX,
        Some(TokenKind::Punct) => {
            // Most punctuation is ASCII and none of the starters but `$`,
            // `-` and `'` is.
            if t.len() == 1 && !matches!(t, "$" | "-" | "'") {
                0
            } else {
                punct_starters(t)
            }
        }
        Some(TokenKind::Word) => table.get(t).unwrap_or(0),
        None => 0,
    }
}

/// [`starters`] for every token of the document, computed once.
pub(crate) fn all(doc: &crate::text::Document<'_>) -> Vec<u8> {
    use crate::text::TokenKind;
    let table = table();
    let bytes = doc.text.as_bytes();
    // `US$`, `C $`, `u.s $`: a `$` within the next few tokens.
    let dollar_next = |k: usize| {
        doc.tokens.iter().skip(k + 1).take(4).any(|n| n.span.of(doc.text) == "$")
    };
    doc.tokens
        .iter()
        .enumerate()
        .map(|(k, t)| match t.kind {
            TokenKind::Number => u8::MAX,
            TokenKind::Word => {
                let word = bytes.get(t.span.start..t.span.end).unwrap_or(&[]);
                let bits = table.get_bytes(word).unwrap_or(0);
                // A lone letter (`s`, `A`, `C`) opens money only before `$`.
                if word.len() == 1 && bits == PHRASE && !dollar_next(k) {
                    0
                } else {
                    bits
                }
            }
            TokenKind::Punct => one(table, t.span.of(doc.text), Some(t.kind)),
        })
        .collect()
}

/// Whether a word token may start a number expression.
#[cfg(test)]
pub(crate) fn may_start(word: &str) -> bool {
    starters(word, Some(crate::text::TokenKind::Word)) != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_starters_and_skips_ordinary_words() {
        for w in [
            "Two",
            "hundreds",
            "February",
            "Tuesday",
            "last",
            "Christmas",
            "New",
            "USD",
            "dlrs",
            "half",
            "Q",
            "tonight",
        ] {
            assert!(may_start(w), "{w}");
        }
        for w in ["government", "Kremlin", "missile", "said", "Ukraine", "résumé"] {
            assert!(!may_start(w), "{w}");
        }
    }
}
