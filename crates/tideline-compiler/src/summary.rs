//! A short headline from an evidence sentence: the part of the sentence that
//! speaks of the date, without the opening or closing date phrase, the
//! connective, asides in parentheses and appositives ("Tencent, the gaming
//! giant, …"), cut at a clause boundary to fit a label on the axis.

use crate::char_count::has_at_most_chars;
use std::ops::Range;

/// The longest headline: a label on the axis, a line in the list.
const MAX_CHARS: usize = 60;
/// The shortest headline a clause break may leave.
const MIN_CLAUSE_CHARS: usize = 25;

/// Connectives that open a sentence but say nothing about the event.
const CONNECTIVES: &[&str] = &[
    "and ",
    "but ",
    "however, ",
    "similarly, ",
    "meanwhile, ",
    "in addition, ",
    "additionally, ",
    "still, ",
    "first, ",
    "second, ",
    "third, ",
    "finally, ",
    "in fact, ",
    "it is no coincidence that ",
];

/// Clause boundaries where a long headline may stop, best first.
/// A bare comma is not one: it often closes an appositive ("Tencent, along
/// with its subsidiary Tenpay, …") and would leave the verb behind.
const CLAUSE_BREAKS: &[&str] = &[", which ", ", where ", " – ", " — ", "; ", ", with ", ", and ", ", but ", ", after "];

/// True when `text` lowercased would start with `connective`, judged in
/// place: connectives are lowercase ASCII without a "k", and the only other
/// characters that lowercase to ASCII are the Kelvin sign (to "k") and "İ"
/// (to "i" and a combining dot, which no connective has after its "i").
fn opens_with(text: &str, connective: &str) -> bool {
    text.as_bytes().get(..connective.len()).is_some_and(|head| head.eq_ignore_ascii_case(connective.as_bytes()))
}

fn strip_connectives(mut text: &str) -> &str {
    loop {
        match CONNECTIVES.iter().find(|c| opens_with(text, c)) {
            // Connectives are ASCII, so their length is the same in `text`.
            Some(c) => text = &text[c.len()..],
            None => return text,
        }
    }
}

/// A headline for the part `focus` of `sentence`, whose date expressions
/// are at `date_spans` (byte ranges in `sentence`). When the part starts
/// with its verb ("said on Thursday it would …", the second clause of a
/// sentence), `subject` (the sentence's first actor) is put before it, so
/// the headline says who did what.
pub fn summarize(sentence: &str, focus: Range<usize>, date_spans: &[Range<usize>], subject: Option<&str>) -> String {
    let mut start = focus.start;
    // Drop an opening adverbial that holds a date: "During the research
    // period from 2020 to 2022, the top firms …" → "the top firms …".
    if start == 0 {
        let opening_end = date_spans
            .iter()
            .filter(|s| s.start < 60)
            .filter_map(|s| {
                // A comma, or the full-width one of Chinese: "7月16日，网信办…".
                let rest = sentence.get(s.end..)?;
                // Searched for as bytes: a searcher set up for each span cost more than the search.
                let comma = rest.as_bytes().windows(2).position(|w| w[0] == b',' && w[1] == b' ').map(|at| (s.end + at, 2));
                let full_width = rest.find('，').map(|at| (s.end + at, '，'.len_utf8()));
                comma.into_iter().chain(full_width).min()
            })
            .min();
        if let Some((comma, width)) = opening_end.filter(|&(c, w)| c < 80 && focus.end.saturating_sub(c + w) > 20) {
            start = comma + width;
        }
    }
    let mut end = focus.end;
    // Drop a closing date phrase: the axis and the card show the date.
    if let Some(span) = date_spans
        .iter()
        .find(|s| s.start > start + MIN_CLAUSE_CHARS && s.end <= end && sentence[s.end..end].trim_matches(['.', ' ', ',']).is_empty())
    {
        let before = sentence[start..span.start].trim_end();
        let cut = ["on", "in", "at", "by", "from", "since", "until", "during"].iter().find_map(|p| {
            let at = before.len().checked_sub(p.len())?;
            let word = before.get(at..)?.eq_ignore_ascii_case(p) && before.get(..at)?.ends_with(' ');
            word.then_some(start + at)
        });
        end = cut.unwrap_or(span.start);
    }
    let text = strip_connectives(sentence[start..end].trim()).trim_end_matches(['.', ' ', ',']);
    let text = without_leading_subordinate(text);
    let mut text = without_asides(text);
    let opens_with_verb = text.split_whitespace().next().is_some_and(|w| w.chars().all(|c| c.is_lowercase()) && !SUBJECT_WORDS.contains(&w));
    if let Some(subject) = subject.filter(|s| opens_with_verb && !text.contains(*s)) {
        text = format!("{subject} {text}");
    }
    let headline = fit(text);
    match headline.chars().next().filter(|c| c.is_lowercase()) {
        Some(first) => {
            let mut capitalised = String::with_capacity(headline.len() + 2);
            capitalised.extend(first.to_uppercase());
            capitalised.push_str(&headline[first.len_utf8()..]);
            capitalised
        }
        None => headline,
    }
}

