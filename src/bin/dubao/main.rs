//! `dubao`: the native command line over the dubao library (batch work, tests, benchmarks).
// Native only. cargo builds the binaries for any integration test, also for the wasm bindings'
// (tests/wasm_bindings.rs on wasm32), so there this crate is empty.
#![cfg_attr(target_arch = "wasm32", no_main)]
#![cfg(not(target_arch = "wasm32"))]

use std::io::{self, BufRead, BufWriter, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Parser, Subcommand, ValueEnum};
use dubao::issue::IssueMeta;
use dubao::{Analyzer, Options, Report, Weighting};

mod batch;
mod corpus;
mod decode;
mod render;

#[derive(Parser)]
#[command(name = "dubao", version, about = "读报 dubao: read a Chinese newspaper issue by its words")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Split issues into items and count their keywords (no FILE: the bundled sample issue).
    /// Several files or folders need `--format jsonl`: one JSON object per item, with its file,
    /// paper and date.
    Analyze {
        /// Issue texts (UTF-8, UTF-16 with BOM, GB18030/GBK) or folders of `.txt` files; `-`
        /// reads standard input.
        files: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Files analysed at once (default: the machine's cores).
        #[arg(long)]
        jobs: Option<usize>,
        /// Read a PDF's positioned lines (the JSON of scripts/eval/pdf/extract_positions.mjs:
        /// pdf.js text with boxes, sizes and drawing order) by their geometry; items gain `page`
        /// and `boxes`.
        #[arg(long, value_name = "FILE.json", conflicts_with_all = ["files", "jobs"])]
        positions: Option<PathBuf>,
        #[command(flatten)]
        words: WordArgs,
    },
    /// Terms over time: per day, week or month, the articles that use each term, their share of
    /// all articles, and the term's tokens.
    Trends {
        /// Issue files or folders; each issue's date is read from its page headers or file name.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The terms, comma-separated.
        #[arg(long, value_delimiter = ',', required = true)]
        terms: Vec<String>,
        /// Period: day, week (ISO) or month.
        #[arg(long, default_value = "day")]
        by: dubao::trends::Period,
        #[command(flatten)]
        table: TableArgs,
    },
    /// Words that set corpus A apart from corpus B and back (keyness, log-likelihood G²), and the
    /// words both use: `dubao compare A... -- B...`.
    Compare {
        #[arg(required = true)]
        a: Vec<PathBuf>,
        #[arg(last = true, required = true)]
        b: Vec<PathBuf>,
        /// Words listed per side.
        #[arg(long, default_value_t = 30)]
        limit: usize,
        /// Least count (both sides together) a word needs.
        #[arg(long, default_value_t = 5)]
        min_count: u32,
        #[command(flatten)]
        table: TableArgs,
    },
    /// Segment standard input: one text a line in, its words separated by one space out.
    Segment {
        /// Turn jieba's HMM (new-word discovery) off.
        #[arg(long)]
        no_hmm: bool,
        /// User dictionary: `word [freq] [pos]` a line.
        #[arg(long)]
        dict: Option<PathBuf>,
    },
    /// Show how the splitter reads a file's lines (paragraphs and their roles), for debugging.
    Explain { file: Option<PathBuf> },
    /// Keywords of standard input: one document a line in, its top keywords out, space-separated.
    Keywords {
        #[command(flatten)]
        words: WordArgs,
    },
}

/// What the table commands (`trends`, `compare`) share: the table's format, the threads and the
/// analysis options.
#[derive(clap::Args)]
struct TableArgs {
    #[arg(long, value_enum, default_value_t = TableFormat::Csv)]
    format: TableFormat,
    /// Files analysed at once (default: the machine's cores).
    #[arg(long)]
    jobs: Option<usize>,
    #[command(flatten)]
    words: WordArgs,
}

