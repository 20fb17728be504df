//! Evaluation: wires the profile and the catalog to the cost categories and
//! builds the [`Report`]. Deterministic, allocation-light, never panics.

use std::borrow::Cow;

use crate::breakeven::{self, VolumeModel};
use crate::catalog::{score_on, Catalog, ClosedModel, Role};
use crate::cost::compute::ComputePlan;
use crate::cost::people::{self, HiringKnobs, RoleNeed};
use crate::cost::tokens::{self, RequestShape, TokenPrice};
use crate::cost::{quality, risk, served_fraction, time, CategoryTotals, MonthCost, Timeline};
use crate::currency::Currency;
use crate::guard::{clamp, divide};
use crate::profile::{DataResidency, Deployment, Profile, StaffNeed, MAX_HORIZON_MONTHS};
use crate::report::{
    AssumptionUsed, AssumptionValue, Fleet, QualityGap, Report, RouteId, RouteReport,
};
use crate::sizing::{self, SizingRequest};
use crate::text::en;

mod assumptions;
mod per_token;
mod self_hosted;

use assumptions::{knob_assumptions, push};
use per_token::{closed_api, managed_open};
use self_hosted::self_hosted;

/// Evaluates a profile against the built-in catalog.
///
/// Never panics and never returns NaN or infinity, whatever the profile holds;
/// call [`crate::validate::validate`] first to tell the user what is wrong.
pub fn evaluate(profile: &Profile) -> Report {
    evaluate_with(profile, Catalog::builtin())
}

/// Validates, then evaluates: the errors if there are any, else the report.
pub fn evaluate_checked(profile: &Profile) -> Result<Report, Vec<crate::number_input::FieldError>> {
    let errors = crate::validate::validate(profile);
    if errors.is_empty() {
        Ok(evaluate(profile))
    } else {
        Err(errors)
    }
}

/// One route's run, in US dollars, with what break-even needs.
pub(crate) struct RouteRun {
    pub report: RouteReport,
    pub volume: VolumeModel,
    /// Total minus the volume-dependent part, US dollars.
    pub fixed_usd: f64,
}

struct Context<'a> {
    profile: &'a Profile,
    catalog: &'a Catalog,
    timeline: Timeline,
    shape: RequestShape,
    hiring: HiringKnobs,
    loaded_usd_per_year: [f64; 3],
    closed: Option<&'a ClosedModel>,
    warnings: Vec<String>,
    assumptions: Vec<AssumptionUsed>,
}

