//! The chronological list of the filtered events: the accessible view of the
//! same data the axis shows.

use super::dom::{append, clear, element, set_attr, text_element};
use crate::format::human_span;
use tideline_model::Timeline;
use web_sys::Element;

/// Redraws the list for the events `matches`.
pub(crate) fn render(list: &Element, timeline: &Timeline, matches: &[usize]) {
    clear(list);
    for &index in matches {
        let event = &timeline.events[index];
        let item = element("li", "tl-item");
        set_attr(&item, "data-event-id", &event.id.to_hex());
        set_attr(&item, "data-stance", event.stance.as_str());
        let head = element("p", "tl-item-head");
        append(&head, &text_element("time", "tl-date", &human_span(event.date, event.end)));
        append(&head, &text_element("span", "tl-badge", event.stance.as_str()));
        append(&head, &text_element("span", "tl-category", event.category.as_str()));
        append(&item, &head);
        append(&item, &text_element("p", "tl-summary", &event.summary));
        if !event.actors.is_empty() {
            let actors = element("ul", "tl-actors");
            for actor in event.actors.iter().filter_map(|id| timeline.actor(*id)) {
                append(&actors, &text_element("li", "tl-chip", &actor.name));
            }
            append(&item, &actors);
        }
        if let Some(source) = event.sources.first() {
            append(&item, &text_element("blockquote", "tl-evidence", &source.evidence));
            if let Some(doc) = timeline.document(source.document) {
                let name = doc.title.as_deref().unwrap_or(&doc.file);
                append(&item, &text_element("cite", "tl-source", name));
            }
        }
        append(list, &item);
    }
}
