//! Countries and places in a sentence: governments named by a country's
//! adjective or possessive ("Chinese authorities", "Japan's government"),
//! and what a place named does there (acts, is where a happening is set,
//! or only stands aside).

use super::names::{qualifies_nothing, verb_follows, Word};
use super::vocabulary::Recognition;
use super::ActorMention;
use std::ops::Range;
use tideline_model::ActorKind;

/// Where `words` name a country's government by its adjective ("Chinese
/// authorities", "the Australian government"): the word range and the
/// government.
pub(super) fn demonym_governments(words: &[Word<'_>], r: &Recognition) -> Vec<(Range<usize>, ActorMention)> {
    let mut out = Vec::new();
    for pair in words.windows(2) {
        let (adjective, noun) = (&pair[0], &pair[1]);
        if r.demonyms.contains_key(adjective.text) && !adjective.breaks && r.government_nouns.contains_key(&noun.text.to_lowercase()) {
            // "the Australian Government" is a name as it stands.
            let noun = if noun.capitalised() { noun.text } else { "government" };
            out.push((adjective.span.0..pair[1].span.1, ActorMention { name: format!("{} {noun}", adjective.text), kind: ActorKind::Government }));
        }
    }
    // "Japan's government", "South Korea's authorities": the country's own.
    for (i, _) in words.iter().enumerate().filter(|(_, w)| w.possessive) {
        let Some(noun) = words.get(i + 1).filter(|n| !n.capitalised() && r.government_nouns.contains_key(n.text)) else { continue };
        let country = (i.saturating_sub(2)..=i).find_map(|from| {
            let name = &sentence_text(words, from, i);
            r.countries.get(name.as_str()).map(|country| (from, country))
        });
        if let Some((from, country)) = country {
            let adjective = r.adjective_of.get(country).map(String::as_str);
            out.push((words[from].span.0..noun.span.1, government_of(country, adjective)));
        }
    }
    out
}

/// The words `from..=to` of `words` joined by single spaces.
fn sentence_text(words: &[Word<'_>], from: usize, to: usize) -> String {
    words[from..=to].iter().map(|w| w.text).collect::<Vec<_>>().join(" ")
}

/// The government of a country, named as the document names the country:
/// by its adjective when it used one ("Canadian government"), else as a
/// government's name says it ("Government of the Netherlands").
pub(super) fn government_of(country: &str, adjective: Option<&str>) -> ActorMention {
    let name = match adjective {
        Some(adjective) => format!("{adjective} government"),
        None => format!("Government of {country}"),
    };
    ActorMention { name, kind: ActorKind::Government }
}

/// The countries `words` name by adjective ("Canadian housing"): each
/// adjective with its country as a government's name says it.
pub(super) fn countries_by_adjective<'r>(words: &[Word<'_>], r: &'r Recognition) -> Vec<(&'r str, &'r str)> {
    words.iter().filter_map(|w| r.demonyms.get_key_value(w.text)).map(|(a, c)| (a.as_str(), c.as_str())).collect()
}

/// What a place named in a sentence does there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum PlaceRole {
    /// It acts itself: "China fined …", "Italy has …", ", and Beijing
    /// retaliated".
    Acts,
    /// The happening is set in it, after one of the setting prepositions
    /// ("fined in Shanghai", "the economy of Hangzhou").
    Setting,
    /// It only qualifies something else ("a New York jury", "Ireland's
    /// regulator") or something moves to or from it ("exports to China").
    Aside,
}

/// What the place named at `range` of `sentence` does there.
pub(super) fn place_role(sentence: &str, range: &Range<usize>, r: &Recognition) -> PlaceRole {
    const PREPOSITIONS: &[&str] = &[
        "in",
        "to",
        "from",
        "across",
        "throughout",
        "within",
        "outside",
        "into",
        "at",
        "for",
        "on",
        "over",
        "than",
        "around",
        "near",
        "via",
        "with",
        "of",
        "by",
        "between",
    ];
    let before = sentence[..range.start].trim_end();
    let mut previous = before.rsplit(char::is_whitespace).map(str::to_lowercase);
    let word = match previous.next() {
        Some(w) if w == "the" => previous.next().unwrap_or_default(),
        Some(w) => w,
        None => String::new(),
    };
    if r.setting_prepositions.contains_key(word.as_str()) {
        return PlaceRole::Setting;
    }
    let after = &sentence[range.end..];
    let acts = if PREPOSITIONS.contains(&word.as_str()) || after.starts_with("'s") || after.starts_with("’s") {
        false
    } else if word == "and" {
        // After "and", a place is one of a list ("in France and Germany")
        // unless a verb follows it ("France and Germany signed").
        verb_follows(after)
    } else {
        qualifies_nothing(after)
    };
    if acts {
        PlaceRole::Acts
    } else {
        PlaceRole::Aside
    }
}

/// The country whose possessive `before` ends with ("… South Sudan's"), as
/// [`Recognition::countries`] writes it: the longest such country, named as
/// a whole word (South Sudan, not Sudan).
pub(super) fn possessor<'r>(before: &str, r: &'r Recognition) -> Option<&'r str> {
    let before = before.trim_end();
    let owner = before.strip_suffix("'s").or_else(|| before.strip_suffix("’s"))?;
    let whole = |name: &str| owner.strip_suffix(name).is_some_and(|rest| !rest.ends_with(char::is_alphanumeric));
    r.countries.iter().filter(|(name, _)| whole(name)).max_by_key(|(name, _)| name.len()).map(|(_, country)| country.as_str())
}