/// Lowercase words that open a clause with its subject, not its verb.
const SUBJECT_WORDS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "it", "they", "he", "she", "we", "some", "many", "most", "all",
    "both",
];

/// Openers of a subordinate clause that comes before the main one: "After
/// Russia's invasion …, the chancellor ordered …".
const SUBORDINATE_OPENERS: &[&str] = &["after ", "before ", "when ", "while ", "although ", "though ", "despite ", "following ", "amid ", "as "];

/// `text` without an opening subordinate clause, when a main clause of a
/// headline's length follows its comma.
fn without_leading_subordinate(text: &str) -> &str {
    if !SUBORDINATE_OPENERS.iter().any(|o| opens_with(text, o)) {
        return text;
    }
    match text.find(", ") {
        Some(comma) if text.len() - comma > MIN_CLAUSE_CHARS && comma < 160 => &text[comma + 2..],
        _ => text,
    }
}

/// `text` without parenthetical asides ("(CMA)", "(US$410 million)") and
/// appositives set off by commas after a name ("Tencent, the gaming giant,
/// fined …"), when something is left.
fn without_asides(text: &str) -> String {
    let mut out = outside_brackets(text);
    // One appositive: ", the … ," or ", a … ," within the first words. Every
    // opener starts with ", ", so each is looked for from the first of those.
    if let Some(first_comma) = find_starting_before(&out, ", ", 0, 40) {
        for opener in [", the ", ", a ", ", an ", ", its ", ", which ", ", who "] {
            if let Some(at) = find_starting_before(&out, opener, first_comma, 40) {
                if let Some(close) = find_starting_before(&out, ", ", at + 2, at + 70) {
                    out.replace_range(at..close + 1, "");
                    break;
                }
            }
        }
    }
    if out.trim().is_empty() {
        text.to_owned()
    } else {
        out
    }
}

/// The words of `text` outside brackets, one space between them, and none
/// before a comma. One pass does what dropping the brackets, joining the
/// words with single spaces and then writing " ," as "," would: each run of
/// characters between spaces and brackets is copied at once, and a space is
/// written only when the next run starts with something other than a comma.
fn outside_brackets(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    let mut space_due = false;
    // Where the characters to copy as they stand begin, while there are any.
    let mut run: Option<usize> = None;
    for (at, c) in text.char_indices() {
        if depth == 0 && !matches!(c, '(' | '（') && !c.is_whitespace() {
            if run.is_none() {
                if space_due && c != ',' {
                    out.push(' ');
                }
                space_due = false;
                run = Some(at);
            }
            continue;
        }
        if let Some(start) = run.take() {
            out.push_str(&text[start..at]);
        }
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' if depth > 0 => depth -= 1,
            _ if depth > 0 => {}
            _ => space_due = !out.is_empty(),
        }
    }
    if let Some(start) = run {
        out.push_str(&text[start..]);
    }
    out
}

/// Where the first `needle` in `haystack` at byte `from` or later starts, as
/// `haystack[from..].find(needle)` says, if that is before byte `before`.
/// Compared in place and looking no further than `before`: the appositive
/// check asks only about the first few words of a headline.
fn find_starting_before(haystack: &str, needle: &str, from: usize, before: usize) -> Option<usize> {
    let (haystack, needle) = (haystack.as_bytes(), needle.as_bytes());
    let end = haystack.len().min(before.saturating_add(needle.len()).saturating_sub(1));
    let (&first, rest) = needle.split_first()?;
    let last_start = end.checked_sub(needle.len())?;
    (from..=last_start).find(|&at| haystack[at] == first && haystack[at + 1..].starts_with(rest))
}

/// `text` itself when short, else cut at the best clause boundary (or word)
/// before [`MAX_CHARS`], with an ellipsis.
fn fit(text: String) -> String {
    if has_at_most_chars(&text, MAX_CHARS) {
        return text;
    }
    let limit = text.char_indices().nth(MAX_CHARS).map_or(text.len(), |(i, _)| i);
    let head = &text[..limit];
    let at = best_clause_break(head, MIN_CLAUSE_CHARS).or_else(|| head.rfind(' ')).unwrap_or(limit);
    let kept = head[..at].trim_end_matches([',', ' ', '(', '“', '"']);
    let mut cut = String::with_capacity(kept.len() + '…'.len_utf8());
    cut.push_str(kept);
    cut.push('…');
    cut
}

