//! Tideline's corpus compiler: reads a folder of articles and extracts dated
//! events into a [`tideline_model::Timeline`].
//!
//! Each stage is a module with one job, testable on a string:
//! `read` (bytes → blocks and metadata), `segment` (blocks → sentences),
//! `dates` (sentence → dated mentions), `actors`, `amounts`, `classify`
//! (stance, category, kind), `events` (sentences → event mentions), `merge`
//! (mentions → events with stable ids), `curate` (hand corrections), and
//! `json` (the CLI's output contract). `compile` runs them in order.

pub mod actors;
pub mod amounts;
mod char_count;
pub mod classify;
pub mod compile;
pub mod config;
pub mod context;
pub mod corpus_path;
pub mod cues;
pub mod curate;
pub mod dates;
pub mod diagnostic;
pub mod events;
pub mod init;
pub mod json;
mod lowercase;
pub mod merge;
pub mod own_business;
pub mod read;
pub mod segment;
pub mod summary;
pub mod synth;
pub mod timelinejs;
mod word_boundary;

pub use compile::{compile_dir, compile_files, Compilation, CorpusError, InputFile};
pub use diagnostic::{escape_control, Diagnostic, Severity};
