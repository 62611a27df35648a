//! HTML → blocks. The page is parsed with scraper (html5ever), furniture is
//! skipped by the rule in `html_boilerplate`, and every block-level element's
//! text (inline elements joined, whitespace collapsed) becomes a block with
//! the source line of its start tag. `<article>`/`<main>` is preferred when
//! the page has exactly one. A Markdown prelude before the first tag (a
//! `[Title](url)` line) is read as Markdown.

use super::byline::record_byline;
use super::html_boilerplate::{element_role, Role};
use super::html_meta::read_meta;
use super::html_tree::{parse_with_lines, LinedHtml};
use super::markdown::read_markdown;
use super::metadata_text::{collapse_whitespace, parse_iso_day};
use super::{Block, Extracted, FileMetadata};
use ego_tree::iter::Edge;
use ego_tree::NodeId;
use regex::Regex;
use scraper::{ElementRef, Node, Selector};
use std::sync::LazyLock;
use tideline_model::DateBasis;

/// Elements that start and end a block of text. A table's row is one
/// block, its cells parted by dashes as a Markdown row's are (see
/// [`CELL_TAGS`]).
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "tr",
    "table",
    "thead",
    "tbody",
    "caption",
    "address",
    "center",
    "body",
    "html",
    "hr",
    "details",
    "summary",
    "header",
];

/// A table's cells: each after the first of its row opens with " — ", so a
/// row reads "7 May 2023 — Rule adopted", a label and what it labels.
const CELL_TAGS: &[&str] = &["td", "th"];

/// True for `h1` … `h6`.
fn is_heading_tag(tag: &str) -> bool {
    matches!(tag, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

/// Two line breaks (`<br><br>`) split a block in two.
static PARAGRAPH_BREAK: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\n\s*\n").expect("valid regex"));
static MAIN: LazyLock<Selector> = LazyLock::new(|| Selector::parse("main").expect("valid selector"));
static ARTICLE: LazyLock<Selector> = LazyLock::new(|| Selector::parse("article, [itemprop=articleBody]").expect("valid selector"));

/// Deepest nesting of container elements read as HTML. html5ever scans the
/// stack of open elements at each start tag, so 50,000 nested `<div>`s cost
/// seconds; real pages nest a few dozen deep.
pub const MAX_HTML_DEPTH: usize = 1_000;

/// A start or end tag's opening: `<div`, `</div`.
static TAG_OPENING: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"</?[A-Za-z][A-Za-z0-9]*").expect("valid regex"));
/// A whole tag (or comment, doctype) to strip.
static WHOLE_TAG: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"<[!/?A-Za-z][^>]*>").expect("valid regex"));

/// Elements that always need their end tag, so their start tags nest.
/// Elements whose end tag is optional (`p`, `li`, `td`) are left out: a page
/// of unclosed paragraphs is not deep.
const CONTAINER_TAGS: &[&str] = &[
    "div",
    "span",
    "section",
    "article",
    "main",
    "a",
    "b",
    "i",
    "em",
    "strong",
    "u",
    "s",
    "small",
    "font",
    "table",
    "ul",
    "ol",
    "dl",
    "blockquote",
    "center",
    "header",
    "footer",
    "nav",
    "aside",
    "form",
    "figure",
    "details",
    "sub",
    "sup",
];

/// The byte offset where container elements first nest deeper than
/// [`MAX_HTML_DEPTH`], counted from the tags as written (one linear scan).
fn too_deep_at(html: &str) -> Option<usize> {
    let mut depth = 0usize;
    // find_iter, not captures: this runs over every HTML file of the corpus.
    for tag in TAG_OPENING.find_iter(html) {
        let (closing, name) = match tag.as_str().strip_prefix("</") {
            Some(name) => (true, name),
            None => (false, &tag.as_str()[1..]),
        };
        if !CONTAINER_TAGS.iter().any(|t| t.eq_ignore_ascii_case(name)) {
            continue;
        }
        if !closing {
            depth += 1;
            if depth > MAX_HTML_DEPTH {
                return Some(tag.start());
            }
        } else {
            depth = depth.saturating_sub(1);
        }
    }
    None
}

