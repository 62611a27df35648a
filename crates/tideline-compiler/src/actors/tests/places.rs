//! Tests of places, countries and governments: where a place takes part,
//! a country acting through its institutions, officials and forces, and
//! "the government" of a document.

use super::*;

#[test]
fn a_place_is_an_actor_when_it_acts_or_something_passes_through_it() {
    let f = ActorFinder::built_in();
    assert_eq!(names(f.find("Italy fined the firm.")), ["Italy"]);
    assert!(f.find("The firm was fined in Brussels.").is_empty(), "a locative, named once");
    assert_eq!(names(f.find("China banned imports from Japan.")), ["China", "Japan"], "where the goods come from");
    assert_eq!(names(f.find("The firm expanded into Japan in 2019.")), ["Japan"], "where it goes");
    assert_eq!(names(f.find("China banned imports from Japan the same day.")), ["China", "Japan"]);
    assert!(names(f.find("It named five firms for delisting from U.S. markets under the law.")).is_empty(), "a place that qualifies a noun");
    assert!(f.find("Output grew faster than China did.").is_empty(), "after another preposition");
    assert!(f.find("A New York jury convicted him.").is_empty(), "a qualifier");
    assert_eq!(names(f.find("Police arrested seven FIFA officials in Zurich.")), ["FIFA"], "its people: FIFA takes part");
    assert!(f.find("The FIFA tournament opens in June.").is_empty(), "a qualifier");
    assert_eq!(
        names(f.find("Tariffs took effect, and Moscow retaliated the same day.")),
        ["Russian government"],
        "a clause's subject after and; a capital that acts is its government"
    );
    assert_eq!(names(f.find("Tariffs apply to France and Germany.")), ["France", "Germany"], "a list takes its preposition's role");
    assert!(f.find("Output grew faster than France and Germany.").is_empty());
    assert!(f.find("Tariffs apply in France and Germany.").is_empty(), "places named once");
    assert!(f.find("It paid US$410 million.").is_empty(), "a currency");
    assert_eq!(names(f.find("Argentina on Monday lifted most of its currency controls.")), ["Argentina"], "a time phrase before the verb");
    assert_eq!(names(f.find("Italy last week fined the firm.")), ["Italy"]);
    assert_eq!(names(f.find("Mexico also put warning labels on food.")), ["Mexico"], "an adverb, then a verb that is its present too");
    assert_eq!(names(f.find("Spain formally adopted the rules.")), ["Spain"]);
    assert!(f.find("ASML, the Dutch maker of the machines, said so.").iter().all(|a| a.name != "Dutch"), "an adjective alone");
}

#[test]
fn a_country_adjective_with_authorities_names_its_government() {
    assert_eq!(names(ActorFinder::built_in().find("Chinese authorities fined the firm.")), ["Chinese government"]);
    assert_eq!(names(ActorFinder::built_in().find("The Australian Government acted.")), ["Australian Government"], "a name as it stands");
}

#[test]
fn the_government_of_a_document_that_named_none_is_its_countrys() {
    let f = ActorFinder::built_in();
    let mut doc = f.document();
    doc.learn_from("Homes in Canada should be owned by Canadian families, not by investors in France.");
    assert_eq!(names(doc.read("On Sunday the government extended the ban.")), ["Canadian government"]);
    doc.read("The Dutch government said so on Monday.");
    assert_eq!(names(doc.read("On Tuesday the government acted.")), ["Dutch government"], "a government named is the one meant");
    let mut doc = f.document();
    doc.learn_from("Prices in the Netherlands rose.");
    assert_eq!(names(doc.read("On Sunday the government acted.")), ["Dutch government"], "a country named without its adjective: its own");
    assert!(f.document().read("On Sunday the government extended the ban.").is_empty(), "no country, no government");
}

