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
}

/// What an action verb acts on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Object {
    /// Something that restricts: a law, a ban, a fine.
    Rule,
    /// Something that allows: a licence, a deal, a listing.
    Permission,
}

/// The weight of an action read with its object: it outweighs the bare cues
/// it is made of ("lifted" easing 2, "ban" tightening 1) and others nearby.
pub(super) const ACTION_WEIGHT: u8 = 4;

impl Verb {
    /// The stance of this verb acting on `object`.
    pub(super) fn on(self, object: Object) -> Stance {
        match (self, object) {
            (Verb::Enacting, Object::Rule) | (Verb::Reversing, Object::Permission) => Stance::Tightening,
            (Verb::Enacting, Object::Permission) | (Verb::Reversing, Object::Rule) => Stance::Easing,
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
        || [", and ", " but ", ", while ", " after ", " before ", " which ", " who ", " when "].iter().any(|w| between.contains(w))
}

/// True when `between` (the words from an object to its verb) makes the
/// object the verb's: a passive ("the ban was lifted") or, for a reversing
/// verb, a subject right before it ("the freeze ended").
fn acts_on_object_before(verb: Verb, between: &str) -> bool {
    is_passive(between) || verb == Verb::Reversing && between.split_whitespace().count() <= 1
}

/// True when `between` makes the verb after it passive.
fn is_passive(between: &str) -> bool {
    [" was ", " were ", " been ", " is ", " are ", " be ", "被"].iter().any(|w| between.contains(w)) || between.ends_with(" was") || between.ends_with(" were")
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

/// The actions in the lowercased `text`, from its cues: each verb takes the
/// first object after it in its clause (before any other verb), or in the
/// passive the last one before it; a negator right before the verb ("refused
/// to") turns its stance around.
pub(super) fn read_actions(text: &str, cues: &[(&str, Cue, usize)]) -> Vec<Action> {
    let mut actions = Vec::new();
    let verbs: Vec<usize> = cues.iter().filter(|(_, cue, _)| matches!(cue, Cue::Verb(_))).map(|&(_, _, at)| at).collect();
    for &(verb_word, cue, at) in cues {
        let Cue::Verb(verb) = cue else { continue };
        if is_nominal(text, at) {
            continue;
        }
        let verb_end = at + verb_word.len();
        let objects = cues.iter().filter_map(|&(word, cue, from)| match cue {
            Cue::Object(object) if from != at => Some((word, object, from)),
            _ => None,
        });
        let after = objects
            .clone()
            .filter(|&(_, _, from)| from >= verb_end && from - verb_end <= OBJECT_AFTER)
            .filter(|&(_, _, from)| !verbs.iter().any(|&v| verb_end <= v && v < from))
            .filter(|&(_, _, from)| text.get(verb_end..from).is_some_and(|between| !crosses_clause(between)))
            .min_by_key(|&(_, _, from)| from);
        let before = || {
            objects
                .clone()
                .filter(|&(word, _, from)| from + word.len() <= at && at - from <= OBJECT_BEFORE)
                .filter(|&(word, _, from)| text.get(from + word.len()..at).is_some_and(|between| acts_on_object_before(verb, between) && !crosses_clause(between)))
                .max_by_key(|&(_, _, from)| from)
        };
        if let Some((object_word, object, from)) = after.or_else(before) {
            let negated = cues.iter().any(|&(word, cue, n)| cue == Cue::Negator && n + word.len() <= at && text.get(n + word.len()..at).is_some_and(turns_around));
            let stance = match (verb.on(object), negated) {
                (stance, false) => stance,
                (Stance::Tightening, true) => Stance::Easing,
                (_, true) => Stance::Tightening,
            };
            let span = at.min(from)..verb_end.max(from + object_word.len());
            let cue = format!("{}{verb_word} … {object_word}", if negated { "not " } else { "" });
            actions.push(Action { stance, cue, at, span });
        }
    }
    actions
}

