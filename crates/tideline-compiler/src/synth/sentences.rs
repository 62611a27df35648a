//! News-like sentences for the synthetic corpus: one dated event per event
//! sentence (a date phrase in one of the forms the tagger reads, actors from
//! the gazetteer, amounts, a stance and category cue), plus undated filler.
//! Word lists avoid cues other than the one each template means to carry.

use super::gazetteer::Gazetteer;
use super::rng::SplitMix64;
use chrono::{Datelike, Duration, NaiveDate};

/// The stance an event template is written to carry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntendedStance {
    /// Fines, probes, new rules, crackdowns.
    Tightening,
    /// Support, relaxed rules, encouragement.
    Easing,
    /// Meetings, statements, markets, investment.
    Neutral,
}

/// An event sentence pattern: `{placeholders}` are filled per sentence.
struct Template {
    text: &'static str,
    stance: IntendedStance,
    weight: usize,
}

const fn t(text: &'static str, stance: IntendedStance, weight: usize) -> Template {
    Template { text, stance, weight }
}

use IntendedStance::{Easing, Neutral, Tightening};

/// Weights give roughly 40% tightening, 30% easing and 30% neutral events.
const TEMPLATES: &[Template] = &[
    // Fines.
    t("{reg} fined {co} {money} {date} for {wrongdoing}.", Tightening, 6),
    t("{Date}, {reg} imposed a penalty of {money} on {co} for {wrongdoing}.", Tightening, 4),
    t("{co} was fined {money} by {reg} {date} after an inquiry found evidence of {offence}.", Tightening, 3),
    // Investigations.
    t("{reg} opened an investigation into {co} {date} over suspected {offence}.", Tightening, 5),
    t("{Date}, {reg} began a probe into {co} over suspected {offence}.", Tightening, 3),
    t("{reg} summoned executives of {co} {date} over {offence} and ordered a rectification.", Tightening, 2),
    // Regulation and campaigns.
    t("{reg} issued rules {date} that cap {topic} at {pct} of revenue.", Tightening, 4),
    t("{Date}, {reg} tightened requirements for {topic}, ordering {sector} firms to hold {pct} more capital under new rules.", Tightening, 3),
    t("{reg} published draft rules on {topic} {date}, limiting {sector} firms to {pct} of the market.", Tightening, 3),
    t("{reg} announced a crackdown on {offence} in the {sector} sector {date}.", Tightening, 2),
    t("{off} said {date} that {sector} companies faced tighter oversight of {topic}.", Tightening, 3),
    // Support and easing.
    t("{reg} pledged support for {sector} companies {date}, promising {money} in new credit lines.", Easing, 5),
    t("{Date}, {off} announced measures to support {co} and other {sector} firms.", Easing, 4),
    t("{reg} eased restrictions on {topic} {date} as part of a package of support measures worth {money}.", Easing, 4),
    t("{off} encouraged {sector} firms to invest in {topic} at a forum in {place} {date}.", Easing, 3),
    t("{reg} relaxed rules on {topic} {date}, lowering the reserve requirement to {pct}.", Easing, 3),
    t("{reg} lifted a ban on {topic} {date}.", Easing, 2),
    t("{off} said {date} that the government welcomed private investment in {topic}.", Easing, 2),
    // Meetings and statements.
    t("{off} met executives of {co} in {place} {date} to discuss {topic}.", Neutral, 4),
    t("{reg} held talks with {co} {date} about {topic}.", Neutral, 3),
    t("{exec}, {role} of {co}, said {date} that the company expected {topic} to grow by {pct}.", Neutral, 3),
    t("{co} told shareholders {date} that its {topic} business had returned to profit.", Neutral, 2),
    // Markets and investment.
    t("Shares of {co} fell {pct} in {place} trading {date} after the company reported weaker sales.", Neutral, 3),
    t("{co_poss} shares rose {pct} {date}, lifting its market value by {money}.", Neutral, 2),
    t("{co} invested {money} in a new {facility} in {place} {date}.", Neutral, 3),
    t("{Date}, {co} committed {money} to build a {facility} near {place}.", Neutral, 2),
    t("{co} raised {money} from investors {date} to fund its {topic} business.", Neutral, 2),
];

const WRONGDOING: &[&str] = &[
    "abusing its dominant position",
    "failing to protect customer data",
    "breaching disclosure rules",
    "fixing prices with rivals",
    "misleading consumers",
    "completing acquisitions without clearance",
];

