//! Golden tests: each expected value is worked out by hand in the comment above it.

use engine::breakeven::crossing_month;
use engine::catalog::Catalog;
use engine::cost::fleet::{FleetPlan, FleetScenario, GpuPrices, Ownership};
use engine::cost::load_shape::DailyShape;
use engine::cost::{MonthCost, Timeline};
use engine::currency::Currency;
use engine::profile::{Deployment, Precision, Profile, RentalPlan, SizingAssumptions};
use engine::report::RouteId;
use engine::sizing::{self, SizingRequest};
use engine::text::en;

fn cents(value: f64) -> i64 {
    (value * 100.0).round() as i64
}

/// A profile with only the closed route's tokens to think about: no growth,
/// no price decline, serving from month 1.
fn api_profile(model: &str) -> Profile {
    let mut profile = Profile::default();
    profile.routes.closed_api.model = model.to_owned();
    profile.routes.closed_api.time_to_market_months = 0.0;
    profile.routes.horizon_months = 24;
    profile.workload.requests_per_month = 1_000_000.0;
    profile.workload.input_tokens_per_request = 1_000.0;
    profile.workload.output_tokens_per_request = 500.0;
    profile.workload.growth_per_month = 0.0;
    profile.assumptions.tokens.price_decline_per_year = 0.0;
    profile
}

fn closed_month(profile: &Profile, month: usize) -> MonthCost {
    let report = engine::evaluate(profile);
    let route = report.route(RouteId::ClosedApi).unwrap();
    route.monthly[month]
}

#[test]
fn api_cost_to_the_cent() {
    // GPT-4o at $2.50 in / $10 out per 1M tokens (LiteLLM, 2026-07-18).
    // Per request: 1,000 / 1M x $2.50 = $0.0025; 500 / 1M x $10 = $0.005; total $0.0075.
    // 1,000,000 requests x $0.0075 = $7,500.00 a month.
    let profile = api_profile("gpt-4o");
    assert_eq!(cents(closed_month(&profile, 0).tokens), 750_000);

    // Half the input from the prompt cache at 50 % of the input price (gpt-4o's cached rate $1.25):
    // input $0.0025 x (1 - 0.5 x 0.5) = $0.001875; + $0.005 = $0.006875 -> $6,875.00.
    let mut cached = profile.clone();
    cached.workload.cached_input_share = 0.5;
    assert_eq!(cents(closed_month(&cached, 0).tokens), 687_500);

    // And 20 % of requests through the Batch API (genai-prices 0.2.3: $1.25 in, $5 out, and
    // cached input still $1.25): a batch request is 500 x $1.25 + 500 x $1.25 + 500 x $5 per 1M
    // = $0.00375; 0.8 x $0.006875 + 0.2 x $0.00375 = $0.00625 -> $6,250.00.
    cached.workload.batch_share = 0.2;
    assert_eq!(cents(closed_month(&cached, 0).tokens), 625_000);

    // A 20 % yearly price decline: month 13 costs $7,500 x 0.8 = $6,000.00.
    let mut declining = profile.clone();
    declining.assumptions.tokens.price_decline_per_year = 0.2;
    assert_eq!(cents(closed_month(&declining, 12).tokens), 600_000);

    // 5 % monthly growth: month 3 has 1,000,000 x 1.05^2 = 1,102,500 requests -> $8,268.75.
    let mut growing = profile;
    growing.workload.growth_per_month = 0.05;
    assert_eq!(cents(closed_month(&growing, 2).tokens), 826_875);
}

