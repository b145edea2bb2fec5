#!/usr/bin/env bash
# Runs every test of the project: the core's unit, data-driven, snapshot and
# robustness tests, the CLI's tests, then the web build and the browser tests.
# Installs the pinned tools first (idempotent). Needs nothing from ../shared.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
source scripts/install-web-tools.sh

step() { printf '\n== %s\n' "$*"; }

step "core, CLI and web-crate unit tests (cargo test, native)"
INSTA_UPDATE=no cargo test --workspace

step "web crate compiles for wasm32"
cargo check -p lede-www --target wasm32-unknown-unknown --quiet

step "web build (trunk) and download size"
bash scripts/build-site.sh

step "browser tests (node --test, playwright-core, Debian chromium)"
node --test tests/e2e/

step "benchmark (figures, not a pass/fail check)"
cargo run --release --quiet --bin lede -- bench
