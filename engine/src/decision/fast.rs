//! The fast path: each route's total cost as a function of the uncertain
//! inputs and the horizon, without re-running the whole evaluation.
//!
//! Every month's cost depends only on that month (the timeline, staff, quality
//! cycles, delay and compliance are causal), so one evaluation over the
//! longest horizon (120 months) gives every shorter horizon by summing a
//! prefix. A route's total over `months` splits into
//! - parts linear in one multiplier: people x staff cost, quality x programme
//!   cost, time to market x project value, risk and compliance (fixed): prefix
//!   sums of the report's monthly series;
//! - the usage part, recomputed per scenario: per-token routes
//!   `US$ per request x price multiplier x volume x sum_m unit_m x served_m x decline^m`;
//!   self-hosting re-runs the fleet month by month for every tensor-parallel
//!   candidate (replicas = ceil(peak / (capacity x utilisation)) + redundancy,
//!   the cost engine's formulas in [`crate::cost::compute`]) with the
//!   scenario's GPU price, throughput, utilisation and volume, and keeps the
//!   cheapest, as the evaluation does.
//!
//! At the profile's own values the fast path reproduces the report's totals
//! (tested to 1e-9 relative, and against full evaluations at random points).

use crate::catalog::{Catalog, Role};
use crate::cost::compute::ComputePlan;
use crate::cost::people::{self, HiringKnobs, RoleNeed};
use crate::cost::time;
use crate::cost::{served_fraction, Timeline, HOURS_PER_MONTH, SECONDS_PER_MONTH};
use crate::guard::{clamp, divide, fraction, non_negative};
use crate::profile::{Deployment, Profile, MAX_HORIZON_MONTHS};
use crate::report::{Report, RouteId};
use crate::sizing::{self, SizingRequest};

use super::rng::twelfth_root;

/// The values of the uncertain inputs in one scenario. Prices, throughput and
/// the linear parts are multipliers of the profile's values (1 = as in the
/// profile); volume, utilisation, the price decline and the horizon are absolute.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Scenario {
    /// Requests in month 1 (growth kept).
    pub volume: f64,
    /// Closed-model price multiplier.
    pub closed_price: f64,
    /// Managed-endpoint price multiplier.
    pub managed_price: f64,
    /// GPU price multiplier (rental per hour, or purchase when owned).
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

/// [`crate::guard::ceil_count`], inlined into the fleet loop (the hot spot of
/// the Monte Carlo): rounds up to a whole count, saturating at `u32::MAX`;
/// NaN or negative gives 0.
#[inline(always)]
fn ceil_count(value: f64) -> u32 {
    if value.is_finite() && value > 0.0 {
        if value >= 4_294_967_295.0 {
            u32::MAX
        } else {
            let truncated = value as u32;
            truncated + u32::from(f64::from(truncated) < value)
        }
    } else {
        0
    }
}

/// Whether the self-hosted fleet re-chooses its tensor-parallel size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Exact,
    FixedFleet,
}

#[derive(Clone)]
enum Usage {
    /// The route has no usage cost.
    None,
    /// Tokens: US$ per request and, per month, unit demand x served share.
    PerToken {
        usd_per_request: f64,
        weights: Vec<f64>,
    },
    /// A GPU fleet: the candidate plans (those meeting the latency target if
    /// any do) and the index of the one chosen at the profile's values.
    Compute {
        plans: Vec<FleetPlan>,
        chosen: usize,
    },
}

