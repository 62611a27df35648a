//! `tideline.toml`: corpus settings — title, the actor gazetteer, document
//! metadata overrides, extra classification cues and curation.
//!
//! Parsed once at the edge into checked types; a bad entry is a diagnostic
//! naming the line, and the rest of the file still applies.

use crate::cues::ActionWords;
use crate::diagnostic::Diagnostic;
use serde::Deserialize;
use std::collections::BTreeMap;
use tideline_model::{ActorKind, Category, EventDate, EventId, EventKind, Stance, MAX_SUMMARY_CHARS};

/// The config file's name inside the corpus folder.
pub const CONFIG_FILE: &str = "tideline.toml";

/// Corpus settings, checked.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CorpusConfig {
    /// The timeline's title.
    pub title: String,
    /// Known actors.
    pub actors: Vec<ActorEntry>,
    /// Metadata overrides keyed by file name.
    pub documents: BTreeMap<String, DocumentOverride>,
    /// Extra cue words, added to the built-in ones.
    pub cues: ExtraCues,
    /// Hand corrections.
    pub curation: Curation,
}

/// A gazetteer entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActorEntry {
    /// Canonical name.
    pub name: String,
    /// What it is.
    pub kind: ActorKind,
    /// Other names, including names in other scripts.
    pub aliases: Vec<String>,
}

/// Metadata that replaces what the file says.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DocumentOverride {
    /// Headline.
    pub title: Option<String>,
    /// Publisher.
    pub publisher: Option<String>,
    /// Authors.
    pub authors: Option<Vec<String>>,
    /// Publication date.
    pub published: Option<EventDate>,
    /// URL.
    pub url: Option<String>,
}

/// A corpus's `[cues]`: words added to the default vocabularies in
/// `data/cues.toml` (see [`crate::cues::Vocabulary`]), or replacing them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExtraCues {
    /// True to use only these words, not the defaults.
    pub replace: bool,
    /// Words that mark tightening.
    pub tightening: Vec<String>,
    /// Words that mark easing.
    pub easing: Vec<String>,
    /// Verbs read with their objects, and the objects.
    pub action: ActionWords,
    /// Words that mark each category.
    pub categories: Vec<(Category, Vec<String>)>,
    /// Words that mark a plan.
    pub plan: Vec<String>,
    /// Words that mark a sentence that asserts nothing.
    pub non_assertion: Vec<String>,
    /// Words that open a condition, whose cues do not count.
    pub conditional: Vec<String>,
    /// Subjects that make a sentence a market move.
    pub market_subject: Vec<String>,
}

/// Hand corrections, keyed by stable event id (12 hex digits).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Curation {
    /// Events to hide.
    pub hide: Vec<String>,
    /// Corrections to extracted events.
    pub corrections: Vec<Correction>,
    /// Events added by hand.
    pub additions: Vec<Addition>,
}

/// A correction of one extracted event.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Correction {
    /// The event's id.
    pub id: String,
    /// True to hide the event, as listing its id in `hide` does (written so
    /// by the review panel, whose lines must append to any file).
    pub hide: bool,
    /// New date, at its precision.
    pub date: Option<EventDate>,
    /// New stance.
    pub stance: Option<Stance>,
    /// New category.
    pub category: Option<Category>,
    /// New headline.
    pub summary: Option<String>,
    /// The actors' canonical names, replacing the event's actors.
    pub actors: Option<Vec<String>>,
}

/// An event added by hand.
#[derive(Clone, Debug, PartialEq)]
pub struct Addition {
    /// When.
    pub date: EventDate,
    /// Last period of a span.
    pub end: Option<EventDate>,
    /// Happened or planned.
    pub kind: EventKind,
    /// Headline.
    pub summary: String,
    /// Stance.
    pub stance: Stance,
    /// Category.
    pub category: Category,
    /// Canonical actor names.
    pub actors: Vec<String>,
    /// The document the evidence is from.
    pub file: String,
    /// The evidence sentence.
    pub evidence: String,
    /// The line of `file` the evidence is on, or 0 when not known (an entry
    /// in `tideline.toml`; an imported TimelineJS event has its line).
    pub line: u32,
}

