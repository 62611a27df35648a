//! A small hand-made timeline shared by this crate's unit tests.

use crate::*;

pub(crate) fn sample_timeline() -> Timeline {
    let doc = |file: &str| Document {
        file: file.into(),
        title: Some(format!("Title of {file}")),
        publisher: None,
        authors: vec![],
        published: None,
        published_basis: DateBasis::Unknown,
        url: None,
    };
    let event = |id: u64, date: EventDate, stance, category, actors: Vec<ActorId>, doc: u16, evidence: &str| Event {
        id: EventId(id),
        kind: EventKind::Event,
        date,
        end: None,
        stance,
        category,
        summary: evidence.into(),
        actors,
        amounts: vec![],
        sources: vec![Source { document: DocumentId(doc), evidence: evidence.into(), line: 1 }],
        cues: vec![],
        origin: Origin::Extracted,
    };
    Timeline {
        title: "Sample".into(),
        documents: vec![doc("a.txt"), doc("b.md")],
        actors: vec![Actor { name: "Ant Group".into(), kind: ActorKind::Company }, Actor { name: "Tencent".into(), kind: ActorKind::Company }],
        events: vec![
            event(
                1,
                EventDate::year(2020).unwrap(),
                Stance::Tightening,
                Category::Investigation,
                vec![ActorId(0)],
                0,
                "The investigation was initiated in 2020.",
            ),
            event(
                2,
                EventDate::day(CivilDate::new(2023, 7, 7).unwrap()),
                Stance::Tightening,
                Category::Fine,
                vec![ActorId(1)],
                0,
                "The payments unit was fined.",
            ),
            event(3, EventDate::month(2023, 7).unwrap(), Stance::Easing, Category::Meeting, vec![], 1, "The premier held a symposium in Beijing."),
        ],
    }
}
