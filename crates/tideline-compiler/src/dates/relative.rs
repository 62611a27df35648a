//! Dates relative to publication: "yesterday", "on Wednesday", "last week",
//! "last month", "this year", "earlier this year", "two weeks ago", "in
//! November", "since December", "On 10 January". Without a publication date
//! (or one too coarse for the expression) they yield nothing.
//!
//! Direction: a weekday or yearless month is the latest one on or before
//! publication, or the first on or after it when its clause speaks of the
//! future. A week is always a span Monday..Sunday, never one day.

use tideline_model::{CivilDate, EventDate, Precision};

use super::calendar::{step, week_of, weekday_near, year_after_previous, year_for_day, year_for_month, year_on_weekday, Direction};
use super::lexicon::{month_number, number_value, weekday_number};
use super::rules::{Found, Hit, Outcome, RuleSpec};

/// The publication-relative family.
pub(super) const RULES: &[RuleSpec] = &[
    RuleSpec {
        name: "day_word",
        pattern: r"(?i)\b(?P<w>yesterday|today|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening))\b",
        resolve: day_word,
    },
    RuleSpec {
        name: "weekday_of_week",
        pattern: r"\b(?P<wd>{WEEKDAY})(?:\s+of)?\s+(?P<rel>(?i:last|this|next))\s+(?i:week)\b",
        resolve: weekday_of_week,
    },
    RuleSpec { name: "weekday", pattern: r"\b(?:(?P<rel>(?i:last|this|next|coming|past))\s+)?(?P<wd>{WEEKDAY})", resolve: weekday },
    RuleSpec { name: "relative_unit", pattern: r"(?i)\b(?P<rel>last|this|next)\s+(?P<unit>week|month|quarter|year)\b", resolve: relative_unit },
    RuleSpec {
        name: "earlier_or_later_this",
        pattern: r"(?i)\b(?P<dir>earlier|later)\s+(?:this|in\s+the)\s+(?P<unit>week|month|year)\b",
        resolve: relative_unit,
    },
    RuleSpec { name: "units_ago", pattern: r"(?i)\b(?P<n>{NUMBER})\s+(?P<unit>day|week|month|year)s?\s+ago\b", resolve: units_ago },
    RuleSpec {
        name: "month_with_cue",
        pattern: r"\b(?i:(?P<cue>{MONTH_CUE})|(?P<rel>last|this|next))\s+(?P<m>{MONTH_FULL})",
        resolve: yearless_month,
    },
    RuleSpec {
        name: "month_day_yearless",
        pattern: r"(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<m>{MONTH})\s*(?P<d>[0-9]{1,2}){DAY_SUFFIX}\b",
        resolve: yearless_day,
    },
    RuleSpec {
        name: "day_month_yearless",
        pattern: r"(?:(?P<wd>{WEEKDAY}),?\s+)?\b(?P<d>[0-9]{1,2}){DAY_SUFFIX}\s+{DAY_OF}(?P<m>{MONTH})",
        resolve: yearless_day,
    },
];

/// The publication date when it is at least as fine as `precision`.
fn published_at(hit: &Hit<'_>, precision: Precision) -> Option<EventDate> {
    hit.published().filter(|p| p.precision() <= precision)
}

/// "yesterday", "today", "tomorrow", "last night", "this morning".
fn day_word(hit: &Hit<'_>) -> Outcome {
    let word = hit.text("w").unwrap_or("").to_ascii_lowercase();
    let offset = match word.as_str() {
        "yesterday" => -1,
        "tomorrow" => 1,
        w if w.starts_with("last") => -1,
        _ => 0,
    };
    let Some(published) = published_at(hit, Precision::Day) else {
        return Outcome::Vague;
    };
    step(published, Precision::Day, offset).map_or(Outcome::Vague, |d| Found::from_publication(d).into())
}

/// The weekday a hit names and the publication day it counts from: not a
/// date without a weekday, vague without a publication day.
fn named_weekday(hit: &Hit<'_>) -> Result<(u32, EventDate), Outcome> {
    let wd = hit.text("wd").and_then(weekday_number).ok_or(Outcome::NotADate)?;
    let published = published_at(hit, Precision::Day).ok_or(Outcome::Vague)?;
    Ok((wd, published))
}

