//! The fast path: each route's total cost as a function of the uncertain
//! inputs and the horizon, built on the one cost model
//! ([`crate::cost::model`]) rather than beside it.
//!
//! The profile is resolved once at the longest horizon (120 months); every
//! month's cost depends only on that month (the timeline, staff, quality
//! cycles, delay and compliance are causal), so any shorter horizon is a
//! prefix. A route's total over `months` splits into
//! - parts linear in one multiplier: people x staff cost, quality x programme
//!   cost, time to market x project value, risk and compliance (fixed): prefix
//!   sums of [`model::linear_month`], computed once;
//! - the usage, recomputed per scenario by [`model::usage_usd`] (per-token
//!   charges, or the fleet month by month with the scenario's GPU price,
//!   throughput, utilisation and volume), exactly as the evaluation runs it.
//!
//! At the profile's own values the fast path reproduces the report's totals
//! (tested to 1e-9 relative, and against full evaluations at random points).

use crate::catalog::Catalog;
use crate::cost::inputs::{CostInputs, PerRole};
use crate::cost::model::{self, FleetChoice, PreparedRoute};
use crate::cost::Timeline;
use crate::guard::non_negative;
use crate::profile::{Profile, MAX_HORIZON_MONTHS};
use crate::report::{PerRoute, Report, RouteId};

pub(crate) use crate::cost::model::Scenario;

/// One route on the fast path.
#[derive(Clone)]
struct FastRoute {
    available: bool,
    feasible: bool,
    prepared: PreparedRoute,
    /// The fleet plan the evaluation chose at the profile's values.
    chosen: Option<usize>,
    /// Prefix sums over months (index k = sum of the first k months), report currency.
    people: Vec<f64>,
    quality: Vec<f64>,
    time: Vec<f64>,
    risk: Vec<f64>,
}

/// The fast cost model of one profile.
#[derive(Clone)]
pub(crate) struct FastModel {
    display_per_usd: f64,
    inputs: CostInputs,
    /// The inputs' demand path rebased to one request in month 1 (the
    /// scenario's volume scales it).
    unit: Timeline,
    routes: PerRoute<FastRoute>,
    /// The scenario that reproduces the report.
    pub likely: Scenario,
}

fn prefix(values: impl Iterator<Item = f64>) -> Vec<f64> {
    let mut sum = 0.0;
    let mut out = vec![0.0];
    for value in values {
        sum += value;
        out.push(sum);
    }
    out
}

impl FastModel {
    /// Builds the fast model from a profile and its report (the profile is
    /// resolved again at the longest horizon, which supplies the months beyond
    /// its own).
    pub fn new(profile: &Profile, report: &Report, catalog: &Catalog) -> FastModel {
        let months = crate::evaluate::horizon_months(profile);
        let longest = MAX_HORIZON_MONTHS as usize;
        let inputs = crate::evaluate::resolve(profile, catalog, longest).inputs;
        let unit = inputs.timeline.rebased(1.0);
        let display_per_usd = profile
            .currency
            .rates
            .per_usd(report.currency)
            .unwrap_or(1.0);
        let likely = crate::evaluate::profile_scenario(profile, months);
        let routes = PerRoute::from_fn(|route| {
            let entry = report.route(route);
            let available = entry.is_some_and(|entry| entry.total_cost.is_some());
            let feasible = available
                && entry.is_some_and(|entry| entry.excluded.is_none())
                && super::constraints::decision_exclusion(profile, route).is_none();
            let prepared = model::prepare(&inputs, route, inputs.on_staff, &unit);
            let chosen = model::cheapest_plan(&prepared, &unit, 1.0, &likely);
            let mut fast = FastRoute {
                available,
                feasible,
                prepared,
                chosen,
                people: Vec::new(),
                quality: Vec::new(),
                time: Vec::new(),
                risk: Vec::new(),
            };
            fast.linear_sums(&inputs, longest, display_per_usd);
            fast
        });
        FastModel {
            display_per_usd,
            inputs,
            unit,
            routes,
            likely,
        }
    }