#[test]
fn a_capital_that_acts_is_its_countrys_government_and_one_that_places_is_not() {
    let f = ActorFinder::built_in();
    assert_eq!(names(f.find("Ottawa said it would act.")), ["Canadian government"]);
    assert_eq!(names(f.find("Washington turned up the pressure.")), ["US government"], "the shortest adjective");
    let mut doc = f.document();
    doc.learn_from("American firms complained.");
    assert_eq!(names(doc.read("Washington turned up the pressure.")), ["American government"], "the document's own adjective");
    assert!(f.find("The jet crashed after leaving Addis Ababa, killing all on board.").iter().all(|a| a.kind != ActorKind::Government));
    assert!(f.find("Brussels said it would act.").iter().all(|a| a.name != "Belgian government"), "Brussels stands for the EU");
}

#[test]
fn a_place_the_document_sets_things_in_again_takes_part_where_things_happen_in_it() {
    let f = ActorFinder::built_in();
    let mut doc = f.document();
    assert!(doc.read("The firm was fined in Shanghai.").is_empty(), "set there once: only a setting");
    assert_eq!(names(doc.read("Officials in Shanghai released new measures.")), ["Shanghai"], "again: the place the story is about");
    let mut doc = f.document();
    doc.read("Shanghai fined the firm.");
    assert!(doc.read("A rival was fined in Shanghai.").is_empty(), "acting before does not make it a setting");
    assert_eq!(names(doc.read("Exports to Shanghai fell.")), ["Shanghai"], "where the goods go");
    assert_eq!(
        names(doc.read("The crew, from Bulgaria, Ukraine, the Philippines and Romania, flew home.")),
        ["Bulgaria", "Ukraine", "Philippines", "Romania"],
        "every place of a list"
    );
    assert!(doc.read("Prices rose faster than in 2019 and with Japan.").iter().all(|a| a.name != "Japan"));
}

#[test]
fn a_place_named_with_its_kind_or_its_government_takes_part() {
    let f = ActorFinder::built_in();
    assert_eq!(names(f.find("A leading example is Ontario province, which issued the rules.")), ["Ontario"]);
    assert_eq!(
        names(f.find("On 10 January, the Osaka municipal government and Toyota signed a deal.")),
        ["Osaka", "Toyota"],
        "the city's government is the city acting"
    );
    let zhejiang = f.find("Late last year, the Zhejiang province government began to court the firm.");
    assert_eq!(zhejiang.iter().map(|a| (a.name.as_str(), a.kind)).collect::<Vec<_>>(), [("Zhejiang", ActorKind::Place)]);
    assert_eq!(names(f.find("Last year the Beijing government said so.")), ["Chinese government"], "a capital's is its country's");
    assert_eq!(names(f.find("Last year the Netherlands government said so.")), ["Dutch government"], "as a country's is named");
}

#[test]
fn the_government_of_the_country_a_sentence_names_is_the_one_meant() {
    let f = ActorFinder::built_in();
    let mut doc = f.document();
    doc.read("The US government said so.");
    assert_eq!(
        names(doc.read("Britain will strip Huawei gear by 2027, the government announced on Tuesday.")),
        ["United Kingdom", "Huawei", "UK government"]
    );
}

#[test]
fn authorities_with_no_name_before_them_are_the_government() {
    let f = ActorFinder::built_in();
    let mut doc = f.document();
    doc.learn_from("China's platform companies grew fast, and China's economy with them.");
    assert_eq!(names(doc.read("Last week authorities signalled that the crackdown had ended.")), ["Chinese government"]);
    assert_eq!(names(doc.read("Dutch authorities withheld the licence.")), ["Dutch government"], "an adjective names its own");
    assert!(f.document().read("Authorities said so.").is_empty(), "no country, no government");
}

#[test]
fn congo_alone_is_the_democratic_republic_as_news_writes_it() {
    let f = ActorFinder::built_in();
    let drc = ["Democratic Republic of the Congo"];
    assert_eq!(names(f.find("The Democratic Republic of Congo will end its export ban.")), drc);
    assert_eq!(names(f.find("Congo halted cobalt exports.")), drc);
    assert_eq!(names(f.find("The Republic of Congo signed the deal.")), ["Republic of the Congo"]);
}

#[test]
fn a_place_that_ends_the_name_of_a_gulf_or_bay_is_part_of_that_place() {
    let f = ActorFinder::built_in();
    assert_eq!(names(f.find("Tankers sailed from the Gulf of Aden.")), ["Gulf of Aden"]);
    assert!(f.find("Rigs in the Gulf of Mexico shut down.").iter().all(|a| a.name != "Mexico"));
    assert_eq!(names(f.find("Imports from Mexico fell.")), ["Mexico"]);
}

