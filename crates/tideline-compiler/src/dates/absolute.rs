//! Absolute dates: the text states the year ("July 7, 2023", "7 July 2023",
//! "Sept. 7, 2023", "2023-07-12", "2022-05-19T15:53:00Z", "July 2023",
//! "in 2020", "03/04/2022"). Impossible days become warnings.
//!
//! Whether a bare four-digit number is a year is judged in `year`.

use tideline_model::{CivilDate, EventDate};

use super::lexicon::month_number;
use super::rules::{Found, Hit, Outcome, RuleSpec};
use super::year;

/// The absolute family, longest shapes first.
pub(super) const RULES: &[RuleSpec] = &[
    RuleSpec {
        name: "month_day_year",
        pattern: r"(?:{WEEKDAY},?\s+)?(?P<m>{MONTH})\s*(?P<d>[0-9]{1,2}){DAY_SUFFIX}\b,?\s*(?P<y>[0-9]{4})\b",
        resolve: named_day,
    },
    RuleSpec {
        name: "day_month_year",
        pattern: r"(?:{WEEKDAY},?\s+)?\b(?P<d>[0-9]{1,2}){DAY_SUFFIX}\s+{DAY_OF}(?P<m>{MONTH}),?\s*{YEAR_OF}(?P<y>[0-9]{4})\b",
        resolve: named_day,
    },
    RuleSpec {
        name: "iso_date",
        pattern: r"\b(?P<y>[0-9]{4})-(?P<mo>[0-9]{2})-(?P<d>[0-9]{2})(?:T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?|\b)",
        resolve: numeric_day,
    },
    RuleSpec { name: "iso_month", pattern: r"\b(?P<y>[0-9]{4})-(?P<mo>[0-9]{2})\b", resolve: iso_month },
    RuleSpec { name: "slash_year_month_day", pattern: r"\b(?P<y>[0-9]{4})/(?P<mo>[0-9]{1,2})/(?P<d>[0-9]{1,2})\b", resolve: numeric_day },
    RuleSpec { name: "slash_day_month_year", pattern: r"\b(?P<a>[0-9]{1,2})/(?P<b>[0-9]{1,2})/(?P<y>[0-9]{4})\b", resolve: slash_date },
    RuleSpec { name: "month_year", pattern: r"(?P<m>{MONTH}),?\s+{YEAR_OF}(?P<y>[0-9]{4})\b", resolve: month_year },
    RuleSpec { name: "year_range", pattern: r"\b(?P<y>[0-9]{4})\s?[-–—]\s?(?P<y2>[0-9]{4}|[0-9]{2})\b", resolve: year::year_range },
    RuleSpec { name: "bare_year", pattern: r"\b(?P<y>[0-9]{4})\b", resolve: year::bare_year },
];

/// The day `year-month-day`, or a warning naming why it does not exist.
pub(super) fn checked_day(year: i32, month: u32, day: u32) -> Outcome {
    match CivilDate::new(year, month, day) {
        Ok(date) => Found::absolute(EventDate::day(date)).into(),
        Err(error) => Outcome::Warning(format!("not a real date: {error}")),
    }
}

/// "July 7, 2023", "7 July 2023", "Monday, 28 December 2020".
fn named_day(hit: &Hit<'_>) -> Outcome {
    let parts = (hit.number("y"), hit.text("m").and_then(month_number), hit.number("d"));
    let (Some(year), Some(month), Some(day)) = parts else {
        return Outcome::NotADate;
    };
    checked_day(year as i32, month, day)
}

/// "2023-07-12", "2022-05-19T15:53:00Z", "2023/07/12".
fn numeric_day(hit: &Hit<'_>) -> Outcome {
    let (Some(year), Some(month), Some(day)) = (hit.number("y"), hit.number("mo"), hit.number("d")) else {
        return Outcome::NotADate;
    };
    checked_day(year as i32, month, day)
}

/// "2023-07": a month, or not a date at all when the month does not exist
/// (so "2020-21" can be read as a range of years instead).
fn iso_month(hit: &Hit<'_>) -> Outcome {
    let (Some(year), Some(month)) = (hit.number("y"), hit.number("mo")) else {
        return Outcome::NotADate;
    };
    EventDate::month(year as i32, month).map_or(Outcome::NotADate, |d| Found::absolute(d).into())
}

