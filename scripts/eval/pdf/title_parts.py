#!/usr/bin/env python3
"""Kicker, title and subtitle all right, on the exactly split articles of the PDF training ground.

Why: issue 15 asks for all three parts right on >= 90 % of the exactly split articles;
split_pdf_eval.py prints the title alone and the parts joined.  This reads the gold and the
predictions split_pdf_eval.py left in out/pdf/ (run it first, with the build to score) and prints,
per engine, how many exact articles have all three parts right, how many have the right text
parted wrongly, and how many have other text in their headline.

Usage:
    python3 scripts/eval/pdf/split_pdf_eval.py --set test >/dev/null
    python3 scripts/eval/pdf/title_parts.py --set test [-v]
"""

import argparse
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)
import score_split as S  # noqa: E402
from split_pdf_eval import read_draws  # noqa: E402

ENGINES = ("pdfium", "raw", "poppler", "pdfjs")


def parts_right(article, item):
    return all(S.norm(item.get(k)) == S.norm(article.get(k)) for k in ("kicker", "title", "subtitle"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", choices=("train", "test"), default="train")
    ap.add_argument("-v", action="store_true", help="list the misses (train only: test draws are scored, not read)")
    args = ap.parse_args()
    if args.v and args.set == "test":
        sys.exit("-v lists errors: only for the train draws")
    draws = [(d, s) for which, d, s in read_draws(os.path.join(HERE, "draws.txt")) if which == args.set]
    print(f"{'set':5} {'engine':8} {'exact':>6} {'all three':>10} {'parted wrong':>13} {'other text':>11}")
    for engine in ENGINES:
        counts = Counter()
        for date, seed in draws:
            base = os.path.join(ROOT, "out", "pdf", f"{date}-s{seed}.{engine}")
            if not os.path.exists(base + ".pred.json"):
                sys.exit(f"{base}.pred.json missing: run split_pdf_eval.py --set {args.set} first")
            gold = json.load(open(base + ".gold.json", encoding="utf-8"))
            pred = json.load(open(base + ".pred.json", encoding="utf-8"))
            for r in S.score(gold, pred)["_results"]:
                if not r["exact"]:
                    continue
                article, item = r["gold"], r["pred"][1]
                counts["exact"] += 1
                if parts_right(article, item):
                    counts["right"] += 1
                    continue
                kind = "parted" if r["head_ok"] else "other"
                counts[kind] += 1
                if args.v:
                    parts = lambda x: " | ".join(str(x.get(k)) for k in ("kicker", "title", "subtitle"))  # noqa: E731
                    print(f"  {kind:6} {engine:7} {date}-s{seed} {article['id']}  gold: {parts(article)}  ||  read: {parts(item)}")
        n = counts["exact"] or 1
        print(f"{args.set:5} {engine:8} {counts['exact']:6} {counts['right']:5} {100 * counts['right'] / n:4.1f}%"
              f" {counts['parted']:13} {counts['other']:11}")


if __name__ == "__main__":
    main()
