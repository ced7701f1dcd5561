//! Tests of the geometry reader on small hand-made pages: lines placed as a layout program places
//! them (y from the top of the page, a CJK character as wide as the size).

use super::*;
use crate::report::ItemKind;

const W: f32 = 600.0;
const H: f32 = 800.0;

/// A line of `text` at `x0`, its top at `y0`, in `size` points (CJK width: one size a character).
fn line(text: &str, x0: f32, y0: f32, size: f32, order: usize) -> PositionedLine {
    let width: f32 = text.chars().map(|c| if c.is_ascii() { 0.5 } else { 1.0 }).sum::<f32>() * size;
    PositionedLine { text: text.into(), x0, y0, x1: x0 + width, y1: y0 + size, size, font: "F1".into(), order }
}

/// A column of lines from `top` at a pitch of 1.3 sizes; the first line indented two characters.
fn column(texts: &[&str], x0: f32, top: f32, size: f32, order: &mut usize) -> Vec<PositionedLine> {
    texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            *order += 1;
            let indent = if i == 0 { 2.0 * size } else { 0.0 };
            line(t, x0 + indent, top + i as f32 * 1.3 * size, size, *order)
        })
        .collect()
}

fn page(number: usize, lines: Vec<PositionedLine>) -> PositionedPage {
    PositionedPage { page: number, width: W, height: H, lines }
}

fn read_pages(pages: Vec<PositionedPage>) -> (Positions, GeoLayout) {
    let positions = Positions { pages };
    let read = read(&positions);
    assert_nothing_lost(&positions, &read);
    (positions, read)
}

/// Every line is in exactly one item or in the furniture.
fn assert_nothing_lost(positions: &Positions, read: &GeoLayout) {
    let n: usize = positions.pages.iter().map(|p| p.lines.len()).sum();
    let mut held = vec![0; n + 1];
    for item in &read.layout.items {
        for l in item_lines(item) {
            held[l] += 1;
        }
    }
    for f in &read.layout.furniture {
        for &[a, b] in &f.spans {
            for count in &mut held[a..=b] {
                *count += 1;
            }
        }
    }
    for (l, &count) in held.iter().enumerate().skip(1) {
        assert_eq!(count, 1, "line {l} ({:?}) is held {count} times", positions.lines()[l - 1]);
    }
}

const COL1: [&str; 4] = ["春节假期刚过，城乡", "地的工厂陆续复工，生产", "线上一派繁忙景象，工人", "们加紧赶制订单。"];
const COL2: [&str; 4] =
    ["记者走访多家企业了", "到，返岗员工超过九成，", "原材料供应也已经恢复，", "订单排到了三月底。"];

/// A headline over two columns of one body, the page header above.
fn two_column_page() -> Vec<PositionedLine> {
    let mut order = 0;
    let mut lines = vec![line("人民日报 2019年2月15日 星期五 第3版", 40.0, 20.0, 10.0, 0)];
    order += 1;
    lines.push(line("复工复产按下快进键", 60.0, 60.0, 20.0, order));
    lines.extend(column(&COL1, 40.0, 100.0, 9.0, &mut order));
    lines.extend(column(&COL2, 40.0 + 11.0 * 9.0 + 10.0, 100.0, 9.0, &mut order));
    lines
}

#[test]
fn headline_over_two_columns_is_one_article_read_column_by_column() {
    let (_, read) = read_pages(vec![page(1, two_column_page())]);
    let items = &read.layout.items;
    assert_eq!(items.len(), 1, "{items:#?}");
    let item = &items[0];
    assert_eq!(item.kind, ItemKind::Article);
    assert_eq!(item.title.as_deref(), Some("复工复产按下快进键"));
    let body: String = item.body.chars().filter(|c| !c.is_whitespace()).collect();
    assert_eq!(body, [COL1.concat(), COL2.concat()].concat());
    // The first column's last line ends short with 。, the second's first line is indented.
    assert_eq!(item.body.lines().count(), 2);
    assert_eq!(item.title_spans, vec![[2, 2]]);
    assert_eq!(item.body_spans, vec![[3, 10]]);
    // Page, and a box for the headline and for each column.
    assert_eq!(read.places[0].0, 1);
    assert_eq!(read.places[0].1.len(), 3);
    let head = read.places[0].1[0];
    assert_eq!((head.page, head.x0, head.y0), (1, 60.0, 60.0));
}

