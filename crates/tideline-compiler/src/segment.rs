//! Sentence segmentation: splits a block's text into sentences with their
//! byte ranges. Hand-written because the rules are few and it runs on every
//! block of the corpus in one pass over the characters (no backtracking).
//!
//! A sentence ends at `.`, `!`, `?` (plus closing quotes or brackets) before
//! whitespace and an uppercase letter, digit, opening quote or CJK character,
//! and right after `。`, `！`, `？`. It does not end after an abbreviation
//! (`U.S.`, `Corp.`, `Sept.`, `J. K.`), inside a decimal, after an ellipsis, or
//! inside parentheses.
//!
//! A sentence longer than [`MAX_SENTENCE_BYTES`] is cut into pieces at
//! spaces: everything after segmentation costs up to dates × length per
//! sentence, and a hostile 100 KB line of dates must not cost that squared.

use std::ops::Range;

/// A sentence of a block, with its byte range in the block's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence<'a> {
    /// The sentence, trimmed.
    pub text: &'a str,
    /// Where `text` lies in the block's text.
    pub range: Range<usize>,
}

/// Words that end with a period without ending a sentence (lowercase, no period).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "corp", "inc", "ltd",
    "plc", "llc", "jr", "sr", "gov", "gen", "col", "lt", "sgt", "capt", "rep", "sen", "rev", "fig", "approx", "dept", "est", "mt", "ft", "vol", "pp",
    "cf", "al", "bros", "assn", "ave", "blvd",
];
/// Abbreviations only when capitalised: "No. 5", "St. Paul", "Co." (but "said no.").
const CAPITALISED_ABBREVIATIONS: &[&str] = &["No", "Nos", "St", "Co", "Rd"];
/// A parenthesis open longer than this (bytes) is taken as unbalanced: a
/// stray "(" must not stop splitting for the rest of the block.
const MAX_PARENTHETICAL: usize = 300;

/// The longest sentence (bytes) later stages see; longer ones are cut into
/// pieces of at most this length, at a space where there is one. Real
/// sentences stay well under it (a 60-word English sentence is about 400
/// bytes, a 200-character Chinese one 600).
pub const MAX_SENTENCE_BYTES: usize = 2_000;

/// True when `text` holds a sentence longer than [`MAX_SENTENCE_BYTES`],
/// which [`split_sentences`] cuts: the compiler names it in a warning.
pub fn has_overlong_sentence(text: &str) -> bool {
    text.len() > MAX_SENTENCE_BYTES && split_sentences_at_most(text, usize::MAX).iter().any(|s| s.text.len() > MAX_SENTENCE_BYTES)
}

/// Splits a block's text into sentences of at most [`MAX_SENTENCE_BYTES`].
/// A block that opens with a short label of its own ("December 2018.",
/// "2024, first half.", as a milestone list writes its items) keeps it with
/// the sentence it introduces: the label dates what follows.
pub fn split_sentences(text: &str) -> Vec<Sentence<'_>> {
    let mut sentences = split_sentences_at_most(text, MAX_SENTENCE_BYTES);
    if sentences.len() >= 2 && is_label(sentences[0].text) && sentences[1].range.end - sentences[0].range.start <= MAX_SENTENCE_BYTES {
        let range = sentences[0].range.start..sentences[1].range.end;
        sentences.splice(0..2, [Sentence { text: &text[range.clone()], range }]);
    }
    sentences
}

/// The most words a block's opening label has ("2024, first half.").
const MAX_LABEL_WORDS: usize = 4;

/// True when `sentence` is a short label holding a year, as a milestone
/// list opens its items with a date: "December 2018.", "Q3 2024:".
fn is_label(sentence: &str) -> bool {
    let is_year = |word: &str| {
        let digits = word.trim_matches(|c: char| !c.is_ascii_digit());
        digits.len() == 4 && digits.len() == word.trim_matches(|c: char| !c.is_alphanumeric()).len() && matches!(digits.as_bytes()[0], b'1' | b'2')
    };
    let words = sentence.split_whitespace();
    words.clone().count() <= MAX_LABEL_WORDS && words.into_iter().any(is_year)
}

