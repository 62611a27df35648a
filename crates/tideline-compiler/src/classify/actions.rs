//! Actions read with their objects: an enacting or reversing verb, the rule
//! or permission it acts on (after it in its clause, or before it in the
//! passive), and a negator that turns it around. Works on the cues the
//! classifier's matcher found in a lowercased sentence.

use super::Cue;
use std::ops::Range;
use tideline_model::Stance;

/// What an action verb does to its object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Verb {
    /// Brings it into being: adopts a law, approves a deal.
    Enacting,
    /// Takes it away: delays a law, blocks a deal.
    Reversing,
    /// Agrees to it as a party: signs a bill (which enacts it) or a deal
    /// (which says nothing of a regulator).
    Agreeing,
}

/// What an action verb acts on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Object {
    /// Something that restricts: a law, a ban, a fine.
    Rule,
    /// Something that allows: a licence, a merger, a listing.
    Permission,
    /// Something that stands for what it is about: "an agreement on the AI
    /// Act" is the Act; an agreement on nothing named says nothing.
    About,
}

/// The weight of an action read with its object: it outweighs the bare cues
/// it is made of ("lifted" easing 2, "ban" tightening 1) and others nearby.
pub(super) const ACTION_WEIGHT: u8 = 4;

impl Verb {
    /// The stance of this verb acting on `object`, if it has one.
    pub(super) fn on(self, object: Object) -> Option<Stance> {
        match (self, object) {
            (Verb::Enacting | Verb::Agreeing, Object::Rule) | (Verb::Reversing, Object::Permission) => Some(Stance::Tightening),
            (Verb::Enacting, Object::Permission) | (Verb::Reversing, Object::Rule) => Some(Stance::Easing),
            _ => None,
        }
    }
}

/// A verb read with its object: "delayed … the rules".
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Action {
    /// What it does.
    pub(super) stance: Stance,
    /// The verb and object cues, for the card ("delay … rule").
    pub(super) cue: String,
    /// Where the verb starts.
    pub(super) at: usize,
    /// From the first to the last byte of verb and object: bare cues here
    /// count only through the action.
    pub(super) span: Range<usize>,
    /// How much it counts.
    pub(super) weight: u8,
}

impl Action {
    /// The action with offsets counted from `start`.
    pub(super) fn shifted(&self, start: usize) -> Action {
        let back = |at: usize| at.saturating_sub(start);
        Action { at: back(self.at), span: back(self.span.start)..back(self.span.end), ..self.clone() }
    }
}

/// How far after its verb an object may stand ("delayed the strictest parts
/// of the rules"), and before it in the passive ("the ban was lifted").
const OBJECT_AFTER: usize = 60;
const OBJECT_BEFORE: usize = 40;

/// True when `between` (lowercased text between a verb and an object)
/// crosses into another clause.
fn crosses_clause(between: &str) -> bool {
    between.contains(['.', ';', ':', '(', ')'])
        || [", and ", ", with ", " but ", ", while ", " after ", " before ", " which ", " who ", " when "].iter().any(|w| between.contains(w))
        || opens_participle_clause(between)
}

/// True when `between` holds a comma and a participle: ", saying there was
/// no agreement", ", citing the rules".
fn opens_participle_clause(between: &str) -> bool {
    between
        .match_indices(", ")
        .any(|(at, _)| between[at + 2..].split(|c: char| !c.is_alphanumeric()).next().is_some_and(|w| w.len() > 4 && w.ends_with("ing")))
}

/// True when `between` (the words from an object to its verb) makes the
/// object the verb's: a passive ("the ban was lifted") or, for a reversing
/// verb, a subject right before it ("the freeze ended").
fn acts_on_object_before(verb: Verb, between: &str) -> bool {
    is_passive(between) || verb == Verb::Reversing && between.split_whitespace().count() <= 1 && !between.contains(',')
}

/// True when `between` makes the verb after it passive.
fn is_passive(between: &str) -> bool {
    [" was ", " were ", " been ", " is ", " are ", " be ", "被"].iter().any(|w| between.contains(w))
        || between.ends_with(" was")
        || between.ends_with(" were")
}

/// True when the word at `at` of `text` is a past participle ("approved",
/// "passed"): right after a rule and a comma it says what was done to the
/// rule ("The law, approved by a large majority, …").
fn is_participle(text: &str, at: usize) -> bool {
    let word = text[at..].split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    word.len() > 4 && word.ends_with("ed")
}

