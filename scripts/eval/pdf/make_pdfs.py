#!/usr/bin/env python3
"""Lay out People's Daily issues as newspaper PDFs and record exactly what was drawn.

Why: the splitter must hold on the text real PDF engines (PDFium, poppler, pdf.js) copy out of
real e-paper PDFs, not only on a text renderer's idea of it.  This script draws each data page
of an issue as one or more broadsheet PDF pages with reportlab and WenQuanYi Micro Hei: article
blocks of 1-6 columns (2-6 for most), headline frames in a larger size (some fake-bold: the same
text drawn twice with a ~0.3 pt offset), kickers and subtitles in frames of their own, byline
frames (`■记者 …`) for reporters taken out of a dateline, photo boxes with captions, ad boxes,
a page header line, an editor line -- and writes every article's frames to the content stream
in a varied order (headline before or after its body, byline before or after), as layout
programs do.  extract.py then copies the text out with the real engines and aligns it to the
record written here (`<draw>.drawn.json`) to make the gold.

Usage (from the repo root):
    python3 scripts/eval/pdf/make_pdfs.py --date 20190215 --seed 1          # out/pdf/20190215-s1.pdf
    python3 scripts/eval/pdf/make_pdfs.py --date 20191008 --seed 2 --out out/pdf/
    python3 scripts/eval/pdf/make_pdfs.py --date 20190215 --images --pages 20   # the page's benchmark PDF
      (--images: photos and ads are JPEG images (seeded noise over seeded colour blobs, 300 dpi), as
      e-paper PDFs carry them, instead of grey boxes: a whole issue is then 10-30 MB; --pages N keeps
      the first N PDF pages; the file is then <date>-s<seed>-img.pdf / -pN.pdf)

Outputs: <date>-s<seed>.pdf and <date>-s<seed>.drawn.json in --out (default out/pdf/, gitignored:
the data is licensed for internal evaluation only).

Fonts: reportlab embeds a TrueType font only as 8-bit subsets (a new subset font every 256
characters), so a Chinese line hops between subset fonts and PDFium then cuts such lines into
single characters (seen here on some pages).  Each PDF page therefore gets ONE embedded font, as
layout programs write CJK text: a Type0 font (Identity-H) over a fontTools subset of the font to
that page's characters, with a ToUnicode map (PageFont).
All randomness comes from random.Random seeded with (seed, date, page or article id).
"""

import argparse
import datetime
import io
import json
import math
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import render_pd as R  # noqa: E402  (the text renderer's data reading and headline rules)

from fontTools import subset as ft_subset  # noqa: E402
from fontTools.ttLib import TTFont as FTFont  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

DATA_DIR = os.path.join("..", "shared", "eval", "peoples-daily")
FONT_PATH = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
METRIC_FONT = "WQYMetrics"

PAGE_W, PAGE_H = 1000.0, 1420.0          # about a broadsheet (350 x 500 mm)
LEFT, RIGHT, TOP, BOTTOM = 40.0, 40.0, 78.0, 46.0
CONTENT_W = PAGE_W - LEFT - RIGHT
CONTENT_TOP = PAGE_H - TOP
CONTENT_H = CONTENT_TOP - BOTTOM

# Invented advertisement copy (the data's 广告 items are empty placeholders).
AD_LINES = ["品质生活 从这里开始", "智慧出行 绿色未来", "百年老店 匠心传承", "诚信服务 用心经营",
            "新品上市 敬请垂询", "共建美好家园", "服务热线：400-000-0000", "欢迎莅临参观选购"]
PAGE_NAME_POOL = ["要闻", "综合", "经济", "政治", "文化", "社会", "国际", "理论", "评论", "体育",
                  "副刊", "科技", "生态", "教育"]


# ---------------------------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------------------------

def issue_files(date):
    """(issue.txt, articles.jsonl) paths for a date: the two named issues or the October month."""
    top = os.path.join(DATA_DIR, f"rmrb_{date}_issue.txt")
    if os.path.isfile(top):
        return top, os.path.join(DATA_DIR, f"rmrb_{date}_articles.jsonl")
    d = os.path.join(DATA_DIR, "month-2019-10")
    return os.path.join(d, f"{date}_issue.txt"), os.path.join(d, f"{date}_articles.jsonl")


def load_issue(date):
    """The issue's articles, offsets checked against the issue text."""
    issue_p, arts_p = issue_files(date)
    if not os.path.isfile(arts_p):
        sys.exit(f"no data for {date} ({arts_p}); run from the repo root")
    issue = open(issue_p, encoding="utf-8").read()
    arts = [json.loads(l) for l in open(arts_p, encoding="utf-8")]
    for a in arts:
        if issue[a["start"]:a["end"]] != a["text"]:
            sys.exit(f"offset mismatch for {a['id']}")
    return arts


def page_name(date, page, rng):
    names = R.PAGE_NAMES.get(date)
    if names and page <= len(names):
        return names[page - 1]
    return "要闻" if page <= 4 else rng.choice(PAGE_NAME_POOL)


