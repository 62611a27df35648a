//! A company acting on its own business moves no rule: "Toyota halted
//! deliveries", "Binance stopped all naira services", "X closed its office
//! in Brazil". Stance says which way regulation moves, so what a company
//! stops or pulls of its own, with no regulator, government or official in
//! the sentence, is neutral. A fine, a probe, a rule or a campaign still
//! tightens whoever is named first ("Binance agreed to pay a fine"). So is
//! a company or organisation going to court: "Merck filed the first
//! lawsuit" asks a court to move a rule and moves none itself.

use crate::actors::{goes_to_court, is_subject, names_public_hand, ActorMention};
use crate::classify::Classification;
use tideline_model::{ActorKind, Category, Stance};

/// True when `classification` of `sentence` tightens only through what a
/// company does to its own business: the company is the first of `named`
/// (actors with the byte offsets where they are named) and the sentence's
/// subject, and no regulator, government, official or public hand
/// ("regulators", "the court", "the order") is named in it.
pub fn is_own_business(classification: &Classification, sentence: &str, named: &[(usize, ActorMention)]) -> bool {
    let public = |a: &ActorMention| matches!(a.kind, ActorKind::Regulator | ActorKind::Government | ActorKind::Official);
    let rule_made = matches!(classification.category, Category::Fine | Category::Investigation | Category::Regulation | Category::Campaign);
    let company_acts = named.first().is_some_and(|(at, a)| a.kind == ActorKind::Company && is_subject(sentence, *at));
    classification.stance == Stance::Tightening && !rule_made && company_acts && !named.iter().any(|(_, a)| public(a)) && !names_public_hand(sentence)
}

/// True when `classification` of `sentence` tightens only because a company
/// or organisation, the first of `named` and the sentence's subject, goes to
/// court in the clause it opens ("Harvard sued the government over the
/// funding freeze"), whoever else the sentence names.
pub fn is_private_suit(classification: &Classification, sentence: &str, named: &[(usize, ActorMention)]) -> bool {
    let Some((at, first)) = named.first() else { return false };
    let private = matches!(first.kind, ActorKind::Company | ActorKind::Organisation);
    let clause = sentence.get(*at..).unwrap_or_default();
    let clause = clause.find([',', ';', ':']).map_or(clause, |end| &clause[..end]);
    classification.stance == Stance::Tightening && private && is_subject(sentence, *at) && goes_to_court(clause)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tightening(category: Category) -> Classification {
        Classification { stance: Stance::Tightening, category, cues: vec!["halted".into()], category_cue: None }
    }

    fn actor(at: usize, name: &str, kind: ActorKind) -> (usize, ActorMention) {
        (at, ActorMention { name: name.into(), kind })
    }

    #[test]
    fn a_company_halting_its_own_business_moves_no_rule() {
        let other = tightening(Category::Other);
        let toyota = [actor(0, "Toyota", ActorKind::Company)];
        assert!(is_own_business(&other, "Toyota halted deliveries of the Yaris Ativ.", &toyota));
        let same_day = [actor(13, "Daihatsu", ActorKind::Company)];
        assert!(is_own_business(&other, "The same day Daihatsu said it would suspend shipments.", &same_day));
        let ordered = [actor(0, "Boeing", ActorKind::Company), actor(29, "Federal Aviation Administration", ActorKind::Regulator)];
        assert!(!is_own_business(&other, "Boeing halted deliveries; the Federal Aviation Administration ordered it.", &ordered));
        assert!(!is_own_business(&other, "Boeing halted deliveries after the order.", &[actor(0, "Boeing", ActorKind::Company)]), "a public hand");
        let regulators = [actor(19, "Boeing", ActorKind::Company)];
        assert!(!is_own_business(&other, "On 3 May, at once, Boeing halted what Regulators had flagged.", &regulators), "in any case");
        assert!(!is_own_business(&tightening(Category::Fine), "Toyota paid a fine.", &toyota), "a fine tightens whoever pays it");
        let object = [actor(16, "Meta", ActorKind::Company)];
        assert!(!is_own_business(&other, "It also ordered Meta to suspend transfers.", &object), "the company is no subject");
        let easing = Classification { stance: Stance::Easing, category: Category::Other, cues: vec![], category_cue: None };
        assert!(!is_own_business(&easing, "Toyota halted deliveries of the Yaris Ativ.", &toyota));
    }

    #[test]
    fn a_private_party_going_to_court_moves_no_rule() {
        let other = tightening(Category::Other);
        let merck = [actor(0, "Merck", ActorKind::Company)];
        assert!(is_private_suit(&other, "Merck filed the first lawsuit in June 2023, arguing that the program was unlawful.", &merck));
        let harvard = [actor(0, "Harvard", ActorKind::Organisation), actor(24, "Trump administration", ActorKind::Government)];
        assert!(is_private_suit(&other, "Harvard sued the government over the funding freeze.", &harvard), "whoever it sues");
        let sued = [actor(0, "Google", ActorKind::Company), actor(22, "Department of Justice", ActorKind::Regulator)];
        assert!(!is_private_suit(&other, "Google was sued by the Department of Justice.", &sued), "the passive");
        let agency = [actor(4, "Securities and Exchange Commission", ActorKind::Regulator)];
        assert!(!is_private_suit(&other, "The Securities and Exchange Commission sued Binance.", &agency), "a public hand's suit tightens");
        let after = [actor(0, "Coinbase", ActorKind::Company)];
        assert!(!is_private_suit(&other, "Coinbase halted trading, after the SEC sued.", &after), "the suit is in another clause");
        let object = [actor(20, "Google", ActorKind::Company)];
        assert!(!is_private_suit(&other, "The states sued and Google lost.", &object[..0]), "no one named");
        assert!(!is_private_suit(&other, "It said the lawsuit against Google would go on.", &object), "the company is no subject");
    }
}
