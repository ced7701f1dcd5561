#!/usr/bin/env bash
# Browser-app tests: builds dist/dubao.html (unless --no-build), checks www's JS with eslint and
# prettier (npm run lint, npm run format:check), then runs www's node --test suites: unit (pure JS
# helpers), structure (module layout), bindings (the wasm API in node), e2e (file:// page in
# Debian's chromium, all network blocked). Screenshots land in out/screenshots/.
# Usage: scripts/test_page.sh [--no-build] [--skip-wasm]
set -euo pipefail
cd "$(dirname "$0")/.."

build=1
build_args=()
for arg in "$@"; do
  case $arg in
    --no-build) build=0 ;;
    --skip-wasm) build_args+=(--skip-wasm) ;;
  esac
done
[[ -x /usr/bin/chromium ]] || { echo "test_page: /usr/bin/chromium missing: run scripts/setup.sh --browser" >&2; exit 1; }
if [[ $build == 1 ]]; then scripts/build_page.sh "${build_args[@]}"; fi
cd www
npm run --silent lint
npm run --silent format:check
node --test --test-concurrency=1 --test-reporter=spec tests/
