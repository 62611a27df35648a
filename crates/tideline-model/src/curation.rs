//! What `tideline.toml`'s curation did to a compile, for the review panel of
//! debug builds: the events it hid and the events it corrected, as they were
//! before. Kept beside the timeline, never inside it, so the timeline's
//! encoding (and the release widget) does not change; the widget embeds it
//! only when built with debug assertions.

use crate::encoding::{decode_tagged, encode_tagged, DecodeError};
use crate::event::Event;
use serde::{Deserialize, Serialize};

/// Bumped whenever the encoded record's layout changes.
pub const CURATION_RECORD_VERSION: u8 = 1;
const MAGIC: &[u8; 4] = b"TDLC";

/// The events curation hid or corrected. Their actor and document ids index
/// the tables of the timeline compiled with them.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CurationRecord {
    /// Events `tideline.toml` hides, as the compiler found them.
    pub hidden: Vec<Event>,
    /// Events `tideline.toml` corrects, as they were before the correction
    /// (the timeline holds them after it), in the timeline's order.
    pub corrected: Vec<Event>,
}

impl CurationRecord {
    /// The event as it was before curation corrected it, if it did.
    pub fn before_correction(&self, id: crate::EventId) -> Option<&Event> {
        self.corrected.iter().find(|e| e.id == id)
    }
}

/// Encodes a record for embedding beside the timeline.
pub fn encode_curation_record(record: &CurationRecord) -> Vec<u8> {
    encode_tagged(MAGIC, CURATION_RECORD_VERSION, record, 1024)
}

/// Decodes what [`encode_curation_record`] produced.
pub fn decode_curation_record(bytes: &[u8]) -> Result<CurationRecord, DecodeError> {
    decode_tagged(bytes, MAGIC, CURATION_RECORD_VERSION)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::sample_timeline;

    #[test]
    fn a_record_round_trips_through_its_encoding() {
        let events = sample_timeline().events;
        let record = CurationRecord { hidden: vec![events[0].clone()], corrected: vec![events[1].clone()] };
        let bytes = encode_curation_record(&record);
        assert_eq!(decode_curation_record(&bytes), Ok(record.clone()));
        assert_eq!(record.before_correction(crate::EventId(2)).map(|e| e.id), Some(crate::EventId(2)));
        assert_eq!(record.before_correction(crate::EventId(1)), None);
    }

    #[test]
    fn a_timeline_or_a_truncated_record_is_refused() {
        assert_eq!(decode_curation_record(&crate::encode(&crate::Timeline::default())), Err(DecodeError::NotATimeline));
        let bytes = encode_curation_record(&CurationRecord { hidden: sample_timeline().events, corrected: vec![] });
        assert_eq!(decode_curation_record(&bytes[..bytes.len() - 3]), Err(DecodeError::Corrupt));
    }
}
