//! The bar above the story: "Filters · 2 active" (which unfolds the panel of
//! every filter and tool), the search box, the timeline/list switch, the
//! guided mode and the count of events. A page made for the timeline opens
//! with the panel unfolded; embeds and narrow screens open on the story with
//! it folded (`options::controls_open`). Its buttons are handled by `actions`.

use super::dom::{action_button, append, element, set_attr, text_element};
use crate::state::{View, ViewState};
use web_sys::Element;

/// The bar's parts that reflect the state, and the panel it folds.
pub(crate) struct Bar {
    /// Where the search box goes (see `controls`).
    pub(crate) search_slot: Element,
    /// The count of events shown, announced politely.
    pub(crate) status: Element,
    /// The folding panel that holds the filters and the toolbar.
    pub(crate) panel: Element,
    fold: Element,
    timeline_button: Element,
    list_button: Element,
    guide: Element,
}

/// Builds the bar and, after it, the empty panel into `root`; the panel is
/// unfolded when `open`. `id_prefix` keeps the panel's id unique on the page.
pub(crate) fn build(root: &Element, id_prefix: &str, open: bool) -> Bar {
    let bar = element("div", "tl-bar");
    let panel = element("div", "tl-panel");
    let panel_id = format!("{id_prefix}panel");
    set_attr(&panel, "id", &panel_id);
    let fold = action_button("tl-button tl-fold", "Filters", "panel");
    set_attr(&fold, "aria-controls", &panel_id);
    append(&bar, &fold);
    let search_slot = element("div", "tl-bar-search");
    append(&bar, &search_slot);
    let views = element("div", "tl-group");
    set_attr(&views, "role", "group");
    set_attr(&views, "aria-label", "View");
    let timeline_button = action_button("tl-button", "Timeline", "view-timeline");
    let list_button = action_button("tl-button", "List", "view-list");
    append(&views, &timeline_button);
    append(&views, &list_button);
    append(&bar, &views);
    let guide = action_button("tl-button", "Guided tour", "guide");
    append(&bar, &guide);
    let status = text_element("p", "tl-status", "");
    set_attr(&status, "role", "status");
    set_attr(&status, "aria-live", "polite");
    append(&bar, &status);
    append(root, &bar);
    append(root, &panel);
    let bar = Bar { search_slot, status, panel, fold, timeline_button, list_button, guide };
    bar.set_open(open);
    bar
}

impl Bar {
    /// Marks the view, the guided mode and how many filters are active.
    pub(crate) fn show(&self, state: &ViewState) {
        let pressed = |on: bool| if on { "true" } else { "false" };
        set_attr(&self.timeline_button, "aria-pressed", pressed(state.view == View::Timeline));
        set_attr(&self.list_button, "aria-pressed", pressed(state.view == View::List));
        set_attr(&self.guide, "aria-pressed", pressed(state.guided));
        self.fold.set_text_content(Some(&match state.active_filters() {
            0 => "Filters".to_owned(),
            active => format!("Filters · {active} active"),
        }));
    }

    /// Folds or unfolds the panel.
    pub(crate) fn toggle(&self) {
        self.set_open(self.panel.has_attribute("hidden"));
    }

    fn set_open(&self, open: bool) {
        let _ = self.panel.toggle_attribute_with_force("hidden", !open);
        set_attr(&self.fold, "aria-expanded", if open { "true" } else { "false" });
    }
}
