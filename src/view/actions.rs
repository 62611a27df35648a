//! Every click and key the root handles: buttons by their `data-action`,
//! actor chips by `data-actor`, events by `data-event-id`, the lanes menu,
//! and Escape to close the detail card.

use super::dom::{closest, focus, target_element};
use super::{dispatch, takeaway, toolbar, with_parts, with_widget, WidgetRef};
use crate::action::Action;
use crate::state::{Lanes, View};
use gloo_events::EventListener;
use tideline_model::{ActorId, EventId};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlInputElement, KeyboardEvent};

/// Zooming by a button or key shows this share of the days (per-mille).
pub(crate) const ZOOM_IN: u32 = 500;
/// The inverse of [`ZOOM_IN`].
pub(crate) const ZOOM_OUT: u32 = 2000;

/// Listens on `root` for clicks, lane changes and Escape.
pub(crate) fn attach(root: &Element, host: &Element, handle: &WidgetRef, listeners: &mut Vec<EventListener>) {
    let clicks = handle.clone();
    listeners.push(EventListener::new(root, "click", move |event| {
        let Some(target) = target_element(event) else { return };
        if let Some(button) = closest(&target, "[data-action]") {
            if let Some(action) = button.get_attribute("data-action") {
                act(&clicks, &action, &button);
            }
        } else if let Some(chip) = closest(&target, "[data-actor]") {
            let Some(actor) = chip.get_attribute("data-actor").and_then(|a| a.parse().ok()) else { return };
            dispatch(&clicks, Action::ToggleActor(ActorId(actor)));
            with_parts(&clicks, |p, _| p.actors.reset());
        } else if let Some(marker) = closest(&target, ".tl-axis [data-event-id], .tl-list [data-event-id]") {
            let Some(id) = marker.get_attribute("data-event-id").and_then(|id| EventId::from_hex(&id)) else { return };
            select(&clicks, Some(id));
        }
    }));
    let lanes = handle.clone();
    listeners.push(EventListener::new(root, "change", move |event| {
        let Some(select) = target_element(event).filter(|t| t.get_attribute("data-action").as_deref() == Some("lanes")) else { return };
        // Read through the input's binding: the same `value` property, and
        // one import fewer in the glue.
        let value = select.unchecked_into::<HtmlInputElement>().value();
        if let Some(choice) = Lanes::ALL.into_iter().find(|l| l.as_str() == value) {
            dispatch(&lanes, Action::SetLanes(choice));
        }
    }));
    // On the document, because the focused chip or button may have been
    // redrawn away; Escape still belongs to this widget when focus is in it
    // or nowhere in particular. Focus inside a shadow root shows as its host.
    let keys = handle.clone();
    let owner = host.clone();
    listeners.push(EventListener::new(&super::dom::document(), "keydown", move |event| {
        let Some(key) = event.dyn_ref::<KeyboardEvent>().map(KeyboardEvent::key) else { return };
        let focus = super::dom::document().active_element();
        let ours = focus.is_none_or(|f| owner.contains(Some(&f)) || f.tag_name() == "BODY");
        if ours && key == "Escape" && with_widget(&keys, |w| w.state.selected.is_some()) == Some(true) {
            select(&keys, None);
        }
    }));
}

fn act(handle: &WidgetRef, action: &str, button: &Element) {
    match action {
        "clear" => dispatch(handle, Action::ClearFilters),
        "view-timeline" => dispatch(handle, Action::Show(View::Timeline)),
        "view-list" => dispatch(handle, Action::Show(View::List)),
        "zoom-in" | "zoom-out" | "fit" => zoom(handle, action),
        "cluster" => {
            let day = |name| button.get_attribute(name).and_then(|d| d.parse::<i32>().ok());
            if let (Some(start), Some(end)) = (day("data-from"), day("data-to")) {
                dispatch(handle, Action::SetWindow(Some((start, end))));
            }
        }
        "prev" | "next" => step(handle, action == "next"),
        "panel" => with_parts(handle, |p, _| p.bar.toggle()).unwrap_or_default(),
        "guide" => guide(handle),
        "more" => super::show_more(handle),
        "close" => select(handle, None),
        "csv" | "json" | "copy-link" => takeaway::run(handle, action, button),
        "theme" => {
            let Some(root) = with_widget(handle, |w| w.root.clone()) else { return };
            let (theme, label) = toolbar::next_theme(root.get_attribute("data-theme").as_deref());
            match theme {
                Some(theme) => super::dom::set_attr(&root, "data-theme", theme),
                None => {
                    let _ = root.remove_attribute("data-theme");
                }
            }
            button.set_text_content(Some(label));
        }
        _ => {}
    }
}

