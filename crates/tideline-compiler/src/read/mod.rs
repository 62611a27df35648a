//! Reading one corpus file: bytes → text (with encoding detection) → format
//! (sniffed from content) → article blocks with line numbers, plus the
//! metadata the file itself states (front matter, HTML meta, bylines).
//!
//! Touches no other file and no clock; errors are [`Diagnostic`]s.

mod byline;
mod byline_names;
mod decode;
mod front_matter;
mod html;
mod html_boilerplate;
mod html_meta;
mod html_tree;
mod markdown;
mod metadata_text;
#[cfg(test)]
mod read_tests;
#[cfg(test)]
mod seed_tests;
mod sniff;
mod text;

use crate::diagnostic::Diagnostic;
use tideline_model::EventDate;

/// How a document is written, sniffed from its content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocumentFormat {
    /// Plain text.
    Text,
    /// Markdown, possibly with YAML front matter.
    Markdown,
    /// HTML (possibly after YAML front matter).
    Html,
    /// A TimelineJS timeline (JSON or its spreadsheet as CSV), imported as
    /// curated events rather than read as an article.
    TimelineJs,
}

impl DocumentFormat {
    /// The name used in the JSON contract.
    pub fn as_str(self) -> &'static str {
        match self {
            DocumentFormat::Text => "text",
            DocumentFormat::Markdown => "markdown",
            DocumentFormat::Html => "html",
            DocumentFormat::TimelineJs => "timelinejs",
        }
    }
}

/// A paragraph (or heading, list item) of article text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    /// The text, whitespace collapsed, no markup.
    pub text: String,
    /// 1-based line in the file where the block starts.
    pub line: u32,
    /// It is a heading (Markdown `#` or underlined, HTML `<h1>`–`<h6>`): it
    /// names a section and states no happening.
    pub heading: bool,
}

/// Metadata a file states about itself.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FileMetadata {
    /// Headline.
    pub title: Option<String>,
    /// Publisher or site name.
    pub publisher: Option<String>,
    /// Authors in order.
    pub authors: Vec<String>,
    /// Publication date, with where it came from.
    pub published: Option<(EventDate, tideline_model::DateBasis)>,
    /// Canonical URL as written (validated later).
    pub url: Option<String>,
    /// Tags or categories.
    pub tags: Vec<String>,
}

impl FileMetadata {
    /// Fills every field still unknown here from `other` (which is less
    /// trusted); authors and tags are merged, keeping this one's order first.
    pub fn fill_from(&mut self, other: FileMetadata) {
        if self.title.is_none() {
            self.title = other.title;
        }
        if self.publisher.is_none() {
            self.publisher = other.publisher;
        }
        if self.published.is_none() {
            self.published = other.published;
        }
        if self.url.is_none() {
            self.url = other.url;
        }
        for author in other.authors {
            self.add_author(author);
        }
        for tag in other.tags {
            if !self.tags.contains(&tag) {
                self.tags.push(tag);
            }
        }
    }

    /// Appends `name` unless an author of the same name (ignoring case) is known.
    pub fn add_author(&mut self, name: String) {
        let known = self.authors.iter().any(|a| a.to_lowercase() == name.to_lowercase());
        if !known && !name.is_empty() {
            self.authors.push(name);
        }
    }
}

/// A file read into article blocks.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceText {
    /// Detected format.
    pub format: DocumentFormat,
    /// What the file says about itself.
    pub metadata: FileMetadata,
    /// The article text, in order.
    pub blocks: Vec<Block>,
    /// Bylines, datelines and credits ("By Jane Doe | 2 September 2021",
    /// "Reporting by …"), removed from `blocks`. The compiler runs its date
    /// tagger on them to find a publication date.
    pub byline: Vec<Block>,
}

/// Everything read from one file.
#[derive(Clone, Debug, PartialEq)]
pub struct ReadOutcome {
    /// The article and its metadata.
    pub source: SourceText,
    /// Warnings met while reading (legacy encoding, broken front matter…).
    pub diagnostics: Vec<Diagnostic>,
}

/// What a format reader found in a document body.
#[derive(Debug, Default)]
pub(crate) struct Extracted {
    /// Article text in order.
    pub blocks: Vec<Block>,
    /// Blocks the markup itself marks as bylines (e.g. `class="byline"`).
    pub byline: Vec<Block>,
    /// Metadata found in the body (HTML meta, first heading…).
    pub metadata: FileMetadata,
    /// Problems met while reading, each with its 1-based file line.
    pub warnings: Vec<(u32, String)>,
}

/// Reads one corpus file. `file` is the name shown in diagnostics.
/// `Err` means the file is skipped; the [`Diagnostic`] says why, naming the
/// line when there is one.
pub fn read_document(file: &str, bytes: &[u8]) -> Result<ReadOutcome, Diagnostic> {
    let mut diagnostics = Vec::new();
    let text = decode::decode_text(file, bytes, &mut diagnostics)?;
    let mut split = front_matter::split_front_matter(&text);
    let mut metadata = FileMetadata::default();
    if let Some(fm) = &split {
        match front_matter::parse_front_matter(file, fm, &mut diagnostics) {
            Some(meta) => metadata = meta,
            // A `---` line opening prose, not metadata: all of it is the body.
            None => split = None,
        }
    }
    let (body, body_line) = split.as_ref().map_or((text.as_str(), 1), |fm| (fm.body, fm.body_line));
    let format = sniff::sniff_format(body, split.is_some());
    let extracted = match format {
        DocumentFormat::Html => html::read_html(body, body_line),
        DocumentFormat::Markdown => markdown::read_markdown(body, body_line),
        // Sniffing never says TimelineJS (the compiler imports those files
        // by name before reading); read as text if it ever did.
        DocumentFormat::Text | DocumentFormat::TimelineJs => text::read_text(body, body_line),
    };
    diagnostics.extend(extracted.warnings.into_iter().map(|(line, message)| Diagnostic::warning(file, line, message)));
    metadata.fill_from(extracted.metadata);
    let mut blocks = extracted.blocks;
    drop_leading_title(&mut blocks, metadata.title.as_deref());
    let separated = byline::separate_bylines(blocks, &mut metadata);
    diagnostics.extend(separated.left_out.into_iter().map(|(line, message)| Diagnostic::warning(file, line, message)));
    let mut byline = extracted.byline;
    byline.extend(separated.byline);
    byline.sort_by_key(|b| b.line);
    if separated.blocks.is_empty() {
        let line = split.as_ref().map_or(0, |fm| fm.body_line);
        return Err(Diagnostic::error(file, line, format!("no article text found (read as {}); add the article's text", format.as_str())));
    }
    let source = SourceText { format, metadata, blocks: separated.blocks, byline };
    Ok(ReadOutcome { source, diagnostics })
}

/// Removes the first block when it only repeats the title, so the headline is
/// not read twice as article text.
fn drop_leading_title(blocks: &mut Vec<Block>, title: Option<&str>) {
    let Some(title) = title else { return };
    if blocks.first().is_some_and(|b| b.text.trim() == title.trim()) {
        blocks.remove(0);
    }
}
