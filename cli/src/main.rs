//! `lede`: the command-line face of the analysis core.
//!
//! ```text
//! lede analyze FILE...          one JSON analysis per file, one per line
//! lede analyze --format csv|entities-csv|md FILE...   the page's exports (src/export.rs)
//! lede analyze --jsonl          {"id","text","reference_date"?} lines on stdin -> one result line each
//! lede analyze --reference-date YYYY-MM-DD ...   resolve relative dates against that date
//! lede compare FILE FILE...    several articles side by side (fact/entity matrices, quotes, overlap)
//! lede bench [FILE...]          native throughput of `analyze`, in words/s
//! lede eval ner --conll FILE [--detok] | --jsonl FILE
//!                               strict per-label P/R/F1 of the entity recognizer
//! ```
//! Offsets in the JSON output are Unicode code points (ANNOTATION.md).

mod bench;
mod compare;
mod eval;
mod json;

use std::io::{BufRead, Write};
use std::process::ExitCode;

const USAGE: &str = "usage:
  lede analyze [--reference-date YYYY-MM-DD] [--format json|csv|entities-csv|md] FILE...
                           print one JSON analysis per file (one line each), or
                           the page's exports: facts CSV, entities CSV, Markdown
  lede analyze [--reference-date YYYY-MM-DD] --jsonl
                           read {\"id\", \"text\", \"reference_date\"?} lines on stdin,
                           write one result line each
  lede compare [--names a,b,c] [--format json|csv|md] [--reference-date YYYY-MM-DD] FILE FILE...
                           compare articles on one story: fact and entity matrices,
                           quotes across sources, overlap per pair (JSON; CSV or
                           Markdown tables); names default to the guessed source
  lede bench compare [FILE...]
                           time `compare` over five ~800-word articles
  lede bench [FILE...]     measure analyze throughput (words/s) on a >= 1 MB corpus
  lede eval ner --conll FILE [--detok] [--rules | --model FILE] [--errors] [--classes PER,ORG,LOC] [--min-f1 X]
  lede eval ner --jsonl FILE [--held-out | --half odd|even] [--rules | --model FILE] [--errors] [--classes ...] [--min-f1 X]
                           score entities against gold, conlleval-style

--reference-date: the date relative dates (`last year`) resolve against when
an article has no dateline; a line's own \"reference_date\" wins over it.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("analyze") => {
            let mut rest = &args[1..];
            let mut reference = None;
            let mut format = None;
            loop {
                match rest.first().map(String::as_str) {
                    Some("--reference-date") => match rest.get(1).and_then(|d| lede::Date::parse_iso(d)) {
                        Some(d) => reference = Some(d),
                        None => {
                            eprintln!("lede: --reference-date needs a YYYY-MM-DD date\n{USAGE}");
                            return ExitCode::from(2);
                        }
                    },
                    Some("--format") => match rest.get(1).map(String::as_str) {
                        Some("json") => format = None,
                        Some("csv") => format = Some(lede::export::Format::FactsCsv),
                        Some("entities-csv") => format = Some(lede::export::Format::EntitiesCsv),
                        Some("md") => format = Some(lede::export::Format::Markdown),
                        _ => {
                            eprintln!("lede: --format needs json, csv, entities-csv or md\n{USAGE}");
                            return ExitCode::from(2);
                        }
                    },
                    _ => break,
                }
                rest = &rest[2..];
            }
            match rest.first().map(String::as_str) {
                Some("--jsonl") if format.is_none() => analyze_jsonl(reference),
                Some("--jsonl") => {
                    eprintln!("lede: --format applies to files, not --jsonl\n{USAGE}");
                    ExitCode::from(2)
                }
                Some(_) => analyze_files(rest, reference, format),
                None => {
                    eprintln!("{USAGE}");
                    ExitCode::from(2)
                }
            }
        }
        Some("compare") => compare::run(&args[1..]),
        Some("bench") => bench::run(&args[1..]),
        Some("eval") => eval::run(&args[1..]),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn analyze_files(
    paths: &[String],
    reference: Option<lede::Date>,
    format: Option<lede::export::Format>,
) -> ExitCode {
    let mut failed = false;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for path in paths {
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("lede: {path}: cannot read: {e}");
                failed = true;
                continue;
            }
        };
        let text = match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => {
                eprintln!(
                    "lede: {path}: not valid UTF-8 (first bad byte at offset {}); skipped",
                    e.utf8_error().valid_up_to()
                );
                failed = true;
                continue;
            }
        };
        // A `.html` file is read as its clean text (offsets refer to that text).
        let lower = path.to_ascii_lowercase();
        let text = if lower.ends_with(".html") || lower.ends_with(".htm") { lede::html::to_text(&text) } else { text };
        // The page's exports: facts or entities as CSV, the Markdown fact sheet.
        if let Some(format) = format {
            let options = lede::Options { reference_date: reference, ..lede::Options::default() };
            let analysis = lede::analyze_with_options(&text, &options);
            for d in &analysis.diagnostics {
                eprintln!("lede: {path}: note: {}", d.message);
            }
            if write!(out, "{}", lede::export::render(format, &text, &analysis)).is_err() {
                return ExitCode::FAILURE;
            }
            continue;
        }
        let line =
            json::analysis_line(path, serde_json::Value::String(path.clone()), &text, reference);
        if writeln!(out, "{line}").is_err() {
            return ExitCode::FAILURE;
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn analyze_jsonl(reference: Option<lede::Date>) -> ExitCode {
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = false;
    let mut buf = Vec::new();
    let mut reader = stdin.lock();
    let mut line_no = 0usize;
    loop {
        buf.clear();
        match reader.read_until(b'\n', &mut buf) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                eprintln!("lede: stdin: read error after line {line_no}: {e}");
                failed = true;
                break;
            }
        }
        line_no += 1;
        let Ok(line) = std::str::from_utf8(&buf) else {
            eprintln!("lede: stdin line {line_no}: not valid UTF-8; skipped");
            failed = true;
            continue;
        };
        if line.trim().is_empty() {
            continue;
        }
        match json::parse_input(line) {
            Ok(input) => {
                let source = format!("stdin line {line_no}");
                let reference = input.reference_date.or(reference);
                let result = json::analysis_line(&source, input.id, &input.text, reference);
                if writeln!(out, "{result}").is_err() {
                    return ExitCode::FAILURE;
                }
            }
            Err(msg) => {
                eprintln!("lede: stdin line {line_no}: {msg}; skipped");
                failed = true;
            }
        }
    }
    if out.flush().is_err() {
        return ExitCode::FAILURE;
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
