//! The JS API: `Tideline.mount(element, options)` resolves to a handle with
//! `setFilter`, `getState`, `on("select", callback)` and `destroy()`.
//! Mistakes come back as rejected promises (or thrown errors from the
//! synchronous methods) with a message, never a panic.
//!
//! The option object is read by hand with `js_sys::Reflect` rather than
//! serde-wasm-bindgen: six flat fields need a few hundred bytes of code,
//! the crate would add about 20 KB gzip to every page.

use super::{destroy, is_mounted, js_option_names, mount, MOUNTED};
use crate::options::{filter_text, parse_filter, parse_options};
use crate::state::View;
use crate::view::{self, WidgetRef};
use js_sys::{Object, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// Mounts a widget on `element` with `options` (an object with any of
/// `filter`, `view`, `lanes`, `theme`, `height`, `syncUrl`). Mounting an
/// element that already holds a widget replaces it.
#[wasm_bindgen(js_name = mount)]
pub fn mount_with_options(element: JsValue, options: JsValue) -> Promise {
    match try_mount(element, &options) {
        Ok(handle) => Promise::resolve(&JsValue::from(handle)),
        Err(message) => reject(&format!("Tideline.mount: {message}")),
    }
}

fn try_mount(element: JsValue, options: &JsValue) -> Result<TidelineHandle, String> {
    let host: Element = element.dyn_into().map_err(|value| format!("the first argument must be an element, not {}", describe(&value)))?;
    let given = option_texts(options)?;
    let timeline = view::timeline().map_err(|err| format!("the timeline could not be loaded: {err}"))?;
    let (parsed, problems) = parse_options(|name| given.iter().find(|(n, _)| n == name).map(|(_, text)| text.clone()), timeline);
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

/// The option object's values as text (`true`, `600`), refusing unknown
/// names and values that are neither strings, numbers nor booleans.
fn option_texts(options: &JsValue) -> Result<Vec<(String, String)>, String> {
    let mut texts = Vec::new();
    if options.is_undefined() || options.is_null() {
        return Ok(texts);
    }
    let Some(object) = options.dyn_ref::<Object>().filter(|_| options.is_object()) else {
        return Err(format!("options must be an object, not {}", describe(options)));
    };
    for key in Object::keys(object).iter().filter_map(|k| k.as_string()) {
        if !js_option_names().any(|name| name == key) {
            let names: Vec<&str> = js_option_names().collect();
            return Err(format!("unknown option `{key}` (use {})", names.join(", ")));
        }
        let value = Reflect::get(object, &JsValue::from_str(&key)).unwrap_or(JsValue::UNDEFINED);
        let text = if let Some(text) = value.as_string() {
            text
        } else if value.as_f64().is_some() {
            // JS writes the number: Rust's float formatting would cost kilobytes of wasm.
            value.unchecked_ref::<js_sys::Number>().to_string_with_radix(10).map(String::from).unwrap_or_default()
        } else if let Some(flag) = value.as_bool() {
            flag.to_string()
        } else if value.is_undefined() {
            continue;
        } else {
            return Err(format!("option `{key}` must be a string, number or boolean, not {}", describe(&value)));
        };
        // The parser reads `data-*` spelling.
        let name = if key == "syncUrl" { "sync-url".to_owned() } else { key };
        texts.push((name, text));
    }
    Ok(texts)
}

/// A mounted widget, as the JS API hands it out.
#[wasm_bindgen]
pub struct TidelineHandle {
    host: Element,
}

#[wasm_bindgen]
impl TidelineHandle {
    /// Replaces the filter (URL-state syntax: `stance=easing&actor=Alibaba`);
    /// resolves to the new state, rejects on parts that match nothing.
    #[wasm_bindgen(js_name = setFilter)]
    pub fn set_filter(&self, filter: JsValue) -> Promise {
        let Some(widget) = self.widget() else { return reject("setFilter: this widget was destroyed") };
        let Some(text) = filter.as_string() else { return reject("setFilter: the filter must be a string like \"stance=easing\"") };
        let Ok(timeline) = view::timeline() else { return reject("setFilter: the timeline could not be loaded") };
        let (filter, problems) = parse_filter(&text, timeline);
        if !problems.is_empty() {
            return reject(&format!("setFilter: {}", problems.join("; ")));
        }
        view::update(&widget, |state| state.filter = filter);
        match state_object(&widget) {
            Some(state) => Promise::resolve::<JsValue>(&state),
            None => reject("setFilter: this widget was destroyed"),
        }
    }

    /// The widget's state: `{ filter, view, lanes, selected, matches }`.
    #[wasm_bindgen(js_name = getState)]
    pub fn get_state(&self) -> Result<JsValue, JsError> {
        self.widget().and_then(|w| state_object(&w)).ok_or_else(|| JsError::new("getState: this widget was destroyed"))
    }

    /// Calls `callback({ id, date, summary })` whenever the reader opens an
    /// event. `"select"` is the only event.
    pub fn on(&self, event: &str, callback: JsValue) -> Result<(), JsError> {
        if event != "select" {
            return Err(JsError::new(&format!("on: unknown event \"{event}\" (the only one is \"select\")")));
        }
        let callback = callback.dyn_into::<js_sys::Function>().map_err(|_| JsError::new("on: the callback must be a function"))?;
        let widget = self.widget().ok_or_else(|| JsError::new("on: this widget was destroyed"))?;
        view::on_select(&widget, callback);
        Ok(())
    }

    /// Removes the widget: listeners, timers, callbacks, the shadow content
    /// and its stylesheet. The element stays, empty. Calling it twice is fine.
    pub fn destroy(&self) {
        destroy(&self.host, true);
    }
}

impl TidelineHandle {
    fn widget(&self) -> Option<WidgetRef> {
        MOUNTED.with_borrow(|mounted| mounted.iter().find(|m| m.host == self.host).map(|m| m.widget.clone()))
    }
}

/// The state as a plain object for JS.
fn state_object(widget: &WidgetRef) -> Option<JsValue> {
    let (state, matches) = view::snapshot(widget)?;
    let timeline = view::timeline().ok()?;
    let object = Object::new();
    let view_name = if state.view == View::List { "list" } else { "timeline" };
    let selected = state.selected.map_or(JsValue::NULL, |id| id.to_hex().into());
    for (key, value) in [
        ("filter", JsValue::from_str(&filter_text(&state.filter, timeline))),
        ("view", view_name.into()),
        ("lanes", state.lanes.as_str().into()),
        ("selected", selected),
        ("matches", (matches as f64).into()),
    ] {
        let _ = Reflect::set(&object, &key.into(), &value);
    }
    Some(object.into())
}

fn reject(message: &str) -> Promise {
    Promise::reject(&js_sys::Error::new(message).into())
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