/// The last object word of a compound that `found` opens: in "tightened
/// its export rules" the rules are tightened, not exports; in "lifted the
/// trading ban" the ban is lifted.
fn head_of_compound<'w>(
    text: &str,
    objects: impl Iterator<Item = (&'w str, Object, usize)> + Clone,
    mut found: (&'w str, Object, usize),
) -> (&'w str, Object, usize) {
    // "negative interest rates" is one thing, whose first words decide.
    while !found.0.contains(' ') {
        // Cues are word starts: the word goes on to the next non-letter.
        let cue_end = found.2 + found.0.len();
        let word_end = text[cue_end..].find(|c: char| !c.is_alphanumeric()).map_or(text.len(), |n| cue_end + n);
        match objects.clone().find(|&(_, _, from)| from == word_end + 1 && text[word_end..].starts_with(' ')) {
            Some(next) => found = next,
            None => break,
        }
    }
    found
}

/// How far a negator may stand from its verb: "refused on 19 January 2023
/// to block".
const NEGATOR_GAP: usize = 40;

/// True when `gap`, the text from a negator to a verb, lets the negator
/// turn the verb around: nothing, or a short phrase ending in "to" within
/// the clause.
fn turns_around(gap: &str) -> bool {
    gap.trim().is_empty() || gap.len() <= NEGATOR_GAP && (gap.trim() == "to" || gap.trim_end().ends_with(" to")) && !gap.contains([',', ';'])
}

/// Words before a verb cue that make it a noun: "the end of March", "the
/// longest pause", "an open letter".
const DETERMINERS: &[&str] = &["the", "a", "an", "its", "their", "his", "her", "this", "that", "another", "any", "no"];

/// True when the verb cue at `at` of `text` stands as a noun or adjective.
fn is_nominal(text: &str, at: usize) -> bool {
    let mut before = text[..at].split_whitespace().rev();
    match before.next() {
        Some(w) if DETERMINERS.contains(&w) => true,
        // "the longest pause", "its first delay".
        Some(w) if w.ends_with("est") || matches!(w, "first" | "last" | "second" | "new") => before.next().is_some_and(|w| DETERMINERS.contains(&w)),
        _ => false,
    }
}

/// How far after "a deal on" the thing it is about may stand.
const ABOUT_AFTER: usize = 40;

/// The object that `found` stands for: itself, or for an [`Object::About`]
/// or a word of `relational` followed by "on", "over" or "for", the rule
/// or permission named right after ("a political deal on the AI Act" is the
/// Act).
fn what_it_is_about<'w>(
    text: &str,
    cues: &[(&'w str, Cue, usize)],
    relational: &[String],
    found: (&'w str, Object, usize),
) -> (&'w str, Object, usize) {
    let (word, object, from) = found;
    if object != Object::About && !relational.iter().any(|r| r == word) {
        return found;
    }
    let end = from + word.len();
    let Some(rest) = text.get(end..) else { return found };
    let Some(topic) = [" on ", " over ", " for "].iter().find_map(|p| rest.starts_with(p).then_some(end + p.len())) else { return found };
    cues.iter()
        .filter_map(|&(w, cue, at)| match cue {
            Cue::Object(o) if o != Object::About && at >= topic && at - topic <= ABOUT_AFTER => Some((w, o, at)),
            _ => None,
        })
        .filter(|&(_, _, at)| text.get(topic..at).is_some_and(|between| !crosses_clause(between)))
        .min_by_key(|&(_, _, at)| at)
        .unwrap_or(found)
}

/// True when the word at `at` of `text` is followed by a complement: "of",
/// "in" or "on" and what it acts on.
fn has_complement(text: &str, at: usize) -> bool {
    let rest = &text[at..];
    let word_end = rest.find(|c: char| !c.is_alphanumeric() && c != '-').unwrap_or(rest.len());
    [" of ", " in ", " on "].iter().any(|p| rest[word_end..].starts_with(p))
}

/// The actions in the lowercased `text`, from its cues: each verb takes the
/// first object after it in its clause (before any other verb), or in the
/// passive the last one before it; a negator right before the verb ("refused
/// to") turns its stance around.
/// The word lists [`read_actions`] reads by, beside the cues (see
/// `crate::cues::ActionWords`).
pub(super) struct ActionLists {
    /// Objects that stand for what they are about ("deal").
    pub(super) relational: Vec<String>,
    /// Reversing verbs that raise a level before "to" and a figure ("lift").
    pub(super) raising: Vec<String>,
    /// Rules that carry what they do ("law", "decree").
    pub(super) carriers: Vec<String>,
    /// Words by which a rule lets people do something ("letting").
    pub(super) permitting: Vec<String>,
    /// Those a rule may empower, not free ("the government").
    pub(super) empowered: Vec<String>,
    /// Verbs by which a body decides ("voted"), see [`reversal_after`].
    pub(super) deciding: Vec<String>,
}

pub(super) fn read_actions<'t>(text: &'t str, cues: &[(&'t str, Cue, usize)], lists: &ActionLists) -> Vec<Action> {
    let (relational, raising) = (&lists.relational, &lists.raising);
    let mut actions = Vec::new();
    let verbs: Vec<usize> = cues.iter().filter(|(_, cue, _)| matches!(cue, Cue::Verb(_))).map(|&(_, _, at)| at).collect();
    for &(verb_word, cue, at) in cues {
        let Cue::Verb(verb) = cue else { continue };
        // "lifting its royalty rate to 10%": a level raised, not a rule lifted.
        let verb = match verb {
            Verb::Reversing if raising.iter().any(|w| verb_word.starts_with(w.as_str())) && to_a_figure(text, at + verb_word.len()) => Verb::Enacting,
            verb => verb,
        };
        // A noun acts through its complement only: "a reduction in
        // subsidies", "the end of negative rates", not "the end of March".
        let nominal = is_nominal(text, at);
        if nominal && !has_complement(text, at) {
            continue;
        }
        let verb_end = at + verb_word.len();
        // "launched from Florida on the Axiom flight": an enacting verb that
        // goes on "from" where it starts acts on nothing after it ("withdrew
        // from the treaty" still reverses the treaty).
        let rest = text[verb_end..].trim_start_matches(char::is_alphanumeric);
        let intransitive = verb == Verb::Enacting && rest.starts_with(" from ");
        let objects = cues.iter().filter_map(|&(word, cue, from)| match cue {
            Cue::Object(object) if from != at => Some((word, object, from)),
            _ => None,
        });
        let after = objects
            .clone()
            .filter(|_| !intransitive)
            .filter(|&(_, _, from)| from >= verb_end && from - verb_end <= OBJECT_AFTER)
            .filter(|&(_, _, from)| !verbs.iter().any(|&v| verb_end <= v && v < from))
            .filter(|&(_, _, from)| text.get(verb_end..from).is_some_and(|between| !crosses_clause(between)))
            .min_by_key(|&(_, _, from)| from)
            .map(|found| head_of_compound(text, objects.clone(), found));
        let before = || {
            objects
                .clone()
                .filter(|_| !nominal)
                .filter(|&(word, _, from)| from + word.len() <= at && at - from <= OBJECT_BEFORE)
                .filter(|&(word, object, from)| {
                    // "Its agreements expired" is a party's affair; "the deal was blocked" is not.
                    // "The test, which taxes gains after purchase, was cut": the
                    // last words of an aside are not the subject.
                    text.get(from + word.len()..at).is_some_and(|between| {
                        let read = (acts_on_object_before(verb, between) && object != Object::About || is_passive(between))
                            && !crosses_clause(between)
                            && !between.contains(',');
                        read || between == ", " && is_participle(text, at)
                    })
                })
                .max_by_key(|&(_, _, from)| from)
        };
        // What a lawmaker enacts or agrees on is a law, when the object
        // read says nothing ("reached a provisional deal").
        let object = after.or_else(before).map(|found| what_it_is_about(text, cues, relational, found)).filter(|&(_, o, _)| verb.on(o).is_some());
        // "voted for a full one-year delay", "agreed a pause": what is
        // enacted is a reversal.
        // Not "licences were issued …, the longest pause".
        let passive = || is_passive(&format!("{} ", &text[text[..at].trim_end().rfind(' ').unwrap_or(0)..at]));
        let deciding = lists.deciding.iter().any(|d| d == verb_word);
        let enacts_reversal = object.is_none() && deciding && !nominal && !passive();
        if let Some((reversal, from)) = enacts_reversal.then(|| reversal_after(text, cues, verb_end)).flatten() {
            if negator_before(text, cues, at).is_none() {
                let span = at..from + reversal.len();
                actions.push(Action { stance: Stance::Easing, cue: format!("{verb_word} … {reversal}"), at, span, weight: ACTION_WEIGHT });
                continue;
            }
        }
        if let Some((object_word, object, from)) = object.or_else(|| enacted_by_lawmaker(text, cues, verb, at, nominal)) {
            let negated = negator_before(text, cues, at).is_some();
            let Some(stance) = verb.on(object) else { continue };
            // "passed a law restoring the old ages", "signed a law that
            // legalised betting": the law eases.
            let carried = matches!(verb, Verb::Enacting | Verb::Agreeing).then(|| carries_easing(text, cues, lists, from)).flatten();
            let stance = if carried.is_some() { Stance::Easing } else { stance };
            // "Failed to agree on a cap": nothing was agreed, nothing reversed.
            if negated && verb == Verb::Agreeing {
                continue;
            }
            let stance = match (stance, negated) {
                (stance, false) => stance,
                (Stance::Tightening, true) => Stance::Easing,
                (_, true) => Stance::Tightening,
            };
            // The carried word is read through the law: "revoked" in "signed
            // resolutions that revoked …" counts only as what they do.
            let carried_end = carried.map_or(0, |(word, start)| start + word.len());
            let span = at.min(from)..verb_end.max(from + object_word.len()).max(carried_end);
            let carried = carried.map(|(word, _)| format!(" {word}")).unwrap_or_default();
            let cue = format!("{}{verb_word} … {object_word}{carried}", if negated { "not " } else { "" });
            actions.push(Action { stance, cue, at, span, weight: ACTION_WEIGHT });
        }
    }
    let negated = negated_cues(text, cues).filter(|n| !actions.iter().any(|a| a.span.contains(&n.at)));
    let negated: Vec<Action> = negated.collect();
    actions.extend(negated);
    actions
}

/// The easing word, and where it starts, that the rule word at `from` of
/// `text` goes on to, past "that" or "which", when it is one of the
/// `carriers`: "restor" in "a law restoring the old ages", "scrap" in "a
/// decree that scraps the levy", "letting" in "a resolution letting workers
/// keep the option" (but not "an act which allows the government to block
/// content", nor "a resolution allowing extra tariffs").
fn carries_easing<'t>(text: &'t str, cues: &[(&'t str, Cue, usize)], lists: &ActionLists, from: usize) -> Option<(&'t str, usize)> {
    // The object cue may be a stem ("regulation" for "regulations"): the carrier is the whole word.
    let rest = text.get(from..)?;
    let word_end = rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len());
    if !lists.carriers.iter().any(|c| c == &rest[..word_end]) {
        return None;
    }
    let after = &rest[word_end..];
    // Past a name set off by commas: "an emergency decree, a Decreto de
    // Necesidad y Urgencia, repealing …".
    let aside = after.strip_prefix(", ").and_then(|aside| aside.get(..aside.len().min(APPOSITIVE))?.find(", ").map(|end| end + 4));
    let gap = aside.or_else(|| [" that ", " which ", " "].into_iter().find(|g| after.starts_with(g)).map(str::len))?;
    let at = from + word_end + gap;
    let eases = |cue: &Cue| matches!(cue, Cue::Verb(Verb::Reversing) | Cue::Stance(Stance::Easing, _));
    let easing = cues.iter().find(|&&(_, cue, start)| start == at && eases(&cue)).map(|&(word, _, start)| (word, start));
    easing.or_else(|| permits(text, cues, lists, at))
}

/// How far after a permitting word what it permits may start: "letting
/// workers keep", "allowing extra tariffs".
const PERMITTED_AFTER: usize = 20;

/// The permitting word at `at` of `text` ("letting workers keep …"), when
/// what it permits is neither a public hand's power ("allows the
/// government to block") nor a rule ("allowing extra tariffs").
fn permits<'t>(text: &'t str, cues: &[(&'t str, Cue, usize)], lists: &ActionLists, at: usize) -> Option<(&'t str, usize)> {
    let rest = text.get(at..)?;
    let word = &rest[..rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len())];
    if !lists.permitting.iter().any(|p| p == word) {
        return None;
    }
    let permitted = rest[word.len()..].trim_start();
    let empowers = lists.empowered.iter().any(|e| permitted.strip_prefix(e.as_str()).is_some_and(|r| !r.starts_with(char::is_alphanumeric)));
    let restricts = |cue: &Cue| matches!(cue, Cue::Object(Object::Rule) | Cue::Stance(Stance::Tightening, _));
    let end = at + word.len();
    let a_rule = cues.iter().any(|&(_, cue, start)| start > end && start - end <= PERMITTED_AFTER && restricts(&cue));
    (!empowers && !a_rule).then_some((word, at))
}

/// The reversal named as a noun after an enacting verb that ends at
/// `verb_end`, and where it starts: "delay" in "voted for a full one-year
/// delay", within the verb's clause, with no other verb between and an
/// article before it.
fn reversal_after<'t>(text: &str, cues: &[(&'t str, Cue, usize)], verb_end: usize) -> Option<(&'t str, usize)> {
    let (word, _, from) = cues
        .iter()
        .filter(|&&(_, cue, from)| matches!(cue, Cue::Verb(_)) && from > verb_end && from - verb_end <= OBJECT_AFTER)
        .min_by_key(|&&(_, _, from)| from)?;
    let between = text.get(verb_end..*from)?;
    let noun = between.split_whitespace().any(|w| DETERMINERS.contains(&w));
    let reverses = cues.iter().any(|&(w, cue, at)| at == *from && w == *word && cue == Cue::Verb(Verb::Reversing));
    (reverses && noun && !crosses_clause(between) && !between.contains(',')).then_some((*word, *from))
}

/// How long a name set off by commas after a rule may be: "a Decreto de
/// Necesidad y Urgencia".
const APPOSITIVE: usize = 60;

/// How far after a verb "to" and a figure may stand: "lifting its royalty
/// rate to 10%".
const FIGURE_AFTER: usize = 50;

/// True when, within its clause after `from`, `text` goes on "to" and a
/// figure ("to 10%", "to $20 billion").
fn to_a_figure(text: &str, from: usize) -> bool {
    let Some(rest) = text.get(from..) else { return false };
    rest.match_indices(" to ").take_while(|&(at, _)| at <= FIGURE_AFTER && !crosses_clause(&rest[..at])).any(|(at, to)| {
        let figure = rest[at + to.len()..].trim_start_matches(|c: char| !c.is_alphanumeric() && !c.is_whitespace());
        figure.starts_with(|c: char| c.is_ascii_digit())
    })
}

/// How far before its verb a lawmaker may stand: "the Chamber of Deputies
/// approved", "Parliament on Tuesday passed".
const LAWMAKER_BEFORE: usize = 30;

/// For an enacting or agreeing `verb` at `at` with no object that decides,
/// the law a lawmaker of `cues` that is its subject enacts ("The Senate
/// approved it", "Parliament and the Council reached a deal"), as an
/// object: the lawmaker's word, [`Object::Rule`] and where it starts.
fn enacted_by_lawmaker<'w>(text: &str, cues: &[(&'w str, Cue, usize)], verb: Verb, at: usize, nominal: bool) -> Option<(&'w str, Object, usize)> {
    if verb == Verb::Reversing || nominal {
        return None;
    }
    cues.iter()
        .filter(|&&(word, cue, from)| cue == Cue::Lawmaker && from + word.len() <= at && at - (from + word.len()) <= LAWMAKER_BEFORE)
        .filter(|&&(word, _, from)| text.get(from + word.len()..at).is_some_and(|between| !crosses_clause(between) && !between.contains(',')))
        .max_by_key(|&&(_, _, from)| from)
        .map(|&(word, _, from)| (word, Object::Rule, from))
}

