#!/usr/bin/env bash
# All tests: installs what is missing (incl. chromium for the browser tests), the gates (format,
# lints, module graph), then the Rust core
# tests (unit, gold sample, property tests), the wasm bindings compiled to wasm32 and run in node
# (wasm-bindgen-test), and the browser app tests (bindings through the JS glue, e2e from file://).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh --browser
echo "== gates: rustfmt, clippy (native and wasm32), module graph (no import cycle, files <= 500 lines)"
cargo fmt --check
cargo clippy --quiet --all-targets -- -D warnings
cargo clippy --quiet --target wasm32-unknown-unknown --lib --test wasm_bindings -- -D warnings
python3 scripts/checks/modules.py
echo "== cargo test (core, CLI, gold sample, properties)"
cargo test --release
echo "== wasm bindings in node (wasm-bindgen-test)"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --release --target wasm32-unknown-unknown --test wasm_bindings
echo "== browser app (build dist/dubao.html, node --test: unit, bindings, e2e in chromium)"
bash scripts/test_page.sh
