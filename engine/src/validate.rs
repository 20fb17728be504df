//! Validation: every problem in a profile at once, each with the field's
//! path, what was given and what is allowed (range and unit).

use crate::catalog::Catalog;
use crate::number_input::{Allowed, FieldError, GivenValue};
use crate::profile::{Profile, StaffNeed, MAX_HORIZON_MONTHS, SCHEMA_VERSION};
use crate::sizing::TENSOR_PARALLEL_SIZES;
use crate::unit::Unit;

/// Allowed monthly growth of the volume, as a fraction (-50 % to +100 % a month).
const GROWTH_PER_MONTH_RANGE: (f64, f64) = (-0.5, 1.0);
/// Allowed share of input tokens cached, or of requests batched.
const SHARE_RANGE: (f64, f64) = (0.0, 1.0);
/// The busiest hour's rate can be at most 24 x the day's average (all the
/// day's requests in one hour).
pub const PEAK_TO_AVERAGE_MAX: f64 = 24.0;
/// The quietest hour's rate as a fraction of the average.
const TROUGH_RANGE: (f64, f64) = (0.0, 1.0);

/// The allowed range, as fractions, of a workload field a form may show as a
/// percentage (see [`crate::edit::FieldKind::Percent`]); the checks below use
/// the same ranges.
pub fn fraction_range(path: &str) -> Option<(f64, f64)> {
    match path {
        "workload.growth_per_month" => Some(GROWTH_PER_MONTH_RANGE),
        "workload.cached_input_share" | "workload.cache_write_share" | "workload.batch_share" => {
            Some(SHARE_RANGE)
        }
        "workload.trough_to_average" => Some(TROUGH_RANGE),
        _ => None,
    }
}

struct Checker {
    errors: Vec<FieldError>,
}

impl Checker {
    fn fail(&mut self, path: &str, given: GivenValue, allowed: Allowed) {
        self.errors.push(FieldError {
            field: path.to_owned(),
            given,
            allowed,
        });
    }

    /// `low <= value <= high`, finite.
    fn range(&mut self, path: &str, value: f64, low: f64, high: f64, unit: Unit) {
        if !(value.is_finite() && value >= low && value <= high) {
            self.fail(
                path,
                GivenValue::Number(value),
                Allowed::NumberBetween { low, high, unit },
            );
        }
    }

    /// `0 < value <= high`, finite.
    fn positive(&mut self, path: &str, value: f64, high: f64, unit: Unit) {
        if !(value.is_finite() && value > 0.0 && value <= high) {
            self.fail(
                path,
                GivenValue::Number(value),
                Allowed::NumberAboveZeroUpTo { high, unit },
            );
        }
    }

    fn optional(&mut self, path: &str, value: Option<f64>, high: f64, unit: Unit) {
        if let Some(value) = value {
            self.range(path, value, 0.0, high, unit);
        }
    }

    fn whole(&mut self, path: &str, value: u32, low: u32, high: u32, unit: Unit) {
        if value < low || value > high {
            self.fail(
                path,
                GivenValue::Number(f64::from(value)),
                Allowed::WholeNumberBetween { low, high, unit },
            );
        }
    }

    /// The staff need and the common route fields; `paths` are the six
    /// fields' paths in the order ml, mlops, data scientists, time to market,
    /// one-off, monthly.
    fn route_common(
        &mut self,
        paths: [&str; 6],
        staff: &StaffNeed,
        time_to_market: f64,
        one_off: f64,
        per_month: f64,
    ) {
        self.range(paths[0], staff.ml_engineers, 0.0, 1000.0, Unit::Fte);
        self.range(paths[1], staff.mlops_engineers, 0.0, 1000.0, Unit::Fte);
        self.range(paths[2], staff.data_scientists, 0.0, 1000.0, Unit::Fte);
        self.range(paths[3], time_to_market, 0.0, 120.0, Unit::Months);
        self.range(paths[4], one_off, 0.0, 1e10, Unit::Usd);
        self.range(paths[5], per_month, 0.0, 1e9, Unit::UsdAMonth);
    }
}

/// Every problem in `profile`, checked against the built-in catalog. Empty
/// when the profile is valid.
pub fn validate(profile: &Profile) -> Vec<FieldError> {
    validate_with(profile, Catalog::builtin())
}

