//! Every click and key the root handles: buttons by their `data-action`,
//! actor chips by `data-actor`, events by `data-event-id`, the lanes menu,
//! and Escape to close the detail card.

use super::dom::{closest, focus, target_element};
use super::{takeaway, toolbar, update, update_with, with_widget, Record, WidgetRef};
use crate::state::{Lanes, View};
use gloo_events::EventListener;
use tideline_model::{ActorId, EventId};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlSelectElement, KeyboardEvent};

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
            update(&clicks, |state| state.toggle_actor(ActorId(actor)));
            with_widget(&clicks, |w| w.actors.reset());
        } else if let Some(marker) = closest(&target, ".tl-axis [data-event-id], .tl-list [data-event-id]") {
            let Some(id) = marker.get_attribute("data-event-id").and_then(|id| EventId::from_hex(&id)) else { return };
            select(&clicks, Some(id));
        }
    }));
    let lanes = handle.clone();
    listeners.push(EventListener::new(root, "change", move |event| {
        let Some(select) = target_element(event).and_then(|t| t.dyn_into::<HtmlSelectElement>().ok()) else { return };
        let value = select.value();
        if let Some(choice) = Lanes::ALL.into_iter().find(|l| l.as_str() == value) {
            update(&lanes, |state| state.lanes = choice);
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
        "clear" => update(handle, |state| state.clear_filters()),
        "view-timeline" => update(handle, |state| state.view = View::Timeline),
        "view-list" => update(handle, |state| state.view = View::List),
        "zoom-in" | "zoom-out" | "fit" => zoom(handle, action),
        "cluster" => {
            let day = |name| button.get_attribute(name).and_then(|d| d.parse::<i32>().ok());
            if let (Some(start), Some(end)) = (day("data-from"), day("data-to")) {
                update_with(handle, Record::Replace, |state| state.window = Some((start, end)));
            }
        }
        "prev" | "next" => step(handle, action == "next"),
        "more" => super::show_more(handle),
        "close" => select(handle, None),
        "csv" | "json" | "copy-link" => takeaway::run(handle, action, button),
        "theme" => with_widget(handle, |w| {
            let (theme, label) = toolbar::next_theme(w.root.get_attribute("data-theme").as_deref());
            match theme {
                Some(theme) => super::dom::set_attr(&w.root, "data-theme", theme),
                None => {
                    let _ = w.root.remove_attribute("data-theme");
                }
            }
            button.set_text_content(Some(label));
        })
        .unwrap_or_default(),
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
    update_with(handle, Record::Replace, |state| state.window = window.map(|s| (s.start_day(), s.end_day())));
}

/// Opens the detail card for `id`, or closes it and returns focus to the
/// event's marker or list item.
pub(crate) fn select(handle: &WidgetRef, id: Option<EventId>) {
    let previous = with_widget(handle, |w| w.state.selected).flatten();
    update(handle, |state| state.selected = id);
    if let Some(id) = id.filter(|&id| Some(id) != previous) {
        super::announce_select(handle, id);
    }
    with_widget(handle, |w| match id {
        Some(_) => focus(&w.detail),
        None => {
            let Some(previous) = previous else { return };
            let selector = match w.state.view {
                View::Timeline => format!(".tl-axis [data-event-id=\"{}\"]", previous.to_hex()),
                View::List => format!(".tl-list [data-event-id=\"{}\"] .tl-open", previous.to_hex()),
            };
            if let Ok(Some(el)) = w.root.query_selector(&selector) {
                focus(&el);
            }
        }
    });
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