/// A self-hosted fleet plan with its constants precomputed: the cost engine's
/// [`ComputePlan::run`] restated for speed (same formulas, sums regrouped;
/// tested against it to 1e-9): before serving one replica; then replicas
/// = ceil(peak / (capacity x utilisation)) + redundancy; rented GPUs cost
/// 730 h x $/h x price factor a month; owned GPUs are bought as the fleet grows
/// and cost depreciation + power + hosting + maintenance.
#[derive(Clone)]
struct FleetPlan {
    deployment: Deployment,
    gpus_per_replica: f64,
    replica_requests_per_second: f64,
    redundancy: u32,
    peak_to_average: f64,
    usd_per_gpu_hour: f64,
    purchase_usd_per_gpu: f64,
    overhead: f64,
    energy_per_gpu_month: f64,
    hosting_per_gpu_month: f64,
    maintenance_per_month: f64,
    depreciation_months: f64,
    /// Whether the route serves in each month.
    serving: Vec<bool>,
    /// Peak requests per second for one request in month 1, per month.
    unit_peak: Vec<f64>,
}

impl FleetPlan {
    fn new(plan: &ComputePlan, unit: &Timeline) -> FleetPlan {
        let knobs = &plan.knobs;
        let kw_per_gpu = non_negative(plan.gpu_power_w) / 1000.0
            * non_negative(knobs.server_power_factor)
            * fraction(knobs.average_power_fraction)
            * non_negative(knobs.pue).max(1.0);
        let peak_to_average = non_negative(plan.peak_to_average).max(1.0);
        FleetPlan {
            deployment: plan.deployment,
            gpus_per_replica: f64::from(plan.gpus_per_replica.max(1)),
            replica_requests_per_second: plan.replica_requests_per_second,
            redundancy: plan.redundancy_replicas,
            peak_to_average,
            usd_per_gpu_hour: plan.usd_per_gpu_hour,
            purchase_usd_per_gpu: plan.purchase_usd_per_gpu,
            overhead: 1.0 + non_negative(knobs.server_capex_overhead_fraction),
            energy_per_gpu_month: kw_per_gpu
                * HOURS_PER_MONTH
                * non_negative(knobs.energy_usd_per_kwh),
            hosting_per_gpu_month: non_negative(knobs.hosting_usd_per_gpu_month),
            maintenance_per_month: non_negative(knobs.maintenance_fraction_per_year) / 12.0,
            depreciation_months: f64::from(knobs.depreciation_months.max(1)),
            serving: (0..unit.months())
                .map(|month| served_fraction(month, plan.delay_months) > 0.0)
                .collect(),
            unit_peak: unit
                .requests
                .iter()
                .map(|requests| requests / SECONDS_PER_MONTH * peak_to_average)
                .collect(),
        }
    }

    /// Compute cost over the first `scenario.months` months in US dollars.
    /// `Mode::Exact` computes the peak load as the cost engine does (so the
    /// replica counts are identical); `Mode::FixedFleet` uses the precomputed
    /// unit peak (equal up to rounding).
    fn cost_usd(&self, unit: &Timeline, scenario: &Scenario, mode: Mode) -> f64 {
        let gpu_price = non_negative(scenario.gpu_price);
        let capacity =
            non_negative(self.replica_requests_per_second * non_negative(scenario.throughput))
                * fraction(clamp(scenario.utilisation, 0.01, 1.0));
        let scale = non_negative(scenario.volume);
        let per_capacity = divide(scale, capacity, f64::from(u32::MAX));
        let rent_per_gpu_month = HOURS_PER_MONTH * non_negative(self.usd_per_gpu_hour * gpu_price);
        let purchase = non_negative(self.purchase_usd_per_gpu * gpu_price) * self.overhead;
        let months = scenario.months.min(unit.months());
        let redundancy = self.redundancy;
        let gpus_per_replica = self.gpus_per_replica;
        let fleet = |serving: bool, for_load: u32| {
            if serving {
                f64::from(for_load.saturating_add(redundancy)) * gpus_per_replica
            } else {
                gpus_per_replica
            }
        };
        let months_iter = self
            .serving
            .iter()
            .zip(&self.unit_peak)
            .zip(unit.requests.iter().zip(&unit.gpu_price_factor))
            .take(months);
        // Rented: sum of GPUs x price factor, times the monthly rent.
        // Owned: each month costs capex / depreciation + capex x maintenance
        // + owned GPUs x (energy + hosting), so only the running sums of capex
        // and of owned GPUs are needed (two short dependency chains).
        let (mut gpu_months, mut capex_months, mut owned_months) = (0.0_f64, 0.0_f64, 0.0_f64);
        let (mut owned, mut capex) = (0.0_f64, 0.0_f64);
        let rented = self.deployment == Deployment::Rented;
        for ((serving, unit_peak), (requests, price_factor)) in months_iter {
            let for_load = match mode {
                Mode::Exact => {
                    let peak =
                        non_negative(requests * scale) / SECONDS_PER_MONTH * self.peak_to_average;
                    if peak <= 0.0 {
                        1
                    } else {
                        ceil_count(divide(peak, capacity, f64::from(u32::MAX))).max(1)
                    }
                }
                Mode::FixedFleet => ceil_count(unit_peak * per_capacity).max(1),
            };
            let gpus = fleet(*serving, for_load);
            if rented {
                gpu_months += gpus * price_factor;
            } else {
                if gpus > owned {
                    capex += (gpus - owned) * purchase * price_factor;
                    owned = gpus;
                }
                capex_months += capex;
                owned_months += owned;
            }
        }
        if rented {
            gpu_months * rent_per_gpu_month
        } else {
            capex_months / self.depreciation_months
                + capex_months * self.maintenance_per_month
                + owned_months * (self.energy_per_gpu_month + self.hosting_per_gpu_month)
        }
    }
}

