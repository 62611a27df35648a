//! Which earlier date an undated sentence continues. News prose often states
//! a date once and goes on about the same event: "Similarly, the central bank
//! also announced …", "At the signing ceremony, …", "Xiao's comments come …".
//! Such a sentence inherits the date of the sentence it refers back to; any
//! other undated sentence is not an event.

use crate::dates::DateMention;
use crate::lowercase::lowercase;
use tideline_model::EventDate;

/// Openers that continue the previous sentence's event.
const OPENERS: &[&str] = &[
    "similarly",
    "likewise",
    "in addition",
    "additionally",
    "at the same time",
    "the same day",
    "that day",
    // Enumerations continue the sentence that announced them: "… three forms since 2021. Second, …"
    "first,",
    "second,",
    "third,",
    "fourth,",
    "finally,",
];

/// Pronoun subjects that, followed by a past-tense verb, continue the
/// previous sentence's event: "This sent the market into a rally."
const PRONOUN_SUBJECTS: &[&str] = &["this", "that", "it"];

/// Phrases anywhere in the sentence that place it on the previous date.
const SAME_TIME_PHRASES: &[&str] = &["in premarket trade", "in early trade", "in morning trade", "in afternoon trade", "in late trade"];

/// Words that place an undated event close to publication: it continues the
/// latest date discussed nearby, not merely the last one written.
const RECENCY_WORDS: &[&str] = &["recently", "lately"];

/// Prepositions that, before a determiner and an event noun, refer back:
/// "at the ceremony", "during the campaign", "in his interview".
const PREPOSITIONS: &[&str] = &["at", "during", "in", "after", "following", "since", "before"];

/// How many blocks back a continuation may reach without naming its event.
const NEARBY_BLOCKS: usize = 2;

/// Nouns that refer back to an event already dated: "the ceremony", "his interview".
const EVENT_NOUNS: &[&str] = &[
    "interview",
    "comments",
    "remarks",
    "statement",
    "speech",
    "meeting",
    "ceremony",
    "symposium",
    "forum",
    "summit",
    "visit",
    "campaign",
    "crackdown",
    "announcement",
    "talks",
    "agreement",
    "message",
];

/// Words that make the following event noun refer back.
const DETERMINERS: &[&str] = &["the", "this", "that", "his", "her", "their", "its"];

/// A dated sentence seen earlier in the document.
#[derive(Clone, Debug)]
pub struct DatedSentence {
    /// The sentence, lowercased.
    pub lowered: String,
    /// Its last date mention (the one a continuation most likely means).
    pub mention: DateMention,
    /// Its last mention of a day, which may come before a coarser last
    /// mention ("On Friday, 10 March, regulators closed the bank, the
    /// largest failure since 2008"): what "two days later" counts from.
    pub last_day: Option<EventDate>,
    /// Index of its block.
    pub block: usize,
    /// True when the sentence states the date itself (not inherited).
    pub own: bool,
}

fn words(lowered: &str) -> Vec<&str> {
    if lowered.is_ascii() {
        return ascii_words(lowered);
    }
    lowered.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’').filter(|w| !w.is_empty()).collect()
}

