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
    /// Procedures whose words decide no stance.
    pub procedures: Vec<String>,
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
    procedures: Vec<String>,
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
    config.cues.procedures = raw.cues.procedures;
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
mod tests;
