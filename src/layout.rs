//! Splits an issue's lines into items (article, photo, brief) and page furniture.
//!
//! PDF text puts an article's parts in any order: byline before the body or after the headline,
//! headline after the body or before it. So the splitter does not walk the page with one rule per
//! marker. It (1) classifies lines (blank, furniture, credit, text), (2) rebuilds paragraphs by
//! following the column flow (a full-width line without a sentence end continues, even across a
//! column-break blank), (3) labels paragraphs body or headline, (4) cuts bodies at datelines and
//! photo credits, and (5) decides, with dynamic programming over the gaps between bodies, which
//! headlines and credits belong to which body, scoring each item by the evidence together: one
//! headline, at most one byline, photo credits on photos, and the page's prevailing orientation.

use crate::credits;
use crate::headline;
use crate::join;
use crate::normalize::split_lines;
use crate::report::Credit;
use crate::report::{to_spans, Furniture, ItemKind};

/// An item as laid out on the page, before word analysis.
#[derive(Debug, Clone, PartialEq)]
pub struct LaidItem {
    pub kind: ItemKind,
    pub title: Option<String>,
    pub kicker: Option<String>,
    pub subtitle: Option<String>,
    pub credits: Vec<Credit>,
    pub body: String,
    pub spans: Vec<[usize; 2]>,
    pub body_spans: Vec<[usize; 2]>,
    pub title_spans: Vec<[usize; 2]>,
    pub credit_spans: Vec<[usize; 2]>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Layout {
    pub items: Vec<LaidItem>,
    pub furniture: Vec<Furniture>,
}

#[derive(Debug, Clone, PartialEq)]
enum LineKind {
    Blank,
    Furniture,
    Credit(Vec<Credit>),
    /// Running text; `credit` is a photo credit trailing it (`…好时光。 ■摄影 王 强`).
    Text {
        text_end: usize,
        credit: Option<Vec<Credit>>,
    },
}

#[derive(Debug, Clone)]
struct Line<'a> {
    /// 1-based line number.
    no: usize,
    /// Trimmed text.
    text: &'a str,
    indented: bool,
    kind: LineKind,
}

impl Line<'_> {
    fn is_text(&self) -> bool {
        matches!(self.kind, LineKind::Text { .. })
    }
    /// The running-text part (without a trailing credit).
    fn running_text(&self) -> &str {
        match &self.kind {
            LineKind::Text { text_end, .. } => self.text[..*text_end].trim_end(),
            _ => self.text,
        }
    }
}

fn classify(no: usize, raw: &str) -> Line<'_> {
    let text = raw.trim();
    let indented = raw.starts_with(' ') && !text.is_empty();
    let kind = if text.is_empty() {
        LineKind::Blank
    } else if is_furniture(text) {
        LineKind::Furniture
    } else if let Some(credits) = credits::parse_credit_line(text) {
        LineKind::Credit(credits)
    } else if let Some((at, credits)) = credits::split_trailing_credit(text) {
        LineKind::Text { text_end: at, credit: Some(credits) }
    } else {
        LineKind::Text { text_end: text.len(), credit: None }
    };
    Line { no, text, indented, kind }
}

/// Page headers and editorial lines: `2023年2月9日 星期四 第3版 要闻`, `责任编辑：张三`.
fn is_furniture(text: &str) -> bool {
    const EDITORIAL: &[&str] = &["责任编辑", "本版编辑", "美术编辑", "美编", "校对", "版面设计", "图片编辑", "责编"];
    if text.chars().count() > 60 || text.contains(['。', '，']) {
        return false;
    }
    if EDITORIAL.iter().any(|e| text.starts_with(e)) {
        return true;
    }
    let has_date = text.contains('年') && text.contains('月') && text.contains('日');
    let has_page =
        text.contains('版') && text.chars().any(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c));
    (has_date && (text.contains("星期") || has_page))
        || (has_page && text.starts_with('第') && text.chars().count() <= 12)
}

/// A paragraph rebuilt from the column flow.
#[derive(Debug, Clone)]
struct Para {
    /// Indices into the line table.
    lines: Vec<usize>,
    role: Role,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Body,
    Headline,
    Credit,
    Furniture,
}

/// A column width estimate around line `i`: an upper quantile of nearby text widths, since most
/// lines of a column run full width and only paragraph ends are shorter.
fn local_column(lines: &[Line], i: usize) -> f32 {
    let lo = i.saturating_sub(10);
    let hi = (i + 11).min(lines.len());
    let mut widths: Vec<f32> =
        lines[lo..hi].iter().filter(|l| l.is_text()).map(|l| join::width(l.running_text())).collect();
    if widths.is_empty() {
        return 0.0;
    }
    widths.sort_by(f32::total_cmp);
    widths[(widths.len() * 7 / 10).min(widths.len() - 1)]
}