/// [`words`] of ASCII text, split byte by byte: there a letter or digit is
/// an ASCII one and no character needs decoding.
fn ascii_words(text: &str) -> Vec<&str> {
    let mut words = Vec::new();
    let mut start = None;
    for (at, &byte) in text.as_bytes().iter().enumerate() {
        let in_word = byte.is_ascii_alphanumeric() || byte == b'\'';
        match (in_word, start) {
            (true, None) => start = Some(at),
            (false, Some(from)) => {
                words.push(&text[from..at]);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(from) = start {
        words.push(&text[from..]);
    }
    words
}

/// Common irregular past tenses of news verbs.
const IRREGULAR_PAST: &[&str] = &[
    "said", "met", "made", "took", "began", "gave", "set", "put", "sent", "won", "lost", "told", "held", "paid", "sold", "bought", "cut", "led",
    "rose", "fell", "saw", "became",
];

fn is_past_tense(word: &str) -> bool {
    (word.len() > 4 && word.ends_with("ed")) || IRREGULAR_PAST.contains(&word)
}

/// The event noun a sentence refers back to near its start ("During the
/// campaign", "In his interview", "Xiao's comments"), if any, from the
/// sentence's lowercased `words`.
fn referring_noun(words: &[&str]) -> Option<&'static str> {
    let noun_at = |i: usize| words.get(i).and_then(|w| EVENT_NOUNS.iter().copied().find(|n| n == w));
    (0..words.len()).find_map(|i| {
        let word = words[i];
        // Possessives refer back only as the subject: "Xiao's comments come …".
        if i < 3 && (word.ends_with("'s") || word.ends_with("’s")) {
            return noun_at(i + 1);
        }
        let prepositional = PREPOSITIONS.contains(&word) && words.get(i + 1).is_some_and(|d| DETERMINERS.contains(d));
        // "at the signing ceremony": allow one modifier between determiner and noun.
        prepositional.then(|| noun_at(i + 2).or_else(|| noun_at(i + 3))).flatten()
    })
}

/// The earlier date that `sentence` (with no date of its own, in block
/// `block` of a section that opens at block `section`) continues, or `None`
/// when it starts nothing of its own. Only a sentence that names what it
/// refers to ("the fine") reaches back past the section's heading.
pub fn continued_date<'a>(sentence: &str, block: usize, section: usize, history: &'a [DatedSentence]) -> Option<&'a DateMention> {
    let lowered = lowercase(sentence.trim_start_matches(['“', '"', '\'', '‘']));
    let last = history.last()?;
    let nearby = block <= last.block + NEARBY_BLOCKS && last.block >= section;
    // Split once: the referring noun and the cues below read the same words.
    let sentence_words = words(&lowered);
    if let Some(noun) = referring_noun(&sentence_words) {
        // The latest dated sentence that mentions the same thing, else the last one nearby.
        let stem = &noun[..noun.len().min(6)];
        if let Some(found) = history.iter().rev().find(|d| d.own && d.lowered.contains(stem)) {
            return Some(&found.mention);
        }
        return nearby.then_some(&last.mention);
    }
    if !nearby {
        return None;
    }
    if sentence_words.iter().any(|w| RECENCY_WORDS.contains(w)) {
        return history
            .iter()
            .rev()
            .take_while(|d| block <= d.block + NEARBY_BLOCKS && d.block >= section)
            .max_by_key(|d| d.mention.end.unwrap_or(d.mention.date).last_day())
            .map(|d| &d.mention);
    }
    let opener = OPENERS.iter().any(|o| lowered.starts_with(o));
    // "X, the owner of Y, also started …": "also" early, before a past-tense
    // main verb; not "firms that also included" nor "have also explicitly …".
    let also = sentence_words.iter().take(12).enumerate().any(|(i, w)| {
        *w == "also"
            && !matches!(i.checked_sub(1).map(|p| sentence_words[p]), Some("that" | "which" | "who"))
            && sentence_words.get(i + 1).is_some_and(|verb| is_past_tense(verb))
    });
    let same_time = SAME_TIME_PHRASES.iter().any(|p| lowered.contains(p));
    let pronoun =
        sentence_words.first().is_some_and(|w| PRONOUN_SUBJECTS.contains(w)) && sentence_words.get(1).is_some_and(|verb| is_past_tense(verb));
    (opener || also || same_time || pronoun).then_some(&last.mention)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_words_split_as_the_character_split_does() {
        fn split(t: &str) -> Vec<&str> {
            t.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’').filter(|w| !w.is_empty()).collect()
        }
        for text in ["", "  ", "xiao's comments, in 2023: it's 50-50!", "a", "end.", "--x--y", "'quoted'"] {
            assert_eq!(ascii_words(text), split(text), "{text:?}");
        }
    }
    use crate::dates::Resolution;
    use tideline_model::EventDate;

    fn dated(text: &str, month: u32, block: usize) -> DatedSentence {
        let mention =
            DateMention { span: 0..1, date: EventDate::month(2021, month).unwrap(), end: None, resolution: Resolution::Absolute, plan: false };
        DatedSentence { lowered: text.to_lowercase(), mention, last_day: None, block, own: true }
    }

    fn month_of(sentence: &str, block: usize, history: &[DatedSentence]) -> Option<u32> {
        continued_date(sentence, block, 0, history).map(|m| m.date.start().month())
    }

    #[test]
    fn similarly_and_also_continue_the_previous_date() {
        let history = [dated("The bank fined Tencent in July.", 7, 0)];
        assert_eq!(month_of("Similarly, the central bank also announced a fine.", 0, &history), Some(7));
        assert_eq!(month_of("Alibaba, the owner of the newspaper, also started allowing payments.", 1, &history), Some(7));
        assert_eq!(month_of("Regulators have also explicitly sent signals.", 0, &history), None);
        assert_eq!(month_of("Firms that also included JD.com attended.", 0, &history), None);
    }

    #[test]
    fn a_referring_noun_finds_the_sentence_that_named_it() {
        let history = [dated("The minister said so in an interview published in October.", 10, 0), dated("Last month, WeChat opened links.", 9, 2)];
        assert_eq!(month_of("In his interview with the paper, Xiao pledged support.", 3, &history), Some(10));
        assert_eq!(month_of("At the signing ceremony, the mayor spoke.", 3, &history), Some(9), "no ceremony named: the last date nearby");
        assert_eq!(month_of("The mayor, a party official, said at the signing ceremony that ties were good.", 3, &history), Some(9));
        assert_eq!(month_of("During the campaign, regulators punished firms.", 6, &history), None, "no campaign, nothing nearby");
        assert_eq!(month_of("Still, the crackdown shows no signs of abating.", 3, &history), None, "not a back-reference");
    }

    #[test]
    fn recently_continues_the_latest_date_discussed_nearby() {
        let history = [dated("Fines came in July.", 7, 0), dated("The probe began in March.", 3, 0)];
        assert_eq!(month_of("Tencent recently disclosed a fine.", 1, &history), Some(7));
    }

    #[test]
    fn unrelated_or_distant_sentences_start_nothing() {
        let history = [dated("The bank fined Tencent in July.", 7, 0)];
        assert_eq!(month_of("Analysts were surprised.", 0, &history), None);
        assert_eq!(month_of("Similarly, shares fell.", 5, &history), None, "too far from the dated paragraph");
        assert_eq!(month_of("In premarket trade, shares rose.", 2, &history), Some(7));
        assert_eq!(month_of("This sent the market into a rally.", 0, &history), Some(7));
        assert_eq!(month_of("Second, the state took measures.", 1, &history), Some(7));
        assert_eq!(month_of("This is a big change.", 0, &history), None);
        assert_eq!(month_of("Similarly, shares fell.", 0, &[]), None);
    }
}
