#!/usr/bin/env bash
# Times the entity model in WebAssembly under node (V8, the browser's engine),
# built with the web build's size profile (opt-level z): model parse, word
# lists, first analysis, tagging tokens/s. Figures, not a pass/fail check;
# they vary with machine load. Needs the wasm32 target and node.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT/tools/wasm-bench"
export CARGO_TARGET_DIR="$ROOT/target/wasm-bench"
cargo build --release --quiet --target wasm32-unknown-unknown
for _ in 1 2 3; do
  node run.mjs "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/wasmbench.wasm"
done