#[test]
fn page_header_is_furniture() {
    let (_, read) = read_pages(vec![page(1, two_column_page())]);
    assert_eq!(read.layout.furniture.len(), 1);
    assert_eq!(read.layout.furniture[0].spans, vec![[1, 1]]);
    assert!(read.layout.furniture[0].text.contains("第3版"));
}

#[test]
fn fake_bold_copy_is_kept_once_and_held_by_its_item() {
    let mut lines = two_column_page();
    // The headline drawn again 0.3 pt to the right, after everything else.
    let mut copy = lines[1].clone();
    copy.x0 += 0.3;
    copy.x1 += 0.3;
    copy.order = 99;
    lines.push(copy);
    let (_, read) = read_pages(vec![page(1, lines)]);
    let item = &read.layout.items[0];
    assert_eq!(item.title.as_deref(), Some("复工复产按下快进键"));
    assert_eq!(item.title_spans, vec![[2, 2]]);
    assert!(item_lines(item).contains(&11), "the copy (line 11) belongs to the article");
}

#[test]
fn byline_under_the_headline_is_the_articles_credit() {
    let mut lines = two_column_page();
    lines.push(line("■本报记者 王 强", 40.0, 84.0, 9.0, 50));
    let (_, read) = read_pages(vec![page(1, lines)]);
    assert_eq!(read.layout.items.len(), 1);
    let item = &read.layout.items[0];
    assert_eq!(item.credit_spans, vec![[11, 11]]);
    assert_eq!(item.credits.len(), 1);
    assert_eq!(item.credits[0].names, vec!["王强".to_string()]);
    assert!(!item.body.contains("王"));
}

#[test]
fn caption_with_photographer_credit_is_a_photo() {
    let mut order = 0;
    let mut lines = vec![line("春到江南", 40.0, 300.0, 12.0, 0)];
    let caption = ["2月14日，游客在西湖边赏梅。", "新华社记者 徐昱摄"];
    for (i, t) in caption.iter().enumerate() {
        order += 1;
        lines.push(line(t, 40.0, 320.0 + i as f32 * 11.7, 9.0, order));
    }
    let (_, read) = read_pages(vec![page(1, lines)]);
    assert_eq!(read.layout.items.len(), 1, "{:#?}", read.layout.items);
    let item = &read.layout.items[0];
    assert_eq!(item.kind, ItemKind::Photo);
    assert_eq!(item.title.as_deref(), Some("春到江南"));
    assert!(item.credits.iter().any(|c| c.names.contains(&"徐昱".to_string())), "{:?}", item.credits);
    assert_eq!(item.credit_spans, vec![[3, 3]]);
    assert_eq!(item.body, "2月14日，游客在西湖边赏梅。");
}

#[test]
fn two_articles_side_by_side_stay_apart() {
    let mut order = 0;
    let mut lines = vec![line("复工复产按下快进键", 40.0, 60.0, 14.0, 0)];
    lines.extend(column(&COL1, 40.0, 90.0, 9.0, &mut order));
    order += 1;
    lines.push(line("返岗员工超过九成", 260.0, 60.0, 14.0, order));
    // The second article's body has its own pitch (1.4 sizes) and headline.
    for (i, t) in COL2.iter().enumerate() {
        order += 1;
        lines.push(line(t, 260.0, 90.0 + i as f32 * 12.6, 9.0, order));
    }
    let (_, read) = read_pages(vec![page(1, lines)]);
    let titles: Vec<_> = read.layout.items.iter().map(|i| i.title.clone().unwrap_or_default()).collect();
    assert_eq!(titles, vec!["复工复产按下快进键", "返岗员工超过九成"]);
    let body: String = read.layout.items[1].body.chars().filter(|c| !c.is_whitespace()).collect();
    assert_eq!(body, COL2.concat());
}