#[test]
fn a_country_acts_through_its_forces_named_by_its_adjective() {
    let f = ActorFinder::built_in();
    let found = names(f.find("American and British warships struck radar sites in the early hours."));
    assert_eq!(found, ["United States", "United Kingdom"]);
    assert_eq!(names(f.find("Twenty soldiers died in a clash with Chinese troops.")), ["China"]);
    assert!(names(f.find("A Japanese company and British investors bought it.")).is_empty(), "not a noun a country acts through");
}

#[test]
fn a_country_acts_through_the_official_its_possessive_names() {
    let f = ActorFinder::built_in();
    assert_eq!(names(f.find("Zimbabwe's mines minister, Winston Chitando, said the country will ban exports.")), ["Zimbabwe", "Winston Chitando"]);
    assert_eq!(names(f.find("Egypt’s President Abdel Fattah al-Sisi said the canal lost revenue.")), ["Egypt", "Abdel Fattah el-Sisi"]);
    assert!(!names(f.find("Italy's data protection authority, the Garante, acted.")).contains(&"Italy".to_owned()), "an authority, not an official");
    assert!(!names(f.find("Japan's largest union federation, Rengo, said so.")).contains(&"Japan".to_owned()), "no title");
}

#[test]
fn a_countrys_own_government_written_with_its_possessive_is_its_government() {
    let f = ActorFinder::built_in();
    assert_eq!(names(f.find("Japan's government decided in April 2021 to discharge the water.")), ["Japanese government"]);
    assert_eq!(names(f.find("South Korea's authorities said so.")), ["Korean government"], "its shortest adjective");
    assert!(f.find("Japan's exports rose.").iter().all(|a| a.kind != ActorKind::Government), "not its exports");
}

#[test]
fn a_national_institution_named_alone_is_the_countrys() {
    let f = ActorFinder::built_in();
    let mut doc = f.document();
    doc.learn_from("Mexico's vape market grew; Mexico is large.");
    assert_eq!(names(doc.read("On 5 February 2024 the president sent Congress a package.")), ["Congress of Mexico"]);
    assert_eq!(names(doc.read("The Senate approved it on 3 December.")), ["Senate of Mexico"]);
    assert_eq!(
        names(doc.read("New Zealand's ban took effect after Parliament passed the act.")),
        ["Parliament of New Zealand"],
        "the sentence's country"
    );
    assert_eq!(names(doc.read("South Sudan's Parliament met in 2021.")), ["Parliament of South Sudan"], "the longest country");
    let mut us = f.document();
    us.learn_from("The United States said so.");
    assert_eq!(names(us.read("Congress passed the bill in 2022.")), ["US Congress"], "the gazetteer's name");
    assert!(f.document().read("Parliament passed the act in 2020.").is_empty(), "no country, no institution");
    let mut eu = f.document();
    eu.learn_from("The European Parliament met in Strasbourg, France.");
    assert_eq!(names(eu.read("Parliament approved the text in 2024.")), ["European Parliament"], "a name the document gave first");
    let mut trade = f.document();
    trade.learn_from("The United States raised tariffs; the United States said so.");
    assert_eq!(
        names(trade.read("On 5 August 2019 the Treasury labelled China a currency manipulator.")),
        ["US Department of the Treasury", "China"],
        "a country named after the institution is what it acts on"
    );
    assert_eq!(names(trade.read("Treasury rules took effect on April 18, 2023.")), ["US Department of the Treasury"], "whose the rules are");
    assert_eq!(names(doc.read("A Senate inquiry opened in May 2024.")), ["Senate of Mexico"]);
    assert!(trade.read("The Affordable Clean Energy rule took effect in 2019.").is_empty(), "a law's name before its kind");
}

#[test]
fn the_government_does_not_refer_back_to_a_legislature() {
    let f = ActorFinder::built_in();
    let mut doc = f.document();
    doc.learn_from("Brazil's betting market opened; Brazil regulated it.");
    doc.read("The Senate installed an inquiry on 12 November 2024.");
    assert_eq!(names(doc.read("On 13 November a judge ordered the government to act.")), ["Brazilian government"]);
}

