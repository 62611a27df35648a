//! The Tideline widget: decodes the timeline compiled into this module at
//! build time and renders it into every `[data-tideline]` element, each in
//! its own shadow root (`embed`), or wherever the JS API mounts it.
//!
//! Only `view` and `embed` touch the DOM; `state` (what the reader chose),
//! `options` (what the page chose) and `layout` (data → geometry) are pure
//! and tested natively. Without the default `dom` feature the crate is that
//! pure logic alone (`bench/size-floor` weighs it).

// Slicing a str (`&text[a..b]`) panics off a char boundary, and that panic's
// message links Rust's char escaping and its Unicode tables into the wasm
// (about 4.5 KB gzip): use `get`, `split_at_checked`, `strip_prefix`.
#![cfg_attr(not(test), warn(clippy::string_slice))]

pub mod action;
pub mod api;
pub mod data;
#[cfg(all(target_arch = "wasm32", feature = "dom"))]
mod embed;
pub mod export;
pub mod format;
pub mod highlight;
pub mod layout;
pub mod options;
#[cfg(debug_assertions)]
pub mod review;
pub mod state;
pub mod style;
#[cfg(test)]
mod testing;
#[cfg(all(target_arch = "wasm32", feature = "dom"))]
mod view;

/// talc instead of std's dlmalloc: smaller in the wasm and as fast.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

#[cfg(all(target_arch = "wasm32", feature = "dom"))]
mod entry {
    use wasm_bindgen::prelude::*;

    /// Runs when the module loads: mounts every `[data-tideline]` element.
    #[wasm_bindgen(start)]
    pub fn start() {
        crate::embed::start();
        #[cfg(debug_assertions)]
        crate::review::start();
    }
}
