//! The horizontal time axis: lanes with their labels, one marker per event
//! (partial dates and spans as bars, plans hollow), counted badges where
//! points crowd, and adaptive ticks — all placed by `layout`. A lane has at
//! most `MAX_ROWS` rows; what finds no row is counted in badges on one more
//! row, so the DOM stays the same size at any number of events.

use super::dom::{append, element, set_attr, text_element};
use super::paint;
use crate::format::human_span;
use crate::layout::{
    bucket_overflow, cluster_points, headline_event, split_into_lanes, stack_labels, text_width, tick_unit, ticks, LabelRequest, LabelRoom, TimeScale,
};
use crate::state::{Lanes, ViewState};
use gloo_events::EventListener;
use tideline_model::{Event, EventKind, QueryEngine, Timeline};
use web_sys::Element;

const ROW_HEIGHT_PX: u32 = 20;
/// Headlines are set at this size (`.tl-text`, .75em of 16px)…
const LABEL_FONT_PX: u32 = 12;
/// …and take at most this width: longer ones end in an ellipsis.
const MAX_LABEL_PX: u32 = 220;
/// A label cut shorter than this is not worth showing.
const MIN_LABEL_PX: u32 = 56;
/// Space between one mark's label and the next mark in a row.
const LABEL_GAP_PX: u32 = 8;
/// A dot's radius, and where its label starts after its centre.
const DOT_RADIUS_PX: u32 = 7;
const DOT_LABEL_PX: u32 = 10;
const MIN_TICK_SPACING_PX: u32 = 64;
/// Point markers closer than this many pixels may form a cluster…
const CLUSTER_GAP_PX: u32 = 10;
/// …when at least this many of them crowd together.
const CLUSTER_MIN_SIZE: usize = 3;
/// Rows of markers a lane shows before it counts the rest.
const MAX_ROWS: u32 = 14;
/// Width of the stretch one overflow badge counts.
const OVERFLOW_BUCKET_PX: u32 = 40;

/// What the axis keeps between renders: its lanes and their marks, and its
/// ticks (see `paint.js`'s `Marks`).
pub(crate) struct AxisMarks {
    marks: paint::Marks,
    /// Each event's headline width in px (at most `MAX_LABEL_PX`, which
    /// fits a byte), measured once when the widget is built: at 100,000
    /// events a render asks for thousands, the same from one keystroke to
    /// the next, and measuring them took about a tenth of a keystroke.
    headline_px: Vec<u8>,
}

/// Fills `axis` with an empty lanes container and tick scale, measures the
/// headlines of `timeline`'s events, and adds to `listeners` (which the
/// widget keeps, as it keeps the other parts') those that preview the mark
/// under the pointer or in focus.
pub(crate) fn build(axis: &Element, timeline: &Timeline, listeners: &mut Vec<EventListener>) -> AxisMarks {
    let lanes = element("div", "tl-lanes");
    append(axis, &lanes);
    let ticks = element("div", "tl-ticks");
    set_attr(&ticks, "aria-hidden", "true");
    append(axis, &ticks);
    let marks = paint::Marks::new(&lanes, &ticks);
    for (kind, on) in [("pointerover", true), ("focusin", true), ("pointerleave", false), ("focusout", false)] {
        let marks = marks.clone();
        listeners.push(EventListener::new(&lanes, kind, move |event| marks.show(event, on)));
    }
    let headline_px = timeline.events.iter().map(|e| text_width(&e.summary, LABEL_FONT_PX).min(MAX_LABEL_PX) as u8).collect();
    AxisMarks { marks, headline_px }
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
    let px = |permille: u32| permille * width / 1000;
    marks.begin();
    for lane in split_into_lanes(timeline, matches, state.lanes) {
        marks.lane(&if state.lanes == Lanes::One { String::new() } else { lane.label.replace('_', " ") });
        // Wide spans keep their own bars; points may gather into clusters.
        let (mut point_events, mut point_lefts) = (Vec::new(), Vec::new());
        let mut spans: Vec<(u32, u32, usize)> = Vec::new();
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
                spans.push((left, right - left, index));
            } else {
                point_events.push(index);
                point_lefts.push(left);
            }
        }
        // Events come in date order, so spans and points are already sorted
        // by position, and so are the clusters; merge the two runs. Each
        // mark's events are a slice: of the points, or a span's own.
        let clusters = cluster_points(&point_lefts, per_px(CLUSTER_GAP_PX), CLUSTER_MIN_SIZE).into_iter().map(|cluster| {
            let events = &point_events[cluster.events];
            let width = (cluster.right - cluster.left).max(if events.len() > 1 { per_px(40) } else { 0 });
            (cluster.left, width, events)
        });
        let mut clusters = clusters.peekable();
        let mut spans = spans.iter().map(|(left, width, index)| (*left, *width, std::slice::from_ref(index))).peekable();
        let ordered = std::iter::from_fn(|| match (spans.peek(), clusters.peek()) {
            (Some(span), Some(cluster)) if cluster.0 < span.0 => clusters.next(),
            (Some(_), _) => spans.next(),
            (None, _) => clusters.next(),
        });
        // Each mark with its headline, in pixels, stacked into rows.
        let summary = |named: Option<usize>| named.map_or("", |i| timeline.events[i].summary.as_str());
        let items: Vec<(u32, u32, &[usize], Option<usize>)> =
            ordered.map(|(left, width, events)| (left, width, events, headline_event(events, |i| engine.reports(i)))).collect();
        let wanted = |named: Option<usize>| named.and_then(|i| axis.headline_px.get(i)).map_or(0, |&px| u32::from(px));
        let requests: Vec<LabelRequest> =
            items.iter().map(|(left, width, events, named)| request(px(*left), px(*width), *width > 2, events.len(), wanted(*named))).collect();
        let room = LabelRoom { rows: MAX_ROWS, width, gap: LABEL_GAP_PX, min_label: MIN_LABEL_PX };
        let mut rows = 0;
        // What found no row: positions, and the events of each.
        let (mut overflow_lefts, mut overflow) = (Vec::new(), Vec::new());
        for (at, placement) in stack_labels(&requests, room).into_iter().enumerate() {
            let (left, item_width, events, named) = items[at];
            let Some(placement) = placement else {
                overflow_lefts.push(left);
                overflow.push(events);
                continue;
            };
            rows = rows.max(placement.row + 1);
            let (top, label) = (row_top(placement.row), placement.label);
            match events {
                [index] => marker(marks, *index, &timeline.events[*index], state, left, top, item_width, label),
                _ => {
                    let offset = requests[at].label_start.saturating_sub(px(left));
                    let name = named.map(|key| BadgeName { key, headline: summary(Some(key)), label, offset });
                    badge(marks, &[events], days, left, top, name);
                }
            }
        }
        let mut used_rows = rows.max(1);
        if !overflow.is_empty() {
            for bucket in bucket_overflow(&overflow_lefts, per_px(OVERFLOW_BUCKET_PX)) {
                badge(marks, &overflow[bucket.events], days, bucket.left, row_top(used_rows), None);
            }
            used_rows += 1;
        }
        marks.done(used_rows * ROW_HEIGHT_PX + 6);
    }
    for tick in ticks(scale, tick_unit(scale, width, MIN_TICK_SPACING_PX)) {
        marks.tick(&tick.label, tick.major, tick.permille);
    }
    marks.end();
}

