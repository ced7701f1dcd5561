//! What a headline shares with its own body. A reader matches a headline to its article by its
//! words: `夜间阅读服务受欢迎` goes with the story about the library's evening hours, not with the
//! one about spring job fairs printed right under it. Character bigrams of the ideographs stand in
//! for words (no segmenter needed): most of a headline's bigrams occur in its own body (median
//! about 0.6–0.8 on our renderings) and almost none in a neighbour's (median 0).

use rustc_hash::FxHashMap;

use super::blocks::Block;
use super::cues::headline;
use super::cues::join;
use super::headline_paras;
use super::key_filter::KeyFilter;
use super::lines::Line;
use super::paragraphs::{Para, Role};
use crate::text::chars::is_ideograph;

/// For each headline block, which of the two bodies around it shares more of its bigrams: the
/// body right after it minus the body right before it (shares, so in -1..=1); 0 for other blocks
/// and for headlines with too few bigrams to tell.
pub(super) struct Affinity {
    lean: Vec<f32>,
}

/// Each pair of adjacent ideographs of `texts`, packed into one key. The texts are read as one run
/// (a body's lines: a word wrapped over two lines is still one bigram).
fn bigrams<'a>(texts: impl IntoIterator<Item = &'a str>, mut push: impl FnMut(u64)) {
    let mut previous: Option<char> = None;
    for c in texts.into_iter().flat_map(str::chars) {
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

/// The bigram keys of a headline's lines, each line read on its own, sorted and deduplicated.
fn headline_keys<'a>(texts: impl IntoIterator<Item = &'a str>) -> Vec<u64> {
    let mut keys = Vec::new();
    for text in texts {
        bigrams([headline::clean_headline_line(text).as_str()], |k| keys.push(k));
    }
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// Which bodies hold each headline bigram. Only the headlines' bigrams are looked up in the body
/// text (one pass over it, against a small table), so no set of a whole body is built.
struct BigramIndex {
    /// Headline bigram → the ids of the bodies holding it, ascending.
    hits: FxHashMap<u64, Vec<usize>>,
    /// The keys of `hits`, to pass over the other bigrams of the bodies without a probe.
    wanted: KeyFilter,
}

impl Default for BigramIndex {
    fn default() -> Self {
        // 2^16 bits: an issue's headlines have a few thousand bigrams.
        BigramIndex { hits: FxHashMap::default(), wanted: KeyFilter::new(16) }
    }
}

impl BigramIndex {
    fn want(&mut self, keys: &[u64]) {
        for &k in keys {
            self.hits.entry(k).or_default();
            self.wanted.insert(k);
        }
    }

    /// Records the wanted bigrams of body `id`'s text; ids must come in ascending order.
    fn add_body<'a>(&mut self, id: usize, texts: impl IntoIterator<Item = &'a str>) {
        bigrams(texts, |k| {
            if !self.wanted.may_contain(k) {
                return;
            }
            if let Some(ids) = self.hits.get_mut(&k) {
                if ids.last() != Some(&id) {
                    ids.push(id);
                }
            }
        });
    }

    /// The share of `keys` found in any of the bodies `ids` (0 without a body).
    fn share(&self, keys: &[u64], ids: &[usize]) -> f32 {
        if ids.is_empty() {
            return 0.0;
        }
        let found = keys
            .iter()
            .filter(|k| self.hits.get(k).is_some_and(|held| ids.iter().any(|id| held.binary_search(id).is_ok())))
            .count();
        found as f32 / keys.len() as f32
    }

    /// The share found in the bodies after minus the share found in the bodies before; `None`
    /// with fewer than two bigrams.
    fn lean(&self, keys: &[u64], before: &[usize], after: &[usize]) -> Option<f32> {
        (keys.len() >= 2).then(|| self.share(keys, after) - self.share(keys, before))
    }
}

/// Each headline paragraph's bigram keys, read once (undoubling a line is not free) for both the
/// parting of bodies between headlines and [`Words`].
pub(super) struct HeadlineKeys(FxHashMap<usize, Vec<u64>>);

impl HeadlineKeys {
    pub(super) fn new(blocks: &[Block], lines: &[Line], paras: &[Para]) -> Self {
        let keys = blocks
            .iter()
            .filter_map(|block| if let Block::Headline(units) = block { Some(units.iter().flatten()) } else { None })
            .flatten()
            .map(|&p| (p, headline_keys(paras[p].lines.iter().map(|&l| lines[l].text))))
            .collect();
        HeadlineKeys(keys)
    }

    /// The keys of headline paragraphs `ps` together, sorted and deduplicated.
    fn of<'p>(&self, ps: impl IntoIterator<Item = &'p usize>) -> Vec<u64> {
        let mut keys: Vec<u64> = ps.into_iter().flat_map(|p| self.0[p].iter().copied()).collect();
        keys.sort_unstable();
        keys.dedup();
        keys
    }
}

