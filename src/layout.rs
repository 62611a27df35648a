//! Pure geometry: events and a time window → marker positions, rows and axis
//! ticks, in per-mille of the axis width so the view needs no float formatting.

use crate::format::month_name;
use tideline_model::{CivilDate, Event, EventDate};

/// A visible time window, in day numbers (days since 1970-01-01), end exclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimeScale {
    start_day: i32,
    end_day: i32,
}

fn first_day(date: EventDate) -> i32 {
    date.start().day_number()
}

fn after_last_day(event: &Event) -> i32 {
    event.end.unwrap_or(event.date).last_day().day_number() + 1
}

impl TimeScale {
    /// A window from `start_day` to `end_day` (exclusive); at least one day wide.
    pub fn new(start_day: i32, end_day: i32) -> Self {
        TimeScale { start_day, end_day: end_day.max(start_day + 1) }
    }

    /// A window that shows every event with a small margin on both sides, or
    /// `None` when there are no events.
    pub fn fit<'a>(events: impl IntoIterator<Item = &'a Event>) -> Option<Self> {
        let (mut lo, mut hi) = (i32::MAX, i32::MIN);
        for event in events {
            lo = lo.min(first_day(event.date));
            hi = hi.max(after_last_day(event));
        }
        if lo > hi {
            return None;
        }
        let margin = ((hi - lo) / 40).max(15);
        Some(TimeScale::new(lo - margin, hi + margin))
    }

    /// First visible day.
    pub fn start_day(self) -> i32 {
        self.start_day
    }
    /// Day after the last visible day.
    pub fn end_day(self) -> i32 {
        self.end_day
    }

    /// Position of `day` in per-mille of the width, clamped to the window.
    pub fn permille(self, day: i32) -> u32 {
        let span = i64::from(self.end_day - self.start_day);
        let offset = i64::from(day.clamp(self.start_day, self.end_day) - self.start_day);
        (offset * 1000 / span) as u32
    }
}

/// The unit between axis ticks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TickUnit {
    /// One tick per year.
    Year,
    /// One tick per quarter.
    Quarter,
    /// One tick per month.
    Month,
}

impl TickUnit {
    fn months(self) -> u32 {
        match self {
            TickUnit::Year => 12,
            TickUnit::Quarter => 3,
            TickUnit::Month => 1,
        }
    }
}

/// One labelled tick on the axis.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tick {
    /// Position in per-mille of the width.
    pub permille: u32,
    /// "2021", "Q2", "Mar".
    pub label: String,
    /// True on year boundaries, drawn stronger.
    pub major: bool,
}

/// The finest tick unit whose ticks are at least `min_spacing_px` apart on an
/// axis `width_px` wide.
pub fn tick_unit(scale: TimeScale, width_px: u32, min_spacing_px: u32) -> TickUnit {
    let days = (scale.end_day - scale.start_day) as u64;
    for unit in [TickUnit::Month, TickUnit::Quarter] {
        let count = days * 12 / (365 * u64::from(unit.months())) + 1;
        if count * u64::from(min_spacing_px) <= u64::from(width_px) {
            return unit;
        }
    }
    TickUnit::Year
}

/// Ticks inside `scale` at `unit`, each on the first day of its period.
pub fn ticks(scale: TimeScale, unit: TickUnit) -> Vec<Tick> {
    let start = CivilDate::from_day_number(scale.start_day);
    let step = unit.months() as i32;
    let mut month_index = start.year() * 12 + start.month() as i32 - 1;
    month_index += (step - month_index.rem_euclid(step)) % step;
    let mut out = Vec::new();
    loop {
        let (year, month) = (month_index.div_euclid(12), month_index.rem_euclid(12) as u32 + 1);
        let Ok(day) = CivilDate::new(year, month, 1) else { break };
        let day = day.day_number();
        if day >= scale.end_day {
            break;
        }
        if day >= scale.start_day {
            let major = month == 1;
            let label = match unit {
                _ if major => year.to_string(),
                TickUnit::Quarter => format!("Q{}", (month - 1) / 3 + 1),
                _ => month_name(month)[..3].to_owned(),
            };
            out.push(Tick { permille: scale.permille(day), label, major });
        }
        month_index += step;
    }
    out
}

/// Where one event is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Marker {
    /// Index into the timeline's events.
    pub event: usize,
    /// Left edge in per-mille of the width.
    pub left: u32,
    /// Width in per-mille: the period the date covers (a day is a point).
    pub width: u32,
    /// Row, 0 at the top, chosen so markers do not overlap.
    pub row: u32,
}

