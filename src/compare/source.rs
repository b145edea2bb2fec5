//! Guessing an article's source from its text: `Original Source: X`,
//! `Source: X`, a dateline's agency (`SEOUL (Reuters) -`), an agency tag
//! closing the article (`BLOOMBERG`, `— AFP`), a byline (`By Jane Doe`).

fn clean(name: &str) -> Option<String> {
    let mut s = name.trim().trim_end_matches(['.', ',', ';', ':']).trim();
    for p in ["https://", "http://", "www."] {
        if let Some(r) = s.strip_prefix(p) {
            s = r;
        }
    }
    let s = s.trim_end_matches('/').trim();
    if s.is_empty() || s.chars().count() > 60 {
        None
    } else {
        Some(s.to_string())
    }
}

/// An all-capitals name longer than an acronym, in title case (`BLOOMBERG`
/// → `Bloomberg`); acronyms (`AFP`, `TRT`) and mixed case stay as written.
fn display(name: &str) -> String {
    let letters: Vec<char> = name.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() <= 4 || letters.iter().any(|c| c.is_lowercase()) {
        return name.to_string();
    }
    name.split(' ')
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(f) => f.to_uppercase().chain(cs.flat_map(char::to_lowercase)).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<String>>()
        .join(" ")
}

/// `Source`, `source` or `SOURCE` at the start of `s`.
fn is_source_word(s: &str) -> bool {
    ["Source", "source", "SOURCE"].iter().any(|w| s.starts_with(w))
}

/// The first byte at or after `i` that is not whitespace (or the end).
fn skip_ws(text: &str, i: usize) -> usize {
    text.get(i..)
        .and_then(|t| t.find(|c: char| !c.is_whitespace()))
        .map_or(text.len(), |j| i + j)
}

/// Where a line ends if only whitespace follows `x` on it: the last line
/// break (or the end of the text) reached through whitespace from `x`.
fn end_through_ws(text: &str, x: usize) -> Option<usize> {
    let mut best = None;
    for (j, c) in text.get(x..)?.char_indices() {
        if c == '\n' {
            best = Some(x + j);
        }
        if !c.is_whitespace() {
            return best;
        }
    }
    Some(text.len())
}

/// A `[Original] Source: X` label whose first word starts the line at `p`
/// (blank lines and indentation before it allowed; the name may follow on
/// the next line): whether it says `Original`, the name (up to 61
/// characters, then only whitespace to the end of its line) and where the
/// label ends (for the next search).
fn source_label(text: &str, p: usize) -> Option<(bool, &str, usize)> {
    let q = skip_ws(text, p);
    let rest = text.get(q..)?;
    let original = ["Original", "original", "ORIGINAL"].iter().any(|w| rest.starts_with(w));
    let label_end = if original {
        let ws_end = skip_ws(text, q + 8);
        if ws_end == q + 8 || !is_source_word(text.get(ws_end..)?) {
            return None;
        }
        ws_end + 6
    } else if is_source_word(rest) {
        q + 6
    } else {
        return None;
    };
    let colon = skip_ws(text, label_end);
    if !text.get(colon..)?.starts_with(':') {
        return None;
    }
    let start = skip_ws(text, colon + 1);
    let mut chars = text.get(start..)?.chars();
    let mut x = start + chars.next()?.len_utf8();
    for _ in 0..=60 {
        if let Some(end) = end_through_ws(text, x) {
            return Some((original, text.get(start..x)?, end));
        }
        match chars.next() {
            Some(c) if c != '\n' => x += c.len_utf8(),
            _ => return None,
        }
    }
    None
}

/// The name a `Source:` line gives, the first `Original Source:` winning
/// over the first plain `Source:`.
fn source_line_name(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut best: Option<(bool, String)> = None;
    let mut pos = 0;
    while pos <= text.len() {
        // The next line start at or after `pos`.
        let p = if pos == 0 || bytes[pos - 1] == b'\n' {
            pos
        } else {
            match bytes[pos..].iter().position(|&b| b == b'\n') {
                Some(i) => pos + i + 1,
                None => break,
            }
        };
        match source_label(text, p) {
            Some((original, name, end)) => {
                if let Some(name) = clean(name) {
                    if best.as_ref().is_none_or(|(o, _)| original && !o) {
                        best = Some((original, name));
                    }
                }
                pos = end.max(p + 1);
            }
            None => pos = p + 1,
        }
    }
    best.map(|(_, name)| name)
}

