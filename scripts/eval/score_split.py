#!/usr/bin/env python3
"""Score an article split (`dubao analyze FILE --format json`) against a gold file.

Why: the splitter's job is to say which lines belong together and what the headline is; these
figures tell a developer how close it is and, with --verbose, where it goes wrong.

Usage:
    python3 scripts/eval/score_split.py GOLD.json PRED.json [--verbose] [--json]
    python3 scripts/eval/score_split.py --self-test [GOLD.json ...]
    python3 scripts/eval/score_split.py samples/pinghu-2023-02-09.gold.json PRED.json \
        --text samples/pinghu-2023-02-09.txt     # the project's real sample page

Gold: written by render_pd.py (`articles[].lines`, `furniture[].lines`, `blank_lines`, 1-based
inclusive ranges).  Prediction: the CLI's JSON (`items[].spans`, `furniture[].spans`, titles).

Metrics (blank lines are ignored everywhere: only the gold's non-blank lines count):
  * exact: gold articles whose line set equals one predicted item's line set, out of all gold
    articles (furniture is not an article; a predicted item that swallows a page header is not
    exact).
  * B-cubed precision / recall / F1 over non-blank lines.  Every line has a gold cluster (its
    article) and a predicted cluster (the item that contains it).  Furniture lines are singletons
    on both sides (a page header predicted as furniture, or left out, is right; glued into an
    article it lowers that article's precision and its own).  A line no predicted item covers
    is a singleton in the prediction.  A line claimed by two items goes to the first (reported).
  * title accuracy, over exactly recovered articles: the predicted `title` equals the gold main
    title (主题), ignoring whitespace; "headline" accuracy compares kicker+title+subtitle with all
    the gold headline lines joined (also ignoring leading ——), a stricter check of the parts.
  * the same exact/B-cubed figures per gold subkind (news, brief, compilation, photo …).
"""

import argparse
import json
import re
import signal
import sys
from collections import Counter, defaultdict

WS = re.compile(r"[\s\u00a0\u3000]+")


def norm(s):
    """Whitespace-free text for comparisons (PDF text spaces headlines arbitrarily)."""
    return WS.sub("", s or "")


def norm_head(parts):
    """Headline parts joined, each without whitespace and leading dashes (——副题)."""
    return "".join(norm(p).lstrip("—-") for p in parts if p)


def adapt_gold(gold, text_path):
    """Accepts the project's sample gold (samples/*.gold.json: `block_lines`, no `n_lines`) too,
    reading the text file for its blank lines, so the real Pinghu page can be scored the same way."""
    if "n_lines" in gold and "blank_lines" in gold:
        return gold
    if not text_path:
        sys.exit("this gold has no n_lines/blank_lines: pass --text FILE (the scored text)")
    lines = open(text_path, encoding="utf-8").read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    arts = []
    for i, a in enumerate(gold["articles"]):
        b = a.get("lines") or [a["block_lines"]]
        parts = [a.get("kicker"), a.get("title"), a.get("subtitle")]
        arts.append({"id": a.get("id", f"item-{i + 1}"), "kind": a.get("kind"),
                     "subkind": a.get("subkind", a.get("kind")), "title": a.get("title"),
                     "kicker": a.get("kicker"), "subtitle": a.get("subtitle"),
                     "title_lines": a.get("title_lines") if isinstance(a.get("title_lines"), list)
                     and a["title_lines"] and isinstance(a["title_lines"][0], str)
                     else [x for x in parts if x],
                     "lines": b})
    return {"n_lines": len(lines), "articles": arts, "furniture": gold.get("furniture", []),
            "blank_lines": [i for i, l in enumerate(lines, start=1) if not l.strip()]}


def expand(spans, keep):
    """Line numbers of inclusive [a, b] spans, restricted to the set `keep`."""
    out = set()
    for a, b in spans:
        out.update(n for n in range(int(a), int(b) + 1) if n in keep)
    return out


def gold_clusters(gold):
    """(universe, {line: cluster id}, articles) from a gold file.  Cluster ids: article index, or
    ('F', line) for a furniture line (a singleton)."""
    blank = set(gold.get("blank_lines", []))
    n = gold["n_lines"]
    universe = set(range(1, n + 1)) - blank
    label, arts = {}, []
    for i, a in enumerate(gold["articles"]):
        lines = expand(a["lines"], universe)
        arts.append((a, lines))
        for l in lines:
            label[l] = i
    for f in gold.get("furniture", []):
        for l in expand(f["lines"], universe):
            label[l] = ("F", l)
    missing = universe - set(label)
    for l in missing:                      # should not happen with render_pd.py output
        label[l] = ("U", l)
    return universe, label, arts


