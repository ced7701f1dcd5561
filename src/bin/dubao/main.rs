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
use dubao::{Analyzer, Options, Report, Weighting};

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
    /// Split an issue into items and count their keywords (no FILE: the bundled sample issue).
    Analyze {
        /// Issue text (UTF-8 or GB18030/GBK); `-` reads standard input.
        file: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        #[command(flatten)]
        words: WordArgs,
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

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
    Csv,
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
        Command::Analyze { file, format, words } => {
            let text = match &file {
                None => dubao::SAMPLE_ISSUE.to_string(),
                Some(path) => decode::read_text(path)?,
            };
            let (mut analyzer, options) = build(&words)?;
            let report = analyzer.analyze(&text, &options);
            write_report(&mut out, &report, format)?;
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

fn build(args: &WordArgs) -> io::Result<(Analyzer, Options)> {
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
        Format::Text => render::text(out, report),
    }
}

/// Reads all of standard input as bytes (used by `analyze -`).
pub(crate) fn read_stdin() -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    io::stdin().lock().read_to_end(&mut bytes)?;
    Ok(bytes)
}
