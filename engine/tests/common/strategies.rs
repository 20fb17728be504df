//! Proptest strategies shared by the property tests: valid profiles.
//!
//! Included with `#[path = "common/strategies.rs"] mod strategies;` by the
//! test files that use it (not through `common/mod.rs`, so the tests without
//! proptest strategies do not compile it).

use engine::catalog::{Benchmark, Catalog, CloudKind, Region};
use engine::currency::Currency;
use engine::profile::{
    Customisation, DataResidency, Deployment, KvCachePrecision, Level, Precision, Profile,
    RentalPlan, ReservedTerm, UseCase,
};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

pub const PRECISIONS: [Precision; 5] = [
    Precision::Bf16,
    Precision::Fp8,
    Precision::Int8,
    Precision::Int4,
    Precision::Fp4,
];
pub const KV_PRECISIONS: [KvCachePrecision; 5] = [
    KvCachePrecision::Auto,
    KvCachePrecision::Bf16,
    KvCachePrecision::Fp8,
    KvCachePrecision::Int8,
    KvCachePrecision::Int4,
];
pub const RENTAL_PLANS: [RentalPlan; 3] = [
    RentalPlan::AlwaysOn,
    RentalPlan::Autoscaled,
    RentalPlan::Reserved,
];
pub const TENSOR_PARALLEL: [u32; 5] = [0, 1, 2, 4, 8];

pub fn pick<T: Clone>(items: &[T], index: usize) -> T {
    items[index % items.len()].clone()
}

/// Any valid profile over the built-in catalog.
pub fn valid_profile() -> impl Strategy<Value = Profile> {
    let workload = (
        0.0..1e9_f64,
        0.0..20_000.0_f64,
        0.0..4_000.0_f64,
        -0.5..0.3_f64,
        1.0..10.0_f64,
        0.0..200.0_f64,
        0.0..=1.0_f64,
        0.0..=1.0_f64,
    );
    let choices = (
        any::<usize>(),
        any::<usize>(),
        any::<usize>(),
        any::<usize>(),
        0..5_usize,
        any::<bool>(),
        any::<bool>(),
        0..5_usize,
        1..=120_u32,
        0..4_usize,
        0..3_usize,
        0..4_usize,
    );
    let people = (
        0.0..10.0_f64,
        0.0..10.0_f64,
        0.0..10.0_f64,
        0.0..0.5_f64,
        0.0..0.5_f64,
        0..3_u32,
        0.0..1e6_f64,
    );
    let fleet = (
        0..3_usize,
        any::<bool>(),
        0.0..=1.0_f64,
        0..5_usize,
        0.0..=0.5_f64,
    );
    (workload, choices, people, fleet).prop_map(|(w, c, p, f)| {
        let catalog = Catalog::builtin();
        let mut profile = Profile::default();
        profile.workload.requests_per_month = w.0;
        profile.workload.input_tokens_per_request = w.1;
        profile.workload.output_tokens_per_request = w.2;
        profile.workload.growth_per_month = w.3;
        profile.workload.peak_to_average = w.4;
        profile.workload.latency_target_ms_per_output_token = w.5;
        profile.workload.cached_input_share = w.6;
        profile.workload.batch_share = w.7;
        profile.routes.closed_api.model = pick(catalog.closed_models, c.0).id.to_owned();
        profile.routes.managed_open.offer = pick(catalog.hosted_offers, c.1).id.to_owned();
        profile.routes.self_hosted.model = pick(catalog.open_models, c.2).id.to_owned();
        let gpu = pick(catalog.gpus, c.3);
        profile.routes.self_hosted.precision = PRECISIONS[c.4 % PRECISIONS.len()];
        profile.routes.self_hosted.deployment = if c.5 {
            Deployment::Owned
        } else {
            Deployment::Rented
        };
        if c.5 && gpu.purchase_usd.is_none() {
            profile.routes.self_hosted.gpu_purchase_usd_override = Some(10_000.0);
        }
        profile.routes.self_hosted.gpu = gpu.id.to_owned();
        profile.routes.self_hosted.cloud = if c.6 {
            CloudKind::Hyperscaler
        } else {
            CloudKind::Neocloud
        };
        profile.routes.self_hosted.tensor_parallel = TENSOR_PARALLEL[c.7];
        profile.routes.horizon_months = c.8;
        profile.requirements.data_residency = [
            DataResidency::None,
            DataResidency::InCountry,
            DataResidency::OnPremises,
            DataResidency::AirGapped,
        ][c.9];
        profile.requirements.accuracy_need = [Level::Low, Level::Medium, Level::High][c.10];
        profile.requirements.customisation = [
            Customisation::PromptOnly,
            Customisation::Retrieval,
            Customisation::FineTuning,
            Customisation::Deep,
        ][c.11];
        profile.team.ml_engineers = p.0;
        profile.team.mlops_engineers = p.1;
        profile.team.data_scientists = p.2;
        profile.assumptions.tokens.price_decline_per_year = p.3;
        profile.assumptions.compute.gpu_price_decline_per_year = p.4;
        profile.assumptions.sizing.redundancy_replicas = p.5;
        profile.organisation.project_value_usd_per_month = p.6;
        profile.routes.self_hosted.rental_plan = RENTAL_PLANS[f.0];
        profile.routes.self_hosted.reserved_term = if f.1 {
            ReservedTerm::ThreeYear
        } else {
            ReservedTerm::OneYear
        };
        profile.workload.trough_to_average = f.2;
        profile.routes.self_hosted.kv_cache_precision = KV_PRECISIONS[f.3];
        profile.assumptions.compute.residual_value_fraction = f.4;
        profile
    })
}