# ---------------------------------------------------------------------------------------------
# Measuring and wrapping in points
# ---------------------------------------------------------------------------------------------

_WCACHE = {}


def cw(c):
    """Advance width of one character at 1 pt."""
    w = _WCACHE.get(c)
    if w is None:
        w = _WCACHE[c] = pdfmetrics.stringWidth(c, METRIC_FONT, 1000) / 1000.0
    return w


def text_w(s, size):
    return sum(cw(c) for c in s) * size


def wrap_pts(text, size, width, first_width=None):
    """Greedy wrap at `width` points with the Chinese line-breaking rules of render_pd.wrap
    (closing punctuation hangs, opening punctuation never ends a line, numbers never split)."""
    out, cur, w = [], "", 0.0
    limit = first_width if first_width is not None else width
    for u in R.units(text):
        uw = text_w(u, size)
        if cur and w + uw > limit + 0.01 and u[0] not in R.NO_LINE_START:
            carry = ""
            while cur and cur[-1] in R.NO_LINE_END:
                carry, cur = cur[-1] + carry, cur[:-1]
            if cur:
                out.append(cur)
                cur, w = carry, text_w(carry, size)
                limit = width
        cur += u
        w += uw
    if cur:
        out.append(cur)
    return [l.strip() for l in out if l.strip()]


# ---------------------------------------------------------------------------------------------
# Drawing operations (laid out first, drawn once the page's characters are known)
# ---------------------------------------------------------------------------------------------

class Frame:
    """One text frame: lines at absolute positions, drawn in one BT/ET (twice if fake bold)."""

    def __init__(self, owner, role, size):
        self.owner, self.role, self.size = owner, role, size
        self.lines = []             # (x, y, text, char_space)
        self.double = None          # (dx, dy, "run"|"line"|"frame") for fake bold

    def add(self, x, y, text, cs=0.0):
        self.lines.append((x, y, text, cs))


class Shape:
    def __init__(self, kind, x, y, w, h, grey=0.8):
        self.kind, self.x, self.y, self.w, self.h, self.grey = kind, x, y, w, h, grey
        self.owner = None


# ---------------------------------------------------------------------------------------------
# Blocks: one article (or photo, ad) laid out at a width, placed later
# ---------------------------------------------------------------------------------------------

class Block:
    pass


def article_block(a, seed):
    """Prepares an article's block: its parts, sizes, column count and frame order."""
    rng = random.Random(f"pdf:{seed}:{a['id']}")
    title_lines, blank_after, paras = R.split_article(a)
    kicker, title, subtitle = R.classify_title(title_lines, blank_after)
    kind, subkind = R.classify_kind(title, paras)
    credits, byline = [], None
    m = R.DATELINE.match(paras[0]) if paras else None
    if m:
        credits = [["记者", [R.clean_ws(n).replace(" ", "")
                             for n in re.split(r"[、，,]", m.group(4)) if R.clean_ws(n)]]]
        if kind != "photo" and rng.random() < 0.6:
            paras, byline, credits = R.extract_byline(paras, rng)
            byline = byline.strip()
    b = Block()
    b.a, b.rng, b.kind, b.subkind = a, rng, kind, subkind
    b.kicker, b.title, b.subtitle, b.byline, b.credits = kicker, title, subtitle, byline, credits
    b.title_lines = title_lines
    b.paras = paras
    b.fs = rng.choice([8.0, 8.5, 9.0, 9.0])
    b.lead = round(b.fs * rng.uniform(1.22, 1.48), 2)
    b.col_w = round(b.fs * rng.randint(11, 16) + rng.uniform(0, 3), 1)
    b.gutter = round(rng.choices([rng.uniform(6, 9), rng.uniform(9, 14), rng.uniform(14, 20)],
                                 [1, 2, 1])[0], 1)
    b.doubled = rng.random() < 0.25
    # fake bold: each glyph run (a run of ordinary characters, or one CJK punctuation mark)
    # drawn twice in place, or each line twice, or the whole frame twice
    b.double_mode = (round(rng.uniform(0.2, 0.4), 2), rng.choice([0.0, 0.0, -0.2]),
                     rng.choices(["run", "line", "frame"], [5, 2, 3])[0])
    b.head_align = rng.choice(["center", "left", "left"])
    b.indent = rng.random() < 0.9
    b.justify = rng.random() < 0.7
    b.byline_pos = rng.choices(["under_head", "end"], [8, 2])[0]
    # frame order in the content stream
    b.order = rng.choices(["head_body", "body_head", "head_body_byline", "byline_body_head"],
                          [5, 3, 1, 1])[0]
    b.head_parts_order = "top_down" if rng.random() < 0.8 else "title_first"
    b.continued = False
    if kind == "photo":
        b.photo_w = round(rng.uniform(180, 460), 1)
        b.photo_h = round(b.photo_w * rng.uniform(0.5, 0.75), 1)
        b.ncols = 1
        b.col_w = b.photo_w
        b.width = b.photo_w
        b.body = body_lines(b, photo=True)
        b.head_size = b.fs + rng.choice([1.5, 2.5, 3.5])
        b.head = head_lines(b, b.width)
        return b
    # body lines at the column width; columns chosen for a plausible height
    b.body = body_lines(b)
    n = len(b.body)
    if n <= 8 and rng.random() < 0.5:
        b.ncols = 1
    else:
        target = rng.randint(18, 60)
        b.ncols = max(2, min(6, math.ceil(n / target)))
    while b.ncols > 1 and b.ncols * b.col_w + (b.ncols - 1) * b.gutter > CONTENT_W:
        b.ncols -= 1
    b.width = b.ncols * b.col_w + (b.ncols - 1) * b.gutter
    units = max(1.0, sum(R.char_width(c) for c in title))
    big = rng.choice([18, 20, 22, 24, 26, 28, 30])
    b.head_size = max(13.0, min(big, 2 * b.width / units, 0.95 * b.width / max(1.0, units / 2.2)))
    if b.ncols == 1:
        b.head_size = max(11.0, min(b.head_size, 15.0))
    b.head = head_lines(b, b.width)
    return b