/// Evaluates a profile against a given catalog.
pub fn evaluate_with(profile: &Profile, catalog: &Catalog) -> Report {
    let months = profile.routes.horizon_months.clamp(1, MAX_HORIZON_MONTHS) as usize;
    let workload = &profile.workload;
    let assumptions = &profile.assumptions;
    let timeline = Timeline::new(
        months,
        clamp(workload.requests_per_month, 0.0, 1e12),
        workload.growth_per_month,
        assumptions.tokens.price_decline_per_year,
        assumptions.compute.gpu_price_decline_per_year,
    );
    let shape = RequestShape {
        input_tokens: clamp(workload.input_tokens_per_request, 0.0, 1e7),
        output_tokens: clamp(workload.output_tokens_per_request, 0.0, 1e7),
        cached_input_share: workload.cached_input_share,
        batch_share: workload.batch_share,
    };
    let people_knobs = &assumptions.people;
    let hiring = HiringKnobs {
        hiring_months: clamp(people_knobs.hiring_months, 0.0, 120.0),
        ramp_up_months: clamp(people_knobs.ramp_up_months, 0.0, 120.0),
        ramp_up_productivity: people_knobs.ramp_up_productivity,
        recruiting_cost_fraction: clamp(people_knobs.recruiting_cost_fraction, 0.0, 10.0),
        overhead_factor: clamp(people_knobs.staff_overhead_factor, 0.0, 10.0),
        hire_threshold_fte: people_knobs.hire_threshold_fte,
    };
    let mut context = Context {
        profile,
        catalog,
        timeline,
        shape,
        hiring,
        loaded_usd_per_year: [0.0; 3],
        closed: catalog.closed_model(&profile.routes.closed_api.model),
        warnings: Vec::new(),
        assumptions: Vec::with_capacity(72),
    };
    context.loaded_usd_per_year = loaded_costs(&mut context);

    let runs = [
        closed_api(&mut context),
        managed_open(&mut context),
        self_hosted(&mut context),
    ];
    let break_even = breakeven::pairs(&runs, &context.timeline);
    let cheapest = runs
        .iter()
        .filter(|run| run.report.excluded.is_none())
        .filter_map(|run| run.report.total_cost.map(|total| (run.report.route, total)))
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(route, _)| route);

    knob_assumptions(&mut context);
    let rates = &profile.currency.rates;
    let (currency, factor) = match rates.per_usd(profile.currency.display) {
        Some(rate) => (profile.currency.display, rate),
        None => {
            context
                .warnings
                .push(en::exchange_rate_unusable(profile.currency.display));
            (Currency::Usd, 1.0)
        }
    };
    let routes = runs
        .into_iter()
        .map(|run| to_display(run.report, factor))
        .collect();
    let break_even = break_even
        .into_iter()
        .map(|mut pair| {
            pair.break_even_requests_per_month = pair
                .break_even_requests_per_month
                .map(crate::currency::finite_or_zero);
            pair
        })
        .collect();
    Report {
        schema_version: crate::profile::SCHEMA_VERSION,
        profile_name: profile.name.clone(),
        currency,
        horizon_months: months as u32,
        routes,
        cheapest,
        break_even,
        assumptions: context.assumptions,
        warnings: context.warnings,
    }
}

fn to_display(mut report: RouteReport, factor: f64) -> RouteReport {
    use crate::currency::finite_or_zero as f;
    for month in &mut report.monthly {
        *month = month.scaled(factor);
    }
    report.totals = report.totals.scaled(factor);
    report.total_cost = report.total_cost.map(|total| f(total * factor));
    report.cost_per_million_tokens = report.cost_per_million_tokens.map(|cost| f(cost * factor));
    report.usage_cost_per_million_tokens = report
        .usage_cost_per_million_tokens
        .map(|cost| f(cost * factor));
    report.compute_breakdown = report
        .compute_breakdown
        .map(|breakdown| breakdown.scaled(factor));
    report
}

/// Loaded annual cost per role in US dollars: the profile's override, else the
/// catalog's wage x loading factor for the team's region, converted.
fn loaded_costs(context: &mut Context<'_>) -> [f64; 3] {
    let team = &context.profile.team;
    let overrides = [
        team.ml_engineer_loaded_usd_per_year,
        team.mlops_engineer_loaded_usd_per_year,
        team.data_scientist_loaded_usd_per_year,
    ];
    let rates = &context.profile.currency.rates;
    let mut costs = [0.0; 3];
    for ((slot, role), override_usd) in costs.iter_mut().zip(Role::ALL).zip(overrides) {
        let path = format!("team.{}_loaded_usd_per_year", role.key());
        match override_usd {
            Some(value) => {
                *slot = clamp(value, 0.0, 1e9);
                push(
                    context,
                    path,
                    AssumptionValue::Number(*slot),
                    en::UNIT_USD_PER_YEAR,
                    en::SOURCE_USER_VALUE,
                    "",
                    false,
                );
            }
            None => match context.catalog.staff_cost(team.region, role) {
                Some(row) => {
                    *slot = clamp(rates.to_usd(row.loaded_annual(), row.currency), 0.0, 1e9);
                    let source = en::staff_cost_source(row);
                    push(
                        context,
                        path,
                        AssumptionValue::Number(*slot),
                        en::UNIT_USD_PER_YEAR,
                        source,
                        row.as_of,
                        row.unverified,
                    );
                }
                None => {
                    context.warnings.push(en::no_staff_cost(role.key()));
                }
            },
        }
    }
    costs
}

