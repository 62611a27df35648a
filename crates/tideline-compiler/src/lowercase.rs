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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercases_as_the_standard_library_does() {
        for text in ["", "The PBOC Fined ANT Group on July 7, 2023.", "Ünder ΣΑΣ İstanbul \u{212A}elvin", "蚂蚁集团 ABC"] {
            assert_eq!(lowercase(text), text.to_lowercase(), "{text}");
        }
    }
}
