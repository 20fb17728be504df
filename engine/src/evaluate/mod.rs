//! Evaluation: resolves the profile and the catalog into the cost model's
//! inputs ([`resolve`]), runs each route's months through the one cost model
//! ([`crate::cost::model`]) and builds the [`Report`]. Deterministic,
//! allocation-light, never panics.

use std::borrow::Cow;

use crate::catalog::{score_on, Catalog, ClosedModel, Role};
use crate::cost::inputs::{CostInputs, PerRole, RouteInputs, Usage};
use crate::cost::model::{self, FleetChoice, PreparedRoute, RouteMonths, Scenario};
use crate::cost::people::HiringKnobs;
use crate::cost::tokens::RequestShape;
use crate::cost::{quality, CategoryTotals, Timeline};
use crate::currency::Currency;
use crate::guard::{clamp, divide};
use crate::profile::{DataResidency, Profile, StaffNeed, MAX_HORIZON_MONTHS};
use crate::report::{
    AssumptionSource, AssumptionUnit, AssumptionUsed, AssumptionValue, CatalogValue, Exclusion,
    PerRoute, QualityGap, Report, RouteId, RouteLabel, RouteReport, Warning,
};
use crate::unit::Unit;

mod assumptions;
mod fleet_report;
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

/// What the report says of a route besides its costs: decided while its
/// inputs are resolved.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct RouteFacts {
    pub label: RouteLabel,
    pub excluded: Option<Exclusion>,
    pub quality_gap: Option<QualityGap>,
}

/// A profile resolved against the catalog: the cost model's inputs, what the
/// report says of each route, and where every value came from.
pub(crate) struct Resolution {
    pub inputs: CostInputs,
    pub facts: PerRoute<RouteFacts>,
    pub assumptions: Vec<AssumptionUsed>,
    pub warnings: Vec<Warning>,
}

struct Context<'a> {
    profile: &'a Profile,
    catalog: &'a Catalog,
    shape: RequestShape,
    closed: Option<&'a ClosedModel>,
    warnings: Vec<Warning>,
    assumptions: Vec<AssumptionUsed>,
}

/// The profile's horizon, clamped to 1..=120 months.
pub(crate) fn horizon_months(profile: &Profile) -> usize {
    profile.routes.horizon_months.clamp(1, MAX_HORIZON_MONTHS) as usize
}

/// Month 1's requests as the model reads them.
pub(crate) fn month_one_requests(profile: &Profile) -> f64 {
    clamp(profile.workload.requests_per_month, 0.0, 1e12)
}

/// The scenario that is the profile itself.
pub(crate) fn profile_scenario(profile: &Profile, months: usize) -> Scenario {
    Scenario::as_profiled(
        month_one_requests(profile),
        clamp(profile.assumptions.sizing.target_utilisation, 0.01, 1.0),
        profile.assumptions.tokens.price_decline_per_year,
        months,
    )
}

/// Resolves a profile against a catalog over `months` months: every value
/// the cost model reads, clamped, priced and converted to US dollars, once.
pub(crate) fn resolve(profile: &Profile, catalog: &Catalog, months: usize) -> Resolution {
    let workload = &profile.workload;
    let assumptions = &profile.assumptions;
    let timeline = Timeline::new(
        months,
        month_one_requests(profile),
        workload.growth_per_month,
        assumptions.tokens.price_decline_per_year,
        assumptions.compute.gpu_price_decline_per_year,
    );
    let shape = RequestShape {
        input_tokens: crate::cost::tokens::prompt_tokens(workload),
        output_tokens: clamp(workload.output_tokens_per_request, 0.0, 1e7),
        cached_input_share: workload.cached_input_share,
        cache_write_share: workload.cache_write_share,
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
        shape,
        closed: catalog.closed_model(&profile.routes.closed_api.model),
        warnings: Vec::new(),
        assumptions: Vec::with_capacity(80),
    };
    let loaded_usd_per_year = loaded_costs(&mut context);
    let team = &profile.team;
    let limit = |value: f64| clamp(value, 0.0, 1e5);
    let on_staff = [
        limit(team.ml_engineers),
        limit(team.mlops_engineers),
        limit(team.data_scientists),
    ];
    let (closed_inputs, closed_facts) = closed_api(&mut context);
    let (managed_inputs, managed_facts) = managed_open(&mut context);
    let (hosted_inputs, hosted_facts) = self_hosted(&mut context);
    knob_assumptions(&mut context);
    let inputs = CostInputs {
        months,
        timeline,
        shape,
        hiring,
        on_staff,
        loaded_usd_per_year,
        project_value_usd_per_month: clamp(
            profile.organisation.project_value_usd_per_month,
            0.0,
            1e12,
        ),
        quality_repeat_every_months: profile.assumptions.quality.repeat_every_months,
        routes: PerRoute {
            closed_api: closed_inputs,
            managed_open: managed_inputs,
            self_hosted: hosted_inputs,
        },
    };
    Resolution {
        inputs,
        facts: PerRoute {
            closed_api: closed_facts,
            managed_open: managed_facts,
            self_hosted: hosted_facts,
        },
        assumptions: context.assumptions,
        warnings: context.warnings,
    }
}

