//! Dates relative to the previous date in the paragraph: "two days later",
//! "the following day", "the following evening", "the next week", "a month
//! later", "that day", "the following Monday". Without a previous date, or
//! when it is too coarse for the step ("two days later" after "in July"),
//! they yield nothing.

use tideline_model::{CivilDate, EventDate, Precision};

use super::calendar::{step, week_of, weekday_near, Direction};
use super::lexicon::{month_number, number_value, weekday_number};
use super::rules::{Found, Hit, Outcome, RuleSpec};

/// The previous-date family.
pub(super) const RULES: &[RuleSpec] = &[
    RuleSpec {
        name: "units_later",
        pattern: r"(?i)\b(?P<n>{NUMBER}|a\s+few|several|some)\s+(?P<unit>day|week|month|year)s?\s+(?P<dir>later|earlier|afterwards?)\b",
        resolve: units_later,
    },
    RuleSpec {
        name: "the_following_unit",
        pattern: r"(?i)\b(?:the\s+(?P<rel>following|next|previous|preceding|same)|(?:later\s+)?that(?:\s+same)?)\s+(?P<unit>day|morning|afternoon|evening|night|week|month|year)\b",
        resolve: following_unit,
    },
    RuleSpec {
        name: "in_that_year",
        pattern: r"(?i)\b(?:(?P<d1>[0-9]{1,2})\s+(?P<m1>{MONTH})|(?P<m2>{MONTH})(?:\s+(?P<d2>[0-9]{1,2})(?:st|nd|rd|th)?)?),?\s+(?:of\s+)?(?:that|the\s+same)\s+year\b",
        resolve: in_that_year,
    },
    RuleSpec {
        name: "the_following_weekday",
        pattern: r"\b(?i:the\s+(?P<rel>following|next|previous|preceding))\s+(?P<wd>{WEEKDAY})",
        resolve: following_weekday,
    },
];

/// The previous date when it is at least as fine as `precision`.
fn previous_at(hit: &Hit<'_>, precision: Precision) -> Option<EventDate> {
    hit.context.previous_at(precision)
}

/// The calendar unit a word names, and how many days a step of it is.
fn unit_of(word: &str) -> (Precision, i32, bool) {
    match word.to_ascii_lowercase().as_str() {
        "week" => (Precision::Day, 7, true),
        "month" => (Precision::Month, 1, false),
        "year" => (Precision::Year, 1, false),
        _ => (Precision::Day, 1, false),
    }
}

/// "two days later", "a month later", "three years earlier".
fn units_later(hit: &Hit<'_>) -> Outcome {
    let Some(count) = hit.text("n").and_then(number_value) else {
        return Outcome::Vague;
    };
    let (unit, size, _) = unit_of(hit.text("unit").unwrap_or(""));
    let sign = if hit.text("dir").is_some_and(|d| d.eq_ignore_ascii_case("earlier")) { -1 } else { 1 };
    let Some(previous) = previous_at(hit, unit) else {
        return Outcome::Vague;
    };
    step(previous, unit, sign * count as i32 * size).map_or(Outcome::Vague, |d| Found::from_previous(d).into())
}

/// "the following day/evening" (the next day), "the next week" (a span of
/// days), "the previous month", "that day".
fn following_unit(hit: &Hit<'_>) -> Outcome {
    let offset = match hit.text("rel").map(str::to_ascii_lowercase).as_deref() {
        Some("following" | "next") => 1,
        Some("previous" | "preceding") => -1,
        _ => 0,
    };
    let (unit, size, is_week) = unit_of(hit.text("unit").unwrap_or(""));
    let Some(previous) = previous_at(hit, unit) else {
        return Outcome::Vague;
    };
    if is_week {
        let (monday, sunday) = week_of(previous.start(), offset);
        return Found::from_previous(monday).until(sunday).into();
    }
    step(previous, unit, offset * size).map_or(Outcome::Vague, |d| Found::from_previous(d).into())
}

