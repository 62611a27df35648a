//! The actor filter: a combobox that suggests actors as the reader types,
//! grouped by kind with their counts, and the chosen actors as removable
//! chips. Choosing goes through the root's `[data-actor]` click handling.

use super::dom::{append, clear, element, set_attr, text_element};
use super::{dispatch, with_parts, WidgetRef};
use crate::action::Action;
use crate::state::ViewState;
use gloo_events::EventListener;
use tideline_model::{contains, fold_for_search, ActorId, ActorKind, FacetCounts, Timeline};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, KeyboardEvent};

/// At most this many suggestions are listed.
const MAX_SUGGESTIONS: usize = 40;

/// The picker's elements and what it currently suggests.
pub(crate) struct ActorPicker {
    input: HtmlInputElement,
    listbox: Element,
    chips: Element,
    id_prefix: String,
    counts: Vec<u32>,
    suggested: Vec<ActorId>,
    active: Option<usize>,
}

/// Builds the picker into `bar`.
pub(crate) fn build(bar: &Element, timeline: &Timeline, id_prefix: &str, handle: &WidgetRef, listeners: &mut Vec<EventListener>) -> ActorPicker {
    let wrap = element("div", "tl-actor-filter");
    let label = text_element("label", "tl-label", "Actors");
    let input = element("input", "");
    let listbox_id = format!("{id_prefix}actors");
    set_attr(&label, "for", &format!("{listbox_id}-input"));
    set_attr(&input, "id", &format!("{listbox_id}-input"));
    set_attr(&input, "type", "text");
    set_attr(&input, "role", "combobox");
    set_attr(&input, "aria-autocomplete", "list");
    set_attr(&input, "aria-expanded", "false");
    set_attr(&input, "aria-controls", &listbox_id);
    set_attr(&input, "autocomplete", "off");
    set_attr(&input, "placeholder", &format!("{} actors: type a name", timeline.actors.len()));
    let listbox = element("ul", "tl-suggestions");
    set_attr(&listbox, "id", &listbox_id);
    set_attr(&listbox, "role", "listbox");
    set_attr(&listbox, "aria-label", "Matching actors");
    set_attr(&listbox, "hidden", "");
    let chips = element("ul", "tl-chosen");
    set_attr(&chips, "aria-label", "Chosen actors");
    append(&wrap, &label);
    append(&wrap, &input);
    append(&wrap, &listbox);
    append(&wrap, &chips);
    append(bar, &wrap);

    for kind in ["input", "focus"] {
        let handle = handle.clone();
        listeners.push(EventListener::new(&input, kind, move |_| {
            with_parts(&handle, |p, s| p.actors.suggest(s.timeline));
        }));
    }
    let closing = handle.clone();
    listeners.push(EventListener::new(&input, "blur", move |_| {
        with_parts(&closing, |p, _| p.actors.close());
    }));
    // Keep focus in the input when an option is pressed, so blur does not
    // close the list before the click lands.
    listeners.push(EventListener::new_with_options(&listbox, "mousedown", gloo_events::EventListenerOptions::enable_prevent_default(), |event| {
        event.prevent_default()
    }));
    let keys = handle.clone();
    listeners.push(EventListener::new_with_options(&input, "keydown", gloo_events::EventListenerOptions::enable_prevent_default(), move |event| {
        let Some(key) = event.dyn_ref::<KeyboardEvent>().map(KeyboardEvent::key) else { return };
        let chosen = with_parts(&keys, |p, s| p.actors.key(&key, s.timeline)).flatten();
        match chosen {
            Some(Some(actor)) => {
                dispatch(&keys, Action::ToggleActor(actor));
                with_parts(&keys, |p, _| p.actors.reset());
            }
            Some(None) => {}
            None => return,
        }
        event.prevent_default();
        event.stop_propagation();
    }));
    let input: HtmlInputElement = input.unchecked_into();
    ActorPicker { input, listbox, chips, id_prefix: id_prefix.to_owned(), counts: Vec::new(), suggested: Vec::new(), active: None }
}