def body_lines(b, photo=False):
    """The body as column lines: (text, kind, dx) with kind first|cont|inter|gap|last."""
    out = []
    for p in b.paras:
        if p == "":
            if out and out[-1][1] != "gap":
                out.append(("", "gap", 0.0))
            continue
        if R.is_intertitle(p) and len(p) <= 20 and not photo:
            ls = wrap_pts(p, b.fs, b.col_w)
            for l in ls:
                dx = (b.col_w - text_w(l, b.fs)) / 2 if b.rng.random() < 0.5 else 0.0
                out.append((l, "inter", max(0.0, dx)))
            continue
        ind = 2 * b.fs if b.indent else 0.0
        ls = wrap_pts(p, b.fs, b.col_w, b.col_w - ind)
        for i, l in enumerate(ls):
            k = "first" if i == 0 else "cont"
            if i == len(ls) - 1:
                k = "last" if i else "firstlast"
            out.append((l, k, ind if i == 0 else 0.0))
    while out and out[-1][1] == "gap":
        out.pop()
    return out


def head_lines(b, width):
    """Headline lines: (role, text, size) for kicker, title (wrapped), subtitle."""
    rng = b.rng
    out = []
    small = max(10.0, min(b.head_size * 0.55, 14.0))
    if b.kicker:
        for l in wrap_pts(b.kicker, small, width):
            out.append(("kicker", l, small))
    tl = [b.title]
    if text_w(b.title, b.head_size) > width:
        tl = wrap_pts(b.title, b.head_size, width)
    elif len(b.title) > 12 and rng.random() < 0.3:
        tl = R.split_title(b.title, rng)
        if any(text_w(t, b.head_size) > width for t in tl):
            tl = wrap_pts(b.title, b.head_size, width)
    for l in tl:
        out.append(("title", l, b.head_size))
    if b.subtitle:
        for l in wrap_pts(b.subtitle, small, width):
            out.append(("subtitle", l, small))
    return out


def head_height(b):
    return sum(s * 1.3 for _, _, s in b.head) + 8.0 if b.head else 0.0


def byline_height(b):
    return b.fs * 1.6 + 2 if b.byline and b.byline_pos == "under_head" else 0.0


def block_height(b, body_n=None):
    """Height of the block with its body balanced over its columns."""
    n = len(b.body) if body_n is None else body_n
    h = 0.0 if b.continued else head_height(b) + byline_height(b)
    rows = math.ceil(n / b.ncols) if n else 0
    if b.byline and b.byline_pos == "end" and not getattr(b, "split_first", False):
        rows += 1
    h += rows * b.lead
    if b.kind == "photo":
        h += b.photo_h + 6
    return h + 4


