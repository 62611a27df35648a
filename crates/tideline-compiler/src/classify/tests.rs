//! The classifier's behaviours, one test each.

use super::*;

fn classifier() -> Classifier {
    Classifier::new(&ExtraCues::default()).expect("the default cues build")
}

#[test]
fn the_shared_built_in_classifier_is_the_one_without_extra_cues() {
    let (shared, fresh) = (Classifier::built_in(), classifier());
    for s in ["The central bank fined Ant Group.", "Regulators will ease rules, he said.", "It did not announce a probe."] {
        assert_eq!(shared.classify(s), fresh.classify(s), "{s}");
        assert_eq!(shared.kind(s, false), fresh.kind(s, false), "{s}");
        assert_eq!(shared.is_non_assertion(s), fresh.is_non_assertion(s), "{s}");
    }
    assert!(std::ptr::eq(shared, Classifier::built_in()), "built once");
}

#[test]
fn a_fine_is_tightening_and_says_why() {
    let c = classifier().classify("The central bank fined Ant Group RMB 7.123 billion.");
    assert_eq!((c.stance, c.category), (Stance::Tightening, Category::Fine));
    assert!(c.cues.contains(&"fined".to_owned()));
}

#[test]
fn reviewing_a_deal_tightens_and_a_review_that_reports_does_not() {
    let c = classifier().classify("The regulator said it would review the transaction to protect fair competition.");
    assert_eq!(c.stance, Stance::Tightening);
    let c = classifier().classify("A Treasury review published in December found that the platforms had struck 30 agreements.");
    assert_eq!(c.stance, Stance::Neutral);
}

#[test]
fn support_policies_are_easing() {
    let c = classifier().classify("Shandong issued opinions to support the platform economy.");
    assert_eq!((c.stance, c.category), (Stance::Easing, Category::PolicySupport));
}

#[test]
fn an_ended_crackdown_is_easing() {
    let c = classifier().classify("Authorities signalled that the crackdown had ended.");
    assert_eq!(c.stance, Stance::Easing);
}

#[test]
fn market_moves_without_cues_are_neutral() {
    let c = classifier().classify("Shares in Alibaba rallied 2.2% in premarket trade.");
    assert_eq!((c.stance, c.category), (Stance::Neutral, Category::Market));
}

#[test]
fn cues_match_word_starts_only() {
    let c = classifier().classify("The urban refinery grew.");
    assert_eq!((c.stance, c.category), (Stance::Neutral, Category::Other));
}

#[test]
fn a_meeting_outranks_the_statements_made_at_it() {
    let c = classifier().classify("Premier Li met firms and urged them to support the economy.");
    assert_eq!(c.category, Category::Meeting);
}

#[test]
fn extra_cues_from_the_corpus_apply() {
    let extra = ExtraCues { easing: vec!["truce".into()], categories: vec![(Category::Statement, vec!["truce".into()])], ..ExtraCues::default() };
    let c = Classifier::new(&extra).expect("a few extra cues build").classify("The two sides agreed a truce.");
    assert_eq!((c.stance, c.category), (Stance::Easing, Category::Statement));
}

#[test]
fn the_words_around_a_date_decide_before_the_rest_of_the_sentence() {
    let s = "Officials softened their stance on him, ever since the shelving of the IPO in November 2020.";
    let at = s.find("November").unwrap();
    let c = classifier().classify_near(s, &[at - 40..s.len(), 0..s.len()]);
    assert_eq!(c.stance, Stance::Tightening);
    let torn = "Officials softened their stance on him after the probe of the firm.";
    assert_eq!(classifier().classify_near(torn, &[0..12, 0..torn.len()]).stance, Stance::Easing, "a tie goes to the nearest cue");
}

#[test]
fn a_corpus_may_add_plan_words_in_other_scripts() {
    let extra = ExtraCues { plan: vec!["将".into()], ..ExtraCues::default() };
    let c = Classifier::new(&extra).expect("a few extra cues build");
    assert_eq!(c.kind("监管部门将出台新规。", false), EventKind::Plan);
}

