//! English for the cost report: assumption labels, cost notes, sizing notes,
//! comparisons and the Markdown and CSV exports.
//!
//! Numbers inside these texts go through [`crate::text::format`]; dotted
//! profile paths, ids and keys stay as they are (they name data, not words).

use crate::catalog::{Gpu, OpenModel, StaffCost};
use crate::currency::Currency;
use crate::text::format;

/// "USD per 1M tokens (input / output)": the unit of a price pair.
pub fn unit_price_pair(currency: Currency) -> String {
    format!("{} per 1M tokens (input / output)", currency.code())
}

// Where a value the report used comes from, when it is not a catalog citation.
pub const SOURCE_USER_VALUE: &str = "profile (user value)";

/// A catalog price the profile overrides: "profile override (catalog: …)".
pub fn source_override(catalog_source: &str) -> String {
    format!("profile override (catalog: {catalog_source})")
}

/// A staff cost from the catalog, worked out:
/// "EUR 80,000 x loading 1.4 = 112,000 EUR a year; <source>".
pub fn staff_cost_source(row: &StaffCost) -> String {
    let code = row.currency.code();
    format!(
        "{code} {} x loading {} = {} {code} a year; {}",
        format::whole(row.annual_wage),
        format::number(row.loading_factor),
        format::whole(row.loaded_annual()),
        row.source
    )
}

/// A rental price's source: "{provider}: {source}".
pub fn rental_source(provider: &str, source: &str) -> String {
    format!("{provider}: {source}")
}

/// The rental price of another kind of cloud, where the catalog has none of
/// the kind chosen.
pub fn rental_source_other_kind(
    chosen: crate::catalog::CloudKind,
    provider: &str,
    source: &str,
) -> String {
    let (chosen, other) = match chosen {
        crate::catalog::CloudKind::Hyperscaler => ("hyperscaler", "GPU cloud"),
        crate::catalog::CloudKind::Neocloud => ("GPU cloud", "hyperscaler"),
    };
    format!(
        "No {chosen} price for this GPU in the catalog: the {other} price is used. {provider}: {source}"
    )
}

/// A model's or an offer's prices: "gpt-4o: 2.5 / 10".
pub fn price_pair_value(id: &str, input: f64, output: f64) -> String {
    format!("{id}: {} / {}", format::exact(input), format::exact(output))
}

/// An open model's architecture:
/// "llama-3-70b: 70.55 B params (70.55 B active), 80 layers, 8 KV heads x 128".
pub fn architecture_value(model: &OpenModel) -> String {
    format!(
        "{}: {} B params ({} B active), {} layers, {} KV heads x {}",
        model.id,
        format::number(model.params_b),
        format::number(model.active_params_b),
        format::whole(f64::from(model.layers)),
        format::whole(f64::from(model.kv_heads)),
        format::whole(f64::from(model.head_dim))
    )
}

/// A GPU's specifications: "h100-sxm: 80 GB, 3,350 GB/s, 989 BF16 TFLOPS, 700 W".
pub fn gpu_value(gpu: &Gpu) -> String {
    format!(
        "{}: {} GB, {} GB/s, {} BF16 TFLOPS, {} W",
        gpu.id,
        format::number(gpu.memory_gb),
        format::number(gpu.bandwidth_gb_per_s),
        format::number(gpu.bf16_tflops),
        format::number(gpu.power_w)
    )
}

/// A GPU's interconnect: "nvlink: 370 GB/s each way, 10 us per all-reduce".
pub fn interconnect_value(link: &crate::catalog::Interconnect) -> String {
    let kind = match link.kind {
        crate::catalog::InterconnectKind::Nvlink => "NVLink",
        crate::catalog::InterconnectKind::Pcie => "PCIe",
        crate::catalog::InterconnectKind::InfinityFabric => "Infinity Fabric",
    };
    format!(
        "{kind}: {} GB/s each way, {} us per all-reduce",
        format::number(link.bandwidth_gb_per_s),
        format::number(link.all_reduce_latency_us)
    )
}

// Route labels: what each route runs.

/// A closed model with its vendor: "Claude Sonnet 4.5 (Anthropic)".
pub fn closed_route_label(model: &str, vendor: &str) -> String {
    format!("{model} ({vendor})")
}

/// A model on a host: "Llama 3.3 70B on Together AI", "llama-3-70b on h100-sxm".
pub fn model_on(model: &str, host: &str) -> String {
    format!("{model} on {host}")
}

