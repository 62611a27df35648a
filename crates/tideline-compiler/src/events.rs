//! Sentences → event mentions. A sentence that asserts something at a date it
//! names becomes a mention per date; a sentence with no date of its own that
//! continues a dated one ("Similarly, the central bank also …") inherits that
//! date; negated and hypothetical sentences assert nothing and are skipped.

use crate::actors::{ActorFinder, ActorMention};
use crate::amounts::find_amounts;
use crate::classify::{Classification, Classifier};
use crate::dates::{tag_dates, DateContext, DateMention};
use crate::diagnostic::Diagnostic;
use crate::read::Block;
use crate::segment::split_sentences;
use crate::summary::summarize;
use tideline_model::{Amount, DocumentId, EventDate, EventKind};

/// One sentence's claim that something happened (or is planned) at a date.
#[derive(Clone, Debug, PartialEq)]
pub struct EventMention {
    /// When.
    pub date: EventDate,
    /// Last period of a span.
    pub end: Option<EventDate>,
    /// Happened or planned.
    pub kind: EventKind,
    /// Stance, category and cues.
    pub classification: Classification,
    /// Who.
    pub actors: Vec<ActorMention>,
    /// Money and percentages.
    pub amounts: Vec<Amount>,
    /// A short headline.
    pub summary: String,
    /// The document.
    pub document: DocumentId,
    /// The sentence.
    pub evidence: String,
    /// 1-based line of the sentence's block.
    pub line: u32,
    /// True when dated by the sentence it continues rather than its own words.
    pub from_context: bool,
}

/// The shared tools mention extraction uses.
pub struct Extractors<'a> {
    /// Actor gazetteer.
    pub actors: &'a ActorFinder,
    /// Stance and category rules.
    pub classifier: &'a Classifier,
}

/// Openers that mark a sentence as continuing the previous one's event.
const CONTINUATION_OPENERS: &[&str] = &[
    "similarly", "likewise", "in addition", "additionally", "at the same time", "the same day",
    "at the ceremony", "at the meeting", "at the signing ceremony", "during the meeting",
    "during the campaign", "it also", "they also", "he also", "she also",
];

fn continues_previous(sentence: &str) -> bool {
    let lowered = sentence.trim_start_matches(['“', '"', '\'']).to_lowercase();
    CONTINUATION_OPENERS.iter().any(|opener| lowered.starts_with(opener))
        || lowered.split_whitespace().take(8).any(|w| w == "also")
}

/// A dated claim before it is classified: where its date came from.
struct Dated {
    date: EventDate,
    end: Option<EventDate>,
    plan: bool,
    from_context: bool,
}

/// Extracts the event mentions of one document's blocks.
pub fn extract_mentions(
    document: DocumentId,
    file: &str,
    blocks: &[Block],
    published: Option<EventDate>,
    tools: &Extractors<'_>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<EventMention> {
    let mut mentions = Vec::new();
    for block in blocks {
        let mut previous: Option<DateMention> = None;
        for sentence in split_sentences(&block.text) {
            let context = DateContext { published, previous: previous.as_ref().map(|m| m.date) };
            let tagged = tag_dates(sentence.text, &context);
            for warning in &tagged.warnings {
                diagnostics.push(Diagnostic::warning(file, block.line, warning.message.clone()));
            }
            let dated: Vec<Dated> = if tagged.mentions.is_empty() {
                match &previous {
                    Some(prev) if continues_previous(sentence.text) => {
                        vec![Dated { date: prev.date, end: prev.end, plan: prev.plan, from_context: true }]
                    }
                    _ => Vec::new(),
                }
            } else {
                tagged.mentions.iter().map(|m| Dated { date: m.date, end: m.end, plan: m.plan, from_context: false }).collect()
            };
            if let Some(last) = tagged.mentions.last() {
                previous = Some(last.clone());
            }
            if dated.is_empty() || tools.classifier.is_non_assertion(sentence.text) {
                continue;
            }
            let classification = tools.classifier.classify(sentence.text);
            let actors = tools.actors.find(sentence.text);
            let amounts = find_amounts(sentence.text);
            let spans: Vec<_> = tagged.mentions.iter().map(|m| m.span.clone()).collect();
            let summary = summarize(sentence.text, &spans);
            for d in dated {
                let kind = tools.classifier.kind(sentence.text, d.plan);
                let mut classification = classification.clone();
                if kind == EventKind::Plan {
                    classification.category = tideline_model::Category::Plan;
                }
                mentions.push(EventMention {
                    date: d.date,
                    end: d.end,
                    kind,
                    classification,
                    actors: actors.clone(),
                    amounts: amounts.clone(),
                    summary: summary.clone(),
                    document,
                    evidence: sentence.text.to_owned(),
                    line: block.line,
                    from_context: d.from_context,
                });
            }
        }
    }
    mentions
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::ExtraCues;
    use tideline_model::{Category, CivilDate, Stance};

    fn extract(text: &str) -> Vec<EventMention> {
        let actors = ActorFinder::new(&[]);
        let classifier = Classifier::new(&ExtraCues::default());
        let tools = Extractors { actors: &actors, classifier: &classifier };
        let blocks = vec![Block { text: text.into(), line: 3 }];
        let published = Some(EventDate::day(CivilDate::new(2023, 7, 20).unwrap()));
        extract_mentions(DocumentId(0), "a.txt", &blocks, published, &tools, &mut Vec::new())
    }

    #[test]
    fn a_dated_sentence_becomes_a_classified_mention() {
        let found = extract("The regulator fined the firm on July 7, 2023.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].date.to_string(), "2023-07-07");
        assert_eq!((found[0].classification.stance, found[0].classification.category), (Stance::Tightening, Category::Fine));
        assert_eq!(found[0].line, 3);
        assert!(!found[0].from_context);
    }

    #[test]
    fn a_continuing_sentence_inherits_the_previous_date() {
        let found = extract("The regulator fined the firm on July 7, 2023. Similarly, the central bank also announced a fine of RMB 1 billion.");
        assert_eq!(found.len(), 2);
        assert_eq!(found[1].date.to_string(), "2023-07-07");
        assert!(found[1].from_context);
        assert_eq!(found[1].amounts[0].text, "RMB 1 billion");
    }

    #[test]
    fn undated_sentences_that_do_not_continue_are_not_events() {
        let found = extract("The regulator fined the firm on July 7, 2023. Analysts were surprised.");
        assert_eq!(found.len(), 1);
    }

    #[test]
    fn negated_sentences_are_not_events() {
        assert!(extract("The bank did not announce any fine on July 7, 2023.").is_empty());
    }
}
