//! A full decision: suitability, 5,000 Monte Carlo draws, every flip point and
//! the tornado, from a profile and its report. Budget: under 10 ms natively.
//! Run: `cargo bench -p engine --bench decision`.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use engine::decision::{self, DecisionSettings};
use engine::Profile;

const PROFILES: [(&str, &str); 5] = [
    (
        "academic-research",
        include_str!("../../examples/profiles/academic-research.json"),
    ),
    (
        "bank-customer-assistant",
        include_str!("../../examples/profiles/bank-customer-assistant.json"),
    ),
    (
        "ml-platform-high-volume",
        include_str!("../../examples/profiles/ml-platform-high-volume.json"),
    ),
    (
        "startup-internal-tool",
        include_str!("../../examples/profiles/startup-internal-tool.json"),
    ),
    (
        "air-gapped-government",
        include_str!("../../examples/profiles/air-gapped-government.json"),
    ),
];

fn decisions(c: &mut Criterion) {
    let settings = DecisionSettings::default();
    assert_eq!(settings.draws, 5_000);
    let mut group = c.benchmark_group("decide (5,000 draws + flip points + tornado)");
    group.sample_size(30);
    for (name, text) in PROFILES {
        let profile = Profile::from_json(text).unwrap_or_default();
        let report = engine::evaluate(&profile);
        black_box(decision::decide_with_report(&profile, &report, &settings));
        group.bench_function(name, |b| {
            b.iter(|| {
                decision::decide_with_report(black_box(&profile), black_box(&report), &settings)
            })
        });
    }
    group.finish();
    let profile = Profile::from_json(PROFILES[1].1).unwrap_or_default();
    c.bench_function("evaluate + decide (bank-customer-assistant)", |b| {
        b.iter(|| decision::decide(black_box(&profile), &settings))
    });
}

criterion_group!(benches, decisions);
criterion_main!(benches);