/// A self-hosted model on a GPU at a precision: "Llama 3 70B on NVIDIA H100 (bf16)".
pub fn model_on_gpu_at(model: &str, gpu: &str, precision_key: &str) -> String {
    format!("{model} on {gpu} ({precision_key})")
}

// Why a route is excluded or cannot be computed, and warnings.

pub fn unknown_closed_model(id: &str) -> String {
    format!("Unknown closed model id \"{id}\" (see the catalog).")
}
pub fn unknown_hosted_offer(id: &str) -> String {
    format!("Unknown hosted offer id \"{id}\" (see the catalog).")
}
pub fn unknown_open_model(id: &str) -> String {
    format!("Unknown open model id \"{id}\" (see the catalog).")
}
pub fn unknown_gpu(id: &str) -> String {
    format!("Unknown GPU id \"{id}\" (see the catalog).")
}
pub fn no_rental_price(gpu_name: &str) -> String {
    format!(
        "No rental price for {gpu_name} in the catalog: set routes.self_hosted.gpu_hour_usd_override."
    )
}
pub fn no_purchase_price(gpu_name: &str) -> String {
    format!(
        "No purchase price for {gpu_name} in the catalog: set routes.self_hosted.gpu_purchase_usd_override."
    )
}
pub const NO_TENSOR_PARALLEL_SIZE_FITS: &str = "No tensor-parallel size fits.";

/// A per-token route under on-premises residency.
pub fn residency_excludes_per_token(residency_key: &str) -> String {
    format!(
        "Data may not leave the premises (requirements.data_residency = {residency_key}): a per-token API sends every prompt to the provider."
    )
}

/// Rented GPUs under on-premises residency (see [`residency_excludes_per_token`]).
pub fn residency_excludes_rented(residency_key: &str) -> String {
    format!(
        "Data may not leave the premises (requirements.data_residency = {residency_key}): rented cloud GPUs are off premises; set routes.self_hosted.deployment to owned."
    )
}

/// A request longer than the model's context.
pub fn context_too_long(name: &str, path: &str, limit_tokens: u64, needed_tokens: f64) -> String {
    format!(
        "{name} ({path}) takes at most {} tokens of context, but a request uses {} (workload input + output tokens).",
        format::whole(limit_tokens as f64),
        format::whole(needed_tokens)
    )
}

pub fn exchange_rate_unusable(currency: Currency) -> String {
    format!(
        "The exchange rate for {} is not a positive number: amounts are shown in USD.",
        currency.code()
    )
}

pub fn no_staff_cost(role_key: &str) -> String {
    format!("No staff cost for {role_key} in the catalog; using 0.")
}

/// No benchmark score both models have: `route_path` is `routes.managed_open` or
/// `routes.self_hosted`, `benchmark` the benchmark's name.
pub fn no_shared_benchmark(route_path: &str, benchmark: &str) -> String {
    format!(
        "{route_path}: the closed and the open model share no {benchmark} score, so no quality gap is costed."
    )
}

/// A reserved plan on a GPU row with no discount for the term.
pub fn no_reserved_discount(gpu_name: &str) -> String {
    format!(
        "routes.self_hosted: the catalog has no reserved price for {gpu_name} at this term, so the reserved plan rents every hour on demand; set routes.self_hosted.reserved_discount_override."
    )
}

/// Even batch 1 is slower than the latency target.
pub fn latency_target_missed(
    ms_per_token: f64,
    gpus_per_replica: u32,
    gpu_name: &str,
    target_ms: f64,
) -> String {
    format!(
        "routes.self_hosted: even one sequence alone takes {} ms per output token on {} x {gpu_name}, above the {} ms target.",
        format::whole(ms_per_token),
        format::whole(f64::from(gpus_per_replica)),
        format::number(target_ms)
    )
}

// Sizing

/// The figures of a replica that does not fit in memory.
#[derive(Debug, Clone, Copy)]
pub struct MemoryShortfall<'a> {
    pub model: &'a str,
    pub precision_key: &'a str,
    pub gpus: u32,
    pub gpu: &'a str,
    pub needed_gb: f64,
    pub weights_gb: f64,
    pub context_tokens: f64,
    pub kv_gb: f64,
    pub overhead_gb: f64,
    pub usable_gb: f64,
}

