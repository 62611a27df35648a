//! Bylines, datelines, credits and page furniture, in every format: moved out
//! of the article blocks into `SourceText::byline` (the compiler date-tags
//! them), with the authors and publisher they name put into the metadata.
//! Only blocks near the top or bottom are candidates, so body text stays put.

use super::byline_names::{looks_like_publisher, split_author_names};
use super::{Block, FileMetadata};
use crate::char_count::has_at_most_chars;
use crate::dates::byline_words;
use regex::Regex;
use std::sync::LazyLock;

/// How many blocks at the top and at the bottom may be bylines or credits.
const EDGE_BLOCKS: usize = 6;
/// Longest block taken as a byline.
const MAX_BYLINE_CHARS: usize = 160;

fn regex(pattern: &str) -> Regex {
    Regex::new(pattern).expect("valid regex")
}

/// "Posted by", "Written by", "Updated:" and similar openings.
static BYLINE_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    let words = byline_words();
    regex(&format!(
        r"(?i)^\s*(?:{})(?:\s+(?:{}))?\s*[:：]?\s*|^\s*by\s+|^\s*(?:authors?|writers?|reporters?|byline)\s*[:：]\s*|^\s*(?:作者|记者|撰文|文)\s*[:：]\s*",
        words.label, words.link
    ))
});
/// "By " followed by a capitalised word.
static BY_NAME: LazyLock<Regex> = LazyLock::new(|| regex(r"^\s*By\s+\p{Lu}"));
/// Labelled byline fields: `Author: …`, `Source: …`, `发布日期：…`.
static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    // A label may be given in two languages: "发布日期 Published: …".
    const L: &str = r"(?:authors?|writers?|reporters?|source|credits?|posted|published|(?:last\s+)?updated|(?:last\s+)?modified|作者|记者|来源|编辑|责任编辑|发布日期|发布时间|日期|时间|更新时间)";
    regex(&format!(r"(?i)^\s*{L}(?:\s*/?\s*{L})?\s*[:：]"))
});
/// The source label, whose value is the publisher.
static SOURCE_LABEL: LazyLock<Regex> = LazyLock::new(|| regex(r"(?i)^\s*(?:source|来源)\s*[:：]\s*(.+)$"));
/// "Reading Time: 5 minutes", "4 min read".
static READING_TIME: LazyLock<Regex> = LazyLock::new(|| regex(r"(?i)\breading time\s*[:：]|\b\d+\s*min(?:ute)?s?\s+read\b"));
/// Everything a date-only line may consist of.
static DATE_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    let words = byline_words();
    regex(&format!(
        r"(?i){}|(?:{})|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b\.?|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b\.?|\d+h\d*|\d+(?:st|nd|rd|th|er)?|\b(?:gmt|utc|bst|cet|cest|est|edt|cst|pst|pdt|hkt|jst|ist|local|time|et)\b|a\.m\.|p\.m\.|[年月日号时分:：/.,\-–—|·()\s]|星期.|周.",
        words.date_word, words.label
    ))
});
/// A wire credit: `(Reporting by …; Editing by …)`.
static CREDIT: LazyLock<Regex> = LazyLock::new(|| regex(r"(?i)^\s*\(?\s*(?:additional\s+)?(?:reporting|writing|editing|edited|compiled)\s+by\b"));
/// The reporters and writers named in a credit.
static CREDIT_NAMES: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)(?:^|[\s(;])(?:additional\s+)?(?:reporting|writing)\s+by\s+(.+?)\s*(?:;|\)|\.$|(?:editing|edited|compiled|graphics|photos?|additional\s+reporting)\s+by|$)",
    )
});
/// A credit in parentheses closing the last paragraph.
static TRAILING_CREDIT: LazyLock<Regex> = LazyLock::new(|| regex(r"(?i)\s*\((?:additional\s+)?(?:reporting|writing)\s+by\s[^()]*\)\s*$"));
/// A wire dateline opening the first paragraph: `BEIJING (Reuters) -`.
static WIRE_DATELINE: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^\p{Lu}[\p{Lu}\s.'’/-]{1,40}(?:,\s*[\p{L}\d\s.]{1,30})?\s*\(([\p{L}][\p{L}\s.&-]{1,29})\)\s*[-–—]"));
/// "China Briefing is written and produced by Dezan Shira & Associates."
static PUBLISHED_BY: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^(\p{Lu}[^.]{1,60}?) is (?:written|produced|published)(?: and (?:written|produced|published))? by ([^.,;]{2,80})"));
/// Separators between the parts of a byline.
static BYLINE_PARTS: LazyLock<Regex> = LazyLock::new(|| regex(r"\s*[|·•—–]\s*|\s+-\s+|,\s*"));

/// Page furniture dropped wherever it stands (compared lowercase, without end punctuation).
const FURNITURE: &[&str] = &[
    "read more",
    "share this",
    "share",
    "share this article",
    "share this story",
    "comments",
    "advertisement",
    "print",
    "email",
    "tweet",
    "click here",
    "subscribe",
    "sign up",
    "back to top",
    "story continues below",
    "scroll to continue",
    "follow us",
    "related",
];
/// Headings after which the rest of the page is not the article.
const TAIL_MARKERS: &[&str] = &[
    "about us",
    "about the author",
    "you might also like",
    "you may also like",
    "related articles",
    "related stories",
    "related posts",
    "recommended",
    "recommended for you",
    "more from",
    "read next",
    "more stories",
    "most popular",
    "most read",
];

/// Article blocks and the bylines taken out of them.
#[derive(Debug, Default)]
pub struct Separated {
    /// What remains of the article.
    pub blocks: Vec<Block>,
    /// Bylines, datelines and credits in document order.
    pub byline: Vec<Block>,
    /// What was left out as page furniture, as warnings: line and message.
    pub left_out: Vec<(u32, String)>,
}

/// Moves bylines and credits out of `blocks`, drops page furniture and what
/// follows an "About Us"/"You might also like" heading, and records the
/// authors and publisher they name in `meta` (fields already known win).
pub fn separate_bylines(mut blocks: Vec<Block>, meta: &mut FileMetadata) -> Separated {
    let mut separated = Separated::default();
    separated.left_out.extend(cut_tail(&mut blocks, meta));
    detach_trailing_credit(&mut blocks, &mut separated.byline, meta);
    let count = blocks.len();
    let mut furniture: Vec<Block> = Vec::new();
    for (index, block) in blocks.into_iter().enumerate() {
        let near_edge = index < EDGE_BLOCKS || index + EDGE_BLOCKS >= count;
        if is_furniture(&block.text) {
            furniture.push(block);
            continue;
        }
        if near_edge && CREDIT.is_match(&block.text) {
            record_credit(&block.text, meta);
            separated.byline.push(block);
        } else if near_edge && is_byline_text(&block.text) {
            record_byline(&block.text, meta);
            separated.byline.push(block);
        } else {
            if index < 3 {
                record_wire(&block.text, meta);
            }
            separated.blocks.push(block);
        }
    }
    if let Some(first) = furniture.first() {
        let lines: Vec<String> = furniture.iter().map(|b| format!("\"{}\" (line {})", b.text.trim(), b.line)).collect();
        separated.left_out.push((first.line, format!("left out as page furniture: {}", lines.join(", "))));
    }
    separated.byline.sort_by_key(|b| b.line);
    separated
}

/// True for a byline, dateline or credit line (short, shaped like one).
pub fn is_byline_text(text: &str) -> bool {
    // Markdown's emphasis may wrap a byline: "*Posted December 20, 2023 by …*".
    let text = text.trim().trim_matches(['*', '_']).trim();
    if !has_at_most_chars(text, MAX_BYLINE_CHARS) || text.is_empty() {
        return false;
    }
    let sentence_like = text.ends_with('.') && text.split_whitespace().count() >= 8;
    if CREDIT.is_match(text) || (may_give_reading_time(text) && READING_TIME.is_match(text)) {
        return true;
    }
    let opening = BYLINE_OPENING.is_match(text) && !text.trim_start().to_lowercase().starts_with("by ");
    // "Posted December 20, 2023 by Étienne Laroche, Signal & Noise." reads
    // like a sentence, but a label and a date open it.
    let dated_opening = || {
        let rest = BYLINE_OPENING.replace(text, "");
        crate::dates::find_absolute_dates(&rest).first().is_some_and(|(span, _)| span.start == 0)
    };
    if sentence_like {
        return opening && dated_opening();
    }
    let by_name = BY_NAME.is_match(text) && !names_in_byline(text).0.is_empty();
    by_name || opening || LABEL.is_match(text) || is_date_only(text) || has_dated_part(text)
}

/// True for a line of parts, one after the first a day's date alone: a
/// dateline on its own line ("Hanoi, 2 July 2024 - By Minh Anh Tran") or a
/// masthead ("A weekly on railways - Friday 31 January 2025 - No. 142").
/// A line that opens with its date is a chronology's entry, and one that
/// ends in a full stop a sentence.
fn has_dated_part(text: &str) -> bool {
    if text.ends_with(['.', '!', '?']) || !text.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let mut parts = BYLINE_PARTS.split(text);
    let opens_with_date = parts.next().is_none_or(is_date_only);
    !opens_with_date
        && parts.any(is_date_only)
        && crate::dates::find_absolute_dates(text).iter().any(|(_, date)| date.precision() == tideline_model::Precision::Day)
}

/// False when [`READING_TIME`] cannot match: each of its matches contains
/// `min` or `reading time` in ASCII letters of either case (none of those
/// letters has a non-ASCII case variant), so most lines skip the search.
fn may_give_reading_time(text: &str) -> bool {
    let bytes = text.as_bytes();
    let has = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w.eq_ignore_ascii_case(needle));
    has(b"min") || has(b"reading time")
}