/// Any text of up to `max` characters: any Unicode, quotes, backslashes and
/// control characters included (what a name or a source may hold).
pub fn any_text(max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(any::<char>(), 0..=max).prop_map(String::from_iter)
}

/// An optional number in `0..high` (an override: `None` = the catalog's figure).
fn optional(high: f64) -> impl Strategy<Value = Option<f64>> {
    proptest::option::of(0.0..high)
}

/// Any valid profile, varying more than [`valid_profile`]: every kind of field
/// (text, enums, booleans, optional overrides, whole numbers, the decision
/// settings), so a codec that loses a kind of value is caught.
pub fn any_valid_profile() -> impl Strategy<Value = Profile> {
    let text = (any_text(80), any_text(40), any_text(200));
    let kinds = (
        0..4_usize,
        0..3_usize,
        0..3_usize,
        any::<bool>(),
        0..4_usize,
        0..3_usize,
        any::<bool>(),
        0..4_usize,
        0..4_usize,
    );
    let overrides = (
        optional(1e6),
        optional(1e6),
        optional(1e6),
        optional(1e6),
        optional(1000.0),
        optional(1e7),
        optional(1e8),
        optional(1e8),
        optional(1e8),
    );
    let numbers = (
        0.0..1e12_f64,
        0.0..=1e11_f64,
        0.01..1e6_f64,
        0.01..1e6_f64,
        0.01..1e6_f64,
        1..=4096_u32,
        1..=240_u32,
        0.0..=1.0_f64,
        any::<u64>(),
        0..=100_000_u32,
        (0.0..10.0_f64, 0.0..10.0_f64, 0.0..10.0_f64),
        0.0..100.0_f64,
    );
    (valid_profile(), text, kinds, overrides, numbers).prop_map(|(mut profile, t, k, o, n)| {
        profile.name = t.0;
        profile.currency.rates.as_of = t.1;
        profile.currency.rates.source = t.2;
        profile.organisation.use_case = [
            UseCase::AcademicResearch,
            UseCase::InternalTool,
            UseCase::CustomerFacing,
            UseCase::MissionCritical,
        ][k.0];
        profile.requirements.time_to_market_urgency = [Level::Low, Level::Medium, Level::High][k.1];
        profile.requirements.lock_in_aversion = [Level::Low, Level::Medium, Level::High][k.2];
        profile.requirements.vendor_sla_needed = k.3;
        profile.routes.self_hosted.kv_cache_precision = KV_PRECISIONS[k.4];
        profile.team.region = [Region::Us, Region::India, Region::China][k.5];
        profile.assumptions.quality.benchmark = if k.6 {
            Benchmark::Mmlu
        } else {
            Benchmark::LmarenaText
        };
        profile.currency.display =
            [Currency::Usd, Currency::Eur, Currency::Inr, Currency::Cny][k.7];
        if k.8 == 0 {
            // Back to the defaults: a link of a profile close to them is short.
            profile.workload = Default::default();
        }
        profile.routes.closed_api.input_price_per_million_override = o.0;
        profile.routes.closed_api.output_price_per_million_override = o.1;
        profile.routes.managed_open.input_price_per_million_override = o.2;
        profile
            .routes
            .managed_open
            .output_price_per_million_override = o.3;
        profile.routes.self_hosted.gpu_hour_usd_override = o.4;
        if profile
            .routes
            .self_hosted
            .gpu_purchase_usd_override
            .is_none()
        {
            profile.routes.self_hosted.gpu_purchase_usd_override = o.5;
        }
        profile.team.ml_engineer_loaded_usd_per_year = o.6;
        profile.team.mlops_engineer_loaded_usd_per_year = o.7;
        profile.team.data_scientist_loaded_usd_per_year = o.8;
        profile.organisation.investment_usd = n.0;
        profile.organisation.project_value_usd_per_month = n.1;
        profile.currency.rates.eur_per_usd = n.2;
        profile.currency.rates.inr_per_usd = n.3;
        profile.currency.rates.cny_per_usd = n.4;
        profile.assumptions.sizing.autoscale_min_replicas = n.5 % 1000 + 1;
        profile.assumptions.compute.depreciation_months = n.6;
        profile.decision.cost_weight = n.7;
        profile.decision.seed = n.8;
        profile.decision.draws = n.9;
        let (a, b, c) = n.10;
        let mut range = [a, b, c];
        range.sort_by(f64::total_cmp);
        profile.decision.ranges.gpu_price =
            engine::decision::Range::new(range[0], range[1], range[2]);
        profile.decision.weights.volume = n.11;
        profile
    })
}

