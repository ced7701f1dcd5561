#!/usr/bin/env bash
# All tests: installs what is missing (incl. chromium for the browser tests), then the Rust core
# tests (unit, gold sample, property tests) and the browser app tests (bindings, e2e from file://).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh --browser
echo "== cargo test (core, CLI, gold sample, properties)"
cargo test --release
echo "== browser app (build dist/dubao.html, node --test: unit, bindings, e2e in chromium)"
bash scripts/test_page.sh