/// "03/04/2022". Day/month when the first number exceeds 12, month/day when
/// the second does; when both readings are possible and differ, only the year
/// (which both agree on) is kept, with a warning. A day is never guessed.
fn slash_date(hit: &Hit<'_>) -> Outcome {
    let (Some(a), Some(b), Some(year)) = (hit.number("a"), hit.number("b"), hit.number("y")) else {
        return Outcome::NotADate;
    };
    let year = year as i32;
    match (a > 12, b > 12) {
        (true, true) => Outcome::Warning(format!("{a}/{b}/{year} has no month")),
        (true, false) => checked_day(year, b, a),
        (false, true) => checked_day(year, a, b),
        (false, false) if a == b => checked_day(year, a, b),
        (false, false) => EventDate::year(year).map_or(Outcome::NotADate, |d| {
            let caveat = format!("{a}/{b}/{year} may be day/month or month/day; only the year is kept");
            Found::absolute(d).with_caveat(caveat).into()
        }),
    }
}

/// "July 2023", "Sept. 2023".
fn month_year(hit: &Hit<'_>) -> Outcome {
    let (Some(year), Some(month)) = (hit.number("y"), hit.text("m").and_then(month_number)) else {
        return Outcome::NotADate;
    };
    EventDate::month(year as i32, month).map_or(Outcome::NotADate, |d| Found::absolute(d).into())
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;

    #[test]
    fn month_day_year_is_a_day() {
        assert_eq!(dates_in("Fines came on July 7, 2023.", &nothing()), ["2023-07-07"]);
        assert_eq!(dates_in("It fell on Sept. 7, 2023.", &nothing()), ["2023-09-07"]);
        assert_eq!(dates_in("It fell on Sep 7 2023.", &nothing()), ["2023-09-07"]);
        assert_eq!(dates_in("It fell on Sept 7, 2023.", &nothing()), ["2023-09-07"]);
    }

    #[test]
    fn day_month_year_is_a_day() {
        assert_eq!(dates_in("Signed on 7 July 2023 in Hangzhou.", &nothing()), ["2023-07-07"]);
        assert_eq!(dates_in("Signed on the 7th of July, 2023.", &nothing()), ["2023-07-07"]);
    }

    #[test]
    fn a_leading_weekday_belongs_to_the_date() {
        assert_eq!(spans_in("Monday, 28 December 2020", &nothing()), ["Monday, 28 December 2020"]);
    }

    #[test]
    fn iso_dates_and_datetimes_are_days() {
        assert_eq!(dates_in("Posted: 2023-07-12", &nothing()), ["2023-07-12"]);
        let s = "date: 2022-05-19T15:53:00.000Z";
        assert_eq!(dates_in(s, &nothing()), ["2022-05-19"]);
        assert_eq!(spans_in(s, &nothing()), ["2022-05-19T15:53:00.000Z"]);
    }

    #[test]
    fn iso_year_month_is_a_month() {
        assert_eq!(dates_in("Report 2023-07 is out.", &nothing()), ["2023-07"]);
    }

    #[test]
    fn impossible_dates_are_warnings_not_mentions() {
        for s in ["It happened on February 30, 2021.", "Logged 2021-13-45 by mistake.", "On 31/02/2022 nothing."] {
            assert_eq!(dates_in(s, &nothing()), Vec::<String>::new(), "{s}");
            assert_eq!(warnings_in(s, &nothing()), 1, "{s}");
        }
    }

    #[test]
    fn slash_dates_read_day_first_when_the_first_number_exceeds_twelve() {
        assert_eq!(dates_in("Filed 25/04/2022.", &nothing()), ["2022-04-25"]);
        assert_eq!(dates_in("Filed 04/25/2022.", &nothing()), ["2022-04-25"]);
    }

    #[test]
    fn ambiguous_slash_dates_keep_only_the_year() {
        assert_eq!(dates_in("Filed 03/04/2022.", &nothing()), ["2022"]);
        assert_eq!(warnings_in("Filed 03/04/2022.", &nothing()), 1);
        assert_eq!(dates_in("Filed 05/05/2022.", &nothing()), ["2022-05-05"]);
    }

    #[test]
    fn month_and_year_is_a_month() {
        assert_eq!(dates_in("The IPO was shelved in November 2020.", &nothing()), ["2020-11"]);
        assert_eq!(dates_in("Rules from March 2022 apply.", &nothing()), ["2022-03"]);
    }
}
