//! Who takes part. Known names come from a gazetteer (the built-in one of
//! widely known actors, `data/gazetteer.toml`, plus a corpus's own
//! `[[actor]]` entries, which win), found with one aho-corasick pass; names
//! no gazetteer lists are recognised by how the text writes them (see
//! [`names`]), and each document's short forms ("the Commission", "Meta",
//! "Gensler", "the CMA") are resolved to the full names it used first.

mod chinese;
mod clauses;
mod descriptions;
mod lists;
mod names;
mod places;
mod sentence;
mod vocabulary;

use crate::config::ActorEntry;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use rustc_hash::FxHashMap;
use sentence::SentenceRead;
use std::ops::Range;
use std::sync::LazyLock;
use tideline_model::ActorKind;
pub use vocabulary::built_in_gazetteer;
use vocabulary::Recognition;

/// An actor named in a sentence.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ActorMention {
    /// Canonical name.
    pub name: String,
    /// What it is.
    pub kind: ActorKind,
}

/// Finds actors in the sentences of documents.
pub struct ActorFinder {
    /// The corpus's own `[[actor]]` entries, if it has any.
    own: Option<Gazetteer>,
    /// The built-in gazetteer, built once per process.
    built_in: &'static Gazetteer,
}

/// Names of a gazetteer found with one aho-corasick pass.
struct Gazetteer {
    matcher: Option<AhoCorasick>,
    /// Why the matcher could not be built, if it could not.
    problem: Option<String>,
    /// For each pattern, the index of its entry.
    owners: Vec<usize>,
    entries: Vec<ActorEntry>,
}

fn is_word_char(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric() && c.is_ascii())
}

/// True when the acronym at `range` is one word of a longer name in
/// capitals: "CMA" in "CMA CGM" is the shipping line, not the regulator.
fn in_longer_capitals(sentence: &str, range: Range<usize>) -> bool {
    let is_capitals = |word: &str| word.len() >= 2 && word.bytes().all(|b| b.is_ascii_uppercase());
    if !is_capitals(&sentence[range.clone()]) {
        return false;
    }
    let next = sentence[range.end..].strip_prefix(' ').and_then(|rest| rest.split(|c: char| !c.is_alphanumeric()).next());
    let previous = sentence[..range.start].strip_suffix(' ').and_then(|rest| rest.rsplit(|c: char| !c.is_alphanumeric()).next());
    next.is_some_and(is_capitals) || previous.is_some_and(is_capitals)
}

/// The government `mention` leads, when it is a person's and the words
/// `after` its name `written` say so ("Trump administration").
fn leading(mention: &ActorMention, written: &str, after: &str, r: &Recognition) -> Option<ActorMention> {
    let surname = written.rsplit(' ').next()?;
    matches!(mention.kind, ActorKind::Person | ActorKind::Official).then(|| r.led_government(surname, after)).flatten()
}

/// True when the actor named at byte `at` of `sentence` is its subject: the
/// name opens the sentence or follows a time phrase that does ("The same
/// day Daihatsu said").
pub fn is_subject(sentence: &str, at: usize) -> bool {
    clauses::opens_main_clause(sentence, at)
}

/// True when `sentence` holds a noun for a public hand ("regulators", "the
/// court", "the order"; `[public]` in `data/actors.toml`), in any case:
/// "Regulators halted".
pub fn names_public_hand(sentence: &str) -> bool {
    let r = Recognition::get();
    sentence.split(|c: char| !c.is_alphanumeric()).any(|w| r.public_nouns.contains_key(w) || r.public_nouns.contains_key(&w.to_lowercase()))
}

/// True when `clause` goes to court in the active voice ("filed the first
/// lawsuit", "sued the government"; `[public] suits` in
/// `data/actors.toml`), not in the passive ("was sued by the agency").
pub fn goes_to_court(clause: &str) -> bool {
    const PASSIVE: &[&str] = &["was", "were", "is", "are", "be", "been", "being", "get", "got"];
    let r = Recognition::get();
    let words: Vec<String> = clause.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
    words.iter().enumerate().any(|(i, w)| {
        let passive = i > 0 && PASSIVE.contains(&words[i - 1].as_str()) || words.get(i + 1).is_some_and(|next| next == "by");
        r.suit_words.contains_key(w) && !passive
    })
}

