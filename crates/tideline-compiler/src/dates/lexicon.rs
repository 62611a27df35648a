//! Words the rules recognise — month and weekday names, number words — and the
//! regex fragments built from them. Month and weekday names, and the small
//! words that join a day, month and year, come from `data/dates.toml`, one
//! table per language; the rules are the same for all of them.
//!
//! Names are matched exactly as that file writes them, so the English modal
//! "may" and the verb "march" are never months, and lowercase French
//! "mars" is.

use regex::escape;
use rustc_hash::FxHashMap;
use serde::Deserialize;
use std::sync::LazyLock;

/// The date words, as shipped.
const DATE_WORDS: &str = include_str!("../../data/dates.toml");

/// One language's date words, as `data/dates.toml` writes them.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Language {
    /// An ISO 639-1 code, for messages.
    code: String,
    /// Twelve lists, January first: the full name, then abbreviations.
    months: Vec<Vec<String>>,
    /// Seven names, Monday first.
    weekdays: Vec<String>,
    /// What may follow a day's number ("st", "er", ".").
    day_suffixes: Vec<String>,
    /// Words between a day and its month ("of", "de").
    day_month_links: Vec<String>,
    /// Words between a month and its year ("de", "del").
    month_year_links: Vec<String>,
    /// Words that make a month alone a date ("in", "en"), any case.
    month_cues: Vec<String>,
    /// Words opening a byline or date line ("posted", "publié"), any case.
    byline_labels: Vec<String>,
    /// Words that may follow a byline label ("on", "le"), any case.
    byline_links: Vec<String>,
    /// Other words a date-only line may hold ("à", "Uhr"), any case.
    date_line_words: Vec<String>,
}

/// The whole file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DateWords {
    language: Vec<Language>,
}

/// The date words of every language, merged, with the regex fragments the
/// rules' placeholders stand for.
#[derive(Debug)]
pub(super) struct Lexicon {
    /// `{MONTH}`: a month name, full or abbreviated, with its dot.
    pub month: String,
    /// `{MONTH_FULL}`: a full month name only; rules that see a month
    /// without a day use these, because "Jan" or "Mar" alone is more often
    /// a name than a date.
    pub month_full: String,
    /// `{WEEKDAY}`: a weekday name.
    pub weekday: String,
    /// `{DAY_SUFFIX}`: an optional suffix after a day's number.
    pub day_suffix: String,
    /// `{DAY_OF}`: an optional word between a day and its month, with the
    /// space after it.
    pub day_of: String,
    /// `{YEAR_OF}`: an optional word between a month and its year, with the
    /// space after it.
    pub year_of: String,
    /// `{MONTH_CUE}`: one of the words that make a month alone a date.
    pub month_cue: String,
    /// What `read::byline` reads in bylines and date lines.
    pub byline: BylineWords,
    /// Month number (1..=12) by name, dot dropped.
    months: NameTable,
    /// Weekday number (0 = Monday) by name.
    weekdays: NameTable,
}

/// Numbers by name, as written and lowercased (for text matched in any case).
#[derive(Debug, Default)]
struct NameTable {
    exact: FxHashMap<String, u32>,
    lowercase: FxHashMap<String, u32>,
}

impl NameTable {
    /// Records `name` as `value`; a name already recorded with another
    /// value is an error naming that value.
    fn insert(&mut self, name: &str, value: u32) -> Result<(), u32> {
        for (map, key) in [(&mut self.exact, name.to_string()), (&mut self.lowercase, name.to_lowercase())] {
            match map.insert(key, value) {
                Some(other) if other != value => return Err(other),
                _ => {}
            }
        }
        Ok(())
    }

    /// The value of `name` as written, else lowercased.
    fn get(&self, name: &str) -> Option<u32> {
        self.exact.get(name).or_else(|| self.lowercase.get(&name.to_lowercase())).copied()
    }

