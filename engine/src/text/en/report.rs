//! English for the cost report: route labels, exclusions, warnings, the
//! assumptions' values, units and sources that are not citations, sizing
//! notes, comparisons and the Markdown and CSV exports.
//!
//! Numbers inside these texts go through [`crate::text::format`]; dotted
//! profile paths, ids and keys stay as they are (they name data, not words).

use crate::catalog::{Benchmark, CloudKind, InterconnectKind};
use crate::currency::Currency;
use crate::profile::DataResidency;
use crate::report::{
    AssumptionSource, AssumptionUnit, AssumptionValue, CatalogValue, Exclusion, RouteLabel, Warning,
};
use crate::sizing::{FitOption, MemoryShortfall, SizingError, SizingProblem};
use crate::text::format;

// The assumptions: units, values and sources.

/// An assumption's unit: "fraction", "USD per 1M tokens (input / output)".
pub fn assumption_unit(unit: AssumptionUnit) -> String {
    match unit {
        AssumptionUnit::Unit(unit) => super::unit(unit).to_owned(),
        AssumptionUnit::PricePair(currency) => {
            format!("{} per 1M tokens (input / output)", currency.code())
        }
    }
}

/// An assumption's value: a number as [`format::readable`] writes it, or a
/// catalog row's figures ([`catalog_value`]).
pub fn assumption_value(value: &AssumptionValue) -> String {
    match value {
        AssumptionValue::Number(number) => format::readable(*number),
        AssumptionValue::Catalog(value) => catalog_value(value),
    }
}

/// A catalog row's figures: "gpt-4o: 2.5 / 10";
/// "llama-3-70b: 70.55 B params (70.55 B active), 80 layers, 8 KV heads x 128";
/// "h100-sxm: 80 GB, 3,350 GB/s, 989 BF16 TFLOPS, 700 W";
/// "NVLink: 370 GB/s each way, 10 us per all-reduce".
pub fn catalog_value(value: &CatalogValue) -> String {
    match value {
        CatalogValue::PricePair { id, input, output } => {
            format!(
                "{id}: {} / {}",
                format::exact(*input),
                format::exact(*output)
            )
        }
        CatalogValue::Architecture {
            id,
            params_b,
            active_params_b,
            layers,
            kv_heads,
            head_dim,
        } => format!(
            "{id}: {} B params ({} B active), {} layers, {} KV heads x {}",
            format::number(*params_b),
            format::number(*active_params_b),
            format::whole(f64::from(*layers)),
            format::whole(f64::from(*kv_heads)),
            format::whole(f64::from(*head_dim))
        ),
        CatalogValue::Gpu {
            id,
            memory_gb,
            bandwidth_gb_per_s,
            bf16_tflops,
            power_w,
        } => format!(
            "{id}: {} GB, {} GB/s, {} BF16 TFLOPS, {} W",
            format::number(*memory_gb),
            format::number(*bandwidth_gb_per_s),
            format::number(*bf16_tflops),
            format::number(*power_w)
        ),
        CatalogValue::Interconnect {
            interconnect,
            bandwidth_gb_per_s,
            all_reduce_latency_us,
        } => {
            let kind = match interconnect {
                InterconnectKind::Nvlink => "NVLink",
                InterconnectKind::Pcie => "PCIe",
                InterconnectKind::InfinityFabric => "Infinity Fabric",
            };
            format!(
                "{kind}: {} GB/s each way, {} us per all-reduce",
                format::number(*bandwidth_gb_per_s),
                format::number(*all_reduce_latency_us)
            )
        }
    }
}

/// Where a value the report used comes from, when it is not a catalog citation.
pub const SOURCE_USER_VALUE: &str = "profile (user value)";

/// Where an assumption's value comes from: a citation as it is written,
/// "profile (user value)", "profile override (catalog: …)", a staff cost
/// worked out ("EUR 80,000 x loading 1.4 = 112,000 EUR a year; <source>"),
/// a rental price ("{provider}: {source}").
pub fn assumption_source(source: &AssumptionSource) -> String {
    match source {
        AssumptionSource::Cited { text } => text.to_string(),
        AssumptionSource::UserValue => SOURCE_USER_VALUE.to_owned(),
        AssumptionSource::Override { catalog } => {
            format!("profile override (catalog: {catalog})")
        }
        AssumptionSource::StaffCost {
            currency,
            annual_wage,
            loading_factor,
            loaded_annual,
            source,
        } => {
            let code = currency.code();
            format!(
                "{code} {} x loading {} = {} {code} a year; {source}",
                format::whole(*annual_wage),
                format::number(*loading_factor),
                format::whole(*loaded_annual)
            )
        }
        AssumptionSource::Rental { provider, source } => format!("{provider}: {source}"),
        AssumptionSource::RentalOtherKind {
            chosen,
            provider,
            source,
        } => match chosen {
            CloudKind::Hyperscaler => format!(
                "No hyperscaler price for this GPU in the catalog: the GPU cloud price is used. {provider}: {source}"
            ),
            CloudKind::Neocloud => format!(
                "No GPU cloud price for this GPU in the catalog: the hyperscaler price is used. {provider}: {source}"
            ),
        },
    }
}