impl ActorPicker {
    /// Keeps the counts for suggestions and redraws the chosen chips.
    pub(crate) fn show(&mut self, timeline: &Timeline, facets: &FacetCounts, state: &ViewState) {
        self.counts = facets.actors.clone();
        clear(&self.chips);
        for &id in &state.filter.actors {
            let Some(actor) = timeline.actor(id) else { continue };
            let item = element("li", "");
            let chip = text_element("button", "tl-chip tl-chosen-chip", &format!("{} ×", actor.name));
            set_attr(&chip, "type", "button");
            set_attr(&chip, "data-actor", &id.0.to_string());
            set_attr(&chip, "aria-label", &format!("Remove actor {}", actor.name));
            append(&item, &chip);
            append(&self.chips, &item);
        }
    }

    /// Lists the actors whose name contains the typed text, grouped by kind.
    fn suggest(&mut self, timeline: &Timeline) {
        let query = fold_for_search(self.input.value().trim());
        clear(&self.listbox);
        self.suggested.clear();
        self.active = None;
        for &kind in ActorKind::ALL {
            let matching: Vec<usize> = (0..timeline.actors.len())
                .filter(|&i| timeline.actors[i].kind == kind && contains(&fold_for_search(&timeline.actors[i].name), &query))
                .take(MAX_SUGGESTIONS.saturating_sub(self.suggested.len()))
                .collect();
            if matching.is_empty() {
                continue;
            }
            let group = element("li", "tl-suggestion-group");
            set_attr(&group, "role", "group");
            set_attr(&group, "aria-label", kind.as_str());
            append(&group, &text_element("span", "tl-group-label", kind.as_str()));
            let options = element("ul", "");
            set_attr(&options, "role", "none");
            for i in matching {
                let count = self.counts.get(i).copied().unwrap_or(0);
                let option = text_element("li", "tl-suggestion", &format!("{} ({count})", timeline.actors[i].name));
                set_attr(&option, "role", "option");
                set_attr(&option, "id", &format!("{}actor-{}", self.id_prefix, self.suggested.len()));
                set_attr(&option, "data-actor", &i.to_string());
                set_attr(&option, "aria-selected", "false");
                let _ = option.class_list().toggle_with_force("tl-empty", count == 0);
                append(&options, &option);
                self.suggested.push(ActorId(i as u16));
            }
            append(&group, &options);
            append(&self.listbox, &group);
        }
        let open = !self.suggested.is_empty();
        let _ = self.listbox.toggle_attribute_with_force("hidden", !open);
        set_attr(&self.input, "aria-expanded", if open { "true" } else { "false" });
        let _ = self.input.remove_attribute("aria-activedescendant");
    }

    /// Handles a key in the input: `None` when the key is not the picker's,
    /// `Some(Some(actor))` when one is chosen, `Some(None)` when only moved.
    fn key(&mut self, key: &str, timeline: &Timeline) -> Option<Option<ActorId>> {
        let open = !self.suggested.is_empty() && !self.listbox.has_attribute("hidden");
        let last = self.suggested.len().checked_sub(1)?;
        let next = match key {
            "ArrowDown" if !open => {
                self.suggest(timeline);
                return Some(None);
            }
            "ArrowDown" => self.active.map_or(0, |a| (a + 1).min(last)),
            "ArrowUp" if open => self.active.map_or(0, |a| a.saturating_sub(1)),
            "Enter" if open => return Some(Some(self.suggested[self.active.unwrap_or(0)])),
            "Escape" if open => {
                self.close();
                return Some(None);
            }
            _ => return None,
        };
        self.active = Some(next);
        let id = format!("{}actor-{next}", self.id_prefix);
        set_attr(&self.input, "aria-activedescendant", &id);
        if let Ok(options) = self.listbox.query_selector_all("[role=option]") {
            for i in 0..options.length() {
                if let Some(option) = options.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                    set_attr(&option, "aria-selected", if i as usize == next { "true" } else { "false" });
                }
            }
        }
        Some(None)
    }

    /// Closes the suggestions.
    pub(crate) fn close(&mut self) {
        let _ = self.listbox.toggle_attribute_with_force("hidden", true);
        set_attr(&self.input, "aria-expanded", "false");
        let _ = self.input.remove_attribute("aria-activedescendant");
        self.active = None;
    }

    /// Empties the input and closes the suggestions after a choice.
    pub(crate) fn reset(&mut self) {
        self.input.set_value("");
        self.close();
    }
}
