//! Property tests (proptest): for any profile the report holds no NaN, no
//! infinity and no negative cost; cost never falls when volume or a price
//! rises; decode speed never beats the bandwidth bound; KV memory uses KV heads.

#[path = "common/strategies.rs"]
#[allow(dead_code)] // each test file uses some of the shared strategies
mod strategies;

use engine::catalog::Catalog;
use engine::cost::tokens;
use engine::cost::MonthCost;
use engine::profile::{Precision, Profile, SizingAssumptions};
use engine::report::{Report, RouteId};
use engine::sizing::{self, SizingRequest};
use proptest::prelude::*;
use strategies::{pick, valid_profile, PRECISIONS, TENSOR_PARALLEL};

fn finite_non_negative(value: f64, what: &str) -> Result<(), TestCaseError> {
    prop_assert!(value.is_finite() && value >= 0.0, "{what} = {value}");
    Ok(())
}

fn check_month(month: &MonthCost) -> Result<(), TestCaseError> {
    for (name, value) in [
        ("requests", month.requests),
        ("tokens_served", month.tokens_served),
        ("tokens", month.tokens),
        ("compute", month.compute),
        ("people", month.people),
        ("quality", month.quality),
        ("time_to_market", month.time_to_market),
        ("risk_compliance", month.risk_compliance),
        ("total", month.total),
    ] {
        finite_non_negative(value, name)?;
    }
    Ok(())
}

fn check_report(report: &Report) -> Result<(), TestCaseError> {
    prop_assert_eq!(report.routes.len(), 3);
    for route in &report.routes {
        if let Some(total) = route.total_cost {
            finite_non_negative(total, "total_cost")?;
            prop_assert_eq!(route.monthly.len() as u32, report.horizon_months);
        }
        if let Some(cash) = route.total_cash {
            // Cash can go below zero only through resale, never below minus the purchases.
            prop_assert!(cash.is_finite(), "total_cash {}", cash);
        }
        if let Some(cost) = route.cost_per_million_tokens {
            finite_non_negative(cost, "cost_per_million_tokens")?;
        }
        if let Some(cost) = route.usage_cost_per_million_tokens {
            finite_non_negative(cost, "usage_cost_per_million_tokens")?;
        }
        finite_non_negative(route.tokens_served, "tokens_served")?;
        finite_non_negative(route.time_to_market_months, "time_to_market_months")?;
        for value in route.totals.categories() {
            finite_non_negative(value, "totals")?;
        }
        for month in &route.monthly {
            check_month(month)?;
        }
        if let Some(fleet) = &route.fleet {
            for value in [
                fleet.memory_per_replica_gb,
                fleet.memory_per_gpu_gb,
                fleet.memory_per_replica_at_batch_gb,
                fleet.weights_gb,
                fleet.kv_bytes_per_token,
                fleet.decode_tokens_per_second_per_replica,
                fleet.decode_tokens_per_second_batch_1,
                fleet.output_tokens_per_second_per_replica,
                fleet.requests_per_second_per_replica,
                fleet.replica_hours,
                fleet.gpu_hours,
                fleet.average_utilisation,
                fleet.cost_per_gpu_hour,
                fleet.step.total_seconds,
            ] {
                finite_non_negative(value, "fleet")?;
            }
            prop_assert!(fleet.average_utilisation <= 1.0);
            prop_assert!(fleet
                .hourly_load
                .iter()
                .all(|level| level.is_finite() && *level >= 0.0));
            prop_assert!(fleet.gpus_per_replica >= 1 && fleet.replicas >= 1);
            prop_assert!(fleet.concurrent_sequences_per_replica <= fleet.batch.max(1));
            prop_assert!(
                fleet.memory_per_replica_gb <= fleet.memory_per_replica_at_batch_gb + 1e-9
            );
        }
        if let Some(parts) = &route.compute_breakdown {
            for value in [
                parts.rental,
                parts.reserved,
                parts.resale,
                parts.commitment_after_horizon,
                parts.depreciation,
                parts.power,
                parts.hosting,
                parts.maintenance,
                parts.capex_spent,
            ] {
                finite_non_negative(value, "compute_breakdown")?;
            }
            prop_assert!(
                (parts.total() - route.totals.compute).abs()
                    <= 1e-6 * route.totals.compute.max(1.0)
            );
        }
        if let Some(gap) = &route.quality_gap {
            prop_assert!(gap.gap_points.is_finite());
            finite_non_negative(gap.programmes_per_cycle, "programmes")?;
        }
    }
    for pair in &report.break_even {
        if let Some(volume) = pair.break_even_requests_per_month {
            finite_non_negative(volume, "break-even volume")?;
        }
    }
    for assumption in &report.assumptions {
        if let engine::report::AssumptionValue::Number(value) = assumption.value {
            // Assumptions echo the profile; the profile here is valid, so they are finite.
            prop_assert!(value.is_finite(), "{}", assumption.path);
        }
    }
    Ok(())
}

