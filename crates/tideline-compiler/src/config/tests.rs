//! Tests of `tideline.toml` parsing: each entry's errors with its line, and the rest applied.
use super::*;

#[test]
fn a_full_config_parses() {
    let text = r#"
title = "Tech rules"
[[actor]]
name = "Ant Group"
kind = "company"
aliases = ["蚂蚁集团"]

[documents."a.txt"]
published = "2023-07-12"
publisher = "Reuters"

[cues]
easing = ["support"]
[cues.category]
fine = ["penalty"]

[curation]
hide = ["0123456789ab"]
[[curation.correct]]
id = "0123456789ac"
stance = "easing"
[[curation.add]]
date = "2023-07"
summary = "Added"
stance = "neutral"
category = "other"
file = "a.txt"
evidence = "Something happened."
"#;
    let (config, problems) = parse_config(text);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(config.title, "Tech rules");
    assert_eq!(config.actors[0].aliases, vec!["蚂蚁集团".to_owned()]);
    assert_eq!(config.documents["a.txt"].published.map(|d| d.to_string()).as_deref(), Some("2023-07-12"));
    assert_eq!(config.cues.categories, vec![(Category::Fine, vec!["penalty".to_owned()])]);
    assert_eq!(config.curation.corrections[0].stance, Some(Stance::Easing));
    assert_eq!(config.curation.additions.len(), 1);
}

#[test]
fn a_bad_entry_is_reported_with_its_line_and_the_rest_applies() {
    let text = "title = \"T\"\n\n[[actor]]\nname = \"X\"\nkind = \"planet\"\n\n[[actor]]\nname = \"Y\"\nkind = \"place\"\n";
    let (config, problems) = parse_config(text);
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].line, 3);
    assert!(problems[0].message.contains("planet"));
    assert_eq!(config.actors.len(), 1);
}

#[test]
fn offsets_map_to_the_line_they_lie_on() {
    let text = "a\nbc\n\nd";
    let lines: Vec<u32> = (0..=text.len() + 1).map(|at| line_of(text, at)).collect();
    assert_eq!(lines, [1, 1, 2, 2, 2, 3, 4, 4, 4]);
}

#[test]
fn invalid_toml_names_the_line_and_falls_back_to_defaults() {
    let (config, problems) = parse_config("title = \"T\"\nthis is not toml\n");
    assert_eq!(config, CorpusConfig::default());
    assert_eq!(problems[0].line, 2);
}

#[test]
fn an_unknown_key_or_wrong_type_costs_only_its_own_entry() {
    let text = "title = \"T\"\nsubtitle = \"x\"\n\n[[actor]]\nname = \"Ant Group\"\nkind = \"company\"\nalias = [\"Ant\"]\n\n[[actor]]\nname = \"PBOC\"\nkind = \"regulator\"\n\n[documents.\"a.txt\"]\npublished = 2023\n\n[documents.\"b.txt\"]\npublisher = \"Reuters\"\n\n[curation]\nhide = [\"0123456789ab\"]\n";
    let (config, problems) = parse_config(text);
    assert_eq!(config.title, "T");
    assert_eq!(config.actors.iter().map(|a| a.name.as_str()).collect::<Vec<_>>(), ["PBOC"]);
    assert!(!config.documents.contains_key("a.txt"));
    assert_eq!(config.documents["b.txt"].publisher.as_deref(), Some("Reuters"));
    assert_eq!(config.curation.hide, ["0123456789ab"]);
    let lines: Vec<u32> = problems.iter().map(|p| p.line).collect();
    assert_eq!(problems.len(), 3, "{problems:?}");
    assert!(problems.iter().any(|p| p.line == 2 && p.message.contains("subtitle")), "{problems:?}");
    assert!(problems.iter().any(|p| (4..=7).contains(&p.line) && p.message.contains("alias")), "{problems:?}");
    assert!(problems.iter().any(|p| (13..=14).contains(&p.line) && p.message.contains("a.txt")), "{lines:?} {problems:?}");
}

#[test]
fn an_added_event_ending_before_it_starts_is_refused_with_its_line() {
    let text = "[[curation.add]]\ndate = \"2023-07\"\nend = \"2021\"\nsummary = \"S\"\nstance = \"neutral\"\ncategory = \"other\"\nfile = \"a.txt\"\nevidence = \"E.\"\n";
    let (config, problems) = parse_config(text);
    assert!(config.curation.additions.is_empty());
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].line, 1);
    assert!(problems[0].message.contains("before `date`"));
}