fn role_needs(context: &Context<'_>, need: &StaffNeed) -> [RoleNeed; 3] {
    let team = &context.profile.team;
    let limit = |value: f64| clamp(value, 0.0, 1e5);
    [
        RoleNeed {
            needed_fte: limit(need.ml_engineers),
            on_staff_fte: limit(team.ml_engineers),
            loaded_usd_per_year: context.loaded_usd_per_year[0],
        },
        RoleNeed {
            needed_fte: limit(need.mlops_engineers),
            on_staff_fte: limit(team.mlops_engineers),
            loaded_usd_per_year: context.loaded_usd_per_year[1],
        },
        RoleNeed {
            needed_fte: limit(need.data_scientists),
            on_staff_fte: limit(team.data_scientists),
            loaded_usd_per_year: context.loaded_usd_per_year[2],
        },
    ]
}

/// What differs between routes when building the months.
struct RouteSpec<'s> {
    route: RouteId,
    label: String,
    excluded: Option<String>,
    usd_per_request: f64,
    compute: Option<&'s ComputePlan>,
    staff: &'s StaffNeed,
    time_to_market_months: f64,
    compliance_one_off_usd: f64,
    compliance_usd_per_month: f64,
    programmes_per_cycle: f64,
    programme_usd: f64,
}

fn build_route(context: &Context<'_>, spec: RouteSpec<'_>) -> RouteRun {
    let roles = role_needs(context, spec.staff);
    let delay = clamp(spec.time_to_market_months, 0.0, 1200.0)
        + people::hiring_delay_months(&roles, &context.hiring);
    let value = clamp(
        context.profile.organisation.project_value_usd_per_month,
        0.0,
        1e12,
    );
    let repeat = context.profile.assumptions.quality.repeat_every_months;
    let one_off = clamp(spec.compliance_one_off_usd, 0.0, 1e12);
    let per_month = clamp(spec.compliance_usd_per_month, 0.0, 1e12);
    let timeline = &context.timeline;
    let months = timeline.months();
    let mut compute_costs = vec![0.0; months];
    let compute_breakdown = spec
        .compute
        .map(|plan| plan.run_with_breakdown(timeline, 1.0, &mut compute_costs).0);
    let compute_total = compute_breakdown.map_or(0.0, |parts| parts.total());
    let mut monthly = Vec::with_capacity(months);
    let mut totals = CategoryTotals::default();
    let mut tokens_served = 0.0;
    let mut token_total = 0.0;
    let tokens_per_request = context.shape.tokens();
    for (month, demand) in timeline.requests.iter().enumerate() {
        let served = served_fraction(month, delay);
        let requests = demand * served;
        let factor = timeline
            .token_price_factor
            .get(month)
            .copied()
            .unwrap_or(1.0);
        let cost = MonthCost {
            month: month as u32 + 1,
            requests,
            tokens_served: requests * tokens_per_request,
            tokens: tokens::monthly_usd(*demand, served, spec.usd_per_request, factor),
            compute: compute_costs.get(month).copied().unwrap_or(0.0),
            people: people::monthly_usd(month, &roles, &context.hiring),
            quality: quality::monthly_usd(
                month,
                spec.programmes_per_cycle,
                spec.programme_usd,
                repeat,
            ),
            time_to_market: time::monthly_usd(month, delay, value),
            risk_compliance: risk::monthly_usd(month, one_off, per_month),
            total: 0.0,
        }
        .with_total();
        tokens_served += cost.tokens_served;
        token_total += cost.tokens;
        totals.add(&cost);
        monthly.push(cost);
    }
    let total = totals.total();
    let volume = match spec.compute {
        Some(plan) => VolumeModel::Compute(plan.clone()),
        None => VolumeModel::PerToken {
            usd_per_request: spec.usd_per_request,
            delay_months: delay,
        },
    };
    let variable = match spec.compute {
        Some(_) => compute_total,
        None => token_total,
    };
    RouteRun {
        report: RouteReport {
            route: spec.route,
            label: spec.label,
            excluded: spec.excluded,
            total_cost: Some(crate::currency::finite_or_zero(total)),
            totals,
            cost_per_million_tokens: (tokens_served > 0.0)
                .then(|| divide(total, tokens_served / 1e6, 0.0)),
            usage_cost_per_million_tokens: (tokens_served > 0.0)
                .then(|| divide(totals.tokens + totals.compute, tokens_served / 1e6, 0.0)),
            tokens_served,
            time_to_market_months: delay,
            monthly,
            fleet: None,
            compute_breakdown,
            quality_gap: None,
        },
        volume,
        fixed_usd: total - variable,
    }
}

