//! Headline groups: kicker, title and subtitle; headline lines parted by their words.

use super::*;

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
    let text =
        format!("某县试点党员户积分办法\n一户带头一户带头 全村跟进全村跟进\n积分可兑换日用品\n\n{}", column(body, 15));
    let item = &split(&text).items[0];
    assert_eq!(item.kicker.as_deref(), Some("某县试点党员户积分办法"));
    assert_eq!(item.title.as_deref(), Some("一户带头 全村跟进"));
    assert_eq!(item.subtitle.as_deref(), Some("积分可兑换日用品"));
}

/// PDFium and pdf.js copy the bold once: kicker, title and subtitle come as lines alike. Their
/// widths part them (a line cannot be wider than the full wrapped line above it), and the one
/// part that wraps is set in the largest size: the title, whatever order the frames came in.
#[test]
fn headline_parts_are_told_by_their_line_widths_when_bold_was_copied_once() {
    let body = "本报讯 近日，某县推出积分制管理办法，把党员参加志愿服务、带头移风易俗等表现记入家庭积分，积分可以在村里的超市兑换生活用品。";
    let kicker_over_wrapped =
        format!("江西针对赣江生态保护开展试点\n按流域设置环境监管和执\n法机构\n{}", column(body, 15));
    let item = &split(&kicker_over_wrapped).items[0];
    assert_eq!(item.kicker.as_deref(), Some("江西针对赣江生态保护开展试点"));
    assert_eq!(item.title.as_deref(), Some("按流域设置环境监管和执法机构"));
    let wrapped_over_subtitle = format!("全国现入冬以来范围\n最大雨雪天气\n未来一周南方持续阴雨\n{}", column(body, 15));
    let item = &split(&wrapped_over_subtitle).items[0];
    assert_eq!(item.kicker, None);
    assert_eq!(item.title.as_deref(), Some("全国现入冬以来范围最大雨雪天气"));
    assert_eq!(item.subtitle.as_deref(), Some("未来一周南方持续阴雨"));
}

/// The PDF's frame order may set the kicker after its title and column tag: it is still the kicker.
#[test]
fn a_kicker_set_after_its_tagged_title_is_its_kicker() {
    let body = "“作为一名运动员，能够在奥运赛场获得金牌，为国家争得荣誉，我很为自己感到自豪。”尽管已经退休多年，他仍然时常回忆起当年的赛场。";
    let text = format!(
        "用体育传递精神力量\n（最美奋斗者）\n国家体育总局自行车击剑运动管理中\n心原副主任许海峰——\n{}",
        column(body, 15)
    );
    let item = &split(&text).items[0];
    assert_eq!(item.title.as_deref(), Some("用体育传递精神力量（最美奋斗者）"));
    assert_eq!(item.kicker.as_deref(), Some("国家体育总局自行车击剑运动管理中心原副主任许海峰——"));
}