/// A page's headline words: each headline paragraph's bigrams, and which bodies hold them. Both
/// the parting of headline blocks and the assignment's leans are read from it. A body is known by
/// its first paragraph, which parting headlines and setting furniture aside leave as they are.
pub(super) struct Words {
    keys: HeadlineKeys,
    index: BigramIndex,
    /// Each body's first and last line number (in the text), to tell which bodies touch.
    extents: FxHashMap<usize, (usize, usize)>,
}

impl Words {
    pub(super) fn new(blocks: &[Block], lines: &[Line], paras: &[Para], keys: HeadlineKeys) -> Self {
        let mut index = BigramIndex::default();
        for k in keys.0.values() {
            index.want(k);
        }
        let mut extents = FxHashMap::default();
        for block in blocks {
            if let Block::Body(ps) = block {
                index.add_body(ps[0], ps.iter().flat_map(|&p| &paras[p].lines).map(|&l| lines[l].running_text()));
                let (first, last) = (paras[ps[0]].lines[0], *paras[*ps.last().unwrap()].lines.last().unwrap());
                extents.insert(ps[0], (lines[first].no, lines[last].no));
            }
        }
        Words { keys, index, extents }
    }

    /// How much more headline paragraphs `ps` share with the body after block `i` than with
    /// the body before it.
    fn lean<'p>(&self, ps: impl IntoIterator<Item = &'p usize>, blocks: &[Block], i: usize) -> Option<f32> {
        let keys = self.keys.of(ps);
        let body = |j: usize| if let Block::Body(ps) = &blocks[j] { Some(ps[0]) } else { None };
        let before = self.touching_run((0..i).rev().map(body));
        let after = self.touching_run((i + 1..blocks.len()).map(body));
        self.index.lean(&keys, &before, &after)
    }

    /// The nearest body of `bodies` (blocks walked away from a headline, `None` for any other
    /// block) with the bodies it runs on into, parted with no heading and no blank line between
    /// (tight text): an article's last paragraph alone may not name its subject.
    fn touching_run(&self, bodies: impl Iterator<Item = Option<usize>>) -> Vec<usize> {
        // Bodies come in text order, so the pair touches one way or the other.
        let touch = |a: usize, b: usize| {
            let ((a_first, a_last), (b_first, b_last)) = (self.extents[&a], self.extents[&b]);
            a_last + 1 == b_first || b_last + 1 == a_first
        };
        let mut ids: Vec<usize> = Vec::new();
        for id in bodies.skip_while(Option::is_none).map_while(|id| id) {
            if ids.last().is_some_and(|&last| !touch(last, id)) {
                break;
            }
            ids.push(id);
        }
        ids
    }
}

/// How surely a headline line leans to one side before a block is parted by its words.
const PART_LEAN: f32 = 0.25;

/// Where a block of headline lines (given as each line's or paragraph's lean) parts: the first
/// `k` lean up by at least `PART_LEAN`, the rest down. A line too short to tell (`开馆`, the end of
/// a title wrapped after `二里头夏都遗址博物馆`) goes with the lines before it, as a wrapped title's
/// last line does; each side needs at least one line that tells.
/// `allowed[k]`: the marks let the block part before line `k` (`headline_paras::part_points`).
fn part_at(leans: &[Option<f32>], allowed: &[bool]) -> Option<usize> {
    let up = |k: usize| leans[k].is_none_or(|l| l <= -PART_LEAN);
    let down = |k: usize| leans[k].is_none_or(|l| l >= PART_LEAN);
    let tells = |k: usize| leans[k].is_some();
    (1..leans.len()).rev().find(|&k| {
        allowed[k] && (0..k).all(up) && (k..leans.len()).all(down) && (0..k).any(tells) && (k..leans.len()).any(tells)
    })
}

