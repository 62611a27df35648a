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
//! pattern as written is compiled only once a text needs it. On those texts
//! `\w` matches only ASCII characters too, so the twin spells it as an ASCII
//! class: Unicode's `\w` took most of the time compiling the twins. (So
//! would `\d`, but an ASCII `\d` lets the amount search use a prefilter
//! that stops at every digit, which is slower on news text.)

use regex::Regex;
use std::sync::{LazyLock, OnceLock};

/// Any word character (Unicode `\w`) outside ASCII.
static NON_ASCII_WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[\w&&[^\x00-\x7F]]").expect("valid regex"));

/// True when `text` holds a word character outside ASCII ("é", "中", "٣"),
/// the only case where Unicode and ASCII word boundaries differ.
fn has_non_ascii_word(text: &str) -> bool {
    !text.is_ascii() && NON_ASCII_WORD.is_match(text)
}

/// The characters `\w` matches in ASCII, as a class's contents.
const ASCII_WORD: &str = "0-9A-Za-z_";

/// `pattern` with each `\b` made ASCII-only and each `\w` spelled as the
/// ASCII class it matches where no non-ASCII word character is. The
/// pattern must not hold a class that opens with `]` (`[]a]`).
fn ascii_twin(pattern: &str) -> String {
    let mut twin = String::with_capacity(pattern.len() + 32);
    let mut class_depth = 0usize;
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('w') if class_depth > 0 => twin.push_str(ASCII_WORD),
                Some('w') => {
                    twin.push('[');
                    twin.push_str(ASCII_WORD);
                    twin.push(']');
                }
                Some('b') if class_depth == 0 => twin.push_str(r"(?-u:\b)"),
                Some(escaped) => {
                    twin.push('\\');
                    twin.push(escaped);
                }
                None => twin.push('\\'),
            },
            '[' => {
                class_depth += 1;
                twin.push(c);
            }
            ']' if class_depth > 0 => {
                class_depth -= 1;
                twin.push(c);
            }
            _ => twin.push(c),
        }
    }
    twin
}

/// A pattern with each `\b` made ASCII-only, and as written when needed.
pub struct BoundaryRegex {
    pattern: String,
    unicode: OnceLock<Regex>,
    ascii: Regex,
}

impl BoundaryRegex {
    /// Compiles the ASCII twin of `pattern` (see [`ascii_twin`]).
    pub fn new(pattern: &str) -> Result<Self, regex::Error> {
        let ascii = Regex::new(&ascii_twin(pattern))?;
        Ok(BoundaryRegex { pattern: pattern.to_owned(), unicode: OnceLock::new(), ascii })
    }

    /// The pattern as written. It differs from the twin that compiled only
    /// in the kind of its word boundaries and classes, so it compiles too.
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
    fn the_twin_spells_word_classes_in_ascii() {
        assert_eq!(ascii_twin(r"\b\d[\d,]*\s\$[\w&'’.-]\\w\W"), r"(?-u:\b)\d[\d,]*\s\$[0-9A-Za-z_&'’.-]\\w\W");
        assert_eq!(ascii_twin(r"[\w&&[^\d]]\w"), r"[0-9A-Za-z_&&[^\d]][0-9A-Za-z_]");
    }

    #[test]
    fn the_twin_with_ascii_classes_matches_the_same_where_it_is_picked() {
        let pattern = r"(?i)\b(?:[A-Z][\w&'’.-]*\s+){1,3}(?:Bank|Group)\b|(?:US\$|€|£)\s?\d[\d,]*(?:\.\d+)?\b|\b\w+_\d\b";
        let regex = BoundaryRegex::new(pattern).expect("valid pattern");
        for text in ["The K&L Bank’s O’Neil Group paid £5,000.50 and US$ 7", "€\u{A0}3 to X-Ray Group — “A.B Bank”", "snake_1 and x_22 5 percent"]
        {
            assert!(std::ptr::eq(regex.for_text(text), &regex.ascii), "{text}");
            assert_eq!(matches(&regex.ascii, text), matches(regex.unicode(), text), "{text}");
        }
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
