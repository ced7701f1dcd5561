//! Paragraphs rebuilt from the column flow, and their role (body or headline).

use super::cues::credits;
use super::cues::headline;
use super::cues::join;
use super::cues::marks::*;
use super::lines::*;
use crate::report::Credit;
use crate::text::chars::{ideograph_count, is_ideograph};

/// A paragraph rebuilt from the column flow.
#[derive(Debug, Clone)]
pub(super) struct Para {
    /// Indices into the line table.
    pub(super) lines: Vec<usize>,
    pub(super) role: Role,
    /// A run of body paragraphs was parted before this one on evidence the assignment weighs
    /// against its headlines: two headlines' words say that two articles meet here (see
    /// `affinity::part_bodies_between_headlines`), or in tight text the column changes.
    pub(super) weakly_parted: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Role {
    Body,
    Headline,
    Credit,
    Furniture,
}

/// A column width estimate around line `i`: an upper quantile of nearby text widths, since most
/// lines of a column run full width and only paragraph ends are shorter.
pub(super) fn local_column(lines: &[Line], i: usize) -> f32 {
    let lo = i.saturating_sub(10);
    let hi = (i + 11).min(lines.len());
    column_of(lines[lo..hi].iter())
}

/// The 70th percentile of the text lines' widths: most lines of a column run full width, only
/// paragraph ends are shorter. 0 without text lines.
fn column_of<'l, 'a: 'l>(lines: impl Iterator<Item = &'l Line<'a>>) -> f32 {
    let mut widths: Vec<f32> = lines.filter(|l| l.is_text()).map(|l| l.width).collect();
    if widths.is_empty() {
        return 0.0;
    }
    widths.sort_by(f32::total_cmp);
    widths[(widths.len() * 7 / 10).min(widths.len() - 1)]
}