/// Parts a block of headline lines set tight together where its lines' words say that the first
/// ones close the article above and the rest open the one below (`夜读服务受欢迎` / `春季招聘拉开帷幕`
/// with no blank between): each line leans to its side by at least `PART_LEAN`.
pub(super) fn part_headlines_by_words(blocks: Vec<Block>, lines: &[Line], paras: &[Para], words: &Words) -> Vec<Block> {
    let mut out = Vec::with_capacity(blocks.len());
    for (i, block) in blocks.iter().enumerate() {
        if let Block::Headline(units) = block {
            if let [unit] = units.as_slice() {
                let leans: Vec<Option<f32>> = unit.iter().map(|p| words.lean([p], &blocks, i)).collect();
                let allowed: Vec<bool> = (0..unit.len())
                    .map(|k| k > 0 && headline_paras::may_part_between(lines, &paras[unit[k - 1]], &paras[unit[k]]))
                    .collect();
                if let Some(k) = part_at(&leans, &allowed) {
                    out.push(Block::Headline(vec![unit[..k].to_vec()]));
                    out.push(Block::Headline(vec![unit[k..].to_vec()]));
                    continue;
                }
            }
        }
        out.push(block.clone());
    }
    out
}

/// The nearest run of body paragraphs before or after paragraph `at`, past any headline and
/// credit lines in between: the run's first paragraph.
fn neighbour_run(paras: &[Para], at: usize, forward: bool) -> Option<usize> {
    let is_gap = |p: usize| matches!(paras[p].role, Role::Headline | Role::Credit);
    if forward {
        (at + 1..paras.len()).find(|&p| !is_gap(p)).filter(|&p| paras[p].role == Role::Body)
    } else {
        let last = (0..at).rev().find(|&p| !is_gap(p)).filter(|&p| paras[p].role == Role::Body)?;
        Some((0..=last).rev().find(|&p| paras[p].role != Role::Body).map_or(0, |p| p + 1))
    }
}

/// Splits a headline paragraph of several lines set between two bodies where its first lines'
/// words are the body above's and the rest the body below's (A's title after it run together
/// with B's title before it), so that `part_headlines_by_words` can give each its article.
pub(super) fn part_headline_paragraphs(lines: &[Line], paras: &mut Vec<Para>) {
    let candidates: Vec<usize> =
        (0..paras.len()).filter(|&p| paras[p].role == Role::Headline && paras[p].lines.len() >= 2).collect();
    if candidates.is_empty() {
        return;
    }
    let keys: FxHashMap<usize, Vec<u64>> =
        candidates.iter().flat_map(|&p| &paras[p].lines).map(|&l| (l, headline_keys([lines[l].text]))).collect();
    let line_keys = |l: usize| keys[&l].clone();
    // Body runs are indexed by their first paragraph.
    let mut index = BigramIndex::default();
    for &p in &candidates {
        for &l in &paras[p].lines {
            index.want(&line_keys(l));
        }
    }
    // Only the runs next to a candidate are asked about below: the others are not read.
    let mut asked: Vec<usize> = candidates
        .iter()
        .flat_map(|&p| [neighbour_run(paras, p, false), neighbour_run(paras, p, true)])
        .flatten()
        .collect();
    asked.sort_unstable();
    let mut p = 0;
    while p < paras.len() {
        if paras[p].role != Role::Body {
            p += 1;
            continue;
        }
        let start = p;
        while p < paras.len() && paras[p].role == Role::Body {
            p += 1;
        }
        if asked.binary_search(&start).is_ok() {
            let texts = paras[start..p].iter().flat_map(|para| &para.lines).map(|&l| lines[l].running_text());
            index.add_body(start, texts);
        }
    }
    // Decide on the paragraphs as they are, then split from the end so indices stay valid.
    let mut parts = Vec::new();
    for &p in &candidates {
        let (before, after) = (neighbour_run(paras, p, false), neighbour_run(paras, p, true));
        let leans: Vec<Option<f32>> =
            paras[p].lines.iter().map(|&l| index.lean(&line_keys(l), before.as_slice(), after.as_slice())).collect();
        let texts: Vec<String> = paras[p].lines.iter().map(|&l| headline::clean_headline_line(lines[l].text)).collect();
        if let Some(k) = part_at(&leans, &headline_paras::part_points(&texts)) {
            parts.push((p, k));
        }
    }
    for &(p, k) in parts.iter().rev() {
        let rest = paras[p].lines.split_off(k);
        paras.insert(p + 1, Para { lines: rest, role: Role::Headline, weakly_parted: false });
    }
}

/// How much more of each headline's bigrams one part of a body must hold than the other before
/// the body is parted between the two headlines.
const PART_BODY_SHARE: f32 = 0.3;
/// How much of a headline's bigrams may still turn up in the other article's part.
const PART_BODY_STRAY: f32 = 0.15;

