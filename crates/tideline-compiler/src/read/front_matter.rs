//! YAML front matter (`---` … `---` at the top of a file): splitting it from
//! the body and reading title, date, authors, URL, publisher and tags from it
//! with yaml-rust2. Broken YAML is a warning; the body is still read.
//!
//! The YAML's cost is bounded before it is loaded: a 720-byte "billion
//! laughs" of nested aliases would otherwise expand to gigabytes, and deep
//! nesting would build (and drop) a deep tree. Front matter past the limits
//! is a warning naming the line; the body is still read.

use super::byline_names::split_author_names;
use super::metadata_text::{collapse_whitespace, decode_entities, parse_iso_day};
use super::FileMetadata;
use crate::diagnostic::Diagnostic;
use std::collections::HashMap;
use tideline_model::DateBasis;
use yaml_rust2::parser::{Event, Parser};
use yaml_rust2::{Yaml, YamlLoader};

/// Most values front matter may hold once aliases are expanded: metadata is
/// a dozen keys, so this only stops alias bombs.
pub const MAX_YAML_VALUES: usize = 10_000;
/// Deepest nesting of lists and mappings front matter may use.
pub const MAX_YAML_DEPTH: usize = 64;

/// Walks the YAML's events without building it, counting values as aliases
/// would expand them and the nesting depth. Returns the 1-based line (within
/// the YAML) and the problem when a limit is passed; `None` when within the
/// limits or when the YAML is broken (loading it reports that).
fn yaml_over_budget(yaml: &str) -> Option<(usize, String)> {
    let mut parser = Parser::new_from_str(yaml);
    let mut values = 0usize;
    // Expanded size of each anchored node, by anchor id.
    let mut anchored: HashMap<usize, usize> = HashMap::new();
    // Open lists and mappings: their anchor and the count when they opened.
    let mut open: Vec<(usize, usize)> = Vec::new();
    loop {
        let (event, marker) = parser.next_token().ok()?;
        match event {
            Event::StreamEnd => return None,
            Event::Scalar(_, _, anchor, _) => {
                values += 1;
                if anchor > 0 {
                    anchored.insert(anchor, 1);
                }
            }
            Event::Alias(anchor) => values = values.saturating_add(anchored.get(&anchor).copied().unwrap_or(1)),
            Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                values += 1;
                open.push((anchor, values));
                if open.len() > MAX_YAML_DEPTH {
                    let problem =
                        format!("front matter nests lists or mappings deeper than {MAX_YAML_DEPTH} levels; flatten it (read without metadata)");
                    return Some((marker.line(), problem));
                }
            }
            Event::SequenceEnd | Event::MappingEnd => {
                if let Some((anchor, opened)) = open.pop() {
                    if anchor > 0 {
                        anchored.insert(anchor, values - opened + 1);
                    }
                }
            }
            _ => {}
        }
        if values > MAX_YAML_VALUES {
            let problem = format!(
                "front matter holds more than {MAX_YAML_VALUES} values once its aliases (`*name`) are expanded; remove the aliases (read without metadata)"
            );
            return Some((marker.line(), problem));
        }
    }
}

/// A file's front matter and the body after it.
#[derive(Debug, PartialEq)]
pub struct FrontMatter<'a> {
    /// The YAML between the fences.
    pub yaml: &'a str,
    /// 1-based line of the YAML's first line.
    pub yaml_line: u32,
    /// The text after the closing fence (the whole file when unclosed).
    pub body: &'a str,
    /// 1-based line where `body` starts.
    pub body_line: u32,
    /// False when no closing `---` was found.
    pub closed: bool,
}

/// Splits front matter from the body when the file's first line is `---`.
pub fn split_front_matter(text: &str) -> Option<FrontMatter<'_>> {
    let first_end = text.find('\n').unwrap_or(text.len());
    if text[..first_end].trim_end() != "---" {
        return None;
    }
    let yaml_start = (first_end + 1).min(text.len());
    let mut offset = yaml_start;
    for (line, raw) in (2u32..).zip(text[yaml_start..].split_inclusive('\n')) {
        let fence = raw.trim_end();
        if fence == "---" || fence == "..." {
            let body_start = offset + raw.len();
            return Some(FrontMatter { yaml: &text[yaml_start..offset], yaml_line: 2, body: &text[body_start..], body_line: line + 1, closed: true });
        }
        offset += raw.len();
    }
    Some(FrontMatter { yaml: &text[yaml_start..], yaml_line: 2, body: text, body_line: 1, closed: false })
}

