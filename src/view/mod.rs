//! Geometry → DOM. Builds a widget into the element `embed` gives it, keeps
//! its state, and re-renders the parts when the reader changes something.
//! Clicks are handled once at the root (see `actions`), so rendering never
//! creates listeners and a dropped widget frees all of them. The widget's
//! `RefCell` is only borrowed for work on the model: the DOM parts are
//! drawn and handled out of it (see `parts`), so a listener the DOM fires
//! meanwhile finds the widget free.

mod actions;
mod actors;
mod axis;
mod bar;
mod controls;
mod detail;
mod dom;
mod list;
mod navigate;
mod overview;
mod paint;
mod parts;
mod resize;
mod takeaway;
mod toolbar;
mod url;

use crate::action::{Action, Changed, Record};
use crate::api::ApiState;
use crate::data::{embedded_timeline, SEARCH_INDEX};
use crate::layout::TimeScale;
use crate::options::Theme;
use crate::state::ViewState;
use dom::{append, element, set_attr, text_element};
use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use parts::{render, Parts};
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::OnceLock;
use tideline_model::{DecodeError, Filter, QueryEngine, QueryResult, Timeline};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

pub(crate) use actions::select;
pub(crate) use dom::{document, element as new_element, set_style};
pub(crate) use parts::with_parts;
pub(crate) use url::current_hash;

/// The decoded timeline, shared by every widget on the page.
pub(crate) fn timeline() -> Result<&'static Timeline, DecodeError> {
    static TIMELINE: OnceLock<Result<Timeline, DecodeError>> = OnceLock::new();
    TIMELINE.get_or_init(embedded_timeline).as_ref().map_err(Clone::clone)
}

/// The query engine over the shared timeline, built once.
fn engine(timeline: &'static Timeline) -> &'static QueryEngine<'static> {
    static ENGINE: OnceLock<QueryEngine<'static>> = OnceLock::new();
    ENGINE.get_or_init(|| QueryEngine::new(timeline).with_search_index(SEARCH_INDEX))
}

/// What the embedding decided for a new widget.
pub(crate) struct Setup {
    /// The state it opens in.
    pub(crate) state: ViewState,
    /// Whether it reads and writes the page's URL hash.
    pub(crate) owns_url: bool,
    /// The theme it starts in.
    pub(crate) theme: Theme,
    /// Whether the controls' panel starts unfolded (see `bar`).
    pub(crate) controls_open: bool,
}

/// A mounted widget: its model (state, query result, subscribers, timers)
/// and its DOM parts, which are worked on out of it (see `parts`).
pub(crate) struct Widget {
    engine: &'static QueryEngine<'static>,
    timeline: &'static Timeline,
    /// The window a reader starts with, and the whole corpus's (the
    /// overview's): computed once, each is a pass over every event.
    story: Option<TimeScale>,
    full: Option<TimeScale>,
    state: ViewState,
    /// Shared with the parts while they draw it.
    result: Rc<QueryResult>,
    /// The filter `result` was computed for; `None` forces a recount.
    counted: Option<Filter>,
    /// The result with nothing filtered, kept for a large corpus (see
    /// `parts::Widget::count`).
    everything: Option<Rc<QueryResult>>,
    root: Element,
    /// The detail card, which `select` focuses.
    detail: Element,
    owns_url: bool,
    /// The JS API's `on(topic, callback)` subscriptions, in order.
    subscribers: Vec<(Topic, js_sys::Function)>,
    /// Whether the first frame is painted (`ready` was announced).
    ready: bool,
    /// What changed since the last render (everything before the first),
    /// so each part redraws only what it shows.
    pending: Changed,
    /// Whether the first render is done (`change` is not announced for it).
    rendered: bool,
    /// The DOM parts; `None` while some work has them out.
    parts: Option<Parts>,
    /// Whether a render was asked for while the parts were out.
    render_asked: bool,
    /// The axis's width in pixels, as `resize` last saw it, and whether it
    /// changed since the last render.
    axis_width: u32,
    resized: bool,
    _axis_resize: Option<resize::AxisResize>,
    frame_pending: bool,
    /// How many events the list shows (grows with "Show more").
    list_limit: usize,
    /// Redraws the hidden list after the change (see `parts::render`);
    /// dropping it cancels the redraw.
    list_timer: Option<Timeout>,
    written_hash: String,
    hash_timer: Option<Timeout>,
    /// Puts "Copy link" back on its button after a message.
    feedback: Option<Timeout>,
    /// Revokes the last download's URL (see `takeaway`).
    download: Option<Timeout>,
    _listeners: Vec<EventListener>,
}

