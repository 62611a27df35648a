//! The whole pipeline: a corpus folder (or in-memory files) → a timeline and
//! its diagnostics. Files are read and mined in parallel (rayon); everything
//! is sorted before output, so two compiles give identical results.

use crate::actors::ActorFinder;
use crate::classify::Classifier;
use crate::config::{parse_config, CorpusConfig, DocumentOverride, ExtraCues, CONFIG_FILE};
use crate::curate::apply_curation;
use crate::dates::{find_absolute_dates, tag_dates, DateContext, Resolution};
use crate::diagnostic::Diagnostic;
use crate::events::{extract_mentions, Extractors};
use crate::merge::merge_mentions;
use crate::read::{read_document, DocumentFormat, SourceText};
use crate::segment::{has_overlong_sentence, split_sentences, MAX_SENTENCE_BYTES};
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use tideline_model::{CurationRecord, DateBasis, Document, DocumentId, EventDate, Precision, Timeline};

/// One file of a corpus, in memory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputFile {
    /// Path relative to the corpus folder, with `/` separators.
    pub name: String,
    /// The file's bytes.
    pub bytes: Vec<u8>,
}

/// What compiling a corpus produced.
#[derive(Clone, Debug, PartialEq)]
pub struct Compilation {
    /// The timeline.
    pub timeline: Timeline,
    /// Each document's sniffed format, by document id.
    pub formats: Vec<DocumentFormat>,
    /// Every problem found, sorted by file and line.
    pub diagnostics: Vec<Diagnostic>,
    /// The events `tideline.toml` hid and corrected, for the widget's review
    /// panel in debug builds (the timeline holds the corrected ones).
    pub curation: CurationRecord,
}