/// Whether text line `a` flows on into text line `b` (same paragraph), `blanks` blank lines apart.
fn continues(lines: &[Line], a: usize, b: usize, a_starts_paragraph: bool, blanks: usize) -> bool {
    let (la, lb) = (&lines[a], &lines[b]);
    let text = la.running_text();
    if matches!(la.kind, LineKind::Text { credit: Some(_), .. }) || join::ends_sentence(text) {
        return false;
    }
    if lb.indented || credits::is_dateline_start(lb.text) {
        return false;
    }
    // `——回访…` under a title, `——习近平` under a quote: a dash line without a clause stands alone.
    if a_starts_paragraph && text.starts_with('—') && !text.contains(['，', '。', '；']) {
        return false;
    }
    let column = local_column(lines, a);
    let w = join::width(text);
    // A line wider than its neighbours is a headline or another column's text; fake bold is a headline.
    let overfull = w > column + 1.5 && !text.contains(['，', '、', ',']);
    // Lines of one paragraph share a width; a much wider next line is other text (a headline).
    let wb = join::width(lb.running_text());
    if wb > w + 3.0 && wb > column + 1.5 {
        return false;
    }
    if overfull || headline::undouble(text).is_some() || headline::undouble(lb.text).is_some() {
        return false;
    }
    if blanks > 0 {
        // Across a column-break blank only a full line flows on (a numbered paragraph's first line
        // may be short by its indent).
        if !a_starts_paragraph {
            return w >= column - 1.25;
        }
        // A paragraph's first line before a blank is more often a headline than a column break:
        // cross only when it reads as running text (a clause mark, or a numbered point).
        if is_numbered_heading(text) {
            return w >= column - 2.5;
        }
        let reads_on = text.contains(['，', '、']) || lb.text.starts_with(CONTINUATION_STARTS);
        return w >= column - 2.5 && reads_on && !has_inner_space(text);
    }
    if !a_starts_paragraph {
        // Inside a paragraph every line but the last runs full width.
        return w >= column - 1.5;
    }
    // A paragraph's first line may be short by its lost indent; a headline is shorter and unpunctuated.
    w >= column - 3.5 || text.contains(['，', '、', ','])
}

fn build_paragraphs(lines: &[Line]) -> Vec<Para> {
    let mut paras: Vec<Para> = Vec::new();
    let mut open: Option<usize> = None; // index of the paragraph still accepting text lines
    let mut last_text: Option<usize> = None;
    let mut blanks = 0;
    for (i, line) in lines.iter().enumerate() {
        match &line.kind {
            LineKind::Blank => {
                blanks += 1;
                continue;
            }
            LineKind::Furniture | LineKind::Credit(_) => {
                let role = if line.kind == LineKind::Furniture { Role::Furniture } else { Role::Credit };
                paras.push(Para { lines: vec![i], role });
                open = None;
            }
            LineKind::Text { .. } => {
                let joined = match (open, last_text) {
                    (Some(p), Some(prev)) if blanks <= 1 => {
                        continues(lines, prev, i, paras[p].lines.len() == 1, blanks)
                    }
                    _ => false,
                };
                if joined {
                    paras[open.unwrap()].lines.push(i);
                } else {
                    paras.push(Para { lines: vec![i], role: Role::Body });
                    open = Some(paras.len() - 1);
                }
                last_text = Some(i);
            }
        }
        blanks = 0;
    }
    for para in &mut paras {
        if para.role == Role::Body && looks_like_headline(lines, para) {
            para.role = Role::Headline;
        }
    }
    // `（本报金边电）`, `（作者为…）` close a body; a bracketed column tag right under a headline
    // line (`（今日谈）`) stays with the headline.
    for p in 1..paras.len() {
        let first = paras[p].lines[0];
        let last = *paras[p].lines.last().unwrap();
        let (text, end) = (lines[first].text, lines[last].text);
        let bracketed = text.starts_with('（') && end.ends_with('）') && headline::undouble(text).is_none();
        let prev_last = *paras[p - 1].lines.last().unwrap();
        let under_headline = paras[p - 1].role == Role::Headline && lines[prev_last].no + 1 == lines[first].no;
        if paras[p].role == Role::Headline && bracketed && !under_headline {
            paras[p].role = Role::Body;
        }
    }
    paras
}

/// A headline is short, has no sentence punctuation inside, does not end a sentence and is not a
/// dateline. Column flow has already told it apart from the first line of a paragraph.
fn looks_like_headline(lines: &[Line], para: &Para) -> bool {
    if para.lines.len() > 3 {
        return false;
    }
    let first = &lines[para.lines[0]];
    if matches!(first.kind, LineKind::Text { credit: Some(_), .. }) {
        return false;
    }
    let cleaned: Vec<String> = para.lines.iter().map(|&i| headline::clean_headline_line(lines[i].text)).collect();
    let text: String = cleaned.concat();
    let chars = text.chars().count();
    let cjk = text.chars().filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c)).count();
    if chars > 64 || cjk < 4 || credits::is_dateline_start(&text) {
        return false;
    }
    if text.contains(['。', '；', ';']) || join::ends_sentence(&text) || text.matches('，').count() > 1 {
        return false;
    }
    // Text that breaks off mid-clause continues elsewhere; a headline does not end on a comma.
    !text.ends_with(['，', '、', ',', '：', ':', '（', '“'])
}

/// A run of the page between bodies, in reading order.
#[derive(Debug, Clone)]
enum Seg {
    /// Body paragraphs (indices into `paras`).
    Body(Vec<usize>),
    /// A headline group: units of consecutive headline lines, separated by blanks.
    Headline(Vec<Vec<usize>>),
    /// A byline or photo-credit line.
    Credit(usize),
    Furniture(usize),
}

