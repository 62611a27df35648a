//! Query engine speed at corpus sizes a blog will never reach: filtering and
//! facet counts over 1k, 10k and 100k synthetic events (target: under 5 ms
//! median at 100k, so a keystroke stays within one frame in the browser).

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use std::hint::black_box;
use tideline_model::*;

const WORDS: &[&str] = &[
    "regulator",
    "fined",
    "platform",
    "support",
    "investigation",
    "market",
    "rules",
    "pledged",
    "company",
    "payments",
    "antitrust",
    "growth",
    "economy",
    "shares",
    "campaign",
    "meeting",
];

/// A deterministic timeline of `n` events over 10 years, 300 actors, 200 documents.
fn synthetic(n: usize) -> Timeline {
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let actors = (0..300).map(|i| Actor { name: format!("Actor {i} Holdings"), kind: ActorKind::ALL[i % 6] }).collect();
    let documents = (0..200)
        .map(|i| Document {
            file: format!("doc{i}.txt"),
            title: Some(format!("Document number {i}")),
            publisher: None,
            authors: vec![],
            published: None,
            published_basis: DateBasis::Unknown,
            url: None,
        })
        .collect();
    let events = (0..n)
        .map(|i| {
            let day = CivilDate::from_day_number(16_000 + (next() % 3650) as i32);
            let sentence: Vec<&str> = (0..24).map(|_| WORDS[(next() % WORDS.len() as u64) as usize]).collect();
            let sentence = sentence.join(" ");
            Event {
                id: EventId(i as u64),
                kind: EventKind::Event,
                date: EventDate::day(day),
                end: None,
                stance: Stance::ALL[(next() % 3) as usize],
                category: Category::ALL[(next() % 12) as usize],
                summary: sentence[..60].to_owned(),
                actors: vec![ActorId((next() % 300) as u16), ActorId((next() % 300) as u16)],
                amounts: vec![],
                sources: vec![Source { document: DocumentId((next() % 200) as u16), evidence: sentence, line: 1 }],
                cues: vec![],
                origin: Origin::Extracted,
            }
        })
        .collect();
    Timeline { title: "bench".into(), documents, actors, events }
}

fn filtering(c: &mut Criterion) {
    let mut group = c.benchmark_group("query");
    for n in [1_000, 10_000, 100_000] {
        let timeline = synthetic(n);
        // As the widget has it: above 2,000 events the index is embedded,
        // with the one-letter terms' events ready; below, built here.
        let index = if n > BROWSER_BUILDS_INDEX_UP_TO { search_index_with_byte_sets(&timeline) } else { Vec::new() };
        let engine = QueryEngine::new(&timeline).with_search_index(&index);
        let everything = Filter::default();
        let facets = Filter { stances: vec![Stance::Easing], categories: vec![Category::Fine, Category::Meeting], ..Filter::default() };
        let search = Filter { text: "antitrust pledged".into(), ..Filter::default() };
        // The first keystroke in the search box: one letter, which most words hold.
        let letter = Filter { text: "p".into(), ..Filter::default() };
        let range =
            Filter { from: CivilDate::new(2016, 1, 1).ok(), to: CivilDate::new(2018, 12, 31).ok(), actors: vec![ActorId(7)], ..Filter::default() };
        group.bench_with_input(BenchmarkId::new("everything", n), &everything, |b, f| b.iter(|| black_box(engine.run(f))));
        group.bench_with_input(BenchmarkId::new("stance_and_category", n), &facets, |b, f| b.iter(|| black_box(engine.run(f))));
        group.bench_with_input(BenchmarkId::new("search_two_words", n), &search, |b, f| b.iter(|| black_box(engine.run(f))));
        group.bench_with_input(BenchmarkId::new("date_range_and_actor", n), &range, |b, f| b.iter(|| black_box(engine.run(f))));
        group.bench_with_input(BenchmarkId::new("search_one_letter", n), &letter, |b, f| b.iter(|| black_box(engine.run(f))));
    }
    group.finish();
}

fn decoding(c: &mut Criterion) {
    let bytes = encode(&synthetic(100_000));
    c.bench_function("decode_100k", |b| b.iter(|| black_box(decode(&bytes))));
}

/// Set-up at load (facet columns) and the search index built after the first draw.
fn preparing(c: &mut Criterion) {
    let timeline = synthetic(100_000);
    c.bench_function("engine_new_100k", |b| b.iter(|| black_box(QueryEngine::new(&timeline))));
    c.bench_function("search_index_100k", |b| {
        b.iter(|| {
            let engine = QueryEngine::new(&timeline);
            engine.prepare_search();
            black_box(engine)
        })
    });
}

criterion_group!(benches, filtering, decoding, preparing);
criterion_main!(benches);
