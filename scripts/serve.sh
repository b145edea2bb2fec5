#!/usr/bin/env bash
# Builds the web app and serves it at http://127.0.0.1:8080 with the sample
# article analyzed. Installs the pinned tools first (idempotent).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
source scripts/install-web-tools.sh
# Size over speed for the wasm build; native builds keep opt-level 3.
export CARGO_PROFILE_RELEASE_OPT_LEVEL=z
cargo fetch --quiet
exec trunk serve --address 127.0.0.1 --port 8080