#[test]
fn a_verb_is_read_with_its_object() {
    let c = classifier();
    let stance = |s: &str| c.classify(s).stance;
    assert_eq!(stance("The Commission proposed a digital omnibus that would delay the strictest parts of the AI Act."), Stance::Easing);
    assert_eq!(stance("The Commission withdrew its proposed AI liability directive."), Stance::Easing);
    assert_eq!(stance("The regulator approved 87 new games."), Stance::Easing);
    assert_eq!(stance("The Parliament approved the law by a large majority."), Stance::Tightening);
    assert_eq!(stance("The Parliament approved the text."), Stance::Tightening, "the issue's example");
    assert_eq!(stance("It designated six gatekeepers: Alphabet, Amazon, Apple, ByteDance, Meta and Microsoft."), Stance::Tightening);
    assert_eq!(stance("Regulators blocked the merger."), Stance::Tightening);
    assert_eq!(stance("The ban was lifted after four weeks."), Stance::Easing, "passive");
    assert_eq!(stance("In late 2018 the state declared cobalt strategic, lifting its royalty rate to 10%."), Stance::Tightening, "a level raised");
    assert_eq!(stance("In 2019 the regulator lifted the ban to allow 20 new games."), Stance::Easing, "no figure after \"to\"");
    assert_ne!(
        stance("The test, which taxes gains on property sold soon after purchase, was cut to two years."),
        Stance::Tightening,
        "the last word of an aside is not the passive's subject"
    );
    assert_eq!(stance("The exchange suspended trading in the shares."), Stance::Tightening);
}

#[test]
fn parties_to_an_agreement_enact_rules_but_only_join_deals() {
    let c = classifier();
    let stance = |s: &str| c.classify(s).stance;
    assert_eq!(stance("The president signed the bill into law on Friday."), Stance::Tightening);
    assert_eq!(stance("It signed a three-year deal with News Corp on 17 February 2021."), Stance::Neutral);
    assert_eq!(stance("Negotiators reached a provisional agreement on the AI Act."), Stance::Tightening, "the deal is read as the Act");
    assert_eq!(stance("Regulators blocked the deal."), Stance::Tightening, "a deal on nothing named is a permission");
    assert_eq!(stance("Ministers had failed to agree on a cap at an emergency meeting."), Stance::Neutral, "nothing agreed is nothing reversed");
    assert_eq!(stance("Its existing agreements expired in March."), Stance::Neutral, "a party's affair");
}

#[test]
fn a_participle_clause_keeps_its_objects() {
    let c = classifier().classify("The work programme listed it among the proposals to be withdrawn, saying there was no foreseeable agreement.");
    assert_eq!(c.stance, Stance::Easing);
}

#[test]
fn cues_in_a_condition_say_nothing_of_what_happened() {
    let c = classifier();
    assert_eq!(c.classify("Google threatened in January 2021 to switch off its search engine if the code became law.").stance, Stance::Neutral);
    assert_eq!(c.classify("If approved, the fine would be the largest ever.").category, Category::Fine, "the category still counts");
}

#[test]
fn a_market_subject_makes_a_market_move() {
    let c = classifier();
    assert_eq!(c.classify("NetEase shares closed down about 25% in Hong Kong that day.").stance, Stance::Neutral);
    assert_eq!(c.classify("On Monday, prices at the TTF hub peaked as traders feared Russia would shut off supplies.").stance, Stance::Neutral);
    assert_eq!(
        c.classify("The Commodity Futures Trading Commission sued Binance in March.").stance,
        Stance::Tightening,
        "a word of a name is not the subject"
    );
}

#[test]
fn a_permission_withheld_restricts() {
    let c = classifier();
    assert_eq!(c.classify("The minister said Chinese companies would not be allowed to take part in highway projects.").stance, Stance::Tightening);
    assert_eq!(c.classify("From 1 September, ASML would need a national licence to export its machines.").stance, Stance::Tightening);
    assert_eq!(c.classify("The agency closed the investigation in May.").stance, Stance::Easing);
}

#[test]
fn ending_a_support_restricts_and_granting_relief_eases() {
    let c = classifier();
    let stance = |s: &str| c.classify(s).stance;
    assert_eq!(stance("The Bank of Japan ended eight years of negative interest rates on Tuesday."), Stance::Tightening);
    assert_eq!(stance("The central bank also scrapped its yield curve control policy."), Stance::Tightening);
    assert_eq!(stance("The board voted to raise the rate to 0.5%."), Stance::Tightening);
    assert_eq!(stance("The rate on the list was raised to 25% on May 10, 2019."), Stance::Tightening, "passive");
    assert_eq!(stance("It lowered its base rate in October."), Stance::Easing);
    assert_eq!(stance("Later that month USTR granted the first exclusions from the tariffs."), Stance::Easing);
    assert_eq!(stance("He announced a reduction in energy and transport subsidies."), Stance::Tightening, "a noun acts through its complement");
    assert_eq!(stance("Microsoft first announced the deal in January 2022."), Stance::Neutral, "announcing a deal is telling of it");
    assert_eq!(stance("Last week the president announced a 50% tariff on imports."), Stance::Tightening);
}