/// Words of capitals and `&` or `.`, separated by single spaces, at the
/// start of `s` (at most `max` words, each of `min_len` characters or more;
/// `more` tells which characters may follow a word's first capital): the
/// length of the run.
fn capital_words(s: &str, max: usize, min_len: usize, more: impl Fn(char) -> bool) -> Option<usize> {
    let word = |at: usize| -> Option<usize> {
        let t = s.get(at..)?;
        if !t.starts_with(|c: char| c.is_ascii_uppercase()) {
            return None;
        }
        let len = 1 + t[1..].find(|c: char| !more(c)).unwrap_or(t.len() - 1);
        (t[..len].chars().count() >= min_len).then_some(len)
    };
    let mut end = word(0)?;
    for _ in 1..max {
        match s.get(end..).filter(|t| t.starts_with(' ')).and_then(|_| word(end + 1)) {
            Some(len) => end += 1 + len,
            None => break,
        }
    }
    Some(end)
}

/// The agency in a dateline's parentheses: `SEOUL, Feb 27 (Reuters) -`.
fn dateline_agency(head: &str) -> Option<&str> {
    let agency_char = |c: char| c.is_ascii_alphabetic() || c == '&' || c == '.';
    head.match_indices('(').find_map(|(i, _)| {
        let inner = head.get(i + 1..)?;
        let len = capital_words(inner, 4, 1, agency_char)?;
        let after = inner.get(len..)?.strip_prefix(')')?;
        after
            .trim_start()
            .starts_with(['-', '–', '—'])
            .then(|| &inner[..len])
    })
}

/// An all-capitals agency tag filling a line: `BLOOMBERG`, `— AFP`, `(AP)`.
fn agency_tag(line: &str) -> Option<&str> {
    let s = line.trim_start_matches(|c: char| matches!(c, '-' | '–' | '—' | '(') || c.is_whitespace());
    let tag_char = |c: char| c.is_ascii_uppercase() || c == '&' || c == '.';
    let len = capital_words(s, 4, 2, tag_char)?;
    s[len..]
        .chars()
        .all(|c| c == ')' || c.is_whitespace())
        .then(|| &s[..len])
}

