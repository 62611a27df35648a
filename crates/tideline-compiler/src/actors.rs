//! Who takes part: gazetteer names (canonical, aliases, other scripts) found
//! with one aho-corasick pass, plus capitalised organisation names the
//! gazetteer does not know, recognised by their head word ("… Commission").

use crate::config::ActorEntry;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use crate::word_boundary::BoundaryRegex;
use std::sync::LazyLock;
use tideline_model::ActorKind;

/// An actor named in a sentence.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ActorMention {
    /// Canonical name.
    pub name: String,
    /// What it is.
    pub kind: ActorKind,
}

/// Finds gazetteer actors and unknown organisations in sentences.
pub struct ActorFinder {
    matcher: Option<AhoCorasick>,
    /// Why the gazetteer's matcher could not be built, if it could not.
    problem: Option<String>,
    /// For each pattern, the index of its entry.
    owners: Vec<usize>,
    entries: Vec<ActorEntry>,
}

/// Organisation-like names: capitalised words ending in a head noun that
/// marks an institution. The head decides the kind.
static ORGANISATION: LazyLock<BoundaryRegex> = LazyLock::new(|| {
    BoundaryRegex::new(concat!(
        r"\b((?:[A-Z][\w&'’.-]*\s+(?:of\s+(?:the\s+)?|and\s+|for\s+)?){1,6}",
        r"(?:Group|Holdings?|Corp(?:oration)?|Inc|Ltd|Limited|Bank|Ministry|Commission|Administration|",
        r"Bureau|Authority|Agency|Council|Court|Regulator|Committee|Exchange|Office|Department))\b",
        r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’-]*){0,4})?"
    ))
    .expect("valid organisation pattern")
});

fn kind_of_organisation(name: &str) -> ActorKind {
    const REGULATOR_HEADS: [&str; 10] = [
        "Ministry", "Commission", "Administration", "Bureau", "Authority", "Agency", "Regulator",
        "Court", "Committee", "Department",
    ];
    if REGULATOR_HEADS.iter().any(|head| name.contains(head)) {
        ActorKind::Regulator
    } else if ["Group", "Holding", "Corp", "Inc", "Ltd", "Limited"].iter().any(|h| name.contains(h)) {
        ActorKind::Company
    } else {
        ActorKind::Organisation
    }
}

fn is_word_char(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric() && c.is_ascii())
}

impl ActorFinder {
    /// A finder for the gazetteer `entries`.
    pub fn new(entries: &[ActorEntry]) -> Self {
        let mut patterns = Vec::new();
        let mut owners = Vec::new();
        for (index, entry) in entries.iter().enumerate() {
            for name in std::iter::once(&entry.name).chain(&entry.aliases) {
                if !name.trim().is_empty() {
                    patterns.push(name.clone());
                    owners.push(index);
                }
            }
        }
        let built = AhoCorasickBuilder::new().match_kind(MatchKind::LeftmostLongest).build(&patterns);
        let (matcher, problem) = match built {
            Ok(matcher) => (Some(matcher), None),
            Err(err) => (None, Some(err.to_string())),
        };
        ActorFinder { matcher, problem, owners, entries: entries.to_vec() }
    }

    /// Why the gazetteer could not be used (its names are then not found), if so.
    pub fn problem(&self) -> Option<&str> {
        self.problem.as_deref()
    }

    /// The actors named in `sentence`, each once, in order of appearance.
    pub fn find(&self, sentence: &str) -> Vec<ActorMention> {
        let mut found: Vec<ActorMention> = Vec::new();
        let mut covered: Vec<std::ops::Range<usize>> = Vec::new();
        if let Some(matcher) = &self.matcher {
            for m in matcher.find_iter(sentence) {
                // Latin names must stand as whole words ("Ant" is not in "Antitrust").
                let before = sentence[..m.start()].chars().next_back();
                let after = sentence[m.end()..].chars().next();
                if is_word_char(before) || is_word_char(after) {
                    continue;
                }
                let entry = &self.entries[self.owners[m.pattern().as_usize()]];
                covered.push(m.range());
                push_unique(&mut found, ActorMention { name: entry.name.clone(), kind: entry.kind });
            }
        }
        for m in ORGANISATION.for_text(sentence).find_iter(sentence) {
            if covered.iter().any(|r| r.start < m.end() && m.start() < r.end) {
                continue;
            }
            let name = m.as_str().trim().trim_start_matches("The ").to_owned();
            if name.split_whitespace().count() < 2 {
                continue;
            }
            push_unique(&mut found, ActorMention { kind: kind_of_organisation(&name), name });
        }
        found
    }
}

fn push_unique(found: &mut Vec<ActorMention>, actor: ActorMention) {
    if !found.iter().any(|a| a.name == actor.name) {
        found.push(actor);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finder() -> ActorFinder {
        ActorFinder::new(&[
            ActorEntry { name: "Ant Group".into(), kind: ActorKind::Company, aliases: vec!["Ant".into(), "蚂蚁集团".into()] },
            ActorEntry {
                name: "People's Bank of China".into(),
                kind: ActorKind::Regulator,
                aliases: vec!["PBOC".into(), "central bank".into()],
            },
        ])
    }

    #[test]
    fn aliases_map_to_the_canonical_name_once() {
        let names: Vec<_> = finder().find("The PBOC fined Ant Group; the central bank said Ant would pay.").into_iter().map(|a| a.name).collect();
        assert_eq!(names, vec!["People's Bank of China", "Ant Group"]);
    }

    #[test]
    fn latin_names_match_whole_words_only() {
        assert!(finder().find("Antitrust rules and a pleasant day.").is_empty());
    }

    #[test]
    fn chinese_aliases_match_inside_text() {
        assert_eq!(finder().find("监管部门约谈蚂蚁集团")[0].name, "Ant Group");
    }

    #[test]
    fn unknown_organisations_are_found_by_their_head_word() {
        let found = finder().find("The National Development and Reform Commission praised Meituan Holdings.");
        assert_eq!(found[0], ActorMention { name: "National Development and Reform Commission".into(), kind: ActorKind::Regulator });
        assert_eq!(found[1].kind, ActorKind::Company);
    }

    #[test]
    fn ministry_of_names_keep_their_complement() {
        let found = finder().find("The Ministry of Industry and Information Technology said so.");
        assert_eq!(found[0].name, "Ministry of Industry and Information Technology");
    }
}
