//! Hand corrections from `tideline.toml`, keyed by stable event id: hide an
//! event, correct its date, stance, category, headline or actors, or add one.
//! Entries that no longer match anything are reported, so curation never rots
//! silently. What it hid and corrected is recorded for the review panel.

use crate::config::{Correction, Curation, CONFIG_FILE};
use crate::diagnostic::Diagnostic;
use crate::merge::sort_chronologically;
use tideline_model::{Actor, ActorId, ActorKind, CurationRecord, DocumentId, Event, EventId, Origin, Source};
use xxhash_rust::xxh3::xxh3_64;

/// Applies `curation` to `events`. `files` names each document id; actors
/// named by added or corrected events that the table lacks are appended to
/// `actors`. Returns the problems found and what was hidden and corrected.
pub fn apply_curation(curation: &Curation, events: &mut Vec<Event>, actors: &mut Vec<Actor>, files: &[String]) -> (Vec<Diagnostic>, CurationRecord) {
    let mut problems = Vec::new();
    let mut record = CurationRecord::default();
    let stale =
        |what: &str, id: &str| Diagnostic::warning(CONFIG_FILE, 0, format!("curation {what} `{id}` matches no event; remove it or update the id"));
    let hidden_by_correction = curation.corrections.iter().filter(|fix| fix.hide).map(|fix| &fix.id);
    for id in curation.hide.iter().chain(hidden_by_correction) {
        let (hidden, kept): (Vec<Event>, Vec<Event>) = std::mem::take(events).into_iter().partition(|e| e.id.to_hex() == *id);
        *events = kept;
        if hidden.is_empty() && !record.hidden.iter().any(|e| e.id.to_hex() == *id) {
            problems.push(stale("hide", id));
        }
        record.hidden.extend(hidden);
    }
    for fix in curation.corrections.iter().filter(|fix| !fix.hide) {
        let Some(event) = events.iter_mut().find(|e| e.id.to_hex() == fix.id) else {
            if !record.hidden.iter().any(|e| e.id.to_hex() == fix.id) {
                problems.push(stale("correction", &fix.id));
            }
            continue;
        };
        if record.before_correction(event.id).is_none() {
            record.corrected.push(event.clone());
        }
        correct(event, fix, actors, &mut problems);
    }
    for add in &curation.additions {
        let Some(document) = files.iter().position(|f| *f == add.file) else {
            problems.push(Diagnostic::error(
                CONFIG_FILE,
                0,
                format!("added event `{}` cites `{}`, which is not in the corpus", add.summary, add.file),
            ));
            continue;
        };
        let Ok(document) = u16::try_from(document) else {
            problems.push(Diagnostic::error(CONFIG_FILE, 0, format!("added event `{}` cites a document past the 16-bit id limit", add.summary)));
            continue;
        };
        let what = format!("added event `{}`", add.summary);
        let actor_ids = add.actors.iter().filter_map(|name| actor_id(name, actors, &what, &mut problems)).collect();
        let key = format!("curated|{}|{}|{}", add.date, add.file, add.summary);
        events.push(Event {
            id: EventId(xxh3_64(key.as_bytes()) & 0xFFFF_FFFF_FFFF),
            kind: add.kind,
            date: add.date,
            end: add.end,
            stance: add.stance,
            category: add.category,
            summary: add.summary.clone(),
            actors: actor_ids,
            amounts: Vec::new(),
            sources: vec![Source { document: DocumentId(document), evidence: add.evidence.clone(), line: add.line }],
            cues: Vec::new(),
            origin: Origin::Curated,
        });
    }
    sort_chronologically(events);
    let position = |id: EventId| events.iter().position(|e| e.id == id);
    record.corrected.sort_by_key(|e| position(e.id));
    (problems, record)
}

/// Applies one correction to the event it names.
fn correct(event: &mut Event, fix: &Correction, actors: &mut Vec<Actor>, problems: &mut Vec<Diagnostic>) {
    if let Some(date) = fix.date {
        event.date = date;
        // A span cannot end before it starts: the old end no longer fits.
        if let Some(end) = event.end.filter(|end| end.last_day() < date.start()) {
            event.end = None;
            problems.push(Diagnostic::warning(
                CONFIG_FILE,
                0,
                format!("correction of `{}` moves its date to {date}, after its end {end}; the end is dropped", fix.id),
            ));
        }
    }
    if let Some(stance) = fix.stance {
        event.stance = stance;
    }
    if let Some(category) = fix.category {
        event.category = category;
    }
    if let Some(summary) = &fix.summary {
        event.summary.clone_from(summary);
    }
    if let Some(names) = &fix.actors {
        let what = format!("the correction of `{}`", fix.id);
        event.actors = names.iter().filter_map(|name| actor_id(name, actors, &what, problems)).collect();
    }
    event.origin = Origin::Curated;
}

