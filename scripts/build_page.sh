#!/usr/bin/env bash
# Builds the browser app as ONE file: dist/dubao.html (opens from disk, no server, no network).
# Steps: wasm-pack (release, no wasm-opt) → www/pkg; esbuild bundles; inline CSS, JS, worker, wasm.
# Usage: scripts/build_page.sh [--skip-wasm]   (needs scripts/setup.sh --browser done once)
set -euo pipefail
cd "$(dirname "$0")/.."

skip_wasm=0
for arg in "$@"; do [[ $arg == --skip-wasm ]] && skip_wasm=1; done

if [[ $skip_wasm == 0 || ! -f www/pkg/dubao_bg.wasm ]]; then
  # --mode no-install: use the pinned wasm-bindgen-cli from setup.sh; wasm-opt is off in Cargo.toml.
  log=$(mktemp)
  if ! wasm-pack build --target web --release --mode no-install --no-typescript \
      --out-dir www/pkg --out-name dubao . >"$log" 2>&1; then
    cat "$log" >&2; rm -f "$log"; echo "build_page: wasm build failed" >&2; exit 1
  fi
  grep -E '^(warning|error)|Finished' "$log" || true
  rm -f "$log"
fi

if [[ ! -d www/node_modules ]]; then (cd www && npm ci --no-audit --no-fund --loglevel=error); fi
node www/build.mjs dist/dubao.html