#[test]
fn gemini_reads_its_cache_at_the_cache_price() {
    // Gemini 2.5 Flash: $0.30 in, $0.03 cache read, $2.50 out per 1M tokens
    // (LiteLLM 2026-07-18; cache read from genai-prices 0.2.3).
    // Half of 1,000 input tokens cached: 500 x $0.30 + 500 x $0.03 = $0.000165;
    // output 500 x $2.50 / 1M = $0.00125; $0.001415 x 1,000,000 = $1,415.00 a month.
    // Without a cache price the month would be $1,550.00. (Gemini 2.5 Pro at 1,500 in / 400 out,
    // half cached: $0.005031 a request instead of $0.005875, which was 17 % too high.)
    let mut profile = api_profile("gemini-2.5-flash");
    profile.workload.cached_input_share = 0.5;
    assert_eq!(cents(closed_month(&profile, 0).tokens), 141_500);
    let mut pro = api_profile("gemini-2.5-pro");
    pro.workload.cached_input_share = 0.5;
    pro.workload.input_tokens_per_request = 1_500.0;
    pro.workload.output_tokens_per_request = 400.0;
    // 750 x $1.25 + 750 x $0.125 + 400 x $10 = $5,031.25 per 1,000 requests; x 1,000 = $5,031.25.
    assert_eq!(cents(closed_month(&pro, 0).tokens), 503_125);
}

#[test]
fn ernie_is_priced_in_yuan_and_converted_at_the_profiles_rate() {
    // ERNIE 4.0 8K: CNY 30 in / CNY 90 out per 1M tokens.
    // Per request: 1,000 x 30 / 1M + 500 x 90 / 1M = CNY 0.03 + CNY 0.045 = CNY 0.075;
    // 1,000,000 requests = CNY 75,000.00 a month = USD 75,000 / 7.10 = USD 10,563.38.
    let mut profile = api_profile("ernie-4.0-8k");
    assert_eq!(cents(closed_month(&profile, 0).tokens), 1_056_338);
    profile.currency.display = Currency::Cny;
    assert_eq!(cents(closed_month(&profile, 0).tokens), 7_500_000);
    // The free ERNIE Speed tier costs nothing in tokens.
    let free = api_profile("ernie-speed-8k");
    assert_eq!(closed_month(&free, 0).tokens, 0.0);
}

#[test]
fn llama_3_70b_weights_and_kv_cache() {
    let model = Catalog::builtin().open_model("llama-3-70b").unwrap();
    // 70.55e9 params x 2 bytes (BF16) = 141.1 GB; FP8 70.55 GB; INT4 with a 16-bit scale
    // and zero per 128 weights (4.25 bits) 37.48 GB; NVFP4 (4.5 bits) 39.68 GB.
    assert!((sizing::weights_gb(model, Precision::Bf16) - 141.1).abs() < 1e-9);
    assert!((sizing::weights_gb(model, Precision::Fp8) - 70.55).abs() < 1e-9);
    assert!((sizing::weights_gb(model, Precision::Int4) - 37.479_687_5).abs() < 1e-9);
    assert!((sizing::weights_gb(model, Precision::Fp4) - 39.684_375).abs() < 1e-9);
    // 2 (K, V) x 80 layers x 8 KV heads x 128 head_dim x 2 bytes = 327,680 bytes per token
    // (with the 64 attention heads it would be 2,621,440: the bug peers shipped).
    assert_eq!(
        sizing::kv_bytes_per_token(model, Precision::Bf16),
        327_680.0
    );
    // 8,192 tokens of context: 327,680 x 8,192 = 2,684,354,560 bytes = 2.68 GB per sequence.
    assert_eq!(
        sizing::kv_bytes_per_sequence(model, Precision::Bf16, 8192.0),
        2_684_354_560.0
    );
}

fn request(tensor_parallel: u32) -> SizingRequest {
    SizingRequest {
        precision: Precision::Bf16,
        kv_precision: Precision::Bf16,
        tensor_parallel,
        input_tokens: 1500.0,
        output_tokens: 400.0,
        latency_target_ms_per_output_token: 0.0,
        peak_requests_per_second: 0.0,
    }
}