#[test]
fn courts_and_complaints_read_as_actions() {
    let c = classifier();
    let stance = |s: &str| c.classify(s).stance;
    assert_eq!(stance("The FTC filed an amended complaint in August 2021."), Stance::Tightening);
    assert_eq!(stance("He threw out the states' case the same day."), Stance::Easing);
    assert_eq!(stance("In January 2022 the judge allowed the revised case to go ahead."), Stance::Tightening);
    assert_eq!(stance("The judge rejected most of Amazon's bid to dismiss the case."), Stance::Tightening, "a rejection turns the dismissal around");
    assert_eq!(
        stance("He ruled that it should go to trial, rejecting Meta's arguments."),
        Stance::Tightening,
        "a comma parts a verb from the noun before it"
    );
    assert_eq!(stance("A judge refused the agency's request to block Microsoft's purchase of Activision."), Stance::Easing);
    assert_eq!(stance("Uber lost again at the Employment Appeal Tribunal in November 2017."), Stance::Tightening);
    assert_eq!(stance("At its meeting ending Jan. 24, the board voted to raise the rate."), Stance::Tightening);
}

#[test]
fn a_refusal_turns_the_action_around() {
    let c = classifier().classify("The court refused on 19 January 2023 to block the order.");
    assert_eq!(c.stance, Stance::Tightening);
    assert!(c.cues.contains(&"not block … order".to_owned()), "{:?}", c.cues);
}

#[test]
fn ending_a_bare_cue_turns_it_around_and_denying_it_silences_it() {
    let stance = |s: &str| classifier().classify(s).stance;
    let c = classifier().classify("The province said in January that it would stop approving new private colleges.");
    assert_eq!(c.stance, Stance::Tightening);
    assert!(c.cues.contains(&"stop approv".to_owned()), "{:?}", c.cues);
    assert_eq!(stance("In March the ministry refused to support the growers."), Stance::Tightening);
    assert_eq!(stance("In July the cabinet met, but it did not restore the bonus."), Stance::Neutral, "nothing restored, nothing tightened");
}

#[test]
fn a_verb_after_a_determiner_is_a_noun() {
    let c = classifier().classify("At the end of March the agency ordered the firm to stop.");
    assert!(!c.cues.iter().any(|w| w.starts_with("end")), "{:?}", c.cues);
    assert_eq!(c.stance, Stance::Tightening);
}

#[test]
fn an_object_belongs_to_the_nearest_verb_before_it() {
    let c = classifier().classify("Executives signed a letter asking officials to pause the law.");
    assert_eq!(c.stance, Stance::Easing, "{:?}", c.cues);
}

#[test]
fn an_action_explains_itself_with_its_verb_and_object() {
    let c = classifier().classify("The agency delayed the new rules.");
    assert_eq!(c.stance, Stance::Easing);
    assert!(c.cues.contains(&"delay … rules".to_owned()), "{:?}", c.cues);
}

#[test]
fn the_last_word_of_a_compound_is_what_is_acted_on() {
    let c = classifier().classify("On 15 May the Commerce Department tightened its export rules.");
    assert_eq!(c.stance, Stance::Tightening, "{:?}", c.cues);
    let c = classifier().classify("The regulator lifted the trading ban on Monday.");
    assert_eq!((c.stance, c.cues.first().map(String::as_str)), (Stance::Easing, Some("lifted … ban")));
    let c = classifier().classify("The bank ended eight years of negative interest rates.");
    assert_eq!(c.stance, Stance::Tightening, "a phrase of several words is one thing: {:?}", c.cues);
}

#[test]
fn removing_a_tax_eases_and_dismissing_a_minister_says_nothing() {
    assert_eq!(classifier().classify("The government said it would remove the tax on new rentals.").stance, Stance::Easing);
    assert_eq!(classifier().classify("Scholz dismissed Lindner on 6 November.").stance, Stance::Neutral);
    assert_eq!(classifier().classify("The judge dismissed the complaint in June.").stance, Stance::Easing);
}

#[test]
fn present_tense_chronologies_and_limits_read_as_actions() {
    assert_eq!(classifier().classify("13 March - The FAA grounds the fleet.").stance, Stance::Tightening);
    assert_eq!(classifier().classify("It said exports would be limited to 18,125 tons.").stance, Stance::Tightening);
    assert_eq!(classifier().classify("From 1 September companies could no longer apply.").stance, Stance::Tightening);
    assert_eq!(classifier().classify("Calhoun said he would step down at the end of the year.").stance, Stance::Neutral);
}

