//! `lede bench`: native throughput of `analyze`, with tokenizing alone as the
//! in-run baseline so figures compare across machines.

use std::process::ExitCode;
use std::time::Instant;

const MIN_CORPUS_BYTES: usize = 1 << 20;
const SAMPLE: &str = include_str!("../../samples/sample-article.txt");

pub fn run(paths: &[String]) -> ExitCode {
    if paths.first().map(String::as_str) == Some("compare") {
        return run_compare(paths.get(1..).unwrap_or(&[]));
    }
    // Cold start: parse the embedded model and build the word lists on first
    // use (what the page pays once, in its worker).
    let t = Instant::now();
    let cold = lede::analyze("Kim met Putin in Moscow.").entities.len();
    let cold_ms = t.elapsed().as_secs_f64() * 1e3;
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
    // The entity model alone: tagging pre-parsed documents, in tokens/s on
    // this one thread, and the time to parse the embedded model.
    let t = Instant::now();
    let loaded = lede::entities::model::Model::from_static(lede::entities::model::EMBEDDED);
    let load_ms = t.elapsed().as_secs_f64() * 1e3;
    let model_line = match loaded {
        Ok(m) => {
            let rec = lede::ModelRecognizer::new(m);
            let docs: Vec<lede::Document> = corpus.iter().map(|a| lede::Document::parse(a)).collect();
            let tokens: usize = docs.iter().map(|d| d.tokens.len()).sum();
            let mut best = f64::MAX;
            let mut sink = 0;
            for _ in 0..rounds {
                let t = Instant::now();
                for d in &docs {
                    sink += lede::Recognizer::recognize(&rec, d).len();
                }
                best = best.min(t.elapsed().as_secs_f64());
            }
            format!(
                "ner model tagging (1 thread):  {:>12.0} tokens/s  ({} tokens, {} entities/run; model parse {:.1} ms, {} bytes)",
                tokens as f64 / best,
                tokens,
                sink / rounds,
                load_ms,
                lede::entities::model::EMBEDDED.len()
            )
        }
        Err(e) => format!("ner model: does not load: {e}"),
    };
    println!("corpus: {} articles, {:.2} MB, {} words (best of {rounds} runs)", corpus.len(), bytes as f64 / 1e6, words);
    println!("baseline  tokenize+sentences: {:>12.0} words/s", words as f64 / tok_s);
    println!("analyze   (entities+numbers): {:>12.0} words/s  ({:.2}x the baseline time, {} mentions/run)", words as f64 / all_s, all_s / tok_s, found / rounds);
    // Two views of the number layer's cost: its own time (number grammar on
    // parsed documents), and analyze with numbers skipped, which also drops
    // everything built on numbers (facts, their clauses and attributions).
    let numbers_only = (numbers_s - tok_s).max(0.0);
    println!(
        "numbers   layer share:        number grammar {:.3} s = {:.1}% of analyze {:.3} s; analyze without numbers (and so without facts) {:.3} s",
        numbers_only,
        numbers_only / all_s * 100.0,
        all_s,
        no_numbers_s,
    );
    println!("{model_line}");
    println!("cold start (model + word lists + first analysis): {cold_ms:.1} ms ({cold} entities)");
    ExitCode::SUCCESS
}

const ORIGINAL: &str = include_str!("../../tests/testdata/compare/original.txt");
const REWRITE: &str = include_str!("../../tests/testdata/compare/rewrite.txt");
const UNRELATED: &str = include_str!("../../tests/testdata/compare/unrelated.txt");

/// `lede bench compare [FILE...]`: the time of `compare` over five articles
/// of ~800 words (the files given, else built from the sample and the test
/// articles, digits shifted per article so numbers conflict), analyses
/// excluded; the page's target is 100 ms in Chromium.
fn run_compare(paths: &[String]) -> ExitCode {
    let mut texts = Vec::new();
    for p in paths {
        match std::fs::read_to_string(p) {
            Ok(t) => texts.push(t),
            Err(e) => {
                eprintln!("lede bench compare: {p}: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    if texts.is_empty() {
        let extra = [ORIGINAL, REWRITE, UNRELATED];
        for k in 0..5u32 {
            let shifted: String = SAMPLE
                .chars()
                .map(|c| c.to_digit(10).map_or(c, |d| char::from_digit((d + k) % 10, 10).unwrap_or(c)))
                .collect();
            texts.push(format!("{shifted}\n{}\n{}", extra[k as usize % 3], extra[(k as usize + 1) % 3]));
        }
    }
    let words: Vec<usize> = texts.iter().map(|t| t.split_whitespace().count()).collect();
    let t = Instant::now();
    let analyses: Vec<lede::Analysis> = texts.iter().map(|t| lede::analyze(t)).collect();
    let analyze_ms = t.elapsed().as_secs_f64() * 1e3;
    let sources: Vec<lede::compare::Source> = texts
        .iter()
        .zip(&analyses)
        .enumerate()
        .map(|(i, (t, a))| lede::compare::Source::new(format!("source {i}"), t, a))
        .collect();
    let mut times = Vec::new();
    let mut rows = 0;
    for _ in 0..21 {
        let t = Instant::now();
        let c = lede::compare::compare(&sources);
        times.push(t.elapsed().as_secs_f64() * 1e3);
        rows = c.facts.len() + c.entities.len() + c.quotes.len();
    }
    times.sort_by(f64::total_cmp);
    println!(
        "compare: {} articles ({} words: {:?}), analyze {:.1} ms (incl. cold start), compare median {:.2} ms (min {:.2}, max {:.2}), {} rows",
        texts.len(),
        words.iter().sum::<usize>(),
        words,
        analyze_ms,
        times[times.len() / 2],
        times[0],
        times[times.len() - 1],
        rows
    );
    ExitCode::SUCCESS
}
