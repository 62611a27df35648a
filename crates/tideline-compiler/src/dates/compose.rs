//! Joins and qualifies mentions once overlaps are settled: ranges ("from 2020
//! to 2022", "between 2019 and 2021"), open spans ("since 2017"), durations
//! ("a six-month campaign launched in July") and plans ("by 2025", future
//! tense, dates after publication). Looks only at the sentence and context.

use std::sync::LazyLock;

use regex::Regex;
use tideline_model::{CivilDate, EventDate, Precision};

use super::calendar::{coarsen, step};
use super::rules::expand;
use super::{tense, DateContext, DateMention, Resolution};

/// How far back from a mention the cue patterns look, in bytes.
const LOOK_BACK: usize = 120;

fn cue(pattern: &str) -> Regex {
    Regex::new(&expand(pattern)).expect("compose cue patterns are valid")
}

static FROM: LazyLock<Regex> = LazyLock::new(|| cue(r"(?i)\bfrom\s+$"));
static BETWEEN: LazyLock<Regex> = LazyLock::new(|| cue(r"(?i)\bbetween\s+$"));
static SINCE: LazyLock<Regex> = LazyLock::new(|| cue(r"(?i)\b(?:ever\s+)?since\s+$"));
static BY: LazyLock<Regex> = LazyLock::new(|| cue(r"(?i)\bby\s+$"));
/// "by its 100th birthday in 2049": a deadline named by an occasion.
static BY_OCCASION: LazyLock<Regex> =
    LazyLock::new(|| cue(r"(?i)\bby\s+(?:its|the|their|his|her)\s+(?:\S+\s+){0,2}(?:birthday|anniversary|centenary|centennial)\s+in\s+$"));
/// "a six-month campaign launched in": a duration that closes the span.
static DURATION: LazyLock<Regex> = LazyLock::new(|| {
    cue(
        r"(?i)\b(?P<n>{NUMBER})[- ](?P<unit>month|year)s?\b[^.;]{0,60}?\b(?:launched|started|began|begun|kicked\s+off|introduced|initiated|unveiled|beginning|starting)\s+(?:in\s+|on\s+)?$",
    )
});

/// Up to [`LOOK_BACK`] bytes of `sentence` before `pos`, with their offset.
fn text_before(sentence: &str, pos: usize) -> (usize, &str) {
    let mut start = pos.saturating_sub(LOOK_BACK);
    while !sentence.is_char_boundary(start) {
        start += 1;
    }
    (start, sentence.get(start..pos).unwrap_or(""))
}

/// Where `pattern` matches right before `pos`, as an absolute byte offset.
fn cue_before(sentence: &str, pos: usize, pattern: &Regex) -> Option<usize> {
    let (offset, before) = text_before(sentence, pos);
    pattern.find(before).map(|m| offset + m.start())
}

/// Applies every composition step, in order.
pub(super) fn compose(sentence: &str, context: &DateContext, mentions: &mut Vec<DateMention>) {
    share_years(sentence, mentions);
    join_ranges(sentence, mentions);
    for mention in mentions.iter_mut() {
        open_since(sentence, context, mention);
        close_duration(sentence, mention);
        mark_plan(sentence, context, mention);
    }
}

/// How far a month without its year may stand from the dated one whose year
/// it shares: "in July, September and November 2022".
const SHARED_YEAR_GAP: usize = 40;

/// Gives months and days written without a year the year of the next
/// date of the sentence that states one, when only a short link of the same
/// clause parts them ("in July, September and November 2022", "in May and,
/// on 15 June 2022"): a list of dates names its year once, at its end. A
/// month later in the year than the dated one is of the year before ("in
/// December and January 2023").
fn share_years(sentence: &str, mentions: &mut [DateMention]) {
    for i in (0..mentions.len()).rev() {
        let mention = &mentions[i];
        let yearless = mention.resolution == Resolution::RelativeToPublication
            && matches!(mention.date.precision(), Precision::Month | Precision::Day)
            && mention.end.is_none()
            && sentence.get(mention.span.clone()).is_none_or(|text| text.bytes().filter(u8::is_ascii_digit).count() < 4);
        let Some(next) = mentions.get(i + 1).filter(|_| yearless) else { continue };
        let linked = next.resolution == Resolution::Absolute
            && matches!(next.date.precision(), Precision::Month | Precision::Day)
            && next.span.start >= mention.span.end
            && next.span.start - mention.span.end <= SHARED_YEAR_GAP
            && sentence.get(mention.span.end..next.span.start).is_some_and(|link| !link.contains(['.', ';', ':', '(', ')']));
        if !linked {
            continue;
        }
        let (start, anchor) = (mention.date.start(), next.date.start());
        let year = anchor.year() - i32::from(start.month() > anchor.month());
        let dated = match mention.date.precision() {
            Precision::Month => EventDate::month(year, start.month()).ok(),
            _ => CivilDate::new(year, start.month(), start.day()).ok().map(EventDate::day),
        };
        if let Some(date) = dated {
            mentions[i].date = date;
            mentions[i].resolution = Resolution::Absolute;
        }
    }
}

