//! What a headline shares with its own body. A reader matches a headline to its article by its
//! words: `夜间阅读服务受欢迎` goes with the story about the library's evening hours, not with the
//! one about spring job fairs printed right under it. Character bigrams of the ideographs stand in
//! for words (no segmenter needed): most of a headline's bigrams occur in its own body (median
//! about 0.6–0.8 on our renderings) and almost none in a neighbour's (median 0).

use rustc_hash::FxHashSet;

use super::lines::Line;
use super::paragraphs::{Para, Role};
use super::segments::Seg;
use crate::headline;

/// For each headline segment, which of the two bodies around it shares more of its bigrams: the
/// body right after it minus the body right before it (shares, so in -1..=1); 0 for other segments
/// and for headlines with too few bigrams to tell.
pub(super) struct Affinity {
    lean: Vec<f32>,
}

fn is_ideograph(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}')
}

/// Each pair of adjacent ideographs of `text`, packed into one key.
fn bigrams(text: &str, mut push: impl FnMut(u64)) {
    let mut previous: Option<char> = None;
    for c in text.chars() {
        if is_ideograph(c) {
            if let Some(p) = previous {
                push(((p as u64) << 21) | c as u64);
            }
            previous = Some(c);
        } else {
            previous = None;
        }
    }
}

type BodySet = FxHashSet<u64>;

/// The bigram set of every body segment (`None` for other segments).
fn body_sets(segs: &[Seg], lines: &[Line], paras: &[Para]) -> Vec<Option<BodySet>> {
    let body_set = |ps: &[usize]| {
        // Joined across line ends: a word wrapped over two lines is still one bigram.
        let text: String = ps.iter().flat_map(|&p| &paras[p].lines).map(|&i| lines[i].running_text()).collect();
        let mut set = BodySet::default();
        bigrams(&text, |k| {
            set.insert(k);
        });
        set
    };
    segs.iter().map(|seg| if let Seg::Body(ps) = seg { Some(body_set(ps)) } else { None }).collect()
}

/// The share of the headline paragraphs' bigrams found in the body after them minus the share
/// found in the body before them; `None` with fewer than two bigrams.
fn lean_of(
    headline_paras: &[usize],
    before: Option<&BodySet>,
    after: Option<&BodySet>,
    lines: &[Line],
    paras: &[Para],
) -> Option<f32> {
    let text: Vec<String> = headline_paras
        .iter()
        .flat_map(|&p| &paras[p].lines)
        .map(|&l| headline::clean_headline_line(lines[l].text))
        .collect();
    lean_of_text(&text.join("\n"), before, after)
}

/// `lean_of` for a headline's text.
fn lean_of_text(text: &str, before: Option<&BodySet>, after: Option<&BodySet>) -> Option<f32> {
    let mut keys = Vec::new();
    bigrams(text, |k| keys.push(k));
    keys.sort_unstable();
    keys.dedup();
    if keys.len() < 2 {
        return None;
    }
    let share = |body: Option<&BodySet>| {
        body.map_or(0.0, |b| keys.iter().filter(|k| b.contains(k)).count() as f32 / keys.len() as f32)
    };
    Some(share(after) - share(before))
}

/// The nearest body sets before and after segment `i`.
fn around(sets: &[Option<BodySet>], i: usize) -> (Option<&BodySet>, Option<&BodySet>) {
    ((0..i).rev().find_map(|j| sets[j].as_ref()), (i + 1..sets.len()).find_map(|j| sets[j].as_ref()))
}

/// How surely a headline line leans to one side before a block is parted by its words.
const PART_LEAN: f32 = 0.25;

