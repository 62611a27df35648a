//! `tideline synth`: writes a realistic synthetic corpus of a chosen size, so
//! extraction quality and compile speed can be measured (and reproduced) at
//! 1k, 10k or 100k events. Pure generation from a seed; the only I/O is
//! [`write_corpus`], which writes into one folder.
//!
//! Every event sentence names exactly one date, so a corpus of N events has N
//! event sentences; documents hold 10–25 of them plus a few undated fillers.

mod documents;
mod gazetteer;
mod rng;
mod sentences;

pub use documents::{Format, BOILERPLATE_MARKERS};
pub use rng::SplitMix64;
pub use sentences::IntendedStance;

use crate::config::CONFIG_FILE;
use chrono::{Duration, NaiveDate};
use documents::{render, Article};
use gazetteer::Gazetteer;
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// The seed used when none is given, so published figures can be reproduced.
pub const DEFAULT_SEED: u64 = 0x71DE_11AE;

/// The first line of a synthetic `tideline.toml`: marks a folder `synth` may overwrite.
const CONFIG_MARKER: &str = "# Written by `tideline synth`";

/// Event sentences per document.
const EVENTS_PER_DOCUMENT: (usize, usize) = (10, 25);

/// What to synthesise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SynthOptions {
    /// How many dated event sentences to write.
    pub events: usize,
    /// The seed: the same events and seed give byte-identical files.
    pub seed: u64,
}

/// One generated file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SynthFile {
    /// File name inside the corpus folder: `00042-some-headline.md`.
    pub name: String,
    /// Its format.
    pub format: Format,
    /// Its contents.
    pub text: String,
    /// Event sentences it holds, by intended stance (tightening, easing, neutral).
    pub stances: [usize; 3],
}

/// A whole synthetic corpus, in memory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntheticCorpus {
    /// The `tideline.toml` text: title and actor gazetteer.
    pub config: String,
    /// The documents, in file-name order.
    pub files: Vec<SynthFile>,
}

impl SyntheticCorpus {
    /// Event sentences written, over all files.
    pub fn events(&self) -> usize {
        self.files.iter().map(|f| f.stances.iter().sum::<usize>()).sum()
    }

    /// Total size of the documents and the config, in bytes.
    pub fn bytes(&self) -> usize {
        self.config.len() + self.files.iter().map(|f| f.text.len()).sum::<usize>()
    }
}

/// Why a corpus could not be written.
#[derive(Debug, thiserror::Error)]
pub enum SynthError {
    /// The folder holds files `synth` did not write; it will not mix them in.
    #[error("{path} is not empty and was not written by `tideline synth`: choose a new folder or empty it")]
    NotEmpty {
        /// The folder.
        path: PathBuf,
    },
    /// Reading or writing failed.
    #[error("cannot write {path}: {source}")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
}

const PUBLISHERS: &[&str] = &["The Harbour Ledger", "Capitol Ledger", "Market Wire", "Policy Desk Daily", "The Regulatory Review"];
const REPORTER_FIRST: &[&str] = &["Jane", "Tom", "Aiko", "Bruno", "Clara", "Dev", "Fatima", "Gustav", "Ines", "Jonas"];
const REPORTER_LAST: &[&str] = &["Doe", "Ruiz", "Claes", "Nakamura", "Ferreira", "Lund", "Mensah", "Petrov", "Duarte", "Keller"];

/// How many event sentences each document gets: 10–25, the last one the rest.
fn plan_documents(rng: &mut SplitMix64, events: usize) -> Vec<usize> {
    let mut plan = Vec::with_capacity(events / 17 + 1);
    let mut left = events;
    while left > 0 {
        let count = rng.between(EVENTS_PER_DOCUMENT.0, EVENTS_PER_DOCUMENT.1).min(left);
        plan.push(count);
        left -= count;
    }
    plan
}

fn slug(title: &str) -> String {
    let words: Vec<String> =
        title.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).take(6).map(str::to_ascii_lowercase).collect();
    words.join("-")
}

