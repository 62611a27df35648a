//! The options an embedding page gives a widget — `data-*` attributes or the
//! JS API's option object — parsed once into types, with a readable problem
//! for every value that cannot be used. Pure, so every rule is tested natively.

use crate::state::{percent_decode, Lanes, View, ViewState};
use tideline_model::{Filter, Timeline};

/// The colour scheme a widget starts in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follows the reader's system setting.
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// The `data-theme` value the stylesheet reads; `None` for auto.
    pub fn attribute(self) -> Option<&'static str> {
        match self {
            Theme::Auto => None,
            Theme::Light => Some("light"),
            Theme::Dark => Some("dark"),
        }
    }
}

/// Everything an embedding page can choose; `None` leaves the default.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedOptions {
    /// The filter the widget opens with.
    pub filter: Filter,
    /// Timeline or list; by default narrow boxes open on the list.
    pub view: Option<View>,
    /// How the axis is split into lanes.
    pub lanes: Option<Lanes>,
    /// Light, dark or following the system.
    pub theme: Theme,
    /// A CSS length for the widget's box, which then scrolls inside.
    pub height: Option<String>,
    /// Whether this widget owns the page's URL hash (see `embed` for the rule).
    pub sync_url: Option<bool>,
}

/// The option names, as `data-*` attributes write them.
pub const OPTION_NAMES: [&str; 6] = ["filter", "view", "lanes", "theme", "height", "sync-url"];

/// The URL-state keys that make up a filter.
const FILTER_KEYS: [&str; 7] = ["stance", "cat", "actor", "doc", "from", "to", "q"];

/// Reads the options through `get` (the raw text of each option in
/// [`OPTION_NAMES`], if given). Unusable values are left at their default and
/// described in the returned problems, one sentence each.
pub fn parse_options(get: &dyn Fn(&str) -> Option<String>, timeline: &Timeline) -> (EmbedOptions, Vec<String>) {
    let mut options = EmbedOptions::default();
    let mut problems = Vec::new();
    if let Some(text) = get("filter") {
        let (filter, filter_problems) = parse_filter(&text, timeline);
        options.filter = filter;
        problems.extend(filter_problems.into_iter().map(|p| format!("filter: {p}")));
    }
    let mut choose = |name: &str, allowed: &str| -> Option<String> {
        let value = get(name)?;
        let value = value.trim().to_ascii_lowercase();
        if allowed.split('|').any(|a| a == value) {
            return Some(value);
        }
        problems.push(format!("{name}: `{value}` is not one of {}; using the default", allowed.replace('|', ", ")));
        None
    };
    options.view = choose("view", "timeline|list").map(|v| if v == "list" { View::List } else { View::Timeline });
    options.lanes = choose("lanes", "one|category|actor").and_then(|l| Lanes::ALL.into_iter().find(|x| x.as_str() == l));
    options.theme = match choose("theme", "auto|light|dark").as_deref() {
        Some("light") => Theme::Light,
        Some("dark") => Theme::Dark,
        _ => Theme::Auto,
    };
    // A bare attribute (`data-sync-url`) means yes.
    options.sync_url = choose("sync-url", "|true|false").map(|v| v != "false");
    if let Some(text) = get("height") {
        match css_height(&text) {
            Some(height) => options.height = Some(height),
            None => problems.push(format!("height: `{}` is not a length like 600px, 40em or 80vh; using the content's height", text.trim())),
        }
    }
    (options, problems)
}