    /// True when `name` is recorded exactly as written.
    fn has_written(&self, name: &str) -> bool {
        self.exact.contains_key(name)
    }
}

/// Regex fragments for bylines and date lines, from every language's words:
/// each is an alternation to be put in a group and matched in any case.
#[derive(Debug, Default)]
pub struct BylineWords {
    /// A label opening a byline or date line ("posted", "mis à jour").
    pub label: String,
    /// A word after such a label ("on", "le", "a las").
    pub link: String,
    /// A month or weekday name, or another word a date-only line may hold.
    pub date_word: String,
}

/// The shipped date words, parsed once. The file is part of the compiler,
/// so a mistake in it is a bug that the tests catch, not an input error.
pub(super) static LEXICON: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::from_toml(DATE_WORDS).unwrap_or_else(|problem| panic!("data/dates.toml: {problem}")));

impl Lexicon {
    /// Parses and checks a date-words file.
    fn from_toml(text: &str) -> Result<Lexicon, String> {
        let file: DateWords = toml::from_str(text).map_err(|e| e.to_string())?;
        let (mut months, mut weekday_numbers) = (NameTable::default(), NameTable::default());
        let (mut full, mut loose, mut dotted, mut weekdays) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        let (mut suffixes, mut day_links, mut year_links, mut cues) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        let (mut labels, mut label_links, mut line_words) = (Vec::new(), Vec::new(), Vec::new());
        for language in &file.language {
            let code = &language.code;
            if language.months.len() != 12 || language.months.iter().any(Vec::is_empty) {
                return Err(format!("language `{code}` must list twelve months, each with at least its full name"));
            }
            if language.weekdays.len() != 7 {
                return Err(format!("language `{code}` must list seven weekdays"));
            }
            for (index, names) in language.months.iter().enumerate() {
                for (position, name) in names.iter().enumerate() {
                    let bare = name.strip_suffix('.').unwrap_or(name);
                    check_name(code, bare)?;
                    months
                        .insert(bare, index as u32 + 1)
                        .map_err(|other| format!("`{name}` ({code}) is month {} here and {other} elsewhere", index + 1))?;
                    match (position, name.ends_with('.')) {
                        (0, _) => full.push(bare),
                        (_, true) => dotted.push(bare),
                        (_, false) => loose.push(bare),
                    }
                }
            }
            for (index, name) in language.weekdays.iter().enumerate() {
                check_name(code, name)?;
                weekday_numbers
                    .insert(name, index as u32)
                    .map_err(|other| format!("`{name}` ({code}) is weekday {index} here and {other} elsewhere"))?;
                weekdays.push(name.as_str());
            }
            suffixes.extend(language.day_suffixes.iter().map(String::as_str));
            day_links.extend(language.day_month_links.iter().map(String::as_str));
            year_links.extend(language.month_year_links.iter().map(String::as_str));
            cues.extend(language.month_cues.iter().map(String::as_str));
            labels.extend(language.byline_labels.iter().map(String::as_str));
            label_links.extend(language.byline_links.iter().map(String::as_str));
            line_words.extend(language.date_line_words.iter().map(String::as_str));
        }
        // Within one alternation, a longer name must be tried before a name
        // it starts with ("Sept" before "Sep", "mars" before "mar").
        let loose_names = [full.clone(), loose].concat();
        let month = if dotted.is_empty() {
            format!("{}\\.?", alternation(&loose_names))
        } else {
            format!("(?:{}\\.?|{}\\.)", alternation(&loose_names), alternation(&dotted))
        };
        let names = [loose_names, dotted, weekdays.clone()].concat();
        Ok(Lexicon {
            month,
            month_full: alternation(&full),
            weekday: alternation(&weekdays),
            day_suffix: format!("(?:{})?", words(&suffixes)),
            day_of: optional_link(&day_links),
            year_of: optional_link(&year_links),
            month_cue: words(&cues),
            byline: BylineWords {
                label: words(&labels),
                link: words(&label_links),
                date_word: format!(r"\b(?:{})\b\.?|\b(?:{})\b", words(&names), words(&line_words)),
            },
            months,
            weekdays: weekday_numbers,
        })
    }
}