#[test]
fn kicker_above_and_subtitle_below_the_title() {
    let mut order = 0;
    let mut lines = vec![
        line("春耕时节走田间", 40.0, 50.0, 11.0, 0),
        line("麦苗青青好收成", 40.0, 66.0, 22.0, 1),
        line("——江苏农村见闻", 40.0, 92.0, 11.0, 2),
    ];
    order += 2;
    lines.extend(column(&COL1, 40.0, 116.0, 9.0, &mut order));
    let (_, read) = read_pages(vec![page(1, lines)]);
    let item = &read.layout.items[0];
    assert_eq!(item.kicker.as_deref(), Some("春耕时节走田间"));
    assert_eq!(item.title.as_deref(), Some("麦苗青青好收成"));
    assert_eq!(item.subtitle.as_deref(), Some("——江苏农村见闻"));
}

#[test]
fn dashes_mark_kicker_and_subtitle_whatever_their_size() {
    // A subtitle set as large as the title, and a title-sized kicker ending on a dash.
    let parts = |heads: [(&str, f32); 2]| {
        let mut order = 2;
        let mut lines = vec![line(heads[0].0, 40.0, 50.0, heads[0].1, 0), line(heads[1].0, 40.0, 76.0, heads[1].1, 1)];
        lines.extend(column(&COL1, 40.0, 110.0, 9.0, &mut order));
        let (_, read) = read_pages(vec![page(1, lines)]);
        let item = read.layout.items[0].clone();
        (item.kicker, item.title, item.subtitle)
    };
    assert_eq!(
        parts([("麦苗青青好收成", 20.0), ("——江苏农村见闻", 20.0)]),
        (None, Some("麦苗青青好收成".into()), Some("——江苏农村见闻".into()))
    );
    assert_eq!(
        parts([("远望3号船——", 20.0), ("首飞无人机 替代信标球", 12.0)]),
        (Some("远望3号船——".into()), Some("首飞无人机 替代信标球".into()), None)
    );
    // One dash joins a name wrapped at it (`迪亚斯—卡内尔`): no subtitle.
    assert_eq!(
        parts([("习近平向古巴国家主席迪亚斯", 20.0), ("—卡内尔致贺电", 20.0)]),
        (None, Some("习近平向古巴国家主席迪亚斯—卡内尔致贺电".into()), None)
    );
    // The kicker in the title's size and stack.
    assert_eq!(
        parts([("负责10万个井盖——", 20.0), ("地下管网守护者", 20.0)]),
        (Some("负责10万个井盖——".into()), Some("地下管网守护者".into()), None)
    );
}

#[test]
fn a_kicker_in_two_pieces_side_by_side_over_its_title() {
    let mut order = 3;
    let mut lines = vec![
        line("砥砺奋进十八载", 100.0, 50.0, 11.0, 0),
        line("风劲正是扬帆时", 186.0, 50.0, 11.0, 1),
        line("苏州相城打造长三角一体化创新先导区", 40.0, 66.0, 20.0, 2),
    ];
    lines.extend(column(&COL1, 40.0, 100.0, 9.0, &mut order));
    lines.extend(column(&COL2, 150.0, 100.0, 9.0, &mut order));
    // Beside it, another article's headline on the same row as the kicker: not part of it.
    lines.push(line("另一篇文章的标题", 420.0, 50.0, 11.0, 20));
    let mut order = 20;
    lines.extend(column(&COL1, 420.0, 70.0, 9.0, &mut order));
    let (_, read) = read_pages(vec![page(1, lines)]);
    let items = &read.layout.items;
    assert_eq!(items.len(), 2, "{items:#?}");
    let kicker: Option<String> = items[0].kicker.as_ref().map(|k| k.split_whitespace().collect());
    assert_eq!(kicker.as_deref(), Some("砥砺奋进十八载风劲正是扬帆时"));
    assert_eq!(items[0].title.as_deref(), Some("苏州相城打造长三角一体化创新先导区"));
    assert_eq!(items[1].title.as_deref(), Some("另一篇文章的标题"));
}

/// A headline low on the page over two columns running down to its foot.
fn article_to_the_foot() -> Vec<PositionedLine> {
    let mut order = 0;
    let mut lines = vec![line("复工复产按下快进键", 40.0, 590.0, 14.0, 0)];
    let long: Vec<&str> = COL1[1..].iter().copied().cycle().take(13).collect();
    lines.extend(column(&long, 40.0, 620.0, 9.0, &mut order));
    lines.extend(column(&long, 150.0, 620.0, 9.0, &mut order));
    lines
}

