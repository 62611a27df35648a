//! The horizontal time axis: lanes with their labels, one marker per event
//! (partial dates and spans as bars, plans hollow), counted badges where
//! points crowd, and adaptive ticks — all placed by `layout`. A lane has at
//! most `MAX_ROWS` rows; what finds no row is counted in badges on one more
//! row, so the DOM stays the same size at any number of events.

use super::dom::{append, clear, element, set_attr, set_style, text_element};
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

/// Redraws the axis, `width` pixels wide (see `resize`), for the events
/// `matches` in the window `scale`.
pub(crate) fn render(axis: &Element, width: u32, engine: &QueryEngine, matches: &[usize], scale: TimeScale, state: &ViewState) {
    clear(axis);
    let timeline = engine.timeline();
    // First day and the day after the last, from the engine's columns.
    let days = |index: usize| engine.day_span(index).map_or((0, 0), |(first, last)| (first, last + 1));
    let per_px = |px: u32| (px * 1000 / width).max(1);
    let lanes = element("div", "tl-lanes");
    for lane in split_into_lanes(timeline, matches, state.lanes) {
        let lane_el = element("div", "tl-lane");
        if state.lanes != Lanes::One {
            append(&lane_el, &text_element("span", "tl-lane-label", &lane.label.replace('_', " ")));
        }
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
                [index] => marker(&lane_el, &timeline.events[*index], state, left, top, item_width),
                events => badge(&lane_el, events, days, left, top),
            }
        }
        let mut used_rows = rows.rows();
        if !overflow.is_empty() {
            for bucket in bucket_overflow(overflow, per_px(OVERFLOW_BUCKET_PX)) {
                badge(&lane_el, &bucket.events, days, bucket.left, row_top(used_rows));
            }
            used_rows += 1;
        }
        set_style(&lane_el, "height", &format!("{}px", used_rows * ROW_HEIGHT_PX + 6));
        append(&lanes, &lane_el);
    }
    append(axis, &lanes);

    let scale_bar = element("div", "tl-ticks");
    set_attr(&scale_bar, "aria-hidden", "true");
    for tick in ticks(scale, tick_unit(scale, width, MIN_TICK_SPACING_PX)) {
        paint::tick(&scale_bar, &tick.label, tick.major, tick.permille);
    }
    append(axis, &scale_bar);
}

/// The top of `row` in pixels.
fn row_top(row: u32) -> u32 {
    row * ROW_HEIGHT_PX + 2
}

/// Draws `event` at `left` per-mille and `top` px: a point, or a bar when
/// `width` (per-mille) is wider than a point.
fn marker(lane: &Element, event: &Event, state: &ViewState, left: u32, top: u32, width: u32) {
    let period = width > 2;
    let plan = event.kind == EventKind::Plan;
    let class = match (period, plan) {
        (false, false) => "tl-marker",
        (true, false) => "tl-marker tl-period",
        (false, true) => "tl-marker tl-plan",
        (true, true) => "tl-marker tl-period tl-plan",
    };
    let date = human_span(event.date, event.end);
    let current = state.selected == Some(event.id);
    let width = if period { width } else { 0 };
    paint::marker(lane, class, &event.id.to_hex(), event.stance.as_str(), &date, &event.summary, plan, current, left, top, width);
}

/// A counted badge at `left` per-mille and `top` px; pressing it zooms to
/// the events inside, whose first and after-last days `days` gives.
fn badge(lane: &Element, events: &[usize], days: impl Fn(usize) -> (i32, i32), left: u32, top: u32) {
    let (mut first, mut last) = (i32::MAX, i32::MIN);
    for &index in events {
        let (from, to) = days(index);
        first = first.min(from);
        last = last.max(to);
    }
    let margin = ((last - first) / 4).max(3);
    paint::badge(lane, events.len(), first - margin, last + margin, left, top);
}
