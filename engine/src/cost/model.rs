//! The cost model: a route's months from its resolved inputs
//! ([`crate::cost::inputs`]) under a [`Scenario`].
//!
//! The full evaluation runs [`run_route`] at the profile's own values
//! ([`Scenario::as_profiled`]) and keeps every month; the decision's Monte
//! Carlo and flip search price thousands of scenarios through
//! [`usage_usd`] (the volume-dependent part, recomputed per scenario) and
//! [`linear_month`] (people, quality, time to market, risk: computed once and
//! scaled by the scenario's multipliers), the same functions `run_route` is
//! made of. A change to the model is made here, once.

use crate::cost::fleet::{ComputeBreakdown, FleetMonth, FleetPlan, FleetScenario};
use crate::cost::inputs::{CostInputs, PerRole, RouteInputs, Usage};
use crate::cost::people::{self, RoleNeed};
use crate::cost::{quality, risk, served_fraction, time, tokens, MonthCost, Timeline};
use crate::guard::{clamp, fraction, non_negative};
use crate::report::RouteId;

/// The uncertain inputs' values in one scenario. Prices, throughput and the
/// linear parts are multipliers of the profile's values (1 = as profiled);
/// volume, utilisation, the price decline and the horizon are absolute.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scenario {
    /// Requests in month 1 (growth kept).
    pub volume: f64,
    /// Closed-model price multiplier.
    pub closed_price: f64,
    /// Managed-endpoint price multiplier.
    pub managed_price: f64,
    /// GPU price multiplier (rent, reservation and purchase).
    pub gpu_price: f64,
    /// Replica throughput multiplier.
    pub throughput: f64,
    /// Target utilisation of a replica at peak, 0..1.
    pub utilisation: f64,
    /// Staff cost multiplier.
    pub staff_cost: f64,
    /// Quality programme cost multiplier.
    pub quality_cost: f64,
    /// Project value multiplier.
    pub project_value: f64,
    /// Yearly decline of per-token prices, 0..1.
    pub token_decline: f64,
    /// Months in the horizon, 1..=120.
    pub months: usize,
}

impl Scenario {
    /// The scenario that is the profile itself, with month 1 at `volume`
    /// requests and the target utilisation and price decline as profiled.
    pub fn as_profiled(
        volume: f64,
        utilisation: f64,
        token_decline: f64,
        months: usize,
    ) -> Scenario {
        Scenario {
            volume,
            closed_price: 1.0,
            managed_price: 1.0,
            gpu_price: 1.0,
            throughput: 1.0,
            utilisation,
            staff_cost: 1.0,
            quality_cost: 1.0,
            project_value: 1.0,
            token_decline,
            months,
        }
    }

    /// The fleet's part of the scenario, for a timeline whose month 1 has
    /// `timeline_volume` requests.
    pub fn fleet(&self, timeline_volume: f64) -> FleetScenario {
        FleetScenario {
            volume_scale: crate::guard::divide(non_negative(self.volume), timeline_volume, 0.0),
            throughput: self.throughput,
            utilisation: Some(clamp(self.utilisation, 0.01, 1.0)),
            gpu_price: self.gpu_price,
        }
    }

    /// The price multiplier of a per-token route.
    fn token_price(&self, route: RouteId) -> f64 {
        match route {
            RouteId::ClosedApi => self.closed_price,
            RouteId::ManagedOpen | RouteId::SelfHosted => self.managed_price,
        }
    }
}

/// One route made ready for its months: who is hired, when it serves, and
/// (self-hosted) the fleet plans with their reservations planned.
#[derive(Debug, Clone, PartialEq)]
pub struct PreparedRoute {
    /// Which route.
    pub route: RouteId,
    /// Each role's need, staff on hand and loaded cost.
    pub roles: [RoleNeed; 3],
    /// Months before the route serves: its time to market + any hiring delay.
    pub delay_months: f64,
    /// First 0-based month the route serves in (at least partly).
    pub first_serving_month: usize,
    /// The share of each month of the timeline it was prepared on in service.
    pub served: Vec<f64>,
    /// The fleet plans (self-hosted), one per candidate tensor-parallel size.
    pub plans: Vec<FleetPlan>,
}

