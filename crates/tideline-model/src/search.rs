//! Text folding for search: case- and diacritic-insensitive, typographic
//! quotes made plain, CJK text left as it is (the query engine matches by
//! substring, so a Chinese word is found inside an unsegmented run).
//!
//! Written by hand rather than with `unicode-normalization` because the
//! decomposition tables would cost the wasm more than the whole widget; the
//! table below covers the Latin letters news text uses.

/// Folds `text` for matching: lowercase, Latin diacritics removed,
/// curly quotes and dashes replaced by their ASCII forms.
pub fn fold_for_search(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match fold_char(c) {
            Some(plain) => out.push_str(plain),
            None => out.extend(c.to_lowercase()),
        }
    }
    out
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
    fn chinese_text_is_kept_as_it_is() {
        assert_eq!(fold_for_search("关于推动平台经济"), "关于推动平台经济");
    }
}
