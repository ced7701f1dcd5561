//! Words over time and between corpora: per period, how many articles use a term and what share
//! of all articles that is (the unit newspaper-discourse studies count), and the keyness (G²,
//! log-likelihood) of words that set one corpus apart from another.

use serde::{Deserialize, Serialize};

/// How dates are grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Period {
    Day,
    /// ISO 8601 weeks (`2019-W40`), Monday first.
    Week,
    Month,
}

impl std::str::FromStr for Period {
    type Err = String;

    fn from_str(name: &str) -> Result<Self, String> {
        match name {
            "day" => Ok(Period::Day),
            "week" => Ok(Period::Week),
            "month" => Ok(Period::Month),
            other => Err(format!("unknown period {other:?} (day, week or month)")),
        }
    }
}

/// The period a `YYYY-MM-DD` date falls in: `2019-10-01`, `2019-W40` or `2019-10`.
pub fn period_of(date: &str, by: Period) -> Option<String> {
    let (y, m, d) = parse_date(date)?;
    Some(match by {
        Period::Day => format!("{y:04}-{m:02}-{d:02}"),
        Period::Month => format!("{y:04}-{m:02}"),
        Period::Week => {
            let (year, week) = iso_week(y, m, d);
            format!("{year:04}-W{week:02}")
        }
    })
}

fn parse_date(date: &str) -> Option<(i64, u32, u32)> {
    let mut parts = date.split('-');
    let (y, m, d) = (parts.next()?.parse().ok()?, parts.next()?.parse().ok()?, parts.next()?.parse().ok()?);
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some((y, m, d))
}

/// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (i64::from(m) + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// ISO 8601 (year, week) of a date.
fn iso_week(y: i64, m: u32, d: u32) -> (i64, i64) {
    let days = days_from_civil(y, m, d);
    let weekday = (days + 3).rem_euclid(7); // Monday = 0 (1970-01-01 was a Thursday)
    let thursday = days - weekday + 3; // the week's Thursday decides its year
    let year = {
        // The civil year of `thursday`: search around y.
        let mut year = y + 1;
        while days_from_civil(year, 1, 1) > thursday {
            year -= 1;
        }
        year
    };
    (year, (thursday - days_from_civil(year, 1, 1)) / 7 + 1)
}

/// One issue for the trends: its date and, per item, the token count of each term.
#[derive(Debug, Clone)]
pub struct IssueCounts {
    pub date: String,
    /// `counts[item][term]`.
    pub counts: Vec<Vec<u32>>,
}

/// A term in a period: articles that use it, all articles, their share, and its tokens.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrendRow {
    pub period: String,
    pub term: String,
    pub articles: u32,
    pub total_articles: u32,
    pub share: f64,
    pub tokens: u32,
}

/// The trend rows of `terms` over `issues`, periods in order, terms in the given order.
pub fn trends(issues: &[IssueCounts], terms: &[&str], by: Period) -> Vec<TrendRow> {
    let mut periods: std::collections::BTreeMap<String, (u32, Vec<(u32, u32)>)> = Default::default();
    for issue in issues {
        let Some(period) = period_of(&issue.date, by) else { continue };
        let entry = periods.entry(period).or_insert_with(|| (0, vec![(0, 0); terms.len()]));
        entry.0 += issue.counts.len() as u32;
        for item in &issue.counts {
            for (t, &count) in item.iter().enumerate().take(terms.len()) {
                entry.1[t].0 += u32::from(count > 0);
                entry.1[t].1 += count;
            }
        }
    }
    let mut rows = Vec::new();
    for (period, (total, per_term)) in periods {
        for (term, (articles, tokens)) in terms.iter().zip(per_term) {
            let share = if total == 0 { 0.0 } else { f64::from(articles) / f64::from(total) };
            rows.push(TrendRow {
                period: period.clone(),
                term: term.to_string(),
                articles,
                total_articles: total,
                share,
                tokens,
            });
        }
    }
    rows
}

/// A word's keyness between two corpora: its counts, and G² signed (> 0: more used in A).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Keyness {
    pub word: String,
    pub count_a: u32,
    pub count_b: u32,
    pub g2: f64,
}

/// Dunning's log-likelihood G² of a word with counts `a` of `total_a` and `b` of `total_b`, signed
/// by which side uses it more often (relative to its size).
pub fn log_likelihood(a: u32, total_a: u64, b: u32, total_b: u64) -> f64 {
    let (a, b, na, nb) = (f64::from(a), f64::from(b), total_a as f64, total_b as f64);
    if na == 0.0 || nb == 0.0 || a + b == 0.0 {
        return 0.0;
    }
    let e_a = na * (a + b) / (na + nb);
    let e_b = nb * (a + b) / (na + nb);
    let term = |o: f64, e: f64| if o > 0.0 { o * (o / e).ln() } else { 0.0 };
    let g2 = 2.0 * (term(a, e_a) + term(b, e_b));
    if a / na >= b / nb {
        g2
    } else {
        -g2
    }
}