fn build_segments(lines: &[Line], paras: &[Para]) -> Vec<Seg> {
    let mut segs: Vec<Seg> = Vec::new();
    for (p, para) in paras.iter().enumerate() {
        match para.role {
            Role::Furniture => segs.push(Seg::Furniture(p)),
            Role::Credit => {
                // A photo credit on its own line closes a caption: the paragraph above it is the
                // caption, not the end of the article before (the assignment may still join them).
                let is_photo = matches!(&lines[para.lines[0]].kind, LineKind::Credit(c) if c.iter().any(|c| credits::is_photo_role(&c.role)));
                if let (true, Some(Seg::Body(body))) = (is_photo, segs.last_mut()) {
                    if body.len() > 1 {
                        let caption = body.pop().unwrap();
                        segs.push(Seg::Body(vec![caption]));
                    }
                }
                segs.push(Seg::Credit(p))
            }
            Role::Headline => {
                // Consecutive headline lines form one unit; a blank line starts another segment,
                // so the assignment may give two units to two articles (A's title after its body,
                // B's before its own).
                let first_line = para.lines[0];
                match segs.last_mut() {
                    Some(Seg::Headline(units))
                        if lines[first_line].no
                            == lines[*paras[*units[0].last().unwrap()].lines.last().unwrap()].no + 1 =>
                    {
                        units[0].push(p)
                    }
                    _ => segs.push(Seg::Headline(vec![vec![p]])),
                }
            }
            Role::Body => {
                let first = &lines[para.lines[0]];
                let starts_article = credits::is_dateline_start(first.text);
                match segs.last_mut() {
                    Some(Seg::Body(body))
                        if !starts_article
                            && !ends_with_photo_credit(lines, &paras[*body.last().unwrap()])
                            && !soft_break(lines, &paras[*body.last().unwrap()], para) =>
                    {
                        body.push(p)
                    }
                    _ => segs.push(Seg::Body(vec![p])),
                }
            }
        }
    }
    segs
}

fn ends_with_photo_credit(lines: &[Line], para: &Para) -> bool {
    matches!(lines[*para.lines.last().unwrap()].kind, LineKind::Text { credit: Some(_), .. })
}

/// What an item is made of: the segments before its body, the body, the segments after.
struct Assembly<'s> {
    prefix: &'s [Seg],
    /// From the first body to the last, with any intertitles between.
    body: &'s [Seg],
    suffix: &'s [Seg],
}

impl Assembly<'_> {
    fn body_paras(&self) -> impl Iterator<Item = usize> + '_ {
        self.body.iter().filter_map(|s| if let Seg::Body(ps) = s { Some(ps) } else { None }).flatten().copied()
    }
}

struct Evidence {
    headlines: usize,
    bylines: usize,
    photo_credits: usize,
    headline_after: bool,
    headline_before: bool,
}

fn evidence(a: &Assembly, lines: &[Line], paras: &[Para]) -> Evidence {
    let mut e = Evidence { headlines: 0, bylines: 0, photo_credits: 0, headline_after: false, headline_before: false };
    for (segs, after) in [(a.prefix, false), (a.suffix, true)] {
        let mut previous: Option<&Seg> = None;
        for seg in segs {
            let is_headline = matches!(seg, Seg::Headline(_));
            let starts_group = is_headline && !previous.is_some_and(|p| same_headline_group(p, seg, lines, paras));
            previous = Some(seg);
            match seg {
                Seg::Headline(_) if !starts_group => {}
                Seg::Headline(_) => {
                    e.headlines += 1;
                    if after {
                        e.headline_after = true
                    } else {
                        e.headline_before = true
                    }
                }
                Seg::Credit(p) => {
                    if let LineKind::Credit(credits) = &lines[paras[*p].lines[0]].kind {
                        if credits.iter().any(|c| credits::is_photo_role(&c.role)) {
                            e.photo_credits += 1;
                        } else if credits.iter().all(|c| credits::is_layout_role(&c.role)) {
                            // neither a byline nor a photo credit
                        } else {
                            e.bylines += 1;
                        }
                    }
                }
                _ => {}
            }
        }
    }
    if a.body_paras().any(|p| ends_with_photo_credit(lines, &paras[p])) {
        e.photo_credits += 1;
    }
    if let Some(first) = a.body_paras().next() {
        if !credits::dateline_credits(lines[paras[first].lines[0]].text).is_empty() {
            e.bylines += 1;
        }
    }
    e
}

fn body_chars(a: &Assembly, lines: &[Line], paras: &[Para]) -> usize {
    a.body_paras().flat_map(|p| &paras[p].lines).map(|&i| lines[i].running_text().chars().count()).sum()
}

/// How plausible an item is; `orientation` > 0 favours headlines after their body (as on pages
/// whose PDF text puts them there), < 0 before.
fn score(a: &Assembly, lines: &[Line], paras: &[Para], orientation: f32) -> f32 {
    let e = evidence(a, lines, paras);
    let mut s = 0.0;
    let photo = e.photo_credits > 0;
    match e.headlines {
        0 if photo => s -= 0.5,
        0 if body_chars(a, lines, paras) < 80 => s -= 1.5,
        0 => s -= 3.0,
        1 => {}
        n => s -= 6.0 * (n - 1) as f32,
    }
    if e.bylines > 1 {
        s -= 6.0 * (e.bylines - 1) as f32;
    }
    if e.photo_credits > 1 {
        s -= 6.0 * (e.photo_credits - 1) as f32;
    }
    if photo && e.bylines > 0 {
        s -= 3.0;
    }
    if e.headline_after {
        s += orientation;
    }
    if e.headline_before {
        s -= orientation;
    }
    // A headline sits tight against its own body more often than against a neighbour's.
    let body_lines: Vec<usize> = a.body.iter().flat_map(|seg| seg_lines(seg, paras)).collect();
    let (Some(&body_first), Some(&body_last)) = (body_lines.iter().min(), body_lines.iter().max()) else { return s };
    if let Some(h) = a.prefix.iter().rev().find(|seg| matches!(seg, Seg::Headline(_))) {
        let h_last = seg_lines(h, paras).into_iter().max().unwrap_or(0);
        if lines[body_first].no > lines[h_last].no + 1 && !a.prefix.iter().any(|seg| matches!(seg, Seg::Credit(_))) {
            s -= 0.4;
        }
    }
    if let Some(h) = a.suffix.iter().find(|seg| matches!(seg, Seg::Headline(_))) {
        let h_first = seg_lines(h, paras).into_iter().min().unwrap_or(0);
        if lines[h_first].no > lines[body_last].no + 1 {
            s -= 0.4;
        }
    }
    // Layout credits (制图, 版式) close an article.
    if a.prefix.iter().any(|seg| is_layout_credit(seg, lines, paras)) {
        s -= 1.0;
    }
    // A photo credit sits after its caption, not before it.
    if a.prefix.iter().any(|seg| is_photo_credit(seg, lines, paras)) {
        s -= 2.0;
    }
    s
}