/// Where the last `needle` in `haystack` starts, as `rfind` says, if that
/// is at `from` or later. Compared in place: on a headline-sized haystack,
/// setting up `rfind`'s searcher for each clause break cost more than the
/// search; and stopping at `from` spares scanning the part no cut may use.
#[cfg(test)]
fn last_position(haystack: &str, needle: &str, from: usize) -> Option<usize> {
    let (haystack, needle) = (haystack.as_bytes(), needle.as_bytes());
    let Some(&first) = needle.first() else { return Some(haystack.len()).filter(|&at| at >= from) };
    (from..=haystack.len().checked_sub(needle.len())?).rev().find(|&at| haystack[at] == first && haystack[at..].starts_with(needle))
}

/// Where the best clause break in `head` at byte `from` or later starts: the
/// last place of the first of [`CLAUSE_BREAKS`] found there, as
/// [`last_position`] for each break in turn would say. One backward pass
/// that tries the breaks only at a byte one of them starts with (a comma,
/// a space or a semicolon) rather than a pass per break.
fn best_clause_break(head: &str, from: usize) -> Option<usize> {
    let bytes = head.as_bytes();
    let mut best: Option<(usize, usize)> = None;
    for at in (from..bytes.len()).rev() {
        if !matches!(bytes[at], b',' | b' ' | b';') {
            continue;
        }
        let worse_than_best = |rank: usize| best.is_some_and(|(kept, _)| kept <= rank);
        if let Some(rank) =
            (0..CLAUSE_BREAKS.len()).take_while(|&r| !worse_than_best(r)).find(|&r| bytes[at..].starts_with(CLAUSE_BREAKS[r].as_bytes()))
        {
            best = Some((rank, at));
            if rank == 0 {
                break;
            }
        }
    }
    best.map(|(_, at)| at)
}

#[cfg(test)]
#[allow(clippy::single_range_in_vec_init)] // one date span is the common case
mod tests {
    use super::*;

    fn whole(s: &str, spans: &[Range<usize>]) -> String {
        summarize(s, 0..s.len(), spans, None)
    }

    #[test]
    fn an_opening_date_phrase_is_dropped_and_the_rest_capitalised() {
        let s = "On July 12, 2023, the NDRC shared its findings on platform companies.";
        assert_eq!(whole(s, &[0..16]), "The NDRC shared its findings on platform companies");
        let s = "During the research period from 2020 to 2022, the top 10 platform companies invested over RMB 500 billion.";
        let at = s.find("from").unwrap();
        assert_eq!(whole(s, &[at..at + 17]), "The top 10 platform companies invested over RMB 500 billion");
    }

    #[test]
    fn clause_breaks_are_found_from_the_end() {
        for (haystack, needle) in [("a, and b, and c", ", and "), ("", "; "), ("; ", "; "), ("x – y – z", " – "), ("ab", "abc"), ("ab", "")] {
            assert_eq!(last_position(haystack, needle, 0), haystack.rfind(needle), "{haystack:?} {needle:?}");
        }
        assert_eq!(last_position("a, and b, and c", ", and ", 2), Some(8));
        assert_eq!(last_position("a, and b, and c", ", and ", 9), None, "the last one is before the bound");
        assert_eq!(last_position("ab", "", 3), None);
    }

    #[test]
    fn the_best_clause_break_is_the_first_break_found_at_its_last_place() {
        assert!(CLAUSE_BREAKS.iter().all(|b| matches!(b.as_bytes()[0], b',' | b' ' | b';')), "the bytes a break starts with");
        let expected = |head: &str, from: usize| CLAUSE_BREAKS.iter().find_map(|b| last_position(head, b, from));
        for head in ["a, and b; c, which d, and e", "one – two, with three; four – five", "x, which y, which z — w", "no break at all", ", after", ""]
        {
            for from in [0, 3, 9, 40] {
                assert_eq!(best_clause_break(head, from), expected(head, from), "{head:?} from {from}");
            }
        }
    }

    #[test]
    fn a_chinese_opening_date_is_dropped_at_its_full_width_comma() {
        let s = "7月16日，国家网信办会同公安部等部门联合进驻滴滴，开展网络安全审查工作，并要求相关企业配合。";
        assert!(whole(s, &[0..s.find('，').unwrap()]).starts_with("国家网信办"));
    }

    #[test]
    fn connectives_are_dropped() {
        assert_eq!(whole("And last month came a Politburo meeting.", &[4..14]), "Last month came a Politburo meeting");
    }

    #[test]
    fn connectives_are_found_in_place_as_in_the_lowercased_text() {
        for c in CONNECTIVES {
            assert!(c.bytes().all(|b| b.is_ascii_lowercase() || b" ,".contains(&b)) && !c.contains('k'), "{c}");
        }
        for text in ["HOWEVER, rules", "Still, it", "İn fact, no", "\u{212A}eep", "Andrew said", "and", "蚂蚁 and "] {
            for c in CONNECTIVES {
                assert_eq!(opens_with(text, c), text.to_lowercase().starts_with(c), "{text} / {c}");
            }
        }
    }

