//! The review panel's DOM: a "Review events" button fixed at the page's
//! corner, in a shadow root of its own, opens a panel that lists every event
//! (built on first open), with a form per event and the `tideline.toml`
//! lines its edits make. Corpus text only ever becomes text nodes and field
//! values. Listeners sit on the panel and are kept for the page's life.

use super::entries::{at_precision, correction, review_entries, CurationMark, Draft, ReviewEntry};
use crate::data::embedded_timeline;
use gloo_events::EventListener;
use std::cell::RefCell;
use tideline_model::{curation_toml, Category, EventCorrection, EventDate, Precision, Stance};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CssStyleSheet, Document, Element, Event, HtmlElement, HtmlInputElement, KeyboardEvent, ShadowRootInit, ShadowRootMode};

/// The panel's stylesheet, adopted by its shadow root (CSP-safe).
const CSS: &str = include_str!("review.css");
const PRECISIONS: [Precision; 4] = [Precision::Day, Precision::Month, Precision::Quarter, Precision::Year];

/// The button, the panel and, once opened, what it lists.
struct Panel {
    toggle: Element,
    section: Element,
    content: Option<Content>,
}

/// The panel's lists and output, built on first open.
struct Content {
    entries: Vec<ReviewEntry>,
    /// What the author changed, by entry.
    corrections: Vec<Option<EventCorrection>>,
    output: Element,
    empty_note: Element,
    copy: Element,
    copy_status: Element,
}

thread_local! {
    static PANEL: RefCell<Option<Panel>> = const { RefCell::new(None) };
    /// The panel's listeners, alive as long as the page.
    static LISTENERS: RefCell<Vec<EventListener>> = const { RefCell::new(Vec::new()) };
}

fn document() -> Option<Document> {
    web_sys::window()?.document()
}

fn element(document: &Document, tag: &str, class: &str) -> Element {
    let Ok(el) = document.create_element(tag) else { panic!("{tag} is not a valid tag name") };
    if !class.is_empty() {
        el.set_class_name(class);
    }
    el
}

fn text_element(document: &Document, tag: &str, class: &str, text: &str) -> Element {
    let el = element(document, tag, class);
    el.set_text_content(Some(text));
    el
}

fn set_attr(el: &Element, name: &str, value: &str) {
    let _ = el.set_attribute(name, value);
}

fn append(parent: &Element, child: &Element) {
    let _ = parent.append_child(child);
}

fn focus(el: &Element) {
    if let Some(html) = el.dyn_ref::<HtmlElement>() {
        let _ = html.focus();
    }
}

/// Adds the "Review events" button to the page; the panel opens from it.
pub fn start() {
    let Some(document) = document() else { return };
    let Some(body) = document.body() else { return };
    let host = element(&document, "div", "");
    host.set_id("tideline-review");
    let Ok(shadow) = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)) else { return };
    if let Ok(sheet) = CssStyleSheet::new() {
        if sheet.replace_sync(CSS).is_ok() {
            shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
        }
    }
    let toggle = text_element(&document, "button", "review-toggle", "Review events");
    set_attr(&toggle, "type", "button");
    set_attr(&toggle, "aria-expanded", "false");
    set_attr(&toggle, "aria-controls", "review-panel");
    let section = element(&document, "section", "review-panel");
    section.set_id("review-panel");
    set_attr(&section, "aria-labelledby", "review-title");
    set_attr(&section, "hidden", "");
    let _ = shadow.append_child(&toggle);
    let _ = shadow.append_child(&section);
    let _ = body.append_child(&host);

    let listeners = vec![
        EventListener::new(&toggle, "click", |_| toggle_panel()),
        EventListener::new(&section, "click", on_click),
        EventListener::new(&section, "input", on_input),
        EventListener::new(&section, "keydown", |event| {
            if event.dyn_ref::<KeyboardEvent>().is_some_and(|key| key.key() == "Escape") {
                toggle_panel();
            }
        }),
    ];
    LISTENERS.with_borrow_mut(|kept| kept.extend(listeners));
    PANEL.with_borrow_mut(|panel| *panel = Some(Panel { toggle, section, content: None }));
}

