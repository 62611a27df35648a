//! Markdown → blocks: one per paragraph, heading, list item or quote, with
//! the markup stripped (links keep their text, images, code fences and HTML
//! comments go). Written by hand because Tideline needs only block text and
//! line numbers, not rendering; the first top-level heading is the title.

use super::metadata_text::{collapse_whitespace, decode_entities};
use super::{Block, Extracted};
use regex::Regex;
use std::sync::LazyLock;

fn regex(pattern: &str) -> Regex {
    Regex::new(pattern).expect("valid regex")
}

static ATX_HEADING: LazyLock<Regex> = LazyLock::new(|| regex(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$"));
static SETEXT_UNDERLINE: LazyLock<Regex> = LazyLock::new(|| regex(r"^ {0,3}(=+|-+)[ \t]*$"));
static THEMATIC_BREAK: LazyLock<Regex> = LazyLock::new(|| regex(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$"));
static LIST_ITEM: LazyLock<Regex> = LazyLock::new(|| regex(r"^[ \t]*(?:[-*+•]|\d{1,9}[.)])[ \t]+"));
static QUOTE_MARK: LazyLock<Regex> = LazyLock::new(|| regex(r"^[ \t]*(?:>[ \t]?)+"));
static FENCE: LazyLock<Regex> = LazyLock::new(|| regex(r"^ {0,3}(```|~~~)"));
static REFERENCE_DEFINITION: LazyLock<Regex> = LazyLock::new(|| regex(r"^ {0,3}\[[^\]]+\]:\s*\S+"));
static TABLE_DELIMITER: LazyLock<Regex> = LazyLock::new(|| regex(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$"));
static HTML_COMMENT: LazyLock<Regex> = LazyLock::new(|| regex(r"(?s)<!--.*?(?:-->|\z)"));

/// Inline markup, replaced in order by `INLINE_REPLACEMENTS`, each with a
/// byte every match of it contains: text without that byte is not searched.
static INLINE: LazyLock<Vec<(Regex, &'static str, u8)>> = LazyLock::new(|| {
    [
        (r"!\[[^\]]*\]\([^)]*\)", "", b'!'),     // images
        (r"!\[[^\]]*\]\[[^\]]*\]", "", b'!'),    // reference images
        (r"\[([^\]]*)\]\([^)]*\)", "$1", b'['),  // links
        (r"\[([^\]]+)\]\[[^\]]*\]", "$1", b'['), // reference links
        (r"<(https?://[^>\s]+)>", "$1", b'<'),   // autolinks
        (r"</?[A-Za-z][^>\n]*>", "", b'<'),      // inline HTML tags
        (r"`+([^`]*)`+", "$1", b'`'),            // code spans
        (r"\*\*([^*]+)\*\*", "$1", b'*'),        // strong
        (r"__([^_]+)__", "$1", b'_'),
        (r"\*([^*\s][^*]*)\*", "$1", b'*'), // emphasis
        (r"(^|\W)_([^_\s][^_]*)_(\W|$)", "$1$2$3", b'_'),
        (r"~~([^~]+)~~", "$1", b'~'),                  // strikethrough
        (r"\\([\\`*_{}\[\]()#+\-.!|>])", "$1", b'\\'), // escapes
    ]
    .into_iter()
    .map(|(pattern, replacement, required)| (regex(pattern), replacement, required))
    .collect()
});

/// A block being built and how it started.
struct Pending {
    text: String,
    line: u32,
}

/// Reads a Markdown body starting at file line `first_line`.
pub fn read_markdown(body: &str, first_line: u32) -> Extracted {
    let body = blank_out_comments(body);
    let mut extracted = Extracted::default();
    let mut pending: Option<Pending> = None;
    let mut fence: Option<&str> = None;
    let mut first_heading: Option<(usize, String)> = None;
    let mut h1: Option<String> = None;
    // After a table's delimiter row, each row is a block of its own until a
    // blank line: rows are separate entries, not one paragraph.
    let mut in_table = false;
    // A fence never closed would hide the rest of the file as code: more
    // likely a typo than an article ending in code, so it is read as prose.
    let unclosed = unclosed_fence(&body);
    for (i, raw) in body.lines().enumerate() {
        let line = first_line.saturating_add(u32::try_from(i).unwrap_or(u32::MAX));
        if let Some(marker) = fence {
            if raw.trim_start().starts_with(marker) {
                fence = None;
            }
            continue;
        }
        // Each block pattern needs a given byte after the indent: most prose
        // lines rule them all out without a regex search.
        let marker = first_byte_after_indent(raw, false);
        let marker_or_tab = first_byte_after_indent(raw, true);
        let opens_with = |at: Option<u8>, bytes: &[u8]| at.is_some_and(|b| bytes.contains(&b));
        if let Some(caps) = opens_with(marker, b"`~").then(|| FENCE.captures(raw)).flatten() {
            flush(&mut pending, &mut extracted.blocks);
            if unclosed == Some(i) {
                let message = format!("code fence `{}` is never closed; the lines after it are read as article text (close it)", &caps[1]);
                extracted.warnings.push((line, message));
                continue;
            }
            fence = Some(if &caps[1] == "```" { "```" } else { "~~~" });
            continue;
        }
        let delimiter = opens_with(marker_or_tab, b"|:-") && TABLE_DELIMITER.is_match(raw);
        if raw.trim().is_empty() || delimiter || (opens_with(marker, b"[") && REFERENCE_DEFINITION.is_match(raw)) {
            flush(&mut pending, &mut extracted.blocks);
            in_table = delimiter;
            continue;
        }
        if in_table {
            flush(&mut pending, &mut extracted.blocks);
        }
        if let Some(caps) = opens_with(marker, b"=-").then(|| SETEXT_UNDERLINE.captures(raw)).flatten() {
            if let Some(p) = pending.take() {
                let heading = clean_inline(&p.text);
                note_heading(&mut first_heading, &mut h1, extracted.blocks.len(), &heading, caps[1].starts_with('='));
                extracted.blocks.push(Block { text: heading, line: p.line, heading: true });
                continue;
            }
        }
        if opens_with(marker, b"*-_") && THEMATIC_BREAK.is_match(raw) {
            flush(&mut pending, &mut extracted.blocks);
            continue;
        }
        if let Some(caps) = opens_with(marker, b"#").then(|| ATX_HEADING.captures(raw)).flatten() {
            flush(&mut pending, &mut extracted.blocks);
            let heading = clean_inline(caps.get(2).map_or("", |m| m.as_str()));
            note_heading(&mut first_heading, &mut h1, extracted.blocks.len(), &heading, caps[1].len() == 1);
            extracted.blocks.push(Block { text: heading, line, heading: true });
            continue;
        }
        let quoted = opens_with(marker_or_tab, b">");
        let unquoted = if quoted { QUOTE_MARK.find(raw).map_or(raw, |m| &raw[m.end()..]) } else { raw };
        let content = match may_open_list_item(unquoted).then(|| LIST_ITEM.find(unquoted)).flatten() {
            Some(m) => {
                flush(&mut pending, &mut extracted.blocks);
                &unquoted[m.end()..]
            }
            None => unquoted,
        };
        let content = content.trim().trim_matches('|');
        // "Issue 41 | Monday, 8 September 2025" under a newsletter's name:
        // near the top, a byline or date line is a line of its own, not
        // part of the paragraph its neighbours make, unless the next line
        // goes on in lowercase and so continues its sentence.
        let continues = |text: &str| text.trim_start().starts_with(char::is_lowercase);
        let header = extracted.blocks.len() < HEADER_BLOCKS;
        let ends_header = |p: &Pending| is_header_line(&p.text) && !continues(content);
        let opens_header = || is_header_line(content) && !body.lines().nth(i + 1).is_some_and(continues);
        if header && pending.as_ref().is_some_and(|p| ends_header(p) || opens_header()) {
            flush(&mut pending, &mut extracted.blocks);
        }
        match pending.as_mut() {
            Some(p) => {
                p.text.push(' ');
                p.text.push_str(content);
            }
            None => pending = Some(Pending { text: content.to_owned(), line }),
        }
    }
    flush(&mut pending, &mut extracted.blocks);
    extracted.blocks.retain(|b| !b.text.is_empty());
    // A top-level heading names the document; failing that, a heading that opens it.
    extracted.metadata.title = h1.or_else(|| first_heading.filter(|(index, _)| *index == 0).map(|(_, t)| t));
    extracted
}

/// How many blocks open a document where bylines and date lines stand.
const HEADER_BLOCKS: usize = 6;

/// A short line that reads as a byline or a date line.
fn is_header_line(text: &str) -> bool {
    // The byte length first: a long paragraph is not counted again for
    // each line it gains.
    text.len() <= 4 * HEADER_LINE_CHARS && text.chars().count() <= HEADER_LINE_CHARS && super::byline::is_byline_text(text)
}

/// The longest byline or date line read apart, in characters.
const HEADER_LINE_CHARS: usize = 80;

/// The first byte of `line` after its leading spaces (and tabs, with
/// `tabs`). Every block pattern but the list item names the byte that
/// follows its indent, so a line without it is no match.
/// The index of the line opening a code fence that no later line closes.
fn unclosed_fence(body: &str) -> Option<usize> {
    if !body.contains("```") && !body.contains("~~~") {
        return None;
    }
    let mut open: Option<(usize, &str)> = None;
    for (i, raw) in body.lines().enumerate() {
        match open {
            Some((_, marker)) if raw.trim_start().starts_with(marker) => open = None,
            Some(_) => {}
            None if first_byte_after_indent(raw, false).is_some_and(|b| b == b'`' || b == b'~') => {
                if let Some(caps) = FENCE.captures(raw) {
                    open = Some((i, if &caps[1] == "```" { "```" } else { "~~~" }));
                }
            }
            None => {}
        }
    }
    open.map(|(i, _)| i)
}

fn first_byte_after_indent(line: &str, tabs: bool) -> Option<u8> {
    line.bytes().find(|&b| b != b' ' && !(tabs && b == b'\t'))
}

/// False when `line` cannot open a list item: after the indent comes a
/// bullet or a digit, which `\d` takes from all of Unicode, so any
/// non-ASCII byte may start one.
fn may_open_list_item(line: &str) -> bool {
    first_byte_after_indent(line, true).is_some_and(|b| b.is_ascii_digit() || !b.is_ascii() || b"-*+".contains(&b))
}

/// Remembers the first heading (and its block index) and the first level-1 heading.
fn note_heading(first: &mut Option<(usize, String)>, h1: &mut Option<String>, index: usize, text: &str, top: bool) {
    if text.is_empty() {
        return;
    }
    if first.is_none() {
        *first = Some((index, text.to_owned()));
    }
    if top && h1.is_none() {
        *h1 = Some(text.to_owned());
    }
}

/// Turns the pending paragraph into a block.
fn flush(pending: &mut Option<Pending>, blocks: &mut Vec<Block>) {
    if let Some(p) = pending.take() {
        blocks.push(Block { text: clean_inline(&p.text), line: p.line, heading: false });
    }
}

/// Strips inline markup and entities and collapses whitespace.
pub fn clean_inline(text: &str) -> String {
    let mut out = text.to_owned();
    for (pattern, replacement, required) in INLINE.iter() {
        if out.as_bytes().contains(required) && pattern.is_match(&out) {
            out = pattern.replace_all(&out, *replacement).into_owned();
        }
    }
    let collapsed = collapse_whitespace(&decode_entities(&out));
    // `replace` copies even when nothing matches.
    if collapsed.contains(" | ") {
        collapsed.replace(" | ", " — ")
    } else {
        collapsed
    }
}

/// Replaces HTML comments with spaces, keeping their line breaks so line
/// numbers stay right.
fn blank_out_comments(body: &str) -> String {
    HTML_COMMENT
        .replace_all(body, |caps: &regex::Captures<'_>| caps[0].chars().map(|c| if c == '\n' { '\n' } else { ' ' }).collect::<String>())
        .into_owned()
}

#[cfg(test)]
#[path = "markdown_tests.rs"]
mod tests;
