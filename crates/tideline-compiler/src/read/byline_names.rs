//! Telling people's names apart from other words in bylines, credits and
//! author fields: "Rui Ma, Ruihan Huang &#38; more" → ["Rui Ma", "Ruihan Huang"].

use regex::Regex;
use std::sync::LazyLock;

/// Separators between names in an author list: commas, semicolons, "&", "and".
static NAME_SEPARATOR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s*(?:[,;、，]|&|\band\b|\bund\b|\bet\b|\s和\s?)\s*").expect("valid regex"));

/// Placeholders for "and others" that are not names.
static MORE_PLACEHOLDER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^(?:more|others?|many more|et al\.?|staff|and others|contributors?)$").expect("valid regex"));

/// "in Beijing", "in Hong Kong" after a reporter's name in wire credits.
static LOCATION_SUFFIX: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s+in\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*$").expect("valid regex"));

/// Lowercase words allowed inside a name ("Ursula von der Leyen").
const NAME_PARTICLES: &[&str] = &["de", "da", "del", "der", "di", "du", "van", "von", "bin", "al", "la", "le", "y"];

/// Capitalised words that start or make up non-names ("By December, …").
const NOT_NAME_WORDS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "The",
    "This",
    "That",
    "Posted",
    "Published",
    "Updated",
    "Reading",
    "Time",
    "Read",
    "More",
    "Share",
    "Comments",
    "Editing",
    "Reporting",
    "Staff",
    "Reuters",
    "Our",
    "In",
    "On",
    "At",
    "By",
];

/// Splits an author list into names, dropping "& more"-style placeholders and
/// anything that does not look like a name.
pub fn split_author_names(list: &str) -> Vec<String> {
    NAME_SEPARATOR
        .split(list)
        .map(|part| {
            let part = part.trim().trim_matches(|c: char| c == '.' || c == '(' || c == ')').trim();
            LOCATION_SUFFIX.replace(part, "").into_owned()
        })
        .filter(|part| !part.is_empty() && !MORE_PLACEHOLDER.is_match(part))
        .filter(|part| looks_like_name(part))
        .collect()
}

/// True for "Giulia Interesse", "Ursula von der Leyen", "J. K. Rowling" or a
/// 2–4 character Chinese name; false for phrases, dates and single words.
pub fn looks_like_name(text: &str) -> bool {
    let text = text.trim();
    if text.is_empty() || text.chars().count() > 60 || text.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let han = text.chars().filter(|c| is_han(*c)).count();
    if han > 0 {
        return han == text.chars().count() && (2..=4).contains(&han);
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    if !(2..=5).contains(&words.len()) {
        return false;
    }
    let Some(first) = words.first() else { return false };
    if NOT_NAME_WORDS.contains(first) {
        return false;
    }
    words.iter().all(|word| {
        NAME_PARTICLES.contains(word)
            || (word.chars().next().is_some_and(char::is_uppercase)
                && word.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'))
                && !NOT_NAME_WORDS.contains(word))
    })
}

/// True for an organisation written as an acronym ("SCMP", "AFP") or a
/// well-known wire or newspaper name: such a part of a byline is the publisher.
pub fn looks_like_publisher(text: &str) -> bool {
    const KNOWN: &[&str] =
        &["Reuters", "Associated Press", "AP", "AFP", "Bloomberg", "Xinhua", "Kyodo", "Dow Jones", "South China Morning Post", "Caixin", "Yonhap"];
    let text = text.trim();
    let acronym = (2..=8).contains(&text.len()) && text.chars().all(|c| c.is_ascii_uppercase());
    acronym || KNOWN.iter().any(|k| k.eq_ignore_ascii_case(text))
}

/// CJK unified ideographs (the common blocks).
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commas_ampersands_and_and_separate_names() {
        assert_eq!(split_author_names("Rui Ma, Ruihan Huang & more"), ["Rui Ma", "Ruihan Huang"]);
        assert_eq!(split_author_names("Ella Cao, Brenda Goh, Ethan Wang and Ryan Woo"), ["Ella Cao", "Brenda Goh", "Ethan Wang", "Ryan Woo"]);
    }

    #[test]
    fn and_others_placeholders_are_not_names() {
        assert_eq!(split_author_names("Jane Doe and others"), ["Jane Doe"]);
        assert!(split_author_names("staff").is_empty());
    }

    #[test]
    fn reporting_locations_are_stripped_from_names() {
        assert_eq!(split_author_names("Ella Cao in Beijing and Brenda Goh in Hong Kong"), ["Ella Cao", "Brenda Goh"]);
    }

    #[test]
    fn names_are_told_from_phrases_and_dates() {
        assert!(looks_like_name("Giulia Interesse"));
        assert!(looks_like_name("Ursula von der Leyen"));
        assert!(looks_like_name("J. K. Rowling"));
        assert!(looks_like_name("刘鹤"));
        assert!(!looks_like_name("December"));
        assert!(!looks_like_name("2 September 2021"));
        assert!(!looks_like_name("the regulator said"));
        assert!(!looks_like_name("Reading Time"));
    }

    #[test]
    fn acronyms_and_wires_are_publishers() {
        assert!(looks_like_publisher("SCMP"));
        assert!(looks_like_publisher("Reuters"));
        assert!(!looks_like_publisher("Xinmei Shen"));
    }
}
