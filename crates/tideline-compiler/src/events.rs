//! Sentences → event mentions. A sentence that asserts something at a date it
//! names becomes a mention per date; a sentence with no date of its own that
//! continues a dated one ("Similarly, the central bank also …") inherits that
//! date; negated and hypothetical sentences assert nothing and are skipped.

use crate::actors::{ActorFinder, ActorMention};
use crate::amounts::find_amounts;
use crate::classify::{Classification, Classifier};
use crate::context::{continued_date, DatedSentence};
use crate::dates::{tag_dates, DateContext, Resolution};
use crate::diagnostic::Diagnostic;
use crate::lowercase::lowercase;
use crate::own_business::{is_own_business, is_private_suit};
use crate::read::Block;
use crate::segment::split_sentences;
use crate::summary::summarize;
use date_filters::{is_attribute, is_comparison, restated};
use tideline_model::{Amount, DocumentId, EventDate, EventKind, Precision};

mod date_filters;

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
    /// Where its date comes from.
    pub dated_by: DatedBy,
}

/// Where a mention's date comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DatedBy {
    /// Its own words, within the sentence: "fined it on 9 May 2023".
    Words,
    /// Its own words, as the label the sentence opens with: a table row, a
    /// milestone or a chronology entry ("9 May 2023 — Fine announced").
    /// Such an entry may restate a happening the prose tells.
    Label,
    /// The sentence it continues: "The next day it appealed."
    Context,
}

/// The shared tools mention extraction uses.
pub struct Extractors<'a> {
    /// Actor gazetteer.
    pub actors: &'a ActorFinder,
    /// Stance and category rules.
    pub classifier: &'a Classifier,
}

/// True when `sentence` is a heading or a question: four words or fewer
/// with no closing stop, a sentence that ends with a question mark, or a
/// label of words none of which is lowercase ("FOR IMMEDIATE RELEASE -
/// Mexico City, 17 January 2025").
fn is_heading_or_question(sentence: &str) -> bool {
    let text = sentence.trim_end();
    let closed = text.ends_with(['.', '!', '"', '”', '。', '！', ')']);
    text.ends_with(['?', '？']) || !closed && text.split_whitespace().nth(4).is_none() && text.is_ascii() || is_label(text)
}

/// True when `text` has three words or more of Latin letters and none of
/// them opens in lowercase: a dateline, a stamp or a title-case headline,
/// not a sentence (scripts without case never are).
fn is_label(text: &str) -> bool {
    let lettered =
        text.split_whitespace().filter_map(|w| w.trim_start_matches(|c: char| !c.is_alphanumeric()).chars().next()).filter(|c| c.is_alphabetic());
    let mut words = 0;
    for first in lettered {
        // One word that opens in lowercase makes it a sentence: most
        // sentences are told apart by their first words, not read to the end.
        if !first.is_uppercase() {
            return false;
        }
        words += 1;
    }
    words >= 3 && !text.chars().any(|c| ('\u{3400}'..='\u{9fff}').contains(&c))
}

/// How many words either side of a date decide its stance first.
const WINDOW_WORDS: usize = 4;

/// `span` widened by `words` words on each side.
fn words_around(sentence: &str, span: std::ops::Range<usize>, words: usize) -> std::ops::Range<usize> {
    let before = &sentence[..span.start];
    let start = before.char_indices().rev().filter(|(_, c)| c.is_whitespace()).nth(words).map_or(0, |(i, _)| i);
    let after = &sentence[span.end..];
    let end = after.char_indices().filter(|(_, c)| c.is_whitespace()).nth(words).map_or(sentence.len(), |(i, _)| span.end + i);
    start..end
}

/// The clause (between commas) holding a date `span`: the headline for one
/// of several dates in a sentence.
fn clause_around(sentence: &str, range: std::ops::Range<usize>) -> std::ops::Range<usize> {
    // ", " found as bytes, as `rfind` would: setting up its searcher for
    // each date cost more than the search.
    let start = sentence.as_bytes()[..range.start].windows(2).rposition(|w| w[0] == b',' && w[1] == b' ').map_or(0, |i| i + 2);
    let end = sentence[range.end..].find([',', ';']).map_or(sentence.len(), |i| range.end + i);
    start..end
}

