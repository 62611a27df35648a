//! Tests of actor recognition: gazetteer names, names no gazetteer lists,
//! and the short forms a document introduces. Places, countries and
//! governments are tested in `places.rs`.

use super::*;

fn finder() -> ActorFinder {
    ActorFinder::new(&[
        ActorEntry { name: "Ant Group".into(), kind: ActorKind::Company, aliases: vec!["Ant".into(), "蚂蚁集团".into()] },
        ActorEntry { name: "People's Bank of China".into(), kind: ActorKind::Regulator, aliases: vec!["PBOC".into(), "central bank".into()] },
    ])
}

#[test]
fn aliases_map_to_the_canonical_name_once() {
    let names: Vec<_> = finder().find("The PBOC fined Ant Group; the central bank said Ant would pay.").into_iter().map(|a| a.name).collect();
    assert_eq!(names, vec!["People's Bank of China", "Ant Group"]);
}

#[test]
fn latin_names_match_whole_words_only() {
    assert!(finder().find("Antitrust rules and a pleasant day.").is_empty());
}

#[test]
fn chinese_aliases_match_inside_text() {
    assert_eq!(finder().find("监管部门约谈蚂蚁集团")[0].name, "Ant Group");
}

fn names(found: Vec<ActorMention>) -> Vec<String> {
    found.into_iter().map(|a| a.name).collect()
}

#[test]
fn the_built_in_gazetteer_knows_widely_known_actors() {
    let found = ActorFinder::built_in().find("The European Commission fined Apple.");
    assert_eq!(names(found), ["European Commission", "Apple"]);
}

#[test]
fn the_issues_list_of_gatekeepers_is_found() {
    let found =
        names(ActorFinder::built_in().find("The Commission designated six gatekeepers: Alphabet, Amazon, Apple, ByteDance, Meta and Microsoft."));
    for company in ["Alphabet", "Amazon", "Apple", "ByteDance", "Meta", "Microsoft"] {
        assert!(found.contains(&company.to_owned()), "{company} in {found:?}");
    }
}

#[test]
fn a_given_name_and_a_surname_are_a_person_with_no_other_cue() {
    let f = ActorFinder::built_in();
    let found = f.find("Gianni Infantino was elected president in February 2016.");
    assert_eq!(found, [ActorMention { name: "Gianni Infantino".into(), kind: ActorKind::Person }]);
    assert_eq!(names(f.find("Yaseen Aslam won in 2016.")), ["Yaseen Aslam"]);
    assert!(f.find("The Summer Olympics opened in 2021.").is_empty(), "a common word is no given name");
    assert!(f.find("Gianni Versace Foundation opened in 2021.").iter().all(|a| a.kind != ActorKind::Person), "a head word decides");
}

#[test]
fn the_agency_refers_back_to_the_last_regulator() {
    let f = ActorFinder::built_in();
    let mut doc = f.document();
    doc.read("The Securities and Exchange Commission sued the firm.");
    assert_eq!(names(doc.read("On Monday the agency dropped the case.")), ["Securities and Exchange Commission"]);
}

#[test]
fn titles_introduce_people() {
    let f = ActorFinder::new(&[]);
    assert!(names(f.find("Chair Gary Grossmann said the agency would act.")).contains(&"Gary Grossmann".to_owned()));
    assert!(names(f.find("Its chief executive Tomas Brandt resigned.")).contains(&"Tomas Brandt".to_owned()));
    assert!(
        names(f.find("The change was announced by the economy minister, Luis Caputo, on Friday.")).contains(&"Luis Caputo".to_owned()),
        "a comma may part the title from a full name"
    );
}

#[test]
fn the_bank_and_he_refer_back_to_what_the_document_named() {
    let f = ActorFinder::built_in();
    let mut doc = f.document();
    doc.read("The Bank of Japan ended negative rates on Tuesday.");
    assert_eq!(names(doc.read("On Friday the bank raised its rate.")), ["Bank of Japan"]);
    doc.read("Governor Kazuo Ueda spoke in Tokyo.");
    assert_eq!(names(doc.read("In January he warned that wages mattered.")), ["Kazuo Ueda"]);
    assert_eq!(names(doc.read("In March Rina Ota said he had not called.")), ["Rina Ota"], "a person named before the pronoun is the one meant");
}

