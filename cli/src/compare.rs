//! `lede compare FILE FILE... [--names a,b,c] [--format json|csv|md]
//! [--reference-date YYYY-MM-DD]`: several articles on one story side by
//! side. JSON (default): `sources`, `facts`, `entities`, `quotes`,
//! `overlap`, offsets in code points of each source's text. CSV: the fact
//! matrix, one row per fact, one column per source. Markdown: fact and
//! entity tables. The formats live in the core (`lede::compare::export`),
//! shared with the page's downloads.

use lede::compare::{export, Source};
use lede::{Analysis, Options};
use std::process::ExitCode;

const USAGE: &str = "usage: lede compare [--names a,b,c] [--format json|csv|md] [--reference-date YYYY-MM-DD] FILE FILE...";

pub fn run(args: &[String]) -> ExitCode {
    let mut names: Option<Vec<String>> = None;
    let mut format = "json".to_string();
    let mut reference = None;
    let mut paths = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--names" => match it.next() {
                Some(v) => names = Some(v.split(',').map(|s| s.trim().to_string()).collect()),
                None => return usage("--names needs a comma-separated list"),
            },
            "--format" => match it.next().map(String::as_str) {
                Some(f @ ("json" | "csv" | "md")) => format = f.to_string(),
                _ => return usage("--format is json, csv or md"),
            },
            "--reference-date" => match it.next().and_then(|d| lede::Date::parse_iso(d)) {
                Some(d) => reference = Some(d),
                None => return usage("--reference-date needs a YYYY-MM-DD date"),
            },
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ => paths.push(a.clone()),
        }
    }
    if paths.is_empty() {
        return usage("no files given");
    }
    let mut texts = Vec::new();
    for p in &paths {
        match std::fs::read_to_string(p) {
            Ok(t) => {
                let lower = p.to_ascii_lowercase();
                texts.push(if lower.ends_with(".html") || lower.ends_with(".htm") { lede::html::to_text(&t) } else { t });
            }
            Err(e) => {
                eprintln!("lede compare: {p}: cannot read: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    let options = Options { reference_date: reference, ..Options::default() };
    let analyses: Vec<Analysis> = texts.iter().map(|t| lede::analyze_with_options(t, &options)).collect();
    let sources: Vec<Source> = texts
        .iter()
        .zip(&analyses)
        .enumerate()
        .map(|(i, (t, a))| {
            let given = names.as_ref().and_then(|n| n.get(i)).filter(|n| !n.is_empty()).cloned();
            let name = given.or_else(|| lede::compare::guess_source_name(t)).unwrap_or_else(|| file_stem(&paths[i]));
            Source::new(name, t, a)
        })
        .collect();
    let c = lede::compare::compare(&sources);
    let out = match format.as_str() {
        "csv" => export::csv(&c),
        "md" => export::markdown(&c),
        _ => export::json(&c, &texts) + "\n",
    };
    print!("{out}");
    ExitCode::SUCCESS
}

fn usage(msg: &str) -> ExitCode {
    eprintln!("lede compare: {msg}\n{USAGE}");
    ExitCode::from(2)
}

fn file_stem(path: &str) -> String {
    std::path::Path::new(path).file_stem().map_or_else(|| path.to_string(), |s| s.to_string_lossy().into_owned())
}