#[test]
fn an_object_in_another_clause_is_not_the_verbs() {
    let c = classifier().classify("EASA approved the jet, with extra requirements for pilots.");
    assert_eq!(c.stance, Stance::Easing, "{:?}", c.cues);
    let c = classifier().classify("Officials approved the budget; the ban stays.");
    assert_ne!(c.cues.iter().find(|w| w.contains('…')), Some(&"approv … ban".to_owned()));
}

#[test]
fn each_scope_is_read_as_if_it_stood_alone() {
    // Alone, "fine" (cut from "refined") and "ban" (cut from "urban") open their scopes.
    for s in ["The urban plan was refined.", "The urban plan was refined for Zoë."] {
        let c = classifier().classify_near(s, &[21..25, 0..s.len()]);
        assert_eq!((c.stance, c.category, c.cues.as_slice()), (Stance::Tightening, Category::Fine, ["fine".to_owned()].as_slice()), "{s}");
        let c = classifier().classify_near(s, &[6..15, 0..s.len()]);
        assert_eq!((c.category, c.cues.as_slice()), (Category::Regulation, ["ban".to_owned()].as_slice()), "{s}");
        assert_eq!(classifier().classify(s).category, Category::Other, "{s}");
    }
}

#[test]
fn rules_and_fines_restrict_and_support_measures_ease_by_default() {
    let c = classifier().classify("New rules governing algorithms took effect.");
    assert_eq!((c.stance, c.category), (Stance::Tightening, Category::Regulation));
    let c = classifier().classify("The city issued policies for platform firms.");
    assert_eq!((c.stance, c.category), (Stance::Easing, Category::PolicySupport));
}

#[test]
fn negation_in_reported_speech_still_asserts_the_report() {
    let c = classifier();
    assert!(!c.is_non_assertion("In September, Liu emphasized that support had not changed."));
    assert!(!c.is_non_assertion("On June 28, 2021, a judge dismissed the complaint, saying the agency had not shown monopoly power."));
    assert!(c.is_non_assertion("I would expect the crackdown to wind down this year."));
}

#[test]
fn the_main_clause_ends_at_the_first_opener() {
    for s in ["he said that rules which bind, who knows", "firms, who said which rules that bind", "no opener here", " that ", ""] {
        let first = CLAUSE_OPENERS.iter().filter_map(|w| s.find(w)).min().unwrap_or(s.len());
        assert_eq!(main_clause_end(s), first, "{s}");
    }
}

#[test]
fn plan_and_negation_cues_are_found_in_any_case_as_in_the_lowercased_text() {
    let c = classifier();
    assert!(c.is_non_assertion("The bank DID NOT announce a fine."));
    assert!(!c.is_non_assertion("He said THAT it did not."), "the main clause ends at an opener in any case");
    assert_eq!(c.kind("The regulator PLANS TO issue rules.", false), EventKind::Plan);
    assert!(c.is_non_assertion("I thin\u{212A} the fine was fair."), "the Kelvin sign lowercases to k");
    assert!(!c.is_non_assertion("The ban D\u{130}D NOT change."), "İ lowercases to i and a combining dot");
}

#[test]
fn one_scan_of_a_sentence_answers_as_each_question_asked_alone() {
    let c = classifier();
    for s in [
        "The regulator plans to fine Ant, which did not comment.",
        "“We will fine them,” Li said, and the bank did not ban it.",
        "The café is set to relax rules; 蚂蚁集团 was fined 罚款.",
        "Ünder new rules, the bank will not fine İt, I think.",
    ] {
        let read = c.sentence(s);
        assert_eq!(read.is_non_assertion(), c.is_non_assertion(s), "{s}");
        for scope in [0..s.len(), 0..20, 10..s.len(), 25..40] {
            let Some(text) = s.get(scope.clone()) else { continue };
            assert_eq!(read.kind(scope.clone(), false), c.kind(text, false), "{s} {scope:?}");
            let alone: Vec<(&str, usize)> = c.cues_at(&lowercase(text)).map(|(w, _, at)| (w, at)).collect();
            let shared: Vec<(&str, usize)> = c.cues_by_scope(&read, std::slice::from_ref(&scope))[0].iter().map(|&(w, _, at)| (w, at)).collect();
            assert_eq!(shared, alone, "{s} {scope:?}");
        }
    }
}