/// A name must start and end with a letter, so that word boundaries work.
fn check_name(code: &str, name: &str) -> Result<(), String> {
    let letter = |c: Option<char>| c.is_some_and(char::is_alphabetic);
    if letter(name.chars().next()) && letter(name.chars().next_back()) {
        Ok(())
    } else {
        Err(format!("`{name}` ({code}) must start and end with a letter"))
    }
}

/// `\b(?:a|b|c)\b`, longest first, with a boundary only beside ASCII
/// letters: the rules' `\b` is ASCII-only (see `rules::expand`), and a name
/// ending in "ì" ends a word by itself.
fn alternation(names: &[&str]) -> String {
    let pieces: Vec<String> = longest_first(names)
        .iter()
        .map(|name| {
            let ascii_edge = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphabetic());
            let before = if ascii_edge(name.chars().next()) { r"\b" } else { "" };
            let after = if ascii_edge(name.chars().next_back()) { r"\b" } else { "" };
            format!("{before}{}{after}", escape(name))
        })
        .collect();
    format!("(?:{})", pieces.join("|"))
}

/// `a|b|c`, escaped, longest first: for a group the caller writes.
fn words(list: &[&str]) -> String {
    longest_first(list).iter().map(|word| escape(word).replace(' ', r"\s+")).collect::<Vec<_>>().join("|")
}

/// `list` without repeats, longest first, so that in an alternation a word
/// is tried before the words it starts with.
fn longest_first<'w>(list: &[&'w str]) -> Vec<&'w str> {
    let mut sorted = list.to_vec();
    sorted.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    sorted.dedup();
    sorted
}

/// `(?:(?:of|de)\s+)?`, or nothing when no language has such a word.
fn optional_link(links: &[&str]) -> String {
    if links.is_empty() {
        String::new()
    } else {
        format!(r"(?:\b(?:{})\s+)?", words(links))
    }
}

/// A small count written as a word or as one or two digits.
pub(super) const NUMBER: &str = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[0-9]{1,2})";

/// An English ordinal for a quarter or a half: "third", "3rd".
pub(super) const ORDINAL: &str = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)";

/// The month number (1..=12) of a month name or abbreviation, in any case,
/// with or without its dot.
pub(super) fn month_number(name: &str) -> Option<u32> {
    LEXICON.months.get(name.strip_suffix('.').unwrap_or(name))
}

/// The weekday number (0 = Monday … 6 = Sunday) of a weekday name, in any case.
pub(super) fn weekday_number(name: &str) -> Option<u32> {
    LEXICON.weekdays.get(name)
}

/// True when `word` is a month or weekday name exactly as the rules match
/// it ("March", "mars"; not "march"). Runs on every word of the corpus, so
/// it allocates nothing.
pub(crate) fn is_written_date_name(word: &str) -> bool {
    LEXICON.months.has_written(word) || LEXICON.weekdays.has_written(word)
}

/// The value of a count matched by [`NUMBER`]; `None` for vague words.
pub(super) fn number_value(word: &str) -> Option<u32> {
    const WORDS: [&str; 12] = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
    let word = word.trim().to_ascii_lowercase();
    if word == "a" || word == "an" {
        return Some(1);
    }
    if let Some(i) = WORDS.iter().position(|w| *w == word) {
        return Some(i as u32 + 1);
    }
    word.parse().ok()
}

