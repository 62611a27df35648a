//! The five real corpus files read into sensible blocks and metadata.

use super::*;
use crate::Diagnostic;

fn read_seed(name: &str) -> SourceText {
    let path = format!("{}/../../seeds/{name}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let out = read_document(name, &bytes).unwrap_or_else(|d| panic!("{d}"));
    // The seeds draw only the warnings that name their page furniture: an
    // "About Us" tail, a "You might also like" box, a photo caption.
    let furniture = |d: &Diagnostic| d.severity == crate::Severity::Warning && d.message.starts_with("left out as page furniture");
    assert!(out.diagnostics.iter().all(furniture), "{:?}", out.diagnostics);
    out.source
}

fn all_text(src: &SourceText) -> String {
    src.blocks.iter().map(|b| b.text.as_str()).collect::<Vec<_>>().join("\n")
}

fn assert_lines_increase(src: &SourceText) {
    assert!(src.blocks.windows(2).all(|w| w[0].line <= w[1].line), "lines go backwards");
}

#[test]
fn seed_000_has_title_author_and_no_about_us() {
    let src = read_seed("000_6d3e4fc944f79a52.txt");
    assert_eq!(src.format, DocumentFormat::Text);
    assert_eq!(src.metadata.title.as_deref(), Some("China Signals Support for Platform Companies Amid Easing ‘Tech Crackdown’"));
    assert_eq!(src.metadata.authors, ["Giulia Interesse"]);
    assert_eq!(src.metadata.publisher.as_deref(), Some("China Briefing (Dezan Shira & Associates)"));
    assert_eq!(src.byline.len(), 1);
    assert_eq!(src.byline[0].line, 3);
    let text = all_text(&src);
    assert!(text.contains("RMB 7.123 billion"));
    assert!(!text.contains("since 1992"));
    assert!(!text.contains("Reading Time"));
    assert_eq!(src.blocks[0].line, 5);
    assert_lines_increase(&src);
}

#[test]
fn seed_001_has_its_title_and_every_paragraph() {
    let src = read_seed("001_024de968f06c8868.txt");
    assert_eq!(src.metadata.title.as_deref(), Some("China’s Regional Governments Strongly Signal that Crackdown on Internet Giants Is over"));
    assert!(src.metadata.authors.is_empty());
    assert_eq!(src.blocks.len(), 15);
    assert!(src.byline.is_empty());
    assert_lines_increase(&src);
}

#[test]
fn seed_002_reads_the_html_body_after_front_matter() {
    let src = read_seed("002_c8ded26c0fba976b.txt");
    assert_eq!(src.format, DocumentFormat::Html);
    assert_eq!(src.metadata.title.as_deref(), Some("Is Beijing Changing Tack on Big Tech?"));
    assert_eq!(src.metadata.published.map(|p| p.0.to_string()).as_deref(), Some("2022-05-19"));
    assert_eq!(src.metadata.authors, ["Rui Ma", "Ruihan Huang", "Graham Webster", "Xibai Xu"]);
    assert_eq!(src.metadata.url.as_deref(), Some("https://www.chinafile.com/conversation/beijing-changing-tack-big-tech"));
    let text = all_text(&src);
    assert!(text.contains("On Tuesday, the Chinese People’s Political Consultative Congress (CPPCC) held a special meeting"));
    assert!(text.contains("The crackdown has ended, but regulations are here to stay."));
    assert!(!text.contains("April 11, 2022"), "photo caption leaked");
    assert!(!text.contains("Getty"), "photo credit leaked");
    assert!(!text.contains("54001_sm.jpg"));
    assert!(!text.contains("Comments"));
    assert_lines_increase(&src);
    assert!(src.blocks[0].line >= 16);
}

#[test]
fn seed_003_is_a_reuters_story_with_its_reporters() {
    let src = read_seed("003_fc875ff1a262c22d.txt");
    assert!(src.metadata.title.is_none());
    assert_eq!(src.metadata.publisher.as_deref(), Some("Reuters"));
    assert_eq!(src.metadata.authors, ["Ella Cao", "Brenda Goh", "Ellen Zhang", "Ethan Wang", "Ryan Woo"]);
    assert!(src.blocks[0].text.starts_with("BEIJING (Reuters) -China on Wednesday"));
    assert_eq!(src.byline.len(), 1);
    assert_eq!(src.blocks.len(), 11);
    assert_lines_increase(&src);
}

#[test]
fn seed_004_has_bullets_and_an_author_line() {
    let src = read_seed("004_1d75100ad4386998.txt");
    assert!(src.metadata.title.as_deref().is_some_and(|t| t.starts_with("China’s tech regulator says scrutiny")));
    assert_eq!(src.metadata.authors, ["Xinmei Shen"]);
    assert_eq!(src.metadata.publisher.as_deref(), Some("SCMP"));
    assert!(src.blocks[0].text.starts_with("The head of China’s Ministry"));
    assert!(!all_text(&src).contains("You might also like"));
    assert_lines_increase(&src);
}

#[test]
fn seed_summary_for_the_report() {
    for name in
        ["000_6d3e4fc944f79a52.txt", "001_024de968f06c8868.txt", "002_c8ded26c0fba976b.txt", "003_fc875ff1a262c22d.txt", "004_1d75100ad4386998.txt"]
    {
        let src = read_seed(name);
        eprintln!(
            "{name}: format={:?} title={:?} authors={:?} publisher={:?} published={:?} blocks={} byline={:?}",
            src.format,
            src.metadata.title,
            src.metadata.authors,
            src.metadata.publisher,
            src.metadata.published.map(|p| p.0.to_string()),
            src.blocks.len(),
            src.byline.iter().map(|b| (b.line, b.text.as_str())).collect::<Vec<_>>()
        );
    }
}

/// Throughput of reading and segmenting; run with
/// `cargo test --release -p tideline-compiler throughput -- --ignored --nocapture`.
#[test]
#[ignore = "timing probe, meaningful only in release builds"]
fn throughput_of_reading_and_segmenting_the_seeds() {
    for (name, head) in
        [("000_6d3e4fc944f79a52.txt", ""), ("000_6d3e4fc944f79a52.txt", "---\ntitle: Markdown\n---\n"), ("002_c8ded26c0fba976b.txt", "")]
    {
        let path = format!("{}/../../seeds/{name}", env!("CARGO_MANIFEST_DIR"));
        let one = std::fs::read_to_string(&path).expect("seed");
        let (head, body) = if name.starts_with("002") { one.split_at(one.find("<div>").unwrap_or(0)) } else { (head, one.as_str()) };
        let big = format!("{head}{}", body.repeat(20_000_000 / one.len()));
        let started = std::time::Instant::now();
        let src = read_document(name, big.as_bytes()).expect("readable").source;
        let sentences: usize = src.blocks.iter().map(|b| crate::segment::split_sentences(&b.text).len()).sum();
        let secs = started.elapsed().as_secs_f64();
        eprintln!(
            "{name} as {}: {:.1} MB in {secs:.2}s = {:.1} MB/s ({sentences} sentences)",
            src.format.as_str(),
            big.len() as f64 / 1e6,
            big.len() as f64 / 1e6 / secs
        );
    }
}