    /// Total cost of each route in the report's currency (None where the route
    /// could not be computed), re-choosing the tensor-parallel size as the
    /// evaluation does.
    pub fn costs(&self, scenario: &Scenario) -> [Option<f64>; 3] {
        self.costs_with(scenario, false)
    }

    /// As [`FastModel::costs`], keeping the tensor-parallel size chosen at the
    /// profile's values (the Monte Carlo's mode: a deployment does not reshape
    /// its replicas per scenario; the cost is an upper bound on the re-chosen one).
    pub fn costs_fixed_fleet(&self, scenario: &Scenario) -> [Option<f64>; 3] {
        self.costs_with(scenario, true)
    }

    fn costs_with(&self, scenario: &Scenario, fixed_fleet: bool) -> [Option<f64>; 3] {
        let months = scenario.months.clamp(1, self.unit.months());
        let scenario = Scenario {
            months,
            ..*scenario
        };
        self.routes
            .map(|_, fast| {
                fast.available.then(|| {
                    let choice = match (fixed_fleet, fast.chosen) {
                        (true, Some(index)) => FleetChoice::Fixed(index),
                        _ => FleetChoice::Cheapest,
                    };
                    let usage = model::usage_usd(
                        &self.inputs,
                        &fast.prepared,
                        &self.unit,
                        1.0,
                        &scenario,
                        choice,
                    ) * self.display_per_usd;
                    let at = |sums: &Vec<f64>| sums.get(months).copied().unwrap_or(0.0);
                    crate::currency::finite_or_zero(
                        at(&fast.people) * non_negative(scenario.staff_cost)
                            + at(&fast.quality) * non_negative(scenario.quality_cost)
                            + at(&fast.time) * non_negative(scenario.project_value)
                            + at(&fast.risk)
                            + usage,
                    )
                })
            })
            .into_array()
    }

    /// The model with another team on staff (FTEs per role: ML, MLOps, data
    /// science): people and time-to-market costs, hiring delays, and so the
    /// months each route serves, are redone by the cost model
    /// ([`model::prepare`], [`model::linear_month`]). Only the profile's
    /// horizon is redone: the result prices `likely.months` (or fewer) months.
    pub fn with_team(&self, team: PerRole) -> FastModel {
        let mut model = self.clone();
        let months = self.likely.months.min(self.unit.months());
        let mut horizon = self.unit.clone();
        horizon.requests.truncate(months);
        for route in RouteId::ALL {
            let fast = model.routes.get_mut(route);
            if !fast.available {
                continue;
            }
            fast.prepared = model::prepare(&self.inputs, route, team, &horizon);
            fast.linear_sums(&self.inputs, months, self.display_per_usd);
        }
        model
    }

    /// Which routes are feasible (computed and not excluded).
    pub fn feasible(&self) -> [bool; 3] {
        self.routes
            .map(|_, fast| fast.available && fast.feasible)
            .into_array()
    }
}

impl FastRoute {
    /// The prefix sums of the linear parts over `months` months.
    fn linear_sums(&mut self, inputs: &CostInputs, months: usize, display_per_usd: f64) {
        let route = inputs.route(self.prepared.route);
        let linear: Vec<model::LinearMonth> = (0..months)
            .map(|month| model::linear_month(inputs, route, &self.prepared, month))
            .collect();
        let sums = |part: fn(&model::LinearMonth) -> f64| {
            prefix(
                linear
                    .iter()
                    .map(|month| crate::currency::finite_or_zero(part(month) * display_per_usd)),
            )
        };
        self.people = sums(|month| month.people);
        self.quality = sums(|month| month.quality);
        self.time = sums(|month| month.time_to_market);
        self.risk = sums(|month| month.risk_compliance);
    }
}
