//! The synthetic corpus's actors: a few hundred companies, regulators,
//! officials, executives and places built from word lists, and their
//! `tideline.toml` entries. The words avoid every stance, category and date
//! cue of the compiler, so a name never changes how a sentence is classified.

use super::rng::SplitMix64;
use std::fmt::Write;

const COMPANY_STEMS: &[&str] = &[
    "Orion",
    "Harbor",
    "Jade",
    "Silverline",
    "Northstar",
    "Crescent",
    "Redwood",
    "Blue Lotus",
    "Meridian",
    "Evergreen",
    "Kestrel",
    "Lumen",
    "Pinnacle",
    "Quanta",
    "Sable",
    "Tidewater",
    "Vertex",
    "Zenith",
    "Aurora",
    "Cobalt",
    "Granite",
    "Halcyon",
    "Ironwood",
    "Juniper",
    "Keystone",
    "Lattice",
    "Mosaic",
    "Nimbus",
    "Onyx",
    "Polaris",
    "Radiant",
    "Sierra",
    "Topaz",
    "Umber",
    "Vantage",
    "Willow",
    "Yarrow",
    "Amber",
    "Beacon",
    "Cedar",
];

const COMPANY_TRADES: &[&str] = &[
    "Payments",
    "Motors",
    "Semiconductor",
    "Logistics",
    "Pharma",
    "Cloud",
    "Insurance",
    "Energy",
    "Retail",
    "Games",
    "Securities",
    "Airlines",
    "Steel",
    "Foods",
    "Telecom",
    "Robotics",
    "Media",
    "Realty",
    "Bank",
];

const COUNTRIES: &[&str] = &["Valorian", "Castrian", "Northland", "Eastmarch", "Solennian", "Ardanese", "Veridian", "Korvan", "Lusanian", "Terran"];

const REGULATOR_FIELDS: &[&str] = &[
    "Competition",
    "Financial Conduct",
    "Data Protection",
    "Securities",
    "Banking",
    "Cyberspace",
    "Energy",
    "Telecommunications",
    "Consumer Affairs",
    "Insurance",
    "Transport",
    "Trade",
];

const REGULATOR_HEADS: &[&str] = &["Authority", "Commission", "Administration", "Bureau", "Agency", "Regulator"];

const FIRST_NAMES: &[&str] = &[
    "Elena", "Tomas", "Mei", "Arjun", "Sofia", "Daniel", "Hana", "Lukas", "Amara", "Victor", "Ines", "Kenji", "Leila", "Marco", "Nadia", "Oskar",
    "Priya", "Rafael", "Sara", "Wen",
];

const LAST_NAMES: &[&str] = &[
    "Marsh",
    "Okafor",
    "Lindqvist",
    "Zhou",
    "Moreau",
    "Haddad",
    "Kowalski",
    "Tanaka",
    "Reyes",
    "Novak",
    "Brandt",
    "Castillo",
    "Osei",
    "Park",
    "Varga",
    "Whitlock",
    "Ibsen",
    "Quade",
    "Rinaldi",
    "Sato",
];

const OFFICIAL_TITLES: &[&str] = &[
    "Finance Minister",
    "Commerce Minister",
    "Vice Premier",
    "Deputy Governor",
    "Trade Commissioner",
    "Industry Minister",
    "State Councillor",
    "Mayor",
];

const PLACES: &[&str] = &[
    "Shenzhen",
    "Hangzhou",
    "Shanghai",
    "Singapore",
    "Frankfurt",
    "Brussels",
    "Ghent",
    "Warsaw",
    "Seoul",
    "Jakarta",
    "Sao Paulo",
    "Nairobi",
    "Lagos",
    "Toronto",
    "Melbourne",
    "Osaka",
    "Lyon",
    "Rotterdam",
    "Bilbao",
    "Gdansk",
    "Chengdu",
    "Wuhan",
    "Penang",
    "Hanoi",
    "Manila",
    "Dubai",
    "Istanbul",
    "Kraków",
    "Porto",
    "Turin",
    "Leeds",
    "Glasgow",
    "Dublin",
    "Aarhus",
    "Tampere",
    "Monterrey",
    "Bogota",
    "Lima",
    "Santiago",
    "Cape Town",
];

/// How many actors of each kind the gazetteer holds.
const COMPANIES: usize = 250;
const REGULATORS: usize = 60;
const OFFICIALS: usize = 40;
const EXECUTIVES: usize = 40;

/// A regulator and the short form sentences may use.
#[derive(Clone, Debug)]
pub struct Regulator {
    /// Full name without article: "Valorian Competition Authority".
    pub name: String,
    /// Its initials when no other regulator shares them: "VCA".
    pub acronym: Option<String>,
}

/// A person with the title written before the name.
#[derive(Clone, Debug)]
pub struct Person {
    /// "Elena Marsh".
    pub name: String,
    /// "Finance Minister", or for executives the role after the name.
    pub title: String,
}