/// Whether text line `a` flows on into text line `b` (same paragraph), `blanks` blank lines apart.
pub(super) fn continues(
    lines: &[Line],
    a: usize,
    b: usize,
    a_starts_paragraph: bool,
    blanks: usize,
    tight: bool,
) -> bool {
    let (la, lb) = (&lines[a], &lines[b]);
    let text = la.running_text();
    if matches!(la.kind, LineKind::Text { credit: Some(_), .. }) || join::ends_sentence(text) {
        return false;
    }
    // A dateline on a line of its own (`本报北京2月14日电` / `（记者张明）商务部14日举`) opens the
    // paragraph below it.
    if a_starts_paragraph && blanks == 0 && credits::is_bare_dateline(text) {
        return true;
    }
    let after_b = lines.get(b + 1).filter(|l| l.is_text()).map_or("", |l| l.text);
    if lb.indented || opens_article_over(lb.text, after_b) {
        return false;
    }
    // A line that is one bracketed group (`（学术随笔）`) is a column tag or a note; so is a note
    // wrapped over two lines (`（新华社北京10月2` / `日电 记者王镜宇）`).
    if is_one_bracket_group(text) || (a > 0 && lines[a - 1].is_text() && closes_wrapped_note(lines[a - 1].text, text)) {
        return false;
    }
    // `——回访…` under a title, `——鲁迅` under a quote: a dash line without a clause stands alone.
    if a_starts_paragraph && text.starts_with('—') && !text.contains(['，', '。', '；']) {
        return false;
    }
    // A kicker (`日子好起来了，大家都说——`) ends on a dash; it does not run into the title.
    if a_starts_paragraph && text.ends_with("——") {
        return false;
    }
    // A line that ends on an opening bracket or quote (`本报北京2月14日电 （记`) runs on, and so
    // does one with a bracket left open (`（作者为某省作家` / `协会副主席）`).
    if text.ends_with(['（', '“', '《', '‘']) || text.matches('（').count() > text.matches('）').count() {
        return true;
    }
    let column = local_column(lines, a);
    let w = la.width;
    // A line wider than its neighbours is a headline or another column's text; fake bold is a headline.
    // The column is read on the lines that follow as well: a headline set over the top of its
    // article comes right after another article's column, which may be wider.
    let over = |column: f32| w > column + 1.5;
    let overfull = (over(column) || (a_starts_paragraph && over(local_column_of(lines, b, false) + 0.5)))
        && !text.contains(['，', '、', ',', '。']);
    // Lines of one paragraph share a width; a much wider next line is other text (a headline).
    let wb = lb.width;
    if wb > w + 3.0 && wb > column + 1.5 {
        return false;
    }
    if overfull || la.doubled || lb.doubled {
        return false;
    }
    // In tight text a line far wider than the column over a narrower line that does not end a
    // sentence is a headline across columns (a kicker with clauses: `多哈田径世锦赛上，收获3金…`),
    // not a paragraph: a caption set wide ends its sentence on its last, shorter line.
    if tight && w >= column + WIDE_OVER_COLUMN && wb <= w - WIDE_OVER_COLUMN && !join::ends_sentence(lb.text) {
        return false;
    }
    if blanks > 0 {
        // A first line ending on a column tag (`巷口开了书屋，真热闹（走访·街坊生活）`) is a title.
        if a_starts_paragraph && text.ends_with('）') {
            return false;
        }
        // Nor does a first line run on into a title set over its column tag (a kicker as wide as
        // the column: `扩大书屋藏书，丰富借阅方式` / `巷口书屋，越办越热闹` / `（走访·街坊生活）`).
        let tag_under_b = lines.get(b + 1).is_some_and(|l| l.is_text() && is_column_tag(l.text.trim()));
        if a_starts_paragraph && tag_under_b && !join::ends_sentence(lb.text) {
            return false;
        }
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
        let reads_on = text.contains(['，', '、']) || lb.text.starts_with(CONTINUATION_STARTS) || ends_a_word(lb.text);
        // An indent marks a paragraph's first line (headlines are not indented); the column
        // estimate may still be the previous article's, so allow for a narrower column.
        let slack = if la.indented { 3.5 } else { 2.5 };
        return w >= column - slack && reads_on && !has_inner_space(text);
    }
    if !a_starts_paragraph {
        // Inside a paragraph every line but the last runs full width: the column's, or the width
        // of the line above (a brief set narrower than the articles around it).
        let above = a.checked_sub(1).map(|i| &lines[i]).filter(|l| l.is_text()).map(|l| l.width);
        return w >= column - 1.5 || above.is_some_and(|wa| w >= wa - 0.75 && wa >= 8.0);
    }
    // A first line whose next line starts mid-sentence (`的街头巷尾，`) is a paragraph broken by a
    // narrower column, not a headline, with or without its indent: no text line starts so.
    if lb.text.starts_with(MID_SENTENCE_STARTS) {
        return true;
    }
    // So is one whose next line opens with a bracket that text follows (`市图书馆联盟` /
    // `（CLA）日前宣布，…`); a column tag under a title is a bracket group on its own.
    if lb.text.starts_with('（') && !is_one_bracket_group(lb.text) && lb.text.contains(['，', '。']) {
        return true;
    }
    // So is an indented bullet point (`■学校将坚持开门办` / `学，欢迎家长…`), or one whose next line
    // ends a sentence (`■维生素和矿物质不` / `是一回事。…`, the indent lost): bulleted
    // subtitles are not indented and are followed by titles, not sentences.
    if text.starts_with(BULLETS) && (la.indented || lb.text.contains('。')) {
        return true;
    }
    // A first line that ends on a column tag (`传递体育的正能量（体坛观澜）`) is a title, even set
    // tight over its body with no indent (text copied by PDFium); its subtitle (`——谈…`, `■…`)
    // stays with it.
    if tight && ends_with_column_tag(text) && !lb.text.starts_with(['—', '■', '●', '◆']) {
        return false;
    }
    // A paragraph's first line may be short by its lost indent; a headline is shorter and unpunctuated.
    // The column below decides when it is narrower (the estimate may still be the article above).
    let column = column.min(local_column_of(lines, b, false));
    if tight && reads_as_heading_line(text, w, column) && opens_paragraph_without_indent(lines, b, column) {
        return false;
    }
    w >= column - 3.5 || text.contains(['，', '、', ','])
}