/// Document `index`, with `events` event sentences, from its own generator.
fn synthesize_document(mut rng: SplitMix64, index: usize, events: usize, gazetteer: &Gazetteer) -> SynthFile {
    let first = NaiveDate::from_ymd_opt(2015, 4, 1).expect("a valid calendar date");
    let last = NaiveDate::from_ymd_opt(2024, 12, 31).expect("a valid calendar date");
    let published = first + Duration::days(rng.below((last - first).num_days() as usize + 1) as i64);
    let title = sentences::headline(&mut rng, gazetteer);
    let author = format!("{} {}", rng.pick(REPORTER_FIRST), rng.pick(REPORTER_LAST));
    let publisher = *rng.pick(PUBLISHERS);

    let mut stances = [0usize; 3];
    let mut body: Vec<String> = (0..events)
        .map(|_| {
            let (sentence, stance) = sentences::event_sentence(&mut rng, gazetteer, published);
            stances[stance as usize] += 1;
            sentence
        })
        .collect();
    for _ in 0..rng.between(1, 3) {
        // Never first: the lead sentence of a news story carries its news.
        let at = rng.between(1, body.len().max(1));
        body.insert(at, sentences::filler_sentence(&mut rng).to_owned());
    }
    let mut paragraphs: Vec<Vec<String>> = Vec::new();
    let mut sentences = body.into_iter().peekable();
    while sentences.peek().is_some() {
        let size = rng.between(1, 3);
        paragraphs.push(sentences.by_ref().take(size).collect());
    }

    let format = Format::in_rotation(index);
    let slug = slug(&title);
    let article = Article { title: &title, author: &author, publisher, published, slug: &slug, paragraphs: &paragraphs };
    SynthFile { name: format!("{index:05}-{slug}.{}", format.extension()), format, text: render(&article, format), stances }
}

/// Generates the corpus for `options`, in memory. Deterministic: each
/// document has its own generator forked from the seed, so documents are
/// built in parallel and still come out the same.
pub fn synthesize(options: &SynthOptions) -> SyntheticCorpus {
    let root = SplitMix64::new(options.seed);
    let gazetteer = Gazetteer::generate(&mut root.fork(0));
    let plan = plan_documents(&mut root.fork(1), options.events);
    let files =
        plan.par_iter().enumerate().map(|(index, &events)| synthesize_document(root.fork(2 + index as u64), index, events, &gazetteer)).collect();
    let title = format!("Synthetic corpus ({} events, seed {})", options.events, options.seed);
    SyntheticCorpus { config: gazetteer.to_config(&title), files }
}

/// True for a name `synth` writes: five or more digits, a dash, a known extension.
fn is_synthetic_name(name: &str) -> bool {
    let digits = name.bytes().take_while(u8::is_ascii_digit).count();
    digits >= 5 && name[digits..].starts_with('-') && [".txt", ".md", ".html"].iter().any(|ext| name.ends_with(ext))
}

/// Makes `dir` ready: created if missing; a folder from an earlier `synth`
/// run loses its generated files; any other non-empty folder is refused.
fn prepare_folder(dir: &Path) -> Result<(), SynthError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| SynthError::Io { path, source }
    };
    std::fs::create_dir_all(dir).map_err(io(dir))?;
    let names: Vec<String> = std::fs::read_dir(dir).map_err(io(dir))?.flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect();
    if names.is_empty() {
        return Ok(());
    }
    let config = dir.join(CONFIG_FILE);
    let ours = std::fs::read_to_string(&config).is_ok_and(|text| text.starts_with(CONFIG_MARKER));
    if !ours || names.iter().any(|n| n != CONFIG_FILE && !is_synthetic_name(n)) {
        return Err(SynthError::NotEmpty { path: dir.to_path_buf() });
    }
    for name in names.iter().filter(|n| is_synthetic_name(n)) {
        let path = dir.join(name);
        std::fs::remove_file(&path).map_err(io(&path))?;
    }
    Ok(())
}

/// Synthesises a corpus for `options` and writes it into `dir` (documents
/// plus `tideline.toml`), returning what was written.
pub fn write_corpus(dir: &Path, options: &SynthOptions) -> Result<SyntheticCorpus, SynthError> {
    prepare_folder(dir)?;
    let corpus = synthesize(options);
    let write = |name: &str, text: &str| {
        let path = dir.join(name);
        std::fs::write(&path, text).map_err(|source| SynthError::Io { path, source })
    };
    write(CONFIG_FILE, &corpus.config)?;
    corpus.files.par_iter().try_for_each(|file| write(&file.name, &file.text))?;
    Ok(corpus)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_plan_adds_up_to_the_requested_events() {
        let plan = plan_documents(&mut SplitMix64::new(1), 1234);
        assert_eq!(plan.iter().sum::<usize>(), 1234);
        assert!(plan[..plan.len() - 1].iter().all(|n| (10..=25).contains(n)));
    }

    #[test]
    fn formats_rotate_and_names_sort_in_document_order() {
        let corpus = synthesize(&SynthOptions { events: 100, seed: 3 });
        let formats: Vec<Format> = corpus.files.iter().take(3).map(|f| f.format).collect();
        assert_eq!(formats, [Format::Text, Format::Markdown, Format::Html]);
        assert!(corpus.files.windows(2).all(|w| w[0].name < w[1].name));
        assert_eq!(corpus.events(), 100);
    }

    #[test]
    fn only_synthetic_file_names_are_recognised() {
        assert!(is_synthetic_name("00042-orion-payments.md"));
        assert!(!is_synthetic_name("notes.md") && !is_synthetic_name("00042-x.pdf"));
    }
}
