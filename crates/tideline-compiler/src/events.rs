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
mod tests;