const OFFENCES: &[&str] = &[
    "price fixing",
    "data security lapses",
    "misleading advertising",
    "bid rigging",
    "unreported acquisitions",
    "accounting irregularities",
    "insider dealing",
    "unfair pricing",
];

const TOPICS: &[&str] = &[
    "mortgage lending",
    "cross-border data transfers",
    "online lending",
    "ride-hailing fares",
    "battery recycling",
    "consumer credit",
    "cloud computing",
    "chip exports",
    "food delivery fees",
    "mobile games",
    "short-video advertising",
    "wealth management products",
    "crypto trading",
    "used-car financing",
    "payment services",
];

const SECTORS: &[&str] = &[
    "fintech",
    "platform",
    "electric-vehicle",
    "semiconductor",
    "e-commerce",
    "gaming",
    "logistics",
    "biotech",
    "property",
    "education technology",
    "ride-hailing",
];

const FACILITIES: &[&str] =
    &["battery plant", "data centre", "research campus", "logistics hub", "chip plant", "distribution centre", "assembly line"];

/// Undated sentences: no date, no continuation opener, so never an event.
const FILLER: &[&str] = &[
    "Analysts said the outcome had been widely anticipated.",
    "The company did not respond to a request for comment.",
    "Industry groups have asked for clearer guidance on how the rules apply to smaller firms.",
    "Trading volumes were thin across the region.",
    "Officials have not given a timetable for further steps.",
    "Several lawmakers called for a broader review of the sector.",
    "Consumer groups said the details mattered more than the headline figures.",
    "Investors are watching for signals from the central bank.",
];

const MONTHS: [&str; 12] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const ORDINALS: [&str; 4] = ["first", "second", "third", "fourth"];

/// The earliest date an event may fall on.
pub fn first_event_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2015, 1, 1).expect("a valid calendar date")
}

/// How far back from publication an article's events reach.
const LOOKBACK_DAYS: i64 = 900;
/// Months and quarters stay this far back, so the period has started well before publication.
const MIN_PERIOD_AGE_DAYS: i64 = 120;

/// A day in `earliest..=latest`.
fn day_between(rng: &mut SplitMix64, earliest: NaiveDate, latest: NaiveDate) -> NaiveDate {
    let span = (latest - earliest).num_days().max(0) as usize;
    earliest + Duration::days(rng.below(span + 1) as i64)
}

/// A date phrase with its preposition ("on 7 July 2021", "in Q3 2022",
/// "in late 2020"), for an event before `published`.
fn date_phrase(rng: &mut SplitMix64, published: NaiveDate) -> String {
    let earliest = (published - Duration::days(LOOKBACK_DAYS)).max(first_event_day());
    let latest_period = published - Duration::days(MIN_PERIOD_AGE_DAYS);
    // 0: a day, 1: a month, 2: a quarter or part of a year.
    let precision = if latest_period < earliest { 0 } else { rng.weighted(&[78, 12, 10]) };
    match precision {
        0 => {
            let day = day_between(rng, earliest, published - Duration::days(1));
            let (y, m, d) = (day.year(), day.month(), day.day());
            let month = MONTHS[day.month0() as usize];
            match rng.weighted(&[35, 35, 30]) {
                0 => format!("on {month} {d}, {y}"),
                1 => format!("on {d} {month} {y}"),
                _ => format!("on {y}-{m:02}-{d:02}"),
            }
        }
        1 => {
            let day = day_between(rng, earliest, latest_period);
            let month = MONTHS[day.month0() as usize];
            if rng.chance(70) {
                format!("in {month} {}", day.year())
            } else {
                format!("in mid-{month} {}", day.year())
            }
        }
        _ => {
            let day = day_between(rng, earliest, latest_period);
            let quarter = day.month0() as usize / 3;
            let year = day.year();
            match (quarter, rng.weighted(&[40, 30, 30])) {
                (3, 2) => format!("in late {year}"),
                (0, 2) => format!("in early {year}"),
                (q, 1) => format!("in Q{} {year}", q + 1),
                (q, _) => format!("in the {} quarter of {year}", ORDINALS[q]),
            }
        }
    }
}

/// "RMB 2.4 billion", "US$410 million", "€120 million".
fn money(rng: &mut SplitMix64) -> String {
    let currency = *rng.pick(&["RMB ", "RMB ", "US$", "US$", "€", "HK$", "£"]);
    if rng.chance(40) {
        match rng.below(10) {
            0 => format!("{currency}{} billion", rng.between(1, 19)),
            tenths => format!("{currency}{}.{tenths} billion", rng.between(1, 19)),
        }
    } else {
        format!("{currency}{} million", rng.between(12, 980))
    }
}

