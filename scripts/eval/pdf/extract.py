#!/usr/bin/env python3
"""Copy the text out of a make_pdfs.py PDF with real PDF engines and derive each text's gold.

Why: what a user pastes depends on the viewer's engine.  For each engine this writes the text as
that viewer copies it (select all, copy) and a gold file in score_split.py's format, made by
aligning every extracted line with what make_pdfs.py drew (`<draw>.drawn.json`).

Engines:
  pdfium   PDFium via pypdfium2 (Chrome, Edge): page.get_textpage().get_text_range() per page,
           CRLF -> LF, pages joined by a newline.
  raw      poppler `pdftotext -raw` (content-stream order; Evince/Okular-like tools built on it).
  poppler  poppler `pdftotext` (its reading-order analysis).
  pdfjs    pdf.js getTextContent (Firefox): items joined, a newline at hasEOL or where the baseline
           changes (extract_pdfjs.mjs; `npm install` in this folder once).

Alignment, per PDF page (an article's text only ever comes from the pages it was drawn on; the
data repeats some articles on two pages): each line, whitespace removed, is cut greedily into
the longest runs found in the drawn texts of that page's articles and furniture (page header,
editor line, ad copy).  The line goes to the owner with the most characters; a line whose runs
all fit several owners (a short line of a few characters) takes its neighbours' owner.  A line
holding two owners' runs of >= 3 characters each is "mixed" (poppler joining two columns,
PDFium gluing a headline to the previous line): it goes to the majority owner and is counted.
A line matching nothing is furniture ("unmatched").

Usage (from the repo root):
    python3 scripts/eval/pdf/extract.py out/pdf/20190215-s1.pdf [--engines pdfium,raw,poppler,pdfjs]
Outputs next to the PDF: <draw>.<engine>.txt and <draw>.<engine>.gold.json.
"""

import argparse
import json
import os
import re
import subprocess
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ENGINES = ["pdfium", "raw", "poppler", "pdfjs"]
WS = re.compile(r"[\s\u00a0\u3000]+")
CTRL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]")
MIX_MIN = 3            # characters of a second owner for a line to count as mixed


# ---------------------------------------------------------------------------------------------
# Engines: each returns a list of page texts (lines separated by "\n")
# ---------------------------------------------------------------------------------------------

def clean_page(t):
    t = t.replace("\r\n", "\n").replace("\r", "\n")
    t = CTRL.sub("", t)
    return t.rstrip("\n")


def pages_pdfium(pdf):
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(pdf)
    out = []
    for i in range(len(doc)):
        page = doc[i]
        tp = page.get_textpage()
        out.append(clean_page(tp.get_text_range()))
        tp.close()
        page.close()
    doc.close()
    return out


def pages_pdftotext(pdf, raw):
    args = ["pdftotext", "-enc", "UTF-8"] + (["-raw"] if raw else []) + [pdf, "-"]
    txt = subprocess.run(args, capture_output=True, text=True, encoding="utf-8",
                         check=True).stdout
    pages = txt.split("\f")
    if pages and pages[-1].strip() == "":
        pages.pop()
    return [clean_page(p) for p in pages]


def pages_pdfjs(pdf):
    script = os.path.join(HERE, "extract_pdfjs.mjs")
    if not os.path.isdir(os.path.join(HERE, "node_modules", "pdfjs-dist")):
        sys.exit(f"pdfjs-dist missing: (cd {HERE} && npm install)")
    out = subprocess.run(["node", script, pdf], capture_output=True, text=True,
                         encoding="utf-8", check=True).stdout
    return [clean_page(p) for p in json.loads(out)]


def extract_pages(pdf, engine):
    if engine == "pdfium":
        return pages_pdfium(pdf)
    if engine == "raw":
        return pages_pdftotext(pdf, raw=True)
    if engine == "poppler":
        return pages_pdftotext(pdf, raw=False)
    if engine == "pdfjs":
        return pages_pdfjs(pdf)
    raise ValueError(engine)


# ---------------------------------------------------------------------------------------------
# Alignment
# ---------------------------------------------------------------------------------------------

def strip(s):
    return WS.sub("", s or "")


