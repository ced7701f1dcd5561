//! The table commands over many issues: `trends` (terms per period) and `compare` (keyness).

use std::collections::HashMap;
use std::io::{self, Write};
use std::path::PathBuf;

use dubao::issue::IssueMeta;
use dubao::trends::{IssueCounts, Keyness, Period, TrendRow};

use crate::{batch, build, decode, TableArgs, TableFormat};

/// Each issue's date and its items' token counts of `terms`, then the rows per period.
pub fn trends(files: &[PathBuf], terms: &[&str], by: Period, table: &TableArgs) -> io::Result<Vec<TrendRow>> {
    let mut issues = Vec::new();
    batch::run_in_order(
        files,
        table.jobs.unwrap_or_else(batch::default_jobs),
        || build(&table.words),
        |(analyzer, options), path| {
            let text = decode::read_text(path)?;
            let date = IssueMeta::read(&text, path.to_str()).date.ok_or_else(|| {
                io::Error::new(io::ErrorKind::InvalidData, "no date in its page headers or file name")
            })?;
            let report = analyzer.analyze(&text, options);
            Ok(IssueCounts { date, counts: analyzer.term_counts(&report, terms, options) })
        },
        |_, issue| {
            issues.push(issue);
            Ok(())
        },
    )?;
    Ok(dubao::trends::trends(&issues, terms, by))
}

/// The accepted words of all `files` with their token counts.
pub fn word_counts(files: &[PathBuf], table: &TableArgs) -> io::Result<Vec<(String, u32)>> {
    let mut counts: HashMap<String, u32> = HashMap::new();
    batch::run_in_order(
        files,
        table.jobs.unwrap_or_else(batch::default_jobs),
        || build(&table.words),
        |(analyzer, options), path| {
            let report = analyzer.analyze(&decode::read_text(path)?, options);
            Ok(analyzer.word_counts(&report, options))
        },
        |_, words| {
            for (word, count) in words {
                *counts.entry(word).or_default() += count;
            }
            Ok(())
        },
    )?;
    Ok(counts.into_iter().collect())
}

pub fn write_trends(out: &mut impl Write, rows: &[TrendRow], format: TableFormat) -> io::Result<()> {
    if format == TableFormat::Json {
        return writeln!(out, "{}", serde_json::to_string_pretty(rows)?);
    }
    let header = ["period", "term", "articles", "total_articles", "share", "tokens"];
    let cells = rows.iter().map(|r| {
        let share = format!("{:.6}", r.share);
        vec![
            r.period.clone(),
            r.term.clone(),
            r.articles.to_string(),
            r.total_articles.to_string(),
            share,
            r.tokens.to_string(),
        ]
    });
    out.write_all(dubao::report::csv::table_csv(&header, cells).as_bytes())
}

pub fn write_compare(
    out: &mut impl Write,
    (of_a, of_b, shared): (Vec<Keyness>, Vec<Keyness>, Vec<Keyness>),
    format: TableFormat,
) -> io::Result<()> {
    if format == TableFormat::Json {
        let value = serde_json::json!({ "a": of_a, "b": of_b, "shared": shared });
        return writeln!(out, "{}", serde_json::to_string_pretty(&value)?);
    }
    let sides = [("a", &of_a), ("b", &of_b), ("shared", &shared)];
    let cells = sides.into_iter().flat_map(|(side, list)| {
        list.iter().enumerate().map(move |(rank, k)| {
            let g2 = format!("{:.3}", k.g2);
            vec![
                side.to_string(),
                (rank + 1).to_string(),
                k.word.clone(),
                k.count_a.to_string(),
                k.count_b.to_string(),
                g2,
            ]
        })
    });
    out.write_all(
        dubao::report::csv::table_csv(&["side", "rank", "word", "count_a", "count_b", "g2"], cells).as_bytes(),
    )
}
