//! The review panel's logic, pure and tested natively: every event of the
//! build (those curation hid included) as the panel lists it, what curation
//! did to each, and the author's edits turned into the corrections that
//! `tideline_model::curation_toml` writes out.

use tideline_model::{
    Category, CorrectedFields, CurationRecord, Event, EventCorrection, EventDate, EventId, Origin, Precision, Stance, Timeline, Visibility,
    MAX_SUMMARY_CHARS,
};

/// A sentence that states an event, and where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evidence {
    /// The document's file name.
    pub file: String,
    /// The line the sentence starts on (0 when not known).
    pub line: u32,
    /// The sentence as written.
    pub sentence: String,
}

/// What `tideline.toml` already did to an event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CurationMark {
    /// Nothing: the event is as the compiler found it.
    None,
    /// Hidden from the timeline.
    Hidden,
    /// Corrected: what each corrected field was before ("date was 2021-04").
    Corrected(Vec<String>),
    /// Added by hand, or imported from a TimelineJS file.
    Added,
}

/// One event as the review panel lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReviewEntry {
    /// Stable id.
    pub id: EventId,
    /// When, at its precision.
    pub date: EventDate,
    /// Stance.
    pub stance: Stance,
    /// Category.
    pub category: Category,
    /// Headline.
    pub summary: String,
    /// The actors' names.
    pub actors: Vec<String>,
    /// The sentences that state it.
    pub evidence: Vec<Evidence>,
    /// What curation did to it.
    pub curation: CurationMark,
}

impl ReviewEntry {
    fn new(event: &Event, timeline: &Timeline, curation: CurationMark) -> Self {
        let actors = event.actors.iter().filter_map(|id| timeline.actor(*id)).map(|a| a.name.clone()).collect();
        let evidence = event
            .sources
            .iter()
            .map(|s| Evidence {
                file: timeline.document(s.document).map(|d| d.file.clone()).unwrap_or_default(),
                line: s.line,
                sentence: s.evidence.clone(),
            })
            .collect();
        ReviewEntry {
            id: event.id,
            date: event.date,
            stance: event.stance,
            category: event.category,
            summary: event.summary.clone(),
            actors,
            evidence,
            curation,
        }
    }

    /// True when curation hid it.
    pub fn is_hidden(&self) -> bool {
        self.curation == CurationMark::Hidden
    }
}

/// Every event of the build in date order: the timeline's, marked with what
/// curation did to them, and the ones it hid.
pub fn review_entries(timeline: &Timeline, record: &CurationRecord) -> Vec<ReviewEntry> {
    let mut entries: Vec<ReviewEntry> = timeline
        .events
        .iter()
        .map(|event| {
            let mark = match record.before_correction(event.id) {
                Some(before) => CurationMark::Corrected(what_changed(before, event, timeline)),
                None if event.origin == Origin::Curated => CurationMark::Added,
                None => CurationMark::None,
            };
            ReviewEntry::new(event, timeline, mark)
        })
        .collect();
    entries.extend(record.hidden.iter().map(|event| ReviewEntry::new(event, timeline, CurationMark::Hidden)));
    // Stable: a hidden event comes after the shown ones that start on its day.
    entries.sort_by_key(|entry| entry.date.start());
    entries
}

/// "date was 2021-04", one phrase per field that differs from `before`.
fn what_changed(before: &Event, after: &Event, timeline: &Timeline) -> Vec<String> {
    let mut changed = Vec::new();
    if before.date != after.date {
        changed.push(format!("date was {}", before.date));
    }
    if before.stance != after.stance {
        changed.push(format!("stance was {}", before.stance.as_str()));
    }
    if before.category != after.category {
        changed.push(format!("category was {}", before.category.as_str()));
    }
    if before.summary != after.summary {
        changed.push(format!("headline was “{}”", before.summary));
    }
    if before.actors != after.actors {
        let names: Vec<&str> = before.actors.iter().filter_map(|id| timeline.actor(*id)).map(|a| a.name.as_str()).collect();
        changed.push(if names.is_empty() { "actors were none".to_owned() } else { format!("actors were {}", names.join(", ")) });
    }
    changed
}

/// An event's review form as the author left it: field values as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    /// The "Hide this event" box.
    pub hidden: bool,
    /// The date field.
    pub date: String,
    /// The stance chosen.
    pub stance: Stance,
    /// The category chosen.
    pub category: Category,
    /// The headline field.
    pub summary: String,
    /// The actors field: one name per line.
    pub actors: String,
}

impl Draft {
    /// The form as it opens: the event's values.
    pub fn of(entry: &ReviewEntry) -> Self {
        Draft {
            hidden: entry.is_hidden(),
            date: entry.date.to_string(),
            stance: entry.stance,
            category: entry.category,
            summary: entry.summary.clone(),
            actors: entry.actors.join("\n"),
        }
    }
}

/// Which field of a draft cannot be used, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DraftProblem {
    /// The date is not one of the ISO forms.
    Date,
    /// The headline is empty.
    EmptyHeadline,
    /// The headline has more characters than a headline may (the count).
    LongHeadline(usize),
}