def split_block(b, avail):
    """Splits a block so that its first part fits in `avail` points; returns (first, rest)
    or (None, b) when not even a few lines fit."""
    fixed = 0.0 if b.continued else head_height(b) + byline_height(b)
    per_col = int((avail - fixed - 4) // b.lead) - (1 if b.byline_pos == "end" else 0)
    if per_col < 6:
        return None, b
    k = per_col * b.ncols
    first = Block()
    first.__dict__.update(b.__dict__)
    first.body = b.body[:k]
    first.split_first = True
    rest = Block()
    rest.__dict__.update(b.__dict__)
    rest.body = b.body[k:]
    while rest.body and rest.body[0][1] == "gap":
        rest.body = rest.body[1:]
    rest.continued = True
    first.byline_pos_eff = "none" if b.byline_pos == "end" else b.byline_pos
    return first, rest


def ad_block(rng, page_width_share):
    b = Block()
    b.kind = "ad"
    b.rng = rng
    b.width = round(CONTENT_W * page_width_share, 1)
    b.height_ad = round(rng.uniform(120, 300), 1)
    b.ad_lines = rng.sample(AD_LINES, rng.randint(1, 3))
    b.continued = False
    return b


# ---------------------------------------------------------------------------------------------
# Placing blocks on pages and turning them into frames
# ---------------------------------------------------------------------------------------------

def place_block(b, x, ytop, ops):
    """Appends the block's frames and shapes to ops (in the block's content-stream order)."""
    if b.kind == "ad":
        box = Shape("rect_stroke", x, ytop - b.height_ad, b.width, b.height_ad)
        box.owner = "ad"
        f = Frame("ad", "ad", 9.0)
        f.add(x + 6, ytop - 14, "广告")
        g = Frame("ad", "ad", 22.0)
        yy = ytop - b.height_ad / 2 + 10 * len(b.ad_lines)
        for l in b.ad_lines:
            g.add(x + max(6.0, (b.width - text_w(l, 22.0)) / 2), yy, l)
            yy -= 30
        ops.extend([box, f, g])
        return
    aid = b.a["id"]
    y = ytop
    head_frames, byline_frames, body_frames, photo_ops = [], [], [], []
    if not b.continued:
        if b.kind == "photo":
            # photo first, then the headline/caption under it
            sh = Shape("rect_fill", x, y - b.photo_h, b.photo_w, b.photo_h,
                       grey=round(b.rng.uniform(0.55, 0.85), 2))
            sh.owner = aid
            photo_ops.append(sh)
            y -= b.photo_h + 6
        parts = {}
        for role, text, size in b.head:
            y -= size * 1.15
            dx = (b.width - text_w(text, size)) / 2 if b.head_align == "center" else 0.0
            f = parts.get(role)
            if f is None:
                f = parts[role] = Frame(aid, role, size)
                if role == "title" and b.doubled:
                    f.double = b.double_mode
            f.add(x + max(0.0, dx), y, text)
            y -= size * 0.15
        y -= 8.0
        order = ["kicker", "title", "subtitle"] if b.head_parts_order == "top_down" \
            else ["title", "kicker", "subtitle"]
        head_frames = [parts[r] for r in order if r in parts]
        if b.byline and getattr(b, "byline_pos_eff", b.byline_pos) == "under_head":
            y -= b.fs * 1.2
            f = Frame(aid, "byline", b.fs)
            f.add(x, y, b.byline)
            byline_frames.append(f)
            y -= b.fs * 0.4 + 2
    # body columns
    rows = math.ceil(len(b.body) / b.ncols) if b.body else 0
    cols = [b.body[i * rows:(i + 1) * rows] for i in range(b.ncols)] if rows else []
    last_col_end = None
    for ci, col in enumerate(cols):
        if not col:
            continue
        f = Frame(aid, "body", b.fs)
        cx = x + ci * (b.col_w + b.gutter)
        yy = y
        for text, kind, dx in col:
            yy -= b.lead
            if kind == "gap":
                continue
            cs = 0.0
            if b.justify and kind in ("first", "cont") and len(text) > 1:
                free = b.col_w - dx - text_w(text, b.fs)
                if 0 < free < b.fs:
                    cs = round(free / (len(text) - 1), 3)
            f.add(cx + dx, yy, text, cs)
        body_frames.append(f)
        last_col_end = (cx, yy)
    if b.byline and b.byline_pos == "end" and not getattr(b, "split_first", False) \
            and last_col_end:
        f = Frame(aid, "byline", b.fs)
        cx, yy = last_col_end
        f.add(cx + b.col_w - text_w(b.byline, b.fs), yy - b.lead, b.byline)
        byline_frames.append(f)
    if b.order == "head_body":
        seq = photo_ops + head_frames + byline_frames + body_frames
    elif b.order == "body_head":
        seq = photo_ops + body_frames + head_frames + byline_frames
    elif b.order == "head_body_byline":
        seq = photo_ops + head_frames + body_frames + byline_frames
    else:
        seq = photo_ops + byline_frames + body_frames + head_frames
    ops.extend(seq)


def header_frames(date, page, npdf, rng, name):
    """The page header line (one string or pieces on one baseline) and a rule under it."""
    d = datetime.date(int(date[:4]), int(date[4:6]), int(date[6:]))
    ds = f"{d.year}年{d.month}月{d.day}日"
    wd = "星期" + R.WEEKDAYS[d.weekday()]
    y = PAGE_H - 46
    style = rng.randrange(4)
    pieces = {
        0: [f"人民日报 {ds} {wd} 第{page}版 {name}"],
        1: [f"{ds} {wd}", "人民日报", f"第{page:02d}版 {name}"],
        2: [f"{name}", f"{ds} {wd}", f"{page}"],
        3: [f"第{page}版 {name}", f"人民日报 {ds} {wd}"],
    }[style]
    if npdf > 1:
        pieces[-1] += f"（{npdf}）"
    f = Frame("header", "page_header", 10.5)
    if len(pieces) == 1:
        f.add(LEFT, y, pieces[0])
    else:
        xs = [LEFT] + [LEFT + (CONTENT_W - text_w(p, 10.5)) * (i + 1) / (len(pieces) - 1) if
                       i + 1 < len(pieces) - 1 else PAGE_W - RIGHT - text_w(p, 10.5)
                       for i, p in enumerate(pieces[1:])]
        if len(pieces) == 3:
            xs[1] = (PAGE_W - text_w(pieces[1], 10.5)) / 2
        for x, p in zip(xs, pieces):
            f.add(x, y, p)
    rule = Shape("line", LEFT, y - 8, CONTENT_W, 0)
    return [f, rule], pieces


def layout_issue(date, seed):
    """Returns (pages, records, skipped): pages = [(data_page, ops)], one per PDF page."""
    arts = load_issue(date)
    pages_out, records, skipped = [], [], []
    for page in sorted({a["page"] for a in arts}):
        prng = random.Random(f"pdf:{seed}:{date}:{page}")
        name = page_name(date, page, prng)
        blocks, seen = [], set()
        for a in [a for a in arts if a["page"] == page]:
            if a["text"].strip() == "广告":
                skipped.append({"id": a["id"], "page": page,
                                "reason": "advertisement placeholder: an ad box is drawn instead"})
                blocks.append(ad_block(prng, prng.choice([0.5, 1.0])))
                continue
            if a["text"] in seen:
                skipped.append({"id": a["id"], "page": page,
                                "reason": "same text as an earlier article on this page"})
                continue
            seen.add(a["text"])
            blocks.append(article_block(a, seed))
        if prng.random() < 0.12:
            blocks.append(ad_block(prng, prng.choice([0.5, 1.0])))
        # rows: blocks side by side while they fit
        rows, row, roww = [], [], 0.0
        for b in blocks:
            h = b.height_ad if b.kind == "ad" else block_height(b)
            tall = h > 0.45 * CONTENT_H
            gap = prng.choice([prng.uniform(8, 14), prng.uniform(14, 26)])
            if row and not tall and len(row) < 3 and roww + gap + b.width <= CONTENT_W \
                    and prng.random() < 0.85:
                row.append((b, gap))
                roww += gap + b.width
            else:
                if row:
                    rows.append(row)
                row, roww = [(b, 0.0)], b.width
                if tall:
                    rows.append(row)
                    row, roww = [], 0.0
        if row:
            rows.append(row)
        # pages: rows stacked; a single tall block is cut across pages
        npdf = 0
        ops, y = None, None
        header_first = prng.random() < 0.8

        def new_page():
            nonlocal ops, y, npdf
            if ops is not None:
                finish_page(ops)
            npdf += 1
            ops = []
            y = CONTENT_TOP
            hf, _ = header_frames(date, page, npdf, prng, name)
            ops_header = hf
            ops.append(("header", ops_header))
            if prng.random() < 0.4:
                ed = f"责任编辑：{prng.choice(R.EDITORS)}"
                if prng.random() < 0.5:
                    ed += f"  版式设计：{prng.choice(R.EDITORS)}"
                f = Frame("editor", "editor", 8.0)
                f.add(LEFT if prng.random() < 0.5 else PAGE_W - RIGHT - text_w(ed, 8.0),
                      BOTTOM - 20, ed)
                ops.append(("editor", [f]))

        def finish_page(o):
            seq = []
            head = [x for k, x in o if k == "header"]
            rest = [x for k, x in o if k != "header"]
            groups = (head + rest) if header_first else (rest + head)
            for g in groups:
                seq.extend(g)
            pages_out.append((page, seq))

        new_page()
        pending = list(rows)
        while pending:
            row = pending.pop(0)
            hs = [b.height_ad if b.kind == "ad" else block_height(b) for b, _ in row]
            h = max(hs)
            if h > y - BOTTOM:
                fresh = y >= CONTENT_TOP - 1
                if len(row) == 1 and row[0][0].kind == "article" and \
                        (y - BOTTOM > 0.25 * CONTENT_H or fresh):
                    first, rest = split_block(row[0][0], y - BOTTOM)
                    if first is not None:
                        bo = []
                        place_block(first, LEFT, y, bo)
                        ops.append(("block", bo))
                        new_page()
                        pending.insert(0, [(rest, 0.0)])
                        continue
                if not fresh:
                    new_page()
                    pending.insert(0, row)
                    continue
                if len(row) > 1:            # a row taller than a page: one block a row
                    for b, _ in reversed(row):
                        pending.insert(0, [(b, 0.0)])
                    continue
            x = LEFT
            row_ops = []
            for (b, gap), hh in zip(row, hs):
                x += gap
                bo = []
                place_block(b, x, y, bo)
                row_ops.append(bo)
                if gap and prng.random() < 0.4:    # a vertical rule between blocks
                    rule = Shape("vline", x - gap / 2, y - h, 0, h)
                    bo.insert(0, rule)
                x += b.width
            if len(row_ops) > 1 and prng.random() < 0.2:
                row_ops.reverse()                   # frames written right block first
            for bo in row_ops:
                ops.append(("block", bo))
            y -= h + prng.uniform(10, 22)
            if prng.random() < 0.3 and y - BOTTOM > 20:
                ops.append(("rule", [Shape("line", LEFT, y + 6, CONTENT_W, 0)]))
        finish_page(ops)
        for b in blocks:
            if b.kind != "ad":
                records.append(record_of(b))
    return pages_out, records, skipped


def record_of(b):
    """What was drawn for one article, for the gold."""
    body = [t for t, k, _ in b.body if k != "gap"]
    return {
        "id": b.a["id"], "page": b.a["page"], "kind": b.kind, "subkind": b.subkind,
        "data_title_lines": b.title_lines,
        "kicker": b.kicker, "title": b.title, "subtitle": b.subtitle,
        "drawn_title_lines": [t for r, t, _ in b.head if r == "title"],
        "byline": b.byline, "credits": b.credits,
        "body_lines": body,
        "layout": {"ncols": b.ncols, "col_w": b.col_w, "gutter": b.gutter, "fs": b.fs,
                   "order": b.order, "doubled": b.doubled,
                   "double_mode": b.double_mode[2] if b.doubled else None,
                   "head_align": b.head_align,
                   "byline_pos": b.byline_pos if b.byline else None,
                   "head_parts_order": b.head_parts_order},
    }


# ---------------------------------------------------------------------------------------------
# Drawing
# ---------------------------------------------------------------------------------------------

def subset_font(src, chars):
    """A fontTools subset of the font file `src` (path or bytes) to `chars` (+ space)."""
    f = FTFont(io.BytesIO(src) if isinstance(src, bytes) else src, fontNumber=0, lazy=True)
    opts = ft_subset.Options()
    opts.layout_features = []
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.hinting = False
    opts.drop_tables += ["FFTM"]
    sub = ft_subset.Subsetter(opts)
    sub.populate(unicodes=sorted({ord(c) for c in chars} | {0x20}))
    sub.subset(f)
    return f


class PageFont(pdfmetrics.Font):
    """One embedded font for one PDF page, as layout programs write CJK text: a Type0 font
    (Identity-H, two bytes a glyph) over a CIDFontType2 descendant whose FontFile2 is a fontTools
    subset of WenQuanYi Micro Hei to the page's characters, with a ToUnicode map.  reportlab's
    own TrueType embedding is 8-bit only (a new subset font every 256 characters), so a line
    hops between subset fonts, and PDFium then cuts such lines into single characters."""

    _multiByte = 1
    _dynamicFont = 0

    def __init__(self, name, chars, base):
        f = subset_font(base, chars)
        buf = io.BytesIO()
        f.save(buf)
        self.ttf = buf.getvalue()
        upm = f["head"].unitsPerEm
        scale = 1000.0 / upm
        cmap = f.getBestCmap()
        order = f.getGlyphOrder()
        gid = {g: i for i, g in enumerate(order)}
        self.gid_of = {chr(u): gid[g] for u, g in cmap.items()}
        self.widths = [round(f["hmtx"][g][0] * scale) for g in order]
        self.uni_of = {}
        for u, g in sorted(cmap.items()):
            self.uni_of.setdefault(gid[g], u)
        self.ascent = round(f["hhea"].ascent * scale)
        self.descent = round(f["hhea"].descent * scale)
        h = f["head"]
        self.bbox = [round(v * scale) for v in (h.xMin, h.yMin, h.xMax, h.yMax)]
        self.fontName = self.name = name
        self.face = type("Face", (), {"builtIn": 0, "name": name})()
        self.encoding = None
        self.substitutionFonts = []
        tag = "".join(chr(65 + (sum(map(ord, name)) * (i + 7)) % 26) for i in range(6))
        self.psname = f"{tag}+WenQuanYiMicroHei"

    def stringWidth(self, text, size, encoding=None):
        w = self.widths
        return sum(w[self.gid_of.get(c, 0)] for c in text) * size / 1000.0

    def formatForPdf(self, text):
        from reportlab.lib.rl_accel import escapePDF
        g = self.gid_of
        return escapePDF(b"".join(g.get(c, 0).to_bytes(2, "big") for c in text))

    def addObjects(self, doc):
        from reportlab.pdfbase import pdfdoc
        internal = "F" + repr(len(doc.fontMapping) + 1)
        ff = pdfdoc.PDFStream(content=self.ttf)
        ff.dictionary["Length1"] = len(self.ttf)
        if doc.compression:
            ff.filters = [pdfdoc.PDFZCompress]
        ff_ref = doc.Reference(ff, "fontFile:" + self.name)
        desc = pdfdoc.PDFDictionary({
            "Type": pdfdoc.PDFName("FontDescriptor"), "FontName": pdfdoc.PDFName(self.psname),
            "Flags": 4, "FontBBox": pdfdoc.PDFArray(self.bbox), "ItalicAngle": 0,
            "Ascent": self.ascent, "Descent": self.descent, "CapHeight": self.ascent,
            "StemV": 80, "FontFile2": ff_ref})
        desc_ref = doc.Reference(desc, "fontDescriptor:" + self.name)
        cid = pdfdoc.PDFDictionary({
            "Type": pdfdoc.PDFName("Font"), "Subtype": pdfdoc.PDFName("CIDFontType2"),
            "BaseFont": pdfdoc.PDFName(self.psname),
            "CIDSystemInfo": pdfdoc.PDFDictionary({
                "Registry": pdfdoc.PDFString("Adobe"), "Ordering": pdfdoc.PDFString("Identity"),
                "Supplement": 0}),
            "FontDescriptor": desc_ref, "DW": 1000,
            "W": pdfdoc.PDFArray([0, pdfdoc.PDFArray(self.widths)]),
            "CIDToGIDMap": pdfdoc.PDFName("Identity")})
        cid_ref = doc.Reference(cid, "cidFont:" + self.name)
        items = sorted(self.uni_of.items())
        body = []
        for k in range(0, len(items), 100):
            chunk = items[k:k + 100]
            body.append(f"{len(chunk)} beginbfchar")
            body.extend(f"<{g:04X}> <{u:04X}>" if u < 0x10000 else
                        f"<{g:04X}> <{chr(u).encode('utf-16-be').hex().upper()}>"
                        for g, u in chunk)
            body.append("endbfchar")
        cmap = "\n".join([
            "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
            "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
            "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange"] + body + [
            "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"])
        tu = pdfdoc.PDFStream(content=cmap.encode("ascii"))
        if doc.compression:
            tu.filters = [pdfdoc.PDFZCompress]
        tu_ref = doc.Reference(tu, "toUnicode:" + self.name)
        t0 = pdfdoc.PDFDictionary({
            "Type": pdfdoc.PDFName("Font"), "Subtype": pdfdoc.PDFName("Type0"),
            "BaseFont": pdfdoc.PDFName(self.psname), "Encoding": pdfdoc.PDFName("Identity-H"),
            "DescendantFonts": pdfdoc.PDFArray([cid_ref]), "ToUnicode": tu_ref})
        ref = doc.Reference(t0, internal)
        doc.idToObject["BasicFonts"].dict[internal] = ref
        doc.fontMapping[self.name] = "/" + internal


def glyph_runs(s):
    """A line cut as fake bold redraws it (render_pd.fake_bold): runs of ordinary characters,
    each CJK punctuation mark alone, spaces alone."""
    out, run = [], ""
    for c in s:
        if c.isspace() or R.is_cjk_punct(c):
            if run:
                out.append(run)
            out.append(c)
            run = ""
        else:
            run += c
    if run:
        out.append(run)
    return out


def photo_jpeg(w, h, rng):
    """A photo-like JPEG (bytes) for a box of w x h points at 300 dpi: colour blobs (a small
    random image scaled up) under fine noise, both from rng, so a file's size is about a real
    photo's and the same seed gives the same bytes."""
    from PIL import Image
    px, py = max(8, int(w * 300 / 72)), max(8, int(h * 300 / 72))
    small = Image.frombytes("RGB", (8, 6), rng.randbytes(8 * 6 * 3)).resize((px, py), Image.BICUBIC)
    noise = Image.frombytes("L", (px, py), rng.randbytes(px * py)).convert("RGB")
    img = Image.blend(small, noise, 0.45)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=95)
    return buf.getvalue()


