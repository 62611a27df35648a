//! The rule engine: every family's table of (pattern, resolver) pairs compiled
//! once into two lazy DFAs over every pattern (forward and reversed) plus one
//! `Regex` each, then run over a sentence. One forward pass finds where each
//! rule's matches end, the reversed DFA where they start; only the matches
//! that can still win run again to capture. Rules are data; their resolvers
//! live in the family modules.

use std::cell::RefCell;
use std::ops::Range;
use std::sync::{LazyLock, OnceLock};

use regex_automata::hybrid::dfa::{Cache, OverlappingState, DFA};
use regex_automata::meta::Regex;
use regex_automata::util::captures::Captures;
use regex_automata::nfa::thompson;
use regex_automata::{Anchored, Input, MatchKind, PatternID};
use tideline_model::EventDate;

use super::{absolute, chinese, fuzzy, lexicon, previous, relative, tense, vague};
use super::{DateContext, DateMention, Resolution};

/// One rule: a pattern (with `{MONTH}`-style placeholders, see [`expand`])
/// and the function that resolves a match.
pub(super) struct RuleSpec {
    /// A short name for tests and debugging.
    pub name: &'static str,
    /// The pattern before placeholder expansion.
    pub pattern: &'static str,
    /// Turns a match into a date, a warning, or nothing.
    pub resolve: fn(&Hit<'_>) -> Outcome,
}

/// A rule's match in a sentence, with what it is resolved against.
pub(super) struct Hit<'s> {
    caps: Captures,
    /// The rule's group names by group index, see [`Hit::group`].
    names: &'s [Option<String>],
    /// The whole sentence, for looking around the match.
    pub sentence: &'s str,
    /// The publication and previous dates.
    pub context: &'s DateContext,
}

impl<'s> Hit<'s> {
    /// A named group, if it took part in the match. Found by a scan of the
    /// rule's few names: `Captures::name` hashes the name with SipHash, and
    /// resolvers ask for groups several times per match.
    fn group(&self, group: &str) -> Option<Range<usize>> {
        let index = self.names.iter().position(|name| name.as_deref() == Some(group))?;
        self.caps.get_group(index).map(|span| span.range())
    }
    /// The text of a named group, if it took part in the match.
    pub fn text(&self, group: &str) -> Option<&'s str> {
        self.group(group).and_then(|range| self.sentence.get(range))
    }
    /// A named group read as an ASCII number.
    pub fn number(&self, group: &str) -> Option<u32> {
        self.text(group)?.parse().ok()
    }
    /// The byte range of the whole match.
    pub fn span(&self) -> Range<usize> {
        self.caps.get_match().map_or(0..0, |m| m.range())
    }
    /// The byte range of a named group.
    pub fn group_span(&self, group: &str) -> Option<Range<usize>> {
        self.group(group)
    }
    /// True when the clause around the match speaks of the future.
    pub fn speaks_of_future(&self) -> bool {
        tense::speaks_of_future(self.sentence, self.span())
    }
    /// The publication date, if known.
    pub fn published(&self) -> Option<EventDate> {
        self.context.published
    }
}

/// What a resolver made of a match.
pub(super) enum Outcome {
    /// A date.
    Found(Found),
    /// A date-like expression that names no real date; claims its span.
    Warning(String),
    /// A real but unusable expression ("over the last year", or one that needs
    /// a publication date we lack); claims its span so no sub-part matches.
    Vague,
    /// Not a date after all (e.g. a number); claims nothing.
    NotADate,
}

/// A resolved date, built with [`Found::absolute`] and friends.
pub(super) struct Found {
    span: Option<Range<usize>>,
    date: EventDate,
    end: Option<EventDate>,
    resolution: Resolution,
    plan: bool,
    caveat: Option<String>,
}

impl Found {
    /// A date the text states outright.
    pub fn absolute(date: EventDate) -> Self {
        Found {
            span: None,
            date,
            end: None,
            resolution: Resolution::Absolute,
            plan: false,
            caveat: None,
        }
    }
    /// A date worked out from the publication date.
    pub fn from_publication(date: EventDate) -> Self {
        Found {
            resolution: Resolution::RelativeToPublication,
            ..Found::absolute(date)
        }
    }
    /// A date worked out from the previous date in the paragraph.
    pub fn from_previous(date: EventDate) -> Self {
        Found {
            resolution: Resolution::RelativeToPrevious,
            ..Found::absolute(date)
        }
    }
    /// The same, ending with the period `end`.
    pub fn until(self, end: EventDate) -> Self {
        Found {
            end: Some(end),
            ..self
        }
    }
    /// The same, reported over `span` instead of the whole match.
    pub fn spanning(self, span: Option<Range<usize>>) -> Self {
        Found {
            span: span.or(self.span),
            ..self
        }
    }
    /// The same, with a warning to report beside it (e.g. an ambiguous day).
    pub fn with_caveat(self, caveat: String) -> Self {
        Found {
            caveat: Some(caveat),
            ..self
        }
    }
    /// The same, marked as a plan when `plan` holds.
    pub fn planned(self, plan: bool) -> Self {
        Found {
            plan: self.plan || plan,
            ..self
        }
    }
}