    #[test]
    fn long_sentences_are_cut_at_a_clause() {
        let s = "Alibaba Group Holding also started allowing consumers to use WeChat Pay on a number of its platforms, including food delivery and ticketing.";
        let summary = whole(s, &[]);
        assert!(summary.chars().count() <= MAX_CHARS + 1, "{summary}");
        assert!(summary.ends_with('…') && !summary.ends_with(" …"), "{summary}");
        assert!(s.starts_with(summary.trim_end_matches('…')), "cut at a word: {summary}");
    }

    #[test]
    fn a_focus_keeps_only_the_words_about_that_date() {
        let s = "It offered stability compared to the trade war that began in 2018, and the pandemic in 2020.";
        let focus = s.find("the trade").unwrap()..s.find(", and").unwrap();
        assert_eq!(summarize(s, focus, &[], None), "The trade war that began in 2018");
    }

    #[test]
    fn short_sentences_are_kept_whole() {
        let s = "The investigation into the firm was initiated in 2020.";
        let at = s.find("2020").unwrap();
        assert_eq!(whole(s, &[at..at + 4]), "The investigation into the firm was initiated");
    }

    #[test]
    fn a_closing_date_after_other_scripts_is_cut_at_a_character() {
        let s = "Shandong issued the measures (关于加快推动平台经济规范健康持续发展) last week in 2021.";
        let at = s.find("2021").unwrap();
        assert_eq!(whole(s, &[at..at + 4]), "Shandong issued the measures last week");
    }

    #[test]
    fn a_clause_that_opens_with_its_verb_gets_the_sentence_subject() {
        let s = "Vantor Labs sued in 2021, and said on Thursday it would appeal.";
        let focus = s.find("said").unwrap()..s.len();
        assert_eq!(summarize(s, focus, &[], Some("Vantor Labs")), "Vantor Labs said on Thursday it would appeal");
        assert_eq!(summarize(s, 0..s.find(", and").unwrap(), &[], Some("Vantor Labs")), "Vantor Labs sued in 2021", "named already");
    }

    #[test]
    fn an_opening_subordinate_clause_is_left_out() {
        let s = "After the energy crisis that followed the invasion, the chancellor ordered all three plants to keep running.";
        assert_eq!(whole(s, &[]), "The chancellor ordered all three plants to keep running");
    }

    #[test]
    fn asides_and_appositives_are_left_out() {
        let s = "Tencent, the gaming giant, was fined RMB 2.99 billion (US$410 million) by the central bank.";
        assert_eq!(whole(s, &[]), "Tencent was fined RMB 2.99 billion by the central bank");
    }

    /// The three steps the one pass of `outside_brackets` stands for.
    fn outside_brackets_in_steps(text: &str) -> String {
        let mut out = String::new();
        let mut depth = 0usize;
        for c in text.chars() {
            match c {
                '(' | '（' => depth += 1,
                ')' | '）' if depth > 0 => depth -= 1,
                _ if depth == 0 => out.push(c),
                _ => {}
            }
        }
        out.split_whitespace().collect::<Vec<_>>().join(" ").replace(" ,", ",")
    }

    #[test]
    fn brackets_are_left_out_in_one_pass_as_in_three_steps() {
        let texts = [
            "Tencent, the gaming giant, was fined RMB 2.99 billion (US$410 million) by the central bank",
            "  Spaced \u{3000} out ,  commas , ,here (and (nested) brackets) )stray",
            "（全角）括号 , and a tab\tand\u{a0}no-break space",
            "(only an aside)",
            "ab(x)cd a (b),c e (f) ,g",
            " , leading comma",
            "The regulator, which opened the case in a long and winding investigation of many years, said , it would, the end,",
            "",
        ];
        for text in texts {
            assert_eq!(outside_brackets(text), outside_brackets_in_steps(text), "{text:?}");
        }
    }

    #[test]
    fn a_needle_is_found_only_where_it_starts_before_the_bound() {
        let find = |h: &str, n: &str, from: usize, before: usize| h[from..].find(n).map(|at| from + at).filter(|&at| at < before);
        for haystack in ["a, the b, c", ", the", "x, the y, the z, which w", "", "naïve, the café, a"] {
            for needle in [", the ", ", ", "the"] {
                for (from, before) in [(0, 40), (0, 3), (2, 9), (4, 70), (0, 0)] {
                    if from <= haystack.len() {
                        assert_eq!(
                            find_starting_before(haystack, needle, from, before),
                            find(haystack, needle, from, before),
                            "{haystack:?} {needle:?}"
                        );
                    }
                }
            }
        }
    }
}
