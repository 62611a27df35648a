//! `tideline synth` corpora as the compiler sees them: the same seed writes
//! the same bytes, and compiling N synthetic events finds about N events in
//! all three formats, with both stances and no errors.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;
use tideline_compiler::read::DocumentFormat;
use tideline_compiler::synth::{write_corpus, SynthOptions, SyntheticCorpus, BOILERPLATE_MARKERS, DEFAULT_SEED};
use tideline_compiler::{compile_dir, Compilation, Severity};
use tideline_model::Stance;

/// A fresh, empty folder under the target dir.
fn fresh_folder(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// Every file of `dir` by name, with its bytes.
fn folder_bytes(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .expect("corpus folder")
        .flatten()
        .map(|e| (e.file_name().to_string_lossy().into_owned(), std::fs::read(e.path()).expect("readable file")))
        .collect()
}

fn synthesize_into(name: &str, events: usize, seed: u64) -> (PathBuf, SyntheticCorpus) {
    let dir = fresh_folder(name);
    let corpus = write_corpus(&dir, &SynthOptions { events, seed }).expect("synthetic corpus written");
    (dir, corpus)
}

fn stance_count(compilation: &Compilation, stance: Stance) -> usize {
    compilation.timeline.events.iter().filter(|e| e.stance == stance).count()
}

#[test]
fn the_same_events_and_seed_write_byte_identical_files() {
    let (first, _) = synthesize_into("synth-same-a", 500, DEFAULT_SEED);
    let (second, _) = synthesize_into("synth-same-b", 500, DEFAULT_SEED);
    let (other, _) = synthesize_into("synth-other-seed", 500, DEFAULT_SEED + 1);
    let first = folder_bytes(&first);
    assert!(first.len() > 20, "{} files", first.len());
    assert_eq!(first, folder_bytes(&second));
    assert_ne!(first, folder_bytes(&other));
}

#[test]
fn writing_again_replaces_an_earlier_synthetic_corpus_but_not_other_folders() {
    let (dir, _) = synthesize_into("synth-rewrite", 300, 1);
    let corpus = write_corpus(&dir, &SynthOptions { events: 100, seed: 1 }).expect("rewritten");
    assert_eq!(folder_bytes(&dir).len(), corpus.files.len() + 1);

    let foreign = fresh_folder("synth-foreign");
    std::fs::create_dir_all(&foreign).expect("folder");
    std::fs::write(foreign.join("notes.txt"), "mine").expect("file");
    let err = write_corpus(&foreign, &SynthOptions { events: 100, seed: 1 }).expect_err("refused");
    assert!(err.to_string().contains("not empty"), "{err}");
    assert_eq!(std::fs::read_to_string(foreign.join("notes.txt")).expect("kept"), "mine");
}

#[test]
fn compiling_a_thousand_synthetic_events_finds_about_a_thousand() {
    let events = 1000;
    let (dir, corpus) = synthesize_into("synth-1k", events, DEFAULT_SEED);
    let compilation = compile_dir(&dir).expect("corpus compiles");
    let found = compilation.timeline.events.len();
    let ratio = found as f64 / events as f64;
    let intended = corpus.files.iter().fold([0; 3], |acc, f| [acc[0] + f.stances[0], acc[1] + f.stances[1], acc[2] + f.stances[2]]);
    println!(
        "1k: {} documents, {found} events for {events} sentences (ratio {ratio:.3}); tightening {} / easing {} / neutral {} (written {intended:?})",
        compilation.timeline.documents.len(),
        stance_count(&compilation, Stance::Tightening),
        stance_count(&compilation, Stance::Easing),
        stance_count(&compilation, Stance::Neutral),
    );
    assert!((0.8..=1.2).contains(&ratio), "found {found} events for {events} event sentences");
    assert!(stance_count(&compilation, Stance::Tightening) > events / 5);
    assert!(stance_count(&compilation, Stance::Easing) > events / 10);

    for format in [DocumentFormat::Text, DocumentFormat::Markdown, DocumentFormat::Html] {
        assert!(compilation.formats.contains(&format), "no {format:?} document was read");
    }
    assert_eq!(compilation.timeline.documents.len(), corpus.files.len());
    assert!(compilation.timeline.documents.iter().all(|d| d.published.is_some() && d.title.is_some()));
    let errors: Vec<_> = compilation.diagnostics.iter().filter(|d| d.severity == Severity::Error).collect();
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(compilation.timeline.title, format!("Synthetic corpus ({events} events, seed {DEFAULT_SEED})"));

    let leaked: Vec<&str> = compilation
        .timeline
        .events
        .iter()
        .flat_map(|e| &e.sources)
        .map(|s| s.evidence.as_str())
        .filter(|evidence| BOILERPLATE_MARKERS.iter().any(|m| evidence.contains(m)))
        .collect();
    assert!(leaked.is_empty(), "HTML boilerplate became events: {leaked:?}");
}

/// Run with `cargo test --release -p tideline-compiler --test synth -- --ignored --nocapture`.
#[test]
#[ignore = "a benchmark: writes and compiles 10k and 100k events"]
fn compile_throughput_at_10k_and_100k_events() {
    for events in [10_000, 100_000] {
        let started = Instant::now();
        let (dir, corpus) = synthesize_into(&format!("synth-bench-{events}"), events, DEFAULT_SEED);
        let written = started.elapsed();
        let started = Instant::now();
        let compilation = compile_dir(&dir).expect("corpus compiles");
        let compiled = started.elapsed();
        let megabytes = corpus.bytes() as f64 / 1e6;
        println!(
            "{events} events: {} documents, {megabytes:.1} MB written in {:.2}s; compiled in {:.2}s ({:.2} MB/s); {} events found (ratio {:.3})",
            corpus.files.len(),
            written.as_secs_f64(),
            compiled.as_secs_f64(),
            megabytes / compiled.as_secs_f64(),
            compilation.timeline.events.len(),
            compilation.timeline.events.len() as f64 / events as f64,
        );
    }
}