#[test]
fn a_document_resolves_its_short_forms() {
    let f = ActorFinder::new(&[]);
    let mut doc = f.document();
    doc.read("The Northern Markets Authority (NMA) opened a probe into Vantor Platforms.");
    assert_eq!(names(doc.read("The NMA said Vantor would comply.")), ["Northern Markets Authority", "Vantor Platforms"]);
    assert_eq!(names(doc.read("The Authority declined to comment.")), ["Northern Markets Authority"]);
    doc.read("Regulator chief Anna Kowalczyk said on Monday that it would act.");
    assert_eq!(names(doc.read("Kowalczyk said more was to come.")), ["Anna Kowalczyk"]);
}

#[test]
fn lists_possessives_and_appositives_name_actors() {
    let f = ActorFinder::new(&[]);
    let listed = names(f.find("It designated six firms: Zentra, Quillo, Marvex, Dopple and Ostrava Labs."));
    assert!(["Zentra", "Quillo", "Marvex", "Dopple", "Ostrava Labs"].iter().all(|n| listed.contains(&(*n).to_owned())), "{listed:?}");
    assert!(names(f.find("Mario Draghi's report came out in September.")).contains(&"Mario Draghi".to_owned()));
    assert!(names(f.find("Freedonia's data protection authority, the Vigilo, acted.")).contains(&"Vigilo".to_owned()));
}

#[test]
fn names_joined_by_and_are_read_one_by_one() {
    let f = ActorFinder::new(&[]);
    let mut doc = f.document();
    doc.read("Sepp Blatter was re-elected on 29 May 2015.");
    assert_eq!(names(doc.read("In late 2015 the committee banned Blatter and Michel Platini.")), ["Sepp Blatter", "Michel Platini"]);
    assert_eq!(names(f.find("The Securities and Exchange Commission sued.")), ["Securities and Exchange Commission"], "one name with and");
    assert!(f.find("Parliament passed the News Media and Digital Platforms Mandatory Bargaining Code.").is_empty(), "a law's name");
    let office = names(f.find("Oliver Dowden, the Digital, Culture, Media and Sport Secretary, told MPs."));
    assert_eq!(office, ["Oliver Dowden"], "an office's words are no names");
    let titled = names(f.find("Today, the Deputy Prime Minister and Minister of Finance, Chrystia Freeland, announced it."));
    assert_eq!(titled, ["Chrystia Freeland"], "titles are no names");
}

#[test]
fn an_acronym_that_acts_is_an_organisation() {
    let f = ActorFinder::new(&[]);
    assert_eq!(f.find("In May 2021 UEFA announced new rules."), [ActorMention { name: "UEFA".into(), kind: ActorKind::Organisation }]);
    assert!(f.find("The new XYZ rules apply.").is_empty(), "an acronym that qualifies a noun");
    assert!(f.find("The price of XRP jumped on Thursday.").is_empty(), "the object of a preposition");
    assert!(f.find("Prices at the TTF hub peaked in August.").is_empty(), "an acronym before a noun qualifies it");
    assert_eq!(names(f.find("In April the government asked the NMQ to develop a code.")), ["NMQ"]);
}

#[test]
fn it_opening_a_sentence_goes_on_about_the_last_subject() {
    let f = ActorFinder::built_in();
    let mut doc = f.document();
    doc.read("The Bank of Korea held its rate in August.");
    assert_eq!(names(doc.read("It lowered its base rate in October.")), ["Bank of Korea"]);
    doc.read("The Bank of Korea held its rate in August.");
    assert!(doc.read("It was the first cut in three years.").is_empty(), "\"It was\" opens a statement about anything");
    doc.read("Governor Rhee Chang-yong spoke on Monday.");
    assert!(doc.read("It lowered its rate in October.").is_empty(), "a person is no \"it\"");
}

