//! The rule engine: every family's table of (pattern, resolver) pairs compiled
//! once into a `RegexSet` plus one `Regex` each, then run over a sentence.
//! One pass of the set finds which rules can match; only those run again to
//! capture. Rules are data; their resolvers live in the family modules.

use std::ops::Range;
use std::sync::LazyLock;

use regex::{Captures, Regex, RegexSet};
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
    caps: Captures<'s>,
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
    fn group(&self, group: &str) -> Option<regex::Match<'s>> {
        let index = self.names.iter().position(|name| name.as_deref() == Some(group))?;
        self.caps.get(index)
    }
    /// The text of a named group, if it took part in the match.
    pub fn text(&self, group: &str) -> Option<&'s str> {
        self.group(group).map(|m| m.as_str())
    }
    /// A named group read as an ASCII number.
    pub fn number(&self, group: &str) -> Option<u32> {
        self.text(group)?.parse().ok()
    }
    /// The byte range of the whole match.
    pub fn span(&self) -> Range<usize> {
        self.caps.get(0).map_or(0..0, |m| m.range())
    }
    /// The byte range of a named group.
    pub fn group_span(&self, group: &str) -> Option<Range<usize>> {
        self.group(group).map(|m| m.range())
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
pub(super) enum Claim {
    /// A date mention, perhaps with a caveat to report as a warning.
    Mention(DateMention, Option<String>),
    /// A rejected date-like expression.
    Warning(String),
    /// An expression that yields nothing.
    Vague,
}

/// One rule's claim over part of a sentence, before overlaps are settled.
pub(super) struct Candidate {
    /// Where the claim lies.
    pub span: Range<usize>,
    /// What it claims.
    pub claim: Claim,
    /// The rule's place in the table; earlier wins ties.
    pub rank: usize,
}

/// The compiled table.
struct CompiledRules {
    set: RegexSet,
    regexes: Vec<Regex>,
    /// Each rule's group names by group index.
    group_names: Vec<Vec<Option<String>>>,
    specs: Vec<&'static RuleSpec>,
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

static RULES: LazyLock<CompiledRules> = LazyLock::new(|| {
    let specs: Vec<&'static RuleSpec> = all_rules().collect();
    let patterns: Vec<String> = specs.iter().map(|s| expand(s.pattern)).collect();
    let set = RegexSet::new(&patterns).expect("the date rule patterns are valid");
    let regexes = specs
        .iter()
        .zip(&patterns)
        .map(|(spec, p)| {
            Regex::new(p).unwrap_or_else(|e| panic!("date rule {} is invalid: {e}", spec.name))
        })
        .collect::<Vec<Regex>>();
    let group_names = regexes
        .iter()
        .map(|regex| regex.capture_names().map(|name| name.map(str::to_owned)).collect())
        .collect();
    CompiledRules {
        set,
        regexes,
        group_names,
        specs,
    }
});

/// True when a match is glued into a path or URL ("…/2022-05-17/doc…").
fn inside_path(sentence: &str, span: &Range<usize>) -> bool {
    let before = sentence[..span.start].chars().next_back();
    let after = sentence[span.end..].chars().next();
    before == Some('/') || after == Some('/')
}

/// Runs every rule that can match `sentence` and resolves its matches.
pub(super) fn scan(sentence: &str, context: &DateContext) -> Vec<Candidate> {
    let rules = &*RULES;
    let mut candidates = Vec::new();
    for rank in rules.set.matches(sentence).iter() {
        for caps in rules.regexes[rank].captures_iter(sentence) {
            let hit = Hit {
                caps,
                names: &rules.group_names[rank],
                sentence,
                context,
            };
            let whole = hit.span();
            if whole.is_empty() || inside_path(sentence, &whole) {
                continue;
            }
            let (span, claim) = match (rules.specs[rank].resolve)(&hit) {
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
                Outcome::NotADate => continue,
            };
            candidates.push(Candidate { span, claim, rank });
        }
    }
    candidates
}

/// Settles overlaps: the leftmost claim wins, then the longest, then the
/// earliest rule.
pub(super) fn leftmost_longest(mut candidates: Vec<Candidate>) -> Vec<Candidate> {
    candidates.sort_by(|a, b| {
        (a.span.start, std::cmp::Reverse(a.span.end), a.rank).cmp(&(
            b.span.start,
            std::cmp::Reverse(b.span.end),
            b.rank,
        ))
    });
    let mut kept: Vec<Candidate> = Vec::with_capacity(candidates.len());
    for candidate in candidates {
        let free = kept
            .last()
            .is_none_or(|last| candidate.span.start >= last.span.end);
        if free {
            kept.push(candidate);
        }
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
                Regex::new(&expand(spec.pattern)).is_ok(),
                "rule {} does not compile",
                spec.name
            );
        }
        assert!(RULES.set.len() > 20);
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
    fn dates_inside_a_url_path_are_ignored() {
        assert!(inside_path("see news.cn/2018-04/02/c_1", &(12..19)));
        assert!(!inside_path("in 2018-04, rules", &(3..10)));
    }
}
