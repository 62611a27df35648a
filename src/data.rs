//! The timeline compiled by `build.rs` from the corpus and embedded here.

use tideline_model::{decode_prechecked, DecodeError, Timeline};

/// The encoded timeline (see `tideline_model::encode`).
static EMBEDDED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/timeline.bin"));

/// The timeline's search index (see `tideline_model::search_index`), empty
/// when the corpus is small enough for the widget to build it.
pub static SEARCH_INDEX: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/search-index.bin"));

/// Decodes the embedded timeline. build.rs refuses to embed a timeline that
/// `tideline_model::decode` does not accept whole, so its ids and dates are
/// not checked again here (see `decode_prechecked`).
pub fn embedded_timeline() -> Result<Timeline, DecodeError> {
    decode_prechecked(EMBEDDED)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_embedded_corpus_decodes_and_has_events() {
        let timeline = super::embedded_timeline().expect("build.rs embeds a valid timeline");
        assert!(!timeline.documents.is_empty());
        assert!(!timeline.events.is_empty());
    }

    #[test]
    fn the_embedded_corpus_holds_together_as_build_rs_checked() {
        assert_eq!(tideline_model::decode(super::EMBEDDED).ok(), super::embedded_timeline().ok());
    }
}