/// Parses a filter in the URL-state syntax (`stance=easing&actor=Alibaba`).
/// Parts that select nothing known are described in the problems; the rest
/// still applies.
pub fn parse_filter(text: &str, timeline: &Timeline) -> (Filter, Vec<String>) {
    let text = text.trim().trim_start_matches('#');
    let mut problems = Vec::new();
    for pair in text.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        if !FILTER_KEYS.contains(&key) {
            problems.push(format!("unknown key `{key}` (use stance, cat, actor, doc, from, to or q)"));
            continue;
        }
        let items: Vec<&str> = if key == "q" { vec![value] } else { value.split(',').collect() };
        for item in items {
            let alone = ViewState::from_hash(&format!("{key}={item}"), timeline);
            if key != "q" && alone.filter == Filter::default() {
                problems.push(format!("`{key}={}` matches no {}", percent_decode(item), what(key)));
            }
        }
    }
    (ViewState::from_hash(text, timeline).filter, problems)
}

/// What a filter key names, for problem messages.
fn what(key: &str) -> &'static str {
    match key {
        "stance" => "stance (tightening, easing, neutral)",
        "cat" => "category",
        "actor" => "actor of this timeline",
        "doc" => "source document (give its file name)",
        _ => "month or day (2022-01 or 2022-01-31)",
    }
}

/// The filter alone in URL-state syntax, as `getState` reports it.
pub fn filter_text(filter: &Filter, timeline: &Timeline) -> String {
    ViewState { filter: filter.clone(), ..ViewState::default() }.to_hash(timeline)
}

/// The state a widget opens in: the options, unless the widget owns the URL
/// and the URL holds a state (a shared link wins over the page's defaults).
/// With no view chosen by either, a narrow box opens on the list.
pub fn initial_state(options: &EmbedOptions, url_hash: Option<&str>, narrow: bool, timeline: &Timeline) -> ViewState {
    let hash = url_hash.map(|h| h.trim_start_matches('#')).filter(|h| !h.is_empty());
    if let Some(hash) = hash {
        let mut state = ViewState::from_hash(hash, timeline);
        if narrow && !tideline_model::contains(hash, "view=") {
            state.view = View::List;
        }
        return state;
    }
    let narrow_view = if narrow { View::List } else { View::Timeline };
    ViewState {
        filter: options.filter.clone(),
        lanes: options.lanes.unwrap_or_default(),
        view: options.view.unwrap_or(narrow_view),
        ..ViewState::default()
    }
}

/// Boxes at least this wide may open with the controls unfolded.
pub const WIDE_BOX_PX: f64 = 900.0;

/// Whether a widget opens with its controls unfolded: only a wide box that
/// owns the page's URL and grows with its content, that is a page made for
/// the timeline. Embeds in a post, boxes of a fixed height and narrow screens
/// open on the story, the controls folded into one bar.
pub fn controls_open(owns_url: bool, fixed_height: bool, width_px: f64) -> bool {
    owns_url && !fixed_height && width_px >= WIDE_BOX_PX
}