#[test]
fn the_government_is_a_whole_government_not_an_office_of_it() {
    let f = ActorFinder::built_in();
    let mut doc = f.document();
    doc.learn_from("Kenya's tea growers sell abroad; Kenya taxes them.");
    doc.read("The Ministry of Agriculture set a floor price on 2 May 2022.");
    assert_eq!(names(doc.read("In June the government scrapped the floor.")), ["Kenyan government"]);
    assert_eq!(names(doc.read("On 3 July the ministry restored it.")), ["Ministry of Agriculture"], "the ministry is the one named");
}

#[test]
fn a_leaders_administration_is_the_government_they_lead() {
    let f = ActorFinder::built_in();
    let mut doc = f.document();
    doc.learn_from("President Donald Trump spoke in Ohio.");
    assert_eq!(names(doc.read("The Trump administration froze the grants on 14 April.")), ["Trump administration"]);
    assert_eq!(names(doc.read("On 2 May the administration lifted the freeze.")), ["Trump administration"], "and the administration is it");
    assert_eq!(names(doc.read("On 3 May Trump signed the order.")), ["Donald Trump"], "the leader alone is the person");
}

#[test]
fn a_ministry_or_a_parliament_named_in_lowercase_is_found() {
    let f = ActorFinder::built_in();
    let mut doc = f.document();
    assert_eq!(names(doc.read("In January 2022 the trade ministry set a single retail price.")), ["Ministry of Trade"]);
    assert_eq!(names(doc.read("In March the ministry scrapped the cap.")), ["Ministry of Trade"], "and the ministry is it");
    assert_eq!(names(f.find("On 3 July Japan's finance ministry announced the measure.")), ["Ministry of Finance of Japan"]);
    assert_eq!(names(f.find("The corporate affairs ministry set up a committee.")), ["Ministry of Corporate Affairs"], "a portfolio of two words");
    assert!(f.find("The ministry of sound opened a club.").is_empty(), "no portfolio, no ministry");
    let found = names(f.find("In February 2021 Australia's parliament passed the code."));
    assert!(found.iter().any(|n| n.contains("Parliament") && n.contains("Australia")), "a country's parliament after its possessive: {found:?}");
    assert!(f.find("In 2021 the company's treasury bought bonds.").is_empty(), "a company's treasury is no country's");
}

#[test]
fn a_place_that_opens_a_name_is_part_of_it() {
    let f = ActorFinder::built_in();
    assert_eq!(names(f.find("On 3 May the Kenya Ports Authority suspended the tender.")), ["Kenya Ports Authority"]);
    assert_eq!(names(f.find("Chile Copper Company said on Monday it would cut output.")), ["Chile Copper Company"]);
    assert_eq!(names(f.find("Delegates adopted the Lisbon Protocol on 2 March.")), Vec::<String>::new(), "a pact named for where it was signed");
    assert!(f.find("The Underused Housing Tax took effect on 1 January.").is_empty(), "a tax is no actor");
    assert_eq!(names(f.find("Kenya's Ports Authority said the talks failed.")), ["Ports Authority"], "a possessive ends the name");
}

#[test]
fn a_legislature_named_in_its_own_language_acts() {
    let f = ActorFinder::built_in();
    let mut doc = f.document();
    assert_eq!(names(doc.read("On 16 November 2016 the Sejm passed a law restoring the old ages.")), ["Sejm"]);
    assert_eq!(doc.read("In November 2023 the Dewan Rakyat passed the bill.")[0].kind, ActorKind::Government);
    // Qualifying a noun, it names no one.
    assert!(names(doc.read("In 2019 the Storting elections were held.")).is_empty());
}

#[test]
fn a_country_whose_law_opens_the_sentence_acts_through_it() {
    let f = ActorFinder::built_in();
    let mut doc = f.document();
    assert_eq!(names(doc.read("Canada's Online News Act came into force on Tuesday.")), ["Canada"]);
    // Named later, the law is only referred to.
    assert!(names(doc.read("The platform cited Canada's Online News Act on Tuesday.")).iter().all(|n| n != "Canada"));
}