/// The words that set A apart from B (largest positive G²), those that set B apart (largest
/// negative), and the words both use often (`min_count` on each side), ranked by their lower count.
pub fn compare(
    a: &[(String, u32)],
    b: &[(String, u32)],
    top: usize,
    min_count: u32,
) -> (Vec<Keyness>, Vec<Keyness>, Vec<Keyness>) {
    let total_a: u64 = a.iter().map(|(_, c)| u64::from(*c)).sum();
    let total_b: u64 = b.iter().map(|(_, c)| u64::from(*c)).sum();
    let mut words: std::collections::HashMap<&str, (u32, u32)> = Default::default();
    for (w, c) in a {
        words.entry(w).or_default().0 += c;
    }
    for (w, c) in b {
        words.entry(w).or_default().1 += c;
    }
    let mut all: Vec<Keyness> = words
        .into_iter()
        .filter(|(_, (ca, cb))| ca + cb >= min_count)
        .map(|(w, (ca, cb))| Keyness {
            word: w.to_string(),
            count_a: ca,
            count_b: cb,
            g2: log_likelihood(ca, total_a, cb, total_b),
        })
        .collect();
    all.sort_by(|x, y| y.g2.total_cmp(&x.g2).then_with(|| x.word.cmp(&y.word)));
    let of_a: Vec<Keyness> = all.iter().filter(|k| k.g2 > 0.0).take(top).cloned().collect();
    let of_b: Vec<Keyness> = all.iter().rev().filter(|k| k.g2 < 0.0).take(top).cloned().collect();
    let mut shared: Vec<Keyness> =
        all.into_iter().filter(|k| k.count_a >= min_count && k.count_b >= min_count).collect();
    shared.sort_by(|x, y| y.count_a.min(y.count_b).cmp(&x.count_a.min(x.count_b)).then_with(|| x.word.cmp(&y.word)));
    shared.truncate(top);
    (of_a, of_b, shared)
}

/// Dunning's G² of a 2×2 table of articles: `a` of `n_a` use the word in one period, `b` of
/// `n_b` in the other (all four cells: users and non-users on each side), signed by which side's
/// share is higher (> 0: `a / n_a` is).
pub fn g2_articles(a: u32, n_a: u32, b: u32, n_b: u32) -> f64 {
    let (a, n_a, b, n_b) = (f64::from(a), f64::from(n_a), f64::from(b), f64::from(n_b));
    let n = n_a + n_b;
    if n_a == 0.0 || n_b == 0.0 || a > n_a || b > n_b {
        return 0.0;
    }
    let (used, unused) = (a + b, n - a - b);
    let cell = |o: f64, row: f64, col: f64| {
        let e = row * col / n;
        if o > 0.0 && e > 0.0 {
            o * (o / e).ln()
        } else {
            0.0
        }
    };
    let g2 = 2.0 * (cell(a, n_a, used) + cell(n_a - a, n_a, unused) + cell(b, n_b, used) + cell(n_b - b, n_b, unused));
    if a / n_a >= b / n_b {
        g2.max(0.0)
    } else {
        -g2.max(0.0)
    }
}

/// A word whose share of articles rose from the previous period to this one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Rising {
    pub word: String,
    pub articles: u32,
    pub total: u32,
    pub share: f64,
    pub prev_articles: u32,
    pub prev_total: u32,
    pub prev_share: f64,
    pub g2: f64,
}

