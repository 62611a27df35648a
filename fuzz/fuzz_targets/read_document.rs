//! Reading one corpus file from arbitrary bytes: decoding, front matter,
//! format sniffing and the text, Markdown and HTML readers. Any input must
//! give a document or a diagnostic, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tideline_compiler::read::read_document;

/// The first byte picks the file's name, so each extension is tried.
const NAMES: [&str; 4] = ["article.txt", "article.md", "article.html", "article"];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else { return };
    let name = NAMES[usize::from(pick) % NAMES.len()];
    let _ = read_document(name, bytes);
});