#[test]
fn gpus_needed_for_llama_3_70b() {
    let catalog = Catalog::builtin();
    let model = catalog.open_model("llama-3-70b").unwrap();
    let h100 = catalog.gpu("h100-sxm").unwrap();
    let knobs = SizingAssumptions::default();
    // Usable per H100: 80 GB x 0.9 = 72 GB, less 2 GB overhead = 70 GB.
    // 2 GPUs: 140 GB < 141.1 GB of weights -> does not fit; 4 GPUs: 288 - 8 = 280 GB.
    let sizing = sizing::size_replica(model, h100, &request(0), &knobs, catalog).unwrap();
    assert_eq!(sizing.gpus_per_replica, 4);
    // Paged KV: a sequence in flight holds its average context, 1,500 + 400 / 2 = 1,700
    // tokens x 327,680 B = 0.557056 GB, plus 4 % fragmentation = 0.57933824 GB; free for
    // KV 280 - 141.1 = 138.9 GB -> floor(138.9 / 0.57933824) = 239 sequences (reserving
    // each sequence's full 1,900 tokens, as before paged attention, gave 223).
    assert_eq!(sizing.max_batch_that_fits, 239);
    // One sequence alone: reads 141.1 GB of weights + its 0.557 GB of KV at
    // 4 x 3.35 TB/s x 0.6 = 8.04 TB/s: 17.619 ms (compute 0.088 ms, below it); tensor
    // parallelism: 2 all-reduces x 80 layers, each 10 us + 16,384 B x 2 x 3/4 / 370 GB/s,
    // = 1.611 ms; the step overhead 1 ms. 20.230 ms a token -> 49.43 tokens/s.
    assert!(
        (sizing.decode_tokens_per_second_batch_1 - 49.43).abs() < 0.01,
        "{}",
        sizing.decode_tokens_per_second_batch_1
    );

    // Asking for 2 GPUs is a clear error that says what would fit.
    let error = sizing::size_replica(model, h100, &request(2), &knobs, catalog).unwrap_err();
    let message = en::sizing_problem(&error.problem);
    assert!(
        message.contains("does not fit on 2 x NVIDIA H100 SXM 80GB"),
        "{message}"
    );
    assert!(!error.suggestion.is_empty());
    let suggestion = en::fit_options(&error.suggestion);
    assert!(suggestion.contains("4 x h100-sxm at bf16"), "{suggestion}");
    // The smallest set of another GPU that holds it: two 96 GB H20s.
    assert!(suggestion.contains("2 x h20 at bf16"), "{suggestion}");

    // On H200s (141 GB x 0.9 - 2 = 124.9 GB each) two suffice: 249.8 - 141.1 = 108.7 GB
    // -> floor(108.7 / 0.57933824) = 187 sequences.
    let h200 = catalog.gpu("h200").unwrap();
    let sizing = sizing::size_replica(model, h200, &request(0), &knobs, catalog).unwrap();
    assert_eq!(
        (sizing.gpus_per_replica, sizing.max_batch_that_fits),
        (2, 187)
    );

    // DeepSeek-V3 (671B) in BF16 needs 1,342 GB: it fits on no single 8-GPU node of 80 GB cards.
    let deepseek = catalog.open_model("deepseek-v3").unwrap();
    let error = sizing::size_replica(deepseek, h100, &request(0), &knobs, catalog).unwrap_err();
    let message = en::sizing_problem(&error.problem);
    assert!(message.contains("does not fit"), "{message}");
}

fn plan_of(deployment: Deployment) -> FleetPlan {
    FleetPlan {
        deployment,
        rental_plan: RentalPlan::AlwaysOn,
        gpus_per_replica: 4,
        replica_requests_per_second: 2.0,
        target_utilisation: 0.5,
        redundancy_replicas: 1,
        autoscale_min_replicas: 1,
        autoscale_headroom: 0.0,
        shape: DailyShape::derived(3.0, 0.3),
        prices: GpuPrices {
            on_demand_usd_per_gpu_hour: 2.99,
            reserved_discount: 0.0,
            reserved_term_months: 12,
            purchase_usd_per_gpu: 31_250.0,
        },
        // The defaults' arithmetic for an H100 (700 W): power 0.7 kW x 1.5 (server) x 0.7
        // (average draw) x 1.54 (PUE) = 1.13190 kW x 730 h x $0.0806 = $66.5987 a GPU-month;
        // hosting 0.7 x 1.5 = 1.05 kW x $184.06 = $193.263.
        ownership: Ownership {
            service_life_months: 48,
            residual_value_fraction: 0.15,
            capex_overhead_fraction: 0.15,
            energy_usd_per_gpu_month: 0.7 * 1.5 * 0.7 * 1.54 * 730.0 * 0.0806,
            hosting_usd_per_gpu_month: 0.7 * 1.5 * 184.06,
            maintenance_fraction_per_year: 0.08,
        },
        reserved_quantiles: Vec::new(),
        first_serving_month: 0,
        launch_month_served_share: 1.0,
    }
}

