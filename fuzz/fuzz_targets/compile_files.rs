//! The whole compiler on an arbitrary small corpus (a `tideline.toml` and up
//! to three files): reading, segmenting, dating, mining, merging, curation,
//! TimelineJS import and export.
//! It must never panic, and what it builds must survive the widget's decoder.
#![no_main]

use libfuzzer_sys::arbitrary::{self, Arbitrary};
use libfuzzer_sys::fuzz_target;
use tideline_compiler::{compile_files, InputFile};

/// The first byte of each file picks its name, so each extension is tried
/// (`.json` and `.csv` are TimelineJS timelines, imported as events).
const NAMES: [&str; 6] = ["a.txt", "b.md", "c.html", "d", "e.json", "f.csv"];

#[derive(Arbitrary, Debug)]
struct Corpus {
    config: Option<String>,
    files: Vec<(u8, Vec<u8>)>,
}

fuzz_target!(|corpus: Corpus| {
    let files = corpus
        .files
        .into_iter()
        .take(3)
        .enumerate()
        .map(|(i, (pick, bytes))| InputFile { name: format!("{i}{}", NAMES[usize::from(pick) % NAMES.len()]), bytes })
        .collect();
    let compilation = compile_files(corpus.config.as_deref(), files);
    let _ = tideline_compiler::json::to_json(&compilation);
    let _ = tideline_compiler::timelinejs::to_timelinejs_json(&compilation.timeline);
    let encoded = tideline_model::encode(&compilation.timeline);
    assert_eq!(tideline_model::decode(&encoded), Ok(compilation.timeline), "the compiler's output must decode");
});