#[test]
fn a_correction_may_hide_or_set_the_headline_and_actors() {
    let text = "[[curation.correct]]\nid = \"0123456789ab\"\nhide = true\n\n[[curation.correct]]\nid = \"0123456789ac\"\ndate = \"2021-Q2\"\n\
                summary = \"Regulators fine Ant Group\"\nactors = [\"Ant Group\", \"PBOC\", \"Ant Group\"]\n";
    let (config, problems) = parse_config(text);
    assert!(problems.is_empty(), "{problems:?}");
    let [hidden, fixed] = config.curation.corrections.as_slice() else { panic!("two corrections: {config:?}") };
    assert!(hidden.hide);
    assert_eq!((fixed.hide, fixed.date.map(|d| d.to_string())), (false, Some("2021-Q2".into())));
    assert_eq!(fixed.summary.as_deref(), Some("Regulators fine Ant Group"));
    assert_eq!(fixed.actors.as_deref(), Some(["Ant Group".to_owned(), "PBOC".to_owned()].as_slice()));
}

#[test]
fn a_bad_headline_actor_or_id_is_reported_with_its_entrys_line() {
    let long = "x".repeat(MAX_SUMMARY_CHARS + 1);
    let text = format!(
        "title = \"T\"\n[[curation.correct]]\nid = \"0123456789ab\"\nsummary = \"{long}\"\nstance = \"easing\"\n\
         [[curation.correct]]\nid = \"0123456789ac\"\nactors = [\"Ant Group\", \" \"]\n\
         [[curation.correct]]\nid = \"0123456789AB\"\nstance = \"easing\"\n\
         [[curation.correct]]\nid = \"0123456789ad\"\nsummary = \"  \"\n"
    );
    let (config, problems) = parse_config(&text);
    let found: Vec<(u32, bool)> = problems.iter().map(|p| (p.line, p.message.contains("summary"))).collect();
    assert_eq!(found, [(2, true), (6, false), (9, false), (12, true)], "{problems:?}");
    assert!(problems[1].message.contains("empty name") && problems[2].message.contains("not an event id"), "{problems:?}");
    // The rest of each entry applies; the entry with a bad id is skipped.
    let ids: Vec<&str> = config.curation.corrections.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["0123456789ab", "0123456789ac", "0123456789ad"]);
    assert_eq!((config.curation.corrections[0].stance, config.curation.corrections[0].summary.as_ref()), (Some(Stance::Easing), None));
}

#[test]
fn the_review_panels_lines_parse_back_to_the_same_corrections() {
    use tideline_model::{curation_toml, CorrectedFields, EventCorrection, Visibility};
    let fields = CorrectedFields {
        date: EventDate::parse_iso("2022-03-04"),
        stance: Some(Stance::Tightening),
        category: Some(Category::CorporateAction),
        summary: Some("Ant's \"shelved\" IPO \\ 蚂蚁 \u{1b}".into()),
        actors: Some(vec!["Ant Group".into(), "People's Bank of China".into()]),
    };
    let corrections = [
        EventCorrection { id: EventId(0x0123_4567_89ab), visibility: Visibility::Hide, fields: CorrectedFields::default() },
        EventCorrection { id: EventId(0xc), visibility: Visibility::Unchanged, fields: fields.clone() },
        EventCorrection { id: EventId(0xd), visibility: Visibility::ShowAgain, fields: CorrectedFields::default() },
        EventCorrection {
            id: EventId(0xe),
            visibility: Visibility::ShowAgain,
            fields: CorrectedFields { date: EventDate::parse_iso("2021"), actors: Some(vec![]), ..CorrectedFields::default() },
        },
    ];
    // Appended to a file that has its own [curation] already.
    let text = format!("title = \"T\"\n[curation]\nhide = [\"00000000000d\"]\n\n{}", curation_toml(&corrections));
    let (config, problems) = parse_config(&text);
    assert!(problems.is_empty(), "{problems:?}\n{text}");
    let expected = [
        Correction { id: "0123456789ab".into(), hide: true, ..Correction::default() },
        Correction {
            id: "00000000000c".into(),
            date: fields.date,
            stance: fields.stance,
            category: fields.category,
            summary: fields.summary,
            actors: fields.actors,
            hide: false,
        },
        Correction { id: "00000000000e".into(), date: EventDate::parse_iso("2021"), actors: Some(vec![]), ..Correction::default() },
    ];
    assert_eq!(config.curation.corrections, expected);
    assert_eq!(config.curation.hide, ["00000000000d"]);
}

#[test]
fn unknown_keys_are_errors_not_silently_ignored() {
    let (_, problems) = parse_config("titel = \"typo\"\n");
    assert_eq!(problems.len(), 1);
    assert!(problems[0].message.contains("titel"));
}
