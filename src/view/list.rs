//! The list view: the filtered events under year and month headings, the
//! accessible and printable form of the same data the axis shows. Its
//! groups and entries are kept from one redraw to the next by the view's
//! keyed list primitive ([`Keyed`]): an entry shown again is moved, not
//! rebuilt.

use super::controls::category_label;
use super::dom::{action_button, append, element, set_attr, text_element};
use super::paint::Keyed;
use crate::format::human_span;
use crate::layout::group_by_period;
use tideline_model::{EventKind, Timeline};
use web_sys::Element;

/// Redraws the list `list` for the events `matches`, keeping its groups and
/// entries with `keyed`.
pub(crate) fn render(list: &Element, keyed: &Keyed, timeline: &Timeline, matches: &[usize], limit: usize) {
    keyed.at(list, None);
    // Drawn anew each time: not kept (the empty key is never reused).
    let put = |el: Element| keyed.put(&el, "");
    if matches.is_empty() {
        put(text_element("p", "tl-none", "No events match. Try removing a filter or “Clear all”."));
    }
    // Only the first `limit` events are in the DOM, so a large corpus costs
    // the same to filter as a small one; "Show more" extends the page.
    let shown = &matches[..matches.len().min(limit)];
    let mut year = None;
    for group in group_by_period(&timeline.events, shown) {
        // Headings are drawn anew; a group's entries are kept in its `ol`
        // (kept by its heading), each by its event's id.
        if year != Some(group.year) {
            year = Some(group.year);
            put(text_element("h3", "tl-year", &group.year.to_string()));
        }
        put(text_element("h4", "tl-period", &group.heading));
        let items = keyed.reuse(&group.heading).unwrap_or_else(|| {
            let items = element("ol", "tl-items");
            keyed.put(&items, &group.heading);
            items
        });
        keyed.at(&items, None);
        for index in group.events {
            let id = timeline.events[index].id.to_hex();
            if keyed.reuse(&id).is_none() {
                keyed.put(&entry(timeline, index, &id), &id);
            }
        }
        keyed.at(list, Some(&items));
    }
    if shown.len() < matches.len() {
        let more = matches.len() - shown.len();
        put(action_button("tl-show-more", &format!("Show {} more of {more}", PAGE.min(more)), "more"));
    }
    keyed.end();
}

/// The entry of event `index`, whose id is `id`. (Kept out of `render`:
/// the module is smaller that way.)
#[inline(never)]
fn entry(timeline: &Timeline, index: usize, id: &str) -> Element {
    let event = &timeline.events[index];
    let item = element("li", if event.kind == EventKind::Plan { "tl-item tl-plan" } else { "tl-item" });
    set_attr(&item, "data-event-id", id);
    set_attr(&item, "data-stance", event.stance.as_str());
    let head = element("p", "tl-item-head");
    append(&head, &text_element("time", "tl-date", &human_span(event.date, event.end)));
    append(&head, &text_element("span", "tl-badge", event.stance.as_str()));
    append(&head, &text_element("span", "tl-category", &category_label(event.category)));
    if event.kind == EventKind::Plan {
        append(&head, &text_element("span", "tl-plan-tag", "planned"));
    }
    append(&item, &head);
    let open = text_element("button", "tl-open", &event.summary);
    set_attr(&open, "type", "button");
    set_attr(&open, "aria-haspopup", "dialog");
    append(&item, &open);
    if let Some(source) = event.sources.first() {
        append(&item, &text_element("blockquote", "tl-evidence", &source.evidence));
        if let Some(doc) = timeline.document(source.document) {
            append(&item, &text_element("cite", "tl-source", doc.title.as_deref().unwrap_or(&doc.file)));
        }
    }
    item
}

/// How many events the list shows at first, and adds per "Show more".
pub(crate) const PAGE: usize = 100;
