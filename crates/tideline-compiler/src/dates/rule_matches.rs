//! Finding every date rule's matches in a sentence: one forward pass of a
//! lazy DFA over all the patterns tells where each rule's matches end, a
//! reversed DFA where they start, and a rule's own regex (compiled on first
//! use) runs only where that is not enough, or to capture groups.

use std::cell::RefCell;
use std::ops::Range;
use std::sync::OnceLock;

use regex_automata::hybrid::dfa::{Cache, OverlappingState, DFA};
use regex_automata::meta::Regex;
use regex_automata::nfa::thompson;
use regex_automata::util::captures::Captures;
use regex_automata::{Anchored, Input, MatchKind, PatternID};

use super::rules::RuleSpec;

/// One rule's own regex, compiled the first time the rule matches:
/// a corpus meets only some of the rules (no Chinese dates, say), and
/// compiling them all took a sixth of a short compile's time.
pub(super) struct LazyRule {
    name: &'static str,
    pattern: String,
    compiled: OnceLock<CompiledRule>,
}

/// A rule's regex and its group names by group index.
pub(super) struct CompiledRule {
    pub regex: Regex,
    pub group_names: Vec<Option<String>>,
}

impl LazyRule {
    /// Rule `name`'s expanded `pattern`, not compiled yet.
    pub(super) fn new(name: &'static str, pattern: String) -> Self {
        LazyRule { name, pattern, compiled: OnceLock::new() }
    }

    /// The compiled rule. The DFAs over every pattern compiled, so each
    /// pattern alone does too.
    pub(super) fn get(&self) -> &CompiledRule {
        self.compiled.get_or_init(|| {
            let regex = Regex::new(&self.pattern).unwrap_or_else(|e| panic!("date rule {} is invalid: {e}", self.name));
            let group_names = regex.group_info().pattern_names(PatternID::ZERO).map(|name| name.map(str::to_owned)).collect();
            CompiledRule { regex, group_names }
        })
    }
}

/// The compiled table.
pub(super) struct CompiledRules {
    /// Every pattern at once with `MatchKind::All`: an overlapping search
    /// reports every offset where a match of each rule ends.
    ends: DFA,
    /// Every pattern reversed, with a start state per pattern: searched
    /// backwards from a rule's match end, anchored to that rule, it finds
    /// where the leftmost match ending there starts.
    starts: DFA,
    /// Each rule's own regex, in rank order.
    pub rules: Vec<LazyRule>,
    /// The rules, in rank order.
    pub specs: Vec<&'static RuleSpec>,
}

impl CompiledRules {
    /// The table of `specs` and their rules' expanded patterns, in rank order.
    pub(super) fn new(rules: Vec<LazyRule>, specs: Vec<&'static RuleSpec>) -> Self {
        let patterns: Vec<&str> = rules.iter().map(|rule| rule.pattern.as_str()).collect();
        CompiledRules { ends: build_ends(&patterns), starts: build_starts(&patterns), rules, specs }
    }
}

/// A thread's search caches for [`CompiledRules::ends`] and
/// [`CompiledRules::starts`] (a lazy DFA builds its states in its cache).
struct DfaCaches {
    ends: Cache,
    starts: Cache,
}

thread_local! {
    /// Kept between sentences: the states a lazy DFA has built are reused.
    static CACHES: RefCell<Option<DfaCaches>> = const { RefCell::new(None) };
}

/// The lazy DFA over every pattern that reports each rule's match ends.
fn build_ends(patterns: &[&str]) -> DFA {
    DFA::builder().configure(DFA::config().match_kind(MatchKind::All)).build_many(patterns).expect("the date rule patterns are valid")
}

/// The reversed lazy DFA over every pattern, searched anchored to one rule
/// (as `hybrid::regex::Regex` finds a match's start, with a start state per
/// pattern).
fn build_starts(patterns: &[&str]) -> DFA {
    DFA::builder()
        .configure(DFA::config().match_kind(MatchKind::All).starts_for_each_pattern(true).specialize_start_states(false))
        .thompson(thompson::Config::new().reverse(true))
        .build_many(patterns)
        .expect("the date rule patterns are valid")
}

/// A rule's match, found but not yet resolved.
#[derive(Debug, PartialEq)]
pub(super) struct Match {
    /// Where it lies in the sentence.
    pub span: Range<usize>,
    /// Its rule's rank.
    pub rank: usize,
}

/// Every match of every rule in `sentence`, each rule's as its regex's
/// `find_iter` gives them, grouped by rule.
pub(super) fn rule_matches(rules: &CompiledRules, sentence: &str) -> Vec<Match> {
    let mut caches =
        CACHES.with(|c| c.borrow_mut().take()).unwrap_or_else(|| DfaCaches { ends: rules.ends.create_cache(), starts: rules.starts.create_cache() });
    let matches = match match_ends(rules, &mut caches.ends, sentence) {
        Some(ends) => matches_from_ends(rules, &mut caches.starts, sentence, &ends),
        // The lazy DFAs are not set up to give up, but if one did, every rule's
        // regex finds the same matches.
        None => (0..rules.rules.len()).flat_map(|rank| rule_matches_until(rules, sentence, rank, usize::MAX)).collect(),
    };
    CACHES.with(|c| *c.borrow_mut() = Some(caches));
    matches
}

