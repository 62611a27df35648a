//! The query engine: which events pass a [`Filter`], and how many events each
//! facet option would leave (counting with every other facet applied, the
//! usual faceted-search rule, so an option's count is what clicking it gives).

use crate::date::CivilDate;
use crate::event::{ActorId, Category, DocumentId, Stance};
use crate::search::{fold_for_search, matches_all_terms};
use crate::timeline::Timeline;

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

/// A timeline prepared for querying: per-event folded search text.
pub struct QueryEngine<'t> {
    timeline: &'t Timeline,
    haystacks: Vec<String>,
}

impl<'t> QueryEngine<'t> {
    /// Prepares `timeline` for queries (folds each event's searchable text once).
    pub fn new(timeline: &'t Timeline) -> Self {
        let haystacks = timeline
            .events
            .iter()
            .map(|event| {
                let mut text = String::new();
                text.push_str(&event.summary);
                for source in &event.sources {
                    text.push('\n');
                    text.push_str(&source.evidence);
                    if let Some(title) = timeline.document(source.document).and_then(|d| d.title.as_deref()) {
                        text.push('\n');
                        text.push_str(title);
                    }
                }
                for actor in event.actors.iter().filter_map(|id| timeline.actor(*id)) {
                    text.push('\n');
                    text.push_str(&actor.name);
                }
                fold_for_search(&text)
            })
            .collect();
        QueryEngine { timeline, haystacks }
    }

    /// The timeline this engine queries.
    pub fn timeline(&self) -> &'t Timeline {
        self.timeline
    }

    /// Runs `filter` over every event.
    pub fn run(&self, filter: &Filter) -> QueryResult {
        let query = fold_for_search(&filter.text);
        let t = self.timeline;
        let mut facets = FacetCounts {
            stances: vec![0; Stance::ALL.len()],
            categories: vec![0; Category::ALL.len()],
            actors: vec![0; t.actors.len()],
            documents: vec![0; t.documents.len()],
        };
        let mut matches = Vec::new();
        for (index, event) in t.events.iter().enumerate() {
            // Facet-independent predicates first: they gate every count.
            let in_range = filter.from.is_none_or(|from| event.end.unwrap_or(event.date).last_day() >= from)
                && filter.to.is_none_or(|to| event.date.start() <= to);
            if !in_range || !matches_all_terms(&self.haystacks[index], &query) {
                continue;
            }
            let stance_ok = filter.stances.is_empty() || filter.stances.contains(&event.stance);
            let category_ok = filter.categories.is_empty() || filter.categories.contains(&event.category);
            let actor_ok = filter.actors.is_empty() || event.actors.iter().any(|a| filter.actors.contains(a));
            let document_ok = filter.documents.is_empty()
                || event.sources.iter().any(|s| filter.documents.contains(&s.document));
            if category_ok && actor_ok && document_ok {
                facets.stances[event.stance.index()] += 1;
            }
            if stance_ok && actor_ok && document_ok {
                facets.categories[event.category.index()] += 1;
            }
            if stance_ok && category_ok && document_ok {
                for actor in &event.actors {
                    facets.actors[usize::from(actor.0)] += 1;
                }
            }
            if stance_ok && category_ok && actor_ok {
                let mut seen: Vec<DocumentId> = Vec::new();
                for source in &event.sources {
                    if !seen.contains(&source.document) {
                        seen.push(source.document);
                        facets.documents[usize::from(source.document.0)] += 1;
                    }
                }
            }
            if stance_ok && category_ok && actor_ok && document_ok {
                matches.push(index);
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
