//! The search index in its one byte form: every distinct folded word of the
//! events' searchable text, each with the events that hold it. build.rs
//! embeds it for a large corpus (so no search in the browser waits for it);
//! the widget builds the same bytes itself for a small one, where shipping
//! them would cost more download than building them costs time.
//!
//! Layout: the byte length of the words as a little-endian u32; the words,
//! each followed by `\n` (a folded word never holds whitespace); then, word
//! by word in the same order, the byte length of its event list as a varint
//! and the list: ascending event indexes as varint gaps, the first from 0.

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
    out
}

/// Calls `each` with every event whose text holds `term` somewhere inside
/// one of its words, in `index` as [`search_index`] wrote it (an event may
/// come more than once). Bytes that end early or run past the corpus stop
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
        let mut timeline = sample_timeline();
        let quiet = timeline.events[2].clone();
        timeline.events.resize(70_000, quiet);
        timeline.events[69_999].summary = "the last word".into();
        let index = search_index(&timeline);
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
