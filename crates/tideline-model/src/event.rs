//! Events and the things they refer to: actors, amounts and sources.
//!
//! Strings shared by many events (actor names, document metadata) are interned
//! in the [`crate::Timeline`]'s tables and referred to by small ids, which keeps
//! the embedded data compact.

use crate::date::EventDate;
use serde::{Deserialize, Serialize};

/// Generates `as_str`, `ALL` and `from_name` for a field-less enum whose JSON
/// names are fixed strings.
macro_rules! named_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            /// Every value, in display order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The name used in the JSON contract, URLs and CSS attributes.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
            /// Parses the name returned by [`Self::as_str`].
            pub fn from_name(name: &str) -> Option<Self> {
                match name { $($text => Some($name::$variant),)+ _ => None }
            }
            /// Position in [`Self::ALL`], used as a facet index.
            pub fn index(self) -> usize {
                self as usize
            }
        }
    };
}

named_enum! {
    /// Which way an event moves regulation.
    Stance {
        /// Regulators restrict, punish or scrutinise.
        Tightening => "tightening",
        /// Regulators support, relax or reassure.
        Easing => "easing",
        /// Neither: market moves, background, facts.
        Neutral => "neutral",
    }
}

named_enum! {
    /// What sort of thing happened.
    Category {
        /// A penalty imposed.
        Fine => "fine",
        /// A probe, inquiry or review opened.
        Investigation => "investigation",
        /// A rule, law or guideline issued.
        Regulation => "regulation",
        /// A sustained enforcement campaign.
        Campaign => "campaign",
        /// Measures that support or promote.
        PolicySupport => "policy_support",
        /// A meeting, symposium or visit.
        Meeting => "meeting",
        /// Something said.
        Statement => "statement",
        /// A company's own move: listing, restructuring, deal.
        CorporateAction => "corporate_action",
        /// Share prices and market value.
        Market => "market",
        /// Money invested.
        Investment => "investment",
        /// Something announced for the future.
        Plan => "plan",
        /// None of the above.
        Other => "other",
    }
}

named_enum! {
    /// Whether the text says it happened or that it is planned.
    EventKind {
        /// It happened.
        Event => "event",
        /// Announced or expected for the future.
        Plan => "plan",
    }
}

named_enum! {
    /// Where an event came from.
    Origin {
        /// Found in the text by the compiler.
        Extracted => "extracted",
        /// Added or corrected by hand in `tideline.toml`.
        Curated => "curated",
    }
}

named_enum! {
    /// What an actor is.
    ActorKind {
        /// A business.
        Company => "company",
        /// A government body that regulates.
        Regulator => "regulator",
        /// A named holder of public office.
        Official => "official",
        /// A country, province or city.
        Place => "place",
        /// Any other named person.
        Person => "person",
        /// An organisation not otherwise known.
        Organisation => "organisation",
        /// A government, ministry, cabinet or legislature.
        Government => "government",
    }
}

/// Index of an actor in [`crate::Timeline::actors`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct ActorId(pub u16);

/// Index of a document in [`crate::Timeline::documents`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct DocumentId(pub u16);

/// A stable event id, derived from the event's content (not its position), so
/// links and curation entries survive rebuilds. It holds 48 bits, printed as
/// twelve hex digits and encoded as six bytes: a varint of 48 random bits
/// would take seven, one more per embedded event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EventId(pub u64);

impl Serialize for EventId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let [a, b, c, d, e, f, ..] = self.0.to_le_bytes();
        [a, b, c, d, e, f].serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for EventId {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let [a, b, c, d, e, f] = <[u8; 6]>::deserialize(deserializer)?;
        Ok(EventId(u64::from_le_bytes([a, b, c, d, e, f, 0, 0])))
    }
}

impl EventId {
    /// The id as 12 lowercase hex digits, as used in URLs, JSON and the DOM.
    pub fn to_hex(self) -> String {
        const DIGITS: &[u8; 16] = b"0123456789abcdef";
        (0..12).rev().map(|i| char::from(DIGITS[((self.0 >> (i * 4)) & 0xf) as usize])).collect()
    }
    /// Parses what [`Self::to_hex`] prints.
    pub fn from_hex(text: &str) -> Option<Self> {
        if text.len() != 12 {
            return None;
        }
        u64::from_str_radix(text, 16).ok().map(EventId)
    }
}

/// A named participant.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    /// Canonical name, e.g. "People's Bank of China".
    pub name: String,
    /// What the actor is.
    pub kind: ActorKind,
}

/// A money amount or percentage as written, with its normalised value.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Amount {
    /// The words of the text, e.g. "RMB 7.123 billion".
    pub text: String,
    /// The value in units of `currency`, e.g. 7.123e9.
    pub value: f64,
    /// ISO 4217 code ("CNY", "USD"), or "%" for a percentage.
    pub currency: String,
}

/// A sentence that states the event, and the document it is in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// The document the sentence is in.
    pub document: DocumentId,
    /// The sentence as it stands in the document.
    pub evidence: String,
    /// 1-based line of the document where the sentence starts.
    pub line: u32,
}

/// One real-world event, possibly told by several sentences.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Stable id derived from the content.
    pub id: EventId,
    /// Happened, or planned.
    pub kind: EventKind,
    /// When, at the precision the text gives.
    pub date: EventDate,
    /// For spans ("from 2020 to 2022"), the last period.
    pub end: Option<EventDate>,
    /// Which way it moves regulation.
    pub stance: Stance,
    /// What sort of thing it is.
    pub category: Category,
    /// A short headline.
    pub summary: String,
    /// Who took part, as ids into the timeline's actor table.
    pub actors: Vec<ActorId>,
    /// Money and percentages mentioned.
    pub amounts: Vec<Amount>,
    /// The sentences that state it; the first is the main one.
    pub sources: Vec<Source>,
    /// The words that decided stance and category, so the widget can say why.
    pub cues: Vec<String>,
    /// Extracted or curated.
    pub origin: Origin,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for s in Stance::ALL {
            assert_eq!(Stance::from_name(s.as_str()), Some(*s));
        }
        for c in Category::ALL {
            assert_eq!(Category::from_name(c.as_str()), Some(*c));
        }
        assert_eq!(Category::from_name("nonsense"), None);
    }

    #[test]
    fn event_ids_print_as_twelve_hex_digits() {
        let id = EventId(0x0000_0abc_def0_1234);
        assert_eq!(id.to_hex(), "0abcdef01234");
        assert_eq!(EventId::from_hex("0abcdef01234"), Some(id));
        assert_eq!(EventId::from_hex("xyz"), None);
    }

    #[test]
    fn event_ids_encode_as_six_bytes_and_back() {
        let id = EventId(0xfedc_ba98_7654);
        let bytes = postcard::to_allocvec(&id).expect("an id encodes");
        assert_eq!(bytes, [0x54, 0x76, 0x98, 0xba, 0xdc, 0xfe]);
        assert_eq!(postcard::from_bytes::<EventId>(&bytes).ok(), Some(id));
    }
}
