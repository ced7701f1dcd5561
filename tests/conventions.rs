//! Newspaper conventions beyond the bundled sample: datelines with credits, intertitles, bullets,
//! subtitles, page headers, headlines before the body.

use dubao::layout::split;
use dubao::text::normalize::normalize;
use dubao::{Credit, ItemKind};

fn credit(role: &str, names: &[&str]) -> Credit {
    Credit { role: role.into(), names: names.iter().map(|n| n.to_string()).collect() }
}

const PEOPLE_DAILY_STYLE: &str = "\
2021年3月12日 星期五 第1版 要闻
春茶开采由南向北推进
——今年茶叶产量有望稳中有升
　　本报杭州3月11日电 （记者何俊峰）眼下，南方的早茶陆续开园，江南茶区新芽初露，皖南和鄂西茶区即将萌动。
　　一个“早”字，一个“优”字，这是今年各地春茶采摘和加工准备给人最直观的感受。
一、守好茶园
　　茶园管护水平持续提升。从各地报来的进度看，今年本省名优茶开采面积保持在200万亩以上。
二、拓宽销路
　　■ 茶农增收需要保障。日前召开的全省春茶生产暨市场营销工作推进会提出，要确保茶农收入稳步增长。

办事窗口不妨多留一刻（今日谈）
　　前几天，笔者去营业厅补办证件，排到号时刚好是傍晚6点，却被告知窗口已经停止受理，只能改天再来。
";

#[test]
fn clean_issue_with_headlines_before_bodies() {
    let layout = split(&normalize(PEOPLE_DAILY_STYLE));
    assert_eq!(layout.furniture.len(), 1, "page header");
    assert_eq!(layout.items.len(), 2, "{:#?}", layout.items.iter().map(|i| &i.title).collect::<Vec<_>>());
    let first = &layout.items[0];
    assert_eq!(first.title.as_deref(), Some("春茶开采由南向北推进"));
    assert_eq!(first.subtitle.as_deref(), Some("——今年茶叶产量有望稳中有升"));
    // The dateline's credits are the article's byline.
    assert_eq!(first.credits, vec![credit("记者", &["何俊峰"])]);
    // Numbered intertitles and a ■ bullet stay inside the article.
    assert_eq!(first.spans, vec![[2, 9]]);
    assert!(first.body.contains("一、守好茶园") && first.body.contains("■ 茶农增收需要保障"));
    assert_eq!(layout.items[1].title.as_deref(), Some("办事窗口不妨多留一刻（今日谈）"));
}

#[test]
fn headline_after_body_with_byline_after_headline() {
    // The order of the sample's articles 5 and 6: body, headline, byline.
    let text = "\
本报讯 昨天下午，艾本德中国技术中心平湖
项目签约落户平湖经济技术开发区。这是继
昨天上午我市召开推进会后签约的首个项目。

艾本德中国技术中心
平湖项目昨签约落户
■记者 胡佳英

本报讯 既有住宅加装电梯，看似事小，其
实是关系到百姓福祉的“民生大事”。我市
共有54幢房屋实施了加装电梯。

既有住宅加装电梯
新规明起实施

■记者 杨昊玥
";
    let layout = split(&normalize(text));
    assert_eq!(layout.items.len(), 2);
    assert_eq!(layout.items[0].title.as_deref(), Some("艾本德中国技术中心平湖项目昨签约落户"));
    assert_eq!(layout.items[0].credits, vec![credit("记者", &["胡佳英"])]);
    assert_eq!(layout.items[0].spans, vec![[1, 3], [5, 7]]);
    assert_eq!(layout.items[1].title.as_deref(), Some("既有住宅加装电梯新规明起实施"));
    assert_eq!(layout.items[1].credits, vec![credit("记者", &["杨昊玥"])]);
}

#[test]
fn photo_caption_with_trailing_credit_and_weather_brief() {
    let text = "\
昨天，在市区漕兑港绿道上，市民趁着雨止间隙外出散步，享受
好时光。 ■摄影 王 强

今天阴有阵雨，雨量中等。明天阴偶有小雨，偏东风4到5
级，阵风6级。
";
    let layout = split(&normalize(text));
    assert_eq!(layout.items.len(), 2);
    assert_eq!(layout.items[0].kind, ItemKind::Photo);
    assert_eq!(layout.items[0].credits, vec![credit("摄影", &["王强"])]);
    assert_eq!(layout.items[0].body, "昨天，在市区漕兑港绿道上，市民趁着雨止间隙外出散步，享受好时光。");
    assert_eq!(layout.items[1].kind, ItemKind::Brief);
    assert_eq!(layout.items[1].title, None);
}

#[test]
fn fake_bold_title_is_repaired_but_body_repeats_are_kept() {
    let text = "\
本报讯 大家天天说要看看项目进展，
今天终于看看了现场，人人都说好。

誓师出征誓师出征 全军出击全军出击
";
    let layout = split(&normalize(text));
    assert_eq!(layout.items.len(), 1);
    assert_eq!(layout.items[0].title.as_deref(), Some("誓师出征 全军出击"));
    assert_eq!(layout.items[0].body, "本报讯 大家天天说要看看项目进展，今天终于看看了现场，人人都说好。");
}
