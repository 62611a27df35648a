//! Calendar arithmetic the resolvers share: stepping by days, weeks and months,
//! finding a weekday near a day, coarsening a date, and choosing the year of a
//! date the text gives without one. Pure functions over the model's types.

use tideline_model::{CivilDate, EventDate, Precision};

/// Where to look for a weekday relative to an anchor day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Direction {
    /// The anchor itself or the latest one before it ("on Wednesday", past tense).
    OnOrBefore,
    /// The anchor itself or the first one after it ("on Wednesday", future tense).
    OnOrAfter,
    /// Strictly before the anchor ("last Wednesday").
    Before,
    /// Strictly after the anchor ("next Wednesday", "the following Wednesday").
    After,
}

/// The day `days` after `date` (before it when negative).
pub(super) fn add_days(date: CivilDate, days: i32) -> CivilDate {
    CivilDate::from_day_number(date.day_number() + days)
}

/// The weekday (0 = Monday) nearest `anchor` in `direction`.
pub(super) fn weekday_near(anchor: CivilDate, weekday: u32, direction: Direction) -> CivilDate {
    let (a, w) = (anchor.weekday() as i32, weekday as i32);
    let back = (a - w).rem_euclid(7);
    let ahead = (w - a).rem_euclid(7);
    let offset = match direction {
        Direction::OnOrBefore => -back,
        Direction::OnOrAfter => ahead,
        Direction::Before if back == 0 => -7,
        Direction::Before => -back,
        Direction::After if ahead == 0 => 7,
        Direction::After => ahead,
    };
    add_days(anchor, offset)
}

/// The year and month `months` after `year-month`.
pub(super) fn shift_month(year: i32, month: u32, months: i32) -> (i32, u32) {
    let index = year * 12 + month as i32 - 1 + months;
    (index.div_euclid(12), index.rem_euclid(12) as u32 + 1)
}

/// Monday and Sunday of the week `weeks` after the week containing `day`,
/// as day-precision dates (a week is a span, never one day).
pub(super) fn week_of(day: CivilDate, weeks: i32) -> (EventDate, EventDate) {
    let monday = add_days(day, -(day.weekday() as i32) + 7 * weeks);
    (EventDate::day(monday), EventDate::day(add_days(monday, 6)))
}

/// `date` at `precision` when that is coarser; unchanged otherwise.
pub(super) fn coarsen(date: EventDate, precision: Precision) -> EventDate {
    if date.precision() >= precision {
        return date;
    }
    let start = date.start();
    let coarser = match precision {
        Precision::Day => Ok(date),
        Precision::Month => EventDate::month(start.year(), start.month()),
        Precision::Quarter => EventDate::quarter(start.year(), (start.month() - 1) / 3 + 1),
        Precision::Year => EventDate::year(start.year()),
    };
    coarser.unwrap_or(date)
}

/// The period `amount` units of `precision` after `date` (before when
/// negative), at that precision; `None` when `date` is coarser than the unit,
/// since stepping would invent detail.
pub(super) fn step(date: EventDate, precision: Precision, amount: i32) -> Option<EventDate> {
    if date.precision() > precision {
        return None;
    }
    let start = date.start();
    match precision {
        Precision::Day => Some(EventDate::day(add_days(start, amount))),
        Precision::Month => {
            let (y, m) = shift_month(start.year(), start.month(), amount);
            EventDate::month(y, m).ok()
        }
        Precision::Quarter => {
            let (y, m) = shift_month(start.year(), start.month(), amount * 3);
            EventDate::quarter(y, (m - 1) / 3 + 1).ok()
        }
        Precision::Year => EventDate::year(start.year() + amount).ok(),
    }
}

/// The year of a yearless month: the latest such month not after the
/// publication (or, for text about the future, the first not before it).
/// A year-precision publication simply lends its year.
pub(super) fn year_for_month(month: u32, published: EventDate, future: bool) -> i32 {
    let year = published.start().year();
    if published.precision() == Precision::Year {
        return year;
    }
    if future {
        let first = published.start().month();
        if month >= first {
            year
        } else {
            year + 1
        }
    } else {
        let last = published.last_day().month();
        if month <= last {
            year
        } else {
            year - 1
        }
    }
}

/// How far after the publication a yearless past day may fall before it is
/// taken to mean the previous year (reports often trail a little).
const PAST_DAY_SLACK: i32 = 30;

/// The year of a yearless day ("On 10 January"): the publication's year,
/// unless that puts a past event more than a month after publication (then
/// the year before), or a future one before publication (then the year after).
pub(super) fn year_for_day(month: u32, day: u32, published: EventDate, future: bool) -> i32 {
    let year = published.start().year();
    if published.precision() == Precision::Year {
        return year;
    }
    // February 29 in a common year is judged as the 28th; the caller rejects it.
    let Ok(candidate) = CivilDate::new(year, month, day).or_else(|_| CivilDate::new(year, month, 28)) else {
        return year;
    };
    if future {
        if candidate < published.start() {
            year + 1
        } else {
            year
        }
    } else if candidate.day_number() > published.last_day().day_number() + PAST_DAY_SLACK {
        year - 1
    } else {
        year
    }
}

