//! Series and packages read as one item: briefs, told stories, letters, banners.

use super::*;

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
fn a_kicker_and_title_after_told_stories_open_the_next_article() {
    let text = format!("{}全市经济运行平稳\n稳中求进开新局\n\n{}", told_stories(), column(LONG_A, 13));
    let layout = split(&text);
    assert_eq!(layout.items.len(), 2, "{:?}", titles(&layout));
    assert_eq!(layout.items[0].title.as_deref(), Some("新年新打算"));
    assert!(layout.items[1].body.starts_with("今年以来"), "{}", layout.items[1].body);
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
