//! What the reader has chosen — filter, visible window, lanes, view and the
//! selected event — and its readable URL-hash form. Pure, so every change and
//! the hash round trip are tested natively; `view::url` does the browser part.

use tideline_model::{insert_sorted, sorted_unique, ActorId, Category, CivilDate, DocumentId, EventDate, EventId, Filter, Stance, Timeline};

/// How the axis splits events into horizontal lanes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lanes {
    /// Every event in one lane.
    #[default]
    One,
    /// One lane per category.
    Category,
    /// One lane per kind of the event's first actor.
    ActorKind,
}

impl Lanes {
    /// Every choice, in menu order.
    pub const ALL: [Lanes; 3] = [Lanes::One, Lanes::Category, Lanes::ActorKind];

    /// The name used in the URL.
    pub fn as_str(self) -> &'static str {
        match self {
            Lanes::One => "one",
            Lanes::Category => "category",
            Lanes::ActorKind => "actor",
        }
    }

    /// What a menu shows.
    pub fn label(self) -> &'static str {
        match self {
            Lanes::One => "One lane",
            Lanes::Category => "By category",
            Lanes::ActorKind => "By actor kind",
        }
    }

    fn from_name(name: &str) -> Option<Self> {
        Lanes::ALL.into_iter().find(|l| l.as_str() == name)
    }
}

/// Which presentation is in front.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    /// The axis with markers and the overview strip.
    #[default]
    Timeline,
    /// The events grouped by year and month.
    List,
}

/// The reader's choices.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    /// The active filter.
    pub filter: Filter,
    /// Visible days on the axis (first, after-last); `None` fits every event.
    pub window: Option<(i32, i32)>,
    /// How the axis is split into lanes.
    pub lanes: Lanes,
    /// Timeline or list.
    pub view: View,
    /// The event whose detail card is open.
    pub selected: Option<EventId>,
    /// The guided mode: Previous/Next step through the filtered events with
    /// the card open and the axis following.
    pub guided: bool,
}

/// Adds `item` to `list` when absent, removes it when present; keeps order.
fn toggle<T: PartialEq + Ord>(list: &mut Vec<T>, item: T) {
    match list.iter().position(|x| *x == item) {
        Some(at) => {
            list.remove(at);
        }
        None => insert_sorted(list, item),
    }
}

impl ViewState {
    /// Shows or hides events of `stance`: an empty stance list means all, so
    /// turning one on from "all" shows only that one.
    pub fn toggle_stance(&mut self, stance: Stance) {
        toggle(&mut self.filter.stances, stance);
        if self.filter.stances.len() == Stance::ALL.len() {
            self.filter.stances.clear();
        }
    }

    /// Adds or removes a category from the filter.
    pub fn toggle_category(&mut self, category: Category) {
        toggle(&mut self.filter.categories, category);
    }

    /// Adds or removes an actor from the filter.
    pub fn toggle_actor(&mut self, actor: ActorId) {
        toggle(&mut self.filter.actors, actor);
    }

    /// Adds or removes a source document from the filter.
    pub fn toggle_document(&mut self, document: DocumentId) {
        toggle(&mut self.filter.documents, document);
    }

    /// Sets the search text.
    pub fn set_search(&mut self, text: &str) {
        self.filter.text = text.trim().to_owned();
    }

    /// Keeps events from the first day of `month` ("2022-01"); empty or
    /// unreadable text removes the bound.
    pub fn set_from_month(&mut self, month: &str) {
        self.filter.from = EventDate::parse_iso(month).map(|d| d.start());
    }

    /// Keeps events up to the last day of `month`; empty or unreadable text
    /// removes the bound.
    pub fn set_to_month(&mut self, month: &str) {
        self.filter.to = EventDate::parse_iso(month).map(|d| d.last_day());
    }

    /// How many choices narrow the events (each stance, category, actor and
    /// source chosen, each date bound, the search words), as the folded
    /// controls' "Filters · 2 active" says.
    pub fn active_filters(&self) -> usize {
        let f = &self.filter;
        f.stances.len()
            + f.categories.len()
            + f.actors.len()
            + f.documents.len()
            + usize::from(f.from.is_some())
            + usize::from(f.to.is_some())
            + usize::from(!f.text.is_empty())
    }