/// Joins neighbours linked by "from … to", "between … and" or a dash.
fn join_ranges(sentence: &str, mentions: &mut Vec<DateMention>) {
    let mut i = 0;
    while i + 1 < mentions.len() {
        if let Some(joined) = join_pair(sentence, &mentions[i], &mentions[i + 1]) {
            mentions[i] = joined;
            mentions.remove(i + 1);
        }
        i += 1;
    }
}

fn join_pair(sentence: &str, first: &DateMention, second: &DateMention) -> Option<DateMention> {
    if first.end.is_some() {
        return None;
    }
    let link = sentence.get(first.span.end..second.span.start)?.trim().to_ascii_lowercase();
    let opener = match link.as_str() {
        "to" | "until" | "till" | "through" => cue_before(sentence, first.span.start, &FROM),
        "and" => cue_before(sentence, first.span.start, &BETWEEN),
        "-" | "–" | "—" => Some(cue_before(sentence, first.span.start, &FROM).unwrap_or(first.span.start)),
        _ => None,
    }?;
    let start = year_from_partner(first, second);
    let end = second.end.unwrap_or(second.date);
    if end.last_day() < start.start() {
        return None;
    }
    let resolution = if first.resolution == Resolution::Absolute { second.resolution } else { first.resolution };
    Some(DateMention { span: opener..second.span.end, date: start, end: Some(end), resolution, plan: first.plan || second.plan })
}

/// "from March to May 2022": a yearless start takes its year from the end.
fn year_from_partner(first: &DateMention, second: &DateMention) -> EventDate {
    let borrowed = first.resolution == Resolution::RelativeToPublication
        && second.resolution == Resolution::Absolute
        && matches!(first.date.precision(), Precision::Day | Precision::Month);
    if !borrowed {
        return first.date;
    }
    let (from, to) = (first.date.start(), second.date.start());
    let year = if (from.month(), from.day()) > (to.month(), to.day()) { to.year() - 1 } else { to.year() };
    let rebuilt = match first.date.precision() {
        Precision::Day => CivilDate::new(year, from.month(), from.day()).map(EventDate::day),
        _ => EventDate::month(year, from.month()),
    };
    rebuilt.unwrap_or(first.date)
}

/// "since 2017": the span runs to the publication month.
fn open_since(sentence: &str, context: &DateContext, mention: &mut DateMention) {
    let Some(start) = cue_before(sentence, mention.span.start, &SINCE) else {
        return;
    };
    mention.span.start = start;
    if mention.end.is_some() {
        return;
    }
    let until = context.published.map(|p| coarsen(p, Precision::Month));
    mention.end = until.filter(|end| end.last_day() > mention.date.last_day());
}

/// "a six-month campaign launched in July": the span ends six months on.
fn close_duration(sentence: &str, mention: &mut DateMention) {
    if mention.end.is_some() {
        return;
    }
    let (_, before) = text_before(sentence, mention.span.start);
    let Some(caps) = DURATION.captures(before) else {
        return;
    };
    let count = caps.name("n").and_then(|n| super::lexicon::number_value(n.as_str()));
    let unit = match caps.name("unit").map(|u| u.as_str().to_ascii_lowercase()) {
        Some(u) if u == "year" => Precision::Year,
        _ => Precision::Month,
    };
    let Some(count) = count.filter(|n| *n >= 2) else {
        return;
    };
    mention.end = step(coarsen(mention.date, unit), unit, count as i32 - 1);
}