def article_text(r):
    """Everything drawn for an article, whitespace removed: kicker, title, subtitle, byline and
    body joined by NULs, so that a run never spans two frames (a run across them would be two
    frames that an engine put side by side, perhaps of two articles)."""
    parts = [r.get("kicker"), "".join(r.get("drawn_title_lines") or [r.get("title")]),
             r.get("subtitle"), r.get("byline"), "".join(r.get("body_lines", []))]
    return "\0".join(strip(p) for p in parts if p)


def longest(s, i, text):
    """Length of the longest prefix of s[i:] that occurs in text (0 if none)."""
    lo, hi = 0, len(s) - i
    if s[i] not in text:
        return 0
    lo = 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if s[i:i + mid] in text:
            lo = mid
        else:
            hi = mid - 1
    return lo


def runs_of(s, cands):
    """Greedy longest-match runs: [(length, [owner keys])]; [] owners for an unmatched char."""
    out, i = [], 0
    while i < len(s):
        best, who = 0, []
        for key, text in cands:
            L = longest(s, i, text)
            if L > best:
                best, who = L, [key]
            elif L == best and L > 0:
                who.append(key)
        if best == 0:
            out.append((1, []))
            i += 1
        else:
            out.append((best, who))
            i += best
    return out


def align_page(lines, cands):
    """Owner key (or None) per line of one page, and per-line details for mixed lines."""
    owner = [None] * len(lines)
    info = [None] * len(lines)
    ambiguous = {}
    for n, line in enumerate(lines):
        s = strip(line)
        if not s:
            continue
        runs = runs_of(s, cands)
        uniq, total = Counter(), Counter()
        for L, who in runs:
            if len(who) == 1:
                uniq[who[0]] += L
            for k in who:
                total[k] += L
        if not total:
            owner[n] = ("F", "unmatched")
            continue
        if uniq:
            best = max(total, key=lambda k: (total[k], uniq[k]))
            owner[n] = best
            others = {k: v for k, v in uniq.items() if k != best and v >= MIX_MIN}
            if others and uniq[best] >= MIX_MIN:
                info[n] = {"main": best, "chars": dict(uniq)}
        else:
            ambiguous[n] = [k for k, v in total.items() if v == max(total.values())]
    # ambiguous lines take a neighbour's owner (previous, else next), else the first candidate
    for n in sorted(ambiguous):
        prev = next((owner[m] for m in range(n - 1, -1, -1) if owner[m] is not None), None)
        if prev in ambiguous[n]:
            owner[n] = prev
    for n in sorted(ambiguous, reverse=True):
        if owner[n] is not None:
            continue
        nxt = next((owner[m] for m in range(n + 1, len(lines)) if owner[m] is not None), None)
        owner[n] = nxt if nxt in ambiguous[n] else ambiguous[n][0]
    return owner, info


def bridge(nums, blank):
    """Inclusive runs of line numbers; a run continues over blank lines only."""
    out = []
    for n in nums:
        if out and all(k in blank for k in range(out[-1][1] + 1, n)):
            out[-1][1] = n
        else:
            out.append([n, n])
    return out


