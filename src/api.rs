//! The JS API's inputs and outputs as plain serde types: what `mount` and
//! `setFilter` accept and what `getState` and the `change` event hand back.
//! Pure, so the shapes and their round trip are tested natively; `embed`
//! moves them across the boundary with serde-wasm-bindgen.
//!
//! A filter given as an object is written out in the URL-state syntax and
//! read by the same parser as `data-filter` and the URL hash, so there is
//! one set of rules and one set of messages.

use crate::layout::TimeScale;
use crate::options::{parse_filter, parse_options, EmbedOptions};
use crate::state::{day_text, percent_encode, Lanes, View, ViewState};
use serde::Serialize;
use tideline_model::{CivilDate, EventDate, Filter, Timeline};

/// `mount`'s option object; every field may be left out.
#[derive(Debug, Default)]
pub struct MountOptions {
    /// The filter the widget opens with.
    pub filter: Option<FilterInput>,
    /// `"timeline"` or `"list"`.
    pub view: Option<String>,
    /// `"one"`, `"category"` or `"actor"`.
    pub lanes: Option<String>,
    /// `"auto"`, `"light"` or `"dark"`.
    pub theme: Option<String>,
    /// A CSS length (`"40em"`) or a number of pixels.
    pub height: Option<Height>,
    /// Whether the widget owns the page's URL hash.
    pub sync_url: Option<bool>,
}

/// The option names `mount` takes, in JS spelling.
const MOUNT_OPTIONS: &str = "filter, view, lanes, theme, height, syncUrl";

impl MountOptions {
    /// Reads the option object (`null` or `undefined` mean no options).
    pub fn from_input(input: JsInput) -> Result<Self, String> {
        let mut options = MountOptions::default();
        let fields = match input {
            JsInput::Null => return Ok(options),
            JsInput::Object(fields) => fields,
            other => return Err(format!("options must be an object, not {}", other.kind())),
        };
        for (name, value) in fields {
            let text = |value: JsInput| match value {
                JsInput::Text(text) => Ok(Some(text)),
                JsInput::Null => Ok(None),
                other => Err(format!("option `{name}` must be a string, not {}", other.kind())),
            };
            match name.as_str() {
                "filter" => options.filter = FilterInput::from_input(value).map_err(|e| format!("option `filter`: {e}"))?,
                "view" => options.view = text(value)?,
                "lanes" => options.lanes = text(value)?,
                "theme" => options.theme = text(value)?,
                "height" => {
                    options.height = match value {
                        JsInput::Integer(pixels) => Some(Height(pixels.to_string())),
                        other => text(other)
                            .map_err(|_| "option `height` must be a CSS length like \"40em\" or a whole number of pixels".to_owned())?
                            .map(Height),
                    }
                }
                "syncUrl" => {
                    options.sync_url = match value {
                        JsInput::Bool(flag) => Some(flag),
                        JsInput::Null => None,
                        other => return Err(format!("option `syncUrl` must be true or false, not {}", other.kind())),
                    }
                }
                _ => return Err(format!("unknown option `{name}` (use {MOUNT_OPTIONS})")),
            }
        }
        Ok(options)
    }

    /// The options parsed by the same rules as `data-*` attributes, with a
    /// problem for every value that cannot be used.
    pub fn parse(&self, timeline: &Timeline) -> (EmbedOptions, Vec<String>) {
        parse_options(
            &|name| match name {
                "filter" => self.filter.as_ref().map(FilterInput::to_query),
                "view" => self.view.clone(),
                "lanes" => self.lanes.clone(),
                "theme" => self.theme.clone(),
                "height" => self.height.as_ref().map(|h| h.0.clone()),
                "sync-url" => self.sync_url.map(|on| if on { "true" } else { "false" }.to_owned()),
                _ => None,
            },
            timeline,
        )
    }
}