/// The built-in gazetteer's matcher: thousands of names, so it is built once
/// per process rather than for every compile.
static BUILT_IN: LazyLock<Gazetteer> = LazyLock::new(|| Gazetteer::new(built_in_gazetteer()));

/// The finder with the built-in gazetteer only.
static BUILT_IN_FINDER: LazyLock<ActorFinder> = LazyLock::new(|| ActorFinder { own: None, built_in: &BUILT_IN });

impl Gazetteer {
    fn new(entries: &[ActorEntry]) -> Self {
        let mut patterns = Vec::new();
        let mut owners = Vec::new();
        let mut seen = rustc_hash::FxHashSet::default();
        for (index, entry) in entries.iter().enumerate() {
            for name in std::iter::once(&entry.name).chain(&entry.aliases) {
                if !name.trim().is_empty() && seen.insert(name.clone()) {
                    patterns.push(name.clone());
                    owners.push(index);
                }
            }
        }
        let built = AhoCorasickBuilder::new().match_kind(MatchKind::LeftmostLongest).build(&patterns);
        let (matcher, problem) = match built {
            Ok(matcher) => (Some(matcher), None),
            Err(err) => (None, Some(err.to_string())),
        };
        Gazetteer { matcher, problem, owners, entries: entries.to_vec() }
    }

    /// The names in `sentence` standing as whole words, with where they stand.
    fn find(&self, sentence: &str) -> Vec<(Range<usize>, ActorMention)> {
        let Some(matcher) = &self.matcher else { return Vec::new() };
        matcher
            .find_iter(sentence)
            .filter(|m| {
                // Latin names must stand as whole words ("Ant" is not in "Antitrust").
                let before = sentence[..m.start()].chars().next_back();
                let after = sentence[m.end()..].chars().next();
                // "US$", "HK$" are currencies, not places.
                !is_word_char(before) && !is_word_char(after) && after != Some('$') && !in_longer_capitals(sentence, m.range())
            })
            .map(|m| {
                let entry = &self.entries[self.owners[m.pattern().as_usize()]];
                (m.range(), ActorMention { name: entry.name.clone(), kind: entry.kind })
            })
            .collect()
    }
}

impl ActorFinder {
    /// A finder for the corpus's gazetteer `entries` and the built-in one;
    /// where both name the same actor or alias, the corpus's entry wins.
    pub fn new(entries: &[ActorEntry]) -> Self {
        let own = (!entries.is_empty()).then(|| Gazetteer::new(entries));
        ActorFinder { own, built_in: &BUILT_IN }
    }

    /// Why the corpus's gazetteer could not be used (its names are then not
    /// found), if so.
    pub fn problem(&self) -> Option<&str> {
        self.own.as_ref().and_then(|g| g.problem.as_deref())
    }

    /// A finder whose corpus gazetteer failed to build with `problem`: the
    /// build cannot fail on inputs a test can afford (aho-corasick refuses
    /// only past about 2³¹ states), so its reporting is tested with this.
    #[cfg(test)]
    pub(crate) fn failed_for_test(problem: &str) -> Self {
        let failed = Gazetteer { matcher: None, problem: Some(problem.to_owned()), owners: Vec::new(), entries: Vec::new() };
        ActorFinder { own: Some(failed), built_in: &BUILT_IN }
    }

    /// The finder with the built-in gazetteer only, see [`ActorFinder::new`].
    pub fn built_in() -> &'static ActorFinder {
        &BUILT_IN_FINDER
    }

    /// A reader of one document's sentences, in order.
    pub fn document(&self) -> DocumentActors<'_> {
        DocumentActors {
            finder: self,
            aliases: FxHashMap::default(),
            places_named: FxHashMap::default(),
            heads: FxHashMap::default(),
            last: FxHashMap::default(),
            last_person: None,
            last_government: None,
            last_subject: None,
            countries: Vec::new(),
            text: String::new(),
        }
    }

    /// The actors named in `sentence` read alone, each once, in order of appearance.
    pub fn find(&self, sentence: &str) -> Vec<ActorMention> {
        self.document().read(sentence)
    }

    /// Gazetteer names in `sentence`, with where they stand: the corpus's
    /// own first, then built-in ones that do not overlap them.
    fn known(&self, sentence: &str) -> Vec<(Range<usize>, ActorMention)> {
        let mut found = self.own.as_ref().map(|g| g.find(sentence)).unwrap_or_default();
        let own = found.len();
        for (range, mention) in self.built_in.find(sentence) {
            if !found[..own].iter().any(|(r, _)| r.start < range.end && range.start < r.end) {
                found.push((range, mention));
            }
        }
        found.sort_by_key(|(r, _)| r.start);
        found
    }

    /// The gazetteer's actor named `name` exactly, as a whole.
    fn named(&self, name: &str) -> Option<ActorMention> {
        self.known(name).into_iter().find(|(range, _)| *range == (0..name.len())).map(|(_, mention)| mention)
    }
}