/// A character of a byline's name: a word character (letters, ASCII
/// digits, `_`, combining accents), `.`, `'`, `’` or `-`.
fn name_char(c: char) -> bool {
    c.is_alphabetic()
        || c.is_ascii_digit()
        || matches!(c, '_' | '.' | '\'' | '’' | '-')
        || matches!(c as u32, 0x300..=0x36F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// A byline: `By Jane Doe` gives the name; `By Jane Doe, Bloomberg` or
/// `BY JANE DOE | Reuters` the outlet after the comma or bar. Up to four
/// capitalized words; nothing else on the line.
fn byline_name(line: &str) -> Option<&str> {
    let t = line.trim_start();
    let t = t.strip_prefix("BY").or_else(|| t.strip_prefix("By"))?;
    let names = t.trim_start();
    if names.len() == t.len() {
        return None;
    }
    let word = |s: &str| -> Option<usize> {
        if !s.starts_with(|c: char| c.is_ascii_uppercase()) {
            return None;
        }
        let len = 1 + s[1..].find(|c: char| !name_char(c)).unwrap_or(s.len() - 1);
        (len > 1).then_some(len)
    };
    let mut end = word(names)?;
    for _ in 1..4 {
        let gap = skip_ws(names, end);
        match names.get(gap..).filter(|_| gap > end).and_then(word) {
            Some(len) => end = gap + len,
            None => break,
        }
    }
    let rest = names[end..].trim_start();
    if rest.is_empty() {
        return Some(&names[..end]);
    }
    let outlet = rest.strip_prefix([',', '|'])?.trim();
    (!outlet.is_empty()).then_some(outlet)
}

/// The source an article names for itself, if any: `Original Source: X` or
/// `Source: X` (a web address loses its scheme and `www.`), the agency of a
/// dateline (`SEOUL, Feb 27 (Reuters) -`), an all-capitals agency tag on the
/// last line (`BLOOMBERG`, `— AFP`), else a byline's name (`By Jane Doe`;
/// `By Jane Doe, Bloomberg` gives the outlet).
///
/// Hand-written matching, no regex: the page's worker then ships no regex
/// engine (about 160 KB gzipped). The tests check it against the regular
/// expressions it was first written as.
pub fn guess_source_name(text: &str) -> Option<String> {
    if let Some(name) = source_line_name(text) {
        return Some(name);
    }
    let head: String = text.chars().take(600).collect();
    if let Some(name) = dateline_agency(&head).and_then(clean) {
        return Some(name);
    }
    let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    if lines.len() > 1 {
        if let Some(name) = lines.last().and_then(|l| agency_tag(l)).and_then(clean) {
            return Some(display(&name));
        }
    }
    for line in lines.iter().take(12) {
        if let Some(name) = byline_name(line).and_then(clean) {
            return Some(display(&name));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::guess_source_name as g;

    #[test]
    fn guesses() {
        assert_eq!(g("Text here.\nMore text.\nBLOOMBERG").as_deref(), Some("Bloomberg"));
        assert_eq!(g("Text here.\nSource: TRT\n").as_deref(), Some("TRT"));
        assert_eq!(g("Source: AP\nText.\nOriginal Source: www.nknews.org/").as_deref(), Some("nknews.org"));
        assert_eq!(g("SEOUL, Feb 27 (Reuters) - North Korea fired.").as_deref(), Some("Reuters"));
        assert_eq!(g("Headline\nBY JANE DOE\nText.").as_deref(), Some("Jane Doe"));
        assert_eq!(g("Headline\nBy Jane Doe, Bloomberg\nText.").as_deref(), Some("Bloomberg"));
        assert_eq!(g("Headline\nText of the article.\n— AFP").as_deref(), Some("AFP"));
        assert_eq!(g("Just a sentence."), None);
        assert_eq!(g(""), None);
        // The name on the line after its label; the first original wins.
        assert_eq!(g("Text.\nSource:\n  Reuters\n").as_deref(), Some("Reuters"));
        assert_eq!(g("Source: A1\nORIGINAL source : B2\nOriginal Source: C3").as_deref(), Some("B2"));
        assert_eq!(g("Sources: many\nText."), None);
        assert_eq!(g("LONDON (Thomson Reuters) — Markets.").as_deref(), Some("Thomson Reuters"));
        assert_eq!(g("Text.\n(AP)").as_deref(), Some("AP"));
        assert_eq!(g("Text.\nBy Ana Lima | Folha").as_deref(), Some("Folha"));
        assert_eq!(g("Text.\nBy Ana Lima and Joe Bloggs"), None);
    }

    /// The regular expressions the guesses were first written with: the
    /// hand-written matching must agree with them.
    fn by_regex(text: &str) -> Option<String> {
        use regex::Regex;
        use std::sync::OnceLock;
        static RES: OnceLock<[Regex; 4]> = OnceLock::new();
        let [source, dateline, tag, byline] = RES.get_or_init(|| {
            [
                Regex::new(r"(?m)^\s*([Oo]riginal\s+|ORIGINAL\s+)?(?:[Ss]ource|SOURCE)\s*:\s*(\S.{0,60}?)\s*$").unwrap(),
                Regex::new(r"\(([A-Z][A-Za-z&.]*(?: [A-Z][A-Za-z&.]*){0,3})\)\s*[-–—]").unwrap(),
                Regex::new(r"^[-–—(\s]*([A-Z][A-Z&.]+(?: [A-Z][A-Z&.]+){0,3})[)\s]*$").unwrap(),
                Regex::new(r"(?m)^\s*(?:BY|By)\s+([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})\s*(?:[,|]\s*(.+?))?\s*$").unwrap(),
            ]
        });
        let mut best: Option<(bool, String)> = None;
        for c in source.captures_iter(text) {
            let original = c.get(1).is_some();
            if let Some(name) = c.get(2).and_then(|m| super::clean(m.as_str())) {
                if best.as_ref().is_none_or(|(o, _)| original && !o) {
                    best = Some((original, name));
                }
            }
        }
        if let Some((_, name)) = best {
            return Some(name);
        }
        let head: String = text.chars().take(600).collect();
        if let Some(name) = dateline.captures(&head).and_then(|c| c.get(1)).and_then(|m| super::clean(m.as_str())) {
            return Some(name);
        }
        let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        if lines.len() > 1 {
            if let Some(last) = lines.last() {
                if let Some(name) = tag.captures(last).and_then(|c| c.get(1)).and_then(|m| super::clean(m.as_str())) {
                    return Some(super::display(&name));
                }
            }
        }
        for line in lines.iter().take(12) {
            if let Some(c) = byline.captures(line) {
                if let Some(n) = c.get(2).or(c.get(1)).and_then(|m| super::clean(m.as_str())) {
                    return Some(super::display(&n));
                }
            }
        }
        None
    }

    #[test]
    fn agrees_with_the_regular_expressions() {
        const PIECES: &[&str] = &[
            "Source", "source", "SOURCE", "Sources", "Original", "original", "ORIGINAL", "Originally",
            ":", " :", ": ", " ", "  ", "\t", "\n", "\n\n", "\r\n", " \n ", "\u{a0}", "(", ")", "-", " - ",
            "–", "—", "By", "BY", "by", "By ", "BY ", "Jane", "Doe", "JANE", "AFP", "BLOOMBERG", "A", "X", "&",
            ".", ",", ", ", "|", " | ", "Reuters", "Yonhap", "de", "é", "e\u{301}", "’", "'", "www.", "https://",
            "x", "12", "Ab", "AB.C", "AT&T", "a fairly long run of words in one piece", "São", "Ōe", "²", "_",
            "SEOUL, Feb 27 ", "(Reuters) - ", "Text here.", "\n— AFP", "\nSource: TRT\n", "\nBy Ana Lima, ",
            "0123456789012345678901234567890123456789",
        ];
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        for _ in 0..40_000 {
            let len = next(24);
            let text: String = (0..len).map(|_| PIECES[next(PIECES.len())]).collect();
            assert_eq!(g(&text), by_regex(&text), "{text:?}");
        }
    }
}