/// Whether text line `b` is a paragraph's first line that lost its two-character indent (tight
/// text copied by PDFium or pdf.js keeps no leading spaces): short of the column by the indent,
/// mid-sentence, with a full line of the column under it. Such a line is neither a paragraph's
/// middle (those run full width) nor its last (it breaks off mid-sentence), so the line above
/// (`我为祖国祝福 我为祖国自豪` / `国庆期间，各地纷纷开展`) is not of its paragraph, unless that
/// line is as short itself (a first line over a line of quotes, whose widths vary by font).
fn opens_paragraph_without_indent(lines: &[Line], b: usize, column: f32) -> bool {
    let (line, next) = (&lines[b], lines.get(b + 1));
    in_indent_band(line.width, column)
        && !join::has_uncertain_width(line.text)
        && !line.text.starts_with('【')
        && !join::ends_sentence(line.text)
        && !ends_with_column_tag(line.text)
        && !credits::is_bare_dateline(line.text)
        // A line may also end short before a run of digits that does not break (`1072起`).
        && next.is_some_and(|n| {
            n.is_text()
                && !n.doubled
                && !n.text.starts_with(|c: char| c.is_ascii_alphanumeric())
                && (column - 0.75..=column + 0.75).contains(&n.width)
        })
}

/// Whether a paragraph's first line may be a heading over its body rather than a paragraph's own
/// first line: not as short as an indented line unless set as a title of two phrases
/// (`彝海结盟 筑起民族团结的丰碑`), not a dateline, not a `【人物】` label.
fn reads_as_heading_line(text: &str, width: f32, column: f32) -> bool {
    let title_style = has_inner_space(text) && !text.contains(['，', '。']);
    (title_style || !in_indent_band(width, column)) && !credits::starts_with_agency(text) && !text.starts_with('【')
}

/// Whether a line is as wide as a paragraph's first line that lost its indent.
fn in_indent_band(width: f32, column: f32) -> bool {
    (column - INDENT_WIDTH - 0.75..=column - INDENT_WIDTH + 0.75).contains(&width)
}

/// A paragraph's indent, in ideographs.
const INDENT_WIDTH: f32 = 2.0;

/// Whether a paragraph of two or three lines reads as a title wrapped up to its column tag
/// (`把话说到百姓心坎上（新春` / `走基层·代表委员履职故事）`): in tight text the body runs on right
/// under it. (One line ending on a tag is caught in `continues`.)
fn closes_wrapped_title(lines: &[Line], para: &Para) -> bool {
    if !(2..=3).contains(&para.lines.len()) {
        return false;
    }
    let text: String = para.lines.iter().map(|&i| lines[i].text.trim()).collect();
    text.chars().count() <= 40 && ends_with_column_tag(&text)
}

/// Paragraphs rebuilt from the column flow, each a body or a headline by its own look; `tight`
/// says whether the text has blank lines (see `tight::is_tight`).
pub(super) fn flow_paragraphs(lines: &[Line], tight: bool) -> Vec<Para> {
    let mut paras: Vec<Para> = Vec::new();
    let mut open: Option<usize> = None; // index of the paragraph still accepting text lines
    let mut last_text: Option<usize> = None;
    let mut blanks = 0;
    let mut bridged: Vec<Para> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        match &line.kind {
            LineKind::Blank => {
                blanks += 1;
                continue;
            }
            LineKind::Furniture if bridges(lines, i, open.map(|p| &paras[p]), last_text, tight) => {
                // The paragraph goes on after it; the header is set aside after all paragraphs
                // so that it marks no break between articles.
                bridged.push(Para { lines: vec![i], role: Role::Furniture, weakly_parted: false });
            }
            LineKind::Furniture | LineKind::Credit(_) => {
                let role = if line.kind == LineKind::Furniture { Role::Furniture } else { Role::Credit };
                paras.push(Para { lines: vec![i], role, weakly_parted: false });
                open = None;
            }
            LineKind::Text { .. } => {
                let joined = match (open, last_text) {
                    (Some(p), Some(prev)) if blanks <= 1 => {
                        !(tight && closes_wrapped_title(lines, &paras[p]))
                            && continues(lines, prev, i, paras[p].lines.len() == 1, blanks, tight)
                    }
                    _ => false,
                };
                if joined {
                    paras[open.unwrap()].lines.push(i);
                } else {
                    paras.push(Para { lines: vec![i], role: Role::Body, weakly_parted: false });
                    open = Some(paras.len() - 1);
                }
                last_text = Some(i);
            }
        }
        blanks = 0;
    }
    paras.extend(bridged);
    for para in &mut paras {
        if para.role == Role::Body && looks_like_headline(lines, para) {
            para.role = Role::Headline;
        }
    }
    paras
}