impl DraftProblem {
    /// What the author reads.
    pub fn message(&self) -> String {
        match self {
            DraftProblem::Date => "The date is not one: write 2023-07-12, 2023-07, 2023-Q3 or 2023.".to_owned(),
            DraftProblem::EmptyHeadline => "The headline is empty: write one.".to_owned(),
            DraftProblem::LongHeadline(count) => format!("The headline has {count} characters; at most {MAX_SUMMARY_CHARS}."),
        }
    }
    /// The name of the form field it is about.
    pub fn field(&self) -> &'static str {
        match self {
            DraftProblem::Date => "date",
            DraftProblem::EmptyHeadline | DraftProblem::LongHeadline(_) => "summary",
        }
    }
}

/// What `draft` changes about `entry`: only the fields that differ from the
/// event's values, and those that can be used; the others are the problems.
pub fn correction(entry: &ReviewEntry, draft: &Draft) -> (EventCorrection, Vec<DraftProblem>) {
    let mut problems = Vec::new();
    let visibility = match (entry.is_hidden(), draft.hidden) {
        (false, true) => Visibility::Hide,
        (true, false) => Visibility::ShowAgain,
        _ => Visibility::Unchanged,
    };
    let date = match EventDate::parse_iso(&draft.date) {
        Some(date) => Some(date).filter(|d| *d != entry.date),
        None => {
            problems.push(DraftProblem::Date);
            None
        }
    };
    // Only a changed headline is checked: the compiler's own may end in an
    // ellipsis past the limit.
    let summary = Some(draft.summary.trim()).filter(|summary| *summary != entry.summary);
    let length = summary.map_or(0, |summary| summary.chars().count());
    if summary.is_some_and(str::is_empty) {
        problems.push(DraftProblem::EmptyHeadline);
    } else if length > MAX_SUMMARY_CHARS {
        problems.push(DraftProblem::LongHeadline(length));
    }
    let summary = summary.filter(|_| problems.iter().all(|p| p.field() != "summary")).map(str::to_owned);
    let actors = actor_names(&draft.actors);
    let fields = CorrectedFields {
        date,
        stance: Some(draft.stance).filter(|s| *s != entry.stance),
        category: Some(draft.category).filter(|c| *c != entry.category),
        summary,
        actors: Some(actors).filter(|names| *names != entry.actors),
    };
    (EventCorrection { id: entry.id, visibility, fields }, problems)
}

/// The names in an actors field: one a line, trimmed, blank lines and
/// repeats left out.
pub fn actor_names(field: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for name in field.lines().map(str::trim).filter(|name| !name.is_empty()) {
        if !names.iter().any(|known| known == name) {
            names.push(name.to_owned());
        }
    }
    names
}

/// `date` at a coarser `precision` (12 July 2021 as a month is July 2021);
/// `None` when `precision` is finer than the date, which only typing can fix.
pub fn at_precision(date: EventDate, precision: Precision) -> Option<EventDate> {
    let start = date.start();
    let coarsened = match precision {
        Precision::Day => return (date.precision() == Precision::Day).then_some(date),
        Precision::Month => EventDate::month(start.year(), start.month()),
        Precision::Quarter => EventDate::quarter(start.year(), date.quarter_number()),
        Precision::Year => EventDate::year(start.year()),
    };
    coarsened.ok().filter(|coarse| coarse.precision() >= date.precision())
}

#[cfg(test)]
mod tests {
    use super::*;
    use tideline_model::{Actor, ActorId, ActorKind, DateBasis, Document, DocumentId, EventKind, Source};

    fn event(id: u64, date: &str, actors: Vec<ActorId>) -> Event {
        Event {
            id: EventId(id),
            kind: EventKind::Event,
            date: EventDate::parse_iso(date).expect("a test date"),
            end: None,
            stance: Stance::Neutral,
            category: Category::Other,
            summary: format!("Event {id}"),
            actors,
            amounts: vec![],
            sources: vec![Source { document: DocumentId(0), evidence: format!("Sentence {id}."), line: 3 }],
            cues: vec![],
            origin: Origin::Extracted,
        }
    }

    fn timeline(events: Vec<Event>) -> Timeline {
        let document = Document {
            file: "a.txt".into(),
            title: None,
            publisher: None,
            authors: vec![],
            published: None,
            published_basis: DateBasis::Unknown,
            url: None,
        };
        let actors = vec![Actor { name: "Ant Group".into(), kind: ActorKind::Company }, Actor { name: "PBOC".into(), kind: ActorKind::Regulator }];
        Timeline { title: "T".into(), documents: vec![document], actors, events }
    }