#[test]
fn headless_body_opening_a_page_continues_the_article_at_the_foot_of_the_last() {
    let mut order = 0;
    let second = column(&COL2, 40.0, 60.0, 9.0, &mut order);
    let (_, read) = read_pages(vec![page(1, article_to_the_foot()), page(2, second)]);
    assert_eq!(read.layout.items.len(), 1, "{:#?}", read.layout.items);
    let boxes = &read.places[0].1;
    assert!(boxes.iter().any(|b| b.page == 2));
    assert!(read.layout.items[0].body.ends_with("订单排到了三月底。"));
}

#[test]
fn a_layout_credit_beside_a_continued_body_ends_that_article() {
    // Page 2 opens on the rest of that article (two columns), its layout credit beside it, then a
    // wide headline over a new article: the credit is nearer that headline's block than the body.
    let mut order = 0;
    let mut second = column(&COL2, 40.0, 60.0, 9.0, &mut order);
    second.extend(column(&COL2[..2], 150.0, 60.0, 9.0, &mut order));
    second.push(line("本版制图：张丹峰", 290.0, 60.0, 9.0, 7));
    second.push(line("新标题横跨整个版面的宽度", 40.0, 119.0, 20.0, 8));
    let mut order = 8;
    second.extend(column(&COL1, 40.0, 149.0, 9.0, &mut order));
    second.extend(column(&COL2, 150.0, 149.0, 9.0, &mut order));
    second.extend(column(&COL1, 260.0, 149.0, 9.0, &mut order));
    let (_, read) = read_pages(vec![page(1, article_to_the_foot()), page(2, second)]);
    let items = &read.layout.items;
    assert_eq!(items.len(), 2, "{items:#?}");
    assert_eq!(items[0].title.as_deref(), Some("复工复产按下快进键"));
    assert!(items[0].body.contains("订单排到了三月底。"));
    assert_eq!(items[0].credits.len(), 1);
    assert_eq!(items[0].credits[0].names, vec!["张丹峰"]);
    assert_eq!(items[1].title.as_deref(), Some("新标题横跨整个版面的宽度"));
    assert!(items[1].credits.is_empty());
}

#[test]
fn a_short_headline_with_nothing_under_it_is_a_title_without_body() {
    let mut lines = two_column_page();
    // A picture's title set a little larger than the body, the photo (no text) under it.
    lines.push(line("图片报道", 400.0, 300.0, 11.5, 20));
    let (_, read) = read_pages(vec![page(1, lines)]);
    let items = &read.layout.items;
    assert_eq!(items.len(), 2, "{items:#?}");
    let lone = items.iter().find(|i| i.title.as_deref() == Some("图片报道")).expect("its own item");
    assert!(lone.body.is_empty() && lone.body_spans.is_empty());
}

#[test]
fn columns_whose_lines_hang_punctuation_into_the_gutter_are_one_body() {
    // Ten characters a line, a gutter of one: lines ending on two marks reach the next column.
    let col1 = [
        "春节假期刚过城乡各地的",
        "工厂陆续复工生产线上一",
        "派繁忙景象工人们加紧赶“。",
        "制订单记者走访多家企业",
        "了解到返岗员工超过九成”。",
        "原材料供应也已经恢复订",
        "单排到了三月底真是热闹”。",
        "一派繁忙景象令人振奋的",
    ];
    let col2 = ["记者走访多家企业了解", "到返岗员工超过九成原", "材料供应也已经恢复了", "订单排到了三月底。"];
    let mut order = 0;
    let mut lines = vec![line("复工复产按下快进键", 40.0, 60.0, 20.0, 0)];
    let at = |texts: &[&str], x0: f32, order: &mut usize| -> Vec<PositionedLine> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                *order += 1;
                line(t, x0, 100.0 + i as f32 * 11.7, 9.0, *order)
            })
            .collect()
    };
    lines.extend(at(&col1, 40.0, &mut order));
    lines.extend(at(&col2, 139.0, &mut order));
    let (_, read) = read_pages(vec![page(1, lines)]);
    let items = &read.layout.items;
    assert_eq!(items.len(), 1, "{items:#?}");
    assert!(items[0].body.ends_with("订单排到了三月底。"));
}