#[test]
fn it_after_a_time_phrase_or_before_the_names_of_its_objects_is_the_last_subject() {
    let f = ActorFinder::built_in();
    let mut doc = f.document();
    doc.read("The Competition Commission of India fined Google in October.");
    let later = names(doc.read("Five days later it imposed a second penalty on Google."));
    assert_eq!(later, ["Competition Commission of India", "Google"], "a time phrase opens the sentence");
    doc.read("The Competition Commission of India fined Google in October.");
    let dated = names(doc.read("A year later, on 17 October 2023, it tightened the rules."));
    assert_eq!(dated, ["Competition Commission of India"]);
    doc.read("Meta Platforms closed its news tab in Canada.");
    assert_eq!(names(doc.read("It signed a deal with News Corp on 17 February.")), ["Meta", "News Corp"], "an object named after it");
    doc.read("Meta Platforms closed its news tab in Canada.");
    assert!(doc.read("When the court ruled on 3 May it appealed.").is_empty(), "a clause of its own before it");
    doc.read("Meta Platforms closed its news tab in Canada.");
    assert!(doc.read("Under the new law it was fined.").is_empty(), "no time phrase before it, and \"it was\"");
}

#[test]
fn capitalised_words_alone_are_not_actors() {
    let f = ActorFinder::new(&[]);
    assert!(f.find("The EPA replaced it with the Affordable Clean Energy rule in June.").iter().all(|a| a.name != "Affordable Clean Energy"));
    assert!(f.find("Its Digital Platforms Inquiry reported in July 2019.").is_empty(), "an inquiry is a document");
    assert!(names(f.find("Negotiators for Parliament and the member states met.")).iter().all(|n| !n.starts_with("Negotiators")));
    assert!(f.find("Regulators said on Monday that Digital Markets Act rules apply.").is_empty());
}

#[test]
fn unknown_organisations_are_found_by_their_head_word() {
    let found = finder().find("The National Development and Reform Commission praised Vantor Holdings.");
    assert_eq!(found[0], ActorMention { name: "National Development and Reform Commission".into(), kind: ActorKind::Regulator });
    assert_eq!(found.iter().find(|a| a.name == "Vantor Holdings").map(|a| a.kind), Some(ActorKind::Company));
}

#[test]
fn ministry_of_names_keep_their_complement() {
    let found = finder().find("The Ministry of Industry and Information Technology said so.");
    assert_eq!(found[0].name, "Ministry of Industry and Information Technology");
}

#[test]
fn an_acronym_inside_a_longer_name_in_capitals_is_not_the_acronyms_actor() {
    let f = ActorFinder::built_in();
    assert!(f.find("Shipping lines such as CMA CGM rerouted their ships.").iter().all(|a| a.name != "Competition and Markets Authority"));
    assert_eq!(names(f.find("The CMA cleared the deal.")), ["Competition and Markets Authority"]);
}

#[test]
fn a_name_whose_initials_spell_its_acronym_is_found_in_any_case() {
    let f = ActorFinder::built_in();
    let mut doc = f.document();
    assert_eq!(names(doc.read("En avril 2015, l'Autorité de sûreté nucléaire (ASN) a révélé des anomalies.")), ["Autorité de sûreté nucléaire"]);
    assert_eq!(names(doc.read("En juin 2019, l'ASN a exigé la réparation.")), ["Autorité de sûreté nucléaire"], "its acronym then names it");
    assert!(f.find("Shares rose (see chart) on Monday.").is_empty(), "a bracket that is no acronym");
    assert!(f.find("The Carbon Border Adjustment Mechanism (CBAM) starts soon.").is_empty(), "a law's name");
}

#[test]
fn a_body_named_by_its_head_word_may_run_long_but_a_title_may_not() {
    let f = ActorFinder::built_in();
    let mut doc = f.document();
    let long = "Authority for the Regulation and Control of Strategic Mineral Substances' Markets";
    assert_eq!(names(doc.read(&format!("The {long} (ARECOMS) said exports would be limited."))), [long]);
    assert_eq!(names(doc.read("ARECOMS extended the suspension.")), [long]);
    let title = "the Measures to Promote the High-quality Development of Productive Internet Service Platforms in Shanghai";
    assert!(f.find(&format!("An example is {title}.")).iter().all(|a| !a.name.contains("Promote")));
}