#[test]
fn replicas_and_rented_compute_by_hand() {
    // One request/s on average = 2,628,000 requests in a 730-hour month; the busiest hour
    // 3x = 3 requests/s. A replica serves 2 requests/s; at 50 % target utilisation it takes
    // 1 -> 3 replicas + 1 spare = 4, around the clock.
    // 4 replicas x 4 GPUs = 16 GPUs x 730 h x $2.99 = $34,923.20 a month.
    let timeline = Timeline::new(1, 2_628_000.0, 0.0, 0.0, 0.0);
    let rented = plan_of(Deployment::Rented);
    let mut months = Vec::new();
    rented.run(&timeline, &FleetScenario::AS_PLANNED, 1, |month| {
        months.push(*month)
    });
    assert_eq!(cents(months[0].cost_usd()), 3_492_320);
    assert_eq!(months[0].gpus, 16.0);
    assert_eq!(months[0].cash_usd(), months[0].cost_usd());

    // Owned instead, at $31,250 a GPU: capex 16 x 31,250 x 1.15 = $575,000, paid in month 1;
    // depreciation to the 15 % residual over 48 months: $575,000 x 0.85 / 48 = $10,182.2917;
    // power 16 x $66.5987 = $1,065.5797; hosting 16 x $193.263 = $3,092.208; maintenance
    // 8 % / 12 x $575,000 = $3,833.3333. P&L $18,173.41; cash $575,000 + the running costs
    // = $582,991.12.
    let owned = plan_of(Deployment::Owned);
    let mut months = Vec::new();
    owned.run(&timeline, &FleetScenario::AS_PLANNED, 1, |month| {
        months.push(*month)
    });
    let month = months[0];
    assert_eq!(cents(month.cost_usd()), 1_817_341);
    assert_eq!(cents(month.cash_usd()), 58_299_112);
    assert_eq!(cents(month.depreciation_usd), 1_018_229);
    assert_eq!(cents(month.power_usd), 106_558);
    assert_eq!(cents(month.hosting_usd), 309_221);
    assert_eq!(cents(month.maintenance_usd), 383_333);
    assert_eq!(cents(month.purchases_usd), 57_500_000);
    assert_eq!(month.rental_on_demand_usd, 0.0);
}

#[test]
fn break_even_month_by_hand() {
    // Route A: $10,000 a month. Route B: $50,000 up front then $5,000 a month.
    // Cumulative after m months: A = 10,000 m; B = 50,000 + 5,000 m. Equal at m = 10;
    // from month 11 B is cheaper (A $110,000, B $105,000).
    let month = |index: u32, total: f64| MonthCost {
        month: index,
        total,
        ..MonthCost::default()
    };
    let a: Vec<MonthCost> = (1..=24).map(|m| month(m, 10_000.0)).collect();
    let b: Vec<MonthCost> = (1..=24)
        .map(|m| month(m, if m == 1 { 55_000.0 } else { 5_000.0 }))
        .collect();
    assert_eq!(crossing_month(&a, &b), (true, Some(11)));
    assert_eq!(crossing_month(&b, &a), (false, Some(11)));
    assert_eq!(crossing_month(&a[..10], &b[..10]), (true, None));
}

#[test]
fn break_even_in_a_full_evaluation_matches_the_cumulative_costs() {
    let mut profile = Profile::default();
    profile.workload.requests_per_month = 20_000_000.0;
    let report = engine::evaluate(&profile);
    for pair in &report.break_even {
        let a = report.route(pair.first).unwrap();
        let b = report.route(pair.second).unwrap();
        let expected = crossing_month(&a.monthly, &b.monthly);
        assert_eq!(pair.break_even_month, expected.1);
    }
}

