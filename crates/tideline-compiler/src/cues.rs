//! The cue vocabularies that classification reads: the default ones in
//! `data/cues.toml` (embedded in the compiler), extended or replaced by a
//! corpus's `[cues]` settings. This module only loads and merges words; the
//! classifier decides what they mean.

use crate::config::ExtraCues;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::LazyLock;
use tideline_model::Category;

/// The default vocabularies, as shipped.
const DEFAULT_CUES: &str = include_str!("../data/cues.toml");

/// Verbs whose direction depends on their object, and the objects.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionWords {
    /// Verbs that bring something into being ("adopted", "approved").
    #[serde(default)]
    pub enacting: Vec<String>,
    /// Verbs that take something away ("delayed", "lifted", "suspended").
    #[serde(default)]
    pub reversing: Vec<String>,
    /// Verbs of the parties to an agreement ("signed", "reached"): they
    /// enact a rule ("signed the bill") but only join a permission ("signed
    /// a deal with News Corp" says nothing of a regulator).
    #[serde(default)]
    pub agreeing: Vec<String>,
    /// Objects that restrict: laws, bans, fines, probes.
    #[serde(default)]
    pub rule: Vec<String>,
    /// Objects that allow: licences, deals, listings, products.
    #[serde(default)]
    pub permission: Vec<String>,
    /// Words right before a verb that turn it around ("refused to").
    #[serde(default)]
    pub negators: Vec<String>,
    /// Words that end or refuse what the cue after them names ("stopped
    /// approving" tightens, "refused to relax" does not ease): they turn a
    /// bare stance cue around. After other negators a bare cue counts for
    /// nothing ("did not restore the bonus" restores nothing, and tightens
    /// nothing either).
    #[serde(default)]
    pub enders: Vec<String>,
    /// Objects that stand for what they are about: "a deal on the AI Act"
    /// is read as the Act.
    #[serde(default)]
    pub relational: Vec<String>,
    /// Bodies that make laws ("parliament", "the senate"): what they
    /// approve or pass, when the sentence names nothing else, is a law
    /// ("The Senate approved it" tightens).
    #[serde(default)]
    pub lawmakers: Vec<String>,
    /// Reversing verbs that raise a level when a figure follows ("lifting
    /// its royalty rate to 10%" raises it, as "raised" would).
    #[serde(default)]
    pub raising: Vec<String>,
    /// Rules that carry what they do ("a law restoring the old ages", "a
    /// decree that scraps the levy"): enacting one whose words go on to
    /// ease eases.
    #[serde(default)]
    pub carriers: Vec<String>,
    /// Words of coming into force ("took effect"): they do what the thing
    /// that comes into force does, and tighten when the sentence says
    /// nothing else.
    #[serde(default)]
    pub in_force: Vec<String>,
    /// Words by which a rule that carries what it does lets people do
    /// something ("a resolution letting workers keep the option" eases).
    #[serde(default)]
    pub permitting: Vec<String>,
    /// Those a rule may empower rather than free ("an act which allows the
    /// government to block content" does not ease).
    #[serde(default)]
    pub empowered: Vec<String>,
    /// Verbs by which a body decides ("voted"): the reversal they name as a
    /// noun is what they enact ("voted for a one-year delay" eases).
    #[serde(default)]
    pub deciding: Vec<String>,
}

impl ActionWords {
    fn extend(&mut self, more: &ActionWords) {
        self.enacting.extend(more.enacting.iter().cloned());
        self.reversing.extend(more.reversing.iter().cloned());
        self.agreeing.extend(more.agreeing.iter().cloned());
        self.rule.extend(more.rule.iter().cloned());
        self.permission.extend(more.permission.iter().cloned());
        self.negators.extend(more.negators.iter().cloned());
        self.enders.extend(more.enders.iter().cloned());
        self.relational.extend(more.relational.iter().cloned());
        self.lawmakers.extend(more.lawmakers.iter().cloned());
        self.raising.extend(more.raising.iter().cloned());
        self.carriers.extend(more.carriers.iter().cloned());
        self.in_force.extend(more.in_force.iter().cloned());
        self.permitting.extend(more.permitting.iter().cloned());
        self.empowered.extend(more.empowered.iter().cloned());
        self.deciding.extend(more.deciding.iter().cloned());
    }
}

/// The cues of one category.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCategory {
    name: String,
    cues: Vec<String>,
}

/// Plan and non-assertion words.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawKind {
    #[serde(default)]
    plan: Vec<String>,
    #[serde(default)]
    non_assertion: Vec<String>,
    #[serde(default)]
    conditional: Vec<String>,
    #[serde(default)]
    market_subject: Vec<String>,
    #[serde(default)]
    procedures: Vec<String>,
}

/// `data/cues.toml` as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawVocabulary {
    tightening: BTreeMap<String, u8>,
    easing: BTreeMap<String, u8>,
    action: ActionWords,
    category: Vec<RawCategory>,
    kind: RawKind,
}

/// Every cue the classifier reads, lowercased.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Vocabulary {
    /// Tightening cues and their weights.
    pub tightening: Vec<(String, u8)>,
    /// Easing cues and their weights.
    pub easing: Vec<(String, u8)>,
    /// Verbs read with their objects.
    pub action: ActionWords,
    /// Category cues, highest priority first.
    pub categories: Vec<(Category, Vec<String>)>,
    /// Words that mark a plan.
    pub plan: Vec<String>,
    /// Words that mark a sentence that asserts nothing.
    pub non_assertion: Vec<String>,
    /// Words that open a condition ("if the code became law"): the cues in
    /// it say nothing of what happened.
    pub conditional: Vec<String>,
    /// Subjects that make a sentence a market move ("NetEase shares closed
    /// down 25%"), whatever its verbs.
    pub market_subject: Vec<String>,
    /// Procedures whose words decide no stance ("a vote of confidence").
    pub procedures: Vec<String>,
}

