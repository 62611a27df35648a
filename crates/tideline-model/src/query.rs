//! The query engine: which events pass a [`Filter`], and how many events each
//! facet option would leave (counting with every other facet applied, the
//! usual faceted-search rule, so an option's count is what clicking it gives).

use crate::date::CivilDate;
use crate::event::{ActorId, Category, DocumentId, Stance};
use crate::search::fold_for_search;
use crate::search_index::{events_holding_byte, for_each_event_holding, search_index};
use crate::sorted::sorted_unique;
use crate::timeline::Timeline;
use std::borrow::Cow;
use std::sync::OnceLock;

/// What the reader asked for. Empty lists mean "any".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Keep events with one of these stances.
    pub stances: Vec<Stance>,
    /// Keep events in one of these categories.
    pub categories: Vec<Category>,
    /// Keep events naming at least one of these actors.
    pub actors: Vec<ActorId>,
    /// Keep events with a source in one of these documents.
    pub documents: Vec<DocumentId>,
    /// Keep events whose period ends on or after this day.
    pub from: Option<CivilDate>,
    /// Keep events whose period starts on or before this day.
    pub to: Option<CivilDate>,
    /// Keep events whose text contains every word of this.
    pub text: String,
}

impl Filter {
    /// True when nothing is filtered.
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }
}

/// How many events each option of each facet would leave.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FacetCounts {
    /// Indexed by [`Stance::index`].
    pub stances: Vec<u32>,
    /// Indexed by [`Category::index`].
    pub categories: Vec<u32>,
    /// Indexed by [`ActorId`].
    pub actors: Vec<u32>,
    /// Indexed by [`DocumentId`].
    pub documents: Vec<u32>,
}

/// The events that pass, in chronological order, and the facet counts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QueryResult {
    /// Indexes into [`Timeline::events`].
    pub matches: Vec<usize>,
    /// Counts per facet option.
    pub facets: FacetCounts,
}

/// One event's facets, laid out for a fast scan.
struct EventFacets {
    stance: u8,
    category: u8,
    /// How many sources report the event (at most `u16::MAX`).
    reports: u16,
    /// Day numbers of the first and last day the event covers.
    first_day: i32,
    last_day: i32,
}

/// A timeline prepared for querying: per-event facets in one flat array, the
/// documents and actors of each event, and a search index (see
/// `search_index`). The index is given ready-made
/// ([`QueryEngine::with_search_index`]: build.rs embeds it for a large
/// corpus) or built apart, since folding every event's text is most of the
/// set-up time: by [`QueryEngine::prepare_search`] (what a widget calls after
/// its first paint) or by the first query with words.
pub struct QueryEngine<'t> {
    timeline: &'t Timeline,
    facets: Vec<EventFacets>,
    /// Each event's distinct documents.
    documents: Vec<Vec<DocumentId>>,
    /// All events' actors end to end; event `i`'s are `actors[actor_starts[i]..actor_starts[i + 1]]`.
    actors: Vec<ActorId>,
    actor_starts: Vec<u32>,
    /// The distinct folded words of every event's searchable text, each with
    /// the events that hold it. Search keeps substring semantics (every query
    /// word must occur somewhere in the event's text) but scans the distinct
    /// words of the corpus instead of every event's text: a query word lies
    /// inside the text exactly when it lies inside one of its words, and a
    /// corpus has far fewer distinct words than events × words.
    index: OnceLock<Cow<'t, [u8]>>,
}

/// A set of event indexes as a bitset: event `i` is bit `i % 8` of byte
/// `i / 8`, as the search index keeps one-byte terms' events ready.
struct EventSet(Vec<u8>);

impl EventSet {
    fn empty(len: usize) -> Self {
        EventSet(vec![0; len.div_ceil(8)])
    }
    /// Adds `index`; one past the set's length is ignored.
    fn insert(&mut self, index: usize) {
        if let Some(byte) = self.0.get_mut(index / 8) {
            *byte |= 1 << (index % 8);
        }
    }
    fn contains(&self, index: usize) -> bool {
        self.0[index / 8] & (1 << (index % 8)) != 0
    }
    fn intersect(&mut self, other: &EventSet) {
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a &= *b;
        }
    }
}

