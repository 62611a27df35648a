//! Reading one corpus file: bytes → text (with encoding detection) → format
//! (sniffed from content) → article blocks with line numbers, plus the
//! metadata the file itself states (front matter, HTML meta).
//!
//! Touches no other file and no clock; errors are [`Diagnostic`]s.

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
}

impl DocumentFormat {
    /// The name used in the JSON contract.
    pub fn as_str(self) -> &'static str {
        match self {
            DocumentFormat::Text => "text",
            DocumentFormat::Markdown => "markdown",
            DocumentFormat::Html => "html",
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

/// A file read into article blocks.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceText {
    /// Detected format.
    pub format: DocumentFormat,
    /// What the file says about itself.
    pub metadata: FileMetadata,
    /// The article text, in order.
    pub blocks: Vec<Block>,
    /// Byline, dateline and credit lines, kept apart from the article text.
    pub byline: Vec<Block>,
}

/// Everything read from one file.
#[derive(Clone, Debug, PartialEq)]
pub struct ReadOutcome {
    /// The document's text and metadata.
    pub source: SourceText,
    /// Warnings about how it was read.
    pub diagnostics: Vec<Diagnostic>,
}

/// Reads one corpus file (stand-in: UTF-8 plain text, one block per line).
pub fn read_document(file: &str, bytes: &[u8]) -> Result<ReadOutcome, Diagnostic> {
    let text = std::str::from_utf8(bytes).map_err(|_| Diagnostic::error(file, 0, "not UTF-8"))?;
    if text.trim().is_empty() {
        return Err(Diagnostic::error(file, 1, "empty file"));
    }
    let blocks = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| Block { text: l.trim().to_owned(), line: i as u32 + 1 })
        .collect();
    Ok(ReadOutcome {
        source: SourceText { format: DocumentFormat::Text, metadata: FileMetadata::default(), blocks, byline: vec![] },
        diagnostics: vec![],
    })
}