#[test]
fn break_even_volume_equalises_the_totals() {
    // Closed vs managed are both linear in volume: at the reported volume the totals match.
    let mut profile = Profile::default();
    profile.workload.requests_per_month = 1_000_000.0;
    let report = engine::evaluate(&profile);
    let pair = report
        .break_even
        .iter()
        .find(|pair| pair.first == RouteId::ClosedApi && pair.second == RouteId::ManagedOpen)
        .unwrap();
    let volume = pair
        .break_even_requests_per_month
        .expect("a crossing volume");
    profile.workload.requests_per_month = volume;
    let at_volume = engine::evaluate(&profile);
    let closed = at_volume
        .route(RouteId::ClosedApi)
        .unwrap()
        .total_cost
        .unwrap();
    let managed = at_volume
        .route(RouteId::ManagedOpen)
        .unwrap()
        .total_cost
        .unwrap();
    assert!(
        (closed - managed).abs() / closed < 1e-6,
        "{closed} vs {managed}"
    );
}

#[test]
fn air_gap_excludes_both_per_token_routes_and_rented_gpus() {
    let mut profile = Profile::default();
    profile.requirements.data_residency = engine::profile::DataResidency::AirGapped;
    let report = engine::evaluate(&profile);
    assert!(report.route(RouteId::ClosedApi).unwrap().excluded.is_some());
    assert!(report
        .route(RouteId::ManagedOpen)
        .unwrap()
        .excluded
        .is_some());
    let hosted = report.route(RouteId::SelfHosted).unwrap();
    assert!(en::exclusion(hosted.excluded.as_ref().unwrap()).contains("owned"));
    assert_eq!(report.cheapest, None);
    profile.routes.self_hosted.deployment = Deployment::Owned;
    let report = engine::evaluate(&profile);
    assert!(report
        .route(RouteId::SelfHosted)
        .unwrap()
        .excluded
        .is_none());
    assert_eq!(report.cheapest, Some(RouteId::SelfHosted));
}

#[test]
fn roofline_is_close_to_measured_batch_one_speeds() {
    // Qwen's own benchmark (sheet §6.2, vLLM, A100 80GB, batch 1, input 1, 2,048 output tokens):
    // Qwen2.5-7B 84.28 tok/s on 1 GPU; Qwen2.5-72B 18.19 / 31.37 tok/s on 2 / 4 GPUs.
    // Model: 7.62e9 x 2 B = 15.24 GB at 2.039 TB/s x 0.6 -> 12.46 ms -> ~80 tok/s;
    // 72.71e9 x 2 B = 145.4 GB at 2 x 2.039 x 0.6 -> 59.4 ms + 80 layers x 10 us = 60.2 ms
    // -> ~16.6 tok/s; on 4 GPUs 29.7 + 0.8 ms -> ~32.8 tok/s.
    let catalog = Catalog::builtin();
    let a100 = catalog.gpu("a100-sxm-80gb").unwrap();
    // 145.4 GB of weights on 2 x 80 GB only fits with more of the memory in use than the
    // default 0.9 (Qwen's run had 136 GB resident under transformers).
    let knobs = SizingAssumptions {
        gpu_memory_utilisation: 0.95,
        runtime_overhead_gb_per_gpu: 1.0,
        ..SizingAssumptions::default()
    };
    let measured = [
        ("qwen2.5-7b", 1, 84.28),
        ("qwen2.5-72b", 2, 18.19),
        ("qwen2.5-72b", 4, 31.37),
    ];
    for (model, gpus, tokens_per_second) in measured {
        let model = catalog.open_model(model).unwrap();
        let request = SizingRequest {
            input_tokens: 1.0,
            output_tokens: 2048.0,
            ..request(gpus)
        };
        let sizing = sizing::size_replica(model, a100, &request, &knobs, catalog).unwrap();
        let ratio = sizing.decode_tokens_per_second_batch_1 / tokens_per_second;
        assert!(
            (0.85..1.15).contains(&ratio),
            "{} on {gpus}: {} vs {tokens_per_second}",
            model.id,
            sizing.decode_tokens_per_second_batch_1
        );
    }
}

