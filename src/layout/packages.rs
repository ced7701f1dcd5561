//! Compilations: a page's banner over several reported pieces that together are one article.
//!
//! A paper runs a package as one article: a banner headline with no story of its own (at most an
//! editor's introduction), then pieces that each carry their own title and reporter's byline —
//! `某县某村——` / `产业带动增收` / `本报记者 林 一` — up to the page's layout credit. The gold
//! reads the whole package as one article under the banner. The splitter first reads every piece
//! as an article (each has the evidence of one); this pass joins the pieces to their banner.

use std::ops::Range;

use super::item::LaidItem;
use crate::report::ItemKind;

/// The longest introduction (in characters) a banner may carry over its pieces.
const BANNER_INTRO_CHARS: usize = 300;

/// The most text (in characters) a banner printed after its package may hold: a stray line (a
/// page's contact address wrapped), never an introduction, which comes before the pieces.
const BANNER_AFTER_CHARS: usize = 40;

/// How many bylined pieces make a package under a banner.
const MIN_PIECES: usize = 2;

/// How many portraits (pieces under a subject line, or written up) make a package without a banner.
const MIN_PORTRAITS: usize = 3;

/// Joins the items of each package: a banner and the pieces next to it, after it (headline-before
/// layout) or before it (headline-after). `page_starts[k]` says whether item `k` follows page
/// furniture: a package stays on its page. Returns the items in order, each package's items as
/// one, with the index of its banner item (whose title is the package's title) when it has one.
pub(super) fn join_packages(items: &[LaidItem], page_starts: &[bool]) -> Vec<Joined> {
    let n = items.len();
    // Which items close with a note that a reporter wrote them up. A banner printed after its
    // package may have taken the last piece's note as its text; the note is that piece's.
    let written_up: Vec<bool> = (0..n)
        .map(|j| is_written_up(&items[j]) || items.get(j + 1).is_some_and(|b| is_banner_after(b) && is_written_up(b)))
        .collect();
    let is_piece = |j: usize| is_piece(&items[j], written_up[j]);
    let is_portrait = |j: usize| names_subject(&items[j]) || (written_up[j] && is_piece(j));
    let mut out: Vec<Joined> = Vec::with_capacity(n);
    // Ranges before this index are already in a package.
    let mut floor = 0;
    let mut k = 0;
    while k < n {
        // Portraits in a row, each under a line naming its subject (`某院护士林一——`) or closed by
        // a note that a reporter wrote it up: a package even where its banner was read as the
        // first portrait's headline or the last one's.
        if is_portrait(k) {
            let run: Vec<usize> = (k..n).take_while(|&j| (j == k || !page_starts[j]) && is_piece(j)).collect();
            let end = run.iter().position(|&j| has_layout_credit(&items[j])).map_or(run.len(), |i| i + 1);
            let run = &run[..end];
            if run.iter().filter(|&&j| is_portrait(j)).count() >= MIN_PORTRAITS {
                let mut last = *run.last().unwrap();
                let mut banner = None;
                // The package's banner, printed after it.
                if last + 1 < n && !page_starts[last + 1] && is_banner_after(&items[last + 1]) {
                    last += 1;
                    banner = Some(last);
                }
                out.push(Joined { items: k..last + 1, banner });
                floor = last + 1;
                k = last + 1;
                continue;
            }
        }
        if is_banner(&items[k]) {
            let after = (k + 1..n).take_while(|&j| !page_starts[j]);
            if let Some(last) = last_piece(items, k, after, is_piece) {
                out.push(Joined { items: k..last + 1, banner: Some(k) });
                floor = last + 1;
                k = last + 1;
                continue;
            }
            // Printed after its pieces: they are on the page before it, not yet in a package.
            let page_start = (floor..=k).rev().find(|&j| page_starts[j]).unwrap_or(floor);
            let before = (page_start..k).rev();
            let first = if is_banner_after(&items[k]) { last_piece(items, k, before, is_piece) } else { None };
            if let Some(first) = first {
                while out.last().is_some_and(|j| j.items.start >= first) {
                    out.pop();
                }
                out.push(Joined { items: first..k + 1, banner: Some(k) });
                floor = k + 1;
                k += 1;
                continue;
            }
        }
        out.push(Joined { items: k..k + 1, banner: None });
        k += 1;
    }
    out
}

