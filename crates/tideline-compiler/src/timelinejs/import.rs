//! TimelineJS events → the corpus's curated events. Each file becomes a
//! document; an event whose media is an http(s) link cites a document of its
//! own carrying that link (the card's source link), so links stay links.
//! Groups become categories when they name one; stance and, otherwise,
//! category come from the classifier, and actors from the actor finder, as
//! for extracted events.

use super::read::{read_timelinejs, TimelineJsEvent, TimelineJsFile};
use crate::actors::ActorFinder;
use crate::classify::Classifier;
use crate::compile::InputFile;
use crate::config::Addition;
use crate::diagnostic::Diagnostic;
use std::collections::BTreeMap;
use tideline_model::{Actor, ActorKind, Category, DateBasis, Document, EventKind};

/// What the corpus's TimelineJS files add to it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Imported {
    /// One per file, then one per event with a media link.
    pub documents: Vec<Document>,
    /// The events, as `[[curation.add]]` entries citing those documents.
    pub additions: Vec<Addition>,
    /// Problems, each naming file and line.
    pub diagnostics: Vec<Diagnostic>,
    /// The kind of each actor the additions name (curation adds an actor
    /// the articles do not name as an organisation; see [`Imported::set_actor_kinds`]).
    pub actor_kinds: BTreeMap<String, ActorKind>,
}

impl Imported {
    /// Gives the actors these events brought into `actors` their kinds
    /// (those the articles named keep the kind their context gave).
    pub fn set_actor_kinds(&self, actors: &mut [Actor]) {
        for actor in actors.iter_mut().filter(|a| a.kind == ActorKind::Organisation) {
            if let Some(kind) = self.actor_kinds.get(&actor.name) {
                actor.kind = *kind;
            }
        }
    }
}

/// Longest headline the JSON contract allows (characters).
const MAX_SUMMARY_CHARS: usize = 60;

/// The corpus's tools the imported events are read with.
pub struct ImportTools<'a> {
    /// Stance and category.
    pub classifier: &'a Classifier,
    /// Actors.
    pub actors: &'a ActorFinder,
}

/// Reads each TimelineJS file of `files` and turns its events into curated
/// events, classified and with their actors found by `tools`.
pub fn import_timelines(files: &[InputFile], tools: &ImportTools<'_>) -> Imported {
    let mut imported = Imported::default();
    for input in files {
        let (file, problems) = read_timelinejs(&input.name, &input.bytes);
        imported.diagnostics.extend(problems);
        add_file(file, tools, &mut imported);
    }
    imported
}

fn add_file(file: TimelineJsFile, tools: &ImportTools<'_>, imported: &mut Imported) {
    imported.documents.push(document(&file.file, file.title.clone(), None, None));
    let mut unknown_groups: BTreeMap<String, (u32, usize)> = BTreeMap::new();
    for event in &file.events {
        let cited = match &event.media {
            Some(media) if is_web_link(&media.url) => {
                let name = format!("{} event {}", file.file, event.row);
                let title = media.caption.clone().or_else(|| Some(summary_of(event)));
                imported.documents.push(document(&name, title, media.credit.clone(), Some(media.url.clone())));
                name
            }
            Some(media) => {
                let shown: String = media.url.chars().take(60).collect();
                let more = if shown.len() < media.url.len() { "…" } else { "" };
                let message = format!(
                    "event {}: media `{}{more}` is not an http or https link (an embed?); not kept",
                    event.row,
                    crate::escape_control(&shown)
                );
                imported.diagnostics.push(Diagnostic::warning(&file.file, event.line, message));
                file.file.clone()
            }
            None => file.file.clone(),
        };
        let words = format!("{}. {}", event.headline, event.text);
        let classification = tools.classifier.classify(&words);
        let mut actors = Vec::new();
        for mention in tools.actors.find(&words) {
            if !actors.contains(&mention.name) {
                imported.actor_kinds.insert(mention.name.clone(), mention.kind);
                actors.push(mention.name);
            }
        }
        let category = match event.group.as_deref() {
            Some(group) => category_named(group).unwrap_or_else(|| {
                let seen = unknown_groups.entry(group.to_owned()).or_insert((event.line, 0));
                seen.1 += 1;
                classification.category
            }),
            None => classification.category,
        };
        imported.additions.push(Addition {
            date: event.date,
            end: event.end,
            kind: EventKind::Event,
            summary: summary_of(event),
            stance: classification.stance,
            category,
            actors,
            file: cited,
            evidence: if event.text.is_empty() { event.headline.clone() } else { event.text.clone() },
            line: event.line,
        });
    }
    let categories: Vec<&str> = Category::ALL.iter().map(|c| c.as_str()).collect();
    for (group, (line, count)) in unknown_groups {
        let message = format!(
            "group `{group}` ({count} event{}) is not a Tideline category, so each takes the category its text suggests; to choose, name the group one of {}",
            if count == 1 { "" } else { "s" },
            categories.join(", ")
        );
        imported.diagnostics.push(Diagnostic::warning(&file.file, line, message));
    }
}