/// Zooms about the centre, or fits every event.
pub(crate) fn zoom(handle: &WidgetRef, action: &str) {
    let Some(Some(scale)) = with_widget(handle, |w| w.scale()) else { return };
    let window = match action {
        "zoom-in" => Some(scale.zoom(ZOOM_IN, 500)),
        "zoom-out" => Some(scale.zoom(ZOOM_OUT, 500)),
        _ => None,
    };
    dispatch(handle, Action::SetWindow(window.map(|s| (s.start_day(), s.end_day()))));
}

/// Share of the whole story the guided mode shows around each event (per-mille).
const GUIDE_ZOOM: u32 = 300;

/// Starts the guided mode at the open event (or the first of the filtered
/// ones), on the timeline zoomed in around it; or ends it.
fn guide(handle: &WidgetRef) {
    let start = with_widget(handle, |w| {
        let events = &w.timeline.events;
        let open = w.result.matches.iter().find(|&&i| Some(events[i].id) == w.state.selected);
        let first = open.or(w.result.matches.first()).map(|&i| events[i].id);
        (!w.state.guided).then_some(first).flatten().map(|id| (id, w.state.window.is_none().then_some(w.story).flatten()))
    })
    .flatten();
    let Some((id, story)) = start else {
        dispatch(handle, Action::Guide(false, None));
        return;
    };
    let window = story.map(|story| story.zoom(GUIDE_ZOOM, 500)).map(|s| (s.start_day(), s.end_day()));
    dispatch(handle, Action::Guide(true, window));
    select(handle, Some(id));
}

/// The window that shows event `id` in the guided mode: the current one,
/// moved to keep it in the middle (see `TimeScale::follow`).
fn followed_window(w: &super::Widget, id: EventId) -> Option<(i32, i32)> {
    let index = w.timeline.events.iter().position(|e| e.id == id)?;
    let (first, last) = w.engine.day_span(index)?;
    let scale = w.scale()?.follow(first, last + 1);
    Some((scale.start_day(), scale.end_day()))
}

/// Opens the detail card for `id`, or closes it (ending the guided mode) and
/// returns focus to the event's marker or list item. In the guided mode the
/// axis follows the event.
pub(crate) fn select(handle: &WidgetRef, id: Option<EventId>) {
    let (previous, window) = with_widget(handle, |w| {
        let follow = id.filter(|_| w.state.guided).and_then(|id| followed_window(w, id));
        (w.state.selected, follow)
    })
    .unwrap_or_default();
    dispatch(handle, Action::Select(id, window));
    if id != previous {
        super::announce(handle, super::Topic::Select, |w| {
            let index = id.and_then(|id| w.timeline.events.iter().position(|e| e.id == id));
            let events = index.map(|i| super::contract_events(w.timeline, &[i]));
            events.map_or(JsValue::NULL, |events| js_sys::Reflect::get(&events, &0.into()).unwrap_or(JsValue::NULL))
        });
    }
    let Some((root, detail, view)) = with_widget(handle, |w| (w.root.clone(), w.detail.clone(), w.state.view)) else { return };
    // Looked up and focused with no borrow held: moving focus fires blur
    // and focus synchronously, and the actor box's listeners use the widget.
    let target = match (id, previous) {
        (Some(_), _) => Some(detail),
        (None, Some(previous)) => {
            let selector = match view {
                View::Timeline => format!(".tl-axis [data-event-id=\"{}\"]", previous.to_hex()),
                View::List => format!(".tl-list [data-event-id=\"{}\"] .tl-open", previous.to_hex()),
            };
            root.query_selector(&selector).ok().flatten()
        }
        (None, None) => None,
    };
    if let Some(target) = target {
        focus(&target);
    }
}

/// Moves the card to the next (or previous) event of the filtered list.
fn step(handle: &WidgetRef, forward: bool) {
    let next = with_widget(handle, |w| {
        let matches = &w.result.matches;
        let events = &w.timeline.events;
        let at = matches.iter().position(|&i| Some(events[i].id) == w.state.selected)?;
        let to = if forward { at + 1 } else { at.checked_sub(1)? };
        matches.get(to).map(|&i| events[i].id)
    })
    .flatten();
    if next.is_some() {
        select(handle, next);
    }
}
