//! Tense cues: does the clause around a date speak of the future ("will",
//! "is to", "plans to")? Used to pick a direction for "on Wednesday" and to
//! mark plans. Looks only at the sentence it is given.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

/// Words that put a clause in the future. "would" is left out: in news it is
/// reported speech about the past ("said it would …").
static FUTURE_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?:will|shall|expects?\s+to|(?:is|are)\s+(?:set|due|scheduled|expected|going|poised|slated)\s+to|(?:is|are)\s+to|plans?\s+to|aims?\s+to|intends?\s+to|to\s+be\s+held|scheduled\s+for)(?-u:\b)|['’]ll(?-u:\b)",
    )
    .expect("the future-cue pattern is valid")
});

/// Characters that end a clause for the purpose of tense.
fn is_clause_boundary(c: char) -> bool {
    matches!(c, '.' | ';' | ':' | '!' | '?' | ',' | '“' | '”' | '"' | '(' | ')' | '—' | '–')
}

/// The index of the last clause boundary before `pos`, if any.
fn boundary_before(sentence: &str, pos: usize) -> Option<usize> {
    sentence[..pos].char_indices().rev().find(|(_, c)| is_clause_boundary(*c)).map(|(i, _)| i)
}

/// The index and width of the first clause boundary at or after `pos`, if any.
fn boundary_after(sentence: &str, pos: usize) -> Option<(usize, usize)> {
    sentence[pos..].char_indices().find(|(_, c)| is_clause_boundary(*c)).map(|(i, c)| (pos + i, c.len_utf8()))
}

/// The start of the clause that begins after the boundary before `pos`.
fn clause_start(sentence: &str, pos: usize) -> usize {
    boundary_before(sentence, pos).map_or(0, |i| i + sentence[i..].chars().next().map_or(1, char::len_utf8))
}

/// The end of the clause containing `pos`.
fn clause_end(sentence: &str, pos: usize) -> usize {
    boundary_after(sentence, pos).map_or(sentence.len(), |(i, _)| i)
}

/// The number of words in `text`.
fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// Common irregular past forms in news prose.
const IRREGULAR_PAST: [&str; 20] = [
    "began", "begun", "came", "took", "held", "met", "said", "was", "were", "had", "made", "saw", "rose", "fell", "sent", "went", "became", "spoke",
    "told", "paid",
];

/// Words that may sit between a verb and its date ("launched in early July").
const LINKS: [&str; 9] = ["in", "on", "at", "since", "during", "from", "the", "early", "late"];

/// True when the verb right before the date is in the past and not passive
/// future ("launched in July" yes; "will be launched in July" no). It
/// overrides a future cue elsewhere in the clause ("plans to deepen … a
/// campaign launched in July").
fn past_verb_governs(sentence: &str, start: usize) -> bool {
    let mut words = sentence[..start].split_whitespace().rev().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase());
    let mut word = words.next();
    for _ in 0..2 {
        match word.as_deref() {
            Some(w) if LINKS.contains(&w) => word = words.next(),
            _ => break,
        }
    }
    let Some(verb) = word else { return false };
    is_past_form(&verb) && !matches!(words.next().as_deref(), Some("be" | "been" | "being"))
}

/// True for a lowercase word that looks like a past-tense verb.
fn is_past_form(word: &str) -> bool {
    (word.len() > 4 && word.ends_with("ed")) || IRREGULAR_PAST.contains(&word)
}

/// True when the first verb-like cue in `text` is a future one, not a past
/// form ("Liu emphasized that … will" is past).
fn future_comes_first(text: &str) -> bool {
    let Some(cue) = FUTURE_CUE.find(text) else {
        return false;
    };
    !text[..cue.start()].split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase()).any(|w| is_past_form(&w))
}

/// True when the date at byte `start` follows "would" with no verb of its
/// own in the past between them, as reported speech states a plan: "said
/// exports would be limited to 18,125 tons in 2026", not "said it would
/// relist the token, which it had suspended in January 2021".
pub fn follows_would(sentence: &str, start: usize) -> bool {
    let before = &sentence[..start];
    let Some(at) = before.to_ascii_lowercase().rmatch_indices("would").map(|(i, _)| i).next() else { return false };
    let between = &before[at..];
    let words: Vec<String> = between.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase()).collect();
    let past = words.iter().enumerate().skip(1).any(|(i, w)| is_past_form(w) && !matches!(words[i - 1].as_str(), "be" | "been"));
    words.first().is_some_and(|w| w == "would") && !past && !between.contains(['.', ';', ':'])
}

/// True when the clause around `span` carries a future cue. A date that
/// stands almost alone in its clause ("In 2024, the firm will …") borrows the
/// neighbouring clauses.
pub(super) fn speaks_of_future(sentence: &str, span: Range<usize>) -> bool {
    let valid = span.start <= span.end && sentence.is_char_boundary(span.start) && sentence.is_char_boundary(span.end);
    if !valid || past_verb_governs(sentence, span.start) {
        return false;
    }
    let mut start = clause_start(sentence, span.start);
    let mut end = clause_end(sentence, span.end);
    let own_words = word_count(&sentence[start..span.start]) + word_count(&sentence[span.end..end]);
    if own_words < 2 {
        // A fronted date takes the tense of the clause it introduces.
        if let Some(previous) = boundary_before(sentence, span.start) {
            start = clause_start(sentence, previous);
        }
        if let Some((next, width)) = boundary_after(sentence, span.end) {
            end = clause_end(sentence, next + width);
        }
        return FUTURE_CUE.is_match(&sentence[start..span.start]) || future_comes_first(&sentence[span.end..end]);
    }
    FUTURE_CUE.is_match(&sentence[start..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn future_at(sentence: &str, expression: &str) -> bool {
        let start = sentence.find(expression).unwrap();
        speaks_of_future(sentence, start..start + expression.len())
    }

    #[test]
    fn a_date_after_would_is_reported_future_unless_a_past_verb_governs_it() {
        let at = |s: &str, e: &str| follows_would(s, s.find(e).unwrap());
        assert!(at("It said exports would be limited to 18,125 tons in 2026.", "2026"));
        assert!(!at("It said it would relist XRP, which it had suspended in January 2021.", "January"));
        assert!(!at("It would grow. Sales fell in 2021.", "2021"));
        assert!(!at("Sales fell in 2021, it said.", "2021"));
    }

    #[test]
    fn will_before_the_date_is_future() {
        assert!(future_at("Li will meet the firms on Wednesday.", "Wednesday"));
        assert!(future_at("The ministry plans to issue rules next year.", "next year"));
    }

    #[test]
    fn a_future_quote_in_another_clause_is_not_this_dates_tense() {
        let s = "“Firms will look forward,” Li said at Wednesday’s meeting, according to state media.";
        assert!(!future_at(s, "Wednesday"));
    }

    #[test]
    fn a_fronted_date_borrows_the_next_clause() {
        assert!(future_at("In 2024, the firm will list its shares.", "2024"));
    }

    #[test]
    fn a_past_verb_before_the_date_outweighs_a_future_cue() {
        let s = "The regulator plans to deepen scrutiny of a campaign launched in July.";
        assert!(!future_at(s, "July"));
        assert!(future_at("The rules will be launched in July.", "July"));
    }

    #[test]
    fn a_fronted_date_before_a_past_main_verb_is_past() {
        let s = "In September, Liu He emphasized that support had not changed and will never change.";
        assert!(!future_at(s, "September"));
    }

    #[test]
    fn reported_would_is_not_future() {
        assert!(!future_at("In July, Liu said the government would help firms.", "July"));
    }
}