#[test]
fn the_scan_of_a_sentence_finds_where_its_main_clause_ends() {
    let c = classifier();
    for s in ["he said that rules which bind, who knows", "firms, who said which rules that bind", "no opener here", " that ", ""] {
        assert_eq!(c.main_clause_end_in(&c.sentence(s).found, s.len()), main_clause_end(s), "{s}");
    }
}

#[test]
fn plans_and_non_assertions_are_recognised() {
    let c = classifier();
    assert_eq!(c.kind("The regulator plans to issue rules.", false), EventKind::Plan);
    assert_eq!(c.kind("The regulator issued rules.", false), EventKind::Event);
    assert_eq!(c.kind("“Firms will look forward,” Li said at the meeting.", false), EventKind::Event, "quoted future is a statement");
    assert!(c.is_non_assertion("The bank did not announce any fine on Monday."));
    assert!(c.is_non_assertion("If regulators were to fine the firm, shares would fall."));
    assert!(!c.is_non_assertion("The bank announced a fine on Monday."));
}

#[test]
fn stopping_a_permission_restricts_and_blocking_a_restriction_relieves() {
    let c = classifier();
    assert_eq!(c.classify("The province said it would stop issuing new study permits.").stance, Stance::Tightening);
    assert_eq!(c.classify("The judge temporarily blocked the revocation.").stance, Stance::Easing);
    assert_eq!(c.classify("In early May the board issued guidelines telling exporters what to test.").stance, Stance::Tightening);
}

#[test]
fn raids_and_suspects_are_enforcement() {
    let c = classifier();
    assert_eq!(c.classify("Agents raided a compound in Bamban on 13 March.").stance, Stance::Tightening);
    assert_eq!(c.classify("In June they named three corporate groups as suspects in the case.").stance, Stance::Tightening);
}

#[test]
fn the_other_languages_of_the_date_reader_have_their_signs_too() {
    let c = classifier();
    for (sentence, stance) in [
        ("Le 7 mai 2024, l'ASN a autorisé la mise en service du réacteur.", Stance::Easing),
        ("En juin 2019, l'ASN a exigé la réparation de huit soudures.", Stance::Tightening),
        ("La Profeco impuso una multa de 2 millones de pesos.", Stance::Tightening),
        ("Das Verbot gilt ab März.", Stance::Tightening),
        ("Die Behörde hat den Antrag genehmigt.", Stance::Easing),
    ] {
        assert_eq!(c.classify(sentence).stance, stance, "{sentence}");
    }
}

#[test]
fn a_rule_found_unlawful_is_undone_and_a_practice_found_unlawful_is_not() {
    let c = classifier();
    assert_eq!(c.classify("On Wednesday the judge ruled that the funding freeze was illegal.").stance, Stance::Easing);
    assert_eq!(c.classify("The court ruled that Google's practices were illegal.").stance, Stance::Tightening);
}

#[test]
fn legalising_and_authorising_ease() {
    let c = classifier();
    assert_eq!(c.classify("In December 2018 Congress legalised fixed-odds sports betting.").stance, Stance::Easing);
    assert_eq!(c.classify("The agency published its first list of companies authorised to operate.").stance, Stance::Easing);
}

#[test]
fn a_word_of_a_name_does_not_decide_the_stance() {
    let c = classifier();
    assert_eq!(c.classify("Three seafarers died when a missile struck the bulk carrier True Confidence.").stance, Stance::Neutral);
    assert!(!c.classify("It came from the Inflation Reduction Act.").cues.iter().any(|w| w.starts_with("reduc")), "Reduction names the act");
    assert_eq!(c.classify("Reduced tariffs took hold.").stance, c.classify("reduced tariffs took hold.").stance, "a sentence's first word counts");
}

#[test]
fn trials_hearings_and_removals_from_office_tighten() {
    let c = classifier();
    assert_eq!(c.classify("The 10-week trial opened on 12 September 2023.").stance, Stance::Tightening);
    assert_eq!(c.classify("Senators opened hearings in May into the scam hub.").stance, Stance::Tightening);
    assert_eq!(c.classify("The ombudsman dismissed her from public service on 13 August.").stance, Stance::Tightening);
}

#[test]
fn a_suspension_acts_on_what_it_suspends_and_rules_take_effect() {
    let stance = |s: &str| classifier().classify(s).stance;
    assert_eq!(stance("The suspension of cobalt exports began on 22 February."), Stance::Tightening);
    assert_eq!(stance("The suspension of the tariffs began on 22 February."), Stance::Easing);
    assert_eq!(stance("The rules take effect on 1 January 2026."), Stance::Tightening);
    assert_eq!(stance("The directive went into effect on 1 May 2024."), Stance::Tightening);
}