/// An item after [`join_packages`]: one item as it was, or a package.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Joined {
    /// The indices of the items it is made of.
    pub items: Range<usize>,
    /// The package's banner: the index of its item.
    pub banner: Option<usize>,
}

/// Walking from the banner at `banner` over `order` (the items next to it, nearest first): the
/// farthest item of its package, if the walk meets enough bylined pieces before anything that is
/// not part of a package (an article under a column tag, a photo). A piece carrying the page's
/// layout credit ends the package.
fn last_piece(
    items: &[LaidItem],
    banner: usize,
    order: impl Iterator<Item = usize>,
    is_piece: impl Fn(usize) -> bool,
) -> Option<usize> {
    let mut pieces = 0;
    let mut last = None;
    if has_layout_credit(&items[banner]) && items[banner].body.is_empty() {
        // A banner over the layout credit stands alone (see `assign::part_banners`).
        return None;
    }
    for j in order {
        let item = &items[j];
        if is_piece(j) {
            pieces += 1;
        } else if !is_fragment(item) {
            break;
        }
        last = Some(j);
        if has_layout_credit(item) {
            break;
        }
    }
    (pieces >= MIN_PIECES).then_some(last?)
}

/// A banner: a headline with no credit but the page's layout credit, and at most a short
/// introduction under it (not a photo's caption).
fn is_banner(item: &LaidItem) -> bool {
    item.title.is_some()
        && item.kind != ItemKind::Photo
        && item.credits.iter().all(|c| c.role.contains("版式"))
        && item.body.chars().count() <= BANNER_INTRO_CHARS
}

/// A banner printed after its package (see [`BANNER_AFTER_CHARS`]).
fn is_banner_after(item: &LaidItem) -> bool {
    is_banner(item) && item.body.chars().count() <= BANNER_AFTER_CHARS
}

/// A reported piece of a package: its own title (not under a column tag, which marks an article
/// of its own) and a reporter's byline or a closing note that a reporter wrote it up
/// (`written_up`); or a line naming its subject (`某县某村——`) over a byline.
fn is_piece(item: &LaidItem, written_up: bool) -> bool {
    if item.title.as_deref().is_some_and(|t| t.ends_with('）')) {
        return false;
    }
    let reported = has_byline(item) || written_up;
    (item.title.is_some() && (reported || names_subject(item))) || (names_subject(item) && reported)
}

/// A kicker naming the piece's subject: `某县某村——`, `某院护士林一——`.
fn names_subject(item: &LaidItem) -> bool {
    item.kicker.as_deref().is_some_and(|k| k.contains("——"))
}

/// An untitled, uncredited run of text: an introduction or the tail of a piece.
fn is_fragment(item: &LaidItem) -> bool {
    item.title.is_none() && item.credits.is_empty()
}

/// A closing note that a reporter wrote the piece up (`（作者为…，本报记者林一采访整理）`), near
/// the end of the body (a page's contact line may follow it).
fn is_written_up(item: &LaidItem) -> bool {
    let tail_start = item.body.char_indices().rev().nth(60).map_or(0, |(i, _)| i);
    item.body[tail_start..].contains("整理）")
}

fn has_byline(item: &LaidItem) -> bool {
    item.credits.iter().any(|c| c.role.contains("记者") || c.role.contains("通讯员"))
}

fn has_layout_credit(item: &LaidItem) -> bool {
    item.credits.iter().any(|c| c.role.contains("版式"))
}

#[cfg(test)]
mod tests {
    use super::super::split;
    use super::super::tests::column;