impl PeopleModel {
    fn new(profile: &Profile, report: &Report) -> PeopleModel {
        let limit = |value: f64| clamp(value, 0.0, 1e5);
        let need = |staff: &crate::profile::StaffNeed| {
            [
                limit(staff.ml_engineers),
                limit(staff.mlops_engineers),
                limit(staff.data_scientists),
            ]
        };
        let routes = &profile.routes;
        let loaded = Role::ALL.map(|role| {
            report
                .assumption_number(&format!("team.{}_loaded_usd_per_year", role.key()))
                .unwrap_or(0.0)
        });
        let knobs = &profile.assumptions.people;
        PeopleModel {
            needs: [
                need(&routes.closed_api.staff),
                need(&routes.managed_open.staff),
                need(&routes.self_hosted.staff),
            ],
            time_to_market: [
                clamp(routes.closed_api.time_to_market_months, 0.0, 1200.0),
                clamp(routes.managed_open.time_to_market_months, 0.0, 1200.0),
                clamp(routes.self_hosted.time_to_market_months, 0.0, 1200.0),
            ],
            loaded_usd_per_year: loaded,
            hiring: HiringKnobs {
                hiring_months: clamp(knobs.hiring_months, 0.0, 120.0),
                ramp_up_months: clamp(knobs.ramp_up_months, 0.0, 120.0),
                ramp_up_productivity: knobs.ramp_up_productivity,
                recruiting_cost_fraction: clamp(knobs.recruiting_cost_fraction, 0.0, 10.0),
                overhead_factor: clamp(knobs.staff_overhead_factor, 0.0, 10.0),
                hire_threshold_fte: knobs.hire_threshold_fte,
            },
            value_usd_per_month: clamp(profile.organisation.project_value_usd_per_month, 0.0, 1e12),
        }
    }
}

#[derive(Clone)]
struct FastRoute {
    available: bool,
    feasible: bool,
    /// Prefix sums over months (index k = sum of the first k months), report currency.
    people: Vec<f64>,
    quality: Vec<f64>,
    time: Vec<f64>,
    risk: Vec<f64>,
    usage: Usage,
}

/// What the people and time-to-market costs need, to redo them for another team.
#[derive(Clone)]
struct PeopleModel {
    /// FTEs each route needs, per role (ML, MLOps, data science), clamped as the evaluation does.
    needs: [[f64; 3]; 3],
    /// Each route's own time to market, months.
    time_to_market: [f64; 3],
    /// Loaded cost per role, US dollars a year (as the report used).
    loaded_usd_per_year: [f64; 3],
    hiring: HiringKnobs,
    value_usd_per_month: f64,
}

