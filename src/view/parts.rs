//! The widget's DOM parts, and the one way to work on them: out of the
//! widget's `RefCell`. A call into the DOM can run listeners before it
//! returns (removing a focused button fires `blur` and `focusout`, and a
//! page's listener may call the JS API), so no borrow of the widget is held
//! while a part is drawn or handled. What such a listener can do meanwhile
//! is change the model and ask for a render, which runs when the current
//! work is done; a part's own work asked for while the parts are out (none
//! of the DOM's synchronous events asks for any) is skipped.

use super::{actors, announce, api_state, axis, bar, controls, detail, list, overview, toolbar, with_widget, Topic, Widget, WidgetRef};
use crate::action::{Changed, Redraw};
use crate::data::SEARCH_INDEX;
use crate::format::count_events;
use crate::layout::TimeScale;
use crate::state::{View, ViewState};
use std::rc::Rc;
use tideline_model::{QueryEngine, QueryResult, Timeline};
use web_sys::Element;

/// The widget's parts on screen, each keeping what it needs to redraw only
/// what changed.
pub(crate) struct Parts {
    pub(crate) bar: bar::Bar,
    pub(crate) controls: controls::Controls,
    pub(crate) actors: actors::ActorPicker,
    pub(crate) toolbar: toolbar::Toolbar,
    pub(crate) timeline_view: Element,
    /// The axis's lanes, marks and ticks, kept between renders.
    pub(crate) axis: axis::AxisMarks,
    pub(crate) overview: overview::Overview,
    pub(crate) detail: Element,
    pub(crate) list: Element,
    /// The list's groups and entries, kept between redraws.
    pub(crate) list_rows: super::paint::Keyed,
}

/// What a part may read while it works: the model as it was when the work
/// began, owned, so nothing of the widget stays borrowed.
pub(crate) struct Snapshot {
    pub(crate) timeline: &'static Timeline,
    pub(crate) state: ViewState,
    pub(crate) result: Rc<QueryResult>,
    /// How many events the list shows.
    pub(crate) list_limit: usize,
}

impl Widget {
    fn snapshot(&self) -> Snapshot {
        Snapshot { timeline: self.timeline, state: self.state.clone(), result: self.result.clone(), list_limit: self.list_limit }
    }
}

/// Runs `work` on the parts now, with no borrow held; `None` (and nothing
/// done) while they are out or the widget is gone.
pub(crate) fn with_parts<R>(handle: &WidgetRef, work: impl FnOnce(&mut Parts, &Snapshot) -> R) -> Option<R> {
    let (mut parts, snapshot) = take_parts(handle)?;
    let value = work(&mut parts, &snapshot);
    put_back(handle, parts);
    Some(value)
}

/// The parts and a snapshot of the model, taken out of the widget.
#[inline(never)]
fn take_parts(handle: &WidgetRef) -> Option<(Parts, Snapshot)> {
    with_widget(handle, |w| Some((w.parts.take()?, w.snapshot()))).flatten()
}

/// Puts the parts back, and renders if a render was asked for while they
/// were out. A widget destroyed meanwhile drops them.
#[inline(never)]
fn put_back(handle: &WidgetRef, parts: Parts) {
    let again = with_widget(handle, |w| {
        w.parts = Some(parts);
        std::mem::take(&mut w.render_asked)
    });
    if again == Some(true) {
        render(handle);
    }
}

/// What one render draws, decided under the borrow and drawn after it.
struct Frame {
    engine: &'static QueryEngine<'static>,
    scale: Option<TimeScale>,
    full: Option<TimeScale>,
    axis_width: u32,
    /// The parts to redraw.
    redraw: Redraw,
    /// Whether `change` is announced (never for the widget's first render).
    announce: bool,
    list: ListWork,
}

/// What a render does to the list.
#[derive(PartialEq)]
enum ListWork {
    Keep,
    Redraw,
    /// Hidden and out of date: marked busy until its timer redraws it.
    MarkBusy,
}

/// Brings the DOM up to date with the state, announcing `change` when the
/// filter, window, view or lanes changed. Asked for while the parts are out
/// (by a listener the DOM fired during other work), it runs when they are
/// back, once however often it was asked for.
pub(crate) fn render(handle: &WidgetRef) {
    let Some((mut parts, frame, snapshot)) = with_widget(handle, |w| {
        let Some(parts) = w.parts.take() else {
            w.render_asked = true;
            return None;
        };
        let (frame, snapshot) = w.begin_frame(handle);
        Some((parts, frame, snapshot))
    })
    .flatten() else {
        return;
    };
    draw(&mut parts, &frame, &snapshot);
    // Announced before the parts go back, so that a render a subscriber
    // asks for follows this change's announcement.
    if frame.announce {
        announce(handle, Topic::Change, api_state);
    }
    put_back(handle, parts);
}