/// The key under the axis: the stance colours and what each form of mark
/// means, vague dates included.
pub(crate) fn legend(parent: &Element) {
    let key = element("p", "tl-legend");
    for (class, stance, text) in [
        ("tl-key-dot", "tightening", "tightening"),
        ("tl-key-dot", "easing", "easing"),
        ("tl-key-dot", "neutral", "neutral"),
        ("tl-key-dot", "", "a day"),
        ("tl-key-range", "", "a month, quarter or year"),
        ("tl-key-plan", "", "planned"),
        ("tl-key-count", "", "events close together"),
    ] {
        let item = text_element("span", class, text);
        set_attr(&item, "data-stance", if stance.is_empty() { "neutral" } else { stance });
        append(&key, &item);
    }
    append(parent, &key);
}

/// What one mark asks of the label stacking, in pixels: a dot (a single
/// event drawn as a point), a range (`period`, `width` px wide, its label at its start) or
/// a badge counting `count` events, whose headline is `wanted` px wide.
fn request(left: u32, width: u32, period: bool, count: usize, wanted: u32) -> LabelRequest {
    if count > 1 {
        // `.tl-cluster`: 8 px left of its position, digits at .7em plus padding.
        let badge = (count.ilog10() + 1) * 7 + 12;
        let start = left.saturating_sub(8);
        let mark_end = (start + badge.max(24)).max(left + width);
        return LabelRequest { start, mark_end, label_start: start + badge.max(24) + 4, wanted };
    }
    if period {
        return LabelRequest { start: left, mark_end: left + width, label_start: left + 3, wanted };
    }
    LabelRequest { start: left.saturating_sub(DOT_RADIUS_PX), mark_end: left + DOT_RADIUS_PX, label_start: left + DOT_LABEL_PX, wanted }
}

/// The top of `row` in pixels.
fn row_top(row: u32) -> u32 {
    row * ROW_HEIGHT_PX + 2
}

/// Draws `event`, the `index`th, at `left` per-mille and `top` px: a point,
/// or a bar when `width` (per-mille) is wider than a point. Its marker from
/// the last render is moved when there is one; only a new one needs text.
#[allow(clippy::too_many_arguments)]
fn marker(marks: &paint::Marks, index: usize, event: &Event, state: &ViewState, left: u32, top: u32, width: u32, label: u32) {
    let period = width > 2;
    let plan = event.kind == EventKind::Plan;
    let current = state.selected == Some(event.id);
    let width = if period { width } else { 0 };
    let Ok(index) = u32::try_from(index) else { return };
    if !marks.moved(index, plan, period, current, left, top, width, label) {
        let date = human_span(event.date, event.end);
        marks.marker(index, &event.id.to_hex(), event.stance.as_str(), &date, &event.summary, plan, period, current, left, top, width, label);
    }
}

/// What names a badge: the event whose headline does (the badge is kept
/// between renders by it), and the label's width and offset right of the
/// badge, in px.
struct BadgeName<'a> {
    key: usize,
    headline: &'a str,
    label: u32,
    offset: u32,
}

/// A counted badge at `left` per-mille and `top` px for the events of
/// `groups` (one cluster's, or those of the marks gathered in a bucket),
/// named by `name` (a badge of marks that found no row has none); pressing
/// it zooms to the events inside, whose first and after-last days `days`
/// gives.
fn badge(marks: &paint::Marks, groups: &[&[usize]], days: impl Fn(usize) -> (i32, i32), left: u32, top: u32, name: Option<BadgeName>) {
    let (mut first, mut last, mut count) = (i32::MAX, i32::MIN, 0);
    for &index in groups.iter().copied().flatten() {
        let (from, to) = days(index);
        first = first.min(from);
        last = last.max(to);
        count += 1;
    }
    let margin = ((last - first) / 4).max(3);
    let (from, to) = (first - margin, last + margin);
    let name = name.unwrap_or(BadgeName { key: 0, headline: "", label: 0, offset: 0 });
    let key = u32::try_from(name.key).unwrap_or(u32::MAX);
    marks.badge(key, count, from, to, left, top, name.headline, name.label, name.offset);
}