def pred_clusters(pred, universe):
    """({line: cluster id}, items as (item, line set), overlap count).  Furniture and uncovered
    lines are singletons, as in the gold."""
    label, items, overlap = {}, [], 0
    for j, it in enumerate(pred.get("items", [])):
        lines = expand(it.get("spans", []), universe)
        items.append((it, lines))
        for l in lines:
            if l in label:
                overlap += 1
            else:
                label[l] = j
    for f in pred.get("furniture", []):
        for l in expand(f.get("spans", []), universe):
            if l in label:
                overlap += 1
            else:
                label[l] = ("F", l)
    for l in universe - set(label):
        label[l] = ("U", l)
    return label, items, overlap


def bcubed(lines, glabel, plabel):
    """Mean B-cubed precision and recall over `lines`."""
    gsize, psize, both = Counter(), Counter(), Counter()
    for l in lines:
        gsize[glabel[l]] += 1
        psize[plabel[l]] += 1
        both[(glabel[l], plabel[l])] += 1
    # cluster sizes must be over ALL lines, not only the subset being averaged
    return gsize, psize, both


def score(gold, pred):
    """All figures as a dict (see module doc)."""
    universe, glabel, arts = gold_clusters(gold)
    plabel, items, overlap = pred_clusters(pred, universe)
    gsize, psize, both = bcubed(universe, glabel, plabel)

    def line_pr(l):
        k = both[(glabel[l], plabel[l])]
        return k / psize[plabel[l]], k / gsize[glabel[l]]

    def summary(lines):
        if not lines:
            return {"precision": 0.0, "recall": 0.0, "f1": 0.0, "lines": 0}
        p = sum(line_pr(l)[0] for l in lines) / len(lines)
        r = sum(line_pr(l)[1] for l in lines) / len(lines)
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": p, "recall": r, "f1": f, "lines": len(lines)}

    by_set = {frozenset(lines): (j, it) for j, (it, lines) in enumerate(items) if lines}
    results, per_kind = [], defaultdict(lambda: {"gold": 0, "exact": 0, "lines": []})
    title_ok = head_ok = kind_ok = 0
    for i, (a, lines) in enumerate(arts):
        hit = by_set.get(frozenset(lines))
        r = {"index": i, "gold": a, "lines": lines, "exact": hit is not None, "pred": hit}
        sub = a.get("subkind") or a.get("kind")
        per_kind[sub]["gold"] += 1
        per_kind[sub]["lines"].extend(lines)
        if hit:
            per_kind[sub]["exact"] += 1
            it = hit[1]
            r["title_ok"] = norm(it.get("title")) == norm(a.get("title"))
            r["head_ok"] = norm_head([it.get("kicker"), it.get("title"), it.get("subtitle")]) \
                == norm_head(a.get("title_lines", []))
            title_ok += r["title_ok"]
            head_ok += r["head_ok"]
            kind_ok += (it.get("kind") == a.get("kind"))
        results.append(r)
    exact = sum(r["exact"] for r in results)
    return {
        "gold_articles": len(arts),
        "pred_items": len(items),
        "pred_furniture": len(pred.get("furniture", [])),
        "overlap_lines": overlap,
        "exact": exact,
        "bcubed": summary(sorted(universe)),
        "title_ok": title_ok, "headline_ok": head_ok, "kind_ok": kind_ok,
        "per_subkind": {k: {"gold": v["gold"], "exact": v["exact"],
                            "bcubed": summary(v["lines"])} for k, v in sorted(per_kind.items())},
        "_results": results, "_items": items, "_glabel": glabel, "_plabel": plabel,
        "_blank": frozenset(gold.get("blank_lines", [])),
    }


