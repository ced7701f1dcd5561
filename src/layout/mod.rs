//! Splits an issue's lines into items (article, photo, brief) and page furniture.
//!
//! PDF text puts an article's parts in any order: byline before the body or after the headline,
//! headline after the body or before it. So the splitter does not walk the page with one rule per
//! marker. It (1) classifies lines (blank, furniture, credit, text), (2) rebuilds paragraphs by
//! following the column flow (a full-width line without a sentence end continues, even across a
//! column-break blank), (3) labels paragraphs body or headline, (4) cuts bodies at datelines and
//! photo credits, and (5) decides, with dynamic programming over the gaps between bodies, which
//! headlines and credits belong to which body, scoring each item by the evidence together: one
//! headline, at most one byline, photo credits on photos, a headline's words found in its own
//! body rather than its neighbour's, and the page's prevailing orientation.
//!
//! Submodules, in pipeline order: `lines` (1), `paragraphs` (2, 3), `segments` (4),
//! `affinity` and `assign` (5), `assemble` (items from segments), `compilation` (a page's package of
//! pieces under one banner made one item). `dubao explain FILE` prints stages 1–3.

use crate::report::{to_spans, Furniture, ItemKind};

mod affinity;
mod assemble;
mod assign;
mod compilation;
mod lines;
mod paragraphs;
mod segments;

