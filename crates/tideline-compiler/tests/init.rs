//! `tideline init` as a user runs it: it writes a starter `tideline.toml`
//! that the compiler reads back cleanly and never replaces an existing one.
//! How long it takes on 1,000 articles (target 10 s) is measured by the
//! criterion benchmark `init` in `benches/compile.rs`, not here.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use tideline_compiler::synth::{write_corpus, SynthOptions, DEFAULT_SEED};

fn tideline(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tideline")).args(args).output().expect("the tideline binary runs")
}

fn fresh_folder(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

#[test]
fn init_on_a_thousand_articles_writes_settings_the_compiler_reads_back() {
    let dir = fresh_folder("init-thousand");
    let corpus = write_corpus(&dir, &SynthOptions { events: 17_500, seed: DEFAULT_SEED }).expect("synthetic corpus written");
    // The synthetic corpus brings a gazetteer of its own; init starts without one.
    std::fs::remove_file(dir.join("tideline.toml")).expect("synthetic settings removed");
    let articles = corpus.files.iter().filter(|f| f.name != "tideline.toml").count();
    assert!(articles >= 1_000, "{articles} articles");

    let out = tideline(&["init", dir.to_str().expect("UTF-8 path")]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let summary = String::from_utf8_lossy(&out.stdout);
    assert!(summary.contains(&format!("{articles} documents")), "{summary}");

    let check = tideline(&["check", dir.to_str().expect("UTF-8 path")]);
    let stderr = String::from_utf8_lossy(&check.stderr);
    assert!(!stderr.lines().any(|line| line.contains("tideline.toml")), "the starter reads back cleanly:\n{stderr}");
}

#[test]
fn init_refuses_a_folder_that_has_settings_and_leaves_them_as_they_were() {
    let dir = fresh_folder("init-existing");
    std::fs::create_dir_all(&dir).expect("temp folder");
    std::fs::write(dir.join("a.txt"), "On 3 May 2022 the regulator fined Alibaba.\n").expect("article");
    std::fs::write(dir.join("tideline.toml"), "title = \"Mine\"\n").expect("settings");
    let out = tideline(&["init", dir.to_str().expect("UTF-8 path")]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("never overwrites"));
    assert_eq!(std::fs::read_to_string(dir.join("tideline.toml")).ok().as_deref(), Some("title = \"Mine\"\n"));
}

#[test]
fn init_on_a_missing_folder_is_a_usage_error_and_writes_nothing() {
    let dir = fresh_folder("init-missing");
    let out = tideline(&["init", dir.to_str().expect("UTF-8 path")]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!dir.exists());
}
