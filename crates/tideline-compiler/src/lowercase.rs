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
    fn only_the_kelvin_sign_and_dotted_capital_i_lowercase_to_ascii() {
        let to_ascii = |c: char| !c.is_ascii() && c.to_lowercase().any(|l| l.is_ascii());
        let found: Vec<char> = (0..=char::MAX as u32).filter_map(char::from_u32).filter(|&c| to_ascii(c)).collect();
        assert_eq!(found, ['\u{130}', '\u{212A}']);
        assert!(ascii_case_matches_lowercase("Ünder ΣΑΣ 蚂蚁集团 ABC"));
        assert!(!ascii_case_matches_lowercase("\u{212A}elvin") && !ascii_case_matches_lowercase("İstanbul"));
    }
}
