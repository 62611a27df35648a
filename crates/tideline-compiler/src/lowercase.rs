//! Lowercasing, which every dated sentence goes through several times.

/// `text` lowercased as [`str::to_lowercase`] does, with a fast path for
/// ASCII text (most news prose), where lowercasing is byte for byte.
pub(crate) fn lowercase(text: &str) -> String {
    if text.is_ascii() {
        text.to_ascii_lowercase()
    } else {
        text.to_lowercase()
    }
}

/// True when matching ASCII words in `text` ignoring ASCII case finds the
/// same words, at the same places, as matching them in `text` lowercased.
/// Only two non-ASCII characters lowercase to ASCII letters: the Kelvin
/// sign (to "k") and "İ" (to "i" and a combining dot); any other character
/// lowercases to non-ASCII ones, so the ASCII bytes stay the same around it.
/// (Each `contains` of one character runs memchr; a set of characters
/// would decode every character.)
pub(crate) fn ascii_case_matches_lowercase(text: &str) -> bool {
    text.is_ascii() || !(text.contains('\u{212A}') || text.contains('\u{130}'))
}

/// True when `text` lowercases byte for byte, as ASCII text does: every
/// other character it has is its own lowercase (CJK, punctuation, "é").
/// Then `lowercase(text)` is `text.to_ascii_lowercase()`, and lowercasing a
/// part of it gives that part of the lowercased whole.
pub(crate) fn lowercases_byte_for_byte(text: &str) -> bool {
    text.is_ascii() || text.chars().all(|c| c.is_ascii() || is_own_lowercase(c))
}

/// True when `c` lowercases to itself alone.
fn is_own_lowercase(c: char) -> bool {
    let mut lower = c.to_lowercase();
    lower.next() == Some(c) && lower.next().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercases_as_the_standard_library_does() {
        for text in ["", "The PBOC Fined ANT Group on July 7, 2023.", "Ünder ΣΑΣ İstanbul \u{212A}elvin", "蚂蚁集团 ABC"] {
            assert_eq!(lowercase(text), text.to_lowercase(), "{text}");
        }
    }

    #[test]
    fn text_that_lowercases_byte_for_byte_lowercases_as_ascii() {
        for text in ["The PBOC Fined ANT", "“Quoted” café 蚂蚁集团 ABC", "naïve — 50% of ¥1", ""] {
            assert!(lowercases_byte_for_byte(text), "{text}");
            assert_eq!(text.to_ascii_lowercase(), text.to_lowercase(), "{text}");
        }
        for text in ["Ünder", "ΣΑΣ", "İstanbul", "\u{212A}elvin", "Ǆ", "Ⅻ"] {
            assert!(!lowercases_byte_for_byte(text), "{text}");
        }
    }

    #[test]
    fn only_the_kelvin_sign_and_dotted_capital_i_lowercase_to_ascii() {
        let to_ascii = |c: char| !c.is_ascii() && c.to_lowercase().any(|l| l.is_ascii());
        let found: Vec<char> = (0..=char::MAX as u32).filter_map(char::from_u32).filter(|&c| to_ascii(c)).collect();
        assert_eq!(found, ['\u{130}', '\u{212A}']);
        assert!(ascii_case_matches_lowercase("Ünder ΣΑΣ 蚂蚁集团 ABC"));
        assert!(!ascii_case_matches_lowercase("\u{212A}elvin") && !ascii_case_matches_lowercase("İstanbul"));
    }
}
