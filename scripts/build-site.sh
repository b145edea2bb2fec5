#!/usr/bin/env bash
# Builds the static site into dist/ with trunk (release, offline, wasm-opt -Oz)
# and prints every file's raw and gzip -9 size and the gzipped total.
# Needs the tools from scripts/install-web-tools.sh.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# npm's wasm-opt 132 must come before any system wasm-opt (Debian's 108 fails).
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

# The root [profile.release] (lto, codegen-units=1, panic=abort) is shared with
# the native CLI, which wants opt-level 3; the web build wants size.
export CARGO_PROFILE_RELEASE_OPT_LEVEL=z

# trunk passes --offline to cargo (Trunk.toml: offline = true): fetch first.
cargo fetch >/dev/null

trunk build --release

echo
echo "dist/ (gzip -9 is roughly what a server sends):"
total_raw=0
total_gz=0
while IFS= read -r -d '' f; do
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + gz))
  printf '  %-44s %10d B raw %10d B gz\n' "${f#dist/}" "$raw" "$gz"
done < <(find dist -type f -print0 | sort -z)
printf '  %-44s %10d B raw %10d B gz\n' "TOTAL" "$total_raw" "$total_gz"
printf 'total gzipped download: %d KB\n' $(( (total_gz + 1023) / 1024 ))