#[test]
fn what_a_lawmaker_approves_is_a_law_unless_the_sentence_names_a_permission() {
    let c = classifier().classify("On 11 December 2024 the Senate approved it.");
    assert_eq!(c.stance, Stance::Tightening);
    assert!(c.cues.iter().any(|w| w.contains("senate")), "{:?}", c.cues);
    let stance = |s: &str| classifier().classify(s).stance;
    assert_eq!(stance("The Chamber of Deputies approved the reform by 410 votes to 24."), Stance::Tightening);
    assert_eq!(stance("The Senate approved the merger in May."), Stance::Easing, "the object decides");
    assert_eq!(stance("The regulator approved it in May."), Stance::Easing, "no lawmaker: approval eases");
    assert_eq!(stance("The Parliament and the Council reached a provisional agreement on 13 December 2022."), Stance::Tightening);
    assert_eq!(stance("The two carriers reached a deal in May."), Stance::Neutral, "parties to a deal enact no law");
}

#[test]
fn a_negation_in_a_second_predicate_leaves_the_first_asserted() {
    let c = Classifier::built_in();
    let s = "The ministry banned exports in June 2023, and it has not relaxed the ban since.";
    assert_eq!(&s[..c.unasserted_from(s)], "The ministry banned exports in June 2023");
    let s = "The board set the cap on 2 May and would have raised it if prices rose.";
    assert_eq!(&s[..c.unasserted_from(s)], "The board set the cap on 2 May");
    assert_eq!(c.unasserted_from("The bank did not fine the firm, and nothing changed."), 0, "a negated main clause asserts nothing");
    assert_eq!(c.unasserted_from("İSTANBUL set the cap on 2 May, and it did not."), 0, "text whose lowercasing may move offsets is read whole");
}

#[test]
fn setting_a_cap_or_a_limit_enacts_it() {
    let c = classifier();
    assert_eq!(c.classify("The first proposal set the cap at €275.").stance, Stance::Tightening);
    assert_eq!(c.classify("The regulator sets a limit of 18,125 tons.").stance, Stance::Tightening);
    assert_eq!(c.classify("The board set the date for its next meeting.").stance, Stance::Neutral, "no rule, no stance");
    assert_ne!(c.classify("It told lenders to set aside capital against loans.").stance, Stance::Easing, "\"set aside\" sets nothing");
}

#[test]
fn enacting_a_law_that_goes_on_to_ease_eases() {
    let c = classifier();
    let eased = c.classify("The Sejm passed a law restoring the old retirement ages.");
    assert_eq!(eased.stance, Stance::Easing);
    assert!(eased.cues.iter().any(|cue| cue.contains("restor")), "the card names what the law does: {:?}", eased.cues);
    assert_eq!(c.classify("The cabinet approved a decree that scraps the levy.").stance, Stance::Easing);
    assert_eq!(c.classify("In December 2018 the president signed a law that legalised sports betting.").stance, Stance::Easing, "signing enacts too");
    assert_eq!(c.classify("The president signed a law banning vapes.").stance, Stance::Tightening);
    assert_eq!(
        c.classify("He signed resolutions that revoked the state's authority over car sales.").stance,
        Stance::Easing,
        "resolutions carry too"
    );
    assert_eq!(c.classify("He signed a resolution on the budget.").stance, Stance::Tightening, "a resolution is a rule");
    let decree = "Milei issued an emergency decree, a Decreto de Necesidad y Urgencia, repealing hundreds of laws.";
    assert_eq!(c.classify(decree).stance, Stance::Easing, "past a name between commas");
    // The words near a date hold the carried "revoked" but not "signed": it
    // still counts only through the law.
    let late = "The president signed a law that revoked the state's authority over car sales on 3 June 2025.";
    let near = late.find("revoked").unwrap()..late.len();
    assert_eq!(c.classify_near(late, &[near, 0..late.len()]).stance, Stance::Easing);
    assert_eq!(c.classify("Parliament passed a law banning vapes.").stance, Stance::Tightening);
    assert_eq!(c.classify("The ministry imposed a ban ending imports.").stance, Stance::Tightening, "a ban is no carrier");
}

#[test]
fn a_permission_given_to_those_a_rule_binds_eases() {
    let c = classifier();
    assert_eq!(c.classify("Landlords were allowed to deduct 80% of their mortgage interest.").stance, Stance::Easing);
    assert_eq!(c.classify("The minister said foreign firms would not be allowed to bid.").stance, Stance::Tightening, "a permission refused");
}