    const BODIES: [&str; 3] = [
        "3月2日一早，某县某村的合作社里已经忙开了。农机手们检修播种机、调试无人机，仓库里的种子和化肥码得整整齐齐。合作社负责人说，今年流转的土地又多了两百亩，大家心里都有底。",
        "在某市农机站，技术员们把检修好的机具一台台开上运输车，准备送往乡镇。站长介绍，今年站里组织了十支服务队，分片包干，哪里需要就往哪里去，农户遇到问题很快就能得到办法。",
        "某区供销社的农资门店里，前来购买化肥的农户络绎不绝。门店负责人说，为了保障供应，社里提前储备了三千吨化肥，价格比去年同期还略有下降，老人打个电话就能送货上门。",
    ];

    /// Three reported pieces, each `subject——` / title / byline / body, after `head`.
    fn package(head: &str, titles: [&str; 3]) -> String {
        let subjects = ["某县某村——", "某市农机站——", "某区供销社——"];
        let names = ["林 一", "周 二", "吴 三"];
        let mut text = head.to_string();
        for i in 0..3 {
            text += &format!("{}\n\n{}\n\n本报记者 {}\n{}\n", subjects[i], titles[i], names[i], column(BODIES[i], 13));
        }
        text + "版式设计：郑 四\n"
    }

    const TITLES: [&str; 3] = ["合作社里备耕忙", "送技下乡到田头", "农资供应有保障"];

    #[test]
    fn a_banner_with_an_editors_note_over_bylined_pieces_is_one_article() {
        let intro = "各地抓住有利天气，组织农户备耕生产，农资供应总体平稳，春耕生产有序推进。本版今天刊发几地的做法。";
        let head =
            format!("同心协力保春耕同心协力保春耕\n（（一线观察一线观察））\n{}\n——编 者\n\n", column(intro, 13));
        let layout = split(&package(&head, TITLES));
        assert_eq!(layout.items.len(), 1, "{:#?}", layout.items);
        let item = &layout.items[0];
        assert_eq!(item.title.as_deref(), Some("同心协力保春耕（一线观察）"));
        // The pieces' titles are text of the package.
        assert!(TITLES.iter().all(|t| item.body.contains(t)), "{}", item.body);
    }

    #[test]
    fn portraits_under_subject_lines_are_one_article_when_the_banner_tops_the_first() {
        let layout = split(&package("全力以赴\n保春耕\n\n", TITLES));
        assert_eq!(layout.items.len(), 1, "{:#?}", layout.items);
    }

    #[test]
    fn pieces_written_up_by_reporters_are_one_article_with_their_banner_after_them() {
        let mut text = String::new();
        for (i, title) in ["合作社里的新变化", "田头来了服务队", "门店送货到家门"].iter().enumerate()
        {
            text += &format!(
                "{title}\n\n（某国）林 一\n{}\n（作者为某大学教授，本报记者周二采访整理）\n\n",
                column(BODIES[i], 13)
            );
        }
        text += "听他们说春耕（外国友人看春耕）\n";
        let layout = split(&text);
        assert_eq!(layout.items.len(), 1, "{:#?}", layout.items);
        assert_eq!(layout.items[0].spans.last().unwrap()[1], text.lines().count());
        assert_eq!(layout.items[0].title.as_deref(), Some("听他们说春耕（外国友人看春耕）"));
    }

    #[test]
    fn articles_under_column_tags_stay_apart() {
        let intro = "各地抓住有利天气，组织农户备耕生产，农资供应总体平稳。";
        let head = format!("春耕时节看田间\n{}\n", column(intro, 13));
        let tagged = ["合作社里备耕忙（田间地头）", "送技下乡到田头（田间地头）", "农资供应有保障（田间地头）"];
        let layout = split(&package(&head, tagged));
        assert_eq!(layout.items.len(), 4, "{:#?}", layout.items);
    }

    #[test]
    fn two_bylined_articles_without_a_banner_or_subject_lines_stay_apart() {
        let text = format!(
            "合作社里备耕忙\n\n本报记者 林 一\n{}\n送技下乡到田头\n\n本报记者 周 二\n{}\n农资供应有保障\n\n本报记者 吴 三\n{}",
            column(BODIES[0], 13),
            column(BODIES[1], 13),
            column(BODIES[2], 13)
        );
        assert_eq!(split(&text).items.len(), 3);
    }
}
