//! Furniture, empty input, a lone title: the simplest pages.

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
    let layout = split(&crate::text::normalize::normalize(text)); // full-width indents become spaces
    assert_eq!(layout.items.len(), 1, "{:#?}", layout.items);
    assert_eq!(layout.items[0].title.as_deref(), Some("春耕备耕有序推进"));
    let body = &layout.items[0].body;
    assert!(body.contains("\n■重点保障农资供应和价格稳定\n■加强农机具检修与调配\n据新华社"), "{body}");
}

/// An ad slot's label is set aside, not read as the kicker of the headline after it.
#[test]
fn an_ad_label_is_furniture() {
    let text = "本报讯 昨天上午，我市召开会议。\n\n广告\n\n春雨过后田野一片新绿\n\n本报讯 眼下，南方的油菜开始抽薹。\n";
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