// ---- the file as written -------------------------------------------------

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    title: String,
    #[serde(default, rename = "actor")]
    actors: Vec<toml::Spanned<RawActor>>,
    #[serde(default)]
    documents: BTreeMap<String, toml::Spanned<RawDocument>>,
    #[serde(default)]
    cues: RawCues,
    #[serde(default)]
    curation: RawCuration,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawActor {
    name: String,
    kind: String,
    #[serde(default)]
    aliases: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDocument {
    title: Option<String>,
    publisher: Option<String>,
    authors: Option<Vec<String>>,
    published: Option<String>,
    url: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawCues {
    #[serde(default)]
    replace: bool,
    #[serde(default)]
    action: ActionWords,
    #[serde(default)]
    plan: Vec<String>,
    #[serde(default)]
    non_assertion: Vec<String>,
    #[serde(default)]
    conditional: Vec<String>,
    #[serde(default)]
    market_subject: Vec<String>,
    #[serde(default)]
    tightening: Vec<String>,
    #[serde(default)]
    easing: Vec<String>,
    #[serde(default)]
    category: BTreeMap<String, Vec<String>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawCuration {
    #[serde(default)]
    hide: Vec<String>,
    #[serde(default)]
    correct: Vec<toml::Spanned<RawCorrection>>,
    #[serde(default)]
    add: Vec<toml::Spanned<RawAddition>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCorrection {
    id: String,
    #[serde(default)]
    hide: bool,
    date: Option<String>,
    stance: Option<String>,
    category: Option<String>,
    summary: Option<String>,
    actors: Option<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAddition {
    date: String,
    end: Option<String>,
    #[serde(default)]
    kind: Option<String>,
    summary: String,
    stance: String,
    category: String,
    #[serde(default)]
    actors: Vec<String>,
    file: String,
    evidence: String,
}

/// 1-based line of byte `offset` in `text`.
pub fn line_of(text: &str, offset: usize) -> u32 {
    LineIndex::new(text).line_of(offset)
}

/// Where a text's newlines are, so each settings entry finds its line by a
/// binary search: a synthetic gazetteer holds thousands of entries, and
/// counting newlines from the start for each one was quadratic.
struct LineIndex {
    newlines: Vec<usize>,
}

impl LineIndex {
    fn new(text: &str) -> Self {
        LineIndex { newlines: text.bytes().enumerate().filter(|&(_, b)| b == b'\n').map(|(at, _)| at).collect() }
    }

    /// 1-based line of byte `offset`.
    fn line_of(&self, offset: usize) -> u32 {
        self.newlines.partition_point(|&at| at < offset) as u32 + 1
    }
}

/// Checks one entry's fields, collecting problems as diagnostics at `line`.
struct EntryCheck<'a> {
    line: u32,
    problems: &'a mut Vec<Diagnostic>,
}

impl EntryCheck<'_> {
    fn fail(&mut self, message: String) {
        self.problems.push(Diagnostic::error(CONFIG_FILE, self.line, message));
    }
    fn date(&mut self, text: &str) -> Option<EventDate> {
        let date = EventDate::parse_iso(text);
        if date.is_none() {
            self.fail(format!("`{text}` is not a date: write 2023-07-12, 2023-07, 2023-Q3 or 2023"));
        }
        date
    }
    fn event_id(&mut self, text: &str) -> bool {
        let valid = EventId::from_hex(text).is_some_and(|id| id.to_hex() == text);
        if !valid {
            self.fail(format!("`{text}` is not an event id, entry skipped: write its 12 lowercase hex digits as `tideline compile` prints them"));
        }
        valid
    }
    fn headline(&mut self, text: String) -> Option<String> {
        let length = text.chars().count();
        if text.trim().is_empty() {
            self.fail("`summary` is empty: write a headline, or leave the key out to keep the event's".into());
            return None;
        }
        if length > MAX_SUMMARY_CHARS {
            self.fail(format!("`summary` has {length} characters: a headline has at most {MAX_SUMMARY_CHARS}, shorten it"));
            return None;
        }
        Some(text)
    }
    fn actor_names(&mut self, names: Vec<String>) -> Option<Vec<String>> {
        if names.iter().any(|name| name.trim().is_empty()) {
            self.fail("`actors` holds an empty name: write each actor's name, or `actors = []` for none".into());
            return None;
        }
        let mut unique: Vec<String> = Vec::with_capacity(names.len());
        for name in names {
            if !unique.contains(&name) {
                unique.push(name);
            }
        }
        Some(unique)
    }
    fn named<T>(&mut self, what: &str, text: &str, parse: fn(&str) -> Option<T>, all: &[&str]) -> Option<T> {
        let value = parse(text);
        if value.is_none() {
            self.fail(format!("unknown {what} `{text}`: use one of {}", all.join(", ")));
        }
        value
    }
}

fn names<T: Copy>(all: &[T], name: fn(T) -> &'static str) -> Vec<&'static str> {
    all.iter().map(|v| name(*v)).collect()
}

/// Reads the file's sections and entries one by one, so that an unknown key
/// or a value of the wrong type costs only its own entry (each `[[actor]]`,
/// `[documents."…"]`, `[[curation.correct]]` and `[[curation.add]]`, or the
/// whole `[cues]` section or `title`), reported with its line, and the rest
/// of the file still applies. Only a file that is not TOML at all is lost.
fn read_raw_config(text: &str, lines: &LineIndex, problems: &mut Vec<Diagnostic>) -> Result<RawConfig, Diagnostic> {
    use toml::de::DeTable;
    let root = DeTable::parse(text).map_err(|err| {
        let line = err.span().map_or(0, |span| lines.line_of(span.start));
        Diagnostic::error(CONFIG_FILE, line, format!("invalid settings, using defaults: {}", err.message()))
    })?;
    let mut raw = RawConfig::default();
    for (key, value) in root.into_inner() {
        let key_line = lines.line_of(key.span().start);
        match key.get_ref().as_ref() {
            "title" => raw.title = entry(value, "`title`", lines, problems).unwrap_or_default(),
            "actor" => {
                let items = array_items(value, "actor", key_line, problems);
                raw.actors = items.into_iter().filter_map(|item| entry(item, "this [[actor]]", lines, problems)).collect();
            }
            "documents" => {
                for (file, item) in table_items(value, "documents", key_line, problems) {
                    if let Some(document) = entry(item, &format!("[documents.\"{file}\"]"), lines, problems) {
                        raw.documents.insert(file, document);
                    }
                }
            }
            "cues" => raw.cues = entry(value, "[cues]", lines, problems).unwrap_or_default(),
            "curation" => {
                for (part, item) in table_items(value, "curation", key_line, problems) {
                    let part_line = lines.line_of(item.span().start);
                    let curation = &mut raw.curation;
                    match part.as_str() {
                        "hide" => curation.hide = entry(item, "curation.hide", lines, problems).unwrap_or_default(),
                        "correct" => {
                            let items = array_items(item, "curation.correct", part_line, problems);
                            curation.correct = items.into_iter().filter_map(|i| entry(i, "this [[curation.correct]]", lines, problems)).collect();
                        }
                        "add" => {
                            let items = array_items(item, "curation.add", part_line, problems);
                            curation.add = items.into_iter().filter_map(|i| entry(i, "this [[curation.add]]", lines, problems)).collect();
                        }
                        other => problems.push(Diagnostic::error(
                            CONFIG_FILE,
                            part_line,
                            format!("unknown key `curation.{other}` ignored: expected hide, correct or add"),
                        )),
                    }
                }
            }
            other => problems.push(Diagnostic::error(
                CONFIG_FILE,
                key_line,
                format!("unknown key `{other}` ignored: expected title, actor, documents, cues or curation"),
            )),
        }
    }
    Ok(raw)
}

/// One entry deserialized on its own (its spans still point into the file),
/// or `None` with an error naming `what` and the line of the problem.
fn entry<T: serde::de::DeserializeOwned>(
    value: toml::Spanned<toml::de::DeValue<'_>>,
    what: &str,
    lines: &LineIndex,
    problems: &mut Vec<Diagnostic>,
) -> Option<T> {
    let at = value.span().start;
    T::deserialize(toml::de::ValueDeserializer::from(value))
        .map_err(|err| {
            let line = lines.line_of(err.span().map_or(at, |s| s.start));
            problems.push(Diagnostic::error(CONFIG_FILE, line, format!("{what} skipped: {}", err.message().trim_end())));
        })
        .ok()
}

/// The items of an array of tables, or an error when `value` is not an array.
fn array_items<'i>(
    value: toml::Spanned<toml::de::DeValue<'i>>,
    key: &str,
    line: u32,
    problems: &mut Vec<Diagnostic>,
) -> Vec<toml::Spanned<toml::de::DeValue<'i>>> {
    match value.into_inner() {
        toml::de::DeValue::Array(items) => items.into_iter().collect(),
        other => {
            let found = other.type_str();
            problems.push(Diagnostic::error(CONFIG_FILE, line, format!("`{key}` is a {found}; write it as [[{key}]] tables")));
            Vec::new()
        }
    }
}

/// The entries of a table by key, or an error when `value` is not a table.
fn table_items<'i>(
    value: toml::Spanned<toml::de::DeValue<'i>>,
    key: &str,
    line: u32,
    problems: &mut Vec<Diagnostic>,
) -> Vec<(String, toml::Spanned<toml::de::DeValue<'i>>)> {
    match value.into_inner() {
        toml::de::DeValue::Table(table) => table.into_iter().map(|(k, v)| (k.into_inner().into_owned(), v)).collect(),
        other => {
            let found = other.type_str();
            problems.push(Diagnostic::error(CONFIG_FILE, line, format!("`{key}` is a {found}; write it as a [{key}] table")));
            Vec::new()
        }
    }
}

/// Parses `tideline.toml`. A file that is not valid TOML gives the default
/// config and one error; a bad entry is skipped with an error naming its
/// line, and the rest of the file applies.
pub fn parse_config(text: &str) -> (CorpusConfig, Vec<Diagnostic>) {
    let mut problems = Vec::new();
    let lines = LineIndex::new(text);
    let raw = match read_raw_config(text, &lines, &mut problems) {
        Ok(raw) => raw,
        Err(problem) => return (CorpusConfig::default(), vec![problem]),
    };
    let kinds = names(ActorKind::ALL, ActorKind::as_str);
    let stances = names(Stance::ALL, Stance::as_str);
    let categories = names(Category::ALL, Category::as_str);
    let mut config = CorpusConfig { title: raw.title, ..CorpusConfig::default() };

    for entry in raw.actors {
        let mut check = EntryCheck { line: lines.line_of(entry.span().start), problems: &mut problems };
        let actor = entry.into_inner();
        if let Some(kind) = check.named("actor kind", &actor.kind, ActorKind::from_name, &kinds) {
            config.actors.push(ActorEntry { name: actor.name, kind, aliases: actor.aliases });
        }
    }
    for (file, entry) in raw.documents {
        let mut check = EntryCheck { line: lines.line_of(entry.span().start), problems: &mut problems };
        let doc = entry.into_inner();
        let published = doc.published.as_deref().and_then(|d| check.date(d));
        config.documents.insert(file, DocumentOverride { title: doc.title, publisher: doc.publisher, authors: doc.authors, published, url: doc.url });
    }
    config.cues.replace = raw.cues.replace;
    config.cues.tightening = raw.cues.tightening;
    config.cues.easing = raw.cues.easing;
    config.cues.action = raw.cues.action;
    config.cues.plan = raw.cues.plan;
    config.cues.non_assertion = raw.cues.non_assertion;
    config.cues.conditional = raw.cues.conditional;
    config.cues.market_subject = raw.cues.market_subject;
    for (name, words) in raw.cues.category {
        let mut check = EntryCheck { line: 0, problems: &mut problems };
        if let Some(category) = check.named("category", &name, Category::from_name, &categories) {
            config.cues.categories.push((category, words));
        }
    }
    config.curation.hide = raw.curation.hide;
    for entry in raw.curation.correct {
        let mut check = EntryCheck { line: lines.line_of(entry.span().start), problems: &mut problems };
        let fix = entry.into_inner();
        if !check.event_id(&fix.id) {
            continue;
        }
        let correction = Correction {
            hide: fix.hide,
            date: fix.date.as_deref().and_then(|d| check.date(d)),
            stance: fix.stance.as_deref().and_then(|s| check.named("stance", s, Stance::from_name, &stances)),
            category: fix.category.as_deref().and_then(|c| check.named("category", c, Category::from_name, &categories)),
            summary: fix.summary.and_then(|text| check.headline(text)),
            actors: fix.actors.and_then(|names| check.actor_names(names)),
            id: fix.id,
        };
        config.curation.corrections.push(correction);
    }
    for entry in raw.curation.add {
        let mut check = EntryCheck { line: lines.line_of(entry.span().start), problems: &mut problems };
        let add = entry.into_inner();
        let before = check.problems.len();
        let date = check.date(&add.date);
        let end = add.end.as_deref().and_then(|d| check.date(d));
        if let (Some(date), Some(end)) = (date, end) {
            if end.last_day() < date.start() {
                check.fail(format!("`end` {end} is before `date` {date}: a span cannot end before it starts"));
            }
        }
        let stance = check.named("stance", &add.stance, Stance::from_name, &stances);
        let category = check.named("category", &add.category, Category::from_name, &categories);
        let kind = match add.kind.as_deref() {
            None => Some(EventKind::Event),
            Some(k) => check.named("kind", k, EventKind::from_name, &["event", "plan"]),
        };
        if let (Some(date), Some(stance), Some(category), Some(kind)) = (date, stance, category, kind) {
            if check.problems.len() == before {
                config.curation.additions.push(Addition {
                    date,
                    end,
                    kind,
                    summary: add.summary,
                    stance,
                    category,
                    actors: add.actors,
                    file: add.file,
                    evidence: add.evidence,
                    line: 0,
                });
            }
        }
    }
    (config, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_config_parses() {
        let text = r#"
title = "Tech rules"
[[actor]]
name = "Ant Group"
kind = "company"
aliases = ["蚂蚁集团"]

[documents."a.txt"]
published = "2023-07-12"
publisher = "Reuters"

[cues]
easing = ["support"]
[cues.category]
fine = ["penalty"]

[curation]
hide = ["0123456789ab"]
[[curation.correct]]
id = "0123456789ac"
stance = "easing"
[[curation.add]]
date = "2023-07"
summary = "Added"
stance = "neutral"
category = "other"
file = "a.txt"
evidence = "Something happened."
"#;
        let (config, problems) = parse_config(text);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(config.title, "Tech rules");
        assert_eq!(config.actors[0].aliases, vec!["蚂蚁集团".to_owned()]);
        assert_eq!(config.documents["a.txt"].published.map(|d| d.to_string()).as_deref(), Some("2023-07-12"));
        assert_eq!(config.cues.categories, vec![(Category::Fine, vec!["penalty".to_owned()])]);
        assert_eq!(config.curation.corrections[0].stance, Some(Stance::Easing));
        assert_eq!(config.curation.additions.len(), 1);
    }

    #[test]
    fn a_bad_entry_is_reported_with_its_line_and_the_rest_applies() {
        let text = "title = \"T\"\n\n[[actor]]\nname = \"X\"\nkind = \"planet\"\n\n[[actor]]\nname = \"Y\"\nkind = \"place\"\n";
        let (config, problems) = parse_config(text);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, 3);
        assert!(problems[0].message.contains("planet"));
        assert_eq!(config.actors.len(), 1);
    }

    #[test]
    fn offsets_map_to_the_line_they_lie_on() {
        let text = "a\nbc\n\nd";
        let lines: Vec<u32> = (0..=text.len() + 1).map(|at| line_of(text, at)).collect();
        assert_eq!(lines, [1, 1, 2, 2, 2, 3, 4, 4, 4]);
    }

    #[test]
    fn invalid_toml_names_the_line_and_falls_back_to_defaults() {
        let (config, problems) = parse_config("title = \"T\"\nthis is not toml\n");
        assert_eq!(config, CorpusConfig::default());
        assert_eq!(problems[0].line, 2);
    }

    #[test]
    fn an_unknown_key_or_wrong_type_costs_only_its_own_entry() {
        let text = "title = \"T\"\nsubtitle = \"x\"\n\n[[actor]]\nname = \"Ant Group\"\nkind = \"company\"\nalias = [\"Ant\"]\n\n[[actor]]\nname = \"PBOC\"\nkind = \"regulator\"\n\n[documents.\"a.txt\"]\npublished = 2023\n\n[documents.\"b.txt\"]\npublisher = \"Reuters\"\n\n[curation]\nhide = [\"0123456789ab\"]\n";
        let (config, problems) = parse_config(text);
        assert_eq!(config.title, "T");
        assert_eq!(config.actors.iter().map(|a| a.name.as_str()).collect::<Vec<_>>(), ["PBOC"]);
        assert!(!config.documents.contains_key("a.txt"));
        assert_eq!(config.documents["b.txt"].publisher.as_deref(), Some("Reuters"));
        assert_eq!(config.curation.hide, ["0123456789ab"]);
        let lines: Vec<u32> = problems.iter().map(|p| p.line).collect();
        assert_eq!(problems.len(), 3, "{problems:?}");
        assert!(problems.iter().any(|p| p.line == 2 && p.message.contains("subtitle")), "{problems:?}");
        assert!(problems.iter().any(|p| (4..=7).contains(&p.line) && p.message.contains("alias")), "{problems:?}");
        assert!(problems.iter().any(|p| (13..=14).contains(&p.line) && p.message.contains("a.txt")), "{lines:?} {problems:?}");
    }

    #[test]
    fn an_added_event_ending_before_it_starts_is_refused_with_its_line() {
        let text = "[[curation.add]]\ndate = \"2023-07\"\nend = \"2021\"\nsummary = \"S\"\nstance = \"neutral\"\ncategory = \"other\"\nfile = \"a.txt\"\nevidence = \"E.\"\n";
        let (config, problems) = parse_config(text);
        assert!(config.curation.additions.is_empty());
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].line, 1);
        assert!(problems[0].message.contains("before `date`"));
    }

    #[test]
    fn a_correction_may_hide_or_set_the_headline_and_actors() {
        let text = "[[curation.correct]]\nid = \"0123456789ab\"\nhide = true\n\n[[curation.correct]]\nid = \"0123456789ac\"\ndate = \"2021-Q2\"\n\
                    summary = \"Regulators fine Ant Group\"\nactors = [\"Ant Group\", \"PBOC\", \"Ant Group\"]\n";
        let (config, problems) = parse_config(text);
        assert!(problems.is_empty(), "{problems:?}");
        let [hidden, fixed] = config.curation.corrections.as_slice() else { panic!("two corrections: {config:?}") };
        assert!(hidden.hide);
        assert_eq!((fixed.hide, fixed.date.map(|d| d.to_string())), (false, Some("2021-Q2".into())));
        assert_eq!(fixed.summary.as_deref(), Some("Regulators fine Ant Group"));
        assert_eq!(fixed.actors.as_deref(), Some(["Ant Group".to_owned(), "PBOC".to_owned()].as_slice()));
    }

    #[test]
    fn a_bad_headline_actor_or_id_is_reported_with_its_entrys_line() {
        let long = "x".repeat(MAX_SUMMARY_CHARS + 1);
        let text = format!(
            "title = \"T\"\n[[curation.correct]]\nid = \"0123456789ab\"\nsummary = \"{long}\"\nstance = \"easing\"\n\
             [[curation.correct]]\nid = \"0123456789ac\"\nactors = [\"Ant Group\", \" \"]\n\
             [[curation.correct]]\nid = \"0123456789AB\"\nstance = \"easing\"\n\
             [[curation.correct]]\nid = \"0123456789ad\"\nsummary = \"  \"\n"
        );
        let (config, problems) = parse_config(&text);
        let found: Vec<(u32, bool)> = problems.iter().map(|p| (p.line, p.message.contains("summary"))).collect();
        assert_eq!(found, [(2, true), (6, false), (9, false), (12, true)], "{problems:?}");
        assert!(problems[1].message.contains("empty name") && problems[2].message.contains("not an event id"), "{problems:?}");
        // The rest of each entry applies; the entry with a bad id is skipped.
        let ids: Vec<&str> = config.curation.corrections.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["0123456789ab", "0123456789ac", "0123456789ad"]);
        assert_eq!((config.curation.corrections[0].stance, config.curation.corrections[0].summary.as_ref()), (Some(Stance::Easing), None));
    }

    #[test]
    fn the_review_panels_lines_parse_back_to_the_same_corrections() {
        use tideline_model::{curation_toml, CorrectedFields, EventCorrection, Visibility};
        let fields = CorrectedFields {
            date: EventDate::parse_iso("2022-03-04"),
            stance: Some(Stance::Tightening),
            category: Some(Category::CorporateAction),
            summary: Some("Ant's \"shelved\" IPO \\ 蚂蚁 \u{1b}".into()),
            actors: Some(vec!["Ant Group".into(), "People's Bank of China".into()]),
        };
        let corrections = [
            EventCorrection { id: EventId(0x0123_4567_89ab), visibility: Visibility::Hide, fields: CorrectedFields::default() },
            EventCorrection { id: EventId(0xc), visibility: Visibility::Unchanged, fields: fields.clone() },
            EventCorrection { id: EventId(0xd), visibility: Visibility::ShowAgain, fields: CorrectedFields::default() },
            EventCorrection {
                id: EventId(0xe),
                visibility: Visibility::ShowAgain,
                fields: CorrectedFields { date: EventDate::parse_iso("2021"), actors: Some(vec![]), ..CorrectedFields::default() },
            },
        ];
        // Appended to a file that has its own [curation] already.
        let text = format!("title = \"T\"\n[curation]\nhide = [\"00000000000d\"]\n\n{}", curation_toml(&corrections));
        let (config, problems) = parse_config(&text);
        assert!(problems.is_empty(), "{problems:?}\n{text}");
        let expected = [
            Correction { id: "0123456789ab".into(), hide: true, ..Correction::default() },
            Correction {
                id: "00000000000c".into(),
                date: fields.date,
                stance: fields.stance,
                category: fields.category,
                summary: fields.summary,
                actors: fields.actors,
                hide: false,
            },
            Correction { id: "00000000000e".into(), date: EventDate::parse_iso("2021"), actors: Some(vec![]), ..Correction::default() },
        ];
        assert_eq!(config.curation.corrections, expected);
        assert_eq!(config.curation.hide, ["00000000000d"]);
    }

    #[test]
    fn unknown_keys_are_errors_not_silently_ignored() {
        let (_, problems) = parse_config("titel = \"typo\"\n");
        assert_eq!(problems.len(), 1);
        assert!(problems[0].message.contains("titel"));
    }
}
