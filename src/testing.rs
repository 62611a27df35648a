//! A small hand-made timeline shared by the widget's native unit tests.

use tideline_model::*;

/// An event on `date` with the given stance and category and nothing else.
pub(crate) fn event_on(id: u64, date: EventDate, stance: Stance, category: Category) -> Event {
    Event {
        id: EventId(id),
        kind: EventKind::Event,
        date,
        end: None,
        stance,
        category,
        summary: format!("Event {id}"),
        actors: vec![],
        amounts: vec![],
        sources: vec![],
        cues: vec![],
        origin: Origin::Extracted,
    }
}

fn day(y: i32, m: u32, d: u32) -> EventDate {
    EventDate::day(CivilDate::new(y, m, d).unwrap())
}

/// Two documents, three actors (one with a comma in its name) and four events.
pub(crate) fn sample_timeline() -> Timeline {
    let doc = |file: &str, url: Option<&str>| Document {
        file: file.into(),
        title: Some(format!("Title \"{file}\"")),
        publisher: Some("Reuters".into()),
        authors: vec![],
        published: EventDate::month(2023, 7).ok(),
        published_basis: DateBasis::Config,
        url: url.map(Into::into),
    };
    let mut fine = event_on(0x0abc_def0_1234, day(2021, 4, 10), Stance::Tightening, Category::Fine);
    fine.actors = vec![ActorId(0), ActorId(2)];
    fine.amounts = vec![Amount { text: "RMB 18.2 billion".into(), value: 18.2e9, currency: "CNY".into() }];
    fine.sources = vec![
        Source { document: DocumentId(0), evidence: "Regulators fined Ant Group, citing \"abuse\".".into(), line: 3 },
        Source { document: DocumentId(1), evidence: "The fine was record-breaking.".into(), line: 9 },
    ];
    fine.cues = vec!["fined".into()];
    let mut meeting = event_on(2, EventDate::month(2023, 7).unwrap(), Stance::Easing, Category::Meeting);
    meeting.actors = vec![ActorId(1)];
    meeting.sources = vec![Source { document: DocumentId(1), evidence: "The premier met Tencent.".into(), line: 1 }];
    let mut plan = event_on(3, EventDate::year(2025).unwrap(), Stance::Neutral, Category::Plan);
    plan.kind = EventKind::Plan;
    plan.end = EventDate::year(2027).ok();
    Timeline {
        title: "Sample".into(),
        documents: vec![doc("a.txt", Some("https://example.com/a")), doc("b.md", None)],
        actors: vec![
            Actor { name: "Ant Group".into(), kind: ActorKind::Company },
            Actor { name: "Tencent".into(), kind: ActorKind::Company },
            Actor { name: "A, B & Co".into(), kind: ActorKind::Regulator },
        ],
        events: vec![event_on(1, EventDate::quarter(2020, 4).unwrap(), Stance::Tightening, Category::Investigation), fine, meeting, plan],
    }
}
