//! The view's repeated marks, built by `paint.js` in one call each: axis
//! markers, badges and ticks, the overview's columns and its brush. Positions
//! are per-mille of the parent's width; Rust decides what goes where.

use wasm_bindgen::prelude::wasm_bindgen;
use web_sys::{Element, Event};

#[wasm_bindgen(module = "/src/view/paint.js")]
extern "C" {
    /// The axis's lanes and their marks, kept between renders: see `paint.js`.
    #[derive(Clone)]
    pub(crate) type Marks;
    /// Keeps the marks of `lanes`, the axis's container of lanes, and adds
    /// the preview after the axis.
    #[wasm_bindgen(constructor)]
    pub(crate) fn new(lanes: &Element) -> Marks;
    /// Shows the preview of the mark (a marker or a badge) `event` reached
    /// below it when `on`; hides it otherwise.
    #[wasm_bindgen(method)]
    pub(crate) fn show(this: &Marks, event: &Event, on: bool);
    /// Starts a render.
    #[wasm_bindgen(method)]
    pub(crate) fn begin(this: &Marks);
    /// The next lane, `label` (shown unless empty); its marks follow.
    #[wasm_bindgen(method)]
    pub(crate) fn lane(this: &Marks, label: &str);
    /// Ends the current lane, `height` px tall: its marks not drawn again go.
    #[wasm_bindgen(method)]
    pub(crate) fn done(this: &Marks, height: u32);
    /// Moves event `index`'s marker drawn last time, its label now `label`
    /// px wide; false when there is none.
    #[wasm_bindgen(method)]
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn moved(this: &Marks, index: u32, plan: bool, period: bool, current: bool, left: u32, top: u32, width: u32, label: u32) -> bool;
    /// Event `index`'s new marker: a point, or a bar `width` per-mille wide,
    /// its `summary` in a label `label` px wide (none at 0).
    #[wasm_bindgen(method)]
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn marker(
        this: &Marks,
        index: u32,
        id: &str,
        stance: &str,
        date: &str,
        summary: &str,
        plan: bool,
        period: bool,
        current: bool,
        left: u32,
        top: u32,
        width: u32,
        label: u32,
    );
    /// A badge counting `count` events, named by `headline` (event `key`'s;
    /// empty for none) in a label `label` px wide `offset` px to its right;
    /// pressing it zooms to days `from`..`to`. The badge drawn last time for
    /// the same `key` is reused.
    #[wasm_bindgen(method)]
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn badge(this: &Marks, key: u32, count: usize, from: i32, to: i32, left: u32, top: u32, headline: &str, label: u32, offset: u32);
    /// Ends a render: lanes not drawn in it go.
    #[wasm_bindgen(method)]
    pub(crate) fn end(this: &Marks);
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
