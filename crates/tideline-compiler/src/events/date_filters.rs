//! Which dates of a sentence date no happening: a comparison's baseline
//! ("its lowest since June 2020", "35% fewer than in 2023"), a year that
//! qualifies a noun ("the 2009 endangerment finding"), and a relative date
//! the absolute one after it restates ("A year later, on 17 October 2023").

use crate::dates::{DateMention, Resolution};
use crate::lowercase::lowercase;

/// True when the date only measures a comparison: "its lowest point since
/// June 2020", "the first time since 2019", "35% fewer than in 2023",
/// "compared with 2019" say nothing happened then.
pub(super) fn is_comparison(sentence: &str, span: &std::ops::Range<usize>) -> bool {
    if is_baseline(&sentence[..span.start]) {
        return true;
    }
    // Asked of every date, and almost never true: look for "since" in place
    // before lowercasing anything. Only ASCII letters lowercase to the
    // letters of "since", so comparing bytes ignoring ASCII case is exact.
    let is_since = |word: Option<&[u8]>| word.is_some_and(|w| w.eq_ignore_ascii_case(b"since"));
    let expression = sentence[span.clone()].as_bytes();
    let before = sentence[..span.start].trim_end().as_bytes();
    let has_since = is_since(expression.get(..5)) || is_since(before.get(before.len().saturating_sub(5)..));
    if !has_since {
        return false;
    }
    let before = lowercase(&sentence[..span.start]);
    let lead: Vec<&str> = before.split_whitespace().rev().take(6).collect();
    lead.iter().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        (w.len() > 4 && w.ends_with("est") && !matches!(w, "interest" | "request" | "protest" | "suggest")) || matches!(w, "first" | "most" | "least")
    })
}

/// True when the words `before` a date end by making it the baseline of a
/// comparison: "than", "than in", "compared with", "compared to".
fn is_baseline(before: &str) -> bool {
    let mut words = before.split_whitespace().rev().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    let (last, previous) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    let is = |word: &str, wanted: &str| word.eq_ignore_ascii_case(wanted);
    is(last, "than") || matches!(last, "in" | "during" | "for") && is(previous, "than") || matches!(last, "with" | "to") && is(previous, "compared")
}

/// True when the year at `span` qualifies a noun or measures against a
/// baseline rather than dating the sentence: "the 2009 endangerment
/// finding", "50% below 2005 levels", "its outlook for 2023".
pub(super) fn is_attribute(sentence: &str, span: &std::ops::Range<usize>) -> bool {
    let expression = &sentence[span.clone()];
    if !(expression.len() == 4 && expression.bytes().all(|b| b.is_ascii_digit())) {
        return false;
    }
    let before = sentence[..span.start].split_whitespace().next_back().unwrap_or("");
    let after = sentence[span.end..].split_whitespace().next().unwrap_or("");
    let noun_after =
        after.bytes().next().is_some_and(|b| b.is_ascii_lowercase()) && !matches!(after, "and" | "or" | "to" | "until" | "when" | "after" | "before");
    matches!(before, "the" | "its" | "their" | "a" | "an") && noun_after || after.starts_with("level") || matches!(before, "below" | "above")
}

/// True when mention `index` of `mentions` is a relative date restated by
/// the absolute one right after it: "A year later, on 17 October 2023".
pub(super) fn restated(mentions: &[DateMention], index: usize) -> bool {
    let (Some(this), Some(next)) = (mentions.get(index), mentions.get(index + 1)) else { return false };
    next.resolution == Resolution::Absolute
        && next.span.start >= this.span.end
        && next.span.start - this.span.end <= 6
        && this.date.start() <= next.date.start()
        && next.date.last_day() <= this.end.unwrap_or(this.date).last_day()
}
