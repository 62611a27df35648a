//! Taking the filtered events away: CSV and JSON downloads (built by
//! `crate::export`) and "Copy link" with the clipboard API, falling back to
//! selecting the link in a text field for the reader to copy. Nothing here
//! outlives what it serves: the clipboard's answer is one callback, freed
//! once it has run, and the widget owns the timers that revoke a download's
//! URL and put the button's label back.

use super::dom::{append, document, element, set_attr};
use super::{with_widget, WidgetRef};
use crate::export::{events_csv, events_json};
use gloo_timers::callback::Timeout;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, Element, HtmlAnchorElement, HtmlInputElement, Url};

/// How long a button says "Link copied" before its label returns.
const FEEDBACK_MS: u32 = 2500;

/// Runs the `csv`, `json` or `copy-link` action pressed on `button`.
pub(crate) fn run(handle: &WidgetRef, action: &str, button: &Element) {
    if action == "copy-link" {
        copy_link(handle, button);
        return;
    }
    let file = with_widget(handle, |w| match action {
        "csv" => ("tideline-events.csv", "text/csv;charset=utf-8", events_csv(w.timeline, &w.result.matches)),
        _ => ("tideline-events.json", "application/json", events_json(w.timeline, &w.result.matches)),
    });
    let Some(url) = file.and_then(|(name, mime, text)| download(name, mime, &text)) else { return };
    // Revoked once the browser has started the download, or sooner when
    // the widget goes or the next download starts (seconds apart, by a
    // reader's clicks).
    let revoke = Timeout::new(10_000, move || drop(url));
    with_widget(handle, |w| w.download = Some(revoke));
}

/// A download's object URL, revoked when dropped.
struct ObjectUrl(String);

impl Drop for ObjectUrl {
    fn drop(&mut self) {
        let _ = Url::revoke_object_url(&self.0);
    }
}

/// Starts downloading `text` as the file `name`; its URL is valid until dropped.
fn download(name: &str, mime: &str, text: &str) -> Option<ObjectUrl> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = ObjectUrl(Url::create_object_url_with_blob(&blob).ok()?);
    let link: HtmlAnchorElement = element("a", "").unchecked_into();
    link.set_href(&url.0);
    link.set_download(name);
    link.click();
    Some(url)
}

fn copy_link(handle: &WidgetRef, button: &Element) {
    let (Some(window), Some(location)) = (web_sys::window(), super::url::location()) else { return };
    let href = location.href();
    let clipboard = window.navigator().clipboard();
    // Older or insecure contexts have no clipboard object.
    if clipboard.is_undefined() {
        copy_by_selection(handle, button, &href);
        return;
    }
    // One callback for both outcomes (the write resolves with `undefined`,
    // a refusal rejects with an error), freed once it has run.
    let (handle, button, copied) = (handle.clone(), button.clone(), href.clone());
    let settled = Closure::once_into_js(move |outcome: JsValue| {
        if outcome.is_undefined() {
            say(&handle, &button, "Link copied");
        } else {
            copy_by_selection(&handle, &button, &copied);
        }
    });
    clipboard.write_text(&href).unchecked_ref::<Settling>().then(&settled, &settled);
}

#[wasm_bindgen]
extern "C" {
    /// A promise seen through `then(onFulfilled, onRejected)` with plain
    /// functions: js-sys's `then2` takes closures that live until dropped,
    /// where one function freed by its one call is wanted.
    type Settling;
    #[wasm_bindgen(method)]
    fn then(this: &Settling, fulfilled: &JsValue, rejected: &JsValue);
}

/// Shows the link selected in a field next to the button and tries the old
/// copy command; the reader can copy it by hand if that fails too.
fn copy_by_selection(handle: &WidgetRef, button: &Element, href: &str) {
    let Some(parent) = button.parent_element() else { return };
    let field: HtmlInputElement = match parent.query_selector(".tl-link-field").ok().flatten() {
        Some(existing) => existing.unchecked_into(),
        None => {
            let field = element("input", "tl-link-field");
            set_attr(&field, "readonly", "");
            set_attr(&field, "aria-label", "Link to this view");
            append(&parent, &field);
            field.unchecked_into()
        }
    };
    field.set_value(href);
    field.select();
    let copied = document().dyn_into::<web_sys::HtmlDocument>().ok().and_then(|d| d.exec_command("copy").ok()).unwrap_or(false);
    say(handle, button, if copied { "Link copied" } else { "Copy the selected link" });
}

/// Shows `text` on the button for a while. The widget keeps the one timer
/// that puts the label back: a new message replaces it, `destroy()` ends it.
fn say(handle: &WidgetRef, button: &Element, text: &str) {
    button.set_text_content(Some(text));
    let label = button.clone();
    let restore = Timeout::new(FEEDBACK_MS, move || label.set_text_content(Some("Copy link")));
    let previous = with_widget(handle, |w| w.feedback.replace(restore));
    drop(previous);
}
