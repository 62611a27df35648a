//! The data actor recognition reads: the built-in gazetteer
//! (`data/gazetteer.toml`) and the recognition words (`data/actors.toml`:
//! head words, titles, Chinese suffixes, words that are never names). Both
//! are embedded in the compiler and parsed once per process.

use crate::config::ActorEntry;
use rustc_hash::FxHashMap;
use serde::Deserialize;
use std::sync::LazyLock;
use tideline_model::ActorKind;

const GAZETTEER: &str = include_str!("../../data/gazetteer.toml");
const RECOGNITION: &str = include_str!("../../data/actors.toml");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHeads {
    regulator: Vec<String>,
    government: Vec<String>,
    company: Vec<String>,
    organisation: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTitles {
    official: Vec<String>,
    person: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChinese {
    regulator: Vec<String>,
    government: Vec<String>,
    company: Vec<String>,
    organisation: Vec<String>,
    titles: Vec<String>,
    particles: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNotNames {
    words: Vec<String>,
    tails: Vec<String>,
    acronyms: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLists {
    nouns: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAnaphora {
    regulator: Vec<String>,
    government: Vec<String>,
    company: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDemonyms {
    government_nouns: Vec<String>,
    words: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRecognition {
    heads: RawHeads,
    titles: RawTitles,
    chinese: RawChinese,
    not_names: RawNotNames,
    anaphora: RawAnaphora,
    demonyms: RawDemonyms,
    lists: RawLists,
}

/// The words that recognise actors no gazetteer lists.
pub struct Recognition {
    /// Head word → the kind of name it ends ("Commission" → regulator).
    pub heads: FxHashMap<String, ActorKind>,
    /// Title, lowercased and split into words → kind of the person it names.
    pub titles: Vec<(Vec<String>, ActorKind)>,
    /// Chinese organisation suffixes with their kinds, longest first.
    pub chinese_suffixes: Vec<(String, ActorKind)>,
    /// Chinese titles before a name.
    pub chinese_titles: Vec<String>,
    /// Chinese words that open a clause rather than a name.
    pub chinese_particles: Vec<String>,
    /// Capitalised words that are never names alone.
    pub not_names: FxHashMap<String, ()>,
    /// Last words of names that are laws or documents ("… Act").
    pub tails: FxHashMap<String, ()>,
    /// Nouns that make a list of names a list of actors ("companies").
    pub list_nouns: Vec<String>,
    /// Capitals that name no actor ("CEO", "GDP").
    pub not_acronyms: FxHashMap<String, ()>,
    /// Nouns after "the" that refer back to the last actor of a kind, split
    /// into words ("central bank").
    pub anaphora: Vec<(Vec<String>, ActorKind)>,
    /// Country adjectives ("Australian").
    pub demonyms: FxHashMap<String, ()>,
    /// Nouns that make a country adjective its government ("authorities").
    pub government_nouns: FxHashMap<String, ()>,
}

impl Recognition {
    /// The shipped recognition words.
    pub fn get() -> &'static Recognition {
        &RECOGNITION_WORDS
    }

    /// True when `word` is never a name alone.
    pub fn is_not_name(&self, word: &str) -> bool {
        self.not_names.contains_key(word)
    }
}

static RECOGNITION_WORDS: LazyLock<Recognition> = LazyLock::new(|| {
    // Part of the compiler, checked by `the_built_in_data_loads`.
    let raw: RawRecognition = toml::from_str(RECOGNITION).expect("data/actors.toml is valid");
    let mut heads = FxHashMap::default();
    let kinds = [
        (raw.heads.regulator, ActorKind::Regulator),
        (raw.heads.government, ActorKind::Government),
        (raw.heads.company, ActorKind::Company),
        (raw.heads.organisation, ActorKind::Organisation),
    ];
    for (words, kind) in kinds {
        for word in words {
            heads.entry(word).or_insert(kind);
        }
    }
    let split = |title: &str| title.to_lowercase().split_whitespace().map(str::to_owned).collect::<Vec<_>>();
    let mut titles: Vec<(Vec<String>, ActorKind)> = raw.titles.official.iter().map(|t| (split(t), ActorKind::Official)).collect();
    titles.extend(raw.titles.person.iter().map(|t| (split(t), ActorKind::Person)));
    // Longest first, so "Vice Premier" wins over "Premier".
    titles.sort_by_key(|(words, _)| std::cmp::Reverse(words.len()));
    let c = raw.chinese;
    let mut chinese_suffixes: Vec<(String, ActorKind)> = [
        (c.regulator, ActorKind::Regulator),
        (c.government, ActorKind::Government),
        (c.company, ActorKind::Company),
        (c.organisation, ActorKind::Organisation),
    ]
    .into_iter()
    .flat_map(|(words, kind)| words.into_iter().map(move |w| (w, kind)))
    .collect();
    chinese_suffixes.sort_by_key(|(w, _)| std::cmp::Reverse(w.chars().count()));
    let set = |words: Vec<String>| words.into_iter().map(|w| (w, ())).collect();
    let a = raw.anaphora;
    let mut anaphora: Vec<(Vec<String>, ActorKind)> =
        [(a.regulator, ActorKind::Regulator), (a.government, ActorKind::Government), (a.company, ActorKind::Company)]
            .into_iter()
            .flat_map(|(words, kind)| words.into_iter().map(move |w| (w.split_whitespace().map(str::to_owned).collect(), kind)))
            .collect();
    anaphora.sort_by_key(|(words, _): &(Vec<String>, ActorKind)| std::cmp::Reverse(words.len()));
    Recognition {
        anaphora,
        demonyms: set(raw.demonyms.words),
        government_nouns: set(raw.demonyms.government_nouns),
        heads,
        titles,
        chinese_suffixes,
        chinese_titles: c.titles,
        chinese_particles: c.particles,
        not_names: set(raw.not_names.words),
        tails: set(raw.not_names.tails),
        list_nouns: raw.lists.nouns,
        not_acronyms: set(raw.not_names.acronyms),
    }
});

/// The built-in gazetteer, read as a corpus's `[[actor]]` entries are (the
/// file has their shape); `the_built_in_data_loads` checks it reads cleanly.
static BUILT_IN_GAZETTEER: LazyLock<Vec<ActorEntry>> = LazyLock::new(|| crate::config::parse_config(GAZETTEER).0.actors);

/// The built-in gazetteer of widely known actors.
pub fn built_in_gazetteer() -> &'static [ActorEntry] {
    &BUILT_IN_GAZETTEER
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_data_loads() {
        let (_, problems) = crate::config::parse_config(GAZETTEER);
        assert!(problems.is_empty(), "{problems:?}");
        assert!(built_in_gazetteer().len() > 1000);
        assert!(built_in_gazetteer().iter().any(|e| e.name == "European Commission"));
        let r = Recognition::get();
        assert_eq!(r.heads.get("Commission"), Some(&ActorKind::Regulator));
        assert_eq!(r.heads.get("Ministry"), Some(&ActorKind::Government));
        assert!(r.titles.iter().any(|(t, k)| t == &["premier".to_owned()] && *k == ActorKind::Official));
        assert!(r.is_not_name("Monday"));
    }
}
