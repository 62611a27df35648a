//! The horizontal time axis: ticks and one marker per event, placed by
//! `layout` and drawn here as positioned elements.

use super::dom::{append, clear, element, set_attr, set_style, text_element};
use crate::format::{human_span, permille_percent};
use crate::layout::{place_markers, tick_unit, ticks, TimeScale};
use tideline_model::Timeline;
use web_sys::Element;

const ROW_HEIGHT_PX: u32 = 18;
const MIN_TICK_SPACING_PX: u32 = 56;

/// Redraws the axis for the events `matches`.
pub(crate) fn render(axis: &Element, timeline: &Timeline, matches: &[usize]) {
    clear(axis);
    // The window stays fitted to the whole corpus so filtering does not move it.
    let Some(scale) = TimeScale::fit(&timeline.events) else { return };
    let width = u32::try_from(axis.client_width()).unwrap_or(0).max(320);

    let scale_bar = element("div", "tl-ticks");
    set_attr(&scale_bar, "aria-hidden", "true");
    for tick in ticks(scale, tick_unit(scale, width, MIN_TICK_SPACING_PX)) {
        let mark = text_element("span", if tick.major { "tl-tick tl-major" } else { "tl-tick" }, &tick.label);
        set_style(&mark, "left", &permille_percent(tick.permille));
        append(&scale_bar, &mark);
    }

    let lane = element("div", "tl-lane");
    // Three pixels' worth of per-mille keeps point markers from touching.
    let min_gap = (14_000 / width).max(1);
    let markers = place_markers(&timeline.events, matches, scale, min_gap);
    let rows = markers.iter().map(|m| m.row + 1).max().unwrap_or(1);
    set_style(&lane, "height", &format!("{}px", rows * ROW_HEIGHT_PX + 4));
    for marker in markers {
        let event = &timeline.events[marker.event];
        let button = element("button", if marker.width > 2 { "tl-marker tl-period" } else { "tl-marker" });
        set_attr(&button, "type", "button");
        set_attr(&button, "data-event-id", &event.id.to_hex());
        set_attr(&button, "data-stance", event.stance.as_str());
        let label = format!("{}: {}", human_span(event.date, event.end), event.summary);
        set_attr(&button, "aria-label", &label);
        set_attr(&button, "title", &label);
        set_style(&button, "left", &permille_percent(marker.left));
        if marker.width > 2 {
            set_style(&button, "width", &permille_percent(marker.width));
        }
        set_style(&button, "top", &format!("{}px", marker.row * ROW_HEIGHT_PX));
        append(&lane, &button);
    }
    append(axis, &lane);
    append(axis, &scale_bar);
}