// Route labels: what each route runs.

/// A closed model with its vendor: "Claude Sonnet 4.5 (Anthropic)".
pub fn closed_route_label(model: &str, vendor: &str) -> String {
    format!("{model} ({vendor})")
}

/// What a route uses: "Claude Sonnet 4.5 (Anthropic)", "Llama 3.3 70B on
/// Together AI", "llama-3-70b on h100-sxm", "Llama 3 70B on NVIDIA H100 (bf16)".
pub fn route_label(label: &RouteLabel) -> String {
    match label {
        RouteLabel::Id { id } => id.clone(),
        RouteLabel::ClosedModel { model, vendor } => closed_route_label(model, vendor),
        RouteLabel::ModelOn { model, host } => format!("{model} on {host}"),
        RouteLabel::ModelOnGpu {
            model,
            gpu,
            precision,
        } => format!("{model} on {gpu} ({})", precision.key()),
    }
}

// Why a route is excluded or cannot be computed, and warnings.

/// The profile's value of `requirements.data_residency` (a key, as typed).
fn residency_key(residency: DataResidency) -> &'static str {
    match residency {
        DataResidency::None => "none",
        DataResidency::InCountry => "in_country",
        DataResidency::OnPremises => "on_premises",
        DataResidency::AirGapped => "air_gapped",
    }
}

/// Why a route is excluded or cannot be costed, as one or two sentences.
pub fn exclusion(exclusion: &Exclusion) -> String {
    match exclusion {
        Exclusion::UnknownClosedModel { id } => {
            format!("Unknown closed model id \"{id}\" (see the catalog).")
        }
        Exclusion::UnknownHostedOffer { id } => {
            format!("Unknown hosted offer id \"{id}\" (see the catalog).")
        }
        Exclusion::UnknownOpenModel { id } => {
            format!("Unknown open model id \"{id}\" (see the catalog).")
        }
        Exclusion::UnknownGpu { id } => format!("Unknown GPU id \"{id}\" (see the catalog)."),
        Exclusion::NoRentalPrice { gpu } => format!(
            "No rental price for {gpu} in the catalog: set routes.self_hosted.gpu_hour_usd_override."
        ),
        Exclusion::NoPurchasePrice { gpu } => format!(
            "No purchase price for {gpu} in the catalog: set routes.self_hosted.gpu_purchase_usd_override."
        ),
        Exclusion::ResidencyPerToken { residency } => format!(
            "Data may not leave the premises (requirements.data_residency = {}): a per-token API sends every prompt to the provider.",
            residency_key(*residency)
        ),
        Exclusion::ResidencyRented { residency } => format!(
            "Data may not leave the premises (requirements.data_residency = {}): rented cloud GPUs are off premises; set routes.self_hosted.deployment to owned.",
            residency_key(*residency)
        ),
        Exclusion::ContextTooLong {
            name,
            path,
            limit_tokens,
            needed_tokens,
        } => format!(
            "{name} ({path}) takes at most {} tokens of context, but a request uses {} (workload input + output tokens).",
            format::whole(*limit_tokens as f64),
            format::whole(*needed_tokens)
        ),
        Exclusion::DoesNotFit(error) => sizing_error(error),
    }
}

/// Something the user should know about the report, as a sentence.
pub fn warning(warning: &Warning) -> String {
    match warning {
        Warning::ExchangeRateUnusable { currency } => format!(
            "The exchange rate for {} is not a positive number: amounts are shown in USD.",
            currency.code()
        ),
        Warning::NoStaffCost { role } => {
            format!("No staff cost for {} in the catalog; using 0.", role.key())
        }
        Warning::NoSharedBenchmark { route, benchmark } => format!(
            "routes.{}: the closed and the open model share no {} score, so no quality gap is costed.",
            route.key(),
            benchmark_label(*benchmark)
        ),
        Warning::NoReservedDiscount { gpu } => format!(
            "routes.self_hosted: the catalog has no reserved price for {gpu} at this term, so the reserved plan rents every hour on demand; set routes.self_hosted.reserved_discount_override."
        ),
        Warning::LatencyTargetMissed {
            ms_per_token,
            gpus_per_replica,
            gpu,
            target_ms,
        } => format!(
            "routes.self_hosted: even one sequence alone takes {} ms per output token on {} x {gpu}, above the {} ms target.",
            format::whole(*ms_per_token),
            format::whole(f64::from(*gpus_per_replica)),
            format::number(*target_ms)
        ),
    }
}