/// Whether a segment is a credit line all (or any) of whose roles pass `role_test`.
fn credit_seg_has(seg: &Seg, lines: &[Line], paras: &[Para], all: bool, role_test: fn(&str) -> bool) -> bool {
    let Seg::Credit(p) = seg else { return false };
    let LineKind::Credit(credits) = &lines[paras[*p].lines[0]].kind else { return false };
    if all {
        credits.iter().all(|c| role_test(&c.role))
    } else {
        credits.iter().any(|c| role_test(&c.role))
    }
}

fn is_layout_credit(seg: &Seg, lines: &[Line], paras: &[Para]) -> bool {
    credit_seg_has(seg, lines, paras, true, credits::is_layout_role)
}

fn is_photo_credit(seg: &Seg, lines: &[Line], paras: &[Para]) -> bool {
    credit_seg_has(seg, lines, paras, false, credits::is_photo_role)
}

/// How plausible it is that the segments of a gap between two bodies are intertitles inside one
/// article (小标题) rather than a boundary between articles.
fn intertitle_score(gap: &[Seg], before: &Seg, after: &Seg, lines: &[Line], paras: &[Para], hard: bool) -> f32 {
    if hard {
        return f32::NEG_INFINITY; // a page header ends an article
    }
    if gap.is_empty() {
        return soft_break_cost(before, after, lines, paras);
    }
    // Without evidence a heading between bodies is a headline: merging must be earned.
    let mut s = -0.25;
    if gap.len() > 1 {
        s -= 3.0;
    }
    for seg in gap {
        let Seg::Headline(units) = seg else { return f32::NEG_INFINITY };
        let texts: Vec<&str> = units.iter().flatten().flat_map(|&p| &paras[p].lines).map(|&i| lines[i].text).collect();
        // Kickers (`…——`), subtitles (`——…`) and column tags (`（今日谈）`) belong to headlines.
        if texts.iter().any(|t| t.starts_with('—') || t.ends_with("——")) {
            return f32::NEG_INFINITY;
        }
        if texts.last().is_some_and(|t| t.ends_with('）')) {
            s -= 3.0;
        }
        // A heading wrapped at the body's column width is set in the column: an intertitle.
        // Headlines span columns and break where their phrases do.
        let column = local_column_of(lines, last_line_of(before, paras), true);
        let widths: Vec<f32> = texts.iter().map(|t| join::width(&headline::clean_headline_line(t))).collect();
        let wrapped =
            widths.len() >= 2 && widths[..widths.len() - 1].iter().all(|w| (column - 2.5..=column + 1.0).contains(w));
        if wrapped {
            s += 2.5;
        } else if texts.len() > 2 {
            s -= 2.0;
        }
        if units.len() > 1 {
            s -= 3.0;
        }
        for &p in units.iter().flatten() {
            let line = &lines[paras[p].lines[0]];
            if headline::undouble(line.text).is_some() {
                s -= 4.0; // fake bold marks headlines
            }
        }
        let chars: usize =
            units.iter().flatten().flat_map(|&p| &paras[p].lines).map(|&i| lines[i].text.chars().count()).sum();
        if chars > 24 && !wrapped {
            s -= 2.0;
        }
        // Numbered sections (`一、`, `（二）`, `3.`) are intertitles.
        let first_text = lines[paras[units[0][0]].lines[0]].text;
        if is_numbered_heading(first_text) {
            s += 3.0;
        }
    }
    let (Seg::Body(b), Seg::Body(a)) = (before, after) else { return f32::NEG_INFINITY };
    let last_before = *paras[*b.last().unwrap()].lines.last().unwrap();
    let first_after = paras[a[0]].lines[0];
    if credits::is_dateline_start(lines[first_after].text) {
        return f32::NEG_INFINITY;
    }
    // The same column width on both sides suggests the same article (unwrapped text tells nothing).
    let (ca, cb) = (local_column_of(lines, last_before, true), local_column_of(lines, first_after, false));
    if ca.max(cb) < 30.0 {
        s += if (ca - cb).abs() <= 0.75 { 1.0 } else { -0.5 };
    }
    // Intertitles sit tight between paragraphs; articles are usually set apart by blank lines.
    let gap_lines = gap.iter().flat_map(|seg| seg_lines(seg, paras)).map(|i| lines[i].no);
    let (first_gap, last_gap) = (gap_lines.clone().min().unwrap_or(0), gap_lines.max().unwrap_or(0));
    let blank_before = first_gap > lines[last_before].no + 1;
    let blank_after = lines[first_after].no > last_gap + 1;
    s + match (blank_before, blank_after) {
        (false, false) => 1.5,
        (true, true) => -0.5,
        _ => 0.0,
    }
}

