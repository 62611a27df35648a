//! Sentence segmentation (stand-in until the real segmenter lands).

/// A sentence of a block, with its byte range in the block's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence<'a> {
    /// The sentence, trimmed.
    pub text: &'a str,
    /// Byte range of `text` in the block.
    pub range: std::ops::Range<usize>,
}

/// Splits a block's text into sentences.
pub fn split_sentences(text: &str) -> Vec<Sentence<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for (i, _) in text.match_indices(". ") {
        if i + 2 < bytes.len() && bytes[i + 2].is_ascii_uppercase() {
            out.push(Sentence { text: &text[start..=i], range: start..i + 1 });
            start = i + 2;
        }
    }
    if start < text.len() {
        out.push(Sentence { text: &text[start..], range: start..text.len() });
    }
    out
}