/// A replica that does not fit.
pub fn does_not_fit(shortfall: &MemoryShortfall<'_>) -> String {
    let s = shortfall;
    format!(
        "{} at {} does not fit on {} x {}: needs {} GB (weights {} + KV for one {}-token sequence {} + overhead {}) but {} GB are usable.",
        s.model,
        s.precision_key,
        format::whole(f64::from(s.gpus)),
        s.gpu,
        format::fixed(s.needed_gb, 1),
        format::fixed(s.weights_gb, 1),
        format::whole(s.context_tokens),
        format::fixed(s.kv_gb, 2),
        format::fixed(s.overhead_gb, 1),
        format::fixed(s.usable_gb, 1)
    )
}

pub const NO_TENSOR_PARALLEL_SIZE_TO_TRY: &str = "No tensor-parallel size to try.";

/// What would fit instead: "4 x h100-sxm at bf16".
pub fn fit_option(gpus: u32, gpu_id: &str, precision_key: &str) -> String {
    format!(
        "{} x {gpu_id} at {precision_key}",
        format::whole(f64::from(gpus))
    )
}

/// Alternatives in one line: "a, or b, or c".
pub fn fit_options(options: &[String]) -> String {
    options.join(", or ")
}

/// A sizing error with what would fit: "{message} Would fit: {options}."
pub fn with_suggestion(message: &str, suggestion: &str) -> String {
    format!("{message} Would fit: {suggestion}.")
}

// The Markdown report. Strings here may hold Markdown emphasis (`**`).

pub const REPORT_TITLE: &str = "Open or Closed? report";
pub const REPORT_PROFILE_LABEL: &str = "Profile:";

/// "Amounts are in USD, over 36 months."
pub fn report_amounts_in(currency: Currency, months: u32) -> String {
    format!(
        "Amounts are in {}, over {}.",
        currency.code(),
        super::months(f64::from(months))
    )
}

pub const REPORT_RECOMMENDATION_HEADING: &str = "Recommendation";

/// "**Recommended: the closed API** (confidence high, 100%)." (Markdown).
pub fn report_recommended(route_name: &str, confidence_level: &str, confidence: f64) -> String {
    format!(
        "**Recommended: {route_name}** (confidence {confidence_level}, {}).",
        format::percent(confidence)
    )
}

pub const REPORT_NO_ROUTE_FEASIBLE: &str = "**No route is feasible** for this profile.";
pub const REPORT_WHY_HEADING: &str = "Why";
pub const REPORT_FLIP_POINTS_HEADING: &str = "Flip points";

/// "Totals over 36 months (USD)".
pub fn report_totals_heading(months: u32, currency: Currency) -> String {
    format!(
        "Totals over {} ({})",
        super::months(f64::from(months)),
        currency.code()
    )
}

pub const REPORT_ROUTE_COLUMN: &str = "Route";
pub const REPORT_USES_COLUMN: &str = "Uses";
pub const REPORT_TOTAL_COLUMN: &str = "Total";
pub const REPORT_PER_MILLION_TOKENS_COLUMN: &str = "Per 1M tokens";

/// "Self-hosted open weights is excluded. {reason}" (the reason is a sentence).
pub fn report_route_excluded(route_title: &str, reason: &str) -> String {
    format!("{route_title} is excluded. {reason}")
}

pub const REPORT_BREAK_EVEN_HEADING: &str = "Break-even";
pub const REPORT_ROUTES_COLUMN: &str = "Routes";
pub const REPORT_CHEAPER_AT_START_COLUMN: &str = "Cheaper at the start";
pub const REPORT_BREAK_EVEN_MONTH_COLUMN: &str = "Break-even month";
pub const REPORT_CASH_BREAK_EVEN_MONTH_COLUMN: &str = "Cash break-even (payback) month";
pub const REPORT_CASH_COLUMN: &str = "Cash paid";
pub const REPORT_BREAK_EVEN_VOLUME_COLUMN: &str = "Break-even volume (requests in month 1)";

/// Two routes compared: "Closed API / Managed open weights".
pub fn report_route_pair(first: &str, second: &str) -> String {
    format!("{first} / {second}")
}

/// "month 14".
pub fn report_break_even_month(month: u32) -> String {
    format!("month {}", format::whole(f64::from(month)))
}

/// "none within 36 months".
pub fn report_no_break_even_within(months: u32) -> String {
    format!("none within {}", super::months(f64::from(months)))
}

pub const REPORT_NO_BREAK_EVEN_VOLUME: &str = "none found";
pub const REPORT_WARNINGS_HEADING: &str = "Warnings";
pub const REPORT_ASSUMPTIONS_HEADING: &str = "Assumptions";
pub const REPORT_ASSUMPTION_COLUMN: &str = "Assumption";
pub const REPORT_VALUE_COLUMN: &str = "Value";
pub const REPORT_UNIT_COLUMN: &str = "Unit";
pub const REPORT_SOURCE_COLUMN: &str = "Source";
pub const REPORT_AS_OF_COLUMN: &str = "As of";

