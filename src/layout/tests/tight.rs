//! Tight text: no blank lines and no indents, as PDFium, pdf.js and `pdftotext -raw` copy an
//! e-paper page. Headlines sit right on the text around them.

use super::super::cues::marks::{self, closing_note_text, is_dateline_note};
use super::*;

/// `n` paragraphs of body text in a 15-wide column, no blank lines, no indents.
fn tight_body(n: usize) -> String {
    (0..n).map(|i| column(if i % 2 == 0 { LONG_A } else { LONG_B }, 15)).collect()
}

#[test]
fn a_first_line_ending_on_a_column_tag_is_a_title_in_tight_text() {
    let text = format!("{}传递体育的正能量（体坛观澜）\n{}", tight_body(4), tight_body(4));
    assert_eq!(role_of(&text, "传递体育"), Role::Headline);
    let lines = classify_lines(&text);
    let paras = build_paragraphs(&lines);
    let title = paras.iter().find(|p| lines[p.lines[0]].text.starts_with("传递体育")).unwrap();
    assert_eq!(title.lines.len(), 1, "the tagged title does not run into the body under it");
    // A title of two phrases parted by a comma is still a title.
    let text = format!("{}变化，不是等出来的（一线行走）\n{}", tight_body(4), tight_body(4));
    assert_eq!(role_of(&text, "变化，"), Role::Headline);
    assert!(!marks::ends_with_column_tag("今年新建学校，扩大学位，增加供给（见图）"), "two commas: a sentence");
    // A title may list words with `、`; a bracket among them is text's (`市（州）、县（市、区）`).
    assert!(marks::ends_with_column_tag("数据分析、人文思维与“慢变量”（新知）"));
    assert!(marks::ends_with_column_tag("广泛、真实、管用的民主（解码）"));
    assert!(!marks::ends_with_column_tag("针对市（州）、县（市、区）"));
    assert!(!marks::ends_with_column_tag("今年新建学校、医院、公园、广场（见图）"), "a long list");
    assert!(!marks::ends_with_column_tag("扩大学位、增加供给，办好教育（见图）"), "a list and a comma");
}

#[test]
fn stacked_headline_lines_without_a_clause_mark_are_not_prose() {
    // One article's subtitle after its body, then the next article's two-line title and its label,
    // all as wide as the column.
    let text = format!(
        "{}李克强同六国总理互致贺电\n习近平回信问候勉励澳门退休\n向全国的老人们致以重阳节祝福\n回信\n{}",
        tight_body(4),
        tight_body(4)
    );
    for start in ["李克强", "习近平回信", "向全国"] {
        assert_eq!(role_of(&text, start), Role::Headline, "{start}");
    }
}

#[test]
fn a_wide_kicker_with_clauses_over_a_narrower_title_is_not_a_paragraph() {
    let text = format!(
        "{}多哈田径世锦赛上，收获三金三银三铜，位列奖牌榜第四\n中国队创最佳战绩（体育大看台）\n{}",
        tight_body(4),
        tight_body(4)
    );
    let lines = classify_lines(&text);
    let paras = build_paragraphs(&lines);
    let kicker = paras.iter().position(|p| lines[p.lines[0]].text.starts_with("多哈")).unwrap();
    assert_eq!(paras[kicker].lines.len(), 1);
    assert_eq!(paras[kicker + 1].role, Role::Headline);
}

#[test]
fn text_with_blank_lines_keeps_the_loose_reading() {
    // The same tagged line in text set with blank lines (the sample's viewer): a blank line, not
    // the tag, marks where a headline stands, so the tight rules stay off.
    let loose = format!("{}\n\n传递体育的正能量（体坛观澜）\n{}\n\n", tight_body(4), tight_body(4)).repeat(3);
    let lines = classify_lines(&loose);
    let paras = build_paragraphs(&lines);
    let first = paras.iter().find(|p| lines[p.lines[0]].text.starts_with("传递体育")).unwrap();
    assert!(first.lines.len() > 1, "in loose text the tagged first line runs on as before");
}