/// The part of `sentence` nearest to date `index` of `spans`: from halfway
/// after the previous date to halfway before the next one.
fn own_words(sentence: &str, spans: &[std::ops::Range<usize>], index: usize) -> std::ops::Range<usize> {
    let snap = |mut at: usize| {
        while !sentence.is_char_boundary(at) {
            at -= 1;
        }
        at
    };
    let start = match index.checked_sub(1).and_then(|i| spans.get(i)) {
        Some(prev) => snap((prev.end + spans[index].start) / 2),
        None => 0,
    };
    let end = match spans.get(index + 1) {
        Some(next) => snap((spans[index].end + next.start) / 2),
        None => sentence.len(),
    };
    start..end.max(start)
}

/// Where clauses joined in one sentence meet: "…sued Binance, and the next
/// day it sued Coinbase".
const COORDINATE_BREAKS: &[&str] = &[", and ", "; ", ", but ", ", while ", ", whereas ", " and then "];

/// The coordinate clause of `sentence` that holds the date at `span`.
fn coordinate_clause(sentence: &str, span: &std::ops::Range<usize>) -> std::ops::Range<usize> {
    let before = &sentence[..span.start];
    let start = COORDINATE_BREAKS.iter().filter_map(|b| before.rfind(b).map(|at| at + b.len())).max().unwrap_or(0);
    let after = &sentence[span.end..];
    let end = COORDINATE_BREAKS.iter().filter_map(|b| after.find(b).map(|at| span.end + at)).min().unwrap_or(sentence.len());
    start..end
}

/// The actors of one date of a sentence with several: the sentence's first
/// actor (its subject, who "sued Binance, and the next day … sued
/// Coinbase") and those named in `part`, the words nearest that date.
fn actors_of_part(named: &[(usize, ActorMention)], part: &std::ops::Range<usize>) -> Vec<ActorMention> {
    let mut out: Vec<ActorMention> = named.first().map(|(_, a)| a.clone()).into_iter().collect();
    for (at, actor) in named {
        if part.contains(at) && !out.contains(actor) {
            out.push(actor.clone());
        }
    }
    // A part that names no one of its own ("… in 2019, and again in 2021") keeps them all.
    if out.len() <= 1 {
        return named.iter().map(|(_, a)| a.clone()).collect();
    }
    out
}

/// The year a chronology block gives, and whether the block is only that
/// year (a heading): "2016", "## 2016" read as "2016"; "2016. On 9
/// February …", "2016: …", "2016 – …" open a paragraph of that year.
fn chronology_year(text: &str) -> Option<(i32, bool)> {
    let text = text.trim();
    let digits = text.get(..4).filter(|d| d.bytes().all(|b| b.is_ascii_digit()))?;
    let year: i32 = digits.parse().ok().filter(|y| (1000..=2999).contains(y))?;
    let rest = &text[4..];
    if rest.trim_end_matches([':', '.']).is_empty() {
        return Some((year, true));
    }
    let opens = [". ", ": ", " – ", " — ", " - "].iter().any(|p| rest.starts_with(p));
    opens.then_some((year, false))
}

/// A dated claim before it is classified: where its date came from.
struct Dated {
    /// Which of the sentence's date spans it is (a dropped comparison keeps its span).
    span: Option<usize>,
    date: EventDate,
    end: Option<EventDate>,
    plan: bool,
    from_context: bool,
}

/// True when `sentence` opens with the date at `span` as a label, set off
/// by punctuation, markup aside: "**13 November 2024.** The court ordered
/// …", "Aug. 1: tariff due", but not "Last week the court ordered …".
fn opens_with_date(sentence: &str, span: Option<&std::ops::Range<usize>>) -> bool {
    span.is_some_and(|span| {
        let before = sentence[..span.start].chars().all(|c| !c.is_alphanumeric());
        let after = sentence[span.end..].trim_start().chars().next();
        before && after.is_some_and(|c| !c.is_alphanumeric() && !matches!(c, '(' | ',' | '\'' | '’'))
    })
}

