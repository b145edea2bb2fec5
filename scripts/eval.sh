#!/usr/bin/env bash
# Scores the analyzer on the development gold beside the repo (../shared).
# Separate from the tests: a fresh clone without ../shared skips it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHARED="${LEDE_SHARED:-$ROOT/../shared}"
cd "$ROOT"
if [ ! -d "$SHARED/gold" ]; then
  echo "eval: $SHARED not found; skipping the evaluations over shared gold data."
  exit 0
fi
cargo build --release --quiet --bin lede
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# Inputs without the gold fields, so the analyzer sees only id and text.
python3 - "$SHARED/gold/seeds-dev.jsonl" > "$tmp/seeds-in.jsonl" <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip():
        d = json.loads(line)
        print(json.dumps({"id": d["id"], "text": d["text"]}, ensure_ascii=False))
PY
./target/release/lede analyze --jsonl < "$tmp/seeds-in.jsonl" > "$tmp/seeds-pred.jsonl"
echo "== seeds-dev (entities + numbers), score.py --scheme seeds"
python3 "$SHARED/tools/score.py" --gold "$SHARED/gold/seeds-dev.jsonl" --pred "$tmp/seeds-pred.jsonl" --scheme seeds

# ---- entity recognizer (lede eval ner): strict span P/R/F1 per label ----------
DATA="$SHARED/data"
LEDE=./target/release/lede
if [ -f "$DATA/conll2003/eng.testa" ]; then
  echo
  echo "== NER: CoNLL-2003 dev (testa), tokenized and detokenized; gate: tokenized F1 >= 0.90"
  $LEDE eval ner --conll "$DATA/conll2003/eng.testa" --detok > "$tmp/conll.txt" || true
  cat "$tmp/conll.txt"
  f1="$(awk '/\(tokenized\)/{getline; getline; print $NF; exit}' "$tmp/conll.txt")"
  if ! awk -v f="$f1" 'BEGIN { exit !(f + 0 >= 90.0) }'; then
    echo "eval: FAIL: CoNLL-2003 dev tokenized F1 ${f1:-missing} < 90.00"
    exit 1
  fi
else
  echo "eval: $DATA/conll2003 not found; skipping the CoNLL NER gate."
fi
# The shipped model trains on the even-numbered articles of IE-ER dev and
# WikiGold; the odd-numbered ones (--held-out) are the fair figures.
for set in "nist_ieer/dev.documents.jsonl PER,ORG,LOC" "wikigold/wikigold.documents.jsonl PER,ORG,LOC,MISC"; do
  read -r file classes <<< "$set"
  if [ -f "$DATA/$file" ]; then
    echo
    echo "== NER: $file ($classes), held-out half (not trained on)"
    $LEDE eval ner --jsonl "$DATA/$file" --classes "$classes" --held-out
    echo "== NER: $file ($classes), all articles (half of them trained on)"
    $LEDE eval ner --jsonl "$DATA/$file" --classes "$classes" | grep -E "all:|processed"
  fi
done
echo
echo "== NER: seeds-dev entities"
$LEDE eval ner --jsonl "$SHARED/gold/seeds-dev.jsonl"

# ---------------------------------------------------------------- numbers
# The number layer on three gold sets. Inputs carry reference dates (the
# Recognizers-Text cases' `reference_datetime`, the IE-ER documents' own
# date) so that relative dates resolve as the gold resolves them.
EVAL_PY="$ROOT/tools/eval/numbers_eval.py"

echo
echo "== seeds-dev numbers only (strict F1 on number spans+kinds), score.py --scheme seeds"
python3 "$SHARED/tools/score.py" --gold "$SHARED/gold/seeds-dev.jsonl" --pred "$tmp/seeds-pred.jsonl" \
  --scheme seeds --classes NUM:count,NUM:date,NUM:duration,NUM:quantity,NUM:money,NUM:percent,NUM:time,NUM:ordinal
python3 "$EVAL_PY" seeds-values "$SHARED/gold/seeds-dev.jsonl" "$tmp/seeds-pred.jsonl"

REC="$SHARED/data/recognizers_text"
if [ -d "$REC/flat" ]; then
  mkdir -p "$tmp/rec"
  python3 "$EVAL_PY" recognizers-prepare "$REC" "$tmp/rec"
  # Bad lines would be reported on stderr and skipped; the scorer counts
  # any missing prediction, so the exit status is not needed here.
  ./target/release/lede analyze --jsonl < "$tmp/rec/input.jsonl" > "$tmp/rec/pred.jsonl" || true
  echo
  echo "== Recognizers-Text dev (Number, Percent, Ordinal, Currency, Dimension, Age, Temperature, DateTimeModel), score.py --scheme recognizers"
  python3 "$SHARED/tools/score.py" --gold "$tmp/rec/gold.jsonl" --pred "$tmp/rec/pred.jsonl" --scheme recognizers
  echo "-- value right on strictly matched spans (tools/eval/numbers_eval.py)"
  python3 "$EVAL_PY" recognizers-values "$tmp/rec/gold.jsonl" "$tmp/rec/pred.jsonl"
  echo "-- misses by reason: span conventions where ANNOTATION.md, the seeds or IE-ER decide otherwise"
  python3 "$EVAL_PY" recognizers-errors "$tmp/rec/gold.jsonl" "$tmp/rec/pred.jsonl"
else
  echo "eval: $REC not found; skipping Recognizers-Text."
fi

IEER="$SHARED/data/nist_ieer/dev.documents.jsonl"
if [ -f "$IEER" ]; then
  python3 "$EVAL_PY" ieer-prepare "$IEER" "$tmp/ieer-in.jsonl"
  ./target/release/lede analyze --jsonl < "$tmp/ieer-in.jsonl" > "$tmp/ieer-pred.jsonl" || true
  echo
  echo "== NIST IE-ER dev, number classes, score.py --scheme ieer"
  python3 "$SHARED/tools/score.py" --gold "$IEER" --pred "$tmp/ieer-pred.jsonl" --scheme ieer \
    --classes DATE,TIME,DURATION,MONEY,PERCENT,MEASURE,CARDINAL
else
  echo "eval: $IEER not found; skipping IE-ER."
fi

# ---- clusters, canonical names, debris (tools/eval/clusters.py) ---------------
echo
echo "== seeds-dev clusters: canonical on correctly found mentions, pairwise cluster F1, facts in debris"
python3 tools/eval/clusters.py --gold "$SHARED/gold/seeds-dev.jsonl" --pred "$tmp/seeds-pred.jsonl"