/// A CSS length, given as text or as a whole number of pixels.
#[derive(Debug)]
pub struct Height(String);

/// A filter as the API takes it: URL-state text (`"stance=easing"`) or an
/// object shaped like `getState().filter`.
#[derive(Debug)]
pub enum FilterInput {
    /// `stance=easing&actor=Alibaba`, as `data-filter` and the URL hash write it.
    Text(String),
    /// `{ stance: ["easing"], actors: ["Alibaba"] }`.
    Fields(FilterFields),
}

impl FilterInput {
    /// The filter in URL-state syntax, for the one parser.
    pub fn to_query(&self) -> String {
        match self {
            FilterInput::Text(text) => text.clone(),
            FilterInput::Fields(fields) => fields.to_query(),
        }
    }

    /// The filter, or what in it matches nothing (see [`parse_filter`]).
    pub fn parse(&self, timeline: &Timeline) -> Result<Filter, String> {
        let (filter, problems) = parse_filter(&self.to_query(), timeline);
        if problems.is_empty() {
            Ok(filter)
        } else {
            Err(problems.join("; "))
        }
    }
}

impl FilterInput {
    /// Reads a filter given as text or as an object; `null` means none.
    pub fn from_input(input: JsInput) -> Result<Option<Self>, String> {
        match input {
            JsInput::Null => Ok(None),
            JsInput::Text(text) => Ok(Some(FilterInput::Text(text))),
            JsInput::Object(fields) => FilterFields::from_fields(fields).map(|f| Some(FilterInput::Fields(f))),
            other => Err(format!("a filter is text like \"stance=easing\" or an object like {{ stance: [\"easing\"] }}, not {}", other.kind())),
        }
    }
}

/// A filter by its parts, in the reader's words: stance and category names,
/// actor names, document file names, days (or months) and search words.
/// Lists may also be given as one string.
#[derive(Debug, Default, PartialEq, Eq, Serialize)]
pub struct FilterFields {
    /// `tightening`, `easing`, `neutral`; empty means every stance.
    pub stance: Vec<String>,
    /// Category names; empty means every category.
    pub category: Vec<String>,
    /// Actor names; an event naming any of them is kept.
    pub actors: Vec<String>,
    /// Source documents by file name.
    pub documents: Vec<String>,
    /// First day kept (`2022-01-01`; a month means its first day).
    pub from: Option<String>,
    /// Last day kept (`2022-12-31`; a month means its last day).
    pub to: Option<String>,
    /// Search words, all of which an event must contain.
    pub query: String,
}

/// The parts a filter object may have.
const FILTER_FIELDS: &str = "stance, category, actors, documents, from, to, query";

impl FilterFields {
    /// Reads a filter object's fields.
    fn from_fields(fields: Vec<(String, JsInput)>) -> Result<Self, String> {
        let mut filter = FilterFields::default();
        for (name, value) in fields {
            let texts = match value {
                JsInput::Null => Some(Vec::new()),
                JsInput::Text(text) => Some(vec![text]),
                JsInput::List(items) => items.into_iter().map(|item| if let JsInput::Text(t) = item { Some(t) } else { None }).collect(),
                _ => None,
            };
            let Some(mut texts) = texts else {
                return Err(format!("`{name}` must be a string or an array of strings"));
            };
            match name.as_str() {
                "stance" => filter.stance = texts,
                "category" => filter.category = texts,
                "actors" => filter.actors = texts,
                "documents" => filter.documents = texts,
                "from" | "to" | "query" if texts.len() < 2 => {
                    let text = texts.pop();
                    match name.as_str() {
                        "from" => filter.from = text,
                        "to" => filter.to = text,
                        _ => filter.query = text.unwrap_or_default(),
                    }
                }
                "from" | "to" | "query" => return Err(format!("`{name}` must be a string")),
                _ => return Err(format!("unknown filter field `{name}` (use {FILTER_FIELDS})")),
            }
        }
        Ok(filter)
    }