/// Whether page furniture at line `at` (a page header: the PDF's next page, or a page's second
/// part) falls inside a paragraph that goes on after it: the text line before it breaks off
/// mid-sentence and the next text line after it flows on from it (`实现资` / header / `金供需双方`).
fn bridges(lines: &[Line], at: usize, open: Option<&Para>, last_text: Option<usize>, tight: bool) -> bool {
    let (Some(para), Some(prev)) = (open, last_text) else { return false };
    let Some(next) = lines[at + 1..].iter().position(|l| l.is_text()).map(|k| at + 1 + k) else { return false };
    let between_clean = lines[at + 1..next].iter().all(|l| matches!(l.kind, LineKind::Furniture | LineKind::Blank));
    // Roles are not read yet: prose is a paragraph with a clause mark in it (a headline has none).
    let prose = para.lines.iter().any(|&l| lines[l].text.contains(CLAUSE_MARKS));
    let tail = lines[prev].running_text();
    // A subtitle (`——在…座谈会上的讲话中引用`) and a chart's source note (`数据来源：…`) close
    // their text without a full stop.
    let closed = join::ends_sentence(tail)
        || tail.ends_with('）')
        || opens_subtitle(tail)
        || SOURCE_LABELS.iter().any(|label| tail.starts_with(label));
    let blanks = lines[prev + 1..next].iter().filter(|l| l.kind == LineKind::Blank).count();
    between_clean
        && prose
        && !closed
        && blanks <= 1
        && continues(lines, prev, next, para.lines.len() == 1, blanks, tight)
}

/// Whether the column width differs on the two sides of a paragraph end (wrapped text only:
/// unwrapped lines vary).
pub(super) fn column_changes(lines: &[Line], last_before: usize, first_after: usize) -> bool {
    let (a, b) = (local_column_of(lines, last_before, true), local_column_of(lines, first_after, false));
    a.max(b) < 30.0 && (a - b).abs() >= 1.5
}

/// How much wider than the column (and than the line below) a line set across columns is.
const WIDE_OVER_COLUMN: f32 = 3.0;

/// A headline is short, has no sentence punctuation inside, does not end a sentence and is not a
/// dateline. Column flow has already told it apart from the first line of a paragraph.
pub(super) fn looks_like_headline(lines: &[Line], para: &Para) -> bool {
    if para.lines.len() > 3 {
        return false;
    }
    let first = &lines[para.lines[0]];
    // An indented paragraph that runs over lines is text (a lead without its full stop); headlines
    // are not indented.
    if first.indented && para.lines.len() > 1 {
        return false;
    }
    if matches!(first.kind, LineKind::Text { credit: Some(_), .. }) {
        return false;
    }
    // Fake bold marks a headline even when it reads like a sentence (a quote: `“我要回去！”`).
    if para.lines.iter().all(|&i| lines[i].doubled) {
        return true;
    }
    // A labelled paragraph (`【人物】守候在零点25分的站` / `台职工夫妻`) wrapped at the column width.
    if first.text.starts_with('【')
        && para.lines.len() > 1
        && join::width(first.text) >= local_column(lines, para.lines[0]) - 1.0
    {
        return false;
    }
    // Over 64 characters is never a headline (below): most paragraphs are long text, whose
    // lines are not doubled, so cleaning would keep them as they are.
    let undoubled = para.lines.iter().all(|&i| !lines[i].doubled);
    if undoubled && para.lines.iter().map(|&i| lines[i].text.chars().count()).sum::<usize>() > 64 {
        return false;
    }
    let cleaned: Vec<String> = para.lines.iter().map(|&i| headline::clean_headline_line(lines[i].text)).collect();
    let text: String = cleaned.concat();
    if is_body_label(&text) {
        return false;
    }
    let chars = text.chars().count();
    let cjk = ideograph_count(&text);
    // Short titles (`养护`, `武社火`) stand alone on a line with no punctuation at all.
    // So do column tags (`（民生观）`), which stay headlines only right under one (see below).
    let tag = bracket_inner(&text).unwrap_or(&text);
    // Fake bold marks a headline even when it is a number with a measure word (`86个86个`).
    let bare_short_line = para.lines.len() == 1
        && (cjk >= 2 || (cjk == 1 && first.doubled))
        && tag.chars().all(|c| c.is_alphanumeric() || c == '·');
    if chars > 64 || (cjk < 4 && !bare_short_line) || credits::is_dateline_start(&text) {
        return false;
    }
    // Commas inside a trailing column tag (`（读者来信·面对寒潮，我们怎么办①）`) are the tag's own.
    let untagged = text.rfind('（').filter(|_| text.ends_with('）')).map_or(text.as_str(), |at| &text[..at]);
    if text.contains(['。', '；', ';']) || join::ends_sentence(&text) || untagged.matches('，').count() > 1 {
        return false;
    }
    // Nor is the teller's name under a told story (`…村民张三讲述`).
    if text.ends_with("讲述") {
        return false;
    }
    // Nor is a contact line (`电子信箱：lanmu@` / `example.com`).
    if CONTACT_LABELS.iter().any(|l| text.starts_with(l)) {
        return false;
    }
    // A source note under a chart or a list (`资料来源：市气象局`) is not a headline.
    if SOURCE_LABELS.iter().any(|l| text.starts_with(l)) {
        return false;
    }
    // A bulleted point that runs over lines or has a clause is body text (`●远离明火，不在阳台`);
    // bulleted subtitles (`●尽快惠及小微企业 ●全力稳定就业岗位`) are short phrases.
    let bulleted = text.starts_with(BULLETS);
    if bulleted && (para.lines.len() > 1 || text.contains(['，', '、'])) {
        return false;
    }
    // Text that breaks off mid-clause continues elsewhere; a headline does not end on a comma.
    !text.ends_with(['，', '、', ',', '：', ':', '（', '“'])
}