/// Every problem in `profile`, checked against `catalog`.
pub fn validate_with(profile: &Profile, catalog: &Catalog) -> Vec<FieldError> {
    let mut check = Checker { errors: Vec::new() };
    if profile.schema_version != SCHEMA_VERSION {
        check.fail(
            "schema_version",
            // A version is a label: as written, never grouped.
            GivenValue::Text(profile.schema_version.to_string()),
            Allowed::SchemaVersion(SCHEMA_VERSION),
        );
    }

    let organisation = &profile.organisation;
    check.range(
        "organisation.investment_usd",
        organisation.investment_usd,
        0.0,
        1e12,
        Unit::Usd,
    );
    check.range(
        "organisation.project_value_usd_per_month",
        organisation.project_value_usd_per_month,
        0.0,
        1e11,
        Unit::UsdAMonth,
    );

    let workload = &profile.workload;
    check.range(
        "workload.requests_per_month",
        workload.requests_per_month,
        0.0,
        1e12,
        Unit::RequestsPerMonth,
    );
    check.range(
        "workload.input_tokens_per_request",
        workload.input_tokens_per_request,
        0.0,
        1e7,
        Unit::Tokens,
    );
    check.range(
        "workload.output_tokens_per_request",
        workload.output_tokens_per_request,
        0.0,
        1e7,
        Unit::Tokens,
    );
    check.range(
        "workload.growth_per_month",
        workload.growth_per_month,
        GROWTH_PER_MONTH_RANGE.0,
        GROWTH_PER_MONTH_RANGE.1,
        Unit::GrowthFraction,
    );
    check.range(
        "workload.peak_to_average",
        workload.peak_to_average,
        1.0,
        PEAK_TO_AVERAGE_MAX,
        Unit::PeakToAverage,
    );
    check.range(
        "workload.trough_to_average",
        workload.trough_to_average,
        TROUGH_RANGE.0,
        TROUGH_RANGE.1,
        Unit::TroughToAverage,
    );
    check.range(
        "workload.latency_target_ms_per_output_token",
        workload.latency_target_ms_per_output_token,
        0.0,
        10_000.0,
        Unit::MsOrNoTarget,
    );
    check.range(
        "workload.cached_input_share",
        workload.cached_input_share,
        SHARE_RANGE.0,
        SHARE_RANGE.1,
        Unit::FractionNote,
    );
    // Reads and writes are parts of one prompt: together at most all of it.
    let write_high = if (SHARE_RANGE.0..=SHARE_RANGE.1).contains(&workload.cached_input_share) {
        SHARE_RANGE.1 - workload.cached_input_share
    } else {
        SHARE_RANGE.1
    };
    check.range(
        "workload.cache_write_share",
        workload.cache_write_share,
        SHARE_RANGE.0,
        write_high,
        Unit::CacheWriteNote,
    );
    check.range(
        "workload.batch_share",
        workload.batch_share,
        SHARE_RANGE.0,
        SHARE_RANGE.1,
        Unit::FractionNote,
    );

    let team = &profile.team;
    check.range(
        "team.ml_engineers",
        team.ml_engineers,
        0.0,
        100_000.0,
        Unit::Fte,
    );
    check.range(
        "team.mlops_engineers",
        team.mlops_engineers,
        0.0,
        100_000.0,
        Unit::Fte,
    );
    check.range(
        "team.data_scientists",
        team.data_scientists,
        0.0,
        100_000.0,
        Unit::Fte,
    );
    check.optional(
        "team.ml_engineer_loaded_usd_per_year",
        team.ml_engineer_loaded_usd_per_year,
        1e8,
        Unit::UsdAYear,
    );
    check.optional(
        "team.mlops_engineer_loaded_usd_per_year",
        team.mlops_engineer_loaded_usd_per_year,
        1e8,
        Unit::UsdAYear,
    );
    check.optional(
        "team.data_scientist_loaded_usd_per_year",
        team.data_scientist_loaded_usd_per_year,
        1e8,
        Unit::UsdAYear,
    );

    let routes = &profile.routes;
    check.whole(
        "routes.horizon_months",
        routes.horizon_months,
        1,
        MAX_HORIZON_MONTHS,
        Unit::Months,
    );

    let closed = &routes.closed_api;
    if catalog.closed_model(&closed.model).is_none() {
        check.fail(
            "routes.closed_api.model",
            GivenValue::Text(closed.model.clone()),
            Allowed::ClosedModelId,
        );
    }
    check.optional(
        "routes.closed_api.input_price_per_million_override",
        closed.input_price_per_million_override,
        1e6,
        Unit::PerMillionTokens,
    );
    check.optional(
        "routes.closed_api.output_price_per_million_override",
        closed.output_price_per_million_override,
        1e6,
        Unit::PerMillionTokens,
    );
    check.route_common(
        [
            "routes.closed_api.staff.ml_engineers",
            "routes.closed_api.staff.mlops_engineers",
            "routes.closed_api.staff.data_scientists",
            "routes.closed_api.time_to_market_months",
            "routes.closed_api.compliance_one_off_usd",
            "routes.closed_api.compliance_usd_per_month",
        ],
        &closed.staff,
        closed.time_to_market_months,
        closed.compliance_one_off_usd,
        closed.compliance_usd_per_month,
    );

    let managed = &routes.managed_open;
    if catalog.hosted_offer(&managed.offer).is_none() {
        check.fail(
            "routes.managed_open.offer",
            GivenValue::Text(managed.offer.clone()),
            Allowed::HostedOfferId,
        );
    }
    check.optional(
        "routes.managed_open.input_price_per_million_override",
        managed.input_price_per_million_override,
        1e6,
        Unit::PerMillionTokens,
    );
    check.optional(
        "routes.managed_open.output_price_per_million_override",
        managed.output_price_per_million_override,
        1e6,
        Unit::PerMillionTokens,
    );
    check.route_common(
        [
            "routes.managed_open.staff.ml_engineers",
            "routes.managed_open.staff.mlops_engineers",
            "routes.managed_open.staff.data_scientists",
            "routes.managed_open.time_to_market_months",
            "routes.managed_open.compliance_one_off_usd",
            "routes.managed_open.compliance_usd_per_month",
        ],
        &managed.staff,
        managed.time_to_market_months,
        managed.compliance_one_off_usd,
        managed.compliance_usd_per_month,
    );

    let hosted = &routes.self_hosted;
    if catalog.open_model(&hosted.model).is_none() {
        check.fail(
            "routes.self_hosted.model",
            GivenValue::Text(hosted.model.clone()),
            Allowed::OpenModelId,
        );
    }
    if catalog.gpu(&hosted.gpu).is_none() {
        check.fail(
            "routes.self_hosted.gpu",
            GivenValue::Text(hosted.gpu.clone()),
            Allowed::GpuId,
        );
    }
    if hosted.tensor_parallel != 0 && !TENSOR_PARALLEL_SIZES.contains(&hosted.tensor_parallel) {
        check.fail(
            "routes.self_hosted.tensor_parallel",
            GivenValue::Number(f64::from(hosted.tensor_parallel)),
            Allowed::GpusPerReplica(TENSOR_PARALLEL_SIZES.to_vec()),
        );
    }
    check.optional(
        "routes.self_hosted.gpu_hour_usd_override",
        hosted.gpu_hour_usd_override,
        1000.0,
        Unit::UsdPerGpuHour,
    );
    check.optional(
        "routes.self_hosted.reserved_discount_override",
        hosted.reserved_discount_override,
        0.95,
        Unit::FractionNote,
    );
    check.optional(
        "routes.self_hosted.gpu_purchase_usd_override",
        hosted.gpu_purchase_usd_override,
        1e7,
        Unit::UsdPerGpu,
    );
    check.route_common(
        [
            "routes.self_hosted.staff.ml_engineers",
            "routes.self_hosted.staff.mlops_engineers",
            "routes.self_hosted.staff.data_scientists",
            "routes.self_hosted.time_to_market_months",
            "routes.self_hosted.compliance_one_off_usd",
            "routes.self_hosted.compliance_usd_per_month",
        ],
        &hosted.staff,
        hosted.time_to_market_months,
        hosted.compliance_one_off_usd,
        hosted.compliance_usd_per_month,
    );

    let tokens = &profile.assumptions.tokens;
    check.range(
        "assumptions.tokens.price_decline_per_year",
        tokens.price_decline_per_year,
        0.0,
        0.99,
        Unit::FractionPerYearNote,
    );

    let sizing = &profile.assumptions.sizing;
    check.positive(
        "assumptions.sizing.memory_bandwidth_efficiency",
        sizing.memory_bandwidth_efficiency,
        1.0,
        Unit::FractionNote,
    );
    check.positive(
        "assumptions.sizing.compute_efficiency",
        sizing.compute_efficiency,
        1.0,
        Unit::FractionNote,
    );
    check.positive(
        "assumptions.sizing.gpu_memory_utilisation",
        sizing.gpu_memory_utilisation,
        1.0,
        Unit::FractionNote,
    );
    check.range(
        "assumptions.sizing.runtime_overhead_gb_per_gpu",
        sizing.runtime_overhead_gb_per_gpu,
        0.0,
        100.0,
        Unit::Gb,
    );
    check.range(
        "assumptions.sizing.kv_fragmentation_allowance",
        sizing.kv_fragmentation_allowance,
        0.0,
        1.0,
        Unit::FractionNote,
    );
    check.range(
        "assumptions.sizing.step_overhead_ms",
        sizing.step_overhead_ms,
        0.0,
        1000.0,
        Unit::Milliseconds,
    );
    check.positive(
        "assumptions.sizing.target_utilisation",
        sizing.target_utilisation,
        1.0,
        Unit::FractionNote,
    );
    check.whole(
        "assumptions.sizing.redundancy_replicas",
        sizing.redundancy_replicas,
        0,
        100,
        Unit::Replicas,
    );
    check.whole(
        "assumptions.sizing.max_tensor_parallel",
        sizing.max_tensor_parallel,
        1,
        16,
        Unit::Gpus,
    );
    check.whole(
        "assumptions.sizing.autoscale_min_replicas",
        sizing.autoscale_min_replicas,
        1,
        1000,
        Unit::Replicas,
    );
    check.range(
        "assumptions.sizing.autoscale_headroom",
        sizing.autoscale_headroom,
        0.0,
        10.0,
        Unit::FractionNote,
    );

    let compute = &profile.assumptions.compute;
    check.range(
        "assumptions.compute.gpu_price_decline_per_year",
        compute.gpu_price_decline_per_year,
        0.0,
        0.99,
        Unit::FractionPerYearNote,
    );
    check.whole(
        "assumptions.compute.depreciation_months",
        compute.depreciation_months,
        1,
        240,
        Unit::Months,
    );
    check.range(
        "assumptions.compute.server_capex_overhead_fraction",
        compute.server_capex_overhead_fraction,
        0.0,
        5.0,
        Unit::FractionOfGpuPriceNote,
    );
    check.range(
        "assumptions.compute.server_power_factor",
        compute.server_power_factor,
        1.0,
        5.0,
        Unit::TimesTdp,
    );
    check.range(
        "assumptions.compute.average_power_fraction",
        compute.average_power_fraction,
        0.0,
        1.0,
        Unit::FractionOfTdpNote,
    );
    check.range("assumptions.compute.pue", compute.pue, 1.0, 3.0, Unit::Pue);
    check.range(
        "assumptions.compute.energy_usd_per_kwh",
        compute.energy_usd_per_kwh,
        0.0,
        10.0,
        Unit::UsdPerKwh,
    );
    check.range(
        "assumptions.compute.hosting_usd_per_kw_month",
        compute.hosting_usd_per_kw_month,
        0.0,
        100_000.0,
        Unit::UsdPerKwMonth,
    );
    check.range(
        "assumptions.compute.residual_value_fraction",
        compute.residual_value_fraction,
        0.0,
        1.0,
        Unit::FractionNote,
    );
    check.range(
        "assumptions.compute.maintenance_fraction_per_year",
        compute.maintenance_fraction_per_year,
        0.0,
        1.0,
        Unit::FractionOfCapexPerYearNote,
    );

    let people = &profile.assumptions.people;
    check.range(
        "assumptions.people.hiring_months",
        people.hiring_months,
        0.0,
        60.0,
        Unit::Months,
    );
    check.range(
        "assumptions.people.ramp_up_months",
        people.ramp_up_months,
        0.0,
        60.0,
        Unit::Months,
    );
    check.range(
        "assumptions.people.ramp_up_productivity",
        people.ramp_up_productivity,
        0.0,
        1.0,
        Unit::FractionNote,
    );
    check.range(
        "assumptions.people.recruiting_cost_fraction",
        people.recruiting_cost_fraction,
        0.0,
        5.0,
        Unit::FractionOfYearCost,
    );
    check.range(
        "assumptions.people.staff_overhead_factor",
        people.staff_overhead_factor,
        0.0,
        5.0,
        Unit::MultiplierNote,
    );
    check.range(
        "assumptions.people.hire_threshold_fte",
        people.hire_threshold_fte,
        0.0,
        100.0,
        Unit::Fte,
    );

    let quality = &profile.assumptions.quality;
    check.range(
        "assumptions.quality.fine_tune_gpu_hours_per_programme",
        quality.fine_tune_gpu_hours_per_programme,
        0.0,
        1e8,
        Unit::GpuHours,
    );
    check.range(
        "assumptions.quality.fine_tune_usd_per_gpu_hour",
        quality.fine_tune_usd_per_gpu_hour,
        0.0,
        1000.0,
        Unit::UsdPerGpuHour,
    );
    check.range(
        "assumptions.quality.labelled_examples_per_programme",
        quality.labelled_examples_per_programme,
        0.0,
        1e9,
        Unit::Examples,
    );
    check.range(
        "assumptions.quality.usd_per_labelled_example",
        quality.usd_per_labelled_example,
        0.0,
        10_000.0,
        Unit::UsdPerExample,
    );
    check.range(
        "assumptions.quality.evaluation_usd_per_programme",
        quality.evaluation_usd_per_programme,
        0.0,
        1e10,
        Unit::Usd,
    );
    check.whole(
        "assumptions.quality.repeat_every_months",
        quality.repeat_every_months,
        1,
        120,
        Unit::Months,
    );
    check.range(
        "assumptions.quality.max_programmes_per_cycle",
        quality.max_programmes_per_cycle,
        0.0,
        100.0,
        Unit::Programmes,
    );

    let rates = &profile.currency.rates;
    check.positive(
        "currency.rates.eur_per_usd",
        rates.eur_per_usd,
        1e6,
        Unit::EurPerUsd,
    );
    check.positive(
        "currency.rates.inr_per_usd",
        rates.inr_per_usd,
        1e6,
        Unit::InrPerUsd,
    );
    check.positive(
        "currency.rates.cny_per_usd",
        rates.cny_per_usd,
        1e6,
        Unit::CnyPerUsd,
    );

    check.errors.extend(crate::decision::settings::validate(
        &profile.decision,
        "decision",
    ));
    check.errors
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::en;

    #[test]
    fn the_default_profile_is_valid() {
        assert_eq!(validate(&Profile::default()), Vec::new());
    }

    /// A value just outside its range is quoted as given, never rounded into
    /// the range ("1" would read as allowed).
    #[test]
    fn a_refused_value_is_quoted_exactly() {
        let mut profile = Profile::default();
        profile.workload.batch_share = 1.000_000_1;
        profile.workload.cached_input_share = -1e-7;
        let errors = validate(&profile);
        let given: Vec<String> = errors.iter().map(|error| en::given(&error.given)).collect();
        assert_eq!(given, ["-0.0000001", "1.0000001"]);
        assert_eq!(
            en::allowed(&errors[1].allowed),
            "a number from 0 to 1 (a fraction)"
        );
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let mut profile = Profile::default();
        profile.workload.requests_per_month = -1.0;
        profile.workload.cached_input_share = f64::NAN;
        profile.routes.horizon_months = 500;
        profile.routes.closed_api.model = "gpt-9".into();
        profile.routes.self_hosted.tensor_parallel = 3;
        profile.currency.rates.eur_per_usd = 0.0;
        let errors = validate(&profile);
        let fields: Vec<&str> = errors.iter().map(|error| error.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "workload.requests_per_month",
                "workload.cached_input_share",
                "routes.horizon_months",
                "routes.closed_api.model",
                "routes.self_hosted.tensor_parallel",
                "currency.rates.eur_per_usd",
            ]
        );
        assert_eq!(errors[0].given, GivenValue::Number(-1.0));
        assert_eq!(
            errors[0].allowed,
            Allowed::NumberBetween {
                low: 0.0,
                high: 1e12,
                unit: Unit::RequestsPerMonth
            }
        );
        assert_eq!(
            en::allowed(&errors[0].allowed),
            "a number from 0 to 1,000,000,000,000 requests per month"
        );
        assert_eq!(
            en::allowed(&errors[2].allowed),
            "a whole number from 1 to 120 months"
        );
        assert_eq!(
            en::field_problem(&errors[4]),
            "“3” is not allowed: enter 0 (automatic), 1, 2, 4, 8 or 16 GPUs."
        );
    }
}
