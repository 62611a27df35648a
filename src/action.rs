//! Everything a reader (or the JS API) can do to the widget's state, as
//! values: `view::actions` and the controls decode DOM events into an
//! [`Action`], and [`ViewState::apply`] is the one place the state changes.
//! Pure, so every change, what it reports and what it redraws
//! ([`Redraw`]) are tested natively.

use crate::state::{Lanes, View, ViewState};
use tideline_model::{ActorId, Category, DocumentId, EventId, Filter, Stance};

/// One change to what the reader has chosen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Shows or hides events of a stance (see [`ViewState::toggle_stance`]).
    ToggleStance(Stance),
    /// Adds or removes a category from the filter.
    ToggleCategory(Category),
    /// Adds or removes an actor from the filter.
    ToggleActor(ActorId),
    /// Adds or removes a source document from the filter.
    ToggleDocument(DocumentId),
    /// Sets the search words (trimmed).
    Search(String),
    /// Keeps events from this month on ("2022-01"; empty removes the bound).
    FromMonth(String),
    /// Keeps events up to this month's end (empty removes the bound).
    ToMonth(String),
    /// Replaces the whole filter (the JS API's `setFilter`).
    SetFilter(Filter),
    /// Removes every filter; the window, lanes and view stay.
    ClearFilters,
    /// Shows the timeline or the list.
    Show(View),
    /// Splits the axis into these lanes.
    SetLanes(Lanes),
    /// Shows these days (first, after-last) on the axis; `None` fits all.
    SetWindow(Option<(i32, i32)>),
    /// Opens an event's card, or closes it (which ends the guided mode);
    /// in the guided mode the window may follow the event.
    Select(Option<EventId>, Option<(i32, i32)>),
    /// Starts the guided mode on the timeline in this window, or ends it.
    Guide(bool, Option<(i32, i32)>),
    /// Takes the state a URL hash holds (Back, Forward, an edited hash).
    Restore(ViewState),
}

/// How a change is kept in the browser history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Record {
    /// A new entry, so Back undoes it (filters, selection, view).
    Push,
    /// Rewrite the current entry shortly after (typing, zooming, panning).
    Replace,
    /// Leave the URL alone (restoring from it).
    Keep,
}

impl Action {
    /// How this change goes into the history: choices are steps Back can
    /// undo, typing and moving the window are not, restoring is neither.
    pub fn record(&self) -> Record {
        match self {
            Action::Search(_) | Action::SetWindow(_) => Record::Replace,
            Action::Restore(_) | Action::Guide(true, _) => Record::Keep,
            _ => Record::Push,
        }
    }
}

/// What an action changed, so each part redraws only what it shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Changed {
    /// The filter (and so the matching events and their counts).
    pub filter: bool,
    /// The visible window.
    pub window: bool,
    /// Timeline or list.
    pub view: bool,
    /// The lanes.
    pub lanes: bool,
    /// The open card or the guided mode.
    pub selected: bool,
}

impl Changed {
    /// True when anything changed.
    pub fn any(self) -> bool {
        self.filter || self.window || self.view || self.lanes || self.selected
    }

    /// True when the JS API's `change` event is due (filter, window, view or lanes).
    pub fn announced(self) -> bool {
        self.filter || self.window || self.view || self.lanes
    }

    /// What differs between two states.
    pub fn between(before: &ViewState, after: &ViewState) -> Changed {
        Changed {
            filter: before.filter != after.filter,
            window: before.window != after.window,
            view: before.view != after.view,
            lanes: before.lanes != after.lanes,
            selected: before.selected != after.selected || before.guided != after.guided,
        }
    }
}

/// Which of the widget's parts a render redraws: each only when what it
/// shows changed, and the timeline's parts only while they are shown. (The
/// bar and the toolbar, a few attributes, are always brought up to date.)
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Redraw {
    /// The count of events, the filters' counts and the actor picker's.
    pub counts: bool,
    /// The axis, which shows every part of the state but the view (the
    /// events, the window, the lanes, the open event), and its width.
    pub axis: bool,
    /// The overview's columns: the matching events over the whole corpus.
    pub bars: bool,
    /// The overview's brush: the window.
    pub brush: bool,
    /// The detail card: the open event and the guided tour, and the matching
    /// events (its place among them, the search words it marks).
    pub card: bool,
}

impl Redraw {
    /// What to redraw after `changed` (its `filter` true when the matching
    /// events were counted again) with `view` shown; `resized` when the
    /// axis's width changed.
    pub fn after(changed: Changed, resized: bool, view: View) -> Redraw {
        // A hidden timeline is left as it is, and brought up to date when it
        // is shown again.
        let timeline = view == View::Timeline;
        Redraw {
            counts: changed.filter,
            axis: timeline && (resized || changed.any()),
            bars: timeline && (changed.view || changed.filter),
            brush: timeline && (changed.view || changed.window),
            card: changed.filter || changed.selected,
        }
    }
}

