use super::*;
use crate::config::ExtraCues;
use tideline_model::{Category, CivilDate, Stance};

fn extract(text: &str) -> Vec<EventMention> {
    let actors = ActorFinder::new(&[]);
    let classifier = Classifier::new(&ExtraCues::default()).expect("the default cues build");
    let tools = Extractors { actors: &actors, classifier: &classifier };
    let blocks = vec![Block { text: text.into(), line: 3, heading: false }];
    let published = Some(EventDate::day(CivilDate::new(2023, 7, 20).unwrap()));
    extract_mentions(DocumentId(0), "a.txt", &blocks, published, &tools, &mut Vec::new())
}

#[test]
fn a_label_has_three_words_or_more_and_none_in_lowercase() {
    assert!(is_label("FOR IMMEDIATE RELEASE - Mexico City, 17 January 2025"));
    assert!(is_label("Regulators Fine Three Banks"));
    assert!(!is_label("Regulators fine Three Banks"), "a lowercase word anywhere");
    assert!(!is_label("Regulators Fine Three banks"), "even the last");
    assert!(!is_label("Two Words"));
    assert!(!is_label("Beijing 北京 Shanghai Guangzhou"), "Han characters have no case");
}

#[test]
fn a_clause_runs_from_the_comma_before_a_date_to_the_comma_after() {
    let s = "First, the court ruled, on 9 February, that the plan; was unlawful";
    let at = s.find("on 9").unwrap();
    assert_eq!(&s[clause_around(s, at..at + 13)], "on 9 February");
    assert_eq!(clause_around(s, 0..5), 0..5);
    let s = "It ended, in 2021";
    assert_eq!(&s[clause_around(s, 13..17)], "in 2021");
    let s = "It ended,in 2021; later";
    assert_eq!(&s[clause_around(s, 12..16)], "It ended,in 2021");
}

#[test]
fn a_short_sentence_dated_from_today_with_nothing_in_it_is_no_event() {
    assert!(extract("Pensioners also had some good news this week.").is_empty());
    assert!(extract("Still: yesterday was a good day.").is_empty());
    // A cue, a name or a figure makes it one; so does a stated date.
    assert_eq!(extract("The ban took effect on Monday.").len(), 1);
    assert_eq!(extract("Prices rose 5% this week.").len(), 1);
    assert_eq!(extract("Pensioners had good news on 3 July 2023.").len(), 1);
    // And a longer sentence may tell of a happening with no one named.
    assert_eq!(extract("The regulated betting market went live on Monday after five years of offshore sites.").len(), 1);
}

#[test]
fn the_text_speaking_of_itself_tells_of_no_happening() {
    assert!(extract("I have been meaning to write this post since May, and this week forced my hand.").is_empty());
    assert!(extract("This week's letter is about a single company, because the news demanded it.").is_empty());
    assert!(extract("This story was updated on Wednesday to add details of the monitorship.").is_empty());
    assert_eq!(extract("The regulator fined the firm this week.").len(), 1);
}

#[test]
fn a_dated_sentence_becomes_a_classified_mention() {
    let found = extract("The regulator fined the firm on July 7, 2023.");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].date.to_string(), "2023-07-07");
    assert_eq!((found[0].classification.stance, found[0].classification.category), (Stance::Tightening, Category::Fine));
    assert_eq!(found[0].line, 3);
    assert_eq!(found[0].dated_by, DatedBy::Words);
}

#[test]
fn an_entry_that_opens_with_its_date_is_dated_by_its_label() {
    let dated_by = |text: &str| extract(text).first().map(|m| m.dated_by);
    assert_eq!(dated_by("9 May 2023 — Fine announced against the firm"), Some(DatedBy::Label));
    assert_eq!(dated_by("**13 November 2024.** The court ordered the ministry to act."), Some(DatedBy::Label));
    assert_eq!(dated_by("On 9 May 2023 the regulator fined the firm."), Some(DatedBy::Words));
    assert_eq!(dated_by("9 May 2023 the regulator fined the firm."), Some(DatedBy::Words), "a date is a label when punctuation sets it off");
    assert_eq!(dated_by("Last week the regulator fined the firm."), Some(DatedBy::Words));
}

