//! Small helpers for building DOM nodes. Corpus text only ever becomes text
//! nodes or attribute values set through the DOM API, never parsed HTML.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

/// The page's document. The widget only runs in a window, so its absence is a
/// broken environment, not bad input.
pub fn document() -> Document {
    web_sys::window().and_then(|w| w.document()).expect("Tideline runs in a browser window")
}

/// A new `<tag class="class">`.
pub fn element(tag: &str, class: &str) -> Element {
    let el = document().create_element(tag).expect("valid tag name");
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
    if let Some(html) = el.dyn_ref::<web_sys::HtmlElement>() {
        let _ = html.style().set_property(property, value);
    }
}
