//! The overview strip: the whole corpus range as a density histogram stacked
//! by stance (redrawn when the filter changes), with a brush showing the
//! visible window (moved when it moves). Dragging or clicking is handled in
//! `navigate`.

use super::dom::{append, clear, element, set_attr};
use super::paint;
use crate::action::Redraw;
use crate::format::human_date;
use crate::layout::{density_bins, TimeScale};
use tideline_model::{CivilDate, EventDate, QueryEngine, Stance, Timeline};
use web_sys::Element;

/// The strip, and its bars and brush, which [`render`] fills.
pub(crate) struct Overview {
    /// The whole strip, which `navigate` makes draggable.
    pub(crate) strip: Element,
    bars: Element,
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
    Overview { strip, bars, brush }
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
    let Overview { bars, brush, .. } = overview;
    if redraw.bars {
        clear(bars);
        let starts = matches.iter().filter_map(|&i| engine.start_and_stance(i));
        let bins = density_bins(starts, full.start_day(), full.end_day());
        let highest = bins.iter().map(|b| b.counts.iter().sum::<u32>()).max().unwrap_or(0).max(1);
        for bin in &bins {
            let left = full.permille(bin.start_day);
            let column = paint::column(bars, left, full.permille(bin.end_day).saturating_sub(left));
            for &stance in Stance::ALL {
                let count = bin.counts[stance.index()];
                if count > 0 {
                    paint::part(&column, stance.as_str(), count * 1000 / highest);
                }
            }
        }
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