#[test]
fn a_date_before_a_negated_second_predicate_stands() {
    let found = extract("The ministry banned exports in June 2023, and it has not relaxed the ban since.");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].date.to_string(), "2023-06");
    assert_eq!(found[0].classification.stance, Stance::Tightening, "the negated relaxing decides nothing");
    assert!(extract("The ministry did not ban exports in June 2023.").is_empty());
    let found = extract("The board set the cap on 2 May and would have raised it on 9 May if prices rose.");
    assert_eq!(found.iter().map(|m| m.date.to_string()).collect::<Vec<_>>(), ["2023-05-02"], "only the asserted date");
}

#[test]
fn a_continuing_sentence_inherits_the_previous_date() {
    let found = extract("The regulator fined the firm on July 7, 2023. Similarly, the central bank also announced a fine of RMB 1 billion.");
    assert_eq!(found.len(), 2);
    assert_eq!(found[1].date.to_string(), "2023-07-07");
    assert_eq!(found[1].dated_by, DatedBy::Context);
    assert_eq!(found[1].amounts[0].text, "RMB 1 billion");
}

fn extract_blocks(texts: &[&str]) -> Vec<EventMention> {
    let actors = ActorFinder::new(&[]);
    let classifier = Classifier::built_in();
    let tools = Extractors { actors: &actors, classifier };
    let blocks: Vec<Block> = texts.iter().zip(1..).map(|(t, line)| Block { text: (*t).into(), line, heading: false }).collect();
    let published = Some(EventDate::year(2025).unwrap());
    extract_mentions(DocumentId(0), "a.txt", &blocks, published, &tools, &mut Vec::new())
}

#[test]
fn a_chronology_year_dates_the_days_and_months_of_its_paragraph() {
    let found = extract_blocks(&[
        "2016. On 9 February the Supreme Court halted the plan.",
        "2019. The agency replaced the plan in June.",
        "2021",
        "On 20 January the president signed the order.",
        "Ministers met on 3 March.",
    ]);
    let dates: Vec<String> = found.iter().map(|m| m.date.to_string()).collect();
    assert_eq!(dates, ["2016-02-09", "2019-06", "2021-01-20", "2021-03-03"]);
    assert_eq!(chronology_year("2016 – The court ruled."), Some((2016, false)));
    assert_eq!(chronology_year("## 2016"), None, "headings arrive without their marks");
    assert_eq!(chronology_year("20160 people marched."), None);
}

#[test]
fn a_heading_dates_nothing_unless_it_opens_with_its_date_and_a_pronoun_does_not_reach_past_it() {
    let actors = ActorFinder::new(&[]);
    let tools = Extractors { actors: &actors, classifier: Classifier::built_in() };
    let block = |text: &str, line: u32, heading: bool| Block { text: text.into(), line, heading };
    let blocks = [
        block("On Wednesday, 3 September 2025, a judge ruled for the university.", 1, false),
        block("What changed on 1 January", 2, true),
        block("It started with money.", 3, false),
        block("13 March 2024: Parliament adopts the text", 4, true),
    ];
    let published = Some(EventDate::day(CivilDate::new(2025, 9, 5).unwrap()));
    let found = extract_mentions(DocumentId(0), "a.md", &blocks, published, &tools, &mut Vec::new());
    let lines: Vec<(u32, String)> = found.iter().map(|m| (m.line, m.date.to_string())).collect();
    assert_eq!(lines, [(1, "2025-09-03".to_owned()), (4, "2024-03-13".to_owned())]);
}

#[test]
fn headings_questions_baselines_and_attributes_date_nothing() {
    assert!(extract("Escalation in 2019").is_empty(), "a heading");
    assert!(extract("What happened on July 7, 2023?").is_empty(), "a question");
    assert!(extract("FOR IMMEDIATE RELEASE - Mexico City, 17 January 2025").is_empty(), "a stamp");
    assert!(!extract("Tencent fined 5 million yuan on 7 July 2023.").is_empty(), "a lowercase word makes a sentence");
    let dates = |text: &str| extract(text).iter().map(|m| m.date.to_string()).collect::<Vec<_>>();
    assert_eq!(dates("In April 2021 the president pledged to cut emissions by half below 2005 levels."), ["2021-04"]);
    assert_eq!(dates("On 29 July 2025 the agency proposed to rescind the 2009 endangerment finding."), ["2025-07-29"]);
    assert_eq!(dates("The regulator fined the bank over its 2009 accounts."), ["2009"], "the only date of its sentence stays");
    assert_eq!(dates("A year later, on 17 October 2023, it tightened the rules."), ["2023-10-17"], "restated by the day after it");
}

