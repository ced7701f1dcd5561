//! Hand edits of the split, done on a [`Report`]'s items: merge an item with the next one, split
//! one at a line. The page keeps the edited items and has their words counted again
//! ([`crate::Analyzer::recount`]); here only the items' parts, spans and bodies change.

use serde::{Deserialize, Serialize};

use crate::layout::cues::credits::parse_credit_line;
use crate::layout::cues::headline::clean_headline_line;
use crate::layout::cues::join::join_lines;
use crate::report::{body_chars, to_spans, Credit, Item, ItemKind, ItemStats};

/// One hand edit (as the page sends it: `{"op": "merge", "item": 3}`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "lowercase")]
pub enum Edit {
    /// Item `item` and the one after it become one item: the second one's title lines become
    /// body text unless the first has no title, which then takes the second's.
    Merge { item: usize },
    /// Item `item` is split so that source line `line` (1-based) starts a new item.
    Split { item: usize, line: usize },
    /// Source line `line` of item `item` is read as `part`: the reader's correction of one line.
    Mark { item: usize, line: usize, part: Part },
}

/// What a line of an item is, as a hand edit sets it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Part {
    Kicker,
    Title,
    Subtitle,
    Credit,
    Body,
}

/// The items after `edit`, numbered again in order; an edit that does not apply (no next item,
/// a line outside the item or at its first line) leaves them as they are. `lines` are the
/// issue's normalised lines. Keywords and word counts of changed items are cleared.
pub fn apply(items: &[Item], lines: &[&str], edit: Edit) -> Vec<Item> {
    let mut out = items.to_vec();
    match edit {
        Edit::Merge { item } if item + 1 < items.len() => {
            let merged = merge(&items[item], &items[item + 1]);
            out.splice(item..item + 2, [merged]);
        }
        Edit::Split { item, line } => {
            let Some(parts) = items.get(item).and_then(|it| split(it, line, lines)) else { return out };
            out.splice(item..item + 1, parts);
        }
        Edit::Mark { item, line, part } => {
            if let Some(marked) = items.get(item).and_then(|it| mark(it, line, part, lines)) {
                out[item] = marked;
            }
        }
        Edit::Merge { .. } => {}
    }
    for (index, item) in out.iter_mut().enumerate() {
        item.index = index;
    }
    out
}

/// Line numbers covered by inclusive spans, in order.
fn span_lines(spans: &[[usize; 2]]) -> Vec<usize> {
    spans.iter().flat_map(|&[a, b]| a..=b).collect()
}

fn sorted_spans(mut numbers: Vec<usize>) -> Vec<[usize; 2]> {
    numbers.sort_unstable();
    numbers.dedup();
    to_spans(numbers)
}

/// Body text from source lines as the layout joins them: a run of lines is one paragraph (column
/// breaks joined, a space only between Latin words); a blank line or a gap starts another.
fn body_from_lines(lines: &[&str], numbers: &[usize]) -> String {
    let mut paragraphs: Vec<String> = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    let mut previous: Option<usize> = None;
    for &n in numbers {
        let line = lines.get(n - 1).map_or("", |l| l.trim());
        if previous.is_some_and(|p| n != p + 1) || line.is_empty() {
            flush(&mut run, &mut paragraphs);
        }
        if !line.is_empty() {
            run.push(line);
        }
        previous = Some(n);
    }
    flush(&mut run, &mut paragraphs);
    paragraphs.join("\n")
}

fn flush(run: &mut Vec<&str>, paragraphs: &mut Vec<String>) {
    if !run.is_empty() {
        paragraphs.push(join_lines(run.drain(..)));
    }
}

/// A title's parts as body text, one paragraph each.
fn title_text(item: &Item) -> Vec<String> {
    [&item.kicker, &item.title, &item.subtitle].into_iter().flatten().cloned().collect()
}

