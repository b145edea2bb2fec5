//! Snapshot of the whole analysis of the sample article the page opens with.
//! Review changes with `cargo insta review` (or delete the .snap to accept).

use std::fmt::Write as _;

const SAMPLE: &str = include_str!("../samples/sample-article.txt");

fn render(text: &str) -> String {
    let a = lede::analyze(text);
    let mut out = String::new();
    let _ = writeln!(out, "{} paragraphs, {} sentences", a.paragraphs.len(), a.sentences.len());
    for d in &a.diagnostics {
        let _ = writeln!(out, "diagnostic {:?}: {}", d.kind, d.message);
    }
    out.push_str("\nentities\n");
    for e in &a.entities {
        let _ = writeln!(out, "  {:<7} {}", e.label.as_str(), e.span.of(text));
    }
    out.push_str("\nnumbers\n");
    for n in &a.numbers {
        let _ = write!(out, "  {:<9} {:<22} = {}", n.kind.as_str(), n.span.of(text), n.value);
        if let Some(v) = &n.end_value {
            let _ = write!(out, "..{v}");
        }
        if let Some(u) = &n.unit {
            let _ = write!(out, " {u}");
        }
        if let Some(c) = &n.counted {
            let _ = write!(out, " (counts {c})");
        }
        if n.approximate {
            out.push_str(" (approximate)");
        }
        out.push('\n');
    }
    out
}

#[test]
fn sample_article() {
    insta::assert_snapshot!(render(SAMPLE));
}
