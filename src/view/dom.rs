//! Small helpers for building DOM nodes. Corpus text only ever becomes text
//! nodes or attribute values set through the DOM API, never parsed HTML.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Event, HtmlElement, HtmlInputElement};

thread_local! {
    /// The page's document, fetched across the boundary once rather than for
    /// every element created.
    static DOCUMENT: Document = web_sys::window().and_then(|w| w.document()).expect("Tideline runs in a browser window");
}

/// The page's document. The widget only runs in a window, so its absence is a
/// broken environment, not bad input.
pub fn document() -> Document {
    DOCUMENT.with(Document::clone)
}

/// A new `<tag class="class">`.
pub fn element(tag: &str, class: &str) -> Element {
    // Not `expect`: its message would print the `JsValue` error with `Debug`,
    // which links wasm-bindgen's `debugString` into the glue.
    let Ok(el) = document().create_element(tag) else { panic!("{tag} is not a valid tag name") };
    if !class.is_empty() {
        el.set_class_name(class);
    }
    el
}

/// A new element holding `text` as a text node.
pub fn text_element(tag: &str, class: &str, text: &str) -> Element {
    let el = element(tag, class);
    el.set_text_content(Some(text));
    el
}

/// A `<button type="button">` whose click the root handles by `data-action`.
pub fn action_button(class: &str, text: &str, action: &str) -> Element {
    let button = text_element("button", class, text);
    set_attr(&button, "type", "button");
    set_attr(&button, "data-action", action);
    button
}

/// A labelled `<input>` inside a `<label>` with a visible caption.
pub fn labelled_input(class: &str, caption: &str, kind: &str) -> (Element, HtmlInputElement) {
    let label = element("label", class);
    append(&label, &text_element("span", "tl-label", caption));
    let input = element("input", "");
    set_attr(&input, "type", kind);
    append(&label, &input);
    (label, input.unchecked_into())
}

/// Sets an attribute; attribute values are never interpreted as markup.
pub fn set_attr(el: &Element, name: &str, value: &str) {
    // Fails only for invalid attribute names, which are constants here.
    let _ = el.set_attribute(name, value);
}

/// Appends `child` to `parent`.
pub fn append(parent: &Element, child: &Element) {
    let _ = parent.append_child(child);
}

/// Removes every child of `el`.
pub fn clear(el: &Element) {
    el.set_text_content(None);
}

/// Sets an inline style property through CSSOM (allowed by a strict CSP).
pub fn set_style(el: &Element, property: &str, value: &str) {
    if let Some(html) = el.dyn_ref::<HtmlElement>() {
        let _ = html.style().set_property(property, value);
    }
}

/// Moves keyboard focus to `el`.
pub fn focus(el: &Element) {
    if let Some(html) = el.dyn_ref::<HtmlElement>() {
        let _ = html.focus();
    }
}

/// The element an event happened on.
pub fn target_element(event: &Event) -> Option<Element> {
    event.target().and_then(|t| t.dyn_into::<Element>().ok())
}

/// The nearest ancestor of `el` (or itself) matching `selector`.
pub fn closest(el: &Element, selector: &str) -> Option<Element> {
    el.closest(selector).ok().flatten()
}
