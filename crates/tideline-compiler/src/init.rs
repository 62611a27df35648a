//! `tideline init`: a starter `tideline.toml` for a folder of articles, made
//! from what one compile of the folder found — a title, each document's
//! publication date and where it came from (or a marked line to fill in), and
//! the actors found with their kinds, for the author to confirm.
//!
//! Writes one new file and touches nothing else; an existing `tideline.toml`
//! is never replaced.

use crate::actors::built_in_gazetteer;
use crate::compile::{compile_dir, Compilation, CorpusError};
use crate::config::CONFIG_FILE;
use crate::read::DocumentFormat;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use tideline_model::{toml_string, ActorKind, DateBasis, Document};

/// The marker on each line the author must fill in (search for it).
pub const FILL_IN: &str = "FILL IN";
/// The marker on each value the author should check.
pub const CHECK: &str = "CHECK";

/// What `tideline init` wrote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InitReport {
    /// The new settings file.
    pub path: PathBuf,
    /// Documents listed.
    pub documents: usize,
    /// Documents whose publication date is left to fill in.
    pub undated: usize,
    /// Documents whose publication date was guessed from their text.
    pub guessed: usize,
    /// Actors listed for the author to confirm.
    pub actors: usize,
}

/// Why `tideline init` wrote nothing.
#[derive(Debug, thiserror::Error)]
pub enum InitError {
    /// The folder already has settings.
    #[error("{} already exists; init never overwrites it (move it away to start again)", path.display())]
    AlreadyExists {
        /// The existing file.
        path: PathBuf,
    },
    /// The folder could not be compiled.
    #[error(transparent)]
    Corpus(#[from] CorpusError),
    /// The file could not be written.
    #[error("cannot write {}: {source}", path.display())]
    Write {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
}

/// Compiles `dir` and writes a starter `tideline.toml` into it. Refuses,
/// changing nothing, when the folder already has one (checked again when
/// creating the file, so a file written meanwhile is not replaced either).
pub fn init_dir(dir: &Path) -> Result<InitReport, InitError> {
    let path = dir.join(CONFIG_FILE);
    if path.exists() {
        return Err(InitError::AlreadyExists { path });
    }
    let compilation = compile_dir(dir)?;
    let title = dir
        .canonicalize()
        .ok()
        .and_then(|full| full.file_name().map(|name| name.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "My timeline".to_owned());
    let starter = starter_config(&title_from_folder(&title), &compilation);
    let write_error = |source| InitError::Write { path: path.clone(), source };
    let mut file = match std::fs::OpenOptions::new().write(true).create_new(true).open(&path) {
        Ok(file) => file,
        Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => return Err(InitError::AlreadyExists { path }),
        Err(err) => return Err(write_error(err)),
    };
    file.write_all(starter.text.as_bytes()).map_err(write_error)?;
    Ok(InitReport { path, ..starter.report })
}

/// A starter file's text and what it holds (its `path` is left empty).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Starter {
    /// The TOML text, which [`crate::config::parse_config`] reads without diagnostics.
    pub text: String,
    /// Counts for the summary line.
    pub report: InitReport,
}

/// `my-tech_notes` → `My tech notes`: a folder name made readable.
pub fn title_from_folder(folder: &str) -> String {
    let spaced: String = folder.chars().map(|c| if c == '-' || c == '_' { ' ' } else { c }).collect();
    let trimmed = spaced.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut chars = trimmed.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => "My timeline".to_owned(),
    }
}

/// The starter `tideline.toml` for what `compilation` found, titled `title`.
pub fn starter_config(title: &str, compilation: &Compilation) -> Starter {
    let timeline = &compilation.timeline;
    let mut text = String::new();
    let _ = writeln!(text, "# Settings for this folder's timeline, written by `tideline init` from what");
    let _ = writeln!(text, "# the compiler found. Fill in each line marked {FILL_IN}, confirm each marked");
    let _ = writeln!(text, "# {CHECK}, then build: TIDELINE_CORPUS=<this folder> trunk build --release");
    let _ = writeln!(text, "# (README, \"Your own articles\"). Comments and unchanged lines may stay.\n");
    let _ = writeln!(text, "title = {}   # {CHECK}: the timeline's title", toml_string(title));

    let (mut undated, mut guessed) = (0, 0);
    if !timeline.documents.is_empty() {
        let _ = writeln!(text, "\n# Documents. The publication date places relative dates (\"on Monday\",");
        let _ = writeln!(text, "# \"last year\"); write 2023-07-12, 2023-07, 2023-Q3 or 2023.");
    }
    // Imported TimelineJS files are events, not articles: nothing to date.
    let articles = timeline.documents.iter().zip(&compilation.formats).filter(|(_, format)| **format != DocumentFormat::TimelineJs);
    for (document, _) in articles {
        let _ = writeln!(text, "\n[documents.{}]", toml_string(&document.file));
        if let Some(about) = describe(document) {
            let _ = writeln!(text, "# {about}");
        }
        match (document.published, document.published_basis) {
            (Some(date), DateBasis::Inferred) => {
                guessed += 1;
                let _ = writeln!(text, "published = \"{date}\"   # {CHECK}: guessed from the latest date in the text");
            }
            (Some(date), basis) => {
                let _ = writeln!(text, "published = \"{date}\"   # from {}", basis_words(basis));
            }
            (None, _) => {
                undated += 1;
                let _ = writeln!(text, "# {FILL_IN}: no publication date found; write it and remove the leading #:");
                let _ = writeln!(text, "# published = \"YYYY-MM-DD\"");
            }
        }
    }

    let actors = actors_by_events(compilation);
    if !actors.is_empty() {
        let kinds: Vec<&str> = ActorKind::ALL.iter().map(|k| k.as_str()).collect();
        let _ = writeln!(text, "\n# Actors found, most often named first. {CHECK} each kind ({});", kinds.join(", "));
        let _ = writeln!(text, "# add other spellings to `aliases` so that they count as one actor.");
    }
    let aliases: HashMap<&str, &[String]> = built_in_gazetteer().iter().map(|a| (a.name.as_str(), a.aliases.as_slice())).collect();
    for (name, kind, events) in &actors {
        let _ = writeln!(text, "\n[[actor]]\nname = {}", toml_string(name));
        let _ = writeln!(text, "kind = \"{}\"   # {CHECK}; in {events} event{}", kind.as_str(), if *events == 1 { "" } else { "s" });
        let known = aliases.get(name.as_str()).copied().unwrap_or_default();
        let listed: Vec<String> = known.iter().map(|alias| toml_string(alias)).collect();
        let _ = writeln!(text, "aliases = [{}]", listed.join(", "));
    }
    let _ = writeln!(text, "\n# To hide or correct an event, or add one, see README, \"Corpus settings\":");
    let _ = writeln!(text, "# [curation] hide = [\"<event id>\"], [[curation.correct]], [[curation.add]].");
    let listed = compilation.formats.iter().filter(|f| **f != DocumentFormat::TimelineJs).count();
    let report = InitReport { path: PathBuf::new(), documents: listed, undated, guessed, actors: actors.len() };
    Starter { text, report }
}

/// Each actor named by an event, with its kind and how many events name it,
/// most named first, then by name.
fn actors_by_events(compilation: &Compilation) -> Vec<(String, ActorKind, usize)> {
    let timeline = &compilation.timeline;
    let mut counts = vec![0usize; timeline.actors.len()];
    for event in &timeline.events {
        for actor in &event.actors {
            if let Some(count) = counts.get_mut(usize::from(actor.0)) {
                *count += 1;
            }
        }
    }
    let mut actors: Vec<(String, ActorKind, usize)> =
        timeline.actors.iter().zip(counts).filter(|(_, count)| *count > 0).map(|(actor, count)| (actor.name.clone(), actor.kind, count)).collect();
    actors.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.0.cmp(&b.0)));
    actors
}

