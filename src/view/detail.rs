//! The detail card of the selected event: date at its precision, summary,
//! actor chips (a click filters by the actor), amounts, the evidence with the
//! search words marked, its sources, and why it got its stance.

use super::controls::{category_label, stance_label};
use super::dom::{action_button, append, clear, element, set_attr, text_element};
use crate::format::human_span;
use crate::highlight::matched_ranges;
use crate::state::ViewState;
use tideline_model::{Event, EventKind, Source, Timeline};
use web_sys::Element;

/// Fills `card` for the selected event, or hides it when none is.
pub(crate) fn render(card: &Element, timeline: &Timeline, state: &ViewState, matches: &[usize]) {
    clear(card);
    let event = state.selected.and_then(|id| timeline.events.iter().find(|e| e.id == id));
    let _ = card.toggle_attribute_with_force("hidden", event.is_none());
    let Some(event) = event else { return };
    set_attr(card, "tabindex", "-1");
    set_attr(card, "data-stance", event.stance.as_str());
    let position = matches.iter().position(|&i| timeline.events[i].id == event.id);

    let nav = element("div", "tl-detail-nav");
    let prev = action_button("tl-button", "← Previous", "prev");
    let next = action_button("tl-button", "Next →", "next");
    if position.is_none_or(|at| at == 0) {
        set_attr(&prev, "disabled", "");
    }
    if position.is_none_or(|at| at + 1 >= matches.len()) {
        set_attr(&next, "disabled", "");
    }
    let close = action_button("tl-button tl-close", "Close", "close");
    set_attr(&close, "aria-label", "Close details (Escape)");
    append(&nav, &prev);
    append(&nav, &next);
    if let (true, Some(at)) = (state.guided, position) {
        append(&nav, &text_element("span", "tl-step", &format!("Guided tour: {} of {}", at + 1, matches.len())));
    }
    append(&nav, &close);
    append(card, &nav);

    let head = element("p", "tl-item-head");
    append(&head, &text_element("time", "tl-date", &human_span(event.date, event.end)));
    append(&head, &text_element("span", "tl-badge", stance_label(event.stance)));
    append(&head, &text_element("span", "tl-category", &category_label(event.category)));
    if event.kind == EventKind::Plan {
        append(&head, &text_element("span", "tl-plan-tag", "planned"));
    }
    append(card, &head);
    append(card, &text_element("h3", "tl-detail-title", &event.summary));
    actor_chips(card, timeline, event);
    if !event.amounts.is_empty() {
        let amounts = element("ul", "tl-amounts");
        set_attr(&amounts, "aria-label", "Amounts");
        for amount in &event.amounts {
            append(&amounts, &text_element("li", "tl-chip", &amount.text));
        }
        append(card, &amounts);
    }
    if let Some((first, others)) = event.sources.split_first() {
        append(card, &evidence(&first.evidence, &state.filter.text));
        append(card, &source_line(timeline, first));
        if !others.is_empty() {
            append(card, &text_element("h4", "tl-label", "Also reported in"));
            let list = element("ul", "tl-other-sources");
            for source in others {
                let item = element("li", "");
                append(&item, &evidence(&source.evidence, &state.filter.text));
                append(&item, &source_line(timeline, source));
                append(&list, &item);
            }
            append(card, &list);
        }
    }
    if !event.cues.is_empty() {
        let why = text_element("p", "tl-why", &format!("Why {}: ", event.stance.as_str()));
        for (n, cue) in event.cues.iter().enumerate() {
            if n > 0 {
                append_text(&why, ", ");
            }
            append(&why, &text_element("q", "", cue));
        }
        append(card, &why);
    }
}

fn actor_chips(card: &Element, timeline: &Timeline, event: &Event) {
    if event.actors.is_empty() {
        return;
    }
    let actors = element("ul", "tl-actors");
    set_attr(&actors, "aria-label", "Actors");
    for &id in &event.actors {
        let Some(actor) = timeline.actor(id) else { continue };
        let item = element("li", "");
        let chip = text_element("button", "tl-chip", &actor.name);
        set_attr(&chip, "type", "button");
        set_attr(&chip, "data-actor", &id.0.to_string());
        set_attr(&chip, "title", &format!("Filter by {} ({})", actor.name, actor.kind.as_str()));
        append(&item, &chip);
        append(&actors, &item);
    }
    append(card, &actors);
}

fn append_text(parent: &Element, text: &str) {
    let node = super::dom::document().create_text_node(text);
    let _ = parent.append_child(&node);
}

/// The evidence sentence as text nodes, with the search words in `<mark>`.
fn evidence(text: &str, query: &str) -> Element {
    let quote = element("blockquote", "tl-evidence");
    let mut at = 0;
    for range in matched_ranges(text, query) {
        append_text(&quote, text.get(at..range.start).unwrap_or_default());
        append(&quote, &text_element("mark", "", text.get(range.clone()).unwrap_or_default()));
        at = range.end;
    }
    append_text(&quote, text.get(at..).unwrap_or_default());
    quote
}

/// "Title — Publisher, July 2023", the title a link only for http(s) URLs.
fn source_line(timeline: &Timeline, source: &Source) -> Element {
    let line = element("p", "tl-source");
    let Some(doc) = timeline.document(source.document) else { return line };
    let title = doc.title.as_deref().unwrap_or(&doc.file);
    let link = doc.url.as_deref().and_then(|u| web_sys::Url::new(u).ok()).filter(|u| matches!(u.protocol().as_str(), "http:" | "https:"));
    match link {
        Some(url) => {
            let a = text_element("a", "", title);
            set_attr(&a, "href", &url.href());
            set_attr(&a, "rel", "noopener noreferrer");
            set_attr(&a, "target", "_blank");
            append(&line, &a);
        }
        None => append(&line, &text_element("cite", "", title)),
    }
    let mut rest = String::new();
    if let Some(publisher) = &doc.publisher {
        rest.push_str(" — ");
        rest.push_str(publisher);
    }
    if let Some(published) = doc.published {
        rest.push_str(if doc.publisher.is_some() { ", " } else { " — " });
        rest.push_str(&crate::format::human_date(published));
    }
    append_text(&line, &rest);
    line
}
