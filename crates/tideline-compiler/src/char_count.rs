//! Character-count limits asked of whole paragraphs.

/// True when `text` holds at most `limit` characters, as
/// `text.chars().count() <= limit` says, without counting a text whose
/// byte length decides: a character takes one to four bytes, so up to
/// `limit` bytes is within the limit and over `4 * limit` is past it.
/// Headline and byline checks ask this of every paragraph.
pub(crate) fn has_at_most_chars(text: &str, limit: usize) -> bool {
    text.len() <= limit || (text.len() <= limit.saturating_mul(4) && text.chars().count() <= limit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_counting_every_character() {
        let texts = ["", "abc", "蚂蚁集团", "naïve café", "𝄞𝄞", "a long line of plain ASCII words", "蚂蚁集团蚂蚁集团 and more 蚂蚁"];
        for text in texts {
            for limit in 0..40 {
                assert_eq!(has_at_most_chars(text, limit), text.chars().count() <= limit, "{text:?} {limit}");
            }
        }
    }
}