impl From<Found> for Outcome {
    fn from(found: Found) -> Self {
        Outcome::Found(found)
    }
}

/// What a candidate claims over its span.
#[derive(Debug, PartialEq)]
pub(super) enum Claim {
    /// A date mention, perhaps with a caveat to report as a warning.
    Mention(DateMention, Option<String>),
    /// A rejected date-like expression.
    Warning(String),
    /// An expression that yields nothing.
    Vague,
}

/// One rule's claim over part of a sentence, before overlaps are settled.
#[derive(Debug, PartialEq)]
pub(super) struct Candidate {
    /// Where the claim lies.
    pub span: Range<usize>,
    /// What it claims.
    pub claim: Claim,
    /// The rule's place in the table; earlier wins ties.
    pub rank: usize,
}

/// One rule's own regex, compiled the first time the rule matches:
/// a corpus meets only some of the rules (no Chinese dates, say), and
/// compiling them all took a sixth of a short compile's time.
struct LazyRule {
    name: &'static str,
    pattern: String,
    compiled: OnceLock<CompiledRule>,
}

/// A rule's regex and its group names by group index.
struct CompiledRule {
    regex: Regex,
    group_names: Vec<Option<String>>,
}

impl LazyRule {
    /// The compiled rule. The DFAs over every pattern compiled, so each
    /// pattern alone does too.
    fn get(&self) -> &CompiledRule {
        self.compiled.get_or_init(|| {
            let regex = Regex::new(&self.pattern).unwrap_or_else(|e| panic!("date rule {} is invalid: {e}", self.name));
            let group_names = regex.group_info().pattern_names(PatternID::ZERO).map(|name| name.map(str::to_owned)).collect();
            CompiledRule { regex, group_names }
        })
    }
}

/// The compiled table.
struct CompiledRules {
    /// Every pattern at once with `MatchKind::All`: an overlapping search
    /// reports every offset where a match of each rule ends.
    ends: DFA,
    /// Every pattern reversed, with a start state per pattern: searched
    /// backwards from a rule's match end, anchored to that rule, it finds
    /// where the leftmost match ending there starts.
    starts: DFA,
    rules: Vec<LazyRule>,
    specs: Vec<&'static RuleSpec>,
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

/// Every family's rules, in priority order for ties.
pub(super) fn all_rules() -> impl Iterator<Item = &'static RuleSpec> {
    vague::RULES
        .iter()
        .chain(absolute::RULES)
        .chain(chinese::RULES)
        .chain(fuzzy::RULES)
        .chain(relative::RULES)
        .chain(previous::RULES)
}

/// A pattern with its placeholders filled and `\b` made ASCII-only, which
/// keeps the lazy DFA usable on text with non-ASCII letters.
pub(super) fn expand(pattern: &str) -> String {
    pattern
        .replace("{MONTH_FULL}", lexicon::MONTH_FULL)
        .replace("{MONTH}", lexicon::MONTH)
        .replace("{WEEKDAY}", lexicon::WEEKDAY)
        .replace("{NUMBER}", lexicon::NUMBER)
        .replace("{ORDINAL}", lexicon::ORDINAL)
        .replace(r"\b", r"(?-u:\b)")
}

/// The lazy DFA over every pattern that reports each rule's match ends.
fn build_ends(patterns: &[String]) -> DFA {
    DFA::builder()
        .configure(DFA::config().match_kind(MatchKind::All))
        .build_many(patterns)
        .expect("the date rule patterns are valid")
}

/// The reversed lazy DFA over every pattern, searched anchored to one rule
/// (as `hybrid::regex::Regex` finds a match's start, with a start state per
/// pattern).
fn build_starts(patterns: &[String]) -> DFA {
    DFA::builder()
        .configure(DFA::config().match_kind(MatchKind::All).starts_for_each_pattern(true).specialize_start_states(false))
        .thompson(thompson::Config::new().reverse(true))
        .build_many(patterns)
        .expect("the date rule patterns are valid")
}

