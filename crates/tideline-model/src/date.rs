//! Calendar dates at the precision the text supports.
//!
//! A `CivilDate` is a valid proleptic Gregorian day; an `EventDate` is the
//! period a text names (a day, month, quarter or year), stored as its first day
//! plus its precision, so "October 2021" never pretends to be October 1st.

use core::fmt;
use serde::{Deserialize, Serialize};

/// A valid calendar day. Construct with [`CivilDate::new`], which rejects
/// impossible dates such as February 30.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct CivilDate {
    year: i16,
    month: u8,
    day: u8,
}

/// Why a year, month and day do not form a calendar date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// The year is outside the range Tideline represents (1..=9999).
    YearOutOfRange(i32),
    /// The month is not in 1..=12.
    MonthOutOfRange(u32),
    /// The day does not exist in that month (e.g. February 30).
    DayOutOfRange { year: i32, month: u32, day: u32 },
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::YearOutOfRange(y) => write!(f, "year {y} is out of range 1..=9999"),
            DateError::MonthOutOfRange(m) => write!(f, "month {m} does not exist"),
            DateError::DayOutOfRange { year, month, day } => {
                write!(f, "{year}-{month:02} has no day {day}")
            }
        }
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in `month` of `year`.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl CivilDate {
    /// The date `year-month-day`, or why it does not exist.
    pub fn new(year: i32, month: u32, day: u32) -> Result<Self, DateError> {
        if !(1..=9999).contains(&year) {
            return Err(DateError::YearOutOfRange(year));
        }
        if !(1..=12).contains(&month) {
            return Err(DateError::MonthOutOfRange(month));
        }
        if day == 0 || day > days_in_month(year, month) {
            return Err(DateError::DayOutOfRange { year, month, day });
        }
        Ok(CivilDate { year: year as i16, month: month as u8, day: day as u8 })
    }

    /// The calendar year.
    pub fn year(self) -> i32 {
        i32::from(self.year)
    }
    /// The month, 1..=12.
    pub fn month(self) -> u32 {
        u32::from(self.month)
    }
    /// The day of the month, 1..=31.
    pub fn day(self) -> u32 {
        u32::from(self.day)
    }

    /// Days since 1970-01-01 (negative before). Howard Hinnant's
    /// `days_from_civil`, written out so the wasm needs no date crate.
    pub fn day_number(self) -> i32 {
        let (y, m, d) = (self.year() - i32::from(self.month <= 2), self.month(), self.day());
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy as i32;
        era * 146_097 + doe - 719_468
    }

    /// The date `day_number` days after 1970-01-01 (inverse of [`Self::day_number`]).
    pub fn from_day_number(z: i32) -> Self {
        let z = z + 719_468;
        let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i32::from(month <= 2)) as i16;
        CivilDate { year, month, day }
    }

    /// Day of the week, 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday (3).
        (self.day_number() + 3).rem_euclid(7) as u32
    }
}

/// How much of a date the text gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Precision {
    /// A single day.
    Day,
    /// A calendar month.
    Month,
    /// A calendar quarter (three months).
    Quarter,
    /// A calendar year.
    Year,
}

impl Precision {
    /// The lowercase name used in the JSON contract.
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Month => "month",
            Precision::Quarter => "quarter",
            Precision::Year => "year",
        }
    }
}

/// A period named by a text: its first day and its precision. The constructors
/// normalise the first day, so two equal periods always compare equal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct EventDate {
    start: CivilDate,
    precision: Precision,
}

impl EventDate {
    /// A single day.
    pub fn day(date: CivilDate) -> Self {
        EventDate { start: date, precision: Precision::Day }
    }
    /// A whole month; `Err` if the month or year is out of range.
    pub fn month(year: i32, month: u32) -> Result<Self, DateError> {
        Ok(EventDate { start: CivilDate::new(year, month, 1)?, precision: Precision::Month })
    }
    /// A quarter, 1..=4.
    pub fn quarter(year: i32, quarter: u32) -> Result<Self, DateError> {
        if !(1..=4).contains(&quarter) {
            return Err(DateError::MonthOutOfRange(quarter * 3));
        }
        let start = CivilDate::new(year, quarter * 3 - 2, 1)?;
        Ok(EventDate { start, precision: Precision::Quarter })
    }
    /// A whole year.
    pub fn year(year: i32) -> Result<Self, DateError> {
        Ok(EventDate { start: CivilDate::new(year, 1, 1)?, precision: Precision::Year })
    }

    /// The period's first day.
    pub fn start(self) -> CivilDate {
        self.start
    }
    /// How much of the date the text gives.
    pub fn precision(self) -> Precision {
        self.precision
    }

    /// The period's last day.
    pub fn last_day(self) -> CivilDate {
        let (y, m) = (self.start.year(), self.start.month());
        let end_month = match self.precision {
            Precision::Day => return self.start,
            Precision::Month => m,
            Precision::Quarter => m + 2,
            Precision::Year => 12,
        };
        CivilDate { year: y as i16, month: end_month as u8, day: days_in_month(y, end_month) as u8 }
    }

    /// The quarter (1..=4) the period starts in.
    pub fn quarter_number(self) -> u32 {
        (self.start.month() - 1) / 3 + 1
    }

