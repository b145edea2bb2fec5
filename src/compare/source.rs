//! Guessing an article's source from its text: `Original Source: X`,
//! `Source: X`, a dateline's agency (`SEOUL (Reuters) -`), an agency tag
//! closing the article (`BLOOMBERG`, `— AFP`), a byline (`By Jane Doe`).

use regex::Regex;
use std::sync::OnceLock;

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

struct Patterns {
    source: Regex,
    dateline: Regex,
    tag: Regex,
    byline: Regex,
}

fn patterns() -> Option<&'static Patterns> {
    static P: OnceLock<Option<Patterns>> = OnceLock::new();
    P.get_or_init(|| {
        Some(Patterns {
            source: Regex::new(r"(?m)^\s*([Oo]riginal\s+|ORIGINAL\s+)?(?:[Ss]ource|SOURCE)\s*:\s*(\S.{0,60}?)\s*$").ok()?,
            dateline: Regex::new(r"\(([A-Z][A-Za-z&.]*(?: [A-Z][A-Za-z&.]*){0,3})\)\s*[-–—]").ok()?,
            tag: Regex::new(r"^[-–—(\s]*([A-Z][A-Z&.]+(?: [A-Z][A-Z&.]+){0,3})[)\s]*$").ok()?,
            byline: Regex::new(r"(?m)^\s*(?:BY|By)\s+([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})\s*(?:[,|]\s*(.+?))?\s*$").ok()?,
        })
    })
    .as_ref()
}

/// The source an article names for itself, if any: `Original Source: X` or
/// `Source: X` (a web address loses its scheme and `www.`), the agency of a
/// dateline (`SEOUL, Feb 27 (Reuters) -`), an all-capitals agency tag on the
/// last line (`BLOOMBERG`, `— AFP`), else a byline's name (`By Jane Doe`;
/// `By Jane Doe, Bloomberg` gives the outlet).
pub fn guess_source_name(text: &str) -> Option<String> {
    let p = patterns()?;
    let mut best: Option<(bool, String)> = None;
    for c in p.source.captures_iter(text) {
        let original = c.get(1).is_some();
        if let Some(name) = c.get(2).and_then(|m| clean(m.as_str())) {
            if best.as_ref().is_none_or(|(o, _)| original && !o) {
                best = Some((original, name));
            }
        }
    }
    if let Some((_, name)) = best {
        return Some(name);
    }
    let head: String = text.chars().take(600).collect();
    if let Some(name) = p.dateline.captures(&head).and_then(|c| c.get(1)).and_then(|m| clean(m.as_str())) {
        return Some(name);
    }
    let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    if lines.len() > 1 {
        if let Some(last) = lines.last() {
            if let Some(name) = p.tag.captures(last).and_then(|c| c.get(1)).and_then(|m| clean(m.as_str())) {
                return Some(display(&name));
            }
        }
    }
    for line in lines.iter().take(12) {
        if let Some(c) = p.byline.captures(line) {
            let name = c.get(2).or(c.get(1)).and_then(|m| clean(m.as_str()));
            if let Some(n) = name {
                return Some(display(&n));
            }
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
    }
}