/// The most words a sentence may have and still be too short to tell of a
/// happening without a name, a cue or a figure.
const SHORT_WORDS: usize = 10;

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
    let mut history: Vec<DatedSentence> = Vec::new();
    let mut actors = tools.actors.document();
    for block in blocks {
        actors.know_words(&block.text);
    }
    let mut heading_year = None;
    // Where the current section starts: the block of the last heading.
    let mut section = 0;
    for (block_index, block) in blocks.iter().enumerate() {
        // A chronology's year: a heading that is only a year holds for the
        // blocks after it, a paragraph that opens with one for itself.
        let (section_year, text) = match chronology_year(&block.text) {
            Some((year, true)) => {
                heading_year = Some(year);
                continue;
            }
            // The year is the paragraph's label, not a sentence of its own.
            Some((year, false)) => (Some(year), block.text.trim_start()[4..].trim_start_matches([' ', '.', ':', '–', '—', '-'])),
            None => (heading_year, block.text.as_str()),
        };
        for sentence in split_sentences(text) {
            // A heading ("Escalation in 2019") or a question ("What happened
            // this week?") states no happening.
            if is_heading_or_question(sentence.text) {
                continue;
            }
            // "The following week" may open a new paragraph: the previous date
            // is the last one of this or the paragraph before.
            let mut recent = history.iter().rev().take_while(|d| d.block + 1 >= block_index);
            let previous = history.last().filter(|d| d.block + 1 >= block_index).map(|d| d.mention.end.unwrap_or(d.mention.date));
            let previous_day = recent.find_map(|d| d.last_day);
            let context = DateContext { published, previous, previous_day, section_year };
            let tagged = tag_dates(sentence.text, &context);
            for warning in &tagged.warnings {
                diagnostics.push(Diagnostic::warning(file, block.line, warning.message.clone()));
            }
            // A heading names a section; one that opens with its date labels
            // a happening ("13 March 2024: Parliament adopts the text").
            if block.heading {
                section = block_index;
                if !tagged.mentions.first().is_some_and(|m| sentence.text[..m.span.start].trim().is_empty()) {
                    continue;
                }
            }
            let inherited = if tagged.mentions.is_empty() { continued_date(sentence.text, block_index, section, &history).cloned() } else { None };
            let dated: Vec<Dated> = match &inherited {
                Some(m) => vec![Dated { span: None, date: m.date, end: m.end, plan: m.plan, from_context: true }],
                None => tagged
                    .mentions
                    .iter()
                    .enumerate()
                    .filter(|(_, m)| !is_comparison(sentence.text, &m.span))
                    .filter(|(i, m)| !is_attribute(sentence.text, &m.span) || tagged.mentions.len() == 1 && *i == 0)
                    .filter(|(i, m)| !restated(&tagged.mentions, *i) || m.resolution == Resolution::Absolute)
                    .map(|(i, m)| Dated { span: Some(i), date: m.date, end: m.end, plan: m.plan, from_context: false })
                    .collect(),
            };
            // Continuations chain: a sentence dated by context can itself be continued.
            let own = inherited.is_none();
            if let Some(last) = inherited.or_else(|| tagged.mentions.last().cloned()) {
                let day = |m: &crate::dates::DateMention| Some(m.end.unwrap_or(m.date)).filter(|d| d.precision() == Precision::Day);
                let last_day = if own { tagged.mentions.iter().rev().find_map(day) } else { day(&last) };
                history.push(DatedSentence { lowered: lowercase(sentence.text), mention: last, last_day, block: block_index, own });
            }
            if dated.is_empty() {
                // An undated sentence is still read for the short forms it
                // introduces ("the Commission", "Gensler", "(SEC)").
                actors.learn_from(sentence.text);
                continue;
            }
            let named = actors.read_placed(sentence.text);
            let cues = tools.classifier.sentence(sentence.text);
            let spans: Vec<_> = tagged.mentions.iter().map(|m| m.span.clone()).collect();
            // A negated or hedged sentence asserts nothing, except its dates
            // before a second predicate that holds the negation.
            let asserted_until = match cues.is_non_assertion() {
                true => tools.classifier.unasserted_from(sentence.text),
                false => sentence.text.len(),
            };
            let asserted = |d: &Dated| d.span.and_then(|i| spans.get(i)).is_some_and(|span| span.end <= asserted_until);
            let dated: Vec<Dated> = match asserted_until == sentence.text.len() {
                true => dated,
                false => dated.into_iter().filter(asserted).collect(),
            };
            if dated.is_empty() {
                continue;
            }
            let amounts = find_amounts(sentence.text);
            for d in dated {
                // Stance comes from the words around the date first, then from the
                // part of the sentence nearest to it (each date owns the words
                // closest to it: "a crackdown that began in late 2020 had ended
                // last week"), then from the clause between its commas ("made its
                // first cut on 6 June and a second one last week"), then from the
                // whole sentence.
                let whole = 0..sentence.text.len();
                let mut who = None;
                let (mut classification, kind, focus) = match d.span.and_then(|i| Some((i, spans.get(i)?))) {
                    Some((index, span)) => {
                        let own = own_words(sentence.text, &spans, index);
                        if spans.len() > 1 {
                            who = Some(actors_of_part(&named, &coordinate_clause(sentence.text, span)));
                        }
                        // The words around the date, within its commas: in "switched off
                        // its plants on Saturday, ending six decades of …", the ending
                        // says nothing of Saturday.
                        let around = words_around(sentence.text, span.clone(), WINDOW_WORDS);
                        let clause = clause_around(sentence.text, span.clone());
                        let near = around.start.max(clause.start)..around.end.min(clause.end);
                        // Words that assert nothing decide nothing: "banned exports in
                        // June 2023, and it has not relaxed the ban since" tightens.
                        let asserted_part = |r: &std::ops::Range<usize>| r.start.min(asserted_until)..r.end.min(asserted_until);
                        let c = cues.classify_near(&[asserted_part(&near), asserted_part(&own), asserted_part(&clause), asserted_part(&whole)]);
                        // With several dates, the headline is the clause holding this one.
                        let focus = match spans.len() {
                            1 => whole,
                            _ if clause.len() < 30 => own.clone(),
                            _ => clause,
                        };
                        (c, cues.kind(own, d.plan), focus)
                    }
                    None => (cues.classify(), cues.kind(whole.clone(), d.plan), whole),
                };
                // "Pensioners also had some good news this week", "Still:
                // yesterday was a good day": a short sentence dated from the
                // day of writing, with no one named, no cue and no figure,
                // tells of no happening.
                let told_from_today = d.span.and_then(|i| tagged.mentions.get(i)).is_some_and(|m| m.resolution == Resolution::RelativeToPublication);
                let short = sentence.text.split_whitespace().count() <= SHORT_WORDS;
                if told_from_today && short && named.is_empty() && classification.cues.is_empty() && amounts.is_empty() {
                    continue;
                }
                let subject = named.first().map(|(_, a)| a.name.as_str());
                let summary = summarize(sentence.text, focus, &spans, subject);
                if kind == EventKind::Plan {
                    classification.category = tideline_model::Category::Plan;
                }
                let actors = who.unwrap_or_else(|| named.iter().map(|(_, a)| a.clone()).collect());
                if is_own_business(&classification, sentence.text, &named) || is_private_suit(&classification, sentence.text, &named) {
                    classification.set_aside_for(subject.unwrap_or_default());
                }
                mentions.push(EventMention {
                    date: d.date,
                    end: d.end,
                    kind,
                    classification,
                    actors,
                    amounts: amounts.clone(),
                    summary,
                    document,
                    evidence: sentence.text.to_owned(),
                    line: block.line,
                    dated_by: match d.from_context {
                        true => DatedBy::Context,
                        false if opens_with_date(sentence.text, d.span.and_then(|i| spans.get(i))) => DatedBy::Label,
                        false => DatedBy::Words,
                    },
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
}
