//! Compile throughput per core: the whole pipeline (read → … → merge) over a
//! synthetic corpus held in memory, on a one-thread rayon pool so the figure
//! is MB/s of text per core. Target: at least 20 MB/s. The stages that touch
//! every sentence (segmenting, date tagging) are measured alone as well.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use tideline_compiler::dates::{tag_dates, DateContext};
use tideline_compiler::init::init_dir;
use tideline_compiler::segment::split_sentences;
use tideline_compiler::synth::{synthesize, write_corpus, SynthOptions, SyntheticCorpus, DEFAULT_SEED};
use tideline_compiler::{compile_files, InputFile};

/// Dated event sentences in the benchmark corpus (about 0.5 MB of text).
const EVENTS: usize = 3_000;

fn corpus() -> SyntheticCorpus {
    synthesize(&SynthOptions { events: EVENTS, seed: DEFAULT_SEED })
}

fn inputs(corpus: &SyntheticCorpus) -> Vec<InputFile> {
    corpus.files.iter().map(|f| InputFile { name: f.name.clone(), bytes: f.text.as_bytes().to_vec() }).collect()
}

fn one_thread() -> rayon::ThreadPool {
    rayon::ThreadPoolBuilder::new().num_threads(1).build().expect("a one-thread pool")
}

fn compile_throughput(c: &mut Criterion) {
    let corpus = corpus();
    let files = inputs(&corpus);
    let pool = one_thread();
    let mut group = c.benchmark_group("compile");
    group.throughput(Throughput::Bytes(corpus.bytes() as u64));
    group.sample_size(20);
    group.bench_function("synthetic corpus, one thread", |b| {
        b.iter(|| pool.install(|| compile_files(Some(&corpus.config), black_box(files.clone()))))
    });
    group.finish();
}

fn stage_throughput(c: &mut Criterion) {
    let corpus = corpus();
    let text: String = corpus.files.iter().map(|f| f.text.as_str()).collect::<Vec<_>>().join("\n\n");
    let mut group = c.benchmark_group("stages");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(20);
    group.bench_function("split_sentences", |b| b.iter(|| split_sentences(black_box(&text)).len()));
    let sentences: Vec<&str> = split_sentences(&text).into_iter().map(|s| s.text).collect();
    let context = DateContext::default();
    group.bench_function("tag_dates", |b| b.iter(|| sentences.iter().map(|s| tag_dates(black_box(s), &context).mentions.len()).sum::<usize>()));
    group.finish();
}

/// `tideline init` on a folder of about 1,000 synthetic articles, from
/// reading the folder to writing the starter file. Target: within 10 s.
fn init_thousand_articles(c: &mut Criterion) {
    let dir = std::env::temp_dir().join(format!("tideline-bench-init-{}", std::process::id()));
    let corpus = write_corpus(&dir, &SynthOptions { events: 17_500, seed: DEFAULT_SEED }).expect("synthetic corpus written");
    let settings = dir.join("tideline.toml");
    let articles = corpus.files.len() - 1;
    let mut group = c.benchmark_group("init");
    group.sample_size(10);
    group.bench_function(format!("{articles} articles"), |b| {
        b.iter_batched(
            || std::fs::remove_file(&settings).expect("the last starter file is removed"),
            |()| init_dir(black_box(&dir)).expect("init writes a starter"),
            criterion::BatchSize::PerIteration,
        )
    });
    group.finish();
    let _ = std::fs::remove_dir_all(&dir);
}

criterion_group!(benches, compile_throughput, stage_throughput, init_thousand_articles);
criterion_main!(benches);
