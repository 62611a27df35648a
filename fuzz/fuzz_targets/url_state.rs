//! The widget's URL hash and `data-filter` parsers on arbitrary text, against
//! the embedded seeds: a crafted link must open something, never panic, and
//! the state it opens must survive being written back into the hash.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use tideline::options::{parse_filter, parse_options};
use tideline::state::ViewState;
use tideline_model::{QueryEngine, Timeline};

fn timeline() -> &'static Timeline {
    static TIMELINE: OnceLock<Timeline> = OnceLock::new();
    TIMELINE.get_or_init(|| match tideline::data::embedded_timeline() {
        Ok(timeline) => timeline,
        Err(err) => panic!("the embedded seeds must decode: {err}"),
    })
}

fuzz_target!(|text: &str| {
    let timeline = timeline();
    let state = ViewState::from_hash(text, timeline);
    let hash = state.to_hash(timeline);
    assert_eq!(ViewState::from_hash(&hash, timeline), state, "{text:?} was written back as {hash:?}");
    let (filter, _problems) = parse_filter(text, timeline);
    let _ = parse_options(&|name| (name != "sync-url").then(|| text.to_owned()), timeline);
    let engine = QueryEngine::new(timeline);
    let _ = engine.run(&state.filter);
    let _ = engine.run(&filter);
});