use crate::report::Credit;
use affinity::{Affinity, HeadlineKeys, Words};
use assemble::assemble;
use assign::{choose_items, count_orientation, part_banners};
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
    affinity::part_headline_paragraphs(&lines, &mut paras);
    let mut segs = build_segments(&lines, &paras);
    let mut layout = Layout::default();

    // With no running text at all, headline-like lines are the text (a pasted title, a list).
    if !segs.iter().any(|s| matches!(s, Seg::Body(_))) {
        for para in paras.iter_mut().filter(|p| p.role == Role::Headline) {
            para.role = Role::Body;
        }
        segs = build_segments(&lines, &paras);
    }
    let headline_keys = HeadlineKeys::new(&segs, &lines, &paras);
    let segs = affinity::part_bodies_between_headlines(segs, &lines, &mut paras, &headline_keys);
    let words = Words::new(&segs, &lines, &paras, headline_keys);
    let segs = affinity::part_headlines_by_words(segs, &words);
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
    let affinity = Affinity::new(&segs, &words);
    let mut items = choose_items(&segs, &bodies, &hard, &lines, &paras, &affinity, 0.0);
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
        items = choose_items(&segs, &bodies, &hard, &lines, &paras, &affinity, orientation);
    }
    let ranges = part_banners(items, &segs, &lines, &paras);
    let items: Vec<LaidItem> = ranges.iter().map(|&(start, end)| assemble(&segs[start..end], &lines, &paras)).collect();
    let page_starts: Vec<bool> = ranges.iter().map(|&(start, _)| hard[start]).collect();
    let joined = compilation::join_compilations(&items, &page_starts);
    let mut items: Vec<Option<LaidItem>> = items.into_iter().map(Some).collect();
    for compilation::Joined { items: parts, banner } in joined {
        if parts.len() == 1 {
            layout.items.push(items[parts.start].take().unwrap());
            continue;
        }
        let mut item = assemble(&segs[ranges[parts.start].0..ranges[parts.end - 1].1], &lines, &paras);
        // A package's title is its banner's; the pieces' headlines are its text.
        if let Some(banner) = banner {
            let title = items[banner].as_ref().and_then(|b| b.title.clone());
            (item.kicker, item.title, item.subtitle) = (None, title, None);
        }
        layout.items.push(item);
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

    /// Summary points (`■…`) over the text stay in the article, also when the last ones are short.
    #[test]
    fn short_summary_points_at_the_end_of_the_list_are_text() {
        let text = "春耕备耕有序推进\n\n\
            \u{3000}\u{3000}■全市小麦追肥面积已超过八成，各地正抓紧开展病虫害统防统治，引导农户科学安排茬口和\n\
            \u{3000}\u{3000}■重点保障农资供应和价格稳定\n\u{3000}\u{3000}■加强农机具检修与调配\n\u{3000}\u{3000}\n\
            \u{3000}\u{3000}据新华社杭州3月2日电  日前，省农业农村厅印发通知，部署春季农业生产。文件提出，各地要\n\
            抓住当前有利时机，组织农户开展春耕生产，落实好各项扶持政策，做好农资调运和技术指导工作，\n\
            确保不误农时。\n";
        let layout = split(&crate::normalize::normalize(text)); // full-width indents become spaces
        assert_eq!(layout.items.len(), 1, "{:#?}", layout.items);
        assert_eq!(layout.items[0].title.as_deref(), Some("春耕备耕有序推进"));
        let body = &layout.items[0].body;
        assert!(body.contains("\n■重点保障农资供应和价格稳定\n■加强农机具检修与调配\n据新华社"), "{body}");
    }

    /// An ad slot's label is set aside, not read as the kicker of the headline after it.
    #[test]
    fn an_ad_label_is_furniture() {
        let text =
            "本报讯 昨天上午，我市召开会议。\n\n广告\n\n春雨过后田野一片新绿\n\n本报讯 眼下，南方的油菜开始抽薹。\n";
        let layout = split(text);
        assert_eq!(layout.furniture.iter().map(|f| f.text.as_str()).collect::<Vec<_>>(), ["广告"]);
        assert_eq!(layout.items.len(), 2);
        assert_eq!(layout.items[1].title.as_deref(), Some("春雨过后田野一片新绿"));
        assert_eq!(layout.items[1].kicker, None);
    }

    #[test]
    fn headline_before_body_with_byline() {
        let text = "春雨过后田野一片新绿\n\n■记者 张三\n本报讯 眼下，南方的油菜开始抽薹，北方的果园开始修剪，\n各地农户抢抓农时，正是备耕生产的关键阶段。\n";
        let layout = split(text);
        assert_eq!(layout.items.len(), 1);
        let item = &layout.items[0];
        assert_eq!(item.title.as_deref(), Some("春雨过后田野一片新绿"));
        assert_eq!(item.credits, vec![Credit { role: "记者".into(), names: vec!["张三".into()] }]);
        assert_eq!(item.kind, ItemKind::Article);
    }

    #[test]
    fn a_lone_title_is_kept_as_text() {
        let layout = split("春雨过后田野一片新绿");
        assert_eq!(layout.items.len(), 1);
        assert_eq!(layout.items[0].body, "春雨过后田野一片新绿");
    }

    #[test]
    fn headline_parts_read_kicker_and_subtitle_markers() {
        let text = "本报讯 正文第一段内容在这里，写得比较长一些。\n\n某市总工会探索城乡结对帮扶新路子——\n构建“三联三帮” 多层协作机制\n";
        let layout = split(text);
        let item = &layout.items[0];
        assert_eq!(item.kicker.as_deref(), Some("某市总工会探索城乡结对帮扶新路子——"));
        assert_eq!(item.title.as_deref(), Some("构建“三联三帮” 多层协作机制"));
    }

    #[test]
    fn a_kicker_whose_dashes_wrap_onto_a_line_of_their_own_stays_a_kicker() {
        let text = "某区卫生院内科主任林一—\n—\n\n夜班病房的守护人\n\n本报记者 周 二\n本报讯 正文第一段内容在这里，写得比较长一些。\n";
        let item = &split(text).items[0];
        assert_eq!(item.kicker.as_deref(), Some("某区卫生院内科主任林一——"));
        assert_eq!(item.title.as_deref(), Some("夜班病房的守护人"));
        assert_eq!(item.subtitle, None);
    }

    /// Fake-bold (doubled) lines are the title: a plain line set tight above them is the kicker,
    /// one below them the subtitle, not more lines of the title.
    #[test]
    fn bold_lines_are_the_title_between_a_plain_kicker_and_subtitle() {
        let body = "本报讯 近日，某县推出积分制管理办法，把党员参加志愿服务、带头移风易俗等表现记入家庭积分，积分可以在村里的超市兑换生活用品。";
        let text = format!(
            "某县试点党员户积分办法\n一户带头一户带头 全村跟进全村跟进\n积分可兑换日用品\n\n{}",
            column(body, 15)
        );
        let item = &split(&text).items[0];
        assert_eq!(item.kicker.as_deref(), Some("某县试点党员户积分办法"));
        assert_eq!(item.title.as_deref(), Some("一户带头 全村跟进"));
        assert_eq!(item.subtitle.as_deref(), Some("积分可兑换日用品"));
    }

    #[test]
    fn key_figures_with_their_captions_are_text_of_the_article() {
        let body = "2日，市政府举行发布会，通报今年民生实事项目的进展情况。据市里有关部门介绍，今年的项目全部按计划开工，其中多数已完成年度投资。这些项目涉及养老、托育、教育、交通等多个方面，群众关心的问题正在一件件落地。";
        let text = format!(
            "民生实事\n为群众办好身边事\n（数说）\n\n3.6万户\n全年为老旧小区加装电梯、改造\n管网，惠及居民3.6万户，比去\n年增加两成\n\n128个\n新建和改扩建社区食堂、托育点\n等便民服务设施128个，覆盖全\n部街道\n\n{}",
            column(body, 15)
        );
        let layout = split(&text);
        assert_eq!(layout.items.len(), 1, "{:#?}", layout.items);
        assert!(layout.items[0].body.starts_with("3.6万户"), "{}", layout.items[0].body);
    }

    #[test]
    fn a_title_that_opens_with_a_figure_stays_a_title() {
        let body = "本报北京3月2日电 记者从有关部门获悉：今年第一批示范项目名单已于近日公布，涉及各地的社区服务、文化设施和乡村建设等方面。";
        let text = format!("128个\n“示范项目”名单公布\n\n{}", column(body, 15));
        let layout = split(&text);
        let article = layout.items.iter().find(|i| i.body.starts_with("本报北京")).unwrap();
        assert!(article.title.as_deref().is_some_and(|t| t.ends_with("“示范项目”名单公布")), "{article:#?}");
    }

    #[test]
    fn a_kicker_as_wide_as_the_column_does_not_run_into_the_title_over_its_tag() {
        let body = "从过去只借书，到如今办讲座、开展览，巷口书屋的服务越来越多。附近居民说，下班后到这里坐一坐，读几页书，一天的疲惫就消散了。据书屋管理员介绍，今年还将增加少儿图书和报刊。";
        let text =
            format!("扩大书屋藏书，丰富借阅方式\n\n巷口书屋，越办越热闹\n（走访·街坊生活）\n\n{}", column(body, 13));
        let layout = split(&text);
        assert_eq!(layout.items.len(), 1, "{:#?}", layout.items);
        let item = &layout.items[0];
        assert_eq!(item.kicker.as_deref(), Some("扩大书屋藏书，丰富借阅方式"));
        assert_eq!(item.title.as_deref(), Some("巷口书屋，越办越热闹（走访·街坊生活）"));
    }

    /// `text` broken into lines of `width` characters (a column of PDF text).
    pub(super) fn column(text: &str, width: usize) -> String {
        let chars: Vec<char> = text.chars().collect();
        chars.chunks(width).map(|c| c.iter().collect::<String>() + "\n").collect()
    }

    /// The role of the paragraph of `text` whose first line starts with `start`.
    fn role_of(text: &str, start: &str) -> Role {
        let lines = classify_lines(text);
        let paras = build_paragraphs(&lines);
        paras.iter().find(|p| lines[p.lines[0]].text.starts_with(start)).unwrap().role
    }

    fn titles(layout: &Layout) -> Vec<Option<&str>> {
        layout.items.iter().map(|i| i.title.as_deref()).collect()
    }

    const LONG_A: &str = "今年以来，全市上下坚持稳中求进工作总基调，统筹推进各项工作，经济运行总体平稳，发展质量稳步提升，民生保障持续加强，社会大局和谐稳定，为全年目标任务的完成打下了坚实基础。";
    const LONG_B: &str = "春节过后，一年一度的春季招聘在各地陆续拉开帷幕，吸引众多求职者前来应聘，企业纷纷推出新岗位，人力资源部门搭建线上线下平台，帮助务工人员尽快返岗就业，让企业尽早复工复产。";

    #[test]
    fn a_closing_note_ends_the_article_before_an_untitled_body() {
        // A's headline is above it, B's below; only the note tells where A ends.
        for note in ["（作者为某大学教授）", "（相关报道见第五版）"] {
            let text = format!("标题甲在这里\n{}{note}\n\n{}\n标题乙在这里\n", column(LONG_A, 14), column(LONG_B, 14));
            let layout = split(&text);
            assert_eq!(titles(&layout), vec![Some("标题甲在这里"), Some("标题乙在这里")], "{note}");
            assert!(layout.items[0].body.ends_with(note), "{note}");
        }
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
            "{}\n  运动的身影出现在节日\n的街巷里，从城市到乡村，健康生活的\n理念正走进千家万户。\n\n标题乙在这里\n",
            column(LONG_A, 16)
        );
        let layout = split(&text);
        assert_eq!(layout.items.len(), 1);
        assert!(layout.items[0].body.contains("运动的身影出现在节日的街巷里"), "{}", layout.items[0].body);
    }

    #[test]
    fn a_note_broken_by_a_column_blank_stays_one_paragraph_of_its_article() {
        let text = format!(
            "标题甲在这里\n\n{}（作者为某省作家\n\n协会副主席）\n\n\n青年导演正成为创作主力军（艺海观澜）\n\n{}",
            column(LONG_A, 14),
            column(LONG_B, 14)
        );
        let layout = split(&text);
        assert_eq!(layout.items.len(), 2);
        assert!(layout.items[0].body.ends_with("（作者为某省作家协会副主席）"), "{}", layout.items[0].body);
        assert_eq!(layout.items[1].title.as_deref(), Some("青年导演正成为创作主力军（艺海观澜）"));
    }

    #[test]
    fn a_speaker_line_ending_on_a_colon_is_the_kicker_of_the_title_below() {
        let text = format!(
            "标题甲在这里\n\n{}\n{}\n城东街道社区书记李春梅：\n每天要接近500个电话（民生一线 温暖同行）\n",
            column(LONG_A, 13),
            column(LONG_B, 16)
        );
        let layout = split(&text);
        assert_eq!(titles(&layout), vec![Some("标题甲在这里"), Some("每天要接近500个电话（民生一线 温暖同行）")]);
        assert_eq!(layout.items[1].kicker.as_deref(), Some("城东街道社区书记李春梅："));
        assert!(layout.items[1].body.ends_with("尽早复工复产。"), "{}", layout.items[1].body);
    }

    #[test]
    fn a_contact_line_under_the_closing_note_stays_with_its_article() {
        let text = format!(
            "{}\n  （作者为本报记者）\n  栏目投稿邮箱：lanmu2027@\nexample.com\n\n好日子，是干出来的（基层走笔）\n\n核心阅读\n\n{}\n标题乙在这里\n",
            column(LONG_A, 15),
            column(LONG_B, 16)
        );
        let layout = split(&text);
        assert_eq!(titles(&layout), vec![Some("好日子，是干出来的（基层走笔）"), Some("标题乙在这里")]);
        assert!(layout.items[0].body.ends_with("栏目投稿邮箱：lanmu2027@example.com"), "{}", layout.items[0].body);
    }

    #[test]
    fn four_headline_lines_between_two_bodies_are_two_kicker_and_title_pairs() {
        // A's kicker and title below it, B's above it, every line a block of its own.
        let text = format!(
            "{}\n省青年联赛\n\n东城队打出一场逆转仗\n\n2027年少年游泳锦标赛\n\n将保留接力项目并增加公开水域项目\n\n{}",
            column(LONG_A, 13),
            column(LONG_B, 13)
        );
        let layout = split(&text);
        assert_eq!(titles(&layout), vec![Some("东城队打出一场逆转仗"), Some("将保留接力项目并增加公开水域项目")]);
        assert_eq!(layout.items[1].kicker.as_deref(), Some("2027年少年游泳锦标赛"));
    }

    #[test]
    fn a_headline_goes_with_the_body_that_shares_its_words() {
        // A and B meet at a weak break (one blank, another column width), which alone reads as
        // one article, with the next headline for C. Only the words say that the first
        // headline is B's, set after it.
        let library = "市图书馆近日推出夜间阅读服务，每天晚上开放到十点，自习区和少儿区全部开放，不少市民\
            下班后专程赶来看书，图书馆还为夜读的读者准备了热水和台灯。馆长介绍，夜间开放以来，每晚到馆读者超过\
            三百人次，图书借阅量比去年同期增长两成。为了方便读者，图书馆还开通了线上预约，读者在手机上就能查到\
            空余座位，到馆后扫码入座。不少年轻人说，下班后来这里读一会儿书，一天的疲惫都消散了，希望这项服务能\
            一直办下去。";
        let (a, c) = (column(LONG_A, 12), column(LONG_B, 12));
        let text = format!(
            "稳中求进开新局\n\n{a}{a}\n{}夜间阅读服务受欢迎\n\n春季招聘拉开帷幕\n\n{c}{c}",
            column(library, 15)
        );
        let layout = split(&text);
        assert_eq!(titles(&layout), vec![Some("稳中求进开新局"), Some("夜间阅读服务受欢迎"), Some("春季招聘拉开帷幕")]);
    }

    #[test]
    fn a_run_from_an_opening_dateline_to_a_closing_one_is_two_articles() {
        // A opens with its dateline (headline above), B closes with one (headline below); the two
        // meet at one blank line with no other break, B set a little narrower than A. B has two
        // paragraphs: the cut goes where the column changes, not between them.
        let night = "区文化馆最近开设了周末公益课堂，书法、剪纸、合唱等课程全部免费，报名的居民从小学生到\
            七旬老人都有，不少课程一开放报名就满员了。";
        let text = format!(
            "标题甲在这里\n\n{}\n{}\n{}（本报东京3月2日电）\n标题乙在这里\n",
            column(&format!("本报北京3月2日电 {LONG_A}"), 13),
            column(LONG_B, 12),
            column(night, 12)
        );
        let layout = split(&text);
        assert_eq!(titles(&layout), vec![Some("标题甲在这里"), Some("标题乙在这里")]);
        assert!(layout.items[1].body.starts_with("春节过后"), "{}", layout.items[1].body);
    }

    #[test]
    fn a_headline_between_a_closing_dateline_and_an_opening_one_is_not_taken_across_both() {
        // Read as A + B then 乙 + C, each item would have one headline; but A opens with a
        // dateline and B closes with one, so 乙 is B's, set after it, and C is untitled.
        let text = format!(
            "标题甲在这里\n\n{}\n{}（本报东京3月2日电）\n标题乙在这里\n\n{}",
            column(&format!("本报北京3月2日电 {LONG_A}"), 13),
            column(LONG_B, 12),
            column("本报上海3月2日电 区文化馆最近开设了周末公益课堂，书法、剪纸、合唱等课程全部免费。", 12)
        );
        let layout = split(&text);
        assert_eq!(titles(&layout), vec![Some("标题甲在这里"), Some("标题乙在这里"), None]);
    }

    #[test]
    fn a_heading_over_a_list_of_bullet_points_is_an_intertitle() {
        // Headlines after their bodies; the heading over the bullets is not A's headline.
        let text = format!(
            "{}\n春季招聘拉开帷幕\n\n{}\n居家小贴士\n\n◆饭前便后勤洗手，\n用肥皂和流动的水\n\n◆每天开窗通风，\n每次半小时\n\n\
             ◆少去人多的地方，\n出门戴好口罩\n\n稳中求进开新局\n",
            column(LONG_B, 12),
            column(LONG_A, 14)
        );
        let layout = split(&text);
        assert_eq!(titles(&layout), vec![Some("春季招聘拉开帷幕"), Some("稳中求进开新局")]);
        assert!(layout.items[1].body.contains("居家小贴士"), "{}", layout.items[1].body);
    }

    #[test]
    fn two_headline_lines_set_tight_are_parted_by_their_words() {
        // A's title after it and B's before it, with no blank between the two.
        let text = format!("{}稳中求进开新局\n春季招聘拉开帷幕\n\n{}", column(LONG_A, 12), column(LONG_B, 12));
        let layout = split(&text);
        assert_eq!(titles(&layout), vec![Some("稳中求进开新局"), Some("春季招聘拉开帷幕")]);
    }

    #[test]
    fn a_caption_in_two_paragraphs_set_tight_stays_together_over_its_photo_source() {
        let text = format!(
            "春季招聘拉开帷幕\n\n{}\n{}\n{}\n影像中国\n\n争分夺秒（体育镜头）\n\n{}会议开幕\n",
            column(LONG_B, 16),
            "3月1日，少年组选手王晓明冲过终点。",
            "当日，在某地举行的短道速滑邀请赛中，王晓明获得男子500米铜牌。",
            column(LONG_A, 12)
        );
        let layout = split(&text);
        assert_eq!(titles(&layout), vec![Some("春季招聘拉开帷幕"), Some("争分夺秒（体育镜头）"), Some("会议开幕")]);
        assert!(layout.items[1].body.starts_with("3月1日，少年组"), "{}", layout.items[1].body);
    }

    #[test]
    fn a_brief_set_narrower_than_the_articles_around_it_stays_one_paragraph() {
        let brief =
            "本报北京3月2日电 （记者林晓东）市气象台2日发布消息，受冷空气影响，本周后半段全市将有一次明显的降温过程。";
        let text = format!(
            "稳中求进开新局\n\n{}\n大风降温天气来袭\n\n{}\n春季招聘拉开帷幕\n\n{}",
            column(LONG_A, 16),
            column(brief, 13),
            column(LONG_B, 16)
        );
        let layout = split(&text);
        assert_eq!(titles(&layout), vec![Some("稳中求进开新局"), Some("大风降温天气来袭"), Some("春季招聘拉开帷幕")]);
        assert!(layout.items[1].body.ends_with("明显的降温过程。"), "{}", layout.items[1].body);
    }

    #[test]
    fn a_doubled_number_over_a_title_is_part_of_the_headline() {
        let text = format!(
            "{}\n\n86个86个\n““乡村阅读之乡乡村阅读之乡””公布公布\n\n本报讯 {}",
            column(LONG_A, 14),
            column(LONG_B, 14)
        );
        assert_eq!(role_of(&text, "86个"), Role::Headline);
        let layout = split(&text);
        let item = layout.items.last().unwrap();
        assert_eq!((item.kicker.as_deref(), item.title.as_deref()), (None, Some("86个“乡村阅读之乡”公布")));
    }

    #[test]
    fn a_headline_paragraph_run_together_from_two_titles_is_parted_by_their_words() {
        // A's kicker and title after it; B's title right under, the lines read as one paragraph.
        let text = format!(
            "{}全市民生保障持续加强\n\n经济运行平稳发展质量稳步提升\n春季招聘在全省各地陆续拉开帷幕\n企业纷纷推出新岗位\n本报讯 {}",
            column(LONG_A, 16),
            column(LONG_B, 15)
        );
        let layout = split(&text);
        assert_eq!(
            titles(&layout),
            vec![Some("经济运行平稳发展质量稳步提升"), Some("春季招聘在全省各地陆续拉开帷幕企业纷纷推出新岗位")]
        );
        assert_eq!(layout.items[0].kicker.as_deref(), Some("全市民生保障持续加强"));
    }

    #[test]
    fn a_column_tag_with_brackets_inside_does_not_run_on_across_a_blank() {
        assert!(paragraphs::is_one_bracket_group("（法规问答·新规落地满月谈（二））"));
        assert!(!paragraphs::is_one_bracket_group("（上）春雨（下）"));
        // The tag as wide as the column, after its title: the line under the blank is not its.
        let text = format!(
            "{}\n网上开店，规矩要守牢记心上\n（法规问答·新规落地满月谈（二））\n\n湖上收残荷\n",
            column(LONG_A, 16)
        );
        let lines = classify_lines(&text);
        let tag = lines.iter().position(|l| l.text.starts_with("（法规")).unwrap();
        assert!(!paragraphs::continues(&lines, tag, tag + 2, false, 1));
    }

    #[test]
    fn a_photo_credit_wrapped_before_its_last_character_is_read() {
        let text = "春耕时节\n\n3月2日，某县的种植户在育苗棚内查看黄瓜苗长势。 新华社记者 李 明\n摄\n";
        let layout = split(text);
        assert_eq!(layout.items.len(), 1);
        let item = &layout.items[0];
        assert_eq!(item.kind, ItemKind::Photo);
        assert_eq!(item.credits, vec![Credit { role: "摄影".into(), names: vec!["李明".into()] }]);
        assert!(item.body.ends_with("长势。"), "{}", item.body);

        // A cartoon's two credits wrapped over two lines.
        let text =
            "漫画\n\n课堂搬到网上，老师在线批改作业。这正是：\n\n停课不停学，\n\n教学照常进行。 林 一图\n方 晓文\n";
        let layout = split(text);
        assert_eq!(layout.items.len(), 1);
        let names: Vec<&str> =
            layout.items[0].credits.iter().flat_map(|c| c.names.iter().map(String::as_str)).collect();
        assert_eq!(names, vec!["林一", "方晓"]);
        assert!(layout.items[0].body.ends_with("教学照常进行。"), "{}", layout.items[0].body);
    }

    #[test]
    fn a_wide_caption_paragraph_goes_with_the_caption_below_not_the_column_above() {
        // Both breaks are weak (one blank, another width): the caption's two paragraphs are set
        // at the same photo width, the article above at its column.
        let text = format!(
            "河湾镇编写镇志记录乡村记忆\n\n{}\n{}\n\n{}\n\n新华社记者 李明摄\n\n闹元宵\n本报讯 {}\n春季招工\n",
            column(LONG_A, 12),
            "正月十五前夕，山区小镇的锣鼓队天不亮就开始排练，队员大多是附近种果树的农户，一到过年就成了鼓手。",
            "这支锣鼓队成立于上世纪八十年代，每逢节日都要走街串巷表演，吸引不少游客跟着队伍拍照。",
            column(LONG_B, 14)
        );
        let layout = split(&text);
        assert_eq!(titles(&layout), vec![Some("河湾镇编写镇志记录乡村记忆"), Some("闹元宵"), Some("春季招工")]);
        assert!(layout.items[1].body.starts_with("正月十五前夕"), "{}", layout.items[1].body);
    }

    #[test]
    fn a_brief_reporting_from_two_places_keeps_its_second_dateline() {
        let text = format!(
            "标题甲在这里\n\n{}\n{}\n{}\n“侨乡春晚”走进南非和日本两地\n■记 者 陈立\n",
            column(LONG_A, 14),
            column("本报开普敦3月2日电 “侨乡春晚”2027年南非侨界新春联欢会1日在开普敦举行，吸引观众两千余人。", 14),
            column("本报大阪3月2日电 （记者王晓明）“侨乡春晚”慰侨演出2月28日首次在日本大阪举行，约600人到场观看。", 14),
        );
        let layout = split(&text);
        assert_eq!(titles(&layout), vec![Some("标题甲在这里"), Some("“侨乡春晚”走进南非和日本两地")]);
        assert!(layout.items[1].body.contains("大阪"), "{}", layout.items[1].body);
    }

    #[test]
    fn a_labelled_paragraph_wrapped_at_the_column_width_is_body_text() {
        let text = format!(
            "{}\n数字经济与“新动能”（新知）\n\n【人物】守候在零点25分的站\n台职工夫妻\n{}\n从小站月台走向诗和远方\n",
            column(LONG_A, 13),
            column(LONG_B, 13)
        );
        let layout = split(&text);
        assert_eq!(titles(&layout), vec![Some("数字经济与“新动能”（新知）"), Some("从小站月台走向诗和远方")]);
        assert!(layout.items[1].body.starts_with("【人物】守候在零点25分的站台职工夫妻"), "{}", layout.items[1].body);
    }

    #[test]
    fn a_lead_in_ending_on_a_dash_is_the_kicker_of_the_title_below_even_after_a_sentence() {
        let text = format!(
            "标题甲在这里\n\n{}\n盘活闲置厂房，建乡村书屋、展览馆。江南某县乡镇——\n\n公共空间，怎样“活”起来\n（解码·乡村公共空间利用）\n\n核心阅读\n\n{}",
            column(LONG_A, 12),
            column(LONG_B, 14)
        );
        let layout = split(&text);
        assert_eq!(
            titles(&layout),
            vec![Some("标题甲在这里"), Some("公共空间，怎样“活”起来（解码·乡村公共空间利用）")]
        );
        assert_eq!(layout.items[1].kicker.as_deref(), Some("盘活闲置厂房，建乡村书屋、展览馆。江南某县乡镇——"));
        assert!(layout.items[0].body.ends_with("坚实基础。"), "{}", layout.items[0].body);
    }

    #[test]
    fn a_question_over_a_column_tag_is_a_title() {
        let text = format!(
            "{}\n怎样科学储存过冬蔬菜？\n（服务窗）\n\n\n{}\n标题乙在这里\n",
            column(LONG_A, 12),
            column(LONG_B, 12)
        );
        let layout = split(&text);
        assert_eq!(titles(&layout), vec![Some("怎样科学储存过冬蔬菜？（服务窗）"), Some("标题乙在这里")]);
    }

    #[test]
    fn the_summary_under_a_summary_label_is_body_text_however_short_its_first_line() {
        let text = format!(
            "标题甲在这里\n\n{}（作者为某大学教授）\n\n核心阅读\n  从过去靠“借船出海”\n起步，到如今自主创新、\n产品远销几十个国家和地\n区，本地工厂的设计和品\n质越来越受认可。这离不\n开持续不断的研发投入，\n也离不开开放合作的市场\n环境。\n\n{}\n标题乙在这里\n",
            column(LONG_A, 14),
            column(LONG_B, 11)
        );
        let layout = split(&text);
        assert_eq!(titles(&layout), vec![Some("标题甲在这里"), Some("标题乙在这里")]);
        assert!(layout.items[1].body.starts_with("核心阅读\n从过去靠“借船出海”"), "{}", layout.items[1].body);
        // Read as a heading, the short first line would be an intertitle; it is text.
        assert_eq!(role_of(&text, "从过去"), Role::Body);
    }

    #[test]
    fn a_kicker_and_title_set_tight_above_a_body_take_no_third_line() {
        // A's kicker and title below it, each a block; B's kicker and title in one block above it.
        let text = format!(
            "{}\n少年队拿到全国决赛入场券 女子组夺得两项团体冠军\n\n拼来了胜利 拼出了信心\n\n全市青少年围棋公开赛\n新秀取得两连胜\n{}",
            column(LONG_A, 12),
            column(LONG_B, 11)
        );
        let layout = split(&text);
        assert_eq!(layout.items.len(), 2);
        assert_eq!(layout.items[0].title.as_deref(), Some("拼来了胜利 拼出了信心"));
        assert_eq!(layout.items[0].kicker.as_deref(), Some("少年队拿到全国决赛入场券 女子组夺得两项团体冠军"));
        assert!(layout.items[1].title.as_deref().is_some_and(|t| t.ends_with("新秀取得两连胜")));
    }

    #[test]
    fn a_dateline_on_a_line_of_its_own_opens_the_paragraph_below() {
        let text = format!(
            "标题甲在这里\n\n{}\n市商务局暂停办理相关展会的审批、备案\n\n\n本报北京3月2日电\n{}",
            column(LONG_A, 15),
            column(
                "（记者张明）市商务局2日举行的例行新闻发布会上，新闻发言人表示，相关展会的审批、备案工作已经暂停办理。",
                12
            )
        );
        let layout = split(&text);
        assert_eq!(titles(&layout), vec![Some("标题甲在这里"), Some("市商务局暂停办理相关展会的审批、备案")]);
        assert_eq!(layout.items[1].credits, vec![Credit { role: "记者".into(), names: vec!["张明".into()] }]);
        assert!(layout.items[1].body.starts_with("本报北京3月2日电（记者张明）市商务局"), "{}", layout.items[1].body);
    }

    #[test]
    fn a_heading_like_paragraph_between_two_bullets_is_part_of_the_list() {
        let text = format!(
            "{}\n蔬菜这样吃更健康\n\n  ■水煮蔬菜的营养损失并不大。\n多数蔬菜里的维生素和矿物质大多\n能够保留下来，不会因为加热而流失\n\n  ■蔬菜在冰箱里存放会慢慢变\n质，放得越久营养就越少。只要\n及时食用，蔬菜的营养价值是有保\n障的\n\n{}",
            column(LONG_A, 16),
            column(LONG_B, 16)
        );
        let layout = split(&text);
        assert_eq!(layout.items.len(), 2, "{:?}", titles(&layout));
        assert!(layout.items[1].body.contains("多数蔬菜里的维生素"), "{}", layout.items[1].body);
        assert_eq!(role_of(&text, "多数蔬菜"), Role::Body);
    }

    #[test]
    fn a_list_of_tips_with_its_source_note_is_text_and_a_title_may_have_commas_in_its_tag() {
        let text = format!(
            "{}\n出行提示\n\n◆雨天尽量少出门\n\n◆出门带好雨具\n\n  ◆及时关注天气预报，\n留意各类预警信息\n\n  ◆不在低洼处停车，雨大时\n远离河道和涵洞\n\n资料来源：市气象局、市应\n急管理局\n\n防范风险，从日常小事做起（读者来信·面对寒潮，我们怎么办①）\n",
            column(LONG_A, 12)
        );
        assert_eq!(role_of(&text, "◆雨天尽量少出门"), Role::Body);
        assert_eq!(role_of(&text, "◆出门带好雨具"), Role::Body);
        assert_eq!(role_of(&text, "资料来源"), Role::Body);
        assert_eq!(role_of(&text, "防范风险"), Role::Headline);
    }

    #[test]
    fn a_first_line_broken_by_a_column_blank_runs_on_into_the_rest_of_its_word() {
        // The page lost its indents; the paragraph's first line fills the column, a column-break
        // blank follows, and the next line starts with the end of a word (`免、`).
        let text = format!(
            "{}图书馆面向全市读者推出了涵盖借阅减\n\n免、讲座和亲子活动在内的八项服务，\n受到读者欢迎。\n",
            column(LONG_A, 16)
        );
        assert_eq!(role_of(&text, "图书馆面向"), Role::Body);
        let layout = split(&text);
        assert!(layout.items[0].body.contains("借阅减免、讲座"), "{}", layout.items[0].body);
    }

    #[test]
    fn a_bullet_point_that_lost_its_indent_runs_on_into_its_sentence() {
        let text = format!(
            "标题甲在这里\n\n{}\n标题乙在这里\n\n\n■维生素和矿物质不\n是一回事。很多蔬菜\n里的维生素怕热，矿物质\n却不怕煮。\n",
            column(LONG_A, 13)
        );
        assert_eq!(role_of(&text, "■维生素"), Role::Body);
        assert_eq!(titles(&split(&text)), vec![Some("标题甲在这里"), Some("标题乙在这里")]);
    }

    #[test]
    fn a_short_first_line_that_lost_its_indent_flows_into_a_line_that_starts_mid_sentence() {
        let text = format!(
            "{}\n庙会上的年味飘散在\n的大街小巷，从老人到孩子，\n人人脸上都挂着笑容。\n\n标题乙在这里\n",
            column(LONG_A, 16)
        );
        assert_eq!(role_of(&text, "庙会上的年味"), Role::Body);
    }

    #[test]
    fn a_short_first_line_runs_on_into_a_bracket_that_text_follows() {
        let text = format!(
            "{}\n标题乙在这里\n\n市图书馆联盟\n{}",
            column(LONG_A, 16),
            column("（CLA）日前宣布，全市各分馆将统一开放时间，读者可在手机上预约座位，到馆后扫码入座。", 16)
        );
        assert_eq!(role_of(&text, "市图书馆联盟"), Role::Body);
        // A column tag on a line of its own stays with its title.
        assert_eq!(
            role_of(&format!("{}\n标题乙在这里\n（民生观）\n\n{}", column(LONG_A, 16), column(LONG_B, 16)), "标题乙"),
            Role::Headline
        );
    }

    #[test]
    fn a_first_line_short_by_its_lost_indent_is_measured_against_the_column_below() {
        // The article above is set 16 wide, this one 12; its first line lost its indent.
        let text = format!(
            "{}\n标题乙在这里\n\n春季招聘会上的新岗\n{}",
            column(LONG_A, 16),
            column("位多、待遇好，吸引了不少年轻人到场咨询，人社部门还在网上开设专区，方便外地的人报名。", 12)
        );
        assert_eq!(role_of(&text, "春季招聘会上的新岗"), Role::Body);
    }

    #[test]
    fn a_fake_bold_quote_ending_like_a_sentence_is_a_headline() {
        let text =
            format!("{}\n““明年还来这里过年明年还来这里过年！！””\n\n{}", column(LONG_A, 16), column(LONG_B, 16));
        assert_eq!(role_of(&text, "““明年"), Role::Headline);
        assert_eq!(split(&text).items[1].title.as_deref(), Some("“明年还来这里过年！”"));
    }

    #[test]
    fn a_body_between_two_headlines_is_parted_where_their_words_meet() {
        // A (headline above) and B (headline below) run on with no break at all: only a new
        // indented paragraph. A's last paragraph has neither headline's words and stays with A.
        let library = "　　市图书馆近日推出夜间阅读服务，每天晚上开放到十点，自习区和少儿区全部开放，不少市民下班后专程赶来看书。";
        let text = format!(
            "夜间阅读服务受欢迎\n\n{}{}{}春季招聘拉开帷幕\n",
            column(library, 15),
            column(&format!("　　{LONG_A}"), 15),
            column(&format!("　　{LONG_B}"), 15)
        );
        let layout = split(&text);
        assert_eq!(titles(&layout), vec![Some("夜间阅读服务受欢迎"), Some("春季招聘拉开帷幕")]);
        assert!(layout.items[0].body.ends_with("坚实基础。"), "{}", layout.items[0].body);
        assert!(layout.items[1].body.starts_with("春节过后"), "{}", layout.items[1].body);
    }

    #[test]
    fn a_body_parted_by_headline_words_is_cut_more_readily_than_an_unbroken_run() {
        // A and B meet at one blank line in the same column; B's headline is below it, right
        // above C's headline. Read as one, B's headline would go down to C as its kicker.
        let library =
            "市图书馆近日推出夜间阅读服务，每天晚上开放到十点，自习区和少儿区全部开放，不少市民下班后专程赶来看书。";
        let text = format!(
            "夜间阅读服务受欢迎\n\n{}\n{}\n春季招工\n\n全市经济稳中求进开新局\n\n{}",
            column(library, 14),
            column(LONG_B, 14),
            column(LONG_A, 16)
        );
        let layout = split(&text);
        assert_eq!(titles(&layout), vec![Some("夜间阅读服务受欢迎"), Some("春季招工"), Some("全市经济稳中求进开新局")]);
    }

    #[test]
    fn a_body_is_not_parted_when_a_headline_s_words_run_through_both_parts() {
        // The library story's last paragraph mentions the job fair (the next headline's words)
        // and the library (its own headline's): one article on related matters, not two.
        let bodies = |second: &str| {
            let text = format!(
                "市图书馆夜间开放受欢迎\n\n{}{}春季招聘拉开帷幕\n\n{}",
                column("　　市图书馆近日推出夜间阅读服务，每天晚上开放到十点，不少市民下班后专程赶来看书。", 15),
                column(second, 15),
                column(LONG_B, 15)
            );
            let lines = classify_lines(&text);
            let mut paras = build_paragraphs(&lines);
            let segs = build_segments(&lines, &paras);
            let keys = HeadlineKeys::new(&segs, &lines, &paras);
            let segs = affinity::part_bodies_between_headlines(segs, &lines, &mut paras, &keys);
            segs.iter().filter(|s| matches!(s, Seg::Body(_))).count()
        };
        assert_eq!(bodies("　　图书馆还将在三月举办春季招聘信息讲座，帮助读者了解就业政策。"), 2);
        assert_eq!(bodies("　　三月还将举办春季招聘信息讲座，帮助求职的人了解就业政策。"), 3);
    }

    /// Two briefs of a series (a title, a bare `本报电`, the writer's name), as laid out under or
    /// over a banner.
    fn brief_series() -> String {
        format!(
            "市图书馆推出夜间阅读服务\n{}（林 一）\n\n春季招聘会本周末举行\n{}（方 晓）\n",
            column("本报电 市图书馆近日推出夜间阅读服务，每天晚上开放到十点，不少市民下班后专程赶来看书。", 15),
            column("本报电 本周末，市人才市场将举办春季招聘会，两百多家企业带来三千多个岗位，欢迎求职者前往。", 15)
        )
    }

    #[test]
    fn a_series_of_briefs_under_a_banner_is_one_item() {
        let text = format!("经济短讯\n\n{}\n稳中求进开新局\n\n{}", brief_series(), column(LONG_A, 12));
        let layout = split(&text);
        assert_eq!(layout.items.len(), 2, "{:?}", titles(&layout));
        assert!(layout.items[0].body.contains("春季招聘会本周末举行"), "{}", layout.items[0].body);
        assert!(layout.items[0].body.ends_with("（方 晓）"), "{}", layout.items[0].body);
        assert_eq!(layout.items[0].title.as_deref(), Some("经济短讯"));
        assert!(layout.items[0].body.starts_with("市图书馆推出夜间阅读服务\n本报电"), "{}", layout.items[0].body);
    }

    #[test]
    fn a_banner_after_a_series_of_briefs_is_the_series_headline() {
        // Headlines after their bodies: the banner below the series is its own, not the next
        // article's.
        let text = format!("{}\n经济短讯\n\n{}稳中求进开新局\n", brief_series(), column(LONG_A, 12));
        let layout = split(&text);
        assert_eq!(layout.items.len(), 2, "{:?}", titles(&layout));
        assert_eq!(layout.items[1].title.as_deref(), Some("稳中求进开新局"));
        assert!(layout.items[0].body.contains("春季招聘会本周末举行"), "{}", layout.items[0].body);
        assert_eq!(layout.items[0].title.as_deref(), Some("经济短讯"));
    }

    /// A headline, an introduction and two told stories, each with its title, the teller's name
    /// (`…讲述`) and the reporter who wrote it up (`…整理`).
    fn told_stories() -> String {
        let story = |title: &str, text: &str, teller: &str, writer: &str| {
            format!("{title}\n{}\n{teller}讲述\n\n本报记者 {writer}整理\n\n", column(text, 13))
        };
        format!(
            "新年新打算\n\n{}\n{}{}",
            column("　　新的一年开始了，几位村民说起了新年的心愿。", 13),
            story(
                "多养几头牛",
                "　　今年我打算多养几头牛，再把屋后的菜地收拾出来，日子一定越过越好。",
                "某县某村村民张三",
                "王五"
            ),
            story(
                "开个小超市",
                "　　村里路修好了，来往的人多了，我想在村口开个小超市，方便大家买东西。",
                "某县某村村民李四",
                "赵六"
            ),
        )
    }

    #[test]
    fn told_stories_under_one_headline_are_one_article() {
        // The article after the stories has its headline below it.
        let text = format!("{}{}稳中求进开新局\n", told_stories(), column(LONG_A, 16));
        let layout = split(&text);
        assert_eq!(titles(&layout), vec![Some("新年新打算"), Some("稳中求进开新局")]);
        let first = &layout.items[0];
        assert!(first.body.contains("开个小超市") && first.body.contains("某县某村村民李四讲述"), "{}", first.body);
        assert!(layout.items[1].credits.is_empty(), "{:?}", layout.items[1].credits);
    }

    /// Two readers' letters, each with its title and the writer's place and name under it.
    fn two_letters(first: &str, second: &str) -> String {
        format!(
            "{first}\n\n{}\n某省某某市 林 一\n\n{second}\n\n{}\n某省某某县 方 晓\n",
            column("　　最近小区里的路灯坏了好几盏，晚上出门很不方便，希望物业早点修好。", 13),
            column("　　学校门口的斑马线已经看不清了，孩子们上学过马路让人担心，建议尽快重新划线。", 13)
        )
    }

    #[test]
    fn readers_letters_under_a_banner_are_one_item_under_it() {
        // The second banner is short, a column name, and stands right over its first letter's
        // text: it is not one more letter's title.
        let text = format!(
            "来信选登\n\n{}\n街谈巷议\n\n{}某省某某区 陈 言\n",
            two_letters("路灯坏了没人修", "斑马线该重新划了"),
            column("　　公交站台上连一把座椅都没有，老人等车只能站着，希望有关部门想想办法。", 15)
        );
        let layout = split(&text);
        assert_eq!(titles(&layout), vec![Some("来信选登"), Some("街谈巷议")]);
        assert!(layout.items[0].body.starts_with("路灯坏了没人修\n"), "{}", layout.items[0].body);
        assert!(layout.items[0].body.contains("斑马线该重新划了"), "{}", layout.items[0].body);
    }

    #[test]
    fn an_unindented_contact_line_is_text_not_a_headline() {
        let text = format!(
            "标题甲在这里\n\n{}（作者为本市作家）\n电子信箱：lanmu2027@\nexample.com\n\n标题乙在这里\n\n{}",
            column(LONG_A, 13),
            column(LONG_B, 13)
        );
        assert_eq!(role_of(&text, "电子信箱"), Role::Body);
        let layout = split(&text);
        assert_eq!(titles(&layout), vec![Some("标题甲在这里"), Some("标题乙在这里")]);
        assert!(layout.items[0].body.ends_with("电子信箱：lanmu2027@example.com"), "{}", layout.items[0].body);
    }

    #[test]
    fn a_kicker_and_title_after_told_stories_open_the_next_article() {
        let text = format!("{}全市经济运行平稳\n稳中求进开新局\n\n{}", told_stories(), column(LONG_A, 13));
        let layout = split(&text);
        assert_eq!(layout.items.len(), 2, "{:?}", titles(&layout));
        assert_eq!(layout.items[0].title.as_deref(), Some("新年新打算"));
        assert!(layout.items[1].body.starts_with("今年以来"), "{}", layout.items[1].body);
    }

    #[test]
    fn a_byline_under_a_headline_set_after_its_body_stays_with_it() {
        // A: body, headline, byline; B: headline, body.
        let text =
            format!("{}春季招聘拉开帷幕\n■记者 林 一\n\n稳中求进开新局\n\n{}", column(LONG_B, 16), column(LONG_A, 14));
        let layout = split(&text);
        assert_eq!(titles(&layout), vec![Some("春季招聘拉开帷幕"), Some("稳中求进开新局")]);
        assert_eq!(layout.items[0].credits, vec![Credit { role: "记者".into(), names: vec!["林一".into()] }]);
        assert!(layout.items[1].credits.is_empty(), "{:?}", layout.items[1].credits);
    }

    #[test]
    fn a_banner_over_the_layout_credit_is_an_item_of_its_own() {
        // The page's banner and its layout credit, then an article with its headline after its
        // body (or before it): the banner is not the article's second headline.
        for (article, title_first) in [
            (format!("{}稳中求进开新局\n", column(LONG_A, 16)), false),
            (format!("稳中求进开新局\n\n{}", column(LONG_A, 16)), true),
        ] {
            let text = format!("2027年3月2日 星期二 第5版 要闻\n\n同心协力办好民生实事\n（来自基层一线的报道）\n版式设计：林 一\n\n\n{article}");
            let layout = split(&text);
            assert_eq!(
                titles(&layout),
                vec![Some("同心协力办好民生实事（来自基层一线的报道）"), Some("稳中求进开新局")],
                "{title_first}"
            );
            assert_eq!(layout.items[0].body, "");
            assert!(layout.items[1].body.starts_with("今年以来"), "{}", layout.items[1].body);
        }
    }
}
