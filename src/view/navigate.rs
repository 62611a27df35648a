//! Moving through time: drag or touch to pan, pinch and wheel to zoom on
//! the axis; drag or click the overview strip to move the window; arrow and
//! +/− keys on either. Redraws are coalesced to one per animation frame.

use super::actions::{zoom, ZOOM_IN, ZOOM_OUT};
use super::dom::{closest, focus, target_element};
use super::{dispatch_in_frame, with_widget, WidgetRef};
use crate::action::Action;
use crate::layout::TimeScale;
use gloo_events::{EventListener, EventListenerOptions};
use std::cell::RefCell;
use std::rc::Rc;
use tideline_model::EventId;
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent, PointerEvent, WheelEvent};

/// Arrow keys move the window by this share of its width (per-mille).
const KEY_PAN: i32 = 100;
/// One wheel notch zooms in by this factor (per-mille); out by its inverse.
const WHEEL_ZOOM_IN: u32 = 800;
const WHEEL_ZOOM_OUT: u32 = 1250;

/// A drag in progress: the pointers down and the window when it began.
#[derive(Default)]
struct Gesture {
    pointers: Vec<(i32, f64)>,
    start: Option<TimeScale>,
    origin_x: f64,
    origin_spread: f64,
}

impl Gesture {
    /// Restarts from the current window, so adding or lifting a finger
    /// does not make the view jump.
    fn rebase(&mut self, current: Option<TimeScale>) {
        self.start = current;
        self.origin_x = self.pointers.iter().map(|p| p.1).sum::<f64>() / self.pointers.len().max(1) as f64;
        self.origin_spread = match self.pointers.as_slice() {
            [a, b, ..] => (a.1 - b.1).abs().max(1.0),
            _ => 0.0,
        };
    }
}

fn current_scale(handle: &WidgetRef) -> Option<TimeScale> {
    with_widget(handle, |w| w.scale()).flatten()
}

fn set_window(handle: &WidgetRef, scale: TimeScale) {
    dispatch_in_frame(handle, Some(Action::SetWindow(Some((scale.start_day(), scale.end_day())))));
}

/// The pointer's position across `el`, in per-mille, and the element's width.
fn position(el: &Element, client_x: f64) -> (i32, f64) {
    let rect = el.get_bounding_client_rect();
    let width = rect.width().max(1.0);
    (((client_x - rect.left()) / width * 1000.0) as i32, width)
}

