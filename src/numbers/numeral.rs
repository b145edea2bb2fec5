//! Numerals as written in English news: `1,587`, `0.001`, `2025`, and the
//! European `1.587.000`.

/// A numeral's digits, kept as an integer and a decimal shift so that
/// `1.5 billion` scales exactly instead of through a rounded `1.5 * 1e9`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Numeral {
    /// All digits as one integer (`1,587.25` → 158725).
    pub mantissa: u64,
    /// Digits after the decimal point.
    pub frac_digits: u32,
    /// Digits before the decimal point.
    pub int_digits: u32,
    /// Written with thousands separators.
    pub grouped: bool,
    /// An integer with a superfluous leading zero (`05`, `007`): a code or
    /// a clock part, not an amount.
    pub leading_zero: bool,
}

/// Powers of ten that `f64` represents exactly.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

pub(crate) fn pow10(e: u32) -> f64 {
    POW10.get(e as usize).copied().unwrap_or_else(|| 10f64.powi(e.min(308) as i32))
}

/// Beyond this many digits a numeral is an identifier, and `u64` could overflow.
const MAX_DIGITS: u32 = 18;

impl Numeral {
    /// The value times `10^pow` (`1.5` scaled by 9 is exactly 1.5e9).
    pub fn scaled(&self, pow: u32) -> f64 {
        let m = self.mantissa as f64;
        let e = pow as i64 - self.frac_digits as i64;
        if e >= 0 {
            m * pow10(e as u32)
        } else {
            m / pow10((-e) as u32)
        }
    }

    /// The integer, when written as plain digits (no separators, no fraction).
    pub fn plain_int(&self) -> Option<u64> {
        (!self.grouped && self.frac_digits == 0).then_some(self.mantissa)
    }
}

/// Parses a numeral token. `None` for shapes that are not amounts, such as
/// `1,5` (not a thousands group) or `02.555.1234`.
pub(crate) fn parse(text: &str) -> Option<Numeral> {
    let first = *text.as_bytes().first()?;
    if !first.is_ascii_digit() {
        return None;
    }
    let dots = text.bytes().filter(|&b| b == b'.').count();
    let commas = text.bytes().filter(|&b| b == b',').count();
    let last_comma = text.rfind(',');
    let last_dot = text.rfind('.');
    let (int_part, frac_part, sep) = match (dots, commas) {
        (0, _) => (text, "", ','),
        // `1.111,11`: continental thousands dots, then a decimal comma.
        (1.., 1) if last_comma > last_dot => {
            let (i, f) = text.rsplit_once(',')?;
            (i, f, '.')
        }
        (1, _) => {
            let (i, f) = text.split_once('.')?;
            (i, f, ',')
        }
        // Several dots and no comma: European thousands (`1.587.000`).
        (_, 0) => (text, "", '.'),
        _ => return None,
    };
    if !(thousands_groups_ok(int_part, sep) || sep == ',' && indian_groups_ok(int_part))
        || !frac_part.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let mut mantissa: u64 = 0;
    let mut int_digits = 0u32;
    for b in int_part.bytes().filter(u8::is_ascii_digit) {
        mantissa = mantissa.checked_mul(10)?.checked_add(u64::from(b - b'0'))?;
        int_digits += 1;
    }
    let mut frac_digits = 0u32;
    for b in frac_part.bytes() {
        mantissa = mantissa.checked_mul(10)?.checked_add(u64::from(b - b'0'))?;
        frac_digits += 1;
    }
    if int_digits + frac_digits > MAX_DIGITS || int_digits == 0 {
        return None;
    }
    let grouped = int_part.contains(sep) && int_part.len() > 3;
    let leading_zero = int_part.starts_with('0') && int_digits > 1 && !grouped;
    Some(Numeral { mantissa, frac_digits, int_digits, grouped, leading_zero })
}

/// `12,34,567`: Indian grouping (lakhs and crores), a first group of one or
/// two digits, groups of two, and a last group of three.
fn indian_groups_ok(int_part: &str) -> bool {
    let groups: Vec<&str> = int_part.split(',').collect();
    let digits_only = |g: &str| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit());
    match groups.as_slice() {
        [first, middle @ .., last] if !middle.is_empty() => {
            digits_only(first)
                && first.len() <= 2
                && middle.iter().all(|g| g.len() == 2 && digits_only(g))
                && last.len() == 3
                && digits_only(last)
        }
        _ => false,
    }
}

/// `1,587,000`: a first group of one to three digits, then groups of three.
fn thousands_groups_ok(int_part: &str, sep: char) -> bool {
    let mut groups = int_part.split(sep);
    let Some(first) = groups.next() else { return false };
    if first.is_empty() || !first.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let mut any_sep = false;
    for g in groups {
        any_sep = true;
        if g.len() != 3 || !g.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
    }
    !any_sep || first.len() <= 3
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(s: &str) -> Option<f64> {
        parse(s).map(|n| n.scaled(0))
    }

    #[test]
    fn reads_english_numerals() {
        assert_eq!(value("1,587"), Some(1587.0));
        assert_eq!(value("0.001"), Some(0.001));
        assert_eq!(value("2025"), Some(2025.0));
        assert_eq!(value("1,234,567.5"), Some(1_234_567.5));
        assert_eq!(value("1.587.000"), Some(1_587_000.0));
    }

    #[test]
    fn scales_exactly() {
        let n = parse("2.3").unwrap();
        assert_eq!(n.scaled(9), 2.3e9);
        assert_eq!(parse("1.5").unwrap().scaled(9), 1.5e9);
        assert_eq!(parse("15").unwrap().scaled(6), 15e6);
    }

    #[test]
    fn rejects_non_amounts() {
        for s in [
            "1,5", "12,34", "1,5.3", "02.555.1234", "1234,567", "1.5.3", "", "x",
            "1234567890123456789012",
        ] {
            assert!(parse(s).is_none(), "{s}");
        }
    }

    #[test]
    fn flags_codes_and_groups() {
        assert!(parse("007").unwrap().leading_zero);
        assert!(!parse("0.5").unwrap().leading_zero);
        assert!(parse("1,000").unwrap().grouped);
        assert_eq!(parse("1999").unwrap().plain_int(), Some(1999));
        assert_eq!(parse("1,999").unwrap().plain_int(), None);
    }
}
