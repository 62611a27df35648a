//! The list view: the filtered events under year and month headings, the
//! accessible and printable form of the same data the axis shows.

use super::controls::category_label;
use super::dom::{append, clear, element, set_attr, text_element};
use crate::format::human_span;
use crate::layout::group_by_period;
use tideline_model::{EventKind, Timeline};
use web_sys::Element;

/// Redraws the list for the events `matches`.
pub(crate) fn render(list: &Element, timeline: &Timeline, matches: &[usize], limit: usize) {
    clear(list);
    if matches.is_empty() {
        append(list, &text_element("p", "tl-none", "No events match. Try removing a filter or “Clear all”."));
    }
    // Only the first `limit` events are in the DOM, so a large corpus costs
    // the same to filter as a small one; "Show more" extends the page.
    let shown = &matches[..matches.len().min(limit)];
    let mut year = None;
    for group in group_by_period(&timeline.events, shown) {
        if year != Some(group.year) {
            year = Some(group.year);
            append(list, &text_element("h3", "tl-year", &group.year.to_string()));
        }
        append(list, &text_element("h4", "tl-period", &group.heading));
        let items = element("ol", "tl-items");
        for index in group.events {
            let event = &timeline.events[index];
            let item = element("li", if event.kind == EventKind::Plan { "tl-item tl-plan" } else { "tl-item" });
            set_attr(&item, "data-event-id", &event.id.to_hex());
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
            append(&items, &item);
        }
        append(list, &items);
    }
    if shown.len() < matches.len() {
        let more = matches.len() - shown.len();
        let label = format!("Show {} more of {more}", PAGE.min(more));
        let button = text_element("button", "tl-show-more", &label);
        set_attr(&button, "type", "button");
        set_attr(&button, "data-action", "more");
        append(list, &button);
    }
}

/// How many events the list shows at first, and adds per "Show more".
pub(crate) const PAGE: usize = 100;
