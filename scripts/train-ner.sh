#!/usr/bin/env bash
# Trains the entity model and writes models/ner.bin (embedded by the core with
# include_bytes!). One deterministic command: fixed seeds and visiting order,
# so the same data gives the same bytes. Reads ../shared/data (CoNLL-2003
# train, the even-numbered halves of WikiGold and IE-ER dev); prints the time
# and the CoNLL-2003 dev scores. About a minute on 2 cores.
#   bash scripts/train-ner.sh [lede-train options, e.g. --epochs 10 --out FILE]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHARED="${LEDE_SHARED:-$ROOT/../shared}"
cd "$ROOT"
if [ ! -f "$SHARED/data/conll2003/eng.train" ]; then
  echo "train-ner: $SHARED/data/conll2003/eng.train not found" >&2
  exit 1
fi
start=$(date +%s)
cargo build --release --quiet -p lede-train
"${CARGO_TARGET_DIR:-target}/release/lede-train" --data "$SHARED/data" --out models/ner.bin "$@"
echo "train-ner: wrote models/ner.bin ($(wc -c < models/ner.bin) bytes, $(gzip -9 -c models/ner.bin | wc -c) gzipped) in $(( $(date +%s) - start ))s"
echo "train-ner: rebuild to embed it (cargo build --release), then: bash scripts/eval.sh"
