#!/usr/bin/env bash
# The main job: installs what is missing, builds the single-file page dist/dubao.html and the
# native CLI, and analyzes the bundled sample issue. Prints where the page is.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
cargo build --release --quiet
bash scripts/build_page.sh
echo
echo "== 样例版面分析 (target/release/dubao analyze: bundled sample, Pinghu Daily 2023-02-09)"
target/release/dubao analyze --top 8
echo
echo "页面 / page: $(pwd)/dist/dubao.html  (open it from disk; works offline)"
