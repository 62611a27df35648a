//! The search index in its one byte form: every distinct folded word of the
//! events' searchable text, each with the events that hold it. build.rs
//! embeds it for a large corpus (so no search in the browser waits for it);
//! the widget builds the same bytes itself for a small one, where shipping
//! them would cost more download than building them costs time.
//!
//! Layout: the byte length of the words as a little-endian u32; the words,
//! each followed by `\n` (a folded word never holds whitespace); then, word
//! by word in the same order, the byte length of its event list as a varint
//! and the list: ascending event indexes as varint gaps, the first from 0;
//! then the one-byte terms' events, ready (see
//! [`search_index_with_byte_sets`]; none in [`search_index`]'s bytes); last,
//! the byte length of those as a little-endian u32.

use crate::search::for_each_folded_word;
use crate::substring::find_bytes;
use crate::timeline::Timeline;
use rustc_hash::FxHashMap;

/// The largest corpus whose search index the widget builds itself rather
/// than finding it embedded: building takes about 3.5 µs an event in wasm
/// in Chromium, so 2,000 events are one task of about 7 ms after the first
/// paint, while 100,000 would hold a search typed just after load for over
/// 300 ms. Past this, build.rs embeds [`search_index`]'s bytes.
pub const BROWSER_BUILDS_INDEX_UP_TO: usize = 2_000;

/// The search index of `timeline`'s events (summary, evidence, source
/// titles, actor names), in the form the query engine reads.
pub fn search_index(timeline: &Timeline) -> Vec<u8> {
    let mut token_ids: FxHashMap<String, u32> = FxHashMap::default();
    let mut tokens = Vec::new();
    let mut postings: Vec<Vec<u32>> = Vec::new();
    let mut text = String::new();
    for (index, event) in timeline.events.iter().enumerate() {
        text.clear();
        text.push_str(&event.summary);
        for source in &event.sources {
            text.push(' ');
            text.push_str(&source.evidence);
            if let Some(title) = timeline.document(source.document).and_then(|d| d.title.as_deref()) {
                text.push(' ');
                text.push_str(title);
            }
        }
        for actor in event.actors.iter().filter_map(|id| timeline.actor(*id)) {
            text.push(' ');
            text.push_str(&actor.name);
        }
        for_each_folded_word(&text, |token| {
            // Look up before inserting: only a new token is allocated.
            let id = match token_ids.get(token) {
                Some(&id) => id,
                None => {
                    let id = token_ids.len() as u32;
                    token_ids.insert(token.to_owned(), id);
                    tokens.extend_from_slice(token.as_bytes());
                    tokens.push(b'\n');
                    postings.push(Vec::new());
                    id
                }
            };
            let list = &mut postings[id as usize];
            if list.last() != Some(&(index as u32)) {
                list.push(index as u32);
            }
        });
    }
    let mut out = Vec::with_capacity(4 + tokens.len() + 2 * postings.len());
    out.extend_from_slice(&(tokens.len() as u32).to_le_bytes());
    out.append(&mut tokens);
    let mut gaps = Vec::new();
    for list in postings {
        gaps.clear();
        let mut previous = 0;
        for event in list {
            push_varint(&mut gaps, event - previous);
            previous = event;
        }
        push_varint(&mut out, gaps.len() as u32);
        out.extend_from_slice(&gaps);
    }
    out.extend_from_slice(&[0; 4]); // no one-byte terms ready
    out
}

/// [`search_index`] with each one-byte term's events ready: for every
/// ASCII byte some word holds, in ascending order, the byte and the events
/// whose words hold it as a bitset (event `i` is bit `i % 8` of byte
/// `i / 8`; a byte for every 8 events, or part of 8). The first
/// keystroke in the search box is one letter, which most words hold, so
/// scanning for it reads most event lists (at 100,000 events, millions of
/// varints). build.rs embeds these bytes for a large corpus; the widget
/// builds a small corpus's index without the sets, which it scans quickly,
/// and leaves this code out of its download.
pub fn search_index_with_byte_sets(timeline: &Timeline) -> Vec<u8> {
    let mut index = search_index(timeline);
    let set_len = timeline.events.len().div_ceil(8);
    let mut sets = Vec::new();
    for byte in 0..128u8 {
        let mut set = vec![0u8; set_len];
        for_each_event_holding(&index, char::from(byte).encode_utf8(&mut [0; 4]), |event| set[event / 8] |= 1 << (event % 8));
        if set.iter().any(|&bits| bits != 0) {
            sets.push(byte);
            sets.append(&mut set);
        }
    }
    let length = (sets.len() as u32).to_le_bytes();
    index.truncate(index.len() - 4); // the empty sets' length
    index.append(&mut sets);
    index.extend_from_slice(&length);
    index
}

