//! The fast path against full evaluations: at the profile's values, and at
//! seeded random points where every input it varies is set in the profile.

use super::fast::{FastModel, Scenario};
use super::rng::Xoshiro256;
use crate::catalog::{Catalog, Role};
use crate::cost::tokens;
use crate::profile::{Deployment, Profile};
use crate::report::RouteId;

fn load(name: &str) -> Profile {
    let path = format!(
        "{}/../examples/profiles/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap();
    Profile::from_json(&text).unwrap()
}

const EXAMPLES: [&str; 5] = [
    "academic-research",
    "bank-customer-assistant",
    "ml-platform-high-volume",
    "startup-internal-tool",
    "air-gapped-government",
];

fn close(fast: Option<f64>, full: Option<f64>, what: &str) {
    match (fast, full) {
        (Some(a), Some(b)) => {
            let tolerance = 1e-9 * b.abs().max(1.0);
            assert!((a - b).abs() <= tolerance, "{what}: fast {a} vs full {b}");
        }
        (a, b) => assert_eq!(a.is_some(), b.is_some(), "{what}: {a:?} vs {b:?}"),
    }
}

fn totals(report: &crate::Report) -> [Option<f64>; 3] {
    RouteId::ALL.map(|route| report.route(route).and_then(|entry| entry.total_cost))
}

/// Each route's fast cost matches the full evaluation's total (`what` names the case).
fn assert_matches(fast: &[Option<f64>], full: &crate::Report, what: &str) {
    for ((a, b), route) in fast.iter().zip(totals(full)).zip(RouteId::ALL) {
        close(*a, b, &format!("{what} {route:?}"));
    }
}

/// The profile with the scenario's values written into it.
fn apply(profile: &Profile, report: &crate::Report, scenario: &Scenario) -> Profile {
    let catalog = Catalog::builtin();
    let mut varied = profile.clone();
    varied.workload.requests_per_month = scenario.volume;
    varied.routes.horizon_months = scenario.months as u32;
    varied.assumptions.sizing.target_utilisation = scenario.utilisation;
    varied.assumptions.tokens.price_decline_per_year = scenario.token_decline;
    // Today's prices at the workload's prompt size (its tier), times the multiples.
    let prompt = tokens::prompt_tokens(&profile.workload);
    let closed = catalog
        .closed_model(&profile.routes.closed_api.model)
        .unwrap();
    let (input, output) = tokens::listed_pair(
        &closed.prices,
        prompt,
        tokens::PriceOverride::closed(&profile.routes.closed_api),
    );
    varied.routes.closed_api.input_price_per_million_override = Some(input * scenario.closed_price);
    varied.routes.closed_api.output_price_per_million_override =
        Some(output * scenario.closed_price);
    let offer = catalog
        .hosted_offer(&profile.routes.managed_open.offer)
        .unwrap();
    let (input, output) = tokens::listed_pair(
        &offer.prices,
        prompt,
        tokens::PriceOverride::managed(&profile.routes.managed_open),
    );
    varied.routes.managed_open.input_price_per_million_override =
        Some(input * scenario.managed_price);
    varied.routes.managed_open.output_price_per_million_override =
        Some(output * scenario.managed_price);
    let gpu_price = super::flip_points::current_gpu_price(profile, catalog).unwrap();
    match profile.routes.self_hosted.deployment {
        Deployment::Rented => {
            varied.routes.self_hosted.gpu_hour_usd_override = Some(gpu_price * scenario.gpu_price)
        }
        Deployment::Owned => {
            varied.routes.self_hosted.gpu_purchase_usd_override =
                Some(gpu_price * scenario.gpu_price)
        }
    }
    let loaded = |role: Role| {
        report
            .assumption_number(&format!("team.{}_loaded_usd_per_year", role.key()))
            .unwrap()
    };
    varied.team.ml_engineer_loaded_usd_per_year =
        Some(loaded(Role::MlEngineer) * scenario.staff_cost);
    varied.team.mlops_engineer_loaded_usd_per_year =
        Some(loaded(Role::MlopsEngineer) * scenario.staff_cost);
    varied.team.data_scientist_loaded_usd_per_year =
        Some(loaded(Role::DataScientist) * scenario.staff_cost);
    let quality = &mut varied.assumptions.quality;
    quality.fine_tune_usd_per_gpu_hour *= scenario.quality_cost;
    quality.usd_per_labelled_example *= scenario.quality_cost;
    quality.evaluation_usd_per_programme *= scenario.quality_cost;
    varied.organisation.project_value_usd_per_month *= scenario.project_value;
    varied
}

#[test]
fn the_fast_path_reproduces_the_report_at_the_profiles_values() {
    for name in EXAMPLES {
        let profile = load(name);
        let report = crate::evaluate(&profile);
        let model = FastModel::new(&profile, &report, Catalog::builtin());
        let fast = model.costs(&model.likely);
        let fixed = model.costs_fixed_fleet(&model.likely);
        assert_matches(&fast, &report, name);
        assert_matches(&fixed, &report, &format!("{name} (fixed fleet)"));
    }
}

#[test]
fn the_fast_path_matches_full_evaluations_at_random_points() {
    let mut rng = Xoshiro256::seeded(7);
    let mut between = |low: f64, high: f64| low + (high - low) * rng.next_unit();
    for name in EXAMPLES {
        let profile = load(name);
        let report = crate::evaluate(&profile);
        let model = FastModel::new(&profile, &report, Catalog::builtin());
        for _ in 0..6 {
            let scenario = Scenario {
                volume: model.likely.volume * between(0.2, 5.0),
                closed_price: between(0.3, 2.0),
                managed_price: between(0.3, 2.0),
                gpu_price: between(0.5, 2.0),
                throughput: 1.0,
                utilisation: between(0.3, 0.9),
                staff_cost: between(0.6, 1.5),
                quality_cost: between(0.5, 3.0),
                project_value: between(0.5, 1.5),
                token_decline: between(0.0, 0.5),
                months: between(6.0, 120.0) as usize,
            };
            let varied = apply(&profile, &report, &scenario);
            let full = crate::evaluate(&varied);
            assert_matches(
                &model.costs(&scenario),
                &full,
                &format!("{name} at {scenario:?}"),
            );
        }
    }
}

#[test]
fn the_fast_path_matches_full_evaluations_for_other_teams() {
    let mut rng = Xoshiro256::seeded(11);
    for name in EXAMPLES {
        let profile = load(name);
        let report = crate::evaluate(&profile);
        let model = FastModel::new(&profile, &report, Catalog::builtin());
        for _ in 0..6 {
            let team = [
                10.0 * rng.next_unit(),
                6.0 * rng.next_unit(),
                4.0 * rng.next_unit(),
            ];
            let mut varied = profile.clone();
            varied.team.ml_engineers = team[0];
            varied.team.mlops_engineers = team[1];
            varied.team.data_scientists = team[2];
            let full = crate::evaluate(&varied);
            let fast = model.with_team(team);
            assert_matches(
                &fast.costs(&fast.likely),
                &full,
                &format!("{name} with team {team:?}"),
            );
        }
    }
}

#[test]
fn with_no_volume_the_fast_path_still_prices_other_volumes() {
    let mut profile = load("bank-customer-assistant");
    profile.workload.requests_per_month = 0.0;
    let report = crate::evaluate(&profile);
    let model = FastModel::new(&profile, &report, Catalog::builtin());
    assert_matches(&model.costs(&model.likely), &report, "zero volume");
    let scenario = Scenario {
        volume: 2e6,
        ..model.likely
    };
    let mut varied = profile.clone();
    varied.workload.requests_per_month = 2e6;
    let full = crate::evaluate(&varied);
    assert_matches(&model.costs(&scenario), &full, "from zero to 2 million");
}

/// A long prompt pays its tier (Claude Haiku 5.5: $0.50 / $2.50 above 100 k
/// input tokens, five times its base); setting the closed price to twice
/// today's, as the flip search does, makes the override twice the tier's rate
/// and doubles the bill exactly, as the fast path's price multiple does.
#[test]
fn a_price_multiple_on_a_long_prompt_doubles_the_tier_it_pays() {
    let catalog = Catalog::builtin();
    let mut profile = Profile::default();
    profile.routes.closed_api.model = "claude-haiku-5-5".to_owned();
    profile.workload.input_tokens_per_request = 150_000.0;
    profile.workload.output_tokens_per_request = 1_000.0;
    let report = crate::evaluate(&profile);
    let closed = report.route(RouteId::ClosedApi).unwrap();
    assert!(closed.excluded.is_none(), "{:?}", closed.excluded);
    let today = closed.totals.tokens;
    let mut doubled = profile.clone();
    super::flip_points::apply_input(
        &mut doubled,
        catalog,
        super::flip_points::FlipInput::ClosedPrice,
        2.0,
    );
    assert_eq!(
        doubled.routes.closed_api.input_price_per_million_override,
        Some(1.0),
        "twice the $0.50 this prompt pays"
    );
    assert_eq!(
        doubled.routes.closed_api.output_price_per_million_override,
        Some(5.0)
    );
    let doubled_tokens = crate::evaluate(&doubled)
        .route(RouteId::ClosedApi)
        .unwrap()
        .totals
        .tokens;
    assert!((doubled_tokens / today - 2.0).abs() < 1e-9);
    // Month 2 at list price: the requests x (150,000 x $0.50 + 1,000 x $2.50) / 1M,
    // after one month of the 20 % yearly decline.
    let per_request = (150_000.0 * 0.5 + 1_000.0 * 2.5) / 1e6;
    let decline = (1.0 - profile.assumptions.tokens.price_decline_per_year).powf(1.0 / 12.0);
    let month = &closed.monthly[1];
    assert!((month.tokens - month.requests * per_request * decline).abs() < 1e-6);
}
