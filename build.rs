//! Compiles the corpus into the widget at build time: runs the corpus compiler
//! on `seeds/` (or the folder in `TIDELINE_CORPUS`, relative to this crate or
//! absolute), reports problems as cargo warnings naming file and line (their
//! control characters escaped: corpus text never reaches cargo as a
//! `cargo:` line of its own), and writes the
//! encoded timeline to `OUT_DIR/timeline.bin` for `include_bytes!`, its search
//! index to `OUT_DIR/search-index.bin` (empty for a corpus small enough that
//! the widget builds it faster than a reader could download it), and what
//! curation hid and corrected to `OUT_DIR/curation.bin` (debug builds' review
//! panel embeds it). Also minifies the widget's stylesheet into
//! `OUT_DIR/widget.css`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use tideline_compiler::corpus_path::resolve_corpus_dir;
use tideline_compiler::escape_control;

fn main() -> ExitCode {
    println!("cargo:rerun-if-env-changed=TIDELINE_CORPUS");
    let manifest_dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let corpus = match resolve_corpus_dir(&manifest_dir, std::env::var_os("TIDELINE_CORPUS").as_deref()) {
        Ok(corpus) => corpus,
        Err(err) => {
            eprintln!("error: {err}");
            return ExitCode::FAILURE;
        }
    };
    // A directory path makes cargo rescan the whole folder for changes.
    println!("cargo:rerun-if-changed={}", corpus.display());

    let compilation = match tideline_compiler::compile_dir(&corpus) {
        Ok(compilation) => compilation,
        Err(err) => {
            eprintln!("error: {} (set TIDELINE_CORPUS to a folder of articles)", escape_control(&err.to_string()));
            return ExitCode::FAILURE;
        }
    };
    for diagnostic in &compilation.diagnostics {
        // Display escapes control characters already; escaping again is a
        // no-op that keeps this line safe whatever Display becomes.
        println!("cargo:warning={}", escape_control(&diagnostic.to_string()));
    }
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    let out = out_dir.join("timeline.bin");
    let encoded = tideline_model::encode(&compilation.timeline);
    // The widget decodes this without checking ids and dates again
    // (`decode_prechecked`), so they are checked here, once, at build time.
    if let Err(err) = tideline_model::decode(&encoded) {
        eprintln!("error: the compiled timeline does not decode ({err}): a compiler bug, please report it");
        return ExitCode::FAILURE;
    }
    if let Err(err) = std::fs::write(&out, encoded) {
        eprintln!("error: cannot write {}: {err}", out.display());
        return ExitCode::FAILURE;
    }
    // A search typed right after load must not wait for the index to be
    // built, nor its first letter for most of the index to be read.
    let timeline = &compilation.timeline;
    let index = match timeline.events.len() > tideline_model::BROWSER_BUILDS_INDEX_UP_TO {
        true => tideline_model::search_index_with_byte_sets(timeline),
        false => Vec::new(),
    };
    let out = out_dir.join("search-index.bin");
    if let Err(err) = std::fs::write(&out, index) {
        eprintln!("error: cannot write {}: {err}", out.display());
        return ExitCode::FAILURE;
    }
    // What curation hid and corrected, for the review panel: only debug
    // builds embed it (src/review), release builds never read it.
    let record = out_dir.join("curation.bin");
    if let Err(err) = std::fs::write(&record, tideline_model::encode_curation_record(&compilation.curation)) {
        eprintln!("error: cannot write {}: {err}", record.display());
        return ExitCode::FAILURE;
    }
    match minify_css(&manifest_dir.join("src/view/widget.css"), &out_dir.join("widget.css")) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
    }
}

/// Writes the stylesheet `source` to `out` without comments and spare
/// whitespace: it is embedded in the wasm, where every byte is downloaded.
fn minify_css(source: &Path, out: &Path) -> Result<(), String> {
    println!("cargo:rerun-if-changed={}", source.display());
    let css = std::fs::read_to_string(source).map_err(|err| format!("cannot read {}: {err}", source.display()))?;
    let minified = minifier::css::minify(&css).map_err(|err| format!("{}: cannot minify: {err}", source.display()))?;
    std::fs::write(out, minified.to_string()).map_err(|err| format!("cannot write {}: {err}", out.display()))
}
