#!/usr/bin/env python3
"""Word-segmentation evaluation on the SIGHAN 2005 PKU test set (internal use only).

Runs `target/release/dubao segment [--no-hmm]` on ../shared/eval/icwb2/pku_test.utf8 (one
sentence a line, CRLF) and scores its words against pku_test_gold.utf8 by character spans:
precision, recall and F1 of the (start, end) spans of words, plus OOV recall (recall of the
gold words that are not in pku_training_words.utf8).

Spans are counted over the non-whitespace characters of the ORIGINAL sentence: the CLI
normalises (full-width digits and letters to ASCII, one char for one char) before segmenting
and prints the original characters, and we check that the words put together give the
sentence back exactly.

Reference (jieba on this set): HMM on P 0.853 R 0.787 F 0.818; HMM off F 0.836.

Usage: python3 scripts/eval/seg_eval.py [--bin target/release/dubao] [--data ../shared/eval/icwb2]
The data is read in place; never copy it into the repository.
"""

import argparse
import os
import sys

from cli_lines import run_per_line

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def read_lines(path):
    """Lines without their line ends (the files use CRLF)."""
    with open(path, encoding="utf-8-sig") as f:
        return [line.rstrip("\r\n") for line in f]


def spans(words):
    """(start, end) offsets of words over their non-whitespace characters."""
    out, at = [], 0
    for word in words:
        out.append((at, at + len(word)))
        at += len(word)
    return out


def words_of(line):
    return line.split()


def segment(binary, sentences, hmm):
    args = [binary, "segment"] + ([] if hmm else ["--no-hmm"])
    return run_per_line(args, sentences, "sentences")


def score(sentences, predicted, gold, vocabulary):
    hits = n_pred = n_gold = oov = oov_hits = 0
    for sentence, pred_line, gold_line in zip(sentences, predicted, gold):
        text = "".join(sentence.split())
        pred_words, gold_words = words_of(pred_line), words_of(gold_line)
        if "".join(pred_words) != text:
            sys.exit(f"segmentation changed the text:\n  {sentence}\n  {pred_line}")
        if "".join(gold_words) != text:
            sys.exit(f"gold does not match the test sentence:\n  {sentence}\n  {gold_line}")
        pred = set(spans(pred_words))
        gold_spans = spans(gold_words)
        hits += sum(1 for s in gold_spans if s in pred)
        n_pred += len(pred)
        n_gold += len(gold_spans)
        for word, s in zip(gold_words, gold_spans):
            if word not in vocabulary:
                oov += 1
                oov_hits += s in pred
    p, r = hits / n_pred, hits / n_gold
    return {"P": p, "R": r, "F1": 2 * p * r / (p + r), "OOV-R": oov_hits / max(oov, 1),
            "words": n_gold, "oov": oov}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "dubao"))
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "eval", "icwb2"))
    args = ap.parse_args()
    if not os.path.exists(args.bin):
        sys.exit(f"{args.bin} not found: run `cargo build --release` first")

    sentences = read_lines(os.path.join(args.data, "pku_test.utf8"))
    gold = read_lines(os.path.join(args.data, "pku_test_gold.utf8"))
    vocabulary = set(w for line in read_lines(os.path.join(args.data, "pku_training_words.utf8"))
                     for w in line.split())
    if len(gold) != len(sentences):
        sys.exit(f"{len(sentences)} test sentences but {len(gold)} gold lines")

    print(f"PKU test: {len(sentences)} sentences; reference jieba HMM on F 0.818, HMM off F 0.836")
    print(f"{'mode':<10} {'P':>6} {'R':>6} {'F1':>6} {'OOV-R':>6} {'words':>7} {'oov':>5} {'time':>7}")
    for hmm in (True, False):
        predicted, elapsed = segment(args.bin, sentences, hmm)
        m = score(sentences, predicted, gold, vocabulary)
        mode = "HMM on" if hmm else "HMM off"
        print(f"{mode:<10} {m['P']:6.3f} {m['R']:6.3f} {m['F1']:6.3f} {m['OOV-R']:6.3f} "
              f"{m['words']:7d} {m['oov']:5d} {elapsed:6.2f}s")


if __name__ == "__main__":
    main()
