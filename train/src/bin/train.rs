//! `lede-train`: trains the entity model and writes `models/ner.bin`.
//!
//! Structured averaged perceptron over the core's own features and decoder:
//! each CoNLL-2003 training article is rendered twice (tokenized and
//! detokenized), parsed by the core exactly as at inference, and its gold
//! spans are projected onto the core's tokens. Deterministic: fixed seeds,
//! fixed visiting order, no dependence on thread timing.
//!
//! ```text
//! lede-train [--data DIR] [--out FILE] [--epochs N] [--bits B] [--min-count N]
//! ```

use std::ops::Range;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use lede::entities::model::decode::{self, Scratch, Transitions, N_TAGS};
use lede::entities::model::features::{self, Clusters, Extractor, FeatureBuf};
use lede::entities::model::Model;
use lede::{Document, EntityLabel, ModelRecognizer};
use lede_train::render::{render, Mode};
use lede_train::score::{evaluate, Scores};
use lede_train::{conll, GoldDoc};

struct Args {
    data: PathBuf,
    out: PathBuf,
    epochs: usize,
    bits: u32,
    min_count: u32,
    trace: bool,
}

fn parse_args() -> Result<Args, String> {
    let mut a = Args {
        data: PathBuf::from("../shared/data"),
        out: PathBuf::from("models/ner.bin"),
        epochs: 12,
        bits: 20,
        min_count: 2,
        trace: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(k) = it.next() {
        let mut v = || it.next().ok_or(format!("{k} needs a value"));
        match k.as_str() {
            "--data" => a.data = PathBuf::from(v()?),
            "--out" => a.out = PathBuf::from(v()?),
            "--epochs" => a.epochs = v()?.parse().map_err(|e| format!("--epochs: {e}"))?,
            "--bits" => a.bits = v()?.parse().map_err(|e| format!("--bits: {e}"))?,
            "--min-count" => a.min_count = v()?.parse().map_err(|e| format!("--min-count: {e}"))?,
            "--trace" => a.trace = true,
            _ => return Err(format!("unknown argument {k}")),
        }
    }
    Ok(a)
}

/// One decoding unit with its features and gold tags.
struct Seq {
    feats: Vec<u32>,
    starts: Vec<u32>,
    gold: Vec<u8>,
}

impl Seq {
    fn of(&self, i: usize) -> &[u32] {
        &self.feats[self.starts[i] as usize..self.starts[i + 1] as usize]
    }
    fn len(&self) -> usize {
        self.gold.len()
    }
}

#[derive(Default)]
struct Projection {
    entities: usize,
    misaligned: usize,
}

/// Features and gold tags of every unit of a document.
fn featurize(doc: &GoldDoc, ex: &Extractor<'_>, stats: &mut Projection) -> Vec<Seq> {
    let d = Document::parse(&doc.text);
    let mut buf = FeatureBuf::default();
    ex.extract(&d, &mut buf);
    // Gold byte spans -> token ranges.
    let mut spans: Vec<(Range<usize>, usize)> = Vec::new();
    for &(a, b, l) in &doc.entities {
        stats.entities += 1;
        let first = d.tokens.partition_point(|t| t.span.end <= a);
        let mut last = first;
        while last < d.tokens.len() && d.tokens[last].span.start < b {
            last += 1;
        }
        let ok = first < last && d.tokens[first].span.start == a && d.tokens[last - 1].span.end == b;
        if ok {
            spans.push((first..last, label_index(l)));
        } else {
            stats.misaligned += 1;
        }
    }
    let mut out = Vec::new();
    for u in features::units(&d) {
        let inside: Vec<(Range<usize>, usize)> = spans
            .iter()
            .filter(|(r, _)| r.start >= u.start && r.end <= u.end)
            .map(|(r, l)| (r.start - u.start..r.end - u.start, *l))
            .collect();
        stats.misaligned += spans.iter().filter(|(r, _)| r.start < u.end && r.end > u.end).count();
        let gold = decode::encode(u.len(), &inside);
        let mut feats = Vec::new();
        let mut starts = vec![0u32];
        for i in u.clone() {
            feats.extend_from_slice(buf.of(i));
            starts.push(feats.len() as u32);
        }
        out.push(Seq { feats, starts, gold });
    }
    out
}

fn label_index(l: EntityLabel) -> usize {
    decode::LABELS.iter().position(|&x| x == l).unwrap_or(0)
}

fn featurize_all(docs: &[GoldDoc], ex: &Extractor<'_>) -> (Vec<Seq>, Projection) {
    let size = docs.len().div_ceil(2).max(1);
    let parts: Vec<(Vec<Seq>, Projection)> = std::thread::scope(|sc| {
        let hs: Vec<_> = docs
            .chunks(size)
            .map(|c| {
                sc.spawn(move || {
                    let mut st = Projection::default();
                    let mut v = Vec::new();
                    for d in c {
                        v.extend(featurize(d, ex, &mut st));
                    }
                    (v, st)
                })
            })
            .collect();
        hs.into_iter().map(|h| h.join().expect("featurize thread")).collect()
    });
    let mut seqs = Vec::new();
    let mut st = Projection::default();
    for (v, s) in parts {
        seqs.extend(v);
        st.entities += s.entities;
        st.misaligned += s.misaligned;
    }
    (seqs, st)
}

/// Averaged perceptron weights (the averaging trick: `avg = w - u / c`).
struct Weights {
    w: Vec<f32>,
    u: Vec<f32>,
    tr: Vec<f32>,
    tu: Vec<f32>,
    c: f32,
}

const TR_LEN: usize = N_TAGS * N_TAGS + 2 * N_TAGS;

impl Weights {
    fn new(bits: u32) -> Weights {
        let n = (1usize << bits) * N_TAGS;
        Weights { w: vec![0.0; n], u: vec![0.0; n], tr: vec![0.0; TR_LEN], tu: vec![0.0; TR_LEN], c: 1.0 }
    }

    fn transitions(v: &[f32]) -> Transitions {
        Transitions {
            trans: v[..N_TAGS * N_TAGS].to_vec(),
            start: v[N_TAGS * N_TAGS..N_TAGS * N_TAGS + N_TAGS].to_vec(),
            end: v[N_TAGS * N_TAGS + N_TAGS..].to_vec(),
        }
    }

    fn emissions(w: &[f32], s: &Seq, out: &mut Vec<f32>) {
        out.clear();
        out.resize(s.len() * N_TAGS, 0.0);
        for i in 0..s.len() {
            let row = &mut out[i * N_TAGS..(i + 1) * N_TAGS];
            for &f in s.of(i) {
                let wr = &w[f as usize * N_TAGS..(f as usize + 1) * N_TAGS];
                for (o, x) in row.iter_mut().zip(wr) {
                    *o += x;
                }
            }
        }
    }

    fn update(&mut self, s: &Seq, pred: &[u8]) {
        let c = self.c;
        for i in 0..s.len() {
            let (g, p) = (s.gold[i] as usize, pred[i] as usize);
            if g != p {
                for &f in s.of(i) {
                    let b = f as usize * N_TAGS;
                    self.w[b + g] += 1.0;
                    self.u[b + g] += c;
                    self.w[b + p] -= 1.0;
                    self.u[b + p] -= c;
                }
            }
            let (gp, pp) = if i == 0 {
                (N_TAGS * N_TAGS + g, N_TAGS * N_TAGS + p)
            } else {
                (s.gold[i - 1] as usize * N_TAGS + g, pred[i - 1] as usize * N_TAGS + p)
            };
            if gp != pp {
                self.tr[gp] += 1.0;
                self.tu[gp] += c;
                self.tr[pp] -= 1.0;
                self.tu[pp] -= c;
            }
        }
        let n = s.len();
        if n > 0 {
            let (g, p) = (s.gold[n - 1] as usize, pred[n - 1] as usize);
            if g != p {
                let e = N_TAGS * N_TAGS + N_TAGS;
                self.tr[e + g] += 1.0;
                self.tu[e + g] += c;
                self.tr[e + p] -= 1.0;
                self.tu[e + p] -= c;
            }
        }
    }

    fn averaged(&self) -> (Vec<f32>, Vec<f32>) {
        let avg = |w: &[f32], u: &[f32]| w.iter().zip(u).map(|(w, u)| w - u / self.c).collect::<Vec<f32>>();
        (avg(&self.w, &self.u), avg(&self.tr, &self.tu))
    }
}

/// Token-span F1 of float weights on featurized sequences (for tracing).
fn seq_f1(w: &[f32], tr: &Transitions, seqs: &[Seq]) -> f64 {
    let (mut tp, mut fp, mut fne) = (0usize, 0usize, 0usize);
    let mut em = Vec::new();
    let mut scratch = Scratch::default();
    let mut pred = Vec::new();
    for s in seqs {
        Weights::emissions(w, s, &mut em);
        decode::viterbi(&em, tr, &mut scratch, &mut pred);
        let g = decode::spans(&s.gold);
        let p = decode::spans(&pred);
        let hits = p.iter().filter(|x| g.contains(x)).count();
        tp += hits;
        fp += p.len() - hits;
        fne += g.len() - hits;
    }
    lede_train::score::prf(tp, fp, fne).2
}

/// Rounds weights to i8 with one scale; rows that round to zero are pruned.
fn quantize(bits: u32, w: &[f32], tr: Vec<f32>, clusters: Clusters) -> Model {
    let mut mags: Vec<f32> = w.iter().filter(|x| **x != 0.0).map(|x| x.abs()).collect();
    mags.sort_by(f32::total_cmp);
    let top = mags.get(mags.len().saturating_sub(1 + mags.len() / 20000)).copied().unwrap_or(1.0).max(1e-6);
    let scale = top / 127.0;
    let mut entries = Vec::new();
    for b in 0..(1usize << bits) {
        let row = &w[b * N_TAGS..(b + 1) * N_TAGS];
        let mut q = [0i8; N_TAGS];
        let mut any = false;
        for (k, &x) in row.iter().enumerate() {
            let v = (x / scale).round().clamp(-127.0, 127.0) as i8;
            q[k] = v;
            any |= v != 0;
        }
        if any {
            entries.push((b as u32, q));
        }
    }
    Model::from_parts(bits, scale, Weights::transitions(&tr), entries, clusters)
}

fn load_conll(path: &std::path::Path) -> Result<Vec<conll::Doc>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(conll::parse(&text))
}