    /// Removes every filter; the window, lanes and view stay.
    pub fn clear_filters(&mut self) {
        self.filter = Filter::default();
    }

    /// Parses a URL hash (with or without `#`). Unknown keys, unknown names
    /// and malformed values are ignored, so any link opens something sensible.
    pub fn from_hash(hash: &str, timeline: &Timeline) -> ViewState {
        let mut state = ViewState::default();
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        for pair in hash.split('&') {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let items = || value.split(',').take(MAX_LIST_ITEMS).map(percent_decode).filter(|s| !s.is_empty());
            let f = &mut state.filter;
            match key {
                "stance" => f.stances = sorted_unique(items().filter_map(|s| Stance::from_name(&s))),
                "cat" => f.categories = sorted_unique(items().filter_map(|s| Category::from_name(&s))),
                "actor" => {
                    let find = |name: String| timeline.actors.iter().position(|a| a.name == name);
                    f.actors = sorted_unique(items().filter_map(find).map(|i| ActorId(i as u16)));
                }
                "doc" => {
                    let find = |file: String| timeline.documents.iter().position(|d| d.file == file);
                    f.documents = sorted_unique(items().filter_map(find).map(|i| DocumentId(i as u16)));
                }
                "from" => f.from = EventDate::parse_iso(value).map(|d| d.start()),
                "to" => f.to = EventDate::parse_iso(value).map(|d| d.last_day()),
                "q" => f.text = bounded_query(&percent_decode(value)),
                "window" => state.window = parse_window(value),
                "lanes" => state.lanes = Lanes::from_name(value).unwrap_or_default(),
                "view" if value == "list" => state.view = View::List,
                "event" => state.selected = EventId::from_hex(value),
                "guide" => state.guided = value == "on",
                _ => {}
            }
        }
        if state.filter.stances.len() == Stance::ALL.len() {
            state.filter.stances.clear();
        }
        state
    }

    /// The hash (without `#`) that [`Self::from_hash`] reads back; defaults
    /// are left out, so an untouched widget has an empty hash.
    pub fn to_hash(&self, timeline: &Timeline) -> String {
        let mut out = HashWriter::default();
        let f = &self.filter;
        out.list("stance", f.stances.iter().map(|s| s.as_str()));
        out.list("cat", f.categories.iter().map(|c| c.as_str()));
        out.list("actor", f.actors.iter().filter_map(|a| timeline.actor(*a)).map(|a| a.name.as_str()));
        out.list("doc", f.documents.iter().filter_map(|d| timeline.document(*d)).map(|d| d.file.as_str()));
        if let Some(from) = f.from {
            out.raw("from", &bound_text(from, from.day() == 1));
        }
        if let Some(to) = f.to {
            let month_end = EventDate::month(to.year(), to.month()).map(|m| m.last_day() == to).unwrap_or(false);
            out.raw("to", &bound_text(to, month_end));
        }
        out.list("q", (!f.text.is_empty()).then_some(f.text.as_str()).into_iter());
        if let Some((start, end)) = self.window {
            let last = CivilDate::from_day_number(end - 1);
            out.raw("window", &format!("{}..{}", day_text(CivilDate::from_day_number(start)), day_text(last)));
        }
        if self.lanes != Lanes::One {
            out.raw("lanes", self.lanes.as_str());
        }
        if self.view == View::List {
            out.raw("view", "list");
        }
        if let Some(id) = self.selected {
            out.raw("event", &id.to_hex());
        }
        if self.guided {
            out.raw("guide", "on");
        }
        out.text
    }
}

/// Names a link may list per key: more than any reader picks, few enough
/// that a crafted link cannot make the lookups slow.
const MAX_LIST_ITEMS: usize = 256;

/// Characters of search text a link may carry (the search box's own limit).
pub const MAX_QUERY_CHARS: usize = 200;

/// Search text from a link, trimmed and cut to [`MAX_QUERY_CHARS`].
fn bounded_query(text: &str) -> String {
    let text = text.trim();
    let end = text.char_indices().nth(MAX_QUERY_CHARS).map_or(text.len(), |(at, _)| at);
    text.get(..end).unwrap_or(text).trim_end().to_owned()
}

