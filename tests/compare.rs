//! The comparison on three invented CC0 articles (tests/testdata/compare/):
//! an original, a rewrite with known changed numbers, a dropped fact and
//! reworded sentences, and an unrelated article on the same topic.

use lede::compare::{compare, guess_source_name, Comparison, Source, Status};
use serde::Deserialize;

#[derive(Deserialize)]
struct Expect {
    conflicts: Vec<(String, String)>,
    agree: Vec<(String, String)>,
    absent: Vec<String>,
    margin: f64,
}

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/testdata/compare/");

fn read(name: &str) -> String {
    std::fs::read_to_string(format!("{DIR}{name}")).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn run(texts: &[String]) -> Comparison {
    let analyses: Vec<lede::Analysis> = texts.iter().map(|t| lede::analyze(t)).collect();
    let sources: Vec<Source> = texts
        .iter()
        .zip(&analyses)
        .enumerate()
        .map(|(i, (t, a))| Source::new(guess_source_name(t).unwrap_or_else(|| format!("source {i}")), t, a))
        .collect();
    compare(&sources)
}

fn cell(c: &Comparison, row: usize, s: usize) -> Option<&str> {
    c.facts[row].by_source[s].as_ref().map(|x| x.text.as_str())
}

#[test]
fn rewrite_conflicts_absences_and_overlap() {
    let expect: Expect = toml::from_str(&read("expect.toml")).expect("expect.toml");
    let texts = [read("original.txt"), read("rewrite.txt"), read("unrelated.txt")];
    let c = run(&texts);
    assert_eq!(c.sources, ["Harbour Wire", "Bloomberg", "Yonhap"]);
    let find = |orig: &str| (0..c.facts.len()).find(|&r| cell(&c, r, 0) == Some(orig));

    let mut found = 0;
    for (orig, changed) in &expect.conflicts {
        let r = find(orig).unwrap_or_else(|| panic!("no row for {orig}"));
        assert_eq!(cell(&c, r, 1), Some(changed.as_str()), "{orig}");
        assert_eq!(c.facts[r].status, Status::Conflict, "{orig}");
        assert!(c.facts[r].by_source[1].as_ref().is_some_and(|s| s.differs));
        found += 1;
    }
    eprintln!("conflicts found {found}/{}", expect.conflicts.len());
    for (orig, same) in &expect.agree {
        let r = find(orig).unwrap_or_else(|| panic!("no row for {orig}"));
        assert_eq!(cell(&c, r, 1), Some(same.as_str()), "{orig}");
        assert!(c.facts[r].by_source[1].as_ref().is_some_and(|s| !s.differs), "{orig}");
    }
    for orig in &expect.absent {
        let r = find(orig).unwrap_or_else(|| panic!("no row for {orig}"));
        assert_eq!(cell(&c, r, 1), None, "{orig} should be absent in the rewrite");
    }
    // Nothing else of the original conflicts with the rewrite.
    let conflicts = c.facts.iter().filter(|f| f.by_source[0].is_some() && f.by_source[1].as_ref().is_some_and(|s| s.differs)).count();
    assert_eq!(conflicts, expect.conflicts.len());

    let sim = |a, b| c.overlap.iter().find(|o| o.a == a && o.b == b).map(|o| o.similarity).expect("pair");
    let (rewrite, unrelated) = (sim(0, 1), sim(0, 2));
    eprintln!("similarity rewrite {rewrite:.3}, unrelated {unrelated:.3}");
    assert!(rewrite > unrelated + expect.margin, "rewrite {rewrite} vs unrelated {unrelated}");
    let pair = c.overlap.iter().find(|o| o.a == 0 && o.b == 1).expect("pair");
    assert!(!pair.passages.is_empty());
    for p in &pair.passages {
        assert!(p.a.of(&texts[0]).len() > 0 && p.b.of(&texts[1]).len() > 0);
    }

    // `Kim Jong Un` and `Kim Jong-un`: one row, in all three articles.
    let kim: Vec<_> = c.entities.iter().filter(|e| e.canonical.starts_with("Kim")).collect();
    assert_eq!(kim.len(), 1, "{kim:?}");
    assert!(kim[0].by_source.iter().all(|&n| n > 0), "{kim:?}");

    // The reworded quotation: in both, with the changed words.
    let q = c
        .quotes
        .iter()
        .find(|q| q.text.starts_with("Our forces"))
        .expect("quote");
    assert!(q.reworded);
    let changes = &q.by_source[1].as_ref().expect("in the rewrite").changes;
    assert_eq!(changes.len(), 1);
    assert_eq!((changes[0].from.as_str(), changes[0].to.as_str()), ("answer", "respond to"));
    assert!(q.by_source[2].is_none());
    // The same words in both: one row, not reworded.
    let q = c.quotes.iter().find(|q| q.text.starts_with("a grave threat")).expect("quote");
    assert!(!q.reworded && q.by_source[0].is_some() && q.by_source[1].is_some());
}

#[test]
fn source_names_are_guessed() {
    let cases = [
        ("Missiles fired.\nMore text here.\nBLOOMBERG\n", Some("Bloomberg")),
        ("Missiles fired.\nSource: TRT\n", Some("TRT")),
        ("Missiles fired.\nOriginal Source: www.example.com\n", Some("example.com")),
        ("SEOUL, March 5 (Yonhap) - North Korea fired.", Some("Yonhap")),
        ("LONDON (Reuters) — Markets fell.", Some("Reuters")),
        ("Headline\nBY JANE DOE\nText.", Some("Jane Doe")),
        ("Headline\nText with nothing to say.", None),
    ];
    for (text, want) in cases {
        assert_eq!(guess_source_name(text).as_deref(), want, "{text:?}");
    }
}

#[test]
fn odd_inputs_never_panic() {
    let long = "word ".repeat(5000);
    let inputs: Vec<Vec<String>> = vec![
        vec![],
        vec![String::new()],
        vec![String::new(), String::new()],
        vec!["Kim fired 2 missiles.".into()],
        vec![read("original.txt"), read("original.txt")],
        vec!["“”\"\" «» 1,2,3 $ % km".into(), "\u{0}\u{FFFD}é́́ 5 km 5km".into(), long],
        vec!["“a b c” “a b c” “a b c”".into(), "“a b c”".into()],
    ];
    for texts in inputs {
        let c = run(&texts);
        assert_eq!(c.sources.len(), texts.len());
        assert_eq!(c.overlap.len(), texts.len() * texts.len().saturating_sub(1) / 2);
        for f in &c.facts {
            assert_eq!(f.by_source.len(), texts.len());
            assert!(f.by_source.iter().flatten().count() >= 1);
        }
        for o in &c.overlap {
            assert!((0.0..=1.0).contains(&o.similarity));
        }
    }
    // Identical articles: everything agrees, similarity 1.
    let t = read("original.txt");
    let c = run(&[t.clone(), t]);
    assert!(c.facts.iter().all(|f| f.status == Status::Agree), "{:?}", c.facts);
    assert!((c.overlap[0].similarity - 1.0).abs() < 1e-9);
    assert!(c.quotes.iter().all(|q| !q.reworded));
}
