//! The timeline compiled by `build.rs` from the corpus and embedded here.

use tideline_model::{decode, DecodeError, Timeline};

/// The encoded timeline (see `tideline_model::encode`).
static EMBEDDED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/timeline.bin"));

/// Decodes the embedded timeline.
pub fn embedded_timeline() -> Result<Timeline, DecodeError> {
    decode(EMBEDDED)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_embedded_corpus_decodes_and_has_events() {
        let timeline = super::embedded_timeline().expect("build.rs embeds a valid timeline");
        assert!(!timeline.documents.is_empty());
        assert!(!timeline.events.is_empty());
    }
}
