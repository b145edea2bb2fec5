//! The core never panics and always returns well-formed spans, whatever the
//! input: a deterministic fuzz over hostile fragments and random bytes.

fn check(text: &str) {
    let a = lede::analyze(text);
    let spans = a
        .entities
        .iter()
        .map(|e| e.span)
        .chain(a.numbers.iter().map(|n| n.span))
        .chain(a.sentences.iter().copied())
        .chain(a.paragraphs.iter().copied());
    for s in spans {
        assert!(s.start < s.end, "empty span {s:?} in {text:?}");
        assert!(text.get(s.start..s.end).is_some(), "span {s:?} not on char boundaries in {text:?}");
    }
    for list in [
        a.entities.iter().map(|e| e.span).collect::<Vec<_>>(),
        a.numbers.iter().map(|n| n.span).collect(),
    ] {
        assert!(list.windows(2).all(|w| w[0].end <= w[1].start), "overlap or disorder in {text:?}: {list:?}");
    }
    // Clusters, facts, quotes and debris: valid indices and spans.
    let ok = |s: lede::Span| s.start < s.end && text.get(s.start..s.end).is_some();
    let mut seen = vec![false; a.entities.len()];
    for (ci, c) in a.clusters.iter().enumerate() {
        assert!(!c.canonical.is_empty() && !c.mentions.is_empty(), "empty cluster in {text:?}");
        for &m in &c.mentions {
            assert!(a.entities.get(m).is_some_and(|e| e.cluster == ci), "bad mention {m} in {text:?}");
            assert!(!seen[m], "mention {m} in two clusters in {text:?}");
            seen[m] = true;
        }
    }
    assert!(seen.iter().all(|&s| s), "mention without a cluster in {text:?}");
    assert!(a.facts.windows(2).all(|w| w[0].number < w[1].number), "facts repeat or disorder in {text:?}");
    for f in &a.facts {
        let n = a.numbers.get(f.number).expect("fact number index");
        assert!(ok(f.sentence) && f.sentence.start <= n.span.start && n.span.start < f.sentence.end, "fact sentence in {text:?}");
        assert!(f.entities.iter().all(|&c| c < a.clusters.len()));
        assert!(f.attribution.as_ref().is_none_or(|x| ok(x.span) && x.source < a.entities.len()));
        assert!(!a.debris.iter().any(|d| d.overlaps(n.span)), "fact in debris in {text:?}");
    }
    for q in &a.quotes {
        assert!(ok(q.span), "quote span {q:?} in {text:?}");
        assert!(q.speaker.is_none_or(|c| c < a.clusters.len()) && q.via.is_none_or(|c| c < a.clusters.len()));
    }
    for d in &a.debris {
        assert!(ok(*d), "debris span {d:?} in {text:?}");
    }
    assert!(a.debris.windows(2).all(|w| w[0].end <= w[1].start));
    let _ = lede::html::to_text(text);
}

/// xorshift64*: deterministic, dependency-free randomness.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const FRAGMENTS: &[&str] = &[
    "Kim", " Jong-un", "’s", "'", "s", " U.S.", ".", " ", "\n", "\n\n", "Mr", "Mr.", " of ", " the ",
    "1,587", "km", "-", "long", "three", "-year-old", " Feb", " 27", "$", "1.5", " billion", "%",
    " percent", "São Paulo", "Worker’s Party", " Agency", "(", ")", "“", "”", "\u{301}", "\u{0}",
    "\u{FFFD}", "😀", "\t", "Jan.", " 5 to 7", "No.", " 1", "hundreds of", "<p>", "</div>",
    "ÉMILE", "İstanbul", "ß", "\u{200B}", "0/250", "G7", "8:30 p.m.", "Tuesday", "—", "…", ",", "?",
    "North", " Korea", "Ri", "Hi", "Yong", " said", "9", "0", "..", ",,", "\r\n", "ǅ", "ﬁ",
    "“", "”", "\"", " according to ", " (KCNA)", " stands for ", "Sign up", "PHOTO: ", "<p>", "&amp;",
    "&#x", "<script>", " he said", ",” Kim said", "Mr ", " Jong-un", "’s ", " appears to ", " about ",
];

#[test]
fn hostile_fragment_soup_never_panics() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..4000 {
        let n = 1 + rng.below(30);
        let text: String = (0..n).map(|_| FRAGMENTS[rng.below(FRAGMENTS.len())]).collect();
        check(&text);
    }
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = Rng(42);
    for _ in 0..2000 {
        let n = rng.below(200);
        let bytes: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
        check(&String::from_utf8_lossy(&bytes));
    }
}

#[test]
fn edge_inputs() {
    for text in ["", " ", "\n\n\n", ".", "A", "’s", "1", "-", "Mr.", "U.S.", &"x".repeat(100_000)] {
        check(text);
    }
    let a = lede::analyze("   ");
    assert_eq!(a.diagnostics[0].kind, lede::DiagnosticKind::Empty);
    let html = lede::analyze("<div><p>Kim met Putin.</p><p>x</p></div>");
    assert!(html.diagnostics.iter().any(|d| d.kind == lede::DiagnosticKind::Html));
    let junk = lede::analyze("\u{0}\u{1}\u{2}\u{3}abc\u{FFFD}\u{FFFD}");
    assert!(junk.diagnostics.iter().any(|d| d.kind == lede::DiagnosticKind::Binary));
}

/// `compare` over fragment soups: valid spans and one column per source.
#[test]
fn compare_over_fragment_soup_never_panics() {
    let mut rng = Rng(0xC0FF_EE00_1234_5678);
    for _ in 0..300 {
        let k = rng.below(4);
        let texts: Vec<String> = (0..k)
            .map(|_| {
                let n = 1 + rng.below(40);
                (0..n).map(|_| FRAGMENTS[rng.below(FRAGMENTS.len())]).collect()
            })
            .collect();
        let analyses: Vec<lede::Analysis> = texts.iter().map(|t| lede::analyze(t)).collect();
        let sources: Vec<lede::compare::Source> =
            texts.iter().zip(&analyses).map(|(t, a)| lede::compare::Source::new("s", t, a)).collect();
        let c = lede::compare::compare(&sources);
        let ok = |i: usize, s: lede::Span| s.start <= s.end && texts[i].get(s.start..s.end).is_some();
        for f in &c.facts {
            assert_eq!(f.by_source.len(), k);
            for (i, s) in f.by_source.iter().enumerate() {
                assert!(s.as_ref().is_none_or(|s| ok(i, s.span) && ok(i, s.sentence)), "{texts:?}");
            }
        }
        for q in &c.quotes {
            for (i, s) in q.by_source.iter().enumerate() {
                assert!(s.as_ref().is_none_or(|s| ok(i, s.span)), "{texts:?}");
            }
        }
        for o in &c.overlap {
            assert!((0.0..=1.0).contains(&o.similarity));
            assert!(o.passages.iter().all(|p| ok(o.a, p.a) && ok(o.b, p.b)), "{texts:?}");
        }
        for t in &texts {
            let _ = lede::compare::guess_source_name(t);
        }
    }
}