/// Prepares `route` for a team with `on_staff` FTEs per role, its fleet
/// planned on `timeline`.
pub fn prepare(
    inputs: &CostInputs,
    route: RouteId,
    on_staff: PerRole,
    timeline: &Timeline,
) -> PreparedRoute {
    let route_inputs = inputs.route(route);
    let limit = |value: f64| clamp(value, 0.0, 1e5);
    let roles: [RoleNeed; 3] = std::array::from_fn(|index| RoleNeed {
        needed_fte: limit(route_inputs.staff_needed.get(index).copied().unwrap_or(0.0)),
        on_staff_fte: limit(on_staff.get(index).copied().unwrap_or(0.0)),
        loaded_usd_per_year: inputs
            .loaded_usd_per_year
            .get(index)
            .copied()
            .unwrap_or(0.0),
    });
    let delay_months = clamp(route_inputs.time_to_market_months, 0.0, 1200.0)
        + people::hiring_delay_months(&roles, &inputs.hiring);
    let first_serving_month = (0..MAX_MONTHS_SEARCHED)
        .find(|month| served_fraction(*month, delay_months) > 0.0)
        .unwrap_or(MAX_MONTHS_SEARCHED);
    let launch_month_served_share = served_fraction(first_serving_month, delay_months);
    let plans = match &route_inputs.usage {
        Usage::Fleet(candidates) => {
            // The sizes share the load shape, prices and start, so one
            // reservation plan serves them all.
            let mut planned: Option<Vec<f64>> = None;
            candidates
                .iter()
                .map(|candidate| match &planned {
                    Some(quantiles) => FleetPlan {
                        reserved_quantiles: quantiles.clone(),
                        first_serving_month,
                        launch_month_served_share,
                        ..candidate.plan.clone()
                    },
                    None => {
                        let plan = FleetPlan {
                            launch_month_served_share,
                            ..candidate
                                .plan
                                .clone()
                                .with_reservations(timeline, first_serving_month)
                        };
                        planned = Some(plan.reserved_quantiles.clone());
                        plan
                    }
                })
                .collect()
        }
        Usage::Unavailable | Usage::PerToken { .. } => Vec::new(),
    };
    PreparedRoute {
        route,
        roles,
        delay_months,
        first_serving_month,
        served: (0..timeline.months())
            .map(|month| served_fraction(month, delay_months))
            .collect(),
        plans,
    }
}

/// Months searched for the first serving month (past any horizon).
const MAX_MONTHS_SEARCHED: usize = 1300;

/// The parts of a month that do not depend on the volume, US dollars.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct LinearMonth {
    /// Staff, recruiting and ramp-up.
    pub people: f64,
    /// Quality programmes.
    pub quality: f64,
    /// Value lost while not serving.
    pub time_to_market: f64,
    /// Risk and compliance.
    pub risk_compliance: f64,
}

/// The volume-independent parts of 0-based `month`.
pub fn linear_month(
    inputs: &CostInputs,
    route: &RouteInputs,
    prepared: &PreparedRoute,
    month: usize,
) -> LinearMonth {
    LinearMonth {
        people: people::monthly_usd(month, &prepared.roles, &inputs.hiring),
        quality: quality::monthly_usd(
            month,
            route.programmes_per_cycle,
            route.programme_usd,
            inputs.quality_repeat_every_months,
        ),
        time_to_market: time::monthly_usd(
            month,
            prepared.delay_months,
            inputs.project_value_usd_per_month,
        ),
        risk_compliance: risk::monthly_usd(
            month,
            route.compliance_one_off_usd,
            route.compliance_usd_per_month,
        ),
    }
}

/// The per-token price factor's monthly step for a yearly decline:
/// (1 - decline)^(1/12).
pub fn monthly_price_step(decline_per_year: f64) -> f64 {
    crate::cost::twelfth_root(1.0 - fraction(decline_per_year).min(0.99))
}

/// Whether a fleet re-chooses its tensor-parallel size under the scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FleetChoice {
    /// The cheapest of the candidate sizes under this scenario (as the
    /// evaluation chooses at the profile's values).
    Cheapest,
    /// The size at this index, kept (the Monte Carlo: a deployment does not
    /// reshape its replicas per scenario).
    Fixed(usize),
}

/// The volume-dependent cost over the scenario's first `months` months, US
/// dollars: per-token charges, or the fleet. `timeline_volume` is month 1's
/// requests in `timeline` (the scenario's volume scales it).
pub fn usage_usd(
    inputs: &CostInputs,
    prepared: &PreparedRoute,
    timeline: &Timeline,
    timeline_volume: f64,
    scenario: &Scenario,
    choice: FleetChoice,
) -> f64 {
    let months = scenario.months.min(timeline.months());
    match &inputs.route(prepared.route).usage {
        Usage::Unavailable => 0.0,
        Usage::PerToken { usd_per_request } => {
            let scale = crate::guard::divide(non_negative(scenario.volume), timeline_volume, 0.0);
            let price = *usd_per_request * non_negative(scenario.token_price(prepared.route));
            let step = monthly_price_step(scenario.token_decline);
            // Requests served x the price factor, summed; the month's bill is
            // `tokens::monthly_usd` of each (linear in both, so summed first).
            let mut factor = 1.0;
            let mut served_requests = 0.0;
            let prepared_months = prepared.served.len().min(months);
            for (demand, served) in timeline.requests.iter().zip(&prepared.served).take(months) {
                served_requests += demand * served * factor;
                factor *= step;
            }
            // Months past those the route was prepared for (none in practice).
            for (month, demand) in timeline
                .requests
                .iter()
                .enumerate()
                .take(months)
                .skip(prepared_months)
            {
                served_requests += demand * served_fraction(month, prepared.delay_months) * factor;
                factor *= step;
            }
            tokens::monthly_usd(served_requests * scale, 1.0, price, 1.0)
        }
        Usage::Fleet(_) => match choice {
            FleetChoice::Fixed(index) => prepared.plans.get(index).map_or(0.0, |plan| {
                plan.cost_usd(timeline, &scenario.fleet(timeline_volume), months)
            }),
            FleetChoice::Cheapest => cheapest(prepared, timeline, timeline_volume, scenario)
                .map_or(0.0, |(_, cost)| cost),
        },
    }
}