/// A short line made only of a date and date words ("Monday, 28 December
/// 2020"), more than a year alone: "2019" over a chronology's entries is
/// a heading.
fn is_date_only(text: &str) -> bool {
    let year_alone = text.trim().trim_end_matches([':', '.']).bytes().all(|b| b.is_ascii_digit());
    text.chars().count() <= 60 && text.chars().any(|c| c.is_ascii_digit()) && !year_alone && DATE_WORDS.replace_all(text, "").is_empty()
}

/// Lowercase text without surrounding punctuation, for phrase lists.
fn normalised(text: &str) -> String {
    text.trim().trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()
}

fn is_furniture(text: &str) -> bool {
    text.chars().count() <= 40 && FURNITURE.contains(&normalised(text).as_str())
}

/// Drops everything from a tail marker in the second half of the document on,
/// noting a "… is written and produced by …" publisher statement in it.
/// Returns the warning that names what was cut.
fn cut_tail(blocks: &mut Vec<Block>, meta: &mut FileMetadata) -> Option<(u32, String)> {
    let half = blocks.len() / 2;
    let marker = blocks
        .iter()
        .enumerate()
        .skip(half.max(1))
        .find(|(_, b)| b.text.chars().count() <= 40 && TAIL_MARKERS.contains(&normalised(&b.text).as_str()));
    let (index, _) = marker?;
    if meta.publisher.is_none() {
        meta.publisher = blocks[index..].iter().take(6).find_map(|b| {
            may_name_publisher(&b.text).then(|| PUBLISHED_BY.captures(&b.text)).flatten().map(|c| format!("{} ({})", c[1].trim(), c[2].trim()))
        });
    }
    let cut = &blocks[index..];
    let chars: usize = cut.iter().map(|b| b.text.chars().count()).sum();
    let message = format!(
        "left out as page furniture: \"{}\" and everything after it ({} block{}, {chars} characters, to line {})",
        cut[0].text.trim(),
        cut.len(),
        if cut.len() == 1 { "" } else { "s" },
        cut[cut.len() - 1].line
    );
    let warning = (cut[0].line, message);
    blocks.truncate(index);
    Some(warning)
}

