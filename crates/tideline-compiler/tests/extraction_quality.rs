//! Scores the compiler against the gold annotations in `tests/fixtures/`:
//! the five seeds (targets: recall and precision at least 0.90, stance
//! accuracy at least 0.85, extracted events only) and documents in other styles and topics,
//! so no rule is tuned to five files. Counting follows
//! `tests/fixtures/gold/README` and the reference `score.py`: a gold mention
//! is found when an extracted event has a source in the same file whose
//! sentence overlaps it and whose date equals the gold date at the gold's
//! precision (or lies inside it).

use serde_json::Value;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use tideline_compiler::{compile_dir, json::to_json};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn tokens(text: &str) -> HashSet<String> {
    let mut out = HashSet::new();
    let mut word = String::new();
    for c in text.to_lowercase().chars() {
        if c.is_alphanumeric() || c == '_' {
            word.push(c);
        } else if !word.is_empty() {
            out.insert(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        out.insert(word);
    }
    out
}

fn same_sentence(gold: &str, extracted: &str) -> bool {
    let (g, x) = (tokens(gold), tokens(extracted));
    if g.is_empty() || x.is_empty() {
        return false;
    }
    let shared = g.intersection(&x).count() as f64;
    shared / g.len() as f64 >= 0.6 || shared / x.len() as f64 >= 0.8
}

fn date_ok(gold: &str, extracted: &str) -> bool {
    extracted == gold || extracted.starts_with(&format!("{gold}-"))
}

/// How well one corpus was extracted; actor figures over matched required
/// mentions.
#[derive(Default)]
struct Score {
    recall: f64,
    precision: f64,
    stance: f64,
    actor_recall: f64,
    actor_precision: f64,
}

/// A name lowercased without punctuation, possessives or a leading "the".
fn normalised_name(name: &str) -> String {
    let lower = name.to_lowercase().replace(['’', '\''], "'").replace("'s", "");
    // "A.P. Moller-Maersk" holds the word "maersk".
    let kept: String =
        lower.chars().filter(|c| c.is_alphanumeric() || c.is_whitespace() || *c == '-').map(|c| if c == '-' { ' ' } else { c }).collect();
    let kept = kept.trim().trim_start_matches("the ").trim().replace(" of the ", " of ");
    // One institution, two ways to write it: "Dutch government" is the
    // "Government of the Netherlands", "Australian Senate" the "Senate of
    // Australia".
    let by_adjective = country_of_adjective().iter().find_map(|(adjective, country)| {
        let rest = kept.strip_prefix(adjective.as_str())?.strip_prefix(' ')?;
        Some(format!("{rest} of {country}"))
    });
    by_adjective.unwrap_or(kept)
}

/// Country adjectives, lowercased, and their countries without "the"
/// ("dutch" → "netherlands"), from the compiler's own table
/// (`data/actors.toml`, `[demonyms.countries]`): a fact about names, not
/// a rule of the extractor.
fn country_of_adjective() -> &'static HashMap<String, String> {
    static TABLE: std::sync::LazyLock<HashMap<String, String>> = std::sync::LazyLock::new(|| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/actors.toml");
        let text = std::fs::read_to_string(&path).expect("data/actors.toml reads");
        let data: toml::Table = text.parse().expect("data/actors.toml parses");
        let countries = data["demonyms"]["countries"].as_table().expect("[demonyms.countries] is a table");
        countries
            .iter()
            .filter_map(|(adjective, country)| {
                let country = country.as_str()?.to_lowercase();
                Some((adjective.to_lowercase(), country.trim_start_matches("the ").to_owned()))
            })
            .collect()
    });
    &TABLE
}

/// True when an extracted actor name is the gold one: equal once
/// normalised, or one a shorter form of the other that keeps its first or
/// last word ("Meta" and "Meta Platforms", "Commission" and "European
/// Commission").
fn same_actor(gold: &str, extracted: &str) -> bool {
    let (a, b) = (normalised_name(gold), normalised_name(extracted));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    if a == b {
        return true;
    }
    let (ta, tb): (Vec<&str>, Vec<&str>) = (a.split_whitespace().collect(), b.split_whitespace().collect());
    let (short, long) = if ta.len() <= tb.len() { (ta, tb) } else { (tb, ta) };
    short.iter().all(|w| long.contains(w)) && (short.len() > 1 || short[0] == long[0] || Some(&short[0]) == long.last())
}