/// The value (1..=4) of an ordinal matched by [`ORDINAL`].
pub(super) fn ordinal_value(word: &str) -> Option<u32> {
    match word.to_ascii_lowercase().as_str() {
        "first" | "1st" => Some(1),
        "second" | "2nd" => Some(2),
        "third" | "3rd" => Some(3),
        "fourth" | "4th" => Some(4),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_names_are_known_in_every_language_the_data_lists() {
        assert_eq!(month_number("Sept."), Some(9));
        assert_eq!(month_number("September"), Some(9));
        assert_eq!(month_number("Dec"), Some(12));
        assert_eq!(month_number("février"), Some(2));
        assert_eq!(month_number("févr."), Some(2));
        assert_eq!(month_number("setiembre"), Some(9));
        assert_eq!(month_number("März"), Some(3));
        assert_eq!(month_number("JULY"), Some(7), "text matched in any case");
        assert_eq!(month_number("Xy"), None);
        assert_eq!(month_number("Septic"), None, "whole names, not stems");
    }

    #[test]
    fn weekday_names_count_from_monday() {
        assert_eq!(weekday_number("Wednesday"), Some(2));
        assert_eq!(weekday_number("Sunday"), Some(6));
        assert_eq!(weekday_number("miércoles"), Some(2));
        assert_eq!(weekday_number("sexta-feira"), Some(4));
    }

    #[test]
    fn names_count_only_as_the_data_writes_them() {
        assert!(is_written_date_name("March"));
        assert!(is_written_date_name("mars"));
        assert!(!is_written_date_name("march"), "the verb");
        assert!(!is_written_date_name("may"), "the modal");
        assert!(!is_written_date_name("Mars"), "the planet");
    }

    #[test]
    fn the_shipped_words_build_every_fragment() {
        let words = &*LEXICON;
        for fragment in [&words.month, &words.month_full, &words.weekday, &words.day_suffix, &words.day_of, &words.year_of] {
            assert!(regex::Regex::new(fragment).is_ok(), "{fragment}");
        }
        let whole = regex::Regex::new(&format!("^{}$", words.month)).expect("valid");
        assert!(whole.is_match("janv.") && !whole.is_match("janv"), "a dotted abbreviation needs its dot");
        assert!(whole.is_match("Sept") && whole.is_match("Sept."), "an undotted one takes it or not");
        let first = regex::Regex::new(&words.month).expect("valid");
        assert_eq!(first.find("September 5").map(|m| m.as_str()), Some("September"), "longer names are tried first");
    }

    #[test]
    fn a_faulty_date_words_file_is_refused_with_a_reason() {
        let one = |months: &str, weekdays: &str| {
            format!(
                "[[language]]\ncode = \"xx\"\nmonths = {months}\nweekdays = {weekdays}\nday_suffixes = []\nday_month_links = []\nmonth_year_links = []\nmonth_cues = []\n\
                 byline_labels = []\nbyline_links = []\ndate_line_words = []\n"
            )
        };
        let twelve = |first: &str| format!("[[\"{first}\"], {}]", (2..=12).map(|m| format!("[\"m{m}x\"]")).collect::<Vec<_>>().join(", "));
        let seven = "[\"d0x\", \"d1x\", \"d2x\", \"d3x\", \"d4x\", \"d5x\", \"d6x\"]";
        assert!(Lexicon::from_toml(&one(&twelve("m1x"), seven)).is_ok());
        let short = Lexicon::from_toml(&one("[[\"m1x\"]]", seven)).expect_err("eleven months missing");
        assert!(short.contains("twelve months"), "{short}");
        let clash = Lexicon::from_toml(&one(&twelve("m2x"), seven)).expect_err("one name, two months");
        assert!(clash.contains("`m2x`"), "{clash}");
        let edge = Lexicon::from_toml(&one(&twelve("-m1"), seven)).expect_err("a name must start with a letter");
        assert!(edge.contains("start and end with a letter"), "{edge}");
    }

    #[test]
    fn number_words_and_digits_have_values() {
        assert_eq!(number_value("six"), Some(6));
        assert_eq!(number_value("a"), Some(1));
        assert_eq!(number_value("12"), Some(12));
        assert_eq!(number_value("several"), None);
        assert_eq!(ordinal_value("3rd"), Some(3));
    }
}
