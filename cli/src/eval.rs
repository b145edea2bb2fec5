//! `lede eval ner`: strict span scores of the entity recognizer against gold,
//! printed conlleval-style (per-label precision, recall, F1).
//!
//! ```text
//! lede eval ner --conll FILE [--detok] [--rules] [--classes PER,ORG,LOC] [--min-f1 X]
//! lede eval ner --jsonl FILE [--rules] [--classes PER,ORG,LOC] [--min-f1 X]
//! ```
//! `--conll` reads a CoNLL column file (IOB1 or IOB2, document-start lines between
//! documents) and scores the tokenized text (tokens joined by spaces, one
//! sentence per line); `--detok` adds a detokenized rendering of the same
//! articles. `--jsonl` reads `{"id","text","entities"}` gold (code-point
//! offsets). `--rules` scores the rule-based recognizer instead of the model;
//! `--model FILE` a model file instead of the embedded one.
//! `--held-out` keeps only the odd-numbered documents (second, fourth, ...): the
//! half of WikiGold and IE-ER dev that the shipped model is not trained on;
//! `--half odd|even` picks either half (score a model trained with
//! `lede-train --half` on the other).
//! `--errors` first lists every missed (`-`) and spurious (`+`) entity with its line.
//! `--min-f1` exits with status 1 when a micro F1 falls below it.

use std::process::ExitCode;

use lede::{EntityLabel, ModelRecognizer, Recognizer, RuleRecognizer};
use lede_train::render::{render, Mode};
use lede_train::score::{evaluate, Span};
use lede_train::{conll, jsonl, map_label, GoldDoc};

const USAGE: &str = "usage: lede eval ner (--conll FILE [--detok] | --jsonl FILE) [--rules | --model FILE] [--errors] [--held-out | --half odd|even] [--classes PER,ORG,LOC] [--min-f1 X]";

pub fn run(args: &[String]) -> ExitCode {
    match run_inner(args) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("lede eval: {e}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn run_inner(args: &[String]) -> Result<bool, String> {
    if args.first().map(String::as_str) != Some("ner") {
        return Err("only `lede eval ner` exists".into());
    }
    let (mut conll_path, mut jsonl_path) = (None, None);
    let (mut detok, mut rules, mut errors) = (false, false, false);
    // Score only the odd-numbered (1) or even-numbered (0) articles.
    let mut half: Option<usize> = None;
    let mut classes: Option<Vec<EntityLabel>> = None;
    let mut min_f1: Option<f64> = None;
    let mut model_path: Option<String> = None;
    let mut it = args[1..].iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--conll" => conll_path = Some(it.next().ok_or("--conll needs a file")?.clone()),
            "--jsonl" => jsonl_path = Some(it.next().ok_or("--jsonl needs a file")?.clone()),
            "--detok" => detok = true,
            "--errors" => errors = true,
            "--held-out" => half = Some(1),
            "--half" => {
                half = match it.next().map(String::as_str) {
                    Some("odd") => Some(1),
                    Some("even") => Some(0),
                    _ => return Err("--half is odd or even".into()),
                }
            }
            "--model" => model_path = Some(it.next().ok_or("--model needs a file")?.clone()),
            "--rules" => rules = true,
            "--classes" => {
                let list = it.next().ok_or("--classes needs a list")?;
                let mut v = Vec::new();
                for c in list.split(',').filter(|c| !c.is_empty()) {
                    v.push(map_label(c).ok_or(format!("unknown class {c}"))?);
                }
                classes = Some(v);
            }
            "--min-f1" => {
                let v = it.next().ok_or("--min-f1 needs a number")?;
                min_f1 = Some(v.parse().map_err(|e| format!("--min-f1: {e}"))?);
            }
            other => return Err(format!("unknown argument {other}")),
        }
    }
    let model;
    let recognizer: &(dyn Recognizer + Sync) = if rules {
        &RuleRecognizer
    } else {
        model = match &model_path {
            Some(p) => {
                let bytes = std::fs::read(p).map_err(|e| format!("{p}: {e}"))?;
                ModelRecognizer::new(lede::entities::model::Model::from_bytes(&bytes).map_err(|e| format!("{p}: {e}"))?)
            }
            None => ModelRecognizer::embedded().map_err(|e| format!("the embedded model does not load: {e}"))?,
        };
        &model
    };
    let name = if rules { "rules" } else { "model" };
    let mut sets: Vec<(String, Vec<(GoldDoc, Vec<Span>)>)> = Vec::new();
    match (conll_path, jsonl_path) {
        (Some(p), None) => {
            let text = std::fs::read_to_string(&p).map_err(|e| format!("{p}: {e}"))?;
            let mut docs = conll::parse(&text);
            if let Some(h) = half {
                docs = docs.into_iter().skip(h).step_by(2).collect();
            }
            let tok = docs.iter().enumerate().map(|(i, d)| (render(d, Mode::Tokenized, &i.to_string()), Vec::new()));
            sets.push((format!("{p} (tokenized)"), tok.collect()));
            if detok {
                let det = docs
                    .iter()
                    .enumerate()
                    .map(|(i, d)| (render(d, Mode::Detok { seed: i as u64 + 1 }, &i.to_string()), Vec::new()));
                sets.push((format!("{p} (detokenized)"), det.collect()));
            }
        }
        (None, Some(p)) => {
            let text = std::fs::read_to_string(&p).map_err(|e| format!("{p}: {e}"))?;
            let mut v = Vec::new();
            for (k, (n, line)) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()).enumerate() {
                if half.is_some_and(|h| k % 2 != h) {
                    continue;
                }
                let g = jsonl::parse_line(line).map_err(|e| format!("{p}:{}: {e}", n + 1))?;
                v.push((g.doc, g.optional));
            }
            sets.push((p, v));
        }
        _ => return Err("give exactly one of --conll FILE and --jsonl FILE".into()),
    }
    let mut pass = true;
    for (title, docs) in &sets {
        if errors {
            print_errors(docs, recognizer, classes.as_deref());
        }
        let scores = evaluate(docs, recognizer, classes.as_deref());
        println!("== {title}: {name}, strict span match");
        print!("{}", scores.report());
        let f = scores.micro().2;
        if let Some(min) = min_f1 {
            if f < min {
                println!("FAIL: micro F1 {f:.4} < {min}");
                pass = false;
            }
        }
    }
    Ok(pass)
}

