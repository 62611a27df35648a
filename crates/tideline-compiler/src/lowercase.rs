//! Lowercasing, which every dated sentence goes through several times.

/// `text` lowercased as [`str::to_lowercase`] does, with a fast path for
/// ASCII text (most news prose), where lowercasing is byte for byte.
pub(crate) fn lowercase(text: &str) -> String {
    if text.is_ascii() {
        ascii_lowercase(text)
    } else {
        text.to_lowercase()
    }
}

/// `text.to_ascii_lowercase()`, eight bytes at a time: the standard
/// library lowercases byte by byte, and every dated sentence is lowercased
/// two or three times.
pub(crate) fn ascii_lowercase(text: &str) -> String {
    let mut bytes = text.as_bytes().to_vec();
    let mut chunks = bytes.chunks_exact_mut(8);
    for chunk in &mut chunks {
        if let Ok(word) = <[u8; 8]>::try_from(&*chunk) {
            chunk.copy_from_slice(&lowercase_word(u64::from_le_bytes(word)).to_le_bytes());
        }
    }
    chunks.into_remainder().make_ascii_lowercase();
    // Only ASCII letters changed, to ASCII letters: still the UTF-8 it was.
    String::from_utf8(bytes).unwrap_or_else(|_| text.to_ascii_lowercase())
}

/// Eight bytes with each ASCII capital lowercased and every other byte
/// (non-ASCII ones included) kept. Each byte's top bit flags, after adding
/// to its low seven bits, whether they reach 'A' and whether they pass 'Z';
/// no sum carries into the next byte.
fn lowercase_word(word: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const TOP: u64 = ONES * 0x80;
    let low = word & !TOP;
    let from_a = low + ONES * (0x80 - u64::from(b'A'));
    let past_z = low + ONES * (0x80 - u64::from(b'Z' + 1));
    let capital = from_a & !past_z & !word & TOP;
    word | (capital >> 2)
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
    fn ascii_lowercasing_eight_bytes_at_a_time_matches_the_standard_library() {
        let every_byte: String = (0u8..=127).map(char::from).collect();
        for text in [every_byte.as_str(), "", "AZ@[`{az", "The PBOC Fined ANT Group on July 7, 2023.", "Ünder ΣΑΣ İstanbul ABCDEFGHIJ 蚂蚁集团 XYZ"]
        {
            for start in 0..text.len().min(9) {
                if let Some(part) = text.get(start..) {
                    assert_eq!(ascii_lowercase(part), part.to_ascii_lowercase(), "{part:?}");
                }
            }
        }
    }

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
