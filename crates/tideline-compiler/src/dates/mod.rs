//! Temporal tagger (stand-in: "Month D, YYYY" only, until the real one lands).

use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;
use tideline_model::{CivilDate, EventDate};

/// What a sentence's dates are resolved against.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DateContext {
    /// The document's publication date at the precision known.
    pub published: Option<EventDate>,
    /// The latest date mentioned earlier in the same paragraph.
    pub previous: Option<EventDate>,
}

/// How a mention was resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolution {
    /// The text gives the date in full.
    Absolute,
    /// Resolved against the publication date.
    RelativeToPublication,
    /// Resolved against the previous date in the paragraph.
    RelativeToPrevious,
}

/// A date expression found in a sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct DateMention {
    /// Byte range of the expression in the sentence.
    pub span: Range<usize>,
    /// The period it names (its start for spans).
    pub date: EventDate,
    /// Last period of a span.
    pub end: Option<EventDate>,
    /// How it was resolved.
    pub resolution: Resolution,
    /// Refers to the future.
    pub plan: bool,
}

/// A rejected date-like expression.
#[derive(Clone, Debug, PartialEq)]
pub struct DateWarning {
    /// Byte range in the sentence.
    pub span: Range<usize>,
    /// Why it was rejected.
    pub message: String,
}

/// The dates of one sentence.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TaggedSentence {
    /// Resolved mentions.
    pub mentions: Vec<DateMention>,
    /// Rejected expressions.
    pub warnings: Vec<DateWarning>,
}

static FULL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2}), (\d{4})\b").unwrap()
});

/// Finds and resolves every date expression in one sentence.
pub fn tag_dates(sentence: &str, _context: &DateContext) -> TaggedSentence {
    let mentions = find_absolute_dates(sentence)
        .into_iter()
        .map(|(span, date)| DateMention { span, date, end: None, resolution: Resolution::Absolute, plan: false })
        .collect();
    TaggedSentence { mentions, warnings: vec![] }
}

/// Absolute dates only, with no context.
pub fn find_absolute_dates(text: &str) -> Vec<(Range<usize>, EventDate)> {
    FULL.captures_iter(text)
        .filter_map(|c| {
            let m = c.get(0)?;
            let month = ["January","February","March","April","May","June","July","August","September","October","November","December"].iter().position(|n| *n == &c[1])? as u32 + 1;
            let date = CivilDate::new(c[3].parse().ok()?, month, c[2].parse().ok()?).ok()?;
            Some((m.range(), EventDate::day(date)))
        })
        .collect()
}