fn document(file: &str, title: Option<String>, publisher: Option<String>, url: Option<String>) -> Document {
    Document { file: file.to_owned(), title, publisher, authors: Vec::new(), published: None, published_basis: DateBasis::Unknown, url }
}

fn is_web_link(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")) && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// The category a TimelineJS group names: its name or plural, any case, with
/// spaces or hyphens for underscores ("Fines", "Policy support").
fn category_named(group: &str) -> Option<Category> {
    let name: String = group.trim().to_lowercase().chars().map(|c| if c == ' ' || c == '-' { '_' } else { c }).collect();
    Category::from_name(&name).or_else(|| name.strip_suffix('s').and_then(Category::from_name))
}

/// The headline, or the text's start, cut to the contract's 60 characters at a word.
fn summary_of(event: &TimelineJsEvent) -> String {
    let whole = if event.headline.is_empty() { &event.text } else { &event.headline };
    if whole.chars().count() <= MAX_SUMMARY_CHARS {
        return whole.clone();
    }
    let cut: String = whole.chars().take(MAX_SUMMARY_CHARS - 1).collect();
    let at_word = cut.rfind(' ').filter(|&at| at > MAX_SUMMARY_CHARS / 2).map_or(cut.as_str(), |at| &cut[..at]);
    format!("{}…", at_word.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn import(name: &str, text: &str) -> Imported {
        let tools = ImportTools { classifier: Classifier::built_in(), actors: ActorFinder::built_in() };
        import_timelines(&[InputFile { name: name.to_owned(), bytes: text.as_bytes().to_vec() }], &tools)
    }

    #[test]
    fn each_event_becomes_an_addition_and_a_media_link_a_document_of_its_own() {
        let imported = import(
            "t.json",
            r#"{"title": {"text": {"headline": "Rules"}}, "events": [
              {"start_date": {"year": 2021, "month": 4, "day": 10}, "text": {"headline": "Regulator fines Alibaba", "text": "The regulator fined Alibaba a record sum."},
               "group": "Fines", "media": {"url": "https://example.org/a", "caption": "The ruling"}},
              {"start_date": {"year": 2022}, "text": {"headline": "Rules eased"}, "group": "Politics", "media": {"url": "<blockquote>embed</blockquote>"}}]}"#,
        );
        let files: Vec<&str> = imported.documents.iter().map(|d| d.file.as_str()).collect();
        assert_eq!(files, ["t.json", "t.json event 1"]);
        assert_eq!(imported.documents[0].title.as_deref(), Some("Rules"));
        assert_eq!(imported.documents[1].url.as_deref(), Some("https://example.org/a"));
        assert_eq!(imported.documents[1].title.as_deref(), Some("The ruling"));
        let first = &imported.additions[0];
        assert_eq!((first.file.as_str(), first.category, first.line), ("t.json event 1", Category::Fine, 2));
        assert_eq!(first.evidence, "The regulator fined Alibaba a record sum.");
        assert_eq!(first.actors, ["Alibaba"]);
        assert_eq!(imported.actor_kinds.get("Alibaba"), Some(&ActorKind::Company));
        assert_eq!(imported.additions[1].file, "t.json");
        let messages: Vec<&str> = imported.diagnostics.iter().map(|d| d.message.as_str()).collect();
        assert!(messages.iter().any(|m| m.starts_with("event 2: media")), "{messages:?}");
        assert!(messages.iter().any(|m| m.starts_with("group `Politics` (1 event)")), "{messages:?}");
    }

    #[test]
    fn groups_name_categories_in_any_case_or_plural() {
        assert_eq!(category_named("Policy support"), Some(Category::PolicySupport));
        assert_eq!(category_named("investigations"), Some(Category::Investigation));
        assert_eq!(category_named("Politics"), None);
    }

    #[test]
    fn a_long_headline_is_cut_at_a_word_to_sixty_characters() {
        let imported =
            import("t.json", &format!(r#"{{"events": [{{"start_date": {{"year": 2001}}, "text": {{"headline": "{}"}}}}]}}"#, "word ".repeat(30)));
        let summary = &imported.additions[0].summary;
        assert!(summary.chars().count() <= MAX_SUMMARY_CHARS && summary.ends_with("word…"), "{summary}");
    }
}
