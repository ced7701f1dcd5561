//! Where one article ends and the next begins: closing notes, datelines, captions, words.

use super::*;

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
    let text =
        format!("稳中求进开新局\n\n{a}{a}\n{}夜间阅读服务受欢迎\n\n春季招聘拉开帷幕\n\n{c}{c}", column(library, 15));
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
fn a_photo_credit_wrapped_before_its_last_character_is_read() {
    let text = "春耕时节\n\n3月2日，某县的种植户在育苗棚内查看黄瓜苗长势。 新华社记者 李 明\n摄\n";
    let layout = split(text);
    assert_eq!(layout.items.len(), 1);
    let item = &layout.items[0];
    assert_eq!(item.kind, ItemKind::Photo);
    assert_eq!(item.credits, vec![Credit { role: "摄影".into(), names: vec!["李明".into()] }]);
    assert!(item.body.ends_with("长势。"), "{}", item.body);

    // A cartoon's two credits wrapped over two lines.
    let text = "漫画\n\n课堂搬到网上，老师在线批改作业。这正是：\n\n停课不停学，\n\n教学照常进行。 林 一图\n方 晓文\n";
    let layout = split(text);
    assert_eq!(layout.items.len(), 1);
    let names: Vec<&str> = layout.items[0].credits.iter().flat_map(|c| c.names.iter().map(String::as_str)).collect();
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
fn a_body_between_two_headlines_is_parted_where_their_words_meet() {
    // A (headline above) and B (headline below) run on with no break at all: only a new
    // indented paragraph. A's last paragraph has neither headline's words and stays with A.
    let library =
        "　　市图书馆近日推出夜间阅读服务，每天晚上开放到十点，自习区和少儿区全部开放，不少市民下班后专程赶来看书。";
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
        let blocks = build_blocks(&lines, &paras);
        let keys = HeadlineKeys::new(&blocks, &lines, &paras);
        let blocks = affinity::part_bodies_between_headlines(blocks, &lines, &mut paras, &keys);
        blocks.iter().filter(|s| matches!(s, Block::Body(_))).count()
    };
    assert_eq!(bodies("　　图书馆还将在三月举办春季招聘信息讲座，帮助读者了解就业政策。"), 2);
    assert_eq!(bodies("　　三月还将举办春季招聘信息讲座，帮助求职的人了解就业政策。"), 3);
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
