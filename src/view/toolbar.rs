//! The toolbar in the controls' panel: lane choice, zoom buttons, theme,
//! downloads and "Copy link" (the timeline/list switch is in the `bar`).
//! Its buttons are handled by `actions`.

use super::dom::{action_button, append, element, set_attr, text_element};
use crate::options::Theme;
use crate::state::{Lanes, View, ViewState};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

/// The toolbar parts that reflect the state.
pub(crate) struct Toolbar {
    /// The lanes `<select>`, set through the input's binding (the same
    /// `value` property, one import fewer in the glue).
    lanes: HtmlInputElement,
    zoom: Element,
}

/// Builds the toolbar into `root`. "Copy link" only where the URL holds the
/// widget's state.
pub(crate) fn build(root: &Element, owns_url: bool, theme: Theme) -> Toolbar {
    let bar = element("div", "tl-toolbar");

    let zoom = element("div", "tl-group");
    set_attr(&zoom, "role", "group");
    set_attr(&zoom, "aria-label", "Zoom");
    for (text, label, action) in [("−", "Zoom out", "zoom-out"), ("+", "Zoom in", "zoom-in"), ("Fit all", "Fit all", "fit")] {
        let button = action_button("tl-button", text, action);
        set_attr(&button, "aria-label", label);
        append(&zoom, &button);
    }
    let lanes_label = element("label", "tl-lane-choice");
    append(&lanes_label, &text_element("span", "tl-label", "Lanes"));
    let lanes = element("select", "");
    set_attr(&lanes, "data-action", "lanes");
    for choice in Lanes::ALL {
        let option = text_element("option", "", choice.label());
        set_attr(&option, "value", choice.as_str());
        append(&lanes, &option);
    }
    append(&lanes_label, &lanes);
    append(&zoom, &lanes_label);
    append(&bar, &zoom);

    let more = element("div", "tl-group");
    set_attr(&more, "role", "group");
    set_attr(&more, "aria-label", "Share and export");
    append(&more, &action_button("tl-button", "Download CSV", "csv"));
    append(&more, &action_button("tl-button", "Download JSON", "json"));
    if owns_url {
        append(&more, &action_button("tl-button", "Copy link", "copy-link"));
    }
    let label = match theme {
        Theme::Auto => "Theme: auto",
        Theme::Light => "Theme: light",
        Theme::Dark => "Theme: dark",
    };
    append(&more, &action_button("tl-button", label, "theme"));
    append(&bar, &more);
    append(root, &bar);
    Toolbar { lanes: lanes.unchecked_into(), zoom }
}

impl Toolbar {
    /// Marks the current lane choice; zooming is for the timeline only.
    pub(crate) fn show(&self, state: &ViewState) {
        self.lanes.set_value(state.lanes.as_str());
        let _ = self.zoom.toggle_attribute_with_force("hidden", state.view != View::Timeline);
    }
}

/// The next theme in the cycle auto → dark → light, and its button text.
pub(crate) fn next_theme(current: Option<&str>) -> (Option<&'static str>, &'static str) {
    match current {
        None => (Some("dark"), "Theme: dark"),
        Some("dark") => (Some("light"), "Theme: light"),
        _ => (None, "Theme: auto"),
    }
}