/// A route that cannot be computed (unknown id, nothing fits).
fn unavailable(route: RouteId, label: String, reason: String) -> RouteRun {
    RouteRun {
        report: RouteReport {
            route,
            label,
            excluded: Some(reason),
            total_cost: None,
            totals: CategoryTotals::default(),
            cost_per_million_tokens: None,
            usage_cost_per_million_tokens: None,
            tokens_served: 0.0,
            time_to_market_months: 0.0,
            monthly: Vec::new(),
            fleet: None,
            compute_breakdown: None,
            quality_gap: None,
        },
        volume: VolumeModel::Unavailable,
        fixed_usd: 0.0,
    }
}

fn residency_blocks_per_token(context: &Context<'_>) -> Option<String> {
    match context.profile.requirements.data_residency {
        DataResidency::OnPremises | DataResidency::AirGapped => {
            Some(en::residency_excludes_per_token(residency_key(
                context.profile.requirements.data_residency,
            )))
        }
        DataResidency::None | DataResidency::InCountry => None,
    }
}

fn residency_key(residency: DataResidency) -> &'static str {
    match residency {
        DataResidency::None => "none",
        DataResidency::InCountry => "in_country",
        DataResidency::OnPremises => "on_premises",
        DataResidency::AirGapped => "air_gapped",
    }
}

fn price_with_override(value: Option<f64>, catalog: f64) -> f64 {
    clamp(value.unwrap_or(catalog), 0.0, 1e9)
}

/// The reason a route cannot serve the workload's requests, if they are
/// longer than the model's context.
fn context_too_long(context: &Context<'_>, path: &str, name: &str, limit: u64) -> Option<String> {
    let needed = context.shape.tokens();
    (limit > 0 && needed > limit as f64).then(|| en::context_too_long(name, path, limit, needed))
}

fn quality_gap(
    context: &Context<'_>,
    open_quality: &[crate::catalog::QualityScore],
) -> (Option<QualityGap>, Option<f64>) {
    let benchmark = context.profile.assumptions.quality.benchmark;
    let closed = context
        .closed
        .and_then(|model| score_on(model.quality, benchmark));
    let open = score_on(open_quality, benchmark);
    match (closed, open) {
        (Some(closed), Some(open)) => {
            let gap = closed.score - open.score;
            (
                Some(QualityGap {
                    benchmark,
                    closed_score: closed.score,
                    open_score: open.score,
                    gap_points: gap,
                    programmes_per_cycle: 0.0,
                }),
                Some(gap),
            )
        }
        _ => (None, None),
    }
}

fn open_programmes(
    context: &mut Context<'_>,
    route: &str,
    open_quality: &[crate::catalog::QualityScore],
) -> (Option<QualityGap>, f64) {
    let (gap_report, gap) = quality_gap(context, open_quality);
    let requirements = &context.profile.requirements;
    let knobs = &context.profile.assumptions.quality;
    let programmes = quality::programmes_per_cycle(
        gap,
        knobs.benchmark.points_per_programme(),
        requirements.accuracy_need,
        requirements.customisation,
        knobs,
    );
    if gap.is_none() {
        context
            .warnings
            .push(en::no_shared_benchmark(route, knobs.benchmark.label()));
    }
    let gap_report = gap_report.map(|mut report| {
        report.programmes_per_cycle = programmes;
        report
    });
    (gap_report, programmes)
}
