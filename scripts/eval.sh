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