impl Widget {
    /// Runs the query when the filter changed and takes what changed since
    /// the last render; schedules the redraw of a hidden list.
    fn begin_frame(&mut self, handle: &WidgetRef) -> (Frame, Snapshot) {
        let changed = std::mem::take(&mut self.pending);
        let filter_changed = self.counted.as_ref() != Some(&self.state.filter);
        let first = !std::mem::replace(&mut self.rendered, true);
        let first_count = self.counted.is_none();
        if filter_changed {
            self.result = self.count();
            self.counted = Some(self.state.filter.clone());
        }
        let list = if filter_changed {
            self.list_limit = list::PAGE;
            self.list_timer = None;
            // A visible list is part of this change. A hidden one is redrawn
            // once the changes pause, as the URL is written: no keystroke
            // waits for entries nobody sees (about 7 ms at 100,000 events),
            // and typing a word redraws it once.
            if self.state.view == View::List || first_count {
                ListWork::Redraw
            } else {
                let handle = handle.clone();
                self.list_timer = Some(gloo_timers::callback::Timeout::new(super::url::PAUSE_MS, move || redraw_list(&handle)));
                ListWork::MarkBusy
            }
        } else if self.state.view == View::List && self.list_timer.take().is_some() {
            ListWork::Redraw
        } else {
            ListWork::Keep
        };
        let redraw = Redraw::after(Changed { filter: filter_changed, ..changed }, std::mem::take(&mut self.resized), self.state.view);
        let announce = !first && changed.announced();
        let frame = Frame { engine: self.engine, scale: self.scale(), full: self.full, axis_width: self.axis_width, redraw, announce, list };
        (frame, self.snapshot())
    }
}

impl Widget {
    /// The result of the state's filter. For a corpus large enough to have
    /// its search index embedded (over 2,000 events), the result with
    /// nothing filtered is counted once and kept: coming back to every
    /// event (clearing the search box, unticking the last box) is the
    /// costliest query there (about 2 ms at 100,000 events) and a common
    /// one. A small corpus counts it again, in microseconds, and its widget
    /// carries no code for keeping it.
    fn count(&mut self) -> Rc<QueryResult> {
        let filter = &self.state.filter;
        let keep = !SEARCH_INDEX.is_empty() && filter.is_empty();
        if let (true, Some(everything)) = (keep, &self.everything) {
            return everything.clone();
        }
        let result = Rc::new(self.engine.run(filter));
        if keep {
            self.everything = Some(result.clone());
        }
        result
    }
}

/// Draws `frame`: the parts whose input changed (see [`Redraw`]), so a
/// drag redraws the axis and the brush, not the card, the counts or the
/// list. (Kept out of `render`: the module is smaller that way.)
#[inline(never)]
fn draw(parts: &mut Parts, frame: &Frame, snapshot: &Snapshot) {
    let (timeline, state, result) = (snapshot.timeline, &snapshot.state, &*snapshot.result);
    let matches = &result.matches;
    let redraw = frame.redraw;
    if redraw.counts {
        parts.bar.status.set_text_content(Some(&count_events(matches.len())));
        parts.controls.show(&result.facets, state);
        parts.actors.show(timeline, &result.facets, state);
    }
    let _ = parts.timeline_view.toggle_attribute_with_force("hidden", state.view != View::Timeline);
    let _ = parts.list.toggle_attribute_with_force("hidden", state.view != View::List);
    parts.toolbar.show(state);
    parts.bar.show(state);
    if let Some(scale) = frame.scale {
        if redraw.axis {
            axis::render(&parts.axis, frame.axis_width, frame.engine, matches, scale, state);
        }
        if let Some(full) = frame.full {
            overview::render(&parts.overview, frame.engine, matches, full, scale, redraw);
        }
    }
    if redraw.card {
        detail::render(&parts.detail, timeline, state, matches);
    }
    match frame.list {
        ListWork::Redraw => draw_list(parts, snapshot),
        ListWork::MarkBusy => super::dom::set_attr(&parts.list, "aria-busy", "true"),
        ListWork::Keep => {}
    }
}

/// Draws the list for the current result, now.
pub(crate) fn redraw_list(handle: &WidgetRef) {
    with_widget(handle, |w| w.list_timer = None);
    with_parts(handle, draw_list);
}

fn draw_list(parts: &mut Parts, snapshot: &Snapshot) {
    list::render(&parts.list, &parts.list_rows, snapshot.timeline, &snapshot.result.matches, snapshot.list_limit);
    let _ = parts.list.remove_attribute("aria-busy");
}