#[test]
fn an_ad_box_with_a_hotline_is_furniture_not_a_title() {
    assert!(marks::is_ad_hotline("服务热线：400-000-0000"));
    assert!(marks::is_ad_hotline("订购电话 010-12345678"));
    assert!(!marks::is_ad_hotline("举报电话12345已开通，市民可随时拨打。"));
    // Article A's title after its body, an ad box at the page's foot, then the next page's
    // header and article B's title over its body.
    let text = format!(
        "{}春季招聘拉开帷幕\n广告\n智慧出行 绿色未来\n服务热线：400-000-0000\n诚信服务 用心经营\n{HEADER}\n稳中求进开新局\n{}",
        tight_body(4),
        tight_body(3)
    );
    let layout = split(&text);
    assert_eq!(titles(&layout), vec![Some("春季招聘拉开帷幕"), Some("稳中求进开新局")]);
    let furniture: Vec<&str> = layout.furniture.iter().map(|f| f.text.as_str()).collect();
    assert_eq!(furniture, ["广告", "智慧出行 绿色未来", "服务热线：400-000-0000", "诚信服务 用心经营", HEADER]);
    // Copy tight over a headline line may be the next article's kicker: it stays a headline.
    let text = format!(
        "{}春季招聘拉开帷幕\n广告\n服务热线：400-000-0000\n诚信服务 用心经营\n稳中求进开新局\n{}",
        tight_body(4),
        tight_body(3)
    );
    assert_eq!(split(&text).items.len(), 2);
}

const HEADER: &str = "人民日报 2019年2月15日 星期五 第5版 评论";

#[test]
fn two_bodies_touching_in_columns_of_other_widths_are_two_articles() {
    // A's title over its body (15 wide), B's body (12 wide) right under it, B's title after.
    let b_body: String = (0..3).map(|_| column(LONG_B, 12)).collect();
    let text = format!("稳中求进开新局\n{}{b_body}春季招聘拉开帷幕\n{HEADER}\n", tight_body(3));
    let layout = split(&text);
    assert_eq!(titles(&layout), vec![Some("稳中求进开新局"), Some("春季招聘拉开帷幕")]);
    // The same B set in A's column is read as A's text: the width is the evidence.
    let same: String = (0..3).map(|_| column(LONG_B, 15)).collect();
    let text = format!("稳中求进开新局\n{}{same}春季招聘拉开帷幕\n{HEADER}\n", tight_body(3));
    assert_eq!(split(&text).items.len(), 1);
}

#[test]
fn a_caption_line_wider_than_the_column_with_a_full_stop_inside_runs_on() {
    let caption = "10月4日，一艘满载集装箱的货轮缓缓驶\n离上海洋山深水港码头。船身与装载的集装箱\n倒影映照在东海海面上，犹如鳞次栉比的城市\n楼宇，错落有致。\n";
    let text = format!("{}{caption}计海新摄\n移动的海上城市\n{}", tight_body(4), tight_body(4));
    let lines = classify_lines(&text);
    let paras = build_paragraphs(&lines);
    let at = paras.iter().find(|p| lines[p.lines[0]].text.starts_with("10月4日")).unwrap();
    assert_eq!(at.lines.len(), 4, "the caption is one paragraph");
}

#[test]
fn fake_bold_copied_as_whole_lines_is_read_once_and_kept() {
    // `pdftotext -raw` repeats a bold title's lines: one line twice, or a two-line title twice.
    for title in [
        "夏荷春拾\n夏荷春拾\n",
        "真正具有包容性的全球\n合作项目（国际论坛）\n真正具有包容性的全球\n合作项目（国际论坛）\n",
    ] {
        let text = format!("{title}{}", tight_body(4));
        let layout = split(&text);
        assert_eq!(layout.items.len(), 1, "{title}");
        let once = title.lines().take(title.lines().count() / 2).collect::<String>();
        assert_eq!(layout.items[0].title.as_deref(), Some(once.as_str()));
        let n = text.lines().count();
        assert_eq!(layout.items[0].spans.first().map(|s| (s[0], s[1])), Some((1, n)), "every line kept");
    }
}