/// "on Wednesday", "Wednesday's meeting", "last Friday", "next Monday".
fn weekday(hit: &Hit<'_>) -> Outcome {
    let (wd, published) = match named_weekday(hit) {
        Ok(found) => found,
        Err(outcome) => return outcome,
    };
    let direction = match hit.text("rel").map(str::to_ascii_lowercase).as_deref() {
        Some("last" | "past") => Direction::Before,
        Some("next" | "coming") => Direction::After,
        _ if hit.speaks_of_future() => Direction::OnOrAfter,
        _ => Direction::OnOrBefore,
    };
    let day = weekday_near(published.start(), wd, direction);
    Found::from_publication(EventDate::day(day)).into()
}

/// "Wednesday of last week", "on Friday last week", "Monday of this week":
/// that day of the week named.
fn weekday_of_week(hit: &Hit<'_>) -> Outcome {
    let (wd, published) = match named_weekday(hit) {
        Ok(found) => found,
        Err(outcome) => return outcome,
    };
    let weeks = match hit.text("rel").map(str::to_ascii_lowercase).as_deref() {
        Some("last") => -1,
        Some("next") => 1,
        _ => 0,
    };
    let (monday, _) = week_of(published.start(), weeks);
    let day = weekday_near(monday.start(), wd, Direction::OnOrAfter);
    Found::from_publication(EventDate::day(day)).into()
}

/// "last week" (a span of days), "this month", "next year", "earlier this
/// year", "later this month" (a plan).
fn relative_unit(hit: &Hit<'_>) -> Outcome {
    let offset = match hit.text("rel").map(str::to_ascii_lowercase).as_deref() {
        Some("last") => -1,
        Some("next") => 1,
        _ => 0,
    };
    let later = hit.text("dir").is_some_and(|d| d.eq_ignore_ascii_case("later"));
    let unit = match hit.text("unit").map(str::to_ascii_lowercase).as_deref() {
        Some("week") => None,
        Some("month") => Some(Precision::Month),
        Some("quarter") => Some(Precision::Quarter),
        _ => Some(Precision::Year),
    };
    let Some(unit) = unit else {
        let Some(published) = published_at(hit, Precision::Day) else {
            return Outcome::Vague;
        };
        let (monday, sunday) = week_of(published.start(), offset);
        return Found::from_publication(monday).until(sunday).planned(later).into();
    };
    let Some(published) = published_at(hit, unit) else {
        return Outcome::Vague;
    };
    step(published, unit, offset).map_or(Outcome::Vague, |d| Found::from_publication(d).planned(later).into())
}

/// "two weeks ago", "a year ago": a step back from publication, when the
/// publication is fine enough to take it.
fn units_ago(hit: &Hit<'_>) -> Outcome {
    let Some(count) = hit.text("n").and_then(number_value) else {
        return Outcome::Vague;
    };
    let (unit, days) = match hit.text("unit").map(str::to_ascii_lowercase).as_deref() {
        Some("day") => (Precision::Day, 1),
        Some("week") => (Precision::Day, 7),
        Some("month") => (Precision::Month, 1),
        _ => (Precision::Year, 1),
    };
    let Some(published) = published_at(hit, unit) else {
        return Outcome::Vague;
    };
    step(published, unit, -(count as i32) * days).map_or(Outcome::Vague, |d| Found::from_publication(d).into())
}

/// "in November", "since December", "last March": the month in the year the
/// publication and tense suggest. The span is the month name (plus
/// last/this/next); `compose` adds "since" or "by".
fn yearless_month(hit: &Hit<'_>) -> Outcome {
    let Some(month) = hit.text("m").and_then(month_number) else {
        return Outcome::NotADate;
    };
    // In a chronology's paragraph for 2019, "in June" is June 2019.
    if let (Some(year), None) = (hit.context.section_year, hit.text("rel")) {
        let span = hit.group_span("m").map(|s| s.start..hit.span().end);
        return EventDate::month(year, month).map_or(Outcome::NotADate, |d| Found::from_previous(d).spanning(span).into());
    }
    // Claims nothing without a publication: the match includes its cue word,
    // which must not block "November 2020" starting one word later.
    let Some(published) = hit.published() else {
        return Outcome::NotADate;
    };
    let pub_start = published.start();
    let year = match hit.text("rel").map(str::to_ascii_lowercase).as_deref() {
        Some("last") if published.precision() != Precision::Year => {
            let last = published.last_day().month();
            let candidate = year_for_month(month, published, false);
            if month == last && candidate == published.last_day().year() {
                candidate - 1
            } else {
                candidate
            }
        }
        Some("next") if published.precision() != Precision::Year => {
            let candidate = year_for_month(month, published, true);
            if month == pub_start.month() {
                candidate + 1
            } else {
                candidate
            }
        }
        Some(_) => pub_start.year(),
        None => year_for_month(month, published, hit.speaks_of_future()),
    };
    let span = hit.group_span("rel").or(hit.group_span("m")).map(|s| s.start..hit.span().end);
    EventDate::month(year, month).map_or(Outcome::NotADate, |d| Found::from_publication(d).spanning(span).into())
}