/// Shared handle that listeners use to update the widget.
pub(crate) type WidgetRef = Rc<RefCell<Option<Widget>>>;

impl Widget {
    /// The visible window: the reader's, or every event of the corpus.
    pub(crate) fn scale(&self) -> Option<TimeScale> {
        match self.state.window {
            Some((start, end)) => Some(TimeScale::new(start, end)),
            None => self.story,
        }
    }

    /// What the reader has chosen.
    pub(crate) fn state(&self) -> &ViewState {
        &self.state
    }

    /// The whole corpus's window, which the overview shows.
    pub(crate) fn full_scale(&self) -> Option<TimeScale> {
        self.full
    }
}

/// Builds a widget into `root` (inside `host`'s shadow root) and marks the
/// host ready. A timeline that cannot be decoded is shown as a message.
pub(crate) fn mount(host: &Element, root: &Element, setup: Setup) -> Result<WidgetRef, String> {
    static MOUNTED: AtomicU32 = AtomicU32::new(0);
    let id_prefix = format!("tl{}-", MOUNTED.fetch_add(1, Ordering::Relaxed));
    dom::clear(root);
    if let Some(theme) = setup.theme.attribute() {
        set_attr(root, "data-theme", theme);
    }
    let timeline = match timeline() {
        Ok(t) => t,
        Err(err) => {
            let message = format!("Tideline could not load its timeline: {err}");
            append(root, &text_element("p", "tl-error", &message));
            return Err(message);
        }
    };
    let engine = engine(timeline);
    if !timeline.title.is_empty() {
        append(root, &text_element("h2", "tl-title", &timeline.title));
    }
    let handle: WidgetRef = Rc::new(RefCell::new(None));
    let mut listeners = Vec::new();
    // The story first: the bar, then (folded in embeds) the panel of
    // filters and tools, then the timeline.
    let bar = bar::build(root, &id_prefix, setup.controls_open);
    let controls = controls::build(&bar.panel, &bar.search_slot, timeline, &handle, &mut listeners);
    let actors = actors::build(&controls.bar, timeline, &id_prefix, &handle, &mut listeners);
    let toolbar = toolbar::build(&bar.panel, setup.owns_url, setup.theme);

    let timeline_view = element("div", "tl-timeline");
    let axis = element("div", "tl-axis");
    set_attr(&axis, "role", "region");
    set_attr(&axis, "tabindex", "0");
    set_attr(&axis, "aria-label", "Timeline: arrow keys move between events and pan past the last, Enter opens one, + and − zoom, 0 fits all");
    append(&timeline_view, &axis);
    let axis_marks = axis::build(&axis, timeline, &mut listeners);
    let overview = overview::build(&timeline_view);
    axis::legend(&timeline_view);
    append(root, &timeline_view);
    navigate::attach(&axis, &overview.strip, &handle, &mut listeners);

    let detail = element("aside", "tl-detail");
    set_attr(&detail, "aria-label", "Event details");
    set_attr(&detail, "hidden", "");
    append(root, &detail);
    let list = element("section", "tl-list");
    set_attr(&list, "aria-label", "Events by date");
    append(root, &list);
    actions::attach(root, host, &handle, &mut listeners);
    if setup.owns_url {
        url::attach(&handle, &mut listeners);
    }

    let written_hash = setup.state.to_hash(timeline);
    *handle.borrow_mut() = Some(Widget {
        engine,
        timeline,
        story: TimeScale::fit_story(&timeline.events),
        full: overview::full_scale(timeline),
        state: setup.state,
        result: Rc::default(),
        counted: None,
        everything: None,
        root: root.clone(),
        detail: detail.clone(),
        owns_url: setup.owns_url,
        subscribers: Vec::new(),
        ready: false,
        pending: Changed { filter: true, window: true, view: true, lanes: true, selected: true },
        rendered: false,
        parts: Some(Parts {
            bar,
            controls,
            actors,
            toolbar,
            timeline_view,
            axis: axis_marks,
            overview,
            detail,
            list,
            list_rows: paint::Keyed::new(),
        }),
        render_asked: false,
        axis_width: resize::axis_width(&axis),
        resized: false,
        _axis_resize: resize::observe(&axis, &handle),
        frame_pending: false,
        list_limit: list::PAGE,
        list_timer: None,
        written_hash,
        hash_timer: None,
        feedback: None,
        download: None,
        _listeners: listeners,
    });
    render(&handle);
    set_attr(host, "data-tideline-ready", "");
    // A small corpus's text is indexed for search once the timeline is on
    // screen (a large one's index is embedded): a task queued from the next
    // animation frame runs after that frame's paint. The widget is then
    // `ready`.
    let painted = handle.clone();
    before_next_frame(Box::new(move || {
        engine.prepare_search();
        if with_widget(&painted, |w| w.ready = true).is_some() {
            announce(&painted, Topic::Ready, api_state);
        }
    }));
    Ok(handle)
}

