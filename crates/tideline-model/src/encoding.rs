//! The compact binary form embedded in the wasm: a magic tag and format
//! version, then the timeline as postcard (varints, no field names).

use crate::date::EventDate;
use crate::timeline::Timeline;
use core::fmt;

/// Bumped whenever the encoded layout changes.
pub const FORMAT_VERSION: u8 = 2;
const MAGIC: &[u8; 4] = b"TDLN";

/// Why bytes could not be decoded into a timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// The bytes do not start with Tideline's magic tag.
    NotATimeline,
    /// Encoded by another version of Tideline.
    WrongVersion(u8),
    /// The payload is truncated or corrupt, or does not hold together: an
    /// impossible date, a span ending before it starts, or an id naming an
    /// actor or document that is not there.
    Corrupt,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::NotATimeline => f.write_str("not a Tideline timeline"),
            DecodeError::WrongVersion(v) => {
                write!(f, "timeline format {v}, expected {FORMAT_VERSION}: rebuild the widget")
            }
            DecodeError::Corrupt => f.write_str("timeline data is corrupt"),
        }
    }
}

/// Encodes a timeline for embedding.
pub fn encode(timeline: &Timeline) -> Vec<u8> {
    encode_tagged(MAGIC, FORMAT_VERSION, timeline, 64 * 1024)
}

/// `value` as postcard after a magic tag and a format version (the timeline,
/// and the curation record of debug builds).
pub(crate) fn encode_tagged<T: serde::Serialize>(magic: &[u8; 4], version: u8, value: &T, capacity: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(capacity);
    out.extend_from_slice(magic);
    out.push(version);
    // Serialising plain owned data into a Vec cannot fail.
    match postcard::to_extend(value, out) {
        Ok(bytes) => bytes,
        Err(_) => unreachable!("postcard cannot fail writing into a Vec"),
    }
}

/// Decodes what [`encode_tagged`] wrote with `magic` and `version`.
pub(crate) fn decode_tagged<T: serde::de::DeserializeOwned>(bytes: &[u8], magic: &[u8; 4], version: u8) -> Result<T, DecodeError> {
    let rest = bytes.strip_prefix(magic.as_slice()).ok_or(DecodeError::NotATimeline)?;
    let (&found, payload) = rest.split_first().ok_or(DecodeError::Corrupt)?;
    if found != version {
        return Err(DecodeError::WrongVersion(found));
    }
    postcard::from_bytes(payload).map_err(|_| DecodeError::Corrupt)
}

/// Decodes what [`encode`] produced. Bytes that postcard accepts are checked
/// too (see `holds_together`): the query engine and the view index by these
/// ids and do arithmetic on these dates, so a corrupted blob must stop here,
/// as an error, rather than panic later.
pub fn decode(bytes: &[u8]) -> Result<Timeline, DecodeError> {
    let timeline = decode_prechecked(bytes)?;
    holds_together(&timeline).then_some(timeline).ok_or(DecodeError::Corrupt)
}

/// Decodes bytes that [`decode`] has accepted once already, without checking
/// again that they hold together (a truncated or corrupt payload is still an
/// error). For the widget's embedded timeline, which build.rs checks with
/// [`decode`] when it writes it: checking again in the browser would add
/// about 370 B of gzip to the download for data as trusted as the code that
/// ships with it.
pub fn decode_prechecked(bytes: &[u8]) -> Result<Timeline, DecodeError> {
    decode_tagged(bytes, MAGIC, FORMAT_VERSION)
}

/// What the compiler guarantees and decoding cannot: every date is one the
/// constructors could make, a span does not end before it starts, and every
/// actor and document id names an entry of its table. One pass and one
/// answer: it runs in the wasm, where each message and branch is downloaded.
fn holds_together(timeline: &Timeline) -> bool {
    let (actors, documents) = (timeline.actors.len(), timeline.documents.len());
    timeline.documents.iter().all(|d| d.published.is_none_or(EventDate::is_valid))
        && timeline.events.iter().all(|e| {
            e.date.is_valid()
                && e.end.is_none_or(|end| end.is_valid() && end.last_day() >= e.date.start())
                && e.actors.iter().all(|a| usize::from(a.0) < actors)
                && e.sources.iter().all(|s| usize::from(s.document.0) < documents)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::sample_timeline;
    use crate::{ActorId, DocumentId};

    #[test]
    fn a_timeline_survives_encoding() {
        let timeline = sample_timeline();
        assert_eq!(decode(&encode(&timeline)), Ok(timeline));
    }

    #[test]
    fn foreign_and_truncated_bytes_are_rejected() {
        assert_eq!(decode(b"hello"), Err(DecodeError::NotATimeline));
        let mut bytes = encode(&sample_timeline());
        bytes[4] = FORMAT_VERSION + 1;
        assert_eq!(decode(&bytes), Err(DecodeError::WrongVersion(FORMAT_VERSION + 1)));
        let bytes = encode(&sample_timeline());
        assert_eq!(decode(&bytes[..bytes.len() / 2]), Err(DecodeError::Corrupt));
    }

    /// One event dated `year`-`month`-`day` at day precision, written out
    /// in postcard by hand: a blob whose month or day no constructor makes.
    fn one_event_blob(month: u8, day: u8) -> Vec<u8> {
        let mut bytes = b"TDLN".to_vec();
        bytes.push(FORMAT_VERSION);
        // title "", no documents, no actors, one event: id 0 (six bytes), kind Event,
        bytes.extend_from_slice(&[0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]);
        // date: year 2023 (zigzag varint 4046), month, day, precision Day,
        bytes.extend_from_slice(&[0xCE, 0x1F, month, day, 0]);
        // no end, stance, category, summary "", no actors, amounts, sources or cues, origin.
        bytes.extend_from_slice(&[0, 0, 0, 0, 0, 0, 0, 0, 0]);
        bytes
    }

    #[test]
    fn a_blob_holding_an_impossible_date_is_an_error_not_a_panic() {
        // Dates are decoded field by field, past CivilDate::new: month 0
        // would underflow in `quarter_number`, day 0 in `day_number`.
        let fine = decode(&one_event_blob(7, 12)).expect("a valid one-event blob");
        assert_eq!(fine.events[0].date.to_string(), "2023-07-12");
        for (month, day) in [(0, 1), (13, 1), (2, 30), (7, 0), (255, 255)] {
            assert_eq!(decode(&one_event_blob(month, day)), Err(DecodeError::Corrupt), "2023-{month}-{day}");
        }
    }

    #[test]
    fn a_blob_whose_ids_name_nothing_is_an_error_not_a_panic() {
        // Found by the decode_timeline fuzzer: one overwritten byte of the
        // seeds made an actor id 49 of 27, and the facet count indexed past
        // the table.
        let mut timeline = sample_timeline();
        timeline.events[0].actors.push(ActorId(2));
        let expected = Err(DecodeError::Corrupt);
        assert_eq!(decode(&encode(&timeline)), expected);
        let mut timeline = sample_timeline();
        timeline.events[1].sources[0].document = DocumentId(2);
        let expected = Err(DecodeError::Corrupt);
        assert_eq!(decode(&encode(&timeline)), expected);
    }

    #[test]
    fn a_blob_with_a_span_ending_before_it_starts_is_an_error() {
        let mut timeline = sample_timeline();
        timeline.events[1].end = EventDate::year(2019).ok();
        assert_eq!(decode(&encode(&timeline)), Err(DecodeError::Corrupt));
        // A span ending in the period it starts in still holds together.
        timeline.events[1].end = EventDate::month(2023, 7).ok();
        assert!(decode(&encode(&timeline)).is_ok());
    }
}
