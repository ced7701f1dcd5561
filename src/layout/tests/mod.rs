//! The layout's tests, one file per topic; the helpers that write test pages are here.

mod assign;
mod basics;
mod boundaries;
mod flow;
mod headlines;
mod series;
mod tight;

pub(super) use super::blocks::build_blocks;
pub(super) use super::lines;
pub(super) use super::lines::classify_lines;
pub(super) use super::paragraphs::Role;
pub(super) use super::reading::build_paragraphs;
pub(super) use super::*;
pub(super) use super::{cues::marks, paragraphs};
pub(super) use crate::report::{Credit, ItemKind};

/// `text` broken into lines of `width` characters (a column of PDF text).
pub(super) fn column(text: &str, width: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    chars.chunks(width).map(|c| c.iter().collect::<String>() + "\n").collect()
}

/// The role of the paragraph of `text` whose first line starts with `start`.
pub(super) fn role_of(text: &str, start: &str) -> Role {
    para_of(text, start).0
}

/// The role and the number of lines of the paragraph of `text` whose first line starts with
/// `start`.
pub(super) fn para_of(text: &str, start: &str) -> (Role, usize) {
    let lines = classify_lines(text);
    let paras = build_paragraphs(&lines);
    let para = paras.iter().find(|p| lines[p.lines[0]].text.starts_with(start)).unwrap();
    (para.role, para.lines.len())
}

pub(super) fn titles(layout: &Layout) -> Vec<Option<&str>> {
    layout.items.iter().map(|i| i.title.as_deref()).collect()
}

pub(super) const LONG_A: &str = "今年以来，全市上下坚持稳中求进工作总基调，统筹推进各项工作，经济运行总体平稳，发展质量稳步提升，民生保障持续加强，社会大局和谐稳定，为全年目标任务的完成打下了坚实基础。";

pub(super) const LONG_B: &str = "春节过后，一年一度的春季招聘在各地陆续拉开帷幕，吸引众多求职者前来应聘，企业纷纷推出新岗位，人力资源部门搭建线上线下平台，帮助务工人员尽快返岗就业，让企业尽早复工复产。";

/// Two briefs of a series (a title, a bare `本报电`, the writer's name), as laid out under or
/// over a banner.
pub(super) fn brief_series() -> String {
    format!(
        "市图书馆推出夜间阅读服务\n{}（林 一）\n\n春季招聘会本周末举行\n{}（方 晓）\n",
        column("本报电 市图书馆近日推出夜间阅读服务，每天晚上开放到十点，不少市民下班后专程赶来看书。", 15),
        column("本报电 本周末，市人才市场将举办春季招聘会，两百多家企业带来三千多个岗位，欢迎求职者前往。", 15)
    )
}

/// A headline, an introduction and two told stories, each with its title, the teller's name
/// (`…讲述`) and the reporter who wrote it up (`…整理`).
pub(super) fn told_stories() -> String {
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

/// Two readers' letters, each with its title and the writer's place and name under it.
pub(super) fn two_letters(first: &str, second: &str) -> String {
    format!(
        "{first}\n\n{}\n某省某某市 林 一\n\n{second}\n\n{}\n某省某某县 方 晓\n",
        column("　　最近小区里的路灯坏了好几盏，晚上出门很不方便，希望物业早点修好。", 13),
        column("　　学校门口的斑马线已经看不清了，孩子们上学过马路让人担心，建议尽快重新划线。", 13)
    )
}