/// Moves a "(Reporting by …)" credit that closes the last block into the byline.
fn detach_trailing_credit(blocks: &mut [Block], byline: &mut Vec<Block>, meta: &mut FileMetadata) {
    let Some(last) = blocks.last_mut() else { return };
    let Some(found) = TRAILING_CREDIT.find(&last.text) else { return };
    if found.start() == 0 {
        return;
    }
    let credit = found.as_str().trim().to_owned();
    record_credit(&credit, meta);
    byline.push(Block { text: credit, line: last.line, heading: false });
    last.text.truncate(found.start());
}

/// Removes "Posted by", "Written by", "Author:" openings, repeatedly.
fn strip_openings(text: &str) -> String {
    let mut rest = text.trim().to_owned();
    while let Some(found) = BYLINE_OPENING.find(&rest) {
        if found.end() == 0 {
            break;
        }
        rest = rest[found.end()..].trim_start().to_owned();
    }
    rest
}

/// Records the authors and publisher a byline names in `meta`.
pub fn record_byline(text: &str, meta: &mut FileMetadata) {
    if let Some(source) = SOURCE_LABEL.captures(text) {
        if meta.publisher.is_none() {
            meta.publisher = Some(source[1].trim().to_owned());
        }
        return;
    }
    let (names, publisher) = names_in_byline(text);
    for name in names {
        meta.add_author(name);
    }
    if meta.publisher.is_none() {
        meta.publisher = publisher;
    }
}