/// Splits a block's text into sentences of at most `max` bytes. Jumps from one character that can
/// matter (a bracket, an ender, anything non-ASCII) to the next, then looks
/// ahead with cloned iterators rather than collecting them: this runs on
/// every block of the corpus, and decoding every character was 3% of a compile.
fn split_sentences_at_most(text: &str, max: usize) -> Vec<Sentence<'_>> {
    let mut sentences = Vec::new();
    let mut start = 0;
    let mut depth = 0usize;
    let mut opened_at = 0usize;
    let mut pos = 0;
    while let Some(at) = next_candidate(text.as_bytes(), pos) {
        // The skipped characters are ASCII, the last at `at - 1`: a
        // parenthesis open too long closes there, as if checked at each.
        if at > pos && depth > 0 && at - 1 > opened_at + MAX_PARENTHETICAL {
            depth = 0;
        }
        let Some(c) = text[at..].chars().next() else { break };
        pos = at + c.len_utf8();
        match c {
            '(' | '[' | '（' | '【' => {
                if depth == 0 {
                    opened_at = at;
                }
                depth += 1;
            }
            ')' | ']' | '）' | '】' => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth > 0 && at - opened_at > MAX_PARENTHETICAL {
            depth = 0;
        }
        let cjk_end = matches!(c, '。' | '！' | '？');
        if !(cjk_end || matches!(c, '.' | '!' | '?')) {
            continue;
        }
        // Take the whole run of enders ("?!", "...") and closing quotes/brackets.
        let mut chars = text[pos..].char_indices();
        let enders = next_while(&mut chars, |c| matches!(c, '.' | '!' | '?' | '。' | '！' | '？'));
        let ellipsis = c == '.' && enders >= 1;
        let mut rest = chars.clone();
        while let Some((_, closer)) = rest.next().filter(|&(_, c)| is_closer(c)) {
            if matches!(closer, ')' | ']' | '）' | '】') {
                depth = depth.saturating_sub(1);
            }
            chars = rest.clone();
        }
        let end = pos + chars.offset();
        let splits = depth == 0
            && !ellipsis
            && if cjk_end { true } else { starts_new_sentence(chars.clone().map(|(_, c)| c)) && !(c == '.' && is_abbreviation(&text[..at])) };
        if splits {
            push_trimmed(text, start..end, max, &mut sentences);
            start = end;
        }
        pos = end;
    }
    push_trimmed(text, start..text.len(), max, &mut sentences);
    sentences
}

/// Where, from `from` on, the next byte that can matter to splitting is:
/// an ASCII bracket or ender, or the first byte of a non-ASCII character
/// (the CJK brackets and enders are among those).
fn next_candidate(bytes: &[u8], from: usize) -> Option<usize> {
    let tail = bytes.get(from..)?;
    tail.iter().position(|&b| matches!(b, b'(' | b')' | b'[' | b']' | b'.' | b'!' | b'?') || b >= 0xC0).map(|i| from + i)
}

/// Advances `chars` past the characters that satisfy `take`, returning how many.
fn next_while(chars: &mut std::str::CharIndices<'_>, take: impl Fn(char) -> bool) -> usize {
    let mut taken = 0;
    let mut ahead = chars.clone();
    while ahead.next().is_some_and(|(_, c)| take(c)) {
        *chars = ahead.clone();
        taken += 1;
    }
    taken
}

/// Closing quotes and brackets that belong to the sentence before them.
fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '）' | '】' | '」' | '』' | '》')
}

/// Whitespace, then something that can open a sentence.
fn starts_new_sentence(rest: impl Iterator<Item = char>) -> bool {
    let mut spaced = false;
    for c in rest {
        if c.is_whitespace() {
            spaced = true;
            continue;
        }
        return spaced && (c.is_uppercase() || c.is_ascii_digit() || is_cjk(c) || matches!(c, '"' | '“' | '‘' | '\'' | '«' | '(' | '「' | '『'));
    }
    false
}

/// True when the word before a period (`before` ends just before it) is an
/// abbreviation, a dotted abbreviation (`U.S`, `e.g`, `a.m`) or an initial (`J`).
fn is_abbreviation(before: &str) -> bool {
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '‘' | '['))
        .map_or(0, |p| p + before[p..].chars().next().map_or(1, char::len_utf8));
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    let mut letters = word.chars();
    let single_upper = letters.next().is_some_and(char::is_uppercase) && letters.next().is_none();
    let dotted = word.contains('.') && word.split('.').all(|part| part.chars().count() == 1 && part.chars().all(char::is_alphabetic));
    single_upper || dotted || is_listed_abbreviation(word) || CAPITALISED_ABBREVIATIONS.contains(&word)
}

/// True when `word` lowercased is in [`ABBREVIATIONS`]. Compared ASCII-case-
/// insensitively in place rather than lowercased into a new string for each
/// period: the list is ASCII without a `k`, and the only non-ASCII character
/// that lowercases to ASCII is the Kelvin sign (to `k`), so this is the same.
fn is_listed_abbreviation(word: &str) -> bool {
    ABBREVIATIONS.iter().any(|abbreviation| abbreviation.eq_ignore_ascii_case(word))
}

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}' | '\u{F900}'..='\u{FAFF}')
}

