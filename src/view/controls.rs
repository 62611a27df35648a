//! The filter controls: search, stance, category and source checkboxes (each
//! showing how many events it would leave, dimmed at zero), the month range
//! and "Clear all". One `change` listener serves every checkbox. The source
//! options, one per document, are built when the reader first opens them,
//! and an option's text is only rewritten when its count changes, so a large
//! corpus costs neither load time nor keystroke time here.

use super::dom::{action_button, append, element, labelled_input, set_attr, target_element, text_element};
use super::{dispatch, with_parts, WidgetRef};
use crate::action::Action;
use crate::state::ViewState;
use gloo_events::EventListener;
use std::cell::Cell;
use tideline_model::{Category, CivilDate, DocumentId, FacetCounts, Stance, Timeline};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

/// Which facet a checkbox belongs to, as written in its `data-facet`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Facet {
    Stance,
    Category,
    Document,
}

impl Facet {
    fn name(self) -> &'static str {
        match self {
            Facet::Stance => "stance",
            Facet::Category => "category",
            Facet::Document => "document",
        }
    }
}

/// One checkbox option and the text that shows its count.
struct FacetOption {
    facet: Facet,
    index: usize,
    name: String,
    input: HtmlInputElement,
    text: Element,
    /// The count and checked state on screen, to skip unchanged options.
    shown: Cell<Option<(u32, bool)>>,
}

/// The controls' elements that change after building.
pub(crate) struct Controls {
    /// The bar holding every control, where the actor picker goes too.
    pub(crate) bar: Element,
    options: Vec<FacetOption>,
    /// Where the source options go, and whether they are there yet.
    documents: Element,
    documents_built: bool,
    search: HtmlInputElement,
    from: HtmlInputElement,
    to: HtmlInputElement,
}

/// The stance's name with a capital, as options show it.
pub(crate) fn stance_label(stance: Stance) -> &'static str {
    match stance {
        Stance::Tightening => "Tightening",
        Stance::Easing => "Easing",
        Stance::Neutral => "Neutral",
    }
}

/// A category's name as a reader writes it: "policy support".
pub(crate) fn category_label(category: Category) -> String {
    category.as_str().replace('_', " ")
}

fn month_text(date: CivilDate) -> String {
    format!("{:04}-{:02}", date.year(), date.month())
}

/// Builds the controls into `root`, the search box into `search_slot`, and
/// wires them to `handle`.
pub(crate) fn build(root: &Element, search_slot: &Element, timeline: &Timeline, handle: &WidgetRef, listeners: &mut Vec<EventListener>) -> Controls {
    let bar = element("div", "tl-controls");
    set_attr(&bar, "role", "search");
    set_attr(&bar, "aria-label", "Filter events");

    let (search_label, search) = labelled_input("tl-search", "Search", "search");
    set_attr(&search, "placeholder", "Words, actors, documents…");
    set_attr(&search, "maxlength", &crate::state::MAX_QUERY_CHARS.to_string());
    append(search_slot, &search_label);
    {
        let handle = handle.clone();
        let input = search.clone();
        listeners.push(EventListener::new(&search, "input", move |_| {
            let text = input.value();
            dispatch(&handle, Action::Search(text));
        }));
    }

    let mut options = Vec::new();
    let stances = facet_group(&bar, "tl-stances", "Stance", None);
    for &stance in Stance::ALL {
        let option = facet_option(&stances, Facet::Stance, stance.index(), stance_label(stance).to_owned());
        set_attr(&option.input.parent_element().expect("label"), "data-stance", stance.as_str());
        options.push(option);
    }
    let categories = facet_group(&bar, "tl-facet", "Category", Some("Categories"));
    for &category in Category::ALL {
        options.push(facet_option(&categories, Facet::Category, category.index(), category_label(category)));
    }
    let documents = facet_group(&bar, "tl-facet", "Source document", Some("Sources"));
    if let Some(details) = documents.parent_element() {
        let handle = handle.clone();
        listeners.push(EventListener::new(&details, "toggle", move |_| {
            with_parts(&handle, |p, s| {
                p.controls.build_documents(s.timeline);
                p.controls.show(&s.result.facets, &s.state);
            });
        }));
    }
    let facets = handle.clone();
    listeners.push(EventListener::new(&bar, "change", move |event| {
        let Some(target) = target_element(event) else { return };
        let (Some(facet), Some(index)) = (target.get_attribute("data-facet"), target.get_attribute("data-index")) else { return };
        let Ok(index) = index.parse::<usize>() else { return };
        if let Some(action) = facet_action(&facet, index) {
            dispatch(&facets, action);
        }
    }));

    let range = element("fieldset", "tl-range");
    append(&range, &text_element("legend", "tl-label", "Dates"));
    let (from_label, from) = labelled_input("tl-month", "From", "month");
    let (to_label, to) = labelled_input("tl-month", "To", "month");
    let bounds = (timeline.events.first(), timeline.events.last());
    if let (Some(first), Some(last)) = bounds {
        for input in [&from, &to] {
            set_attr(input, "min", &month_text(first.date.start()));
            set_attr(input, "max", &month_text(last.end.unwrap_or(last.date).last_day()));
        }
    }
    for (input, is_from) in [(&from, true), (&to, false)] {
        let handle = handle.clone();
        let reader = input.clone();
        listeners.push(EventListener::new(input, "change", move |_| {
            let month = reader.value();
            dispatch(&handle, if is_from { Action::FromMonth(month) } else { Action::ToMonth(month) });
        }));
    }
    append(&range, &from_label);
    append(&range, &to_label);
    append(&bar, &range);
    append(&bar, &action_button("tl-button tl-clear", "Clear all", "clear"));
    append(root, &bar);
    Controls { bar, options, documents, documents_built: false, search, from, to }
}

