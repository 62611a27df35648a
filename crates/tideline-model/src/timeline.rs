//! The compiled timeline: documents, the actor table and the events.

use crate::date::EventDate;
use crate::event::{Actor, ActorId, DocumentId, Event};
use serde::{Deserialize, Serialize};

/// How a document's publication date was established.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DateBasis {
    /// Set in `tideline.toml`.
    Config,
    /// From YAML front matter.
    FrontMatter,
    /// From an HTML `<meta>` or `<time>` element.
    HtmlMeta,
    /// From a byline or dateline near the top of the text.
    Byline,
    /// Inferred from the latest dated reference in the text.
    Inferred,
    /// No date could be established.
    Unknown,
}

impl DateBasis {
    /// The name used in the JSON contract.
    pub fn as_str(self) -> &'static str {
        match self {
            DateBasis::Config => "config",
            DateBasis::FrontMatter => "front_matter",
            DateBasis::HtmlMeta => "html_meta",
            DateBasis::Byline => "byline",
            DateBasis::Inferred => "inferred",
            DateBasis::Unknown => "unknown",
        }
    }
}

/// A source document of the corpus.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// File name relative to the corpus folder.
    pub file: String,
    /// Headline, when known.
    pub title: Option<String>,
    /// Publisher, when known.
    pub publisher: Option<String>,
    /// Authors, in byline order.
    pub authors: Vec<String>,
    /// Publication date at the precision known.
    pub published: Option<EventDate>,
    /// How `published` was established.
    pub published_basis: DateBasis,
    /// Canonical URL (http or https only), when known.
    pub url: Option<String>,
}

/// Everything the widget shows: compiled at build time, embedded in the wasm.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Timeline {
    /// The corpus title from `tideline.toml`.
    pub title: String,
    /// Source documents; [`DocumentId`] indexes this.
    pub documents: Vec<Document>,
    /// Actors; [`ActorId`] indexes this.
    pub actors: Vec<Actor>,
    /// Events in chronological order.
    pub events: Vec<Event>,
}

impl Timeline {
    /// The document a [`DocumentId`] names, if it exists.
    pub fn document(&self, id: DocumentId) -> Option<&Document> {
        self.documents.get(usize::from(id.0))
    }
    /// The actor an [`ActorId`] names, if it exists.
    pub fn actor(&self, id: ActorId) -> Option<&Actor> {
        self.actors.get(usize::from(id.0))
    }
}
