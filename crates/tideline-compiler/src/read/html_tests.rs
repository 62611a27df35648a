//! Tests of the HTML reader: what becomes a block, what is skipped, lines.

use super::*;

fn texts(extracted: &Extracted) -> Vec<&str> {
    extracted.blocks.iter().map(|b| b.text.as_str()).collect()
}

#[test]
fn paragraphs_and_headings_become_blocks_with_inline_text_joined() {
    let read = read_html("<html><body>\n<h1>Title</h1>\n<p>One <a href=\"x\">link</a> <em>here</em>.</p>\n<p>Two</p></body></html>", 1);
    assert_eq!(texts(&read), ["Title", "One link here.", "Two"]);
    assert_eq!(read.blocks.iter().map(|b| b.line).collect::<Vec<_>>(), [2, 3, 4]);
}

#[test]
fn a_table_row_is_one_block_its_cells_parted_by_dashes() {
    let page = "<body><p>Intro.</p><table><tr><th>Date</th><th>Measure</th></tr>\n\
        <tr><td>7 May 2023</td><td>Rule <b>adopted</b></td></tr>\n<tr><td></td><td>No date</td></tr></table></body>";
    assert_eq!(texts(&read_html(page, 1)), ["Intro.", "Date — Measure", "7 May 2023 — Rule adopted", "No date"]);
}

#[test]
fn headings_are_marked_as_headings() {
    let read = read_html("<body><h2>What changed on <b>1 January</b></h2><p>Body.</p><h3>Next</h3><ul><li>Item</li></ul></body>", 1);
    let marks: Vec<(&str, bool)> = read.blocks.iter().map(|b| (b.text.as_str(), b.heading)).collect();
    assert_eq!(marks, [("What changed on 1 January", true), ("Body.", false), ("Next", true), ("Item", false)]);
}

#[test]
fn scripts_styles_navigation_and_footers_never_reach_the_blocks() {
    let page = "<html><head><style>p{}</style></head><body><nav>Home</nav><p>Body.</p>\
        <script>var d = '2020-01-01';</script><footer>© 2019, published 3 March 2019</footer><!-- 2018 --></body></html>";
    assert_eq!(texts(&read_html(page, 1)), ["Body."]);
}

#[test]
fn captions_credits_and_image_attributes_are_skipped() {
    let page = "<div><img alt=\"April 11, 2022\" src=\"a.jpg\"><div class=\"photo-credit\">(Getty)</div>\
        <div class=\"photo-caption\"><p>April 11, 2022.</p></div><p>Text.</p></div>";
    assert_eq!(texts(&read_html(page, 1)), ["Text."]);
}

#[test]
fn a_single_article_is_preferred_over_the_page() {
    let page = "<html><body><div class=\"teaser\">Other story</div><article><p>The story.</p></article></body></html>";
    assert_eq!(texts(&read_html(page, 1)), ["The story."]);
}

#[test]
fn head_metadata_and_time_are_read() {
    let page = "<html><head><title>T | Site</title></head><body><article><header><h1>Head</h1>\
        <time datetime=\"2021-10-09\">9 Oct</time></header><p>Body.</p></article></body></html>";
    let read = read_html(page, 1);
    assert_eq!(read.metadata.title.as_deref(), Some("T"));
    assert_eq!(read.metadata.published.unwrap().0.to_string(), "2021-10-09");
}

#[test]
fn byline_boxes_go_to_the_byline_and_name_authors() {
    let page = "<div><div class=\"byline\">By Jane Doe</div><p class=\"post-meta\">Posted 2 May 2021</p><p>Body.</p></div>";
    let read = read_html(page, 1);
    assert_eq!(texts(&read), ["Body."]);
    let byline: Vec<&str> = read.byline.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(byline, ["By Jane Doe", "Posted 2 May 2021"]);
    assert_eq!(read.metadata.authors, ["Jane Doe"]);
}

#[test]
fn double_line_breaks_split_blocks() {
    assert_eq!(texts(&read_html("<div>One<br>still one<br><br>Two</div><p>x</p>", 1)), ["One still one", "Two", "x"]);
}

#[test]
fn a_markdown_link_prelude_gives_the_title_and_keeps_line_numbers() {
    let body = "<!--123-->\n[Is It Over?](https://e.com/a)\n------\n\n<div>\n<p>Body.</p>\n</div>";
    let read = read_html(body, 11);
    assert_eq!(read.metadata.title.as_deref(), Some("Is It Over?"));
    let body_block = read.blocks.iter().find(|b| b.text == "Body.").unwrap();
    assert_eq!(body_block.line, 16);
}

#[test]
fn unclosed_tags_and_deep_nesting_do_not_panic() {
    // Deeper than any recursive walk could go on a test thread's stack. (html5ever's
    // scope checks are quadratic in depth, so this stays at a few thousand.)
    let deep = "<div>".repeat(4_000) + "text";
    assert_eq!(texts(&read_html(&deep, 1)), ["text"]);
    assert_eq!(texts(&read_html("<p>open <b>bold <i>both", 1)), ["open bold both"]);
}

#[test]
fn a_page_whose_body_carries_layout_flags_is_read() {
    let page = "<!DOCTYPE html><html><body class=\"post-template no-sidebar has-ads\"><div class=\"post-content\">\
        <p>The regulator fined the firm on July 7, 2023.</p></div><aside>Related</aside></body></html>";
    assert_eq!(texts(&read_html(page, 1)), ["The regulator fined the firm on July 7, 2023."]);
}

#[test]
fn a_page_nested_too_deep_is_read_as_text_with_a_warning() {
    let page = format!(
        "<html><body>\n{}<p>The regulator fined the firm on July 7, 2023.</p>{}</body></html>",
        "<div>".repeat(50_000),
        "</div>".repeat(50_000)
    );
    let started = std::time::Instant::now();
    let read = read_html(&page, 1);
    assert!(started.elapsed() < std::time::Duration::from_secs(2), "{:?}", started.elapsed());
    assert_eq!(texts(&read), ["The regulator fined the firm on July 7, 2023."]);
    assert_eq!(read.warnings.len(), 1);
    assert_eq!(read.warnings[0].0, 2);
    // Ordinary nesting is read as HTML.
    let page = format!("<html><body>{}<p>Deep enough.</p>{}</body></html>", "<div>".repeat(100), "</div>".repeat(100));
    assert!(read_html(&page, 1).warnings.is_empty());
}

#[test]
fn page_furniture_that_held_text_is_named_in_one_warning() {
    let page = "<html><body>\n<nav>Home | World</nav>\n<p>The regulator fined the firm on July 7, 2023.</p>\n<aside>Read more</aside>\n<footer>© Wire</footer>\n<script>var x = 1;</script>\n</body></html>";
    let read = read_html(page, 1);
    assert_eq!(texts(&read), ["The regulator fined the firm on July 7, 2023."]);
    assert_eq!(read.warnings.len(), 1, "{:?}", read.warnings);
    let (line, message) = &read.warnings[0];
    assert_eq!(*line, 2);
    assert!(message.contains("1 <nav>, 1 <aside>, 1 <footer>") && message.contains("lines 2, 4, 5"), "{message}");
    assert!(!message.contains("script"), "code is not text: {message}");
    assert!(read_html("<html><body><p>Only text.</p><script>x()</script></body></html>", 1).warnings.is_empty());
}