/// The credits of a paragraph's opening dateline, read from its first two lines joined: the
/// `（记者张明）` (or the dateline itself) is often wrapped onto the second line. Lines are joined
/// only when the first one starts with a news source.
pub(super) fn dateline_credits_of(lines: &[Line], para: &Para) -> Vec<Credit> {
    dateline_head(lines, para).map_or_else(Vec::new, |head| credits::dateline_credits(&head))
}

/// A paragraph's first two lines joined, where a dateline may be wrapped, when the first line
/// starts with a news source (the only case that needs the join).
fn dateline_head(lines: &[Line], para: &Para) -> Option<String> {
    credits::starts_with_agency(lines[para.lines[0]].text)
        .then(|| join::join_lines(para.lines.iter().take(2).map(|&i| lines[i].running_text())))
}

/// Whether a paragraph opens with a dateline, read like its credits from the first two lines
/// (`据新华社某地3月2日` / `电 …`).
pub(super) fn opens_with_dateline(lines: &[Line], para: &Para) -> bool {
    dateline_head(lines, para).is_some_and(|head| credits::is_dateline_start(&head))
}

/// A brief's closing note that gives only its writer's name (`（林 一）`, `（方 晓 陈 言）`).
pub(super) fn closes_with_writer_name(lines: &[Line], para: &Para) -> bool {
    let [only] = para.lines.as_slice() else { return false };
    bracket_inner(lines[*only].text.trim()).is_some_and(|inner| {
        let names = inner.chars().filter(|c| *c != ' ').count();
        (2..=12).contains(&names) && inner.chars().all(|c| c == ' ' || is_ideograph(c))
    })
}

/// Whether body paragraphs `body` are a series of briefs and nothing else: two or more open
/// with a bare `本报电`, the first does, and the last closes with the writer's name.
pub(super) fn is_brief_series(mut body: impl Iterator<Item = usize>, lines: &[Line], paras: &[Para]) -> bool {
    let opens = |p: usize| opens_series_brief(lines[paras[p].lines[0]].text);
    let Some(first) = body.next() else { return false };
    if !opens(first) {
        return false;
    }
    let (mut briefs, mut last) = (1, first);
    for p in body {
        briefs += opens(p) as usize;
        last = p;
    }
    briefs >= 2 && closes_with_writer_name(lines, &paras[last])
}

/// Column width from the text lines on one side of line `i` only (so a neighbouring article's
/// column does not blur it).
pub(super) fn local_column_of(lines: &[Line], i: usize, backwards: bool) -> f32 {
    const SIDE: usize = 8;
    if backwards {
        column_of(lines[..=i].iter().rev().filter(|l| l.is_text()).take(SIDE))
    } else {
        column_of(lines[i..].iter().filter(|l| l.is_text()).take(SIDE))
    }
}
