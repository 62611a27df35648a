//! The axis's width in pixels, kept without reading layout during a render:
//! a `ResizeObserver` reports each change, and a new width redraws the axis,
//! whose clusters, badges and ticks are measured in pixels.

use super::{dispatch_in_frame, with_widget, WidgetRef};
use wasm_bindgen::prelude::*;
use web_sys::{Element, ResizeObserver};

/// Watches the axis for as long as it lives.
pub(crate) struct AxisResize {
    observer: ResizeObserver,
    _callback: Closure<dyn FnMut()>,
}

impl Drop for AxisResize {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// The width `axis` is drawn at: its layout width, or a minimum while it is
/// hidden or tiny.
pub(crate) fn axis_width(axis: &Element) -> u32 {
    u32::try_from(axis.client_width()).unwrap_or(0).max(320)
}

/// Tells the widget behind `handle` when the axis's width changes. `None`
/// where the browser has no `ResizeObserver`: the width read at mount stays.
pub(crate) fn observe(axis: &Element, handle: &WidgetRef) -> Option<AxisResize> {
    let watched = axis.clone();
    let handle = handle.clone();
    let callback = Closure::<dyn FnMut()>::new(move || {
        // Layout is clean inside a resize callback: this read costs nothing.
        if watched.client_width() <= 0 {
            return; // hidden (the list view): keep the last width
        }
        let width = axis_width(&watched);
        let changed = with_widget(&handle, |w| {
            let changed = std::mem::replace(&mut w.axis_width, width) != width;
            w.resized |= changed;
            changed
        });
        if changed == Some(true) {
            dispatch_in_frame(&handle, None);
        }
    });
    let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(axis);
    Some(AxisResize { observer, _callback: callback })
}
