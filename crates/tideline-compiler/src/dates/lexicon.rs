//! Words the rules recognise — month and weekday names, number words — and the
//! regex fragments built from them. Pure lookups with no state.
//!
//! Month and weekday names are matched capitalised only, so the modal "may"
//! and the verb "march" are never months.

/// A month name, full or abbreviated ("Sept." and "Sep" included).
pub(super) const MONTH: &str = r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?";

/// A full month name; rules that see a month without a day use only these,
/// because "Jan" or "Mar" alone is more often a name than a date.
pub(super) const MONTH_FULL: &str = r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b";

/// A weekday name.
pub(super) const WEEKDAY: &str = r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b";

/// A small count written as a word or as one or two digits.
pub(super) const NUMBER: &str = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[0-9]{1,2})";

/// An English ordinal for a quarter or a half: "third", "3rd".
pub(super) const ORDINAL: &str = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)";

/// The month number (1..=12) of a month name, judged by its first three letters.
pub(super) fn month_number(name: &str) -> Option<u32> {
    const STEMS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    let stem = name.get(..3)?;
    STEMS.iter().position(|s| s.eq_ignore_ascii_case(stem)).map(|i| i as u32 + 1)
}

/// The weekday number (0 = Monday … 6 = Sunday) of a weekday name.
pub(super) fn weekday_number(name: &str) -> Option<u32> {
    const STEMS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    let stem = name.get(..3)?;
    STEMS.iter().position(|s| s.eq_ignore_ascii_case(stem)).map(|i| i as u32)
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
    fn month_names_are_known_by_their_stem() {
        assert_eq!(month_number("Sept."), Some(9));
        assert_eq!(month_number("September"), Some(9));
        assert_eq!(month_number("Dec"), Some(12));
        assert_eq!(month_number("Xy"), None);
    }

    #[test]
    fn weekday_names_count_from_monday() {
        assert_eq!(weekday_number("Wednesday"), Some(2));
        assert_eq!(weekday_number("Sunday"), Some(6));
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
