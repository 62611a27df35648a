//! The filter controls: a search box and one checkbox per stance, each label
//! showing how many events it would leave.

use super::dom::{append, element, set_attr, text_element};
use super::{update, WidgetRef};
use crate::state::ViewState;
use gloo_events::EventListener;
use tideline_model::{FacetCounts, Stance};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

/// The controls' elements that change after building.
pub(crate) struct Controls {
    stance_boxes: Vec<(Stance, HtmlInputElement, Element)>,
}

fn stance_label(stance: Stance) -> &'static str {
    match stance {
        Stance::Tightening => "Tightening",
        Stance::Easing => "Easing",
        Stance::Neutral => "Neutral",
    }
}

/// Builds the controls into `root` and wires them to `handle`.
pub(crate) fn build(root: &Element, handle: &WidgetRef) -> (Controls, Vec<EventListener>) {
    let bar = element("div", "tl-controls");
    set_attr(&bar, "role", "search");
    let mut listeners = Vec::new();

    let search_label = element("label", "tl-search");
    append(&search_label, &text_element("span", "tl-label", "Search"));
    let search = element("input", "");
    set_attr(&search, "type", "search");
    set_attr(&search, "placeholder", "Words, actors, documents…");
    append(&search_label, &search);
    append(&bar, &search_label);
    {
        let handle = handle.clone();
        let input = search.clone();
        listeners.push(EventListener::new(&search, "input", move |_| {
            let text = input.dyn_ref::<HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
            update(&handle, |state| state.set_search(&text));
        }));
    }

    let group = element("fieldset", "tl-stances");
    append(&group, &text_element("legend", "tl-label", "Stance"));
    let mut stance_boxes = Vec::new();
    for &stance in Stance::ALL {
        let label = element("label", "tl-stance-option");
        set_attr(&label, "data-stance", stance.as_str());
        let checkbox = element("input", "");
        set_attr(&checkbox, "type", "checkbox");
        set_attr(&checkbox, "value", stance.as_str());
        let text = text_element("span", "", stance_label(stance));
        append(&label, &checkbox);
        append(&label, &text);
        append(&group, &label);
        let handle = handle.clone();
        listeners.push(EventListener::new(&checkbox, "change", move |_| {
            update(&handle, |state| state.toggle_stance(stance));
        }));
        if let Ok(input) = checkbox.dyn_into::<HtmlInputElement>() {
            stance_boxes.push((stance, input, text));
        }
    }
    append(&bar, &group);
    append(root, &bar);
    (Controls { stance_boxes }, listeners)
}

impl Controls {
    /// Shows each option's count and checked state, dimming options that
    /// would leave nothing.
    pub(crate) fn show_counts(&self, facets: &FacetCounts, state: &ViewState) {
        for (stance, input, text) in &self.stance_boxes {
            let count = facets.stances.get(stance.index()).copied().unwrap_or(0);
            text.set_text_content(Some(&format!("{} ({count})", stance_label(*stance))));
            input.set_checked(state.filter.stances.contains(stance));
            let _ = input.parent_element().map(|l| l.class_list().toggle_with_force("tl-empty", count == 0));
        }
    }
}