impl<'t> QueryEngine<'t> {
    /// Prepares `timeline` for queries: lays out each event's facets, dates,
    /// documents and actors; the search index waits for the first search.
    pub fn new(timeline: &'t Timeline) -> Self {
        let mut facets = Vec::with_capacity(timeline.events.len());
        let mut documents = Vec::with_capacity(timeline.events.len());
        let mut actors = Vec::new();
        let mut actor_starts = vec![0u32];
        for event in &timeline.events {
            facets.push(EventFacets {
                stance: event.stance.index() as u8,
                category: event.category.index() as u8,
                reports: u16::try_from(event.sources.len()).unwrap_or(u16::MAX),
                first_day: event.date.start().day_number(),
                last_day: event.end.unwrap_or(event.date).last_day().day_number(),
            });
            documents.push(sorted_unique(event.sources.iter().map(|s| s.document)));
            actors.extend_from_slice(&event.actors);
            actor_starts.push(actors.len() as u32);
        }
        QueryEngine { timeline, facets, documents, actors, actor_starts, index: OnceLock::new() }
    }

    /// Searches with `index`, the bytes [`search_index`](crate::search_index)
    /// made of this engine's timeline, instead of building them: none are
    /// built in the browser for a corpus whose index is embedded. Empty
    /// bytes (a small corpus, none embedded) change nothing.
    pub fn with_search_index(self, index: &'t [u8]) -> Self {
        if !index.is_empty() {
            let _ = self.index.set(Cow::Borrowed(index));
        }
        self
    }

    /// Builds the search index now, if it is neither given nor built yet.
    pub fn prepare_search(&self) {
        self.search_index();
    }

    fn search_index(&self) -> &[u8] {
        self.index.get_or_init(|| Cow::Owned(search_index(self.timeline)))
    }

    /// The first and last day (day numbers, inclusive) event `index` covers,
    /// its span included: computed once here, so drawing need not.
    pub fn day_span(&self, index: usize) -> Option<(i32, i32)> {
        self.facets.get(index).map(|f| (f.first_day, f.last_day))
    }

    /// Event `index`'s first day and stance, from the engine's columns: a
    /// pass over many events reads neither dates nor whole events.
    pub fn start_and_stance(&self, index: usize) -> Option<(i32, Stance)> {
        let facets = self.facets.get(index)?;
        Some((facets.first_day, *Stance::ALL.get(usize::from(facets.stance))?))
    }

    /// How many sources report event `index` (the axis names a cluster of
    /// events by the most reported), from the engine's columns: a pass over
    /// many events reads no whole events.
    pub fn reports(&self, index: usize) -> usize {
        self.facets.get(index).map_or(0, |f| usize::from(f.reports))
    }

