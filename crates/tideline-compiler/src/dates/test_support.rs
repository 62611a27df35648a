//! Shorthand for the tagger's tests: dates from ISO text, contexts, and
//! mentions rendered as short strings ("2020..2022", "2025 plan").

use tideline_model::{CivilDate, EventDate};

use super::{tag_dates, DateContext, DateMention};

/// An `EventDate` from `2023`, `2023-Q3`, `2023-07` or `2023-07-12`.
pub(super) fn date(text: &str) -> EventDate {
    let parts: Vec<&str> = text.split('-').collect();
    let year: i32 = parts[0].parse().expect("a year");
    match parts.as_slice() {
        [_] => EventDate::year(year),
        [_, q] if q.starts_with('Q') => {
            EventDate::quarter(year, q[1..].parse().expect("a quarter"))
        }
        [_, m] => EventDate::month(year, m.parse().expect("a month")),
        [_, m, d] => Ok(EventDate::day(
            CivilDate::new(year, m.parse().unwrap(), d.parse().unwrap()).unwrap(),
        )),
        _ => panic!("not a date: {text}"),
    }
    .expect("a valid test date")
}

/// A context with only a publication date.
pub(super) fn published(text: &str) -> DateContext {
    DateContext {
        published: Some(date(text)),
        previous: None,
    }
}

/// A context with a previous date and, optionally, a publication date.
pub(super) fn after(previous: &str, published: Option<&str>) -> DateContext {
    DateContext {
        published: published.map(date),
        previous: Some(date(previous)),
    }
}

/// A mention as `date`, `date..end`, with ` plan` when it is one.
pub(super) fn render(mention: &DateMention) -> String {
    let mut text = mention.date.to_string();
    if let Some(end) = mention.end {
        text = format!("{text}..{end}");
    }
    if mention.plan {
        text.push_str(" plan");
    }
    text
}

/// Every mention in `sentence`, rendered.
pub(super) fn dates_in(sentence: &str, context: &DateContext) -> Vec<String> {
    tag_dates(sentence, context)
        .mentions
        .iter()
        .map(render)
        .collect()
}

/// The text each mention covers.
pub(super) fn spans_in(sentence: &str, context: &DateContext) -> Vec<String> {
    tag_dates(sentence, context)
        .mentions
        .iter()
        .map(|m| sentence[m.span.clone()].to_string())
        .collect()
}

/// The number of warnings for `sentence`.
pub(super) fn warnings_in(sentence: &str, context: &DateContext) -> usize {
    tag_dates(sentence, context).warnings.len()
}

/// No context at all.
pub(super) fn nothing() -> DateContext {
    DateContext::default()
}