/// Lists missed (`-`) and spurious (`+`) entities, with the line they are on,
/// then a summary of the errors by kind: `type` (same span, other label),
/// `boundary` (overlapping span, same label), `both` (overlapping, other
/// label) and `missed` / `spurious` (nothing overlapping). Overlaps are looked
/// up among all predictions and gold spans, also those of labels `classes`
/// leaves out (a gold ORG tagged MISC is a type error).
fn print_errors(docs: &[(GoldDoc, Vec<Span>)], recognizer: &(dyn Recognizer + Sync), classes: Option<&[EntityLabel]>) {
    let keep = |l: EntityLabel| classes.is_none_or(|c| c.contains(&l));
    let idx = |l: EntityLabel| EntityLabel::ALL.iter().position(|&x| x == l).unwrap_or(0);
    // [label][type, boundary, both, missed] for misses; the same for false alarms.
    let mut fn_kinds = [[0usize; 4]; 4];
    let mut fp_kinds = [[0usize; 4]; 4];
    let kind = |x: &Span, others: &[Span]| -> usize {
        let over: Vec<&Span> = others.iter().filter(|o| o.0 < x.1 && x.0 < o.1).collect();
        if over.iter().any(|o| o.0 == x.0 && o.1 == x.1) {
            0
        } else if over.iter().any(|o| o.2 == x.2) {
            1
        } else if !over.is_empty() {
            2
        } else {
            3
        }
    };
    for (doc, optional) in docs {
        let a = lede::analyze_with(&doc.text, recognizer);
        let all_pred: Vec<Span> = a.entities.iter().map(|e| (e.span.start, e.span.end, e.label)).collect();
        let pred: Vec<Span> = all_pred.iter().copied().filter(|e| keep(e.2)).collect();
        let all_gold: Vec<Span> = doc.entities.to_vec();
        let gold: Vec<Span> = all_gold.iter().copied().filter(|e| keep(e.2)).collect();
        let line_of = |at: usize| {
            let s = doc.text[..at].rfind('\n').map_or(0, |i| i + 1);
            let e = doc.text[at..].find('\n').map_or(doc.text.len(), |i| at + i);
            doc.text[s..e].to_string()
        };
        for g in &gold {
            if !pred.contains(g) {
                fn_kinds[idx(g.2)][kind(g, &all_pred)] += 1;
                println!("- {} {:?}\t| {}", lede_train::score::conll_name(g.2), &doc.text[g.0..g.1], line_of(g.0));
            }
        }
        for p in &pred {
            if !gold.contains(p) && !optional.contains(p) {
                let mut others = all_gold.clone();
                others.extend(optional.iter().copied());
                fp_kinds[idx(p.2)][kind(p, &others)] += 1;
                println!("+ {} {:?}\t| {}", lede_train::score::conll_name(p.2), &doc.text[p.0..p.1], line_of(p.0));
            }
        }
    }
    println!("errors by kind: type = same span, other label; boundary = overlap, same label; both = overlap, other label");
    println!("{:>6}  {:>30}  {:>30}", "", "missed gold: type bound both none", "false alarms: type bound both none");
    for l in EntityLabel::ALL {
        let (m, f) = (fn_kinds[idx(l)], fp_kinds[idx(l)]);
        if m.iter().chain(f.iter()).all(|&x| x == 0) {
            continue;
        }
        println!(
            "{:>6}  {:>12} {:>4} {:>5} {:>4} {:>4}  {:>13} {:>4} {:>5} {:>4} {:>4}",
            lede_train::score::conll_name(l),
            "",
            m[0],
            m[1],
            m[2],
            m[3],
            "",
            f[0],
            f[1],
            f[2],
            f[3]
        );
    }
}