/// One route's run, in US dollars, with what break-even needs.
pub(crate) struct RouteRun {
    pub report: RouteReport,
    pub prepared: PreparedRoute,
    pub months: RouteMonths,
}

/// Evaluates a profile against a given catalog.
pub fn evaluate_with(profile: &Profile, catalog: &Catalog) -> Report {
    let months = horizon_months(profile);
    let Resolution {
        inputs,
        facts,
        assumptions,
        mut warnings,
    } = resolve(profile, catalog, months);
    let scenario = profile_scenario(profile, months);
    let volume = month_one_requests(profile);
    let runs = facts.map(|route, facts| {
        let prepared = model::prepare(&inputs, route, inputs.on_staff, &inputs.timeline);
        let route_months = model::run_route(
            &inputs,
            &prepared,
            &inputs.timeline,
            volume,
            &scenario,
            FleetChoice::Cheapest,
        );
        let report = route_report(&inputs, route, facts.clone(), &prepared, &route_months);
        RouteRun {
            report,
            prepared,
            months: route_months,
        }
    });
    let break_even = crate::breakeven::pairs(&runs, &inputs, &scenario);
    let cheapest = runs
        .iter()
        .filter(|(_, run)| run.report.excluded.is_none())
        .filter_map(|(route, run)| run.report.total_cost.map(|total| (route, total)))
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(route, _)| route);

    let rates = &profile.currency.rates;
    let (currency, factor) = match rates.per_usd(profile.currency.display) {
        Some(rate) => (profile.currency.display, rate),
        None => {
            warnings.push(Warning::ExchangeRateUnusable {
                currency: profile.currency.display,
            });
            (Currency::Usd, 1.0)
        }
    };
    let PerRoute {
        closed_api,
        managed_open,
        self_hosted,
    } = runs;
    let routes = [closed_api, managed_open, self_hosted]
        .into_iter()
        .map(|run| to_display(run.report, factor))
        .collect();
    Report {
        schema_version: crate::profile::SCHEMA_VERSION,
        profile_name: profile.name.clone(),
        currency,
        horizon_months: months as u32,
        routes,
        cheapest,
        break_even,
        assumptions,
        warnings,
    }
}

/// A route's report, in US dollars, from its months.
fn route_report(
    inputs: &CostInputs,
    route: RouteId,
    facts: RouteFacts,
    prepared: &PreparedRoute,
    months: &RouteMonths,
) -> RouteReport {
    let route_inputs = inputs.route(route);
    if route_inputs.usage == Usage::Unavailable {
        return unavailable(route, facts);
    }
    let mut totals = CategoryTotals::default();
    let (mut tokens_served, mut cash) = (0.0, 0.0);
    for month in &months.monthly {
        totals.add(month);
        tokens_served += month.tokens_served;
        cash += month.cash;
    }
    let total = totals.total();
    let fleet = match (&route_inputs.usage, months.chosen_plan) {
        (Usage::Fleet(candidates), Some(index)) => candidates
            .get(index)
            .map(|candidate| fleet_report::fleet(inputs, candidate, prepared, months)),
        _ => None,
    };
    RouteReport {
        route,
        label: facts.label,
        excluded: facts.excluded,
        total_cost: Some(crate::currency::finite_or_zero(total)),
        total_cash: Some(crate::currency::finite_or_zero(cash)),
        totals,
        cost_per_million_tokens: (tokens_served > 0.0)
            .then(|| divide(total, tokens_served / 1e6, 0.0)),
        usage_cost_per_million_tokens: (tokens_served > 0.0)
            .then(|| divide(totals.tokens + totals.compute, tokens_served / 1e6, 0.0)),
        tokens_served,
        time_to_market_months: prepared.delay_months,
        monthly: months.monthly.clone(),
        fleet,
        compute_breakdown: months.breakdown,
        quality_gap: facts.quality_gap,
    }
}

fn to_display(mut report: RouteReport, factor: f64) -> RouteReport {
    use crate::currency::finite_or_zero as f;
    for month in &mut report.monthly {
        *month = month.scaled(factor);
    }
    report.totals = report.totals.scaled(factor);
    report.total_cost = report.total_cost.map(|total| f(total * factor));
    report.total_cash = report.total_cash.map(|total| f(total * factor));
    report.cost_per_million_tokens = report.cost_per_million_tokens.map(|cost| f(cost * factor));
    report.usage_cost_per_million_tokens = report
        .usage_cost_per_million_tokens
        .map(|cost| f(cost * factor));
    report.compute_breakdown = report
        .compute_breakdown
        .map(|breakdown| breakdown.scaled(factor));
    if let Some(fleet) = &mut report.fleet {
        fleet.cost_per_gpu_hour = f(fleet.cost_per_gpu_hour * factor);
    }
    report
}

