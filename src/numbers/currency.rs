//! Currencies: symbols and codes before an amount (`$`, `US$`, `€`, `KRW`),
//! names after it (`dollars`, `trillion won`, `pounds sterling`), each
//! mapped to its ISO 4217 code.

use super::cursor::Cursor;
use super::index::{word_set, FormIndex};

/// One-character symbols. `¥` is read as yen: the yuan is usually written
/// out or as `CNY`/`RMB` in English news.
const SYMBOLS: &[(&str, &str)] = &[
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("₩", "KRW"),
    ("₹", "INR"),
    ("₽", "RUB"),
    ("₴", "UAH"),
    ("₪", "ILS"),
    ("₺", "TRY"),
    ("₱", "PHP"),
    ("₫", "VND"),
    ("₾", "GEL"),
    ("₦", "NGN"),
    ("₸", "KZT"),
    ("฿", "THB"),
    ("₼", "AZN"),
    ("₵", "GHS"),
    ("₿", "BTC"),
];

/// Letters glued before `$` that name which dollar (`US$`, `HK$`).
pub(crate) const DOLLAR_PREFIXES: &[(&str, &str)] = &[
    ("US", "USD"),
    ("A", "AUD"),
    ("AU", "AUD"),
    ("C", "CAD"),
    ("CA", "CAD"),
    ("HK", "HKD"),
    ("S", "SGD"),
    ("SG", "SGD"),
    ("NZ", "NZD"),
    ("NT", "TWD"),
    ("R", "BRL"),
    ("MX", "MXN"),
    ("Mex", "MXN"),
    ("USD", "USD"),
    ("CAD", "CAD"),
    ("AUD", "AUD"),
    ("HKD", "HKD"),
    ("SGD", "SGD"),
    ("NZD", "NZD"),
];

/// ISO codes as written in news copy, exact case; `RMB` is the yuan.
pub(crate) const CODES: &[(&str, &str)] = &[
    ("USD", "USD"),
    ("EUR", "EUR"),
    ("GBP", "GBP"),
    ("JPY", "JPY"),
    ("CNY", "CNY"),
    ("RMB", "CNY"),
    ("KRW", "KRW"),
    ("RUB", "RUB"),
    ("INR", "INR"),
    ("CHF", "CHF"),
    ("AUD", "AUD"),
    ("CAD", "CAD"),
    ("HKD", "HKD"),
    ("SGD", "SGD"),
    ("TWD", "TWD"),
    ("UAH", "UAH"),
    ("BRL", "BRL"),
    ("MXN", "MXN"),
    ("NZD", "NZD"),
    ("ZAR", "ZAR"),
    ("SAR", "SAR"),
    ("AED", "AED"),
    ("ILS", "ILS"),
    ("BTC", "BTC"),
];

/// Codes with an `M` for millions glued on, as finance writes them
/// (`30 MUSD`).
const MILLION_CODES: &[(&str, &str)] =
    &[("MUSD", "USD"), ("MEUR", "EUR"), ("MGBP", "GBP"), ("MCHF", "CHF"), ("MSEK", "SEK"), ("MNOK", "NOK")];

/// Words written before the amount in wire and regional copy: AP's
/// `dlrs 220 million`, Malaysia's `RM10`, India's `Rs 500`.
pub(crate) const WORD_PREFIXES: &[(&str, &str)] =
    &[("dlrs", "USD"), ("dlr", "USD"), ("RM", "MYR"), ("Rs", "INR")];

