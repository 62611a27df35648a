//! Geometry → DOM. Mounts a widget on every `[data-tideline]` element and
//! re-renders its parts when the reader changes the filter.

mod axis;
mod controls;
mod dom;
mod list;

use crate::data::embedded_timeline;
use crate::format::count_events;
use crate::state::ViewState;
use dom::{append, element, set_attr, text_element};
use gloo_events::EventListener;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::OnceLock;
use tideline_model::{DecodeError, QueryEngine, Timeline};
use wasm_bindgen::JsCast;
use web_sys::Element;

/// The decoded timeline, shared by every widget on the page.
fn timeline() -> Result<&'static Timeline, DecodeError> {
    static TIMELINE: OnceLock<Result<Timeline, DecodeError>> = OnceLock::new();
    TIMELINE.get_or_init(embedded_timeline).as_ref().map_err(Clone::clone)
}

/// The query engine over the shared timeline, built once.
fn engine(timeline: &'static Timeline) -> &'static QueryEngine<'static> {
    static ENGINE: OnceLock<QueryEngine<'static>> = OnceLock::new();
    ENGINE.get_or_init(|| QueryEngine::new(timeline))
}

/// Mounts a widget on each `[data-tideline]` element of the page.
pub fn mount_all() {
    let Ok(nodes) = dom::document().query_selector_all("[data-tideline]") else { return };
    for i in 0..nodes.length() {
        if let Some(root) = nodes.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
            mount(root);
        }
    }
}

/// A mounted widget: its state, its DOM parts and the listeners it owns.
pub(crate) struct Widget {
    engine: &'static QueryEngine<'static>,
    state: ViewState,
    controls: controls::Controls,
    status: Element,
    axis: Element,
    list: Element,
    _listeners: Vec<EventListener>,
}

/// Shared handle that listeners use to update the widget.
pub(crate) type WidgetRef = Rc<RefCell<Option<Widget>>>;

fn mount(root: Element) {
    dom::clear(&root);
    root.class_list().add_1("tideline").ok();
    let timeline = match timeline() {
        Ok(t) => t,
        Err(err) => {
            append(&root, &text_element("p", "tl-error", &format!("Tideline could not load its timeline: {err}")));
            return;
        }
    };
    let engine = engine(timeline);
    if !timeline.title.is_empty() {
        append(&root, &text_element("h2", "tl-title", &timeline.title));
    }
    let handle: WidgetRef = Rc::new(RefCell::new(None));
    let (controls, listeners) = controls::build(&root, &handle);
    let status = text_element("p", "tl-status", "");
    set_attr(&status, "role", "status");
    set_attr(&status, "aria-live", "polite");
    append(&root, &status);
    let axis = element("div", "tl-axis");
    set_attr(&axis, "role", "group");
    set_attr(&axis, "aria-label", "Timeline");
    append(&root, &axis);
    let list = element("ol", "tl-list");
    set_attr(&list, "aria-label", "Events in date order");
    append(&root, &list);
    *handle.borrow_mut() = Some(Widget {
        engine,
        state: ViewState::default(),
        controls,
        status,
        axis,
        list,
        _listeners: listeners,
    });
    render(&handle);
    set_attr(&root, "data-tideline-ready", "");
}

/// Applies `change` to the widget's state and renders again.
pub(crate) fn update(handle: &WidgetRef, change: impl FnOnce(&mut ViewState)) {
    if let Some(widget) = handle.borrow_mut().as_mut() {
        change(&mut widget.state);
    }
    render(handle);
}

fn render(handle: &WidgetRef) {
    let guard = handle.borrow();
    let Some(widget) = guard.as_ref() else { return };
    let result = widget.engine.run(&widget.state.filter);
    let timeline = widget.engine.timeline();
    widget.status.set_text_content(Some(&count_events(result.matches.len())));
    widget.controls.show_counts(&result.facets, &widget.state);
    axis::render(&widget.axis, timeline, &result.matches);
    list::render(&widget.list, timeline, &result.matches);
}
