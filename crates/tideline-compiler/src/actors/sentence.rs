//! How one sentence is read, stage by stage: gazetteer names and the
//! countries they name first, then Chinese names, names spelled by their
//! acronyms, capitalised runs no stage before read, the nouns that refer
//! back ("the agency"), lowercase institutions and head words, and
//! pronouns; last, what the sentence leaves for the ones after it.

use super::vocabulary::Recognition;
use super::{chinese, clauses, descriptions, leading, lists, names, places, ActorMention, DocumentActors};
use names::Reading;
use std::ops::Range;
use tideline_model::ActorKind;

/// One sentence as it is read: its words, the actors found so far with
/// where each is named, the spans already read as names, and the countries
/// the sentence names.
pub(super) struct SentenceRead<'s> {
    /// The sentence.
    pub(super) text: &'s str,
    /// Its words.
    pub(super) words: Vec<names::Word<'s>>,
    /// The actors found so far, each with the byte offset where it is named.
    pub(super) found: Vec<(usize, ActorMention)>,
    /// The spans already read as names, which later stages leave alone.
    pub(super) covered: Vec<Range<usize>>,
    /// The countries the sentence names, by name or adjective, each once
    /// with the byte offset where it is first named.
    pub(super) countries: Vec<(&'static str, usize)>,
}