def draw_image(c, o, rng):
    from reportlab.lib.utils import ImageReader
    c.drawImage(ImageReader(io.BytesIO(photo_jpeg(o.w, o.h, rng))), o.x, o.y, o.w, o.h)


def draw_pdf(pages, path, tag, images=False):
    c = canvas.Canvas(path, pagesize=(PAGE_W, PAGE_H), pageCompression=1)
    c.setTitle(f"People's Daily {tag} (layout test, internal evaluation only)")
    page_chars = []
    for _, ops in pages:
        chars = set()
        for o in ops:
            if isinstance(o, Frame):
                for _, _, t, _ in o.lines:
                    chars.update(t)
        page_chars.append(chars)
    # the issue's characters first (one slow pass over the whole font), then each page's
    buf = io.BytesIO()
    subset_font(FONT_PATH, set().union(*page_chars)).save(buf)
    base = buf.getvalue()
    for pno, ((_, ops), chars) in enumerate(zip(pages, page_chars), start=1):
        fname = f"WQY-{tag}-p{pno}"
        pdfmetrics.registerFont(PageFont(fname, chars, base))
        img_rng = random.Random(f"{tag}-images-{pno}")
        for o in ops:
            if isinstance(o, Shape):
                c.saveState()
                pictured = images and o.kind in ("rect_fill", "rect_stroke") and o.h > 20
                if pictured:
                    draw_image(c, o, img_rng)  # a photo, or an ad's picture inside its frame
                if o.kind == "rect_fill" and not pictured:
                    c.setFillGray(o.grey)
                    c.rect(o.x, o.y, o.w, o.h, stroke=0, fill=1)
                elif o.kind == "rect_stroke":
                    c.setLineWidth(0.8)
                    c.rect(o.x, o.y, o.w, o.h, stroke=1, fill=0)
                elif o.kind == "line":
                    c.setLineWidth(0.6)
                    c.line(o.x, o.y, o.x + o.w, o.y)
                elif o.kind == "vline":
                    c.setLineWidth(0.4)
                    c.line(o.x, o.y, o.x, o.y + o.h)
                c.restoreState()
                continue
            passes = [(0.0, 0.0)]
            if o.double:
                passes.append((o.double[0], o.double[1]))
            mode = o.double[2] if o.double else None
            t = c.beginText()
            t.setFont(fname, o.size)
            if mode == "run":
                font = pdfmetrics.getFont(fname)
                for x, y, s, cs in o.lines:
                    xx = x
                    t.setCharSpace(cs)
                    for run in glyph_runs(s):
                        for dx, dy in passes:
                            t.setTextOrigin(xx + dx, y + dy)
                            t.textOut(run)
                        xx += font.stringWidth(run, o.size) + cs * len(run)
            elif mode == "line":
                for x, y, s, cs in o.lines:
                    for dx, dy in passes:
                        t.setCharSpace(cs)
                        t.setTextOrigin(x + dx, y + dy)
                        t.textOut(s)
            else:
                for dx, dy in passes:
                    for x, y, s, cs in o.lines:
                        t.setCharSpace(cs)
                        t.setTextOrigin(x + dx, y + dy)
                        t.textOut(s)
            c.drawText(t)
        c.showPage()
    c.save()


