//! The rule engine: every family's table of (pattern, resolver) pairs,
//! compiled once, run over a sentence (`rule_matches` finds the matches), and
//! only the matches that can still win captured, resolved and settled. Rules
//! are data; their resolvers live in the family modules.

use std::ops::Range;
use std::sync::LazyLock;

use regex_automata::util::captures::Captures;
use tideline_model::EventDate;

use super::rule_matches::{captures_of, rule_matches, CompiledRules, LazyRule, Match};

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
        Found { span: None, date, end: None, resolution: Resolution::Absolute, plan: false, caveat: None }
    }
    /// A date worked out from the publication date.
    pub fn from_publication(date: EventDate) -> Self {
        Found { resolution: Resolution::RelativeToPublication, ..Found::absolute(date) }
    }
    /// A date worked out from the previous date in the paragraph.
    pub fn from_previous(date: EventDate) -> Self {
        Found { resolution: Resolution::RelativeToPrevious, ..Found::absolute(date) }
    }
    /// The same, ending with the period `end`.
    pub fn until(self, end: EventDate) -> Self {
        Found { end: Some(end), ..self }
    }
    /// The same, reported over `span` instead of the whole match.
    pub fn spanning(self, span: Option<Range<usize>>) -> Self {
        Found { span: span.or(self.span), ..self }
    }
    /// The same, with a warning to report beside it (e.g. an ambiguous day).
    pub fn with_caveat(self, caveat: String) -> Self {
        Found { caveat: Some(caveat), ..self }
    }
    /// The same, marked as a plan when `plan` holds.
    pub fn planned(self, plan: bool) -> Self {
        Found { plan: self.plan || plan, ..self }
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

/// Every family's rules, in priority order for ties.
pub(super) fn all_rules() -> impl Iterator<Item = &'static RuleSpec> {
    vague::RULES.iter().chain(absolute::RULES).chain(chinese::RULES).chain(fuzzy::RULES).chain(relative::RULES).chain(previous::RULES)
}

/// A pattern with its placeholders filled and `\b` made ASCII-only, which
/// keeps the lazy DFA usable on text with non-ASCII letters.
pub(super) fn expand(pattern: &str) -> String {
    let words = &*lexicon::LEXICON;
    pattern
        .replace("{MONTH_FULL}", &words.month_full)
        .replace("{MONTH}", &words.month)
        .replace("{WEEKDAY}", &words.weekday)
        .replace("{DAY_SUFFIX}", &words.day_suffix)
        .replace("{DAY_OF}", &words.day_of)
        .replace("{YEAR_OF}", &words.year_of)
        .replace("{MONTH_CUE}", &words.month_cue)
        .replace("{NUMBER}", lexicon::NUMBER)
        .replace("{ORDINAL}", lexicon::ORDINAL)
        .replace(r"\b", r"(?-u:\b)")
}

/// Every rule, compiled.
pub(super) static RULES: LazyLock<CompiledRules> = LazyLock::new(|| {
    let specs: Vec<&'static RuleSpec> = all_rules().collect();
    let rules = specs.iter().map(|spec| LazyRule::new(spec.name, expand(spec.pattern))).collect();
    CompiledRules::new(rules, specs)
});

/// True when rule `rank` is one of [`previous::RULES`], which count from
/// the previous date ("two days later"): they come last in [`all_rules`].
pub(super) fn counts_from_previous(rank: usize) -> bool {
    rank >= RULES.specs.len() - previous::RULES.len()
}

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
            let mention = DateMention { span: span.clone(), date: found.date, end: found.end, resolution: found.resolution, plan: found.plan };
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
            let hit = Hit { caps, names: &rule.group_names, sentence, context };
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

/// True when a match ends within the last claim kept: whatever it would
/// claim lies inside the match (see [`resolve_match`]) and so starts
/// before that claim ends, and it loses as `leftmost_longest` would have
/// it. Full dates make most such matches: "2023" and "July 7" inside
/// "July 7, 2023".
fn is_covered(kept: &[Candidate], found: &Match) -> bool {
    kept.last().is_some_and(|last| found.span.end <= last.span.end)
}

/// Captures and resolves one match. What it claims is a non-empty part of
/// the match (resolvers narrow their span to groups of it, never widen it).
fn resolve_match(sentence: &str, context: &DateContext, found: &Match) -> Option<Candidate> {
    let rules = &*RULES;
    let rule = rules.rules[found.rank].get();
    let caps = captures_of(&rule.regex, sentence, &found.span)?;
    let hit = Hit { caps, names: &rule.group_names, sentence, context };
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
    let mut matches = rule_matches(&RULES, sentence);
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
    use super::super::test_support::sample_sentences;
    use super::*;

    #[test]
    fn every_rule_pattern_compiles() {
        for spec in all_rules() {
            assert!(regex::Regex::new(&expand(spec.pattern)).is_ok(), "rule {} does not compile", spec.name);
        }
        assert!(RULES.rules.len() > 20);
    }

    #[test]
    fn rule_names_are_unique() {
        let mut names: Vec<_> = all_rules().map(|s| s.name).collect();
        names.sort_unstable();
        let before = names.len();
        names.dedup();
        assert_eq!(before, names.len());
    }

    #[test]
    fn settling_resolves_fewer_matches_with_the_same_outcome() {
        let contexts = [
            DateContext::default(),
            DateContext {
                published: Some(EventDate::day(tideline_model::CivilDate::new(2023, 7, 12).expect("a real day"))),
                ..DateContext::default()
            },
            DateContext {
                published: Some(EventDate::month(2023, 1).expect("a real month")),
                previous: Some(EventDate::year(2021).expect("a real year")),
                previous_day: Some(EventDate::day(tideline_model::CivilDate::new(2021, 3, 9).expect("a real day"))),
                section_year: Some(2019),
            },
        ];
        for sentence in sample_sentences() {
            for context in &contexts {
                assert_eq!(settle(&sentence, context), leftmost_longest(scan(&sentence, context)), "{sentence}");
            }
        }
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