/// The fast cost model of one profile.
#[derive(Clone)]
pub(crate) struct FastModel {
    display_per_usd: f64,
    unit: Timeline,
    routes: [FastRoute; 3],
    people: PeopleModel,
    /// The scenario that reproduces the report.
    pub likely: Scenario,
}

fn decline_path(months: usize, decline_per_year: f64) -> Vec<f64> {
    let monthly = twelfth_root(1.0 - fraction(decline_per_year).min(0.99));
    let mut factor = 1.0;
    let mut out = Vec::with_capacity(months);
    for _ in 0..months {
        out.push(factor);
        factor *= monthly;
    }
    out
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
    /// Builds the fast model from a profile and its report (one more
    /// evaluation at the longest horizon supplies the months beyond it).
    pub fn new(profile: &Profile, report: &Report, catalog: &Catalog) -> FastModel {
        let months = profile.routes.horizon_months.clamp(1, MAX_HORIZON_MONTHS) as usize;
        let longest = MAX_HORIZON_MONTHS as usize;
        let long_report;
        let long = if months >= longest {
            report
        } else {
            let mut long_profile = profile.clone();
            long_profile.routes.horizon_months = MAX_HORIZON_MONTHS;
            long_report = crate::evaluate_with(&long_profile, catalog);
            &long_report
        };
        let growth = 1.0 + clamp(profile.workload.growth_per_month, -0.99, 1.0);
        let mut requests = Vec::with_capacity(longest);
        let mut volume = 1.0_f64;
        for _ in 0..longest {
            requests.push(volume);
            volume = (volume * growth).min(1e13);
        }
        let token_decline = profile.assumptions.tokens.price_decline_per_year;
        let unit = Timeline {
            requests,
            token_price_factor: decline_path(longest, token_decline),
            gpu_price_factor: decline_path(
                longest,
                profile.assumptions.compute.gpu_price_decline_per_year,
            ),
        };
        let display_per_usd = profile
            .currency
            .rates
            .per_usd(report.currency)
            .unwrap_or(1.0);
        let likely = Scenario {
            volume: clamp(profile.workload.requests_per_month, 0.0, 1e12),
            closed_price: 1.0,
            managed_price: 1.0,
            gpu_price: 1.0,
            throughput: 1.0,
            utilisation: clamp(profile.assumptions.sizing.target_utilisation, 0.01, 1.0),
            staff_cost: 1.0,
            quality_cost: 1.0,
            project_value: 1.0,
            token_decline,
            months,
        };
        let mut model = FastModel {
            display_per_usd,
            unit,
            routes: [FastRoute::empty(), FastRoute::empty(), FastRoute::empty()],
            people: PeopleModel::new(profile, report),
            likely,
        };
        for (slot, route) in RouteId::ALL.iter().enumerate() {
            let built = model.build_route(profile, report, long, catalog, *route);
            if let Some(target) = model.routes.get_mut(slot) {
                *target = built;
            }
        }
        model
    }

    fn build_route(
        &self,
        profile: &Profile,
        report: &Report,
        long: &Report,
        catalog: &Catalog,
        route: RouteId,
    ) -> FastRoute {
        let (Some(entry), Some(long_entry)) = (report.route(route), long.route(route)) else {
            return FastRoute::empty();
        };
        if entry.total_cost.is_none() || long_entry.total_cost.is_none() {
            return FastRoute::empty();
        }
        let monthly = &long_entry.monthly;
        let mut fast = FastRoute {
            available: true,
            feasible: entry.excluded.is_none()
                && super::constraints::decision_exclusion(profile, route).is_none(),
            people: prefix(monthly.iter().map(|month| month.people)),
            quality: prefix(monthly.iter().map(|month| month.quality)),
            time: prefix(monthly.iter().map(|month| month.time_to_market)),
            risk: prefix(monthly.iter().map(|month| month.risk_compliance)),
            usage: Usage::None,
        };
        let delay = entry.time_to_market_months;
        match route {
            RouteId::ClosedApi | RouteId::ManagedOpen => {
                let weights: Vec<f64> = self
                    .unit
                    .requests
                    .iter()
                    .enumerate()
                    .map(|(month, demand)| demand * served_fraction(month, delay))
                    .collect();
                let served_sum: f64 = weights
                    .iter()
                    .zip(&self.unit.token_price_factor)
                    .take(self.likely.months)
                    .map(|(weight, factor)| weight * factor)
                    .sum();
                let usd_tokens = divide(entry.totals.tokens, self.display_per_usd, 0.0);
                let usd_per_request = if self.likely.volume > 0.0 && served_sum > 0.0 {
                    divide(usd_tokens, self.likely.volume * served_sum, 0.0)
                } else {
                    // No volume in the profile: read the price from the long
                    // evaluation's first serving months instead.
                    probe_usd_per_request(profile, catalog, route, &weights, &self.unit)
                };
                fast.usage = Usage::PerToken {
                    usd_per_request,
                    weights,
                };
            }
            RouteId::SelfHosted => {
                if let Some(plans) = compute_plans(profile, catalog, delay) {
                    let plans: Vec<FleetPlan> = plans
                        .iter()
                        .map(|plan| FleetPlan::new(plan, &self.unit))
                        .collect();
                    let chosen = plans
                        .iter()
                        .enumerate()
                        .map(|(index, plan)| {
                            (index, plan.cost_usd(&self.unit, &self.likely, Mode::Exact))
                        })
                        .fold(
                            None,
                            |best: Option<(usize, f64)>, (index, cost)| match best {
                                Some((_, current)) if current <= cost => best,
                                _ => Some((index, cost)),
                            },
                        )
                        .map(|(index, _)| index)
                        .unwrap_or(0);
                    fast.usage = Usage::Compute { plans, chosen };
                }
            }
        }
        fast
    }

    /// Total cost of each route in the report's currency (None where the route
    /// could not be computed), re-choosing the tensor-parallel size as the
    /// evaluation does.
    pub fn costs(&self, scenario: &Scenario) -> [Option<f64>; 3] {
        self.costs_in(scenario, Mode::Exact)
    }

    /// As [`FastModel::costs`], keeping the tensor-parallel size chosen at the
    /// profile's values (the Monte Carlo's mode: a deployment does not reshape
    /// its replicas per scenario; the cost is an upper bound on the re-chosen one).
    pub fn costs_fixed_fleet(&self, scenario: &Scenario) -> [Option<f64>; 3] {
        self.costs_in(scenario, Mode::FixedFleet)
    }

    fn costs_in(&self, scenario: &Scenario, mode: Mode) -> [Option<f64>; 3] {
        let mut out = [None; 3];
        let months = scenario.months.clamp(1, self.unit.months());
        // Prefix sums cover at least the profile's horizon (all 120 months
        // unless redone for another team, see `with_team`).
        let monthly_decline = twelfth_root(1.0 - fraction(scenario.token_decline).min(0.99));
        for ((slot, fast), route) in out.iter_mut().zip(&self.routes).zip(RouteId::ALL) {
            if fast.available {
                let usage = fast.usage_usd(&self.unit, scenario, route, mode, monthly_decline)
                    * self.display_per_usd;
                let at = |sums: &Vec<f64>| sums.get(months).copied().unwrap_or(0.0);
                let total = at(&fast.people) * non_negative(scenario.staff_cost)
                    + at(&fast.quality) * non_negative(scenario.quality_cost)
                    + at(&fast.time) * non_negative(scenario.project_value)
                    + at(&fast.risk)
                    + usage;
                *slot = Some(crate::currency::finite_or_zero(total));
            }
        }
        out
    }

    /// The model with another team on staff (FTEs per role: ML, MLOps, data
    /// science): people and time-to-market costs, hiring delays, and so the
    /// months each route serves, are redone as the cost engine does them
    /// ([`people::monthly_usd`], [`people::hiring_delay_months`], [`time::monthly_usd`]).
    /// Only the profile's horizon is redone: the result prices `likely.months`
    /// (or fewer) months.
    pub fn with_team(&self, team: [f64; 3]) -> FastModel {
        let mut model = self.clone();
        let limit = |value: f64| clamp(value, 0.0, 1e5);
        let people = &self.people;
        for (index, fast) in model.routes.iter_mut().enumerate() {
            if !fast.available {
                continue;
            }
            let needs = people.needs.get(index).copied().unwrap_or([0.0; 3]);
            let mut roles = [RoleNeed {
                needed_fte: 0.0,
                on_staff_fte: 0.0,
                loaded_usd_per_year: 0.0,
            }; 3];
            for (((role, need), on_staff), loaded) in roles
                .iter_mut()
                .zip(needs)
                .zip(team)
                .zip(people.loaded_usd_per_year)
            {
                *role = RoleNeed {
                    needed_fte: need,
                    on_staff_fte: limit(on_staff),
                    loaded_usd_per_year: loaded,
                };
            }
            let delay = people.time_to_market.get(index).copied().unwrap_or(0.0)
                + people::hiring_delay_months(&roles, &people.hiring);
            let months = self.likely.months.min(self.unit.months());
            let factor = self.display_per_usd;
            fast.people = prefix((0..months).map(|month| {
                crate::currency::finite_or_zero(
                    people::monthly_usd(month, &roles, &people.hiring) * factor,
                )
            }));
            fast.time = prefix((0..months).map(|month| {
                crate::currency::finite_or_zero(
                    time::monthly_usd(month, delay, people.value_usd_per_month) * factor,
                )
            }));
            match &mut fast.usage {
                Usage::None => {}
                Usage::PerToken { weights, .. } => {
                    for ((month, weight), demand) in
                        weights.iter_mut().enumerate().zip(&self.unit.requests)
                    {
                        *weight = demand * served_fraction(month, delay);
                    }
                }
                Usage::Compute { plans, .. } => {
                    for plan in plans.iter_mut() {
                        for (month, serving) in plan.serving.iter_mut().enumerate() {
                            *serving = served_fraction(month, delay) > 0.0;
                        }
                    }
                }
            }
        }
        model
    }

    /// Which routes are feasible (computed and not excluded).
    pub fn feasible(&self) -> [bool; 3] {
        let mut out = [false; 3];
        for (slot, fast) in out.iter_mut().zip(&self.routes) {
            *slot = fast.available && fast.feasible;
        }
        out
    }
}

