//! End-to-end tests of `read_document` on small inputs, including odd ones
//! that must not panic.

use super::*;
use crate::diagnostic::Severity;
use tideline_model::DateBasis;

fn read(text: &str) -> Result<ReadOutcome, Diagnostic> {
    read_document("doc.txt", text.as_bytes())
}

#[test]
fn plain_text_with_title_and_byline_is_read() {
    let out = read("A Headline Here\n\nBy Jane Doe | 2 September 2021\n\nBody sentence one.\n\nBody two.").unwrap();
    let src = out.source;
    assert_eq!(src.format, DocumentFormat::Text);
    assert_eq!(src.metadata.title.as_deref(), Some("A Headline Here"));
    assert_eq!(src.metadata.authors, ["Jane Doe"]);
    assert_eq!(src.byline, [Block { text: "By Jane Doe | 2 September 2021".into(), line: 3, heading: false }]);
    assert_eq!(src.blocks.len(), 2);
}

#[test]
fn front_matter_with_markdown_body_is_read_with_body_lines() {
    let out = read("---\ntitle: T\ndate: 2023-01-17\n---\n# T\n\nBody **text**.\n").unwrap();
    let src = out.source;
    assert_eq!(src.format, DocumentFormat::Markdown);
    assert_eq!(src.metadata.published.unwrap().1, DateBasis::FrontMatter);
    assert_eq!(src.blocks, [Block { text: "Body text.".into(), line: 7, heading: false }]);
}

#[test]
fn front_matter_wins_over_html_meta() {
    let page = "---\ntitle: From YAML\n---\n<html><head><meta property=\"og:title\" content=\"From HTML\">\
        <meta property=\"og:site_name\" content=\"Site\"></head><body><p>Body.</p><p>More.</p></body></html>";
    let meta = read(page).unwrap().source.metadata;
    assert_eq!(meta.title.as_deref(), Some("From YAML"));
    assert_eq!(meta.publisher.as_deref(), Some("Site"));
}

#[test]
fn broken_front_matter_is_a_warning_and_the_body_is_still_read() {
    let out = read("---\ntitle: [oops\n---\nThe body is here.").unwrap();
    assert_eq!(out.diagnostics.len(), 1);
    assert_eq!(out.diagnostics[0].severity, Severity::Warning);
    assert_eq!(out.source.blocks[0].text, "The body is here.");
    assert_eq!(out.source.blocks[0].line, 4);
}

#[test]
fn a_file_of_only_front_matter_is_skipped_with_a_reason() {
    let err = read("---\ntitle: T\n---\n").unwrap_err();
    assert!(err.message.contains("no article text"), "{}", err.message);
}

#[test]
fn odd_inputs_do_not_panic() {
    let inputs: &[&[u8]] = &[
        b"---",
        b"---\n",
        b"---\n---",
        b"---\n---\n---",
        b"\0\0\0",
        b"a\0b",
        b"<",
        b"<p>",
        b"<html><body><p>unclosed <b>tag",
        b"<!-- only a comment -->",
        b"\xff\xfe",
        b"\xef\xbb\xbf",
        b"#",
        b"* * *",
        b"```\ncode",
        b"[x](",
        b"\r\r\r",
        "日本語のテキスト。".as_bytes(),
        b"\x80\x81\x82\x83",
        b"(((((((((((",
        b"---\n: : :\n---\nbody",
    ];
    for input in inputs {
        let _ = read_document("odd", input);
    }
}

#[test]
fn html_comments_in_markdown_never_become_text() {
    let src = read("# Title\n\n<!-- 2019-01-01 hidden -->\nVisible text.").unwrap().source;
    assert_eq!(src.blocks.len(), 1);
    assert_eq!(src.blocks[0].text, "Visible text.");
}

#[test]
fn binary_files_are_skipped() {
    let err = read_document("image.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap_err();
    assert_eq!(err.severity, Severity::Error);
    assert!(err.message.contains("binary file"));
}

#[test]
fn random_mixtures_of_markup_do_not_panic() {
    const PIECES: &[&str] = &[
        "<p>",
        "</p>",
        "<div class=\"comment\">",
        "</div>",
        "<article>",
        "<br>",
        "<!--",
        "-->",
        "---\n",
        "\n",
        "\n\n",
        "# ",
        "[a](b)",
        "**",
        "_",
        "&amp;",
        "&#38;",
        "é",
        "。",
        "U.S.",
        " J. ",
        "(",
        ")",
        "“",
        "”",
        "By Jane Doe",
        "Reporting by ",
        "BEIJING (Reuters) -",
        "title: x\n",
        "date: 2023-01-01\n",
        "```",
        "  • ",
        "About Us",
        "\r",
        "\t",
        "…",
        "?",
        "!",
        "x",
    ];
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) as usize
    };
    for _ in 0..400 {
        let len = next() % 120;
        let text: String = (0..len).map(|_| PIECES[next() % PIECES.len()]).collect();
        if let Ok(out) = read_document("fuzz", text.as_bytes()) {
            for block in &out.source.blocks {
                for sentence in crate::segment::split_sentences(&block.text) {
                    assert_eq!(&block.text[sentence.range.clone()], sentence.text);
                }
            }
        }
    }
}