#[test]
fn abolishing_a_charge_or_making_a_service_free_eases() {
    let c = classifier();
    assert_eq!(c.classify("The minister announced the abolition of the levy in March.").stance, Stance::Easing);
    assert_eq!(c.classify("The bank said transfers of up to 1,000 shillings would be free.").stance, Stance::Easing);
    assert_eq!(c.classify("El Gobierno anunció que los abonos serían gratuitos.").stance, Stance::Easing);
}

#[test]
fn an_inspection_a_requirement_and_frozen_accounts_tighten() {
    let c = classifier();
    assert_eq!(c.classify("The ministry began an on-site inspection of the carmaker's head office.").stance, Stance::Tightening);
    assert_eq!(c.classify("The package includes a requirement that carmakers disclose their suppliers.").stance, Stance::Tightening);
    assert_eq!(c.classify("A judge froze the company's accounts in the country.").stance, Stance::Tightening);
    assert_eq!(c.classify("The central bank allowed banks to open accounts for exchanges.").stance, Stance::Easing);
    assert_ne!(c.classify("The staff rescinded an accounting bulletin.").stance, Stance::Tightening, "\"accounting\" is no account");
}

#[test]
fn detention_tightens_and_benefits_are_permissions() {
    let c = classifier();
    assert_eq!(c.classify("Two executives were detained after they flew to the capital.").stance, Stance::Tightening);
    assert_eq!(c.classify("The government cut pensions for early retirees.").stance, Stance::Tightening);
    assert_eq!(c.classify("The cabinet approved a bonus for private buyers.").stance, Stance::Easing);
    assert_eq!(c.classify("The government extended that concession for another 25 years.").stance, Stance::Easing);
}

#[test]
fn being_able_to_eases_and_no_longer_being_able_to_tightens() {
    let c = classifier();
    assert_eq!(c.classify("From July 2025 widows will be able to keep their own pension.").stance, Stance::Easing);
    assert_eq!(c.classify("From July 2025 firms will no longer be able to list abroad.").stance, Stance::Tightening);
}

#[test]
fn supervision_tightens() {
    let c = classifier();
    assert_eq!(c.classify("In 2021 the lenders came under the central bank's supervision.").stance, Stance::Tightening);
    assert_eq!(c.classify("The regulator promised increased supervision of the platforms.").stance, Stance::Tightening);
}

#[test]
fn refusing_bail_or_a_licence_tightens_and_granting_bail_eases() {
    let c = classifier();
    assert_eq!(c.classify("Justice Emeka Nwite refused Gambaryan bail in May.").stance, Stance::Tightening);
    assert_eq!(c.classify("In May the regulator refused a licence to the bank.").stance, Stance::Tightening);
    assert_eq!(c.classify("In May the court granted him bail.").stance, Stance::Easing);
}

#[test]
fn an_obligation_tightens_and_removing_a_sales_tax_eases() {
    let c = classifier();
    assert_eq!(c.classify("The largest employers had to start on 1 July 2019.").stance, Stance::Tightening);
    assert_eq!(c.classify("From June every applicant must show $20,635 for living costs.").stance, Stance::Tightening);
    assert_eq!(c.classify("The government said it would remove the GST from new rental housing.").stance, Stance::Easing);
    assert_eq!(c.classify("The finance ministry cut VAT on food to 5%.").stance, Stance::Easing);
}

#[test]
fn a_cue_written_in_capitals_as_a_whole_term_still_counts() {
    let c = classifier();
    assert_eq!(c.classify("It received Royal Assent on June 22, 2023.").stance, Stance::Tightening);
    let title = c.classify("Shandong issued the “Opinions on Healthy and Sustained Development” in October.");
    assert!(title.cues.iter().all(|cue| cue != "sustained development"), "{:?}", title.cues);
}

#[test]
fn a_procedure_decides_no_stance_with_its_words() {
    let c = classifier().classify("On 16 December he lost a vote of confidence in the Bundestag.");
    assert_eq!(c.stance, Stance::Neutral, "{:?}", c.cues);
    let c = classifier().classify("The minister said the package would restore confidence.");
    assert_eq!(c.stance, Stance::Easing, "confidence outside a procedure still reassures");
}

#[test]
fn an_enacting_verb_that_goes_on_from_acts_on_nothing_after_it() {
    let c = classifier().classify("On 18 January the pilot launched from Florida on the Axiom Mission 3 flight.");
    assert_eq!(c.stance, Stance::Neutral, "{:?}", c.cues);
    let c = classifier().classify("In 2020 the United States withdrew from the agreement on tariffs.");
    assert_ne!(c.cues, Vec::<String>::new(), "a reversing verb still acts past \"from\"");
}

