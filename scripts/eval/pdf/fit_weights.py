#!/usr/bin/env python3
"""Refits the splitter's weight table (src/layout/fitted.rs) on the TRAINING data only.

Training texts: every TRAIN draw of draws.txt extracted by every engine (PDFium, pdftotext -raw,
pdftotext, pdf.js), plus the text renderer's e-paper and clean renderings of the training issue
20190215 with seeds 1, 3 and 7 (render_pd.py). The bundled sample must stay all exact. TEST
draws are never read here: score them afterwards with split_pdf_eval.py --set test.

Usage (from anywhere):
    python3 scripts/eval/pdf/fit_weights.py [--minutes 30] [--passes 3] [--score-only]
        [--only name,name] [--dry-run]   # --dry-run: write the table to out/fit/fitted.rs

Needs what split_pdf_eval.py needs (PDF engines, fonts); PDFs and texts are cached in out/pdf/.
"""

import argparse
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
sys.path.insert(0, HERE)
import extract  # noqa: E402
import split_pdf_eval as ev  # noqa: E402

RENDER_ISSUE = "20190215"  # a TRAIN issue in draws.txt
RENDER_SEEDS = (1, 3, 7)


def manifest_rows():
    rows = []
    for which, date, seed in ev.read_draws(os.path.join(HERE, "draws.txt")):
        if which != "train":
            continue
        pdf = ev.ensure_pdf(date, seed, False)
        for engine, (text, gold) in ev.ensure_texts(pdf, extract.ENGINES, False).items():
            rows.append((f"pdf-{engine}", "fit", text, gold))
    for seed in RENDER_SEEDS:
        for mode, flags in (("pd", []), ("clean", ["--clean"])):
            out = os.path.join("out", "fit", f"{mode}-s{seed}")
            if not os.path.exists(os.path.join(out, f"{RENDER_ISSUE}.gold.json")):
                subprocess.run([sys.executable, os.path.join("scripts", "eval", "render_pd.py"),
                                "--date", RENDER_ISSUE, "--seed", str(seed), "--out", out + "/",
                                *flags], check=True, stdout=subprocess.DEVNULL)
            rows.append((f"render-{mode}", "fit", os.path.join(out, f"{RENDER_ISSUE}.txt"),
                         os.path.join(out, f"{RENDER_ISSUE}.gold.json")))
    rows.append(("sample", "must", "samples/pinghu-2023-02-09.txt",
                 "samples/pinghu-2023-02-09.gold.json"))
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--minutes", default="30")
    ap.add_argument("--passes", default="3")
    ap.add_argument("--only", help="fit only these weights (comma-separated field names)")
    ap.add_argument("--score-only", action="store_true", help="print the current table's figures")
    ap.add_argument("--dry-run", action="store_true", help="write out/fit/fitted.rs instead")
    args = ap.parse_args()
    os.chdir(ROOT)
    if not os.path.isdir(os.path.join("..", "shared", "eval", "peoples-daily")):
        sys.exit("data not found at ../shared/eval/peoples-daily")
    os.makedirs(os.path.join("out", "fit"), exist_ok=True)
    manifest = os.path.join("out", "fit", "manifest.tsv")
    with open(manifest, "w", encoding="utf-8") as f:
        for row in manifest_rows():
            f.write("\t".join(row) + "\n")
    out = os.path.join("out", "fit", "fitted.rs") if args.dry_run else \
        os.path.join("src", "layout", "fitted.rs")
    cmd = ["cargo", "run", "--release", "--quiet", "--example", "fit_weights", "--",
           "--manifest", manifest, "--minutes", args.minutes, "--passes", args.passes]
    if args.only:
        cmd += ["--only", args.only]
    if args.score_only:
        cmd.append("--score-only")
    else:
        cmd += ["--out", out]
    sys.exit(subprocess.run(cmd).returncode)


if __name__ == "__main__":
    main()
