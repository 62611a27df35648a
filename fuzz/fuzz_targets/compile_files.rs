//! The whole compiler on an arbitrary small corpus (a `tideline.toml` and up
//! to three files): reading, segmenting, dating, mining, merging and curation.
//! It must never panic, and what it builds must survive the widget's decoder.
#![no_main]

use libfuzzer_sys::arbitrary::{self, Arbitrary};
use libfuzzer_sys::fuzz_target;
use tideline_compiler::{compile_files, InputFile};

/// The first byte of each file picks its name, so each extension is tried.
const NAMES: [&str; 4] = ["a.txt", "b.md", "c.html", "d"];

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
    let encoded = tideline_model::encode(&compilation.timeline);
    assert_eq!(tideline_model::decode(&encoded), Ok(compilation.timeline), "the compiler's output must decode");
});
