#!/usr/bin/env python3
"""Render People's Daily issues (clean web text) into e-paper-like PDF text, with an exact gold.

Why: the splitter must be measured on text that looks like what users paste out of an e-paper
PDF (see samples/pinghu-2023-02-09.txt), but the only large annotated newspaper data we have
(../shared/eval/peoples-daily) is clean web-edition text.  This script lays each issue out the
way PDF extraction does -- narrow columns broken mid-word, blank lines at column breaks,
headlines after their body half of the time, fake-bold doubled headlines, bylines on their own
lines, page headers between articles -- and records, for every article, exactly which rendered
lines are its own.  The output is licensed data: it goes to out/ (gitignored), never into
tracked files.

Usage (from the repo root):
    python3 scripts/eval/render_pd.py                      # both issues, seed 1, out/pd/
    python3 scripts/eval/render_pd.py --date 20190215 --seed 7 --out out/pd7/
    python3 scripts/eval/render_pd.py --clean --out out/pd-clean/

Outputs per issue: <date>.txt (the rendered text) and <date>.gold.json (see write_gold()).
All randomness comes from random.Random seeded with (seed, date, article id), so a run is
reproducible and changing one article's rules does not reshuffle the others.

Decisions (also written into each gold file's "notes"):
  * 广告 placeholders (title "广告", no body) are not rendered; they are listed under "skipped".
  * Photo captions (short, no dateline, ending in a credit like "新华社记者  王全超摄",
    "影像中国", "人民视觉", "一图") are kept as items of kind "photo": the caption is wrapped
    at the column width or at a wide photo width, the credit on its own line or appended.
  * Everything else is kind "article"; "subkind" says news / brief (short, dated) / compilation
    (several sub-stories with their own sub-headlines and bylines under one headline, e.g. 速览,
    微阅读, 建议, 新春走基层 …) / banner (a headline with only a layout credit).  The gold keeps
    each data-set article as ONE item, as the data set does, even for compilations: a splitter
    that cuts a compilation into its sub-stories is arguably right and will be scored as wrong
    there; score_split.py reports figures per subkind so this can be seen.
  * Layout credits inside articles ("版式设计：张三", "本版制图：…") stay in their article, as in
    the data, although a human might call them page furniture.
  * Whitespace: the leading U+3000 indentation is dropped (sometimes replaced by a 2-space or
    U+3000U+3000 indent); runs of NBSP/spaces become one space; trailing spaces are dropped.
    Every other character of every article is kept, except bylines moved out of a dateline
    (`（记者张三、李四）` -> a `■记者 张三 李四` line).
"""

import argparse
import datetime
import json
import os
import random
import re
import sys
import unicodedata

DATA_DIR = os.path.join("..", "shared", "eval", "peoples-daily")
DATES = ["20190215", "20200210"]

# Page names (版名) guessed from each page's content; only used to make page headers look real.
PAGE_NAMES = {
    "20190215": ["要闻", "要闻", "要闻", "要闻", "评论", "要闻", "要闻", "要闻", "理论", "经济",
                 "政治", "文化", "人民眼", "社会", "体育", "国际", "国际", "农村", "健康", "文艺"],
    "20200210": ["要闻", "要闻", "要闻", "要闻", "评论", "要闻", "读者来信", "广告", "理论", "要闻",
                 "要闻", "经济", "文化", "体育", "广告", "国际", "国际", "经济", "科技", "副刊"],
}
EDITORS = ["张三", "李晓明", "王 珂", "刘 洋", "陈文", "赵新宇", "孙 萍", "周立新", "吴 丹", "郑海鸥"]
WEEKDAYS = "一二三四五六日"

# No line may start with these (Chinese line-breaking rules: they hang at the end of the line).
NO_LINE_START = set("，。、；：？！”’）》」』】…·%％,.;:?!)")
# No line may end with these (they move to the next line with what they open).
NO_LINE_END = set("“‘（《「『【(")
# Terminal punctuation: a short paragraph without it reads as an intertitle.
TERMINAL = re.compile(r"[。！？!?…”」』）)]$")
PHOTO_CREDIT = re.compile(r"(摄|影像中国|人民视觉|新华社发|一图|制图)")
DATELINE = re.compile(r"^(据)?(本报|新华社)([^\s（]{0,12}?)电\s*（记者([^）]+)）")
WS = re.compile(r"[\s\u00a0\u3000]+")