    /// What `getState` reports for `filter`.
    pub fn of(filter: &Filter, timeline: &Timeline) -> Self {
        FilterFields {
            stance: filter.stances.iter().map(|s| s.as_str().to_owned()).collect(),
            category: filter.categories.iter().map(|c| c.as_str().to_owned()).collect(),
            actors: filter.actors.iter().filter_map(|a| timeline.actor(*a)).map(|a| a.name.clone()).collect(),
            documents: filter.documents.iter().filter_map(|d| timeline.document(*d)).map(|d| d.file.clone()).collect(),
            from: filter.from.map(day_text),
            to: filter.to.map(day_text),
            query: filter.text.clone(),
        }
    }

    /// The same filter in URL-state syntax.
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        for (key, items) in [("stance", &self.stance), ("cat", &self.category), ("actor", &self.actors), ("doc", &self.documents)] {
            if !items.is_empty() {
                let encoded: Vec<String> = items.iter().map(|item| percent_encode(item)).collect();
                parts.push(format!("{key}={}", encoded.join(",")));
            }
        }
        for (key, day) in [("from", &self.from), ("to", &self.to)] {
            if let Some(day) = day {
                parts.push(format!("{key}={}", percent_encode(day)));
            }
        }
        if !self.query.is_empty() {
            parts.push(format!("q={}", percent_encode(&self.query)));
        }
        parts.join("&")
    }
}

/// The visible window, first and last day shown (`2022-01-01`).
#[derive(Debug, PartialEq, Eq, Serialize)]
pub struct WindowDays {
    /// The first day on the axis.
    pub from: String,
    /// The last day on the axis.
    pub to: String,
}

/// What `getState()` returns and the `change` event carries.
#[derive(Debug, PartialEq, Eq, Serialize)]
pub struct ApiState {
    /// The active filter.
    pub filter: FilterFields,
    /// The days the axis shows; `null` when there are no events.
    pub window: Option<WindowDays>,
    /// `"timeline"` or `"list"`.
    pub view: &'static str,
    /// `"one"`, `"category"` or `"actor"`.
    pub lanes: &'static str,
    /// The id of the event whose card is open, or `null`.
    pub selected: Option<String>,
    /// How many events the filter keeps.
    pub matches: usize,
}

impl ApiState {
    /// The state as the API reports it; `scale` is the window on screen.
    pub fn of(state: &ViewState, scale: Option<TimeScale>, matches: usize, timeline: &Timeline) -> Self {
        ApiState {
            filter: FilterFields::of(&state.filter, timeline),
            window: scale.map(|s| WindowDays {
                from: day_text(CivilDate::from_day_number(s.start_day())),
                to: day_text(CivilDate::from_day_number(s.end_day() - 1)),
            }),
            view: if state.view == View::List { "list" } else { "timeline" },
            lanes: state.lanes.as_str(),
            selected: state.selected.map(|id| id.to_hex()),
            matches,
        }
    }
}

/// What the `change` event is about: a new filter, window, view or lanes.
pub fn public_part(state: &ViewState) -> (&Filter, Option<(i32, i32)>, View, Lanes) {
    (&state.filter, state.window, state.view, state.lanes)
}

/// `setWindow(from, to)`: days or months (`to` counts to the month's end),
/// as a window of day numbers (end exclusive) kept within the zoom limits.
pub fn parse_window(from: &str, to: &str) -> Result<(i32, i32), String> {
    let day = |text: &str| EventDate::parse_iso(text.trim()).ok_or_else(|| format!("`{text}` is not a day or month like 2022-01-31 or 2022-01"));
    let start = day(from)?.start().day_number();
    let end = day(to)?.last_day().day_number() + 1;
    if end <= start {
        return Err(format!("`{to}` is before `{from}`"));
    }
    Ok(TimeScale::new(start, end).clamped())
}

