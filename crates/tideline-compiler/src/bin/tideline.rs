//! The `tideline` command: compile a corpus folder to JSON, or check it.
//!
//! Exit codes: 0 compiled (skipped files included), 1 with `--strict` when any
//! error diagnostic exists, 2 on usage errors or an unreadable folder.

use clap::{Parser, Subcommand};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use tideline_compiler::{compile_dir, json::to_json, Compilation, Severity};

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
}

fn print_diagnostics(compilation: &Compilation) {
    for diagnostic in &compilation.diagnostics {
        eprintln!("{diagnostic}");
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
        eprintln!("error: {err}");
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
            println!("{}", to_json(&compilation));
            print_diagnostics(&compilation);
            exit_code(&compilation, strict)
        }
        Command::Check { dir, strict } => {
            let compilation = match compile(&dir) {
                Ok(c) => c,
                Err(code) => return code,
            };
            print_diagnostics(&compilation);
            let errors = compilation.diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
            let warnings = compilation.diagnostics.len() - errors;
            eprintln!(
                "{} documents, {} events, {errors} errors, {warnings} warnings",
                compilation.timeline.documents.len(),
                compilation.timeline.events.len()
            );
            exit_code(&compilation, strict)
        }
    }
}
