//! Temporal tagger: finds the date expressions in one sentence and resolves
//! them against the publication date or the previous date in the paragraph.
//!
//! In the spirit of HeidelTime, the rules are data — tables of patterns, each
//! with a resolver — grouped by family: `absolute` ("July 7, 2023"),
//! `chinese` ("2021年10月8日"), `fuzzy` ("late 2020", "the third quarter"),
//! `relative` (to publication: "on Wednesday", "last week"), `previous`
//! ("two days later") and `vague` (expressions that must yield nothing, such
//! as "over the last year"); `year` decides when a bare number is a year. `compose` then joins spans ("from 2020 to 2022",
//! "since 2017") and marks plans. Touches nothing but the sentence it is given.
//!
//! Rules of thumb the families share:
//! - Never invent precision: a month stays a month, a week is a span of days.
//! - Without the anchor a relative expression needs, it yields nothing.
//! - Impossible dates ("February 30, 2021", "2021-13-45") become warnings.

mod absolute;
mod calendar;
mod chinese;
mod compose;
mod fuzzy;
mod lexicon;
mod previous;
mod relative;
mod rule_matches;
mod rules;
mod tense;
mod vague;
mod year;
mod yearless;

#[cfg(test)]
mod gold_tests;
#[cfg(test)]
mod language_tests;
#[cfg(test)]
mod test_support;

pub(crate) use lexicon::is_written_date_name;
pub use lexicon::BylineWords;
use std::ops::Range;
pub use tense::follows_would;
pub use yearless::{first_weekday, in_year_near, yearless_days, YearlessDay};

/// The words of `data/dates.toml` that bylines and date lines are read with.
pub fn byline_words() -> &'static BylineWords {
    &lexicon::LEXICON.byline
}

use tideline_model::{EventDate, Precision};

/// What a sentence's dates are resolved against.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DateContext {
    /// The document's publication date at the precision known (None when unknown).
    pub published: Option<EventDate>,
    /// The latest date mentioned earlier in the same paragraph (for "two days
    /// later", "the following evening").
    pub previous: Option<EventDate>,
    /// The latest day named earlier in the same paragraph ("Its report,
    /// released on 20 December 2023, … dated back to 1989. The same day
    /// …"): what a step of days counts from when `previous` is coarser and
    /// began no later.
    pub previous_day: Option<EventDate>,
    /// The year a chronology gives the paragraph ("2016. On 9 February the
    /// court …"): days and months named without a year fall in it.
    pub section_year: Option<i32>,
}

impl DateContext {
    /// The previous date when it is at least as fine as `precision`, else
    /// the previous day, unless the previous date began after it (a day
    /// before a later month is no step's anchor).
    pub(super) fn previous_at(&self, precision: Precision) -> Option<EventDate> {
        let fine = |d: &EventDate| d.precision() <= precision;
        let after_previous = |d: &EventDate| self.previous.is_none_or(|p| p.start() <= d.start());
        self.previous.filter(fine).or(self.previous_day.filter(|d| fine(d) && after_previous(d)))
    }
}

/// How a mention was resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolution {
    /// The text states the date outright.
    Absolute,
    /// Worked out from the publication date ("last week", "On 10 January").
    RelativeToPublication,
    /// Worked out from the previous date in the paragraph ("two days later").
    RelativeToPrevious,
}

/// A date expression found in a sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct DateMention {
    /// Byte range of the expression in the sentence. It includes words that
    /// change the meaning ("since", "by", "from … to"), not plain "in"/"on".
    pub span: Range<usize>,
    /// The period it names (its start for spans).
    pub date: EventDate,
    /// Last period of a span, if any.
    pub end: Option<EventDate>,
    /// How the date was worked out.
    pub resolution: Resolution,
    /// Refers to the future: "by 2025", "will … next year", a date after publication.
    pub plan: bool,
}

/// A date-like expression that was rejected, e.g. "February 30", "2021-13-45",
/// or an ambiguous "03/04/2022".
#[derive(Clone, Debug, PartialEq)]
pub struct DateWarning {
    /// Byte range of the expression in the sentence.
    pub span: Range<usize>,
    /// What is wrong with it, for the compiler's diagnostics.
    pub message: String,
}

/// The dates found in one sentence.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TaggedSentence {
    /// Resolved date expressions, in sentence order.
    pub mentions: Vec<DateMention>,
    /// Rejected date-like expressions, in sentence order.
    pub warnings: Vec<DateWarning>,
}

/// True when `sentence` might hold a date: it has a digit, a CJK date
/// character, or a letter sequence the rules start with. Cheap enough to run
/// on every sentence so the regex set sees only candidates.
fn may_hold_a_date(sentence: &str) -> bool {
    sentence.bytes().any(|b| b.is_ascii_digit())
        || sentence.contains(['年', '月', '日', '周', '天'])
        || sentence.split(|c: char| !c.is_alphabetic()).any(is_date_word)
}

