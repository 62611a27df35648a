//! A short headline from an evidence sentence: the date phrase that opens it
//! removed, trailing clauses cut to keep it under a line.

use std::ops::Range;

const MAX_CHARS: usize = 120;

/// A headline for `sentence`, whose date expressions are at `date_spans`.
pub fn summarize(sentence: &str, date_spans: &[Range<usize>]) -> String {
    let mut text = sentence.trim();
    // Drop an opening date phrase: "On July 12, 2023, the NDRC …" → "the NDRC …".
    if let Some(span) = date_spans.iter().find(|s| s.start <= 3) {
        if let Some(rest) = sentence.get(span.end..) {
            let rest = rest.trim_start_matches([',', ' ']);
            if rest.len() > 20 {
                text = rest;
            }
        }
    }
    let text = text.trim_end_matches(['.', ' ']);
    let mut summary = if text.chars().count() > MAX_CHARS {
        let cut: String = text.chars().take(MAX_CHARS).collect();
        let at = [", which", ", with", " – ", " — ", "; ", ", and ", ", "]
            .iter()
            .filter_map(|sep| cut.rfind(sep))
            .filter(|&at| at > 40)
            .max()
            .or_else(|| cut.rfind(' '))
            .unwrap_or(cut.len());
        format!("{}…", cut[..at].trim_end_matches([',', ' ']))
    } else {
        text.to_owned()
    };
    if let Some(first) = summary.chars().next() {
        if first.is_lowercase() {
            summary = first.to_uppercase().chain(summary.chars().skip(1)).collect();
        }
    }
    summary
}

#[cfg(test)]
#[allow(clippy::single_range_in_vec_init)] // one date span is the common case
mod tests {
    use super::*;

    #[test]
    fn an_opening_date_phrase_is_dropped_and_the_rest_capitalised() {
        let s = "On July 12, 2023, the NDRC shared its findings on platform companies.";
        assert_eq!(summarize(s, &[0..16]), "The NDRC shared its findings on platform companies");
    }

    #[test]
    fn long_sentences_are_cut_at_a_clause() {
        let s = "The top 10 Chinese platform companies collectively invested over RMB 500 billion in research and development, securing more than 50,000 patents and many other things besides that.";
        let summary = summarize(s, &[]);
        assert!(summary.chars().count() <= MAX_CHARS + 1);
        assert!(summary.ends_with("development…"), "{summary}");
    }

    #[test]
    fn short_sentences_are_kept_whole() {
        assert_eq!(summarize("The investigation was initiated in 2020.", &[30..37]), "The investigation was initiated in 2020");
    }
}