/// "September of that year", "on 31 October that year": the month or day in
/// the previous date's year.
fn in_that_year(hit: &Hit<'_>) -> Outcome {
    let Some(month) = hit.text("m1").or(hit.text("m2")).and_then(month_number) else {
        return Outcome::NotADate;
    };
    let Some(previous) = previous_at(hit, Precision::Year) else {
        return Outcome::Vague;
    };
    let year = previous.start().year();
    let date = match hit.number("d1").or(hit.number("d2")) {
        Some(day) => match CivilDate::new(year, month, day) {
            Ok(day) => Some(EventDate::day(day)),
            Err(error) => return Outcome::Warning(format!("not a real date: {error}")),
        },
        None => EventDate::month(year, month).ok(),
    };
    date.map_or(Outcome::NotADate, |d| Found::from_previous(d).into())
}

/// "the following Monday": the first Monday after the previous day.
fn following_weekday(hit: &Hit<'_>) -> Outcome {
    let Some(wd) = hit.text("wd").and_then(weekday_number) else {
        return Outcome::NotADate;
    };
    let Some(previous) = previous_at(hit, Precision::Day) else {
        return Outcome::Vague;
    };
    let direction = match hit.text("rel").map(str::to_ascii_lowercase).as_deref() {
        Some("previous" | "preceding") => Direction::Before,
        _ => Direction::After,
    };
    Found::from_previous(EventDate::day(weekday_near(previous.start(), wd, direction))).into()
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::super::DateContext;

    #[test]
    fn two_days_later_steps_from_the_previous_day() {
        let s = "Two days later, the bank announced fines.";
        assert_eq!(dates_in(s, &after("2023-07-07", Some("2023-07-12"))), ["2023-07-09"]);
    }

    #[test]
    fn a_month_or_day_of_that_year_is_in_the_previous_dates_year() {
        let s = "The bank introduced negative rates in January 2016, and added yield curve control in September of that year.";
        assert_eq!(dates_in(s, &published("2024-03-19")), ["2016-01", "2016-09"]);
        let s = "The race was over in late 2023, after Australia said on 31 October that year that it would not bid.";
        assert_eq!(dates_in(s, &published("2024-12-12")), ["2023-Q4", "2023-10-31"]);
    }

    #[test]
    fn days_later_after_a_month_yields_nothing() {
        assert!(dates_in("Two days later, it ended.", &after("2023-07", None)).is_empty());
    }

    #[test]
    fn a_step_of_days_past_a_coarser_date_counts_from_the_day_before_it() {
        let context = DateContext { previous_day: Some(date("2023-12-20")), ..after("1989", Some("2025-06-01")) };
        assert_eq!(dates_in("The same day the company suspended shipments.", &context), ["2023-12-20"]);
        assert_eq!(dates_in("The following year the rules changed.", &context), ["1990"], "a step of years counts from the year");
        assert_eq!(dates_in("It resigned on 2 January.", &context), ["2024-01-02"], "a yearless day shortly after the day");
        let later_month = DateContext { previous_day: Some(date("2023-12-20")), ..after("2024-03", None) };
        assert!(dates_in("The same day the company suspended shipments.", &later_month).is_empty(), "a day before a later month");
    }

    #[test]
    fn a_month_later_is_the_next_month() {
        assert_eq!(dates_in("A month later, rules came.", &after("2023-07-07", None)), ["2023-08"]);
    }

    #[test]
    fn the_following_day_is_the_next_day() {
        assert_eq!(dates_in("The following day, shares rose.", &after("2023-07-07", None)), ["2023-07-08"]);
    }

    #[test]
    fn the_following_evening_is_the_next_day() {
        assert_eq!(dates_in("He spoke the following evening.", &after("2023-07-07", None)), ["2023-07-08"]);
    }

    #[test]
    fn the_next_week_is_a_span_of_days() {
        let s = "Regulators met the next week.";
        assert_eq!(dates_in(s, &after("2023-07-07", None)), ["2023-07-10..2023-07-16"]);
    }

    #[test]
    fn that_day_is_the_previous_day() {
        assert_eq!(dates_in("Later that day, Ant replied.", &after("2023-07-07", None)), ["2023-07-07"]);
    }

    #[test]
    fn the_following_monday_is_after_the_previous_day() {
        assert_eq!(dates_in("The following Monday, talks began.", &after("2023-07-07", None)), ["2023-07-10"]);
    }

    #[test]
    fn relative_to_previous_needs_a_previous_date() {
        assert!(dates_in("Two days later, it ended.", &published("2023-07-12")).is_empty());
        assert!(dates_in("Several days later, it ended.", &after("2023-07-07", None)).is_empty());
    }
}