/// Reads an HTML body starting at file line `first_line`. A page nested
/// deeper than [`MAX_HTML_DEPTH`] is read as plain text with its tags
/// blanked out (lines kept), with a warning naming the line.
pub fn read_html(body: &str, first_line: u32) -> Extracted {
    if let Some(at) = too_deep_at(body) {
        let line = first_line.saturating_add(u32::try_from(body[..at].matches('\n').count()).unwrap_or(u32::MAX));
        let text =
            WHOLE_TAG.replace_all(body, |caps: &regex::Captures<'_>| caps[0].chars().map(|c| if c == '\n' { '\n' } else { ' ' }).collect::<String>());
        let mut extracted = super::text::read_text(&super::metadata_text::decode_entities(&text), first_line);
        let message = format!("HTML nests elements more than {MAX_HTML_DEPTH} deep here; the page is read as plain text with its tags removed");
        extracted.warnings.push((line, message));
        return extracted;
    }
    let (prelude, prelude_lines) = markdown_prelude(body);
    let mut extracted = Extracted::default();
    if !prelude.trim().is_empty() {
        let read = read_markdown(prelude, first_line);
        extracted.blocks = read.blocks;
        extracted.metadata = read.metadata;
        extracted.warnings = read.warnings;
    }
    let html_first_line = first_line.saturating_add(prelude_lines);
    let lined = parse_with_lines(&body[prelude.len()..]);
    let mut walker = Walker::new(&lined, html_first_line.saturating_sub(1));
    walker.walk(root_of(&lined));
    let mut page_meta = read_meta(&lined.html);
    if page_meta.title.is_none() {
        page_meta.title = walker.first_h1.take();
    }
    if page_meta.published.is_none() {
        page_meta.published = walker.first_time.take().map(|d| (d, DateBasis::HtmlMeta));
    }
    page_meta.fill_from(std::mem::take(&mut walker.byline_meta));
    // The prelude's heading (the page's own title line) is trusted over <title>.
    extracted.metadata.fill_from(page_meta);
    extracted.blocks.extend(walker.blocks);
    extracted.byline = walker.byline;
    if let Some(warning) = left_out_warning(&walker.left_out) {
        extracted.warnings.push(warning);
    }
    extracted
}

/// Tags whose content is never reader text (code, styles, controls): left
/// out without a word.
const NOT_TEXT_TAGS: &[&str] = &["script", "style", "template", "noscript", "svg", "canvas", "select", "textarea", "input", "object", "embed"];

/// One warning naming the page furniture left out that held text (tags,
/// how much text, the lines), at the line of the first; none when nothing
/// readable was left out.
fn left_out_warning(left_out: &[(u32, String, usize)]) -> Option<(u32, String)> {
    let first = left_out.first()?.0;
    let mut tags: Vec<(&str, usize)> = Vec::new();
    for (_, tag, _) in left_out {
        match tags.iter_mut().find(|(t, _)| t == tag) {
            Some((_, n)) => *n += 1,
            None => tags.push((tag, 1)),
        }
    }
    let tags: Vec<String> = tags.iter().map(|(tag, n)| format!("{n} <{tag}>")).collect();
    let chars: usize = left_out.iter().map(|(_, _, c)| c).sum();
    const LINES_SHOWN: usize = 8;
    let mut lines: Vec<String> = left_out.iter().take(LINES_SHOWN).map(|(line, _, _)| line.to_string()).collect();
    if left_out.len() > LINES_SHOWN {
        lines.push("…".to_owned());
    }
    let message = format!(
        "left out as page furniture (navigation, sidebars, footers, captions, hidden or boilerplate blocks): {} holding {chars} characters of text, at lines {}",
        tags.join(", "),
        lines.join(", ")
    );
    Some((first, message))
}

/// The Markdown lines before the first line that opens with a tag (HTML
/// comments and blank lines may come first), and how many lines that is.
fn markdown_prelude(body: &str) -> (&str, u32) {
    let mut offset = 0;
    for (lines, line) in (0u32..).zip(body.split_inclusive('\n')) {
        let trimmed = line.trim();
        let comment = trimmed.starts_with("<!--") && trimmed.ends_with("-->");
        if trimmed.starts_with('<') && !comment {
            return (&body[..offset], lines);
        }
        offset += line.len();
    }
    ("", 0)
}

/// The single `<main>` or `<article>` of the page, else the whole document.
fn root_of(lined: &LinedHtml) -> ElementRef<'_> {
    let html = &lined.html;
    let mut root = html.root_element();
    let mut mains = html.select(&MAIN);
    if let (Some(main), None) = (mains.next(), mains.next()) {
        root = main;
    }
    let mut articles = root.select(&ARTICLE);
    if let (Some(article), None) = (articles.next(), articles.next()) {
        root = article;
    }
    root
}

/// Walks the tree without recursion (deeply nested pages cannot overflow the
/// stack), collecting block text.
struct Walker<'a> {
    lines: &'a std::collections::HashMap<NodeId, u32>,
    line_offset: u32,
    blocks: Vec<Block>,
    byline: Vec<Block>,
    byline_meta: FileMetadata,
    buffer: String,
    buffer_line: Option<u32>,
    /// The buffer is a heading's text (`<h1>`–`<h6>`).
    in_heading: bool,
    last_line: u32,
    first_h1: Option<String>,
    first_time: Option<tideline_model::EventDate>,
    /// Page furniture left out that held readable text: line, tag and
    /// characters, for the warning that names it.
    left_out: Vec<(u32, String, usize)>,
}

impl<'a> Walker<'a> {
    fn new(lined: &'a LinedHtml, line_offset: u32) -> Self {
        Walker {
            lines: &lined.lines,
            line_offset,
            blocks: Vec::new(),
            byline: Vec::new(),
            byline_meta: FileMetadata::default(),
            buffer: String::new(),
            buffer_line: None,
            in_heading: false,
            last_line: 1,
            first_h1: None,
            first_time: None,
            left_out: Vec::new(),
        }
    }

