#!/usr/bin/env bash
# Installs the pinned tools the web app needs, on a fresh Debian machine or
# this one. Idempotent: each step checks first and skips what is present.
# Nothing is downloaded from GitHub: crates come from crates.io, npm packages
# from the npm registry, chromium from Debian.
#
#   chromium + chromium-driver  (apt)        browser for the e2e tests
#   wasm32-unknown-unknown      (rustup)     the wasm target
#   trunk 0.21.14               (cargo)      0.22 needs a newer rustc than we pin
#   wasm-bindgen-cli 0.2.130    (cargo)      must equal Cargo.lock's wasm-bindgen
#   binaryen 132, playwright-core 1.65.1 (npm, package.json + package-lock.json)
#
# Run it, or source it (scripts/serve.sh and scripts/test.sh do): it exports
# PATH with node_modules/.bin (npm's wasm-opt 132) and ~/.cargo/bin first,
# which trunk needs. It never calls `exit`, so sourcing is safe.
set -euo pipefail

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

log() { printf '[install-web-tools] %s\n' "$*" >&2; }

# 1. Chromium (only if missing). Root on CI/dev machines; sudo otherwise.
#    LEDE_NO_BROWSER=1 skips it (the Pages build needs no browser, and on
#    Ubuntu the apt package is only a snap stub).
if [ "${LEDE_NO_BROWSER:-0}" = 1 ]; then
  log "LEDE_NO_BROWSER=1: not checking chromium"
elif ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  log "installing chromium chromium-driver (apt)"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
else
  log "chromium present: $(command -v chromium)"
fi

# 2. The wasm target.
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  log "adding rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
else
  log "rust target wasm32-unknown-unknown present"
fi

# 3. trunk, pinned. (`cargo install --locked trunk` without a version picks
#    0.22.x, which needs rustc >= 1.96.1.)
if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  log "installing trunk $TRUNK_VERSION (cargo install; ~15 min on 2 cores)"
  cargo install --locked "trunk@$TRUNK_VERSION"
else
  log "trunk $TRUNK_VERSION present"
fi

# 4. wasm-bindgen-cli, equal to the wasm-bindgen in Cargo.lock. No --locked:
#    its lockfile wants a webpki-roots release the registry mirror lacks.
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (cargo install; ~6 min)"
  cargo install --force "wasm-bindgen-cli@$WASM_BINDGEN_VERSION"
else
  log "wasm-bindgen $WASM_BINDGEN_VERSION present"
fi

# 5. npm tools, exactly as locked.
cd "$ROOT"
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
   || [ "$(node_modules/.bin/wasm-opt --version 2>/dev/null || true)" != "wasm-opt version 132 (version_132)" ]; then
  log "npm ci (binaryen, playwright-core)"
  npm ci --no-audit --no-fund
else
  log "npm tools present: $(node_modules/.bin/wasm-opt --version)"
fi

# 6. Crates for the offline build (trunk runs cargo with --offline).
log "cargo fetch"
cargo fetch --manifest-path "$ROOT/Cargo.toml" >/dev/null

log "ready: $(trunk --version), $(wasm-bindgen --version), $(wasm-opt --version)"
