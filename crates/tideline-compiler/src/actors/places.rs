//! Countries and places in a sentence: governments named by a country's
//! adjective or possessive ("Chinese authorities", "Japan's government"),
//! and what a place named does there (acts, is where a happening is set,
//! or only stands aside).

use super::clauses::{qualifies_nothing, verb_follows};
use super::names::Word;
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

/// Where `words` name a country by the adjective before a noun it acts
/// through ("Chinese troops", "American and British warships"): the byte
/// offset of each adjective and its country as a government's name says it.
pub(super) fn demonym_countries<'r>(words: &[Word<'_>], r: &'r Recognition) -> Vec<(usize, &'r str)> {
    let mut out = Vec::new();
    // Adjectives listed so far ("American, British and"), and whether
    // punctuation ends the last one.
    let mut listed: Vec<(usize, &'r str)> = Vec::new();
    let mut parted = false;
    for word in words {
        if let Some(country) = r.demonyms.get(word.text) {
            listed.push((word.span.0, country));
        } else if matches!(word.text, "and" | "or") && !listed.is_empty() && !word.breaks {
            continue;
        } else {
            if !listed.is_empty() && !parted && r.country_nouns.contains_key(&word.text.to_lowercase()) {
                out.append(&mut listed);
            }
            listed.clear();
        }
        parted = word.breaks;
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
/// adjective with its country as a government's name says it, and the
/// byte offset of the adjective.
pub(super) fn countries_by_adjective<'r>(words: &[Word<'_>], r: &'r Recognition) -> Vec<(&'r str, &'r str, usize)> {
    words.iter().filter_map(|w| r.demonyms.get_key_value(w.text).map(|(a, c)| (a.as_str(), c.as_str(), w.span.0))).collect()
}

/// What a place named in a sentence does there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum PlaceRole {
    /// It acts itself: "China fined …", "Italy has …", ", and Beijing
    /// retaliated".
    Acts,
    /// The happening is set in it, after one of the setting prepositions
    /// ("fined in Shanghai"): it takes part when the document names it so
    /// again.
    Setting,
    /// Something comes from it or goes to it, or belongs to it, after one
    /// of the path prepositions ("imports from Japan", "exports to China",
    /// "the party secretary of Hangzhou").
    Path,
    /// It only qualifies something else ("a New York jury", "Ireland's
    /// regulator") or stands after another preposition ("more than China").
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
    let mut previous = before.rsplit(char::is_whitespace);
    let written = match previous.next() {
        Some(w) if w.eq_ignore_ascii_case("the") => previous.next().unwrap_or_default(),
        Some(w) => w,
        None => "",
    };
    let word = written.to_lowercase();
    let after = past_kind(&sentence[range.end..], r);
    // "in France and Germany", "from Bulgaria, Ukraine and Romania": a
    // place listed after another takes the role the list's preposition
    // gives. "the Hong Kong and Macao Affairs Office" lists no places.
    let listed = matches!(word.as_str(), "and" | "or") && !verb_follows(after)
        || written.ends_with(',') && written.starts_with(char::is_uppercase) && continues_list(after);
    if listed && after.starts_with(' ') && after.trim_start().starts_with(char::is_uppercase) {
        return PlaceRole::Aside;
    }
    let word = if listed { word_before_list(before) } else { word };
    let possessive = after.starts_with("'s") || after.starts_with("’s");
    let setting = r.setting_prepositions.contains_key(word.as_str());
    // "delisting from U.S. markets": the place names a kind of market.
    if (setting || r.path_prepositions.contains_key(word.as_str())) && modifies_noun(after) {
        return PlaceRole::Aside;
    }
    // "in Manila's bay area": what is set there belongs to it.
    if setting && possessive || r.path_prepositions.contains_key(word.as_str()) {
        return PlaceRole::Path;
    }
    if setting {
        return PlaceRole::Setting;
    }
    let acts = if possessive {
        // "Egypt's President Abdel Fattah al-Sisi", "Zimbabwe's mines
        // minister, Winston Chitando": the country acts through its official.
        let owned = after.strip_prefix("'s").or_else(|| after.strip_prefix("’s")).unwrap_or(after);
        // "Canada's Online News Act came into force": opening the
        // sentence, the country that made its law acts through it.
        !PREPOSITIONS.contains(&word.as_str()) && (names_its_official(owned, r) || before.is_empty() && names_its_document(owned, r))
    } else if PREPOSITIONS.contains(&word.as_str()) {
        false
    } else if word == "and" {
        // After "and", a place is one of a list ("in France and Germany")
        // unless a verb follows it ("France and Germany signed").
        verb_follows(after)
    } else {
        qualifies_nothing(after, r)
    };
    if acts {
        PlaceRole::Acts
    } else {
        PlaceRole::Aside
    }
}

