//! Taking the filtered events away: CSV and JSON downloads (built by
//! `crate::export`) and "Copy link" with the clipboard API, falling back to
//! selecting the link in a text field for the reader to copy.

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
        copy_link(button);
        return;
    }
    let file = with_widget(handle, |w| match action {
        "csv" => ("tideline-events.csv", "text/csv;charset=utf-8", events_csv(w.timeline, &w.result.matches)),
        _ => ("tideline-events.json", "application/json", events_json(w.timeline, &w.result.matches)),
    });
    if let Some((name, mime, text)) = file {
        download(name, mime, &text);
    }
}

fn download(name: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = Url::create_object_url_with_blob(&blob) else { return };
    let link: HtmlAnchorElement = element("a", "").unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // Revoke once the browser has started the download.
    Timeout::new(10_000, move || {
        let _ = Url::revoke_object_url(&url);
    })
    .forget();
}

fn copy_link(button: &Element) {
    let Some(window) = web_sys::window() else { return };
    let href = window.location().href().unwrap_or_default();
    let done = button.clone();
    let on_copied = Closure::once(move |_: JsValue| say(&done, "Link copied"));
    let fallback_button = button.clone();
    let fallback_href = href.clone();
    let on_refused = Closure::once(move |_: JsValue| copy_by_selection(&fallback_button, &fallback_href));
    let clipboard = window.navigator().clipboard();
    // Older or insecure contexts have no clipboard object.
    if clipboard.is_undefined() {
        copy_by_selection(button, &href);
        return;
    }
    let _ = clipboard.write_text(&href).then2(&on_copied, &on_refused);
    // Only one of the two runs; the other stays as a few bytes per copy.
    on_copied.forget();
    on_refused.forget();
}

/// Shows the link selected in a field next to the button and tries the old
/// copy command; the reader can copy it by hand if that fails too.
fn copy_by_selection(button: &Element, href: &str) {
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
    say(button, if copied { "Link copied" } else { "Copy the selected link" });
}

fn say(button: &Element, text: &str) {
    button.set_text_content(Some(text));
    let button = button.clone();
    Timeout::new(FEEDBACK_MS, move || button.set_text_content(Some("Copy link"))).forget();
}