/// `2021-03-01..2022-04-30` → first day and the day after the last.
fn parse_window(value: &str) -> Option<(i32, i32)> {
    let dots = tideline_model::find(value, "..")?;
    let (from, to) = (value.get(..dots)?, value.get(dots + 2..)?);
    let start = EventDate::parse_iso(from)?.start().day_number();
    let end = EventDate::parse_iso(to)?.last_day().day_number() + 1;
    (start < end).then(|| crate::layout::TimeScale::new(start, end).clamped())
}

/// A day as `2022-01-31`.
pub(crate) fn day_text(date: CivilDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// A bound as a month ("2022-01") when it falls on the month's edge, else a day.
fn bound_text(date: CivilDate, on_month_edge: bool) -> String {
    if on_month_edge {
        format!("{:04}-{:02}", date.year(), date.month())
    } else {
        day_text(date)
    }
}

#[derive(Default)]
struct HashWriter {
    text: String,
}

impl HashWriter {
    fn raw(&mut self, key: &str, value: &str) {
        if !self.text.is_empty() {
            self.text.push('&');
        }
        self.text.push_str(key);
        self.text.push('=');
        self.text.push_str(value);
    }

    fn list<'a>(&mut self, key: &str, values: impl Iterator<Item = &'a str>) {
        let encoded: Vec<String> = values.map(percent_encode).collect();
        if !encoded.is_empty() {
            self.raw(key, &encoded.join(","));
        }
    }
}

/// Percent-encodes all but unreserved characters; a space becomes `+` so
/// hashes stay readable. Commas are encoded because they separate lists.
pub fn percent_encode(text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => out.push(char::from(byte)),
            b' ' => out.push('+'),
            _ => {
                out.push('%');
                out.push(char::from(HEX[usize::from(byte >> 4)]));
                out.push(char::from(HEX[usize::from(byte & 15)]));
            }
        }
    }
    out
}

