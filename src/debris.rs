//! Page debris: lines of a pasted web page that are not the article —
//! navigation and breadcrumbs, newsletter and share/login prompts, photo
//! credits, repeated captions and headlines, comment widgets, bylines.
//!
//! Debris is decided per line, before facts: a debris line contributes no
//! fact and no quote. Entity and number mentions inside debris are still
//! reported (the annotation guide annotates `EPA-EFE`, `BLOOMBERG`, the
//! `Twitter` of a login prompt).
//!
//! One pass over the lines; repeated lines are found with a hash set of
//! their normalized text. Linear in the input.

use std::collections::HashSet;

use crate::span::Span;

/// Lowercase line openings that mark page furniture.
const PREFIXES: &[&str] = &[
    "sign up", "subscribe", "follow topic", "follow us", "photo:", "photo :", "photos:", "photo credit",
    "image:", "picture:", "credit:", "file photo", "print dictionary", "log in", "login", "to write comments",
    "share this", "share on", "share:", "read more", "read also", "related article", "related stories",
    "related:", "home >", "home ›", "home »", "click here", "advertisement", "help-image", "lock icon",
    "standards board policy", "copyright", "©", "all rights reserved", "get st's newsletters",
    "get st’s newsletters", "download the app", "download our app", "by ", "comments", "comment",
    "skip to", "menu", "newsletter", "most read", "most popular", "recommended", "topics:", "tags:",
    "whatsapp", "facebook twitter", "listen to this article", "add to", "join our", "continue reading",
    "already a subscriber", "original source", "source:", "you may also like", "more from", "this article", "loading",
];

/// Lowercase fragments that mark furniture anywhere in a short line.
const FRAGMENTS: &[&str] = &[
    "newsletter", "sign up", "log in to", "subscribe", "cookie", "(0/", "all rights reserved",
    "inbox", "share this", "javascript",
];

/// Byte spans of the debris lines of `text` (without their line breaks),
/// sorted and non-overlapping.
pub fn find_debris(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    let mut first_content = true;
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let line_start = start;
        start += line.len();
        let body = line.trim_end_matches(['\n', '\r']);
        let trimmed = body.trim();
        if trimmed.is_empty() {
            continue;
        }
        let lead = body.len() - body.trim_start().len();
        let span = Span::new(line_start + lead, line_start + lead + trimmed.len());
        let norm: String = trimmed.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
        let repeated = !seen.insert(norm.clone());
        let is_first = first_content;
        first_content = false;
        if repeated || (!is_first && is_debris_line(trimmed, &norm)) {
            out.push(span);
        }
    }
    out
}

/// Whether one line (trimmed; `norm` lowercase with single spaces) is page furniture.
pub fn is_debris_line(trimmed: &str, norm: &str) -> bool {
    let words = norm.split(' ').count();
    let ends_sentence = trimmed.ends_with(['.', '!', '?', '"', '”', '’', ')', ']']);
    if PREFIXES.iter().any(|p| norm.starts_with(p)) {
        // `By` opens bylines, but also sentences (`By noon, ...`).
        if norm.starts_with("by ") {
            return words <= 8 && !trimmed.ends_with('.');
        }
        if norm.starts_with("comment") || norm.starts_with("menu") || norm.starts_with("loading") || norm.starts_with("this article") || norm.starts_with("more from") || norm.starts_with("recommended") {
            return words <= 4;
        }
        return words <= 25;
    }
    if words <= 16 && FRAGMENTS.iter().any(|f| norm.contains(f)) {
        return true;
    }
    // Breadcrumbs: `Home > National > North Korea`.
    if words <= 12 && (norm.matches(" > ").count() >= 1 || norm.matches(" › ").count() >= 1 || norm.matches(" | ").count() >= 2) {
        return true;
    }
    // Widget crumbs: one or two words without sentence punctuation and no digit
    // (`s`, `lock icon`, `Related Article`).
    if words <= 2 && !ends_sentence && !norm.chars().any(|c| c.is_ascii_digit()) && !trimmed.ends_with(':') {
        return true;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<&str> {
        find_debris(text).iter().map(|s| s.of(text)).collect()
    }

    #[test]
    fn furniture_lines_are_debris() {
        let text = "Putin meets Kim\nSign up now: Get ST's newsletters delivered to your inbox\nRussian President Vladimir Putin met Ri.\nPHOTO: EPA-EFE\nFollow topic:\nKim fired two missiles on Feb 26.\nHome > National > North Korea\nprint dictionary print\nLog in to Twitter or Facebook account to connect\ns\nlock icon\nStandards Board Policy (0/250자)\nBY MICHAEL LEE [lee@example.com]\n";
        assert_eq!(
            lines(text),
            [
                "Sign up now: Get ST's newsletters delivered to your inbox",
                "PHOTO: EPA-EFE",
                "Follow topic:",
                "Home > National > North Korea",
                "print dictionary print",
                "Log in to Twitter or Facebook account to connect",
                "s",
                "lock icon",
                "Standards Board Policy (0/250자)",
                "BY MICHAEL LEE [lee@example.com]",
            ]
        );
    }

    #[test]
    fn repeated_lines_and_captions_are_debris_after_the_first() {
        let text = "Title here\nA caption of 3 people. [AP]\nA caption of 3 people. [AP]\nBody text with 5 numbers.\nTitle here\n";
        assert_eq!(lines(text), ["A caption of 3 people. [AP]", "Title here"]);
    }

    #[test]
    fn article_sentences_are_not_debris() {
        let text = "Headline\nBy noon, 300 people had gathered.\nThe report came shortly after Seoul said so\nComments from the minister were brief, officials said.\n";
        assert!(lines(text).is_empty(), "{:?}", lines(text));
    }
}
