//! The `tideline` command: compile a corpus folder to JSON, check it, or
//! write a synthetic corpus to measure it on.
//!
//! Exit codes: 0 compiled (skipped files included), 1 with `--strict` when any
//! error diagnostic exists, 2 on usage errors or an unreadable folder.
//! Diagnostics name files by the path as given on the command line, their
//! control characters escaped. A closed stdout (`| head`) ends quietly.

use clap::{Parser, Subcommand};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use tideline_compiler::synth::{write_corpus, SynthOptions, DEFAULT_SEED};
use tideline_compiler::{compile_dir, escape_control, json::to_json, Compilation, Diagnostic, Severity};

#[derive(Parser)]
#[command(name = "tideline", version, about = "Compile a folder of articles into a timeline of dated events")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Compile DIR and print the timeline (diagnostics go to stderr).
    Compile {
        /// The corpus folder (documents plus an optional tideline.toml).
        dir: PathBuf,
        /// Print the JSON contract on stdout (the default output).
        #[arg(long)]
        json: bool,
        /// Exit 1 when any error diagnostic exists.
        #[arg(long)]
        strict: bool,
    },
    /// Print every diagnostic of DIR at once, and a summary.
    Check {
        /// The corpus folder.
        dir: PathBuf,
        /// Exit 1 when any error diagnostic exists.
        #[arg(long)]
        strict: bool,
    },
    /// Compile DIR and print the timeline in another tool's format
    /// (diagnostics go to stderr).
    Export {
        /// The corpus folder.
        dir: PathBuf,
        /// TimelineJS's JSON: open it in TimelineJS to show the timeline there.
        #[arg(long, required = true)]
        timelinejs: bool,
    },
    /// Write a starter tideline.toml into DIR: a title, each document's
    /// publication date (or a line to fill in) and the actors found, to
    /// confirm. Never overwrites an existing one.
    Init {
        /// The folder of articles.
        dir: PathBuf,
    },
    /// Write a synthetic corpus (text, Markdown and HTML articles plus a
    /// tideline.toml gazetteer) with EVENTS dated event sentences into OUT.
    Synth {
        /// How many dated event sentences to write (about 17 per document).
        #[arg(long)]
        events: usize,
        /// The folder to write; created if missing, refused if it holds other files.
        #[arg(long)]
        out: PathBuf,
        /// The seed: the same events and seed give byte-identical files.
        #[arg(long, default_value_t = DEFAULT_SEED)]
        seed: u64,
    },
}

/// Writes `text` and a newline to stdout. A reader that stopped reading
/// (`tideline compile seeds | head`) is not an error worth a panic: the rest
/// of the output is simply not wanted.
fn print_stdout(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{text}").and_then(|()| out.flush());
}

/// Writes one line to stderr, control characters escaped; a closed stderr is ignored.
fn print_stderr(line: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{}", escape_control(line));
}

/// `diagnostic` with its file named by the corpus path as the user gave it
/// (`seeds/a.txt`, not `a.txt`), so editors and terminals can open it.
fn as_given(dir: &Path, diagnostic: &Diagnostic) -> Diagnostic {
    let file = dir.join(&diagnostic.file).to_string_lossy().into_owned();
    Diagnostic { file, ..diagnostic.clone() }
}

fn print_diagnostics(dir: &Path, compilation: &Compilation) {
    for diagnostic in &compilation.diagnostics {
        print_stderr(&as_given(dir, diagnostic).to_string());
    }
}

fn exit_code(compilation: &Compilation, strict: bool) -> ExitCode {
    let has_errors = compilation.diagnostics.iter().any(|d| d.severity == Severity::Error);
    if strict && has_errors {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn compile(dir: &Path) -> Result<Compilation, ExitCode> {
    compile_dir(dir).map_err(|err| {
        print_stderr(&format!("error: {err}"));
        ExitCode::from(2)
    })
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            let _ = err.print();
            // Help and version are successes; everything else is a usage error.
            return if err.use_stderr() { ExitCode::from(2) } else { ExitCode::SUCCESS };
        }
    };
    match cli.command {
        Command::Compile { dir, json: _, strict } => {
            let compilation = match compile(&dir) {
                Ok(c) => c,
                Err(code) => return code,
            };
            print_stdout(&to_json(&compilation));
            print_diagnostics(&dir, &compilation);
            exit_code(&compilation, strict)
        }
        Command::Check { dir, strict } => {
            let compilation = match compile(&dir) {
                Ok(c) => c,
                Err(code) => return code,
            };
            print_diagnostics(&dir, &compilation);
            let errors = compilation.diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
            let warnings = compilation.diagnostics.len() - errors;
            print_stderr(&format!(
                "{} documents, {} events, {errors} errors, {warnings} warnings",
                compilation.timeline.documents.len(),
                compilation.timeline.events.len()
            ));
            exit_code(&compilation, strict)
        }
        Command::Export { dir, timelinejs: _ } => {
            let compilation = match compile(&dir) {
                Ok(c) => c,
                Err(code) => return code,
            };
            print_stdout(&tideline_compiler::timelinejs::to_timelinejs_json(&compilation.timeline));
            print_diagnostics(&dir, &compilation);
            exit_code(&compilation, false)
        }
        Command::Init { dir } => match tideline_compiler::init::init_dir(&dir) {
            Ok(report) => {
                print_stdout(&escape_control(&format!(
                    "wrote {}: {} documents ({} dates to fill in, {} guessed to check), {} actors to check",
                    report.path.display(),
                    report.documents,
                    report.undated,
                    report.guessed,
                    report.actors
                )));
                ExitCode::SUCCESS
            }
            Err(err) => {
                print_stderr(&format!("error: {err}"));
                ExitCode::from(2)
            }
        },
        Command::Synth { events, out, seed } => match write_corpus(&out, &SynthOptions { events, seed }) {
            Ok(corpus) => {
                print_stdout(&escape_control(&format!(
                    "wrote {} events in {} documents ({:.1} MB, seed {seed}) to {}",
                    corpus.events(),
                    corpus.files.len(),
                    corpus.bytes() as f64 / 1e6,
                    out.display()
                )));
                ExitCode::SUCCESS
            }
            Err(err) => {
                print_stderr(&format!("error: {err}"));
                ExitCode::from(2)
            }
        },
    }
}