/// Pushes `text[range]` without surrounding whitespace, if anything is left.
fn push_trimmed<'a>(text: &'a str, range: Range<usize>, max: usize, out: &mut Vec<Sentence<'a>>) {
    let piece = &text[range.clone()];
    let trimmed_start = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if trimmed.is_empty() {
        return;
    }
    let start = range.start + trimmed_start;
    if trimmed.len() <= max {
        out.push(Sentence { text: trimmed, range: start..start + trimmed.len() });
        return;
    }
    // Too long: pieces of at most `max` bytes, cut at the last space in
    // the second half of each, else at a character boundary.
    let mut from = start;
    let end = start + trimmed.len();
    while from < end {
        let mut cut = (from + max).min(end);
        if cut < end {
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            let mut half = from + max / 2;
            while !text.is_char_boundary(half) {
                half += 1;
            }
            if let Some(space) = text.get(half..cut).and_then(|t| t.rfind(char::is_whitespace)) {
                cut = half + space;
            }
        }
        push_trimmed(text, from..cut.max(from + 1).min(end), usize::MAX, out);
        from = cut.max(from + 1);
        while from < end && !text.is_char_boundary(from) {
            from += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_overlong_sentence_is_cut_into_bounded_pieces_at_spaces() {
        let line = "in 2020 ".repeat(12_500);
        assert!(has_overlong_sentence(&line));
        let pieces = split_sentences(&line);
        assert!(pieces.len() >= 50, "{}", pieces.len());
        for piece in &pieces {
            assert!(piece.text.len() <= MAX_SENTENCE_BYTES);
            assert_eq!(&line[piece.range.clone()], piece.text);
            let cut_at_space = line[piece.range.end..].chars().next().is_none_or(char::is_whitespace);
            let starts_a_word = line[..piece.range.start].chars().next_back().is_none_or(char::is_whitespace);
            assert!(starts_a_word && cut_at_space, "{:?}", &piece.text[piece.text.len() - 20..]);
        }
        let kept: usize = pieces.iter().map(|p| p.text.len() + 1).sum();
        assert_eq!(kept, line.len(), "no text is lost between pieces");
        assert!(!has_overlong_sentence("A short one. Another."));
    }

    #[test]
    fn an_overlong_run_without_spaces_is_cut_at_character_boundaries() {
        let line = "罚".repeat(5_000);
        let pieces = split_sentences(&line);
        assert!(pieces.iter().all(|p| p.text.len() <= MAX_SENTENCE_BYTES && !p.text.is_empty()));
        assert_eq!(pieces.iter().map(|p| p.text.len()).sum::<usize>(), line.len());
    }

    fn split(text: &str) -> Vec<&str> {
        split_sentences(text).into_iter().map(|s| s.text).collect()
    }

    #[test]
    fn next_candidate_stops_at_brackets_enders_and_non_ascii_starts() {
        let text = "ab (c) d. e — f。";
        let mut found = Vec::new();
        let mut pos = 0;
        while let Some(at) = next_candidate(text.as_bytes(), pos) {
            found.push(at);
            pos = at + 1;
        }
        assert_eq!(found, [3, 5, 8, 12, 17]);
        assert_eq!(next_candidate(b"plain", 0), None);
        assert_eq!(next_candidate(b"x.", 9), None);
    }

    #[test]
    fn a_long_parenthesis_closes_in_plain_text_as_at_each_character() {
        let inside = "x".repeat(MAX_PARENTHETICAL);
        // The first "(" is dropped in the spaces before the second, which
        // then opens a parenthesis of its own.
        let text = format!("One ({inside} (two. Three.) Four.");
        assert_eq!(split(&text), [format!("One ({inside} (two. Three.)"), "Four.".to_owned()]);
    }

    #[test]
    fn listed_abbreviations_match_in_any_case_as_lowercasing_would() {
        for word in ["Corp", "CORP", "corp", "Sept", "mR", "blvd"] {
            assert!(is_listed_abbreviation(word), "{word}");
            assert_eq!(is_listed_abbreviation(word), ABBREVIATIONS.contains(&word.to_lowercase().as_str()));
        }
        for word in ["Corps", "", "K", "\u{212A}", "inç", "Nov."] {
            assert!(!is_listed_abbreviation(word), "{word}");
            assert_eq!(is_listed_abbreviation(word), ABBREVIATIONS.contains(&word.to_lowercase().as_str()));
        }
        assert!(ABBREVIATIONS.iter().all(|a| a.is_ascii() && !a.contains('k')));
    }

    #[test]
    fn a_milestone_label_stays_with_the_sentence_it_opens() {
        assert_eq!(
            split("December 2018. President Temer signed a law. It was never used."),
            ["December 2018. President Temer signed a law.", "It was never used."]
        );
        assert_eq!(split("2024, first half. The ministry issued rules."), ["2024, first half. The ministry issued rules."]);
        assert_eq!(split("December 2018."), ["December 2018."], "a label alone stays as it is");
        assert_eq!(
            split("The ministry met. In 2019 it acted. Then it rested."),
            ["The ministry met.", "In 2019 it acted.", "Then it rested."],
            "only a label that opens the block"
        );
        assert_eq!(split("Alibaba fined 18.2bn. It paid."), ["Alibaba fined 18.2bn.", "It paid."], "a number that is no year labels nothing");
    }

    #[test]
    fn sentences_end_at_periods_before_capitals() {
        assert_eq!(split("One thing. Another thing! A third? Yes."), ["One thing.", "Another thing!", "A third?", "Yes."]);
    }

    #[test]
    fn ranges_point_at_the_trimmed_sentence() {
        let text = "  First one.   Second one.  ";
        for s in split_sentences(text) {
            assert_eq!(&text[s.range.clone()], s.text);
        }
        assert_eq!(split_sentences(text)[1].range, 15..26);
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(split("He called it “growth.” Next came more."), ["He called it “growth.”", "Next came more."]);
        assert_eq!(split("She said \"no.\" Then left."), ["She said \"no.\"", "Then left."]);
    }

    #[test]
    fn a_digit_or_opening_quote_can_start_a_sentence() {
        assert_eq!(split("It rose. 2023 was better. “Good,” he said."), ["It rose.", "2023 was better.", "“Good,” he said."]);
    }

    #[test]
    fn lowercase_after_a_period_does_not_split() {
        assert_eq!(split("The figure was approx. half of that."), ["The figure was approx. half of that."]);
        assert_eq!(split("He asked “why?” and left."), ["He asked “why?” and left."]);
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        for text in [
            "Shares of U.S. Steel rose.",
            "The U.K. Treasury agreed.",
            "Alibaba Group Holding Corp. Ltd. Co. Inc. And more.",
            "Mr. Li met Ms. Wang and Dr. Zhou at St. Paul.",
            "Room No. 5 was booked.",
            "It happened on Jan. 5 and Sept. 9 and Dec. 1.",
            "Some firms, e.g. Tencent, i.e. Big Tech, vs. Others agreed.",
            "At 9 a.m. Beijing time and 5 p.m. London time.",
        ] {
            assert_eq!(split(text), [text], "{text}");
        }
    }

    #[test]
    fn initials_do_not_end_sentences() {
        assert_eq!(split("The book by J. K. Rowling sold well. Next."), ["The book by J. K. Rowling sold well.", "Next."]);
    }

    #[test]
    fn lowercase_no_ends_a_sentence() {
        assert_eq!(split("He said no. Then he left."), ["He said no.", "Then he left."]);
    }

    #[test]
    fn a_stray_parenthesis_stops_blocking_splits() {
        let text = format!("Smile :( {}. Next one.", "word ".repeat(80));
        assert_eq!(split(&text).len(), 2);
    }

    #[test]
    fn decimals_do_not_split() {
        assert_eq!(split("A fine of RMB 7.123 billion. Next."), ["A fine of RMB 7.123 billion.", "Next."]);
    }

    #[test]
    fn ellipses_do_not_split() {
        assert_eq!(split("He paused... Then spoke. Done."), ["He paused... Then spoke.", "Done."]);
        assert_eq!(split("firm confidence … continue to promote."), ["firm confidence … continue to promote."]);
    }

    #[test]
    fn parentheses_do_not_split() {
        assert_eq!(split("The agency (it said. Not us.) acted. Next."), ["The agency (it said. Not us.) acted.", "Next."]);
    }

    #[test]
    fn a_sentence_in_parentheses_ends_after_the_bracket() {
        assert_eq!(split("First. (Second one.) Third."), ["First.", "(Second one.)", "Third."]);
    }

    #[test]
    fn cjk_enders_split_without_a_space() {
        assert_eq!(split("第一句。第二句！第三句？最后"), ["第一句。", "第二句！", "第三句？", "最后"]);
        assert_eq!(split("他说：“好。”然后走了。"), ["他说：“好。”", "然后走了。"]);
    }

    #[test]
    fn odd_inputs_do_not_panic() {
        for text in ["", " ", ".", "...", "?!", "(((", ")))", "a.b.c.", "。。", "\u{0}.\u{0}", "é. É"] {
            let _ = split_sentences(text);
        }
        assert!(split_sentences("   ").is_empty());
    }
}
