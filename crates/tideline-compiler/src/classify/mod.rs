//! Stance, category and kind by explainable rules: the cue words of a
//! [`Vocabulary`] (`data/cues.toml` plus what `tideline.toml` adds), matched
//! in one aho-corasick pass over the lowercased sentence, and actions read
//! with their objects ("delayed the rules" eases, "blocked the deal"
//! tightens). The cues that decided are kept so the widget can say why.

mod actions;
mod sentence_parts;

use sentence_parts::{conditions, has_quotes, has_subject, inside_name, is_whole_name, main_clause_end, occurrences, without_quotes, CLAUSE_OPENERS};

use crate::config::ExtraCues;
use crate::cues::Vocabulary;
use crate::lowercase::{ascii_case_matches_lowercase, ascii_lowercase, lowercase, lowercases_byte_for_byte};
use actions::{read_actions, Action, ActionLists, Object, Verb};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, BuildError, MatchKind};
use std::borrow::Cow;
use std::ops::Range;
use std::sync::LazyLock;
use tideline_model::{Category, EventKind, Stance};

/// The decision for one sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Classification {
    /// Which way it moves regulation.
    pub stance: Stance,
    /// What sort of thing happened.
    pub category: Category,
    /// The cue words that decided, as they appear in the rules: those of
    /// the stance, then the category's.
    pub cues: Vec<String>,
    /// The cue that decided the category, also among `cues`.
    pub category_cue: Option<String>,
}