/// Opens the panel (building it the first time) or closes it, moving focus
/// to its heading or back to the button.
fn toggle_panel() {
    PANEL.with_borrow_mut(|panel| {
        let Some(panel) = panel else { return };
        let Some(document) = document() else { return };
        let open = panel.section.has_attribute("hidden");
        if !open {
            set_attr(&panel.section, "hidden", "");
            set_attr(&panel.toggle, "aria-expanded", "false");
            focus(&panel.toggle);
            return;
        }
        if panel.content.is_none() {
            panel.content = build_content(&document, &panel.section);
        }
        let _ = panel.section.remove_attribute("hidden");
        set_attr(&panel.toggle, "aria-expanded", "true");
        if let Ok(Some(title)) = panel.section.query_selector("#review-title") {
            focus(&title);
        }
    });
}

/// The panel's heading, summary, output and list; `None` (with the reason
/// shown) when the embedded data cannot be read.
fn build_content(document: &Document, section: &Element) -> Option<Content> {
    let title = text_element(document, "h2", "review-title", "Review events");
    title.set_id("review-title");
    set_attr(&title, "tabindex", "-1");
    append(section, &title);
    let data = embedded_timeline().and_then(|timeline| Ok((super::embedded_curation()?, timeline)));
    let (record, timeline) = match data {
        Ok(data) => data,
        Err(err) => {
            append(section, &text_element(document, "p", "review-problem", &format!("The review data cannot be read: {err}.")));
            return None;
        }
    };
    let entries = review_entries(&timeline, &record);
    let count = |wanted: fn(&CurationMark) -> bool| entries.iter().filter(|e| wanted(&e.curation)).count();
    let summary = format!(
        "{} events: {} hidden, {} corrected and {} added by tideline.toml or a TimelineJS file. Hide or correct any of them, \
         then paste the lines below at the end of tideline.toml; the page rebuilds. Close with Escape.",
        entries.len(),
        count(|m| *m == CurationMark::Hidden),
        count(|m| matches!(m, CurationMark::Corrected(_))),
        count(|m| *m == CurationMark::Added),
    );
    append(section, &text_element(document, "p", "review-summary", &summary));

    let output_box = element(document, "section", "review-output");
    set_attr(&output_box, "aria-labelledby", "review-lines-title");
    let lines_title = text_element(document, "h3", "", "Lines for tideline.toml");
    lines_title.set_id("review-lines-title");
    let empty_note = text_element(document, "p", "review-empty", "No changes yet: hide or correct an event below.");
    let output = element(document, "pre", "review-toml");
    set_attr(&output, "tabindex", "0");
    set_attr(&output, "aria-labelledby", "review-lines-title");
    set_attr(&output, "hidden", "");
    let copy = text_element(document, "button", "review-copy", "Copy lines");
    set_attr(&copy, "type", "button");
    set_attr(&copy, "data-review", "copy");
    set_attr(&copy, "disabled", "");
    let copy_status = element(document, "span", "review-copy-status");
    set_attr(&copy_status, "role", "status");
    for child in [&lines_title, &empty_note, &output, &copy, &copy_status] {
        append(&output_box, child);
    }
    append(section, &output_box);

    let list = element(document, "ol", "review-list");
    for (index, entry) in entries.iter().enumerate() {
        append(&list, &entry_item(document, index, entry));
    }
    append(section, &list);
    let corrections = vec![None; entries.len()];
    Some(Content { entries, corrections, output, empty_note, copy, copy_status })
}