/// One line about a document: its title, publisher and address, as found.
fn describe(document: &Document) -> Option<String> {
    let parts: Vec<String> = [document.title.as_deref(), document.publisher.as_deref(), document.url.as_deref()]
        .into_iter()
        .flatten()
        .map(|part| crate::escape_control(part).into_owned())
        .collect();
    (!parts.is_empty()).then(|| parts.join(" · "))
}

fn basis_words(basis: DateBasis) -> &'static str {
    match basis {
        DateBasis::Config => "tideline.toml",
        DateBasis::FrontMatter => "the front matter",
        DateBasis::HtmlMeta => "the page's metadata",
        DateBasis::Byline => "the byline or dateline",
        DateBasis::Inferred => "the latest date in the text",
        DateBasis::Unknown => "nowhere",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compile::{compile_files, InputFile};
    use crate::config::parse_config;

    fn file(name: &str, text: &str) -> InputFile {
        InputFile { name: name.to_owned(), bytes: text.as_bytes().to_vec() }
    }

    fn corpus() -> Vec<InputFile> {
        vec![
            file(
                "dated.md",
                "---\ntitle: \"Rules, \\\"new\\\"\"\ndate: 2023-03-02\n---\nOn 1 March 2023 the State Council issued new rules for Alibaba.\n",
            ),
            file("guessed.txt", "In June 2022 Tencent was fined RMB 1 million by the State Administration for Market Regulation.\n"),
            file("undated.txt", "Nothing dated happens here.\n"),
            file(
                "milestones.json",
                r#"{"events": [{"start_date": {"year": 2022}, "text": {"headline": "Imported"}, "media": {"url": "https://example.org/m"}}]}"#,
            ),
        ]
    }

    #[test]
    fn the_starter_reads_back_without_diagnostics_and_keeps_every_date_and_actor() {
        let compilation = compile_files(None, corpus());
        let starter = starter_config("Tech \"rules\"", &compilation);
        let (config, problems) = parse_config(&starter.text);
        assert!(problems.is_empty(), "{problems:?}\n{}", starter.text);
        assert_eq!(config.title, "Tech \"rules\"");
        for document in compilation.timeline.documents.iter().filter(|d| !d.file.starts_with("milestones.json")) {
            let set = config.documents.get(&document.file).and_then(|d| d.published);
            assert_eq!(set, document.published, "{}", document.file);
        }
        let found: Vec<&str> = config.actors.iter().map(|a| a.name.as_str()).collect();
        assert!(!found.is_empty());
        for actor in &config.actors {
            let compiled = compilation.timeline.actors.iter().find(|a| a.name == actor.name);
            assert_eq!(compiled.map(|a| a.kind), Some(actor.kind), "{}", actor.name);
        }
        assert_eq!(starter.report.documents, 3, "imported TimelineJS files are not listed");
        assert!(!starter.text.contains("milestones.json"));
        assert_eq!(starter.report.undated, 1);
    }

    #[test]
    fn compiling_with_the_starter_gives_the_same_events() {
        let without = compile_files(None, corpus());
        let starter = starter_config("T", &without);
        let with = compile_files(Some(&starter.text), corpus());
        assert_eq!(with.timeline.events, without.timeline.events);
        assert!(with.diagnostics.iter().all(|d| d.file != CONFIG_FILE), "{:?}", with.diagnostics);
    }

    #[test]
    fn an_undated_document_gets_a_marked_line_to_fill_in_and_a_guess_is_marked_to_check() {
        let starter = starter_config("T", &compile_files(None, corpus()));
        let undated = starter.text.split("[documents.\"undated.txt\"]").nth(1).unwrap_or_default();
        assert!(undated.lines().nth(1).is_some_and(|line| line.contains(FILL_IN)), "{undated}");
        let guessed = starter.text.split("[documents.\"guessed.txt\"]").nth(1).unwrap_or_default();
        assert!(guessed.lines().nth(1).is_some_and(|line| line.starts_with("published = \"2022-06") && line.contains(CHECK)), "{guessed}");
        let dated = starter.text.split("[documents.\"dated.md\"]").nth(1).unwrap_or_default();
        assert!(dated.contains("published = \"2023-03-02\"   # from the front matter"), "{dated}");
    }

    #[test]
    fn names_with_quotes_backslashes_and_control_characters_read_back_as_written() {
        for name in ["a\"b", "c\\d", "e\nf", "g\u{1b}h", "日本語"] {
            let (config, problems) = parse_config(&format!("title = {}\n", toml_string(name)));
            assert!(problems.is_empty(), "{name:?}: {problems:?}");
            assert_eq!(config.title, name);
        }
    }

    #[test]
    fn a_folder_name_becomes_a_readable_title() {
        assert_eq!(title_from_folder("space-race_notes"), "Space race notes");
        assert_eq!(title_from_folder("--"), "My timeline");
    }

    #[test]
    fn an_existing_settings_file_is_never_overwritten() {
        let dir = std::env::temp_dir().join(format!("tideline-init-exists-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp folder");
        std::fs::write(dir.join(CONFIG_FILE), "title = \"mine\"\n").expect("settings written");
        std::fs::write(dir.join("a.txt"), "On 1 March 2023 Alibaba listed.\n").expect("article written");
        let outcome = init_dir(&dir);
        assert!(matches!(outcome, Err(InitError::AlreadyExists { .. })), "{outcome:?}");
        assert_eq!(std::fs::read_to_string(dir.join(CONFIG_FILE)).ok().as_deref(), Some("title = \"mine\"\n"));
        std::fs::remove_file(dir.join(CONFIG_FILE)).expect("settings removed");
        let report = init_dir(&dir).expect("init writes a new file");
        assert_eq!(report.documents, 1);
        assert!(std::fs::read_to_string(dir.join(CONFIG_FILE)).is_ok_and(|t| t.contains("[documents.\"a.txt\"]")));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