/// Whether headline segment `b` continues the headline of `a` (kicker → title → subtitle) rather
/// than starting another article's headline.
fn same_headline_group(a: &Seg, b: &Seg, lines: &[Line], paras: &[Para]) -> bool {
    let (Seg::Headline(_), Seg::Headline(_)) = (a, b) else { return false };
    let (la, lb) = (seg_lines(a, paras), seg_lines(b, paras));
    let (Some(&a_last), Some(&b_first)) = (la.iter().max(), lb.iter().min()) else { return false };
    // More than one blank line between them: two headlines.
    if lines[b_first].no > lines[a_last].no + 2 {
        return false;
    }
    let a_text = lines[a_last].text;
    let b_text = lines[b_first].text;
    let b_is_subtitle = b_text.starts_with('—');
    // A subtitle or a column tag (`（今日谈）`) ends a headline; only a subtitle may follow a tag.
    if lines[*la.iter().min().unwrap()].text.starts_with('—') || (a_text.ends_with('）') && !b_is_subtitle) {
        return false;
    }
    // Fake bold marks a main title; two of them are two headlines.
    let doubled = |ls: &[usize]| ls.iter().any(|&i| headline::undouble(lines[i].text).is_some());
    !(doubled(&la) && doubled(&lb))
}

/// Characters that do not open a sentence: a line starting with one continues the line before.
const CONTINUATION_STARTS: &[char] = &[
    '的', '了', '着', '过', '地', '得', '之', '们', '性', '化', '者', '等', '和', '与', '及', '并', '而', '也', '都',
    '就', '还', '又', '却', '被', '所', '其', '，', '、', '。', '；', '：', '！', '？', '”', '）', '》',
];

/// A space between two CJK characters: headlines separate their phrases with spaces, text does not.
fn has_inner_space(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars.windows(3).any(|w| w[1] == ' ' && !w[0].is_ascii() && !w[2].is_ascii())
}

/// `一、总体要求`, `（二）基本原则`, `3. …`: a numbered section heading.
fn is_numbered_heading(text: &str) -> bool {
    let numerals = |c: char| "一二三四五六七八九十".contains(c) || c.is_ascii_digit();
    let rest = text.strip_prefix('（').unwrap_or(text);
    let digits: String = rest.chars().take_while(|&c| numerals(c)).collect();
    !digits.is_empty() && rest[digits.len()..].starts_with(['、', '）', '.', '．'])
}

/// The last line index of a body segment (for column estimates).
fn last_line_of(seg: &Seg, paras: &[Para]) -> usize {
    seg_lines(seg, paras).into_iter().max().unwrap_or(0)
}

/// Where two body paragraphs may belong to two articles with no headline between them (one
/// article's headline above it, the next one's below): two or more blank lines. (A change of
/// column width alone was tried as well: local width estimates are too noisy, it split articles.)
fn soft_break(lines: &[Line], before: &Para, after: &Para) -> bool {
    let last = *before.lines.last().unwrap();
    let first = after.lines[0];
    lines[first].no - lines[last].no > 2
}

/// Whether the column width differs on the two sides (wrapped text only: unwrapped lines vary).
fn column_changes(lines: &[Line], last_before: usize, first_after: usize) -> bool {
    let (a, b) = (local_column_of(lines, last_before, true), local_column_of(lines, first_after, false));
    a.max(b) < 30.0 && (a - b).abs() >= 1.5
}

/// The cost of reading a soft break between two bodies as one article after all; a dateline or a
/// photo credit is a hard break.
fn soft_break_cost(before: &Seg, after: &Seg, lines: &[Line], paras: &[Para]) -> f32 {
    let (Seg::Body(b), Seg::Body(a)) = (before, after) else { return f32::NEG_INFINITY };
    let (pb, pa) = (&paras[*b.last().unwrap()], &paras[a[0]]);
    if ends_with_photo_credit(lines, pb) || credits::is_dateline_start(lines[pa.lines[0]].text) {
        return f32::NEG_INFINITY;
    }
    let last = *pb.lines.last().unwrap();
    let first = pa.lines[0];
    let mut cost = -0.5;
    if lines[first].no - lines[last].no > 2 {
        cost -= 1.0;
    }
    if column_changes(lines, last, first) {
        cost -= 1.5;
    }
    cost
}

/// Line indices of a segment.
fn seg_lines(seg: &Seg, paras: &[Para]) -> Vec<usize> {
    match seg {
        Seg::Body(ps) => ps.iter().flat_map(|&p| paras[p].lines.iter().copied()).collect(),
        Seg::Headline(units) => units.iter().flatten().flat_map(|&p| paras[p].lines.iter().copied()).collect(),
        Seg::Credit(p) | Seg::Furniture(p) => paras[*p].lines.clone(),
    }
}

/// Column width from the text lines on one side of line `i` only (so a neighbouring article's
/// column does not blur it).
fn local_column_of(lines: &[Line], i: usize, backwards: bool) -> f32 {
    let take = |it: &mut dyn Iterator<Item = &Line>| -> Vec<f32> {
        it.filter(|l| l.is_text()).take(8).map(|l| join::width(l.running_text())).collect()
    };
    let mut widths = if backwards { take(&mut lines[..=i].iter().rev()) } else { take(&mut lines[i..].iter()) };
    if widths.is_empty() {
        return 0.0;
    }
    widths.sort_by(f32::total_cmp);
    widths[(widths.len() * 7 / 10).min(widths.len() - 1)]
}