# ---------------------------------------------------------------------------------------------
# Reading and classifying the data
# ---------------------------------------------------------------------------------------------

def load_issue(date):
    """Returns the issue's articles (dicts from the jsonl), checking offsets against the issue."""
    issue = open(os.path.join(DATA_DIR, f"rmrb_{date}_issue.txt"), encoding="utf-8").read()
    arts = [json.loads(l) for l in open(os.path.join(DATA_DIR, f"rmrb_{date}_articles.jsonl"),
                                        encoding="utf-8")]
    for a in arts:
        if issue[a["start"]:a["end"]] != a["text"]:
            sys.exit(f"offset mismatch for {a['id']}")
    return arts


def clean_ws(s):
    """One space for any run of spaces/NBSP/U+3000 inside a line; none at the ends."""
    return WS.sub(" ", s).strip()


def split_article(a):
    """Splits an article's text into (title_lines, blank_after_title, paragraphs).

    paragraphs keeps empty strings where the data has an empty paragraph (a section break)."""
    lines = a["text"].split("\n")
    n = len(a["title_lines"])
    rest = lines[n:]
    blank_after = bool(rest) and rest[0].strip() == ""
    paras = [clean_ws(p) for p in rest]
    while paras and paras[0] == "":
        paras.pop(0)
    while paras and paras[-1] == "":
        paras.pop()
    return [t.strip() for t in a["title_lines"]], blank_after, paras


def classify_title(title_lines, blank_after):
    """Names the headline lines: (kicker, title, subtitle).

    The web edition writes 引题/主题/副题 one per line; a line starting with —— is a 副题, one
    ending in —— or ： is a 引题, one ending in a column tag （…） is the 主题.  Two plain lines
    are 引题+主题 when an empty line follows them and 主题+副题 when the body follows at once
    (that is how the export writes an empty 副题); checked by hand on both issues."""
    lines = list(title_lines)
    if len(lines) == 1:
        return None, lines[0], None
    if len(lines) >= 3:
        return lines[0], lines[1], "".join(lines[2:])
    a, b = lines
    if b.startswith("——"):
        return None, a, b
    if a.endswith(("——", "：", ":")):
        return a, b, None
    if b.endswith("）") and not a.endswith("）"):
        return a, b, None
    if blank_after:
        return a, b, None
    return None, a, b


def is_intertitle(p):
    """A short paragraph without terminal punctuation: an intertitle, sub-headline or credit."""
    return 0 < len(p) <= 30 and not TERMINAL.search(p)


def classify_kind(title, paras):
    """Returns (kind, subkind).  kind is the product's vocabulary (article / photo)."""
    body = "".join(paras)
    dated = bool(paras) and re.match(r"^(据)?(本报|新华社)", paras[0]) is not None
    tail = [p for p in paras[-2:] if len(p) <= 25]
    credited = any(PHOTO_CREDIT.search(p) for p in tail)
    if len(body) < 60 and paras and all(re.match(r"^(本版)?(版式|制图)", p) for p in paras):
        return "article", "banner"
    if not dated and len(body) <= 300 and (credited or len(body) <= 80):
        return "photo", "photo"
    subs = 0
    for i, p in enumerate(paras):
        if i > 0 and paras[i - 1] == "" and is_intertitle(p) \
                and not re.match(r"^(核心阅读|编者的话|本版|版式|制图)", p):
            subs += 1
    if subs >= 2:
        return "article", "compilation"
    if dated and len(body) <= 600:
        return "article", "brief"
    return "article", "news"


# ---------------------------------------------------------------------------------------------
# Text primitives: width, wrapping, fake bold
# ---------------------------------------------------------------------------------------------

def char_width(c):
    """ASCII is half as wide as a CJK glyph in newspaper fonts, so a column holds more of it."""
    return 0.5 if ord(c) < 0x80 else 1.0


def units(text):
    """Breakable units: an ASCII word/number run (never split, as PDF layout keeps it) or one char."""
    return re.findall(r"[A-Za-z0-9.%+\-/:]+|.", text)


