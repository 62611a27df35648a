//! Chinese names: organisations by the suffixes that end their names
//! ("…人民政府", "…集团"), and people after a title ("总理李强"). Han
//! script has no capitals or spaces, so a name starts after the last
//! clause word before its suffix.

use super::vocabulary::Recognition;
use super::ActorMention;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;
use tideline_model::ActorKind;

/// Chinese organisation names ending in a suffix of `r`, and people after a
/// Chinese title.
pub(super) fn chinese_names(sentence: &str, r: &Recognition) -> Vec<(Range<usize>, ActorMention)> {
    static HAN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\p{Han}+").expect("valid regex"));
    let mut out = Vec::new();
    for run in HAN.find_iter(sentence) {
        let text = run.as_str();
        for (suffix, kind) in &r.chinese_suffixes {
            let mut from = 0;
            while let Some(found) = text[from..].find(suffix.as_str()) {
                let end = from + found + suffix.len();
                // The name starts after the last clause word before the suffix.
                let head = &text[..from + found];
                let start = r.chinese_particles.iter().filter_map(|p| head.rfind(p.as_str()).map(|at| at + p.len())).max().unwrap_or(0).max(from);
                let name = &text[start..end];
                if name.chars().count() >= suffix.chars().count() + 2 && name.chars().count() <= 16 {
                    out.push((run.start() + start..run.start() + end, ActorMention { name: name.to_owned(), kind: *kind }));
                }
                from = end;
            }
        }
        for title in &r.chinese_titles {
            for (at, _) in text.match_indices(title.as_str()) {
                let rest = &text[at + title.len()..];
                let chars: Vec<(usize, char)> = rest.char_indices().collect();
                let take = if chars.len() == 3 { 3 } else { 2 };
                if chars.len() >= take {
                    let end = chars.get(take).map_or(rest.len(), |(i, _)| *i);
                    let from = run.start() + at + title.len();
                    out.push((from..from + end, ActorMention { name: rest[..end].to_owned(), kind: ActorKind::Official }));
                }
            }
        }
    }
    // Longest first, then drop names inside others.
    out.sort_by_key(|(r, _)| (r.start, std::cmp::Reverse(r.end)));
    let mut kept: Vec<(Range<usize>, ActorMention)> = Vec::new();
    for (range, mention) in out {
        if !kept.iter().any(|(k, _)| k.start <= range.start && range.end <= k.end) {
            kept.push((range, mention));
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_names_start_after_clause_words() {
        let found = chinese_names("今天上海市人民政府对该公司作出处罚，总理李强表示支持。", Recognition::get());
        let names: Vec<_> = found.iter().map(|(_, m)| m.name.as_str()).collect();
        assert!(names.contains(&"上海市人民政府"), "{names:?}");
        assert!(names.contains(&"李强"), "{names:?}");
    }
}
