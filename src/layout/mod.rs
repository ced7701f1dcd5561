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
//!
//! Submodules, in pipeline order: `lines` (1), `paragraphs` (2, 3), `segments` (4),
//! `assign` (5), `assemble` (items from segments). `dubao explain FILE` prints stages 1–3.

use crate::report::{to_spans, Furniture, ItemKind};

mod assemble;
mod assign;
mod lines;
mod paragraphs;
mod segments;

use crate::report::Credit;
use assemble::assemble;
use assign::{choose_items, count_orientation};
use lines::classify_lines;
use paragraphs::{build_paragraphs, local_column, Role};
use segments::{build_segments, Seg};

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

/// Splits normalised issue text into items and furniture.
pub fn split(text: &str) -> Layout {
    let lines = classify_lines(text);
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

/// A developer's view of the splitter's intermediate reading: one line per paragraph with its role
/// and line range (`dubao explain FILE`).
pub fn explain(text: &str) -> String {
    let lines = classify_lines(text);
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

    /// `text` broken into lines of `width` characters (a column of PDF text).
    fn column(text: &str, width: usize) -> String {
        let chars: Vec<char> = text.chars().collect();
        chars.chunks(width).map(|c| c.iter().collect::<String>() + "\n").collect()
    }

    fn titles(layout: &Layout) -> Vec<Option<&str>> {
        layout.items.iter().map(|i| i.title.as_deref()).collect()
    }

    const LONG_A: &str = "今年以来，全市上下坚持稳中求进工作总基调，统筹推进各项工作，经济运行总体平稳，发展质量稳步提升，民生保障持续加强，社会大局和谐稳定，为全年目标任务的完成打下了坚实基础。";
    const LONG_B: &str = "春节过后，一年一度的春季招聘在各地陆续拉开帷幕，吸引众多求职者前来应聘，企业纷纷推出新岗位，人力资源部门搭建线上线下平台，帮助务工人员尽快返岗就业，让企业尽早复工复产。";

    #[test]
    fn a_closing_note_ends_the_article_before_an_untitled_body() {
        // A's headline is above it, B's below; only the note tells where A ends.
        let text = format!(
            "标题甲在这里\n{}（作者为某大学教授）\n\n{}\n标题乙在这里\n",
            column(LONG_A, 14),
            column(LONG_B, 14)
        );
        let layout = split(&text);
        assert_eq!(titles(&layout), vec![Some("标题甲在这里"), Some("标题乙在这里")]);
        assert!(layout.items[0].body.ends_with("（作者为某大学教授）"));
    }

    #[test]
    fn a_change_of_column_width_lets_two_headlines_split_a_body() {
        // One blank line between A (13 wide, headline above) and B (16 wide, headline below).
        let text = format!("标题甲在这里\n\n{}\n{}\n标题乙在这里\n", column(LONG_A, 13), column(LONG_B, 16));
        let layout = split(&text);
        assert_eq!(titles(&layout), vec![Some("标题甲在这里"), Some("标题乙在这里")]);
        assert!(layout.items[1].body.starts_with("春节过后"));
    }

    #[test]
    fn a_summary_label_opens_the_body_and_is_not_a_title() {
        let text = format!("核心阅读\n{}\n{}\n标题乙在这里\n", column(LONG_A, 14), column(LONG_B, 14));
        let layout = split(&text);
        assert_eq!(layout.items.len(), 1);
        assert_eq!(layout.items[0].title.as_deref(), Some("标题乙在这里"));
        assert!(layout.items[0].body.starts_with("核心阅读"));
    }

    #[test]
    fn an_indented_short_first_line_flows_into_a_line_that_starts_mid_sentence() {
        let text = format!(
            "{}\n  体育的痕迹渗透在过年\n的氛围中，从城市到乡村，全民健身的\n风尚正走入千家万户。\n\n标题乙在这里\n",
            column(LONG_A, 16)
        );
        let layout = split(&text);
        assert_eq!(layout.items.len(), 1);
        assert!(layout.items[0].body.contains("体育的痕迹渗透在过年的氛围中"), "{}", layout.items[0].body);
    }

    #[test]
    fn a_note_broken_by_a_column_blank_stays_one_paragraph_of_its_article() {
        let text = format!(
            "标题甲在这里\n\n{}（作者为中国文艺评论家\n\n协会主席）\n\n\n青年电影人正成长为中坚力量（艺海观澜）\n\n{}",
            column(LONG_A, 14),
            column(LONG_B, 14)
        );
        let layout = split(&text);
        assert_eq!(layout.items.len(), 2);
        assert!(layout.items[0].body.ends_with("（作者为中国文艺评论家协会主席）"), "{}", layout.items[0].body);
        assert_eq!(layout.items[1].title.as_deref(), Some("青年电影人正成长为中坚力量（艺海观澜）"));
    }

    #[test]
    fn a_speaker_line_ending_on_a_colon_is_the_kicker_of_the_title_below() {
        let text = format!(
            "标题甲在这里\n\n{}\n{}\n武汉江欣苑社区书记胡明荣：\n每天要打近600个电话（应收尽收 刻不容缓）\n",
            column(LONG_A, 13),
            column(LONG_B, 16)
        );
        let layout = split(&text);
        assert_eq!(titles(&layout), vec![Some("标题甲在这里"), Some("每天要打近600个电话（应收尽收 刻不容缓）")]);
        assert_eq!(layout.items[1].kicker.as_deref(), Some("武汉江欣苑社区书记胡明荣："));
        assert!(layout.items[1].body.ends_with("尽早复工复产。"), "{}", layout.items[1].body);
    }

    #[test]
    fn a_contact_line_under_the_closing_note_stays_with_its_article() {
        let text = format!(
            "{}\n  （作者为本报记者）\n  栏目投稿邮箱：yxxz8494@\n163.com\n\n变化，不是等出来的（一线行走）\n\n核心阅读\n\n{}\n标题乙在这里\n",
            column(LONG_A, 15),
            column(LONG_B, 16)
        );
        let layout = split(&text);
        assert_eq!(titles(&layout), vec![Some("变化，不是等出来的（一线行走）"), Some("标题乙在这里")]);
        assert!(layout.items[0].body.ends_with("栏目投稿邮箱：yxxz8494@163.com"), "{}", layout.items[0].body);
    }

    #[test]
    fn four_headline_lines_between_two_bodies_are_two_kicker_and_title_pairs() {
        // A's kicker and title below it, B's above it, every line a block of its own.
        let text = format!(
            "{}\n中职篮常规赛\n\n北控队打出一场翻身仗\n\n2021年高山滑雪世锦赛\n\n将保留全能项目并增加个人平行项目\n\n{}",
            column(LONG_A, 13),
            column(LONG_B, 13)
        );
        let layout = split(&text);
        assert_eq!(titles(&layout), vec![Some("北控队打出一场翻身仗"), Some("将保留全能项目并增加个人平行项目")]);
        assert_eq!(layout.items[1].kicker.as_deref(), Some("2021年高山滑雪世锦赛"));
    }

    #[test]
    fn a_brief_reporting_from_two_places_keeps_its_second_dateline() {
        let text = format!(
            "标题甲在这里\n\n{}\n{}\n{}\n“四海同春”演出在南非、日本等国引发热烈反响\n■记 者 吕强\n",
            column(LONG_A, 14),
            column("本报约翰内斯堡2月14日电 “四海同春”2019年南非华侨华人新春晚会13日在约翰内斯堡举行，吸引观众两千余人。", 14),
            column("本报东京2月14日电 （记者刘军国）“四海同春”慰侨演出12日首次在日本福冈举行，约700人观看了演出。", 14),
        );
        let layout = split(&text);
        assert_eq!(titles(&layout), vec![Some("标题甲在这里"), Some("“四海同春”演出在南非、日本等国引发热烈反响")]);
        assert!(layout.items[1].body.contains("东京"), "{}", layout.items[1].body);
    }

    #[test]
    fn a_labelled_paragraph_wrapped_at_the_column_width_is_body_text() {
        let text = format!(
            "{}\n数据分析与“慢变量”（新知）\n\n【人物】相约在零点37分的铁\n路职工恋人\n{}\n从短聚站台奔向梦想远方\n",
            column(LONG_A, 13),
            column(LONG_B, 13)
        );
        let layout = split(&text);
        assert_eq!(titles(&layout), vec![Some("数据分析与“慢变量”（新知）"), Some("从短聚站台奔向梦想远方")]);
        assert!(layout.items[1].body.starts_with("【人物】相约在零点37分的铁路职工恋人"), "{}", layout.items[1].body);
    }

    #[test]
    fn a_lead_in_ending_on_a_dash_is_the_kicker_of_the_title_below_even_after_a_sentence() {
        let text = format!(
            "标题甲在这里\n\n{}\n利用腾退空间，建村史陈列室、艺术馆。北京市农村地区——\n\n文化设施，如何“变”出来\n（解码·城乡文化设施利用）\n\n核心阅读\n\n{}",
            column(LONG_A, 12),
            column(LONG_B, 14)
        );
        let layout = split(&text);
        assert_eq!(titles(&layout), vec![Some("标题甲在这里"), Some("文化设施，如何“变”出来（解码·城乡文化设施利用）")]);
        assert_eq!(layout.items[1].kicker.as_deref(), Some("利用腾退空间，建村史陈列室、艺术馆。北京市农村地区——"));
        assert!(layout.items[0].body.ends_with("坚实基础。"), "{}", layout.items[0].body);
    }

    #[test]
    fn a_question_over_a_column_tag_is_a_title() {
        let text = format!("{}\n如何使用酒精居家消毒？\n（服务窗）\n\n\n{}\n标题乙在这里\n", column(LONG_A, 12), column(LONG_B, 12));
        let layout = split(&text);
        assert_eq!(titles(&layout), vec![Some("如何使用酒精居家消毒？（服务窗）"), Some("标题乙在这里")]);
    }

    #[test]
    fn the_summary_under_a_summary_label_is_body_text_however_short_its_first_line() {
        let text = format!(
            "标题甲在这里\n\n{}（作者为某大学教授）\n\n核心阅读\n  从过去以“借船出海”\n为主，到如今自主创新、\n成果输出至众多国家和地\n区，近年来本地企业的创\n新和产品备受瞩目。这既\n依赖于高质量的研发和设\n计，也得益于多样化的国\n际合作。\n\n{}\n标题乙在这里\n",
            column(LONG_A, 14),
            column(LONG_B, 11)
        );
        let layout = split(&text);
        assert_eq!(titles(&layout), vec![Some("标题甲在这里"), Some("标题乙在这里")]);
        assert!(layout.items[1].body.starts_with("核心阅读\n从过去以“借船出海”"), "{}", layout.items[1].body);
        // Read as a heading, the short first line would be an intertitle; it is text.
        let lines = lines::classify_lines(&text);
        let paras = paragraphs::build_paragraphs(&lines);
        let first = paras.iter().find(|p| lines[p.lines[0]].text.starts_with("从过去")).unwrap();
        assert_eq!(first.role, paragraphs::Role::Body);
    }
}
