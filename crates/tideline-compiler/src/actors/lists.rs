//! Names that stand in a list: "Alphabet, Amazon, Apple, ByteDance, Meta
//! and Microsoft", "Robinhood, OpenSea and Uniswap Labs".

use super::clauses;
use super::names::Word;
use super::vocabulary::Recognition;
use std::ops::Range;
use tideline_model::ActorKind;

/// Indices of runs that stand in a list of three or more names
/// ("Alphabet, Amazon, Apple, ByteDance, Meta and Microsoft").
pub(super) fn listed(sentence: &str, words: &[Word<'_>], runs: &[Range<usize>]) -> Vec<usize> {
    let spans: Vec<Range<usize>> = runs.iter().map(|run| words[run.start].span.0..words[run.end - 1].span.1).collect();
    chains(sentence, &spans).into_iter().filter(|chain| chain.len() >= 3).flatten().collect()
}

/// Indices of runs named as agents: after a participle of
/// `r.agent_participles` and "by" ("owned by Trenitalia, Air Nostrum and
/// Globalvia", "built by Airbus"), with the list that goes on from them;
/// or three names or more in a list with a verb after it ("Hapag-Lloyd,
/// CMA CGM and MSC followed").
pub(super) fn agents(sentence: &str, words: &[Word<'_>], runs: &[Range<usize>], r: &Recognition) -> Vec<usize> {
    let spans: Vec<Range<usize>> = runs.iter().map(|run| words[run.start].span.0..words[run.end - 1].span.1).collect();
    let by_agent = |at: usize| {
        let mut before = sentence[..at].split_whitespace().rev();
        before.next() == Some("by") && before.next().is_some_and(|w| r.agent_participles.iter().any(|p| p == w))
    };
    chains(sentence, &spans)
        .into_iter()
        .filter(|chain| by_agent(spans[chain.start].start) || chain.len() >= 3 && clauses::verb_next(&sentence[spans[chain.end - 1].end..], r))
        .flatten()
        .collect()
}

/// The words between two names of a sentence, trimmed.
fn between<'s>(sentence: &'s str, a: &Range<usize>, b: &Range<usize>) -> Option<&'s str> {
    sentence.get(a.end..b.start).map(str::trim)
}

/// The longest runs of `spans` (byte ranges of names, in order) that one
/// another follow with only a comma, "and", "or" or "&" between: each as a
/// range of indices into `spans`.
fn chains(sentence: &str, spans: &[Range<usize>]) -> Vec<Range<usize>> {
    let joined = |a, b| between(sentence, a, b).is_some_and(|w| matches!(w, "," | "and" | ", and" | "or" | ", or" | "&"));
    let mut out = Vec::new();
    let mut i = 0;
    while i < spans.len() {
        let mut j = i + 1;
        while j < spans.len() && joined(&spans[j - 1], &spans[j]) {
            j += 1;
        }
        out.push(i..j);
        i = j;
    }
    out
}

/// Indices of runs that stand in one list with names known to be
/// organisations (`known`, the gazetteer's: their byte ranges and kinds;
/// runs the document named so before, `named`, one kind or none per run;
/// or runs that end in a head word, "Mediterranean Shipping Company"), with
/// the kind of the first such name: "Robinhood, OpenSea and Uniswap Labs"
/// makes OpenSea a company when the others are. A list here is three names
/// or more, or two joined by "and". A name after a possessive is what its
/// owner makes ("Tencent's WeChat"), not one of them.
pub(super) fn listed_with_known(
    sentence: &str,
    words: &[Word<'_>],
    runs: &[Range<usize>],
    known: &[(Range<usize>, ActorKind)],
    named: &[Option<ActorKind>],
    r: &Recognition,
) -> Vec<(usize, ActorKind)> {
    if runs.is_empty() || runs.len() + known.len() < 2 {
        return Vec::new();
    }
    let organisation = |kind: &ActorKind| matches!(kind, ActorKind::Company | ActorKind::Organisation | ActorKind::Regulator);
    // Every name by its bytes, with its index among `runs` if it is one and its kind if known.
    let mut items: Vec<(Range<usize>, Option<usize>, Option<ActorKind>)> = runs
        .iter()
        .enumerate()
        .map(|(i, run)| {
            let head = r.heads.get(words[run.end - 1].text).copied().filter(organisation).filter(|_| run.len() > 1);
            let kind = head.or_else(|| named.get(i).copied().flatten().filter(organisation));
            (words[run.start].span.0..words[run.end - 1].span.1, Some(i), kind)
        })
        .collect();
    items.extend(known.iter().map(|(range, kind)| (range.clone(), None, Some(*kind))));
    items.sort_by_key(|(range, _, _)| range.start);
    let spans: Vec<Range<usize>> = items.iter().map(|(range, _, _)| range.clone()).collect();
    let owned = |run: usize| runs[run].start > 0 && words[runs[run].start - 1].possessive;
    let mut out = Vec::new();
    for chain in chains(sentence, &spans) {
        let first = &spans[chain.start];
        let long_enough = chain.len() >= 3 || chain.len() == 2 && between(sentence, first, &spans[chain.start + 1]) == Some("and");
        let chain = &items[chain];
        let Some(kind) = chain.iter().find_map(|(_, _, kind)| *kind).filter(|_| long_enough) else { continue };
        // "59 apps, including TikTok, WeChat and UC Browser": examples of
        // what the noun before them names, which only a list noun makes actors.
        let lead: Vec<&str> = sentence[..first.start].split_whitespace().rev().take(5).collect();
        let examples = lead.iter().take(2).position(|w| matches!(*w, "including" | "as")).is_some_and(|at| {
            let noun = lead[at + 1..].iter().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase());
            !noun.take(2).any(|w| r.list_nouns.contains(&w))
        });
        if !examples {
            out.extend(chain.iter().filter_map(|(_, run, _)| *run).filter(|&run| !owned(run)).map(|run| (run, kind)));
        }
    }
    out
}