/// One event: headline, date, stance, category, id, what curation did, its
/// actors and evidence, the "Hide this event" box and the "Correct…" button
/// (its form is built when first pressed).
fn entry_item(document: &Document, index: usize, entry: &ReviewEntry) -> Element {
    let item = element(document, "li", "review-event");
    let id = entry.id.to_hex();
    set_attr(&item, "data-index", &index.to_string());
    set_attr(&item, "data-review-id", &id);
    let heading_id = format!("review-h-{index}");
    let heading = text_element(document, "h3", "review-headline", &entry.summary);
    heading.set_id(&heading_id);
    append(&item, &heading);
    let meta = format!("{} ({}) · {} · {} · id {id}", entry.date, entry.date.precision().as_str(), entry.stance.as_str(), entry.category.as_str());
    append(&item, &text_element(document, "p", "review-meta", &meta));
    let mark = match &entry.curation {
        CurationMark::None => None,
        CurationMark::Hidden => Some(("hidden", "Hidden by tideline.toml".to_owned())),
        CurationMark::Corrected(changes) => Some(("corrected", format!("Corrected by tideline.toml: {}", changes.join("; ")))),
        CurationMark::Added => Some(("added", "Added by tideline.toml or a TimelineJS file".to_owned())),
    };
    if let Some((kind, text)) = mark {
        set_attr(&item, "data-curation", kind);
        append(&item, &text_element(document, "p", "review-mark", &text));
    }
    let actors = if entry.actors.is_empty() { "Actors: none".to_owned() } else { format!("Actors: {}", entry.actors.join(", ")) };
    append(&item, &text_element(document, "p", "review-actors", &actors));
    let evidence = element(document, "ul", "review-evidence");
    for source in &entry.evidence {
        let line = element(document, "li", "");
        append(&line, &text_element(document, "q", "", &source.sentence));
        let place = if source.line > 0 { format!(" — {}, line {}", source.file, source.line) } else { format!(" — {}", source.file) };
        append(&line, &text_element(document, "span", "review-source", &place));
        append(&evidence, &line);
    }
    append(&item, &evidence);

    let controls = element(document, "div", "review-controls");
    let hide_label = element(document, "label", "review-hide");
    let hide = element(document, "input", "");
    set_attr(&hide, "type", "checkbox");
    set_attr(&hide, "name", "hide");
    if let Some(hide) = hide.dyn_ref::<HtmlInputElement>() {
        hide.set_checked(entry.is_hidden());
    }
    append(&hide_label, &hide);
    append(&hide_label, &text_element(document, "span", "", "Hide this event"));
    let correct = text_element(document, "button", "review-correct", "Correct…");
    set_attr(&correct, "type", "button");
    set_attr(&correct, "data-review", "correct");
    set_attr(&correct, "aria-expanded", "false");
    set_attr(&correct, "aria-describedby", &heading_id);
    append(&controls, &hide_label);
    append(&controls, &correct);
    append(&item, &controls);
    item
}

/// The correction form of one event, filled with its values.
fn entry_form(document: &Document, entry: &ReviewEntry) -> Element {
    let form = element(document, "fieldset", "review-form");
    append(&form, &text_element(document, "legend", "", "Correct this event"));
    let draft = Draft::of(entry);
    let date = labelled(document, &form, "Date (2023-07-12, 2023-07, 2023-Q3 or 2023)", "input", "date");
    set_attr(&date, "type", "text");
    set_attr(&date, "autocomplete", "off");
    set_value(&date, &draft.date);
    let precisions: Vec<&str> = PRECISIONS.iter().map(|p| p.as_str()).collect();
    let precision = labelled(document, &form, "Precision", "select", "precision");
    add_options(document, &precision, &precisions, entry.date.precision().as_str());
    let stances: Vec<&str> = Stance::ALL.iter().map(|s| s.as_str()).collect();
    let stance = labelled(document, &form, "Stance", "select", "stance");
    add_options(document, &stance, &stances, draft.stance.as_str());
    let categories: Vec<&str> = Category::ALL.iter().map(|c| c.as_str()).collect();
    let category = labelled(document, &form, "Category", "select", "category");
    add_options(document, &category, &categories, draft.category.as_str());
    let summary = labelled(document, &form, "Headline", "input", "summary");
    set_attr(&summary, "type", "text");
    set_value(&summary, &draft.summary);
    let actors = labelled(document, &form, "Actors, one per line", "textarea", "actors");
    set_attr(&actors, "rows", "3");
    set_value(&actors, &draft.actors);
    let problem = element(document, "p", "review-problem");
    set_attr(&problem, "aria-live", "polite");
    append(&form, &problem);
    let undo = text_element(document, "button", "review-undo", "Undo changes");
    set_attr(&undo, "type", "button");
    set_attr(&undo, "data-review", "undo");
    append(&form, &undo);
    form
}

/// A `<label>` in `form` with `caption` and a field named `name`; the field.
fn labelled(document: &Document, form: &Element, caption: &str, tag: &str, name: &str) -> Element {
    let label = element(document, "label", "review-field");
    append(&label, &text_element(document, "span", "", caption));
    let field = element(document, tag, "");
    set_attr(&field, "name", name);
    append(&label, &field);
    append(form, &label);
    field
}

fn add_options(document: &Document, select: &Element, values: &[&str], chosen: &str) {
    for value in values {
        let option = text_element(document, "option", "", value);
        set_attr(&option, "value", value);
        append(select, &option);
    }
    set_value(select, chosen);
}