/// Drops the widget: its listeners detach and its timers stop. The caller
/// empties the shadow root.
pub(crate) fn unmount(handle: &WidgetRef) {
    let widget = handle.borrow_mut().take();
    drop(widget);
}

/// What the JS API's `on` and `off` name.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Topic {
    /// The widget is on screen; carries the state.
    Ready,
    /// An event's card opened (the event) or closed (`null`).
    Select,
    /// The filter, window, view or lanes changed; carries the state.
    Change,
}

impl Topic {
    /// The topic JS names `name`.
    pub(crate) fn from_name(name: &str) -> Option<Topic> {
        [("ready", Topic::Ready), ("select", Topic::Select), ("change", Topic::Change)]
            .into_iter()
            .find_map(|(n, topic)| (n == name).then_some(topic))
    }
}

/// Calls `callback` on every `topic` from now on. A `ready` subscriber
/// arriving after the widget was painted is called at once, as a microtask.
pub(crate) fn subscribe(handle: &WidgetRef, topic: Topic, callback: js_sys::Function) {
    let late = with_widget(handle, |w| {
        w.subscribers.push((topic, callback.clone()));
        (topic == Topic::Ready && w.ready).then(|| api_state(w))
    })
    .flatten();
    if let (Some(state), Some(window)) = (late, web_sys::window()) {
        let bound: JsValue = callback.bind1(&JsValue::NULL, &state).into();
        window.queue_microtask(bound.unchecked_ref());
    }
}

/// Stops calling `callback` (every callback when `None`) on `topic`.
pub(crate) fn unsubscribe(handle: &WidgetRef, topic: Topic, callback: Option<&js_sys::Function>) {
    with_widget(handle, |w| w.subscribers.retain(|(t, f)| *t != topic || callback.is_some_and(|c| c != f)));
}

