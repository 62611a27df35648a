//! TimelineJS's own example data (from the `@knight-lab/timelinejs` npm
//! package that `scripts/setup.sh` installs) placed in a corpus: every event
//! with a date Tideline can show becomes a curated event, each one it cannot
//! is an error naming file and line, and an exported timeline reads back.

use std::path::{Path, PathBuf};
use tideline_compiler::{compile_dir, Severity};
use tideline_model::Origin;

fn timelinejs_package() -> PathBuf {
    let package = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../node_modules/@knight-lab/timelinejs/src");
    assert!(package.is_dir(), "{} is missing: run scripts/setup.sh (npm ci) first", package.display());
    package
}

/// A corpus folder holding the package's example timelines, JSON and CSV.
fn corpus_of_examples(name: &str) -> PathBuf {
    let package = timelinejs_package();
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp folder");
    for example in ["template/cosmo-mixed.json", "template/eras.json", "template/all-media-types.json", "js/core/__tests__/women_in_computing.csv"] {
        let from = package.join(example);
        let to = dir.join(from.file_name().expect("a file name"));
        std::fs::copy(&from, &to).unwrap_or_else(|err| panic!("copy {}: {err}", from.display()));
    }
    dir
}

#[test]
fn the_packages_examples_import_as_curated_events_and_each_bad_event_is_named() {
    let dir = corpus_of_examples("timelinejs-examples");
    let compilation = compile_dir(&dir).expect("the folder compiles");
    let timeline = &compilation.timeline;
    let errors: Vec<_> = compilation.diagnostics.iter().filter(|d| d.severity == Severity::Error).collect();

    // cosmo-mixed.json's first six events lie before year 1 (the Big Bang,
    // 13.8 billion years ago): each is named with its file and line, and its
    // five later events (1021 to 1990) still import.
    let cosmo: Vec<_> = errors.iter().filter(|d| d.file == "cosmo-mixed.json").collect();
    assert_eq!(cosmo.len(), 6, "{errors:?}");
    assert!(cosmo.iter().all(|d| d.line > 1 && d.message.contains("outside 1–9999")), "{cosmo:?}");
    assert!(errors.iter().all(|d| d.file == "cosmo-mixed.json"), "only cosmo's ancient dates fail: {errors:?}");

    let from = |file: &str| {
        timeline
            .events
            .iter()
            .filter(|e| e.sources.iter().any(|s| timeline.documents[usize::from(s.document.0)].file.starts_with(file)))
            .collect::<Vec<_>>()
    };
    assert!(timeline.events.iter().all(|e| e.origin == Origin::Curated));
    assert_eq!(from("cosmo-mixed.json").len(), 5, "cosmo's later events import");
    // women_in_computing.csv: a title row and 10 dated rows.
    let women = from("women_in_computing.csv");
    assert_eq!(women.len(), 10);
    let ada = women.iter().find(|e| e.summary == "Ada Lovelace").expect("Ada Lovelace imported");
    assert_eq!((ada.date.to_string().as_str(), ada.end.map(|d| d.to_string())), ("1815-12-10", Some("1852-11-27".to_owned())));
    let ada_source = &timeline.documents[usize::from(ada.sources[0].document.0)];
    assert!(ada_source.url.as_deref().is_some_and(|u| u.starts_with("https://upload.wikimedia.org/")), "the media link is kept: {ada_source:?}");
    assert_eq!(ada.sources[0].line, 3);

    // all-media-types.json: links kept as links, embeds reported, groups warned about once each.
    let media = from("all-media-types.json");
    assert!(media.len() >= 30, "{}", media.len());
    let linked = timeline.documents.iter().filter(|d| d.file.starts_with("all-media-types.json event ") && d.url.is_some()).count();
    assert!(linked >= 20, "{linked}");
    // Actors are found in the slides' words, with their kinds.
    let google = timeline.actors.iter().position(|a| a.name == "Google").expect("Google is named");
    assert_eq!(timeline.actors[google].kind, tideline_model::ActorKind::Company);
    assert!(media.iter().any(|e| e.actors.iter().any(|a| usize::from(a.0) == google)));
    let group_warnings = compilation.diagnostics.iter().filter(|d| d.file == "all-media-types.json" && d.message.starts_with("group `")).count();
    assert!((1..=8).contains(&group_warnings), "{group_warnings}");
}

#[test]
fn an_exported_timeline_imports_back_with_the_same_events() {
    let dir = corpus_of_examples("timelinejs-roundtrip");
    let compilation = compile_dir(&dir).expect("the folder compiles");
    let json = tideline_compiler::timelinejs::to_timelinejs_json(&compilation.timeline);
    let again = Path::new(env!("CARGO_TARGET_TMPDIR")).join("timelinejs-roundtrip-again");
    let _ = std::fs::remove_dir_all(&again);
    std::fs::create_dir_all(&again).expect("temp folder");
    std::fs::write(again.join("exported.json"), json).expect("exported written");
    let back = compile_dir(&again).expect("the export compiles");
    assert!(back.diagnostics.iter().all(|d| d.severity != Severity::Error), "{:?}", back.diagnostics);
    let dated = |c: &tideline_compiler::Compilation| {
        let mut all: Vec<(String, String)> = c.timeline.events.iter().map(|e| (e.date.to_string(), e.summary.clone())).collect();
        all.sort();
        all
    };
    assert_eq!(dated(&back), dated(&compilation));
    assert_eq!(back.timeline.title, compilation.timeline.title);
}

#[test]
fn tideline_export_timelinejs_prints_the_timeline_as_timelinejs_json() {
    let dir = corpus_of_examples("timelinejs-cli-export");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_tideline"))
        .args(["export", "--timelinejs", dir.to_str().expect("UTF-8 path")])
        .output()
        .expect("the tideline binary runs");
    assert_eq!(out.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    let events = json["events"].as_array().expect("an events list");
    assert!(events.iter().any(|e| e["text"]["headline"] == "Ada Lovelace" && e["start_date"]["year"] == 1815));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cosmo-mixed.json:"), "diagnostics on stderr name the file");
}