#[test]
fn a_closing_note_wrapped_over_two_lines_ends_its_paragraph() {
    // The note's dateline and reporter wrap at the column; the next article's title and subtitle
    // follow with no break.
    let text = format!(
        "{}（新华社北京10月2\n日电 记者王镜宇）\n不负嘱托 决战东京\n——习近平会见中国女排代表回访\n{}",
        tight_body(4),
        tight_body(4)
    );
    let lines = classify_lines(&text);
    let paras = build_paragraphs(&lines);
    let note = paras.iter().find(|p| lines[p.lines[0]].text.starts_with("（新华社")).unwrap();
    assert_eq!(note.lines.len(), 2, "the note is its two lines");
    assert_eq!(role_of(&text, "不负嘱托"), Role::Headline);
    assert!(is_dateline_note("（新华社北京10月2日电 记者王镜宇）"));
    assert!(!is_dateline_note("（新华社北京10月2日电）"), "a bare dateline is closing_note_text's");
    assert!(closing_note_text("（新华社北京10月2日电 记者王镜宇）").is_none(), "briefs of a compilation close so");
}

/// Two articles whose headlines meet with no blank between: A's title set after its body, B's
/// before its body (PDFium keeps each article's frames in the order they were drawn). Each body
/// is its paragraphs (split at `。`) in a 13-wide column, a paragraph's first line indented (two
/// characters fewer), as PDF text copies them.
fn headlines_meeting(a_body: &str, headlines: &str, b_body: &str) -> Layout {
    let paragraphs = |body: &str| -> String {
        body.split_inclusive('。')
            .map(|para| {
                let chars: Vec<char> = para.chars().collect();
                let first: String = chars[..11.min(chars.len())].iter().collect();
                let rest: String = chars[11.min(chars.len())..].iter().collect();
                format!("{first}\n{}", column(&rest, 13))
            })
            .collect()
    };
    split(&format!("{}{headlines}{}", paragraphs(a_body), paragraphs(b_body)))
}

const HOME_BODY: &str = "春节假期结束，许多年轻人返城时，后备箱里塞满了父母准备的土特产和各种吃食。这份后备箱的爱，承载着父母的牵挂，也寄托着他们对儿女的祝福和期望。我们应当常回家看看，多陪陪父母，把感恩化为行动，而不只是在朋友圈里感动一番。";
const KINDERGARTEN_BODY: &str = "面对学前教育长期投入不足、问题千头万绪的局面，破解入园难需要对症下药。各地应加大投入，扩大普惠性幼儿园资源，补齐师资短板。只有多管齐下，才能让孩子们入园不再难，让家长们真正放心。";

#[test]
fn a_column_tag_ends_the_title_above_when_the_next_title_follows() {
    let layout = headlines_meeting(
        HOME_BODY,
        "感恩“后备箱的爱”（纵横）\n对症下药，破解“入\n园难”（人民时评）\n",
        KINDERGARTEN_BODY,
    );
    let titles: Vec<_> = layout.items.iter().map(|i| i.title.as_deref()).collect();
    assert_eq!(titles, [Some("感恩“后备箱的爱”（纵横）"), Some("对症下药，破解“入园难”（人民时评）")]);
}

