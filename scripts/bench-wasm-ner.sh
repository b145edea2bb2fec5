#!/usr/bin/env bash
# Times the entity model in WebAssembly, built with the web build's size
# profile (opt-level z): model parse, word lists, first analysis, tagging
# tokens/s; under node (V8) and, when Debian's Chromium and playwright-core
# (npm ci) are there, inside headless Chromium (plus module compile time).
# Figures, not a pass/fail check; they vary with machine load. Needs the
# wasm32 target and node.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT/tools/wasm-bench"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}/wasm-bench"
cargo build --release --quiet --target wasm32-unknown-unknown
WASM="$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/wasmbench.wasm"
for _ in 1 2 3; do
  node run.mjs "$WASM"
done
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ] && [ -d "$ROOT/node_modules/playwright-core" ]; then
  CHROMIUM="$CHROMIUM" node browser.mjs "$WASM" 3
else
  echo "bench-wasm-ner: $CHROMIUM or node_modules/playwright-core missing (bash scripts/install-web-tools.sh); skipping the browser figures"
fi
