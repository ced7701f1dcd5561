#!/usr/bin/env bash
# Installs everything dubao's build and tests need on a fresh machine; skips what is present.
# Usage: scripts/setup.sh [--browser]   (--browser also installs chromium, a CJK font and the Python
# packages that draw the PDF fixtures, for the e2e tests)
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_BINDGEN_VERSION=0.2.130
want_browser=0
for arg in "$@"; do [[ $arg == --browser ]] && want_browser=1; done

need_apt=()
command -v clang >/dev/null || need_apt+=(clang)
# zstd: the page build recompresses jieba-rs's embedded blobs (optional: skipped without it).
command -v zstd >/dev/null || need_apt+=(zstd)
if [[ $want_browser == 1 ]]; then
  [[ -x /usr/bin/chromium ]] || need_apt+=(chromium)
  [[ -x /usr/bin/chromedriver ]] || need_apt+=(chromium-driver)
  fc-list 2>/dev/null | grep -qi 'wenquanyi\|wqy' || need_apt+=(fonts-wqy-microhei)
  # The PDF end-to-end test makes its fixtures with Python (www/tests/fixtures/make_pdfs.py).
  command -v python3 >/dev/null || need_apt+=(python3)
  python3 -m pip --version >/dev/null 2>&1 || need_apt+=(python3-pip)
fi
if ((${#need_apt[@]})); then
  echo "setup: apt-get install ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if [[ $want_browser == 1 ]]; then
  # The PDF e2e fixtures: reportlab (with Pillow) draws them, fontTools subsets the embedded font.
  py_need=()
  python3 -c 'import reportlab' 2>/dev/null || py_need+=(reportlab)
  python3 -c 'import PIL' 2>/dev/null || py_need+=(pillow)
  python3 -c 'import fontTools' 2>/dev/null || py_need+=(fonttools)
  if ((${#py_need[@]})); then
    echo "setup: pip install ${py_need[*]}"
    python3 -m pip install -q "${py_need[@]}" 2>/dev/null \
      || python3 -m pip install -q --break-system-packages "${py_need[@]}"
  fi
fi

rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
# The gates in scripts/test.sh: rustfmt and clippy.
for component in rustfmt clippy; do
  rustup component list --installed | grep -q "^$component" || rustup component add "$component"
done

# The CLI also installs wasm-bindgen-test-runner (tests/wasm_bindings.rs runs in node through it).
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION" \
    || ! wasm-bindgen-test-runner --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION"; then
  echo "setup: cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  cargo install -q wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi
command -v wasm-pack >/dev/null || { echo "setup: cargo install wasm-pack"; cargo install -q wasm-pack; }

if [[ -f www/package-lock.json ]]; then
  if [[ ! -d www/node_modules ]] || [[ www/package-lock.json -nt www/node_modules/.package-lock.json ]]; then
    echo "setup: npm ci (www)"
    (cd www && npm ci --no-audit --no-fund --loglevel=error)
  fi
fi
echo "setup: ok"
