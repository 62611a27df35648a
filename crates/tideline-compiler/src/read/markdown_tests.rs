//! Tests of the Markdown reader, one per construct.

use super::*;

fn texts(md: &str) -> Vec<String> {
    read_markdown(md, 1).blocks.into_iter().map(|b| b.text).collect()
}

#[test]
fn paragraphs_headings_and_list_items_are_blocks() {
    let md = "# Title\n\nFirst para\ncontinues here.\n\n## Section\n\n- item one\n- item two\n";
    assert_eq!(texts(md), ["Title", "First para continues here.", "Section", "item one", "item two"]);
}

#[test]
fn headings_are_marked_as_headings() {
    let md = "# Title\n\nBody.\n\nSection\n-------\n\n### The road to 1 January\n\n- item\n";
    let marks: Vec<bool> = read_markdown(md, 1).blocks.iter().map(|b| b.heading).collect();
    assert_eq!(marks, [true, false, true, true, false]);
}

#[test]
fn the_first_top_level_heading_is_the_title() {
    let read = read_markdown("Intro.\n\n# The Title\n\nBody.", 1);
    assert_eq!(read.metadata.title.as_deref(), Some("The Title"));
}

#[test]
fn a_setext_heading_link_opening_the_document_is_the_title() {
    let read = read_markdown("[Is Beijing Changing Tack?](https://e.com/a)\n------\n", 10);
    assert_eq!(read.metadata.title.as_deref(), Some("Is Beijing Changing Tack?"));
    assert_eq!(read.blocks[0].line, 10);
}

#[test]
fn links_keep_their_text_and_images_are_dropped() {
    assert_eq!(texts("See ![a chart](c.png)[the report](https://e.com) and **bold** _it_ `code`."), ["See the report and bold it code."]);
}

#[test]
fn code_fences_and_comments_are_dropped_keeping_line_numbers() {
    let read = read_markdown("<!-- a\ncomment -->\n```\nlet x = 1;\n```\n\nText.", 1);
    assert_eq!(read.blocks.len(), 1);
    assert_eq!(read.blocks[0].text, "Text.");
    assert_eq!(read.blocks[0].line, 7);
}

#[test]
fn quotes_and_numbered_items_lose_their_markers() {
    assert_eq!(texts("> quoted words\n\n1. first\n2) second"), ["quoted words", "first", "second"]);
}

#[test]
fn thematic_breaks_and_reference_definitions_are_not_text() {
    assert_eq!(texts("One.\n\n---\n\n[1]: https://e.com\nTwo."), ["One.", "Two."]);
}

#[test]
fn entities_are_decoded() {
    assert_eq!(texts("AT&amp;T &#38; more"), ["AT&T & more"]);
}

#[test]
fn each_inline_pattern_needs_its_byte() {
    let samples = ["![a](b)", "![a][b]", "[a](b)", "[a][b]", "<http://x>", "<b>", "`c`", "**s**", "__s__", "*e*", " _e_ ", "~~s~~", "\\*"];
    assert_eq!(samples.len(), INLINE.len());
    for ((pattern, _, required), sample) in INLINE.iter().zip(samples) {
        assert!(pattern.is_match(sample), "{sample}");
        let without: String = sample.chars().filter(|&c| c != char::from(*required)).collect();
        assert!(!pattern.is_match(&without), "{sample}");
    }
}

#[test]
fn table_pipes_become_dashes_only_where_present() {
    assert_eq!(clean_inline("a | b"), "a — b");
    assert_eq!(clean_inline("a|b"), "a|b");
}

#[test]
fn block_markers_are_found_after_their_indent_only() {
    assert_eq!(first_byte_after_indent("   # Head", false), Some(b'#'));
    assert_eq!(first_byte_after_indent(" \t> quote", false), Some(b'\t'));
    assert_eq!(first_byte_after_indent(" \t> quote", true), Some(b'>'));
    assert_eq!(first_byte_after_indent("   ", true), None);
    for line in ["- a", "\t* b", "12. c", "• d", "٣. e"] {
        assert!(may_open_list_item(line), "{line}");
    }
    assert!(!may_open_list_item("Plain prose."));
    assert_eq!(texts(" \t> - quoted item\n\n1) first\n\n   ## Indented heading\n"), ["quoted item", "first", "Indented heading"]);
}

#[test]
fn an_unclosed_code_fence_does_not_hide_the_rest_of_the_file() {
    let read = read_markdown("Intro on July 1, 2023.\n\n```\nThe regulator fined the firm on July 7, 2023.\n\nMore text.\n", 1);
    let texts: Vec<&str> = read.blocks.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(texts, ["Intro on July 1, 2023.", "The regulator fined the firm on July 7, 2023.", "More text."]);
    assert_eq!(read.warnings.len(), 1);
    assert_eq!(read.warnings[0].0, 3);
    // A closed fence is still code.
    let read = read_markdown("Intro.\n\n```\ncode 2023\n```\nAfter.\n", 1);
    let texts: Vec<&str> = read.blocks.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(texts, ["Intro.", "After."]);
    assert!(read.warnings.is_empty());
}

#[test]
fn each_table_row_is_a_block_of_its_own() {
    let body = "Intro.\n\n| Date | Measure |\n|---|---|\n| 7 May 2023 | Rule adopted |\n| 9 June 2023 | Rule in force |\nAfter a row.\n\nProse again\nover two lines.\n";
    assert_eq!(
        texts(body),
        ["Intro.", "Date — Measure", "7 May 2023 — Rule adopted", "9 June 2023 — Rule in force", "After a row.", "Prose again over two lines."]
    );
}

#[test]
fn a_date_line_near_the_top_is_a_block_of_its_own() {
    let md = "TRAINING DATA\nA fortnightly letter on copyright\nIssue 41 | Monday, 8 September 2025\nEdited by Ann Lee\n\nBody text here.\n\n- one\n- two\n";
    assert_eq!(
        texts(md),
        [
            "TRAINING DATA A fortnightly letter on copyright",
            "Issue 41 — Monday, 8 September 2025",
            "Edited by Ann Lee",
            "Body text here.",
            "one",
            "two"
        ]
    );
    let prose = "Intro.\n\nThe regulator said on Monday, 8 September 2025\nthat it would act.\n";
    assert_eq!(texts(prose), ["Intro.", "The regulator said on Monday, 8 September 2025 that it would act."], "a wrapped sentence stays whole");
}
