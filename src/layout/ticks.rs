//! Axis ticks that adapt to the zoom: years (every 1, 2, 5 … years),
//! quarters, months, weeks or days, whichever is finest and still readable.

use super::TimeScale;
use crate::format::month_name;
use tideline_model::CivilDate;

/// The unit between axis ticks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TickUnit {
    /// One tick every so many years.
    Years(u32),
    /// One tick per quarter.
    Quarter,
    /// One tick per month.
    Month,
    /// One tick per week, on Mondays.
    Week,
    /// One tick per day.
    Day,
}

impl TickUnit {
    /// Roughly how many days lie between two ticks.
    fn days(self) -> u64 {
        match self {
            TickUnit::Years(n) => 365 * u64::from(n),
            TickUnit::Quarter => 91,
            TickUnit::Month => 30,
            TickUnit::Week => 7,
            TickUnit::Day => 1,
        }
    }
}

/// One labelled tick on the axis.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tick {
    /// Position in per-mille of the width.
    pub permille: u32,
    /// "2021", "Q2", "Mar", "12 Jul", "12".
    pub label: String,
    /// True on the boundary of the next larger unit, drawn stronger.
    pub major: bool,
}

/// The finest tick unit whose ticks are at least `min_spacing_px` apart on an
/// axis `width_px` wide.
pub fn tick_unit(scale: TimeScale, width_px: u32, min_spacing_px: u32) -> TickUnit {
    let days = scale.days().max(1) as u64;
    let fits = |unit: TickUnit| (days / unit.days() + 1) * u64::from(min_spacing_px) <= u64::from(width_px);
    let candidates = [TickUnit::Day, TickUnit::Week, TickUnit::Month, TickUnit::Quarter];
    if let Some(unit) = candidates.into_iter().find(|u| fits(*u)) {
        return unit;
    }
    let years = [1, 2, 5, 10, 20, 50, 100].into_iter().map(TickUnit::Years).find(|u| fits(*u));
    years.unwrap_or(TickUnit::Years(200))
}

fn short_month(month: u32) -> &'static str {
    month_name(month).get(..3).unwrap_or("")
}

/// Ticks inside `scale` at `unit`, each on the first day of its period.
pub fn ticks(scale: TimeScale, unit: TickUnit) -> Vec<Tick> {
    match unit {
        TickUnit::Week | TickUnit::Day => day_ticks(scale, unit == TickUnit::Week),
        TickUnit::Years(n) => month_ticks(scale, 12 * n.max(1) as i32, unit),
        TickUnit::Quarter => month_ticks(scale, 3, unit),
        TickUnit::Month => month_ticks(scale, 1, unit),
    }
}

fn month_ticks(scale: TimeScale, step: i32, unit: TickUnit) -> Vec<Tick> {
    let start = CivilDate::from_day_number(scale.start_day());
    let mut month_index = start.year() * 12 + start.month() as i32 - 1;
    month_index += (step - month_index.rem_euclid(step)) % step;
    let mut out = Vec::new();
    loop {
        let (year, month) = (month_index.div_euclid(12), month_index.rem_euclid(12) as u32 + 1);
        let Ok(day) = CivilDate::new(year, month, 1) else { break };
        let day = day.day_number();
        if day >= scale.end_day() {
            break;
        }
        if day >= scale.start_day() {
            let major = month == 1;
            let label = match unit {
                _ if major => year.to_string(),
                TickUnit::Quarter => format!("Q{}", (month - 1) / 3 + 1),
                _ => short_month(month).to_owned(),
            };
            out.push(Tick { permille: scale.permille(day), label, major });
        }
        month_index += step;
    }
    out
}

fn day_ticks(scale: TimeScale, weekly: bool) -> Vec<Tick> {
    let mut day = scale.start_day();
    if weekly {
        let weekday = CivilDate::from_day_number(day).weekday() as i32;
        day += (7 - weekday) % 7;
    }
    let mut out = Vec::new();
    while day < scale.end_day() {
        let date = CivilDate::from_day_number(day);
        // A month's first day (or first week) carries the month and year.
        let major = date.day() <= if weekly { 7 } else { 1 };
        let label = match (weekly, major) {
            (_, true) => format!("{} {} {}", date.day(), short_month(date.month()), date.year()),
            (true, false) => format!("{} {}", date.day(), short_month(date.month())),
            (false, false) => date.day().to_string(),
        };
        out.push(Tick { permille: scale.permille(day), label, major });
        day += if weekly { 7 } else { 1 };
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> i32 {
        CivilDate::new(y, m, d).unwrap().day_number()
    }

    fn labels(ticks: Vec<Tick>) -> Vec<String> {
        ticks.into_iter().map(|t| t.label).collect()
    }

    #[test]
    fn tick_unit_gets_finer_as_the_axis_gets_wider() {
        let scale = TimeScale::new(day(2020, 1, 1), day(2024, 1, 1));
        assert_eq!(tick_unit(scale, 300, 60), TickUnit::Years(1));
        assert_eq!(tick_unit(scale, 1200, 60), TickUnit::Quarter);
        assert_eq!(tick_unit(scale, 4000, 60), TickUnit::Month);
        assert_eq!(tick_unit(scale, 20_000, 60), TickUnit::Week);
        assert_eq!(tick_unit(scale, 100_000, 60), TickUnit::Day);
    }

    #[test]
    fn wide_windows_skip_years() {
        let scale = TimeScale::new(day(1900, 1, 1), day(2020, 1, 1));
        assert_eq!(tick_unit(scale, 600, 60), TickUnit::Years(20));
        assert_eq!(labels(ticks(scale, TickUnit::Years(20)))[..3], ["1900", "1920", "1940"]);
    }

    #[test]
    fn quarter_ticks_fall_on_quarter_starts_with_years_as_majors() {
        let scale = TimeScale::new(day(2020, 11, 15), day(2021, 8, 1));
        let labels: Vec<_> = ticks(scale, TickUnit::Quarter).into_iter().map(|t| (t.label, t.major)).collect();
        assert_eq!(labels, vec![("2021".into(), true), ("Q2".into(), false), ("Q3".into(), false)]);
    }

    #[test]
    fn month_ticks_use_short_names() {
        let scale = TimeScale::new(day(2020, 11, 15), day(2021, 8, 1));
        let months = labels(ticks(scale, TickUnit::Month));
        assert_eq!(months[..3], ["Dec", "2021", "Feb"]);
        assert_eq!(months.len(), 8);
    }

    #[test]
    fn week_ticks_fall_on_mondays() {
        // 2023-07-12 is a Wednesday; the next Monday is the 17th.
        let scale = TimeScale::new(day(2023, 7, 12), day(2023, 8, 10));
        let weeks = ticks(scale, TickUnit::Week);
        assert_eq!(labels(weeks.clone()), ["17 Jul", "24 Jul", "31 Jul", "7 Aug 2023"]);
        assert!(weeks[3].major && !weeks[0].major);
    }

    #[test]
    fn day_ticks_mark_the_first_of_the_month() {
        let scale = TimeScale::new(day(2023, 7, 30), day(2023, 8, 3));
        assert_eq!(labels(ticks(scale, TickUnit::Day)), ["30", "31", "1 Aug 2023", "2"]);
    }
}