#[test]
fn a_known_name_gives_the_acronym_defined_after_it() {
    let f = ActorFinder::built_in();
    let mut doc = f.document();
    assert_eq!(names(doc.read("The Central Bank of Kenya (CBK) supervises payment services.")), ["Central Bank of Kenya"]);
    assert_eq!(names(doc.read("In 2022 the CBK issued its first licences.")), ["Central Bank of Kenya"]);
}

#[test]
fn capitals_that_name_no_one_are_no_appositive() {
    let f = ActorFinder::built_in();
    assert!(f.find("The Act's companion, the AI liability directive, was proposed.").is_empty());
    assert_eq!(names(f.find("Italy's privacy authority, the Garante, fined the firm.")), ["Garante per la protezione dei dati personali"]);
}

#[test]
fn head_words_joined_by_of_name_one_body_and_by_and_two() {
    let f = ActorFinder::built_in();
    assert_eq!(names(f.find("The Office of the Ombudsman placed the mayor under suspension.")), ["Office of the Ombudsman"]);
    assert!(names(f.find("The Parliament and Council agreed.")).is_empty(), "two institutions, neither named in full");
}

#[test]
fn a_place_inside_a_name_its_acronym_spells_is_part_of_the_name() {
    let f = ActorFinder::built_in();
    let mut doc = f.document();
    let found = names(doc.read("On 27 October, Immigration, Refugees and Citizenship Canada (IRCC) said colleges must confirm every offer."));
    assert_eq!(found, ["Immigration, Refugees and Citizenship Canada"]);
    assert_eq!(names(doc.read("In April IRCC said the rule would expire.")), ["Immigration, Refugees and Citizenship Canada"]);
    let found = names(doc.read("The Food Safety and Standards Authority of India (FSSAI) tested samples."));
    assert_eq!(found, ["Food Safety and Standards Authority of India"]);
}

#[test]
fn a_present_tense_verb_with_its_object_makes_a_subject_act() {
    let f = ActorFinder::built_in();
    assert_eq!(names(f.find("19 February - The European Union launches its own naval mission.")), ["European Union"]);
    assert_eq!(names(f.find("Italy bans the app.")), ["Italy"]);
    assert!(f.find("Shares of firms rose faster than Italy.").is_empty(), "a place after another preposition sets nothing");
}

#[test]
fn a_person_named_in_a_sentence_with_no_event_is_known_by_surname_after() {
    let f = ActorFinder::built_in();
    let mut doc = f.document();
    doc.learn_from("The raid put the town's mayor, Alice Guo, in the spotlight.");
    assert_eq!(names(doc.read("Guo was arrested on 4 September.")), ["Alice Guo"]);
}

#[test]
fn a_lowercase_head_that_qualifies_a_noun_names_no_one() {
    let f = ActorFinder::built_in();
    let mut doc = f.document();
    doc.learn_from("Nordvik invested in Halcyon Technology.");
    assert!(doc.read("In 2020 the technology sector was hit.").iter().all(|a| a.name != "Halcyon Technology"), "technology qualifies sector");
    assert_eq!(names(doc.read("In 2021 the technology said it would list.")), ["Halcyon Technology"], "a head standing alone");
}

#[test]
fn a_person_is_known_by_a_surname_of_two_words_and_without_a_generation() {
    let f = ActorFinder::built_in();
    let mut doc = f.document();
    doc.learn_from("President Andrés Manuel López Obrador signed a decree; President Ferdinand Marcos Jr. did not.");
    assert_eq!(names(doc.read("López Obrador sent Congress a package.")), ["Andrés Manuel López Obrador"]);
    assert_eq!(names(doc.read("Marcos vetoed it.")), ["Ferdinand Marcos Jr."]);
}