/// How often a document has named a country, and the adjective it first
/// used for it ("Canadian").
struct CountryTally {
    country: &'static str,
    adjective: Option<&'static str>,
    times: u32,
}

/// One document's actors: what each sentence names, with the short forms
/// the document has introduced so far.
pub struct DocumentActors<'f> {
    finder: &'f ActorFinder,
    /// Short forms learned in this document: an acronym it defined, a
    /// person's surname, a company's first word.
    aliases: FxHashMap<String, ActorMention>,
    /// The last organisation named with each head word, for "the Commission".
    heads: FxHashMap<String, ActorMention>,
    /// The last actor of each kind, for "the agency", "the company".
    last: FxHashMap<ActorKind, ActorMention>,
    /// The last whole government named ("the Indonesian government"), for
    /// "the government".
    last_government: Option<ActorMention>,
    /// The last person or official named, for "he" and "she".
    last_person: Option<ActorMention>,
    /// The first actor of the last sentence read, when it is an
    /// institution: what "It" opening the next sentence stands for.
    last_subject: Option<ActorMention>,
    /// How often each country has been named, by name or adjective, in
    /// order of first mention: "the government" of a document that has
    /// named none is the government of the first one named most.
    countries: Vec<CountryTally>,
    /// The places named so far as where something happens or passes, by
    /// name: a place a happening is set in again is one the document is
    /// about.
    places_named: FxHashMap<String, ()>,
    /// The document's text, to ask whether it writes a word in lowercase
    /// somewhere ("safety", "media"): capitalised, such a word opens a
    /// sentence or a title, and names no one alone.
    text: String,
}