/// Reverses [`percent_encode`]; malformed escapes are kept as written and
/// invalid UTF-8 is replaced, never an error.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| char::from(b).to_digit(16);
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(hi), Some(lo)) => {
                    out.push((hi * 16 + lo) as u8);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            other => out.push(other),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::sample_timeline;

    #[test]
    fn choosing_every_stance_is_the_same_as_choosing_none() {
        let mut state = ViewState::default();
        state.toggle_stance(Stance::Easing);
        assert_eq!(state.filter.stances, vec![Stance::Easing]);
        state.toggle_stance(Stance::Tightening);
        state.toggle_stance(Stance::Neutral);
        assert!(state.filter.stances.is_empty());
    }

    #[test]
    fn toggling_twice_restores_the_filter() {
        let mut state = ViewState::default();
        state.toggle_stance(Stance::Neutral);
        state.toggle_stance(Stance::Neutral);
        state.toggle_category(Category::Fine);
        state.toggle_category(Category::Fine);
        state.toggle_actor(ActorId(1));
        state.toggle_actor(ActorId(1));
        state.toggle_document(DocumentId(0));
        state.toggle_document(DocumentId(0));
        assert_eq!(state, ViewState::default());
    }

    #[test]
    fn search_text_is_trimmed() {
        let mut state = ViewState::default();
        state.set_search("  Ant Group ");
        assert_eq!(state.filter.text, "Ant Group");
    }

    #[test]
    fn month_bounds_cover_whole_months_and_empty_text_clears_them() {
        let mut state = ViewState::default();
        state.set_from_month("2022-01");
        state.set_to_month("2023-02");
        assert_eq!(state.filter.from, CivilDate::new(2022, 1, 1).ok());
        assert_eq!(state.filter.to, CivilDate::new(2023, 2, 28).ok());
        state.set_from_month("");
        assert_eq!(state.filter.from, None);
    }

    #[test]
    fn clearing_filters_keeps_the_view() {
        let mut state = ViewState { view: View::List, lanes: Lanes::Category, ..ViewState::default() };
        state.toggle_category(Category::Fine);
        state.set_search("fine");
        state.clear_filters();
        assert!(state.filter.is_empty());
        assert_eq!((state.view, state.lanes), (View::List, Lanes::Category));
    }

    #[test]
    fn every_chosen_value_counts_as_one_active_filter() {
        let mut state = ViewState::default();
        assert_eq!(state.active_filters(), 0);
        state.toggle_stance(Stance::Easing);
        state.toggle_category(Category::Fine);
        state.toggle_category(Category::Meeting);
        state.set_from_month("2022-01");
        state.set_search("fine");
        assert_eq!(state.active_filters(), 5);
        state.window = Some((0, 10));
        state.selected = Some(EventId(1));
        assert_eq!(state.active_filters(), 5, "where the reader looks is no filter");
    }

    #[test]
    fn an_untouched_state_has_an_empty_hash() {
        assert_eq!(ViewState::default().to_hash(&sample_timeline()), "");
        assert_eq!(ViewState::from_hash("", &sample_timeline()), ViewState::default());
    }

    #[test]
    fn every_choice_survives_the_hash_round_trip() {
        let t = sample_timeline();
        let mut state = ViewState {
            window: Some((CivilDate::new(2021, 3, 1).unwrap().day_number(), CivilDate::new(2022, 5, 1).unwrap().day_number())),
            lanes: Lanes::Category,
            view: View::List,
            selected: EventId::from_hex("0abcdef01234"),
            guided: true,
            ..ViewState::default()
        };
        state.toggle_stance(Stance::Easing);
        state.toggle_category(Category::Fine);
        state.toggle_category(Category::Meeting);
        state.toggle_actor(ActorId(0));
        state.toggle_actor(ActorId(2));
        state.toggle_document(DocumentId(1));
        state.set_from_month("2022-01");
        state.set_to_month("2023-07");
        state.set_search("fine, 100% ünïcode");
        let hash = state.to_hash(&t);
        assert_eq!(
            hash,
            "stance=easing&cat=fine,meeting&actor=Ant+Group,A%2C+B+%26+Co&doc=b.md&from=2022-01&to=2023-07\
             &q=fine%2C+100%25+%C3%BCn%C3%AFcode&window=2021-03-01..2022-04-30&lanes=category&view=list&event=0abcdef01234&guide=on"
        );
        assert_eq!(ViewState::from_hash(&format!("#{hash}"), &t), state);
    }

    #[test]
    fn day_bounds_stay_days() {
        let t = sample_timeline();
        let state = ViewState::from_hash("from=2022-01-15&to=2022-03-10", &t);
        assert_eq!(state.filter.from, CivilDate::new(2022, 1, 15).ok());
        assert_eq!(state.to_hash(&t), "from=2022-01-15&to=2022-03-10");
    }

    #[test]
    fn malformed_and_unknown_parts_are_ignored() {
        let t = sample_timeline();
        let state = ViewState::from_hash(
            "#stance=easing,bogus&cat=&actor=Nobody&doc=missing.txt&from=2022-13&to=soon&window=2023..2020\
             &lanes=diagonal&view=grid&event=xyz&q=%ZZ%&zoom=3&&=&junk",
            &t,
        );
        assert_eq!(state.filter.stances, vec![Stance::Easing]);
        assert_eq!(state.filter.text, "%ZZ%");
        let rest = ViewState { filter: Filter { stances: vec![], text: String::new(), ..state.filter.clone() }, ..state };
        assert_eq!(rest, ViewState::default());
    }

    #[test]
    fn a_crafted_link_is_bounded() {
        let timeline = sample_timeline();
        let long = format!("q={}&window=0001-01-01..9999-12-31&stance={}", "word+".repeat(5_000), "easing,".repeat(100_000));
        let state = ViewState::from_hash(&long, &timeline);
        assert!(state.filter.text.chars().count() <= MAX_QUERY_CHARS);
        let (start, end) = state.window.unwrap();
        assert_eq!(end - start, crate::layout::MAX_WINDOW_DAYS);
        assert_eq!(state.filter.stances, vec![Stance::Easing]);
        let narrow = ViewState::from_hash("window=2021-01-01..2021-01-01", &timeline);
        assert_eq!(narrow.window.map(|(a, b)| b - a), Some(crate::layout::MIN_WINDOW_DAYS));
    }

    #[test]
    fn percent_coding_round_trips_any_text() {
        for text in ["", "plain", "a b,c&d=e#f", "中国人民银行", "100%"] {
            assert_eq!(percent_decode(&percent_encode(text)), text);
        }
        assert_eq!(percent_decode("%4"), "%4");
    }
}
