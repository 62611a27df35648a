//! Which reader a document body needs, decided from its content (file
//! extensions lie: a `.txt` may hold HTML).

use super::DocumentFormat;
use regex::Regex;
use std::sync::LazyLock;

/// Tags that only a whole HTML document has.
static DOCUMENT_TAG: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)<(?:!doctype\s+html|html[\s>]|body[\s>])").expect("valid regex"));

/// Structural tags at the start of a line: the body is laid out as HTML.
static LINE_START_TAG: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?im)^\s*<(?:div|p|article|main|section|table|ul|ol|h[1-6]|header|blockquote)[\s>]").expect("valid regex"));

/// Any common HTML tag.
static ANY_TAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)</?(?:div|p|span|a|article|main|section|h[1-6]|ul|ol|li|table|tr|td|br|img|em|strong|b|i|blockquote|figure)[\s>/]")
        .expect("valid regex")
});

/// Markdown features other than lists: headings, links, emphasis, fences,
/// setext underlines.
static MARKDOWN_FEATURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^#{1,6}\s+\S|\[[^\]\n]+\]\([^)\s]+\)|\*\*[^*\n]+\*\*|__[^_\n]+__|^```|^~~~|^[^\n]*\S[^\n]*\n(?:=+|-{2,})[ \t]*$")
        .expect("valid regex")
});

/// Markdown list items (`- item`, `* item`).
static MARKDOWN_LIST: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?m)^[ \t]*[-*+][ \t]+\S").expect("valid regex"));

/// How many tags make "real HTML structure".
const MIN_TAGS: usize = 3;

/// The format of a document body; `has_front_matter` tips non-HTML bodies to Markdown.
pub fn sniff_format(body: &str, has_front_matter: bool) -> DocumentFormat {
    if looks_like_html(body) {
        DocumentFormat::Html
    } else if has_front_matter || looks_like_markdown(body) {
        DocumentFormat::Markdown
    } else {
        DocumentFormat::Text
    }
}

/// A whole HTML document, or several tags with a structural one opening a line.
fn looks_like_html(body: &str) -> bool {
    DOCUMENT_TAG.is_match(body) || (LINE_START_TAG.is_match(body) && ANY_TAG.find_iter(body).nth(MIN_TAGS - 1).is_some())
}

/// One Markdown feature, or at least two list items plus another hint.
fn looks_like_markdown(body: &str) -> bool {
    MARKDOWN_FEATURE.is_match(body) || MARKDOWN_LIST.find_iter(body).nth(2).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use DocumentFormat::*;

    #[test]
    fn a_full_html_document_is_html() {
        assert_eq!(sniff_format("<!DOCTYPE html><html><body>x</body></html>", false), Html);
    }

    #[test]
    fn a_body_of_divs_and_paragraphs_is_html_even_after_markdown() {
        let body = "[Title](https://e.com)\n------\n\n<div>\n<div class=\"a\"><p>One</p><p>Two</p></div>\n</div>";
        assert_eq!(sniff_format(body, true), Html);
    }

    #[test]
    fn one_tag_in_prose_is_not_html() {
        assert_eq!(sniff_format("We write <p> for paragraphs.\n\nMore text.", false), Text);
    }

    #[test]
    fn headings_links_and_setext_underlines_are_markdown() {
        assert_eq!(sniff_format("# Title\n\nText", false), Markdown);
        assert_eq!(sniff_format("See [this](https://e.com).", false), Markdown);
        assert_eq!(sniff_format("Title\n=====\n\nText", false), Markdown);
        assert_eq!(sniff_format("Some **bold** claim.", false), Markdown);
    }

    #[test]
    fn front_matter_makes_a_plain_body_markdown() {
        assert_eq!(sniff_format("Just text.", true), Markdown);
    }

    #[test]
    fn prose_with_bullets_is_plain_text() {
        assert_eq!(sniff_format("Title\n\n  • point one\n  • point two\n\nBody.", false), Text);
    }
}
