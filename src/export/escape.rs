//! Text made safe for the exports' file formats, one rule per format, shared
//! by the fact sheet's exports (`crate::export`) and the comparison's
//! (`crate::compare::export`) so both write their cells and strings alike.

use std::fmt::Write as _;

/// A CSV field (RFC 4180): quoted when it holds a comma, quote or line
/// break, quotes doubled; otherwise as it is.
pub(crate) fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// Appends `s` as a JSON string literal, escaped as serde_json escapes it:
/// quote, backslash and control characters; everything else as is (UTF-8).
pub(crate) fn write_json_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_quote_commas_quotes_and_breaks() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
        assert_eq!(csv_field("=1+1"), "=1+1");
    }

    #[test]
    fn strings_escape_as_serde_json_does() {
        let all: String = (0u32..0x80).filter_map(char::from_u32).chain("’😀".chars()).collect();
        let mut s = String::new();
        write_json_string(&mut s, &all);
        assert_eq!(s, serde_json::to_string(&all).unwrap());
        let mut s = String::new();
        write_json_string(&mut s, "a\"b\\c\nd\te\u{1}f😀/g\u{7f}");
        assert_eq!(s, "\"a\\\"b\\\\c\\nd\\te\\u0001f😀/g\u{7f}\"");
    }
}
