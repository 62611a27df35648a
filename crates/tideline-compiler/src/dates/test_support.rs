//! Shorthand for the tagger's tests: dates from ISO text, contexts, and
//! mentions rendered as short strings ("2020..2022", "2025 plan"), and
//! sample sentences for the rule engine.

use tideline_model::{CivilDate, EventDate};

use super::{tag_dates, DateContext, DateMention};

/// An `EventDate` from `2023`, `2023-Q3`, `2023-07` or `2023-07-12`.
pub(super) fn date(text: &str) -> EventDate {
    let parts: Vec<&str> = text.split('-').collect();
    let year: i32 = parts[0].parse().expect("a year");
    match parts.as_slice() {
        [_] => EventDate::year(year),
        [_, q] if q.starts_with('Q') => EventDate::quarter(year, q[1..].parse().expect("a quarter")),
        [_, m] => EventDate::month(year, m.parse().expect("a month")),
        [_, m, d] => Ok(EventDate::day(CivilDate::new(year, m.parse().unwrap(), d.parse().unwrap()).unwrap())),
        _ => panic!("not a date: {text}"),
    }
    .expect("a valid test date")
}

/// A context with only a publication date.
pub(super) fn published(text: &str) -> DateContext {
    DateContext { published: Some(date(text)), ..DateContext::default() }
}

/// A context with a previous date and, optionally, a publication date.
pub(super) fn after(previous: &str, published: Option<&str>) -> DateContext {
    DateContext { published: published.map(date), previous: Some(date(previous)), ..DateContext::default() }
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
    tag_dates(sentence, context).mentions.iter().map(render).collect()
}

/// The text each mention covers.
pub(super) fn spans_in(sentence: &str, context: &DateContext) -> Vec<String> {
    tag_dates(sentence, context).mentions.iter().map(|m| sentence[m.span.clone()].to_string()).collect()
}

/// The number of warnings for `sentence`.
pub(super) fn warnings_in(sentence: &str, context: &DateContext) -> usize {
    tag_dates(sentence, context).warnings.len()
}

/// No context at all.
pub(super) fn nothing() -> DateContext {
    DateContext::default()
}

/// Sentences from the synthetic corpus and some with nested, touching
/// and narrowed (yearless month, Chinese month) expressions.
pub(super) fn sample_sentences() -> Vec<String> {
    let corpus = crate::synth::synthesize(&crate::synth::SynthOptions { events: 300, seed: 7 });
    let mut sentences: Vec<String> = corpus
        .files
        .iter()
        .flat_map(|f| crate::segment::split_sentences(&f.text).into_iter().map(|s| s.text.to_owned()).collect::<Vec<_>>())
        .collect();
    sentences.extend(
        [
            "Monday, July 7, 2023 and in July 2023, then on 7 July, by July 9, since last March.",
            "From 2020 to 2022, in the 2020-2022 period, in late 2020 and the third quarter of 2021.",
            "On 10 January the deal from December 18 2021 to 03/04/2022 ended; 2021-13-45 was logged.",
            "2021年10月8日，去年10月和今年3月份，上个月 10月8日 and 2021年4月.",
            "It was signed two days later, over the last year, in recent weeks and next Friday.",
            "In November 2020 and in November, 2020, and last March 2021, the Made in China 2025 plan.",
        ]
        .map(String::from),
    );
    sentences
}