/// Every (rule, offset) where a match of the rule ends, sorted, from one
/// overlapping pass; `None` if the lazy DFA gave up.
fn match_ends(rules: &CompiledRules, cache: &mut Cache, sentence: &str) -> Option<Vec<(usize, usize)>> {
    let input = Input::new(sentence);
    let mut state = OverlappingState::start();
    let mut ends = Vec::new();
    loop {
        rules.ends.try_search_overlapping_fwd(cache, &input, &mut state).ok()?;
        match state.get_match() {
            Some(end) => ends.push((end.pattern().as_usize(), end.offset())),
            None => break,
        }
    }
    ends.sort_unstable();
    Some(ends)
}

/// Each rule's matches given where they end (`ends`, sorted by rule). A rule
/// whose matches all end at one offset has one match there, starting where
/// the leftmost match ending there starts: one short backward search instead
/// of a forward search over the sentence and another that finds nothing.
/// A rule with several ends runs its regex, up to its last end.
fn matches_from_ends(rules: &CompiledRules, starts: &mut Cache, sentence: &str, ends: &[(usize, usize)]) -> Vec<Match> {
    let mut matches = Vec::with_capacity(ends.len());
    for group in ends.chunk_by(|a, b| a.0 == b.0) {
        let (rank, last_end) = group[group.len() - 1];
        let start = match group.len() {
            1 => match_start(rules, starts, sentence, rank, last_end),
            _ => None,
        };
        match start {
            Some(start) => matches.push(Match { span: start..last_end, rank }),
            None => matches.extend(rule_matches_until(rules, sentence, rank, last_end)),
        }
    }
    matches
}

/// Where the leftmost match of rule `rank` that ends at `end` starts.
fn match_start(rules: &CompiledRules, cache: &mut Cache, sentence: &str, rank: usize, end: usize) -> Option<usize> {
    let pattern = PatternID::new(rank).ok()?;
    let input = Input::new(sentence).range(..end).anchored(Anchored::Pattern(pattern));
    rules.starts.try_search_rev(cache, &input).ok()?.map(|m| m.offset())
}

/// Rule `rank`'s matches as `find_iter` gives them, stopping after the
/// first that ends at or after `last_end` (no other can follow it).
fn rule_matches_until(rules: &CompiledRules, sentence: &str, rank: usize, last_end: usize) -> Vec<Match> {
    let mut matches = Vec::new();
    for m in rules.rules[rank].get().regex.find_iter(sentence) {
        matches.push(Match { span: m.range(), rank });
        if m.end() >= last_end {
            break;
        }
    }
    matches
}

/// The groups of the match of `regex` known to span `span` of `sentence`:
/// an anchored search within the span, which looks no further than it
/// (look-around still sees the bytes either side) and finds the same match.
pub(super) fn captures_of(regex: &Regex, sentence: &str, span: &Range<usize>) -> Option<Captures> {
    let mut caps = regex.create_captures();
    regex.search_captures(&Input::new(sentence).span(span.clone()).anchored(Anchored::Yes), &mut caps);
    caps.is_match().then_some(caps)
}

#[cfg(test)]
mod tests {
    use super::super::rules::{expand, RULES};
    use super::super::test_support::sample_sentences;
    use super::*;

    #[test]
    fn a_rule_is_compiled_when_first_used() {
        let rule = LazyRule::new("iso_month", expand(r"\b(?P<y>[0-9]{4})-(?P<mo>[0-9]{2})\b"));
        assert!(rule.compiled.get().is_none());
        assert_eq!(rule.get().regex.find("in 2023-07.").map(|m| m.range()), Some(3..10));
        assert_eq!(rule.get().group_names, [None, Some("y".to_owned()), Some("mo".to_owned())]);
        assert!(rule.compiled.get().is_some());
    }

    #[test]
    fn matches_found_from_their_ends_are_those_of_each_rules_regex() {
        for sentence in sample_sentences() {
            let expected: Vec<Match> = (0..RULES.rules.len())
                .flat_map(|rank| RULES.rules[rank].get().regex.find_iter(&sentence).map(move |m| Match { span: m.range(), rank }))
                .collect();
            assert_eq!(rule_matches(&RULES, &sentence), expected, "{sentence}");
        }
    }

    #[test]
    fn a_rule_with_several_match_ends_runs_its_regex_up_to_the_last() {
        let sentence = "in the first quarter of 2021 and the second quarter";
        let rank = RULES.specs.iter().position(|s| s.name == "ordinal_quarter").expect("the rule exists");
        let found = rule_matches_until(&RULES, sentence, rank, 28);
        assert_eq!(found, [Match { span: 3..28, rank }], "stops after the match ending at the last end asked for");
        assert_eq!(rule_matches_until(&RULES, sentence, rank, usize::MAX).len(), 2);
    }

    #[test]
    fn captures_are_taken_within_the_match_span_with_its_surroundings() {
        let regex = Regex::new(r"(?P<y>[0-9]{4})(?-u:\b)").expect("a valid pattern");
        let caps = captures_of(&regex, "in 2023, 12345", &(3..7)).expect("the match");
        assert_eq!(caps.get_group(1).map(|s| s.range()), Some(3..7));
        assert!(captures_of(&regex, "in 2023, 12345", &(9..13)).is_none(), "the byte after the span still counts for \\b");
    }
}