/// Tells `topic`'s subscribers, with `payload` (built only when there are
/// any). Called with no borrow held, so a callback may use the API (even
/// `destroy()`).
pub(crate) fn announce(handle: &WidgetRef, topic: Topic, payload: impl FnOnce(&Widget) -> JsValue) {
    let Some((callbacks, value)) = with_widget(handle, |w| {
        let callbacks: Vec<js_sys::Function> = w.subscribers.iter().filter(|(t, _)| *t == topic).map(|(_, f)| f.clone()).collect();
        (!callbacks.is_empty()).then(|| (callbacks, payload(w)))
    })
    .flatten() else {
        return;
    };
    for callback in callbacks {
        if let Err(err) = callback.call1(&JsValue::NULL, &value) {
            web_sys::console::error_2(&"Tideline: an on() callback threw".into(), &err);
        }
    }
}

/// The state as the JS API reports it.
pub(crate) fn api_state(w: &Widget) -> JsValue {
    to_js(&ApiState::of(&w.state, w.scale(), w.result.matches.len(), w.timeline))
}

/// `value` as a plain JS value (objects, arrays, `null` for `None`).
pub(crate) fn to_js(value: &impl serde::Serialize) -> JsValue {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).unwrap_or(JsValue::NULL)
}

/// The events at `matches` as objects in the compiler's JSON contract (the
/// export's writer, parsed by the browser).
pub(crate) fn contract_events(timeline: &Timeline, matches: &[usize]) -> JsValue {
    let json = crate::export::events_json(timeline, matches);
    js_sys::JSON::parse(&json).and_then(|all| js_sys::Reflect::get(&all, &"events".into())).unwrap_or(JsValue::NULL)
}

/// The widget's decoded timeline and query engine.
pub(crate) fn engine_of(handle: &WidgetRef) -> Option<(&'static Timeline, &'static QueryEngine<'static>)> {
    with_widget(handle, |w| (w.timeline, w.engine))
}

/// Applies `action` to the widget's state (the one way it changes), renders
/// what it changed now and records it in the history as the action says.
pub(crate) fn dispatch(handle: &WidgetRef, action: Action) {
    let record = action.record();
    if with_widget(handle, |w| w.apply(action)).is_none() {
        return;
    }
    render(handle);
    url::record(handle, record);
}

/// Applies `action` (`None` for a redraw alone, as after a resize) and
/// renders on the next animation frame, so a burst of drag or wheel events
/// costs one redraw per frame.
pub(crate) fn dispatch_in_frame(handle: &WidgetRef, action: Option<Action>) {
    let mut guard = handle.borrow_mut();
    let Some(widget) = guard.as_mut() else { return };
    if let Some(action) = action {
        widget.apply(action);
    }
    if widget.frame_pending {
        return;
    }
    widget.frame_pending = true;
    drop(guard);
    let handle = handle.clone();
    before_next_frame(Box::new(move || {
        if let Some(widget) = handle.borrow_mut().as_mut() {
            widget.frame_pending = false;
        }
        render(&handle);
        url::record(&handle, Record::Replace);
    }));
}

/// Runs `f` just before the browser draws its next frame. Boxed, so that
/// every caller shares one wasm-bindgen closure shim.
pub(crate) fn before_next_frame(f: Box<dyn FnOnce()>) {
    let callback = Closure::once_into_js(f);
    if let Some(window) = web_sys::window() {
        let _ = window.request_animation_frame(callback.unchecked_ref());
    }
}

/// Runs `f` on the widget, if it is mounted.
pub(crate) fn with_widget<R>(handle: &WidgetRef, f: impl FnOnce(&mut Widget) -> R) -> Option<R> {
    handle.borrow_mut().as_mut().map(f)
}

impl Widget {
    /// Applies `action`, noting what it changed for the next render.
    fn apply(&mut self, action: Action) {
        let changed = self.state.apply(action);
        let p = &mut self.pending;
        p.filter |= changed.filter;
        p.window |= changed.window;
        p.view |= changed.view;
        p.lanes |= changed.lanes;
        p.selected |= changed.selected;
    }
}

/// Shows the next page of the list.
pub(crate) fn show_more(handle: &WidgetRef) {
    with_widget(handle, |w| w.list_limit += list::PAGE);
    parts::redraw_list(handle);
}
