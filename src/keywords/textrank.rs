//! TextRank keyword weights over our own token sequence.
//!
//! jieba-rs has a `TextRank`, but it segments the raw text itself: our issue terms (names,
//! quoted terms), our stopwords and our filters would be lost. The algorithm is small, so it is
//! done here over the tokens we already have, with jieba's settings: co-occurrence within a
//! span of 5 tokens (each token and the 4 after it, punctuation included), an undirected
//! weighted graph, damping 0.85, 20 iterations.

use std::collections::HashMap;

use crate::words::Tagged;

/// Tokens that co-occur when fewer than `SPAN` positions apart.
pub const SPAN: usize = 5;
const DAMPING: f64 = 0.85;
const ITERATIONS: usize = 20;

/// The TextRank score of every candidate word, scaled so that the best is 1.
pub fn rank<'a>(tokens: &[Tagged<'a>], is_candidate: impl Fn(&Tagged) -> bool) -> HashMap<&'a str, f64> {
    let mut ids: HashMap<&'a str, usize> = HashMap::new();
    let mut words: Vec<&'a str> = Vec::new();
    let sequence: Vec<Option<usize>> = tokens
        .iter()
        .map(|t| {
            is_candidate(t).then(|| {
                *ids.entry(t.word).or_insert_with(|| {
                    words.push(t.word);
                    words.len() - 1
                })
            })
        })
        .collect();
    let graph = co_occurrence_graph(&sequence, words.len());
    let scores = page_rank(&graph);
    let best = scores.iter().copied().fold(f64::MIN_POSITIVE, f64::max);
    words.into_iter().zip(scores).map(|(w, s)| (w, s / best)).collect()
}

/// Adjacency lists with edge weights (co-occurrence counts), both directions.
fn co_occurrence_graph(sequence: &[Option<usize>], vertices: usize) -> Vec<Vec<(usize, f64)>> {
    let mut edges: HashMap<(usize, usize), f64> = HashMap::new();
    for (i, u) in sequence.iter().enumerate() {
        let Some(u) = *u else { continue };
        for v in sequence[i + 1..].iter().take(SPAN - 1).flatten() {
            if *v != u {
                *edges.entry((u.min(*v), u.max(*v))).or_default() += 1.0;
            }
        }
    }
    // In key order, not the map's (randomly seeded) order: PageRank sums each vertex's inflow in
    // adjacency-list order, and a different float summation order changes the last bits.
    let mut edges: Vec<((usize, usize), f64)> = edges.into_iter().collect();
    edges.sort_unstable_by_key(|&(key, _)| key);
    let mut graph = vec![Vec::new(); vertices];
    for ((u, v), w) in edges {
        graph[u].push((v, w));
        graph[v].push((u, w));
    }
    graph
}

/// Weighted PageRank: `r(v) = (1 - d) + d · Σ_u w(u,v) / out(u) · r(u)`.
fn page_rank(graph: &[Vec<(usize, f64)>]) -> Vec<f64> {
    let out: Vec<f64> = graph.iter().map(|edges| edges.iter().map(|&(_, w)| w).sum()).collect();
    let mut rank = vec![1.0 / graph.len().max(1) as f64; graph.len()];
    for _ in 0..ITERATIONS {
        for v in 0..graph.len() {
            let inflow: f64 = graph[v].iter().map(|&(u, w)| w / out[u] * rank[u]).sum();
            rank[v] = (1.0 - DAMPING) + DAMPING * inflow;
        }
    }
    rank
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tagged(words: &str) -> Vec<Tagged<'_>> {
        words.split(' ').map(|word| Tagged { word, pos: "n" }).collect()
    }

    #[test]
    fn the_hub_word_ranks_first() {
        // 招商 co-occurs with everything; 会议 only with its neighbours.
        let tokens = tagged("招商 项目 招商 产业链 招商 企业 招商 平台 会议 召开");
        let scores = rank(&tokens, |_| true);
        assert_eq!(scores["招商"], 1.0);
        assert!(scores["招商"] > scores["项目"] && scores["项目"] > scores["召开"], "{scores:?}");
    }

    #[test]
    fn non_candidates_keep_their_place_in_the_window() {
        // 甲 and 乙 are 5 positions apart: outside the span even though 的 is no candidate.
        let tokens = tagged("甲 的 的 的 的 乙");
        let scores = rank(&tokens, |t| t.word != "的");
        assert_eq!(scores.len(), 2);
        assert_eq!(scores["甲"], scores["乙"], "isolated words keep the base rank");
        let tokens = tagged("甲 的 的 的 乙 丙");
        let scores = rank(&tokens, |t| t.word != "的");
        assert!(scores["乙"] > scores["甲"], "{scores:?}");
    }

    #[test]
    fn empty_input_gives_nothing() {
        assert!(rank(&[], |_| true).is_empty());
    }
}