/// "On 10 January", "December 18": that day in the publication's year, or
/// the year before when that would put a past event well after publication.
fn yearless_day(hit: &Hit<'_>) -> Outcome {
    let (Some(month), Some(day)) = (hit.text("m").and_then(month_number), hit.number("d")) else {
        return Outcome::NotADate;
    };
    if day == 0 || day > 31 {
        return Outcome::NotADate;
    }
    resolve_yearless_day(hit, month, day, hit.text("wd").and_then(weekday_number))
}

/// A day the text names without its year, in the year its weekday (when
/// named), the paragraph's previous date, or the publication suggests, in
/// that order.
pub(super) fn resolve_yearless_day(hit: &Hit<'_>, month: u32, day: u32, weekday: Option<u32>) -> Outcome {
    let from_previous = hit.context.previous_at(Precision::Day).and_then(|p| year_after_previous(month, day, p));
    let from_publication = hit.published().map(|p| year_for_day(month, day, p, hit.speaks_of_future()));
    // A chronology's year outranks the date of the paragraph before.
    let Some(guess) = hit.context.section_year.or(from_previous).or(from_publication) else {
        return Outcome::Vague;
    };
    let year = weekday.and_then(|wd| year_on_weekday(month, day, wd, guess)).unwrap_or(guess);
    match CivilDate::new(year, month, day) {
        Ok(date) if hit.context.section_year.or(from_previous) == Some(year) => Found::from_previous(EventDate::day(date)).into(),
        Ok(date) => Found::from_publication(EventDate::day(date)).into(),
        Err(error) => Outcome::Warning(format!("not a real date: {error}")),
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;

    #[test]
    fn yesterday_today_and_tomorrow_step_from_a_known_day() {
        assert_eq!(dates_in("Shares fell yesterday.", &published("2023-07-12")), ["2023-07-11"]);
        assert_eq!(dates_in("Shares fell today.", &published("2023-07-12")), ["2023-07-12"]);
        assert_eq!(dates_in("Talks resume tomorrow.", &published("2023-07-12")), ["2023-07-13 plan"]);
    }

    #[test]
    fn yesterday_needs_a_publication_day() {
        assert!(dates_in("Shares fell yesterday.", &published("2023-07")).is_empty());
        assert!(dates_in("Shares fell yesterday.", &nothing()).is_empty());
    }

    #[test]
    fn on_wednesday_resolves_to_the_wednesday_on_or_before_publication() {
        let s = "China on Wednesday sent another strong signal.";
        assert_eq!(dates_in(s, &published("2023-07-12")), ["2023-07-12"]);
        assert_eq!(dates_in(s, &published("2023-07-14")), ["2023-07-12"]);
    }

    #[test]
    fn wednesdays_meeting_is_that_wednesday() {
        let s = "Zhou said Wednesday’s meeting was a “positive signal”.";
        assert_eq!(dates_in(s, &published("2023-07-12")), ["2023-07-12"]);
    }

    #[test]
    fn a_future_weekday_is_the_next_one() {
        let s = "Li will meet the firms on Friday.";
        assert_eq!(dates_in(s, &published("2023-07-12")), ["2023-07-14 plan"]);
    }

    #[test]
    fn last_friday_is_strictly_before_publication() {
        assert_eq!(dates_in("Fines came last Wednesday.", &published("2023-07-12")), ["2023-07-05"]);
    }

    #[test]
    fn a_weekday_of_a_named_week_is_that_weeks_day() {
        // 2024-06-01 is a Saturday: last week ran from 20 to 26 May.
        let day = published("2024-06-01");
        assert_eq!(dates_in("The subsidies fell in a vote on Wednesday of last week.", &day), ["2024-05-22"]);
        assert_eq!(dates_in("The board met on Friday last week.", &day), ["2024-05-24"]);
        assert_eq!(dates_in("The fee rose on Monday of this week.", &day), ["2024-05-27"]);
        assert_eq!(dates_in("The vote is on Tuesday next week.", &day), ["2024-06-04 plan"]);
    }

    #[test]
    fn weekdays_need_a_publication_day() {
        assert!(dates_in("It spoke on Sunday.", &published("2021-10")).is_empty());
    }

    #[test]
    fn last_week_is_the_previous_monday_to_sunday() {
        let s = "Authorities signalled last week that the crackdown had ended.";
        assert_eq!(dates_in(s, &published("2023-07-12")), ["2023-07-03..2023-07-09"]);
    }

    #[test]
    fn last_month_this_year_and_next_year_step_from_publication() {
        assert_eq!(dates_in("Last month, WeChat opened links.", &published("2021-10")), ["2021-09"]);
        assert_eq!(dates_in("It took effect last year.", &published("2022-05-19")), ["2021"]);
        assert_eq!(dates_in("The focus this year is algorithms.", &published("2022-05-19")), ["2022"]);
        assert_eq!(dates_in("A law follows next year.", &published("2022-05-19")), ["2023 plan"]);
    }

    #[test]
    fn earlier_this_year_is_the_publication_year() {
        let s = "Signs of easing surfaced earlier this year.";
        assert_eq!(dates_in(s, &published("2023-07")), ["2023"]);
    }

    #[test]
    fn later_this_year_is_a_plan_for_the_publication_year() {
        assert_eq!(dates_in("An amendment is due later this year.", &published("2022-05")), ["2022 plan"]);
    }

    #[test]
    fn units_ago_step_back_when_publication_is_fine_enough() {
        assert_eq!(dates_in("He spoke two weeks ago.", &published("2023-07-12")), ["2023-06-28"]);
        assert_eq!(dates_in("He spoke three months ago.", &published("2021-10")), ["2021-07"]);
        assert!(dates_in("He spoke two weeks ago.", &published("2021-10")).is_empty());
    }

    #[test]
    fn in_a_yearless_month_is_the_latest_such_month_by_publication() {
        let s = "In July, Vice-Premier Liu He spoke at an SME forum.";
        assert_eq!(dates_in(s, &published("2021-10")), ["2021-07"]);
        assert_eq!(dates_in("It happened in November.", &published("2023-01")), ["2022-11"]);
    }

    #[test]
    fn since_a_yearless_month_runs_to_publication() {
        let s = "But Beijing’s tone has softened since December, with authorities shifting.";
        assert_eq!(dates_in(s, &published("2023-07-12")), ["2022-12..2023-07"]);
        assert_eq!(spans_in(s, &published("2023-07-12")), ["since December"]);
    }

    #[test]
    fn last_march_is_the_march_before_publication() {
        assert_eq!(dates_in("The rules came last March.", &published("2023-03-20")), ["2022-03"]);
        assert_eq!(dates_in("The rules came last March.", &published("2023-07")), ["2023-03"]);
    }

    #[test]
    fn a_yearless_day_takes_the_publication_year() {
        let s = "On 10 January, Hangzhou and Alibaba entered an agreement.";
        assert_eq!(dates_in(s, &published("2023-01")), ["2023-01-10"]);
    }

    #[test]
    fn a_yearless_day_long_after_publication_is_last_year() {
        let s = "On 18 December, senior officials visited Alibaba.";
        assert_eq!(dates_in(s, &published("2023-01")), ["2022-12-18"]);
        assert_eq!(dates_in("The fines came on July 7.", &published("2023-07-12")), ["2023-07-07"]);
    }

    #[test]
    fn a_yearless_impossible_day_is_a_warning() {
        assert_eq!(warnings_in("It was announced on February 29.", &published("2023-03")), 1);
    }

    #[test]
    fn lowercase_may_is_not_a_month() {
        assert!(dates_in("The government may be adopting a balanced approach in 2023.", &nothing()) == ["2023"]);
        assert!(dates_in("Firms may 5 times exceed quotas.", &published("2023-07")).is_empty());
    }
}
