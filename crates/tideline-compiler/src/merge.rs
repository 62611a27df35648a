//! Event mentions → events. Mentions of the same real-world event (same date,
//! kind and category, sharing an actor) become one event with several sources.
//! Ids are hashes of content, not positions, so they survive rebuilds.

use crate::actors::ActorMention;
use crate::events::{DatedBy, EventMention};
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::BTreeMap;
use tideline_model::{Actor, ActorId, ActorKind, Category, CivilDate, Event, EventDate, EventId, EventKind, Origin, Precision, Source, Stance};
use xxhash_rust::xxh3::xxh3_64;

/// A content-derived id: the date, the first source's file and sentence.
/// 48 bits, so it prints as 12 hex digits.
fn content_id(mention: &EventMention, file: &str, salt: u32) -> EventId {
    let key = content_key(mention, file, salt);
    EventId(xxh3_64(key.as_bytes()) & 0xFFFF_FFFF_FFFF)
}

/// The text a content id hashes: `date|end|file|evidence|salt`, the end
/// empty when there is none. Built in one allocation with the dates' digits
/// pushed by hand: `format!` and the dates' `Display` were 3% of a compile.
fn content_key(mention: &EventMention, file: &str, salt: u32) -> String {
    let mut key = String::with_capacity(file.len() + mention.evidence.len() + 40);
    push_date(&mut key, mention.date);
    key.push('|');
    if let Some(end) = mention.end {
        push_date(&mut key, end);
    }
    key.push('|');
    key.push_str(file);
    key.push('|');
    key.push_str(&mention.evidence);
    key.push('|');
    push_decimal(&mut key, salt, 1);
    key
}

/// Appends `date` as its `Display` prints it (`2023-07-12`, `2023-07`,
/// `2023-Q3`, `2023`); a year outside 0..=9999 (the model allows none) goes
/// through `Display` itself.
fn push_date(key: &mut String, date: EventDate) {
    let start = date.start();
    let year = match u32::try_from(start.year()) {
        Ok(year) if year <= 9999 => year,
        _ => {
            key.push_str(&date.to_string());
            return;
        }
    };
    push_decimal(key, year, 4);
    match date.precision() {
        Precision::Day => {
            key.push('-');
            push_decimal(key, start.month(), 2);
            key.push('-');
            push_decimal(key, start.day(), 2);
        }
        Precision::Month => {
            key.push('-');
            push_decimal(key, start.month(), 2);
        }
        Precision::Quarter => {
            key.push_str("-Q");
            push_decimal(key, date.quarter_number(), 1);
        }
        Precision::Year => {}
    }
}