/// The id of the actor called `name`, added to `actors` (as an organisation)
/// when the table lacks it; `None`, with an error naming `what` asked for it,
/// past the 16-bit id limit.
fn actor_id(name: &str, actors: &mut Vec<Actor>, what: &str, problems: &mut Vec<Diagnostic>) -> Option<ActorId> {
    let index = match actors.iter().position(|a| a.name == name) {
        Some(index) => index,
        None => {
            actors.push(Actor { name: name.to_owned(), kind: ActorKind::Organisation });
            actors.len() - 1
        }
    };
    let id = u16::try_from(index).ok().map(ActorId);
    if id.is_none() {
        problems.push(Diagnostic::error(CONFIG_FILE, 0, format!("actor `{name}` of {what} is past the 16-bit id limit; left out")));
    }
    id
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{Addition, Correction};
    use tideline_model::{Category, EventDate, EventKind, Stance};

    fn event(id: u64) -> Event {
        Event {
            id: EventId(id),
            kind: EventKind::Event,
            date: EventDate::year(2021).unwrap(),
            end: None,
            stance: Stance::Neutral,
            category: Category::Other,
            summary: "s".into(),
            actors: vec![],
            amounts: vec![],
            sources: vec![],
            cues: vec![],
            origin: Origin::Extracted,
        }
    }

    #[test]
    fn a_correction_moving_the_date_past_the_end_drops_the_end_with_a_warning() {
        let mut spanning = event(2);
        spanning.end = EventDate::year(2022).ok();
        let mut events = vec![spanning];
        let later = EventDate::month(2023, 5).ok();
        let curation =
            Curation { corrections: vec![Correction { id: EventId(2).to_hex(), date: later, ..Correction::default() }], ..Curation::default() };
        let (problems, _) = apply_curation(&curation, &mut events, &mut vec![], &[]);
        assert_eq!(events[0].date.to_string(), "2023-05");
        assert_eq!(events[0].end, None);
        assert!(problems.iter().any(|p| p.message.contains("after its end 2022")), "{problems:?}");
    }

    #[test]
    fn hide_correct_and_add_apply_and_mark_curated() {
        let mut events = vec![event(1), event(2)];
        let mut actors = vec![];
        let curation = Curation {
            hide: vec![EventId(1).to_hex()],
            corrections: vec![Correction { id: EventId(2).to_hex(), stance: Some(Stance::Easing), ..Correction::default() }],
            additions: vec![Addition {
                date: EventDate::month(2022, 3).unwrap(),
                end: None,
                kind: EventKind::Event,
                summary: "Added".into(),
                stance: Stance::Tightening,
                category: Category::Fine,
                actors: vec!["Ant Group".into()],
                file: "a.txt".into(),
                evidence: "Ant Group was fined.".into(),
                line: 0,
            }],
        };
        let (problems, _) = apply_curation(&curation, &mut events, &mut actors, &["a.txt".into()]);
        assert!(problems.is_empty());
        assert_eq!(events.len(), 2);
        assert_eq!((events[0].stance, events[0].origin), (Stance::Easing, Origin::Curated));
        assert_eq!(events[1].origin, Origin::Curated);
        assert_eq!(actors[0].name, "Ant Group");
    }

    #[test]
    fn stale_entries_are_reported() {
        let mut events = vec![event(1)];
        let curation = Curation {
            hide: vec!["ffffffffffff".into()],
            corrections: vec![Correction { id: "fffffffffffe".into(), hide: true, ..Correction::default() }],
            ..Curation::default()
        };
        let (problems, record) = apply_curation(&curation, &mut events, &mut vec![], &[]);
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems[0].message.contains("ffffffffffff"));
        assert!(problems[1].message.contains("fffffffffffe"));
        assert_eq!(events.len(), 1);
        assert_eq!(record, CurationRecord::default());
    }

    #[test]
    fn hide_true_in_a_correction_hides_like_the_hide_list_and_both_are_recorded() {
        let mut events = vec![event(1), event(2), event(3)];
        let curation = Curation {
            hide: vec![EventId(1).to_hex()],
            corrections: vec![Correction { id: EventId(3).to_hex(), hide: true, stance: Some(Stance::Easing), ..Correction::default() }],
            ..Curation::default()
        };
        let (problems, record) = apply_curation(&curation, &mut events, &mut vec![], &[]);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(events.iter().map(|e| e.id).collect::<Vec<_>>(), [EventId(2)]);
        assert_eq!(
            record.hidden.iter().map(|e| (e.id, e.stance)).collect::<Vec<_>>(),
            [(EventId(1), Stance::Neutral), (EventId(3), Stance::Neutral)]
        );
        assert!(record.corrected.is_empty());
    }

    #[test]
    fn headline_and_actors_are_corrected_and_the_event_before_is_recorded() {
        let mut before = event(2);
        before.actors = vec![ActorId(0)];
        let mut events = vec![event(1), before.clone()];
        let mut actors =
            vec![Actor { name: "Alibaba".into(), kind: ActorKind::Company }, Actor { name: "Ant Group".into(), kind: ActorKind::Company }];
        let fix = Correction {
            id: EventId(2).to_hex(),
            summary: Some("Regulators fine Ant Group".into()),
            actors: Some(vec!["Ant Group".into(), "Hopper".into()]),
            ..Correction::default()
        };
        let curation = Curation { corrections: vec![fix], ..Curation::default() };
        let (problems, record) = apply_curation(&curation, &mut events, &mut actors, &[]);
        assert!(problems.is_empty(), "{problems:?}");
        let corrected = events.iter().find(|e| e.id == EventId(2)).expect("still shown");
        assert_eq!(corrected.summary, "Regulators fine Ant Group");
        assert_eq!(corrected.actors, [ActorId(1), ActorId(2)]);
        assert_eq!(corrected.origin, Origin::Curated);
        assert_eq!((actors[2].name.as_str(), actors[2].kind), ("Hopper", ActorKind::Organisation));
        assert_eq!(record.corrected, [before]);
    }

    #[test]
    fn a_correction_of_a_hidden_event_is_not_stale() {
        let mut events = vec![event(1)];
        let curation = Curation {
            hide: vec![EventId(1).to_hex()],
            corrections: vec![Correction { id: EventId(1).to_hex(), stance: Some(Stance::Easing), ..Correction::default() }],
            ..Curation::default()
        };
        let (problems, record) = apply_curation(&curation, &mut events, &mut vec![], &[]);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!((events.len(), record.hidden.len(), record.corrected.len()), (0, 1, 0));
    }
}