/// Every actor the synthetic sentences name.
#[derive(Clone, Debug)]
pub struct Gazetteer {
    /// Company names: "Orion Payments Group".
    pub companies: Vec<String>,
    /// Regulators.
    pub regulators: Vec<Regulator>,
    /// Government officials.
    pub officials: Vec<Person>,
    /// Company executives.
    pub executives: Vec<Person>,
    /// Cities.
    pub places: Vec<&'static str>,
}

/// `count` distinct strings drawn with `make`, in the order first drawn.
fn distinct(rng: &mut SplitMix64, count: usize, mut make: impl FnMut(&mut SplitMix64) -> String) -> Vec<String> {
    let mut names: Vec<String> = Vec::with_capacity(count);
    let mut seen = std::collections::HashSet::new();
    while names.len() < count {
        let name = make(rng);
        if seen.insert(name.clone()) {
            names.push(name);
        }
    }
    names
}

fn initials(name: &str) -> String {
    name.split_whitespace().filter_map(|w| w.chars().next()).collect()
}

impl Gazetteer {
    /// The gazetteer for one seed.
    pub fn generate(rng: &mut SplitMix64) -> Self {
        let companies = distinct(rng, COMPANIES, |r| {
            let suffix = *r.pick(&["", "", " Group", " Holdings"]);
            format!("{} {}{suffix}", r.pick(COMPANY_STEMS), r.pick(COMPANY_TRADES))
        });
        let regulator_names =
            distinct(rng, REGULATORS, |r| format!("{} {} {}", r.pick(COUNTRIES), r.pick(REGULATOR_FIELDS), r.pick(REGULATOR_HEADS)));
        let mut acronym_uses = std::collections::HashMap::new();
        for name in &regulator_names {
            *acronym_uses.entry(initials(name)).or_insert(0) += 1;
        }
        let regulators = regulator_names
            .into_iter()
            .map(|name| {
                let short = initials(&name);
                let acronym = (acronym_uses[&short] == 1 && short.len() >= 3).then_some(short);
                Regulator { name, acronym }
            })
            .collect();
        let people = distinct(rng, OFFICIALS + EXECUTIVES, |r| format!("{} {}", r.pick(FIRST_NAMES), r.pick(LAST_NAMES)));
        let (official_names, executive_names) = people.split_at(OFFICIALS);
        let officials = official_names.iter().map(|name| Person { name: name.clone(), title: (*rng.pick(OFFICIAL_TITLES)).to_owned() }).collect();
        let executives = executive_names
            .iter()
            .map(|name| Person {
                name: name.clone(),
                title: (*rng.pick(&["chief executive", "chairman", "chief financial officer", "president"])).to_owned(),
            })
            .collect();
        Gazetteer { companies, regulators, officials, executives, places: PLACES.to_vec() }
    }

    /// How many actors the gazetteer holds.
    pub fn actor_count(&self) -> usize {
        self.companies.len() + self.regulators.len() + self.officials.len() + self.executives.len() + self.places.len()
    }

    /// The `tideline.toml` text: the corpus title and one `[[actor]]` per actor.
    pub fn to_config(&self, title: &str) -> String {
        let mut out = String::with_capacity(self.actor_count() * 80);
        let _ = writeln!(out, "# Written by `tideline synth`: a synthetic corpus for tests and benchmarks.");
        let _ = writeln!(out, "title = \"{title}\"\n");
        let mut entry = |name: &str, kind: &str, aliases: &[&str]| {
            let aliases: Vec<String> = aliases.iter().map(|a| format!("\"{a}\"")).collect();
            let _ = writeln!(out, "[[actor]]\nname = \"{name}\"\nkind = \"{kind}\"\naliases = [{}]\n", aliases.join(", "));
        };
        for company in &self.companies {
            entry(company, "company", &[]);
        }
        for regulator in &self.regulators {
            entry(&regulator.name, "regulator", regulator.acronym.as_slice().iter().map(String::as_str).collect::<Vec<_>>().as_slice());
        }
        for official in &self.officials {
            entry(&official.name, "official", &[]);
        }
        for executive in &self.executives {
            entry(&executive.name, "person", &[]);
        }
        for place in &self.places {
            entry(place, "place", &[]);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::parse_config;

    #[test]
    fn the_gazetteer_is_a_few_hundred_actors_with_unique_names() {
        let gazetteer = Gazetteer::generate(&mut SplitMix64::new(1));
        assert_eq!(gazetteer.actor_count(), COMPANIES + REGULATORS + OFFICIALS + EXECUTIVES + PLACES.len());
        let (config, problems) = parse_config(&gazetteer.to_config("T"));
        assert!(problems.is_empty(), "{problems:?}");
        let mut names: Vec<&str> = config.actors.iter().map(|a| a.name.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), gazetteer.actor_count());
    }
}