/// Groups the page's segments into items. An item is one or more bodies (joined by intertitles)
/// with the headlines and credits around them. Each gap between bodies is either cut (its first
/// `c` segments go to the item before) or internal. Dynamic programming over bodies: the best
/// total for bodies `0..=k` with gap `k` cut at `c`.
fn choose_items(
    segs: &[Seg],
    bodies: &[usize],
    hard: &[bool],
    lines: &[Line],
    paras: &[Para],
    orientation: f32,
) -> Vec<(usize, usize)> {
    const MAX_BODIES_PER_ITEM: usize = 24;
    let n = bodies.len();
    // The segments after body k up to the next body (or the end).
    let gap_end = |k: usize| if k + 1 < n { bodies[k + 1] } else { segs.len() };
    let cuts_of = |k: usize| {
        if k + 1 < n {
            0..=gap_end(k) - bodies[k] - 1
        } else {
            let all = segs.len() - bodies[k] - 1;
            all..=all
        }
    };
    let internal = |k: usize| -> f32 {
        intertitle_score(
            &segs[bodies[k] + 1..bodies[k + 1]],
            &segs[bodies[k]],
            &segs[bodies[k + 1]],
            lines,
            paras,
            hard[bodies[k] + 1..=bodies[k + 1]].iter().any(|&h| h),
        )
    };
    let internal_scores: Vec<f32> = (0..n.saturating_sub(1)).map(internal).collect();

    // best[k][c] and how it was reached: (first body j of the last item, cut of gap j-1).
    let mut best: Vec<Vec<f32>> = Vec::with_capacity(n);
    let mut back: Vec<Vec<(usize, usize)>> = Vec::with_capacity(n);
    for k in 0..n {
        let mut row = Vec::new();
        let mut brow = Vec::new();
        for c in cuts_of(k) {
            let suffix_to = bodies[k] + 1 + c;
            let (mut top, mut arg) = (f32::NEG_INFINITY, (k, 0));
            let mut inner = 0.0; // sum of internal gap scores j..k-1
            for j in (k.saturating_sub(MAX_BODIES_PER_ITEM - 1)..=k).rev() {
                if j < k {
                    inner += internal_scores[j];
                    if inner == f32::NEG_INFINITY {
                        break;
                    }
                }
                let starts: Vec<(usize, f32)> = if j == 0 {
                    vec![(0, 0.0)]
                } else {
                    best[j - 1].iter().enumerate().map(|(pc, v)| (bodies[j - 1] + 1 + pc, *v)).collect()
                };
                for (pc, (prefix_from, prev)) in starts.into_iter().enumerate() {
                    if prev == f32::NEG_INFINITY {
                        continue;
                    }
                    let a = Assembly {
                        prefix: &segs[prefix_from..bodies[j]],
                        body: &segs[bodies[j]..=bodies[k]],
                        suffix: &segs[bodies[k] + 1..suffix_to],
                    };
                    let total = prev + inner + score(&a, lines, paras, orientation);
                    if total > top {
                        (top, arg) = (total, (j, pc));
                    }
                }
            }
            row.push(top);
            brow.push(arg);
        }
        best.push(row);
        back.push(brow);
    }
    // Walk back: item ranges as (first segment, end segment).
    let mut items = Vec::new();
    let mut k = n - 1;
    let mut c = 0; // the last gap has a single choice
    loop {
        let (j, pc) = back[k][c];
        let start = if j == 0 { 0 } else { bodies[j - 1] + 1 + pc };
        let end = bodies[k] + 1 + cuts_of(k).start() + c;
        items.push((start, end));
        if j == 0 {
            break;
        }
        k = j - 1;
        c = pc;
    }
    items.reverse();
    items
}

/// Splits normalised issue text into items and furniture.
pub fn split(text: &str) -> Layout {
    let lines: Vec<Line> = split_lines(text).into_iter().enumerate().map(|(i, raw)| classify(i + 1, raw)).collect();
    let mut paras = build_paragraphs(&lines);
    let mut segs = build_segments(&lines, &paras);
    let mut layout = Layout::default();

    // With no running text at all, headline-like lines are the text (a pasted title, a list).
    if !segs.iter().any(|s| matches!(s, Seg::Body(_))) {
        for para in paras.iter_mut().filter(|p| p.role == Role::Headline) {
            para.role = Role::Body;
        }
        segs = build_segments(&lines, &paras);
    }
    // Page furniture is set aside; the segment after it starts a new article for sure.
    let mut hard = Vec::with_capacity(segs.len());
    let mut kept = Vec::with_capacity(segs.len());
    let mut after_furniture = false;
    for seg in segs {
        if let Seg::Furniture(p) = seg {
            let i = paras[p].lines[0];
            layout.furniture.push(Furniture { spans: to_spans([lines[i].no]), text: lines[i].text.to_string() });
            after_furniture = true;
        } else {
            hard.push(after_furniture);
            kept.push(seg);
            after_furniture = false;
        }
    }
    let segs = kept;

    let bodies: Vec<usize> =
        segs.iter().enumerate().filter(|(_, s)| matches!(s, Seg::Body(_))).map(|(i, _)| i).collect();
    if bodies.is_empty() {
        // Only credits: keep them as one brief so no line is lost.
        if !segs.is_empty() {
            layout.items.push(assemble(&segs, &lines, &paras));
        }
        return layout;
    }

    // First pass without a prior; then favour the orientation most items chose.
    let mut items = choose_items(&segs, &bodies, &hard, &lines, &paras, 0.0);
    let (mut after, mut before) = count_orientation(&segs, &items, &lines, &paras);
    // Where the page starts and ends says more than intertitles mistaken for headlines can.
    if matches!(segs.first(), Some(Seg::Headline(_))) {
        before += 3;
    }
    let last_text = segs.iter().rev().find(|s| !matches!(s, Seg::Credit(_)));
    if matches!(last_text, Some(Seg::Headline(_))) {
        after += 3;
    }
    if std::env::var_os("DUBAO_DEBUG").is_some() {
        eprintln!("orientation: after {after} before {before}");
    }
    if after != before {
        let orientation = if after > before { 0.3 } else { -0.3 };
        items = choose_items(&segs, &bodies, &hard, &lines, &paras, orientation);
    }
    for (start, end) in items {
        layout.items.push(assemble(&segs[start..end], &lines, &paras));
    }
    layout
}

