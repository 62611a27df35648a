//! The widget's state in the page URL's hash: written with the History API
//! (push for discrete choices, after the next frame; a delayed replace for
//! typing and zooming) and read back on Back/Forward or when the reader edits
//! the hash. Only the widget that owns the URL (see `embed`) does any of this.

use super::{before_next_frame, render, with_widget, WidgetRef};
use crate::action::{Action, Record};
use crate::state::ViewState;
use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use wasm_bindgen::{JsCast, JsValue};

/// How long typing or zooming must pause before the URL is rewritten (keeps
/// well under the browser's limit on history calls) and a hidden list is
/// redrawn.
pub(super) const PAUSE_MS: u32 = 300;

/// The page's own location, read through `Url`'s bindings: the same `href`,
/// `hash`, `pathname` and `search` properties, without `Location`'s error
/// paths (only another origin's location throws) and with fewer imports in
/// the glue.
pub(crate) fn location() -> Option<web_sys::Url> {
    web_sys::window().map(|w| w.location().unchecked_into())
}

/// The page's hash, without `#`.
pub(crate) fn current_hash() -> String {
    let hash = location().map(|l| l.hash()).unwrap_or_default();
    hash.strip_prefix('#').map(str::to_owned).unwrap_or(hash)
}

fn write(hash: &str, push: bool) {
    let Some(window) = web_sys::window() else { return };
    let Ok(history) = window.history() else { return };
    let location: web_sys::Url = window.location().unchecked_into();
    let url = if hash.is_empty() { format!("{}{}", location.pathname(), location.search()) } else { format!("#{hash}") };
    let _ = if push {
        history.push_state_with_url(&JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
    };
}

/// Writes the widget's state to the URL as `record` says.
pub(crate) fn record(handle: &WidgetRef, record: Record) {
    if record == Record::Keep {
        return;
    }
    let pending = with_widget(handle, |w| {
        if !w.owns_url {
            return false;
        }
        if w.state.to_hash(w.timeline) == w.written_hash {
            w.hash_timer = None;
            return false;
        }
        if record == Record::Replace {
            w.hash_timer = Some(write_later(handle, PAUSE_MS, false));
        }
        true
    });
    if pending == Some(true) && record == Record::Push {
        // Pushed once the change is on screen: the History API brings layout
        // up to date to save the scroll position, and right after a render
        // that is a second, fuller layout pass (8 ms at 100,000 events).
        let handle = handle.clone();
        before_next_frame(Box::new(move || {
            with_widget(&handle, |w| w.hash_timer = Some(write_later(&handle, 0, true)));
        }));
    }
}

/// Writes the state the widget will have in `delay_ms`, as a new history
/// entry (`push`) or in place of the current one.
fn write_later(handle: &WidgetRef, delay_ms: u32, push: bool) -> Timeout {
    let handle = handle.clone();
    Timeout::new(delay_ms, move || {
        let fresh = with_widget(&handle, |w| {
            w.hash_timer = None;
            let hash = w.state.to_hash(w.timeline);
            (hash != w.written_hash).then(|| {
                w.written_hash = hash.clone();
                hash
            })
        });
        // Written with no borrow held, as every call into the page is.
        if let Some(Some(hash)) = fresh {
            write(&hash, push);
        }
    })
}

/// Restores the state from the URL on Back/Forward and on hash edits.
pub(crate) fn attach(handle: &WidgetRef, listeners: &mut Vec<EventListener>) {
    let Some(window) = web_sys::window() else { return };
    for kind in ["popstate", "hashchange"] {
        let handle = handle.clone();
        listeners.push(EventListener::new(&window, kind, move |_| {
            let hash = current_hash();
            let changed = with_widget(&handle, |w| {
                if hash == w.written_hash {
                    return false;
                }
                w.apply(Action::Restore(ViewState::from_hash(&hash, w.timeline)));
                w.written_hash = hash;
                w.hash_timer = None;
                true
            });
            if changed == Some(true) {
                render(&handle);
            }
        }));
    }
}