/// `profile` with every fractional number rounded to 15 significant digits:
/// numbers as a person types them. serde_json (without its `float_roundtrip`
/// feature, which would add about 9 KB gzip to the page) reads every such
/// number back exactly; a number that needs 16 or 17 digits may come back one
/// unit in the last place away (`docs/storage-and-links.md`).
pub fn as_typed(profile: Profile) -> Profile {
    fn round(value: &mut serde_json::Value) {
        match value {
            serde_json::Value::Number(number) if number.is_f64() => {
                let rounded = number
                    .as_f64()
                    .and_then(|x| format!("{x:.14e}").parse::<f64>().ok())
                    .and_then(serde_json::Number::from_f64);
                if let Some(rounded) = rounded {
                    *number = rounded;
                }
            }
            serde_json::Value::Object(map) => map.values_mut().for_each(round),
            serde_json::Value::Array(items) => items.iter_mut().for_each(round),
            _ => {}
        }
    }
    let mut value = profile.to_value();
    round(&mut value);
    serde_json::from_value(value).unwrap_or_else(|error| panic!("{error}"))
}

/// Whether two profiles are equal but for numbers one unit in the last place
/// apart (what a JSON round trip without `float_roundtrip` may do).
pub fn same_within_one_ulp(a: &Profile, b: &Profile) -> bool {
    fn close(a: &serde_json::Value, b: &serde_json::Value) -> bool {
        use serde_json::Value;
        match (a, b) {
            (Value::Number(x), Value::Number(y)) if x.is_f64() || y.is_f64() => {
                match (x.as_f64(), y.as_f64()) {
                    (Some(x), Some(y)) => {
                        x == y || (x - y).abs() <= f64::EPSILON * x.abs().max(y.abs())
                    }
                    _ => false,
                }
            }
            (Value::Object(x), Value::Object(y)) => {
                x.len() == y.len()
                    && x.iter()
                        .all(|(key, value)| y.get(key).is_some_and(|other| close(value, other)))
            }
            _ => a == b,
        }
    }
    close(&a.to_value(), &b.to_value())
}