fn facet_action(facet: &str, index: usize) -> Option<Action> {
    match facet {
        "stance" => Stance::ALL.get(index).map(|&stance| Action::ToggleStance(stance)),
        "category" => Category::ALL.get(index).map(|&category| Action::ToggleCategory(category)),
        _ => u16::try_from(index).ok().map(|index| Action::ToggleDocument(DocumentId(index))),
    }
}

/// A fieldset with a legend; inside a `<details>` disclosure when `summary`
/// is given, so long option lists stay folded until wanted.
fn facet_group(bar: &Element, class: &str, legend: &str, summary: Option<&str>) -> Element {
    let group = element("fieldset", class);
    append(&group, &text_element("legend", "tl-label", legend));
    match summary {
        Some(summary) => {
            let details = element("details", "tl-more");
            append(&details, &text_element("summary", "", summary));
            append(&details, &group);
            append(bar, &details);
        }
        None => append(bar, &group),
    }
    group
}

fn facet_option(group: &Element, facet: Facet, index: usize, name: String) -> FacetOption {
    let label = element("label", "tl-option");
    let input = element("input", "");
    set_attr(&input, "type", "checkbox");
    set_attr(&input, "data-facet", facet.name());
    set_attr(&input, "data-index", &index.to_string());
    let text = text_element("span", "", &name);
    append(&label, &input);
    append(&label, &text);
    append(group, &label);
    FacetOption { facet, index, name, input: input.unchecked_into(), text, shown: Cell::new(None) }
}

impl Controls {
    /// Adds one option per source document, once.
    fn build_documents(&mut self, timeline: &Timeline) {
        if std::mem::replace(&mut self.documents_built, true) {
            return;
        }
        for (index, doc) in timeline.documents.iter().enumerate() {
            let name = doc.title.clone().unwrap_or_else(|| doc.file.clone());
            self.options.push(facet_option(&self.documents, Facet::Document, index, name));
        }
    }

    /// Shows each option's count and checked state, dimming options that
    /// would leave nothing, and puts the state's text and months in the inputs.
    pub(crate) fn show(&self, facets: &FacetCounts, state: &ViewState) {
        let f = &state.filter;
        for o in &self.options {
            let (counts, checked) = match o.facet {
                Facet::Stance => (&facets.stances, f.stances.iter().any(|s| s.index() == o.index)),
                Facet::Category => (&facets.categories, f.categories.iter().any(|c| c.index() == o.index)),
                Facet::Document => (&facets.documents, f.documents.iter().any(|d| usize::from(d.0) == o.index)),
            };
            let count = counts.get(o.index).copied().unwrap_or(0);
            if o.shown.replace(Some((count, checked))) == Some((count, checked)) {
                continue;
            }
            o.text.set_text_content(Some(&format!("{} ({count})", o.name)));
            o.input.set_checked(checked);
            if let Some(label) = o.input.parent_element() {
                let _ = label.class_list().toggle_with_force("tl-empty", count == 0 && !checked);
            }
        }
        set_value(&self.search, &f.text);
        set_value(&self.from, &f.from.map(month_text).unwrap_or_default());
        set_value(&self.to, &f.to.map(month_text).unwrap_or_default());
    }
}

/// Sets an input's value only when it differs, so the caret stays put while typing.
fn set_value(input: &HtmlInputElement, value: &str) {
    if input.value().trim() != value {
        input.set_value(value);
    }
}