fn renderings(docs: &[conll::Doc], tag: &str) -> (Vec<GoldDoc>, Vec<GoldDoc>) {
    let tok = docs.iter().enumerate().map(|(i, d)| render(d, Mode::Tokenized, &format!("{tag}-{i}"))).collect();
    let det = docs
        .iter()
        .enumerate()
        .map(|(i, d)| render(d, Mode::Detok { seed: i as u64 + 1 }, &format!("{tag}-{i}-detok")))
        .collect();
    (tok, det)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("lede-train: {e}");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("lede-train: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &Args) -> Result<(), String> {
    let t0 = Instant::now();
    let conll_dir = args.data.join("conll2003");
    let train_docs = load_conll(&conll_dir.join("eng.train"))?;
    let dev_docs = load_conll(&conll_dir.join("eng.testa"))?;
    let (train_tok, train_det) = renderings(&train_docs, "train");
    let (dev_tok, dev_det) = renderings(&dev_docs, "dev");
    let mut train: Vec<GoldDoc> = Vec::new();
    train.extend(train_tok);
    train.extend(train_det);
    let clusters = Clusters::default();
    let ex = Extractor { bits: args.bits, clusters: &clusters };
    let (mut seqs, st) = featurize_all(&train, &ex);
    let tokens: usize = seqs.iter().map(Seq::len).sum();
    println!(
        "train: {} documents ({} renderings), {} units, {} tokens; {} of {} gold entities not aligned to tokens",
        train_docs.len(),
        train.len(),
        seqs.len(),
        tokens,
        st.misaligned,
        st.entities
    );
    // Prune rare buckets: a feature seen fewer than min_count times is dropped.
    let mut counts = vec![0u32; 1usize << args.bits];
    for s in &seqs {
        for &f in &s.feats {
            counts[f as usize] = counts[f as usize].saturating_add(1);
        }
    }
    let kept = counts.iter().filter(|&&c| c >= args.min_count).count();
    for s in &mut seqs {
        let mut feats = Vec::with_capacity(s.feats.len());
        let mut starts = vec![0u32];
        for i in 0..s.len() {
            feats.extend(s.of(i).iter().copied().filter(|&f| counts[f as usize] >= args.min_count));
            starts.push(feats.len() as u32);
        }
        s.feats = feats;
        s.starts = starts;
    }
    println!("features: {kept} buckets of {} seen at least {} times ({:.1}s)", 1u64 << args.bits, args.min_count, t0.elapsed().as_secs_f64());
    let (dev_tok_seqs, dev_det_seqs) = if args.trace {
        (featurize_all(&dev_tok, &ex).0, featurize_all(&dev_det, &ex).0)
    } else {
        (Vec::new(), Vec::new())
    };

    let mut wts = Weights::new(args.bits);
    let mut order: Vec<usize> = (0..seqs.len()).collect();
    let mut rng = 0x2545_f491_4f6c_dd1du64;
    let mut em = Vec::new();
    let mut scratch = Scratch::default();
    let mut pred = Vec::new();
    for epoch in 1..=args.epochs {
        // Fisher-Yates with a fixed xorshift stream.
        for i in (1..order.len()).rev() {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            order.swap(i, (rng % (i as u64 + 1)) as usize);
        }
        let mut errors = 0usize;
        for &k in &order {
            let s = &seqs[k];
            let tr = Weights::transitions(&wts.tr);
            Weights::emissions(&wts.w, s, &mut em);
            decode::viterbi(&em, &tr, &mut scratch, &mut pred);
            if pred != s.gold {
                errors += 1;
                wts.update(s, &pred);
            }
            wts.c += 1.0;
        }
        if args.trace {
            let (w, tr) = wts.averaged();
            let tr = Weights::transitions(&tr);
            println!(
                "epoch {epoch:2}: {errors} units wrong; dev token-span F1 tokenized {:.4}, detok {:.4} ({:.1}s)",
                seq_f1(&w, &tr, &dev_tok_seqs),
                seq_f1(&w, &tr, &dev_det_seqs),
                t0.elapsed().as_secs_f64()
            );
        } else {
            println!("epoch {epoch:2}: {errors} units wrong ({:.1}s)", t0.elapsed().as_secs_f64());
        }
    }
    let (w, tr) = wts.averaged();
    drop(wts);
    let model = quantize(args.bits, &w, tr, clusters);
    let bytes = model.to_bytes();
    std::fs::write(&args.out, &bytes).map_err(|e| format!("{}: {e}", args.out.display()))?;
    println!("model: {} rows, {} bytes -> {} ({:.1}s)", model.n_rows(), bytes.len(), args.out.display(), t0.elapsed().as_secs_f64());
    let rec = ModelRecognizer::new(Model::from_bytes(&bytes).map_err(|e| e.to_string())?);
    let with_opt = |v: Vec<GoldDoc>| v.into_iter().map(|d| (d, Vec::new())).collect::<Vec<_>>();
    let dt = with_opt(dev_tok);
    let dd = with_opt(dev_det);
    let report = |name: &str, s: &Scores| {
        let (p, r, f) = s.micro();
        println!("dev {name:10} P {p:.4} R {r:.4} F1 {f:.4}");
    };
    report("tokenized", &evaluate(&dt, &rec, None));
    report("detok", &evaluate(&dd, &rec, None));
    println!("total time {:.1}s", t0.elapsed().as_secs_f64());
    Ok(())
}