impl Classification {
    /// Makes the stance neutral because of who acts, not what is done:
    /// the stance's cues give way to `who` and the first of them ("Toyota
    /// … halted"), so the card still says which words decided. The
    /// category's cue stays.
    pub fn set_aside_for(&mut self, who: &str) {
        let category_cue = self.category_cue.as_ref();
        let act = self.cues.iter().find(|cue| Some(*cue) != category_cue).map(|cue| format!("{who} … {cue}"));
        self.cues.retain(|cue| Some(cue) == category_cue);
        self.cues.splice(0..0, act);
        self.stance = Stance::Neutral;
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cue {
    Stance(Stance, u8),
    Category(usize),
    /// A verb whose direction depends on its object.
    Verb(Verb),
    /// What such a verb acts on.
    Object(Object),
    /// A body that makes laws: what it enacts is a law.
    Lawmaker,
    /// A word that turns the verb after it around ("refused to"), and
    /// whether it ends or refuses what follows (see [`ActionWords::enders`]).
    ///
    /// [`ActionWords::enders`]: crate::cues::ActionWords::enders
    Negator {
        ends: bool,
    },
    /// A procedure whose words decide no stance: "a vote of confidence".
    Procedure,
    /// Coming into force ("took effect"): it does what the thing that
    /// comes into force does (see [`Classifier::classify_near`]).
    InForce,
}

/// The words the classifier's matcher finds after the cues, in this order.
#[derive(Clone, Copy)]
enum Family {
    Plan,
    NonAssertion,
    ClauseOpener,
    Conditional,
    MarketSubject,
}

/// Classifies sentences with the built-in cues plus a corpus's extra cues.
pub struct Classifier {
    /// The cues of `patterns`, then each [`Family`]'s words (see
    /// [`Classifier::sentence`]).
    matcher: AhoCorasick,
    patterns: Vec<(String, Cue)>,
    categories: Vec<Category>,
    plans: CueSet,
    non_assertions: CueSet,
    clause_openers: Vec<String>,
    conditional: Vec<String>,
    market_subject: Vec<String>,
    lists: ActionLists,
}

/// True when `word`, found at `range` of the lowercased `scope`, counts there
/// as a cue: cues are word starts ("ban" does not match "urban", but
/// "investigat" matches "investigation"), and short whole words ("met",
/// "ban", "fine", "law") must end at a word boundary.
fn stands_as_cue(scope: &[u8], word: &str, range: Range<usize>) -> bool {
    let starts_word = range.start == 0 || !scope[range.start - 1].is_ascii_alphanumeric();
    let short = word.len() <= 4 && word.is_ascii();
    starts_word && !(short && scope.get(range.end).is_some_and(|b| b.is_ascii_alphanumeric()))
}

/// One family of cues on its own (plans, negations), for the checks that
/// only ask whether a sentence has any: a small automaton scans faster than
/// the one holding every cue, and finds the same matches of these words.
/// The words are lowercase ASCII and matched ignoring ASCII case, so most
/// text need not be lowercased first (see [`CueSet::found_in_any_case`]).
struct CueSet {
    matcher: AhoCorasick,
    words: Vec<String>,
}

impl CueSet {
    fn new(words: Vec<String>) -> Result<Self, BuildError> {
        // Lowercase (the vocabulary lowercases every word); a corpus may add
        // words in other scripts ("将").
        debug_assert!(words.iter().all(|w| !w.chars().any(char::is_uppercase)));
        let matcher =
            AhoCorasickBuilder::new().match_kind(MatchKind::Standard).kind(Some(AhoCorasickKind::DFA)).ascii_case_insensitive(true).build(&words)?;
        Ok(CueSet { matcher, words })
    }

    /// True when `text` (lowercased, or such that ASCII case-folding finds
    /// what lowercasing would) holds one of the cues.
    fn found_in(&self, text: &str) -> bool {
        let bytes = text.as_bytes();
        self.matcher.find_overlapping_iter(text).any(|m| stands_as_cue(bytes, &self.words[m.pattern().as_usize()], m.range()))
    }

    /// Where the first of the cues in `text` (as [`CueSet::found_in`] reads
    /// it) starts.
    fn first_in(&self, text: &str) -> Option<usize> {
        let bytes = text.as_bytes();
        self.matcher
            .find_overlapping_iter(text)
            .filter(|m| stands_as_cue(bytes, &self.words[m.pattern().as_usize()], m.range()))
            .map(|m| m.start())
            .min()
    }

    /// True when `text` lowercased holds one of the cues; it is lowercased
    /// only when ASCII case-folding might find other words.
    fn found_in_any_case(&self, text: &str) -> bool {
        if ascii_case_matches_lowercase(text) {
            self.found_in(text)
        } else {
            self.found_in(&lowercase(text))
        }
    }
}

/// The classifier with the built-in cues only, see [`Classifier::built_in`].
static BUILT_IN: LazyLock<Classifier> = LazyLock::new(|| {
    Classifier::of(Vocabulary::defaults()).expect("the shipped cues build, see `the_shared_built_in_classifier_is_the_one_without_extra_cues`")
});

impl Classifier {
    /// The classifier with the built-in cues only, built once per process:
    /// most corpora add no cues, and building its automata for every
    /// compile cost about 3% of compiling a 0.5 MB corpus.
    pub fn built_in() -> &'static Classifier {
        &BUILT_IN
    }

    /// A classifier with the default cues and `extra` ones (or only
    /// those, see [`Vocabulary::with`]); an error when a corpus's cues are
    /// too many or too long for the matcher.
    pub fn new(extra: &ExtraCues) -> Result<Self, BuildError> {
        Classifier::of(&Vocabulary::with(extra))
    }

    /// A classifier reading `vocabulary`.
    pub fn of(vocabulary: &Vocabulary) -> Result<Self, BuildError> {
        let mut patterns: Vec<(String, Cue)> = Vec::new();
        for (word, weight) in &vocabulary.tightening {
            patterns.push((word.clone(), Cue::Stance(Stance::Tightening, *weight)));
        }
        for (word, weight) in &vocabulary.easing {
            patterns.push((word.clone(), Cue::Stance(Stance::Easing, *weight)));
        }
        let action = &vocabulary.action;
        // A relational word that is an object too ("deal") keeps its class
        // and is looked through only when "on …" follows.
        let relational_only: Vec<String> =
            action.relational.iter().filter(|w| !action.rule.contains(w) && !action.permission.contains(w)).cloned().collect();
        let actions = [
            (&action.enacting, Cue::Verb(Verb::Enacting)),
            (&action.reversing, Cue::Verb(Verb::Reversing)),
            (&action.agreeing, Cue::Verb(Verb::Agreeing)),
            (&action.rule, Cue::Object(Object::Rule)),
            (&action.permission, Cue::Object(Object::Permission)),
            (&relational_only, Cue::Object(Object::About)),
            (&action.lawmakers, Cue::Lawmaker),
        ];
        for (words, cue) in actions {
            patterns.extend(words.iter().map(|w| (w.clone(), cue)));
        }
        let negators = action.negators.iter().chain(action.enders.iter().filter(|w| !action.negators.contains(w)));
        patterns.extend(negators.map(|w| (w.clone(), Cue::Negator { ends: action.enders.contains(w) })));
        patterns.extend(vocabulary.procedures.iter().map(|w| (w.clone(), Cue::Procedure)));
        patterns.extend(action.in_force.iter().map(|w| (w.clone(), Cue::InForce)));
        let mut categories = Vec::new();
        for (category, words) in &vocabulary.categories {
            let rank = categories.len();
            categories.push(*category);
            patterns.extend(words.iter().map(|w| (w.clone(), Cue::Category(rank))));
        }
        // Overlapping matches: a word can be both a stance and a category cue.
        // A DFA: a few hundred cues make a small one, and it scans every
        // dated sentence several times, faster than the default NFA would.
        // The plan and negation cues come after the others, so that one scan
        // of a sentence answers every question (see `SentenceCues`).
        let clause_openers: Vec<String> = CLAUSE_OPENERS.iter().map(|w| (*w).to_owned()).collect();
        let families = vocabulary
            .plan
            .iter()
            .chain(&vocabulary.non_assertion)
            .chain(&clause_openers)
            .chain(&vocabulary.conditional)
            .chain(&vocabulary.market_subject);
        let words = patterns.iter().map(|(p, _)| p).chain(families);
        let matcher = AhoCorasickBuilder::new().match_kind(MatchKind::Standard).kind(Some(AhoCorasickKind::DFA)).build(words)?;
        let (plans, non_assertions) = (CueSet::new(vocabulary.plan.clone())?, CueSet::new(vocabulary.non_assertion.clone())?);
        Ok(Classifier {
            matcher,
            patterns,
            categories,
            plans,
            non_assertions,
            clause_openers,
            conditional: vocabulary.conditional.clone(),
            market_subject: vocabulary.market_subject.clone(),
            lists: ActionLists {
                relational: vocabulary.action.relational.clone(),
                raising: vocabulary.action.raising.clone(),
                carriers: vocabulary.action.carriers.clone(),
                permitting: vocabulary.action.permitting.clone(),
                empowered: vocabulary.action.empowered.clone(),
                deciding: vocabulary.action.deciding.clone(),
            },
        })
    }

    /// The family's words, and how many words of the families before it
    /// come between the cues and them in the matcher.
    fn family_words(&self, family: Family) -> (&[String], usize) {
        let (plans, negations) = (&self.plans.words, &self.non_assertions.words);
        match family {
            Family::Plan => (plans, 0),
            Family::NonAssertion => (negations, plans.len()),
            Family::ClauseOpener => (&self.clause_openers, plans.len() + negations.len()),
            Family::Conditional => (&self.conditional, plans.len() + negations.len() + self.clause_openers.len()),
            Family::MarketSubject => (&self.market_subject, plans.len() + negations.len() + self.clause_openers.len() + self.conditional.len()),
        }
    }

    /// Every cue in `lowered`, with its byte offset.
    fn cues_at<'a, 's: 'a>(&'s self, lowered: &'a str) -> impl Iterator<Item = (&'s str, Cue, usize)> + 'a {
        let bytes = lowered.as_bytes();
        self.matcher.find_overlapping_iter(lowered).filter_map(move |m| self.cue_in(bytes, m.pattern().as_usize(), m.range()))
    }

    /// Pattern `pattern` found at `range` of the lowercased `scope`, if it
    /// counts there as a cue (see [`stands_as_cue`]).
    fn cue_in(&self, scope: &[u8], pattern: usize, range: Range<usize>) -> Option<(&str, Cue, usize)> {
        let (word, cue) = self.patterns.get(pattern)?;
        stands_as_cue(scope, word, range.clone()).then_some((word.as_str(), *cue, range.start))
    }

    /// The word of `family` that pattern `pattern` of
    /// [`Classifier::matcher`] is, if it is one.
    fn family_word(&self, family: Family, pattern: usize) -> Option<&str> {
        let (words, skipped) = self.family_words(family);
        words.get(pattern.checked_sub(self.patterns.len() + skipped)?).map(String::as_str)
    }

    /// True when a cue of `family` lies within `range` of the lowercased
    /// `lowered`, of the matches `found` there.
    fn family_found_in(&self, lowered: &str, found: &[(usize, Range<usize>)], range: Range<usize>, family: Family) -> bool {
        let scope = &lowered.as_bytes()[range.clone()];
        found.iter().filter(|(_, m)| range.start <= m.start && m.end <= range.end).any(|(pattern, m)| {
            self.family_word(family, *pattern).is_some_and(|word| stands_as_cue(scope, word, m.start - range.start..m.end - range.start))
        })
    }

    /// Where the main clause ends, as [`main_clause_end`] says, from the
    /// clause openers among the matches `found` in a sentence `len` long:
    /// the first opener starts where the leftmost-first search finds one.
    fn main_clause_end_in(&self, found: &[(usize, Range<usize>)], len: usize) -> usize {
        found.iter().filter(|(pattern, _)| self.family_word(Family::ClauseOpener, *pattern).is_some()).map(|(_, m)| m.start).min().unwrap_or(len)
    }

    /// `sentence` lowercased and scanned once for every cue, to ask it
    /// whether it asserts anything, whether it states a plan and how it
    /// reads around each date.
    pub fn sentence<'c, 's>(&'c self, sentence: &'s str) -> SentenceCues<'c, 's> {
        let lowered = lowercases_byte_for_byte(sentence).then(|| ascii_lowercase(sentence));
        let found = match &lowered {
            Some(lowered) => self.matcher.find_overlapping_iter(lowered).map(|m| (m.pattern().as_usize(), m.range())).collect(),
            None => Vec::new(),
        };
        SentenceCues { classifier: self, sentence, lowered, found }
    }

    /// The cues of each of `scopes` of `sentence` (offsets from the scope's
    /// start), as if each scope were lowercased and scanned alone. Text that
    /// lowercases byte for byte needs one lowercased copy and one scan for
    /// every scope (`read`); other text may change length, so each scope is
    /// its own.
    fn cues_by_scope<'s>(&'s self, read: &SentenceCues<'_, '_>, scopes: &[Range<usize>]) -> Vec<Vec<(&'s str, Cue, usize)>> {
        let sentence = read.sentence;
        let whole = 0..sentence.len();
        let scopes = scopes.iter().map(|r| if sentence.get(r.clone()).is_some() { r.clone() } else { whole.clone() });
        let Some(lowered) = &read.lowered else {
            return scopes.map(|r| self.cues_at(&lowercase(&sentence[r])).collect()).collect();
        };
        let found = &read.found;
        scopes
            .map(|r| {
                let scope = &lowered.as_bytes()[r.clone()];
                found
                    .iter()
                    .filter(|(_, m)| r.start <= m.start && m.end <= r.end)
                    .filter_map(|(pattern, m)| self.cue_in(scope, *pattern, m.start - r.start..m.end - r.start))
                    .collect()
            })
            .collect()
    }

    /// The actions of the whole sentence: each verb of [`Cue::Verb`] with
    /// the object it acts on, read from the sentence's matches.
    fn actions(&self, read: &SentenceCues<'_, '_>) -> Vec<Action> {
        match &read.lowered {
            Some(lowered) => {
                let bytes = lowered.as_bytes();
                let cues: Vec<_> = read.found.iter().filter_map(|(pattern, m)| self.cue_in(bytes, *pattern, m.clone())).collect();
                read_actions(lowered, &cues, &self.lists)
            }
            None => {
                let lowered = lowercase(read.sentence);
                let cues: Vec<_> = self.cues_at(&lowered).collect();
                read_actions(&lowered, &cues, &self.lists)
            }
        }
    }

    /// The stance that `cues` (of one scope) and `actions` (whose verbs lie
    /// in it, at offsets from its start) add up to, and the cues that
    /// decided; `None` when there is no stance cue at all. A bare cue that is
    /// part of an action counts only through the action. A tie goes to the
    /// cue nearest to byte `anchor` (where the date is): the words closest to
    /// a date describe it.
    fn stance_of(cues: &[(&str, Cue, usize)], actions: &[Action], anchor: usize) -> Option<(Stance, Vec<String>)> {
        let (mut tightening, mut easing) = (0u32, 0u32);
        let mut found: Vec<(Stance, String, usize)> = Vec::new();
        let procedures: Vec<Range<usize>> =
            cues.iter().filter(|(_, cue, _)| *cue == Cue::Procedure).map(|&(word, _, at)| at..at + word.len()).collect();
        let in_procedure = |word: &str, at: usize| procedures.iter().any(|p| p.start <= at && at + word.len() <= p.end);
        let bare = cues.iter().filter_map(|&(word, cue, at)| match cue {
            Cue::Stance(stance, weight) if !actions.iter().any(|a| a.span.contains(&at)) && !in_procedure(word, at) => {
                Some((stance, weight, word.to_owned(), at))
            }
            _ => None,
        });
        // An action of no weight only silences the bare cue it holds.
        let read = actions.iter().filter(|a| a.weight > 0).map(|a| (a.stance, a.weight, a.cue.clone(), a.at));
        for (stance, weight, word, at) in read.chain(bare) {
            match stance {
                Stance::Tightening => tightening += u32::from(weight),
                _ => easing += u32::from(weight),
            }
            found.push((stance, word, at));
        }
        let nearest = found.iter().min_by_key(|(_, _, at)| at.abs_diff(anchor))?.0;
        let stance = match tightening.cmp(&easing) {
            std::cmp::Ordering::Greater => Stance::Tightening,
            std::cmp::Ordering::Less => Stance::Easing,
            std::cmp::Ordering::Equal => nearest,
        };
        let mut cues: Vec<String> = found.into_iter().filter(|(s, _, _)| *s == stance).map(|(_, w, _)| w).collect();
        cues.dedup();
        Some((stance, cues))
    }

    /// The highest-priority category among `cues` (of one scope), with its cue.
    fn category_of(&self, cues: &[(&str, Cue, usize)]) -> Option<(Category, String)> {
        let mut best: Option<(usize, &str)> = None;
        for &(word, cue, _) in cues {
            if let Cue::Category(rank) = cue {
                if best.is_none_or(|(b, _)| rank < b) {
                    best = Some((rank, word));
                }
            }
        }
        best.map(|(rank, word)| (self.categories[rank], word.to_owned()))
    }

    /// Stance, category and the deciding cues of `sentence`.
    pub fn classify(&self, sentence: &str) -> Classification {
        self.sentence(sentence).classify()
    }

    /// Classifies what `sentence` says about a date, trying `scopes` from the
    /// narrowest (the words around the date) to the widest: the first scope
    /// with a stance cue decides the stance, the first with a category cue the
    /// category. Without any stance cue, categories that restrict or support
    /// by nature (a fine, new rules; support measures) lend their stance.
    pub fn classify_near(&self, sentence: &str, scopes: &[std::ops::Range<usize>]) -> Classification {
        self.sentence(sentence).classify_near(scopes)
    }

    /// [`Classifier::classify_near`] of a sentence already scanned.
    fn classify_read(&self, read: &SentenceCues<'_, '_>, scopes: &[Range<usize>]) -> Classification {
        let (conditions, market) = match &read.lowered {
            // One scan found every word: read the conditions and subject from it.
            Some(lowered) => {
                let found = |family| read.found.iter().filter_map(move |(p, m)| self.family_word(family, *p).map(|w| (w, m.start)));
                let conditions = conditions(lowered, found(Family::Conditional));
                let market = has_subject(lowered, read.sentence, found(Family::MarketSubject));
                (conditions, market)
            }
            None => {
                let lowered = lowercase(read.sentence);
                let conditions = conditions(&lowered, occurrences(&lowered, &self.conditional));
                (conditions, has_subject(&lowered, "", occurrences(&lowered, &self.market_subject)))
            }
        };
        let conditional = |at: usize| conditions.iter().any(|c| c.contains(&at));
        // "the Inflation Reduction Act", "the bulk carrier True Confidence":
        // a word of a name tells nothing of what was done. Offsets are the
        // sentence's own only where it lowercases byte for byte.
        let in_name = |at: usize| read.lowered.is_some() && inside_name(read.sentence, at);
        let keep = |scope: &Range<usize>, found: &mut Vec<(&str, Cue, usize)>| {
            found.retain(|&(word, cue, at)| {
                let at = scope.start + at;
                let named = matches!(cue, Cue::Stance(..) | Cue::Verb(_)) && in_name(at) && !is_whole_name(read.sentence, at..at + word.len());
                !named && !conditional(at)
            });
        };
        let mut cues = self.cues_by_scope(read, scopes);
        for (scope, found) in scopes.iter().zip(&mut cues) {
            keep(scope, found);
        }
        let mut actions = self.actions(read);
        actions.retain(|a| !conditional(a.at) && !in_name(a.at));
        // The middle of the narrowest scope stands for where the date is.
        let date_at = scopes.first().map_or(0, |r| (r.start + r.end) / 2);
        // What comes into force does what the rest of the sentence says it
        // does: "passed a law restoring the old ages, and the change took
        // effect on 1 October" eases; with nothing else said, it tightens.
        let in_force = |word: &str| {
            let whole = 0..read.sentence.len();
            let mut found = self.cues_by_scope(read, std::slice::from_ref(&whole)).pop().unwrap_or_default();
            keep(&whole, &mut found);
            let (stance, mut cues) = Self::stance_of(&found, &actions, date_at).unwrap_or((Stance::Tightening, Vec::new()));
            if stance == Stance::Tightening {
                cues.insert(0, word.to_owned());
            }
            (stance, cues)
        };
        let stance = scopes.iter().zip(&cues).filter(|_| !market).find_map(|(r, c)| {
            // An action whose verb stands outside the scope still holds the
            // cues of its span inside it: they count for nothing there.
            let silencing = |a: &Action| Action { weight: 0, ..a.shifted(r.start) };
            let reaches = |a: &&Action| !r.contains(&a.at) && a.span.start < r.end && r.start < a.span.end;
            let here: Vec<Action> = actions
                .iter()
                .filter(|a| r.contains(&a.at))
                .map(|a| a.shifted(r.start))
                .chain(actions.iter().filter(reaches).map(silencing))
                .collect();
            Self::stance_of(c, &here, date_at.saturating_sub(r.start))
                .or_else(|| c.iter().find(|(_, cue, _)| *cue == Cue::InForce).map(|(word, _, _)| in_force(word)))
        });
        let category = cues.iter().enumerate().find_map(|(i, c)| self.category_of(c).map(|c| (i, c)));
        // Only a category cued close to the date lends its stance: in "… this
        // regulatory campaign, compared to the trade war that began in 2018",
        // the campaign says nothing about 2018.
        let (lends_stance, category, category_cue) =
            category.map_or((false, Category::Other, None), |(i, (c, w))| (i + 1 < scopes.len() || scopes.len() == 1, c, Some(w)));
        let (stance, mut cues) = stance.unwrap_or_else(|| match category {
            Category::Fine | Category::Investigation | Category::Regulation | Category::Campaign if lends_stance && !market => {
                (Stance::Tightening, Vec::new())
            }
            Category::PolicySupport if lends_stance && !market => (Stance::Easing, Vec::new()),
            _ => (Stance::Neutral, Vec::new()),
        });
        if let Some(cue) = &category_cue {
            if !cues.contains(cue) {
                cues.push(cue.clone());
            }
        }
        Classification { stance, category, cues, category_cue }
    }

    /// Whether `sentence` states a plan (given whether its date is in the future).
    pub fn kind(&self, sentence: &str, date_is_plan: bool) -> EventKind {
        // Quoted words are the speaker's: "“We will …,” Li said on Wednesday"
        // reports a statement made, not a plan.
        let planned = date_is_plan || self.plans.found_in_any_case(&without_quotes(sentence));
        if planned {
            EventKind::Plan
        } else {
            EventKind::Event
        }
    }

    /// True when `sentence` is negated, hypothetical or an opinion, so it
    /// asserts nothing. Only the main clause counts: a negation inside
    /// reported speech ("he said support had not changed") still asserts
    /// that he said it.
    pub fn is_non_assertion(&self, sentence: &str) -> bool {
        // The clause openers are ASCII too: where ASCII case-folding finds
        // what lowercasing would, the main clause ends at the same words.
        let lowered = match ascii_case_matches_lowercase(sentence) {
            true => Cow::Borrowed(sentence),
            false => Cow::Owned(lowercase(sentence)),
        };
        let main = &lowered[..main_clause_end(&lowered)];
        self.non_assertions.found_in(main)
    }

    /// Where the part of `sentence` that asserts nothing begins, for a
    /// sentence [`Classifier::is_non_assertion`] flags: at the coordination
    /// that opens a second predicate holding the negation or hedge
    /// ("banned exports in June 2023, and it has not relaxed the ban
    /// since", "set the cap and would have been triggered only if …"), so
    /// the dates before it still stand; else 0, the whole sentence.
    pub fn unasserted_from(&self, sentence: &str) -> usize {
        // Offsets must hold in `sentence`: text whose lowercasing changes
        // its length is read whole.
        if !ascii_case_matches_lowercase(sentence) {
            return 0;
        }
        let main = &sentence[..main_clause_end(sentence)];
        let Some(at) = self.non_assertions.first_in(main) else { return 0 };
        let before = main[..at].to_ascii_lowercase();
        // "… and would have", "… but did not": a second predicate of the same subject.
        if let Some(word) = [" and ", " but "].into_iter().find(|w| before.ends_with(w)) {
            return at - word.len();
        }
        // "…, and it has not", "…; it has not": a second clause.
        COORDINATIONS.iter().filter_map(|c| before.rfind(c)).max().unwrap_or(0)
    }
}

