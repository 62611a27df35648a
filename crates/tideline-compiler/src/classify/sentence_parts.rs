//! What the words around a cue say of it: whether it stands in a
//! condition ("if the code became law"), in a name ("the Inflation
//! Reduction Act"), in quotes or past the main clause, and whether the
//! sentence's subject is a market ("NetEase shares closed down").

use super::stands_as_cue;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::borrow::Cow;
use std::ops::Range;
use std::sync::LazyLock;

/// Every occurrence of each of `words` in `text`, with where it starts.
pub(super) fn occurrences<'a>(text: &'a str, words: &'a [String]) -> impl Iterator<Item = (&'a str, usize)> + 'a {
    words.iter().flat_map(move |w| text.match_indices(w.as_str()).map(move |(at, _)| (w.as_str(), at)))
}

/// True when `word` stands at `at` of `bytes` as a whole word.
fn whole_word_at(bytes: &[u8], word: &str, at: usize) -> bool {
    stands_as_cue(bytes, word, at..at + word.len()) && !bytes.get(at + word.len()).is_some_and(u8::is_ascii_alphanumeric)
}

/// The spans of the lowercased `text` that are conditions: from each
/// opener found ("if", "unless", with where it starts) to the next comma,
/// semicolon or the end.
pub(super) fn conditions<'w>(text: &str, openers: impl Iterator<Item = (&'w str, usize)>) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    openers
        .filter(|&(opener, at)| whole_word_at(bytes, opener, at))
        .map(|(_, at)| at..text[at..].find([',', ';']).map_or(text.len(), |n| at + n))
        .collect()
}

/// How many words open a sentence or clause where its subject stands.
const SUBJECT_WORDS: usize = 5;

/// True when one of the `subjects` found (with where each starts) is among
/// the first words of the lowercased `text`, or of the clause after its
/// first comma when an opening phrase ends there ("On Monday, NetEase
/// shares fell"). `original` is the text before lowercasing when offsets
/// agree (else empty): a capital inside the clause makes a word part of a
/// name ("the Commodity Futures Trading Commission").
pub(super) fn has_subject<'w>(text: &str, original: &str, mut subjects: impl Iterator<Item = (&'w str, usize)>) -> bool {
    let opening = |from: usize| {
        let rest = &text[from..];
        let end = rest.split_whitespace().take(SUBJECT_WORDS).last().map_or(0, |w| w.as_ptr() as usize - rest.as_ptr() as usize + w.len());
        from..from + end
    };
    let first = opening(0);
    let after_comma = text.find(", ").filter(|&c| text[..c].split_whitespace().nth(7).is_none()).map(|c| opening(c + 2));
    let bytes = text.as_bytes();
    subjects.any(|(word, at)| {
        let Some(head) = [Some(&first), after_comma.as_ref()].into_iter().flatten().find(|h| h.start <= at && at + word.len() <= h.end) else {
            return false;
        };
        let in_a_name = at > head.start && original.as_bytes().get(at).is_some_and(u8::is_ascii_uppercase);
        whole_word_at(bytes, word, at) && !in_a_name
    })
}

/// Words that open a subordinate clause, or a participle clause of
/// reported speech ("dismissed the complaint, saying the agency had not
/// shown …").
pub(super) const CLAUSE_OPENERS: [&str; 8] = [" that ", " which ", ", who ", ", saying ", ", arguing ", ", adding ", ", finding ", ", noting "];

/// Finds the first clause opener in one pass over the sentence rather than
/// one search per opener.
static CLAUSE_OPENER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostFirst)
        .ascii_case_insensitive(true)
        .build(CLAUSE_OPENERS)
        .expect("clause openers are plain strings")
});

/// Where the main clause of `text` ends: at its first clause opener
/// (ignoring ASCII case), else at its end.
pub(super) fn main_clause_end(text: &str) -> usize {
    CLAUSE_OPENER.find(text).map_or(text.len(), |m| m.start())
}

/// True when the word at byte `at` of `sentence` is one of a run of
/// capitalised words past the sentence's first: part of a name ("the Clean
/// Power Plan", "the carrier True Confidence"). A capitalised word alone is
/// not ("Das Verbot gilt", as German writes every noun).
pub(super) fn inside_name(sentence: &str, at: usize) -> bool {
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let Some(rest) = sentence.get(at..).filter(|rest| capitalised(rest)) else { return false };
    let before = sentence[..at].trim_end();
    let previous = before.rsplit(char::is_whitespace).next().unwrap_or("");
    // The sentence's first word is capitalised whatever it is.
    let joined_before = previous.len() < before.len() && capitalised(previous) && !previous.ends_with([',', '.', ':', ';']);
    let word = rest.split(char::is_whitespace).next().unwrap_or("");
    let next = rest[word.len()..].split_whitespace().next().unwrap_or("");
    let joined_after = capitalised(next) && !word.ends_with([',', '.', ':', ';']);
    !before.is_empty() && (joined_before || joined_after)
}

/// True when the cue of two words or more at bytes `cue` of `sentence` is
/// the whole capitalised run it stands in: "received Royal Assent on …"
/// writes a term in capitals, where "the Clean Power Plan" names a thing.
pub(super) fn is_whole_name(sentence: &str, cue: Range<usize>) -> bool {
    let (Some(text), Some(before), Some(after)) = (sentence.get(cue.clone()), sentence.get(..cue.start), sentence.get(cue.end..)) else {
        return false;
    };
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    // A quoted title ("… Healthy and Sustained Development”") is a name, and
    // so is a run its small words join ("Ministry of Fair Trade").
    let ends_word = !after.starts_with(|c: char| c.is_alphanumeric() || matches!(c, '"' | '”' | '’' | '\''));
    let mut words_before = before.split_whitespace().rev();
    let previous = words_before.next().unwrap_or("");
    let joined = matches!(previous, "and" | "of" | "for" | "the" | "&" | "on" | "to" | "in") && words_before.next().is_some_and(capitalised);
    let next = after.split_whitespace().next().unwrap_or("");
    text.contains(' ') && ends_word && !capitalised(previous) && !joined && !capitalised(next)
}

/// True when `text` has a quotation mark. One memchr per mark: a set of
/// characters would decode every character.
pub(super) fn has_quotes(text: &str) -> bool {
    text.contains('"') || text.contains('“') || text.contains('”')
}

/// `text` with the words inside quotation marks left out.
pub(super) fn without_quotes(text: &str) -> Cow<'_, str> {
    if !has_quotes(text) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '“' => quoted = true,
            '”' => quoted = false,
            '"' => quoted = !quoted,
            _ if !quoted => out.push(c),
            _ => {}
        }
    }
    Cow::Owned(out)
}