/// The events whose text holds the one byte `byte`, when `index` has them
/// ready ([`search_index_with_byte_sets`]): a bitset of `set_len` bytes.
/// `None` when it has none for `byte`, or none at all.
pub(crate) fn events_holding_byte(index: &[u8], byte: u8, set_len: usize) -> Option<&[u8]> {
    let (rest, length) = index.split_last_chunk::<4>()?;
    let mut sets = rest.get(rest.len().checked_sub(u32::from_le_bytes(*length) as usize)?..)?;
    while let Some((&held, after)) = sets.split_first() {
        let (set, after) = after.split_at_checked(set_len)?;
        if held == byte {
            return Some(set);
        }
        sets = after;
    }
    None
}

/// Calls `each` with every event whose text holds `term` somewhere inside
/// one of its words, in `index` as [`search_index`] wrote it (an event may
/// come more than once; the walk ends in the bytes after the last list,
/// which name no events). Bytes that end early or run past the corpus stop
/// the walk or name events that are not there; they never panic.
pub(crate) fn for_each_event_holding(index: &[u8], term: &str, mut each: impl FnMut(usize)) {
    let Some((length, rest)) = index.split_first_chunk::<4>() else { return };
    let Some((tokens, mut postings)) = rest.split_at_checked(u32::from_le_bytes(*length) as usize) else { return };
    for token in tokens.split(|&b| b == b'\n') {
        let Some(length) = read_varint(&mut postings) else { return };
        let Some((list, rest)) = postings.split_at_checked(length as usize) else { return };
        postings = rest;
        if find_bytes(token, term.as_bytes()).is_some() {
            // The varints read inline, byte by byte: most gaps are one byte,
            // and a word such as "p" walks millions of them at 100,000 events.
            let (mut event, mut gap, mut shift) = (0usize, 0usize, 0u32);
            for &byte in list {
                gap |= usize::from(byte & 0x7F).wrapping_shl(shift);
                shift = shift.wrapping_add(7);
                if byte < 0x80 {
                    event = event.wrapping_add(gap);
                    each(event);
                    (gap, shift) = (0, 0);
                }
            }
        }
    }
}