// A form field's `value` (input, select or textarea) is read and written as
// a JS property: web-sys's HtmlTextAreaElement would be a new web-sys feature,
// and any change to web-sys's features renames its symbols and reorders the
// release wasm (same size, +7 B gzip), which this debug-only panel must not.
const VALUE: &str = "value";

/// The value of a form field.
fn value(field: &Element) -> String {
    js_sys::Reflect::get(field, &JsValue::from_str(VALUE)).ok().and_then(|v| v.as_string()).unwrap_or_default()
}

fn set_value(field: &Element, text: &str) {
    let _ = js_sys::Reflect::set(field, &JsValue::from_str(VALUE), &JsValue::from_str(text));
}

fn field(item: &Element, name: &str) -> Option<Element> {
    item.query_selector(&format!("[name=\"{name}\"]")).ok().flatten()
}

/// The event's form as the author left it (its values where no form is open yet).
fn draft_of(item: &Element, entry: &ReviewEntry) -> Draft {
    let mut draft = Draft::of(entry);
    draft.hidden = field(item, "hide").and_then(|f| f.dyn_ref::<HtmlInputElement>().map(HtmlInputElement::checked)).unwrap_or(draft.hidden);
    let text = |name: &str| field(item, name).map(|f| value(&f));
    if let Some(date) = text("date") {
        draft.date = date;
    }
    if let Some(stance) = text("stance").as_deref().and_then(Stance::from_name) {
        draft.stance = stance;
    }
    if let Some(category) = text("category").as_deref().and_then(Category::from_name) {
        draft.category = category;
    }
    if let Some(summary) = text("summary") {
        draft.summary = summary;
    }
    if let Some(actors) = text("actors") {
        draft.actors = actors;
    }
    draft
}

fn with_content(act: impl FnOnce(&mut Content)) {
    PANEL.with_borrow_mut(|panel| {
        if let Some(content) = panel.as_mut().and_then(|p| p.content.as_mut()) {
            act(content);
        }
    });
}

/// The event's list item and index around the element an event happened on.
fn event_item(event: &Event) -> Option<(Element, Element, usize)> {
    let target = event.target()?.dyn_into::<Element>().ok()?;
    let item = target.closest("li.review-event").ok().flatten()?;
    let index = item.get_attribute("data-index")?.parse().ok()?;
    Some((target, item, index))
}

fn on_input(event: &Event) {
    let Some((target, item, index)) = event_item(event) else { return };
    with_content(|content| {
        let Some(entry) = content.entries.get(index) else { return };
        let mut note = None;
        match target.get_attribute("name").as_deref() {
            Some("precision") => note = follow_precision(&item, &target),
            Some("date") => {
                if let (Some(date), Some(select)) = (EventDate::parse_iso(&value(&target)), field(&item, "precision")) {
                    set_value(&select, date.precision().as_str());
                }
            }
            _ => {}
        }
        let draft = draft_of(&item, entry);
        update_entry(content, &item, index, &draft);
        if let (Some(note), Ok(Some(problem))) = (note, item.query_selector(".review-problem")) {
            problem.set_text_content(Some(note));
        }
    });
}

/// The precision chosen rewrites the date at that precision when it is
/// coarser than the date typed; a finer one needs the date typed out, which
/// the returned note says.
fn follow_precision(item: &Element, select: &Element) -> Option<&'static str> {
    let date_field = field(item, "date")?;
    let date = EventDate::parse_iso(&value(&date_field))?;
    let wanted = PRECISIONS.into_iter().find(|p| p.as_str() == value(select));
    match wanted.and_then(|precision| at_precision(date, precision)) {
        Some(coarser) => {
            set_value(&date_field, &coarser.to_string());
            None
        }
        None => {
            set_value(select, date.precision().as_str());
            Some("A more precise date must be typed: write its month or day in the date field.")
        }
    }
}

