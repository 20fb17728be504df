//! Every catalog row priced from genai-prices costs, in the engine, what
//! genai-prices' own `calc_price` says, to the cent.
//!
//! The expected costs are `tests/fixtures/genai_prices_costs.json`, which
//! `./dev catalog` (scripts/catalog/refresh.py) writes from genai-prices at the
//! pinned version when it refreshes the rows: 1 M requests of 1,500 in / 400
//! out, of 150,000 / 2,000 and 300,000 / 2,000 where the context allows (both
//! sides of the 100 k, 200 k and 272 k tiers), of 10,000 in with 6,000 read
//! from and 1,000 written to the prompt cache, and of 300,000 in with 200,000
//! read and 20,000 written (cache prices above a tier); each also through the
//! batch API where the row has one. Prices bound to hours of the day
//! (DeepSeek) are the time-weighted mean of genai-prices' own costs.

use engine::catalog::{Catalog, TokenRates};
use engine::cost::tokens::{token_price, usd_per_request, PriceOverride, RequestShape};
use engine::currency::Currency;
use engine::evaluate::evaluate;
use engine::profile::Profile;
use engine::report::RouteId;
use serde_json::Value;

fn fixture() -> Value {
    serde_json::from_str(include_str!("fixtures/genai_prices_costs.json")).unwrap()
}

fn number(case: &Value, key: &str) -> f64 {
    case[key]
        .as_f64()
        .unwrap_or_else(|| panic!("{key} in {case}"))
}

/// The row's prices, from the closed models or the hosted offers.
fn row_prices(id: &str) -> (&'static TokenRates, Option<&'static TokenRates>, Currency) {
    let catalog = Catalog::builtin();
    if let Some(model) = catalog.closed_model(id) {
        return (&model.prices, model.batch_prices.as_ref(), model.currency);
    }
    let offer = catalog
        .hosted_offer(id)
        .unwrap_or_else(|| panic!("fixture row {id} is not in the catalog"));
    (&offer.prices, offer.batch_prices.as_ref(), offer.currency)
}

#[test]
fn every_genai_prices_row_costs_what_genai_prices_says_to_the_cent() {
    let fixture = fixture();
    let cases = fixture["cases"].as_array().unwrap();
    let mut checked = std::collections::HashSet::new();
    for case in cases {
        let id = case["row"].as_str().unwrap();
        let (prices, batch, currency) = row_prices(id);
        assert_eq!(
            currency,
            Currency::Usd,
            "{id}: genai-prices prices in dollars"
        );
        let input = number(case, "input_tokens");
        let shape = RequestShape {
            input_tokens: input,
            output_tokens: number(case, "output_tokens"),
            cached_input_share: number(case, "cache_read_tokens") / input,
            cache_write_share: number(case, "cache_write_tokens") / input,
            batch_share: if case["batch"].as_bool().unwrap() {
                1.0
            } else {
                0.0
            },
        };
        let price = token_price(prices, batch, input, PriceOverride::default(), |usd| usd);
        let engine_usd = usd_per_request(&price, &shape) * number(case, "requests");
        let expected: f64 = case["usd"].as_str().unwrap().parse().unwrap();
        assert!(
            (engine_usd - expected).abs() < 0.005,
            "{id} {} (batch {}): engine ${engine_usd:.4}, genai-prices ${expected}",
            case["workload"],
            case["batch"]
        );
        checked.insert(id);
    }
    // Every row that names its genai-prices entry is in the fixture.
    let catalog = Catalog::builtin();
    let provenance = catalog
        .closed_models
        .iter()
        .filter(|row| row.genai_prices.is_some())
        .map(|row| row.id)
        .chain(
            catalog
                .hosted_offers
                .iter()
                .filter(|row| row.genai_prices.is_some())
                .map(|row| row.id),
        );
    for id in provenance {
        assert!(
            checked.contains(id),
            "{id} has genai_prices but no fixture case"
        );
    }
    assert!(checked.len() >= 80, "{} rows checked", checked.len());
}

#[test]
fn the_fixture_covers_tiers_cache_and_batch() {
    let fixture = fixture();
    let cases = fixture["cases"].as_array().unwrap();
    let has = |workload: &str, batch: bool| {
        cases
            .iter()
            .any(|case| case["workload"] == workload && case["batch"] == batch)
    };
    for workload in ["short", "long", "longer", "cached", "cached_long"] {
        assert!(has(workload, false) && has(workload, true), "{workload}");
    }
    // A tiered row's long prompt pays the higher tier: Claude Haiku 5.5 at
    // 150,000 input tokens is above its 100 k tier (5x).
    let haiku = |workload: &str| {
        cases
            .iter()
            .find(|case| {
                case["row"] == "claude-haiku-5-5"
                    && case["workload"] == workload
                    && case["batch"] == false
            })
            .map(|case| case["usd"].as_str().unwrap().parse::<f64>().unwrap())
            .unwrap()
    };
    // 1,500 x $0.10 + 400 x $0.50 per 1M tokens, a million times: $350.
    assert!((haiku("short") - 350.0).abs() < 1e-6);
    // 150,000 x $0.50 + 2,000 x $2.50: $80,000.
    assert!((haiku("long") - 80_000.0).abs() < 1e-6);
}

/// The same cost through the whole evaluation: a month of a million short
/// requests on the closed route, nothing else moving.
#[test]
fn the_evaluation_charges_the_fixture_cost() {
    let fixture = fixture();
    let cases = fixture["cases"].as_array().unwrap();
    for id in [
        "claude-sonnet-5-5",
        "gpt-6.1-sol",
        "gemini-3.8-flash",
        "deepseek-v4-pro-api",
    ] {
        for workload in ["short", "long"] {
            let case = cases
                .iter()
                .find(|case| {
                    case["row"] == id && case["workload"] == workload && case["batch"] == false
                })
                .unwrap_or_else(|| panic!("{id} {workload}"));
            let mut profile = Profile::default();
            profile.workload.requests_per_month = 1_000_000.0;
            profile.workload.growth_per_month = 0.0;
            profile.workload.input_tokens_per_request = number(case, "input_tokens");
            profile.workload.output_tokens_per_request = number(case, "output_tokens");
            profile.assumptions.tokens.price_decline_per_year = 0.0;
            profile.routes.closed_api.model = id.to_owned();
            profile.routes.closed_api.time_to_market_months = 0.0;
            let report = evaluate(&profile);
            let route = report.route(RouteId::ClosedApi).unwrap();
            assert!(route.excluded.is_none(), "{id}: {:?}", route.excluded);
            let month_one = route.monthly[0].tokens;
            let expected: f64 = case["usd"].as_str().unwrap().parse().unwrap();
            assert!(
                (month_one - expected).abs() < 0.005,
                "{id} {workload}: month 1 tokens ${month_one:.4}, genai-prices ${expected}"
            );
        }
    }
}