def make(date, seed, out_dir, images=False, max_pages=None):
    if METRIC_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(METRIC_FONT, FONT_PATH, subfontIndex=0))
    pages, records, skipped = layout_issue(date, seed)
    if max_pages:
        pages = pages[:max_pages]
    os.makedirs(out_dir, exist_ok=True)
    tag = f"{date}-s{seed}" + ("-img" if images else "") + (f"-p{max_pages}" if max_pages else "")
    pdf_path = os.path.join(out_dir, tag + ".pdf")
    draw_pdf(pages, pdf_path, tag, images)
    # which owners are drawn on which PDF page (alignment is done page by page)
    page_owners = []
    for data_page, ops in pages:
        owners = []
        for o in ops:
            ow = o.owner if isinstance(o, Frame) else None
            if ow and ow not in owners:
                owners.append(ow)
        page_owners.append({"data_page": data_page, "owners": owners})
    sub_count = {}
    for i, p in enumerate(page_owners, start=1):
        sub_count[p["data_page"]] = sub_count.get(p["data_page"], 0) + 1
        p["pdf_page"] = i
        p["sub"] = sub_count[p["data_page"]]
    for p, (_, ops) in zip(page_owners, pages):
        furn = {}
        for o in ops:
            if isinstance(o, Frame) and o.owner in ("header", "editor", "ad"):
                furn.setdefault(o.role, []).extend(l[2] for l in o.lines)
        p["furniture"] = [{"kind": k, "text": " ".join(v)} for k, v in furn.items()]
        p["owners"] = [o for o in p["owners"] if o not in ("header", "editor", "ad")]
    drawn = {
        "source": f"People's Daily {date} (../shared/eval/peoples-daily, internal evaluation "
                  f"only), laid out by scripts/eval/pdf/make_pdfs.py",
        "date": date, "seed": seed, "pdf": os.path.basename(pdf_path),
        "page_size": [PAGE_W, PAGE_H],
        "pages": page_owners, "articles": records,
        "skipped": skipped,
    }
    with open(os.path.join(out_dir, tag + ".drawn.json"), "w", encoding="utf-8") as f:
        json.dump(drawn, f, ensure_ascii=False, indent=1)
    return pdf_path, drawn


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--date", action="append", required=True,
                    help="issue date, e.g. 20190215, 20200210 or 201910DD (repeatable)")
    ap.add_argument("--seed", type=int, action="append", help="layout seed (repeatable; default 1)")
    ap.add_argument("--out", default="out/pdf/")
    ap.add_argument("--images", action="store_true",
                    help="photos and ads as JPEG images (300 dpi) instead of grey boxes")
    ap.add_argument("--pages", type=int, help="keep only the first N PDF pages")
    args = ap.parse_args()
    if not os.path.isdir(DATA_DIR):
        sys.exit(f"data not found at {DATA_DIR}: run from the repo root (/work/main)")
    for date in args.date:
        for seed in args.seed or [1]:
            path, drawn = make(date, seed, args.out, args.images, args.pages)
            print(f"{path}: {len(drawn['pages'])} PDF pages, {len(drawn['articles'])} articles, "
                  f"{len(drawn['skipped'])} skipped")


if __name__ == "__main__":
    main()