/// Currency names after an amount, as token sequences (see `Cursor::match_form`).
/// Longer qualified names come first where they share a last word.
const NAMES: &[(&str, &str)] = &[
    ("U.S. dollars", "USD"),
    ("US dollars", "USD"),
    ("American dollars", "USD"),
    ("Hong Kong dollars", "HKD"),
    ("Singapore dollars", "SGD"),
    ("Australian dollars", "AUD"),
    ("Canadian dollars", "CAD"),
    ("New Zealand dollars", "NZD"),
    ("New Taiwan dollars", "TWD"),
    ("Taiwan dollars", "TWD"),
    ("dollars", "USD"),
    ("dollar", "USD"),
    ("euros", "EUR"),
    ("euro", "EUR"),
    ("pounds sterling", "GBP"),
    ("sterling", "GBP"),
    ("pence", "GBP"),
    ("cents", "USD"),
    ("cent", "USD"),
    ("Japanese yen", "JPY"),
    ("yen", "JPY"),
    ("Chinese yuan", "CNY"),
    ("yuan", "CNY"),
    ("renminbi", "CNY"),
    ("South Korean won", "KRW"),
    ("Korean won", "KRW"),
    ("won", "KRW"),
    ("rubles", "RUB"),
    ("ruble", "RUB"),
    ("roubles", "RUB"),
    ("rouble", "RUB"),
    ("Indian rupees", "INR"),
    ("rupees", "INR"),
    ("hryvnias", "UAH"),
    ("hryvnia", "UAH"),
    ("Swiss francs", "CHF"),
    ("shekels", "ILS"),
    ("riyals", "SAR"),
    ("dirhams", "AED"),
    ("baht", "THB"),
    ("ringgit", "MYR"),
    ("rupiah", "IDR"),
    ("Turkish lira", "TRY"),
    ("lira", "TRY"),
    ("US dollar", "USD"),
    ("U.S. dollar", "USD"),
    ("Swiss franc", "CHF"),
    ("Norwegian kroner", "NOK"),
    ("Danish kroner", "DKK"),
    ("Swedish kronor", "SEK"),
    ("Mexican pesos", "MXN"),
    ("Philippine pesos", "PHP"),
    ("bitcoins", "BTC"),
    ("bitcoin", "BTC"),
    ("satoshis", "BTC"),
    // Names that do not say which country's currency: no ISO code.
    ("francs", ""),
    ("kroner", ""),
    ("krona", ""),
    ("kronor", ""),
    ("pesos", ""),
    ("dinars", ""),
    ("pennies", ""),
    ("penny", ""),
];

/// Hundredths of the currency they follow.
const SUBUNITS: &[&str] = &["cents", "cent", "pence", "penny", "pennies"];

