//! Who takes part. Known names come from a gazetteer (the built-in one of
//! widely known actors, `data/gazetteer.toml`, plus a corpus's own
//! `[[actor]]` entries, which win), found with one aho-corasick pass; names
//! no gazetteer lists are recognised by how the text writes them (see
//! [`names`]), and each document's short forms ("the Commission", "Meta",
//! "Gensler", "the CMA") are resolved to the full names it used first.

mod clauses;
mod lists;
mod names;
mod places;
mod vocabulary;

use crate::config::ActorEntry;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use names::Reading;
use rustc_hash::FxHashMap;
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

    /// True when the document writes `word` (lowercase) as a whole word.
    fn writes_in_lowercase(&self, word: &str) -> bool {
        let bytes = self.text.as_bytes();
        let letter = |at: Option<&u8>| at.is_some_and(|b| b.is_ascii_alphabetic() || *b >= 0x80);
        self.text.match_indices(word).any(|(at, _)| !letter(at.checked_sub(1).and_then(|i| bytes.get(i))) && !letter(bytes.get(at + word.len())))
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
        let mut found: Vec<(usize, ActorMention)> = Vec::new();
        let words = names::words(sentence);
        let governments = places::demonym_governments(&words, r);
        let mut known = self.finder.known(sentence);
        // "the Singapore Food Agency": a place that opens a name is part of it.
        let named: Vec<Range<usize>> = known.iter().map(|(range, _)| range.clone()).collect();
        known.retain(|(range, m)| m.kind != ActorKind::Place || !names::place_opens_name(&words, range.end, &named, r));
        let mut covered: Vec<Range<usize>> = known.iter().map(|(range, _)| range.clone()).collect();
        let by_adjective = places::countries_by_adjective(&words, r);
        self.count_countries(&by_adjective);
        let mut sentence_countries: Vec<&'static str> = by_adjective.iter().map(|&(_, c)| c).collect();
        sentence_countries.extend(known.iter().filter_map(|(_, m)| r.countries.get(m.name.as_str()).map(String::as_str)));
        sentence_countries.sort_unstable();
        sentence_countries.dedup();
        let kin: Vec<(Range<usize>, ActorKind)> = known
            .iter()
            .filter(|(range, m)| {
                // "ByteDance's TikTok": a product of its owner, not one of a list.
                let before = sentence[..range.start].trim_end();
                let owned = before.ends_with("'s") || before.ends_with("’s");
                matches!(m.kind, ActorKind::Company | ActorKind::Organisation | ActorKind::Regulator) && !owned
            })
            .map(|(range, m)| (range.clone(), m.kind))
            .collect();
        for (range, mention) in known {
            self.count_country(&mention.name, r);
            let in_government = governments.iter().any(|(g, _)| g.start <= range.start && range.end <= g.end);
            let after = &sentence[range.end..];
            let qualifier = mention.kind == ActorKind::Organisation && !clauses::qualifies_nothing(after) && !clauses::names_members(after, r);
            let mut mention = mention;
            if let Some(led) = leading(&mention, &sentence[range.clone()], &sentence[range.end..], r) {
                mention = led;
            }
            let government = (mention.kind == ActorKind::Place).then(|| places::places_government(&sentence[range.clone()], after, r)).flatten();
            // "the Hangzhou municipal government", "the Beijing government", wherever it stands.
            if let Some(government) = government {
                if let places::PlacesGovernment::Country(country) = government {
                    mention = self.government_of(country, r);
                }
            } else if mention.kind == ActorKind::Place {
                let role = places::place_role(sentence, &range, r);
                // Only where something happens or passes counts: "Italy
                // fined …" does not make Italy a setting.
                let again = matches!(role, places::PlaceRole::Setting | places::PlaceRole::Path)
                    && self.places_named.insert(mention.name.clone(), ()).is_some();
                match role {
                    _ if in_government => continue,
                    // "Ottawa said": a capital that acts is its country's government.
                    places::PlaceRole::Acts => {
                        let verb_next = clauses::verb_follows(&sentence[range.end..]);
                        if let Some(country) = r.capitals.get(&sentence[range.clone()]).filter(|_| verb_next) {
                            mention = self.government_of(country, r);
                        }
                    }
                    // "imports from Japan", "the party secretary of Hangzhou".
                    places::PlaceRole::Path => {}
                    // A place the document sets things in again is one it is
                    // about: it takes part ("fined in Shanghai").
                    places::PlaceRole::Setting if again => {}
                    places::PlaceRole::Setting | places::PlaceRole::Aside => continue,
                }
            }
            if qualifier {
                continue;
            }
            self.learn(&mention, r);
            found.push((range.start, mention));
        }
        for (range, mention) in governments {
            covered.push(range.clone());
            found.push((range.start, mention));
        }
        // "American and British warships struck …": the countries act.
        for (at, country) in places::demonym_countries(&words, r) {
            let bare = country.trim_start_matches("the ");
            let place = self.finder.named(bare).unwrap_or_else(|| ActorMention { name: bare.to_owned(), kind: ActorKind::Place });
            found.push((at, place));
        }
        // Curly quotes and accents make many sentences non-ASCII; only Han
        // characters can start a Chinese name.
        if !sentence.is_ascii() && sentence.chars().any(|c| ('\u{3400}'..='\u{9fff}').contains(&c)) {
            for (range, mention) in names::chinese_names(sentence, r) {
                if !covered.iter().any(|c| c.start < range.end && range.start < c.end) {
                    covered.push(range.clone());
                    found.push((range.start, mention));
                }
            }
        }
        // "l'Autorité de sûreté nucléaire (ASN)": a name its acronym spells.
        for (range, acronym) in names::spelled_acronyms(sentence, &words) {
            let overlaps = |c: &Range<usize>| c.start < range.end && range.start < c.end;
            let inside = |at: usize| range.contains(&at);
            // A place the name holds is part of it: "Immigration, Refugees and
            // Citizenship Canada (IRCC)", "… Authority of India (FSSAI)".
            let only_places = covered.iter().filter(|c| overlaps(c)).all(|c| range.start <= c.start && c.end <= range.end)
                && found.iter().filter(|(at, _)| inside(*at)).all(|(_, m)| m.kind == ActorKind::Place);
            if covered.iter().any(overlaps) && !only_places {
                continue;
            }
            found.retain(|(at, _)| !inside(*at));
            let name = &sentence[range.clone()];
            // "the Digital Markets Act (DMA)" names a law, not an actor.
            if name.split_whitespace().next_back().is_some_and(|last| r.is_tail_word(last)) {
                continue;
            }
            let kind = name.split_whitespace().find_map(|w| r.heads.get(w).copied()).unwrap_or(ActorKind::Organisation);
            let mention = ActorMention { name: name.to_owned(), kind };
            self.aliases.insert(acronym.to_owned(), mention.clone());
            // The name and its bracket, " (ASN)".
            covered.push(range.start..range.end + " (".len() + acronym.len() + ")".len());
            found.push((range.start, mention));
        }
        let runs = names::capitalised_runs(&words, &covered, r);
        let mut listed = lists::listed(sentence, &words, &runs);
        // "Wilmar, Permata Hijau and Musim Mas" after "Wilmar International".
        let named: Vec<Option<ActorKind>> =
            runs.iter().map(|run| self.aliases.get(&sentence[words[run.start].span.0..words[run.end - 1].span.1]).map(|m| m.kind)).collect();
        let mut listed_with_known = lists::listed_with_known(sentence, &words, &runs, &kin, &named, r);
        // "the Digital, Culture, Media and Sport Secretary": a list that ends
        // in a title names the office, not actors.
        let in_list: Vec<usize> = listed.clone();
        if listed.iter().chain(listed_with_known.iter().map(|(i, _)| i)).any(|&i| names::ends_in_title(&words[runs[i].clone()], r)) {
            listed.clear();
            listed_with_known.clear();
        }
        if !listed.is_empty() {
            let lower = sentence.to_lowercase();
            if !r.list_nouns.iter().any(|n| lower.contains(n.as_str())) {
                listed.clear();
            }
        }
        // Runs still to read: each with its index among `runs` (for lists),
        // and whether it is part of a longer run parted at "and".
        let mut pending: Vec<(usize, Range<usize>, bool)> = runs.iter().cloned().enumerate().rev().map(|(i, run)| (i, run, false)).collect();
        while let Some((index, run, part)) = pending.pop() {
            let at = words[run.start].span.0;
            let after_the = run.start > 0 && words[run.start - 1].text.eq_ignore_ascii_case("the");
            // "LONDON (Wire) —", "BRUSSELS, 6 September –": a dateline's city.
            let dateline = run.start == 0 && words[0].breaks;
            let reading = names::read_run(sentence, &words, run.clone(), r);
            // Only unknown capitalised words may be two names joined by "and";
            // a law's or a headline's words are no one's.
            let splittable = matches!(reading, Some(Reading::Candidate { .. })) && !part;
            let mention = match reading {
                // A part is a person's name or a short form the document gave:
                // "Deputy Prime Minister and Minister of Finance" parts no names.
                Some(Reading::Named(mention)) => Some(mention).filter(|m| !part || matches!(m.kind, ActorKind::Person | ActorKind::Official)),
                Some(Reading::Candidate { name, person_cue, acronym }) => {
                    let before = &sentence[..at];
                    self.aliases
                        .get(&name)
                        .cloned()
                        // "Australia's Parliament" is Australia's, whatever the document named before.
                        .or_else(|| self.institution(&name, before, &sentence_countries, r).filter(|_| places::possessor(before, r).is_some()))
                        .or_else(|| self.heads.get(&name).cloned())
                        .or_else(|| self.institution(&name, before, &sentence_countries, r))
                        .or_else(|| {
                            if person_cue {
                                Some(ActorMention { name, kind: ActorKind::Person })
                            } else if part {
                                None
                            } else if acronym
                                // "FIFA's ethics committee banned": what an acronym owns acts for it.
                                && (after_the && !clauses::qualifies_next(&words, &run, sentence)
                                    || clauses::acts(&words, &run, sentence, r)
                                    || words[run.end - 1].possessive)
                                && !dateline
                                || listed.contains(&index) && name.split_whitespace().count() <= 2
                            {
                                Some(ActorMention { name, kind: ActorKind::Organisation })
                            } else if let Some(&(_, kind)) =
                                listed_with_known.iter().find(|(i, _)| *i == index).filter(|_| name.split_whitespace().count() <= 2)
                            {
                                // "Robinhood, OpenSea and Uniswap Labs": one of a list of known names.
                                Some(ActorMention { name, kind })
                            } else if !name.contains(' ')
                                && (run.start > 0 && clauses::opens_clause(&words[run.start - 1]) || run.start == 0 && !dateline)
                                && clauses::acts_alone(&words, &run, sentence, r)
                                && (run.start > 0 || self.opens_as_name(&name))
                                && self.is_proper_word(&name, r)
                            {
                                // "… when Harvard sued", "Merck filed the first
                                // lawsuit": one word no other use explains,
                                // acting on its own (not "Safety and Accountability Act",
                                // nor "the D.C. Circuit" parted by its full stop).
                                Some(ActorMention { name, kind: ActorKind::Organisation })
                            } else if after_the && !in_list.contains(&index) && !name.contains(' ') && sentence[..at].trim_end().ends_with(", the") {
                                // An appositive: "Italy's data protection authority, the Garante".
                                Some(ActorMention { name, kind: ActorKind::Organisation })
                            } else {
                                // "Japan's largest union federation, Rengo, said".
                                let appositive = !in_list.contains(&index) && !dateline;
                                appositive
                                    .then(|| names::appositive_kind(sentence, &words, &run, r))
                                    .flatten()
                                    .map(|kind| ActorMention { name, kind })
                            }
                        })
                }
                None => None,
            };
            let last = &words[run.end - 1];
            let mention = mention.map(|m| leading(&m, last.text, &sentence[last.span.1..], r).unwrap_or(m));
            if let Some(mention) = mention {
                if let Some(acronym) = names::defined_acronym(sentence, &words, &run) {
                    self.aliases.insert(acronym.to_owned(), mention.clone());
                }
                self.learn(&mention, r);
                found.push((at, mention));
            } else if let Some(and) = names::and_within(&words, &run).filter(|_| splittable) {
                // "Blatter and Michel Platini": two names, read one by one.
                pending.push((index, and + 1..run.end, true));
                pending.push((index, run.start..and, true));
            }
        }
        for (range, kind) in names::anaphora(&words, r) {
            // An actor of that kind named earlier in the sentence is the one meant.
            let earlier = found.iter().any(|(at, m)| *at < range.start && m.kind == kind);
            // "the ministry" after "the Ministry of Agriculture" is that
            // ministry, not the last government: the head words below find it.
            let whole_government = r.names_whole_government(&sentence[range.clone()]);
            let part_of_government = kind == ActorKind::Government && !whole_government;
            let headed = match sentence[range.clone()].split_whitespace().collect::<Vec<_>>()[..] {
                [_, noun] => part_of_government && self.heads.keys().any(|head| head.eq_ignore_ascii_case(noun)),
                _ => false,
            };
            if earlier || headed {
                continue;
            }
            // "Britain will strip …, the government announced": the country
            // the sentence names is the one whose government is meant.
            let country = found.iter().find_map(|(_, m)| r.countries.get(m.name.as_str()).filter(|_| m.kind == ActorKind::Place));
            // "the government" after "the Attorney General's Office" is not the office.
            let referent = match whole_government {
                true => self.last_government.as_ref(),
                false => self.last.get(&kind),
            };
            if let Some(country) = country.filter(|_| kind == ActorKind::Government) {
                found.push((range.start, self.government_of(country, r)));
            } else if let Some(mention) = referent {
                found.push((range.start, mention.clone()));
            } else if let Some(main) = self.main_country().filter(|_| kind == ActorKind::Government) {
                // "the government" before any is named: the country's the document is about.
                found.push((range.start, self.government_of(main.country, r)));
            }
        }
        // "China's commerce ministry" is China's; "the trade ministry", in a
        // sentence that names no one country, is named as it stands (the
        // country named most may not be the one meant).
        for (range, portfolio) in names::lowercase_institutions(&words, r) {
            let before = &sentence[..range.start];
            let country_owns = places::possessor(before, r).is_some();
            // "Australia's parliament", not "the company's treasury".
            if !portfolio.ends_with("ministry") && !country_owns {
                continue;
            }
            let ministry = if country_owns || sentence_countries.len() == 1 {
                self.institution(&portfolio, before, &sentence_countries, r)
            } else {
                r.institutions.get(&portfolio).map(|(name, kind)| ActorMention { name: name.clone(), kind: *kind })
            };
            if let Some(ministry) = ministry {
                self.learn(&ministry, r);
                found.push((range.start, ministry));
            }
        }
        // "the bank" after "the Bank of Japan", "the court" after "the Supreme Court".
        if !self.heads.is_empty() {
            let mut head = String::new();
            for (at, noun) in names::lowercase_heads(&words, sentence) {
                head.clear();
                head.push(noun.as_bytes()[0].to_ascii_uppercase() as char);
                head.push_str(&noun[1..]);
                let named = found.iter().any(|(_, m)| m.name.split_whitespace().any(|w| w == head));
                if let Some(mention) = self.heads.get(&head).filter(|_| !named) {
                    found.push((at, mention.clone()));
                }
            }
        }
        // "It lowered its rate": a sentence opening with "it" and a verb
        // goes on about the last sentence's subject.
        if clauses::opens_with_it(&words, sentence) && found.is_empty() {
            if let Some(subject) = self.last_subject.clone() {
                found.push((0, subject));
            }
        }
        // "he", "she": the last person named, when the sentence names none before it.
        if let Some(at) = names::personal_pronoun(&words) {
            let earlier = found.iter().any(|(a, m)| *a < at && matches!(m.kind, ActorKind::Person | ActorKind::Official));
            if let Some(person) = self.last_person.clone().filter(|_| !earlier) {
                found.push((at, person));
            }
        }
        found.sort_by_key(|(at, _)| *at);
        for (_, mention) in &found {
            // "the government" after "the Senate passed" is not the Senate.
            let legislature = mention.kind == ActorKind::Government && mention.name.split_whitespace().any(|w| r.legislatures.contains_key(w));
            if !legislature {
                self.last.insert(mention.kind, mention.clone());
            }
            if mention.kind == ActorKind::Government && r.names_whole_government(&mention.name) {
                self.last_government = Some(mention.clone());
            }
            if matches!(mention.kind, ActorKind::Person | ActorKind::Official) {
                self.last_person = Some(mention.clone());
            }
        }
        self.last_subject =
            found.first().map(|(_, m)| m).filter(|m| !matches!(m.kind, ActorKind::Person | ActorKind::Official | ActorKind::Place)).cloned();
        let mut out: Vec<(usize, ActorMention)> = Vec::new();
        for (at, mention) in found {
            if !out.iter().any(|(_, a)| a.name == mention.name) {
                out.push((at, mention));
            }
        }
        out
    }

    /// Counts the countries a sentence names by adjective, as
    /// [`places::countries_by_adjective`] finds them.
    fn count_countries(&mut self, by_adjective: &[(&'static str, &'static str)]) {
        for &(adjective, country) in by_adjective {
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
    /// Parliament"), else of the one country the sentence names
    /// (`sentence_countries`), else of the country the document has named most. It is
    /// named as the gazetteer names it ("US Congress"), else as its own
    /// name says it ("Senate of Brazil").
    fn institution(&self, alone: &str, before: &str, sentence_countries: &[&'static str], r: &'static Recognition) -> Option<ActorMention> {
        let (institution, kind) = r.institutions.get(alone)?;
        let in_sentence = match sentence_countries {
            [only] => Some(*only),
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