/// The analysis options as flags; their defaults are [`Options::default`]'s, read here.
#[derive(clap::Args)]
struct WordArgs {
    /// Keywords kept per item and for the issue.
    #[arg(long, default_value_t = Options::default().top_n)]
    top: usize,
    /// User dictionary: `word [freq] [pos]` a line, on top of jieba's dictionary.
    #[arg(long)]
    dict: Option<PathBuf>,
    /// Extra stopwords, one a line.
    #[arg(long)]
    stopwords: Option<PathBuf>,
    /// Turn jieba's HMM (new-word discovery) off.
    #[arg(long)]
    no_hmm: bool,
    /// Do not treat recurring quoted phrases as words.
    #[arg(long)]
    no_quoted: bool,
    /// How keywords are weighted and ranked.
    #[arg(long, default_value = Weighting::NAMES[0],
          value_parser = PossibleValuesParser::new(Weighting::NAMES).map(|s| s.parse::<Weighting>().unwrap()))]
    weight: Weighting,
    /// Shortest keyword in characters.
    #[arg(long, default_value_t = Options::default().min_len)]
    min_len: usize,
    /// Keep numbers as keywords.
    #[arg(long)]
    keep_numbers: bool,
    /// Keep only these POS tag prefixes (comma-separated, e.g. `n,v,nr,ns,nt`).
    #[arg(long, value_delimiter = ',')]
    pos: Vec<String>,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Text,
    Json,
    Csv,
    /// One JSON object per item and line, with the issue's file, paper and date.
    Jsonl,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum TableFormat {
    Csv,
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`dubao … | head`) is not an error worth a message.
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("dubao: {err}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> io::Result<()> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match cli.command {
        Command::Analyze { positions: Some(path), format, words, .. } => {
            let positions = decode::read_positions(&path)?;
            let (mut analyzer, options) = build(&words)?;
            let report = analyzer.analyze_positions(&positions, &options);
            write_report(&mut out, &report, format)?;
        }
        Command::Analyze { files, format, jobs, words, .. } => {
            let files = batch::expand(&files)?;
            if files.len() <= 1 && format != Format::Jsonl {
                let text = match files.first() {
                    None => dubao::SAMPLE_ISSUE.to_string(),
                    Some(path) => decode::read_text(path)?,
                };
                let (mut analyzer, options) = build(&words)?;
                let report = analyzer.analyze(&text, &options);
                write_report(&mut out, &report, format)?;
            } else if format != Format::Jsonl {
                return Err(io::Error::new(io::ErrorKind::InvalidInput, "several files: use --format jsonl"));
            } else if files.is_empty() {
                let (mut analyzer, options) = build(&words)?;
                let report = analyzer.analyze(dubao::SAMPLE_ISSUE, &options);
                write_jsonl(
                    &mut out,
                    "",
                    &IssueMeta::read(dubao::SAMPLE_ISSUE, Some("pinghu-2023-02-09.txt")),
                    &report,
                )?;
            } else {
                batch::run_in_order(
                    &files,
                    jobs.unwrap_or_else(batch::default_jobs),
                    || build(&words),
                    |(analyzer, options), path| {
                        let text = decode::read_text(path)?;
                        let meta = IssueMeta::read(&text, path.to_str());
                        Ok((meta, analyzer.analyze(&text, options)))
                    },
                    |path, (meta, report)| write_jsonl(&mut out, &path.display().to_string(), &meta, &report),
                )?;
            }
        }
        Command::Trends { files, terms, by, table } => {
            let term_refs: Vec<&str> = terms.iter().map(String::as_str).collect();
            let rows = corpus::trends(&batch::expand(&files)?, &term_refs, by, &table)?;
            corpus::write_trends(&mut out, &rows, table.format)?;
        }
        Command::Compare { a, b, limit, min_count, table } => {
            let (a, b) =
                (corpus::word_counts(&batch::expand(&a)?, &table)?, corpus::word_counts(&batch::expand(&b)?, &table)?);
            corpus::write_compare(&mut out, dubao::trends::compare(&a, &b, limit, min_count), table.format)?;
        }
        Command::Segment { no_hmm, dict } => {
            let mut analyzer = Analyzer::new();
            if let Some(path) = dict {
                load_dict(&mut analyzer, &path)?;
            }
            for line in io::stdin().lock().lines() {
                let line = line?;
                let line = line.trim_end_matches('\r');
                writeln!(out, "{}", analyzer.segment_line(line, !no_hmm).join(" "))?;
            }
        }
        Command::Explain { file } => {
            let text = match &file {
                None => dubao::SAMPLE_ISSUE.to_string(),
                Some(path) => decode::read_text(path)?,
            };
            write!(out, "{}", dubao::layout::explain(&dubao::text::normalize::normalize(&text)))?;
        }
        Command::Keywords { words } => {
            let (mut analyzer, options) = build(&words)?;
            for line in io::stdin().lock().lines() {
                let keywords = analyzer.keywords_for_text(&line?, &options);
                let words: Vec<&str> = keywords.iter().map(|k| k.word.as_str()).collect();
                writeln!(out, "{}", words.join(" "))?;
            }
        }
    }
    out.flush()
}

pub(crate) fn build(args: &WordArgs) -> io::Result<(Analyzer, Options)> {
    let mut analyzer = Analyzer::new();
    if let Some(path) = &args.dict {
        load_dict(&mut analyzer, path)?;
    }
    let extra_stopwords = match &args.stopwords {
        Some(path) => decode::read_text(path)?,
        None => String::new(),
    };
    let options = Options {
        hmm: !args.no_hmm,
        quoted_terms: !args.no_quoted,
        top_n: args.top,
        min_len: args.min_len,
        keep_numbers: args.keep_numbers,
        pos_filter: args.pos.clone(),
        weighting: args.weight,
        extra_stopwords,
    };
    Ok((analyzer, options))
}

fn load_dict(analyzer: &mut Analyzer, path: &std::path::Path) -> io::Result<()> {
    let dict = decode::read_text(path)?;
    analyzer
        .set_user_dict(&dict)
        .map(|_| ())
        .map_err(|err| io::Error::new(io::ErrorKind::InvalidData, format!("{}: {err}", path.display())))
}

fn write_report(out: &mut impl Write, report: &Report, format: Format) -> io::Result<()> {
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, report)?;
            writeln!(out)
        }
        Format::Csv => out.write_all(dubao::report::csv::keywords_csv(report).as_bytes()),
        Format::Jsonl => write_jsonl(out, "", &IssueMeta::default(), report),
        Format::Text => render::text(out, report),
    }
}

/// One JSON object per item and line: the issue's file, paper and date, then the item's fields.
fn write_jsonl(out: &mut impl Write, file: &str, meta: &IssueMeta, report: &Report) -> io::Result<()> {
    out.write_all(dubao::library::export::items_jsonl(file, meta, report).as_bytes())
}

/// Reads all of standard input as bytes (used by `analyze -`).
pub(crate) fn read_stdin() -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    io::stdin().lock().read_to_end(&mut bytes)?;
    Ok(bytes)
}
