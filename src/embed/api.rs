//! The JS API: `Tideline.mount(element, options)` resolves to a handle with
//! `getState`, `setFilter`, `events`, `select`, `setWindow`, `fit`, `on`,
//! `off` and `destroy` (typed in `www/tideline.d.ts`). Inputs and outputs
//! are the plain serde types of `crate::api`, moved across the boundary by
//! serde-wasm-bindgen. Mistakes come back as rejected promises (or thrown
//! errors from the synchronous methods) with a message, never a panic.

use super::{destroy, is_mounted, mount, MOUNTED};
use crate::action::Action;
use crate::api::{parse_window, FilterInput, JsInput, MountOptions};
use crate::view::{self, Topic, WidgetRef};
use js_sys::{Array, Function, Object, Promise};
use tideline_model::EventId;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// Mounts a widget on `element` with `options` (an object with any of
/// `filter`, `view`, `lanes`, `theme`, `height`, `syncUrl`). Mounting an
/// element that already holds a widget replaces it.
#[wasm_bindgen(js_name = mount)]
pub fn mount_with_options(element: JsValue, options: JsValue) -> Promise {
    match try_mount(element, options) {
        Ok(handle) => Promise::resolve(&JsValue::from(handle)),
        Err(message) => reject(&format!("Tideline.mount: {message}")),
    }
}

fn try_mount(element: JsValue, options: JsValue) -> Result<TidelineHandle, String> {
    let host: Element = element.dyn_into().map_err(|value| format!("the first argument must be an element, not {}", describe(&value)))?;
    let options = MountOptions::from_input(js_input(&options, 0))?;
    let timeline = view::timeline().map_err(|err| format!("the timeline could not be loaded: {err}"))?;
    let (parsed, problems) = options.parse(timeline);
    if !problems.is_empty() {
        return Err(problems.join("; "));
    }
    if is_mounted(&host) {
        destroy(&host, false);
    }
    super::LEFT_ALONE.with(|d| d.delete(&host));
    mount(&host, parsed, false)?;
    Ok(TidelineHandle { host })
}

/// A mounted widget, as the JS API hands it out.
#[wasm_bindgen]
pub struct TidelineHandle {
    host: Element,
}

#[wasm_bindgen]
impl TidelineHandle {
    /// The widget's state: `{ filter, window, view, lanes, selected, matches }`.
    #[wasm_bindgen(js_name = getState)]
    pub fn get_state(&self) -> JsValue {
        run("getState", || self.state())
    }

    /// Replaces the filter, given as URL-state text (`"stance=easing"`) or
    /// an object like `getState().filter`; resolves to the new state,
    /// rejects on parts that match nothing (and changes nothing then).
    #[wasm_bindgen(js_name = setFilter)]
    pub fn set_filter(&self, filter: JsValue) -> Promise {
        let result = self.widget().and_then(|widget| {
            let timeline = view::timeline().map_err(|err| err.to_string())?;
            let filter = parse_filter_value(filter, timeline)?;
            view::dispatch(&widget, Action::SetFilter(filter));
            self.state()
        });
        match result {
            Ok(state) => Promise::resolve(&state),
            Err(message) => reject(&format!("setFilter: {message}")),
        }
    }

    /// The events a filter keeps (the widget's own when none is given), as
    /// objects in the compiler's JSON contract, in date order.
    pub fn events(&self, filter: JsValue) -> JsValue {
        run("events", || {
            let (timeline, engine) = view::engine_of(&self.widget()?).ok_or(DESTROYED)?;
            let filter = if filter.is_undefined() || filter.is_null() {
                view::with_widget(&self.widget()?, |w| w.state().filter.clone()).ok_or(DESTROYED)?
            } else {
                parse_filter_value(filter, timeline)?
            };
            Ok(view::contract_events(timeline, &engine.run(&filter).matches))
        })
    }

    /// Opens the card of the event with this id (as `getState().selected`
    /// and `events()` give it), or closes the card with `null`.
    pub fn select(&self, id: JsValue) {
        run("select", || {
            let widget = self.widget()?;
            let chosen = match id.as_string() {
                _ if id.is_null() || id.is_undefined() => None,
                Some(text) => {
                    let known = EventId::from_hex(&text).filter(|id| view::timeline().is_ok_and(|t| t.events.iter().any(|e| e.id == *id)));
                    Some(known.ok_or_else(|| format!("no event has the id \"{text}\""))?)
                }
                None => return Err(format!("the id must be a string or null, not {}", describe(&id))),
            };
            view::select(&widget, chosen);
            Ok(())
        })
    }

    /// Shows the days `from` to `to` (`"2022-01-01"`, or months: `"2022-01"`
    /// to `"2022-03"` shows January to March) on the axis, within the zoom
    /// limits.
    #[wasm_bindgen(js_name = setWindow)]
    pub fn set_window(&self, from: JsValue, to: JsValue) {
        run("setWindow", || {
            let widget = self.widget()?;
            let (Some(from), Some(to)) = (from.as_string(), to.as_string()) else {
                return Err("give two days or months as text, like setWindow(\"2022-01\", \"2022-06\")".into());
            };
            let window = parse_window(&from, &to)?;
            view::dispatch(&widget, Action::SetWindow(Some(window)));
            Ok(())
        })
    }