/// The negator of `cues` that turns around the cue at `at` of `text`, if
/// one does: the word, whether it ends what follows, and where it starts.
fn negator_before<'w>(text: &str, cues: &[(&'w str, Cue, usize)], at: usize) -> Option<(&'w str, bool, usize)> {
    cues.iter().find_map(|&(w, c, n)| match c {
        Cue::Negator { ends } if n + w.len() <= at && text.get(n + w.len()..at).is_some_and(turns_around) => Some((w, ends, n)),
        _ => None,
    })
}

/// The stance cues of `text` that a negator right before stands for, as
/// actions: after a word that ends or refuses ("would stop approving new
/// colleges") the cue turns around with its own weight; after another
/// ("did not restore the bonus") it weighs nothing.
fn negated_cues<'c>(text: &'c str, cues: &'c [(&str, Cue, usize)]) -> impl Iterator<Item = Action> + 'c {
    cues.iter().filter_map(move |&(word, cue, at)| {
        let Cue::Stance(stance, weight) = cue else { return None };
        let (negator, ends, from) = negator_before(text, cues, at)?;
        let stance = match stance {
            Stance::Tightening => Stance::Easing,
            _ => Stance::Tightening,
        };
        let weight = if ends { weight } else { 0 };
        Some(Action { stance, cue: format!("{negator} {word}"), at, span: from..at + word.len(), weight })
    })
}