def ranges(lines, blank=frozenset(), limit=8):
    """Compact text for a line set, runs continuing over blank lines: `12-40,45` (at most `limit`
    runs shown)."""
    out = []
    for l in sorted(lines):
        if out and all(k in blank for k in range(out[-1][1] + 1, l)):
            out[-1][1] = l
        else:
            out.append([l, l])
    txt = [f"{a}-{b}" if a != b else f"{a}" for a, b in out]
    if len(txt) > limit:
        txt = txt[:limit // 2] + [f"…({len(txt) - limit} more)…"] + txt[-limit // 2:]
    return ",".join(txt)


def snippet(text_lines, lines):
    """First and last line of a line set, shortened, to recognise the place in the text."""
    if not text_lines or not lines:
        return ""
    a, b = min(lines), max(lines)
    cut = lambda n: text_lines[n - 1].strip()[:18] if n <= len(text_lines) else "?"
    return f"  [{a}: {cut(a)} … {b}: {cut(b)}]" if a != b else f"  [{a}: {cut(a)}]"


def print_summary(name, s):
    g = s["gold_articles"]
    b = s["bcubed"]
    ex = s["exact"]
    print(f"{name}: gold {g} articles, predicted {s['pred_items']} items + "
          f"{s['pred_furniture']} furniture" +
          (f" ({s['overlap_lines']} lines claimed twice)" if s["overlap_lines"] else ""))
    print(f"  exact articles   {ex}/{g} = {ex / g:.1%}" if g else "  exact articles   -")
    print(f"  B-cubed lines    P {b['precision']:.3f}  R {b['recall']:.3f}  F1 {b['f1']:.3f}"
          f"  ({b['lines']} non-blank lines)")
    if ex:
        print(f"  title (主题)      {s['title_ok']}/{ex} of exact = {s['title_ok'] / ex:.1%}"
              f"   headline parts {s['headline_ok']}/{ex}   kind {s['kind_ok']}/{ex}")
    else:
        print("  title (主题)      - (no exact article)")
    parts = []
    for k, v in s["per_subkind"].items():
        parts.append(f"{k} {v['exact']}/{v['gold']} F1 {v['bcubed']['f1']:.2f}")
    print("  by subkind       " + "; ".join(parts))


def print_verbose(s, text_lines=None):
    """For every article not recovered exactly (or with a wrong title): gold vs predicted."""
    items = s["_items"]
    glabel = s["_glabel"]
    blank = s["_blank"]
    for r in s["_results"]:
        a = r["gold"]
        if r["exact"] and r.get("title_ok"):
            continue
        print(f"\n{a['id']} [{a.get('subkind')}] gold lines {ranges(r['lines'], blank)}"
              f"  title: {a.get('title')}" + snippet(text_lines, r["lines"]))
        if a.get("kicker") or a.get("subtitle"):
            print(f"    kicker: {a.get('kicker')}  subtitle: {a.get('subtitle')}")
        if r["exact"]:
            it = r["pred"][1]
            print(f"    EXACT lines, title wrong: predicted title={it.get('title')!r} "
                  f"kicker={it.get('kicker')!r} subtitle={it.get('subtitle')!r}")
            continue
        touched = Counter(s["_plabel"][l] for l in r["lines"])
        for lab, k in touched.most_common():
            if isinstance(lab, tuple):
                kind = "furniture" if lab[0] == "F" else "unassigned"
                print(f"    {k} lines -> {kind}")
                continue
            it, lines = items[lab]
            other = Counter(glabel[l] for l in lines if glabel[l] != r["index"])
            extra = ", ".join(
                (f"furniture×{n}" if isinstance(g, tuple) else
                 f"{s['_results'][g]['gold']['id']}×{n}") for g, n in other.most_common(4))
            print(f"    {k} lines -> item {it.get('index', lab)} lines {ranges(lines, blank)} "
                  f"title={it.get('title')!r}" + snippet(text_lines, lines)
                  + (f"\n        also holds: {extra}" if extra else ""))


def load_text(gold_path, gold, text_arg):
    """The scored text's lines (for --verbose snippets), if it can be found."""
    import os
    path = text_arg or os.path.join(os.path.dirname(gold_path), gold.get("text_file", ""))
    if path and os.path.isfile(path):
        return open(path, encoding="utf-8").read().split("\n")
    return None


def public(s):
    return {k: v for k, v in s.items() if not k.startswith("_")}


# ---------------------------------------------------------------------------------------------
# Self-test: the metric must give 1.0 on the gold itself and a low score on a trivial split.
# ---------------------------------------------------------------------------------------------

def gold_as_prediction(gold):
    """The gold rewritten in the CLI's output format."""
    items = [{"index": i, "kind": a["kind"], "title": a.get("title"), "kicker": a.get("kicker"),
              "subtitle": a.get("subtitle"), "spans": a["lines"]}
             for i, a in enumerate(gold["articles"])]
    furn = [{"spans": f["lines"], "text": f["text"]} for f in gold.get("furniture", [])]
    return {"items": items, "furniture": furn, "keywords": []}


def one_item_prediction(gold):
    """What the placeholder splitter returns: the whole file as one item."""
    return {"items": [{"index": 0, "kind": "article", "title": None,
                       "spans": [[1, gold["n_lines"]]]}], "furniture": []}


def singleton_prediction(gold):
    """Every line its own item: perfect precision, poor recall."""
    return {"items": [{"index": i, "kind": "article", "title": None, "spans": [[i, i]]}
                      for i in range(1, gold["n_lines"] + 1)], "furniture": []}


def synthetic_gold():
    """A tiny hand-made gold (3 articles, 1 header) so the self-test runs without data."""
    return {"n_lines": 14, "blank_lines": [2, 6, 11],
            "articles": [
                {"id": "a", "kind": "article", "subkind": "news", "title": "甲", "kicker": None,
                 "subtitle": None, "title_lines": ["甲"], "lines": [[3, 5]]},
                {"id": "b", "kind": "article", "subkind": "news", "title": "乙", "kicker": "引",
                 "subtitle": "——副", "title_lines": ["引", "乙", "——副"], "lines": [[7, 10]]},
                {"id": "c", "kind": "photo", "subkind": "photo", "title": "丙", "kicker": None,
                 "subtitle": None, "title_lines": ["丙"], "lines": [[12, 14]]}],
            "furniture": [{"kind": "page_header", "text": "第1版", "lines": [[1, 1]]}]}


def self_test(golds):
    ok = True
    for name, gold in golds:
        s = score(gold, gold_as_prediction(gold))
        good = s["exact"] == s["gold_articles"] and abs(s["bcubed"]["f1"] - 1) < 1e-12 \
            and s["title_ok"] == s["exact"] and s["headline_ok"] == s["exact"]
        print_summary(f"[self-test] {name}: gold vs itself", s)
        t = score(gold, one_item_prediction(gold))
        print_summary(f"[self-test] {name}: gold vs one item", t)
        u = score(gold, singleton_prediction(gold))
        print_summary(f"[self-test] {name}: gold vs one item per line", u)
        low = t["exact"] == 0 and t["bcubed"]["precision"] < 0.5 and t["bcubed"]["recall"] == 1.0
        single = abs(u["bcubed"]["precision"] - 1) < 1e-12 and u["bcubed"]["recall"] < 1
        print(f"[self-test] {name}: identity {'OK' if good else 'FAIL'}, "
              f"one-item {'OK' if low else 'FAIL'}, singletons {'OK' if single else 'FAIL'}\n")
        ok = ok and good and low and single
    print("SELF-TEST " + ("PASSED" if ok else "FAILED"))
    return ok


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="?")
    ap.add_argument("pred", nargs="?")
    ap.add_argument("--verbose", "-v", action="store_true", help="list mismatched articles")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--oneline", action="store_true", help="one table row (for drivers)")
    ap.add_argument("--name", help="label for the summary (default: the gold file)")
    ap.add_argument("--text", help="the scored text file (needed only for samples/*.gold.json)")
    ap.add_argument("--self-test", nargs="*", metavar="GOLD",
                    help="check the metric on a synthetic gold and on the given gold files")
    args = ap.parse_args()
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)      # `| head` ends quietly
    if args.self_test is not None:
        golds = [("synthetic", synthetic_gold())]
        for p in ([args.gold] if args.gold else []) + args.self_test:
            golds.append((p, json.load(open(p, encoding="utf-8"))))
        sys.exit(0 if self_test(golds) else 1)
    if not (args.gold and args.pred):
        ap.error("GOLD and PRED are required (or --self-test)")
    raw = json.load(open(args.gold, encoding="utf-8"))
    gold = adapt_gold(raw, args.text)
    pred = json.load(open(args.pred, encoding="utf-8"))
    s = score(gold, pred)
    if args.json:
        print(json.dumps(public(s), ensure_ascii=False, indent=1))
    elif args.oneline:
        b, g, ex = s["bcubed"], s["gold_articles"], s["exact"]
        print(f"{args.name or args.gold:<34} {ex:>3}/{g:<3} {ex / max(g, 1):6.1%}  "
              f"{b['precision']:.3f} {b['recall']:.3f} {b['f1']:.3f}  "
              f"{s['title_ok']:>3}/{ex:<3} {s['pred_items']:>5}")
    else:
        print_summary(args.name or args.gold, s)
        if args.verbose:
            print_verbose(s, load_text(args.gold, raw, args.text))


if __name__ == "__main__":
    main()