/// Wires the axis and the overview strip.
pub(crate) fn attach(axis: &Element, strip: &Element, handle: &WidgetRef, listeners: &mut Vec<EventListener>) {
    let gesture = Rc::new(RefCell::new(Gesture::default()));
    let active = EventListenerOptions::enable_prevent_default();
    for (target, on_strip) in [(axis, false), (strip, true)] {
        let (h, g, el) = (handle.clone(), gesture.clone(), target.clone());
        listeners.push(EventListener::new(target, "pointerdown", move |event| {
            let Some(event) = event.dyn_ref::<PointerEvent>() else { return };
            let on = target_element(event);
            if !on_strip && on.as_ref().and_then(|t| closest(t, "button, [role=button]")).is_some() {
                return; // markers and badges take clicks, not drags
            }
            if on_strip && on.as_ref().and_then(|t| closest(t, ".tl-brush")).is_none() {
                // A click beside the brush centres the window there.
                if let (Some(full), Some(window)) = (full_scale_of(&h), current_scale(&h)) {
                    let (at, _) = position(&el, f64::from(event.client_x()));
                    let start = full.day_at(at) - window.days() / 2;
                    set_window(&h, TimeScale::new(start, start + window.days()));
                }
            }
            let _ = el.set_pointer_capture(event.pointer_id());
            let mut g = g.borrow_mut();
            g.pointers.retain(|p| p.0 != event.pointer_id());
            g.pointers.push((event.pointer_id(), f64::from(event.client_x())));
            g.rebase(current_scale(&h));
        }));
        let (h, g, el) = (handle.clone(), gesture.clone(), target.clone());
        listeners.push(EventListener::new(target, "pointermove", move |event| {
            let Some(event) = event.dyn_ref::<PointerEvent>() else { return };
            // Layout is read before the gesture is borrowed: no borrow is
            // held across a call into the DOM.
            let rect = el.get_bounding_client_rect();
            let (left, width) = (rect.left(), rect.width().max(1.0));
            let mut g = g.borrow_mut();
            let Some(pointer) = g.pointers.iter_mut().find(|p| p.0 == event.pointer_id()) else { return };
            pointer.1 = f64::from(event.client_x());
            let Some(start) = g.start else { return };
            let next = match g.pointers.as_slice() {
                [a, b, ..] => {
                    let spread = (a.1 - b.1).abs().max(1.0);
                    let anchor = (((a.1 + b.1) / 2.0 - left) / width * 1000.0) as i32;
                    start.zoom((g.origin_spread / spread * 1000.0) as u32, anchor.clamp(0, 1000) as u32)
                }
                [only] if on_strip => {
                    let full = full_scale_of(&h).unwrap_or(start);
                    let shift = ((only.1 - g.origin_x) / width * f64::from(full.days())) as i32;
                    TimeScale::new(start.start_day() + shift, start.end_day() + shift)
                }
                [only] => start.pan(((g.origin_x - only.1) / width * 1000.0) as i32),
                [] => return,
            };
            set_window(&h, next);
        }));
        for kind in ["pointerup", "pointercancel"] {
            let (h, g) = (handle.clone(), gesture.clone());
            listeners.push(EventListener::new(target, kind, move |event| {
                let Some(event) = event.dyn_ref::<PointerEvent>() else { return };
                let mut g = g.borrow_mut();
                g.pointers.retain(|p| p.0 != event.pointer_id());
                g.rebase(current_scale(&h));
            }));
        }
        let (h, el) = (handle.clone(), target.clone());
        listeners.push(EventListener::new_with_options(target, "keydown", active, move |event| {
            let Some(key) = event.dyn_ref::<KeyboardEvent>() else { return };
            // Markers are focusable role="button" elements, not <button>s
            // (hundreds of those cost twice the layout): Enter and Space
            // open them as a click does.
            let marker = target_element(event).and_then(|t| closest(&t, ".tl-marker"));
            if let (Some(marker), "Enter" | " ", false) = (marker, key.key().as_str(), key.repeat()) {
                event.prevent_default();
                let id = marker.get_attribute("data-event-id").and_then(|id| EventId::from_hex(&id));
                if id.is_some() {
                    super::select(&h, id);
                }
                return;
            }
            if key.ctrl_key() || key.meta_key() || key.alt_key() {
                return;
            }
            let Some(scale) = current_scale(&h) else { return };
            let step = match key.key().as_str() {
                "ArrowLeft" => Some(false),
                "ArrowRight" => Some(true),
                _ => None,
            };
            // On the axis, arrows move between markers and pan past the last one.
            if let (Some(forward), false) = (step, on_strip) {
                if !focus_next_marker(&el, target_element(event), forward) {
                    focus(&el);
                    set_window(&h, scale.pan(if forward { KEY_PAN } else { -KEY_PAN }));
                }
                event.prevent_default();
                return;
            }
            match key.key().as_str() {
                "ArrowLeft" => set_window(&h, scale.pan(-KEY_PAN)),
                "ArrowRight" => set_window(&h, scale.pan(KEY_PAN)),
                "+" | "=" => set_window(&h, scale.zoom(ZOOM_IN, 500)),
                "-" | "_" => set_window(&h, scale.zoom(ZOOM_OUT, 500)),
                "0" => zoom(&h, "fit"),
                _ => return,
            }
            event.prevent_default();
        }));
    }
    let (h, el) = (handle.clone(), axis.clone());
    listeners.push(EventListener::new_with_options(axis, "wheel", active, move |event| {
        let Some(wheel) = event.dyn_ref::<WheelEvent>() else { return };
        let over_ticks = target_element(event).and_then(|t| closest(&t, ".tl-ticks")).is_some();
        let Some(scale) = current_scale(&h) else { return };
        let (dx, dy) = (wheel.delta_x(), wheel.delta_y());
        let next = if wheel.ctrl_key() || over_ticks {
            let (anchor, _) = position(&el, f64::from(wheel.client_x()));
            scale.zoom(if dy < 0.0 { WHEEL_ZOOM_IN } else { WHEEL_ZOOM_OUT }, anchor.clamp(0, 1000) as u32)
        } else if wheel.shift_key() || dx.abs() > dy.abs() {
            let (_, width) = position(&el, 0.0);
            let delta = if dx != 0.0 { dx } else { dy };
            scale.pan((delta / width * 1000.0) as i32)
        } else {
            return; // a plain vertical wheel scrolls the page
        };
        event.prevent_default();
        set_window(&h, next);
    }));
}

/// Roving focus on the axis, which is one tab stop: moves focus from the
/// focused marker (or from the axis itself, from its edge) to the nearest
/// marker left or right of it on screen. False when there is none that way,
/// and the caller pans instead.
fn focus_next_marker(axis: &Element, from: Option<Element>, forward: bool) -> bool {
    let Ok(markers) = axis.query_selector_all("[data-event-id]") else { return false };
    let current = from.and_then(|t| closest(&t, "[data-event-id]"));
    let x_of = |el: &Element| {
        let rect = el.get_bounding_client_rect();
        rect.left() + rect.width() / 2.0
    };
    let edge = axis.get_bounding_client_rect();
    let here = current.as_ref().map_or(if forward { edge.left() - 1.0 } else { edge.left() + edge.width() + 1.0 }, x_of);
    let mut best: Option<(f64, Element)> = None;
    for i in 0..markers.length() {
        let Some(marker) = markers.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else { continue };
        if current.as_ref() == Some(&marker) {
            continue;
        }
        let x = x_of(&marker);
        let ahead = if forward { x - here } else { here - x };
        // Markers at the same x (stacked rows) come in DOM order after the current one.
        if ahead > 0.0 && best.as_ref().is_none_or(|(d, _)| ahead < *d) {
            best = Some((ahead, marker));
        }
    }
    match best {
        Some((_, marker)) => {
            focus(&marker);
            true
        }
        None => false,
    }
}

fn full_scale_of(handle: &WidgetRef) -> Option<TimeScale> {
    with_widget(handle, |w| w.full_scale()).flatten()
}