impl DocumentActors<'_> {
    /// Gazetteer names, the governments and countries named by adjective,
    /// and the countries the sentence names; returns where the companies,
    /// organisations and regulators among the names stand, for lists.
    pub(super) fn read_known(&mut self, s: &mut SentenceRead<'_>, r: &'static Recognition) -> Vec<(Range<usize>, ActorKind)> {
        let sentence = s.text;
        let words = &s.words;
        let found = &mut s.found;
        let covered = &mut s.covered;
        let governments = places::demonym_governments(words, r);
        let mut known = self.finder.known(sentence);
        // "the Singapore Food Agency": a place that opens a name is part of it.
        let named: Vec<Range<usize>> = known.iter().map(|(range, _)| range.clone()).collect();
        known.retain(|(range, m)| m.kind != ActorKind::Place || !names::place_opens_name(words, range.end, &named, r));
        // "the Gulf of Aden" is a place of its own, not Aden.
        for (range, mention) in known.iter_mut().filter(|(_, m)| m.kind == ActorKind::Place) {
            if let Some(start) = names::feature_name_start(sentence, range.start, r) {
                *range = start..range.end;
                *mention = ActorMention { name: sentence[range.clone()].to_owned(), kind: ActorKind::Place };
            }
        }
        covered.extend(known.iter().map(|(range, _)| range.clone()));
        let by_adjective = places::countries_by_adjective(words, r);
        self.count_countries(&by_adjective);
        let sentence_countries = &mut s.countries;
        sentence_countries.extend(by_adjective.iter().map(|&(_, c, at)| (c, at)));
        sentence_countries.extend(known.iter().filter_map(|(range, m)| r.countries.get(m.name.as_str()).map(|c| (c.as_str(), range.start))));
        sentence_countries.sort_unstable();
        sentence_countries.dedup_by_key(|&mut (country, _)| country);
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
            // "the Central Bank of Kenya (CBK)": the document's short form.
            if let Some(acronym) = names::defined_acronym(sentence, range.clone()) {
                self.aliases.insert(acronym.to_owned(), mention.clone());
            }
            self.count_country(&mention.name, r);
            let in_government = governments.iter().any(|(g, _)| g.start <= range.start && range.end <= g.end);
            let after = &sentence[range.end..];
            // "FIFA officials", "FIFA sold", "FIFA's transfer rules", but
            // not "a FIFA tournament" nor "the EU's Digital Markets Act".
            let owns = after.strip_prefix("'s ").or_else(|| after.strip_prefix("’s ")).is_some_and(|owned| !owned.starts_with(char::is_uppercase));
            let qualifier = mention.kind == ActorKind::Organisation
                && !owns
                && !clauses::qualifies_nothing(after, r)
                && !clauses::verb_next(after, r)
                && !clauses::names_members(after, r);
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
        for (at, country) in places::demonym_countries(words, r) {
            let bare = country.trim_start_matches("the ");
            let place = self.finder.named(bare).unwrap_or_else(|| ActorMention { name: bare.to_owned(), kind: ActorKind::Place });
            found.push((at, place));
        }
        kin
    }

    /// Chinese names not already found.
    pub(super) fn read_chinese(&mut self, s: &mut SentenceRead<'_>, r: &'static Recognition) {
        let sentence = s.text;
        let found = &mut s.found;
        let covered = &mut s.covered;
        // Curly quotes and accents make many sentences non-ASCII; only Han
        // characters can start a Chinese name.
        if !sentence.is_ascii() && sentence.chars().any(|c| ('\u{3400}'..='\u{9fff}').contains(&c)) {
            for (range, mention) in chinese::chinese_names(sentence, r) {
                if !covered.iter().any(|c| c.start < range.end && range.start < c.end) {
                    covered.push(range.clone());
                    found.push((range.start, mention));
                }
            }
        }
    }

    /// Names followed by the acronym their initials spell.
    pub(super) fn read_spelled_acronyms(&mut self, s: &mut SentenceRead<'_>, r: &'static Recognition) {
        let sentence = s.text;
        let words = &s.words;
        let found = &mut s.found;
        let covered = &mut s.covered;
        // "l'Autorité de sûreté nucléaire (ASN)": a name its acronym spells.
        for (range, acronym) in names::spelled_acronyms(sentence, words) {
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
            let kind = r.kind_of_name(name.split_whitespace()).unwrap_or(ActorKind::Organisation);
            let mention = ActorMention { name: name.to_owned(), kind };
            self.aliases.insert(acronym.to_owned(), mention.clone());
            // The name and its bracket, " (ASN)".
            covered.push(range.start..range.end + " (".len() + acronym.len() + ")".len());
            found.push((range.start, mention));
        }
    }

    /// Capitalised runs no earlier stage read: names with head words or
    /// titles, short forms the document gave, lists, and single words that act.
    pub(super) fn read_runs(&mut self, s: &mut SentenceRead<'_>, kin: &[(Range<usize>, ActorKind)], r: &'static Recognition) {
        let sentence = s.text;
        let words = &s.words;
        let found = &mut s.found;
        let covered = &mut s.covered;
        let sentence_countries = &s.countries;
        let runs = names::capitalised_runs(words, covered, r);
        let mut listed = lists::listed(sentence, words, &runs);
        let agents = lists::agents(sentence, words, &runs, r);
        // "Wilmar, Permata Hijau and Musim Mas" after "Wilmar International".
        let named: Vec<Option<ActorKind>> =
            runs.iter().map(|run| self.aliases.get(&sentence[words[run.start].span.0..words[run.end - 1].span.1]).map(|m| m.kind)).collect();
        let mut listed_with_known = lists::listed_with_known(sentence, words, &runs, kin, &named, r);
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
            // "Ouigo, the low-cost arm of SNCF, ran": a subject described
            // between commas (asked only of a one-word name no other stage read).
            let aside = || clauses::acts_past_aside(words, &run, sentence, r);
            let reading = names::read_run(sentence, words, run.clone(), r);
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
                        .or_else(|| self.institution(&name, before, sentence_countries, r).filter(|_| places::possessor(before, r).is_some()))
                        .or_else(|| self.heads.get(&name).cloned())
                        .or_else(|| self.institution(&name, before, sentence_countries, r))
                        .or_else(|| names::legislature(&name, words, &run, sentence, r))
                        .or_else(|| {
                            if person_cue {
                                Some(ActorMention { name, kind: ActorKind::Person })
                            } else if part {
                                None
                            } else if acronym
                                // "FIFA's ethics committee banned": what an acronym owns acts for it.
                                && (after_the && !clauses::qualifies_next(words, &run, sentence)
                                    || clauses::acts(words, &run, sentence, r)
                                    || words[run.end - 1].possessive)
                                && !dateline
                                || listed.contains(&index) && name.split_whitespace().count() <= 2
                                || agents.contains(&index) && name.split_whitespace().count() <= 2
                            {
                                Some(ActorMention { name, kind: ActorKind::Organisation })
                            } else if let Some(&(_, kind)) =
                                listed_with_known.iter().find(|(i, _)| *i == index).filter(|_| name.split_whitespace().count() <= 2)
                            {
                                // "Robinhood, OpenSea and Uniswap Labs": one of a list of known names.
                                Some(ActorMention { name, kind })
                            } else if !name.contains(' ')
                                && (run.start > 0 && clauses::opens_clause(&words[run.start - 1]) || run.start == 0 && (!dateline || aside()))
                                && (clauses::acts_alone(words, &run, sentence, r) || aside())
                                && (run.start > 0 || self.opens_as_name(&name))
                                && self.is_proper_word(&name, r)
                            {
                                // "… when Harvard sued", "Merck filed the first
                                // lawsuit": one word no other use explains,
                                // acting on its own (not "Safety and Accountability Act",
                                // nor "the D.C. Circuit" parted by its full stop).
                                Some(ActorMention { name, kind: ActorKind::Organisation })
                            } else if !name.contains(' ') && run.start > 0 && !dateline && self.is_proper_word(&name, r) && self.named_often(&name, r)
                            {
                                // "granted Starlink a licence", where the
                                // document also writes "Starlink began".
                                Some(ActorMention { name, kind: ActorKind::Organisation })
                            } else if after_the
                                && !in_list.contains(&index)
                                && !name.contains(' ')
                                && sentence[..at].trim_end().ends_with(", the")
                                && !r.not_acronyms.contains_key(name.as_str())
                            {
                                // An appositive: "Italy's data protection authority, the Garante",
                                // but no capitals that name no one: "its companion, the AI
                                // liability directive".
                                Some(ActorMention { name, kind: ActorKind::Organisation })
                            } else {
                                // "Japan's largest union federation, Rengo, said".
                                let appositive = !in_list.contains(&index) && !dateline;
                                // "Starlink, Elon Musk's satellite company,": a description after it.
                                let kind = || {
                                    descriptions::appositive_kind(sentence, words, &run, r)
                                        .or_else(|| descriptions::described_kind(sentence, words, &run, r))
                                };
                                appositive.then(kind).flatten().map(|kind| ActorMention { name, kind })
                            }
                        })
                }
                None => None,
            };
            let last = &words[run.end - 1];
            let mention = mention.map(|m| leading(&m, last.text, &sentence[last.span.1..], r).unwrap_or(m));
            if let Some(mention) = mention {
                if let Some(acronym) = names::defined_acronym(sentence, words[run.start].span.0..words[run.end - 1].span.1) {
                    self.aliases.insert(acronym.to_owned(), mention.clone());
                }
                self.learn(&mention, r);
                found.push((at, mention));
            } else if let Some(and) = names::and_within(words, &run).filter(|_| splittable) {
                // "Blatter and Michel Platini": two names, read one by one.
                pending.push((index, and + 1..run.end, true));
                pending.push((index, run.start..and, true));
            }
        }
    }

    /// "The agency", "the government": the actor of that kind the document named last.
    pub(super) fn read_anaphora(&mut self, s: &mut SentenceRead<'_>, r: &'static Recognition) {
        let sentence = s.text;
        let words = &s.words;
        let found = &mut s.found;
        for (range, kind) in names::anaphora(words, r) {
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
            // "the central bank" after "the Central Bank of Nigeria" is that
            // bank, whatever regulator the document named since.
            let named_by_noun = || {
                let noun = sentence[range.clone()].rsplit(' ').next()?;
                let mut head = noun.to_owned();
                head.get_mut(..1)?.make_ascii_uppercase();
                self.heads.get(&head).filter(|m| m.kind == kind).cloned()
            };
            if let Some(mention) = (kind == ActorKind::Regulator).then(named_by_noun).flatten() {
                found.push((range.start, mention));
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
    }

    /// Ministries and parliaments named in lowercase ("China's commerce ministry").
    pub(super) fn read_lowercase_institutions(&mut self, s: &mut SentenceRead<'_>, r: &'static Recognition) {
        let sentence = s.text;
        let words = &s.words;
        let found = &mut s.found;
        let sentence_countries = &s.countries;
        // "China's commerce ministry" is China's; "the trade ministry", in a
        // sentence that names no one country, is named as it stands (the
        // country named most may not be the one meant).
        for (range, portfolio) in names::lowercase_institutions(words, r) {
            let before = &sentence[..range.start];
            let country_owns = places::possessor(before, r).is_some();
            // "Australia's parliament", not "the company's treasury".
            if !portfolio.ends_with("ministry") && !country_owns {
                continue;
            }
            let ministry = if country_owns || sentence_countries.len() == 1 {
                self.institution(&portfolio, before, sentence_countries, r)
            } else {
                r.institutions.get(&portfolio).map(|(name, kind)| ActorMention { name: name.clone(), kind: *kind })
            };
            if let Some(ministry) = ministry {
                self.learn(&ministry, r);
                found.push((range.start, ministry));
            }
        }
    }

    /// "The bank" after "the Bank of Japan": a lowercase head word names the
    /// organisation last named with it.
    pub(super) fn read_lowercase_heads(&mut self, s: &mut SentenceRead<'_>) {
        let sentence = s.text;
        let words = &s.words;
        let found = &mut s.found;
        // "the bank" after "the Bank of Japan", "the court" after "the Supreme Court".
        if !self.heads.is_empty() {
            let mut head = String::new();
            for (at, noun) in names::lowercase_heads(words, sentence) {
                head.clear();
                head.push(noun.as_bytes()[0].to_ascii_uppercase() as char);
                head.push_str(&noun[1..]);
                let named = found.iter().any(|(_, m)| m.name.split_whitespace().any(|w| w == head));
                if let Some(mention) = self.heads.get(&head).filter(|_| !named) {
                    found.push((at, mention.clone()));
                }
            }
        }
    }

    /// "It" opening a sentence, "he" and "she": the subject or person named last.
    pub(super) fn read_pronouns(&mut self, s: &mut SentenceRead<'_>) {
        let sentence = s.text;
        let words = &s.words;
        let found = &mut s.found;
        // "It lowered its rate": a sentence opening with "it" and a verb
        // goes on about the last sentence's subject.
        if let Some(at) = clauses::subject_it(words, sentence).filter(|&at| !found.iter().any(|(named, _)| *named < at)) {
            if let Some(subject) = self.last_subject.clone() {
                found.push((at, subject));
            }
        }
        // "he", "she": the last person named, when the sentence names none before it.
        if let Some(at) = names::personal_pronoun(words) {
            let earlier = found.iter().any(|(a, m)| *a < at && matches!(m.kind, ActorKind::Person | ActorKind::Official));
            if let Some(person) = self.last_person.clone().filter(|_| !earlier) {
                found.push((at, person));
            }
        }
    }

    /// Remembers the last actor of each kind, person and government and the
    /// sentence's subject for the sentences that follow, and returns each
    /// actor once, in order of where it is first named.
    pub(super) fn remember(&mut self, mut found: Vec<(usize, ActorMention)>, r: &'static Recognition) -> Vec<(usize, ActorMention)> {
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
}
