//! Issue 15's hostile line through the whole compiler: a 100 KB line of
//! `in 2000 in 2001 …` once made 2.6 MB of JSON, because each date copied the
//! whole sentence as its evidence. Now what it costs is bounded by the
//! sentence and date limits, and each limit is a warning naming file and line.

use tideline_compiler::dates::MAX_DATES_PER_SENTENCE;
use tideline_compiler::segment::MAX_SENTENCE_BYTES;
use tideline_compiler::{compile_files, InputFile, Severity};

/// `in 2000 in 2001 … ` up to `bytes`, the years cycling through thirty.
fn a_line_of_years(bytes: usize) -> String {
    let mut line = String::new();
    for year in (2000..2030).cycle() {
        if line.len() >= bytes {
            break;
        }
        line.push_str(&format!("in {year} "));
    }
    line
}

#[test]
fn a_hundred_kilobyte_line_of_dates_costs_what_its_bytes_allow_and_is_named_by_line() {
    let text = format!("The regulator met on May 2, 2023.\n\nThe regulator fined the firm {}.\n", a_line_of_years(100_000));
    let compilation = compile_files(None, vec![InputFile { name: "line.txt".into(), bytes: text.clone().into_bytes() }]);

    let warnings_on_line_3 = |words: &str| {
        compilation
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Warning && d.file == "line.txt" && d.line == 3 && d.message.contains(words))
            .count()
    };
    assert_eq!(warnings_on_line_3("read in pieces"), 1, "{:?}", compilation.diagnostics);
    assert!(warnings_on_line_3("later ones are not events") > 0, "{:?}", compilation.diagnostics);

    let sources: Vec<_> = compilation.timeline.events.iter().flat_map(|e| &e.sources).collect();
    assert!(sources.len() > MAX_DATES_PER_SENTENCE, "the pieces still give events: {}", sources.len());
    assert!(sources.iter().all(|s| s.evidence.len() <= MAX_SENTENCE_BYTES), "no evidence is longer than a sentence may be");
    // Each piece's evidence is copied for at most the bounded number of its
    // dates: the timeline grows with the line, not with dates × line.
    let evidence_bytes: usize = sources.iter().map(|s| s.evidence.len()).sum();
    assert!(evidence_bytes <= MAX_DATES_PER_SENTENCE * text.len(), "{evidence_bytes} bytes of evidence from {} of text", text.len());
}