#[test]
fn the_display_currency_scales_every_amount_by_the_rate() {
    // EUR at 0.86 per USD: every amount in the EUR report is 0.86 x the USD one.
    let usd = engine::evaluate(&Profile::default());
    let mut profile = Profile::default();
    profile.currency.display = Currency::Eur;
    let eur = engine::evaluate(&profile);
    assert_eq!(eur.currency, Currency::Eur);
    for (a, b) in usd.routes.iter().zip(&eur.routes) {
        let (a_total, b_total) = (a.total_cost.unwrap(), b.total_cost.unwrap());
        assert!((b_total - 0.86 * a_total).abs() < 1e-6 * a_total);
        let ratio =
            b.usage_cost_per_million_tokens.unwrap() / a.usage_cost_per_million_tokens.unwrap();
        assert!((ratio - 0.86).abs() < 1e-9);
        assert!((b.monthly[5].people - 0.86 * a.monthly[5].people).abs() < 1e-6);
        // Volumes are not money: unchanged.
        assert_eq!(a.tokens_served, b.tokens_served);
    }
}

#[test]
fn requests_longer_than_a_models_context_exclude_the_route() {
    // ERNIE 4.0 8K takes 8,192 tokens; 8,000 in + 400 out = 8,400.
    let mut profile = api_profile("ernie-4.0-8k");
    profile.workload.input_tokens_per_request = 8_000.0;
    profile.workload.output_tokens_per_request = 400.0;
    let report = engine::evaluate(&profile);
    let reason = report
        .route(RouteId::ClosedApi)
        .unwrap()
        .excluded
        .as_ref()
        .map(en::exclusion)
        .unwrap();
    assert!(
        reason.contains("8,192") && reason.contains("8,400"),
        "{reason}"
    );
}

fn bank() -> Profile {
    let path = format!(
        "{}/../examples/profiles/bank-customer-assistant.json",
        env!("CARGO_MANIFEST_DIR")
    );
    Profile::from_json(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn people_time_and_quality_of_the_bank_by_hand() {
    let report = engine::evaluate(&bank());
    let closed = report.route(RouteId::ClosedApi).unwrap();
    // Staff: the closed route needs 1 ML engineer, 0.5 MLOps, 1 data scientist; the bank has
    // 0 / 0 / 1. Shortfall 1.5 FTE >= 0.5 -> hired, joining after 3 months.
    // US loaded costs: ML 211,450 x 1.42 = 300,259; MLOps 133,080 x 1.42 = 188,973.60;
    // DS 112,590 x 1.42 = 159,877.80 a year.
    // Month 1: the data scientist 159,877.80 / 12 = 13,323.15 + recruiting
    // 0.2 x (300,259 + 0.5 x 188,973.60) = 78,949.16 -> 92,272.31.
    assert_eq!(cents(closed.monthly[0].people), 9_227_231);
    // Month 4: everyone paid 25,021.58 + 7,873.90 + 13,323.15 = 46,218.63, plus half the new
    // hires' pay again during ramp-up: 0.5 x (25,021.58 + 7,873.90) = 16,447.74 -> 62,666.38.
    assert_eq!(cents(closed.monthly[3].people), 6_266_638);
    // Month 7, ramp-up over: 46,218.63.
    assert_eq!(cents(closed.monthly[6].people), 4_621_863);
    // Time to market: 2 months + 3 months of hiring = 5 months x $400,000 = $2,000,000.
    assert_eq!(closed.time_to_market_months, 5.0);
    assert_eq!(cents(closed.totals.time_to_market), 200_000_000);

    // Quality, managed route: Claude Sonnet 5.5 1476 vs gpt-oss-120b 1352 on LMArena
    // (2026-10-08) = 124 points; high accuracy (weight 1) / 50 points per programme = 2.48
    // programmes (cap 3). A programme: 200 GPU-h x $2.99 + 5,000 examples x $2 + $10,000 =
    // $20,598; x 2.48 = $51,083.04 in months 1, 7, 13, 19, 25, 31 -> 6 x = $306,498.24.
    let managed = report.route(RouteId::ManagedOpen).unwrap();
    let gap = managed.quality_gap.as_ref().unwrap();
    assert_eq!(gap.gap_points, 124.0);
    assert!((gap.programmes_per_cycle - 2.48).abs() < 1e-12);
    assert_eq!(cents(managed.monthly[0].quality), 5_108_304);
    assert_eq!(managed.monthly[1].quality, 0.0);
    assert_eq!(cents(managed.totals.quality), 30_649_824);
}
