//! A compiled timeline → TimelineJS's JSON, so a timeline made here can be
//! shown in TimelineJS too: each event a slide (headline, evidence and its
//! source as HTML-escaped text, category as group, the source's link as
//! media), the title as the title slide.

use serde_json::{json, Map, Value};
use tideline_model::{Event, EventDate, Precision, Timeline};

/// The timeline as TimelineJS JSON (pretty-printed).
pub fn to_timelinejs_json(timeline: &Timeline) -> String {
    let events: Vec<Value> = timeline.events.iter().map(|event| slide(timeline, event)).collect();
    let mut root = Map::new();
    if !timeline.title.is_empty() {
        root.insert("title".into(), json!({ "text": { "headline": escape_html(&timeline.title) } }));
    }
    root.insert("events".into(), Value::Array(events));
    serde_json::to_string_pretty(&Value::Object(root)).unwrap_or_default()
}

fn slide(timeline: &Timeline, event: &Event) -> Value {
    let mut slide = Map::new();
    slide.insert("unique_id".into(), json!(format!("tideline-{}", event.id.to_hex())));
    slide.insert("start_date".into(), date(event.date));
    if let Some(end) = event.end {
        slide.insert("end_date".into(), date(end));
    }
    let mut text = String::new();
    for source in &event.sources {
        let document = timeline.documents.get(usize::from(source.document.0));
        let from = document.map(|d| d.title.clone().unwrap_or_else(|| d.file.clone())).unwrap_or_default();
        text.push_str(&format!("<p>{}</p><p><small>{}</small></p>", escape_html(&source.evidence), escape_html(&from)));
    }
    slide.insert("text".into(), json!({ "headline": escape_html(&event.summary), "text": text }));
    slide.insert("group".into(), json!(event.category.as_str()));
    let link = event.sources.iter().filter_map(|s| timeline.documents.get(usize::from(s.document.0))).find(|d| d.url.is_some());
    if let Some(document) = link {
        let mut media = Map::new();
        media.insert("url".into(), json!(document.url));
        if let Some(title) = &document.title {
            media.insert("caption".into(), json!(escape_html(title)));
        }
        if let Some(publisher) = &document.publisher {
            media.insert("credit".into(), json!(escape_html(publisher)));
        }
        slide.insert("media".into(), Value::Object(media));
    }
    Value::Object(slide)
}

/// A date's parts at its precision; a quarter is its first month, shown as
/// the quarter (`display_date`).
fn date(date: EventDate) -> Value {
    let start = date.start();
    let mut parts = Map::new();
    parts.insert("year".into(), json!(start.year()));
    match date.precision() {
        Precision::Year => {}
        Precision::Quarter => {
            parts.insert("month".into(), json!(start.month()));
            parts.insert("display_date".into(), json!(format!("Q{} {}", date.quarter_number(), start.year())));
        }
        Precision::Month => {
            parts.insert("month".into(), json!(start.month()));
        }
        Precision::Day => {
            parts.insert("month".into(), json!(start.month()));
            parts.insert("day".into(), json!(start.day()));
        }
    }
    Value::Object(parts)
}

/// TimelineJS renders its text fields as HTML; corpus text must stay text.
fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compile::{compile_files, InputFile};
    use crate::timelinejs::read_timelinejs;

    #[test]
    fn an_exported_timeline_reads_back_with_the_same_dates_headlines_and_groups() {
        let article = "---\ntitle: Ruling <b>\nurl: https://example.org/r\ndate: 2021-04-12\n---\nOn 10 April 2021 the State Administration for Market Regulation fined Alibaba 18.2 billion yuan.\n\nIn the third quarter of 2022 the regulator eased its rules.\n";
        let compilation = compile_files(Some("title = \"A & B\"\n"), vec![InputFile { name: "a.md".into(), bytes: article.as_bytes().to_vec() }]);
        assert!(!compilation.timeline.events.is_empty());
        let json = to_timelinejs_json(&compilation.timeline);
        let (back, problems) = read_timelinejs("out.json", json.as_bytes());
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(back.title.as_deref(), Some("A & B"));
        assert_eq!(back.events.len(), compilation.timeline.events.len());
        for (event, read) in compilation.timeline.events.iter().zip(&back.events) {
            let expected = if event.date.precision() == Precision::Quarter {
                EventDate::month(event.date.start().year(), event.date.start().month()).ok()
            } else {
                Some(event.date)
            };
            assert_eq!(Some(read.date), expected);
            assert_eq!(read.headline, event.summary);
            assert_eq!(read.group.as_deref(), Some(event.category.as_str()));
            assert_eq!(read.media.as_ref().map(|m| m.url.as_str()), Some("https://example.org/r"));
            assert_eq!(read.media.as_ref().and_then(|m| m.caption.as_deref()), Some("Ruling <b>"));
        }
    }

    #[test]
    fn corpus_text_is_escaped_for_timelinejs_html() {
        assert_eq!(escape_html("<script>&\"'"), "&lt;script&gt;&amp;&quot;&#39;");
    }
}