/// The body range of an item's segments: from its first body to its last.
fn body_range(segs: &[Seg]) -> Option<(usize, usize)> {
    let first = segs.iter().position(|s| matches!(s, Seg::Body(_)))?;
    let last = segs.iter().rposition(|s| matches!(s, Seg::Body(_)))?;
    Some((first, last))
}

fn count_orientation(segs: &[Seg], items: &[(usize, usize)], lines: &[Line], paras: &[Para]) -> (usize, usize) {
    let (mut after, mut before) = (0, 0);
    for &(start, end) in items {
        let item = &segs[start..end];
        let Some((first, last)) = body_range(item) else { continue };
        let a = Assembly { prefix: &item[..first], body: &item[first..=last], suffix: &item[last + 1..] };
        let e = evidence(&a, lines, paras);
        after += e.headline_after as usize;
        before += e.headline_before as usize;
    }
    (after, before)
}

/// Builds one item from its segments.
fn assemble(segs: &[Seg], lines: &[Line], paras: &[Para]) -> LaidItem {
    let mut all_lines = Vec::new();
    let mut body_lines = Vec::new();
    let mut title_lines = Vec::new();
    let mut credit_lines = Vec::new();
    let mut credits: Vec<Credit> = Vec::new();
    let mut paragraphs: Vec<String> = Vec::new();
    let (mut kicker, mut title, mut subtitle) = (None, None, None);

    let (first_body, last_body) = body_range(segs).unwrap_or((usize::MAX, 0));
    // The units of the item's (first) headline group: consecutive headline segments.
    let mut title_units: Vec<Vec<usize>> = Vec::new();
    let mut title_group_open = false;
    for (n, seg) in segs.iter().enumerate() {
        let seg_is_intertitle = n > first_body && n < last_body;
        if !matches!(seg, Seg::Headline(_)) || seg_is_intertitle {
            title_group_open = false;
        }
        match seg {
            Seg::Headline(units) if seg_is_intertitle => {
                for &p in units.iter().flatten() {
                    let cleaned: Vec<String> =
                        paras[p].lines.iter().map(|&i| headline::clean_headline_line(lines[i].text)).collect();
                    paragraphs.push(headline::join_headline_lines(&cleaned));
                    body_lines.extend(paras[p].lines.iter().map(|&i| lines[i].no));
                }
            }
            Seg::Body(ps) => {
                for &p in ps {
                    let para = &paras[p];
                    paragraphs.push(join::join_lines(para.lines.iter().map(|&i| lines[i].running_text())));
                    for &i in &para.lines {
                        body_lines.push(lines[i].no);
                        if let LineKind::Text { credit: Some(c), .. } = &lines[i].kind {
                            credits.extend(c.iter().cloned());
                            credit_lines.push(lines[i].no);
                        }
                    }
                }
                if let (Some(&p), true) = (ps.first(), n == first_body) {
                    let dateline = credits::dateline_credits(lines[paras[p].lines[0]].text);
                    if credits.is_empty() {
                        credits.extend(dateline);
                    }
                }
            }
            Seg::Headline(units) => {
                let continues_group = n > 0 && same_headline_group(&segs[n - 1], seg, lines, paras);
                if title_units.is_empty() || (title_group_open && continues_group) {
                    title_units.extend(units.iter().cloned());
                    title_group_open = true;
                } else {
                    title_group_open = false;
                }
                title_lines.extend(units.iter().flatten().flat_map(|&p| paras[p].lines.iter().map(|&i| lines[i].no)));
            }
            Seg::Credit(p) => {
                title_group_open = false;
                let i = paras[*p].lines[0];
                if let LineKind::Credit(c) = &lines[i].kind {
                    credits.extend(c.iter().cloned());
                }
                credit_lines.push(lines[i].no);
            }
            Seg::Furniture(_) => {}
        }
    }
    for seg in segs {
        let ps: Vec<usize> = match seg {
            Seg::Body(ps) => ps.clone(),
            Seg::Headline(units) => units.iter().flatten().copied().collect(),
            Seg::Credit(p) | Seg::Furniture(p) => vec![*p],
        };
        all_lines.extend(ps.iter().flat_map(|&p| paras[p].lines.iter().map(|&i| lines[i].no)));
    }
    if !title_units.is_empty() {
        (kicker, title, subtitle) = headline_parts(&title_units, lines, paras);
    }
    all_lines.sort_unstable();
    body_lines.sort_unstable();
    title_lines.sort_unstable();
    credit_lines.sort_unstable();
    credit_lines.dedup();

    let photo = credits.iter().any(|c| credits::is_photo_role(&c.role));
    let kind = if photo {
        ItemKind::Photo
    } else if title.is_none() {
        ItemKind::Brief
    } else {
        ItemKind::Article
    };
    LaidItem {
        kind,
        title,
        kicker,
        subtitle,
        credits: merge_credits(credits),
        body: paragraphs.join("\n"),
        spans: to_spans(all_lines),
        body_spans: to_spans(body_lines),
        title_spans: to_spans(title_lines),
        credit_spans: to_spans(credit_lines),
    }
}

