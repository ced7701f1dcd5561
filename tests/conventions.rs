//! Newspaper conventions beyond the bundled sample: datelines with credits, intertitles, bullets,
//! subtitles, page headers, headlines before the body.

use dubao::layout::split;
use dubao::normalize::normalize;
use dubao::{Credit, ItemKind};

fn credit(role: &str, names: &[&str]) -> Credit {
    Credit { role: role.into(), names: names.iter().map(|n| n.to_string()).collect() }
}

const PEOPLE_DAILY_STYLE: &str = "\
2019年2月15日 星期五 第1版 要闻
春耕由南向北渐次展开
——今年粮食产量将确保稳定
　　本报北京2月14日电 （记者高云才）当前，西南的麦区开始拔节，江淮麦区开始起身，黄淮和华北麦区即将返青。
　　一个“稳”字，一个“调”字，这是今年全国春季田管和春耕备耕给人深刻的印象。
一、稳住面积
　　粮食种植面积保持稳定。从全国农情调度情况看，今年山东省小麦播种面积保持在6000万亩以上。
二、提高效益
　　■ 粮食产量需要稳定。近日召开的全国春季田管暨春耕备耕工作视频会议提出，要确保粮食产量稳定。

为民服务不妨多想一步（今日谈）
　　近日，笔者去银行办理业务，叫上号时刚好是下午5点，却被告知相关系统已关闭，业务无法办理。
";

#[test]
fn clean_issue_with_headlines_before_bodies() {
    let layout = split(&normalize(PEOPLE_DAILY_STYLE));
    assert_eq!(layout.furniture.len(), 1, "page header");
    assert_eq!(layout.items.len(), 2, "{:#?}", layout.items.iter().map(|i| &i.title).collect::<Vec<_>>());
    let first = &layout.items[0];
    assert_eq!(first.title.as_deref(), Some("春耕由南向北渐次展开"));
    assert_eq!(first.subtitle.as_deref(), Some("——今年粮食产量将确保稳定"));
    // The dateline's credits are the article's byline.
    assert_eq!(first.credits, vec![credit("记者", &["高云才"])]);
    // Numbered intertitles and a ■ bullet stay inside the article.
    assert_eq!(first.spans, vec![[2, 9]]);
    assert!(first.body.contains("一、稳住面积") && first.body.contains("■ 粮食产量需要稳定"));
    assert_eq!(layout.items[1].title.as_deref(), Some("为民服务不妨多想一步（今日谈）"));
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