/// How many days after the paragraph's previous date a day named without a
/// year may fall and still be read in that date's year ("… on 31 March
/// 2023. Four weeks later, on 28 April, …").
const NARRATIVE_DAYS: i32 = 120;

/// The year of `month`-`day` named without one, from the date the paragraph
/// gave before it: the year in which it falls shortly after that date, if
/// that date names a day (a month is more often background: "ever since
/// the IPO was shelved in November 2020").
pub(super) fn year_after_previous(month: u32, day: u32, previous: EventDate) -> Option<i32> {
    if previous.precision() != Precision::Day {
        return None;
    }
    let from = previous.start();
    [from.year(), from.year() + 1]
        .into_iter()
        .find(|&year| CivilDate::new(year, month, day).is_ok_and(|d| (0..=NARRATIVE_DAYS).contains(&(d.day_number() - from.day_number()))))
}

/// How far from its first guess the year of a day named with its weekday is
/// looked for ("Friday, 10 March" fits 2023 and 2017).
const WEEKDAY_YEARS: i32 = 6;

/// The year nearest `guess` (earlier on a tie) in which `month`-`day` falls
/// on `weekday` (0 = Monday), if one does within a few years.
pub(super) fn year_on_weekday(month: u32, day: u32, weekday: u32, guess: i32) -> Option<i32> {
    (0..=WEEKDAY_YEARS)
        .flat_map(|d| [guess - d, guess + d])
        .find(|&year| CivilDate::new(year, month, day).is_ok_and(|date| date.weekday() == weekday))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_named_weekday_fixes_the_year_of_a_yearless_day() {
        // 10 March 2023 was a Friday; 10 March 2024 a Sunday.
        assert_eq!(year_on_weekday(3, 10, 4, 2024), Some(2023));
        assert_eq!(year_on_weekday(12, 19, 0, 2023), Some(2022), "Monday 19 December");
    }

    #[test]
    fn a_yearless_day_shortly_after_the_previous_date_takes_its_year() {
        let previous = EventDate::day(CivilDate::new(2023, 3, 31).unwrap());
        assert_eq!(year_after_previous(4, 28, previous), Some(2023));
        let december = EventDate::day(CivilDate::new(2021, 12, 20).unwrap());
        assert_eq!(year_after_previous(1, 5, december), Some(2022));
        assert_eq!(year_after_previous(9, 18, EventDate::year(2008).unwrap()), None, "a year says too little");
        assert_eq!(year_after_previous(1, 10, EventDate::month(2020, 11).unwrap()), None, "so does a month");
        assert_eq!(year_after_previous(11, 2, previous), None, "too long after");
    }

    fn day(y: i32, m: u32, d: u32) -> CivilDate {
        CivilDate::new(y, m, d).unwrap()
    }

    #[test]
    fn weekday_on_or_before_includes_the_anchor_day() {
        let wednesday = day(2023, 7, 12);
        assert_eq!(weekday_near(wednesday, 2, Direction::OnOrBefore), wednesday);
        assert_eq!(weekday_near(wednesday, 4, Direction::OnOrBefore), day(2023, 7, 7));
        assert_eq!(weekday_near(wednesday, 2, Direction::Before), day(2023, 7, 5));
        assert_eq!(weekday_near(wednesday, 2, Direction::After), day(2023, 7, 19));
        assert_eq!(weekday_near(wednesday, 4, Direction::OnOrAfter), day(2023, 7, 14));
    }

    #[test]
    fn months_shift_across_year_ends() {
        assert_eq!(shift_month(2023, 1, -1), (2022, 12));
        assert_eq!(shift_month(2021, 7, 5), (2021, 12));
        assert_eq!(shift_month(2021, 12, 1), (2022, 1));
    }

    #[test]
    fn a_week_runs_monday_to_sunday() {
        let (monday, sunday) = week_of(day(2023, 7, 12), -1);
        assert_eq!(monday, EventDate::day(day(2023, 7, 3)));
        assert_eq!(sunday, EventDate::day(day(2023, 7, 9)));
    }

    #[test]
    fn coarsening_never_makes_a_date_finer() {
        let d = EventDate::day(day(2023, 7, 12));
        assert_eq!(coarsen(d, Precision::Month), EventDate::month(2023, 7).unwrap());
        let y = EventDate::year(2023).unwrap();
        assert_eq!(coarsen(y, Precision::Month), y);
    }

    #[test]
    fn stepping_refuses_to_invent_detail() {
        let m = EventDate::month(2023, 7).unwrap();
        assert_eq!(step(m, Precision::Day, 2), None);
        assert_eq!(step(m, Precision::Month, 6), EventDate::month(2024, 1).ok());
    }

    #[test]
    fn yearless_month_is_the_latest_one_not_after_publication() {
        let published = EventDate::month(2023, 1).unwrap();
        assert_eq!(year_for_month(10, published, false), 2022);
        assert_eq!(year_for_month(1, published, false), 2023);
        assert_eq!(year_for_month(3, published, true), 2023);
    }

    #[test]
    fn yearless_day_far_after_publication_belongs_to_the_previous_year() {
        let published = EventDate::month(2023, 1).unwrap();
        assert_eq!(year_for_day(12, 18, published, false), 2022);
        assert_eq!(year_for_day(1, 10, published, false), 2023);
        assert_eq!(year_for_day(2, 20, published, false), 2023);
    }
}