fn merge(a: &Item, b: &Item) -> Item {
    // The bodies stay as the layout read them; the second title becomes text where it stands.
    let (titled, demoted) = if a.title.is_some() { (a, b) } else { (b, a) };
    let mut pieces: Vec<(usize, String)> = Vec::new();
    for item in [a, b] {
        if let Some(&[first, _]) = item.body_spans.first() {
            pieces.push((first, item.body.clone()));
        }
    }
    if let Some(&[first, _]) = demoted.title_spans.first() {
        pieces.extend(title_text(demoted).into_iter().map(|t| (first, t)));
    }
    pieces.sort_by_key(|(first, _)| *first);
    let body = pieces.into_iter().map(|(_, t)| t).filter(|t| !t.is_empty()).collect::<Vec<_>>().join("\n");
    let body_lines = [span_lines(&a.body_spans), span_lines(&b.body_spans), span_lines(&demoted.title_spans)].concat();
    Item {
        index: a.index,
        kind: if a.kind == ItemKind::Article || b.kind == ItemKind::Article { ItemKind::Article } else { a.kind },
        title: titled.title.clone(),
        kicker: titled.kicker.clone(),
        subtitle: titled.subtitle.clone(),
        credits: [a.credits.clone(), b.credits.clone()].concat(),
        spans: sorted_spans([span_lines(&a.spans), span_lines(&b.spans)].concat()),
        body_spans: sorted_spans(body_lines),
        title_spans: titled.title_spans.clone(),
        credit_spans: sorted_spans([span_lines(&a.credit_spans), span_lines(&b.credit_spans)].concat()),
        stats: ItemStats { chars: body_chars(&body), words: 0 },
        body,
        keywords: Vec::new(),
        page: a.page.or(b.page),
        boxes: [a.boxes.clone(), b.boxes.clone()].concat(),
    }
}

/// The item with source line `at` read as `part`; `None` if the line is not the item's or is blank.
fn mark(item: &Item, at: usize, part: Part, lines: &[&str]) -> Option<Item> {
    let text = lines.get(at.checked_sub(1)?)?.trim();
    if text.is_empty() || !span_lines(&item.spans).contains(&at) {
        return None;
    }
    let without = |spans: &[[usize; 2]]| to_spans(span_lines(spans).into_iter().filter(|&n| n != at));
    let mut out = item.clone();
    let was_body = span_lines(&item.body_spans).contains(&at);
    let was_credit = span_lines(&item.credit_spans).contains(&at);
    let was_title = span_lines(&item.title_spans).contains(&at);
    out.body_spans = without(&item.body_spans);
    out.credit_spans = without(&item.credit_spans);
    out.title_spans = without(&item.title_spans);
    // A title part taken from this line is cleared when the line becomes something else.
    let cleaned = clean_headline_line(text);
    if was_title {
        for field in [&mut out.kicker, &mut out.title, &mut out.subtitle] {
            if field.as_deref().is_some_and(|f| f.contains(cleaned.as_str())) {
                *field = None;
            }
        }
    }
    match part {
        Part::Kicker | Part::Title | Part::Subtitle => {
            out.title_spans = sorted_spans([span_lines(&out.title_spans), vec![at]].concat());
            let field = match part {
                Part::Kicker => &mut out.kicker,
                Part::Subtitle => &mut out.subtitle,
                _ => &mut out.title,
            };
            *field = Some(cleaned);
            if out.kind == ItemKind::Brief && part == Part::Title {
                out.kind = ItemKind::Article;
            }
        }
        Part::Credit => {
            out.credit_spans = sorted_spans([span_lines(&out.credit_spans), vec![at]].concat());
        }
        Part::Body => {
            out.body_spans = sorted_spans([span_lines(&out.body_spans), vec![at]].concat());
        }
    }
    if was_credit || part == Part::Credit {
        out.credits = credits_of(&span_lines(&out.credit_spans), lines);
    }
    if was_body || part == Part::Body {
        out.body = body_from_lines(lines, &span_lines(&out.body_spans));
    }
    out.stats = ItemStats { chars: body_chars(&out.body), words: 0 };
    out.keywords = Vec::new();
    Some(out)
}

