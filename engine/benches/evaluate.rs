//! One full evaluation over 36 months (three routes, sizing, break-even,
//! assumptions). Budget: under 50 µs on the project's 2-core machine.
//! Run: `cargo bench -p engine --bench evaluate`.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use engine::Profile;

const BANK: &str = include_str!("../../examples/profiles/bank-customer-assistant.json");

fn evaluation(c: &mut Criterion) {
    let bank = Profile::from_json(BANK).unwrap_or_default();
    assert_eq!(bank.routes.horizon_months, 36);
    // Parse the built-in catalog once, outside the measurement (it is cached).
    black_box(engine::evaluate(&bank));
    c.bench_function("evaluate 36 months (bank-customer-assistant)", |b| {
        b.iter(|| engine::evaluate(black_box(&bank)))
    });
    let default = Profile::default();
    c.bench_function("evaluate 36 months (default profile)", |b| {
        b.iter(|| engine::evaluate(black_box(&default)))
    });
    c.bench_function("validate (bank-customer-assistant)", |b| {
        b.iter(|| engine::validate::validate(black_box(&bank)))
    });
}

criterion_group!(benches, evaluation);
criterion_main!(benches);
