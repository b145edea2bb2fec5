//! HTML to clean text with paragraphs, for pasted rich clipboard content and
//! dropped `.html` files. A small tolerant tag stripper, no dependency: block
//! tags become line breaks (one paragraph per line, blank lines collapsed),
//! `<br>` a line break, `script`/`style`/`noscript`/`template`/`head` content
//! is dropped, comments are skipped, character references are decoded, runs
//! of whitespace inside a paragraph become one space. Offsets of a later
//! analysis refer to the returned text. Linear; never panics.

const BLOCK_TAGS: &[&str] = &[
    "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure",
    "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol",
    "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul", "body",
    "html", "caption", "details", "summary",
];
const SKIP_TAGS: &[&str] = &["script", "style", "noscript", "template", "head", "svg", "iframe", "object"];

/// Whether `text` looks like HTML markup (worth converting).
pub fn looks_like_html(text: &str) -> bool {
    let lower = text.get(..text.len().min(4096)).unwrap_or(text).to_ascii_lowercase();
    ["<p", "<div", "<br", "<html", "<!doctype", "<span", "<meta", "<article", "<h1", "<li"]
        .iter()
        .any(|t| lower.contains(t))
}

/// Converts HTML to clean text: one paragraph per line.
pub fn to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut line = String::new();
    let mut skip_until: Option<String> = None;
    let mut rest = html;
    while !rest.is_empty() {
        if let Some(end_tag) = &skip_until {
            // Inside script/style: look for the closing tag.
            let lower_pos = find_ci(rest, end_tag);
            match lower_pos {
                Some(p) => {
                    rest = rest.get(p..).unwrap_or("");
                    skip_until = None;
                }
                None => break,
            }
            continue;
        }
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").and_then(|p| after.get(p + 3..)).unwrap_or("");
            continue;
        }
        if rest.starts_with('<') && rest.get(1..).unwrap_or("").starts_with(|c: char| c.is_ascii_alphabetic() || c == '/' || c == '!' || c == '?') {
            let close = rest.find('>').unwrap_or(rest.len());
            let tag = rest.get(1..close).unwrap_or("");
            rest = rest.get(close + 1..).unwrap_or("");
            let closing = tag.starts_with('/');
            let name: String = tag
                .trim_start_matches('/')
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect::<String>()
                .to_ascii_lowercase();
            if !closing && SKIP_TAGS.contains(&name.as_str()) && !tag.ends_with('/') {
                skip_until = Some(format!("</{name}"));
                continue;
            }
            if name == "br" {
                flush(&mut out, &mut line, false);
            } else if BLOCK_TAGS.contains(&name.as_str()) {
                flush(&mut out, &mut line, true);
            } else if matches!(name.as_str(), "td" | "th") {
                line.push(' ');
            }
            continue;
        }
        // Text up to the next tag.
        let next = rest.get(1..).and_then(|r| r.find('<')).map_or(rest.len(), |p| p + 1);
        let chunk = rest.get(..next).unwrap_or(rest);
        rest = rest.get(next..).unwrap_or("");
        decode_into(chunk, &mut line);
    }
    flush(&mut out, &mut line, true);
    while out.ends_with('\n') {
        out.pop();
    }
    out
}

fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    let h = hay.as_bytes();
    let n = needle.as_bytes();
    if n.is_empty() || h.len() < n.len() {
        return None;
    }
    (0..=h.len() - n.len()).find(|&i| h.get(i..i + n.len()).is_some_and(|w| w.eq_ignore_ascii_case(n)))
}

/// Ends the current line: whitespace collapsed, empty lines dropped.
fn flush(out: &mut String, line: &mut String, _block: bool) {
    let clean = line.split_whitespace().collect::<Vec<_>>().join(" ");
    line.clear();
    if !clean.is_empty() {
        out.push_str(&clean);
        out.push('\n');
    }
}

/// Appends `chunk` with character references decoded.
fn decode_into(chunk: &str, out: &mut String) {
    let mut rest = chunk;
    while let Some(p) = rest.find('&') {
        out.push_str(rest.get(..p).unwrap_or(""));
        let tail = rest.get(p..).unwrap_or("");
        let semi = tail.get(..tail.len().min(12)).and_then(|t| t.find(';'));
        let decoded = semi.and_then(|s| decode_entity(tail.get(1..s)?).map(|c| (c, s + 1)));
        match decoded {
            Some((c, used)) => {
                out.push(c);
                rest = tail.get(used..).unwrap_or("");
            }
            None => {
                out.push('&');
                rest = tail.get(1..).unwrap_or("");
            }
        }
    }
    out.push_str(rest);
}

fn decode_entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code).filter(|c| *c != '\0');
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "ldquo" => '“',
        "rdquo" => '”',
        "lsquo" => '‘',
        "rsquo" => '’',
        "mdash" => '—',
        "ndash" => '–',
        "hellip" => '…',
        "copy" => '©',
        "deg" => '°',
        "eacute" => 'é',
        "middot" => '·',
        "laquo" => '«',
        "raquo" => '»',
        "euro" => '€',
        "pound" => '£',
        "yen" => '¥',
        "times" => '×',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_becomes_paragraph_lines() {
        let html = "<html><head><title>x</title><style>p{color:red}</style></head><body>\
            <h1>Kim&nbsp;fires   missiles</h1><!-- ad --><p>Seoul said <b>two</b> missiles&hellip;</p>\
            <script>var a = '<p>no</p>';</script><div>A&amp;B<br>line two &#8220;q&#x201D;</div></body></html>";
        assert_eq!(to_text(html), "Kim fires missiles\nSeoul said two missiles…\nA&B\nline two “q”");
        assert!(looks_like_html(html));
        assert!(!looks_like_html("Plain text, 3 < 4."));
    }

    #[test]
    fn broken_html_never_panics() {
        for s in ["<", "<p", "&", "&#xZZ;", "<script>never closed", "a <b c", "é<p>ü&#0;", "<!-- open"] {
            let _ = to_text(s);
        }
        assert_eq!(to_text("3 < 4 &unknown; ok"), "3 < 4 &unknown; ok");
    }
}
