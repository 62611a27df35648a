//! The horizontal time axis: lanes with their labels, one marker per event
//! (partial dates and spans as bars, plans hollow), counted badges where
//! points crowd, and adaptive ticks — all placed by `layout`. A lane has at
//! most `MAX_ROWS` rows; what finds no row is counted in badges on one more
//! row, so the DOM stays the same size at any number of events.

use super::dom::{append, clear, element, set_attr};
use super::paint;
use crate::format::human_span;
use crate::layout::{bucket_overflow, cluster_points, split_into_lanes, tick_unit, ticks, Cluster, RowPacker, TimeScale};
use crate::state::{Lanes, ViewState};
use tideline_model::{Event, EventKind, QueryEngine};
use web_sys::Element;

const ROW_HEIGHT_PX: u32 = 18;
const MIN_TICK_SPACING_PX: u32 = 64;
/// Point markers closer than this many pixels may form a cluster…
const CLUSTER_GAP_PX: u32 = 10;
/// …when at least this many of them crowd together.
const CLUSTER_MIN_SIZE: usize = 3;
/// Rows of markers a lane shows before it counts the rest.
const MAX_ROWS: u32 = 10;
/// Width of the stretch one overflow badge counts.
const OVERFLOW_BUCKET_PX: u32 = 40;

/// What the axis keeps between renders: its lanes and their marks (see
/// `paint.js`'s `Marks`), and the tick scale.
pub(crate) struct AxisMarks {
    marks: paint::Marks,
    ticks: Element,
}

/// Fills `axis` with an empty lanes container and tick scale.
pub(crate) fn build(axis: &Element) -> AxisMarks {
    let marks = paint::Marks::new(axis);
    let ticks = element("div", "tl-ticks");
    set_attr(&ticks, "aria-hidden", "true");
    append(axis, &ticks);
    AxisMarks { marks, ticks }
}

/// Redraws the axis, `width` pixels wide (see `resize`), for the events
/// `matches` in the window `scale`. An event's marker drawn last time is
/// moved, not rebuilt.
pub(crate) fn render(axis: &AxisMarks, width: u32, engine: &QueryEngine, matches: &[usize], scale: TimeScale, state: &ViewState) {
    let marks = &axis.marks;
    let timeline = engine.timeline();
    // First day and the day after the last, from the engine's columns.
    let days = |index: usize| engine.day_span(index).map_or((0, 0), |(first, last)| (first, last + 1));
    let per_px = |px: u32| (px * 1000 / width).max(1);
    marks.begin();
    for lane in split_into_lanes(timeline, matches, state.lanes) {
        marks.lane(&if state.lanes == Lanes::One { String::new() } else { lane.label.replace('_', " ") });
        // Wide spans keep their own bars; points may gather into clusters.
        let mut points = Vec::new();
        let mut spans: Vec<(u32, u32, Cluster)> = Vec::new();
        for &index in &lane.events {
            let (first, after_last) = days(index);
            if after_last <= scale.start_day() || first >= scale.end_day() {
                continue;
            }
            let left = scale.permille(first);
            let right = scale.permille(after_last);
            // A span narrower than the cluster gap reads as a point at this
            // zoom, and may gather with its neighbours like one.
            if right - left > per_px(CLUSTER_GAP_PX) {
                spans.push((left, right - left, Cluster { left, right, events: vec![index] }));
            } else {
                points.push((index, left));
            }
        }
        // Events come in date order, so spans and points are already sorted
        // by position, and so are the clusters; merge the two runs.
        let clusters = cluster_points(&points, per_px(CLUSTER_GAP_PX), CLUSTER_MIN_SIZE).into_iter().map(|cluster| {
            let width = (cluster.right - cluster.left).max(if cluster.events.len() > 1 { per_px(40) } else { 0 });
            (cluster.left, width, cluster)
        });
        let mut clusters = clusters.peekable();
        let mut spans = spans.into_iter().peekable();
        let ordered = std::iter::from_fn(|| match (spans.peek(), clusters.peek()) {
            (Some(span), Some(cluster)) if cluster.0 < span.0 => clusters.next(),
            (Some(_), _) => spans.next(),
            (None, _) => clusters.next(),
        });
        let mut rows = RowPacker::default();
        let mut overflow = Vec::new();
        for (left, item_width, cluster) in ordered {
            let Some(row) = rows.place_within(left, item_width.max(per_px(16)), MAX_ROWS) else {
                overflow.push((left, cluster.events));
                continue;
            };
            let top = row_top(row);
            match cluster.events.as_slice() {
                [index] => marker(marks, *index, &timeline.events[*index], state, left, top, item_width),
                events => badge(marks, events, days, left, top),
            }
        }
        let mut used_rows = rows.rows();
        if !overflow.is_empty() {
            for bucket in bucket_overflow(overflow, per_px(OVERFLOW_BUCKET_PX)) {
                badge(marks, &bucket.events, days, bucket.left, row_top(used_rows));
            }
            used_rows += 1;
        }
        marks.done(used_rows * ROW_HEIGHT_PX + 6);
    }
    marks.end();

    clear(&axis.ticks);
    for tick in ticks(scale, tick_unit(scale, width, MIN_TICK_SPACING_PX)) {
        paint::tick(&axis.ticks, &tick.label, tick.major, tick.permille);
    }
}

/// The top of `row` in pixels.
fn row_top(row: u32) -> u32 {
    row * ROW_HEIGHT_PX + 2
}

/// Draws `event`, the `index`th, at `left` per-mille and `top` px: a point,
/// or a bar when `width` (per-mille) is wider than a point. Its marker from
/// the last render is moved when there is one; only a new one needs text.
fn marker(marks: &paint::Marks, index: usize, event: &Event, state: &ViewState, left: u32, top: u32, width: u32) {
    let period = width > 2;
    let plan = event.kind == EventKind::Plan;
    let current = state.selected == Some(event.id);
    let width = if period { width } else { 0 };
    let Ok(index) = u32::try_from(index) else { return };
    if !marks.moved(index, plan, period, current, left, top, width) {
        let date = human_span(event.date, event.end);
        marks.marker(index, &event.id.to_hex(), event.stance.as_str(), &date, &event.summary, plan, period, current, left, top, width);
    }
}

/// A counted badge at `left` per-mille and `top` px; pressing it zooms to
/// the events inside, whose first and after-last days `days` gives.
fn badge(marks: &paint::Marks, events: &[usize], days: impl Fn(usize) -> (i32, i32), left: u32, top: u32) {
    let (mut first, mut last) = (i32::MAX, i32::MIN);
    for &index in events {
        let (from, to) = days(index);
        first = first.min(from);
        last = last.max(to);
    }
    let margin = ((last - first) / 4).max(3);
    marks.badge(events.len(), first - margin, last + margin, left, top);
}