impl FastRoute {
    fn empty() -> FastRoute {
        FastRoute {
            available: false,
            feasible: false,
            people: Vec::new(),
            quality: Vec::new(),
            time: Vec::new(),
            risk: Vec::new(),
            usage: Usage::None,
        }
    }

    fn usage_usd(
        &self,
        unit: &Timeline,
        scenario: &Scenario,
        route: RouteId,
        mode: Mode,
        monthly_decline: f64,
    ) -> f64 {
        match &self.usage {
            Usage::None => 0.0,
            Usage::PerToken {
                usd_per_request,
                weights,
            } => {
                let mut factor = 1.0;
                let mut sum = 0.0;
                for weight in weights.iter().take(scenario.months) {
                    sum += weight * factor;
                    factor *= monthly_decline;
                }
                let price = match route {
                    RouteId::ClosedApi => scenario.closed_price,
                    _ => scenario.managed_price,
                };
                non_negative(scenario.volume) * sum * usd_per_request * non_negative(price)
            }
            Usage::Compute { plans, chosen } => match mode {
                Mode::FixedFleet => plans
                    .get(*chosen)
                    .map(|plan| plan.cost_usd(unit, scenario, mode))
                    .unwrap_or(0.0),
                Mode::Exact => plans
                    .iter()
                    .map(|plan| plan.cost_usd(unit, scenario, mode))
                    .fold(None, |best: Option<f64>, cost| match best {
                        Some(current) if current <= cost => Some(current),
                        _ => Some(cost),
                    })
                    .unwrap_or(0.0),
            },
        }
    }
}

