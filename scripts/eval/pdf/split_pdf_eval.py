#!/usr/bin/env python3
"""The PDF training ground: article split on text copied out of real PDFs by real engines.

Why: the splitter was tuned on one text renderer's conventions; users paste what their viewer's
PDF engine copies.  For every draw in draws.txt (an issue laid out as newspaper PDFs by
make_pdfs.py with a seed) and every engine (PDFium, pdftotext -raw, pdftotext, pdf.js) this
extracts the text, aligns it to what was drawn (extract.py: the gold), runs
`target/release/dubao analyze TEXT --format json`, scores it with score_split.py and prints, per
engine, TRAIN and TEST apart: mean and worst exact %, mean and worst line B-cubed F1, title and
headline-part accuracy, and a "split at blank lines" baseline F1.

Usage (from anywhere; paths resolve from the repo root):
    python3 scripts/eval/pdf/split_pdf_eval.py                 # all draws, all engines
    python3 scripts/eval/pdf/split_pdf_eval.py --set train --per-draw
    python3 scripts/eval/pdf/split_pdf_eval.py --set train -v  # + mismatched articles (train only)
    python3 scripts/eval/pdf/split_pdf_eval.py --engines pdfium,raw --rebuild
    python3 scripts/eval/pdf/split_pdf_eval.py --build         # cargo build --release if src/ is newer

PDFs, texts, gold and predictions are cached in out/pdf/ (gitignored; licensed data): a PDF is
remade when make_pdfs.py or render_pd.py is newer, a text when the PDF or extract.py is newer.
Predictions are always recomputed.  Needs: pip install reportlab pypdfium2 fonttools;
apt-get install poppler-utils fonts-wqy-microhei; (cd scripts/eval/pdf && npm install).
"""

import argparse
import json
import os
import subprocess
import sys
import time
from statistics import mean

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import extract  # noqa: E402
import score_split  # noqa: E402

BIN = os.path.join("target", "release", "dubao")
OUT = os.path.join("out", "pdf")


def read_draws(path):
    """[(set, date, seed)] from draws.txt."""
    out = []
    for line in open(path, encoding="utf-8"):
        line = line.split("#", 1)[0].split()
        if not line:
            continue
        which, date, seeds = line[0], line[1], line[2:]
        if which not in ("train", "test"):
            sys.exit(f"{path}: set must be train or test, not {which}")
        out.extend((which, date, int(s)) for s in seeds)
    issues = {}
    for which, date, _ in out:
        if issues.setdefault(date, which) != which:
            sys.exit(f"{path}: issue {date} is in both train and test")
    return out


def ensure_bin(build, path=BIN):
    """Exits unless the CLI is built; with `build`, runs cargo build --release first when a
    source is newer than the binary (run from the repo root)."""
    if build:
        stale = subprocess.run(f"find src Cargo.toml Cargo.lock -newer {path} -type f | head -1",
                               shell=True, capture_output=True, text=True).stdout.strip()
        if not os.path.exists(path) or stale:
            subprocess.run(["cargo", "build", "--release", "--quiet"], check=True)
    if not os.access(path, os.X_OK):
        sys.exit(f"no {path}: cargo build --release (or pass --build)")


def newer(target, *sources):
    """True when target is missing or older than any existing source."""
    if not os.path.exists(target):
        return True
    t = os.path.getmtime(target)
    return any(os.path.exists(s) and os.path.getmtime(s) > t for s in sources)


def ensure_pdf(date, seed, rebuild):
    pdf = os.path.join(OUT, f"{date}-s{seed}.pdf")
    deps = [os.path.join(HERE, "make_pdfs.py"), os.path.join(HERE, "..", "render_pd.py")]
    if rebuild or newer(pdf, *deps) or newer(pdf[:-4] + ".drawn.json", *deps):
        subprocess.run([sys.executable, os.path.join(HERE, "make_pdfs.py"), "--date", date,
                        "--seed", str(seed), "--out", OUT], check=True, stdout=subprocess.DEVNULL)
    return pdf


def ensure_texts(pdf, engines, rebuild):
    deps = [pdf, pdf[:-4] + ".drawn.json", os.path.join(HERE, "extract.py"),
            os.path.join(HERE, "extract_pdfjs.mjs")]
    todo = [e for e in engines
            if rebuild or newer(f"{pdf[:-4]}.{e}.gold.json", *deps)
            or newer(f"{pdf[:-4]}.{e}.txt", *deps)]
    if todo:
        extract.run(pdf, todo)
    return {e: (f"{pdf[:-4]}.{e}.txt", f"{pdf[:-4]}.{e}.gold.json") for e in engines}


def predict(text_path):
    pred_path = text_path[:-4] + ".pred.json"
    with open(pred_path, "w") as out:
        r = subprocess.run([BIN, "analyze", text_path, "--format", "json"], stdout=out,
                           stderr=subprocess.PIPE, text=True)
    if r.returncode != 0:
        print(f"!! {BIN} analyze {text_path} failed: {r.stderr[:300]}", file=sys.stderr)
        with open(pred_path, "w") as out:
            out.write('{"items":[],"furniture":[],"keywords":[]}')
    return pred_path


