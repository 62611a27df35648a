//! Hand corrections from `tideline.toml`, keyed by stable event id: hide an
//! event, correct its date, stance or category, or add one. Entries that no
//! longer match anything are reported, so curation never rots silently.

use crate::config::{Curation, CONFIG_FILE};
use crate::diagnostic::Diagnostic;
use crate::merge::sort_chronologically;
use tideline_model::{Actor, ActorId, ActorKind, DocumentId, Event, EventId, Origin, Source};
use xxhash_rust::xxh3::xxh3_64;

/// Applies `curation` to `events`. `files` names each document id; actors
/// named by added events that the table lacks are appended to `actors`.
pub fn apply_curation(curation: &Curation, events: &mut Vec<Event>, actors: &mut Vec<Actor>, files: &[String]) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let stale =
        |what: &str, id: &str| Diagnostic::warning(CONFIG_FILE, 0, format!("curation {what} `{id}` matches no event; remove it or update the id"));
    for id in &curation.hide {
        let before = events.len();
        events.retain(|e| e.id.to_hex() != *id);
        if events.len() == before {
            problems.push(stale("hide", id));
        }
    }
    for fix in &curation.corrections {
        let Some(event) = events.iter_mut().find(|e| e.id.to_hex() == fix.id) else {
            problems.push(stale("correction", &fix.id));
            continue;
        };
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
        event.origin = Origin::Curated;
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
        let mut actor_ids = Vec::new();
        for name in &add.actors {
            let index = match actors.iter().position(|a| a.name == *name) {
                Some(index) => index,
                None => {
                    actors.push(Actor { name: name.clone(), kind: ActorKind::Organisation });
                    actors.len() - 1
                }
            };
            match u16::try_from(index) {
                Ok(index) => actor_ids.push(ActorId(index)),
                Err(_) => problems.push(Diagnostic::error(
                    CONFIG_FILE,
                    0,
                    format!("actor `{name}` of added event `{}` is past the 16-bit id limit; left out", add.summary),
                )),
            }
        }
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
    problems
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
            Curation { corrections: vec![Correction { id: EventId(2).to_hex(), date: later, stance: None, category: None }], ..Curation::default() };
        let problems = apply_curation(&curation, &mut events, &mut vec![], &[]);
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
            corrections: vec![Correction { id: EventId(2).to_hex(), date: None, stance: Some(Stance::Easing), category: None }],
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
        let problems = apply_curation(&curation, &mut events, &mut actors, &["a.txt".into()]);
        assert!(problems.is_empty());
        assert_eq!(events.len(), 2);
        assert_eq!((events[0].stance, events[0].origin), (Stance::Easing, Origin::Curated));
        assert_eq!(events[1].origin, Origin::Curated);
        assert_eq!(actors[0].name, "Ant Group");
    }

    #[test]
    fn stale_entries_are_reported() {
        let mut events = vec![event(1)];
        let curation = Curation { hide: vec!["ffffffffffff".into()], ..Curation::default() };
        let problems = apply_curation(&curation, &mut events, &mut vec![], &[]);
        assert_eq!(problems.len(), 1);
        assert!(problems[0].message.contains("ffffffffffff"));
        assert_eq!(events.len(), 1);
    }
}
