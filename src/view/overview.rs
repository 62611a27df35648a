//! The overview strip: the whole corpus range as a density histogram stacked
//! by stance (redrawn when the filter changes), with a brush showing the
//! visible window (moved when it moves). Dragging or clicking is handled in
//! `navigate`.

use super::dom::{append, element, set_attr};
use super::paint;
use crate::action::Redraw;
use crate::format::human_date;
use crate::layout::{density_bins, TimeScale};
use tideline_model::{CivilDate, EventDate, QueryEngine, Timeline};
use web_sys::Element;

/// The strip, and its bars and brush, which [`render`] fills.
pub(crate) struct Overview {
    /// The whole strip, which `navigate` makes draggable.
    pub(crate) strip: Element,
    bars: Element,
    /// Its columns, kept from one redraw to the next.
    columns: paint::Keyed,
    brush: Element,
}

/// Builds the strip into `parent`.
pub(crate) fn build(parent: &Element) -> Overview {
    let strip = element("div", "tl-overview");
    let bars = element("div", "tl-bars");
    set_attr(&bars, "aria-hidden", "true");
    let brush = element("div", "tl-brush");
    set_attr(&brush, "role", "slider");
    set_attr(&brush, "tabindex", "0");
    set_attr(&brush, "aria-label", "Visible window: arrow keys move it");
    set_attr(&brush, "aria-valuemin", "0");
    set_attr(&brush, "aria-valuemax", "1000");
    append(&strip, &bars);
    append(&strip, &brush);
    append(parent, &strip);
    Overview { strip, bars, columns: paint::Keyed::new(), brush }
}

/// The scale of the whole corpus, which the strip always shows.
pub(crate) fn full_scale(timeline: &Timeline) -> Option<TimeScale> {
    TimeScale::fit(&timeline.events)
}

fn month_of(day: i32) -> String {
    let date = CivilDate::from_day_number(day);
    EventDate::month(date.year(), date.month()).map(human_date).unwrap_or_default()
}

/// Redraws the bars of the events `matches` over `full` (`bars`) and moves
/// the brush to `window` (`brush`), as [`crate::action::Redraw`] says.
pub(crate) fn render(overview: &Overview, engine: &QueryEngine, matches: &[usize], full: TimeScale, window: TimeScale, redraw: Redraw) {
    let Overview { bars, columns, brush, .. } = overview;
    if redraw.bars {
        let starts = matches.iter().filter_map(|&i| engine.start_and_stance(i));
        let bins = density_bins(starts, full.start_day(), full.end_day());
        let highest = bins.iter().map(|b| b.counts.iter().sum::<u32>()).max().unwrap_or(0).max(1);
        let mut numbers = Vec::with_capacity(bins.len() * 5);
        for bin in &bins {
            let left = full.permille(bin.start_day);
            numbers.push(left);
            numbers.push(full.permille(bin.end_day).saturating_sub(left));
            // Each stance's height, in `Stance::ALL`'s order (paint.js names them).
            for count in bin.counts {
                numbers.push(count * 1000 / highest);
            }
        }
        paint::bins(columns, bars, &numbers);
    }
    if !redraw.brush {
        return;
    }
    let left = full.permille(window.start_day());
    let right = full.permille(window.end_day());
    paint::span(brush, left, right.saturating_sub(left).max(8));
    set_attr(brush, "aria-valuenow", &left.to_string());
    set_attr(brush, "aria-valuetext", &format!("{} to {}", month_of(window.start_day()), month_of(window.end_day() - 1)));
}
