//! Where the reader's search words occur in a sentence, so the detail card
//! can wrap them in `<mark>`. Matching folds case and accents exactly as the
//! query engine does, then maps positions back to the original text.

use core::ops::Range;
use tideline_model::{fold_for_search, match_starts};

/// Byte ranges of `text` matching any word of `query`, sorted and merged.
pub fn matched_ranges(text: &str, query: &str) -> Vec<Range<usize>> {
    // folded text, and for each folded byte the original char it came from
    let mut folded = String::with_capacity(text.len());
    let mut origin: Vec<Range<usize>> = Vec::with_capacity(text.len());
    for (at, c) in text.char_indices() {
        let piece = fold_for_search(c.encode_utf8(&mut [0; 4]));
        folded.push_str(&piece);
        origin.extend(core::iter::repeat_n(at..at + c.len_utf8(), piece.len()));
    }
    let mut ranges: Vec<Range<usize>> = Vec::new();
    for term in fold_for_search(query).split_whitespace() {
        for at in match_starts(&folded, term) {
            let (first, last) = (&origin[at], &origin[at + term.len() - 1]);
            ranges.push(first.start..last.end);
        }
    }
    // Insertion keeps the wasm free of a generic sort; there are few matches.
    ranges = ranges.into_iter().fold(Vec::new(), |mut sorted: Vec<Range<usize>>, range| {
        let at = sorted.partition_point(|r| (r.start, r.end) <= (range.start, range.end));
        sorted.insert(at, range);
        sorted
    });
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for range in ranges {
        match merged.last_mut() {
            Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
            _ => merged.push(range),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(text: &str, query: &str) -> Vec<String> {
        matched_ranges(text, query).into_iter().map(|r| text[r].to_owned()).collect()
    }

    #[test]
    fn every_word_of_the_query_is_found_ignoring_case() {
        assert_eq!(marked("Ant Group was fined; the fine was paid.", "FINE ant"), ["Ant", "fine", "fine"]);
    }

    #[test]
    fn accents_fold_but_the_original_letters_are_marked() {
        assert_eq!(marked("Zhōu Hào met the CAFÉ owner", "zhou cafe"), ["Zhōu", "CAFÉ"]);
    }

    #[test]
    fn overlapping_words_merge_into_one_mark() {
        assert_eq!(marked("regulators", "regul lators"), ["regulators"]);
    }

    #[test]
    fn an_empty_query_marks_nothing() {
        assert!(matched_ranges("anything", "  ").is_empty());
    }
}
