//! Small text helpers shared by the format readers: whitespace collapsing,
//! HTML entity decoding and ISO dates in metadata fields.

use tideline_model::{CivilDate, EventDate};

/// Collapses every run of whitespace to one space and trims the ends.
pub fn collapse_whitespace(text: &str) -> String {
    if text.is_ascii() {
        return collapse_ascii_whitespace(text);
    }
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// [`collapse_whitespace`] for ASCII text: finds the words by byte rather
/// than decoding characters (2% of a compile went to `split_whitespace`).
/// The whitespace is the ASCII part of `char::is_whitespace`, which unlike
/// `u8::is_ascii_whitespace` includes the vertical tab.
fn collapse_ascii_whitespace(text: &str) -> String {
    let is_space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r');
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    while at < bytes.len() {
        let start = bytes[at..].iter().position(|&b| !is_space(b)).map_or(bytes.len(), |i| at + i);
        let end = bytes[start..].iter().position(|&b| is_space(b)).map_or(bytes.len(), |i| start + i);
        if start < end {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&text[start..end]);
        }
        at = end;
    }
    out
}

/// Decodes HTML character references (`&#38;`, `&amp;`, `&rsquo;`…) with
/// html5ever's tokenizer, so every named entity is known; text without `&`
/// is returned unchanged.
pub fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    let fragment = scraper::Html::parse_fragment(text);
    fragment.root_element().text().collect()
}

/// The day an ISO 8601 date or datetime (`2022-05-19`, `2022-05-19T15:53:00Z`)
/// starts with, as written (no time-zone shift). `None` if it is not one.
pub fn parse_iso_day(value: &str) -> Option<EventDate> {
    let value = value.trim();
    let date_part = value.get(..10)?;
    let rest = &value[10..];
    if !(rest.is_empty() || rest.starts_with(['T', 't', ' '])) {
        return None;
    }
    let bytes = date_part.as_bytes();
    if bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let year: i32 = date_part[..4].parse().ok()?;
    let month: u32 = date_part[5..7].parse().ok()?;
    let day: u32 = date_part[8..10].parse().ok()?;
    CivilDate::new(year, month, day).ok().map(EventDate::day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_runs_collapse_to_one_space() {
        assert_eq!(collapse_whitespace("  a \n\t b  "), "a b");
    }

    #[test]
    fn ascii_collapsing_splits_where_split_whitespace_does() {
        for text in ["", " ", "a", " a\x0Bb\x0C c\r\n", "\x1Fa\x1Cb", "one  two\tthree ", "x\x0B"] {
            assert_eq!(collapse_ascii_whitespace(text), text.split_whitespace().collect::<Vec<_>>().join(" "), "{text:?}");
        }
        assert_eq!(collapse_whitespace("a\u{A0} b\u{2003}c"), "a b c");
    }

    #[test]
    fn numeric_and_named_entities_are_decoded() {
        assert_eq!(decode_entities("Rui Ma &#38; more"), "Rui Ma & more");
        assert_eq!(decode_entities("China&rsquo;s &amp; more"), "China’s & more");
    }

    #[test]
    fn iso_dates_and_datetimes_give_their_day() {
        assert_eq!(parse_iso_day("2022-05-19T15:53:00.000Z").unwrap().to_string(), "2022-05-19");
        assert_eq!(parse_iso_day("2023-01-17").unwrap().to_string(), "2023-01-17");
        assert!(parse_iso_day("2023-02-30").is_none());
        assert!(parse_iso_day("May 5, 2023").is_none());
        assert!(parse_iso_day("2023-01-170").is_none());
        assert!(parse_iso_day("日本語の日付です。。").is_none());
    }
}
