//! Plain text → blocks. Blank lines separate chunks; inside a chunk each line
//! is a block unless the chunk is hard-wrapped prose (then its lines join).
//! A short first line followed by a blank line is the title.

use super::byline::is_byline_text;
use super::metadata_text::collapse_whitespace;
use super::{Block, Extracted};
use crate::char_count::has_at_most_chars;
use regex::Regex;
use std::sync::LazyLock;

/// A bullet at the start of a line: `•`, `-`, `*` and similar, then space.
static BULLET: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*[•·▪◦‣●○■□*–-]\s+").expect("valid regex"));

/// Longest first line taken as a title.
const MAX_TITLE_CHARS: usize = 200;
/// Longest line of hard-wrapped prose.
const MAX_WRAP_WIDTH: usize = 100;

/// A non-blank line with its 1-based line number.
struct Line<'a> {
    text: &'a str,
    number: u32,
}

/// Reads a plain-text body starting at file line `first_line`.
pub fn read_text(body: &str, first_line: u32) -> Extracted {
    let chunks = chunks(body, first_line);
    let mut extracted = Extracted::default();
    let mut chunks = chunks.as_slice();
    if let [first, rest @ ..] = chunks {
        if let [only] = first.as_slice() {
            if !rest.is_empty() && is_title_line(only.text) {
                extracted.metadata.title = Some(collapse_whitespace(only.text));
                chunks = rest;
            }
        }
    }
    for chunk in chunks {
        blocks_of_chunk(chunk, &mut extracted.blocks);
    }
    extracted
}

/// Non-blank lines grouped by blank-line separation.
fn chunks(body: &str, first_line: u32) -> Vec<Vec<Line<'_>>> {
    let mut chunks = vec![Vec::new()];
    for (i, text) in body.lines().enumerate() {
        let number = first_line.saturating_add(u32::try_from(i).unwrap_or(u32::MAX));
        if text.trim().is_empty() {
            if chunks.last().is_some_and(|c| !c.is_empty()) {
                chunks.push(Vec::new());
            }
        } else if let Some(chunk) = chunks.last_mut() {
            chunk.push(Line { text, number });
        }
    }
    chunks.retain(|c| !c.is_empty());
    chunks
}

/// A headline: short, not ending a sentence with a period, not a bullet or byline.
fn is_title_line(line: &str) -> bool {
    let line = line.trim();
    has_at_most_chars(line, MAX_TITLE_CHARS) && !line.ends_with('.') && !line.ends_with('。') && !BULLET.is_match(line) && !is_byline_text(line)
}

/// Appends the blocks of one chunk: bullets alone, wrapped prose joined.
fn blocks_of_chunk(chunk: &[Line<'_>], blocks: &mut Vec<Block>) {
    let wrapped = is_hard_wrapped(chunk);
    let mut current: Option<Block> = None;
    let mut in_bullet = false;
    for line in chunk {
        let bullet = BULLET.find(line.text);
        let starts_block = bullet.is_some() || !wrapped || current.is_none();
        let text = bullet.map_or(line.text, |m| &line.text[m.end()..]);
        // A bullet's continuation lines are indented; a flush line starts a new block.
        let continues_bullet = in_bullet && bullet.is_none() && line.text.starts_with([' ', '\t']);
        if starts_block && !continues_bullet {
            blocks.extend(current.take().filter(|b| !b.text.is_empty()));
            in_bullet = bullet.is_some();
            current = Some(Block { text: collapse_whitespace(text), line: line.number, heading: false });
        } else if let Some(block) = current.as_mut() {
            block.text.push(' ');
            block.text.push_str(&collapse_whitespace(text));
        }
    }
    blocks.extend(current.filter(|b| !b.text.is_empty()));
}

/// The most lines a chunk of byline and date lines has.
const MAX_BYLINE_LINES: usize = 4;

/// Several lines of similar length, none much wider than a terminal, mostly
/// not ending a sentence: a paragraph wrapped by hand.
fn is_hard_wrapped(chunk: &[Line<'_>]) -> bool {
    let prose: Vec<&str> = chunk.iter().map(|l| l.text.trim_end()).filter(|t| !BULLET.is_match(t)).collect();
    // A short run of byline and date lines ("By Ann Lee" / "Monday, 28
    // December 2020") is lines, not a wrapped paragraph.
    if prose.len() <= MAX_BYLINE_LINES && prose.iter().any(|t| is_byline_text(t)) {
        return false;
    }
    let Some((_, leading)) = prose.split_last() else { return false };
    if leading.is_empty() {
        return false;
    }
    let widths: Vec<usize> = leading.iter().map(|t| t.chars().count()).collect();
    let widest = widths.iter().copied().max().unwrap_or(0);
    let narrowest = widths.iter().copied().min().unwrap_or(0);
    let open_ended = leading.iter().filter(|t| !t.ends_with(['.', '!', '?', '"', '”', '。'])).count();
    widest <= MAX_WRAP_WIDTH && narrowest * 10 >= widest * 6 && open_ended * 2 >= leading.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(extracted: &Extracted) -> Vec<&str> {
        extracted.blocks.iter().map(|b| b.text.as_str()).collect()
    }

    #[test]
    fn a_short_first_line_before_a_blank_line_is_the_title() {
        let read = read_text("China Signals Support\n\nBody one.\n\nBody two.\n", 1);
        assert_eq!(read.metadata.title.as_deref(), Some("China Signals Support"));
        assert_eq!(texts(&read), ["Body one.", "Body two."]);
        assert_eq!(read.blocks[0].line, 3);
        assert_eq!(read.blocks[1].line, 5);
    }

    #[test]
    fn a_first_line_ending_a_sentence_is_not_a_title() {
        let read = read_text("The market fell today.\n\nMore.", 1);
        assert!(read.metadata.title.is_none());
        assert_eq!(read.blocks.len(), 2);
    }

    #[test]
    fn each_long_line_of_a_chunk_is_its_own_block() {
        let long = "x".repeat(150);
        let read = read_text(&format!("{long} one.\n{long} two.\n{long} three."), 7);
        assert_eq!(read.blocks.len(), 3);
        assert_eq!(read.blocks[2].line, 9);
    }

    #[test]
    fn hard_wrapped_lines_are_joined_into_one_block() {
        let text = "The regulator said on Monday that it would extend\nthe campaign against platform companies into the\nnext year, according to people familiar with it.\n\nNext paragraph.";
        let read = read_text(text, 1);
        assert_eq!(read.blocks.len(), 2);
        assert!(read.blocks[0].text.starts_with("The regulator said on Monday that it would extend the campaign"));
    }

    #[test]
    fn bullet_lines_are_blocks_with_the_bullet_stripped() {
        let read = read_text("Title here\n\n  • First point\n  • Second point\n- Third\n", 1);
        assert_eq!(texts(&read), ["First point", "Second point", "Third"]);
    }

    #[test]
    fn a_byline_first_line_is_not_a_title() {
        let read = read_text("By Jane Doe | 2 September 2021\n\nBody.", 1);
        assert!(read.metadata.title.is_none());
    }
}
