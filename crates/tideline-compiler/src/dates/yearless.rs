//! Days a text names without a year ("NEW YORK, July 13 (Wire) –", "on
//! Monday, 19 December"), for dating a document that states no full
//! publication date: a weekday fixes the year among the few near the years
//! the text mentions.

use super::calendar::year_on_weekday;
use super::lexicon::{month_number, weekday_number};
use super::rules::expand;
use regex::Regex;
use std::sync::LazyLock;
use tideline_model::{CivilDate, EventDate};

/// A day named without its year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct YearlessDay {
    /// 1..=12.
    pub month: u32,
    /// 1..=31.
    pub day: u32,
    /// 0 = Monday, when the text names it with the day.
    pub weekday: Option<u32>,
}

static YEARLESS: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = r"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:(?P<m1>{MONTH})\s*(?P<d1>[0-9]{1,2}){DAY_SUFFIX}\b|(?P<d2>[0-9]{1,2}){DAY_SUFFIX}\s+{DAY_OF}(?P<m2>{MONTH}))(?P<y>,?\s*{YEAR_OF}[0-9]{4})?";
    Regex::new(&expand(pattern)).expect("valid yearless-day pattern")
});

static WEEKDAY_ALONE: LazyLock<Regex> = LazyLock::new(|| Regex::new(&expand("{WEEKDAY}")).expect("valid weekday pattern"));

/// The days `text` names without a year, in order.
pub fn yearless_days(text: &str) -> Vec<YearlessDay> {
    YEARLESS
        .captures_iter(text)
        .filter(|c| c.name("y").is_none())
        .filter_map(|c| {
            let month = month_number(c.name("m1").or_else(|| c.name("m2"))?.as_str())?;
            let day: u32 = c.name("d1").or_else(|| c.name("d2"))?.as_str().parse().ok()?;
            let weekday = c.name("wd").and_then(|w| weekday_number(w.as_str()));
            (1..=31).contains(&day).then_some(YearlessDay { month, day, weekday })
        })
        .collect()
}

/// The first weekday `text` names ("ruled on Thursday").
pub fn first_weekday(text: &str) -> Option<u32> {
    WEEKDAY_ALONE.find(text).and_then(|m| weekday_number(m.as_str()))
}

/// `day` in the year nearest `guess` where it falls on its weekday (or on
/// `weekday`, the one the text names for it); in `guess` when no weekday is
/// known.
pub fn in_year_near(day: YearlessDay, weekday: Option<u32>, guess: i32) -> Option<EventDate> {
    let year = match day.weekday.or(weekday) {
        Some(wd) => year_on_weekday(day.month, day.day, wd, guess)?,
        None => guess,
    };
    CivilDate::new(year, day.month, day.day).ok().map(EventDate::day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yearless_days_are_found_with_their_weekdays() {
        let days = yearless_days("Ministers agreed on Monday, 19 December, after talks on 22 November 2022 and on July 13.");
        assert_eq!(days, [YearlessDay { month: 12, day: 19, weekday: Some(0) }, YearlessDay { month: 7, day: 13, weekday: None }]);
    }

    #[test]
    fn a_weekday_places_a_yearless_day_in_its_year() {
        let day = YearlessDay { month: 7, day: 13, weekday: None };
        assert_eq!(in_year_near(day, first_weekday("A judge ruled on Thursday that …"), 2021).map(|d| d.to_string()).as_deref(), Some("2023-07-13"));
        assert_eq!(in_year_near(day, None, 2021).map(|d| d.to_string()).as_deref(), Some("2021-07-13"));
    }
}
