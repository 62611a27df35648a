//! The widget's data decoder on arbitrary bytes and on the embedded seeds
//! truncated or with bytes overwritten: a bad blob must be an error, never a
//! panic, and a blob that decodes must be safe to query as the widget does.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use tideline_model::{decode, encode, Filter, QueryEngine};

/// The seeds as the widget embeds them.
fn seeds_blob() -> &'static [u8] {
    static BLOB: OnceLock<Vec<u8>> = OnceLock::new();
    BLOB.get_or_init(|| match tideline::data::embedded_timeline() {
        Ok(timeline) => encode(&timeline),
        Err(err) => panic!("the embedded seeds must decode: {err}"),
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else { return };
    let seeds = seeds_blob();
    let blob: Vec<u8> = match mode % 3 {
        // Any bytes at all.
        0 => rest.to_vec(),
        // The seeds cut short.
        1 => {
            let at = rest.iter().fold(0usize, |n, &b| n.wrapping_mul(256).wrapping_add(usize::from(b)));
            seeds[..at % (seeds.len() + 1)].to_vec()
        }
        // The seeds with bytes overwritten: pairs of (position, value).
        _ => {
            let mut blob = seeds.to_vec();
            for pair in rest.chunks_exact(3) {
                let at = usize::from(u16::from_le_bytes([pair[0], pair[1]])) % blob.len();
                blob[at] = pair[2];
            }
            blob
        }
    };
    let Ok(timeline) = decode(&blob) else { return };
    let engine = QueryEngine::new(&timeline);
    let _ = engine.run(&Filter::default());
    let _ = engine.run(&Filter { text: "ant".into(), ..Filter::default() });
    for index in 0..timeline.events.len() {
        let _ = engine.day_span(index);
        let event = &timeline.events[index];
        let _ = (event.date.to_string(), event.end.map(|end| end.to_string()), event.date.last_day().weekday());
    }
});