/// Plans: a date after publication, or one not already past that follows
/// "by" ("by 2025") or sits in a future-tense clause.
fn mark_plan(sentence: &str, context: &DateContext, mention: &mut DateMention) {
    let mut deadline = false;
    if let Some(start) = cue_before(sentence, mention.span.start, &BY) {
        mention.span.start = start;
        deadline = true;
    }
    deadline |= cue_before(sentence, mention.span.start, &BY_OCCASION).is_some();
    let last = mention.end.unwrap_or(mention.date).last_day();
    let after_publication = context.published.is_some_and(|p| mention.date.start() > p.last_day());
    let not_past = context.published.is_none_or(|p| last >= p.start());
    let future = || tense::speaks_of_future(sentence, mention.span.clone());
    if after_publication || (not_past && (deadline || future())) {
        mention.plan = true;
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;

    #[test]
    fn from_year_to_year_is_one_span() {
        let s = "During the research period from 2020 to 2022, firms invested.";
        assert_eq!(dates_in(s, &published("2023-07")), ["2020..2022"]);
        assert_eq!(spans_in(s, &published("2023-07")), ["from 2020 to 2022"]);
    }

    #[test]
    fn between_year_and_year_is_one_span() {
        assert_eq!(dates_in("Sales doubled between 2019 and 2021.", &nothing()), ["2019..2021"]);
    }

    #[test]
    fn a_yearless_start_borrows_the_year_of_its_end() {
        let s = "The campaign ran from March to May 2022.";
        assert_eq!(dates_in(s, &published("2023-01")), ["2022-03..2022-05"]);
    }

    #[test]
    fn a_list_of_months_names_its_year_once_at_its_end() {
        let at = published("2024-09");
        // A bare month needs "in" before it to be read as a date at all.
        assert_eq!(dates_in("Three more moves followed, in July, in September and in November 2022.", &at), ["2022-07", "2022-09", "2022-11"]);
        assert_eq!(dates_in("Three more moves followed, in July, September and November 2022.", &at), ["2022-07", "2022-11"]);
        assert_eq!(dates_in("It rose in May and, on 15 June 2022, again.", &at), ["2022-05", "2022-06-15"]);
        assert_eq!(dates_in("Talks ran in December and January 2023.", &at), ["2022-12", "2023-01"], "a later month is of the year before");
        assert_eq!(dates_in("It rose in May; the 2022 law came on 15 June 2022.", &at), ["2024-05", "2022", "2022-06-15"], "another clause");
    }

    #[test]
    fn since_a_year_runs_to_the_publication_month() {
        let s = "JD has committed over RMB 100 billion to R&D since 2017.";
        assert_eq!(dates_in(s, &published("2023-07")), ["2017..2023-07"]);
        assert_eq!(spans_in(s, &published("2023-07")), ["since 2017"]);
    }

    #[test]
    fn since_without_publication_has_no_end() {
        assert_eq!(dates_in("Since October 2020, the crackdown hit firms.", &nothing()), ["2020-10"]);
    }

    #[test]
    fn a_six_month_campaign_launched_in_july_ends_in_december() {
        let s = "It moves into the second half of a six-month campaign launched in July, the minister said.";
        assert_eq!(dates_in(s, &published("2021-10")), ["2021-07..2021-12"]);
    }

    #[test]
    fn by_a_year_is_a_plan() {
        let s = "It wants five national platforms by 2025.";
        assert_eq!(dates_in(s, &published("2023-01")), ["2025 plan"]);
        assert_eq!(spans_in(s, &published("2023-01")), ["by 2025"]);
    }

    #[test]
    fn by_an_occasion_in_a_year_is_a_plan() {
        let s = "China wants to lead in science by its 100th birthday in 2049.";
        assert_eq!(dates_in(s, &nothing()), ["2049 plan"]);
    }

    #[test]
    fn by_a_past_year_is_not_a_plan() {
        assert_eq!(dates_in("By 2020, Alibaba had grown.", &published("2023-07")), ["2020"]);
    }

    #[test]
    fn future_tense_marks_a_date_as_a_plan() {
        assert_eq!(dates_in("The rules will take effect in 2024.", &nothing()), ["2024 plan"]);
    }

    #[test]
    fn future_tense_does_not_make_a_past_date_a_plan() {
        let s = "In 2020, regulators will have said nothing.";
        assert_eq!(dates_in(s, &published("2023-07")), ["2020"]);
    }

    #[test]
    fn a_date_after_publication_is_a_plan() {
        assert_eq!(dates_in("The law takes effect in 2024.", &published("2023-07")), ["2024 plan"]);
    }
}