/// The gold names of `actor`: itself and the aliases the gold gives it
/// (`actor_aliases`, e.g. the Chinese name of an English one).
fn gold_names<'g>(gold: &'g Value, actor: &'g str) -> Vec<&'g str> {
    let mut names = vec![actor];
    match &gold["actor_aliases"][actor] {
        Value::String(alias) => names.push(alias),
        Value::Array(aliases) => names.extend(aliases.iter().filter_map(Value::as_str)),
        _ => {}
    }
    names
}

/// Scores `corpus` against the gold mentions in `gold_path`, per domain
/// when the gold names one (the whole corpus under "all"). Recall counts
/// required mentions (all, for gold without `required`); precision counts
/// every extracted mention against every gold mention.
fn score_by_domain(corpus: &Path, gold_path: &Path, quiet: bool) -> Vec<(String, Score)> {
    let compilation = compile_dir(corpus).expect("corpus folder is readable");
    let extracted: Value = serde_json::from_str(&to_json(&compilation)).expect("valid JSON");
    let gold: Vec<Value> = serde_json::from_str(&std::fs::read_to_string(gold_path).expect("gold file")).expect("gold JSON");
    let str_of = |v: &Value, key: &str| v[key].as_str().unwrap_or("").to_owned();
    let domain_of_file: std::collections::HashMap<String, String> =
        gold.iter().map(|g| (str_of(g, "file"), g["domain"].as_str().unwrap_or("all").to_owned())).collect();
    let mut domains: Vec<String> = domain_of_file.values().cloned().collect::<HashSet<_>>().into_iter().collect();
    domains.sort();
    let mut out = Vec::new();
    for domain in domains.iter().map(String::as_str).chain(if domains.len() > 1 { Some("all") } else { None }) {
        let in_domain = |file: &str| domain == "all" || domain_of_file.get(file).map(String::as_str) == Some(domain);
        let gold: Vec<&Value> = gold.iter().filter(|g| in_domain(&str_of(g, "file"))).collect();
        out.push((domain.to_owned(), score_mentions(&extracted, &gold, quiet || domain != "all")));
    }
    out
}