/// Parts a run of body paragraphs that sits between two headlines whose words are each found in
/// one end of it and not the other (A's title above it, B's below, and the two articles set with
/// no break between them): at the paragraph end that best separates the two headlines' words,
/// on a tie the later one (an article's lead carries its headline's words, so the second article
/// starts where they first appear). The assignment still decides whether to cut there.
pub(super) fn part_bodies_between_headlines(
    blocks: Vec<Block>,
    lines: &[Line],
    paras: &mut [Para],
    headline_keys: &HeadlineKeys,
) -> Vec<Block> {
    let headline_near = |range: &mut dyn Iterator<Item = usize>| {
        range.map(|j| &blocks[j]).find(|s| !matches!(s, Block::Credit(_))).and_then(|s| match s {
            Block::Headline(units) => Some(units),
            _ => None,
        })
    };
    let keys_of = |units: &Vec<Vec<usize>>| {
        let mut keys = headline_keys.of(units.iter().flatten());
        keys.truncate(64); // one bit each below
        keys
    };
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    for (i, block) in blocks.iter().enumerate() {
        let Block::Body(ps) = block else { continue };
        if ps.len() < 2 {
            continue;
        }
        let (Some(above), Some(below)) = (headline_near(&mut (0..i).rev()), headline_near(&mut (i + 1..blocks.len())))
        else {
            continue;
        };
        let (up, down) = (keys_of(above), keys_of(below));
        if up.len() < 2 || down.len() < 2 {
            continue;
        }
        // Which of each headline's bigrams every paragraph holds, as bit masks.
        let mut either = KeyFilter::new(10);
        up.iter().chain(&down).for_each(|&k| either.insert(k));
        let found: Vec<(u64, u64)> = ps
            .iter()
            .map(|&p| {
                let (mut a, mut b) = (0u64, 0u64);
                bigrams(paras[p].lines.iter().map(|&l| lines[l].running_text()), |k| {
                    if !either.may_contain(k) {
                        return;
                    }
                    if let Ok(at) = up.binary_search(&k) {
                        a |= 1 << at;
                    }
                    if let Ok(at) = down.binary_search(&k) {
                        b |= 1 << at;
                    }
                });
                (a, b)
            })
            .collect();
        let share = |mask: u64, keys: &[u64]| mask.count_ones() as f32 / keys.len() as f32;
        let union = |part: &[(u64, u64)]| part.iter().fold((0, 0), |(a, b), &(x, y)| (a | x, b | y));
        let mut best: Option<(f32, usize)> = None;
        for k in 1..ps.len() {
            let last_line = *paras[ps[k - 1]].lines.last().unwrap();
            if !join::ends_sentence(lines[last_line].running_text()) {
                continue;
            }
            let ((a1, b1), (a2, b2)) = (union(&found[..k]), union(&found[k..]));
            let up_lean = share(a1, &up) - share(a2, &up);
            let down_lean = share(b2, &down) - share(b1, &down);
            // Each headline's words all but absent from the other part: a topic's common words
            // (`疫情`, `防控`) run through neighbouring articles alike.
            let apart = share(a2, &up) <= PART_BODY_STRAY && share(b1, &down) <= PART_BODY_STRAY;
            if apart
                && up_lean >= PART_BODY_SHARE
                && down_lean >= PART_BODY_SHARE
                && best.is_none_or(|(v, _)| up_lean + down_lean >= v)
            {
                best = Some((up_lean + down_lean, k));
            }
        }
        if let Some((_, k)) = best {
            cuts.push((i, k));
        }
    }
    if cuts.is_empty() {
        return blocks;
    }
    let mut out = Vec::with_capacity(blocks.len() + cuts.len());
    for (i, block) in blocks.into_iter().enumerate() {
        match (cuts.iter().find(|c| c.0 == i), block) {
            (Some(&(_, k)), Block::Body(mut ps)) => {
                let rest = ps.split_off(k);
                paras[rest[0]].weakly_parted = true;
                out.push(Block::Body(ps));
                out.push(Block::Body(rest));
            }
            (_, block) => out.push(block),
        }
    }
    out
}

impl Affinity {
    pub(super) fn new(blocks: &[Block], words: &Words) -> Self {
        let lean = (0..blocks.len())
            .map(|i| match &blocks[i] {
                Block::Headline(units) => words.lean(units.iter().flatten(), blocks, i).unwrap_or(0.0),
                _ => 0.0,
            })
            .collect();
        Affinity { lean }
    }

    /// How much more block `i` (a headline) shares with the body after it than with the body
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
        bigrams(["春雨，田野a新绿"], |k| keys.push(k));
        let pair = |a: char, b: char| ((a as u64) << 21) | b as u64;
        assert_eq!(keys, vec![pair('春', '雨'), pair('田', '野'), pair('新', '绿')]);
    }
}