    /// Notes page furniture being left out when it holds readable text.
    fn note_left_out(&mut self, element: ElementRef<'_>, tag: &str) {
        if NOT_TEXT_TAGS.contains(&tag) {
            return;
        }
        let chars: usize = element.text().map(|t| t.split_whitespace().map(|w| w.chars().count()).sum::<usize>()).sum();
        if chars > 0 {
            self.left_out.push((self.line_of(element.id()), tag.to_owned(), chars));
        }
    }

    fn walk(&mut self, root: ElementRef<'_>) {
        let mut skipping: Option<NodeId> = None;
        let mut byline_box: Option<(NodeId, bool)> = None;
        let mut article_depth = 0usize;
        for edge in root.traverse() {
            match edge {
                Edge::Open(node) if skipping.is_none() => match node.value() {
                    Node::Text(text) => {
                        if self.buffer.trim().is_empty() {
                            self.buffer_line = Some(self.line_of(node.id()));
                        }
                        self.buffer.push_str(text);
                    }
                    Node::Element(element) => {
                        let Some(element_ref) = ElementRef::wrap(node) else { continue };
                        self.last_line = self.line_of(node.id());
                        let tag = element.name();
                        let role = element_role(element_ref, article_depth > 0);
                        match role {
                            Role::Drop => {
                                self.note_left_out(element_ref, tag);
                                skipping = Some(node.id());
                                continue;
                            }
                            Role::Byline { names_authors } if byline_box.is_none() => {
                                self.flush_content();
                                byline_box = Some((node.id(), names_authors));
                            }
                            _ => {}
                        }
                        if matches!(tag, "article" | "main") {
                            article_depth += 1;
                        }
                        if tag == "br" {
                            self.buffer.push('\n');
                        } else if CELL_TAGS.contains(&tag) && !self.buffer.trim().is_empty() {
                            self.buffer.push_str(" — ");
                        } else if BLOCK_TAGS.contains(&tag) {
                            self.flush_to(byline_box);
                            self.in_heading = is_heading_tag(tag);
                        }
                        self.note_heading_and_time(element_ref);
                    }
                    _ => {}
                },
                Edge::Open(_) => {}
                Edge::Close(node) => {
                    if skipping == Some(node.id()) {
                        skipping = None;
                        continue;
                    }
                    if skipping.is_some() {
                        continue;
                    }
                    let Some(element) = node.value().as_element() else { continue };
                    if matches!(element.name(), "article" | "main") {
                        article_depth = article_depth.saturating_sub(1);
                    }
                    if BLOCK_TAGS.contains(&element.name()) {
                        self.flush_to(byline_box);
                        self.in_heading = false;
                    }
                    if byline_box.is_some_and(|b| b.0 == node.id()) {
                        self.flush_to(byline_box);
                        byline_box = None;
                    }
                }
            }
        }
        self.flush_to(byline_box);
    }

    /// Remembers the first `<h1>` (a title fallback) and `<time datetime>`.
    fn note_heading_and_time(&mut self, element: ElementRef<'_>) {
        match element.value().name() {
            "h1" if self.first_h1.is_none() => {
                let text = collapse_whitespace(&element.text().collect::<String>());
                self.first_h1 = (!text.is_empty()).then_some(text);
            }
            "time" if self.first_time.is_none() => {
                self.first_time = element.value().attr("datetime").and_then(parse_iso_day);
            }
            _ => {}
        }
    }

    fn line_of(&self, node: NodeId) -> u32 {
        let line = self.lines.get(&node).copied().unwrap_or(self.last_line);
        line.saturating_add(self.line_offset)
    }

    fn flush_to(&mut self, byline_box: Option<(NodeId, bool)>) {
        match byline_box {
            Some((_, names_authors)) => self.flush(names_authors),
            None => self.flush_content(),
        }
    }

    /// Buffered text → byline blocks (naming authors when asked).
    fn flush(&mut self, names_authors: bool) {
        for block in self.take_blocks() {
            if names_authors {
                record_byline(&block.text, &mut self.byline_meta);
            }
            self.byline.push(block);
        }
    }

    /// Buffered text → article blocks.
    fn flush_content(&mut self) {
        let blocks = self.take_blocks();
        self.blocks.extend(blocks);
    }

    fn take_blocks(&mut self) -> Vec<Block> {
        let line = self.buffer_line.take().unwrap_or(self.last_line);
        let buffer = std::mem::take(&mut self.buffer);
        PARAGRAPH_BREAK
            .split(&buffer)
            .map(collapse_whitespace)
            .filter(|text| !text.is_empty())
            .map(|text| Block { text, line, heading: self.in_heading })
            .collect()
    }
}

#[cfg(test)]
#[path = "html_tests.rs"]
mod tests;
