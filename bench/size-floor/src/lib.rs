//! The widget's logic with no DOM layer, for measuring its weight in the wasm
//! (see `bench/size-floor.sh` and README's "Size"). It exports, through a
//! narrow boundary, what the widget's view asks of the logic: the embedded
//! timeline, the query engine with search and facet counts, the reader's state
//! and its URL form, the page's options, every layout (axis, lanes, clusters,
//! ticks, overview, list groups), the texts of an event and the exports.
//! Whatever UI draws these, in Rust or in JS, it cannot make the wasm smaller
//! than this.

use serde::Serialize;
use std::cell::RefCell;
use tideline::layout::{self, TimeScale};
use tideline::options::{filter_text, initial_state, parse_options};
use tideline::state::ViewState;
use tideline_model::{QueryEngine, Stance, Timeline};
use wasm_bindgen::prelude::*;

/// The decoded timeline, its engine and the reader's state.
struct Logic {
    timeline: &'static Timeline,
    engine: QueryEngine<'static>,
    state: ViewState,
    matches: Vec<usize>,
}

thread_local! {
    static LOGIC: RefCell<Option<Logic>> = const { RefCell::new(None) };
}

/// Runs `f` on the logic; `None` before [`open`] succeeded.
fn with<R>(f: impl FnOnce(&mut Logic) -> R) -> Option<R> {
    LOGIC.with(|logic| logic.borrow_mut().as_mut().map(f))
}

/// Decodes the timeline and opens it in the state the page's options and the
/// URL hash give (option values in `options`, one `name=value` per line).
/// Returns the option problems, one per line, or the decode error.
#[wasm_bindgen]
pub fn open(options: &str, hash: &str, narrow: bool) -> Result<String, String> {
    let timeline: &'static Timeline = Box::leak(Box::new(tideline::data::embedded_timeline().map_err(|e| e.to_string())?));
    let get = |name: &str| options.lines().find_map(|line| line.strip_prefix(name)?.strip_prefix('=').map(str::to_owned));
    let (options, problems) = parse_options(&get, timeline);
    let state = initial_state(&options, Some(hash), narrow, timeline);
    let engine = QueryEngine::new(timeline).with_search_index(tideline::data::SEARCH_INDEX);
    LOGIC.with(|logic| *logic.borrow_mut() = Some(Logic { timeline, engine, state, matches: Vec::new() }));
    Ok(problems.join("\n"))
}

/// The widget's stylesheet.
#[wasm_bindgen]
pub fn stylesheet() -> String {
    tideline::style::WIDGET_CSS.to_owned()
}

/// Builds the search index (a small corpus's; a large one's is embedded).
#[wasm_bindgen]
pub fn prepare_search() {
    with(|logic| logic.engine.prepare_search());
}

/// Applies one of the reader's changes (`what`, `value`) as the view would.
#[wasm_bindgen]
pub fn change(what: &str, value: &str) {
    with(|logic| {
        let number = value.parse::<u16>().unwrap_or(0);
        let state = &mut logic.state;
        match what {
            "stance" => Stance::from_name(value).into_iter().for_each(|s| state.toggle_stance(s)),
            "category" => tideline_model::Category::from_name(value).into_iter().for_each(|c| state.toggle_category(c)),
            "actor" => state.toggle_actor(tideline_model::ActorId(number)),
            "doc" => state.toggle_document(tideline_model::DocumentId(number)),
            "q" => state.set_search(value),
            "from" => state.set_from_month(value),
            "to" => state.set_to_month(value),
            "hash" => *state = ViewState::from_hash(value, logic.timeline),
            _ => state.clear_filters(),
        }
    });
}

/// Runs the filter: the matching events, then the facet counts.
#[wasm_bindgen]
pub fn query() -> Vec<u32> {
    with(|logic| {
        let result = logic.engine.run(&logic.state.filter);
        let facets = &result.facets;
        let mut out: Vec<u32> = result.matches.iter().map(|&i| i as u32).collect();
        for counts in [&facets.stances, &facets.categories, &facets.actors, &facets.documents] {
            out.extend(counts);
        }
        logic.matches = result.matches;
        out
    })
    .unwrap_or_default()
}

/// The state's URL hash and the filter as the `data-filter` option writes it.
#[wasm_bindgen]
pub fn hash() -> String {
    with(|logic| logic.state.to_hash(logic.timeline) + "\n" + &filter_text(&logic.state.filter, logic.timeline)).unwrap_or_default()
}

/// The state as the JS API's `getState()` reports it, a plain object made
/// by serde-wasm-bindgen, as the widget makes it (`tideline::api`).
#[wasm_bindgen]
pub fn state() -> JsValue {
    let api = with(|logic| {
        let scale = logic.state.window.map(|(start, end)| TimeScale::new(start, end)).or_else(|| TimeScale::fit_story(&logic.timeline.events));
        tideline::api::ApiState::of(&logic.state, scale, logic.matches.len(), logic.timeline)
    });
    api.map_or(JsValue::NULL, |api| api.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).unwrap_or(JsValue::NULL))
}

/// Zooms (`factor` per-mille around `anchor`) and pans (`pan` per-mille) the window.
#[wasm_bindgen]
pub fn move_window(factor: u32, anchor: u32, pan: i32) {
    with(|logic| {
        let moved = scale_of(logic).zoom(factor, anchor).pan(pan);
        logic.state.window = Some((moved.start_day(), moved.end_day()));
    });
}