static RULES: LazyLock<CompiledRules> = LazyLock::new(|| {
    let specs: Vec<&'static RuleSpec> = all_rules().collect();
    let patterns: Vec<String> = specs.iter().map(|s| expand(s.pattern)).collect();
    let (ends, starts) = (build_ends(&patterns), build_starts(&patterns));
    let rules = specs
        .iter()
        .zip(patterns)
        .map(|(spec, pattern)| LazyRule {
            name: spec.name,
            pattern,
            compiled: OnceLock::new(),
        })
        .collect();
    CompiledRules { ends, starts, rules, specs }
});

/// True when a match is glued into a path or URL ("…/2022-05-17/doc…").
fn inside_path(sentence: &str, span: &Range<usize>) -> bool {
    let before = sentence[..span.start].chars().next_back();
    let after = sentence[span.end..].chars().next();
    before == Some('/') || after == Some('/')
}

/// Resolves one match of rule `rank` (whose whole span is `whole`) into the
/// claim it makes, if any.
fn candidate(hit: &Hit<'_>, rank: usize, whole: Range<usize>) -> Option<Candidate> {
    let (span, claim) = match (RULES.specs[rank].resolve)(hit) {
        Outcome::Found(found) => {
            let span = found.span.unwrap_or(whole);
            let mention = DateMention {
                span: span.clone(),
                date: found.date,
                end: found.end,
                resolution: found.resolution,
                plan: found.plan,
            };
            (span, Claim::Mention(mention, found.caveat))
        }
        Outcome::Warning(message) => (whole, Claim::Warning(message)),
        Outcome::Vague => (whole, Claim::Vague),
        Outcome::NotADate => return None,
    };
    Some(Candidate { span, claim, rank })
}

/// Runs every rule over `sentence` and resolves all its matches: with
/// `leftmost_longest`, the plain form of [`settle`], which must agree.
#[cfg(test)]
pub(super) fn scan(sentence: &str, context: &DateContext) -> Vec<Candidate> {
    let rules = &*RULES;
    let mut candidates = Vec::new();
    for rank in 0..rules.rules.len() {
        let rule = rules.rules[rank].get();
        for caps in rule.regex.captures_iter(sentence) {
            let hit = Hit {
                caps,
                names: &rule.group_names,
                sentence,
                context,
            };
            let whole = hit.span();
            if whole.is_empty() || inside_path(sentence, &whole) {
                continue;
            }
            candidates.extend(candidate(&hit, rank, whole));
        }
    }
    candidates
}

/// The order in which overlapping claims are settled: leftmost first, then
/// longest, then the earliest rule.
fn settling_order(span: &Range<usize>, rank: usize) -> (usize, std::cmp::Reverse<usize>, usize) {
    (span.start, std::cmp::Reverse(span.end), rank)
}

/// Settles overlaps: the leftmost claim wins, then the longest, then the
/// earliest rule.
#[cfg(test)]
pub(super) fn leftmost_longest(mut candidates: Vec<Candidate>) -> Vec<Candidate> {
    candidates.sort_by_key(|c| settling_order(&c.span, c.rank));
    let mut kept: Vec<Candidate> = Vec::with_capacity(candidates.len());
    for candidate in candidates {
        keep_if_free(&mut kept, candidate);
    }
    kept
}

/// Keeps `candidate` unless it overlaps the last claim kept (claims come in
/// settling order, so that is the only one it can overlap).
fn keep_if_free(kept: &mut Vec<Candidate>, candidate: Candidate) {
    if kept.last().is_none_or(|last| candidate.span.start >= last.span.end) {
        kept.push(candidate);
    }
}

/// A rule's match, found but not yet resolved.
#[derive(Debug, PartialEq)]
struct Match {
    span: Range<usize>,
    rank: usize,
}