/// The credits of credit lines: read as the layout reads them, or, for a line that does not read
/// as one (the reader says it is), the whole line as the names of a `署名` (signature).
fn credits_of(numbers: &[usize], lines: &[&str]) -> Vec<Credit> {
    let mut credits = Vec::new();
    for &n in numbers {
        let text = lines.get(n - 1).map_or("", |l| l.trim());
        match parse_credit_line(text) {
            Some(found) => credits.extend(found),
            None if !text.is_empty() => credits.push(Credit { role: "署名".into(), names: vec![text.to_string()] }),
            None => {}
        }
    }
    credits
}

/// The item's parts before line `at` and from it on; `None` if one part would be empty.
fn split(item: &Item, at: usize, lines: &[&str]) -> Option<[Item; 2]> {
    let all = span_lines(&item.spans);
    if !all.iter().any(|&n| n < at) || !all.iter().any(|&n| n >= at) {
        return None;
    }
    let part = |keep: &dyn Fn(usize) -> bool| {
        let clip = |spans: &[[usize; 2]]| to_spans(span_lines(spans).into_iter().filter(|&n| keep(n)));
        let (title_spans, credit_spans, body_spans) =
            (clip(&item.title_spans), clip(&item.credit_spans), clip(&item.body_spans));
        let keeps_title = !title_spans.is_empty();
        // A body wholly on this side keeps the layout's reading; a cut one is read from its lines.
        let whole_body = span_lines(&item.body_spans).into_iter().all(keep);
        let body = if whole_body { item.body.clone() } else { body_from_lines(lines, &span_lines(&body_spans)) };
        Item {
            index: item.index,
            // The part that loses the title stays what the item was (an untitled article, say):
            // the reader names it next (`Edit::Mark`), rather than it turning into a brief.
            kind: item.kind,
            title: if keeps_title { item.title.clone() } else { None },
            kicker: if keeps_title { item.kicker.clone() } else { None },
            subtitle: if keeps_title { item.subtitle.clone() } else { None },
            credits: if credit_spans.is_empty() { Vec::new() } else { item.credits.clone() },
            spans: clip(&item.spans),
            body_spans,
            title_spans,
            credit_spans,
            stats: ItemStats { chars: body_chars(&body), words: 0 },
            body,
            keywords: Vec::new(),
            // Boxes are not tied to lines: both parts keep the item's.
            page: item.page,
            boxes: item.boxes.clone(),
        }
    };
    Some([part(&|n| n < at), part(&|n| n >= at)])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Analyzer, Options};

    const PAGE: &str = "本报讯 市图书馆从本月起把开放时间延长到晚上九点，\n读者下班后也能来借书。\n\n夜间阅读受欢迎\n\n本报讯 春季招聘会昨天在会展中心举行，\n两百多家企业带来三千个岗位，\nApp Store 也来招人。\n\n春季招聘会开幕\n";

    fn report() -> crate::Report {
        Analyzer::new().analyze(PAGE, &Options::default())
    }

    fn lines() -> Vec<&'static str> {
        crate::text::normalize::split_lines(PAGE)
    }

    #[test]
    fn merging_keeps_the_first_title_and_both_bodies_in_line_order() {
        let items = report().items;
        assert_eq!(items.len(), 2, "{items:#?}");
        let merged = apply(&items, &lines(), Edit::Merge { item: 0 });
        assert_eq!(merged.len(), 1);
        let m = &merged[0];
        assert_eq!(m.title.as_deref(), Some("夜间阅读受欢迎"));
        // The second title, set after its body, becomes text where it stands.
        assert_eq!(m.body, format!("{}\n{}\n{}", items[0].body, items[1].body, "春季招聘会开幕"));
        assert_eq!(m.spans, vec![[1, 2], [4, 4], [6, 8], [10, 10]]);
        assert_eq!(m.title_spans, items[0].title_spans);
        assert!(m.keywords.is_empty() && m.stats.words == 0 && m.stats.chars == body_chars(&m.body));
    }

    #[test]
    fn splitting_gives_the_title_to_the_part_that_holds_its_lines() {
        let items = report().items;
        let parts = apply(&items, &lines(), Edit::Split { item: 1, line: 8 });
        assert_eq!(parts.len(), 3);
        assert_eq!((parts[1].index, parts[2].index), (1, 2));
        assert_eq!(parts[1].title, None);
        assert_eq!(parts[1].kind, ItemKind::Article);
        assert_eq!(parts[1].body, "本报讯 春季招聘会昨天在会展中心举行，两百多家企业带来三千个岗位，");
        // A body cut by the split is read from its lines, with the space between Latin words.
        assert_eq!(parts[2].body, "App Store 也来招人。");
        assert_eq!(parts[2].title.as_deref(), Some("春季招聘会开幕"));
        assert_eq!(parts[2].spans, vec![[8, 8], [10, 10]]);
    }

    #[test]
    fn edits_that_do_not_apply_change_nothing() {
        let items = report().items;
        for edit in [Edit::Merge { item: 1 }, Edit::Split { item: 0, line: 1 }, Edit::Split { item: 0, line: 40 }] {
            assert_eq!(apply(&items, &lines(), edit), items, "{edit:?}");
        }
    }

    #[test]
    fn a_fake_bold_title_merged_into_the_text_is_undoubled() {
        let report = Analyzer::new().analyze(crate::SAMPLE_ISSUE, &Options::default());
        let normalized = crate::text::normalize::normalize(crate::SAMPLE_ISSUE);
        let lines = crate::text::normalize::split_lines(&normalized);
        let merged = apply(&report.items, &lines, Edit::Merge { item: 0 });
        let demoted = if report.items[0].title.is_some() { &report.items[1] } else { &report.items[0] };
        let title = demoted.title.as_deref().unwrap();
        assert!(merged[0].body.contains(title), "{title} in {}", merged[0].body);
        assert!(!merged[0].body.contains("誓师出征誓师出征"));
    }

    #[test]
    fn a_line_marked_as_title_leaves_the_body_and_names_the_item() {
        let items = report().items;
        let parts = apply(&items, &lines(), Edit::Split { item: 1, line: 7 });
        // Item 1 is now 本报讯 春季招聘会… (line 6) alone; its second part starts at line 7.
        let marked = apply(&parts, &lines(), Edit::Mark { item: 2, line: 7, part: Part::Kicker });
        let item = &marked[2];
        assert_eq!(item.kicker.as_deref(), Some("两百多家企业带来三千个岗位，"));
        assert_eq!(item.title.as_deref(), Some("春季招聘会开幕"));
        assert_eq!(item.body, "App Store 也来招人。");
        assert_eq!(item.title_spans, vec![[7, 7], [10, 10]]);
        assert_eq!(item.body_spans, vec![[8, 8]]);
        // Back to body: the kicker goes, the line is text again where it stands.
        let back = apply(&marked, &lines(), Edit::Mark { item: 2, line: 7, part: Part::Body });
        assert_eq!(back[2].kicker, None);
        assert_eq!(back[2].body, "两百多家企业带来三千个岗位，App Store 也来招人。");
    }

    #[test]
    fn a_line_marked_as_credit_is_read_as_one_or_kept_as_a_signature() {
        let items = report().items;
        let marked = apply(&items, &lines(), Edit::Mark { item: 0, line: 2, part: Part::Credit });
        assert_eq!(
            marked[0].credits,
            vec![Credit { role: "署名".into(), names: vec!["读者下班后也能来借书。".into()] }]
        );
        assert_eq!(marked[0].body, "本报讯 市图书馆从本月起把开放时间延长到晚上九点，");
        // A blank line or a line of another item is not marked.
        assert_eq!(apply(&items, &lines(), Edit::Mark { item: 0, line: 3, part: Part::Title }), items);
        assert_eq!(apply(&items, &lines(), Edit::Mark { item: 0, line: 6, part: Part::Title }), items);
    }

    #[test]
    fn body_lines_join_like_the_layout() {
        let lines = ["读者下班", "后也能来借书。", "", "Open", "Data 开放"];
        assert_eq!(body_from_lines(&lines, &[1, 2, 3, 4, 5]), "读者下班后也能来借书。\nOpen Data 开放");
        assert_eq!(body_from_lines(&lines, &[1, 4]), "读者下班\nOpen");
    }
}