/// The words whose article share rose most from `previous` to `current` (article counts per word
/// and all articles of each period), ranked by [`g2_articles`]; a word needs `min_count` articles
/// in the current period. At most `top`.
pub fn rising(
    current: &[(String, u32)],
    total: u32,
    previous: &std::collections::HashMap<String, u32>,
    prev_total: u32,
    min_count: u32,
    top: usize,
) -> Vec<Rising> {
    let share = |a: u32, n: u32| if n == 0 { 0.0 } else { f64::from(a) / f64::from(n) };
    let mut words: Vec<Rising> = current
        .iter()
        .filter(|(_, a)| *a >= min_count)
        .map(|(word, a)| {
            let b = previous.get(word).copied().unwrap_or(0);
            Rising {
                word: word.clone(),
                articles: *a,
                total,
                share: share(*a, total),
                prev_articles: b,
                prev_total,
                prev_share: share(b, prev_total),
                g2: g2_articles(*a, total, b, prev_total),
            }
        })
        .filter(|r| r.g2 > 0.0)
        .collect();
    words.sort_by(|x, y| y.g2.total_cmp(&x.g2).then_with(|| x.word.cmp(&y.word)));
    words.truncate(top);
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_and_iso_weeks() {
        assert_eq!(period_of("2019-10-01", Period::Day).as_deref(), Some("2019-10-01"));
        assert_eq!(period_of("2019-10-01", Period::Month).as_deref(), Some("2019-10"));
        assert_eq!(period_of("2019-10-01", Period::Week).as_deref(), Some("2019-W40"));
        // Week 1 is the week with the year's first Thursday: 2020-12-31 is in 2020-W53, 2021-01-04 in W01.
        assert_eq!(period_of("2020-12-31", Period::Week).as_deref(), Some("2020-W53"));
        assert_eq!(period_of("2021-01-03", Period::Week).as_deref(), Some("2020-W53"));
        assert_eq!(period_of("2021-01-04", Period::Week).as_deref(), Some("2021-W01"));
        assert_eq!(period_of("2019-12-30", Period::Week).as_deref(), Some("2020-W01"));
        assert_eq!(period_of("bad", Period::Day), None);
    }

    #[test]
    fn articles_shares_and_tokens_per_period() {
        let issues = vec![
            IssueCounts { date: "2019-10-01".into(), counts: vec![vec![2, 0], vec![0, 1], vec![1, 1]] },
            IssueCounts { date: "2019-10-02".into(), counts: vec![vec![0, 0]] },
        ];
        let rows = trends(&issues, &["国庆", "阅兵"], Period::Month);
        assert_eq!(rows.len(), 2);
        assert_eq!((rows[0].articles, rows[0].total_articles, rows[0].tokens), (2, 4, 3));
        assert_eq!(rows[0].share, 0.5);
        assert_eq!((rows[1].term.as_str(), rows[1].articles, rows[1].tokens), ("阅兵", 2, 2));
        assert_eq!(trends(&issues, &["国庆"], Period::Day).len(), 2);
    }

    #[test]
    fn log_likelihood_matches_a_worked_value_and_its_sign() {
        // a = 10 of 1000, b = 2 of 1000: E = 6 each; G2 = 2 (10 ln(10/6) + 2 ln(2/6)) = 5.8211.
        assert!((log_likelihood(10, 1000, 2, 1000) - 5.8211).abs() < 1e-3);
        assert!((log_likelihood(2, 1000, 10, 1000) + 5.8211).abs() < 1e-3);
        assert_eq!(log_likelihood(0, 0, 3, 10), 0.0);
        let a = vec![("国庆".to_string(), 50), ("经济".to_string(), 20)];
        let b = vec![("疫情".to_string(), 60), ("经济".to_string(), 22)];
        let (of_a, of_b, shared) = compare(&a, &b, 5, 5);
        assert_eq!(of_a[0].word, "国庆");
        assert_eq!(of_b[0].word, "疫情");
        assert_eq!(shared.iter().map(|k| k.word.as_str()).collect::<Vec<_>>(), ["经济"]);
    }
    #[test]
    fn g2_of_a_two_by_two_table_of_articles() {
        // 30 of 100 articles against 10 of 100: E = 20, 80 on each side;
        // G2 = 2 (30 ln 1.5 + 70 ln(70/80) + 10 ln 0.5 + 90 ln(90/80)) = 12.9715.
        assert!((g2_articles(30, 100, 10, 100) - 12.9715).abs() < 1e-3, "{}", g2_articles(30, 100, 10, 100));
        assert!((g2_articles(10, 100, 30, 100) + 12.9715).abs() < 1e-3);
        assert_eq!(g2_articles(5, 50, 5, 50), 0.0);
        assert_eq!(g2_articles(1, 0, 1, 10), 0.0);
        // All articles use it on one side, none on the other: finite.
        assert!(g2_articles(10, 10, 0, 10).is_finite());
    }

    #[test]
    fn rising_words_need_a_minimum_count_and_a_higher_share() {
        let current = vec![("国庆".to_string(), 30), ("经济".to_string(), 10), ("阅兵".to_string(), 2)];
        let previous: std::collections::HashMap<String, u32> =
            [("国庆".to_string(), 10), ("经济".to_string(), 20)].into_iter().collect();
        let words = rising(&current, 100, &previous, 100, 3, 10);
        assert_eq!(words.len(), 1, "{words:?}"); // 经济 fell, 阅兵 is under the minimum
        assert_eq!((words[0].word.as_str(), words[0].articles, words[0].prev_articles), ("国庆", 30, 10));
        assert_eq!((words[0].share, words[0].prev_share), (0.3, 0.1));
        assert!((words[0].g2 - 12.9715).abs() < 1e-3);
    }
}