#[test]
fn an_unknown_name_listed_with_known_organisations_is_one() {
    let f = ActorFinder::built_in();
    assert_eq!(names(f.find("The agency closed investigations into Robinhood, OpenSea and Uniswap Labs.")), ["Robinhood", "OpenSea", "Uniswap Labs"]);
    assert!(names(f.find("In 2020 Zentrix and Quorlan merged.")).is_empty(), "no known name, no list");
    let owned = names(f.find("It named three browsers: Apple’s Safari, Microsoft’s Edgeline and Google’s Chromeview."));
    assert!(!owned.contains(&"Edgeline".to_owned()), "a product after its owner's possessive: {owned:?}");
    let office = names(f.find("In 2020 the Digital, Culture, Media and Sport Secretary, Oliver Dowden, spoke."));
    assert!(!office.contains(&"Culture".to_owned()), "an office's words: {office:?}");
    let mut doc = f.document();
    doc.read("Zentrix Holdings said on Monday that it had been told.");
    assert_eq!(
        names(doc.read("On 2 May prosecutors charged Zentrix, Quorlan Mas and Bertia Jaya.")),
        ["Zentrix Holdings", "Quorlan Mas", "Bertia Jaya"],
        "a name the document gave before is a known one"
    );
}

#[test]
fn names_of_two_words_in_a_list_after_a_list_noun_are_actors() {
    let found = names(ActorFinder::built_in().find("In June they named three corporate groups, Zentrix, Permata Hijau and Musim Mas, as suspects."));
    assert_eq!(found, ["Zentrix", "Permata Hijau", "Musim Mas"]);
}

#[test]
fn a_group_acts_through_its_fighters() {
    assert_eq!(names(ActorFinder::built_in().find("On 19 November Houthi fighters boarded the ship.")), ["Houthis"]);
}

#[test]
fn one_unknown_word_that_acts_is_a_name_when_the_document_never_writes_it_in_lowercase() {
    let f = ActorFinder::built_in();
    let text =
        "The university sued the government. Last year, after the grants were frozen, Harvard sued. Reports in the media and safety rules followed.";
    let mut doc = f.document();
    doc.know_words(text);
    assert_eq!(names(doc.read("On 21 April, after the freeze, Harvard sued the government.")), ["Harvard"]);
    assert!(names(doc.read("On 2 May the Safety and Accountability Act passed.")).is_empty(), "a word joined to a name by \"and\"");
    assert!(names(doc.read("On 3 May, as expected, Media said nothing.")).is_empty(), "the document writes \"media\" in lowercase");
    assert!(names(doc.read("On 4 May the D.C. Circuit ruled.")).iter().all(|n| n != "Circuit"), "a name parted by a full stop");
    assert!(names(doc.read("On 7 June the agency granted Zentrix accelerated approval.")).is_empty(), "the object of a verb");
}

#[test]
fn an_acronym_acts_through_what_it_owns() {
    let f = ActorFinder::built_in();
    assert_eq!(names(f.find("In late 2015 ZQFA's ethics committee banned two officials.")), ["ZQFA"]);
    assert!(names(f.find("The country's GDP's growth slowed.")).is_empty(), "an acronym that names no one");
}

#[test]
fn a_plural_subject_acts_through_a_verb_before_that() {
    let f = ActorFinder::built_in();
    let found = names(f.find("With a ceasefire taking effect, the Houthis announce that they will stop attacking ships."));
    assert_eq!(found, ["Houthis"]);
}

#[test]
fn a_name_set_off_by_commas_after_a_noun_for_a_body_is_that_body() {
    let f = ActorFinder::built_in();
    let found = f.find("The decision came after Japan's largest union federation, Zentrix, said its members won pay rises.");
    assert!(found.iter().any(|a| a.name == "Zentrix" && a.kind == ActorKind::Organisation), "{found:?}");
    let found = f.find("On Monday the carmaker, Kestrel Motors, recalled 40,000 cars.");
    assert!(found.iter().any(|a| a.name == "Kestrel Motors" && a.kind == ActorKind::Company), "{found:?}");
    assert!(names(f.find("Agents raided a compound in the town, Bamban, on 13 March.")).is_empty(), "a town is no body");
    assert!(names(f.find("He pledged support for small enterprises (SMEs), curbing abuse.")).is_empty(), "an acronym in brackets");
}

