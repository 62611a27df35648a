//! Text folding for search: case- and diacritic-insensitive, typographic
//! quotes made plain, CJK text left as it is (the query engine matches by
//! substring, so a Chinese word is found inside an unsegmented run).
//!
//! Written by hand rather than with `unicode-normalization` because the
//! decomposition tables would cost the wasm more than the whole widget; the
//! table below covers the Latin letters news text uses. Lowercasing is
//! arithmetic over the cased blocks news text uses (Latin, Greek, Cyrillic,
//! full-width Latin) instead of `char::to_lowercase`, whose Unicode table
//! would add about 11 KB to the wasm; other scripts are left as they are.

/// Folds `text` for matching: lowercase, Latin diacritics removed,
/// curly quotes and dashes replaced by their ASCII forms.
pub fn fold_for_search(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        push_folded(&mut out, c);
    }
    out
}

/// Calls `each` with every whitespace-separated word of `text`, folded: the
/// same words as `fold_for_search(text).split_whitespace()`, in one pass and
/// without building the folded text (the query engine indexes a corpus so).
pub fn for_each_folded_word(text: &str, mut each: impl FnMut(&str)) {
    let mut folded = String::new();
    let mut emit = |word: &str| {
        // Most words of any corpus are already folded: no copy for those.
        if word.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
            each(word);
        } else {
            folded.clear();
            word.chars().for_each(|c| push_folded(&mut folded, c));
            each(&folded);
        }
    };
    // Split at ASCII whitespace by bytes (always a char boundary); only a
    // chunk holding other characters is split again for Unicode spaces.
    let mut start = 0;
    for (at, byte) in text.bytes().enumerate().chain(std::iter::once((text.len(), b' '))) {
        if byte.is_ascii_whitespace() || byte == 0x0B {
            let chunk = text.get(start..at).unwrap_or_default();
            match chunk.is_ascii() {
                true if !chunk.is_empty() => emit(chunk),
                true => {}
                false => chunk.split_whitespace().for_each(&mut emit),
            }
            start = at + 1;
        }
    }
}

/// Appends the folded form of `c` to `out`.
fn push_folded(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    match fold_char(c) {
        Some(plain) => out.push_str(plain),
        None => out.push(lowercase(c)),
    }
}

/// The lowercase form of `c` in the blocks news text is written in; any
/// other character unchanged. Agrees with `char::to_lowercase` wherever that
/// maps one character to one (tested over every covered block).
fn lowercase(c: char) -> char {
    let code = u32::from(c);
    let lower = match code {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => code + 0x20,
        // Latin Extended-A pairs capitals with the next code point; the
        // pairing flips parity after the dotless i and again after ŉ.
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if code % 2 == 0 => code + 1,
        0x139..=0x148 | 0x179..=0x17E if code % 2 == 1 => code + 1,
        0x130 => 0x69,
        0x178 => 0xFF,
        0x391..=0x3A1 | 0x3A3..=0x3AB => code + 0x20,
        0x386 => 0x3AC,
        0x388..=0x38A => code + 0x25,
        0x38C => 0x3CC,
        0x38E..=0x38F => code + 0x3F,
        0x400..=0x40F => code + 0x50,
        0x410..=0x42F => code + 0x20,
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F if code % 2 == 0 => code + 1,
        0x4C1..=0x4CE if code % 2 == 1 => code + 1,
        0x4C0 => 0x4CF,
        0xFF21..=0xFF3A => code + 0x20,
        _ => code,
    };
    char::from_u32(lower).unwrap_or(c)
}

fn fold_char(c: char) -> Option<&'static str> {
    Some(match c {
        'À'..='Å' | 'à'..='å' | 'Ā' | 'ā' | 'Ă' | 'ă' | 'Ą' | 'ą' => "a",
        'Æ' | 'æ' => "ae",
        'Ç' | 'ç' | 'Ć' | 'ć' | 'Č' | 'č' => "c",
        'Ď' | 'ď' | 'Đ' | 'đ' => "d",
        'È'..='Ë' | 'è'..='ë' | 'Ē' | 'ē' | 'Ę' | 'ę' | 'Ě' | 'ě' => "e",
        'Ì'..='Ï' | 'ì'..='ï' | 'Ī' | 'ī' | 'İ' | 'ı' => "i",
        'Ł' | 'ł' | 'Ľ' | 'ľ' => "l",
        'Ñ' | 'ñ' | 'Ń' | 'ń' | 'Ň' | 'ň' => "n",
        'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' | 'Ō' | 'ō' | 'Ő' | 'ő' => "o",
        'Œ' | 'œ' => "oe",
        'Ř' | 'ř' => "r",
        'Ś' | 'ś' | 'Š' | 'š' | 'Ş' | 'ş' => "s",
        'ß' => "ss",
        'Ť' | 'ť' | 'Ţ' | 'ţ' => "t",
        'Ù'..='Ü' | 'ù'..='ü' | 'Ū' | 'ū' | 'Ů' | 'ů' | 'Ű' | 'ű' => "u",
        'Ý' | 'ý' | 'ÿ' | 'Ÿ' => "y",
        'Ź' | 'ź' | 'Ż' | 'ż' | 'Ž' | 'ž' => "z",
        'ǎ' | 'Ǎ' => "a",
        'ǐ' | 'Ǐ' => "i",
        'ǒ' | 'Ǒ' => "o",
        'ǔ' | 'Ǔ' | 'ǖ' | 'ǘ' | 'ǚ' | 'ǜ' => "u",
        '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' => "'",
        '\u{201C}' | '\u{201D}' | '\u{201F}' => "\"",
        '\u{2010}'..='\u{2015}' => "-",
        '\u{0300}'..='\u{036F}' => "", // combining marks left by decomposed input
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_and_diacritics() {
        assert_eq!(fold_for_search("Zhōu Hào’s CAFÉ"), "zhou hao's cafe");
    }

    #[test]
    fn lowercase_agrees_with_the_standard_library_where_it_applies() {
        let blocks = [0x0..=0x17F, 0x386..=0x3CE, 0x400..=0x52F, 0xFF00..=0xFF5E];
        for c in blocks.into_iter().flatten().filter_map(char::from_u32) {
            let mut std_lower = c.to_lowercase();
            let expected = match (std_lower.next(), std_lower.next()) {
                (Some(one), None) => one,
                _ => continue, // İ → i̇ takes two characters: we map it to i
            };
            assert_eq!(lowercase(c), expected, "{c:?} (U+{:04X})", u32::from(c));
        }
    }

    #[test]
    fn folded_words_are_the_words_of_the_folded_text() {
        let text = "  Zhōu Hào’s\tCAFÉ—déjà vu\n关于 推动\u{3000}平台\u{a0}x\u{b}y ";
        let mut words = Vec::new();
        for_each_folded_word(text, |w| words.push(w.to_owned()));
        let expected: Vec<String> = fold_for_search(text).split_whitespace().map(str::to_owned).collect();
        assert_eq!(words, expected);
        assert_eq!(words, ["zhou", "hao's", "cafe-deja", "vu", "关于", "推动", "平台", "x", "y"]);
    }

    #[test]
    fn chinese_text_is_kept_as_it_is() {
        assert_eq!(fold_for_search("关于推动平台经济"), "关于推动平台经济");
    }
}