/// Appends `value` in decimal, zero-padded to at least `width` digits.
fn push_decimal(key: &mut String, value: u32, width: usize) {
    let mut digits = [b'0'; 10];
    let mut start = digits.len();
    let mut rest = value;
    loop {
        start -= 1;
        digits[start] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    start = start.min(digits.len().saturating_sub(width));
    for &digit in &digits[start..] {
        key.push(char::from(digit));
    }
}

/// Majority stance of a group's mentions; ties go to the first mention.
fn majority_stance(group: &[usize], mentions: &[EventMention]) -> Stance {
    let mut counts = [0usize; 3];
    for &m in group {
        counts[mentions[m].classification.stance.index()] += 1;
    }
    let best = counts.iter().copied().max().unwrap_or(0);
    let first = mentions[group[0]].classification.stance;
    if counts[first.index()] == best {
        first
    } else {
        Stance::ALL.iter().copied().find(|s| counts[s.index()] == best).unwrap_or(first)
    }
}

/// `items` stable-sorted by `compare`, in the order `sort_by` gives. Sorts
/// indices and moves each item once: sorting the large mentions in place
/// moved each of them at every merge pass.
fn sorted_by<T>(items: Vec<T>, mut compare: impl FnMut(&T, &T) -> std::cmp::Ordering) -> Vec<T> {
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by(|&a, &b| compare(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    order.into_iter().filter_map(|i| slots[i].take()).collect()
}

/// Groups sorted `mentions` (by index) into events. A mention joins the
/// earliest group whose first mention has the same date, end, kind and
/// category and shares an actor with it. The first group of each
/// (key, actor) is indexed so merging stays linear in corpus size: scanning
/// every group with the same key was quadratic when many events share a
/// month or a year.
fn group_mentions(mentions: &[EventMention]) -> Vec<Vec<usize>> {
    type Key = (EventDate, Option<EventDate>, EventKind, Category);
    let mut groups: Vec<Vec<usize>> = Vec::new();
    // Fx: these keys are hashed once per mention and actor, and SipHash's
    // resistance to crafted keys buys nothing for a corpus one compiles oneself.
    let mut first_group: FxHashMap<(Key, &str), usize> = FxHashMap::with_capacity_and_hasher(mentions.len(), Default::default());
    for (index, mention) in mentions.iter().enumerate() {
        let key = (mention.date, mention.end, mention.kind, mention.classification.category);
        // A place ("China") is where, not who: sharing only a place does not make one event.
        let who = || mention.actors.iter().filter(|a| a.kind != ActorKind::Place);
        let joined = who().filter_map(|a| first_group.get(&(key, a.name.as_str())).copied()).min();
        match joined {
            Some(group) => groups[group].push(index),
            None => {
                for actor in who() {
                    first_group.entry((key, actor.name.as_str())).or_insert(groups.len());
                }
                groups.push(vec![index]);
            }
        }
    }
    groups
}

/// The mentions of one event: those that tell it, and the labelled entries
/// (table rows, milestones) that only restate it. A restatement adds its
/// sentence as a source and the actors it names ("Daihatsu names Toyota's
/// Masahiro Inoue"); the stance, cues and amounts come from the telling.
struct Group {
    tellings: Vec<usize>,
    restatements: Vec<usize>,
}

/// Folds each group made only of labelled entries dated to the day into the
/// group of prose, in another block of the same document, that tells of the
/// same day: "| 22 January 2024 | Cap of 360,000 permits |" restates "Then,
/// on 22 January 2024, came the cap itself." Entries need not share an actor
/// with the prose, which often names none. The first such prose group takes
/// them; a day no prose tells of keeps its own event, as does an entry of a
/// chronology whose own paragraph goes on "the same day, …".
fn fold_restatements(groups: Vec<Vec<usize>>, mentions: &[EventMention]) -> Vec<Group> {
    let day_of = |m: &EventMention| (m.date.precision() == Precision::Day).then_some((m.document, m.date));
    let mut prose: FxHashMap<_, Vec<(usize, u32, Option<EventDate>)>> = FxHashMap::default();
    for (index, group) in groups.iter().enumerate() {
        for mention in group.iter().map(|&m| &mentions[m]).filter(|m| m.dated_by != DatedBy::Label) {
            if let Some(day) = day_of(mention) {
                prose.entry(day).or_default().push((index, mention.line, mention.end));
            }
        }
    }
    let target = |group: &[usize]| {
        let first = &mentions[group[0]];
        let only_labels = group.iter().all(|&m| mentions[m].dated_by == DatedBy::Label);
        let told = prose.get(&only_labels.then(|| day_of(first)).flatten()?)?;
        // "June 29: 59 apps blocked" restates "bans since June 29", which
        // runs on; an entry for a span restates only that span.
        let spans_alike = |end: &Option<EventDate>| first.end.is_none() || *end == first.end;
        told.iter().find(|(_, line, end)| *line != first.line && spans_alike(end)).map(|(index, _, _)| *index)
    };
    let targets: Vec<Option<usize>> = groups.iter().map(|g| target(g)).collect();
    let mut folded: Vec<Group> = groups.into_iter().map(|tellings| Group { tellings, restatements: Vec::new() }).collect();
    for (index, into) in targets.into_iter().enumerate() {
        if let Some(into) = into {
            let moved = std::mem::take(&mut folded[index].tellings);
            folded[into].restatements.extend(moved);
        }
    }
    folded.retain(|g| !g.tellings.is_empty());
    folded
}

/// Groups `mentions` into events and builds the actor table they refer to.
/// `files` names each document id. Output is sorted chronologically and is
/// the same for the same input, whatever order the mentions came in.
pub fn merge_mentions(mut mentions: Vec<EventMention>, files: &[String]) -> (Vec<Event>, Vec<Actor>) {
    mentions = sorted_by(mentions, |a, b| (a.document, a.line, &a.evidence, a.date).cmp(&(b.document, b.line, &b.evidence, b.date)));
    mentions.dedup_by(|a, b| a.document == b.document && a.evidence == b.evidence && a.date == b.date && a.end == b.end);
    let groups = fold_restatements(group_mentions(&mentions), &mentions);

    // The actor table: every actor named, sorted by name, each once.
    let mut actor_kinds: BTreeMap<&str, &ActorMention> = BTreeMap::new();
    for actor in mentions.iter().flat_map(|m| &m.actors) {
        actor_kinds.entry(actor.name.as_str()).or_insert(actor);
    }
    let actors: Vec<Actor> = actor_kinds.values().map(|a| Actor { name: a.name.clone(), kind: a.kind }).collect();
    let actor_index: FxHashMap<&str, ActorId> = actors.iter().enumerate().map(|(i, a)| (a.name.as_str(), ActorId(i as u16))).collect();
    let actor_id = |name: &str| actor_index.get(name).copied();

    // Each mention belongs to one group, so its texts move into its event.
    let mut used_ids = FxHashSet::with_capacity_and_hasher(groups.len(), Default::default());
    let mut events: Vec<Event> = Vec::with_capacity(groups.len());
    for Group { tellings: group, restatements } in &groups {
        // Prefer a mention dated by its own words as the main source.
        let main_index = group.iter().copied().find(|&m| mentions[m].dated_by != DatedBy::Context).unwrap_or(group[0]);
        let main = &mentions[main_index];
        let file = files.get(usize::from(main.document.0)).map_or("", String::as_str);
        let mut salt = 0;
        let mut id = content_id(main, file, salt);
        while !used_ids.insert(id) {
            salt += 1;
            id = content_id(main, file, salt);
        }
        let (kind, date, end, category) = (main.kind, main.date, main.end, main.classification.category);
        let stance = majority_stance(group, &mentions);
        let mut event_actors: Vec<ActorId> = Vec::new();
        for actor in group.iter().chain(restatements).flat_map(|&m| &mentions[m].actors).filter_map(|a| actor_id(&a.name)) {
            if !event_actors.contains(&actor) {
                event_actors.push(actor);
            }
        }
        let summary = std::mem::take(&mut mentions[main_index].summary);
        let mut amounts: Vec<tideline_model::Amount> = Vec::new();
        let mut cues: Vec<String> = Vec::new();
        for &m in group {
            for amount in std::mem::take(&mut mentions[m].amounts) {
                if !amounts.iter().any(|a| a.text == amount.text) {
                    amounts.push(amount);
                }
            }
            for cue in std::mem::take(&mut mentions[m].classification.cues) {
                if !cues.contains(&cue) {
                    cues.push(cue);
                }
            }
        }
        let mut sources: Vec<Source> = std::iter::once(main_index)
            .chain(group.iter().copied().filter(|&m| m != main_index))
            .chain(restatements.iter().copied())
            .map(|m| {
                let mention = &mut mentions[m];
                Source { document: mention.document, evidence: std::mem::take(&mut mention.evidence), line: mention.line }
            })
            .collect();
        sources.dedup();
        events.push(Event {
            id,
            kind,
            date,
            end,
            stance,
            category,
            summary,
            actors: event_actors,
            amounts,
            sources,
            cues,
            origin: Origin::Extracted,
        });
    }
    // Sorted by index, as the mentions are: events are large too.
    let events = sorted_by(events, |a, b| chronological_key(a).cmp(&chronological_key(b)));
    (events, actors)
}

/// Sorts events by start, then end, then id, so the order is total and stable.
pub fn sort_chronologically(events: &mut [Event]) {
    events.sort_by_key(chronological_key);
}

/// What [`sort_chronologically`] orders by: start, precision, end, id.
fn chronological_key(event: &Event) -> (CivilDate, Precision, Option<EventDate>, EventId) {
    (event.date.start(), event.date.precision(), event.end, event.id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::Classification;
    use tideline_model::{Category, CivilDate, DocumentId, EventDate, EventKind};

    fn mention(doc: u16, line: u32, day: u32, actor: &str, evidence: &str) -> EventMention {
        EventMention {
            date: EventDate::day(CivilDate::new(2023, 7, day).unwrap()),
            end: None,
            kind: EventKind::Event,
            classification: Classification {
                stance: Stance::Tightening,
                category: Category::Fine,
                cues: vec!["fined".into()],
                category_cue: Some("fined".into()),
            },
            actors: vec![ActorMention { name: actor.into(), kind: ActorKind::Company }],
            amounts: vec![],
            summary: evidence.into(),
            document: DocumentId(doc),
            evidence: evidence.into(),
            line,
            dated_by: DatedBy::Words,
        }
    }

    #[test]
    fn content_key_matches_the_formatted_key() {
        let dates = [
            EventDate::day(CivilDate::new(2023, 7, 9).unwrap()),
            EventDate::day(CivilDate::new(12, 11, 30).unwrap()),
            EventDate::month(2021, 10).unwrap(),
            EventDate::quarter(2024, 3).unwrap(),
            EventDate::year(999).unwrap(),
            EventDate::year(1).unwrap(),
        ];
        for (i, &date) in dates.iter().enumerate() {
            for end in [None, Some(dates[(i + 2) % dates.len()])] {
                for salt in [0, 7, 10, 123_456] {
                    let mut m = mention(0, 1, 7, "Ant Group", "Ant was fined.");
                    m.date = date;
                    m.end = end;
                    let end_text = end.map(|e| e.to_string()).unwrap_or_default();
                    let expected = format!("{}|{}|{}|{}|{}", date, end_text, "a.txt", m.evidence, salt);
                    assert_eq!(content_key(&m, "a.txt", salt), expected);
                }
            }
        }
    }

    #[test]
    fn sorted_by_is_stable_like_sort_by() {
        let items: Vec<(u8, &str)> = vec![(3, "a"), (1, "b"), (3, "c"), (0, "d"), (1, "e"), (3, "f")];
        let mut expected = items.clone();
        expected.sort_by_key(|a| a.0);
        assert_eq!(sorted_by(items, |a, b| a.0.cmp(&b.0)), expected);
        assert_eq!(sorted_by(Vec::<u8>::new(), u8::cmp), Vec::<u8>::new());
    }

    #[test]
    fn merged_events_come_in_the_order_sort_chronologically_gives() {
        let files = vec!["a.txt".to_owned()];
        let mentions = vec![
            mention(0, 3, 9, "Ant Group", "Ant was fined."),
            mention(0, 1, 2, "Tencent", "Tencent was fined."),
            mention(0, 2, 5, "Didi", "Didi was fined."),
        ];
        let (events, _) = merge_mentions(mentions, &files);
        let mut resorted: Vec<Event> = events.iter().rev().cloned().collect();
        sort_chronologically(&mut resorted);
        assert_eq!(resorted, events);
        assert!(events.windows(2).all(|w| chronological_key(&w[0]) < chronological_key(&w[1])));
    }

    #[test]
    fn push_decimal_pads_to_the_width() {
        let mut text = String::new();
        push_decimal(&mut text, 7, 2);
        push_decimal(&mut text, 0, 1);
        push_decimal(&mut text, 4_294_967_295, 4);
        push_decimal(&mut text, 12, 4);
        assert_eq!(text, "07042949672950012");
    }

    #[test]
    fn mentions_of_one_event_merge_into_one_with_several_sources() {
        let files = vec!["a.txt".to_owned(), "b.txt".to_owned()];
        let (events, actors) = merge_mentions(
            vec![mention(1, 4, 7, "Ant Group", "Ant was fined."), mention(0, 2, 7, "Ant Group", "Ant Group was fined on July 7.")],
            &files,
        );
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].sources.len(), 2);
        assert_eq!(events[0].sources[0].document, DocumentId(0));
        assert_eq!(actors, vec![Actor { name: "Ant Group".into(), kind: ActorKind::Company }]);
    }

    #[test]
    fn two_events_sharing_only_a_place_stay_apart() {
        let files = vec!["a.txt".to_owned()];
        let mut fine = mention(0, 1, 7, "Ant Group", "Ant Group was fined in China.");
        let mut other = mention(0, 2, 7, "Didi", "Didi was fined in China.");
        for m in [&mut fine, &mut other] {
            m.actors.push(ActorMention { name: "China".into(), kind: ActorKind::Place });
        }
        let (events, _) = merge_mentions(vec![fine, other], &files);
        assert_eq!(events.len(), 2, "{events:?}");
        // Sharing a company still merges.
        let (events, _) =
            merge_mentions(vec![mention(0, 1, 7, "Ant Group", "Ant Group was fined."), mention(0, 2, 7, "Ant Group", "Ant was fined.")], &files);
        assert_eq!(events.len(), 1);
    }

    #[test]
    fn different_dates_or_actors_stay_apart_and_sort_by_date() {
        let files = vec!["a.txt".to_owned()];
        let (events, _) =
            merge_mentions(vec![mention(0, 9, 9, "Tencent", "Tencent was fined."), mention(0, 2, 7, "Ant Group", "Ant was fined.")], &files);
        assert_eq!(events.len(), 2);
        assert_eq!(events[0].date.to_string(), "2023-07-07");
    }

    #[test]
    fn a_mention_joins_the_earliest_event_it_shares_an_actor_with() {
        let files = vec!["a.txt".to_owned()];
        let mut both = mention(0, 9, 7, "Tencent", "Ant and Tencent were fined.");
        both.actors.insert(0, ActorMention { name: "Ant Group".into(), kind: ActorKind::Company });
        let (events, _) =
            merge_mentions(vec![mention(0, 2, 7, "Tencent", "Tencent was fined."), mention(0, 4, 7, "Ant Group", "Ant was fined."), both], &files);
        assert_eq!(events.len(), 2);
        let joined = events.iter().find(|e| e.sources.len() == 2).expect("one event has two sources");
        assert_eq!(joined.sources[0].evidence, "Tencent was fined.");
    }

    #[test]
    fn a_table_row_folds_into_the_prose_that_tells_its_day() {
        let files = vec!["a.md".to_owned()];
        let prose = mention(0, 3, 7, "Ontario", "Ontario announced a $1.3 billion package on 7 July 2023.");
        let mut row = mention(0, 30, 7, "Toronto", "7 July 2023 — Support package for colleges");
        row.dated_by = DatedBy::Label;
        row.classification.stance = Stance::Easing;
        let mut lone = mention(0, 31, 9, "Quebec", "9 July 2023 — Quebec follows");
        lone.dated_by = DatedBy::Label;
        let (events, actors) = merge_mentions(vec![row.clone(), prose.clone(), lone], &files);
        assert_eq!(events.len(), 2, "a day no prose tells of keeps its own event");
        let told = &events[0];
        let evidence: Vec<&str> = told.sources.iter().map(|s| s.evidence.as_str()).collect();
        assert_eq!(evidence, [prose.evidence.as_str(), row.evidence.as_str()], "the prose first, then the row");
        assert_eq!(told.stance, Stance::Tightening, "the telling decides the stance");
        assert_eq!(told.actors.iter().map(|&id| actors[usize::from(id.0)].name.as_str()).collect::<Vec<_>>(), ["Ontario", "Toronto"]);
        // A labelled entry in the prose's own block is a happening of its own.
        row.line = prose.line;
        let (events, _) = merge_mentions(vec![row, prose], &files);
        assert_eq!(events.len(), 2);
    }

    #[test]
    fn a_row_folds_into_prose_that_runs_on_from_its_day_but_a_span_only_into_that_span() {
        let files = vec!["a.md".to_owned()];
        let mut prose = mention(0, 3, 7, "Indian government", "It was the third round of bans since 7 July.");
        prose.end = Some(EventDate::month(2023, 9).unwrap());
        let mut row = mention(0, 30, 7, "TikTok", "7 July: 59 apps blocked, including TikTok");
        row.dated_by = DatedBy::Label;
        let (events, _) = merge_mentions(vec![row.clone(), prose.clone()], &files);
        assert_eq!(events.len(), 1, "the row restates the day the prose runs on from");
        row.end = Some(EventDate::day(CivilDate::new(2023, 7, 9).unwrap()));
        let (events, _) = merge_mentions(vec![row, prose], &files);
        assert_eq!(events.len(), 2, "a row for 7–9 July restates no span that runs to September");
    }

    #[test]
    fn ids_depend_on_content_not_order() {
        let files = vec!["a.txt".to_owned()];
        let a = mention(0, 2, 7, "Ant Group", "Ant was fined.");
        let b = mention(0, 9, 9, "Tencent", "Tencent was fined.");
        let (first, _) = merge_mentions(vec![a.clone(), b.clone()], &files);
        let (second, _) = merge_mentions(vec![b, a], &files);
        assert_eq!(first, second);
        assert_eq!(first[0].id.to_hex().len(), 12);
    }
}
