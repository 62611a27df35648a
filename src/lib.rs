//! The Tideline widget: decodes the timeline compiled into this module at
//! build time and renders it into every `[data-tideline]` element.
//!
//! Only `view` touches the DOM; `state` (what the reader chose) and `layout`
//! (data → geometry) are pure and tested natively.

pub mod data;
pub mod export;
pub mod format;
pub mod highlight;
pub mod layout;
pub mod options;
pub mod state;
#[cfg(test)]
mod testing;
#[cfg(target_arch = "wasm32")]
mod view;

#[cfg(target_arch = "wasm32")]
mod entry {
    use wasm_bindgen::prelude::*;

    /// Runs when the module loads: mounts every `[data-tideline]` element.
    #[wasm_bindgen(start)]
    pub fn start() {
        crate::view::mount_all();
    }
}