#[test]
fn one_unknown_word_that_opens_a_sentence_and_acts_is_a_name_unless_it_may_be_a_plural() {
    let f = ActorFinder::built_in();
    let text = "Zentrix filed the first lawsuit in June 2023. Regulators said nothing. Contracts followed. Kestrels said no. The buyer, said Kestrels, was late. Orvane took the fight abroad. Prices rose.";
    let mut doc = f.document();
    doc.know_words(text);
    assert_eq!(names(doc.read("Zentrix filed the first lawsuit in June 2023.")), ["Zentrix"]);
    assert!(names(doc.read("Regulators said nothing.")).is_empty(), "a plural any sentence may open with");
    assert_eq!(names(doc.read("Kestrels said no.")), ["Kestrels"], "the document writes it capitalised inside a sentence too");
    assert!(names(doc.read("Contracts followed.")).is_empty(), "a plural, not a name");
    assert_eq!(names(doc.read("Orvane took the fight abroad.")), ["Orvane"], "an irregular past tense acts too");
    assert!(names(doc.read("Prices rose.")).is_empty(), "a plural before one");
}

#[test]
fn a_short_form_of_a_names_letters_in_brackets_is_its_alias() {
    let f = ActorFinder::built_in();
    let mut doc = f.document();
    doc.read("He told the Philippine Amusement and Gaming Corporation (Pagcor) to wind down the industry.");
    assert_eq!(names(doc.read("Under the order, Pagcor may not renew licences.")), ["Philippine Amusement and Gaming Corporation"]);
    assert!(!names::is_short_form("Zorba", "Philippine Amusement and Gaming Corporation"), "not its letters");
}

#[test]
fn a_title_before_a_documents_name_names_no_one() {
    let found = names(ActorFinder::built_in().find("The palace released Executive Order No. 12, which President Ana Rocha signed."));
    assert_eq!(found, ["Ana Rocha"]);
    assert_eq!(names(ActorFinder::built_in().find("President Ana Rocha signed the decree.")), ["Ana Rocha"], "a title opening a sentence");
}

#[test]
fn a_bodys_portfolios_listed_after_of_are_part_of_its_name() {
    let f = ActorFinder::built_in();
    let found = names(f.find("The Ministry of Fisheries, Forestry and Water began an inspection on 2 May."));
    assert_eq!(found, ["Ministry of Fisheries, Forestry and Water"]);
    assert_eq!(names(f.find("The Department for Roads, Rail and Ports said on 2 May it would act.")), ["Department for Roads, Rail and Ports"]);
}

#[test]
fn a_name_described_by_a_role_after_a_comma_is_a_persons() {
    let f = ActorFinder::built_in();
    let found = f.find("Charges against Varo Kessan, the Zentrix compliance executive who was held, were dropped.");
    assert!(found.iter().any(|a| a.name == "Varo Kessan" && a.kind == ActorKind::Person), "{found:?}");
    assert_eq!(names(f.find("Oru Batal, an air force pilot, flew on 3 May.")), ["Oru Batal"]);
    let company = f.find("Kestrel Mining, the copper company, said on 3 May it would sell.");
    assert!(company.iter().all(|a| a.kind != ActorKind::Person), "a company is no role: {company:?}");
    let found = f.find("King Faisal bin Tamir opened the line.");
    assert_eq!(names(found), ["Faisal bin Tamir"], "an Arabic name's \"bin\" joins it");
}

#[test]
fn one_word_found_acting_is_found_again_where_it_does_not_act() {
    let f = ActorFinder::built_in();
    // Named once in the document: only found acting, and after that (a
    // name the document names twice is a name throughout, see below).
    let text = "Last year, after the grants were frozen, Harvard sued. Brix students.";
    let mut doc = f.document();
    doc.know_words(text);
    assert!(names(doc.read("On 3 May Harvard's president said no.")).is_empty(), "not yet named as one who acts");
    assert_eq!(names(doc.read("On 21 April, after the freeze, Harvard sued the government.")), ["Harvard"]);
    assert_eq!(names(doc.read("On 22 May the agency revoked Harvard's certification.")), ["Harvard"]);
    // Two letters may be a surname read wrongly as a name of its own.
    let mut doc = f.document();
    doc.know_words("Vo sued.");
    doc.read("On 2 May, after the freeze, Vo sued.");
    assert!(names(doc.read("On 3 May Vo's lawyer said no.")).is_empty());
}