#[test]
fn undated_sentences_that_do_not_continue_are_not_events() {
    let found = extract("The regulator fined the firm on July 7, 2023. Analysts were surprised.");
    assert_eq!(found.len(), 1);
}

#[test]
fn each_date_of_a_sentence_has_the_subject_and_its_own_actors() {
    let found = extract("On 5 June 2023 the Northern Markets Authority sued Vantor Holdings, and on 6 June 2023 it sued Quillo Group.");
    let names = |i: usize| found[i].actors.iter().map(|a| a.name.as_str()).collect::<Vec<_>>();
    assert_eq!(names(0), ["Northern Markets Authority", "Vantor Holdings"]);
    assert_eq!(names(1), ["Northern Markets Authority", "Quillo Group"]);
}

#[test]
fn each_date_of_a_sentence_is_classified_by_its_own_words() {
    let found = extract("A crackdown that began in late 2020 was declared over on July 7, 2023 with support for platforms.");
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].classification.stance, Stance::Tightening);
    assert_eq!(found[1].classification.stance, Stance::Easing);
}

#[test]
fn a_date_with_no_words_of_its_own_takes_its_clause_before_the_sentence() {
    // "a second one last week" is a second cut: the clause holding it
    // decides, not the rise in the aside before it.
    let found = extract("The central bank, which raised rates in July 2021 for the first time in a decade, made its first cut on 6 June 2023 and a second one last week.");
    let stances: Vec<_> = found.iter().map(|m| (m.date.to_string(), m.classification.stance)).collect();
    assert_eq!(stances, [("2021-07".into(), Stance::Tightening), ("2023-06-06".into(), Stance::Easing), ("2023-07-10".into(), Stance::Easing)]);
}

#[test]
fn comparisons_with_a_past_date_are_not_events() {
    assert!(extract("The index tumbled to its lowest point since June 2020.").is_empty());
    assert_eq!(extract("Rates have been frozen since June 2020.").len(), 1);
    let dates = |text: &str| extract(text).iter().map(|m| m.date.to_string()).collect::<Vec<_>>();
    assert_eq!(dates("It will approve 360,000 permits in 2024, roughly 35% fewer than in 2023."), ["2024"]);
    assert_eq!(dates("Exports rose 5% in 2024 compared with 2019 and more than 2022."), ["2024"]);
    assert_eq!(dates("The rules took effect in 2024, more than a year after 2023."), ["2024", "2023"], "only right after the comparison");
}

#[test]
fn since_is_recognised_in_any_case_and_only_as_a_whole_cue() {
    let s = "Shares hit their LOWEST level SINCE June 2020.";
    let span = s.find("June").unwrap()..s.len() - 1;
    assert!(is_comparison(s, &span));
    let s = "Shares hit their lowest level in June 2020.";
    assert!(!is_comparison(s, &(s.find("June").unwrap()..s.len() - 1)));
    let s = "The worst run ever since 2019.";
    assert!(!is_comparison(s, &(s.find("since").unwrap()..s.len() - 1)), "no superlative before it");
}

#[test]
fn a_dropped_comparison_does_not_lend_its_clause_to_the_next_date() {
    let found = extract("Growth hit its lowest since June 2020, and regulators fined Ant Group in April 2021.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].date.to_string(), "2021-04");
    assert!(found[0].summary.contains("fined"), "{:?}", found[0].summary);
    assert!(!found[0].summary.contains("Growth"), "{:?}", found[0].summary);
    assert_eq!(found[0].classification.category, tideline_model::Category::Fine);
}

#[test]
fn negated_sentences_are_not_events() {
    assert!(extract("The bank did not announce any fine on July 7, 2023.").is_empty());
}