/// Merges repeated roles (`通讯员` on two lines) keeping first-seen order.
fn merge_credits(credits: Vec<Credit>) -> Vec<Credit> {
    let mut merged: Vec<Credit> = Vec::new();
    for credit in credits {
        match merged.iter_mut().find(|c| c.role == credit.role) {
            Some(c) => {
                for name in credit.names {
                    if !c.names.contains(&name) {
                        c.names.push(name);
                    }
                }
            }
            None => merged.push(credit),
        }
    }
    merged
}

/// Kicker, title and subtitle of a headline group. Units are blocks of consecutive lines; a unit
/// opening with `——` is the subtitle, one ending with `——` the kicker; of the rest, the last is
/// the title and any before it the kicker (the order a page prints them in).
fn headline_parts(
    units: &[Vec<usize>],
    lines: &[Line],
    paras: &[Para],
) -> (Option<String>, Option<String>, Option<String>) {
    let mut texts: Vec<Vec<String>> = Vec::new();
    for unit in units {
        let cleaned: Vec<String> =
            unit.iter().flat_map(|&p| &paras[p].lines).map(|&i| headline::clean_headline_line(lines[i].text)).collect();
        // A line opening with —— inside a unit starts the subtitle; one ending with —— ends a kicker.
        let mut current: Vec<String> = Vec::new();
        for line in cleaned {
            let opens_subtitle = line.starts_with('—') && !current.is_empty();
            if opens_subtitle {
                texts.push(std::mem::take(&mut current));
            }
            let ends_kicker = line.ends_with("——");
            current.push(line);
            if ends_kicker {
                texts.push(std::mem::take(&mut current));
            }
        }
        if !current.is_empty() {
            texts.push(current);
        }
    }
    let mut kicker_parts = Vec::new();
    let mut subtitle = None;
    let mut rest = Vec::new();
    for t in texts {
        let joined = headline::join_headline_lines(&t);
        if joined.starts_with('—') {
            subtitle = Some(joined);
        } else if joined.ends_with("——") {
            kicker_parts.push(joined);
        } else {
            rest.push(joined);
        }
    }
    let title = rest.pop();
    kicker_parts.extend(rest);
    let kicker = (!kicker_parts.is_empty()).then(|| kicker_parts.join(" "));
    (kicker, title, subtitle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_blank_input_give_no_items() {
        assert_eq!(split(""), Layout::default());
        assert_eq!(split("\n \n\u{3000}\n"), Layout::default());
    }

    #[test]
    fn page_header_is_furniture() {
        let layout = split("2023年2月9日 星期四 第3版 要闻\n本报讯 昨天上午，我市召开会议。\n");
        assert_eq!(layout.furniture.len(), 1);
        assert_eq!(layout.items.len(), 1);
        assert_eq!(layout.items[0].spans, vec![[2, 2]]);
    }

    #[test]
    fn headline_before_body_with_byline() {
        let text = "春耕由南向北渐次展开\n\n■记者 张三\n本报讯 当前，西南的麦区开始拔节，江淮麦区开始起身，\n黄淮和华北麦区即将返青，正是加强田管的关键阶段。\n";
        let layout = split(text);
        assert_eq!(layout.items.len(), 1);
        let item = &layout.items[0];
        assert_eq!(item.title.as_deref(), Some("春耕由南向北渐次展开"));
        assert_eq!(item.credits, vec![Credit { role: "记者".into(), names: vec!["张三".into()] }]);
        assert_eq!(item.kind, ItemKind::Article);
    }

    #[test]
    fn a_lone_title_is_kept_as_text() {
        let layout = split("春耕由南向北渐次展开");
        assert_eq!(layout.items.len(), 1);
        assert_eq!(layout.items[0].body, "春耕由南向北渐次展开");
    }

    #[test]
    fn headline_parts_read_kicker_and_subtitle_markers() {
        let text = "本报讯 正文第一段内容在这里，写得比较长一些。\n\n杭州市总工会探索东西部协作扶贫新路子——\n构建“三建三助” 多元帮扶机制\n";
        let layout = split(text);
        let item = &layout.items[0];
        assert_eq!(item.kicker.as_deref(), Some("杭州市总工会探索东西部协作扶贫新路子——"));
        assert_eq!(item.title.as_deref(), Some("构建“三建三助” 多元帮扶机制"));
    }
}

/// A developer's view of the splitter's intermediate reading: one line per paragraph with its role
/// and line range (`dubao explain FILE`).
pub fn explain(text: &str) -> String {
    let lines: Vec<Line> = split_lines(text).into_iter().enumerate().map(|(i, raw)| classify(i + 1, raw)).collect();
    let paras = build_paragraphs(&lines);
    let mut out = String::new();
    for para in &paras {
        let first = &lines[para.lines[0]];
        let last = &lines[*para.lines.last().unwrap()];
        let col = local_column(&lines, para.lines[0]);
        let preview: String = first.text.chars().take(24).collect();
        out.push_str(&format!(
            "{:>5}-{:<5} {:<9} col {:>4.1}  {}\n",
            first.no,
            last.no,
            format!("{:?}", para.role),
            col,
            preview
        ));
    }
    out
}
