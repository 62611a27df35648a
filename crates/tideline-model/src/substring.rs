//! Substring search over bytes, for the short words and sentences Tideline
//! searches. Written by hand because `str::contains(&str)` brings core's
//! Two-Way searcher into the wasm (about 1 KB gzip) and builds its tables on
//! every call, which costs more than it saves on texts this short.

/// Where `needle` first occurs in `haystack`, in bytes; 0 for an empty needle.
/// A match of valid UTF-8 always starts on a character boundary.
pub fn find(haystack: &str, needle: &str) -> Option<usize> {
    find_bytes(haystack.as_bytes(), needle.as_bytes())
}

/// [`find`] over bytes (the search index's words are bytes).
pub(crate) fn find_bytes(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    let Some((&first, rest)) = needle.split_first() else { return Some(0) };
    let last_start = haystack.len().checked_sub(needle.len())?;
    (0..=last_start).find(|&at| haystack[at] == first && haystack[at + 1..at + needle.len()] == *rest)
}

/// Whether `needle` occurs in `haystack`.
pub fn contains(haystack: &str, needle: &str) -> bool {
    find(haystack, needle).is_some()
}

/// Where each occurrence of a non-empty `needle` starts, left to right, each
/// after the end of the one before (as `str::match_indices` finds them).
pub fn match_starts<'a>(haystack: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    let mut from = Some(0).filter(|_| !needle.is_empty());
    core::iter::from_fn(move || {
        let start = from?;
        let at = start + find(haystack.get(start..)?, needle)?;
        from = Some(at + needle.len());
        Some(at)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_first_occurrence_in_bytes() {
        assert_eq!(find("antitrust fine", "fine"), Some(10));
        assert_eq!(find("fine", "fine"), Some(0));
        assert_eq!(find("fin", "fine"), None);
        assert_eq!(find("zhōngguó reform", "reform"), Some(11));
        assert_eq!(find("anything", ""), Some(0));
        assert!(contains("ant group", "t g"));
        assert!(!contains("ant group", "tg"));
    }

    #[test]
    fn match_starts_are_those_of_match_indices() {
        for (haystack, needle) in [("aaaa", "aa"), ("fine, fined, refined", "fine"), ("éé é", "é"), ("abc", "x"), ("", "a")] {
            let expected: Vec<usize> = haystack.match_indices(needle).map(|(at, _)| at).collect();
            assert_eq!(match_starts(haystack, needle).collect::<Vec<_>>(), expected, "{needle} in {haystack}");
        }
        assert_eq!(match_starts("abc", "").count(), 0);
    }
}
