//! `tideline.toml` from arbitrary text: every entry is read on its own, so
//! any input must give settings and diagnostics, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tideline_compiler::config::parse_config;

fuzz_target!(|data: &[u8]| {
    // The compiler reads the file lossily too: non-UTF-8 bytes become U+FFFD.
    let text = String::from_utf8_lossy(data);
    let _ = parse_config(&text);
});
