//! TimelineJS in and out. A TimelineJS JSON file (`events`, `start_date`,
//! `text.headline`, `group`, `media.url`) or its spreadsheet saved as CSV,
//! placed in a corpus, becomes curated events; `tideline export --timelinejs`
//! writes a compiled timeline in TimelineJS's JSON.
//!
//! `read` parses the two formats into [`TimelineJsEvent`]s (a bad file or row
//! is a diagnostic naming file and line, and the rest is read), `import`
//! turns them into documents and `[[curation.add]]`-style additions, and
//! `export` writes the other way. No I/O here: callers pass bytes.

mod export;
mod import;
mod read;

pub use export::to_timelinejs_json;
pub use import::{import_timelines, ImportTools, Imported};
pub use read::{is_timelinejs_file, read_timelinejs, Media, TimelineJsEvent, TimelineJsFile};