/// Words that can start or anchor an expression without a digit. Compares
/// in place: this runs on every word of the corpus.
fn is_date_word(word: &str) -> bool {
    const WORDS: [&str; 14] =
        ["week", "weeks", "month", "months", "year", "years", "quarter", "half", "tonight", "morning", "afternoon", "evening", "tomorrow", "days"];
    if lexicon::is_written_date_name(word) {
        return true;
    }
    let ends_with = |suffix: &str| word.len() >= suffix.len() && word.as_bytes()[word.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes());
    WORDS.iter().any(|w| w.eq_ignore_ascii_case(word)) || ends_with("day") || ends_with("night")
}

/// True when `span` of `sentence` lies in a relative clause set off by
/// commas ("Blatter, who had taken over in 1998, was re-elected two days
/// later"): background, not what the dates after it count from.
fn in_relative_aside(sentence: &str, span: &std::ops::Range<usize>) -> bool {
    let Some(open) = sentence[..span.start].rfind(',') else { return false };
    let clause = sentence[open + 1..span.start].trim_start();
    let relative = ["who ", "which ", "whose "].iter().any(|w| clause.starts_with(w));
    relative && sentence[span.end..].contains(',')
}

/// Finds and resolves every date expression in one sentence.
pub fn tag_dates(sentence: &str, context: &DateContext) -> TaggedSentence {
    if !may_hold_a_date(sentence) {
        return TaggedSentence::default();
    }
    let mut candidates = rules::settle(sentence, context);
    // "passed on May 17 … signed it two days later": a date relative to the
    // previous one can lean on an earlier date of the same sentence.
    let leans_on_previous = |c: &rules::Candidate| match &c.claim {
        rules::Claim::Vague => true,
        rules::Claim::Mention(m, _) => m.resolution == Resolution::RelativeToPrevious,
        rules::Claim::Warning(_) => false,
    };
    // The first that has a date before it leans on the nearest one that is
    // not itself counted from another ("two days later"), even one whose
    // year came from the previous date ("on 12 June and sinks about a week
    // later", under a heading "2024").
    let earlier = candidates.iter().enumerate().filter(|(_, c)| leans_on_previous(c)).find_map(|(vague, _)| {
        candidates[..vague].iter().rev().find_map(|c| match &c.claim {
            rules::Claim::Mention(m, _) if !rules::counts_from_previous(c.rank) && !in_relative_aside(sentence, &m.span) => {
                Some(m.end.unwrap_or(m.date))
            }
            _ => None,
        })
    });
    if let Some(previous) = earlier {
        // The sentence's own date stands between it and the paragraph's days.
        let leaning = DateContext { previous: Some(previous), previous_day: None, ..context.clone() };
        candidates = rules::settle(sentence, &leaning);
    }
    let mut tagged = TaggedSentence::default();
    for candidate in candidates {
        match candidate.claim {
            rules::Claim::Mention(mention, caveat) => {
                if let Some(message) = caveat {
                    tagged.warnings.push(DateWarning { span: mention.span.clone(), message });
                }
                tagged.mentions.push(mention)
            }
            rules::Claim::Warning(message) => tagged.warnings.push(DateWarning { span: candidate.span, message }),
            rules::Claim::Vague => {}
        }
    }
    compose::compose(sentence, context, &mut tagged.mentions);
    if tagged.mentions.len() > MAX_DATES_PER_SENTENCE {
        let first_dropped = tagged.mentions[MAX_DATES_PER_SENTENCE].span.clone();
        tagged.mentions.truncate(MAX_DATES_PER_SENTENCE);
        tagged.warnings.push(DateWarning {
            span: first_dropped,
            message: format!(
                "a sentence names more than {MAX_DATES_PER_SENTENCE} dates; the later ones are not events (is it a list? write one sentence per date)"
            ),
        });
    }
    tagged
}

/// Most dates of one sentence that become events. Each event carries the
/// whole sentence as evidence, so without a bound a list of dates would be
/// copied once per date into the timeline (and into the wasm).
pub const MAX_DATES_PER_SENTENCE: usize = 12;

/// Absolute dates only, with no context (for bylines and datelines such as
/// "Posted: 2023-01-17", "By X | 2 September 2021", "Monday, 28 December
/// 2020", "发布日期：2021年10月9日"): each with its byte range.
pub fn find_absolute_dates(text: &str) -> Vec<(Range<usize>, EventDate)> {
    tag_dates(text, &DateContext::default()).mentions.into_iter().filter(|m| m.resolution == Resolution::Absolute).map(|m| (m.span, m.date)).collect()
}