/// Reads the metadata fields of front matter; problems become warnings in
/// `diagnostics` and yield empty metadata. `None` when what follows the
/// `---` line is not `key: value` lines at all (a plain-text file opening
/// with a rule): the caller reads the whole file as the body.
pub fn parse_front_matter(file: &str, fm: &FrontMatter<'_>, diagnostics: &mut Vec<Diagnostic>) -> Option<FileMetadata> {
    if !fm.closed {
        diagnostics.push(Diagnostic::warning(
            file,
            1,
            "front matter opened with `---` is never closed; add a closing `---` line (read without metadata)",
        ));
        return Some(FileMetadata::default());
    }
    if let Some((line, problem)) = yaml_over_budget(fm.yaml) {
        let line = fm.yaml_line + u32::try_from(line).unwrap_or(1).saturating_sub(1);
        diagnostics.push(Diagnostic::warning(file, line, problem));
        return Some(FileMetadata::default());
    }
    let docs = match YamlLoader::load_from_str(fm.yaml) {
        Ok(docs) => docs,
        Err(err) => {
            let line = fm.yaml_line + u32::try_from(err.marker().line()).unwrap_or(1).saturating_sub(1);
            diagnostics.push(Diagnostic::warning(
                file,
                line,
                format!("front matter is not valid YAML ({}); fix it (read without metadata)", err.info()),
            ));
            return Some(FileMetadata::default());
        }
    };
    match docs.first() {
        Some(Yaml::Hash(_)) => Some(metadata_from_yaml(file, fm, &docs[0], diagnostics)),
        None | Some(Yaml::Null) => Some(FileMetadata::default()),
        Some(_) => {
            diagnostics.push(Diagnostic::warning(
                file,
                1,
                "the file opens with a `---` line but no `key: value` front matter follows; all of it is read as article text",
            ));
            None
        }
    }
}

/// The metadata fields of a YAML mapping.
fn metadata_from_yaml(file: &str, fm: &FrontMatter<'_>, doc: &Yaml, diagnostics: &mut Vec<Diagnostic>) -> FileMetadata {
    let mut meta = FileMetadata { title: first_string(doc, &["title", "headline"]), ..FileMetadata::default() };
    const DATE_KEYS: [&str; 8] = ["date", "published", "pubdate", "published_at", "publishdate", "posted", "created", "date_published"];
    // The same key in other languages (Italian and Portuguese "data",
    // Spanish "fecha", German and Dutch "datum"), read when it holds a
    // date: "data" may name anything else in English.
    const OTHER_LANGUAGES: [&str; 3] = ["data", "fecha", "datum"];
    let dated = |d: &String| d.trim_start().starts_with(|c: char| c.is_ascii_digit());
    let other = || OTHER_LANGUAGES.iter().find_map(|key| first_string(doc, &[key]).filter(dated).map(|d| (*key, d)));
    if let Some((key, date)) = DATE_KEYS.iter().find_map(|key| first_string(doc, &[key]).map(|d| (*key, d))).or_else(other) {
        match parse_iso_day(&date).or_else(|| written_day(&date)) {
            Some(day) => meta.published = Some((day, DateBasis::FrontMatter)),
            None => diagnostics.push(Diagnostic::warning(
                file,
                fm.yaml_line + key_line(fm.yaml, key),
                format!("front matter {key} {date:?} is not a date (write YYYY-MM-DD); ignored"),
            )),
        }
    }
    for key in ["author", "authors"] {
        for value in strings(&doc[key]) {
            for name in split_author_names(&value) {
                meta.add_author(name);
            }
        }
    }
    meta.url = first_string(doc, &["url", "canonical", "source_url", "link", "from"]);
    meta.publisher = first_string(doc, &["publisher", "source", "site", "site_name"]);
    for key in ["tags", "categories", "keywords"] {
        for tag in strings(&doc[key]).iter().flat_map(|s| s.split(',')) {
            let tag = tag.trim().to_owned();
            if !tag.is_empty() && !meta.tags.contains(&tag) {
                meta.tags.push(tag);
            }
        }
    }
    meta
}

/// The first of `keys` holding a non-empty scalar, entity-decoded and collapsed.
fn first_string(doc: &Yaml, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|key| strings(any_case(doc, key)).into_iter().next())
}

/// The value of `key` in the mapping `doc`, its case ignored: `pubDate`,
/// `Title`.
fn any_case<'y>(doc: &'y Yaml, key: &str) -> &'y Yaml {
    match doc.as_hash() {
        Some(hash) => hash.iter().find(|(k, _)| k.as_str().is_some_and(|k| k.eq_ignore_ascii_case(key))).map_or(&doc[key], |(_, v)| v),
        None => &doc[key],
    }
}