/// Records the event's correction, shows its problems and the new lines.
fn update_entry(content: &mut Content, item: &Element, index: usize, draft: &Draft) {
    let Some(entry) = content.entries.get(index) else { return };
    let (fix, problems) = correction(entry, draft);
    for name in ["date", "summary"] {
        if let Some(field) = field(item, name) {
            if problems.iter().any(|p| p.field() == name) {
                set_attr(&field, "aria-invalid", "true");
            } else {
                let _ = field.remove_attribute("aria-invalid");
            }
        }
    }
    if let Ok(Some(problem)) = item.query_selector(".review-problem") {
        let messages: Vec<String> = problems.iter().map(|p| p.message()).collect();
        problem.set_text_content(Some(&messages.join(" ")));
    }
    if fix.is_empty() {
        let _ = item.remove_attribute("data-edited");
    } else {
        set_attr(item, "data-edited", "");
    }
    if let Some(slot) = content.corrections.get_mut(index) {
        *slot = Some(fix).filter(|fix| !fix.is_empty());
    }
    show_lines(content);
}

/// Writes the `tideline.toml` lines of every edit into the output.
fn show_lines(content: &Content) {
    let corrections: Vec<EventCorrection> = content.corrections.iter().flatten().cloned().collect();
    let lines = curation_toml(&corrections);
    content.output.set_text_content(Some(&lines));
    let empty = lines.is_empty();
    for (el, hidden) in [(&content.output, empty), (&content.empty_note, !empty)] {
        if hidden {
            set_attr(el, "hidden", "");
        } else {
            let _ = el.remove_attribute("hidden");
        }
    }
    if empty {
        set_attr(&content.copy, "disabled", "");
    } else {
        let _ = content.copy.remove_attribute("disabled");
    }
    content.copy_status.set_text_content(None);
}

fn on_click(event: &Event) {
    let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
    let Some(button) = target.closest("button[data-review]").ok().flatten() else { return };
    match button.get_attribute("data-review").as_deref() {
        Some("copy") => with_content(|content| copy_lines(content)),
        Some("correct") => {
            let Some((_, item, index)) = event_item(event) else { return };
            with_content(|content| toggle_form(content, &item, index, &button));
        }
        Some("undo") => {
            let Some((_, item, index)) = event_item(event) else { return };
            with_content(|content| undo(content, &item, index));
        }
        _ => {}
    }
}

/// Shows or hides the event's form, building it the first time.
fn toggle_form(content: &Content, item: &Element, index: usize, button: &Element) {
    let Some(entry) = content.entries.get(index) else { return };
    let Some(document) = document() else { return };
    let form = match item.query_selector(".review-form").ok().flatten() {
        Some(form) => form,
        None => {
            let form = entry_form(&document, entry);
            set_attr(&form, "hidden", "");
            append(item, &form);
            form
        }
    };
    if form.has_attribute("hidden") {
        let _ = form.remove_attribute("hidden");
        set_attr(button, "aria-expanded", "true");
        if let Some(date) = field(item, "date") {
            focus(&date);
        }
    } else {
        set_attr(&form, "hidden", "");
        set_attr(button, "aria-expanded", "false");
    }
}

/// Puts the event's fields back to its values and drops its correction.
fn undo(content: &mut Content, item: &Element, index: usize) {
    let Some(entry) = content.entries.get(index) else { return };
    let draft = Draft::of(entry);
    let values = [
        ("date", draft.date.as_str()),
        ("precision", entry.date.precision().as_str()),
        ("stance", draft.stance.as_str()),
        ("category", draft.category.as_str()),
        ("summary", draft.summary.as_str()),
        ("actors", draft.actors.as_str()),
    ];
    for (name, text) in values {
        if let Some(field) = field(item, name) {
            set_value(&field, text);
        }
    }
    if let Some(hide) = field(item, "hide").and_then(|f| f.dyn_into::<HtmlInputElement>().ok()) {
        hide.set_checked(draft.hidden);
    }
    update_entry(content, item, index, &draft);
}

/// Copies the lines with the clipboard API; says so, or how to copy by hand.
fn copy_lines(content: &Content) {
    let lines = content.output.text_content().unwrap_or_default();
    let Some(window) = web_sys::window() else { return };
    let clipboard = window.navigator().clipboard();
    let status = content.copy_status.clone();
    if clipboard.is_undefined() {
        status.set_text_content(Some("No clipboard here: select the lines and copy them."));
        return;
    }
    let copied = status.clone();
    let on_copied = Closure::once(move |_: JsValue| copied.set_text_content(Some("Copied")));
    let on_refused = Closure::once(move |_: JsValue| status.set_text_content(Some("Copying was refused: select the lines and copy them.")));
    let _ = clipboard.write_text(&lines).then2(&on_copied, &on_refused);
    on_copied.forget();
    on_refused.forget();
}