/// The weight of a cue a corpus adds: a clear sign.
const EXTRA_CUE_WEIGHT: u8 = 2;

static DEFAULTS: LazyLock<Vocabulary> = LazyLock::new(|| {
    // The file is part of the compiler, checked by `the_default_cues_load`.
    let raw: RawVocabulary = toml::from_str(DEFAULT_CUES).expect("data/cues.toml is valid");
    let categories =
        raw.category.into_iter().map(|c| (Category::from_name(&c.name).expect("data/cues.toml names known categories"), c.cues)).collect();
    Vocabulary {
        tightening: raw.tightening.into_iter().collect(),
        easing: raw.easing.into_iter().collect(),
        action: raw.action,
        categories,
        plan: raw.kind.plan,
        non_assertion: raw.kind.non_assertion,
        conditional: raw.kind.conditional,
        market_subject: raw.kind.market_subject,
        procedures: raw.kind.procedures,
    }
    .lowercased()
});

impl Vocabulary {
    /// The shipped vocabulary.
    pub fn defaults() -> &'static Vocabulary {
        &DEFAULTS
    }

    /// The vocabulary a corpus with settings `extra` reads: the defaults
    /// plus its words, or only its words when it says `replace = true`.
    pub fn with(extra: &ExtraCues) -> Vocabulary {
        let mut vocabulary = if extra.replace { Vocabulary::empty() } else { Vocabulary::defaults().clone() };
        let weighted = |words: &[String]| words.iter().map(|w| (w.clone(), EXTRA_CUE_WEIGHT)).collect::<Vec<_>>();
        vocabulary.tightening.extend(weighted(&extra.tightening));
        vocabulary.easing.extend(weighted(&extra.easing));
        vocabulary.action.extend(&extra.action);
        // A corpus's categories come first, so it can change priorities.
        let mut categories = extra.categories.clone();
        categories.append(&mut vocabulary.categories);
        vocabulary.categories = categories;
        vocabulary.plan.extend(extra.plan.iter().cloned());
        vocabulary.non_assertion.extend(extra.non_assertion.iter().cloned());
        vocabulary.conditional.extend(extra.conditional.iter().cloned());
        vocabulary.market_subject.extend(extra.market_subject.iter().cloned());
        vocabulary.procedures.extend(extra.procedures.iter().cloned());
        vocabulary.lowercased()
    }

    fn empty() -> Vocabulary {
        Vocabulary {
            tightening: Vec::new(),
            easing: Vec::new(),
            action: ActionWords::default(),
            categories: Vec::new(),
            plan: Vec::new(),
            non_assertion: Vec::new(),
            conditional: Vec::new(),
            market_subject: Vec::new(),
            procedures: Vec::new(),
        }
    }

    /// Every word lowercased (cues match lowercased text) and blank ones
    /// dropped.
    fn lowercased(mut self) -> Vocabulary {
        let words = |list: &mut Vec<String>| {
            list.retain(|w| !w.trim().is_empty());
            list.iter_mut().for_each(|w| *w = w.to_lowercase());
        };
        let action = &mut self.action;
        let lists = [
            &mut action.enacting,
            &mut action.reversing,
            &mut action.agreeing,
            &mut action.rule,
            &mut action.permission,
            &mut action.negators,
            &mut action.enders,
            &mut action.relational,
            &mut action.lawmakers,
            &mut action.raising,
            &mut action.carriers,
            &mut action.in_force,
            &mut action.permitting,
            &mut action.empowered,
            &mut action.deciding,
        ];
        for list in lists {
            words(list);
        }
        words(&mut self.plan);
        words(&mut self.non_assertion);
        words(&mut self.conditional);
        words(&mut self.market_subject);
        words(&mut self.procedures);
        for (_, list) in &mut self.categories {
            words(list);
        }
        for list in [&mut self.tightening, &mut self.easing] {
            list.retain(|(w, _)| !w.trim().is_empty());
            list.iter_mut().for_each(|(w, _)| *w = w.to_lowercase());
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_cues_load() {
        let v = Vocabulary::defaults();
        assert!(v.tightening.iter().any(|(w, weight)| w == "fined" && *weight == 2));
        assert!(v.easing.iter().any(|(w, _)| w == "delay"));
        assert_eq!(v.categories[0].0, Category::Fine, "fines outrank everything");
        assert!(v.action.reversing.contains(&"withdr".to_owned()));
        assert!(v.plan.contains(&"plans to".to_owned()));
    }

    #[test]
    fn a_corpus_extends_the_defaults() {
        let extra = ExtraCues { easing: vec!["Truce".into()], ..ExtraCues::default() };
        let v = Vocabulary::with(&extra);
        assert!(v.easing.contains(&("truce".to_owned(), EXTRA_CUE_WEIGHT)), "lowercased, clear-sign weight");
        assert!(v.easing.iter().any(|(w, _)| w == "support"), "defaults kept");
        let extra = ExtraCues { procedures: vec!["Motion of Censure".into()], ..ExtraCues::default() };
        let v = Vocabulary::with(&extra);
        assert!(v.procedures.contains(&"motion of censure".to_owned()) && v.procedures.contains(&"vote of confidence".to_owned()));
    }

    #[test]
    fn a_corpus_can_replace_the_defaults() {
        let extra = ExtraCues { replace: true, tightening: vec!["embargo".into()], ..ExtraCues::default() };
        let v = Vocabulary::with(&extra);
        assert_eq!(v.tightening, vec![("embargo".to_owned(), EXTRA_CUE_WEIGHT)]);
        assert!(v.easing.is_empty() && v.categories.is_empty() && v.plan.is_empty());
    }
}
