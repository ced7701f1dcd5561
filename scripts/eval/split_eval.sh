#!/usr/bin/env bash
# Article-split evaluation: renders the two People's Daily issues as e-paper text (and as clean
# text), runs the release CLI on each, and scores the split against the gold; also scores the
# project's real sample page (samples/pinghu-2023-02-09).
#
# Usage (from anywhere; paths are resolved from the repo root):
#   scripts/eval/split_eval.sh                 # build if src/ is newer than the binary, seed 1
#   scripts/eval/split_eval.sh --no-build      # use target/release/dubao as it is
#   scripts/eval/split_eval.sh --seed 7 -v     # another layout draw; list mismatched articles
#
# Rendered text, gold and predictions go to out/pd/ and out/pd-clean/ (gitignored: the People's
# Daily data is for internal evaluation only and must never be committed).
set -euo pipefail
cd "$(dirname "$0")/../.."

build=1 seed=1 verbose=()
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0 ;;
    --seed) seed="$2"; shift ;;
    -v|--verbose) verbose=(--verbose) ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
  shift
done

bin=target/release/dubao
if [ "$build" = 1 ]; then
  if [ ! -x "$bin" ] || [ -n "$(find src Cargo.toml Cargo.lock -newer "$bin" -type f 2>/dev/null | head -1)" ]; then
    echo "== cargo build --release (sources newer than $bin)"
    cargo build --release --quiet
  fi
fi
[ -x "$bin" ] || { echo "no $bin: run cargo build --release (or drop --no-build)" >&2; exit 1; }

python3 scripts/eval/render_pd.py --seed "$seed" --out out/pd/
python3 scripts/eval/render_pd.py --seed "$seed" --out out/pd-clean/ --clean

run() {   # run TEXT PRED: the CLI's JSON for TEXT into PRED (an error is reported, not fatal)
  if ! "$bin" analyze "$1" --format json > "$2" 2> "$2.err"; then
    echo "!! $bin analyze $1 failed: $(head -c 400 "$2.err")" >&2
    echo '{"items":[],"furniture":[],"keywords":[]}' > "$2"
  fi
}

for mode in pd pd-clean; do
  for date in 20190215 20200210; do
    txt=out/$mode/$date.txt
    run "$txt" "out/$mode/$date.pred.json"
    echo
    python3 scripts/eval/score_split.py "out/$mode/$date.gold.json" "out/$mode/$date.pred.json" \
      --name "$mode/$date (seed $seed)" "${verbose[@]}"
  done
done

mkdir -p out/sample
run samples/pinghu-2023-02-09.txt out/sample/pinghu.pred.json
echo
python3 scripts/eval/score_split.py samples/pinghu-2023-02-09.gold.json out/sample/pinghu.pred.json \
  --text samples/pinghu-2023-02-09.txt --name "sample pinghu-2023-02-09 (real PDF text)" "${verbose[@]}"

echo
echo "== summary (seed $seed)"
printf '%-34s %-7s %7s  %-5s %-5s %-5s  %-7s %5s\n' set exact "" P R F1 title items
for mode in pd pd-clean; do
  for date in 20190215 20200210; do
    python3 scripts/eval/score_split.py "out/$mode/$date.gold.json" "out/$mode/$date.pred.json" \
      --name "$mode/$date" --oneline
  done
done
python3 scripts/eval/score_split.py samples/pinghu-2023-02-09.gold.json out/sample/pinghu.pred.json \
  --text samples/pinghu-2023-02-09.txt --name "sample/pinghu (real)" --oneline