def wrap(text, width, first_width=None):
    """Greedy column wrap with Chinese line-breaking rules (closing punctuation hangs)."""
    out, cur, w = [], "", 0.0
    limit = first_width if first_width is not None else width
    for u in units(text):
        uw = sum(char_width(c) for c in u)
        if cur and w + uw > limit and u[0] not in NO_LINE_START:
            carry = ""
            while cur and cur[-1] in NO_LINE_END:
                carry, cur = cur[-1] + carry, cur[:-1]
            if cur:
                out.append(cur)
                cur, w = carry, sum(char_width(c) for c in carry)
                limit = width
        cur += u
        w += uw
    if cur:
        out.append(cur)
    return [l.strip() for l in out if l.strip()]


def is_cjk_punct(c):
    """Non-ASCII punctuation (，。“”（）《》…—·): fake bold doubles these one by one."""
    return ord(c) >= 0x80 and unicodedata.category(c)[0] in "PS"


def fake_bold(s):
    """PDF fake bold prints every glyph run twice: `誓师出征 全军出击` -> `誓师出征誓师出征 全军出击全军出击`,
    `“双招双引”` -> `““双招双引双招双引””`: a run of ordinary characters (CJK, digits, ASCII such as
    `8.7%`) is repeated as a whole, CJK punctuation character by character, spaces once -- as in
    the Pinghu sample."""
    out, run = [], ""
    for c in s + " ":
        if c.isspace() or is_cjk_punct(c):
            out.append(run * 2)
            run = ""
            out.append(c if c.isspace() else c * 2)
        else:
            run += c
    return "".join(out)[:-1]


def split_title(title, rng):
    """Breaks a long headline into two lines: at its space if it has one, before its column tag
    （今日谈） half the time, else near the middle after a comma or at a quotation's edge; failing
    those, usually not at all, sometimes anywhere that breaks no punctuation rule (e-paper
    headlines are set in short lines, broken by designers at phrase boundaries)."""
    if " " in title:
        i = title.index(" ")
        return [title[:i], title[i + 1:]]
    tag = re.search(r"（[^（）]*(（[^（）]*）[^（）]*)*）$", title)
    if tag and tag.start() >= 4 and rng.random() < 0.5:
        return [title[:tag.start()], title[tag.start():]]
    mid = len(title) // 2
    for d in range(0, 7):                      # a comma, or the edge of a quotation
        for j in (mid + d, mid - d):
            if 3 <= j <= len(title) - 3 and (title[j - 1] in "，、：”’）》" or title[j] in "“‘（《"):
                return [title[:j], title[j:]]
    if rng.random() < 0.6:                     # designers break at a phrase; else keep one line
        return [title]
    j = mid + rng.randint(-2, 2)
    while 0 < j < len(title) and (title[j] in NO_LINE_START or title[j - 1] in NO_LINE_END
                                  or (title[j - 1].isascii() and title[j].isascii())):
        j += 1
    return [title[:j], title[j:]] if 0 < j < len(title) else [title]


# ---------------------------------------------------------------------------------------------
# Rendering one article
# ---------------------------------------------------------------------------------------------

class Out:
    """The rendered issue: a list of lines, each tagged with its owner for the gold."""

    def __init__(self):
        self.lines = []   # (text, owner, role); owner None for blank lines

    def add(self, text, owner, role):
        assert text.strip(), "non-blank lines only; use blank()"
        self.lines.append((text, owner, role))

    def blank(self, n=1):
        for _ in range(n):
            self.lines.append(("", None, None))


def extract_byline(paras, rng):
    """Moves the reporters out of a dateline `本报北京2月14日电  （记者张三、李四）…` into a byline
    line, as e-papers print them.  Returns (paras, byline_text, credits) or (paras, None, credits)."""
    if not paras:
        return paras, None, []
    m = DATELINE.match(paras[0])
    if not m:
        return paras, None, []
    names = [clean_ws(n) for n in re.split(r"[、，,]", m.group(4)) if clean_ws(n)]
    credits = [["记者", [n.replace(" ", "") for n in names]]]
    shown = [(n[0] + " " + n[1]) if len(n) == 2 and rng.random() < 0.3 else n for n in names]
    agency = m.group(2)
    style = rng.choice(["■记者", "■记 者", "本报记者" if agency == "本报" else "新华社记者", "记者"])
    byline = style + " " + " ".join(shown)
    if rng.random() < 0.1:
        byline = " " + byline           # PDF extraction sometimes keeps a leading space
    head = paras[0][:m.start(4) - 3].rstrip()     # everything before "（记者"
    rest = paras[0][m.end():].lstrip()
    return [head + " " + rest] + paras[1:], byline, credits