/// The axis geometry for a `width` px axis: per lane its markers (event,
/// left, width, row), their labels (row, width), clusters (left, right,
/// count), then the ticks, then the overview's bins; labels come from [`tick_labels`].
#[wasm_bindgen]
pub fn axis(width: u32) -> Vec<i32> {
    with(|logic| {
        let scale = scale_of(logic);
        let mut out = Vec::new();
        for lane in layout::split_into_lanes(logic.timeline, &logic.matches, logic.state.lanes) {
            let markers = layout::place_markers(&logic.timeline.events, &lane.events, scale, 8);
            let points: Vec<u32> = markers.iter().map(|m| m.left).collect();
            for marker in &markers {
                out.extend([marker.event as i32, marker.left as i32, marker.width as i32, marker.row as i32]);
            }
            // Headlines stacked beside the marks (row and label width per mark).
            let requests: Vec<layout::LabelRequest> = markers
                .iter()
                .map(|m| {
                    let x = m.left * width / 1000;
                    let wanted = layout::text_width(&logic.timeline.events[m.event].summary, 12);
                    layout::LabelRequest { start: x.saturating_sub(7), mark_end: x + 7, label_start: x + 10, wanted }
                })
                .collect();
            let room = layout::LabelRoom { rows: 10, width, gap: 8, min_label: 56 };
            for placed in layout::stack_labels(&requests, room).into_iter().flatten() {
                out.extend([placed.row as i32, placed.label as i32]);
            }
            let clusters = layout::cluster_points(&points, 6, 3);
            let lefts: Vec<u32> = clusters.iter().map(|c| c.left).collect();
            for bucket in layout::bucket_overflow(&lefts, 20) {
                let events: usize = clusters[bucket.events].iter().map(|c| c.events.len()).sum();
                out.extend([bucket.left as i32, bucket.right as i32, events as i32]);
            }
        }
        for tick in layout::ticks(scale, layout::tick_unit(scale, width, 80)) {
            out.extend([tick.permille as i32, tick.major as i32]);
        }
        let starts = logic.matches.iter().filter_map(|&i| logic.engine.start_and_stance(i));
        for bin in layout::density_bins(starts, scale.start_day(), scale.end_day()) {
            out.extend(bin.counts.iter().map(|&c| c as i32));
        }
        out
    })
    .unwrap_or_default()
}

/// The axis's tick labels, one per line.
#[wasm_bindgen]
pub fn tick_labels(width: u32) -> String {
    with(|logic| {
        let scale = scale_of(logic);
        let ticks = layout::ticks(scale, layout::tick_unit(scale, width, 80));
        ticks.into_iter().map(|tick| tick.label).collect::<Vec<_>>().join("\n")
    })
    .unwrap_or_default()
}

/// The list view's period headings, one per line.
#[wasm_bindgen]
pub fn list_groups() -> String {
    with(|logic| {
        let groups = layout::group_by_period(&logic.timeline.events, &logic.matches);
        groups.into_iter().map(|group| group.heading).collect::<Vec<_>>().join("\n")
    })
    .unwrap_or_default()
}

/// Event `index`'s texts for a marker, a list row or the detail card, each
/// field on its own line: date, count label, stance, summary, actors, amounts,
/// then per source its evidence, the search words' ranges in it, its document
/// and publication date, then the stance cues.
#[wasm_bindgen]
pub fn event_texts(index: usize) -> String {
    with(|logic| {
        let (timeline, query) = (logic.timeline, &logic.state.filter.text);
        let Some(event) = timeline.events.get(index) else { return String::new() };
        let mut lines = vec![tideline::format::human_span(event.date, event.end), tideline::format::count_events(index)];
        lines.extend([event.stance.as_str().to_owned(), event.summary.clone(), event.id.to_hex()]);
        lines.extend(event.actors.iter().filter_map(|&a| timeline.actors.get(usize::from(a.0))).map(|a| a.name.clone()));
        lines.extend(event.amounts.iter().map(|a| a.text.clone()));
        for source in &event.sources {
            lines.push(source.evidence.clone());
            let ranges = tideline::highlight::matched_ranges(&source.evidence, query);
            lines.push(ranges.iter().map(|r| r.start.to_string() + "-" + &r.end.to_string()).collect::<Vec<_>>().join(" "));
            if let Some(document) = timeline.document(source.document) {
                lines.push(document.title.clone().unwrap_or_else(|| document.file.clone()));
                lines.extend(document.published.map(tideline::format::human_date));
            }
        }
        lines.extend(event.cues.iter().cloned());
        lines.join("\n")
    })
    .unwrap_or_default()
}

/// The matching events as CSV (`csv` true) or JSON.
#[wasm_bindgen]
pub fn export(csv: bool) -> String {
    with(|logic| match csv {
        true => tideline::export::events_csv(logic.timeline, &logic.matches),
        false => tideline::export::events_json(logic.timeline, &logic.matches),
    })
    .unwrap_or_default()
}

/// The window the state shows, or one that fits the story.
fn scale_of(logic: &Logic) -> TimeScale {
    match logic.state.window {
        Some((from, to)) => TimeScale::new(from, to),
        None => TimeScale::fit_story(&logic.timeline.events).unwrap_or(TimeScale::new(0, 1)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The measurement only means something if the exports reach the logic.
    #[test]
    fn the_exports_run_the_widgets_logic_on_the_embedded_corpus() {
        assert_eq!(open("lanes=category", "", false), Ok(String::new()));
        let all = query();
        assert!(all.len() > 10, "matches and facet counts: {all:?}");
        change("stance", "easing");
        let easing = query();
        assert!(easing.len() < all.len());
        assert!(hash().starts_with("stance=easing"), "{}", hash());
        assert!(axis(800).len() > 8);
        assert!(!tick_labels(800).is_empty());
        assert!(!list_groups().is_empty());
        assert!(!event_texts(0).is_empty());
        assert!(export(true).starts_with("id,"), "{}", export(true));
        assert!(stylesheet().contains(".tl-"));
    }
}