// Sizing

/// Why a model cannot be served as asked, with what would fit if anything
/// does: "{problem} Would fit: {options}."
pub fn sizing_error(error: &SizingError) -> String {
    let problem = sizing_problem(&error.problem);
    if error.suggestion.is_empty() {
        problem
    } else {
        format!("{problem} Would fit: {}.", fit_options(&error.suggestion))
    }
}

/// What stops a model from being served as asked, as a sentence.
pub fn sizing_problem(problem: &SizingProblem) -> String {
    match problem {
        SizingProblem::DoesNotFit(shortfall) => does_not_fit(shortfall),
        SizingProblem::NoTensorParallelSizeToTry => "No tensor-parallel size to try.".to_owned(),
    }
}

/// A replica that does not fit.
fn does_not_fit(s: &MemoryShortfall) -> String {
    format!(
        "{} at {} does not fit on {} x {}: needs {} GB (weights {} + KV for one {}-token sequence {} + overhead {}) but {} GB are usable.",
        s.model,
        s.precision.key(),
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

/// What would fit instead: "4 x h100-sxm at bf16".
pub fn fit_option(option: &FitOption) -> String {
    format!(
        "{} x {} at {}",
        format::whole(f64::from(option.gpus)),
        option.gpu,
        option.precision.key()
    )
}

/// Alternatives in one line: "a, or b, or c".
pub fn fit_options(options: &[FitOption]) -> String {
    options
        .iter()
        .map(fit_option)
        .collect::<Vec<_>>()
        .join(", or ")
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
pub fn benchmark_label(benchmark: Benchmark) -> &'static str {
    match benchmark {
        Benchmark::LmarenaText => "LMArena text score",
        Benchmark::Mmlu => "MMLU",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;
    use crate::profile::Precision;
    use crate::report::RouteId;
    use crate::unit::Unit;

    #[test]
    fn staff_costs_are_worked_out_with_grouped_figures() {
        let source = AssumptionSource::StaffCost {
            currency: Currency::Eur,
            annual_wage: 80_000.0,
            loading_factor: 1.4,
            loaded_annual: 112_000.0,
            source: "Eurostat",
        };
        assert_eq!(
            assumption_source(&source),
            "EUR 80,000 x loading 1.4 = 112,000 EUR a year; Eurostat"
        );
        assert_eq!(
            assumption_source(&AssumptionSource::UserValue),
            "profile (user value)"
        );
        assert_eq!(
            assumption_source(&AssumptionSource::Override { catalog: "Vendor" }),
            "profile override (catalog: Vendor)"
        );
        assert_eq!(
            assumption_source(&AssumptionSource::RentalOtherKind {
                chosen: CloudKind::Neocloud,
                provider: "AWS",
                source: "aws.amazon.com",
            }),
            "No GPU cloud price for this GPU in the catalog: the hyperscaler price is used. \
             AWS: aws.amazon.com"
        );
    }

    #[test]
    fn values_show_catalog_figures_in_full() {
        let pair = |id: &str, input, output| {
            catalog_value(&CatalogValue::PricePair {
                id: id.to_owned(),
                input,
                output,
            })
        };
        assert_eq!(pair("gpt-4o", 2.5, 10.0), "gpt-4o: 2.5 / 10");
        assert_eq!(pair("x", 0.075, 0.28), "x: 0.075 / 0.28");
        let catalog = Catalog::builtin();
        let model = catalog.open_model("llama-3-70b").unwrap();
        assert_eq!(
            catalog_value(&CatalogValue::Architecture {
                id: model.id.to_owned(),
                params_b: model.params_b,
                active_params_b: model.active_params_b,
                layers: model.layers,
                kv_heads: model.kv_heads,
                head_dim: model.head_dim,
            }),
            "llama-3-70b: 70.55 B params (70.55 B active), 80 layers, 8 KV heads x 128"
        );
        let gpu = catalog.gpu("h100-sxm").unwrap();
        assert_eq!(
            catalog_value(&CatalogValue::Gpu {
                id: gpu.id.to_owned(),
                memory_gb: gpu.memory_gb,
                bandwidth_gb_per_s: gpu.bandwidth_gb_per_s,
                bf16_tflops: gpu.bf16_tflops,
                power_w: gpu.power_w,
            }),
            "h100-sxm: 80 GB, 3,350 GB/s, 989 BF16 TFLOPS, 700 W"
        );
        assert_eq!(
            assumption_unit(AssumptionUnit::PricePair(Currency::Cny)),
            "CNY per 1M tokens (input / output)"
        );
        assert_eq!(
            assumption_unit(AssumptionUnit::Unit(Unit::Fraction)),
            "fraction"
        );
        assert_eq!(
            assumption_value(&AssumptionValue::Number(0.9)),
            format::readable(0.9)
        );
    }

    #[test]
    fn labels_name_what_each_route_runs() {
        assert_eq!(
            route_label(&RouteLabel::ClosedModel {
                model: "Claude Sonnet 4.5".to_owned(),
                vendor: "Anthropic".to_owned(),
            }),
            "Claude Sonnet 4.5 (Anthropic)"
        );
        assert_eq!(
            route_label(&RouteLabel::ModelOn {
                model: "llama-3-70b".to_owned(),
                host: "h100-sxm".to_owned(),
            }),
            "llama-3-70b on h100-sxm"
        );
        assert_eq!(
            route_label(&RouteLabel::ModelOnGpu {
                model: "Llama 3 70B".to_owned(),
                gpu: "NVIDIA H100".to_owned(),
                precision: Precision::Bf16,
            }),
            "Llama 3 70B on NVIDIA H100 (bf16)"
        );
    }

    #[test]
    fn notes_group_their_counts() {
        assert_eq!(
            exclusion(&Exclusion::ContextTooLong {
                name: "Llama 3 70B".to_owned(),
                path: "routes.self_hosted.model",
                limit_tokens: 8192,
                needed_tokens: 12_000.4,
            }),
            "Llama 3 70B (routes.self_hosted.model) takes at most 8,192 tokens of context, \
             but a request uses 12,000 (workload input + output tokens)."
        );
        assert_eq!(
            warning(&Warning::LatencyTargetMissed {
                ms_per_token: 18.419,
                gpus_per_replica: 4,
                gpu: "NVIDIA H100".to_owned(),
                target_ms: 12.5,
            }),
            "routes.self_hosted: even one sequence alone takes 18 ms per output token on \
             4 x NVIDIA H100, above the 12.5 ms target."
        );
        assert_eq!(
            warning(&Warning::NoSharedBenchmark {
                route: RouteId::ManagedOpen,
                benchmark: Benchmark::Mmlu,
            }),
            "routes.managed_open: the closed and the open model share no MMLU score, so no \
             quality gap is costed."
        );
        assert_eq!(
            exclusion(&Exclusion::ResidencyPerToken {
                residency: DataResidency::AirGapped,
            }),
            "Data may not leave the premises (requirements.data_residency = air_gapped): a \
             per-token API sends every prompt to the provider."
        );
    }

    #[test]
    fn a_shortfall_says_what_is_needed_and_what_would_fit() {
        let shortfall = MemoryShortfall {
            model: "DeepSeek-V3",
            precision: Precision::Bf16,
            gpus: 8,
            gpu: "NVIDIA H100",
            needed_gb: 1374.04,
            weights_gb: 1342.0,
            context_tokens: 1900.0,
            kv_gb: 0.1335,
            overhead_gb: 16.0,
            usable_gb: 576.0,
        };
        let problem = SizingProblem::DoesNotFit(shortfall);
        assert_eq!(
            sizing_problem(&problem),
            "DeepSeek-V3 at bf16 does not fit on 8 x NVIDIA H100: needs 1,374.0 GB (weights \
             1,342.0 + KV for one 1,900-token sequence 0.13 + overhead 16.0) but 576.0 GB are \
             usable."
        );
        let error = SizingError {
            problem: SizingProblem::NoTensorParallelSizeToTry,
            suggestion: vec![
                FitOption {
                    gpus: 4,
                    gpu: "h100-sxm",
                    precision: Precision::Bf16,
                },
                FitOption {
                    gpus: 2,
                    gpu: "h200",
                    precision: Precision::Fp8,
                },
            ],
        };
        assert_eq!(
            sizing_error(&error),
            "No tensor-parallel size to try. Would fit: 4 x h100-sxm at bf16, or 2 x h200 at fp8."
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