fn score_mentions(extracted: &Value, gold: &[&Value], quiet: bool) -> Score {
    let str_of = |v: &Value, key: &str| v[key].as_str().unwrap_or("").to_owned();
    let gold_files: HashSet<String> = gold.iter().map(|g| str_of(g, "file")).collect();
    // (event, source) pairs of extracted events in the scored files.
    let mut mentions = Vec::new();
    for event in extracted["events"].as_array().into_iter().flatten() {
        if event["origin"] == "curated" {
            continue;
        }
        for source in event["sources"].as_array().into_iter().flatten() {
            if gold_files.contains(source["file"].as_str().unwrap_or("")) {
                mentions.push((event, source));
            }
        }
    }
    let required: Vec<&&Value> = gold.iter().filter(|g| g["required"].as_bool().unwrap_or(true)).collect();
    let (mut dated, mut stance_ok) = (0usize, 0usize);
    let (mut gold_actors, mut found_actors, mut named, mut named_right) = (0usize, 0usize, 0usize, 0usize);
    let mut missed = Vec::new();
    for g in &required {
        let good: Vec<_> = mentions
            .iter()
            .filter(|(e, s)| {
                s["file"] == g["file"]
                    && same_sentence(&str_of(g, "evidence"), &str_of(s, "evidence"))
                    && date_ok(&str_of(g, "date"), &str_of(e, "date"))
            })
            .collect();
        let Some((first, _)) = good.first() else {
            missed.push(format!("{} want {} ({})", str_of(g, "id"), str_of(g, "date"), str_of(g, "date_expression")));
            continue;
        };
        dated += 1;
        if good.iter().any(|(e, _)| e["stance"] == g["stance"]) {
            stance_ok += 1;
        } else if !quiet {
            println!("stance: {} want {} got {}", str_of(g, "id"), str_of(g, "stance"), str_of(first, "stance"));
        }
        let extracted_actors: Vec<String> = first["actors"].as_array().into_iter().flatten().map(|a| str_of(a, "name")).collect();
        let wanted: Vec<&str> = g["actors"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
        for actor in &wanted {
            gold_actors += 1;
            found_actors += usize::from(gold_names(g, actor).iter().any(|n| extracted_actors.iter().any(|x| same_actor(n, x))));
        }
        for x in &extracted_actors {
            named += 1;
            named_right += usize::from(wanted.iter().any(|a| gold_names(g, a).iter().any(|n| same_actor(n, x))));
        }
    }
    let mut wrong = Vec::new();
    let correct = mentions
        .iter()
        .filter(|(e, s)| {
            let ok = gold.iter().any(|g| {
                g["file"] == s["file"]
                    && same_sentence(&str_of(g, "evidence"), &str_of(s, "evidence"))
                    && date_ok(&str_of(g, "date"), &str_of(e, "date"))
            });
            if !ok {
                wrong.push(format!("{} {}: {}", str_of(e, "date"), str_of(s, "file"), str_of(s, "evidence")));
            }
            ok
        })
        .count();
    if !quiet {
        missed.iter().for_each(|m| println!("missed: {m}"));
        wrong.iter().for_each(|w| println!("spurious: {w}"));
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    Score {
        recall: ratio(dated, required.len()),
        precision: ratio(correct, mentions.len()),
        stance: ratio(stance_ok, dated),
        actor_recall: ratio(found_actors, gold_actors),
        actor_precision: ratio(named_right, named),
    }
}

/// The whole-corpus score, printed.
fn score(corpus: &Path, gold_path: &Path) -> Score {
    let (_, all) = score_by_domain(corpus, gold_path, false).pop().expect("a score");
    print_row("all", &all);
    all
}

fn print_row(domain: &str, s: &Score) {
    println!("| {domain} | {:.2} | {:.2} | {:.2} | {:.2} | {:.2} |", s.recall, s.precision, s.stance, s.actor_recall, s.actor_precision);
}

/// Scores a development gold set and prints its table, one row per domain.
fn score_dev_gold(set: &str, quiet: bool) -> Score {
    let dir = repo().join("tests/fixtures/dev-gold").join(set);
    let rows = score_by_domain(&dir.join("corpus"), &dir.join("events.json"), quiet);
    println!("{set}: | domain | recall | precision | stance | actor recall | actor precision |");
    for (domain, s) in &rows {
        print_row(domain, s);
    }
    rows.into_iter().last().map(|(_, s)| s).unwrap_or_default()
}

/// Stated publication dates the compiler found, and how many there are.
fn stated_publication_dates(set: &str) -> (usize, usize) {
    let dir = repo().join("tests/fixtures/dev-gold").join(set);
    let compilation = compile_dir(&dir.join("corpus")).expect("corpus folder is readable");
    let gold: Vec<Value> = serde_json::from_str(&std::fs::read_to_string(dir.join("documents.json")).expect("gold documents")).expect("gold JSON");
    let stated: Vec<&Value> = gold.iter().filter(|d| d["published_stated"] == true).collect();
    let found = stated
        .iter()
        .filter(|d| {
            let want = d["published"].as_str().unwrap_or("");
            compilation
                .timeline
                .documents
                .iter()
                .any(|doc| doc.file == d["file"].as_str().unwrap_or("") && doc.published.is_some_and(|p| p.to_string() == want))
        })
        .count();
    (found, stated.len())
}

#[test]
fn the_seeds_meet_the_extraction_targets() {
    let s = score(&repo().join("seeds"), &repo().join("tests/fixtures/gold/events.json"));
    assert!(s.recall >= 0.90, "recall {:.3} < 0.90", s.recall);
    assert!(s.precision >= 0.90, "precision {:.3} < 0.90", s.precision);
    assert!(s.stance >= 0.85, "stance accuracy {:.3} < 0.85", s.stance);
}

#[test]
fn documents_in_other_styles_and_topics_are_extracted_too() {
    let dir = repo().join("tests/fixtures/styles");
    let s = score(&dir.join("corpus"), &dir.join("events.json"));
    assert!(s.recall >= 0.80, "recall {:.3} < 0.80", s.recall);
    assert!(s.precision >= 0.80, "precision {:.3} < 0.80", s.precision);
    assert!(s.stance >= 0.75, "stance accuracy {:.3} < 0.75", s.stance);
}

/// Floors for one scored set: recall, precision, stance, actor recall,
/// actor precision.
struct Floors(f64, f64, f64, f64, f64);

impl Floors {
    fn check(&self, set: &str, s: &Score) {
        let pairs = [
            ("recall", s.recall, self.0),
            ("precision", s.precision, self.1),
            ("stance", s.stance, self.2),
            ("actor recall", s.actor_recall, self.3),
            ("actor precision", s.actor_precision, self.4),
        ];
        for (what, got, floor) in pairs {
            assert!(got >= floor, "{set}: {what} {got:.3} < {floor}");
        }
    }
}

/// The tuned parts of the development gold, compiled with no
/// `tideline.toml`: `tune/` (six domains the seeds do not cover) and
/// `wide/` (seven more, in other styles), `broad/` (six more), `fresh/`
/// (six more), `novel/` (five more) and `field/` (five more). The floors are the figures
/// reached, so extraction cannot silently get worse: a ratchet, raised as
/// they improve towards the targets (recall and precision 0.90,
/// stance 0.85, actors 0.80 / 0.85).
#[test]
fn the_tuned_development_gold_is_extracted_across_domains() {
    for (set, floors) in TUNED_FLOORS {
        floors.check(set, &score_dev_gold(set, false));
    }
}

/// Each tuned set's floors, at the figures of 2026-12-08 (raised in the
/// sixth session, again in the seventh and eighth, the same day, and in the
/// ninth, tenth, eleventh, twelfth, thirteenth, fourteenth, fifteenth,
/// sixteenth and seventeenth) less a hair.
/// `broad/` (six more domains, written in the fourth session and first
/// scored before any tuning at .78 / .77 / .58 / .57 / .76) joined then;
/// `fresh/` (six more, written in the fifth session by someone who never
/// read the extractor, first scored at .87 / .80 / .60 / .35 / .76 by the
/// code of that session's start) joined in the fifth; `novel/` (five more
/// domains, ten documents written in the tenth session by someone who never
/// read the extractor, first scored at .91 / .82 / .65 / .46 / .73 by the
/// code of that session's start) joined in the tenth; `field/` (five more
/// domains, ten documents in five languages' styles written in the
/// seventeenth session by someone who never read the extractor, first
/// scored at .83 / .85 / .63 / .55 / .84 by the code of that session's
/// fourth commit) joined in the seventeenth.
const TUNED_FLOORS: [(&str, Floors); 6] = [
    ("tune", Floors(0.93, 0.93, 0.85, 0.86, 0.81)),
    ("wide", Floors(0.92, 0.90, 0.79, 0.70, 0.79)),
    ("broad", Floors(0.92, 0.90, 0.76, 0.71, 0.84)),
    ("fresh", Floors(0.89, 0.85, 0.86, 0.665, 0.88)),
    ("novel", Floors(0.97, 0.88, 0.79, 0.70, 0.83)),
    ("field", Floors(0.83, 0.86, 0.66, 0.56, 0.84)),
];

/// The held-out part, never tuned on: its figures are printed for README
/// (without the events, so that reading the output teaches nothing to tune
/// on); its floors sit just under what it scored when first measured.
#[test]
fn the_held_out_development_gold_is_scored() {
    for (set, (recall, precision)) in HELD_OUT_FLOORS {
        let s = score_dev_gold(set, true);
        assert!(s.recall >= recall, "{set}: recall {:.3} < {recall}", s.recall);
        assert!(s.precision >= precision, "{set}: precision {:.3} < {precision}", s.precision);
    }
}

/// Recall and precision on each held-out set when first scored, less a
/// little: `holdout/` 0.74 and 0.89 (2026-12-06, first session), `blind/`
/// written by someone who never read the extractor, scored once at the end
/// of the second session (0.61 and 0.64) and once more in the third, after
/// dates in six languages (0.75 and 0.70).
const HELD_OUT_FLOORS: [(&str, (f64, f64)); 2] = [("holdout", (0.70, 0.85)), ("blind", (0.72, 0.66))];

#[test]
fn every_stated_publication_date_is_found() {
    for set in ["tune", "wide", "broad", "fresh", "novel", "field", "holdout", "blind"] {
        let (found, stated) = stated_publication_dates(set);
        println!("{set}: {found} of {stated} stated publication dates found");
        if matches!(set, "tune" | "wide" | "novel" | "field") {
            assert_eq!(found, stated, "{set}: stated publication dates missed");
        }
        // One known miss: a wire dateline with no year ("KINSHASA, Sept 22")
        // over a story whose latest stated years are plans (2026, 2027).
        // The same in `fresh/` ("JAKARTA, June 18"): its latest stated year
        // is 2023, its "this year" is 2025.
        if set == "broad" || set == "fresh" {
            assert!(found + 1 >= stated, "{set}: {found} of {stated} stated publication dates found");
        }
    }
}
