//! What the words around a name say it is: a description set off by a
//! comma after it ("Starlink, Elon Musk's satellite company", ", a Toyota
//! executive,") or a noun for a body before it ("the union federation,
//! Rengo,").

use super::names::Word;
use super::vocabulary::Recognition;
use std::ops::Range;
use tideline_model::ActorKind;

/// How many words a description after a name may run to before its noun
/// or role: "Starlink, Elon Musk's satellite company", ", the Binance
/// compliance executive".
const DESCRIPTION_WORDS: usize = 5;

/// True when the words `after` a name set off a description of a person
/// ending in a role: ", the Binance compliance executive who …", ", a
/// Toyota executive,", ", an air force pilot,", ", the former head of …".
pub(super) fn described_as_person(after: &str, r: &Recognition) -> bool {
    /// Words that may follow a role and end its description.
    const AFTER_ROLE: &[&str] = &["who", "of", "at", "for", "in", "and", "since", "until", "from"];
    let Some(rest) = after.strip_prefix(", ") else { return false };
    let mut words = rest.split_whitespace();
    if !matches!(words.next(), Some("the" | "a" | "an" | "its" | "his" | "her" | "their")) {
        return false;
    }
    let words: Vec<&str> = words.take(DESCRIPTION_WORDS).collect();
    words.iter().enumerate().any(|(i, word)| {
        let bare = word.trim_end_matches([',', '.', ';', ':', ')']);
        let ends = bare.len() < word.len() || words.get(i + 1).is_none_or(|next| AFTER_ROLE.contains(next));
        ends && bare.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') && r.is_role(bare)
    })
}

/// The kind of body a name set off by commas stands for when the word
/// before the first comma is a lowercase noun for one: "the union
/// federation, Rengo, said" (an organisation), "the carmaker, Zentrix,"
/// (a company). Not a name in a list ("Apple, Meta and Microsoft"), in
/// brackets ("enterprises (SMEs)"), nor after any other noun ("in the
/// city, Bamban,").
pub(super) fn appositive_kind(sentence: &str, words: &[Word<'_>], run: &Range<usize>, r: &Recognition) -> Option<ActorKind> {
    let noun = words.get(run.start.checked_sub(1)?)?;
    let last = &words[run.end - 1];
    let comma_before = sentence[noun.span.1..words[run.start].span.0].trim() == ",";
    let set_off = comma_before && sentence[last.span.1..].starts_with(',') && run.end - run.start <= 3;
    if !set_off || noun.capitalised() {
        return None;
    }
    body_noun_kind(noun.text, r)
}

/// The kind of body a lowercase `noun` names: a head word's ("authority",
/// "union") or one that refers back to a body's ("carmaker", "maker").
fn body_noun_kind(noun: &str, r: &Recognition) -> Option<ActorKind> {
    let mut head = noun.to_owned();
    head.get_mut(..1)?.make_ascii_uppercase();
    r.heads.get(head.as_str()).copied().or_else(|| r.anaphora.iter().find(|(a, _)| a.len() == 1 && a[0] == noun).map(|(_, kind)| *kind))
}

/// The kind of body a name stands for when a description set off by a
/// comma follows it and names one: "Starlink, Elon Musk's satellite
/// company" and "Quillo, the maker of a fitness app" (companies), "Rengo,
/// the largest union federation" (an organisation). The description opens
/// with an article or a possessive; its noun is a head word or one that
/// refers back to a body ([`body_noun_kind`]).
pub(super) fn described_kind(sentence: &str, words: &[Word<'_>], run: &Range<usize>, r: &Recognition) -> Option<ActorKind> {
    let last = &words[run.end - 1];
    if !sentence[last.span.1..].starts_with(", ") || run.end - run.start > 3 {
        return None;
    }
    let description = words.get(run.end..)?;
    // "the maker of …", or a possessive name: "Elon Musk's satellite company".
    let owner = description.iter().take(3).take_while(|w| w.capitalised()).position(|w| w.possessive);
    let opens = match owner {
        Some(at) => at + 1,
        None if matches!(description.first()?.text, "the" | "a" | "an") => 1,
        None => return None,
    };
    // The noun closes the description, or "of", "that" or "which" follow it:
    // not "a bulk carrier loaded with fertiliser".
    let closes = |at: usize| description[at].breaks || description.get(at + 1).is_some_and(|w| matches!(w.text, "of" | "that" | "which"));
    let mut phrase = description.iter().enumerate().skip(opens).take(DESCRIPTION_WORDS);
    phrase.find_map(|(at, w)| {
        match body_noun_kind(w.text, r) {
            Some(kind) if closes(at) => Some(Some(kind)),
            // The description ends at its first comma.
            _ if w.breaks => Some(None),
            _ => None,
        }
    })?
}