impl ViewState {
    /// Applies `action` and says what it changed; an action that changes
    /// nothing (a lane already chosen, the same window) reports nothing.
    pub fn apply(&mut self, action: Action) -> Changed {
        let before = self.clone();
        match action {
            Action::ToggleStance(stance) => self.toggle_stance(stance),
            Action::ToggleCategory(category) => self.toggle_category(category),
            Action::ToggleActor(actor) => self.toggle_actor(actor),
            Action::ToggleDocument(document) => self.toggle_document(document),
            Action::Search(text) => self.set_search(&text),
            Action::FromMonth(month) => self.set_from_month(&month),
            Action::ToMonth(month) => self.set_to_month(&month),
            Action::SetFilter(filter) => self.filter = filter,
            Action::ClearFilters => self.clear_filters(),
            Action::Show(view) => self.view = view,
            Action::SetLanes(lanes) => self.lanes = lanes,
            Action::SetWindow(window) => self.window = window,
            Action::Select(id, follow) => {
                self.selected = id;
                self.guided &= id.is_some();
                if follow.is_some() {
                    self.window = follow;
                }
            }
            Action::Guide(on, window) => {
                self.guided = on;
                if on {
                    self.view = View::Timeline;
                    if window.is_some() {
                        self.window = window;
                    }
                }
            }
            Action::Restore(state) => *self = state,
        }
        Changed::between(&before, self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_filter_action_changes_the_filter_only() {
        let mut state = ViewState::default();
        let changed = state.apply(Action::ToggleStance(Stance::Easing));
        assert_eq!(changed, Changed { filter: true, ..Changed::default() });
        assert_eq!(state.filter.stances, vec![Stance::Easing]);
        assert!(changed.announced());
    }

    #[test]
    fn an_action_that_changes_nothing_reports_nothing() {
        let mut state = ViewState::default();
        assert!(!state.apply(Action::SetLanes(Lanes::One)).any());
        assert!(!state.apply(Action::Search("  ".into())).any());
        assert!(!state.apply(Action::Select(None, None)).any());
    }

    #[test]
    fn closing_the_card_ends_the_guided_tour() {
        let id = EventId::from_hex("0123456789ab").unwrap();
        let mut state = ViewState::default();
        let changed = state.apply(Action::Guide(true, Some((10, 40))));
        assert_eq!(changed, Changed { window: true, selected: true, ..Changed::default() });
        state.apply(Action::Select(Some(id), Some((20, 50))));
        assert_eq!((state.guided, state.window), (true, Some((20, 50))));
        let changed = state.apply(Action::Select(None, None));
        assert!(!state.guided && changed.selected && !changed.announced());
    }

    #[test]
    fn the_guided_tour_opens_on_the_timeline() {
        let mut state = ViewState { view: View::List, ..ViewState::default() };
        let changed = state.apply(Action::Guide(true, None));
        assert_eq!((state.view, changed.view, changed.window), (View::Timeline, true, false));
    }

    #[test]
    fn typing_and_moving_the_window_replace_the_history_entry_and_choices_push_one() {
        assert_eq!(Action::Search("fine".into()).record(), Record::Replace);
        assert_eq!(Action::SetWindow(None).record(), Record::Replace);
        assert_eq!(Action::ToggleActor(ActorId(0)).record(), Record::Push);
        assert_eq!(Action::Show(View::List).record(), Record::Push);
        assert_eq!(Action::Restore(ViewState::default()).record(), Record::Keep);
    }

    #[test]
    fn restoring_reports_every_difference() {
        let mut state = ViewState::default();
        let target = ViewState { view: View::List, lanes: Lanes::Category, window: Some((1, 9)), ..ViewState::default() };
        let changed = state.apply(Action::Restore(target.clone()));
        assert_eq!(changed, Changed { window: true, view: true, lanes: true, ..Changed::default() });
        assert_eq!(state, target);
    }

    #[test]
    fn a_drag_redraws_the_axis_and_the_brush_only() {
        let drag = Redraw::after(Changed { window: true, ..Changed::default() }, false, View::Timeline);
        assert_eq!(drag, Redraw { axis: true, brush: true, ..Redraw::default() });
    }

    #[test]
    fn a_filter_changed_in_the_list_leaves_the_hidden_timeline_alone() {
        let typed = Redraw::after(Changed { filter: true, ..Changed::default() }, false, View::List);
        assert_eq!(typed, Redraw { counts: true, card: true, ..Redraw::default() });
    }

    #[test]
    fn the_timeline_shown_again_is_brought_up_to_date() {
        let back = Redraw::after(Changed { view: true, ..Changed::default() }, false, View::Timeline);
        assert_eq!(back, Redraw { axis: true, bars: true, brush: true, ..Redraw::default() });
    }

    #[test]
    fn opening_a_card_redraws_the_card_and_the_axis_not_the_overview_or_the_counts() {
        let open = Redraw::after(Changed { selected: true, ..Changed::default() }, false, View::Timeline);
        assert_eq!(open, Redraw { axis: true, card: true, ..Redraw::default() });
    }

    #[test]
    fn a_resize_redraws_the_axis_alone_and_nothing_changed_redraws_nothing() {
        assert_eq!(Redraw::after(Changed::default(), true, View::Timeline), Redraw { axis: true, ..Redraw::default() });
        assert_eq!(Redraw::after(Changed::default(), true, View::List), Redraw::default());
        assert_eq!(Redraw::after(Changed::default(), false, View::Timeline), Redraw::default());
    }

    #[test]
    fn the_first_render_draws_every_part_of_the_view_shown() {
        let all = Changed { filter: true, window: true, view: true, lanes: true, selected: true };
        assert_eq!(Redraw::after(all, false, View::Timeline), Redraw { counts: true, axis: true, bars: true, brush: true, card: true });
        assert_eq!(Redraw::after(all, false, View::List), Redraw { counts: true, card: true, ..Redraw::default() });
    }
}