    /// The timeline this engine queries.
    pub fn timeline(&self) -> &'t Timeline {
        self.timeline
    }

    /// The events whose text holds every word of `folded_query`, or `None`
    /// when the query has no words (everything matches).
    fn search(&self, folded_query: &str) -> Option<EventSet> {
        let mut result: Option<EventSet> = None;
        for term in folded_query.split_whitespace() {
            let mut hits = EventSet::empty(self.facets.len());
            let ready = match term.as_bytes() {
                [byte] => events_holding_byte(self.search_index(), *byte, hits.0.len()),
                _ => None,
            };
            match ready {
                // One letter (the first keystroke): its events are ready.
                Some(set) => hits = EventSet(set.to_vec()),
                None => for_each_event_holding(self.search_index(), term, |event| hits.insert(event)),
            }
            match &mut result {
                Some(set) => set.intersect(&hits),
                None => result = Some(hits),
            }
        }
        result
    }

    /// Runs `filter` over every event.
    pub fn run(&self, filter: &Filter) -> QueryResult {
        let t = self.timeline;
        let mut facets = FacetCounts {
            stances: vec![0; Stance::ALL.len()],
            categories: vec![0; Category::ALL.len()],
            actors: vec![0; t.actors.len()],
            documents: vec![0; t.documents.len()],
        };
        let searched = self.search(&fold_for_search(&filter.text));
        let from = filter.from.map_or(i32::MIN, CivilDate::day_number);
        let to = filter.to.map_or(i32::MAX, CivilDate::day_number);
        // Option masks: a bit per stance and category, all set when the facet is unused.
        let mask = |indexes: &mut dyn Iterator<Item = usize>| indexes.fold(0u32, |m, i| m | 1 << i);
        let stances = if filter.stances.is_empty() { u32::MAX } else { mask(&mut filter.stances.iter().map(|s| s.index())) };
        let categories = if filter.categories.is_empty() { u32::MAX } else { mask(&mut filter.categories.iter().map(|c| c.index())) };
        let mut matches = Vec::new();
        for (index, f) in self.facets.iter().enumerate() {
            // Facet-independent predicates first: they gate every count.
            if f.last_day < from || f.first_day > to || searched.as_ref().is_some_and(|s| !s.contains(index)) {
                continue;
            }
            let docs = &self.documents[index];
            let event_actors = &self.actors[self.actor_starts[index] as usize..self.actor_starts[index + 1] as usize];
            let stance_ok = stances & (1 << f.stance) != 0;
            let category_ok = categories & (1 << f.category) != 0;
            let actor_ok = filter.actors.is_empty() || event_actors.iter().any(|a| filter.actors.contains(a));
            let document_ok = filter.documents.is_empty() || docs.iter().any(|d| filter.documents.contains(d));
            if category_ok && actor_ok && document_ok {
                facets.stances[usize::from(f.stance)] += 1;
            }
            if stance_ok && actor_ok && document_ok {
                facets.categories[usize::from(f.category)] += 1;
            }
            if stance_ok && category_ok && document_ok {
                for actor in event_actors {
                    facets.actors[usize::from(actor.0)] += 1;
                }
            }
            if stance_ok && category_ok && actor_ok {
                for document in docs {
                    facets.documents[usize::from(document.0)] += 1;
                }
                if document_ok {
                    matches.push(index);
                }
            }
        }
        QueryResult { matches, facets }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::sample_timeline;

    #[test]
    fn an_empty_filter_keeps_every_event() {
        let t = sample_timeline();
        let result = QueryEngine::new(&t).run(&Filter::default());
        assert_eq!(result.matches, vec![0, 1, 2]);
        assert_eq!(result.facets.stances, vec![2, 1, 0]);
    }

    #[test]
    fn stance_filter_narrows_but_its_own_counts_stay_whole() {
        let t = sample_timeline();
        let filter = Filter { stances: vec![Stance::Easing], ..Filter::default() };
        let result = QueryEngine::new(&t).run(&filter);
        assert_eq!(result.matches, vec![2]);
        // Clicking "tightening" instead would give 2: counts ignore their own facet.
        assert_eq!(result.facets.stances, vec![2, 1, 0]);
        assert_eq!(result.facets.categories[Category::Meeting.index()], 1);
        assert_eq!(result.facets.categories[Category::Fine.index()], 0);
    }

    #[test]
    fn search_matches_evidence_and_actor_names_without_accents() {
        let t = sample_timeline();
        let engine = QueryEngine::new(&t);
        let by_actor = engine.run(&Filter { text: "TENCENT".into(), ..Filter::default() });
        assert_eq!(by_actor.matches, vec![1]);
        let by_evidence = engine.run(&Filter { text: "symposium".into(), ..Filter::default() });
        assert_eq!(by_evidence.matches, vec![2]);
    }

    #[test]
    fn search_words_match_inside_words_and_all_must_match() {
        let t = sample_timeline();
        let engine = QueryEngine::new(&t);
        assert_eq!(engine.run(&Filter { text: "vestigat".into(), ..Filter::default() }).matches, vec![0]);
        assert_eq!(engine.run(&Filter { text: "the fined".into(), ..Filter::default() }).matches, vec![1]);
        assert!(engine.run(&Filter { text: "tencent symposium".into(), ..Filter::default() }).matches.is_empty());
        assert_eq!(engine.run(&Filter { text: "  ".into(), ..Filter::default() }).matches, vec![0, 1, 2]);
    }

    #[test]
    fn a_one_letter_search_finds_every_event_holding_the_letter() {
        let t = sample_timeline();
        let engine = QueryEngine::new(&t);
        let search = |text: &str| engine.run(&Filter { text: text.into(), ..Filter::default() }).matches;
        assert_eq!(search("j"), [2], "Beijing");
        assert_eq!(search("y"), [1, 2], "payments, symposium");
        assert_eq!(search("Y J"), [2], "every word must match");
        assert_eq!(search("y fined"), [1]);
        assert!(search("q").is_empty());
    }

    #[test]
    fn chinese_words_are_found_inside_unsegmented_text() {
        let mut t = sample_timeline();
        t.events[2].sources[0].evidence = "关于加快推动平台经济规范健康持续发展的实施意见".into();
        let result = QueryEngine::new(&t).run(&Filter { text: "平台经济".into(), ..Filter::default() });
        assert_eq!(result.matches, vec![2]);
    }

    #[test]
    fn searching_before_or_after_preparing_the_index_gives_the_same_result() {
        let t = sample_timeline();
        let filter = Filter { text: "fined".into(), ..Filter::default() };
        let lazy = QueryEngine::new(&t).run(&filter);
        let prepared = QueryEngine::new(&t);
        prepared.prepare_search();
        assert_eq!(prepared.run(&filter), lazy);
        assert!(!lazy.matches.is_empty());
    }

    #[test]
    fn day_spans_cover_each_events_period() {
        let t = sample_timeline();
        let engine = QueryEngine::new(&t);
        for (index, event) in t.events.iter().enumerate() {
            let (first, last) = engine.day_span(index).unwrap();
            assert_eq!(first, event.date.start().day_number());
            assert_eq!(last, event.end.unwrap_or(event.date).last_day().day_number());
        }
        assert_eq!(engine.day_span(t.events.len()), None);
    }

    #[test]
    fn start_and_stance_read_from_the_columns() {
        let t = sample_timeline();
        let engine = QueryEngine::new(&t);
        for (index, event) in t.events.iter().enumerate() {
            assert_eq!(engine.start_and_stance(index), Some((event.date.start().day_number(), event.stance)));
        }
        assert_eq!(engine.start_and_stance(t.events.len()), None);
    }

    #[test]
    fn reports_count_each_events_sources() {
        let t = sample_timeline();
        let engine = QueryEngine::new(&t);
        for (index, event) in t.events.iter().enumerate() {
            assert_eq!(engine.reports(index), event.sources.len());
        }
        assert_eq!(engine.reports(t.events.len()), 0);
    }

    #[test]
    fn a_given_index_answers_as_one_built_here_and_nothing_is_built() {
        let t = sample_timeline();
        let filters = ["fined", "antitrust", "a", "zzz", "title b.md", ""].map(|text| Filter { text: text.into(), ..Filter::default() });
        let built = QueryEngine::new(&t);
        built.prepare_search();
        let bytes = crate::search_index(&t);
        let given = QueryEngine::new(&t).with_search_index(&bytes);
        assert!(matches!(given.index.get(), Some(Cow::Borrowed(_))), "the given bytes are used as they are");
        for filter in &filters {
            assert_eq!(given.run(filter), built.run(filter), "{:?}", filter.text);
        }
        assert!(matches!(given.index.get(), Some(Cow::Borrowed(_))), "searching built nothing");
        // What build.rs embeds, with the one-byte terms' events ready.
        let ready = crate::search_index_with_byte_sets(&t);
        let given = QueryEngine::new(&t).with_search_index(&ready);
        for filter in filters.iter().chain(&["t", "j", "y fined", "T A"].map(|text| Filter { text: text.into(), ..Filter::default() })) {
            assert_eq!(given.run(filter), built.run(filter), "{:?}", filter.text);
        }
        // No bytes (a small corpus, none embedded): built on first need.
        let none = QueryEngine::new(&t).with_search_index(&[]);
        assert!(none.index.get().is_none());
        assert_eq!(none.run(&filters[0]), built.run(&filters[0]));
    }

    #[test]
    fn search_narrows_the_facet_counts_too() {
        let t = sample_timeline();
        let result = QueryEngine::new(&t).run(&Filter { text: "fined".into(), ..Filter::default() });
        assert_eq!(result.facets.stances, vec![1, 0, 0]);
    }

    #[test]
    fn date_range_keeps_events_whose_period_overlaps() {
        let t = sample_timeline();
        let filter = Filter { from: CivilDate::new(2020, 12, 1).ok(), ..Filter::default() };
        // The year-precision 2020 event overlaps December 2020.
        assert_eq!(QueryEngine::new(&t).run(&filter).matches, vec![0, 1, 2]);
        let filter = Filter { from: CivilDate::new(2021, 1, 1).ok(), ..Filter::default() };
        assert_eq!(QueryEngine::new(&t).run(&filter).matches, vec![1, 2]);
    }

    #[test]
    fn actor_and_document_filters_keep_events_naming_them() {
        let t = sample_timeline();
        let engine = QueryEngine::new(&t);
        let result = engine.run(&Filter { actors: vec![ActorId(0)], ..Filter::default() });
        assert_eq!(result.matches, vec![0]);
        assert_eq!(result.facets.actors, vec![1, 1]);
        let result = engine.run(&Filter { documents: vec![DocumentId(1)], ..Filter::default() });
        assert_eq!(result.matches, vec![2]);
        assert_eq!(result.facets.documents, vec![2, 1]);
    }
}
