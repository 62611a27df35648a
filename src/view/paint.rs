//! The view's repeated marks, built by `paint.js` in one call each: axis
//! markers, badges and ticks, the overview's columns and its brush. Positions
//! are per-mille of the parent's width; Rust decides what goes where.

use wasm_bindgen::prelude::wasm_bindgen;
use web_sys::Element;

#[wasm_bindgen(module = "/src/view/paint.js")]
extern "C" {
    /// An event's marker in `lane`: a point, or a bar `width` per-mille wide.
    #[wasm_bindgen(js_name = marker)]
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn marker(
        lane: &Element,
        class: &str,
        id: &str,
        stance: &str,
        date: &str,
        summary: &str,
        plan: bool,
        current: bool,
        left: u32,
        top: u32,
        width: u32,
    );
    /// A badge counting `count` events; pressing it zooms to days `from`..`to`.
    #[wasm_bindgen(js_name = badge)]
    pub(crate) fn badge(lane: &Element, count: usize, from: i32, to: i32, left: u32, top: u32);
    /// A tick label on the axis's scale.
    #[wasm_bindgen(js_name = tick)]
    pub(crate) fn tick(scale: &Element, label: &str, major: bool, left: u32);
    /// An overview column; its stance parts are added by [`part`].
    #[wasm_bindgen(js_name = column)]
    pub(crate) fn column(bars: &Element, left: u32, width: u32) -> Element;
    /// One stance's share of a column, `height` per-mille of the tallest.
    #[wasm_bindgen(js_name = part)]
    pub(crate) fn part(column: &Element, stance: &str, height: u32);
    /// Moves `el` to span `left`..`left + width` per-mille.
    #[wasm_bindgen(js_name = span)]
    pub(crate) fn span(el: &Element, left: u32, width: u32);
}
