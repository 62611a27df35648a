//! The CLI's JSON output: a documented, stable contract (see README,
//! "The JSON contract"). Field names here are that contract; change them only
//! with a new contract version.

use crate::compile::Compilation;
use crate::diagnostic::Diagnostic;
use serde::Serialize;

/// Bumped on any incompatible change to the JSON shape.
pub const CONTRACT_VERSION: u32 = 1;

#[derive(Serialize)]
struct Output<'a> {
    version: u32,
    title: &'a str,
    documents: Vec<DocumentJson<'a>>,
    events: Vec<EventJson<'a>>,
    diagnostics: &'a [Diagnostic],
}

#[derive(Serialize)]
struct DocumentJson<'a> {
    file: &'a str,
    title: Option<&'a str>,
    publisher: Option<&'a str>,
    authors: &'a [String],
    published: Option<String>,
    published_precision: Option<&'static str>,
    published_basis: &'static str,
    url: Option<&'a str>,
    format: &'static str,
}

#[derive(Serialize)]
struct ActorJson<'a> {
    name: &'a str,
    kind: &'static str,
}

#[derive(Serialize)]
struct AmountJson<'a> {
    text: &'a str,
    value: f64,
    currency: &'a str,
}

#[derive(Serialize)]
struct SourceJson<'a> {
    file: &'a str,
    line: u32,
    evidence: &'a str,
}

#[derive(Serialize)]
struct EventJson<'a> {
    id: String,
    kind: &'static str,
    date: String,
    precision: &'static str,
    end: Option<String>,
    stance: &'static str,
    category: &'static str,
    summary: &'a str,
    actors: Vec<ActorJson<'a>>,
    amounts: Vec<AmountJson<'a>>,
    sources: Vec<SourceJson<'a>>,
    cues: &'a [String],
    origin: &'static str,
}

/// The compilation as pretty-printed JSON, byte-identical for equal input.
pub fn to_json(compilation: &Compilation) -> String {
    let t = &compilation.timeline;
    let file_of = |id: tideline_model::DocumentId| t.document(id).map_or("", |d| d.file.as_str());
    let output = Output {
        version: CONTRACT_VERSION,
        title: &t.title,
        documents: t
            .documents
            .iter()
            .zip(&compilation.formats)
            .map(|(d, format)| DocumentJson {
                file: &d.file,
                title: d.title.as_deref(),
                publisher: d.publisher.as_deref(),
                authors: &d.authors,
                published: d.published.map(|p| p.to_string()),
                published_precision: d.published.map(|p| p.precision().as_str()),
                published_basis: d.published_basis.as_str(),
                url: d.url.as_deref(),
                format: format.as_str(),
            })
            .collect(),
        events: t
            .events
            .iter()
            .map(|e| EventJson {
                id: e.id.to_hex(),
                kind: e.kind.as_str(),
                date: e.date.to_string(),
                precision: e.date.precision().as_str(),
                end: e.end.map(|d| d.to_string()),
                stance: e.stance.as_str(),
                category: e.category.as_str(),
                summary: &e.summary,
                actors: e.actors.iter().filter_map(|id| t.actor(*id)).map(|a| ActorJson { name: &a.name, kind: a.kind.as_str() }).collect(),
                amounts: e.amounts.iter().map(|a| AmountJson { text: &a.text, value: a.value, currency: &a.currency }).collect(),
                sources: e.sources.iter().map(|s| SourceJson { file: file_of(s.document), line: s.line, evidence: &s.evidence }).collect(),
                cues: &e.cues,
                origin: e.origin.as_str(),
            })
            .collect(),
        diagnostics: &compilation.diagnostics,
    };
    // Serialising plain structs of strings and numbers cannot fail.
    serde_json::to_string_pretty(&output).unwrap_or_else(|err| unreachable!("JSON output: {err}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compile::{compile_files, InputFile};

    #[test]
    fn output_follows_the_contract() {
        let compilation = compile_files(None, vec![InputFile { name: "a.txt".into(), bytes: b"The bank fined Ant Group on July 7, 2023.".to_vec() }]);
        let json: serde_json::Value = serde_json::from_str(&to_json(&compilation)).unwrap();
        let event = &json["events"][0];
        assert_eq!(event["date"], "2023-07-07");
        assert_eq!(event["precision"], "day");
        assert_eq!(event["stance"], "tightening");
        assert_eq!(event["origin"], "extracted");
        assert_eq!(event["sources"][0]["file"], "a.txt");
        assert_eq!(event["id"].as_str().map(str::len), Some(12));
        assert_eq!(json["documents"][0]["file"], "a.txt");
        assert!(json["diagnostics"].is_array());
    }
}