#[test]
fn a_stance_set_aside_says_who_acted_and_keeps_the_category_cue() {
    let c = classifier();
    let mut sued = c.classify("Harvard sued the government over the funding freeze.");
    assert_eq!(sued.stance, Stance::Tightening, "{:?}", sued.cues);
    let category_cue = sued.category_cue.clone().expect("funding cues a category");
    sued.set_aside_for("Harvard");
    assert_eq!(sued.stance, Stance::Neutral);
    assert_eq!(sued.cues, ["Harvard … sued".to_owned(), category_cue]);
    let mut halted = c.classify("Toyota halted deliveries.");
    halted.set_aside_for("Toyota");
    assert_eq!((halted.stance, halted.cues.as_slice()), (Stance::Neutral, ["Toyota … halted".to_owned()].as_slice()));
}

#[test]
fn welcoming_is_a_reaction_and_what_is_welcomed_decides() {
    let c = classifier();
    let ban = c.classify("The network welcomes the decree that writes a ban on vapes into the constitution.");
    assert_eq!(ban.stance, Stance::Tightening, "{:?}", ban.cues);
    let decision = c.classify("Real Madrid welcomed the decision.");
    assert_eq!(decision.stance, Stance::Neutral, "{:?}", decision.cues);
}

#[test]
fn what_comes_into_force_does_what_the_sentence_says_it_does() {
    let c = classifier();
    let restored = "On 16 November 2016 the Sejm passed a law restoring the old ages, and the change took effect on 1 October 2017.";
    let at = restored.find("took effect").expect("in the sentence");
    let near = at - 12..restored.len();
    let read = c.classify_near(restored, &[near, 0..restored.len()]);
    assert_eq!(read.stance, Stance::Easing, "the change is the law that restores");
    assert!(read.cues.contains(&"passed … law restor".to_owned()), "{:?}", read.cues);
    let alone = "The regulation entered into force on 1 November 2022.";
    let read = c.classify(alone);
    assert_eq!(read.stance, Stance::Tightening, "a rule coming into force, with nothing else said");
    assert_eq!(read.cues.first().map(String::as_str), Some("entered into force"));
    assert_eq!(c.classify("The withdrawal took effect on 4 November 2020.").stance, Stance::Easing);
}

#[test]
fn a_rule_then_a_participle_between_commas_is_what_was_done_to_it() {
    let c = classifier();
    let passed = "The law, approved by a large majority on the last day of the session, takes effect on 1 July 2025.";
    assert_eq!(c.classify(passed).stance, Stance::Tightening);
    assert_eq!(c.classify("The ban, lifted in May 2024, was praised by traders.").stance, Stance::Easing);
}

#[test]
fn a_rule_that_lets_people_do_something_eases_unless_it_empowers_a_public_hand() {
    let c = classifier();
    let letting = "In June 2015 the National Assembly passed a resolution letting workers keep the option of a lump sum.";
    let read = c.classify(letting);
    assert_eq!(read.stance, Stance::Easing);
    assert_eq!(read.cues.first().map(String::as_str), Some("passed … resolution letting"));
    let empowering = "In June 2015 parliament passed the Act, which allows the government to block online content.";
    assert_eq!(c.classify(empowering).stance, Stance::Tightening, "the government is empowered");
    let a_rule = "Ministers passed rules allowing extra tariffs on cars.";
    assert_eq!(c.classify(a_rule).stance, Stance::Tightening, "what is allowed restricts");
}

#[test]
fn a_body_that_decides_on_a_reversal_eases() {
    let c = classifier();
    assert_eq!(c.classify("The Parliament voted for a full one-year delay for everyone.").stance, Stance::Easing);
    assert_eq!(c.classify("Ministers approved a postponement of the rules.").stance, Stance::Easing);
    let kept = "The central bank kept its rate at 6.75%, extending a pause that began in the autumn.";
    assert_ne!(c.classify(kept).stance, Stance::Easing, "extending a pause keeps one going");
    let passive = "No licences were issued from August 2021 until April 2022, the longest pause since 2018.";
    let cues = c.classify(passive).cues;
    assert!(!cues.iter().any(|cue| cue.contains("… pause")), "past a comma, a passive verb: {cues:?}");
}

#[test]
fn a_minimum_price_is_a_rule() {
    let c = classifier();
    assert_eq!(c.classify("Wales introduced its own 50p minimum price.").stance, Stance::Tightening);
    assert_eq!(c.classify("The government scrapped the price floor.").stance, Stance::Easing);
}