/// Places the events `matches` (indexes into `events`) on `scale`: each covers
/// the period its date names, and goes in the first row where it does not
/// overlap the previous marker (at least `min_gap` per-mille apart).
pub fn place_markers(events: &[Event], matches: &[usize], scale: TimeScale, min_gap: u32) -> Vec<Marker> {
    let mut row_ends: Vec<u32> = Vec::new();
    let mut markers = Vec::with_capacity(matches.len());
    for &index in matches {
        let Some(event) = events.get(index) else { continue };
        let left = scale.permille(first_day(event.date));
        let right = scale.permille(after_last_day(event));
        let width = right.saturating_sub(left);
        let occupied_to = left + width.max(min_gap);
        let row = match row_ends.iter().position(|&end| end <= left) {
            Some(row) => row,
            None => {
                row_ends.push(0);
                row_ends.len() - 1
            }
        };
        row_ends[row] = occupied_to;
        markers.push(Marker { event: index, left, width, row: row as u32 });
    }
    markers
}

#[cfg(test)]
mod tests {
    use super::*;
    use tideline_model::*;

    fn day(y: i32, m: u32, d: u32) -> i32 {
        CivilDate::new(y, m, d).unwrap().day_number()
    }

    fn event_on(date: EventDate) -> Event {
        Event {
            id: EventId(0),
            kind: EventKind::Event,
            date,
            end: None,
            stance: Stance::Neutral,
            category: Category::Other,
            summary: String::new(),
            actors: vec![],
            amounts: vec![],
            sources: vec![],
            cues: vec![],
            origin: Origin::Extracted,
        }
    }

    #[test]
    fn positions_are_per_mille_and_clamped() {
        let scale = TimeScale::new(day(2020, 1, 1), day(2021, 1, 1));
        assert_eq!(scale.permille(day(2020, 1, 1)), 0);
        assert_eq!(scale.permille(day(2021, 1, 1)), 1000);
        assert_eq!(scale.permille(day(2019, 5, 1)), 0);
        assert_eq!(scale.permille(day(2020, 7, 2)), 500);
    }

    #[test]
    fn fitting_covers_every_event_with_a_margin() {
        let events = [event_on(EventDate::year(2020).unwrap()), event_on(EventDate::month(2023, 7).unwrap())];
        let scale = TimeScale::fit(&events).unwrap();
        assert!(scale.start_day() < day(2020, 1, 1));
        assert!(scale.end_day() > day(2023, 7, 31));
        assert_eq!(TimeScale::fit(&[]), None);
    }

    #[test]
    fn tick_unit_gets_finer_as_the_axis_gets_wider() {
        let scale = TimeScale::new(day(2020, 1, 1), day(2024, 1, 1));
        assert_eq!(tick_unit(scale, 300, 60), TickUnit::Year);
        assert_eq!(tick_unit(scale, 1200, 60), TickUnit::Quarter);
        assert_eq!(tick_unit(scale, 4000, 60), TickUnit::Month);
    }

    #[test]
    fn ticks_fall_on_period_starts_with_years_as_majors() {
        let scale = TimeScale::new(day(2020, 11, 15), day(2021, 8, 1));
        let labels: Vec<_> = ticks(scale, TickUnit::Quarter).into_iter().map(|t| (t.label, t.major)).collect();
        assert_eq!(labels, vec![("2021".into(), true), ("Q2".into(), false), ("Q3".into(), false)]);
        let months = ticks(scale, TickUnit::Month);
        assert_eq!(months.first().map(|t| t.label.as_str()), Some("Dec"));
        assert_eq!(months.len(), 8);
    }

    #[test]
    fn partial_dates_span_their_period_and_overlaps_take_new_rows() {
        let events = [
            event_on(EventDate::year(2020).unwrap()),
            event_on(EventDate::month(2020, 6).unwrap()),
            event_on(EventDate::day(CivilDate::new(2021, 6, 1).unwrap())),
        ];
        let scale = TimeScale::new(day(2020, 1, 1), day(2022, 1, 1));
        let markers = place_markers(&events, &[0, 1, 2], scale, 10);
        assert_eq!(markers[0].left, 0);
        assert!(markers[0].width > 490 && markers[0].width < 510, "a year is half of two years");
        assert_eq!(markers[1].row, 1, "June 2020 lies inside 2020: new row");
        assert_eq!(markers[2].row, 0, "June 2021 is clear of 2020: first row");
        assert_eq!(markers[2].width, 1);
    }
}