/// Every match of every rule in `sentence`, each rule's as its regex's
/// `find_iter` gives them, grouped by rule.
fn rule_matches(sentence: &str) -> Vec<Match> {
    let rules = &*RULES;
    let mut caches = CACHES.with(|c| c.borrow_mut().take()).unwrap_or_else(|| DfaCaches {
        ends: rules.ends.create_cache(),
        starts: rules.starts.create_cache(),
    });
    let matches = match match_ends(rules, &mut caches.ends, sentence) {
        Some(ends) => matches_from_ends(rules, &mut caches.starts, sentence, &ends),
        // The lazy DFAs are not set up to give up, but if one did, every rule's
        // regex finds the same matches.
        None => (0..rules.rules.len()).flat_map(|rank| rule_matches_until(sentence, rank, usize::MAX)).collect(),
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
            None => matches.extend(rule_matches_until(sentence, rank, last_end)),
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
fn rule_matches_until(sentence: &str, rank: usize, last_end: usize) -> Vec<Match> {
    let mut matches = Vec::new();
    for m in RULES.rules[rank].get().regex.find_iter(sentence) {
        matches.push(Match { span: m.range(), rank });
        if m.end() >= last_end {
            break;
        }
    }
    matches
}

/// True when a match ends within the last claim kept: whatever it would
/// claim lies inside the match (see [`resolve_match`]) and so starts
/// before that claim ends, and it loses as `leftmost_longest` would have
/// it. Full dates make most such matches: "2023" and "July 7" inside
/// "July 7, 2023".
fn is_covered(kept: &[Candidate], found: &Match) -> bool {
    kept.last().is_some_and(|last| found.span.end <= last.span.end)
}

/// The groups of the match of `regex` known to span `span` of `sentence`:
/// an anchored search within the span, which looks no further than it
/// (look-around still sees the bytes either side) and finds the same match.
fn captures_of(regex: &Regex, sentence: &str, span: &Range<usize>) -> Option<Captures> {
    let mut caps = regex.create_captures();
    regex.search_captures(&Input::new(sentence).span(span.clone()).anchored(Anchored::Yes), &mut caps);
    caps.is_match().then_some(caps)
}

/// Captures and resolves one match. What it claims is a non-empty part of
/// the match (resolvers narrow their span to groups of it, never widen it).
fn resolve_match(sentence: &str, context: &DateContext, found: &Match) -> Option<Candidate> {
    let rules = &*RULES;
    let rule = rules.rules[found.rank].get();
    let caps = captures_of(&rule.regex, sentence, &found.span)?;
    let hit = Hit {
        caps,
        names: &rule.group_names,
        sentence,
        context,
    };
    debug_assert_eq!(hit.span(), found.span, "the match is found again from its start");
    let claim = candidate(&hit, found.rank, found.span.clone())?;
    debug_assert!(
        !claim.span.is_empty() && found.span.start <= claim.span.start && claim.span.end <= found.span.end,
        "rule {} claims outside its match",
        rules.specs[found.rank].name
    );
    Some(claim)
}

/// Runs every rule that can match `sentence` and settles overlaps as
/// `leftmost_longest` (the tests' reference) does, but resolves only the
/// matches that can still
/// win: a sentence has about three matches per date it keeps, because the
/// bare-year and yearless rules also fire inside every full date.
///
/// Matches are taken in settling order. A resolved claim may lie later in
/// that order than its match (a narrower span), so claims wait in `pending`
/// until every match before them has been seen.
pub(super) fn settle(sentence: &str, context: &DateContext) -> Vec<Candidate> {
    let mut matches = rule_matches(sentence);
    matches.retain(|m| !m.span.is_empty() && !inside_path(sentence, &m.span));
    matches.sort_by_key(|m| settling_order(&m.span, m.rank));
    let mut kept: Vec<Candidate> = Vec::new();
    let mut pending: Vec<Candidate> = Vec::new();
    for found in &matches {
        let order = settling_order(&found.span, found.rank);
        let due = pending.partition_point(|c| settling_order(&c.span, c.rank) < order);
        for claim in pending.drain(..due) {
            keep_if_free(&mut kept, claim);
        }
        if is_covered(&kept, found) {
            continue;
        }
        if let Some(claim) = resolve_match(sentence, context, found) {
            let order = settling_order(&claim.span, claim.rank);
            let at = pending.partition_point(|c| settling_order(&c.span, c.rank) < order);
            pending.insert(at, claim);
        }
    }
    for claim in pending {
        keep_if_free(&mut kept, claim);
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_pattern_compiles() {
        for spec in all_rules() {
            assert!(
                regex::Regex::new(&expand(spec.pattern)).is_ok(),
                "rule {} does not compile",
                spec.name
            );
        }
        assert!(RULES.rules.len() > 20);
    }

    #[test]
    fn a_rule_is_compiled_when_first_used() {
        let rule = LazyRule {
            name: "iso_month",
            pattern: expand(r"\b(?P<y>[0-9]{4})-(?P<mo>[0-9]{2})\b"),
            compiled: OnceLock::new(),
        };
        assert!(rule.compiled.get().is_none());
        assert_eq!(rule.get().regex.find("in 2023-07.").map(|m| m.range()), Some(3..10));
        assert_eq!(rule.get().group_names, [None, Some("y".to_owned()), Some("mo".to_owned())]);
        assert!(rule.compiled.get().is_some());
    }

    #[test]
    fn rule_names_are_unique() {
        let mut names: Vec<_> = all_rules().map(|s| s.name).collect();
        names.sort_unstable();
        let before = names.len();
        names.dedup();
        assert_eq!(before, names.len());
    }

    /// Sentences from the synthetic corpus and some with nested, touching
    /// and narrowed (yearless month, Chinese month) expressions.
    fn sample_sentences() -> Vec<String> {
        let corpus = crate::synth::synthesize(&crate::synth::SynthOptions { events: 300, seed: 7 });
        let mut sentences: Vec<String> = corpus
            .files
            .iter()
            .flat_map(|f| crate::segment::split_sentences(&f.text).into_iter().map(|s| s.text.to_owned()).collect::<Vec<_>>())
            .collect();
        sentences.extend(
            [
                "Monday, July 7, 2023 and in July 2023, then on 7 July, by July 9, since last March.",
                "From 2020 to 2022, in the 2020-2022 period, in late 2020 and the third quarter of 2021.",
                "On 10 January the deal from December 18 2021 to 03/04/2022 ended; 2021-13-45 was logged.",
                "2021年10月8日，去年10月和今年3月份，上个月 10月8日 and 2021年4月.",
                "It was signed two days later, over the last year, in recent weeks and next Friday.",
                "In November 2020 and in November, 2020, and last March 2021, the Made in China 2025 plan.",
            ]
            .map(String::from),
        );
        sentences
    }

    #[test]
    fn settling_resolves_fewer_matches_with_the_same_outcome() {
        let contexts = [
            DateContext::default(),
            DateContext { published: Some(EventDate::day(tideline_model::CivilDate::new(2023, 7, 12).expect("a real day"))), previous: None },
            DateContext {
                published: Some(EventDate::month(2023, 1).expect("a real month")),
                previous: Some(EventDate::year(2021).expect("a real year")),
            },
        ];
        for sentence in sample_sentences() {
            for context in &contexts {
                assert_eq!(settle(&sentence, context), leftmost_longest(scan(&sentence, context)), "{sentence}");
            }
        }
    }

    #[test]
    fn matches_found_from_their_ends_are_those_of_each_rules_regex() {
        for sentence in sample_sentences() {
            let expected: Vec<Match> = (0..RULES.rules.len())
                .flat_map(|rank| RULES.rules[rank].get().regex.find_iter(&sentence).map(move |m| Match { span: m.range(), rank }))
                .collect();
            assert_eq!(rule_matches(&sentence), expected, "{sentence}");
        }
    }

    #[test]
    fn a_rule_with_several_match_ends_runs_its_regex_up_to_the_last() {
        let sentence = "in the first quarter of 2021 and the second quarter";
        let rank = RULES.specs.iter().position(|s| s.name == "ordinal_quarter").expect("the rule exists");
        let found = rule_matches_until(sentence, rank, 28);
        assert_eq!(found, [Match { span: 3..28, rank }], "stops after the match ending at the last end asked for");
        assert_eq!(rule_matches_until(sentence, rank, usize::MAX).len(), 2);
    }

    #[test]
    fn captures_are_taken_within_the_match_span_with_its_surroundings() {
        let regex = Regex::new(r"(?P<y>[0-9]{4})(?-u:\b)").expect("a valid pattern");
        let caps = captures_of(&regex, "in 2023, 12345", &(3..7)).expect("the match");
        assert_eq!(caps.get_group(1).map(|s| s.range()), Some(3..7));
        assert!(captures_of(&regex, "in 2023, 12345", &(9..13)).is_none(), "the byte after the span still counts for \\b");
    }

    #[test]
    fn a_match_ending_inside_the_last_claim_is_covered() {
        let kept = [Candidate { span: 3..15, claim: Claim::Vague, rank: 0 }];
        assert!(is_covered(&kept, &Match { span: 11..15, rank: 9 }));
        assert!(is_covered(&kept, &Match { span: 3..9, rank: 9 }));
        assert!(!is_covered(&kept, &Match { span: 11..16, rank: 9 }), "it may claim a part after the last claim");
        assert!(!is_covered(&[], &Match { span: 11..15, rank: 9 }));
    }

    #[test]
    fn dates_inside_a_url_path_are_ignored() {
        assert!(inside_path("see news.cn/2018-04/02/c_1", &(12..19)));
        assert!(!inside_path("in 2018-04, rules", &(3..10)));
    }
}