    /// Fits the axis to every event again.
    pub fn fit(&self) {
        run("fit", || {
            view::dispatch(&self.widget()?, Action::SetWindow(None));
            Ok(())
        })
    }

    /// Calls `callback` on `"ready"` (the widget is on screen; the state),
    /// `"select"` (a card opened: the event; closed: `null`) or `"change"`
    /// (the filter, window, view or lanes changed: the new state).
    pub fn on(&self, topic: &str, callback: JsValue) {
        run("on", || {
            let topic = topic_named(topic)?;
            let callback = callback.dyn_into::<Function>().map_err(|_| "the callback must be a function")?;
            view::subscribe(&self.widget()?, topic, callback);
            Ok(())
        })
    }

    /// Stops calling `callback` on `topic`; without a callback, stops every
    /// callback on it.
    pub fn off(&self, topic: &str, callback: JsValue) {
        run("off", || {
            let topic = topic_named(topic)?;
            if !callback.is_undefined() && !callback.is_function() {
                return Err("the callback must be a function (or left out, for every callback)".into());
            }
            view::unsubscribe(&self.widget()?, topic, callback.dyn_ref::<Function>());
            Ok(())
        })
    }

    /// Removes the widget: listeners, timers, callbacks, the shadow content
    /// and its stylesheet. The element stays, empty. Calling it twice is fine.
    pub fn destroy(&self) {
        destroy(&self.host, true);
    }
}

/// What every method says once its widget is gone.
const DESTROYED: &str = "this widget was destroyed";

impl TidelineHandle {
    fn widget(&self) -> Result<WidgetRef, String> {
        MOUNTED.with_borrow(|mounted| mounted.iter().find(|m| m.host == self.host).map(|m| m.widget.clone())).ok_or_else(|| DESTROYED.into())
    }

    fn state(&self) -> Result<JsValue, String> {
        view::with_widget(&self.widget()?, |w| view::api_state(w)).ok_or_else(|| DESTROYED.into())
    }
}

/// Runs a method's body and returns its value; a mistake is thrown to the
/// caller as an `Error` naming the method, once the body has dropped all it
/// held (no borrow or listener outlives it). Thrown rather than returned as
/// a `Result`, whose glue costs about a kilobyte of wasm per method.
fn run<T>(method: &str, body: impl FnOnce() -> Result<T, String>) -> T {
    body().unwrap_or_else(|message| throw(method, message))
}

/// Throws `method: message` as an `Error` (one copy for every method).
#[inline(never)]
fn throw(method: &str, message: String) -> ! {
    let error = error(&format!("{method}: {message}"));
    drop(message);
    wasm_bindgen::throw_val(error)
}

/// A filter from JS (text or object), read by the one parser.
fn parse_filter_value(value: JsValue, timeline: &tideline_model::Timeline) -> Result<tideline_model::Filter, String> {
    let input = FilterInput::from_input(js_input(&value, 0))?.ok_or("give a filter (\"\" for none)")?;
    input.parse(timeline)
}

fn topic_named(name: &str) -> Result<Topic, String> {
    Topic::from_name(name).ok_or_else(|| format!("unknown event \"{name}\" (use \"ready\", \"select\" or \"change\")"))
}

/// Deeper than any input of the API nests (options → filter → list → name):
/// a cyclic or hostile object is cut off here.
const MAX_DEPTH: u32 = 4;

/// What `value` holds, as the API's inputs are read (see [`JsInput`]).
fn js_input(value: &JsValue, depth: u32) -> JsInput {
    if value.is_null() || value.is_undefined() {
        JsInput::Null
    } else if let Some(flag) = value.as_bool() {
        JsInput::Bool(flag)
    } else if let Some(number) = value.as_f64() {
        // Exact integers only (|n| < 2^53); the cast cannot then lose anything.
        if number.fract() == 0.0 && number.abs() < 9_007_199_254_740_992.0 {
            JsInput::Integer(number as i64)
        } else {
            JsInput::Fraction
        }
    } else if let Some(text) = value.as_string() {
        JsInput::Text(text)
    } else if depth >= MAX_DEPTH {
        JsInput::Other("a value nested this deep")
    } else if Array::is_array(value) {
        JsInput::List(value.unchecked_ref::<Array>().iter().map(|item| js_input(&item, depth + 1)).collect())
    } else if value.is_object() && !value.is_function() {
        let entries = Object::entries(value.unchecked_ref());
        let fields = entries.iter().filter_map(|entry| {
            let entry: Array = entry.unchecked_into();
            let (key, item) = (entry.get(0).as_string()?, entry.get(1));
            (!item.is_undefined()).then(|| (key, js_input(&item, depth + 1)))
        });
        JsInput::Object(fields.collect())
    } else {
        JsInput::Other("a function or symbol")
    }
}

fn reject(message: &str) -> Promise {
    Promise::reject(&error(message))
}

/// A JS `Error` saying `message`, made as serde-wasm-bindgen makes its own
/// (one import in the glue for both).
fn error(message: &str) -> JsValue {
    wasm_bindgen::JsError::new(message).into()
}

/// What a JS value is, for messages: `null`, `a string`, `an object`.
fn describe(value: &JsValue) -> String {
    if value.is_null() {
        return "null".into();
    }
    let kind = value.js_typeof().as_string().unwrap_or_default();
    let article = if kind.starts_with(['a', 'e', 'i', 'o', 'u']) { "an" } else { "a" };
    format!("{article} {kind}")
}