/// Parts a block of headline lines set tight together where its lines' words say that the first
/// ones close the article above and the rest open the one below (`夜读服务受欢迎` / `春季招聘拉开帷幕`
/// with no blank between): each line leans to its side by at least `PART_LEAN`.
pub(super) fn part_headlines_by_words(segs: Vec<Seg>, lines: &[Line], paras: &[Para]) -> Vec<Seg> {
    let sets = body_sets(&segs, lines, paras);
    let mut out = Vec::with_capacity(segs.len());
    for (i, seg) in segs.iter().enumerate() {
        if let Seg::Headline(units) = seg {
            if let [unit] = units.as_slice() {
                let (before, after) = around(&sets, i);
                let leans: Vec<Option<f32>> =
                    unit.iter().map(|p| lean_of(std::slice::from_ref(p), before, after, lines, paras)).collect();
                let up = |k: usize| leans[k].is_some_and(|l| l <= -PART_LEAN);
                let down = |k: usize| leans[k].is_some_and(|l| l >= PART_LEAN);
                if let Some(k) = (1..unit.len()).find(|&k| (0..k).all(up) && (k..unit.len()).all(down)) {
                    out.push(Seg::Headline(vec![unit[..k].to_vec()]));
                    out.push(Seg::Headline(vec![unit[k..].to_vec()]));
                    continue;
                }
            }
        }
        out.push(seg.clone());
    }
    out
}

/// The bigrams of the nearest run of body paragraphs before or after paragraph `at`, past any
/// headline and credit lines in between.
fn neighbour_body(paras: &[Para], lines: &[Line], at: usize, forward: bool) -> BodySet {
    let mut set = BodySet::default();
    let indices: Box<dyn Iterator<Item = usize>> =
        if forward { Box::new(at + 1..paras.len()) } else { Box::new((0..at).rev()) };
    let mut seen_body = false;
    for p in indices {
        match paras[p].role {
            Role::Body => seen_body = true,
            Role::Headline | Role::Credit if !seen_body => continue,
            _ => break,
        }
        let text: String = paras[p].lines.iter().map(|&i| lines[i].running_text()).collect();
        bigrams(&text, |k| {
            set.insert(k);
        });
    }
    set
}

/// Splits a headline paragraph of several lines set between two bodies where its first lines'
/// words are the body above's and the rest the body below's (A's title after it run together
/// with B's title before it), so that `part_headlines_by_words` can give each its article.
pub(super) fn part_headline_paragraphs(lines: &[Line], paras: &mut Vec<Para>) {
    let mut p = 0;
    while p < paras.len() {
        let para = &paras[p];
        if para.role == Role::Headline && para.lines.len() >= 2 {
            let (before, after) = (neighbour_body(paras, lines, p, false), neighbour_body(paras, lines, p, true));
            let leans: Vec<Option<f32>> = para
                .lines
                .iter()
                .map(|&l| lean_of_text(&headline::clean_headline_line(lines[l].text), Some(&before), Some(&after)))
                .collect();
            let up = |k: usize| leans[k].is_some_and(|l| l <= -PART_LEAN);
            let down = |k: usize| leans[k].is_some_and(|l| l >= PART_LEAN);
            let n = para.lines.len();
            if let Some(k) = (1..n).find(|&k| (0..k).all(up) && (k..n).all(down)) {
                let rest = paras[p].lines.split_off(k);
                paras.insert(p + 1, Para { lines: rest, role: Role::Headline });
                p += 1;
            }
        }
        p += 1;
    }
}

impl Affinity {
    pub(super) fn new(segs: &[Seg], lines: &[Line], paras: &[Para]) -> Self {
        let sets = body_sets(segs, lines, paras);
        let lean = segs
            .iter()
            .enumerate()
            .map(|(i, seg)| {
                let Seg::Headline(units) = seg else { return 0.0 };
                let (before, after) = around(&sets, i);
                let headline_paras: Vec<usize> = units.iter().flatten().copied().collect();
                lean_of(&headline_paras, before, after, lines, paras).unwrap_or(0.0)
            })
            .collect();
        Affinity { lean }
    }

    /// How much more segment `i` (a headline) shares with the body after it than with the body
    /// before it.
    pub(super) fn lean(&self, i: usize) -> f32 {
        self.lean[i]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bigrams_pair_adjacent_ideographs_only() {
        let mut keys = Vec::new();
        bigrams("春雨，田野a新绿", |k| keys.push(k));
        let pair = |a: char, b: char| ((a as u64) << 21) | b as u64;
        assert_eq!(keys, vec![pair('春', '雨'), pair('田', '野'), pair('新', '绿')]);
    }
}