impl DocumentActors<'_> {
    /// Keeps `text` (of the document about to be read), so that a
    /// capitalised word it also writes in lowercase is known for a common
    /// word. Searched only for the rare word that might be a name.
    pub fn know_words(&mut self, text: &str) {
        self.text.push_str(text);
        self.text.push('\n');
    }

    /// Where the document writes `word` as a whole word: no letter right
    /// before or after it.
    fn whole_word_at<'t>(&'t self, word: &'t str) -> impl Iterator<Item = usize> + 't {
        let text = self.text.as_str();
        text.match_indices(word).map(|(at, _)| at).filter(move |&at| {
            !text[..at].chars().next_back().is_some_and(char::is_alphabetic)
                && !text[at + word.len()..].chars().next().is_some_and(char::is_alphabetic)
        })
    }

    /// True when the document writes `word` (lowercase) as a whole word.
    fn writes_in_lowercase(&self, word: &str) -> bool {
        self.whole_word_at(word).next().is_some()
    }

    /// True when `name` is one capitalised word the document never writes
    /// in lowercase, nor a country's adjective ("Harvard", not "Media" nor
    /// "Americans"): a name of its own.
    fn is_proper_word(&self, name: &str, r: &Recognition) -> bool {
        let lower = name.to_lowercase();
        let demonym = r.demonyms.contains_key(name) || name.strip_suffix('s').is_some_and(|n| r.demonyms.contains_key(n));
        name.chars().count() >= 3
            && name.chars().skip(1).all(|c| c.is_lowercase())
            && !self.text.is_empty()
            && !self.writes_in_lowercase(&lower)
            && !demonym
            && !r.is_not_name(name)
    }

    /// True when the document names `word` twice or more, never as
    /// the first word of a longer name ("Xiao Yaqing"), and once at least
    /// as the subject of a verb of its own ("… when Starlink began").
    fn named_often(&self, word: &str, r: &Recognition) -> bool {
        let mut times = 0;
        let mut acts = false;
        for at in self.whole_word_at(word) {
            let end = at + word.len();
            times += 1;
            let after = &self.text[end..];
            let next = after.trim_start().split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
            if after.starts_with(' ') && next.starts_with(char::is_uppercase) {
                return false;
            }
            // A verb of its own, not "is" or "was", which a product has too
            // ("Pix is ours"), after a clause opens: not "granted Aduhelm
            // accelerated approval".
            let before = self.text[..at].trim_end();
            let opens = before.is_empty()
                || before.ends_with(['.', ',', ';', ':', '\n'])
                || before
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| matches!(w, "and" | "but" | "when" | "after" | "as" | "while" | "that" | "because" | "then"));
            let copula = matches!(next, "is" | "was" | "and" | "or");
            acts |= opens && after.starts_with(' ') && !copula && clauses::verb_next(after, r);
        }
        times >= 2 && acts && !r.heads.contains_key(word) && !r.titles.iter().any(|(t, _)| t.len() == 1 && t[0].eq_ignore_ascii_case(word))
    }

    /// True when `word`, opening a sentence, is not a plural that any
    /// sentence might open with ("Regulators said", "Shares fell"): it does
    /// not end in "s", or the document also writes it capitalised after a
    /// lowercase word ("… said Siemens").
    fn opens_as_name(&self, word: &str) -> bool {
        if !word.ends_with('s') {
            return true;
        }
        let bytes = self.text.as_bytes();
        self.text.match_indices(word).any(|(at, _)| {
            let before = self.text[..at].trim_end_matches(' ');
            let end = at + word.len();
            at > before.len() && before.ends_with(|c: char| c.is_lowercase() || c == ',') && !bytes.get(end).is_some_and(u8::is_ascii_alphabetic)
        })
    }

    /// The actors named in the next `sentence` of the document, each once,
    /// in order of appearance; learns the short forms it introduces.
    pub fn read(&mut self, sentence: &str) -> Vec<ActorMention> {
        self.read_placed(sentence).into_iter().map(|(_, actor)| actor).collect()
    }

    /// Learns what a sentence whose actors are not wanted introduces: its
    /// names, their short forms ("Guo" after "the mayor, Alice Guo"), the
    /// countries it names and the last actor of each kind, for the sentences
    /// that follow.
    pub fn learn_from(&mut self, sentence: &str) {
        self.read_placed(sentence);
    }

    /// [`DocumentActors::read`], with the byte offset where each actor is
    /// first named.
    pub fn read_placed(&mut self, sentence: &str) -> Vec<(usize, ActorMention)> {
        let r = Recognition::get();
        let mut s = SentenceRead { text: sentence, words: names::words(sentence), found: Vec::new(), covered: Vec::new(), countries: Vec::new() };
        let kin = self.read_known(&mut s, r);
        self.read_chinese(&mut s, r);
        self.read_spelled_acronyms(&mut s, r);
        self.read_runs(&mut s, &kin, r);
        self.read_anaphora(&mut s, r);
        self.read_lowercase_institutions(&mut s, r);
        self.read_lowercase_heads(&mut s);
        self.read_pronouns(&mut s);
        self.remember(s.found, r)
    }

    /// Counts the countries a sentence names by adjective, as
    /// [`places::countries_by_adjective`] finds them.
    fn count_countries(&mut self, by_adjective: &[(&'static str, &'static str, usize)]) {
        for &(adjective, country, _) in by_adjective {
            self.count(country, Some(adjective));
        }
    }

    /// Counts `name` when it is a country's.
    fn count_country(&mut self, name: &str, r: &'static Recognition) {
        if let Some(country) = r.countries.get(name) {
            self.count(country, None);
        }
    }

    fn count(&mut self, country: &'static str, adjective: Option<&'static str>) {
        match self.countries.iter_mut().find(|t| t.country == country) {
            Some(tally) => {
                tally.times += 1;
                tally.adjective = tally.adjective.or(adjective);
            }
            None => self.countries.push(CountryTally { country, adjective, times: 1 }),
        }
    }

    /// The government of `country` (as [`Recognition::demonyms`] writes
    /// it), named with the adjective the document used for it, else its
    /// shortest one.
    fn government_of(&self, country: &str, r: &'static Recognition) -> ActorMention {
        places::government_of(country, self.adjective_for(country, r))
    }

    /// The adjective the document used for `country`, else its shortest.
    fn adjective_for(&self, country: &str, r: &'static Recognition) -> Option<&'static str> {
        let used = self.countries.iter().find(|t| t.country == country).and_then(|t| t.adjective);
        used.or_else(|| r.adjective_of.get(country).map(String::as_str))
    }

    /// The country institution named alone as `alone` ("Parliament", "the
    /// Senate") stands for, `before` it in the sentence: that of the
    /// country whose possessive comes just before ("Australia's
    /// Parliament"), else of the one country the sentence names before it
    /// (`sentence_countries`, each with where it is first named), else of
    /// the country the document has named most. A country named after it
    /// is what it acts on: "the Treasury labelled China a currency
    /// manipulator". It is named as the gazetteer names it ("US Congress"),
    /// else as its own name says it ("Senate of Brazil").
    fn institution(&self, alone: &str, before: &str, sentence_countries: &[(&'static str, usize)], r: &'static Recognition) -> Option<ActorMention> {
        let (institution, kind) = r.institutions.get(alone)?;
        let mut named_before = sentence_countries.iter().filter(|&&(_, at)| at < before.len());
        let in_sentence = match (named_before.next(), named_before.next()) {
            (Some(&(only, _)), None) => Some(only),
            _ => None,
        };
        let country = match places::possessor(before, r) {
            Some(country) => country,
            None => in_sentence.or_else(|| self.main_country().map(|t| t.country))?,
        };
        let bare = country.trim_start_matches("the ");
        let adjectives = r.demonyms.iter().filter(|(_, c)| c.as_str() == country).map(|(a, _)| a.as_str());
        let known = adjectives
            .chain([bare])
            .map(|prefix| format!("{prefix} {institution}"))
            .chain([format!("{institution} of {country}")])
            .find_map(|name| self.finder.named(&name));
        Some(known.unwrap_or_else(|| ActorMention { name: format!("{institution} of {country}"), kind: *kind }))
    }

    /// The country named most so far, the first named on a tie.
    fn main_country(&self) -> Option<&CountryTally> {
        let most = self.countries.iter().map(|t| t.times).max()?;
        self.countries.iter().find(|t| t.times == most)
    }

    /// Learns the short forms `mention` introduces: a person's surname, an
    /// organisation's head word ("the Commission"), a company's name without
    /// its corporate words ("Meta" for "Meta Platforms").
    fn learn(&mut self, mention: &ActorMention, r: &Recognition) {
        let words: Vec<&str> = mention.name.split_whitespace().collect();
        // "Harvard sued" makes "Harvard's president" Harvard's.
        if let [one] = words[..] {
            if one.chars().count() >= 3
                && one.chars().skip(1).any(char::is_lowercase)
                && matches!(mention.kind, ActorKind::Organisation | ActorKind::Company | ActorKind::Regulator)
            {
                self.aliases.entry(one.to_owned()).or_insert_with(|| mention.clone());
            }
            return;
        }
        match mention.kind {
            ActorKind::Person | ActorKind::Official => {
                // "Marcos" for "Ferdinand Marcos Jr.", and "López Obrador"
                // as well as "Obrador" for "Andrés Manuel López Obrador".
                let end = words.len() - usize::from(words.last().is_some_and(|w| GENERATIONS.contains(w)));
                for from in (end.saturating_sub(2).max(1)..end).rev() {
                    self.aliases.entry(words[from..end].join(" ")).or_insert_with(|| mention.clone());
                }
            }
            ActorKind::Place => {}
            _ => {
                if let Some(head) = words.iter().rev().find(|w| r.heads.contains_key(**w)) {
                    self.heads.insert((*head).to_owned(), mention.clone());
                }
                if words[1..].iter().all(|w| r.heads.get(*w) == Some(&ActorKind::Company)) {
                    self.aliases.entry(words[0].to_owned()).or_insert_with(|| mention.clone());
                }
            }
        }
    }
}

/// Words after a surname that tell a generation, not a family.
const GENERATIONS: &[&str] = &["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"];

#[cfg(test)]
mod tests;
