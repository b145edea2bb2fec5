#!/usr/bin/env bash
# Judges a change to the entity model the way ARCHITECTURE.md asks: trains
# seeds 0-2 (held-out F1 moves about ±1 point from the visiting order alone)
# and prints each seed's strict F1 on CoNLL dev, the IE-ER and WikiGold
# held-out halves and the seeds gold, then the means. Models go to a
# temporary directory; models/ner.bin is not touched.
#   bash tools/eval/seeds.sh [lede-train options]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SHARED="${LEDE_SHARED:-$ROOT/../shared}"
DATA="$SHARED/data"
cd "$ROOT"
TARGET="${CARGO_TARGET_DIR:-target}"
cargo build --release --quiet -p lede-train --bin lede-train
cargo build --release --quiet --bin lede
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
f1() { awk '/all:/{print $NF; exit}'; }
printf "%-5s %8s %8s %8s %8s\n" seed conll ieer wikigold seeds
for seed in 0 1 2; do
  "$TARGET/release/lede-train" --data "$DATA" --out "$tmp/m$seed.bin" --seed "$seed" "$@" > "$tmp/train$seed.log"
  m="$tmp/m$seed.bin"
  conll=$("$TARGET/release/lede" eval ner --model "$m" --conll "$DATA/conll2003/eng.testa" | f1)
  ieer=$("$TARGET/release/lede" eval ner --model "$m" --jsonl "$DATA/nist_ieer/dev.documents.jsonl" --classes PER,ORG,LOC --held-out | f1)
  wiki=$("$TARGET/release/lede" eval ner --model "$m" --jsonl "$DATA/wikigold/wikigold.documents.jsonl" --classes PER,ORG,LOC,MISC --held-out | f1)
  seeds=$("$TARGET/release/lede" eval ner --model "$m" --jsonl "$SHARED/gold/seeds-dev.jsonl" | f1)
  printf "%-5s %8s %8s %8s %8s\n" "$seed" "$conll" "$ieer" "$wiki" "$seeds"
  echo "$conll $ieer $wiki $seeds" >> "$tmp/all"
done
awk '{for(i=1;i<=4;i++)s[i]+=$i} END{printf "%-5s %8.2f %8.2f %8.2f %8.2f\n","mean",s[1]/NR,s[2]/NR,s[3]/NR,s[4]/NR}' "$tmp/all"
