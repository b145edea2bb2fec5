//! Data-driven facts and quotes: every `tests/testdata/facts/*.toml` is an
//! invented article (CC0) with hand-made gold: its debris lines, one
//! `[[fact]]` per number (`number` = the mention's text, in order; `counted`,
//! `entities` = canonical names of the clause's entities, `source` = the
//! canonical name of who claims it, `hedged`), and one `[[quote]]` per
//! quotation (`text` with marks, `speaker`, `via` as canonical names).

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;

use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Article {
    text: String,
    debris: Vec<String>,
    #[serde(rename = "fact", default)]
    facts: Vec<Fact>,
    #[serde(rename = "quote", default)]
    quotes: Vec<Quote>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Fact {
    number: String,
    counted: Option<String>,
    entities: Vec<String>,
    source: Option<String>,
    hedged: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Quote {
    text: String,
    speaker: Option<String>,
    via: Option<String>,
}

fn check(article: &Article) -> String {
    let text = article.text.as_str();
    let a = lede::analyze(text);
    let name = |c: usize| a.clusters.get(c).map_or("?", |c| c.canonical.as_str()).to_string();
    let mut problems = String::new();
    let debris: Vec<&str> = a.debris.iter().map(|d| d.of(text)).collect();
    if debris != article.debris {
        let _ = writeln!(problems, "  debris: got {debris:?}");
    }
    let facts: Vec<_> = a.facts.iter().map(|f| (f, &a.numbers[f.number])).collect();
    let got_numbers: Vec<&str> = facts.iter().map(|(_, n)| n.span.of(text)).collect();
    let want_numbers: Vec<&str> = article.facts.iter().map(|f| f.number.as_str()).collect();
    if got_numbers != want_numbers {
        let _ = writeln!(problems, "  fact numbers: got {got_numbers:?}, want {want_numbers:?}");
    }
    for ((f, n), want) in facts.iter().zip(&article.facts) {
        let label = &want.number;
        if want.counted.is_some() && n.counted != want.counted {
            let _ = writeln!(problems, "  {label}: counted {:?}", n.counted);
        }
        let got: BTreeSet<String> = f.entities.iter().map(|&c| name(c)).collect();
        let exp: BTreeSet<String> = want.entities.iter().cloned().collect();
        if got != exp {
            let _ = writeln!(problems, "  {label}: entities {got:?}, want {exp:?}");
        }
        let source = f.attribution.as_ref().and_then(|x| a.entities.get(x.source)).map(|e| name(e.cluster));
        if source != want.source {
            let _ = writeln!(problems, "  {label}: source {source:?}, want {:?}", want.source);
        }
        if f.hedged() != want.hedged {
            let _ = writeln!(problems, "  {label}: hedged {} ({:?})", f.hedged(), f.hedges);
        }
    }
    let quotes: Vec<(String, Option<String>, Option<String>)> = a
        .quotes
        .iter()
        .map(|q| (q.span.of(text).to_string(), q.speaker.map(name), q.via.map(name)))
        .collect();
    let want: Vec<(String, Option<String>, Option<String>)> =
        article.quotes.iter().map(|q| (q.text.clone(), q.speaker.clone(), q.via.clone())).collect();
    if quotes != want {
        let _ = writeln!(problems, "  quotes: got {quotes:?}\n          want {want:?}");
    }
    problems
}

#[test]
fn facts_and_quotes_match_hand_gold() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/testdata/facts");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/testdata/facts exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 2);
    let mut report = String::new();
    for path in &paths {
        let src = std::fs::read_to_string(path).unwrap();
        let article: Article = toml::from_str(&src).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let problems = check(&article);
        if !problems.is_empty() {
            let _ = writeln!(report, "{}:\n{problems}", path.display());
        }
    }
    assert!(report.is_empty(), "\n{report}");
}