/// "3.2%".
fn percent(rng: &mut SplitMix64) -> String {
    format!("{}.{}%", rng.between(1, 18), rng.below(10))
}

/// "the Valorian Competition Authority", or "the VCA" when it has initials.
fn regulator(rng: &mut SplitMix64, gazetteer: &Gazetteer) -> String {
    let regulator = rng.pick(&gazetteer.regulators);
    match &regulator.acronym {
        Some(acronym) if rng.chance(25) => format!("the {acronym}"),
        _ => format!("the {}", regulator.name),
    }
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

/// One event sentence dated before `published`, with the stance it was written to carry.
pub fn event_sentence(rng: &mut SplitMix64, gazetteer: &Gazetteer, published: NaiveDate) -> (String, IntendedStance) {
    let weights: Vec<usize> = TEMPLATES.iter().map(|t| t.weight).collect();
    let template = &TEMPLATES[rng.weighted(&weights)];
    let executive = rng.pick(&gazetteer.executives);
    let mut out = String::with_capacity(template.text.len() + 80);
    let mut rest = template.text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let close = open + rest[open..].find('}').expect("templates close every placeholder");
        let value = match &rest[open + 1..close] {
            "reg" => regulator(rng, gazetteer),
            "co" => rng.pick(&gazetteer.companies).clone(),
            "co_poss" => {
                let company = rng.pick(&gazetteer.companies);
                if company.ends_with('s') {
                    format!("{company}'")
                } else {
                    format!("{company}'s")
                }
            }
            "off" => {
                let official = rng.pick(&gazetteer.officials);
                format!("{} {}", official.title, official.name)
            }
            "exec" => executive.name.clone(),
            "role" => executive.title.clone(),
            "place" => (*rng.pick(&gazetteer.places)).to_owned(),
            "money" => money(rng),
            "pct" => percent(rng),
            "date" => date_phrase(rng, published),
            "Date" => capitalize(&date_phrase(rng, published)),
            "wrongdoing" => (*rng.pick(WRONGDOING)).to_owned(),
            "offence" => (*rng.pick(OFFENCES)).to_owned(),
            "topic" => (*rng.pick(TOPICS)).to_owned(),
            "sector" => (*rng.pick(SECTORS)).to_owned(),
            "facility" => (*rng.pick(FACILITIES)).to_owned(),
            other => unreachable!("unknown placeholder {{{other}}}"),
        };
        out.push_str(&value);
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    (capitalize(&out), template.stance)
}

/// One undated sentence.
pub fn filler_sentence(rng: &mut SplitMix64) -> &'static str {
    FILLER[rng.below(FILLER.len())]
}

/// A headline without dates: "Valorian Competition Authority steps up scrutiny of fintech firms".
pub fn headline(rng: &mut SplitMix64, gazetteer: &Gazetteer) -> String {
    let sector = rng.pick(SECTORS);
    let topic = rng.pick(TOPICS);
    let company = rng.pick(&gazetteer.companies);
    let regulator = &rng.pick(&gazetteer.regulators).name;
    match rng.below(5) {
        0 => format!("{regulator} steps up scrutiny of {sector} firms"),
        1 => format!("{company} shares slide as regulators weigh new rules"),
        2 => format!("Officials signal a softer line on {topic}"),
        3 => capitalize(&format!("{sector} companies brace for changes to {topic}")),
        _ => format!("What the latest {topic} measures mean for {company}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_fills_all_its_placeholders() {
        let gazetteer = Gazetteer::generate(&mut SplitMix64::new(1));
        let mut rng = SplitMix64::new(2);
        let published = NaiveDate::from_ymd_opt(2021, 7, 8).unwrap();
        for _ in 0..2000 {
            let (sentence, _) = event_sentence(&mut rng, &gazetteer, published);
            assert!(!sentence.contains('{') && sentence.ends_with('.'), "{sentence}");
            assert!(sentence.chars().next().unwrap().is_uppercase(), "{sentence}");
        }
    }

    #[test]
    fn event_dates_fall_before_publication_and_after_2014() {
        let mut rng = SplitMix64::new(5);
        let published = NaiveDate::from_ymd_opt(2015, 2, 1).unwrap();
        for _ in 0..500 {
            let phrase = date_phrase(&mut rng, published);
            assert!(phrase.contains("2015") && !phrase.contains("2014"), "{phrase}");
        }
    }
}