/// One change to a text (a link, a JSON file).
#[derive(Debug, Clone)]
pub enum Mutation {
    /// Cut after this many characters (modulo the length).
    Truncate(usize),
    /// Replace the character at this position.
    Replace(usize, char),
    /// Insert a character before this position.
    Insert(usize, char),
    /// Delete the character at this position.
    Delete(usize),
    /// Put another version number in front.
    Version(u64),
    /// Swap two characters.
    Swap(usize, usize),
}

/// Any one [`Mutation`].
pub fn mutation() -> impl Strategy<Value = Mutation> {
    // Mostly characters a link or JSON holds, so a change often gets past the
    // first checks (the alphabet, the JSON syntax) to the later ones.
    let character = prop_oneof![
        4 => proptest::sample::select(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_{}[]\":,. "
                .chars()
                .collect::<Vec<_>>()
        ),
        1 => any::<char>(),
    ];
    prop_oneof![
        any::<usize>().prop_map(Mutation::Truncate),
        (any::<usize>(), character.clone()).prop_map(|(at, c)| Mutation::Replace(at, c)),
        (any::<usize>(), character).prop_map(|(at, c)| Mutation::Insert(at, c)),
        any::<usize>().prop_map(Mutation::Delete),
        any::<u64>().prop_map(Mutation::Version),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::Swap(a, b)),
    ]
}

/// `text` with `mutations` applied in order (positions modulo the length).
pub fn mutate(text: &str, mutations: &[Mutation]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for change in mutations {
        let len = chars.len().max(1);
        match *change {
            Mutation::Truncate(at) => chars.truncate(at % len),
            Mutation::Replace(at, c) => {
                if let Some(slot) = chars.get_mut(at % len) {
                    *slot = c;
                }
            }
            Mutation::Insert(at, c) => chars.insert((at % len).min(chars.len()), c),
            Mutation::Delete(at) => {
                if at % len < chars.len() {
                    chars.remove(at % len);
                }
            }
            Mutation::Version(version) => {
                let text: String = chars.iter().collect();
                let rest = text.split_once('.').map_or(text.as_str(), |(_, rest)| rest);
                chars = format!("{version}.{rest}").chars().collect();
            }
            Mutation::Swap(a, b) => {
                let count = chars.len();
                if count > 0 {
                    chars.swap(a % count, b % count);
                }
            }
        }
    }
    chars.into_iter().collect()
}

/// Runs named properties with `cases` cases each and counts the cases run
/// (the link and import tests report the count). A failure panics with the
/// property's name and the failing input; no regression file is written.
pub struct PropertyRun {
    cases: u32,
    /// Cases run so far.
    pub total: u32,
}

impl PropertyRun {
    pub fn new(cases: u32) -> PropertyRun {
        PropertyRun { cases, total: 0 }
    }

    pub fn check<S: Strategy>(
        &mut self,
        name: &str,
        strategy: &S,
        test: impl Fn(S::Value) -> Result<(), TestCaseError>,
    ) {
        let mut runner = TestRunner::new(Config {
            cases: self.cases,
            failure_persistence: None,
            ..Config::default()
        });
        if let Err(failure) = runner.run(strategy, test) {
            panic!("{name}: {failure}");
        }
        self.total += self.cases;
    }
}