#[test]
fn a_listing_of_short_centred_lines_in_columns_is_one_body() {
    // Three columns 144 wide at a pitch of 150, each line centred in its column.
    let texts = [
        "上海大剧院中剧场演出季隆重开幕",
        "十月十八日",
        "上海交响乐团音乐",
        "开幕演出",
        "平夏斯与阿德莱德交响",
        "十月二十日晚",
        "上音歌剧院",
        "城市草坪音乐广场",
    ];
    let mut order = 0;
    let mut lines = vec![line("艺术的盛会，人民大众的节日", 60.0, 60.0, 22.0, 0)];
    for c in 0..3 {
        let left = 40.0 + 150.0 * c as f32;
        for (i, t) in texts.iter().enumerate() {
            order += 1;
            let width = t.chars().count() as f32 * 9.0;
            lines.push(line(t, left + (144.0 - width) / 2.0, 100.0 + i as f32 * 12.0, 9.0, order));
        }
    }
    let (_, read) = read_pages(vec![page(1, lines)]);
    let items = &read.layout.items;
    assert_eq!(items.len(), 1, "{items:#?}");
    assert_eq!(items[0].body_spans, vec![[2, 25]]);
}

#[test]
fn a_banner_over_its_layout_credit_alone_is_a_title() {
    let lines = vec![line("壮美河山 瑰丽画卷", 40.0, 80.0, 24.0, 0), line("版式设计：蔡华伟", 72.0, 150.0, 9.0, 1)];
    let (_, read) = read_pages(vec![page(1, lines)]);
    let items = &read.layout.items;
    assert_eq!(items.len(), 1, "{items:#?}");
    assert_eq!(items[0].title.as_deref(), Some("壮美河山 瑰丽画卷"));
    assert!(items[0].body.is_empty());
    assert_eq!(items[0].credits[0].role, "版式设计");
}

#[test]
fn a_headline_that_reads_like_a_signature_is_still_the_title() {
    // `我国海拔最高乡 群众全部` parses as a letter signed with a place and a name.
    let mut order = 2;
    let mut lines = vec![line("我国海拔最高乡 群众全部", 40.0, 60.0, 24.0, 0), line("住新房", 40.0, 91.2, 24.0, 1)];
    lines.extend(column(&COL1, 40.0, 130.0, 9.0, &mut order));
    let (_, read) = read_pages(vec![page(1, lines)]);
    let items = &read.layout.items;
    assert_eq!(items.len(), 1, "{items:#?}");
    assert_eq!(items[0].title.as_deref().map(|t| t.replace(' ', "")).as_deref(), Some("我国海拔最高乡群众全部住新房"));
    assert!(items[0].credits.is_empty());
}

#[test]
fn reads_the_positioned_lines_json() {
    let json = r#"{"pages":[{"page":1,"width":600,"height":800,"lines":[
        {"text":"标题在此","x0":40,"y0":60,"x1":120,"y1":80,"size":20,"font":"F","order":0},
        {"text":"正文第一行。","x0":40,"y0":90,"x1":94,"y1":99,"size":9,"font":"F","order":1}]}]}"#;
    let positions = Positions::from_json(json).unwrap();
    assert_eq!(positions.lines(), vec!["标题在此", "正文第一行。"]);
    let read = read(&positions);
    assert_eq!(read.layout.items.len(), 1);
    assert_eq!(read.layout.items[0].title.as_deref(), Some("标题在此"));
}

#[cfg(not(target_arch = "wasm32"))]
mod property {
    use super::*;
    use proptest::prelude::*;

    fn any_line() -> impl Strategy<Value = PositionedLine> {
        (
            prop::sample::select(vec![
                "标题",
                "正文一行，",
                "■记者 王强",
                "新华社记者 徐昱摄",
                "广告",
                "第3版",
                "",
                "  ",
            ]),
            0.0f32..W,
            0.0f32..H,
            prop::sample::select(vec![8.0f32, 9.0, 10.5, 14.0, 24.0]),
            0usize..50,
        )
            .prop_map(|(t, x, y, s, o)| line(t, x, y, s, o))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        /// Any lines, anywhere: every one ends in exactly one item or in the furniture.
        #[test]
        fn no_line_is_lost(pages in prop::collection::vec(prop::collection::vec(any_line(), 0..40), 1..4)) {
            let pages = pages.into_iter().enumerate().map(|(i, lines)| page(i + 1, lines)).collect();
            read_pages(pages);
        }
    }
}
