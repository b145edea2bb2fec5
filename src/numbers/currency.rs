//! Currencies: symbols and codes before an amount (`$`, `US$`, `€`, `KRW`),
//! names after it (`dollars`, `trillion won`, `pounds sterling`), each
//! mapped to its ISO 4217 code.

use super::cursor::Cursor;

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
];

/// Letters glued before `$` that name which dollar (`US$`, `HK$`).
const DOLLAR_PREFIXES: &[(&str, &str)] = &[
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
];

/// ISO codes as written in news copy, exact case; `RMB` is the yuan.
const CODES: &[(&str, &str)] = &[
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
];

/// Words written before the amount in wire and regional copy: AP's
/// `dlrs 220 million`, Malaysia's `RM10`, India's `Rs 500`.
const WORD_PREFIXES: &[(&str, &str)] =
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
];

/// Hundredths of the currency they follow.
const SUBUNITS: &[&str] = &["cents", "pence"];

fn lookup(table: &[(&str, &'static str)], text: &str) -> Option<&'static str> {
    table.iter().find(|(t, _)| *t == text).map(|&(_, code)| code)
}

/// A currency written before the amount: its code and the amount's token.
/// `$5`, `$ 75 million` (wire copy spaces the symbol), `US$1.5 billion`,
/// `KRW 1,000`.
pub(crate) fn prefix(cur: &Cursor<'_, '_>, i: usize) -> Option<(&'static str, usize)> {
    let t = cur.text(i);
    if let Some(code) = lookup(SYMBOLS, t) {
        return cur.is_number(i + 1).then_some((code, i + 1));
    }
    if !cur.is_word(i) {
        return None;
    }
    if let Some(code) = lookup(DOLLAR_PREFIXES, t) {
        // `US$5`; `US $5` only for the unambiguous `US`.
        let dollar =
            cur.is_exact(i + 1, "$") && (cur.attached(i + 1) || t == "US") && cur.is_number(i + 2);
        return dollar.then_some((code, i + 2));
    }
    if let Some(code) = lookup(WORD_PREFIXES, t) {
        let k = if cur.is_exact(i + 1, ".") && cur.attached(i + 1) { i + 2 } else { i + 1 };
        return cur.is_number(k).then_some((code, k));
    }
    let code = lookup(CODES, t)?;
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
    if !cur.spaced(j) {
        return None;
    }
    // `hundreds of pounds of provisions` is weight.
    if scaled && cur.is(j, "pounds") && !cur.is(j + 1, "of") {
        let end = if cur.is(j + 1, "sterling") { j + 2 } else { j + 1 };
        return Some(("GBP", end, 1.0));
    }
    for &(name, code) in NAMES {
        if let Some(end) = cur.match_form(j, name, false) {
            let factor = if SUBUNITS.iter().any(|s| cur.is(end - 1, s)) { 0.01 } else { 1.0 };
            return Some((code, end, factor));
        }
    }
    None
}
