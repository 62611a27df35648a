//! The view's repeated marks, built by `paint.js` in one call each and kept
//! from one render to the next by its one keyed list primitive (`Keyed`):
//! axis markers, badges and ticks, the overview's columns (and the list's
//! entries, which `list` builds); and the overview's brush. Positions are
//! per-mille of the parent's width; Rust decides what goes where.

use wasm_bindgen::prelude::wasm_bindgen;
use web_sys::{Element, Event};

#[wasm_bindgen(module = "/src/view/paint.js")]
extern "C" {
    /// The axis's lanes and their marks, kept between renders: see `paint.js`.
    #[derive(Clone)]
    pub(crate) type Marks;
    /// Keeps the marks of `lanes`, the axis's container of lanes, and the
    /// tick labels of its `scale`, and adds the preview after the axis.
    #[wasm_bindgen(constructor)]
    pub(crate) fn new(lanes: &Element, scale: &Element) -> Marks;
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
    /// A tick label on the axis's scale at `left` per-mille; the label drawn
    /// last time with the same text is moved.
    #[wasm_bindgen(method)]
    pub(crate) fn tick(this: &Marks, label: &str, major: bool, left: u32);
    /// Ends a render: lanes and ticks not drawn in it go.
    #[wasm_bindgen(method)]
    pub(crate) fn end(this: &Marks);
    /// The one keyed list primitive: children kept from one pass to the
    /// next by key, moved when drawn again, removed when not (see `paint.js`).
    pub(crate) type Keyed;
    /// Keeps nothing yet.
    #[wasm_bindgen(constructor)]
    pub(crate) fn new() -> Keyed;
    /// Places the next children in `parent`, after its child `after`
    /// (`None`: at its start): a pass starts with it, and goes on elsewhere
    /// with it.
    #[wasm_bindgen(method)]
    pub(crate) fn at(this: &Keyed, parent: &Element, after: Option<&Element>);
    /// Places the child kept for `key` next and returns it; `None` when
    /// there is none (then build it and [`put`](Keyed::put) it).
    #[wasm_bindgen(method)]
    pub(crate) fn reuse(this: &Keyed, key: &str) -> Option<Element>;
    /// Places `el` next, kept for `key` (the empty key: drawn once, not
    /// kept, as no pass asks for it).
    #[wasm_bindgen(method)]
    pub(crate) fn put(this: &Keyed, el: &Element, key: &str);
    /// Ends a pass: children not placed in it go.
    #[wasm_bindgen(method)]
    pub(crate) fn end(this: &Keyed);
    /// The overview's columns into `bars`, five numbers each in `bins` (left
    /// and width per-mille, each stance's height per-mille of the tallest),
    /// kept by `keyed`: a column drawn again the same is left as it is.
    #[wasm_bindgen(js_name = bins)]
    pub(crate) fn bins(keyed: &Keyed, bars: &Element, bins: &[u32]);
    /// Moves `el` to span `left`..`left + width` per-mille.
    #[wasm_bindgen(js_name = span)]
    pub(crate) fn span(el: &Element, left: u32, width: u32);
}