/// The people and the publisher a byline names: "Posted by Written by Giulia
/// Interesse Reading Time: 5 minutes" → Giulia Interesse; "Author: Xinmei
/// Shen, SCMP" → Xinmei Shen and SCMP.
fn names_in_byline(text: &str) -> (Vec<String>, Option<String>) {
    let before_reading_time = READING_TIME.find(text).map_or(text, |m| &text[..m.start()]);
    let rest = strip_openings(before_reading_time);
    let mut names = Vec::new();
    let mut publisher = None;
    for part in BYLINE_PARTS.split(&rest) {
        if looks_like_publisher(part) {
            publisher.get_or_insert_with(|| part.trim().to_owned());
        } else {
            names.extend(split_author_names(part));
        }
    }
    (names, publisher)
}

/// Reporters and writers of a wire credit become authors (editors do not).
fn record_credit(text: &str, meta: &mut FileMetadata) {
    for captures in CREDIT_NAMES.captures_iter(text) {
        for name in split_author_names(&captures[1]) {
            meta.add_author(name);
        }
    }
}

/// False when [`PUBLISHED_BY`] cannot match: its matches hold " is " and
/// " by ". Checked first because its bounded repetitions of large classes
/// take tens of milliseconds to compile, which most corpora never need.
fn may_name_publisher(text: &str) -> bool {
    text.contains(" is ") && text.contains(" by ")
}

/// False when [`WIRE_DATELINE`] cannot match: its matches hold "(" and ")".
/// Checked first for the same reason as [`may_name_publisher`].
fn may_be_wire_dateline(text: &str) -> bool {
    text.contains('(') && text.contains(')')
}

/// The wire named by a `BEIJING (Reuters) -` dateline is the publisher.
fn record_wire(text: &str, meta: &mut FileMetadata) {
    if meta.publisher.is_none() {
        if let Some(wire) = may_be_wire_dateline(text).then(|| WIRE_DATELINE.captures(text)).flatten() {
            meta.publisher = Some(wire[1].trim().to_owned());
        }
    }
}

#[cfg(test)]
#[path = "byline_tests.rs"]
mod tests;
