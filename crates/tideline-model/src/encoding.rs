//! The compact binary form embedded in the wasm: a magic tag and format
//! version, then the timeline as postcard (varints, no field names).

use crate::timeline::Timeline;
use core::fmt;

/// Bumped whenever the encoded layout changes.
pub const FORMAT_VERSION: u8 = 1;
const MAGIC: &[u8; 4] = b"TDLN";

/// Why bytes could not be decoded into a timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// The bytes do not start with Tideline's magic tag.
    NotATimeline,
    /// Encoded by another version of Tideline.
    WrongVersion(u8),
    /// The payload is truncated or corrupt.
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
    let mut out = Vec::with_capacity(64 * 1024);
    out.extend_from_slice(MAGIC);
    out.push(FORMAT_VERSION);
    // Serialising plain owned data into a Vec cannot fail.
    match postcard::to_extend(timeline, out) {
        Ok(bytes) => bytes,
        Err(_) => unreachable!("postcard cannot fail writing into a Vec"),
    }
}

/// Decodes what [`encode`] produced.
pub fn decode(bytes: &[u8]) -> Result<Timeline, DecodeError> {
    let rest = bytes.strip_prefix(MAGIC.as_slice()).ok_or(DecodeError::NotATimeline)?;
    let (&version, payload) = rest.split_first().ok_or(DecodeError::Corrupt)?;
    if version != FORMAT_VERSION {
        return Err(DecodeError::WrongVersion(version));
    }
    postcard::from_bytes(payload).map_err(|_| DecodeError::Corrupt)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::sample_timeline;

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
}
