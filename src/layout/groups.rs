//! The list view's grouping: filtered events under year and month headings
//! (or their own quarter or year when the text gives no month).

use crate::format::{human_date, month_name};
use tideline_model::{Event, Precision};

/// Consecutive events that share a heading.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListGroup {
    /// The year the events start in.
    pub year: i32,
    /// "July 2023", "Q4 2020" or "2020".
    pub heading: String,
    /// The events, as indexes into the timeline's events.
    pub events: Vec<usize>,
}

fn heading(event: &Event) -> String {
    let start = event.date.start();
    match event.date.precision() {
        Precision::Day => format!("{} {}", month_name(start.month()), start.year()),
        _ => human_date(event.date),
    }
}

/// Groups `matches` (in chronological order) by the period they start in.
pub fn group_by_period(events: &[Event], matches: &[usize]) -> Vec<ListGroup> {
    let mut groups: Vec<ListGroup> = Vec::new();
    for &index in matches {
        let Some(event) = events.get(index) else { continue };
        let heading = heading(event);
        match groups.last_mut() {
            Some(group) if group.heading == heading => group.events.push(index),
            _ => groups.push(ListGroup { year: event.date.start().year(), heading, events: vec![index] }),
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::event_on;
    use tideline_model::{Category, CivilDate, EventDate, Stance};

    #[test]
    fn days_group_under_their_month_and_partial_dates_under_their_period() {
        let on = |date| event_on(0, date, Stance::Neutral, Category::Other);
        let day = |m, d| EventDate::day(CivilDate::new(2023, m, d).unwrap());
        let events =
            [on(EventDate::quarter(2022, 4).unwrap()), on(EventDate::month(2023, 7).unwrap()), on(day(7, 12)), on(day(7, 18)), on(day(8, 1))];
        let groups = group_by_period(&events, &[0, 1, 2, 3, 4]);
        let shape: Vec<_> = groups.iter().map(|g| (g.year, g.heading.as_str(), g.events.len())).collect();
        assert_eq!(shape, [(2022, "Q4 2022", 1), (2023, "July 2023", 3), (2023, "August 2023", 1)]);
    }
}