#[test]
fn the_end_of_a_wrapped_title_and_its_dashed_subtitle_stay_with_it() {
    let a_body = "中国女排代表回访时，大家表示一定不负嘱托，刻苦训练，在东京奥运会上决战东京，为国争光。郎平在展望东京奥运会时说，队员们要真抓实干，一丝不苟，把每一场比赛打好。";
    let b_body = "铿锵玫瑰最迷人，追梦健儿最美丽。为中华崛起而拼搏，是一代代体育人的心声，激励着后来者奋勇向前，拼搏进取，在赛场上书写新的荣光。";
    let layout = headlines_meeting(
        a_body,
        "不负嘱托 决战东\n京\n——习近平会见中国女排代表回访\n“为中华崛起而拼搏”（人民论坛）\n",
        b_body,
    );
    assert_eq!(layout.items.len(), 2);
    assert_eq!(layout.items[0].title.as_deref().map(marks_free), Some("不负嘱托决战东京".to_string()));
    assert_eq!(layout.items[0].subtitle.as_deref(), Some("——习近平会见中国女排代表回访"));
    assert_eq!(layout.items[1].title.as_deref(), Some("“为中华崛起而拼搏”（人民论坛）"));
}

fn marks_free(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// A headline over the top of its article comes right under the text of another article set in a
/// wider column: it is wider than the column that follows it, so it is no first line of the text
/// under it (`彝海结盟 筑起民族团结的丰碑` / `1月的四川凉山冕宁，`).
#[test]
fn a_headline_wider_than_the_column_under_it_is_not_the_first_line_of_that_text() {
    let narrow: String = (0..4).map(|i| column(if i % 2 == 0 { LONG_A } else { LONG_B }, 11)).collect();
    let text = format!("{}彝海结盟 筑起民族团结的丰碑\n1月的四川凉山冕宁，\n{}", tight_body(4), narrow);
    assert_eq!(role_of(&text, "彝海结盟"), Role::Headline);
    let lines = classify_lines(&text);
    let paras = build_paragraphs(&lines);
    let title = paras.iter().find(|p| lines[p.lines[0]].text.starts_with("彝海结盟")).unwrap();
    assert_eq!(title.lines.len(), 1, "the headline does not run into the text under it");
}

/// A title wrapped up to its column tag, with the text right under it (no blank, no indent), is a
/// paragraph of its own: the tag closes the title.
#[test]
fn a_title_wrapped_up_to_its_column_tag_does_not_run_into_the_text_under_it() {
    let text = format!(
        "{}全国政协委员刘卫昌——\n把话说到百姓心坎上（新春\n走基层·代表委员履职故事）\n“现在家里有多少耕地？收\n入多少？”\n{}",
        tight_body(4),
        tight_body(2)
    );
    assert_eq!(role_of(&text, "把话说到"), Role::Headline);
    let lines = classify_lines(&text);
    let paras = build_paragraphs(&lines);
    let title = paras.iter().find(|p| lines[p.lines[0]].text.starts_with("把话说到")).unwrap();
    assert_eq!(title.lines.len(), 2);
}

/// A lead-in with clauses on one line between another article's title and its own title is a
/// kicker, not a paragraph of text.
#[test]
fn a_clause_line_between_two_headlines_is_a_kicker() {
    let text = format!(
        "{}国家组织药品集中采购和\n使用试点在全国推开\n多哈田径世锦赛上，收获3金3银3铜，位列奖牌榜第四\n中国队 创26年来最佳战绩（体育大看台）\n{}",
        tight_body(4),
        tight_body(4)
    );
    assert_eq!(role_of(&text, "多哈田径"), Role::Headline);
}

/// A dateline wrapped onto a second line (`据新华社伦敦2月14` / `日电 （记者王子江）中`) still opens
/// a paragraph: it does not run on from the title above it.
#[test]
fn a_dateline_wrapped_over_two_lines_opens_its_paragraph() {
    let text = format!(
        "{}斯诺克威尔士公开赛\n丁俊晖赵心童晋级16强\n据新华社伦敦2月14\n日电 （记者王子江）中\n{}",
        tight_body(4),
        column(LONG_A, 12)
    );
    let lines = classify_lines(&text);
    let paras = build_paragraphs(&lines);
    let dateline = paras.iter().find(|p| p.lines.iter().any(|&l| lines[l].text.starts_with("据新华社"))).unwrap();
    assert!(lines[dateline.lines[0]].text.starts_with("据新华社"), "the dateline opens its paragraph");
    assert!(marks::opens_article_over("据新华社伦敦2月14", "日电 （记者王子江）中"));
    assert!(!marks::opens_article_over("本报驻俄罗斯记者屈佩采访整理）", "本报莫斯科10月9日电"));
}

#[test]
fn a_headline_after_its_body_is_weighed_against_all_of_that_body_not_its_last_paragraph() {
    use super::super::affinity::{Affinity, HeadlineKeys, Words};
    // The article's opening paragraphs name the library's evening hours in a 16-wide column; its
    // last one, in a 12-wide column, does not; its title is set after it, the next article's body
    // (12 wide, about spring sowing) right under the title.
    let opening = "市图书馆从本月起把夜间阅读服务延长到晚上九点，读者下班后也能来借书，夜间阅读的人一天比一天多。";
    let last = "馆长说，接下来还会增加座位和充电插座，让大家坐得更舒服，也盼着更多市民常来看看。";
    let next = "眼下，南方的油菜开始抽薹，北方的果园开始修剪，各地农户抢抓农时，备耕生产正当时。";
    let text = format!(
        "{}{}夜间阅读服务受读者青睐（文化视点）\n{}春耕备耕正当时\n",
        column(&opening.repeat(6), 16),
        column(last, 12),
        column(&next.repeat(6), 12)
    );
    let lines = classify_lines(&text);
    let paras = build_paragraphs(&lines);
    let blocks = build_blocks(&lines, &paras);
    let kinds: String = blocks.iter().map(|b| if matches!(b, Block::Body(_)) { 'B' } else { 'H' }).collect();
    assert_eq!(kinds, "BBHBH", "the last paragraph is a body of its own (another column width)");
    let words = Words::new(&blocks, &lines, &paras, HeadlineKeys::new(&blocks, &lines, &paras));
    let lean = Affinity::new(&blocks, &words).lean(2);
    assert!(lean <= -0.4, "the title leans to the article above: {lean}");
}

#[test]
fn text_right_under_a_bracketed_dateline_with_reporters_is_the_next_article() {
    // A's title, its body closing on `（据新华社电 记者…）` wrapped over two lines; B's body right
    // under it, B's title after it.
    let b_body: String = (0..3).map(|_| column(LONG_B, 15)).collect();
    let text = format!(
        "稳中求进开新局\n{}（据新华社电 记者李志浩、\n何军）\n{b_body}春季招聘拉开帷幕\n{HEADER}\n",
        tight_body(3)
    );
    let layout = split(&text);
    assert_eq!(titles(&layout), vec![Some("稳中求进开新局"), Some("春季招聘拉开帷幕")]);
    assert!(layout.items[0].body.ends_with("何军）"), "{}", layout.items[0].body);
}

#[test]
fn a_photo_label_after_its_credit_is_the_photo_s_not_the_next_article_s() {
    // A's body and its title after it; a photo's caption, its credit and its label `图片报道`
    // after them; B's title right under the label, then B's body.
    let text = format!(
        "{}稳中求进开新局\n图为戏曲演员在园博园进行快闪演出，吸引不少游客驻足观看。\n本报记者 贺 勇摄\n图片报道\n春季招聘拉开帷幕\n{}{HEADER}\n",
        tight_body(3),
        column(&LONG_B.repeat(3), 15)
    );
    let layout = split(&text);
    assert_eq!(titles(&layout), vec![Some("稳中求进开新局"), Some("图片报道"), Some("春季招聘拉开帷幕")]);
}

#[test]
fn a_first_line_short_by_its_lost_indent_opens_the_body_under_a_heading() {
    // PDFium keeps no indent: a paragraph's first line is two characters short of the column, and
    // the heading over it (half a character short of the column) does not run on into it.
    let first: String = LONG_A.chars().take(13).collect();
    let rest: String = LONG_A.chars().skip(13).collect();
    let body = format!("{first}\n{}", column(&rest, 15));
    let text = format!("{}坚持守正创新 推动媒体融合发展\n{body}{}", tight_body(4), tight_body(4));
    assert_eq!(para_of(&text, "坚持守正"), (Role::Headline, 1), "the body's first line is not the heading's");
    // A heading of two phrases set apart by a space may be as short as an indented line itself.
    let text = format!("{}彝海结盟 筑起民族团结的丰碑\n{body}{}", tight_body(4), tight_body(4));
    assert_eq!(para_of(&text, "彝海结盟").1, 1, "two phrases: a title's style");
    // Not so when the line under the short one starts with digits, which do not break (the short
    // line is a paragraph's middle).
    let digits = format!(
        "{}任长霞在郑州市公安局中原分局预\n审科工作期间，共挖余罪、破\n1072起积案，追捕犯罪嫌疑人数百\n人。\n{}",
        tight_body(4),
        tight_body(4)
    );
    assert!(para_of(&digits, "任长霞").1 >= 2);
}

#[test]
fn a_photos_short_title_is_parted_from_the_title_set_beside_it() {
    let caption =
        column("新春伊始，浙江省湖州市织里镇的田间地头一片繁忙，农民抢抓农时养护作物。", 15) + "新华社记者 徐 昱摄\n";
    // Over its caption, right under the title of the article above (set after that body).
    let text = format!("{}进出口稳中提质态势好\n养护\n{caption}春耕由南向北渐次展开\n{}", tight_body(4), tight_body(4));
    let layout = split(&text);
    let photo = layout.items.iter().find(|i| i.title.as_deref() == Some("养护"));
    assert!(photo.is_some_and(|p| p.kind == ItemKind::Photo), "{:#?}", titles(&layout));
    // Under its credit, right over the next article's title.
    let text = format!("{}{caption}夏荷春拾\n那一刻，我们光荣接受检阅（强军思想）\n{}", tight_body(4), tight_body(4));
    let layout = split(&text);
    assert!(
        layout.items.iter().any(|i| i.title.as_deref() == Some("那一刻，我们光荣接受检阅（强军思想）")),
        "{:#?}",
        titles(&layout)
    );
    // Two short lines under the credit are one photo title set in two lines (the sample's).
    let text = format!("{}{caption}春耕备耕\n不误农时\n\n{}", tight_body(4), tight_body(4));
    let layout = split(&text);
    assert!(layout.items.iter().all(|i| i.kicker.as_deref() != Some("春耕备耕")), "{:#?}", titles(&layout));
}

#[test]
fn a_deck_under_a_title_over_the_articles_opening_is_its_subtitle() {
    let text = format!(
        "{}消费动力强劲 多项数据创新高（经济发\n展亮点多韧性足）\n国庆假期，全国零售和餐饮企业销售额达1.52万亿元，国内旅游收入6497.1亿元\n核心阅读\n{}",
        tight_body(4),
        tight_body(4)
    );
    let layout = split(&text);
    let item = layout.items.iter().find(|i| i.title.as_deref().is_some_and(|t| t.starts_with("消费动力"))).unwrap();
    assert_eq!(
        item.subtitle.as_deref(),
        Some("国庆假期，全国零售和餐饮企业销售额达1.52万亿元，国内旅游收入6497.1亿元")
    );
    assert!(item.body.contains("核心阅读"), "the summary is the article's: {:#?}", titles(&layout));
    // An indented line is a paragraph: web text's summary under a section title stays text.
    let web = "速览\n\n　　加强绿色数据中心建设\n　　《关于加强绿色数据中心建设的指导意见》提出，到2022年，数据中心平均能耗基本达到国际先进水平\n　　本报北京2月14日电  （记者王政、韩鑫）工信部、国家机关事务管理局、国家能源局日前联合印发指导意见。\n";
    let layout = split(&crate::text::normalize::normalize(web));
    assert!(
        layout.items.iter().all(|i| i.title.as_deref().is_none_or(|t| !t.starts_with("《关于"))),
        "{:#?}",
        titles(&layout)
    );
}