/// US$ per request of a per-token route when the profile's volume is 0: from
/// a probe evaluation at one million requests a month over the longest horizon.
fn probe_usd_per_request(
    profile: &Profile,
    catalog: &Catalog,
    route: RouteId,
    weights: &[f64],
    unit: &Timeline,
) -> f64 {
    let served_sum: f64 = weights
        .iter()
        .zip(&unit.token_price_factor)
        .map(|(weight, factor)| weight * factor)
        .sum();
    if served_sum <= 0.0 {
        return 0.0;
    }
    let mut probe = profile.clone();
    probe.workload.requests_per_month = 1e6;
    probe.routes.horizon_months = MAX_HORIZON_MONTHS;
    let report = crate::evaluate_with(&probe, catalog);
    let rate = profile
        .currency
        .rates
        .per_usd(report.currency)
        .unwrap_or(1.0);
    let tokens = report
        .route(route)
        .map(|entry| entry.totals.tokens)
        .unwrap_or(0.0);
    divide(divide(tokens, rate, 0.0), 1e6 * served_sum, 0.0)
}

/// The self-hosted fleet plans, built as the evaluation builds them.
fn compute_plans(profile: &Profile, catalog: &Catalog, delay: f64) -> Option<Vec<ComputePlan>> {
    let route = &profile.routes.self_hosted;
    let model = catalog.open_model(&route.model)?;
    let gpu = catalog.gpu(&route.gpu)?;
    let (usd_per_gpu_hour, purchase_usd) = match route.deployment {
        Deployment::Rented => match (route.gpu_hour_usd_override, gpu.rental_for(route.cloud)) {
            (Some(value), _) => (clamp(value, 0.0, 1e6), 0.0),
            (None, Some(rental)) => (rental.usd_per_gpu_hour, 0.0),
            (None, None) => return None,
        },
        Deployment::Owned => match (route.gpu_purchase_usd_override, gpu.purchase_usd) {
            (Some(value), _) => (0.0, clamp(value, 0.0, 1e9)),
            (None, Some(price)) => (0.0, price),
            (None, None) => return None,
        },
    };
    let workload = &profile.workload;
    let request = SizingRequest {
        precision: route.precision,
        kv_precision: route.kv_cache_precision,
        tensor_parallel: route.tensor_parallel.min(64),
        input_tokens: clamp(workload.input_tokens_per_request, 0.0, 1e7),
        output_tokens: clamp(workload.output_tokens_per_request, 0.0, 1e7),
        latency_target_ms_per_output_token: workload.latency_target_ms_per_output_token,
        peak_requests_per_second: 0.0,
    };
    let knobs = &profile.assumptions.sizing;
    let candidates = sizing::candidates(model, gpu, &request, knobs).ok()?;
    let any_meets = candidates
        .iter()
        .any(|candidate| !candidate.latency_target_missed);
    let plans = candidates
        .iter()
        .filter(|candidate| !any_meets || !candidate.latency_target_missed)
        .map(|candidate| ComputePlan {
            deployment: route.deployment,
            gpus_per_replica: candidate.gpus_per_replica,
            replica_requests_per_second: candidate.requests_per_second,
            target_utilisation: clamp(knobs.target_utilisation, 0.01, 1.0),
            redundancy_replicas: knobs.redundancy_replicas.min(1000),
            peak_to_average: clamp(workload.peak_to_average, 1.0, 1000.0),
            delay_months: delay,
            usd_per_gpu_hour,
            purchase_usd_per_gpu: purchase_usd,
            gpu_power_w: gpu.power_w,
            knobs: profile.assumptions.compute.clone(),
        })
        .collect();
    Some(plans)
}