/// A JS value as the API's inputs are read from it: the few shapes an
/// option object or a filter may take. `embed` builds it from the JsValue.
///
/// Inputs are read by hand from this rather than with serde's `Deserialize`
/// through serde-wasm-bindgen, which the outputs do use: measured on the
/// widget, deserializing the two input types cost 11.6 KB gzip (8 KB of it
/// Rust's float formatting, linked by serde's type errors), reading them by
/// hand a few hundred bytes. See README "Size".
#[derive(Debug, Clone, PartialEq)]
pub enum JsInput {
    /// `null`, or `undefined` where a value was expected.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number without a fraction.
    Integer(i64),
    /// A number with a fraction (or too large to be exact).
    Fraction,
    /// A string.
    Text(String),
    /// An array.
    List(Vec<JsInput>),
    /// A plain object's own enumerable properties, `undefined` ones left out.
    Object(Vec<(String, JsInput)>),
    /// Anything else (a function, a symbol, nesting deeper than any input
    /// needs), by what it is.
    Other(&'static str),
}

impl JsInput {
    /// What the value is, for messages: `a number`, `an array`.
    pub fn kind(&self) -> &'static str {
        match self {
            JsInput::Null => "null",
            JsInput::Bool(_) => "a boolean",
            JsInput::Integer(_) | JsInput::Fraction => "a number",
            JsInput::Text(_) => "a string",
            JsInput::List(_) => "an array",
            JsInput::Object(_) => "an object",
            JsInput::Other(what) => what,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::sample_timeline;
    use tideline_model::{ActorId, Stance};

    /// What `embed` makes of the JS value this JSON writes.
    fn input(json: &str) -> JsInput {
        fn convert(value: serde_json::Value) -> JsInput {
            use serde_json::Value;
            match value {
                Value::Null => JsInput::Null,
                Value::Bool(flag) => JsInput::Bool(flag),
                Value::Number(n) => n.as_i64().map_or(JsInput::Fraction, JsInput::Integer),
                Value::String(text) => JsInput::Text(text),
                Value::Array(items) => JsInput::List(items.into_iter().map(convert).collect()),
                Value::Object(fields) => JsInput::Object(fields.into_iter().map(|(k, v)| (k, convert(v))).collect()),
            }
        }
        convert(serde_json::from_str(json).unwrap())
    }

    fn options(json: &str) -> Result<MountOptions, String> {
        MountOptions::from_input(input(json))
    }

    fn filter(json: &str) -> Result<FilterInput, String> {
        FilterInput::from_input(input(json)).map(Option::unwrap)
    }

    #[test]
    fn js_values_of_the_wrong_shape_are_named_in_the_message() {
        let err = options(r#"{"colour": "red"}"#).unwrap_err();
        assert_eq!(err, "unknown option `colour` (use filter, view, lanes, theme, height, syncUrl)");
        assert!(options(r#"{"height": 12.5}"#).unwrap_err().contains("a whole number of pixels"));
        assert_eq!(options(r#"{"view": 3}"#).unwrap_err(), "option `view` must be a string, not a number");
        assert_eq!(options(r#""list""#).unwrap_err(), "options must be an object, not a string");
        assert!(FilterInput::from_input(JsInput::Other("a function")).unwrap_err().ends_with("not a function"));
        assert_eq!(filter(r#"{"actors": [1]}"#).unwrap_err(), "`actors` must be a string or an array of strings");
        assert_eq!(filter(r#"{"from": ["2021", "2022"]}"#).unwrap_err(), "`from` must be a string");
        assert!(options(r#"{"filter": {"stances": "easing"}}"#).unwrap_err().contains("unknown filter field `stances`"));
        assert!(options("null").is_ok());
    }

    #[test]
    fn a_filter_object_is_read_by_the_url_parser() {
        let timeline = sample_timeline();
        let filter = filter(r#"{"stance": ["easing"], "actors": "Tencent", "from": "2021-03", "to": null, "query": "fine"}"#)
            .unwrap()
            .parse(&timeline)
            .unwrap();
        let text = FilterInput::Text("stance=easing&actor=Tencent&from=2021-03&q=fine".into()).parse(&timeline).unwrap();
        assert_eq!(filter, text);
        assert_eq!(filter.stances, vec![Stance::Easing]);
        assert_eq!(filter.actors.len(), 1);
    }

    #[test]
    fn names_with_commas_and_ampersands_survive_the_url_syntax() {
        let fields = FilterFields { query: "a&b=c, d".into(), ..FilterFields::default() };
        let timeline = sample_timeline();
        let filter = FilterInput::Fields(fields).parse(&timeline).unwrap();
        assert_eq!(filter.text, "a&b=c, d");
    }

    #[test]
    fn get_state_filter_goes_back_into_set_filter_unchanged() {
        let timeline = sample_timeline();
        let filter = FilterInput::Text("stance=tightening,easing&actor=Tencent&from=2021-03&to=2021-06-15&q=fine".into()).parse(&timeline).unwrap();
        let fields = FilterFields::of(&filter, &timeline);
        assert_eq!(fields.from.as_deref(), Some("2021-03-01"));
        assert_eq!(fields.to.as_deref(), Some("2021-06-15"));
        assert_eq!(FilterInput::Fields(fields).parse(&timeline).unwrap(), filter);
    }

    #[test]
    fn unknown_names_and_fields_are_refused_with_what_to_use() {
        let timeline = sample_timeline();
        let nobody = FilterInput::Fields(FilterFields { actors: vec!["Nobody".into()], ..FilterFields::default() });
        assert!(nobody.parse(&timeline).unwrap_err().contains("`actor=Nobody` matches no actor"));
    }

    #[test]
    fn mount_options_follow_the_data_attribute_rules() {
        let timeline = sample_timeline();
        let (parsed, problems) =
            options(r#"{"filter": {"stance": "easing"}, "view": "list", "height": 400, "syncUrl": false}"#).unwrap().parse(&timeline);
        assert_eq!(problems, Vec::<String>::new());
        assert_eq!(parsed.view, Some(View::List));
        assert_eq!(parsed.height.as_deref(), Some("400px"));
        assert_eq!(parsed.sync_url, Some(false));
        assert_eq!(parsed.filter.stances, vec![Stance::Easing]);
        let (_, problems) = options(r#"{"view": "grid"}"#).unwrap().parse(&timeline);
        assert!(problems[0].contains("`grid` is not one of timeline, list"));
    }

    #[test]
    fn state_reports_the_window_on_screen_with_inclusive_days() {
        let timeline = sample_timeline();
        let mut state = ViewState::default();
        state.filter.actors = vec![ActorId(0)];
        let (start, end) = parse_window("2021-01", "2021-03").unwrap();
        let api = ApiState::of(&state, Some(TimeScale::new(start, end)), 3, &timeline);
        assert_eq!(api.window, Some(WindowDays { from: "2021-01-01".into(), to: "2021-03-31".into() }));
        assert_eq!(api.view, "timeline");
        assert_eq!(api.selected, None);
        assert_eq!(api.filter.actors.len(), 1);
    }

    #[test]
    fn a_window_is_clamped_to_the_zoom_limits_and_checked() {
        let (start, end) = parse_window("2021-01-01", "2021-01-02").unwrap();
        assert_eq!(end - start, crate::layout::MIN_WINDOW_DAYS);
        let (start, end) = parse_window("0001-01", "9999-12").unwrap();
        assert_eq!(end - start, crate::layout::MAX_WINDOW_DAYS);
        assert!(parse_window("2021-02", "2021-01").unwrap_err().contains("before"));
        assert!(parse_window("soon", "2021-01").unwrap_err().contains("not a day or month"));
    }
}
