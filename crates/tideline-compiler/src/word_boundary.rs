//! Patterns with Unicode word boundaries (`\b`), run on the fast engine
//! whenever that gives the same matches.
//!
//! The regex crate's lazy DFA cannot look at a Unicode `\b` next to a
//! non-ASCII byte: it stops there and the whole search is redone by a far
//! slower engine, so one `£` or `€` in a sentence made the organisation and
//! amount searches several times dearer. Where a text has no non-ASCII word
//! character, a Unicode `\b` and an ASCII `\b` hold at exactly the same
//! places (every non-ASCII character is then a non-word character for both),
//! so such texts are searched with the pattern's ASCII-boundary twin. The
//! pattern as written is compiled only once a text needs it.

use regex::Regex;
use std::sync::{LazyLock, OnceLock};

/// Any word character (Unicode `\w`) outside ASCII.
static NON_ASCII_WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[\w&&[^\x00-\x7F]]").expect("valid regex"));

/// True when `text` holds a word character outside ASCII ("é", "中", "٣"),
/// the only case where Unicode and ASCII word boundaries differ.
fn has_non_ascii_word(text: &str) -> bool {
    !text.is_ascii() && NON_ASCII_WORD.is_match(text)
}

/// A pattern with each `\b` made ASCII-only, and as written when needed.
pub struct BoundaryRegex {
    pattern: String,
    unicode: OnceLock<Regex>,
    ascii: Regex,
}

impl BoundaryRegex {
    /// Compiles the ASCII-boundary twin of `pattern`, which must not hold
    /// a `\b` inside a character class or after an escaped backslash.
    pub fn new(pattern: &str) -> Result<Self, regex::Error> {
        let ascii = Regex::new(&pattern.replace(r"\b", r"(?-u:\b)"))?;
        Ok(BoundaryRegex { pattern: pattern.to_owned(), unicode: OnceLock::new(), ascii })
    }

    /// The pattern as written. It differs from the twin that compiled only
    /// in the kind of its word boundaries, so it compiles too.
    fn unicode(&self) -> &Regex {
        self.unicode.get_or_init(|| Regex::new(&self.pattern).expect("valid, as its ASCII-boundary twin is"))
    }

    /// The compiled pattern to search `text` with: both give the same
    /// matches on it, and the ASCII twin is picked whenever it may be.
    pub fn for_text(&self, text: &str) -> &Regex {
        if has_non_ascii_word(text) {
            self.unicode()
        } else {
            &self.ascii
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matches<'t>(regex: &Regex, text: &'t str) -> Vec<&'t str> {
        regex.find_iter(text).map(|m| m.as_str()).collect()
    }

    #[test]
    fn only_non_ascii_word_characters_need_the_unicode_pattern() {
        assert!(!has_non_ascii_word("A fine of £5 million — or €6 million, “they” said."));
        assert!(has_non_ascii_word("Gómez said so."));
        assert!(has_non_ascii_word("罚款34.42亿元"));
        assert!(has_non_ascii_word("digits ٣"));
    }

    #[test]
    fn the_twin_is_picked_only_where_it_matches_the_same() {
        let regex = BoundaryRegex::new(r"\b[A-Z]\w*\s+Bank\b|\b\d+\s?percent\b").expect("valid pattern");
        for text in ["£5 from the Central Bank, 5 percent.", "€2 to Xpress Bank—3 percent’s worth", "Banco Bank 4 percent", ""] {
            assert!(std::ptr::eq(regex.for_text(text), &regex.ascii), "{text}");
            assert_eq!(matches(&regex.ascii, text), matches(regex.unicode(), text), "{text}");
        }
        for text in ["Gómez Bank and éBank Bank", "中Bank Bank 5 percenté"] {
            assert!(std::ptr::eq(regex.for_text(text), regex.unicode()), "{text}");
            assert_ne!(matches(&regex.ascii, text), matches(regex.unicode(), text), "{text}");
        }
    }
}