/// What opens a second clause of a sentence: ", and it has not relaxed …".
const COORDINATIONS: [&str; 3] = [", and ", ", but ", "; "];

/// One sentence lowercased and scanned for every cue, see
/// [`Classifier::sentence`]. Its answers are those of the `Classifier`
/// methods of the same names.
pub struct SentenceCues<'c, 's> {
    classifier: &'c Classifier,
    sentence: &'s str,
    /// The sentence lowercased, when it lowercases byte for byte; else each
    /// question lowercases what it reads itself.
    lowered: Option<String>,
    /// Every pattern of the classifier's matcher found in `lowered`.
    found: Vec<(usize, Range<usize>)>,
}

impl SentenceCues<'_, '_> {
    /// See [`Classifier::classify`].
    pub fn classify(&self) -> Classification {
        self.classify_near(std::slice::from_ref(&(0..self.sentence.len())))
    }

    /// See [`Classifier::classify_near`].
    pub fn classify_near(&self, scopes: &[Range<usize>]) -> Classification {
        self.classifier.classify_read(self, scopes)
    }

    /// [`Classifier::kind`] of the part `scope` of the sentence (the whole
    /// sentence if `scope` does not lie on character boundaries).
    pub fn kind(&self, scope: Range<usize>, date_is_plan: bool) -> EventKind {
        let scope = if self.sentence.get(scope.clone()).is_some() { scope } else { 0..self.sentence.len() };
        let text = &self.sentence[scope.clone()];
        match &self.lowered {
            // Leaving quotes out joins the words either side: scan that text anew.
            Some(lowered) if !has_quotes(text) => {
                if date_is_plan || self.classifier.family_found_in(lowered, &self.found, scope, Family::Plan) {
                    EventKind::Plan
                } else {
                    EventKind::Event
                }
            }
            _ => self.classifier.kind(text, date_is_plan),
        }
    }

    /// See [`Classifier::is_non_assertion`].
    pub fn is_non_assertion(&self) -> bool {
        match &self.lowered {
            Some(lowered) => {
                let main = 0..self.classifier.main_clause_end_in(&self.found, lowered.len());
                self.classifier.family_found_in(lowered, &self.found, main, Family::NonAssertion)
            }
            None => self.classifier.is_non_assertion(self.sentence),
        }
    }
}

#[cfg(test)]
mod tests;
