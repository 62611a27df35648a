//! Pure geometry: events and a time window → marker positions, rows, ticks,
//! lanes, clusters and density bins, in per-mille of the axis width so the
//! view needs no float formatting. Nothing here touches the DOM.

mod clusters;
mod groups;
mod histogram;
mod labels;
mod lanes;
mod ticks;

pub use clusters::{bucket_overflow, cluster_points, headline_event, Cluster};
pub use groups::{group_by_period, ListGroup};
pub use histogram::{density_bins, Bin};
pub use labels::{stack_labels, text_width, LabelRequest, LabelRoom, Placement};
pub use lanes::{split_into_lanes, Lane};
pub use ticks::{tick_unit, ticks, Tick, TickUnit};

use tideline_model::{Event, EventDate, EventKind};

/// The narrowest window the axis zooms to, in days.
pub const MIN_WINDOW_DAYS: i32 = 7;
/// The widest window the axis zooms out to, in days (about 300 years).
pub const MAX_WINDOW_DAYS: i32 = 110_000;

/// A visible time window, in day numbers (days since 1970-01-01), end exclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimeScale {
    start_day: i32,
    end_day: i32,
}

/// The first day an event covers, as a day number.
pub fn first_day(date: EventDate) -> i32 {
    date.start().day_number()
}

/// The day after the last day an event (or its span) covers.
pub fn after_last_day(event: &Event) -> i32 {
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

    /// The window a reader starts with: every event that happened, so a plan
    /// for decades ahead ("by 2049") does not squeeze the story into a corner;
    /// plans stay reachable by panning and on the overview. All events when
    /// none has happened yet.
    pub fn fit_story(events: &[Event]) -> Option<Self> {
        let happened = || events.iter().filter(|e| e.kind == EventKind::Event);
        match happened().next() {
            Some(_) => TimeScale::fit(happened()),
            None => TimeScale::fit(events),
        }
    }

    /// First visible day.
    pub fn start_day(self) -> i32 {
        self.start_day
    }
    /// Day after the last visible day.
    pub fn end_day(self) -> i32 {
        self.end_day
    }

    /// Days in the window.
    pub fn days(self) -> i32 {
        self.end_day - self.start_day
    }

    /// The day at `permille` of the width (may lie outside for values > 1000).
    pub fn day_at(self, permille: i32) -> i32 {
        self.start_day + (i64::from(self.days()) * i64::from(permille) / 1000) as i32
    }

    /// The window scaled by `factor_permille` (500 shows half as many days)
    /// around the day at `anchor_permille`, which stays where it is. The width
    /// is kept between [`MIN_WINDOW_DAYS`] and [`MAX_WINDOW_DAYS`].
    pub fn zoom(self, factor_permille: u32, anchor_permille: u32) -> Self {
        let anchor = self.day_at(anchor_permille.min(1000) as i32);
        let days = (i64::from(self.days()) * i64::from(factor_permille) / 1000) as i32;
        let days = days.clamp(MIN_WINDOW_DAYS, MAX_WINDOW_DAYS);
        let start = anchor - (i64::from(days) * i64::from(anchor_permille.min(1000)) / 1000) as i32;
        TimeScale::new(start, start + days)
    }

    /// The window narrowed or widened about its middle to lie between
    /// [`MIN_WINDOW_DAYS`] and [`MAX_WINDOW_DAYS`]: a window from a link or
    /// the JS API cannot ask the axis for more than the zoom buttons can.
    pub fn clamped(self) -> (i32, i32) {
        let days = self.days().clamp(MIN_WINDOW_DAYS, MAX_WINDOW_DAYS);
        let middle = self.start_day + self.days() / 2;
        let start = middle - days / 2;
        (start, start + days)
    }

    /// The window moved by `permille` of its width (positive moves later).
    pub fn pan(self, permille: i32) -> Self {
        let shift = (i64::from(self.days()) * i64::from(permille) / 1000) as i32;
        TimeScale::new(self.start_day + shift, self.end_day + shift)
    }

    /// The window moved, same width, so that days `first..after_last` lie in
    /// its middle four fifths: itself when they already do, else centred on
    /// them (at their start when they are wider than the window). The guided
    /// mode follows each event this way.
    pub fn follow(self, first: i32, after_last: i32) -> Self {
        let days = self.days();
        let margin = days / 10;
        if first >= self.start_day + margin && after_last <= self.end_day - margin {
            return self;
        }
        let start = if after_last - first >= days - 2 * margin { first - margin } else { first - (days - (after_last - first)) / 2 };
        TimeScale::new(start, start + days)
    }

    /// Position of `day` in per-mille of the width, clamped to the window.
    pub fn permille(self, day: i32) -> u32 {
        let span = i64::from(self.end_day - self.start_day);
        let offset = i64::from(day.clamp(self.start_day, self.end_day) - self.start_day);
        (offset * 1000 / span) as u32
    }
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
    let mut rows = RowPacker::default();
    let mut markers = Vec::with_capacity(matches.len());
    for &index in matches {
        let Some(event) = events.get(index) else { continue };
        let left = scale.permille(first_day(event.date));
        let right = scale.permille(after_last_day(event));
        let width = right.saturating_sub(left);
        let row = rows.place(left, width.max(min_gap));
        markers.push(Marker { event: index, left, width, row });
    }
    markers
}