/// The cheapest fleet plan under `scenario` and its cost over the
/// scenario's months, US dollars (the smaller replica on a tie: candidates
/// come smallest first).
fn cheapest(
    prepared: &PreparedRoute,
    timeline: &Timeline,
    timeline_volume: f64,
    scenario: &Scenario,
) -> Option<(usize, f64)> {
    let fleet = scenario.fleet(timeline_volume);
    let months = scenario.months.min(timeline.months());
    prepared
        .plans
        .iter()
        .map(|plan| plan.cost_usd(timeline, &fleet, months))
        .enumerate()
        .fold(
            None,
            |best: Option<(usize, f64)>, (index, cost)| match best {
                Some((_, current)) if current <= cost => best,
                _ => Some((index, cost)),
            },
        )
}

/// The index of the cheapest fleet plan under `scenario` (the smaller
/// replica on a tie: candidates come smallest first).
pub fn cheapest_plan(
    prepared: &PreparedRoute,
    timeline: &Timeline,
    timeline_volume: f64,
    scenario: &Scenario,
) -> Option<usize> {
    cheapest(prepared, timeline, timeline_volume, scenario).map(|(index, _)| index)
}

/// A route's months, in US dollars.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RouteMonths {
    /// Month by month, by category, with the cash view.
    pub monthly: Vec<MonthCost>,
    /// The fleet's months (self-hosted).
    pub fleet: Vec<FleetMonth>,
    /// The fleet's months summed (self-hosted).
    pub breakdown: Option<ComputeBreakdown>,
    /// The fleet plan used (index into the prepared plans).
    pub chosen_plan: Option<usize>,
}

/// Every month of a route under `scenario` on `timeline` (whose month 1 has
/// `timeline_volume` requests), the fleet's size chosen as `choice` says.
pub fn run_route(
    inputs: &CostInputs,
    prepared: &PreparedRoute,
    timeline: &Timeline,
    timeline_volume: f64,
    scenario: &Scenario,
    choice: FleetChoice,
) -> RouteMonths {
    let route = inputs.route(prepared.route);
    let months = scenario.months.min(timeline.months());
    let mut out = RouteMonths {
        monthly: Vec::with_capacity(months),
        ..RouteMonths::default()
    };
    let scale = crate::guard::divide(non_negative(scenario.volume), timeline_volume, 0.0);
    let tokens_per_request = inputs.shape.tokens();
    // The fleet first: its months feed the compute category.
    let chosen = match (&route.usage, choice) {
        (Usage::Fleet(_), FleetChoice::Fixed(index)) => Some(index),
        (Usage::Fleet(_), FleetChoice::Cheapest) => {
            cheapest_plan(prepared, timeline, timeline_volume, scenario)
        }
        _ => None,
    };
    if let Some(plan) = chosen.and_then(|index| prepared.plans.get(index)) {
        let mut breakdown = ComputeBreakdown::default();
        let fleet = scenario.fleet(timeline_volume);
        plan.run(timeline, &fleet, months, |month| {
            breakdown.add(month);
            out.fleet.push(*month);
        });
        breakdown.commitment_after_horizon =
            plan.commitment_after_usd(out.fleet.last(), out.fleet.len());
        out.breakdown = Some(breakdown);
        out.chosen_plan = chosen;
    }
    let (usd_per_request, token_price) = match &route.usage {
        Usage::PerToken { usd_per_request } => (
            *usd_per_request,
            non_negative(scenario.token_price(prepared.route)),
        ),
        _ => (0.0, 0.0),
    };
    let step = monthly_price_step(scenario.token_decline);
    let mut factor = 1.0;
    for (month, demand) in timeline.requests.iter().take(months).enumerate() {
        let demand = demand * scale;
        let served = served_fraction(month, prepared.delay_months);
        let requests = demand * served;
        let linear = linear_month(inputs, route, prepared, month);
        let fleet = out.fleet.get(month);
        let compute = fleet.map_or(0.0, FleetMonth::cost_usd);
        let compute_cash = fleet.map_or(0.0, FleetMonth::cash_usd);
        let mut cost = MonthCost {
            month: month as u32 + 1,
            requests,
            tokens_served: requests * tokens_per_request,
            tokens: tokens::monthly_usd(demand, served, usd_per_request * token_price, factor),
            compute,
            people: linear.people * non_negative(scenario.staff_cost),
            quality: linear.quality * non_negative(scenario.quality_cost),
            time_to_market: linear.time_to_market * non_negative(scenario.project_value),
            risk_compliance: linear.risk_compliance,
            total: 0.0,
            cash: 0.0,
        }
        .with_total();
        cost.cash = cost.total - compute + compute_cash;
        out.monthly.push(cost);
        factor *= step;
    }
    out
}