#[test]
fn a_body_named_before_its_officers_title_is_named_without_the_title() {
    let f = ActorFinder::new(&[ActorEntry { name: "Arlo Venn".into(), kind: ActorKind::Official, aliases: vec![] }]);
    let found = names(f.find("In August 2024, High Court Justice Arlo Venn froze the accounts."));
    assert_eq!(found, ["High Court", "Arlo Venn"]);
    let found = names(ActorFinder::built_in().find("On 3 May, Daihatsu Motor said it would recall the van."));
    assert_eq!(found, ["Daihatsu Motor"], "\"Motor\" makes a company");
}

#[test]
fn a_company_named_with_its_corporate_word_is_found_by_its_first_word_after() {
    let mut doc = ActorFinder::built_in().document();
    doc.know_words("Kobayashi Motor makes vans.");
    doc.read("On 1 May Kobayashi Motor said it would recall the van.");
    assert_eq!(names(doc.read("On 13 February Kobayashi said that its president would step down.")), ["Kobayashi Motor"]);
}

#[test]
fn a_word_named_often_that_acts_once_is_a_name_wherever_it_stands() {
    let f = ActorFinder::built_in();
    let text = "The ministry told Starlink to stop. In May, Starlink began selling. The regulator granted Starlink a licence.";
    let mut doc = f.document();
    doc.know_words(text);
    assert_eq!(names(doc.read("On 4 June the regulator granted Starlink a licence.")), ["Starlink"]);
    // A product acts with "is" only, and a surname opens a longer name.
    let text = "Officials named Pix. Pix is ours. The bank launched Pix. Minister Xiao Yaqing spoke, and Xiao said no. Then Xiao left.";
    let mut doc = f.document();
    doc.know_words(text);
    assert!(names(doc.read("On 4 June the bank launched Pix.")).is_empty());
    assert!(!names(doc.read("On 5 June the ministry praised Xiao.")).contains(&"Xiao".to_owned()));
}

#[test]
fn a_subject_described_between_commas_acts() {
    let f = ActorFinder::built_in();
    let mut doc = f.document();
    doc.know_words("Ouigo, the arm of a railway, ran. Iryo, owned by investors, entered. Meanwhile, rice rose.");
    assert_eq!(names(doc.read("Ouigo, the low-cost arm of a state railway, ran its first train on 10 May 2021.")), ["Ouigo"]);
    assert_eq!(names(doc.read("Iryo, owned by three investors, a bank and a fund, entered the market on 25 November 2022.")), ["Iryo"]);
    // A word that opens a sentence before any other phrase is no one.
    assert!(names(doc.read("Meanwhile, the price of rice rose, and wheat fell.")).is_empty());
    // Nor is an aside cut in two bytes of a letter: "é" straddles its limit.
    doc.read(&format!("Zed, the {}é, said so.", "a".repeat(95)));
}

#[test]
fn a_known_organisation_acts_with_an_irregular_verb_and_through_what_it_owns() {
    let f = ActorFinder::built_in();
    let mut doc = f.document();
    assert_eq!(names(doc.read("Last week FIFA sold the broadcast rights.")), ["FIFA"]);
    assert_eq!(names(doc.read("FIFA's 211 member associations confirmed the host.")), ["FIFA"]);
    // A law it owns is only named: the law's maker does not act.
    assert!(names(doc.read("The ministry drafted a law modelled on the EU's Digital Markets Act.")).iter().all(|n| n != "European Union"));
    // Qualifying a noun, it takes no part.
    assert!(names(doc.read("The FIFA tournament opened.")).is_empty());
}

#[test]
fn a_bodys_people_named_with_their_field_make_it_take_part() {
    let f = ActorFinder::built_in();
    let mut doc = f.document();
    assert_eq!(names(doc.read("European Union energy ministers agreed on Monday to cap the price of gas.")), ["European Union"]);
    assert!(names(doc.read("A European Union energy market opened.")).is_empty());
}