/// True when `after` a place's possessive come an official's title (one
/// word, after at most two words that qualify it: "mines minister") and a
/// name, after a comma or not: "President Abdel Fattah al-Sisi", "mines
/// minister, Winston Chitando". Not "regulator, the Garante" nor
/// "largest union".
fn names_its_official(after: &str, r: &Recognition) -> bool {
    let words: Vec<&str> = after.split_whitespace().take(5).collect();
    let is_title = |w: &str| {
        let w = w.trim_end_matches(',');
        r.titles.iter().any(|(t, kind)| *kind == ActorKind::Official && t.len() == 1 && w.eq_ignore_ascii_case(&t[0]))
    };
    let Some(at) = words.iter().take(3).position(|w| is_title(w)) else { return false };
    let name = words.get(at + 1).copied().unwrap_or("");
    let qualifiers_plain = words[..at].iter().all(|w| !w.ends_with(','));
    qualifiers_plain && name.starts_with(char::is_uppercase) && !matches!(name, "The" | "A" | "An")
}

/// True when `owned`, the words after a possessive, are the capitalised
/// name of a law or a document ("Online News Act", "Digital Strategy").
fn names_its_document(owned: &str, r: &Recognition) -> bool {
    let name = owned.split_whitespace().take_while(|w| w.starts_with(char::is_uppercase)).last();
    name.is_some_and(|last| r.tails.contains_key(last.trim_end_matches(|c: char| !c.is_alphanumeric())))
}

/// True when `after` a place's name comes, with no punctuation between, a
/// lowercase word that is neither a function word nor a verb, and more
/// words after it: the noun the place qualifies ("U.S. markets under the
/// law"), not "Japan the same day" or "China since 2020".
fn modifies_noun(after: &str) -> bool {
    const FUNCTION_WORDS: &[&str] = &[
        "the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "to", "and", "or", "of", "in", "on", "for", "with", "as",
        "at", "by", "from", "which", "who", "over", "after", "before", "into", "against", "under", "about", "than", "but", "not", "also", "since",
        "until", "amid", "despite", "during", "last", "next", "earlier", "later", "again", "alone", "itself", "instead", "only", "too", "so", "when",
        "while", "where", "if", "because", "via", "through", "between", "within", "without", "per", "each",
    ];
    let Some(rest) = after.strip_prefix(' ') else { return false };
    let next = rest.split(|c: char| !c.is_alphanumeric() && c != '-').next().unwrap_or("");
    // A last word before punctuation may be a verb no list knows ("Exports to Shanghai fell.").
    let more = rest[next.len()..].starts_with(' ');
    more && next.starts_with(|c: char| c.is_ascii_lowercase()) && !FUNCTION_WORDS.contains(&next) && !verb_follows(after)
}

/// True when `after` a name goes on with more of a list (", Mexico and …",
/// " and Romania").
fn continues_list(after: &str) -> bool {
    after.starts_with(',') || after.starts_with(" and ") || after.starts_with(" or ")
}

/// The word, lowercased, before the list of names that `before` ends in:
/// the first one back past the names (capitalised, with their commas),
/// "and", "or" and "the" ("from" in "… from Bulgaria, Ukraine, the
/// Philippines and").
fn word_before_list(before: &str) -> String {
    let in_list = |w: &str| {
        let bare = w.trim_end_matches(',');
        bare.starts_with(char::is_uppercase) || matches!(bare, "and" | "or" | "the")
    };
    before.split_whitespace().rev().find(|w| !in_list(w)).unwrap_or("").to_lowercase()
}

/// `after` a place's name, past a word that says what kind of place it is
/// (" province, which issued" → ", which issued").
fn past_kind<'s>(after: &'s str, r: &Recognition) -> &'s str {
    let rest = after.trim_start();
    let word = rest.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    if word.is_empty() || !r.place_kinds.contains_key(word) {
        return after;
    }
    &rest[word.len()..]
}

/// Whose government a place's name followed by one names.
pub(super) enum PlacesGovernment<'r> {
    /// The place's own, which stands for it as the place itself: "the
    /// Zhejiang province government began" is Zhejiang acting, as "the
    /// Hangzhou municipal government" is Hangzhou.
    Own,
    /// A country's, named by the country ("the Netherlands government")
    /// or by its capital alone before the noun ("the Beijing government").
    Country(&'r str),
}

/// The government named when `after` a place's name come lowercase words
/// for a local government, then its noun (" municipal government and …").
pub(super) fn places_government<'r>(place: &str, after: &str, r: &'r Recognition) -> Option<PlacesGovernment<'r>> {
    let mut qualified = false;
    for word in after.split_whitespace().take(3) {
        let bare = word.trim_end_matches(|c: char| !c.is_alphabetic());
        if r.local_governments.contains_key(bare) {
            let country = r.countries.get(place).or_else(|| r.capitals.get(place).filter(|_| !qualified));
            return Some(country.map_or(PlacesGovernment::Own, |country| PlacesGovernment::Country(country)));
        }
        if bare.len() != word.len() || !(r.local_words.contains_key(bare) || r.place_kinds.contains_key(bare)) {
            return None;
        }
        qualified = true;
    }
    None
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