/// A CSS length with a unit the widget can size itself by; a bare number is
/// pixels. Percentages are refused: they need a sized parent, which blog
/// layouts rarely give. Checked by hand: `str::parse::<f64>` would add
/// kilobytes of wasm for a number that is only passed on to CSS.
fn css_height(text: &str) -> Option<String> {
    let text = text.trim().to_ascii_lowercase();
    let split = text.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(text.len());
    let (number, unit) = text.split_at_checked(split)?;
    let unit = if unit.is_empty() { "px" } else { unit };
    let known = ["px", "em", "rem", "vh", "svh", "dvh", "lvh"].contains(&unit);
    let well_formed = number.matches('.').count() <= 1 && !number.starts_with('.') && !number.ends_with('.');
    let positive = number.bytes().any(|b| (b'1'..=b'9').contains(&b));
    (known && well_formed && positive).then(|| format!("{number}{unit}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::sample_timeline;
    use std::collections::HashMap;
    use tideline_model::Stance;

    fn parse(pairs: &[(&str, &str)]) -> (EmbedOptions, Vec<String>) {
        let map: HashMap<String, String> = pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        parse_options(&|name| map.get(name).cloned(), &sample_timeline())
    }

    #[test]
    fn no_options_mean_every_default() {
        assert_eq!(parse(&[]), (EmbedOptions::default(), vec![]));
    }

    #[test]
    fn every_option_is_read() {
        let (options, problems) = parse(&[
            ("filter", "stance=easing&actor=Tencent"),
            ("view", "List"),
            ("lanes", "category"),
            ("theme", "dark"),
            ("height", "600"),
            ("sync-url", ""),
        ]);
        assert_eq!(problems, Vec::<String>::new());
        assert_eq!(options.filter.stances, vec![Stance::Easing]);
        assert_eq!(options.filter.actors.len(), 1);
        assert_eq!(options.view, Some(View::List));
        assert_eq!(options.lanes, Some(Lanes::Category));
        assert_eq!(options.theme, Theme::Dark);
        assert_eq!(options.height.as_deref(), Some("600px"));
        assert_eq!(options.sync_url, Some(true));
    }

    #[test]
    fn bad_values_are_named_and_left_at_their_default() {
        let (options, problems) = parse(&[("view", "grid"), ("theme", "pink"), ("height", "50%"), ("sync-url", "maybe")]);
        for bad in ["0", "1.2.3", ".5em", "-20px", "20 px", "tall"] {
            assert_eq!(parse(&[("height", bad)]).0.height, None, "{bad}");
        }
        assert_eq!(parse(&[("height", " 40.5EM ")]).0.height.as_deref(), Some("40.5em"));
        assert_eq!(options, EmbedOptions::default());
        assert_eq!(problems.len(), 4, "{problems:?}");
        assert!(problems[0].contains("`grid` is not one of timeline, list"), "{}", problems[0]);
        assert!(problems.iter().any(|p| p.starts_with("height: `50%`")));
    }

    #[test]
    fn a_filter_keeps_its_good_parts_and_names_the_bad_ones() {
        let (filter, problems) = parse_filter("stance=easing,sideways&actor=Nobody&colour=red&from=2022-13&q=ant", &sample_timeline());
        assert_eq!(filter.stances, vec![Stance::Easing]);
        assert_eq!(filter.text, "ant");
        assert!(filter.actors.is_empty() && filter.from.is_none());
        assert_eq!(problems.len(), 4, "{problems:?}");
        assert!(problems[0].contains("`stance=sideways`"));
        assert!(problems[1].contains("`actor=Nobody`"));
        assert!(problems[2].contains("unknown key `colour`"));
    }

    #[test]
    fn only_a_wide_page_of_its_own_opens_with_the_controls_unfolded() {
        assert!(controls_open(true, false, 1280.0));
        assert!(!controls_open(false, false, 1280.0), "one of several widgets in a post");
        assert!(!controls_open(true, true, 1280.0), "a box of a fixed height, as in a frame");
        assert!(!controls_open(true, false, 360.0), "a phone");
    }

    #[test]
    fn a_shared_link_wins_over_the_options_and_a_narrow_box_opens_on_the_list() {
        let timeline = sample_timeline();
        let (options, _) = parse(&[("filter", "stance=easing"), ("lanes", "category")]);
        let opened = initial_state(&options, Some("#stance=neutral"), false, &timeline);
        assert_eq!((opened.filter.stances.as_slice(), opened.lanes), (&[Stance::Neutral][..], Lanes::One));
        let plain = initial_state(&options, Some(""), true, &timeline);
        assert_eq!((plain.filter.stances.as_slice(), plain.lanes, plain.view), (&[Stance::Easing][..], Lanes::Category, View::List));
        let (chosen, _) = parse(&[("view", "timeline")]);
        assert_eq!(initial_state(&chosen, None, true, &timeline).view, View::Timeline);
        assert_eq!(initial_state(&chosen, Some("view=list"), false, &timeline).view, View::List);
    }

    #[test]
    fn the_filter_text_round_trips() {
        let timeline = sample_timeline();
        let (filter, problems) = parse_filter("#actor=A%2C+B+%26+Co&stance=tightening", &timeline);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(parse_filter(&filter_text(&filter, &timeline), &timeline).0, filter);
    }
}