/// Loaded annual cost per role in US dollars: the profile's override, else the
/// catalog's wage x loading factor for the team's region, converted.
fn loaded_costs(context: &mut Context<'_>) -> PerRole {
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
                    AssumptionUnit::Unit(Unit::UsdPerYear),
                    AssumptionSource::UserValue,
                    "",
                    false,
                );
            }
            None => match context.catalog.staff_cost(team.region, role) {
                Some(row) => {
                    *slot = clamp(rates.to_usd(row.loaded_annual(), row.currency), 0.0, 1e9);
                    let source = AssumptionSource::StaffCost {
                        currency: row.currency,
                        annual_wage: row.annual_wage,
                        loading_factor: row.loading_factor,
                        loaded_annual: row.loaded_annual(),
                        source: row.source,
                    };
                    push(
                        context,
                        path,
                        AssumptionValue::Number(*slot),
                        AssumptionUnit::Unit(Unit::UsdPerYear),
                        source,
                        row.as_of,
                        row.unverified,
                    );
                }
                None => {
                    context.warnings.push(Warning::NoStaffCost { role });
                }
            },
        }
    }
    costs
}

/// A route's staff need, per role.
fn staff_needed(need: &StaffNeed) -> PerRole {
    [
        need.ml_engineers,
        need.mlops_engineers,
        need.data_scientists,
    ]
}

/// What differs between routes' inputs besides the usage.
struct RouteSpec<'s> {
    usage: Usage,
    staff: &'s StaffNeed,
    time_to_market_months: f64,
    compliance_one_off_usd: f64,
    compliance_usd_per_month: f64,
    programmes_per_cycle: f64,
    programme_usd: f64,
}

fn route_inputs(spec: RouteSpec<'_>) -> RouteInputs {
    RouteInputs {
        usage: spec.usage,
        staff_needed: staff_needed(spec.staff),
        time_to_market_months: spec.time_to_market_months,
        compliance_one_off_usd: clamp(spec.compliance_one_off_usd, 0.0, 1e12),
        compliance_usd_per_month: clamp(spec.compliance_usd_per_month, 0.0, 1e12),
        programmes_per_cycle: spec.programmes_per_cycle,
        programme_usd: spec.programme_usd,
    }
}

/// The inputs of a route that cannot be computed (unknown id, nothing fits).
fn unavailable_inputs() -> RouteInputs {
    RouteInputs {
        usage: Usage::Unavailable,
        staff_needed: [0.0; 3],
        time_to_market_months: 0.0,
        compliance_one_off_usd: 0.0,
        compliance_usd_per_month: 0.0,
        programmes_per_cycle: 0.0,
        programme_usd: 0.0,
    }
}

/// The report of a route that cannot be computed.
fn unavailable(route: RouteId, facts: RouteFacts) -> RouteReport {
    RouteReport {
        route,
        label: facts.label,
        excluded: facts.excluded,
        total_cost: None,
        total_cash: None,
        totals: CategoryTotals::default(),
        cost_per_million_tokens: None,
        usage_cost_per_million_tokens: None,
        tokens_served: 0.0,
        time_to_market_months: 0.0,
        monthly: Vec::new(),
        fleet: None,
        compute_breakdown: None,
        quality_gap: None,
    }
}

fn residency_blocks_per_token(context: &Context<'_>) -> Option<Exclusion> {
    let residency = context.profile.requirements.data_residency;
    match residency {
        DataResidency::OnPremises | DataResidency::AirGapped => {
            Some(Exclusion::ResidencyPerToken { residency })
        }
        DataResidency::None | DataResidency::InCountry => None,
    }
}

/// The reason a route cannot serve the workload's requests, if they are
/// longer than the model's context.
fn context_too_long(
    context: &Context<'_>,
    path: &'static str,
    name: &str,
    limit: u64,
) -> Option<Exclusion> {
    let needed = context.shape.tokens();
    (limit > 0 && needed > limit as f64).then(|| Exclusion::ContextTooLong {
        name: name.to_owned(),
        path,
        limit_tokens: limit,
        needed_tokens: needed,
    })
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
    route: RouteId,
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
        context.warnings.push(Warning::NoSharedBenchmark {
            route,
            benchmark: knobs.benchmark,
        });
    }
    let gap_report = gap_report.map(|mut report| {
        report.programmes_per_cycle = programmes;
        report
    });
    (gap_report, programmes)
}