/// "<source> (unverified)".
pub fn report_unverified_source(source: &str) -> String {
    format!("{source} (unverified)")
}

pub const REPORT_DECISION_DETAILS_HEADING: &str = "Decision details";

/// A benchmark's short name in reports: "LMArena text score", "MMLU".
pub fn benchmark_label(benchmark: crate::catalog::Benchmark) -> &'static str {
    match benchmark {
        crate::catalog::Benchmark::LmarenaText => "LMArena text score",
        crate::catalog::Benchmark::Mmlu => "MMLU",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;

    #[test]
    fn staff_costs_are_worked_out_with_grouped_figures() {
        let row = StaffCost {
            currency: Currency::Eur,
            annual_wage: 80_000.0,
            loading_factor: 1.4,
            source: "Eurostat",
            ..Catalog::builtin().staff[0].clone()
        };
        assert_eq!(
            staff_cost_source(&row),
            "EUR 80,000 x loading 1.4 = 112,000 EUR a year; Eurostat"
        );
    }

    #[test]
    fn values_show_catalog_figures_in_full() {
        assert_eq!(price_pair_value("gpt-4o", 2.5, 10.0), "gpt-4o: 2.5 / 10");
        assert_eq!(price_pair_value("x", 0.075, 0.28), "x: 0.075 / 0.28");
        let catalog = Catalog::builtin();
        assert_eq!(
            architecture_value(catalog.open_model("llama-3-70b").unwrap()),
            "llama-3-70b: 70.55 B params (70.55 B active), 80 layers, 8 KV heads x 128"
        );
        assert_eq!(
            gpu_value(catalog.gpu("h100-sxm").unwrap()),
            "h100-sxm: 80 GB, 3,350 GB/s, 989 BF16 TFLOPS, 700 W"
        );
        assert_eq!(
            unit_price_pair(Currency::Cny),
            "CNY per 1M tokens (input / output)"
        );
    }

    #[test]
    fn notes_group_their_counts() {
        assert_eq!(
            context_too_long("Llama 3 70B", "routes.self_hosted.model", 8192, 12_000.4),
            "Llama 3 70B (routes.self_hosted.model) takes at most 8,192 tokens of context, \
             but a request uses 12,000 (workload input + output tokens)."
        );
        assert_eq!(
            latency_target_missed(18.419, 4, "NVIDIA H100", 12.5),
            "routes.self_hosted: even one sequence alone takes 18 ms per output token on \
             4 x NVIDIA H100, above the 12.5 ms target."
        );
    }

    #[test]
    fn a_shortfall_says_what_is_needed_and_what_would_fit() {
        let shortfall = MemoryShortfall {
            model: "DeepSeek-V3",
            precision_key: "bf16",
            gpus: 8,
            gpu: "NVIDIA H100",
            needed_gb: 1374.04,
            weights_gb: 1342.0,
            context_tokens: 1900.0,
            kv_gb: 0.1335,
            overhead_gb: 16.0,
            usable_gb: 576.0,
        };
        assert_eq!(
            does_not_fit(&shortfall),
            "DeepSeek-V3 at bf16 does not fit on 8 x NVIDIA H100: needs 1,374.0 GB (weights \
             1,342.0 + KV for one 1,900-token sequence 0.13 + overhead 16.0) but 576.0 GB are \
             usable."
        );
        let options = [
            fit_option(4, "h100-sxm", "bf16"),
            fit_option(2, "h200", "fp8"),
        ];
        assert_eq!(
            with_suggestion("Too big.", &fit_options(&options)),
            "Too big. Would fit: 4 x h100-sxm at bf16, or 2 x h200 at fp8."
        );
    }

    #[test]
    fn report_sentences() {
        assert_eq!(
            report_amounts_in(Currency::Usd, 1),
            "Amounts are in USD, over 1 month."
        );
        assert_eq!(
            report_amounts_in(Currency::Inr, 36),
            "Amounts are in INR, over 36 months."
        );
        assert_eq!(
            report_recommended("the closed API", "medium", 0.7),
            "**Recommended: the closed API** (confidence medium, 70%)."
        );
        assert_eq!(
            report_totals_heading(12, Currency::Eur),
            "Totals over 12 months (EUR)"
        );
        assert_eq!(report_no_break_even_within(36), "none within 36 months");
        assert_eq!(report_break_even_month(14), "month 14");
    }
}
