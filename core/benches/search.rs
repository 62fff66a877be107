//! Search latency and index build time.
//!
//! Prints p50/p95/max per-keystroke latency (search + snippets, 20 hits)
//! for realistic queries in every language, including 1-3 letter prefixes,
//! on two corpora: the embedded content as it is, and a scaled corpus (the
//! embedded documents 40 times over, plus the bundled seed documents split
//! into article-sized English chunks when `shared/seeds/` is present) that
//! approximates the full guide. Then runs the criterion benchmarks.
//!
//! `cargo bench -p passage-core --bench search`

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use criterion::Criterion;
use passage_core::guide::search::{Document, FieldKind, SearchIndex};
use passage_core::guide::SearchItem;
use passage_core::i18n::{negotiate, Language};

/// (reader language, query) pairs a person would type, keystroke by
/// keystroke for some.
const QUERIES: &[(&str, &str)] = &[
    ("en", "l"),
    ("en", "la"),
    ("en", "law"),
    ("en", "lawyer"),
    ("en", "free legal help"),
    ("en", "annex 26"),
    ("en", "orange card"),
    ("en", "interview cgrs"),
    ("en", "a"),
    ("fr", "a"),
    ("fr", "av"),
    ("fr", "avo"),
    ("fr", "avocat"),
    ("fr", "aide juridique"),
    ("fr", "procédure d'asile"),
    ("fr", "carte orange"),
    ("nl", "advocaat"),
    ("nl", "gratis juridische hulp"),
    ("nl", "bij"),
    ("es", "tarjeta"),
    ("ar", "م"),
    ("ar", "مح"),
    ("ar", "محا"),
    ("ar", "محامي"),
    ("ar", "إجراءات اللجوء"),
    ("ar", "البطاقة البرتقالية"),
    ("fa", "ک"),
    ("fa", "کارت نارنجی"),
    ("fa", "ضمیمه ۲۶"),
    ("ps", "نارنجي"),
    ("so", "ka"),
    ("so", "kaarka"),
    ("ti", "ት"),
    ("ti", "ትካል"),
];

const REPEAT: usize = 200;
const LIMIT: usize = 20;

fn seeds_dir() -> Option<std::path::PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/seeds");
    dir.is_dir().then_some(dir)
}

/// The embedded documents `copies` times, plus seed chunks.
fn scaled_documents(copies: usize) -> Vec<Document> {
    let embedded = embedded_documents();
    let mut docs = Vec::new();
    for copy in 0..copies {
        for doc in &embedded {
            let mut doc = doc.clone();
            doc.item = match &doc.item {
                SearchItem::Article { slug } => SearchItem::Article {
                    slug: format!("{slug}-{copy}"),
                },
                SearchItem::Glossary { id } => SearchItem::Glossary {
                    id: format!("{id}-{copy}"),
                },
                SearchItem::Contact { id } => SearchItem::Contact {
                    id: format!("{id}-{copy}"),
                },
            };
            docs.push(doc);
        }
    }
    if let Some(dir) = seeds_dir() {
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .into_iter()
            .flatten()
            .flatten()
            .collect();
        files.sort_by_key(|e| e.file_name());
        for (n, file) in files.iter().enumerate() {
            let text = std::fs::read_to_string(file.path()).unwrap_or_default();
            let words: Vec<&str> = text.split_whitespace().collect();
            for (i, chunk) in words.chunks(350).enumerate() {
                let body = chunk.join(" ");
                let title = chunk.iter().take(6).copied().collect::<Vec<_>>().join(" ");
                let item = SearchItem::Article {
                    slug: format!("seed-{n}-{i}"),
                };
                docs.push(
                    Document::new(item, Language::En)
                        .field(FieldKind::Title, title)
                        .field(FieldKind::Body, body),
                );
            }
        }
    }
    docs
}

fn embedded_documents() -> Vec<Document> {
    passage_core::guide::search::embedded_documents()
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

fn measure(name: &str, index: &SearchIndex) {
    let mut samples = Vec::with_capacity(QUERIES.len() * REPEAT);
    let mut hits = 0;
    for (lang, query) in QUERIES {
        let reader: Language = lang.parse().unwrap_or(Language::En);
        let chain = negotiate(&[reader], &[] as &[&str]);
        for _ in 0..REPEAT {
            let start = Instant::now();
            let found = index.search(black_box(query), &chain, LIMIT);
            samples.push(start.elapsed());
            hits += found.len();
        }
    }
    samples.sort_unstable();
    println!(
        "{name}: {} docs, {} terms; {} searches: p50 {:.1} µs, p95 {:.1} µs, max {:.1} µs ({} hits)",
        index.document_count(),
        index.term_count(),
        samples.len(),
        percentile(&samples, 0.50).as_secs_f64() * 1e6,
        percentile(&samples, 0.95).as_secs_f64() * 1e6,
        samples.last().copied().unwrap_or_default().as_secs_f64() * 1e6,
        hits / REPEAT,
    );
}

fn time_build(name: &str, docs: &[Document]) -> SearchIndex {
    let mut times = Vec::new();
    let mut index = None;
    for _ in 0..5 {
        let docs = docs.to_vec();
        let start = Instant::now();
        index = Some(SearchIndex::build(docs));
        times.push(start.elapsed());
    }
    times.sort_unstable();
    println!(
        "{name}: index build median {:.2} ms",
        times[2].as_secs_f64() * 1e3
    );
    index.unwrap_or_else(|| SearchIndex::build(Vec::new()))
}

fn report() {
    let embedded = embedded_documents();
    let index = time_build("embedded corpus", &embedded);
    measure("embedded corpus", &index);
    let scaled = scaled_documents(40);
    let index = time_build("scaled corpus", &scaled);
    measure("scaled corpus", &index);
    if seeds_dir().is_none() {
        println!("(shared/seeds/ not found: the scaled corpus has no seed chunks)");
    }
}

fn criterion_benches(c: &mut Criterion) {
    let index = SearchIndex::build(scaled_documents(40));
    let fr = negotiate(&[Language::Fr], &[] as &[&str]);
    let ar = negotiate(&[Language::Ar], &[] as &[&str]);
    c.bench_function("search scaled fr 'aide juridique'", |b| {
        b.iter(|| index.search(black_box("aide juridique"), &fr, LIMIT))
    });
    c.bench_function("search scaled fr 'a' (1-letter prefix)", |b| {
        b.iter(|| index.search(black_box("a"), &fr, LIMIT))
    });
    c.bench_function("search scaled ar 'إجراءات اللجوء'", |b| {
        b.iter(|| index.search(black_box("إجراءات اللجوء"), &ar, LIMIT))
    });
    let docs = embedded_documents();
    c.bench_function("build embedded index", |b| {
        b.iter(|| SearchIndex::build(docs.clone()))
    });
}

fn main() {
    report();
    let mut c = Criterion::default().configure_from_args();
    criterion_benches(&mut c);
    c.final_summary();
}
