//! Review mode, compiled only with debug assertions (`trunk serve`, never
//! `trunk build --release`): lists every event of the build with its
//! evidence, marks what `tideline.toml` already hid or corrected, and turns
//! the author's edits into the lines to paste into `tideline.toml`.
//!
//! `entries` is the logic, pure and tested natively; `panel` is its DOM,
//! reached through a "Review events" button of its own at the page's corner.
//! It touches nothing of the widgets on the page.

mod entries;
#[cfg(all(target_arch = "wasm32", feature = "dom"))]
mod panel;

pub use entries::{actor_names, at_precision, correction, review_entries, CurationMark, Draft, DraftProblem, Evidence, ReviewEntry};
#[cfg(all(target_arch = "wasm32", feature = "dom"))]
pub use panel::start;

use tideline_model::{decode_curation_record, CurationRecord, DecodeError};

/// What curation hid and corrected, as build.rs recorded it beside the timeline.
static EMBEDDED_RECORD: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/curation.bin"));

/// Decodes what curation hid and corrected in this build.
pub fn embedded_curation() -> Result<CurationRecord, DecodeError> {
    decode_curation_record(EMBEDDED_RECORD)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_embedded_record_decodes_and_lists_with_the_embedded_timeline() {
        let record = super::embedded_curation().expect("build.rs writes a valid record");
        let timeline = crate::data::embedded_timeline().expect("build.rs embeds a valid timeline");
        let entries = super::review_entries(&timeline, &record);
        assert_eq!(entries.len(), timeline.events.len() + record.hidden.len());
    }
}
