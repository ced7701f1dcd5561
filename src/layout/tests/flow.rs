//! Paragraphs rebuilt from the column flow: first lines, indents, column blanks, lists.

use super::*;

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
fn a_column_tag_with_brackets_inside_does_not_run_on_across_a_blank() {
    assert!(marks::is_one_bracket_group("（法规问答·新规落地满月谈（二））"));
    assert!(!marks::is_one_bracket_group("（上）春雨（下）"));
    // The tag as wide as the column, after its title: the line under the blank is not its.
    let text = format!(
        "{}\n网上开店，规矩要守牢记心上\n（法规问答·新规落地满月谈（二））\n\n湖上收残荷\n",
        column(LONG_A, 16)
    );
    let lines = classify_lines(&text);
    let tag = lines.iter().position(|l| l.text.starts_with("（法规")).unwrap();
    assert!(!paragraphs::continues(&lines, tag, tag + 2, false, 1, false));
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
fn a_page_header_inside_a_paragraph_is_set_aside_without_ending_the_article() {
    // The PDF's next page (or a page's second part) starts mid-sentence: the paragraph goes on.
    let header = "人民日报 2019年2月15日 星期五 第6版 要闻（2）";
    let body = column(LONG_A, 15);
    let body_lines: Vec<&str> = body.lines().collect();
    let (head, tail) = (body_lines[..2].join("\n"), body_lines[2..].join("\n"));
    let text = format!("稳中求进开新局\n\n{head}\n{header}\n{tail}\n\n春季招聘拉开帷幕\n\n{}", column(LONG_B, 13));
    let layout = split(&text);
    assert_eq!(titles(&layout), vec![Some("稳中求进开新局"), Some("春季招聘拉开帷幕")]);
    assert!(
        layout.items[0].body.contains(&format!("{}{}", &body_lines[1][9..], &body_lines[2][..9])),
        "{}",
        layout.items[0].body
    );
    assert_eq!(layout.furniture.len(), 1);
    assert_eq!(layout.furniture[0].text, header);
    // A header after a finished sentence still ends the article above.
    let finished = format!("{}{header}\n{}", column(LONG_A, 15), column(LONG_B, 15));
    let lines = classify_lines(&finished);
    let paras = build_paragraphs(&lines);
    let b_para = paras.iter().find(|p| p.lines.iter().any(|&l| lines[l].text.starts_with("春节过后"))).unwrap();
    assert!(lines[b_para.lines[0]].text.starts_with("春节过后"), "no bridge over a finished sentence");
    assert_eq!(paras.iter().filter(|p| p.role == Role::Furniture).count(), 1);
    // Nor over a chart's source note or a subtitle, which end without a full stop.
    for closing in ["数据来源：嘉鱼产业新城", "——在解决突出问题座谈会上的讲话中引用"] {
        // Tight text (PDFium), where a short line before a header may still run on.
        let text = format!(
            "{}{closing}\n{header}\n近迎春运 长期惠民\n全市把办好春运与建设城市结合\n{}",
            column(&LONG_A.repeat(4), 14),
            column(&LONG_B.repeat(4), 13)
        );
        let lines = classify_lines(&text);
        let paras = build_paragraphs(&lines);
        let b_para = paras.iter().find(|p| p.lines.iter().any(|&l| lines[l].text.starts_with("近迎春运"))).unwrap();
        assert!(lines[b_para.lines[0]].text.starts_with("近迎春运"), "no bridge after {closing}");
    }
}