    #[test]
    fn hidden_events_are_listed_in_date_order_and_every_event_is_marked() {
        let mut corrected = event(2, "2021-05", vec![ActorId(0)]);
        corrected.origin = Origin::Curated;
        let mut added = event(3, "2022", vec![]);
        added.origin = Origin::Curated;
        let shown = timeline(vec![event(1, "2020-01-02", vec![]), corrected, added]);
        let record = CurationRecord { hidden: vec![event(4, "2021-01", vec![])], corrected: vec![event(2, "2021-04", vec![ActorId(1)])] };
        let entries = review_entries(&shown, &record);
        let listed: Vec<(u64, &CurationMark)> = entries.iter().map(|e| (e.id.0, &e.curation)).collect();
        let corrected_mark = CurationMark::Corrected(vec!["date was 2021-04".into(), "actors were PBOC".into()]);
        assert_eq!(listed, [(1, &CurationMark::None), (4, &CurationMark::Hidden), (2, &corrected_mark), (3, &CurationMark::Added)]);
        assert_eq!(entries[2].actors, ["Ant Group"]);
        assert_eq!(entries[0].evidence, [Evidence { file: "a.txt".into(), line: 3, sentence: "Sentence 1.".into() }]);
    }

    #[test]
    fn an_untouched_draft_changes_nothing() {
        let shown = timeline(vec![event(1, "2020-01-02", vec![ActorId(0), ActorId(1)])]);
        let entries = review_entries(&shown, &CurationRecord::default());
        let (fix, problems) = correction(&entries[0], &Draft::of(&entries[0]));
        assert!(fix.is_empty() && problems.is_empty(), "{fix:?} {problems:?}");
    }

    #[test]
    fn only_the_fields_the_author_changed_are_corrected() {
        let shown = timeline(vec![event(1, "2020-01-02", vec![ActorId(0)])]);
        let entry = &review_entries(&shown, &CurationRecord::default())[0];
        let draft = Draft {
            date: "2020-01".into(),
            stance: Stance::Easing,
            summary: "  Event 1  ".into(),
            actors: "PBOC\n\n Ant Group \nPBOC\n".into(),
            ..Draft::of(entry)
        };
        let (fix, problems) = correction(entry, &draft);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(fix.visibility, Visibility::Unchanged);
        let expected = CorrectedFields {
            date: EventDate::month(2020, 1).ok(),
            stance: Some(Stance::Easing),
            actors: Some(vec!["PBOC".into(), "Ant Group".into()]),
            ..CorrectedFields::default()
        };
        assert_eq!(fix.fields, expected);
    }

    #[test]
    fn hiding_a_shown_event_and_showing_a_hidden_one_again() {
        let shown = timeline(vec![event(1, "2020", vec![])]);
        let record = CurationRecord { hidden: vec![event(2, "2021", vec![])], corrected: vec![] };
        let entries = review_entries(&shown, &record);
        let (hide, _) = correction(&entries[0], &Draft { hidden: true, ..Draft::of(&entries[0]) });
        assert_eq!(hide.visibility, Visibility::Hide);
        let (show, _) = correction(&entries[1], &Draft { hidden: false, ..Draft::of(&entries[1]) });
        assert_eq!(show.visibility, Visibility::ShowAgain);
    }

    #[test]
    fn a_bad_date_or_headline_is_a_problem_and_left_out() {
        let shown = timeline(vec![event(1, "2020", vec![])]);
        let entry = &review_entries(&shown, &CurationRecord::default())[0];
        let long = "x".repeat(MAX_SUMMARY_CHARS + 1);
        let (fix, problems) = correction(entry, &Draft { date: "2021-02-30".into(), summary: long, stance: Stance::Easing, ..Draft::of(entry) });
        assert_eq!(problems, [DraftProblem::Date, DraftProblem::LongHeadline(MAX_SUMMARY_CHARS + 1)]);
        assert_eq!(fix.fields, CorrectedFields { stance: Some(Stance::Easing), ..CorrectedFields::default() });
        let (_, problems) = correction(entry, &Draft { summary: " ".into(), ..Draft::of(entry) });
        assert_eq!(problems, [DraftProblem::EmptyHeadline]);
        assert!(problems[0].message().contains("empty"));
    }

    #[test]
    fn an_untouched_headline_is_not_checked_even_when_the_compiler_cut_it_long() {
        let mut long = event(1, "2020", vec![]);
        long.summary = format!("{}…", "x".repeat(MAX_SUMMARY_CHARS));
        let shown = timeline(vec![long]);
        let entry = &review_entries(&shown, &CurationRecord::default())[0];
        let (fix, problems) = correction(entry, &Draft { stance: Stance::Easing, ..Draft::of(entry) });
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(fix.fields, CorrectedFields { stance: Some(Stance::Easing), ..CorrectedFields::default() });
    }

    #[test]
    fn a_date_can_be_made_vaguer_but_not_more_precise() {
        let day = EventDate::parse_iso("2021-08-12").expect("a date");
        let text = |p| at_precision(day, p).map(|d| d.to_string());
        assert_eq!(
            [text(Precision::Day), text(Precision::Month), text(Precision::Quarter), text(Precision::Year)].map(Option::unwrap),
            ["2021-08-12", "2021-08", "2021-Q3", "2021"]
        );
        let year = EventDate::year(2021).expect("a year");
        assert_eq!(at_precision(year, Precision::Month), None);
        assert_eq!(at_precision(year, Precision::Day), None);
    }
}