/// Why a corpus folder could not be compiled at all.
#[derive(Debug, thiserror::Error)]
pub enum CorpusError {
    /// The folder could not be listed.
    #[error("cannot read corpus folder {path}: {source}")]
    Unreadable {
        /// The folder.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
}

/// The largest file the compiler reads (bytes). An article is rarely more
/// than a few hundred kilobytes, even as a saved web page; past this a file
/// is almost surely not an article, and reading it would cost memory for
/// nothing. Larger files are skipped with an error naming them.
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// A file found in the corpus folder, with its name as diagnostics show it.
struct FoundFile {
    path: PathBuf,
    name: String,
}

/// `path` relative to `dir`, `/`-separated. Bytes that are not UTF-8 are
/// written `\xNN`, so two such names never become the same string (a lossy
/// conversion would make both `a\u{fffd}.txt`).
fn relative_name(dir: &Path, path: &Path) -> String {
    let relative = path.strip_prefix(dir).unwrap_or(path);
    let mut name = String::new();
    for (index, part) in relative.components().enumerate() {
        if index > 0 {
            name.push('/');
        }
        name.push_str(&escape_non_utf8(part.as_os_str()));
    }
    name
}

#[cfg(unix)]
fn escape_non_utf8(part: &std::ffi::OsStr) -> String {
    use std::os::unix::ffi::OsStrExt;
    let mut out = String::new();
    for chunk in part.as_bytes().utf8_chunks() {
        out.push_str(chunk.valid());
        for byte in chunk.invalid() {
            out.push_str(&format!("\\x{byte:02X}"));
        }
    }
    out
}

#[cfg(not(unix))]
fn escape_non_utf8(part: &std::ffi::OsStr) -> String {
    part.to_string_lossy().into_owned()
}

/// Every regular, non-hidden file under `dir`, sorted by relative path, and
/// an error for each thing under it that is not read: a subfolder that
/// cannot be listed, a symbolic link (not followed: it may point outside the
/// corpus), anything else that is not a file. Only `dir` itself being
/// unreadable is fatal.
fn list_files(dir: &Path) -> Result<(Vec<FoundFile>, Vec<Diagnostic>), CorpusError> {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        let entries = match std::fs::read_dir(&folder) {
            Ok(entries) => entries,
            Err(source) if folder == dir => return Err(CorpusError::Unreadable { path: folder, source }),
            Err(err) => {
                problems.push(Diagnostic::error(&relative_name(dir, &folder), 0, format!("cannot read folder ({err}); its files are skipped")));
                continue;
            }
        };
        for entry in entries {
            let entry = match entry {
                Ok(entry) => entry,
                Err(err) => {
                    problems.push(Diagnostic::error(&relative_name(dir, &folder), 0, format!("cannot list an entry of this folder ({err})")));
                    continue;
                }
            };
            let path = entry.path();
            // Hidden files and folders (.git, .DS_Store) are not articles.
            if entry.file_name().as_encoded_bytes().starts_with(b".") {
                continue;
            }
            let name = relative_name(dir, &path);
            match entry.file_type() {
                Ok(t) if t.is_dir() => pending.push(path),
                Ok(t) if t.is_file() => files.push(FoundFile { path, name }),
                Ok(t) if t.is_symlink() => problems.push(Diagnostic::error(
                    &name,
                    0,
                    "symbolic link not followed (it may point outside the corpus); copy the file into the folder instead",
                )),
                Ok(_) => problems.push(Diagnostic::error(&name, 0, "not a regular file; skipped")),
                Err(err) => problems.push(Diagnostic::error(&name, 0, format!("cannot tell what this is ({err}); skipped"))),
            }
        }
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok((files, problems))
}

/// Reads and compiles the corpus folder `dir` (its `tideline.toml` included).
/// Unreadable files become diagnostics; only an unreadable folder is an error.
pub fn compile_dir(dir: &Path) -> Result<Compilation, CorpusError> {
    let mut inputs = Vec::new();
    let (found, mut unreadable) = list_files(dir)?;
    let mut config_text = None;
    let mut names = std::collections::HashSet::new();
    for FoundFile { path, name } in found {
        if !names.insert(name.clone()) {
            unreadable.push(Diagnostic::error(&name, 0, "another file has the same name once its non-UTF-8 bytes are escaped; rename one"));
            continue;
        }
        match read_bounded(&path) {
            Ok(bytes) if name == CONFIG_FILE => config_text = Some(String::from_utf8_lossy(&bytes).into_owned()),
            Ok(bytes) => inputs.push(InputFile { name, bytes }),
            Err(message) => unreadable.push(Diagnostic::error(&name, 0, message)),
        }
    }
    let mut compilation = compile_files(config_text.as_deref(), inputs);
    compilation.diagnostics.extend(unreadable);
    compilation.diagnostics.sort();
    Ok(compilation)
}

/// The file's bytes, or why it is skipped: unreadable, or larger than
/// [`MAX_FILE_BYTES`] (checked before reading, and again while reading in
/// case it grows).
fn read_bounded(path: &Path) -> Result<Vec<u8>, String> {
    use std::io::Read;
    let too_large = |size: u64| format!("file is {size} bytes, over the {MAX_FILE_BYTES}-byte limit for one article; split it or remove it");
    let file = std::fs::File::open(path).map_err(|err| format!("cannot read file: {err}"))?;
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    if size > MAX_FILE_BYTES {
        return Err(too_large(size));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(|err| format!("cannot read file: {err}"))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Gives actors that curation named but no article did (so they were added
/// as organisations) the kind their `[[actor]]` entry declares.
fn set_declared_kinds(actors: &mut [tideline_model::Actor], declared: &[crate::config::ActorEntry]) {
    for actor in actors.iter_mut().filter(|a| a.kind == tideline_model::ActorKind::Organisation) {
        if let Some(entry) = declared.iter().find(|entry| entry.name == actor.name) {
            actor.kind = entry.kind;
        }
    }
}

/// A document read and dated, before event extraction.
struct ReadDocument {
    document: Document,
    format: DocumentFormat,
    source: SourceText,
}

/// Compiles in-memory files with the settings in `config_text`.
pub fn compile_files(config_text: Option<&str>, files: Vec<InputFile>) -> Compilation {
    let (mut config, mut diagnostics) = config_text.map(parse_config).unwrap_or_default();
    // TimelineJS files are events already, not articles: imported below.
    let (timelinejs_files, files): (Vec<InputFile>, Vec<InputFile>) =
        files.into_iter().partition(|file| crate::timelinejs::is_timelinejs_file(&file.name, &file.bytes));
    let read: Vec<Result<(ReadDocument, Vec<Diagnostic>), Diagnostic>> = files.par_iter().map(|file| read_and_date(file, &config)).collect();
    let mut documents = Vec::new();
    for outcome in read {
        match outcome {
            Ok((doc, problems)) => {
                documents.push(doc);
                diagnostics.extend(problems);
            }
            Err(problem) => diagnostics.push(problem),
        }
    }
    if documents.len() > MAX_DOCUMENTS {
        for doc in documents.drain(MAX_DOCUMENTS..) {
            let message = format!(
                "left out: a timeline holds at most {MAX_DOCUMENTS} documents (their ids are 16-bit); split the corpus into several timelines"
            );
            diagnostics.push(Diagnostic::error(&doc.document.file, 0, message));
        }
    }
    for name in config.documents.keys() {
        if !documents.iter().any(|d| d.document.file == *name) {
            diagnostics.push(Diagnostic::warning(CONFIG_FILE, 0, format!("settings for `{name}`, which is not in the corpus")));
        }
    }

    let own_finder;
    let actors = if config.actors.is_empty() {
        ActorFinder::built_in()
    } else {
        own_finder = ActorFinder::new(&config.actors);
        &own_finder
    };
    diagnostics.extend(gazetteer_problem(actors));
    let own_classifier;
    let classifier = if config.cues == ExtraCues::default() {
        Classifier::built_in()
    } else {
        match Classifier::new(&config.cues) {
            Ok(built) => {
                own_classifier = built;
                &own_classifier
            }
            Err(problem) => {
                let message = format!("the [cues] could not be used ({problem}), so the default cues apply: use fewer or shorter words");
                diagnostics.push(Diagnostic::error(CONFIG_FILE, 0, message));
                Classifier::built_in()
            }
        }
    };
    let tools = Extractors { actors, classifier };
    let mined: Vec<_> = documents
        .par_iter()
        .enumerate()
        .map(|(index, doc)| {
            let mut problems = Vec::new();
            for block in doc.source.blocks.iter().filter(|b| has_overlong_sentence(&b.text)) {
                problems.push(Diagnostic::warning(
                    &doc.document.file,
                    block.line,
                    format!("a sentence longer than {MAX_SENTENCE_BYTES} bytes is read in pieces (is a line missing its full stops?)"),
                ));
            }
            // In range: documents past MAX_DOCUMENTS were left out above.
            let id = DocumentId(u16::try_from(index).unwrap_or(u16::MAX));
            let mentions = extract_mentions(id, &doc.document.file, &doc.source.blocks, doc.document.published, &tools, &mut problems);
            (mentions, problems)
        })
        .collect();
    let mut mentions = Vec::new();
    for (found, problems) in mined {
        mentions.extend(found);
        diagnostics.extend(problems);
    }
    diagnostics.extend(detach_unaddressable_actors(&mut mentions, MAX_ACTORS));
    let mut imported = crate::timelinejs::import_timelines(&timelinejs_files, &crate::timelinejs::ImportTools { classifier, actors });
    diagnostics.append(&mut imported.diagnostics);
    config.curation.additions.append(&mut imported.additions);
    if config.title.is_empty() {
        config.title = imported.documents.iter().find_map(|d| d.title.clone()).unwrap_or_default();
    }
    documents.extend(std::mem::take(&mut imported.documents).into_iter().map(|document| ReadDocument {
        document,
        format: DocumentFormat::TimelineJs,
        source: SourceText { format: DocumentFormat::TimelineJs, metadata: Default::default(), blocks: Vec::new(), byline: Vec::new() },
    }));
    let files: Vec<String> = documents.iter().map(|d| d.document.file.clone()).collect();
    let (mut events, mut actor_table) = merge_mentions(mentions, &files);
    let (problems, curation) = apply_curation(&config.curation, &mut events, &mut actor_table, &files);
    diagnostics.extend(problems);
    imported.set_actor_kinds(&mut actor_table);
    set_declared_kinds(&mut actor_table, &config.actors);
    diagnostics.sort();
    diagnostics.dedup();

    let formats = documents.iter().map(|d| d.format).collect();
    let timeline =
        Timeline { title: config.title.clone(), documents: documents.into_iter().map(|d| d.document).collect(), actors: actor_table, events };
    Compilation { timeline, formats, diagnostics, curation }
}

/// Most documents a timeline holds: document ids are 16-bit in the model
/// (and in the wasm, where they are most of an event's filter data).
pub const MAX_DOCUMENTS: usize = 1 << 16;
/// Most distinct actors a timeline holds: actor ids are 16-bit too.
pub const MAX_ACTORS: usize = 1 << 16;

/// Keeps the first `max` actor names in name order (the order of the actor
/// table `merge` builds, so every id it gives fits) and takes the others off
/// the mentions, with one error saying so; without this, ids would wrap and
/// name the wrong actors.
/// The error a corpus's gazetteer that could not be built gets: its names
/// are then not found, and the author is told so rather than left to guess.
fn gazetteer_problem(actors: &ActorFinder) -> Option<Diagnostic> {
    let problem = actors.problem()?;
    let message = format!("the actor gazetteer could not be built ({problem}); no [[actor]] names are found: shorten or split them");
    Some(Diagnostic::error(CONFIG_FILE, 0, message))
}

fn detach_unaddressable_actors(mentions: &mut [crate::events::EventMention], max: usize) -> Option<Diagnostic> {
    let names: std::collections::BTreeSet<&str> = mentions.iter().flat_map(|m| &m.actors).map(|a| a.name.as_str()).collect();
    let total = names.len();
    let first_left_out = names.into_iter().nth(max)?.to_owned();
    for mention in mentions.iter_mut() {
        mention.actors.retain(|a| a.name < first_left_out);
    }
    let message = format!(
        "{total} actors are named, but a timeline holds at most {max} (their ids are 16-bit); those from `{first_left_out}` on in name order are not attached to events"
    );
    Some(Diagnostic::error(".", 0, message))
}

/// Only http and https URLs are kept; anything else could run script when clicked.
fn web_url(url: Option<String>, file: &str, problems: &mut Vec<Diagnostic>) -> Option<String> {
    let url = url?.trim().to_owned();
    let lower = url.to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("http://") {
        Some(url)
    } else {
        problems.push(Diagnostic::warning(file, 0, format!("URL `{url}` ignored: only http and https links are kept")));
        None
    }
}

fn read_and_date(file: &InputFile, config: &CorpusConfig) -> Result<(ReadDocument, Vec<Diagnostic>), Diagnostic> {
    if file.bytes.len() as u64 > MAX_FILE_BYTES {
        let message = format!("file is {} bytes, over the {MAX_FILE_BYTES}-byte limit for one article; split it or remove it", file.bytes.len());
        return Err(Diagnostic::error(&file.name, 0, message));
    }
    let outcome = read_document(&file.name, &file.bytes)?;
    let mut problems = outcome.diagnostics;
    let source = outcome.source;
    let fallback = DocumentOverride::default();
    let over = config.documents.get(&file.name).unwrap_or(&fallback);
    let meta = &source.metadata;
    let (published, basis) = match (over.published, meta.published) {
        (Some(date), _) => (Some(date), DateBasis::Config),
        (None, Some((date, basis))) => (Some(date), basis),
        (None, None) => match byline_date(&source) {
            Some(date) => (Some(date), DateBasis::Byline),
            None => match dateline_date(&source) {
                Some(date) => (Some(date), DateBasis::Byline),
                None => match latest_dated_reference(&source) {
                    Some(date) => {
                        problems.push(Diagnostic::warning(
                            &file.name,
                            0,
                            format!("no publication date found; inferred {date} from the dates in the text (set it under [documents.\"{}\"] in {CONFIG_FILE})", file.name),
                        ));
                        (Some(date), DateBasis::Inferred)
                    }
                    None => (None, DateBasis::Unknown),
                },
            },
        },
    };
    let url = web_url(over.url.clone().or_else(|| meta.url.clone()), &file.name, &mut problems);
    let document = Document {
        file: file.name.clone(),
        title: over.title.clone().or_else(|| meta.title.clone()),
        publisher: over.publisher.clone().or_else(|| meta.publisher.clone()),
        authors: over.authors.clone().unwrap_or_else(|| meta.authors.clone()),
        published,
        published_basis: basis,
        url,
    };
    Ok((ReadDocument { document, format: source.format, source }, problems))
}

/// The first absolute date in the byline or dateline lines.
fn byline_date(source: &SourceText) -> Option<EventDate> {
    source.byline.iter().find_map(|block| find_absolute_dates(&block.text).into_iter().next().map(|(_, date)| date))
}

/// Every date the text states in full, and whether it is a plan: one the
/// tagger reads as future, or one after "would", as reported speech puts
/// a plan ("said exports would be limited … in 2026"). Only the guess of
/// the year a text was written in asks for the second.
fn stated_dates(source: &SourceText) -> Vec<(EventDate, bool)> {
    let context = DateContext::default();
    let mut stated = Vec::new();
    for block in &source.blocks {
        for sentence in split_sentences(&block.text) {
            let tagged = tag_dates(sentence.text, &context);
            for m in tagged.mentions.into_iter().filter(|m| m.resolution == Resolution::Absolute) {
                stated.push((m.end.unwrap_or(m.date), m.plan || crate::dates::follows_would(sentence.text, m.span.start)));
            }
        }
    }
    stated
}

/// The year a text was most likely written in, from the years it states:
/// the latest it reports, or the year before the first it plans for when
/// that is later ("produced 114,000 tons in 2024" and "quotas in 2026 and
/// 2027" were written in 2025). A text that only plans is dated by its
/// latest plan.
fn likely_year(stated: &[(EventDate, bool)]) -> Option<i32> {
    let year = |d: &EventDate| d.last_day().year();
    let reported = stated.iter().filter(|(_, plan)| !plan).map(|(d, _)| year(d)).max();
    let Some(reported) = reported else { return stated.iter().map(|(d, _)| year(d)).max() };
    let first_planned_after = stated.iter().filter(|(d, plan)| *plan && year(d) > reported).map(|(d, _)| year(d)).min();
    Some(first_planned_after.map_or(reported, |planned| reported.max(planned - 1)))
}

/// The day of a dateline that opens the story ("DUBLIN, 23 May 2023 – …").
/// When it gives no year ("NEW YORK, July 13 (Wire) – A judge ruled on
/// Thursday …"), the year is the one where that day falls on the weekday the
/// story names, nearest the year it was likely written in.
fn dateline_date(source: &SourceText) -> Option<EventDate> {
    let lead = source.blocks.first()?.text.as_str();
    let place: String = lead.chars().take_while(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '-' | '\'' | '’')).collect();
    if place.trim().chars().filter(|c| c.is_alphabetic()).count() < 3 {
        return None;
    }
    let head: String = lead.chars().skip(place.chars().count()).take(40).collect();
    if let Some((_, date)) = find_absolute_dates(&head).into_iter().next() {
        return Some(date);
    }
    let day = *crate::dates::yearless_days(&head).first()?;
    let guess = likely_year(&stated_dates(source))?;
    crate::dates::in_year_near(day, crate::dates::first_weekday(lead), guess)
}

/// The latest date the text states in full, at month precision at most: a
/// document is usually written soon after the last thing it reports. Failing
/// that, the month of a day it names with its weekday but no year ("on
/// Monday, 19 December"), in the year near the latest it states.
fn latest_dated_reference(source: &SourceText) -> Option<EventDate> {
    let stated = stated_dates(source);
    let latest = stated.iter().filter(|(_, plan)| !plan).map(|(d, _)| *d).max_by_key(|d| d.last_day()).or_else(|| {
        let guess = likely_year(&stated)?;
        source
            .blocks
            .iter()
            .flat_map(|block| crate::dates::yearless_days(&block.text))
            .filter(|day| day.weekday.is_some())
            .find_map(|day| crate::dates::in_year_near(day, None, guess))
    })?;
    match latest.precision() {
        Precision::Day | Precision::Month => EventDate::month(latest.start().year(), latest.start().month()).ok(),
        Precision::Quarter | Precision::Year => Some(latest),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(name: &str, text: &str) -> InputFile {
        InputFile { name: name.into(), bytes: text.as_bytes().to_vec() }
    }

    #[test]
    fn a_gazetteer_that_could_not_be_built_is_an_error_not_silence() {
        let failed = ActorFinder::failed_for_test("pattern too long");
        let diagnostic = gazetteer_problem(&failed).expect("reported");
        assert_eq!((diagnostic.file.as_str(), diagnostic.severity), (CONFIG_FILE, crate::Severity::Error));
        assert!(diagnostic.message.contains("pattern too long"), "{}", diagnostic.message);
        assert!(gazetteer_problem(&ActorFinder::new(&[])).is_none());
    }

    #[test]
    fn a_bad_file_is_reported_and_the_good_ones_compile() {
        let compilation = compile_files(None, vec![file("empty.txt", ""), file("good.txt", "The regulator fined the firm on July 7, 2023.")]);
        assert_eq!(compilation.timeline.documents.len(), 1);
        assert_eq!(compilation.timeline.events.len(), 1);
        assert!(compilation.diagnostics.iter().any(|d| d.file == "empty.txt" && d.severity == crate::Severity::Error));
    }

    #[test]
    fn config_overrides_metadata_and_reports_unknown_documents() {
        let config = "title = \"T\"\n[documents.\"good.txt\"]\npublished = \"2023-07-20\"\nurl = \"javascript:alert(1)\"\n[documents.\"gone.txt\"]\ntitle = \"x\"\n";
        let compilation = compile_files(Some(config), vec![file("good.txt", "Fined on July 7, 2023.")]);
        let doc = &compilation.timeline.documents[0];
        assert_eq!(doc.published.map(|d| d.to_string()).as_deref(), Some("2023-07-20"));
        assert_eq!(doc.published_basis, DateBasis::Config);
        assert_eq!(doc.url, None, "non-web URLs are dropped");
        assert!(compilation.diagnostics.iter().any(|d| d.message.contains("gone.txt")));
        assert!(compilation.diagnostics.iter().any(|d| d.message.contains("javascript")));
    }

    #[test]
    fn an_undated_document_gets_its_latest_date_at_month_precision_with_a_warning() {
        let compilation = compile_files(None, vec![file("a.txt", "Fined on July 7, 2023.\n\nMet on July 12, 2023.")]);
        let doc = &compilation.timeline.documents[0];
        assert_eq!(doc.published.map(|d| d.to_string()).as_deref(), Some("2023-07"));
        assert_eq!(doc.published_basis, DateBasis::Inferred);
        assert!(compilation.diagnostics.iter().any(|d| d.message.contains("inferred 2023-07")));
    }

    #[test]
    fn corpus_text_in_a_diagnostic_cannot_start_a_cargo_line() {
        let page = "<html><head><link rel=\"canonical\" href=\"javascript:void(0)&#10;cargo::error=owned&#13;&#10;cargo:rustc-link-arg=-x\"></head>\
                    <body><p>The regulator fined the firm on July 7, 2023.</p></body></html>";
        let compilation = compile_files(None, vec![file("page.html", page)]);
        assert!(compilation.diagnostics.iter().any(|d| d.message.contains("javascript")), "{:?}", compilation.diagnostics);
        for diagnostic in &compilation.diagnostics {
            let line = format!("cargo:warning={diagnostic}");
            assert_eq!(line.lines().count(), 1, "{line}");
            assert!(!line.contains('\r'), "{line}");
        }
    }

    #[test]
    fn documents_past_the_16_bit_limit_are_left_out_by_name_not_wrapped() {
        let mut files: Vec<InputFile> = (0..=MAX_DOCUMENTS).map(|i| file(&format!("{i:06}.txt"), "x")).collect();
        files.push(file("zzz.txt", "The regulator fined the firm on July 7, 2023."));
        let compilation = compile_files(None, files);
        assert_eq!(compilation.timeline.documents.len(), MAX_DOCUMENTS);
        assert_eq!(compilation.timeline.documents.last().map(|d| d.file.as_str()), Some("065535.txt"));
        let left_out: Vec<&Diagnostic> = compilation.diagnostics.iter().filter(|d| d.message.starts_with("left out")).collect();
        assert_eq!(left_out.iter().map(|d| d.file.as_str()).collect::<Vec<_>>(), ["065536.txt", "zzz.txt"]);
        // No event cites a document it does not have.
        assert!(compilation.timeline.events.is_empty(), "{:?}", compilation.timeline.events);
    }

    #[test]
    fn actors_past_the_limit_are_detached_with_an_error_not_wrapped() {
        let compilation = compile_files(None, vec![file("a.txt", "The Alpha Commission fined the Beta Group and the Gamma Bank on July 7, 2023.")]);
        let event = &compilation.timeline.events[0];
        assert_eq!(event.actors.len(), 3, "{:?}", compilation.timeline.actors);
        let mut mentions = vec![crate::events::EventMention {
            actors: ["Gamma Bank", "Alpha Commission", "Beta Group"]
                .map(|name| crate::actors::ActorMention { name: name.into(), kind: tideline_model::ActorKind::Company })
                .to_vec(),
            ..fake_mention()
        }];
        let problem = detach_unaddressable_actors(&mut mentions, 2).expect("an error");
        assert!(problem.message.contains("`Gamma Bank`"), "{problem}");
        assert_eq!(mentions[0].actors.iter().map(|a| a.name.as_str()).collect::<Vec<_>>(), ["Alpha Commission", "Beta Group"]);
        assert!(detach_unaddressable_actors(&mut mentions, 2).is_none());
    }

    fn fake_mention() -> crate::events::EventMention {
        let read = crate::read::read_document("a.txt", b"Fined on July 7, 2023.").expect("read");
        let actors = crate::actors::ActorFinder::new(&[]);
        let tools = Extractors { actors: &actors, classifier: Classifier::built_in() };
        crate::events::extract_mentions(DocumentId(0), "a.txt", &read.source.blocks, None, &tools, &mut Vec::new()).remove(0)
    }

    #[test]
    fn a_dateline_without_a_year_takes_the_year_of_its_weekday() {
        let text = "NEW YORK, July 13 (Wire) - A judge ruled on Thursday that the sales in 2021 were legal.";
        let compilation = compile_files(None, vec![file("a.txt", text)]);
        assert_eq!(compilation.timeline.documents[0].published.map(|d| d.to_string()).as_deref(), Some("2023-07-13"));
    }

    #[test]
    fn newsroom_forms_of_the_publication_date_are_read() {
        let forms = [
            ("dateline.txt", "DUBLIN, 23 May 2023 - The regulator fined the firm on Monday.", "2023-05-23"),
            (
                "under_byline.txt",
                "Regulator fines firm\n\nBy Ann Lee\nMonday, 28 December 2020\n\nThe regulator fined the firm on Monday.",
                "2020-12-28",
            ),
            ("labelled.txt", "监管部门处罚平台\n\n作者：李明\n发布日期 Published: 2021年10月9日\n\n监管部门周五对平台处以罚款。", "2021-10-09"),
        ];
        for (name, text, want) in forms {
            let compilation = compile_files(None, vec![file(name, text)]);
            assert_eq!(compilation.timeline.documents[0].published.map(|d| d.to_string()).as_deref(), Some(want), "{name}");
        }
    }

    #[test]
    fn a_weekday_with_a_yearless_day_dates_an_undated_document() {
        let text = "Ministers agreed on Monday, 19 December, to a cap that will apply from 15 February 2023.";
        let compilation = compile_files(None, vec![file("a.txt", text)]);
        assert_eq!(compilation.timeline.documents[0].published.map(|d| d.to_string()).as_deref(), Some("2022-12"));
    }

    #[test]
    fn compiling_twice_gives_the_same_result() {
        let files = vec![file("b.txt", "Fined on July 7, 2023."), file("a.txt", "Met on July 12, 2023.")];
        assert_eq!(compile_files(None, files.clone()), compile_files(None, files));
    }
}