def render_headline(out, aid, kicker, title, subtitle, doubled, rng, clean):
    """Writes kicker / title / subtitle lines (title wrapped, maybe fake-bold doubled)."""
    if kicker:
        out.add(kicker, aid, "title")
        if not clean and rng.random() < 0.4:
            out.blank()
    tlines = [title]
    if not clean and len(title) > rng.randint(11, 18) and rng.random() < 0.7:
        tlines = split_title(title, rng)
    for t in tlines:
        out.add(fake_bold(t) if doubled else t, aid, "title")
    if subtitle:
        if not clean and rng.random() < 0.3:
            out.blank()
        sub = [subtitle]
        if not clean and len(subtitle) > 24 and rng.random() < 0.4:
            cut = len(subtitle) // 2
            sub = [subtitle[:cut], subtitle[cut:]]
        for s in sub:
            out.add(s, aid, "title")


def render_body(out, aid, paras, style, rng):
    """Writes the body as narrow columns: first lines indented (or not), blank lines between some
    paragraphs and at every column break (every `col_h` lines, wherever it falls)."""
    col_h = style["col_h"]
    since_break = rng.randint(0, col_h // 2)       # the article starts mid-column
    prev_blank = True
    for i, p in enumerate(paras):
        if p == "":                                   # a section break in the data
            if not prev_blank:
                out.blank()
                prev_blank = True
            continue
        if is_intertitle(p) and len(p) <= 20:
            if not prev_blank and rng.random() < 0.5:
                out.blank()
            lines = wrap(p, style["width"])
        elif style["photo"]:
            lines = wrap(p, style["cap_width"]) if style["cap_width"] else [p]
        else:
            lines = wrap(p, style["width"], style["width"] - 2)
            lines[0] = style["indent"] + lines[0]
        for ln in lines:
            if since_break >= col_h:
                if not prev_blank:
                    out.blank()
                since_break = 0
            out.add(ln, aid, "body")
            since_break += 1
            prev_blank = False
        if i + 1 < len(paras) and rng.random() < style["para_blank"] and not prev_blank:
            out.blank()
            prev_blank = True


def render_photo_credit(paras, rng):
    """For photos: maybe append the credit line to the caption's last line (`…好时光。 ■摄影 王 强`)."""
    if len(paras) >= 2 and len(paras[-1]) <= 25 and PHOTO_CREDIT.search(paras[-1]) \
            and rng.random() < 0.3:
        return paras[:-2] + [paras[-2] + " " + paras[-1]]
    return paras


def render_article(out, a, seed, clean):
    """Renders one article and returns its gold record (line numbers filled in later)."""
    rng = random.Random(f"{seed}:{a['id']}")
    title_lines, blank_after, paras = split_article(a)
    kicker, title, subtitle = classify_title(title_lines, blank_after)
    kind, subkind = classify_kind(title, paras)
    credits, byline = [], None
    m = DATELINE.match(paras[0]) if paras else None
    if m:
        credits = [["记者", [clean_ws(n).replace(" ", "")
                             for n in re.split(r"[、，,]", m.group(4)) if clean_ws(n)]]]
    if not clean and m and rng.random() < 0.3:
        paras, byline, credits = extract_byline(paras, rng)
    photo = kind == "photo"
    style = {
        "width": rng.randint(11, 16),
        "col_h": rng.randint(20, 40),
        "indent": rng.choices(["", "  ", "\u3000\u3000"], [6, 2, 2])[0],
        "para_blank": rng.choice([0.0, 0.3, 0.7, 1.0]),
        "photo": photo,
        "cap_width": rng.choice([None, rng.randint(14, 16), rng.randint(20, 40)]) if photo else None,
    }
    head_after = (not clean) and rng.random() < 0.5
    doubled = (not clean) and rng.random() < 0.2
    byline_pos = "before_body" if not head_after or rng.random() < 0.5 else "after_headline"
    start = len(out.lines)

    def headline():
        render_headline(out, a["id"], kicker, title, subtitle, doubled, rng, clean)

    def byline_line():
        if byline:
            out.add(byline, a["id"], "credit")

    if clean:
        headline()
        for p in paras:
            if p:
                out.add(("\u3000\u3000" if not is_intertitle(p) else "") + p, a["id"], "body")
    else:
        if photo:
            paras = render_photo_credit(paras, rng)
        if not head_after:
            headline()
            if rng.random() < 0.5:
                out.blank()
        if byline_pos == "before_body":
            byline_line()
            if rng.random() < 0.6:
                out.blank()
        render_body(out, a["id"], paras, style, rng)
        if head_after:
            if rng.random() < 0.8:
                out.blank()
            headline()
            if byline_pos == "after_headline":
                byline_line()
    return {
        "id": a["id"], "page": a["page"], "seq_on_page": a["seq_on_page"],
        "kind": kind, "subkind": subkind,
        "title_lines": title_lines, "kicker": kicker, "title": title, "subtitle": subtitle,
        "credits": credits,
        "layout": {"headline": "after" if head_after else "before", "doubled": doubled,
                   "byline": byline_pos if byline else None,
                   "width": None if clean else style["width"]},
        "body_text": "\n".join(p for p in paras if p),
        "_start": start,
    }


# ---------------------------------------------------------------------------------------------
# Pages and the whole issue
# ---------------------------------------------------------------------------------------------

def page_header_lines(date, page, rng):
    """One page header line like `2019年2月15日 星期五 第2版 要闻`, sometimes with an editor line."""
    d = datetime.date(int(date[:4]), int(date[4:6]), int(date[6:]))
    ds = f"{d.year}年{d.month}月{d.day}日"
    wd = "星期" + WEEKDAYS[d.weekday()]
    name = PAGE_NAMES[date][page - 1]
    header = rng.choice([
        f"{ds} {wd} 第{page}版 {name}",
        f"{ds} {wd} 第{page}版 {name}",
        f"{name} {ds} {wd} {page}",
        f"人民日报 {ds} {wd} 第{page:02d}版",
        f"第{page:02d}版 {name} {ds}",
    ])
    lines = [("page_header", header)]
    if rng.random() < 0.4:
        ed = f"责任编辑：{rng.choice(EDITORS)}"
        if rng.random() < 0.5:
            ed += f" 版式设计：{rng.choice(EDITORS)}"
        lines.append(("editor", ed))
    return lines


def render_issue(date, seed, clean):
    """Renders an issue; returns (text, gold dict)."""
    arts = load_issue(date)
    rng = random.Random(f"{seed}:{date}:layout")
    out = Out()
    records, furniture, skipped = [], [], []
    pages = sorted({a["page"] for a in arts})
    for page in pages:
        on_page = [a for a in arts if a["page"] == page]
        kept = []
        for a in on_page:
            if a["text"].strip() == "广告":
                skipped.append({"id": a["id"], "page": page,
                                "reason": "advertisement placeholder (title 广告, no text)"})
            else:
                kept.append(a)
        head = page_header_lines(date, page, rng)
        where = "start" if clean else rng.choices(["start", "after_first", "end"], [7, 2, 1])[0]
        if not kept:
            where = "start"
        slots = {"start": 0, "after_first": 1, "end": len(kept)}[where]
        for i in range(len(kept) + 1):
            if i == slots:
                if out.lines and out.lines[-1][1] is not None:
                    out.blank(1 if clean else rng.choice([0, 1, 1, 1, 2]))
                for kind, text in head:
                    fid = f"furniture-{len(furniture)}"
                    furniture.append({"kind": kind, "page": page, "text": text, "_id": fid})
                    out.add(text, fid, kind)
                if clean:
                    out.blank()
            if i == len(kept):
                break
            if out.lines and out.lines[-1][1] is not None:
                out.blank(1 if clean else rng.choices([0, 1, 2], [1, 6, 3])[0])
            records.append(render_article(out, kept[i], seed, clean))
        # trim trailing blank lines of a page before the next page starts
    while out.lines and out.lines[-1][1] is None:
        out.lines.pop()
    return out, records, furniture, skipped


def to_ranges(nums):
    """Sorted line numbers -> inclusive [first, last] runs."""
    out = []
    for n in nums:
        if out and out[-1][1] + 1 == n:
            out[-1][1] = n
        else:
            out.append([n, n])
    return out


def bridge(nums, blank):
    """Like to_ranges, but a run continues over blank lines: an item's span is [first, last] line."""
    out = []
    for n in nums:
        if out and all((k in blank) for k in range(out[-1][1] + 1, n)):
            out[-1][1] = n
        else:
            out.append([n, n])
    return out


def build_gold(date, seed, clean, out, records, furniture, skipped):
    """The gold file: every non-blank line belongs to exactly one article or furniture entry."""
    by_owner = {}
    blank = set()
    for i, (text, owner, role) in enumerate(out.lines, start=1):
        if owner is None:
            blank.add(i)
        else:
            by_owner.setdefault(owner, {}).setdefault(role, []).append(i)
    arts = []
    for r in records:
        roles = by_owner[r["id"]]
        allnums = sorted(n for v in roles.values() for n in v)
        r = {k: v for k, v in r.items() if not k.startswith("_")}
        r["lines"] = bridge(allnums, blank)
        r["title_line_numbers"] = to_ranges(roles.get("title", []))
        r["body_lines"] = bridge(roles.get("body", []), blank)
        r["credit_lines"] = to_ranges(roles.get("credit", []))
        arts.append(r)
    furn = []
    for f in furniture:
        nums = sorted(n for v in by_owner[f["_id"]].values() for n in v)
        furn.append({"kind": f["kind"], "page": f["page"], "text": f["text"],
                     "lines": to_ranges(nums)})
    return {
        "source": f"People's Daily {date} (../shared/eval/peoples-daily, internal evaluation only), "
                  f"rendered by scripts/eval/render_pd.py",
        "date": date, "seed": seed, "mode": "clean" if clean else "pdf",
        "text_file": f"{date}.txt",
        "n_lines": len(out.lines),
        "blank_lines": sorted(blank),
        "notes": [
            "Line numbers are 1-based and inclusive; an item's 'lines' run from its first to its "
            "last line and may include blank lines (scorers ignore blank lines).",
            "title_lines are the original headline lines (de-doubled); kicker/title/subtitle name "
            "them (引题/主题/副题).",
            "kind: article or photo; subkind: news, brief, compilation, banner, photo. A "
            "compilation (several sub-stories under one headline) is one item, as in the data set.",
            "广告 placeholders are not rendered (see 'skipped'). Page headers and editor lines are "
            "furniture.",
            "Bylines moved out of a dateline are credit_lines of their article; credits list the "
            "dateline's reporters whether moved or not.",
        ],
        "articles": arts,
        "furniture": furn,
        "skipped": skipped,
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--date", action="append", choices=DATES,
                    help="issue to render (repeatable; default: both)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default=None, help="output dir (default out/pd/ or out/pd-clean/)")
    ap.add_argument("--clean", action="store_true",
                    help="no PDF artefacts: headline first, no doubling, one paragraph a line")
    args = ap.parse_args()
    out_dir = args.out or ("out/pd-clean/" if args.clean else "out/pd/")
    if not os.path.isdir(DATA_DIR):
        sys.exit(f"data not found at {DATA_DIR}: run from the repo root (/work/main)")
    os.makedirs(out_dir, exist_ok=True)
    for date in args.date or DATES:
        out, records, furniture, skipped = render_issue(date, args.seed, args.clean)
        gold = build_gold(date, args.seed, args.clean, out, records, furniture, skipped)
        txt = os.path.join(out_dir, f"{date}.txt")
        with open(txt, "w", encoding="utf-8") as f:
            f.write("\n".join(t for t, _, _ in out.lines) + "\n")
        with open(os.path.join(out_dir, f"{date}.gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
        print(f"{txt}: {len(out.lines)} lines, {len(gold['articles'])} items "
              f"({len(skipped)} ad placeholders skipped), {len(gold['furniture'])} furniture lines")


if __name__ == "__main__":
    main()