def build(drawn, pages):
    """(text, gold) for one engine's page texts."""
    arts = {r["id"]: r for r in drawn["articles"]}
    texts = {aid: article_text(r) for aid, r in arts.items()}
    all_lines, owners, mixed = [], [], []
    for p, ptxt in zip(drawn["pages"], pages):
        lines = ptxt.split("\n") if ptxt else []
        cands = [(aid, texts[aid]) for aid in p["owners"] if aid in texts]
        cands += [(("F", f["kind"]), strip(f["text"])) for f in p["furniture"]]
        own, info = align_page(lines, cands)
        base = len(all_lines)
        for n, (l, o, inf) in enumerate(zip(lines, own, info), start=base + 1):
            if inf:
                kinds = sorted({"furniture" if isinstance(k, tuple) else "article"
                                for k in inf["chars"] if inf["chars"][k] >= MIX_MIN})
                mixed.append({"line": n, "main": inf["main"] if isinstance(inf["main"], str)
                              else inf["main"][1],
                              "owners": {(k if isinstance(k, str) else k[1]): v
                                         for k, v in inf["chars"].items()},
                              "kinds": "+".join(kinds)})
        all_lines.extend(lines)
        owners.extend(own)
    if len(pages) != len(drawn["pages"]):
        print(f"warning: {len(pages)} extracted pages for {len(drawn['pages'])} drawn",
              file=sys.stderr)
    blank = {i for i, l in enumerate(all_lines, start=1) if not l.strip()}
    by_owner = {}
    for i, o in enumerate(owners, start=1):
        if i not in blank and o is not None:
            by_owner.setdefault(o, []).append(i)
    gold_arts, lost = [], []
    for r in drawn["articles"]:
        nums = by_owner.get(r["id"])
        if not nums:
            lost.append(r["id"])
            continue
        heads = [x for x in (r["kicker"], r["title"], r["subtitle"]) if x]
        gold_arts.append({
            "id": r["id"], "page": r["page"], "kind": r["kind"], "subkind": r["subkind"],
            "title_lines": heads, "kicker": r["kicker"], "title": r["title"],
            "subtitle": r["subtitle"], "credits": r["credits"], "byline": r["byline"],
            "lines": bridge(nums, blank), "layout": r["layout"],
        })
    furniture = []
    for o, nums in sorted(((o, n) for o, n in by_owner.items() if isinstance(o, tuple)),
                          key=lambda x: x[1][0]):
        for n in nums:
            furniture.append({"kind": o[1], "text": all_lines[n - 1].strip(), "lines": [[n, n]]})
    furniture.sort(key=lambda f: f["lines"][0][0])
    text = "\n".join(all_lines) + "\n"
    gold = {
        "source": drawn["source"] + "; text extracted and aligned by scripts/eval/pdf/extract.py",
        "date": drawn["date"], "seed": drawn["seed"],
        "n_lines": len(all_lines), "blank_lines": sorted(blank),
        "notes": [
            "Lines are 1-based and inclusive; an article's 'lines' continue over blank lines only.",
            "Each line belongs to the article (or furniture) most of its characters were drawn "
            "for; 'mixed_lines' lists lines holding >= 3 characters of a second owner.",
            "title/kicker/subtitle are the drawn headline parts (de-doubled); 广告 placeholders "
            "are drawn as ad boxes whose text is furniture.",
        ],
        "articles": gold_arts, "furniture": furniture, "skipped": drawn["skipped"],
        "lost_articles": lost, "mixed_lines": mixed, "n_mixed": len(mixed),
        "n_mixed_article_article": sum(1 for m in mixed if m["kinds"] == "article"),
    }
    return text, gold


def run(pdf, engines, out_dir=None):
    """Extracts and aligns `pdf` for each engine; returns {engine: (text_path, gold_path, gold)}."""
    base = pdf[:-4]
    drawn = json.load(open(base + ".drawn.json", encoding="utf-8"))
    res = {}
    for e in engines:
        pages = extract_pages(pdf, e)
        text, gold = build(drawn, pages)
        tp, gp = f"{base}.{e}.txt", f"{base}.{e}.gold.json"
        gold["engine"] = e
        gold["text_file"] = os.path.basename(tp)
        with open(tp, "w", encoding="utf-8") as f:
            f.write(text)
        with open(gp, "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
        res[e] = (tp, gp, gold)
    return res


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("pdf", nargs="+")
    ap.add_argument("--engines", default=",".join(ENGINES))
    args = ap.parse_args()
    engines = [e for e in args.engines.split(",") if e]
    for e in engines:
        if e not in ENGINES:
            sys.exit(f"unknown engine {e}; one of {ENGINES}")
    for pdf in args.pdf:
        for e, (tp, gp, g) in run(pdf, engines).items():
            nonblank = g["n_lines"] - len(g["blank_lines"])
            print(f"{tp}: {g['n_lines']} lines ({nonblank} non-blank), {len(g['articles'])} "
                  f"articles, {len(g['furniture'])} furniture lines, {g['n_mixed']} mixed "
                  f"({g['n_mixed_article_article']} article+article), "
                  f"{len(g['lost_articles'])} articles with no line")


if __name__ == "__main__":
    main()