/// Puts spans, taken left to right, into the first row where they fit.
#[derive(Debug, Default)]
pub struct RowPacker {
    row_ends: Vec<u32>,
}

impl RowPacker {
    /// The row for a span at `left` occupying `width` per-mille.
    pub fn place(&mut self, left: u32, width: u32) -> u32 {
        self.place_within(left, width, u32::MAX).unwrap_or_default()
    }

    /// Like [`RowPacker::place`] with at most `max_rows` rows: `None` when
    /// the span fits in none of them (the axis then counts it instead).
    pub fn place_within(&mut self, left: u32, width: u32, max_rows: u32) -> Option<u32> {
        let row = match self.row_ends.iter().position(|&end| end <= left) {
            Some(row) => row,
            None if self.row_ends.len() < max_rows as usize => {
                self.row_ends.push(0);
                self.row_ends.len() - 1
            }
            None => return None,
        };
        self.row_ends[row] = left + width;
        Some(row as u32)
    }

    /// How many rows are in use (at least one).
    pub fn rows(&self) -> u32 {
        (self.row_ends.len() as u32).max(1)
    }
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
    fn zooming_keeps_the_anchor_day_in_place_and_respects_limits() {
        let scale = TimeScale::new(day(2020, 1, 1), day(2022, 1, 1));
        let zoomed = scale.zoom(500, 250);
        assert_eq!(zoomed.days(), scale.days() / 2);
        assert_eq!(zoomed.day_at(250), scale.day_at(250));
        assert_eq!(scale.zoom(1, 500).days(), MIN_WINDOW_DAYS);
        assert_eq!(scale.zoom(1_000_000, 500).days(), MAX_WINDOW_DAYS);
    }

    #[test]
    fn panning_moves_by_a_share_of_the_width() {
        let scale = TimeScale::new(0, 1000);
        assert_eq!(scale.pan(100), TimeScale::new(100, 1100));
        assert_eq!(scale.pan(-250), TimeScale::new(-250, 750));
    }

    #[test]
    fn following_moves_the_window_only_when_the_event_is_near_or_past_an_edge() {
        let scale = TimeScale::new(0, 1000);
        assert_eq!(scale.follow(400, 410), scale, "already in the middle");
        assert_eq!(scale.follow(2000, 2010), TimeScale::new(1505, 2505), "centred on it");
        assert_eq!(scale.follow(-50, -40), TimeScale::new(-545, 455));
        assert_eq!(scale.follow(5000, 7000), TimeScale::new(4900, 5900), "wider than the window: its start");
        assert_eq!(scale.follow(2000, 2010).days(), scale.days());
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
    fn the_story_window_leaves_out_far_plans_unless_only_plans_exist() {
        let mut plan = event_on(EventDate::year(2049).unwrap());
        plan.kind = EventKind::Plan;
        let events = [event_on(EventDate::year(2020).unwrap()), plan.clone()];
        let story = TimeScale::fit_story(&events).unwrap();
        assert!(story.end_day() < day(2022, 1, 1));
        assert_eq!(TimeScale::fit_story(&[plan.clone()]), TimeScale::fit(&[plan]));
    }

    #[test]
    fn a_row_limit_turns_away_what_fits_in_no_row() {
        let mut rows = RowPacker::default();
        assert_eq!(rows.place_within(0, 100, 2), Some(0));
        assert_eq!(rows.place_within(50, 100, 2), Some(1));
        assert_eq!(rows.place_within(60, 100, 2), None, "both rows are busy at 60");
        assert_eq!(rows.place_within(100, 10, 2), Some(0), "row 0 is free again at 100");
        assert_eq!(rows.rows(), 2);
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