/// Appends `value` as a LEB128 varint (seven bits a byte, low first).
fn push_varint(out: &mut Vec<u8>, mut value: u32) {
    while value >= 0x80 {
        out.push(value as u8 | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

/// Reads a LEB128 varint off the front of `bytes`; `None` at the end.
fn read_varint(bytes: &mut &[u8]) -> Option<u32> {
    let mut value = 0u32;
    let mut shift = 0;
    loop {
        let (&byte, rest) = bytes.split_first()?;
        *bytes = rest;
        value |= u32::from(byte & 0x7F).checked_shl(shift)?;
        if byte < 0x80 {
            return Some(value);
        }
        shift += 7;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::sample_timeline;

    fn events_holding(index: &[u8], term: &str) -> Vec<usize> {
        let mut events = Vec::new();
        for_each_event_holding(index, term, |e| events.push(e));
        events.sort_unstable();
        events.dedup();
        events
    }

    /// The sample timeline made `len` events long with copies of its last
    /// event, the last of them summarised as `last`.
    fn padded_sample(len: usize, last: &str) -> Timeline {
        let mut timeline = sample_timeline();
        let quiet = timeline.events[2].clone();
        timeline.events.resize(len, quiet);
        timeline.events[len - 1].summary = last.into();
        timeline
    }

    #[test]
    fn every_word_of_the_searchable_text_leads_to_its_events() {
        let index = search_index(&sample_timeline());
        // Evidence, actor names and source titles ("Title of a.txt") are all in.
        assert_eq!(events_holding(&index, "investigation"), [0]);
        assert_eq!(events_holding(&index, "tencent"), [1]);
        assert_eq!(events_holding(&index, "title"), [0, 1, 2]);
        assert_eq!(events_holding(&index, "b.md"), [2]);
        assert_eq!(events_holding(&index, "vestigat"), [0]);
        assert!(events_holding(&index, "zzz").is_empty());
    }

    #[test]
    fn event_lists_hold_gaps_past_one_byte() {
        let index = search_index(&padded_sample(70_000, "the last word"));
        assert_eq!(events_holding(&index, "last"), [69_999]);
        assert_eq!(events_holding(&index, "tencent"), [1]);
        assert_eq!(events_holding(&index, "symposium").len(), 69_998, "events 2 to 69,999");
    }

    #[test]
    fn cut_or_corrupt_bytes_give_fewer_events_and_no_panic() {
        let index = search_index(&sample_timeline());
        for end in 0..index.len() {
            events_holding(&index[..end], "t");
        }
        let mut wrong = index.clone();
        wrong[0] = 0xFF;
        assert!(events_holding(&wrong, "t").is_empty());
        let mut long_varint = index[..4 + u32::from_le_bytes(index[..4].try_into().unwrap()) as usize].to_vec();
        long_varint.extend_from_slice(&[0xFF; 8]);
        assert!(events_holding(&long_varint, "t").is_empty());
    }

    /// What [`events_holding_byte`] has ready for `term`, as event indexes.
    fn ready_events(index: &[u8], term: char, events: usize) -> Option<Vec<usize>> {
        let set = events_holding_byte(index, term as u8, events.div_ceil(8))?;
        Some((0..set.len() * 8).filter(|&event| set[event / 8] & (1 << (event % 8)) != 0).collect())
    }

    #[test]
    fn a_one_byte_terms_events_are_ready_and_the_same_as_scanning_finds() {
        let timeline = sample_timeline();
        let index = search_index_with_byte_sets(&timeline);
        for term in ('a'..='z').chain('0'..='9').chain(['.', '_', '-']) {
            let scanned = events_holding(&index, &term.to_string());
            let ready = ready_events(&index, term, timeline.events.len());
            assert_eq!(ready.unwrap_or_default(), scanned, "{term:?}");
        }
        assert_eq!(ready_events(&index, 'j', timeline.events.len()), Some(vec![2]), "only the symposium in Beijing holds a j");
        assert_eq!(ready_events(&index, 'q', timeline.events.len()), None, "no word holds a q");
    }

    #[test]
    fn the_words_and_lists_are_the_same_with_or_without_the_sets() {
        let timeline = sample_timeline();
        let (plain, with_sets) = (search_index(&timeline), search_index_with_byte_sets(&timeline));
        for term in ["investigation", "tencent", "title", "b.md", "t", "zzz"] {
            assert_eq!(events_holding(&with_sets, term), events_holding(&plain, term), "{term}");
        }
        assert_eq!(ready_events(&plain, 't', timeline.events.len()), None, "the widget's own index has none ready");
    }

    #[test]
    fn one_byte_terms_are_ready_past_the_first_64_events() {
        let index = search_index_with_byte_sets(&padded_sample(1_000, "zebra"));
        assert_eq!(ready_events(&index, 'z', 1_000), Some(vec![999]));
        let y = ready_events(&index, 'y', 1_000).unwrap_or_default();
        assert_eq!(y.len(), 999, "payments and symposium: every event but the investigation");
        assert_eq!(y, events_holding(&index, "y"));
    }

    #[test]
    fn cut_bytes_have_no_one_byte_terms_ready_and_no_panic() {
        let index = search_index_with_byte_sets(&sample_timeline());
        for end in 0..index.len() {
            let _ = events_holding_byte(&index[..end], b't', 1);
            events_holding(&index[..end], "t");
        }
        assert!(events_holding_byte(&index[..index.len() - 1], b'z', 1).is_none());
    }

    #[test]
    fn varints_round_trip() {
        for value in [0, 1, 127, 128, 16_383, 16_384, u32::MAX] {
            let mut bytes = Vec::new();
            push_varint(&mut bytes, value);
            let mut rest = bytes.as_slice();
            assert_eq!(read_varint(&mut rest), Some(value));
            assert!(rest.is_empty());
        }
    }
}