/// Every `null` in the report is one of the optional fields, never a number
/// that was NaN or infinite.
fn no_number_is_null(json: &str) -> bool {
    const OPTIONAL: [&str; 12] = [
        "\"excluded\": null",
        "\"total_cost\": null",
        "\"total_cash\": null",
        "\"cash_break_even_month\": null",
        "\"rental_plan\": null",
        "\"cost_per_million_tokens\": null",
        "\"usage_cost_per_million_tokens\": null",
        "\"fleet\": null",
        "\"compute_breakdown\": null",
        "\"quality_gap\": null",
        "\"break_even_month\": null",
        "\"break_even_requests_per_month\": null",
    ];
    let nulls = json.matches(": null").count();
    let allowed: usize = OPTIONAL
        .iter()
        .map(|field| json.matches(field).count())
        .sum::<usize>()
        + json.matches("\"cheapest\": null").count();
    nulls == allowed
}

fn total(report: &Report, route: RouteId) -> Option<f64> {
    report.route(route).and_then(|route| route.total_cost)
}

fn no_less(after: Option<f64>, before: Option<f64>) -> Result<(), TestCaseError> {
    if let (Some(after), Some(before)) = (after, before) {
        prop_assert!(
            after >= before - 1e-6 * before.abs().max(1.0),
            "{after} < {before}"
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 200,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn valid_profiles_validate_and_give_finite_non_negative_costs(profile in valid_profile()) {
        prop_assert_eq!(engine::validate::validate(&profile), Vec::new());
        check_report(&engine::evaluate(&profile))?;
    }

    #[test]
    fn hostile_numbers_never_panic_nor_give_nan(
        numbers in proptest::collection::vec(proptest::num::f64::ANY, 16),
        counts in proptest::collection::vec(any::<u32>(), 6),
    ) {
        let mut profile = Profile::default();
        profile.workload.requests_per_month = numbers[0];
        profile.workload.input_tokens_per_request = numbers[1];
        profile.workload.output_tokens_per_request = numbers[2];
        profile.workload.growth_per_month = numbers[3];
        profile.workload.peak_to_average = numbers[4];
        profile.workload.latency_target_ms_per_output_token = numbers[5];
        profile.workload.cached_input_share = numbers[6];
        profile.team.ml_engineers = numbers[7];
        profile.team.ml_engineer_loaded_usd_per_year = Some(numbers[8]);
        profile.routes.closed_api.input_price_per_million_override = Some(numbers[9]);
        profile.routes.self_hosted.gpu_hour_usd_override = Some(numbers[10]);
        profile.routes.self_hosted.time_to_market_months = numbers[11];
        profile.assumptions.sizing.memory_bandwidth_efficiency = numbers[12];
        profile.assumptions.compute.pue = numbers[13];
        profile.currency.rates.eur_per_usd = numbers[14];
        profile.organisation.project_value_usd_per_month = numbers[15];
        profile.currency.display = engine::currency::Currency::Eur;
        profile.routes.horizon_months = counts[0];
        profile.routes.self_hosted.tensor_parallel = counts[1];
        profile.assumptions.sizing.autoscale_min_replicas = counts[2];
        profile.assumptions.sizing.redundancy_replicas = counts[3] % 2000;
        profile.assumptions.compute.depreciation_months = counts[4];
        profile.assumptions.quality.repeat_every_months = counts[5];
        // Validation names the bad fields without panicking; evaluation still works.
        let errors = engine::validate::validate(&profile);
        for error in &errors {
            prop_assert!(
                !error.field.is_empty() && !engine::text::en::allowed(&error.allowed).is_empty()
            );
        }
        let report = engine::evaluate(&profile);
        check_report(&report)?;
        // serde_json writes NaN and infinity as null: no number in the report may be null.
        let json = report.to_json();
        prop_assert!(no_number_is_null(&json), "{}", json);
    }

    #[test]
    fn cost_never_falls_when_volume_rises(profile in valid_profile(), factor in 1.0..50.0_f64) {
        let before = engine::evaluate(&profile);
        let mut bigger = profile.clone();
        bigger.workload.requests_per_month = (profile.workload.requests_per_month * factor).min(1e12);
        let after = engine::evaluate(&bigger);
        for route in RouteId::ALL {
            no_less(total(&after, route), total(&before, route))?;
        }
    }

    #[test]
    fn cost_never_falls_when_a_price_rises(profile in valid_profile(), factor in 1.0..10.0_f64) {
        let catalog = Catalog::builtin();
        let before = engine::evaluate(&profile);
        let mut dearer = profile.clone();
        // Today's prices at the workload's prompt size (its tier), times the factor.
        let prompt = tokens::prompt_tokens(&profile.workload);
        let closed = catalog.closed_model(&profile.routes.closed_api.model).unwrap();
        let (input, output) = tokens::listed_pair(&closed.prices, prompt, tokens::PriceOverride::closed(&profile.routes.closed_api));
        dearer.routes.closed_api.input_price_per_million_override = Some(input * factor);
        dearer.routes.closed_api.output_price_per_million_override = Some(output * factor + 0.01);
        let offer = catalog.hosted_offer(&profile.routes.managed_open.offer).unwrap();
        let (input, output) = tokens::listed_pair(&offer.prices, prompt, tokens::PriceOverride::managed(&profile.routes.managed_open));
        dearer.routes.managed_open.input_price_per_million_override = Some(input * factor);
        dearer.routes.managed_open.output_price_per_million_override = Some(output * factor);
        let gpu = catalog.gpu(&profile.routes.self_hosted.gpu).unwrap();
        // A GPU with no rental price in the catalog (the H20) is excluded when
        // rented; with an override of its own it is priced, and dearer is dearer.
        let rent = profile.routes.self_hosted.gpu_hour_usd_override
            .or(gpu.rental_for(profile.routes.self_hosted.cloud).map(|row| row.usd_per_gpu_hour))
            .unwrap_or(2.0);
        dearer.routes.self_hosted.gpu_hour_usd_override = Some(rent * factor);
        let purchase = profile.routes.self_hosted.gpu_purchase_usd_override.or(gpu.purchase_usd).unwrap_or(10_000.0);
        dearer.routes.self_hosted.gpu_purchase_usd_override = Some(purchase * factor);
        dearer.assumptions.compute.energy_usd_per_kwh *= factor;
        let after = engine::evaluate(&dearer);
        for route in RouteId::ALL {
            no_less(total(&after, route), total(&before, route))?;
        }
    }

    #[test]
    fn decode_never_beats_the_bandwidth_bound(
        model_index in any::<usize>(),
        gpu_index in any::<usize>(),
        precision in 0..4_usize,
        kv_precision in 0..4_usize,
        tensor_parallel in 0..5_usize,
        input in 0.0..50_000.0_f64,
        output in 0.0..8_000.0_f64,
        latency in 0.0..200.0_f64,
    ) {
        let catalog = Catalog::builtin();
        let model = pick(catalog.open_models, model_index);
        let gpu = pick(catalog.gpus, gpu_index);
        let request = SizingRequest {
            precision: PRECISIONS[precision],
            kv_precision: PRECISIONS[kv_precision],
            tensor_parallel: TENSOR_PARALLEL[tensor_parallel],
            input_tokens: input,
            output_tokens: output,
            latency_target_ms_per_output_token: latency,
            peak_requests_per_second: 0.0,
        };
        let knobs = SizingAssumptions::default();
        if let Ok(sizing) = sizing::size_replica(&model, &gpu, &request, &knobs, catalog) {
            // Bound: batch x total bandwidth / bytes read per step, at 100 % efficiency.
            let batch = f64::from(sizing.batch);
            let bandwidth = gpu.bandwidth_gb_per_s * 1e9 * f64::from(sizing.gpus_per_replica);
            // The bytes a step reads per sequence: the KV it attends to (sparse
            // attention reads its top-k) and the linear-attention state, read and written.
            let kv = sizing::kv_bytes_read_per_sequence(&model, request.kv_precision, input + output / 2.0)
                + 2.0 * sizing::linear_state_bytes_per_sequence(&model);
            let bytes = sizing::weight_bytes_read_per_step(&model, request.precision, batch) + batch * kv;
            let bound = batch * bandwidth / bytes;
            prop_assert!(sizing.decode_tokens_per_second <= bound * (1.0 + 1e-9), "{} > {}", sizing.decode_tokens_per_second, bound);
            let bound_one = bandwidth / (sizing::weight_bytes_read_per_step(&model, request.precision, 1.0) + kv);
            prop_assert!(sizing.decode_tokens_per_second_batch_1 <= bound_one * (1.0 + 1e-9));
            prop_assert!(sizing.memory_per_replica_gb <= sizing.usable_memory_gb + 1e-9);
            prop_assert!(sizing.batch >= 1 && sizing.batch <= sizing.max_batch_that_fits);
        }
    }

    #[test]
    fn memory_uses_kv_heads_not_attention_heads(
        model_index in any::<usize>(),
        attention_heads in 1..512_u32,
        precision in 0..4_usize,
        context in 1.0..100_000.0_f64,
    ) {
        let catalog = Catalog::builtin();
        let model = pick(catalog.open_models, model_index);
        let kv_precision = PRECISIONS[precision];
        let per_token = sizing::kv_bytes_per_token(&model, kv_precision);
        if model.latent_attention.is_none() {
            // Linear-attention (state-space) layers keep no KV.
            let kv_layers = model.layers.saturating_sub(model.linear_attention_layers);
            let expected = 2.0 * f64::from(kv_layers) * f64::from(model.kv_heads) * f64::from(model.head_dim) * sizing::kv_element_bytes(kv_precision);
            prop_assert_eq!(per_token, expected);
        }
        // Changing the number of attention (query) heads changes no memory figure.
        let mut other = model.clone();
        other.attention_heads = attention_heads;
        prop_assert_eq!(sizing::kv_bytes_per_token(&other, kv_precision), per_token);
        prop_assert_eq!(
            sizing::kv_bytes_per_sequence(&other, kv_precision, context),
            sizing::kv_bytes_per_sequence(&model, kv_precision, context)
        );
        let request = SizingRequest {
            precision: Precision::Bf16,
            kv_precision,
            tensor_parallel: 8,
            input_tokens: context,
            output_tokens: 0.0,
            latency_target_ms_per_output_token: 0.0,
            peak_requests_per_second: 0.0,
        };
        let knobs = SizingAssumptions::default();
        let gpu = catalog.gpu("mi300x").unwrap();
        let a = sizing::size_replica(&model, gpu, &request, &knobs, catalog).map(|s| s.memory_per_replica_gb).ok();
        let b = sizing::size_replica(&other, gpu, &request, &knobs, catalog).map(|s| s.memory_per_replica_gb).ok();
        prop_assert_eq!(a, b);
        // Doubling the KV heads doubles the KV cache of a non-latent model.
        if model.latent_attention.is_none() {
            let mut doubled = model.clone();
            doubled.kv_heads *= 2;
            prop_assert_eq!(sizing::kv_bytes_per_token(&doubled, kv_precision), 2.0 * per_token);
        }
    }

    #[test]
    fn any_text_or_field_edit_is_handled_without_panicking(
        text in ".{0,200}",
        path in "[a-z_.]{0,40}",
        number in proptest::num::f64::ANY,
    ) {
        let _ = Profile::from_json(&text);
        let mut profile = Profile::default();
        let value = serde_json::Number::from_f64(number).map(serde_json::Value::Number).unwrap_or(serde_json::Value::Null);
        if profile.set_field(&path, value).is_ok() {
            check_report(&engine::evaluate(&profile))?;
        }
        for known in ["workload.requests_per_month", "routes.horizon_months", "assumptions.sizing.max_batch_size"] {
            let mut edited = Profile::default();
            if edited.set_field(known, serde_json::json!(number)).is_ok() {
                check_report(&engine::evaluate(&edited))?;
            }
        }
    }
}
