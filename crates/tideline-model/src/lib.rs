//! Tideline's data model: the compiled timeline, its compact binary encoding
//! and the query engine that filters it and counts facets.
//!
//! Pure Rust with no I/O, no clock and no DOM, so the same code runs in the
//! compiler (native) and in the widget (wasm32), and is benchmarked natively.

// Slicing a str (`&text[a..b]`) panics off a char boundary, and that panic's
// message links Rust's char escaping and its Unicode tables into the wasm
// (about 4.5 KB gzip): use `get`, `split_at_checked`, `strip_prefix`.
#![cfg_attr(not(test), warn(clippy::string_slice))]

// What curation did and the lines that say it serve the compiler and the
// review panel of debug builds only: release wasm builds do not compile them,
// so none of it can reach the published widget.
#[cfg(any(debug_assertions, not(target_arch = "wasm32")))]
mod curation;
#[cfg(any(debug_assertions, not(target_arch = "wasm32")))]
mod curation_toml;
mod date;
mod encoding;
mod event;
mod query;
mod search;
mod search_index;
mod sorted;
mod substring;
#[cfg(test)]
mod testing;
mod timeline;

#[cfg(any(debug_assertions, not(target_arch = "wasm32")))]
pub use curation::{decode_curation_record, encode_curation_record, CurationRecord, CURATION_RECORD_VERSION};
#[cfg(any(debug_assertions, not(target_arch = "wasm32")))]
pub use curation_toml::{curation_toml, toml_string, CorrectedFields, EventCorrection, Visibility, MAX_SUMMARY_CHARS};
pub use date::{CivilDate, DateError, EventDate, Precision};
pub use encoding::{decode, decode_prechecked, encode, DecodeError, FORMAT_VERSION};
pub use event::{Actor, ActorId, ActorKind, Amount, Category, DocumentId, Event, EventId, EventKind, Origin, Source, Stance};
pub use query::{FacetCounts, Filter, QueryEngine, QueryResult};
pub use search::{fold_for_search, for_each_folded_word};
pub use search_index::{search_index, search_index_with_byte_sets, BROWSER_BUILDS_INDEX_UP_TO};
pub use sorted::{insert_sorted, sorted_unique};
pub use substring::{contains, find, match_starts};
pub use timeline::{DateBasis, Document, Timeline};