def blank_split(gold):
    """Baseline prediction: every run of non-blank lines is an item."""
    blank = set(gold["blank_lines"])
    items, start = [], None
    for n in range(1, gold["n_lines"] + 2):
        if n <= gold["n_lines"] and n not in blank:
            if start is None:
                start = n
        elif start is not None:
            items.append({"index": len(items), "kind": "article", "title": None,
                          "spans": [[start, n - 1]]})
            start = None
    return {"items": items, "furniture": []}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--draws", default=os.path.join(HERE, "draws.txt"))
    ap.add_argument("--set", choices=["train", "test", "all"], default="all")
    ap.add_argument("--engines", default=",".join(extract.ENGINES))
    ap.add_argument("--rebuild", action="store_true", help="remake PDFs and texts")
    ap.add_argument("--build", action="store_true",
                    help="cargo build --release first if sources are newer than the binary")
    ap.add_argument("--per-draw", action="store_true", help="one row per draw and engine")
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="list mismatched articles (TRAIN draws only: test errors stay unread)")
    args = ap.parse_args()
    os.chdir(ROOT)
    if not os.path.isdir(os.path.join("..", "shared", "eval", "peoples-daily")):
        sys.exit("data not found at ../shared/eval/peoples-daily")
    ensure_bin(args.build)
    os.makedirs(OUT, exist_ok=True)
    engines = [e for e in args.engines.split(",") if e]
    draws = [d for d in read_draws(args.draws) if args.set in ("all", d[0])]
    t0 = time.time()
    rows = []
    for which, date, seed in draws:
        pdf = ensure_pdf(date, seed, args.rebuild)
        texts = ensure_texts(pdf, engines, args.rebuild)
        for e in engines:
            tp, gp = texts[e]
            gold = json.load(open(gp, encoding="utf-8"))
            pred = json.load(open(predict(tp), encoding="utf-8"))
            s = score_split.score(gold, pred)
            b = score_split.score(gold, blank_split(gold))
            row = {"set": which, "draw": f"{date}-s{seed}", "engine": e,
                   "gold": s["gold_articles"], "exact": s["exact"],
                   "f1": s["bcubed"]["f1"], "p": s["bcubed"]["precision"],
                   "r": s["bcubed"]["recall"], "title_ok": s["title_ok"],
                   "head_ok": s["headline_ok"], "items": s["pred_items"],
                   "blank_f1": b["bcubed"]["f1"], "blank_exact": b["exact"],
                   "mixed": gold["n_mixed"], "mixed_aa": gold["n_mixed_article_article"],
                   "lines": gold["n_lines"] - len(gold["blank_lines"]),
                   "blank_lines": len(gold["blank_lines"]), "lost": len(gold["lost_articles"])}
            rows.append(row)
            if args.per_draw:
                print(f"{which:<5} {row['draw']:<14} {e:<8} {row['exact']:>3}/{row['gold']:<3} "
                      f"{row['exact'] / max(1, row['gold']):6.1%}  F1 {row['f1']:.3f} "
                      f"(P {row['p']:.3f} R {row['r']:.3f})  title {row['title_ok']}/{row['exact']}"
                      f"  blank-split F1 {row['blank_f1']:.3f}  mixed {row['mixed']} "
                      f"({row['mixed_aa']} art+art)  lines {row['lines']} "
                      f"(+{row['blank_lines']} blank)", flush=True)
            if args.verbose and which == "train":
                print(f"\n== {row['draw']} {e}")
                score_split.print_verbose(s, open(tp, encoding="utf-8").read().split("\n"))
    with open(os.path.join(OUT, "summary.json"), "w") as f:
        json.dump(rows, f, indent=1)
    print()
    print("set   engine   draws  exact mean  worst   F1 mean  worst   title  headline  "
          "blank-split F1 mean/worst  mixed lines/draw (art+art)")
    for which in ("train", "test"):
        for e in engines:
            rs = [r for r in rows if r["set"] == which and r["engine"] == e]
            if not rs:
                continue
            ex = [r["exact"] / max(1, r["gold"]) for r in rs]
            f1 = [r["f1"] for r in rs]
            nex = sum(r["exact"] for r in rs)
            print(f"{which:<5} {e:<8} {len(rs):>5}  {mean(ex):9.1%} {min(ex):6.1%}   "
                  f"{mean(f1):.3f}  {min(f1):.3f}   "
                  f"{sum(r['title_ok'] for r in rs) / max(1, nex):5.1%}  "
                  f"{sum(r['head_ok'] for r in rs) / max(1, nex):7.1%}   "
                  f"{mean(r['blank_f1'] for r in rs):.3f} / {min(r['blank_f1'] for r in rs):.3f}"
                  f"               {mean(r['mixed'] for r in rs):6.1f} "
                  f"({mean(r['mixed_aa'] for r in rs):.1f})")
    print(f"\n{len(draws)} draws x {len(engines)} engines in {time.time() - t0:.0f} s; "
          f"rows in {OUT}/summary.json")


if __name__ == "__main__":
    main()