fn lookup(table: &'static [(&'static str, &'static str)], text: &str) -> Option<&'static str> {
    // Exact case: the packed maps fold case, so they only pre-filter.
    let known = if std::ptr::eq(table, SYMBOLS) {
        true
    } else if std::ptr::eq(table, CODES) {
        word_set!(&CODES.iter().map(|(c, _)| *c).collect::<Vec<_>>()).contains(text)
    } else {
        true
    };
    if !known {
        return None;
    }
    table.iter().find(|(t, _)| *t == text).map(|&(_, code)| code)
}

/// A currency written before the amount: its code and the amount's token.
/// `$5`, `$ 75 million` (wire copy spaces the symbol), `US$1.5 billion`,
/// `KRW 1,000`.
pub(crate) fn prefix(cur: &Cursor<'_, '_>, i: usize) -> Option<(&'static str, usize)> {
    let t = cur.text(i);
    if cur.is_number(i) {
        return None;
    }
    if let Some(code) = lookup(SYMBOLS, t).filter(|_| !cur.is_word(i)) {
        return cur.is_number(i + 1).then_some((code, i + 1));
    }
    if !cur.is_word(i) {
        return None;
    }
    // Only a few words open an amount of money.
    static PREFIX_WORDS: std::sync::OnceLock<super::index::WordSet> = std::sync::OnceLock::new();
    let prefix_words = PREFIX_WORDS.get_or_init(|| {
        let words: Vec<&str> = DOLLAR_PREFIXES
            .iter()
            .chain(WORD_PREFIXES)
            .chain(CODES)
            .map(|(w, _)| *w)
            .chain(["u"])
            .collect();
        super::index::WordSet::new(&words)
    });
    if !prefix_words.contains(t) {
        return None;
    }
    // `US$5`, `us $ 150 million`, `c $ 16.4 million`, `cad$ 15`, `Mex$ 10
    // million`: a dollar named by the letters before `$`.
    let upper = t.to_ascii_uppercase();
    let dollar_code = lookup(DOLLAR_PREFIXES, t)
        .or_else(|| DOLLAR_PREFIXES.iter().find(|(p, _)| p.eq_ignore_ascii_case(t)).map(|&(_, c)| c));
    if let Some(code) = dollar_code {
        // Spaced, only letters that are no English word (`us $`, `c $`,
        // `cad $`), never `a $5` or the `s` of `week's $8`.
        let spaced_ok = upper == "US" || upper == "C" || t.len() >= 3;
        let dollar = cur.is_exact(i + 1, "$")
            && (cur.attached(i + 1) || spaced_ok)
            && cur.is_number(i + 2)
            && !(cur.attached(i) && i > 0 && !cur.is_word(i - 1) && t.len() == 1 && !cur.is_exact(i, "C"));
        if dollar {
            return Some((code, i + 2));
        }
        // `USD 200`, `CAD15`: a three-letter code is a currency on its own.
        if t.len() < 3 {
            return None;
        }
    }
    // `U.S. $5`, `u.s $ 100,000,000`
    if cur.is(i, "u") && cur.is_exact(i + 1, ".") && cur.is(i + 2, "s") {
        let k = if cur.is_exact(i + 3, ".") { i + 4 } else { i + 3 };
        if cur.is_exact(k, "$") && cur.is_number(k + 1) {
            return Some(("USD", k + 1));
        }
        return None;
    }
    if let Some(code) = lookup(WORD_PREFIXES, t) {
        let k = if cur.is_exact(i + 1, ".") && cur.attached(i + 1) { i + 2 } else { i + 1 };
        return cur.is_number(k).then_some((code, k));
    }
    // Codes in any case (`usd 20`, `rmb 10`) right before the amount.
    let code = lookup(CODES, t).or_else(|| {
        (t.len() == 3 && cur.lower_initial(i))
            .then(|| CODES.iter().find(|(c, _)| c.eq_ignore_ascii_case(t)).map(|&(_, code)| code))
            .flatten()
    })?;
    // `USD115`: glued is fine too.
    cur.is_number(i + 1).then_some((code, i + 1))
}

/// A currency named after the amount, starting at `j`: the code, the end,
/// and the factor to the main unit (0.01 for `cents`). `pounds` is money
/// only with a scale word or `sterling` (`5 million pounds`); otherwise the
/// unit table reads it as weight.
pub(crate) fn suffix(
    cur: &Cursor<'_, '_>,
    j: usize,
    scaled: bool,
) -> Option<(&'static str, usize, f64)> {
    // `115USD`, `10 €`: codes and symbols may also follow the amount, as
    // long as they do not open the next one (`by 2030 $1 trillion`).
    if let Some(code) = lookup(CODES, cur.text(j)).or_else(|| lookup(SYMBOLS, cur.text(j))) {
        let opens_next = cur.is_number(j + 1) || (cur.attached(j + 1) && cur.is_word(j + 1));
        return (!opens_next).then_some((code, j + 1, 1.0));
    }
    if let Some(code) = lookup(MILLION_CODES, cur.text(j)) {
        return Some((code, j + 1, 1e6));
    }
    if !cur.spaced(j) {
        return None;
    }
    // `hundreds of pounds of provisions` is weight.
    if scaled && cur.is(j, "pounds") && !cur.is(j + 1, "of") {
        let end = if cur.is(j + 1, "sterling") { j + 2 } else { j + 1 };
        return Some(("GBP", end, 1.0));
    }
    static INDEX: std::sync::OnceLock<FormIndex> = std::sync::OnceLock::new();
    let index = INDEX.get_or_init(|| FormIndex::new(NAMES.iter().map(|(n, _)| *n)));
    for &k in index.get(cur.text(j)) {
        let Some(&(name, code)) = NAMES.get(usize::from(k)) else { continue };
        if let Some(end) = cur.match_form(j, name, false) {
            let factor = if cur.is(end - 1, "satoshis") {
                1e-8
            } else if SUBUNITS.iter().any(|s| cur.is(end - 1, s)) {
                0.01
            } else {
                1.0
            };
            return Some((code, end, factor));
        }
    }
    None
}