/// The day a date written out states: "Fri, 18 Jul 2025 07:00:00 -0300",
/// "15/04/2025" is not one (its order is ambiguous), "18 July 2025" is.
fn written_day(value: &str) -> Option<tideline_model::EventDate> {
    crate::dates::find_absolute_dates(value).into_iter().map(|(_, date)| date).find(|date| date.precision() == tideline_model::Precision::Day)
}

/// A scalar or a list of scalars as strings.
fn strings(value: &Yaml) -> Vec<String> {
    let scalar = |v: &Yaml| -> Option<String> {
        let raw = match v {
            Yaml::String(s) | Yaml::Real(s) => s.clone(),
            Yaml::Integer(i) => i.to_string(),
            _ => return None,
        };
        let text = collapse_whitespace(&decode_entities(&raw));
        (!text.is_empty()).then_some(text)
    };
    match value {
        Yaml::Array(items) => items.iter().filter_map(scalar).collect(),
        other => scalar(other).into_iter().collect(),
    }
}

/// 0-based line of `key:` within the YAML (0 when absent), for diagnostics.
fn key_line(yaml: &str, key: &str) -> u32 {
    let is_key = |l: &str| l.split_once(':').is_some_and(|(k, _)| k.trim_end().eq_ignore_ascii_case(key));
    yaml.lines().position(is_key).map_or(0, |i| u32::try_from(i).unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> (FileMetadata, Vec<Diagnostic>) {
        let fm = split_front_matter(text).expect("front matter");
        let mut diags = Vec::new();
        (parse_front_matter("f.md", &fm, &mut diags).expect("front matter, not prose"), diags)
    }

    #[test]
    fn front_matter_is_split_from_the_body_with_its_line() {
        let fm = split_front_matter("---\ntitle: A\n---\nBody\n").unwrap();
        assert_eq!(fm.yaml, "title: A\n");
        assert_eq!(fm.body, "Body\n");
        assert_eq!(fm.body_line, 4);
        assert!(split_front_matter("Title\n---\n").is_none());
    }

    #[test]
    fn fields_of_the_seed_front_matter_are_read() {
        let (meta, diags) = read(
            "---\ntitle: \"Is Beijing Changing Tack?\"\ndate: 2022-05-19T15:53:00.000Z\nauthor: Rui Ma, Ruihan Huang &#38; more\nfrom: https://example.com/a\ntags: [ 中参馆 ]\ncategories: [ 中参馆 ]\n---\nx",
        );
        assert!(diags.is_empty());
        assert_eq!(meta.title.as_deref(), Some("Is Beijing Changing Tack?"));
        let (date, basis) = meta.published.unwrap();
        assert_eq!((date.to_string(), basis), ("2022-05-19".into(), DateBasis::FrontMatter));
        assert_eq!(meta.authors, ["Rui Ma", "Ruihan Huang"]);
        assert_eq!(meta.url.as_deref(), Some("https://example.com/a"));
        assert_eq!(meta.tags, ["中参馆"]);
    }

    #[test]
    fn author_lists_and_publisher_keys_are_read() {
        let (meta, _) = read("---\nauthors:\n  - Jane Doe\n  - John Roe\nsite: Example News\ncanonical: https://e.com\n---\n");
        assert_eq!(meta.authors, ["Jane Doe", "John Roe"]);
        assert_eq!(meta.publisher.as_deref(), Some("Example News"));
        assert_eq!(meta.url.as_deref(), Some("https://e.com"));
    }

    #[test]
    fn the_date_key_in_other_languages_is_read_when_it_holds_a_date() {
        let (meta, diags) = read("---\ntitolo: Venezia\ndata: 2025-04-18\n---\nBody");
        assert_eq!(meta.published.map(|(d, _)| d.to_string()).as_deref(), Some("2025-04-18"));
        assert!(diags.is_empty(), "{diags:?}");
        let (meta, diags) = read("---\ndata: warehouse figures\n---\nBody");
        assert_eq!((meta.published, diags.len()), (None, 0), "an English data key holds no date");
    }

    #[test]
    fn broken_yaml_is_a_warning_naming_the_line() {
        let (meta, diags) = read("---\ntitle: ok\ndate: [unclosed\nx: y\n---\nBody");
        assert_eq!(meta, FileMetadata::default());
        assert_eq!(diags.len(), 1);
        assert!(diags[0].line >= 3, "{:?}", diags[0]);
        assert!(diags[0].message.contains("not valid YAML"));
    }

    #[test]
    fn unclosed_front_matter_is_a_warning_and_the_whole_file_is_the_body() {
        let fm = split_front_matter("---\ntitle: x\nBody text").unwrap();
        assert!(!fm.closed);
        assert_eq!(fm.body, "---\ntitle: x\nBody text");
        let (_, diags) = read("---\ntitle: x\nBody text");
        assert!(diags[0].message.contains("never closed"));
    }

    /// Nine levels of nine aliases each: 9^9 (387 million) values expanded, in 700 bytes.
    fn alias_bomb() -> String {
        let mut yaml = String::from("---\ntitle: Bomb\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (name, prev) in ["b", "c", "d", "e", "f", "g", "h", "i"].iter().zip(["a", "b", "c", "d", "e", "f", "g", "h"]) {
            let refs = vec![format!("*{prev}"); 9].join(",");
            yaml.push_str(&format!("{name}: &{name} [{refs}]\n"));
        }
        yaml.push_str("---\nThe regulator fined the firm on July 7, 2023.\n");
        yaml
    }

    #[test]
    fn an_alias_bomb_is_a_warning_naming_its_line_and_the_body_is_still_read() {
        let text = alias_bomb();
        assert!(text.len() < 800);
        let (meta, diags) = read(&text);
        assert_eq!(meta, FileMetadata::default());
        assert_eq!(diags.len(), 1, "{diags:?}");
        assert!(diags[0].message.contains("aliases"), "{diags:?}");
        assert!((4..=11).contains(&diags[0].line), "{diags:?}");
        let outcome = crate::read::read_document("bomb.md", text.as_bytes()).expect("the body is read");
        assert!(outcome.source.blocks[0].text.contains("fined the firm"));
    }

    #[test]
    fn a_few_ordinary_aliases_are_fine() {
        let (meta, diags) = read("---\ntitle: &t Same\nheadline: *t\nauthors: &a [Jane Doe]\nwriters: *a\n---\n");
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(meta.title.as_deref(), Some("Same"));
    }

    #[test]
    fn deep_nesting_is_a_warning_naming_its_line() {
        // Flow nesting is refused by yaml-rust2's own recursion limit.
        let text = format!("---\ntitle: Deep\nx: {}{}\n---\nBody.\n", "[".repeat(50_000), "]".repeat(50_000));
        let (meta, diags) = read(&text);
        assert_eq!(meta, FileMetadata::default());
        assert_eq!(diags.len(), 1, "{diags:?}");
        assert_eq!(diags[0].line, 3);
        // Block nesting by indentation is refused by ours.
        let mut text = String::from("---\ntitle: Deep\n");
        for depth in 0..200 {
            text.push_str(&format!("{}k{depth}:\n", "  ".repeat(depth)));
        }
        text.push_str("---\nBody.\n");
        let (meta, diags) = read(&text);
        assert_eq!(meta, FileMetadata::default());
        assert_eq!(diags.len(), 1, "{diags:?}");
        assert!(diags[0].message.contains("deeper than 64"), "{diags:?}");
        assert!((60..=70).contains(&diags[0].line), "{diags:?}");
    }

    #[test]
    fn a_text_file_opening_with_a_rule_is_read_whole() {
        let text = "---\nRegulators met on June 1, 2023. They agreed on new rules.\n\n---\nThe regulator fined the firm on July 7, 2023.\n";
        let outcome = crate::read::read_document("a.txt", text.as_bytes()).expect("read");
        let texts: Vec<&str> = outcome.source.blocks.iter().map(|b| b.text.as_str()).collect();
        assert!(texts.iter().any(|t| t.contains("Regulators met")), "{texts:?}");
        assert!(texts.iter().any(|t| t.contains("fined the firm")), "{texts:?}");
        assert!(outcome.diagnostics.iter().any(|d| d.message.contains("read as article text")), "{:?}", outcome.diagnostics);
    }

    #[test]
    fn a_date_that_is_not_one_is_a_warning() {
        let (meta, diags) = read("---\ntitle: t\ndate: last Tuesday\n---\n");
        assert!(meta.published.is_none());
        assert_eq!(diags[0].line, 3);
    }

    #[test]
    fn a_written_out_date_under_any_common_key_in_any_case_is_read() {
        for (yaml, line) in [("pubDate: \"Fri, 18 Jul 2025 07:00:00 -0300\"", 3), ("Posted: 18 July 2025", 3), ("publishDate: July 18, 2025", 3)] {
            let (meta, diags) = read(&format!("---\ntitle: t\n{yaml}\n---\nBody"));
            assert_eq!(meta.published.map(|(d, _)| d.to_string()), Some("2025-07-18".into()), "{yaml}");
            assert!(diags.is_empty(), "{yaml}: {diags:?}");
            let (_, diags) = read(&format!("---\ntitle: t\n{}: soon\n---\nBody", yaml.split(':').next().unwrap_or_default()));
            assert_eq!(diags[0].line, line, "{yaml}");
        }
    }
}