#[cfg(test)]
mod tests {
    use super::test_support::*;
    use super::*;

    #[test]
    fn a_later_date_leans_on_an_earlier_date_of_the_same_sentence() {
        let context = published("2021-09-02");
        assert_eq!(
            dates_in("Lawmakers passed the act on May 17, and the governor signed it two days later.", &context),
            ["2021-05-17", "2021-05-19"]
        );
        let after_july = DateContext { previous: Some(date("2021-07-01")), ..context };
        assert_eq!(
            dates_in("Lawmakers passed the act on May 17, and the governor signed it two days later.", &after_july),
            ["2021-05-17", "2021-05-19"],
            "the sentence's own date beats the previous sentence's"
        );
    }

    #[test]
    fn a_later_date_leans_on_an_earlier_one_whatever_gave_that_its_year() {
        let context = DateContext { previous: Some(date("2024-03-13")), section_year: Some(2024), ..published("2025-01-10") };
        assert_eq!(dates_in("The carrier is struck on 12 June and sinks about a week later.", &context), ["2024-06-12", "2024-06-19"]);
        let context = DateContext { previous: Some(date("2022-04-19")), ..published("2025-06-18") };
        assert_eq!(
            dates_in("Three days later the president said exports would be banned from April 28.", &context)[0],
            "2022-04-22",
            "a date counted from the previous one lends nothing to one before it"
        );
    }

    #[test]
    fn a_date_in_a_relative_aside_lends_nothing_to_the_dates_after_it() {
        let context = DateContext { previous: Some(date("2015-05-27")), ..published("2024-12-11") };
        let sentence = "Blatter, who had taken over from Havelange in 1998, was re-elected two days later, then resigned on 2 June.";
        assert_eq!(dates_in(sentence, &context), ["1998", "2015-05-29", "2015-06-02"]);
        let sentence = "Blatter took over on 27 May 1998, and two days later he resigned.";
        assert_eq!(dates_in(sentence, &context), ["1998-05-27", "1998-05-29"], "a date of the main clause still leads");
    }

    #[test]
    fn a_date_leaning_on_its_own_sentence_does_not_reach_back_to_the_paragraphs_days() {
        let context = DateContext { previous: Some(date("2021-02-10")), previous_day: Some(date("2021-02-10")), ..published("2024-09-01") };
        let sentence = "In August 2021 GM recalled every car built since 2016, and two months later LG agreed to pay.";
        assert_eq!(
            dates_in(sentence, &context),
            ["2021-08", "2016..2024-09"],
            "\"two months later\" counts from 2016, too coarse, not from February"
        );
    }

    #[test]
    fn expecting_to_do_something_speaks_of_the_future() {
        let context = published("2021-09-02");
        assert_eq!(dates_in("The office expects to publish final rules in mid-December.", &context), ["2021-12 plan"]);
    }

    #[test]
    fn sentences_without_date_words_are_skipped_cheaply() {
        assert!(!may_hold_a_date("Regulators criticised the companies repeatedly."));
        assert!(may_hold_a_date("Shares rose on Wednesday."));
        assert!(may_hold_a_date("发布日期：2021年10月9日"));
    }

    #[test]
    fn bylines_yield_their_absolute_dates() {
        let found = |text: &str| find_absolute_dates(text).into_iter().map(|(_, d)| d.to_string()).collect::<Vec<_>>();
        assert_eq!(found("Posted: 2023-01-17"), ["2023-01-17"]);
        assert_eq!(found("By Jane Doe | 2 September 2021"), ["2021-09-02"]);
        assert_eq!(found("Monday, 28 December 2020"), ["2020-12-28"]);
        assert_eq!(found("发布日期：2021年10月9日"), ["2021-10-09"]);
    }

    #[test]
    fn bylines_ignore_relative_expressions() {
        assert!(find_absolute_dates("Updated yesterday at 5pm").is_empty());
    }

    #[test]
    fn mention_spans_cover_the_expression() {
        let s = "The investigation was initiated in 2020.";
        let tagged = tag_dates(s, &published("2023-07"));
        assert_eq!(&s[tagged.mentions[0].span.clone()], "2020");
    }

    #[test]
    fn a_sentence_yields_at_most_the_bounded_number_of_dates_with_a_warning() {
        let years: Vec<String> = (1990..2030).map(|y| format!("in {y}")).collect();
        let s = format!("The firm was fined {}.", years.join(", "));
        let tagged = tag_dates(&s, &published("2023-07"));
        assert_eq!(tagged.mentions.len(), MAX_DATES_PER_SENTENCE);
        assert_eq!(tagged.mentions[0].date.to_string(), "1990");
        assert!(tagged.warnings.iter().any(|w| w.message.contains("more than 12 dates")), "{:?}", tagged.warnings);
    }
}