    /// Parses the ISO forms [`Display`](fmt::Display) prints: `2023-07-12`,
    /// `2023-07`, `2023-Q3`, `2023`. `None` for anything else or an
    /// impossible date.
    pub fn parse_iso(text: &str) -> Option<EventDate> {
        let mut parts = text.trim().split('-');
        let year_text = parts.next()?;
        if year_text.len() != 4 || !year_text.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let year: i32 = year_text.parse().ok()?;
        let number =
            |part: &str| -> Option<u32> { (part.len() == 2 && part.bytes().all(|b| b.is_ascii_digit())).then(|| part.parse().ok()).flatten() };
        let date = match (parts.next(), parts.next(), parts.next()) {
            (None, _, _) => EventDate::year(year).ok()?,
            (Some(q), None, _) if q.len() == 2 && q.starts_with('Q') => EventDate::quarter(year, q.get(1..)?.parse().ok()?).ok()?,
            (Some(m), None, _) => EventDate::month(year, number(m)?).ok()?,
            (Some(m), Some(d), None) => EventDate::day(CivilDate::new(year, number(m)?, number(d)?).ok()?),
            _ => return None,
        };
        Some(date)
    }

    /// True when this is a period the constructors could have made: a real
    /// first day that starts its month, quarter or year. A date decoded from
    /// bytes skipped the constructors, and the arithmetic above relies on it.
    pub(crate) fn is_valid(self) -> bool {
        let CivilDate { year, month, day } = self.start;
        let starts_its_period = match self.precision {
            Precision::Day => true,
            Precision::Month => day == 1,
            Precision::Quarter => day == 1 && month % 3 == 1,
            Precision::Year => day == 1 && month == 1,
        };
        (1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && u32::from(day) <= days_in_month(i32::from(year), u32::from(month))
            && starts_its_period
    }

    /// True when `other` lies entirely within this period.
    pub fn contains(self, other: EventDate) -> bool {
        self.start <= other.start && other.last_day() <= self.last_day()
    }
}

impl fmt::Display for EventDate {
    /// ISO 8601 at the date's precision: `2023-07-12`, `2023-07`, `2023-Q3`, `2023`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Widened to i32 and u32, the types printed elsewhere: in the wasm,
        // each integer type printed costs its own formatting code.
        let (year, month, day) = (i32::from(self.start.year), u32::from(self.start.month), u32::from(self.start.day));
        match self.precision {
            Precision::Day => write!(f, "{year:04}-{month:02}-{day:02}"),
            Precision::Month => write!(f, "{year:04}-{month:02}"),
            Precision::Quarter => write!(f, "{year:04}-Q{}", self.quarter_number()),
            Precision::Year => write!(f, "{year:04}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn impossible_days_are_rejected() {
        assert!(CivilDate::new(2021, 2, 29).is_err());
        assert!(CivilDate::new(2020, 2, 29).is_ok());
        assert!(CivilDate::new(2021, 13, 1).is_err());
        assert!(CivilDate::new(2021, 4, 31).is_err());
    }

    #[test]
    fn day_numbers_round_trip_and_know_the_epoch() {
        assert_eq!(CivilDate::new(1970, 1, 1).unwrap().day_number(), 0);
        assert_eq!(CivilDate::new(2023, 7, 12).unwrap().day_number(), 19_550);
        for n in [-800_000, -1, 0, 59, 60, 19_550, 1_000_000] {
            assert_eq!(CivilDate::from_day_number(n).day_number(), n);
        }
    }

    #[test]
    fn weekday_of_a_known_wednesday() {
        assert_eq!(CivilDate::new(2023, 7, 12).unwrap().weekday(), 2);
    }

    #[test]
    fn dates_print_as_iso_at_their_precision() {
        assert_eq!(EventDate::day(CivilDate::new(2023, 7, 12).unwrap()).to_string(), "2023-07-12");
        assert_eq!(EventDate::month(2022, 3).unwrap().to_string(), "2022-03");
        assert_eq!(EventDate::quarter(2020, 4).unwrap().to_string(), "2020-Q4");
        assert_eq!(EventDate::year(2049).unwrap().to_string(), "2049");
    }

    #[test]
    fn iso_text_parses_back_at_its_precision() {
        for text in ["2023-07-12", "2022-03", "2020-Q4", "2049"] {
            assert_eq!(EventDate::parse_iso(text).map(|d| d.to_string()).as_deref(), Some(text));
        }
        for bad in ["2021-02-30", "2021-13", "2021-Q5", "21-01", "2021-1-1", "soon", "2021-01-01-01"] {
            assert_eq!(EventDate::parse_iso(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_quarter_spans_three_months_and_contains_its_days() {
        let q = EventDate::quarter(2022, 4).unwrap();
        assert_eq!(q.last_day(), CivilDate::new(2022, 12, 31).unwrap());
        assert!(q.contains(EventDate::month(2022, 11).unwrap()));
        assert!(!q.contains(EventDate::year(2022).unwrap()));
    }

    #[test]
    fn only_periods_the_constructors_make_are_valid() {
        let day = |year, month, day| CivilDate { year, month, day };
        assert!(EventDate::day(day(2020, 2, 29)).is_valid());
        assert!(!EventDate::day(day(2021, 2, 29)).is_valid());
        assert!(!EventDate::day(day(2021, 0, 1)).is_valid());
        assert!(!EventDate::day(day(0, 1, 1)).is_valid());
        assert!(!EventDate { start: day(2021, 3, 2), precision: Precision::Month }.is_valid());
        assert!(!EventDate { start: day(2021, 2, 1), precision: Precision::Quarter }.is_valid());
        assert!(!EventDate { start: day(2021, 4, 1), precision: Precision::Year }.is_valid());
        for date in [EventDate::month(2021, 3), EventDate::quarter(2021, 4), EventDate::year(2021)] {
            assert!(date.unwrap().is_valid());
        }
    }
}