/// A short plain line right under a tagged title is its kicker set after it too; a long line with
/// figures there is its subtitle.
#[test]
fn a_short_plain_line_after_a_tagged_title_is_its_kicker() {
    let body = "当今世界，新一轮科技革命和产业变革蓬勃兴起，知识产权在一国经济社会发展中的作用日益凸显，培养涉外知识产权高端人才已成为当务之急。";
    let text = format!("培养涉外知识产权高\n端人才（有的放矢）\n适应国际竞争新形势\n{}", column(body, 13));
    let item = &split(&text).items[0];
    assert_eq!(item.title.as_deref(), Some("培养涉外知识产权高端人才（有的放矢）"));
    assert_eq!(item.kicker.as_deref(), Some("适应国际竞争新形势"));
    assert_eq!(item.subtitle, None);
    use super::super::blocks::reads_as_kicker_after_tag as kicker_after_tag;
    assert!(kicker_after_tag("执法与监督同步，权力行使有约束"));
    assert!(!kicker_after_tag("1—8月，规上轻工企业利润总额同比增长9.79%"), "figures: a subtitle");
    assert!(!kicker_after_tag("前三季度，用于实体经济的人民币贷款增加十三点九万亿元"), "long: a subtitle");
    assert!(!kicker_after_tag("运动员参与公益活动，是"), "a body's first line breaks off");
    assert!(!kicker_after_tag("国庆假期，“宠粉”的重庆、点"));
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
    let text = format!("扩大书屋藏书，丰富借阅方式\n\n巷口书屋，越办越热闹\n（走访·街坊生活）\n\n{}", column(body, 13));
    let layout = split(&text);
    assert_eq!(layout.items.len(), 1, "{:#?}", layout.items);
    let item = &layout.items[0];
    assert_eq!(item.kicker.as_deref(), Some("扩大书屋藏书，丰富借阅方式"));
    assert_eq!(item.title.as_deref(), Some("巷口书屋，越办越热闹（走访·街坊生活）"));
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
fn two_headline_lines_set_tight_are_parted_by_their_words() {
    // A's title after it and B's before it, with no blank between the two.
    let text = format!("{}稳中求进开新局\n春季招聘拉开帷幕\n\n{}", column(LONG_A, 12), column(LONG_B, 12));
    let layout = split(&text);
    assert_eq!(titles(&layout), vec![Some("稳中求进开新局"), Some("春季招聘拉开帷幕")]);
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
fn a_lead_in_ending_on_a_dash_is_the_kicker_of_the_title_below_even_after_a_sentence() {
    let text = format!(
        "标题甲在这里\n\n{}\n盘活闲置厂房，建乡村书屋、展览馆。江南某县乡镇——\n\n公共空间，怎样“活”起来\n（解码·乡村公共空间利用）\n\n核心阅读\n\n{}",
        column(LONG_A, 12),
        column(LONG_B, 14)
    );
    let layout = split(&text);
    assert_eq!(titles(&layout), vec![Some("标题甲在这里"), Some("公共空间，怎样“活”起来（解码·乡村公共空间利用）")]);
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
fn a_fake_bold_quote_ending_like_a_sentence_is_a_headline() {
    let text = format!("{}\n““明年还来这里过年明年还来这里过年！！””\n\n{}", column(LONG_A, 16), column(LONG_B, 16));
    assert_eq!(role_of(&text, "““明年"), Role::Headline);
    assert_eq!(split(&text).items[1].title.as_deref(), Some("“明年还来这里过年！”"));
}

#[test]
fn a_bulleted_point_under_a_title_is_its_summary_never_part_of_the_title() {
    let text = format!("中菲携手 再谱新篇（大使随笔）\n■我们将继续奉行亲诚惠容理念\n\n{}", column(LONG_A, 16));
    let layout = split(&text);
    assert_eq!(titles(&layout), vec![Some("中菲携手 再谱新篇（大使随笔）")]);
    assert_eq!(layout.items[0].subtitle.as_deref(), Some("■我们将继续奉行亲诚惠容理念"));
}

/// PDF text keeps the frames in the order they were drawn: a kicker drawn after its title comes
/// after it. The line ending on the column tag is the title; what follows is not run into it, and
/// is the kicker (the gold of this article names it so).
#[test]
fn the_line_ending_on_a_column_tag_is_the_title_whatever_follows_it() {
    let text = format!("让执法全程运行在阳光下（第一落点）\n执法与监督同步，权力行使有约束\n\n{}", column(LONG_A, 22));
    let item = &split(&text).items[0];
    assert_eq!(item.title.as_deref(), Some("让执法全程运行在阳光下（第一落点）"));
    assert_eq!(item.kicker.as_deref(), Some("执法与监督同步，权力行使有约束"));
    assert_eq!(item.subtitle, None);
}

/// A kicker that reports a speech ends on its verb (`强调`, `指出`): what was said is the title.
#[test]
fn a_kicker_ends_on_the_verb_that_reports_a_speech() {
    let text = format!("陈希在全国干部监督工作会议上强调\n为培养高素质干部队伍提供坚强保障\n\n{}", column(LONG_A, 20));
    let item = &split(&text).items[0];
    assert_eq!(item.kicker.as_deref(), Some("陈希在全国干部监督工作会议上强调"));
    assert_eq!(item.title.as_deref(), Some("为培养高素质干部队伍提供坚强保障"));
}
