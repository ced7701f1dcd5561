#!/usr/bin/env python3
"""Keyword evaluation on CSL paper abstracts (internal use only).

Reads ../shared/eval/csl-keywords/csl_kg_dev.tsv (tab-separated: prompt, abstract + title,
the authors' keywords joined by `_`), runs
`target/release/dubao keywords --top K --weight W` (one document a line in, its top K keywords
out on one line, separated by spaces) for each weighting, and scores the top K against the
authors' keywords by exact match: micro-averaged precision (hits / keywords output), recall
(hits / author keywords) and F1.

Reference (jieba on this set, top 5): TF-IDF P 0.143 R 0.137 F 0.140; TextRank F 0.106.

Usage: python3 scripts/eval/kw_eval.py [--top 5] [--weights tfidf,count,textrank] [--no-hmm]
                                      [--bin target/release/dubao] [--data FILE]
The data is read in place; never copy it into the repository.
"""

import argparse
import os
import sys

from cli_lines import run_per_line

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_DATA = os.path.join(ROOT, "..", "shared", "eval", "csl-keywords", "csl_kg_dev.tsv")


def read_documents(path):
    """(document text on one line, author keywords) pairs."""
    docs = []
    with open(path, encoding="utf-8-sig") as f:
        for n, line in enumerate(f, 1):
            fields = line.rstrip("\r\n").split("\t")
            if len(fields) < 3:
                sys.exit(f"{path}:{n}: expected 3 tab-separated fields, got {len(fields)}")
            text = " ".join(fields[1].split())  # one document, one line
            keywords = [k.strip() for k in fields[2].split("_") if k.strip()]
            docs.append((text, keywords))
    return docs


def run_keywords(binary, texts, top, weight, hmm):
    args = [binary, "keywords", "--top", str(top), "--weight", weight] + ([] if hmm else ["--no-hmm"])
    lines, elapsed = run_per_line(args, texts, "documents")
    return [line.split() for line in lines], elapsed


def score(predicted, gold):
    hits = sum(len(set(p) & set(g)) for p, g in zip(predicted, gold))
    n_pred = sum(len(p) for p in predicted)
    n_gold = sum(len(g) for g in gold)
    p = hits / max(n_pred, 1)
    r = hits / max(n_gold, 1)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0), hits


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "dubao"))
    ap.add_argument("--data", default=DEFAULT_DATA)
    ap.add_argument("--top", type=int, default=5)
    ap.add_argument("--weights", default="tfidf,count,textrank")
    ap.add_argument("--no-hmm", action="store_true")
    args = ap.parse_args()
    if not os.path.exists(args.bin):
        sys.exit(f"{args.bin} not found: run `cargo build --release` first")

    docs = read_documents(args.data)
    texts = [t for t, _ in docs]
    gold = [k for _, k in docs]
    print(f"CSL dev: {len(docs)} abstracts, {sum(map(len, gold))} author keywords; top {args.top}, "
          f"HMM {'off' if args.no_hmm else 'on'}; reference jieba TF-IDF F 0.140, TextRank F 0.106")
    print(f"{'weighting':<10} {'P':>6} {'R':>6} {'F1':>6} {'hits':>6} {'time':>7}")
    for weight in args.weights.split(","):
        predicted, elapsed = run_keywords(args.bin, texts, args.top, weight, not args.no_hmm)
        p, r, f, hits = score(predicted, gold)
        print(f"{weight:<10} {p:6.3f} {r:6.3f} {f:6.3f} {hits:6d} {elapsed:6.2f}s")


if __name__ == "__main__":
    main()
