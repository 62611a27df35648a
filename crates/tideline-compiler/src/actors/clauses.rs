//! What a name does in its clause: whether it is the subject of a verb
//! ("UEFA announced", "Renfe took"), opens a clause, qualifies the noun
//! after it ("a New York jury") or names a body's people ("FIFA
//! officials"), read from the words around it.

use super::names::Word;
use super::vocabulary::Recognition;
use std::ops::Range;

/// True when the words of `run` are a clause's subject: no preposition
/// before them ("the price of XRP") and a verb after them ("UEFA announced",
/// "Renfe took the fight abroad").
pub(super) fn acts(words: &[Word<'_>], run: &Range<usize>, sentence: &str, r: &Recognition) -> bool {
    const PREPOSITIONS: &[&str] = &["of", "in", "for", "to", "from", "on", "at", "by", "with", "against", "into", "over"];
    let after_preposition = run.start > 0 && PREPOSITIONS.contains(&words[run.start - 1].text.to_lowercase().as_str());
    let after = &sentence[words[run.end - 1].span.1..];
    !after_preposition && verb_next(after, r)
}

/// True when `run` is set off from its verb by a phrase between commas
/// that describes it: "Ouigo, the low-cost arm of SNCF, ran", "Iryo,
/// owned by Trenitalia, entered". The phrase opens with an article or a
/// participle, and the verb after it is no "and" or "or".
pub(super) fn acts_past_aside(words: &[Word<'_>], run: &Range<usize>, sentence: &str, r: &Recognition) -> bool {
    const ASIDE: usize = 100;
    let after = &sentence[words[run.end - 1].span.1..];
    let Some(aside) = after.strip_prefix(", ") else { return false };
    let opener = next_word(aside);
    let describes = matches!(opener, "the" | "a" | "an" | "its") || opener.ends_with("ed") || r.irregular_past.contains_key(opener);
    let cut = (0..=aside.len().min(ASIDE)).rev().find(|&at| aside.is_char_boundary(at)).unwrap_or(0);
    let within = &aside[..cut];
    let within = within.find(['.', ';', ':']).map_or(within, |stop| &within[..stop]);
    // The aside may hold a list: "owned by Trenitalia, Air Nostrum and Globalvia, entered".
    describes
        && within.match_indices(", ").any(|(end, _)| {
            let rest = &aside[end + 1..];
            !matches!(next_word(rest), "and" | "or" | "but") && verb_next(rest, r)
        })
}

/// True when `before`, the word before a name, ends a clause or joins
/// one, so that the name opens it as its subject ("after the freeze,
/// Harvard sued", "and Huayou completed"), not the object of a verb
/// ("granted Aduhelm accelerated approval") nor the end of a longer name
/// ("the D.C. Circuit").
pub(super) fn opens_clause(before: &Word<'_>) -> bool {
    const JOINING: &[&str] =
        &["and", "but", "when", "while", "after", "before", "as", "because", "then", "that", "since", "until", "so", "or", "where"];
    before.breaks && !before.capitalised() || JOINING.contains(&before.text)
}

/// [`acts`], with a verb of its own after it: not "and" or "or" joining
/// another name ("Safety and Accountability Act").
pub(super) fn acts_alone(words: &[Word<'_>], run: &Range<usize>, sentence: &str, r: &Recognition) -> bool {
    let joined = words.get(run.end).is_some_and(|w| matches!(w.text, "and" | "or" | "&"));
    !joined && acts(words, run, sentence, r)
}

/// True when the word after `run` is a lowercase noun it qualifies ("the
/// TTF hub", "the AI liability directive"), not a verb or a word that
/// joins a clause ("the ACCC to develop", "the SEC said").
pub(super) fn qualifies_next(words: &[Word<'_>], run: &Range<usize>, sentence: &str) -> bool {
    const JOINING: &[&str] = &[
        "to", "and", "or", "of", "in", "on", "for", "with", "as", "at", "by", "from", "that", "which", "who", "over", "after", "before", "into",
        "against", "under", "about", "than", "but", "not", "also",
    ];
    let last = &words[run.end - 1];
    let Some(next) = words.get(run.end).filter(|_| !last.breaks) else { return false };
    let lowercase = next.text.bytes().next().is_some_and(|b| b.is_ascii_lowercase());
    lowercase && !JOINING.contains(&next.text) && !verb_follows(&sentence[last.span.1..])
}

/// How many words a time phrase before a subject "it" may run to: "A year
/// later, on 17 October 2023, it tightened".
const OPENING_WORDS: usize = 9;

/// Where "it" stands as the subject of the sentence's main clause, with a
/// verb that tells what something did ("It lowered", "it has"), not "it
/// was" or "it is", which open a statement about anything: the sentence's
/// first word, or the first after a time phrase that opens it ("On 23
/// December it said", "Five days later it imposed").
pub(super) fn subject_it(words: &[Word<'_>], sentence: &str) -> Option<usize> {
    let at = words.iter().take(OPENING_WORDS + 1).position(|w| w.text == "it" || w.text == "It")?;
    let pronoun = &words[at];
    let opening = &words[..at];
    let timely = at == 0 && pronoun.text == "It" || at > 0 && pronoun.text == "it" && opens_with_time(opening);
    let after = &sentence[pronoun.span.1..];
    let acts = verb_follows(after) && !matches!(next_word(after), "is" | "was" | "will" | "would" | "may" | "can" | "could" | "must" | "and" | "or");
    (timely && !pronoun.breaks && acts).then_some(pronoun.span.0)
}

/// True when the name starting at byte `at` of `sentence` opens its main
/// clause: it is the sentence's first word (after "the"), or the first
/// after a time phrase ("The same day Daihatsu said", "On 3 May Toyota
/// halted"), so that it is the subject of what follows.
pub(super) fn opens_main_clause(sentence: &str, at: usize) -> bool {
    let words = super::names::words(&sentence[..at]);
    let opening = match words.split_last() {
        Some((last, rest)) if last.text.eq_ignore_ascii_case("the") && !last.breaks => rest,
        _ => &words[..],
    };
    opening.is_empty() || opening.len() <= OPENING_WORDS && opens_with_time(opening)
}

/// True when `opening`, the words before a subject, are a time phrase: they
/// hold a date word or a figure ("On 23 December", "Five days later", "In
/// a circular dated 22 December 2023") and no word that opens a clause of
/// its own ("When the court ruled").
fn opens_with_time(opening: &[Word<'_>]) -> bool {
    const CLAUSE_WORDS: &[&str] =
        &["when", "after", "before", "as", "while", "because", "since", "if", "although", "though", "that", "which", "who", "and", "but"];
    const TIME_WORDS: &[&str] = &[
        "later",
        "earlier",
        "ago",
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "morning",
        "evening",
        "afternoon",
        "night",
        "then",
    ];
    let first = opening.first().map(|w| w.text.to_ascii_lowercase());
    let clause = first.as_deref().is_some_and(|w| CLAUSE_WORDS.contains(&w)) || opening.iter().skip(1).any(|w| CLAUSE_WORDS.contains(&w.text));
    let timely = opening
        .iter()
        .any(|w| w.text.starts_with(|c: char| c.is_ascii_digit()) || TIME_WORDS.contains(&w.text) || crate::dates::is_written_date_name(w.text));
    !clause && timely
}

/// True unless the words `after` a name make it qualify the noun that
/// follows ("a New York jury", "EU-US talks", "EU lawmakers"): a lowercase
/// word that is not a verb nor an article, or a hyphen. "labelled China a
/// currency manipulator" names China.
pub(super) fn qualifies_nothing(after: &str, r: &Recognition) -> bool {
    if after.starts_with('-') {
        return false;
    }
    let next = next_word(after);
    match next.chars().next() {
        Some(c) if c.is_lowercase() => verb_next(after, r) || matches!(next, "a" | "an") && after.starts_with(' '),
        _ => true,
    }
}

/// [`verb_follows`], or an irregular past tense next: "FIFA sold".
pub(super) fn verb_next(after: &str, r: &Recognition) -> bool {
    verb_follows(after) || r.irregular_past.contains_key(next_word(after))
}

/// The first word of `after` past a time phrase, without punctuation.
fn next_word(after: &str) -> &str {
    let after = without_time_phrase(after);
    after.split_whitespace().next().unwrap_or("").trim_matches(|c: char| !c.is_alphanumeric())
}

/// True when the next word of `after` (past a time phrase) is a past-tense
/// verb or an auxiliary, or joins another subject ("and", "or").
pub(super) fn verb_follows(after: &str) -> bool {
    const AUXILIARIES: &[&str] = &[
        "has", "have", "had", "is", "was", "will", "would", "said", "says", "can", "could", "may", "must", "plans", "wants", "became", "remains",
        "and", "or",
    ];
    /// Words that open the object of a present-tense verb: "launches its
    /// own mission", "grounds the fleet".
    const DETERMINERS: &[&str] = &["its", "the", "a", "an", "all", "their", "his", "her", "new"];
    let mut rest = without_time_phrase(after).split_whitespace();
    let next = rest.next().unwrap_or("").trim_matches(|c: char| !c.is_alphanumeric());
    // "grounds the fleet", and "announce that" after a plural subject.
    let then = rest.next();
    let present =
        next.ends_with('s') && !next.ends_with("ss") && then.is_some_and(|w| DETERMINERS.contains(&w)) || !next.is_empty() && then == Some("that");
    next.ends_with("ed") || AUXILIARIES.contains(&next) || present
}

/// True when the word `after` a name, or the one after a lowercase word
/// qualifying it, is a noun for its people ("FIFA officials", "European
/// Union energy ministers"), so that the name takes part.
pub(super) fn names_members(after: &str, r: &Recognition) -> bool {
    let mut words = after.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    let first = words.next().unwrap_or("");
    r.member_nouns.contains_key(first)
        || first.starts_with(char::is_lowercase)
            && !r.member_nouns.contains_key(first)
            && words.next().is_some_and(|second| r.member_nouns.contains_key(second))
}

/// Adverbs that may stand between a subject and its verb: "Mexico also
/// put", "the Senate formally adopted".
const ADVERBS: &[&str] = &["also", "then", "again", "now", "still", "already", "first", "finally", "once", "too", "itself", "later"];

/// `after` past one adverb that opens it ("also", or a word in "-ly"
/// followed by more words): the verb comes next.
fn past_adverb(after: &str) -> &str {
    let rest = after.trim_start();
    let Some(first) = rest.split_whitespace().next() else { return after };
    let adverb = ADVERBS.contains(&first) || first.len() > 4 && first.ends_with("ly") && first.bytes().all(|b| b.is_ascii_lowercase());
    match adverb && rest.len() > first.len() {
        true => &rest[first.len()..],
        false => after,
    }
}

/// Words that open a short time phrase between a subject and its verb:
/// "Argentina on Monday lifted", "China last week fined".
const TIME_OPENERS: &[&str] = &["on", "in", "last", "this", "earlier", "later", "early", "late"];

/// `after` without a time phrase it opens with ("on Monday", "last week",
/// "in March 2024", "yesterday"), so that the verb after it is read.
fn without_time_phrase(after: &str) -> &str {
    let after = past_adverb(after);
    let mut rest = after.trim_start_matches([',', ' ']);
    let first = rest.split_whitespace().next().unwrap_or("");
    if matches!(first, "yesterday" | "today") {
        return &rest[first.len()..];
    }
    if !TIME_OPENERS.contains(&first) {
        return after;
    }
    rest = rest[first.len()..].trim_start();
    let next = rest.split_whitespace().next().unwrap_or("").trim_end_matches(',');
    let timely = next.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()) || matches!(next, "week" | "month" | "year");
    if !timely {
        return after;
    }
    rest = &rest[next.len()..];
    // "on 5 June", "in March 2024", "on Monday, 19 December".
    while let Some(w) = rest.split_whitespace().next().filter(|w| {
        w.trim_end_matches(',').chars().all(|c| c.is_ascii_digit())
            || w.chars().next().is_some_and(char::is_uppercase) && w.len() <= 10 && rest.trim_start().len() > w.len()
    }) {
        let at = rest.find(w).unwrap_or(0) + w.len();
        rest = &rest[at..];
        if w.ends_with(',') {
            break;
        }
    }
    rest.trim_start_matches(',')
}
