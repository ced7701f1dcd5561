#!/usr/bin/env python3
"""The PDF training ground read by geometry: positioned lines (pdf.js) -> items, scored against
what make_pdfs.py drew.

Why: the e-paper PDF itself says where every line sits, its size and drawing order; the core's
geometry reader (src/geometry/, `dubao analyze --positions FILE.json`) reads pages by that.  For
every draw in draws.txt this extracts the positioned lines (extract_positions.mjs: pdf.js
getTextContent items grouped into lines by www/src/lib/position-lines.js), runs the CLI, and scores the
items against `<draw>.drawn.json`:

  * articles exact: the drawn article's item (the item holding most of its body lines) has
      - the same lines as drawn: its body and credit lines (fake-bold copies aside) are, as a
        multiset of whitespace-free texts, the drawn body lines plus the byline;
      - the same body text: its body, whitespace removed, is the drawn body lines joined in order
        (less the lines the item reads as credits);
      - the drawn title, kicker and subtitle (whitespace removed; absent = absent);
      - credits right: every drawn credit (role, name) is among the item's (roles with 记者 count
        as 记者) and every name the item credits is written in the article's drawn text (the drawn
        gold lists only dateline/byline reporters, not photographers or layout credits).
  * lines lost: positioned lines that no item and no furniture holds, or that two hold.
  * furniture swallowed: lines of the page header, editor line or ads inside an item.

TRAIN and TEST apart (draws.txt), mean and worst exact per draw.  Tune only on TRAIN (-v lists
TRAIN mismatches only).

Usage (from anywhere; paths resolve from the repo root):
    python3 scripts/eval/pdf/geometry_eval.py                  # all draws
    python3 scripts/eval/pdf/geometry_eval.py --set train -v   # + TRAIN mismatches
    python3 scripts/eval/pdf/geometry_eval.py --build          # cargo build --release first if stale
Cached in out/geo/ (gitignored): <draw>.positions.json (remade when the PDF or the JS is newer)
and <draw>.pred.json.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import time
from collections import Counter
from statistics import mean

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
sys.path.insert(0, HERE)
from split_pdf_eval import ensure_bin, ensure_pdf, newer, read_draws  # noqa: E402

BIN = os.environ.get("DUBAO_BIN", os.path.join("target", "release", "dubao"))
OUT = os.path.join("out", "geo")
WS = re.compile(r"[\s\u00a0\u3000]+")
# The core maps full-width digits and letters to ASCII (src/text/normalize.rs); so does the score.
FULL = {c: c - 0xFEE0 for c in list(range(0xFF10, 0xFF1A)) + list(range(0xFF21, 0xFF3B))
        + list(range(0xFF41, 0xFF5B))}


def norm(s):
    return WS.sub("", (s or "").translate(FULL))


def role_norm(r):
    return "记者" if "记者" in r else r


def ensure_positions(pdf, rebuild):
    path = os.path.join(OUT, os.path.basename(pdf)[:-4] + ".positions.json")
    deps = [pdf, os.path.join(HERE, "extract_positions.mjs"), os.path.join(HERE, "..", "..", "..", "www", "src", "lib", "position-lines.js")]
    if rebuild or newer(path, *deps):
        subprocess.run(["node", os.path.join(HERE, "extract_positions.mjs"), pdf, path], check=True)
    return path


def predict(pos_path):
    pred_path = pos_path.replace(".positions.json", ".pred.json")
    with open(pred_path, "w") as out:
        r = subprocess.run([BIN, "analyze", "--positions", pos_path, "--format", "json"], stdout=out,
                           stderr=subprocess.PIPE, text=True)
    if r.returncode != 0:
        sys.exit(f"{BIN} analyze --positions {pos_path} failed: {r.stderr[:500]}")
    return json.load(open(pred_path, encoding="utf-8"))


def span_lines(spans):
    return [n for a, b in spans for n in range(a, b + 1)]


# A source article whose subtitle field holds its byline (`本报记者  范昊天`, 20191003-06-02) is
# drawn in the subtitle's place and size; a reader still calls it the byline, so it is scored as one.
OUTLET = re.compile(r"^\w{1,5}(网|社|台|报|新闻)记者")
BYLINE_SUBTITLE = re.compile(r"^(本报记者|记者|新华社记者|本报通讯员|通讯员)\s+(\S.*)$")


def byline_as_subtitle(a):
    m = BYLINE_SUBTITLE.match((a.get("subtitle") or "").strip())
    if not m or a.get("byline"):
        return a
    names = m.group(2).split()
    return dict(a, subtitle=None, byline=a["subtitle"], credits=list(a["credits"]) + [[m.group(1), names]])


def score(drawn, positions, pred):
    texts = [l["text"] for p in positions["pages"] for l in p["lines"]]
    n_lines = len(texts)
    held = Counter()
    for it in pred["items"]:
        held.update(set(span_lines(it["spans"])))
    for f in pred["furniture"]:
        held.update(set(span_lines(f["spans"])))
    lost = [n for n in range(1, n_lines + 1) if held[n] != 1]
    # Furniture text drawn on each page, to find it inside items.
    furn_texts = set()
    for p in drawn["pages"]:
        for f in p["furniture"]:
            furn_texts.update(norm(t) for t in f["text"].split(" ") if norm(t))
    items = []
    for it in pred["items"]:
        body_credit = span_lines(it["body_spans"]) + span_lines(it["credit_spans"])
        items.append({
            "item": it,
            "lines": Counter(norm(texts[n - 1]) for n in body_credit),
            "credit_lines": [norm(texts[n - 1]) for n in span_lines(it["credit_spans"])],
            "all": [norm(texts[n - 1]) for n in span_lines(it["spans"])],
        })
    swallowed = sum(1 for x in items for t in x["all"] if t in furn_texts)
    rows = []
    for a in drawn["articles"]:
        a = byline_as_subtitle(a)
        gold_lines = Counter(norm(t) for t in a["body_lines"] if norm(t))
        if a.get("byline"):
            gold_lines[norm(a["byline"])] += 1
        # The item holding most of its lines; of items holding as many (a short article whose
        # only line, `版式设计：蔡华伟`, another article also ends on), the one with its title.
        best, best_key = None, (0, False)
        for x in items:
            key = (sum((x["lines"] & gold_lines).values()), norm(x["item"]["title"]) == norm(a["title"]))
            if key[0] > 0 and key > best_key:
                best, best_key = x, key
        if not gold_lines:     # a photo drawn with a title and no caption: its item by title
            best = next((x for x in items if not x["lines"]
                         and norm(x["item"]["title"]) == norm(a["title"])), None)
        why = []
        if best is None:
            why.append("no item")
        else:
            it = best["item"]
            if best["lines"] != gold_lines:
                extra = best["lines"] - gold_lines
                missing = gold_lines - best["lines"]
                why.append(f"lines: {sum(missing.values())} missing, {sum(extra.values())} extra")
            else:
                left = Counter(best["credit_lines"])
                body = []
                for t in a["body_lines"]:
                    if left[norm(t)] > 0:
                        left[norm(t)] -= 1
                    else:
                        body.append(t)
                if norm(it["body"]) != norm("".join(body)):
                    why.append("body order")
            for part in ("kicker", "title", "subtitle"):
                if norm(it.get(part)) != norm(a.get(part)):
                    why.append(f"{part}: {it.get(part)!r} for {a.get(part)!r}")
            got = {(role_norm(c["role"]), WS.sub("", n)) for c in it["credits"] for n in c["names"]}
            # The source lists a reporter of another outlet with the outlet (`人民网记者毛雷`).
            want = {(role_norm(r), OUTLET.sub("", WS.sub("", n))) for r, ns in a["credits"] for n in ns}
            drawn_text = norm("".join(a["body_lines"]) + (a.get("byline") or ""))
            if not want <= got:
                why.append(f"credits missing {sorted(want - got)}")
            invented = [n for _, n in got if norm(n) not in drawn_text]
            if invented:
                why.append(f"credits not in the article {invented}")
        rows.append({"id": a["id"], "kind": a["kind"], "exact": not why, "why": why,
                     "item": best["item"]["index"] if best else None})
    return {"articles": rows, "lost": lost, "n_lines": n_lines, "swallowed": swallowed,
            "items": len(pred["items"])}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--draws", default=os.path.join(HERE, "draws.txt"))
    ap.add_argument("--set", choices=["train", "test", "all"], default="all")
    ap.add_argument("--rebuild", action="store_true", help="remake PDFs and positions")
    ap.add_argument("--build", action="store_true",
                    help="cargo build --release first if sources are newer than the binary")
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="list mismatched articles (TRAIN draws only: test errors stay unread)")
    args = ap.parse_args()
    os.chdir(ROOT)
    ensure_bin(args.build, BIN)
    os.makedirs(OUT, exist_ok=True)
    draws = [d for d in read_draws(args.draws) if args.set in ("all", d[0])]
    t0 = time.time()
    rows = []
    for which, date, seed in draws:
        pdf = ensure_pdf(date, seed, args.rebuild)
        drawn = json.load(open(pdf[:-4] + ".drawn.json", encoding="utf-8"))
        pos_path = ensure_positions(pdf, args.rebuild)
        positions = json.load(open(pos_path, encoding="utf-8"))
        pred = predict(pos_path)
        s = score(drawn, positions, pred)
        arts = s["articles"]
        ex = sum(r["exact"] for r in arts)
        row = {"set": which, "draw": f"{date}-s{seed}", "articles": len(arts), "exact": ex,
               "lost": len(s["lost"]), "lines": s["n_lines"], "swallowed": s["swallowed"],
               "items": s["items"], "pages": len(positions["pages"])}
        rows.append(row)
        print(f"{which:<5} {row['draw']:<14} {ex:>3}/{len(arts):<3} {ex / max(1, len(arts)):6.1%}  "
              f"lines lost {row['lost']}/{row['lines']}  furniture in items {row['swallowed']}  "
              f"items {row['items']}  pdf pages {row['pages']}", flush=True)
        if args.verbose and which == "train":
            reasons = Counter()
            for r in arts:
                if not r["exact"]:
                    reasons.update(w.split(":")[0].split(" ")[0] for w in r["why"])
                    print(f"    {r['id']} ({r['kind']}) item {r['item']}: {'; '.join(r['why'])[:300]}")
            print(f"    reasons: {dict(reasons)}")
    with open(os.path.join(OUT, "summary.json"), "w") as f:
        json.dump(rows, f, indent=1)
    print()
    print("set    draws  articles  exact mean  worst   lines lost  furniture in items")
    for which in ("train", "test"):
        rs = [r for r in rows if r["set"] == which]
        if not rs:
            continue
        ex = [r["exact"] / max(1, r["articles"]) for r in rs]
        print(f"{which:<5}  {len(rs):>5}  {sum(r['articles'] for r in rs):>8}  {mean(ex):10.1%} "
              f"{min(ex):6.1%}   {sum(r['lost'] for r in rs):>10}  {sum(r['swallowed'] for r in rs):>18}")
    print(f"\n{len(draws)} draws in {time.time() - t0:.0f} s; rows in {OUT}/summary.json")


if __name__ == "__main__":
    main()
