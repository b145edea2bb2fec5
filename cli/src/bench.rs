//! `lede bench`: native throughput of `analyze`, with tokenizing alone as the
//! in-run baseline so figures compare across machines.

use std::process::ExitCode;
use std::time::Instant;

const MIN_CORPUS_BYTES: usize = 1 << 20;
const SAMPLE: &str = include_str!("../../samples/sample-article.txt");

pub fn run(paths: &[String]) -> ExitCode {
    let mut articles = Vec::new();
    for p in paths {
        match std::fs::read_to_string(p) {
            Ok(t) => articles.push(t),
            Err(e) => {
                eprintln!("lede bench: {p}: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    if articles.is_empty() {
        articles.push(SAMPLE.to_string());
    }
    // Repeat the articles until the corpus passes 1 MB; analyze each article
    // separately, as a user would.
    let mut corpus = Vec::new();
    let mut bytes = 0;
    while bytes < MIN_CORPUS_BYTES {
        for a in &articles {
            bytes += a.len();
            corpus.push(a.as_str());
        }
    }
    let words: usize = corpus.iter().map(|a| a.split_whitespace().count()).sum();
    let rounds = 7;
    let time = |f: &dyn Fn(&str) -> usize| {
        let mut best = f64::MAX;
        let mut sink = 0;
        for _ in 0..rounds {
            let t = Instant::now();
            for a in &corpus {
                sink += f(a);
            }
            best = best.min(t.elapsed().as_secs_f64());
        }
        (best, sink)
    };
    let _warm = lede::analyze(corpus[0]);
    let (tok_s, _) = time(&|a| lede::Document::parse(a).tokens.len());
    let (all_s, found) =
        time(&|a| {
            let r = lede::analyze(a);
            r.entities.len() + r.numbers.len()
        });
    // The same analysis with the number layer skipped: tokens, sentences and
    // entities only. The difference is what the number layer costs.
    let skip = lede::Options { skip_numbers: true, ..lede::Options::default() };
    let (no_numbers_s, _) = time(&|a| lede::analyze_with_options(a, &skip).entities.len());
    let (numbers_s, _) = time(&|a| {
        let doc = lede::Document::parse(a);
        lede::numbers::find_numbers(&doc).len()
    });
    println!("corpus: {} articles, {:.2} MB, {} words (best of {rounds} runs)", corpus.len(), bytes as f64 / 1e6, words);
    println!("baseline  tokenize+sentences: {:>12.0} words/s", words as f64 / tok_s);
    println!("analyze   (entities+numbers): {:>12.0} words/s  ({:.2}x the baseline time, {} mentions/run)", words as f64 / all_s, all_s / tok_s, found / rounds);
    println!(
        "numbers   layer share:        analyze {:.3} s vs numbers skipped {:.3} s: the number layer adds {:+.1}% (numbers alone after tokenizing: {:.3} s)",
        all_s,
        no_numbers_s,
        (all_s - no_numbers_s) / no_numbers_s * 100.0,
        (numbers_s - tok_s).max(0.0),
    );
    ExitCode::SUCCESS
}