mod places;

#[test]
fn a_name_a_description_after_it_calls_a_body_is_that_body() {
    let f = ActorFinder::new(&[]);
    let starlink = f.find("In late August the judge froze the accounts of Zorbix, Elon Musk's satellite company, to guarantee payment.");
    assert!(starlink.contains(&ActorMention { name: "Zorbix".into(), kind: ActorKind::Company }), "{starlink:?}");
    let maker = f.find("The agency sued to block its purchase of Quillo, the maker of a fitness app, in 2022.");
    assert!(maker.contains(&ActorMention { name: "Quillo".into(), kind: ActorKind::Company }), "{maker:?}");
    let ship = names(f.find("The Rubymar, a bulk carrier loaded with fertiliser, sank on 2 March."));
    assert!(!ship.contains(&"Rubymar".to_owned()), "a carrier that is loaded is a ship, not a company: {ship:?}");
}

#[test]
fn names_after_an_agents_by_and_a_list_with_a_verb_after_it_act() {
    let f = ActorFinder::new(&[]);
    let owned = names(f.find("Vello, owned by Trenora, Air Castilla and Globavia, entered the market on 25 November 2022."));
    for owner in ["Trenora", "Air Castilla", "Globavia"] {
        assert!(owned.contains(&owner.to_owned()), "{owner} in {owned:?}");
    }
    assert!(names(f.find("Both satellites were built by Zentrix.")).contains(&"Zentrix".to_owned()));
    let subjects = names(f.find("On 15 December Zorvik, Haplo Lines and Marexa announced that sailings would pause."));
    assert_eq!(subjects, ["Zorvik", "Haplo Lines", "Marexa"]);
    let titled = names(f.find("He launched a task force led by Commissioner Hester Peirce."));
    assert!(!titled.contains(&"Commissioner".to_owned()), "a title alone is no agent: {titled:?}");
    let attorney = names(ActorFinder::built_in().find("Attorney General Merrick Garland told a news conference on 21 November 2023."));
    assert_eq!(attorney, ["Merrick Garland"], "a title before a known name names no one itself");
    assert!(f.find("The rules were written by Brussels, Paris and Berlin officials.").iter().all(|a| a.kind != ActorKind::Organisation));
}

#[test]
fn particles_stand_inside_a_persons_name() {
    let f = ActorFinder::new(&[]);
    let found = f.find("On 20 February 2023 the secretary of state for transport, Isabel Pardo de Vera, resigned.");
    assert_eq!(found, [ActorMention { name: "Isabel Pardo de Vera".into(), kind: ActorKind::Person }]);
    let two = f.find("The board of Lumora named Ana Lucía dos Reis Costa to run it in 2021.");
    assert!(
        !two.iter().any(|a| a.kind == ActorKind::Person && a.name.contains("dos")),
        "four names are more than a given name and a surname: {two:?}"
    );
}

#[test]
fn a_regulators_noun_refers_back_to_the_body_named_with_it() {
    let f = ActorFinder::new(&[]);
    let mut doc = f.document();
    doc.read("The Central Bank of Nigeria banned crypto accounts in 2021.");
    doc.read("In March the Federal Inland Revenue Service filed charges against Binance.");
    assert_eq!(names(doc.read("In December the central bank reversed course.")), ["Central Bank of Nigeria"]);
    let mut doc = f.document();
    doc.read("In March the Federal Inland Revenue Service filed charges against Binance.");
    let last = names(doc.read("In December the central bank reversed course."));
    assert_eq!(last, ["Federal Inland Revenue Service"], "with no bank named, the last regulator");
}

#[test]
fn a_documents_kind_that_opens_its_name_names_no_one() {
    let f = ActorFinder::new(&[]);
    let found = names(f.find("The National Assembly of Vietnam passed a revised Law on Social Insurance on Saturday."));
    assert!(!found.iter().any(|n| n.contains("Insurance")), "{found:?}");
    let code = names(f.find("Under the Code of Conduct for Lenders Bank, the regulator acted."));
    assert!(!code.iter().any(|n| n.starts_with("Code")), "{code:?}");
}
