//! Uncertainty: a seeded Monte Carlo over the uncertain inputs, and a tornado.
//!
//! Each draw samples every uncertain input from a triangular distribution
//! (low, likely, high) in a fixed order from one xoshiro256** stream, prices
//! the three routes on the fast path, and records each route's total, which
//! feasible route is cheapest and which is recommended (suitability held at
//! the profile's values). P10/P50/P90 interpolate linearly between order
//! statistics. The tornado moves one input at a time from low to high, the
//! others at likely, and records the swing of the cost difference between the
//! two leading routes.

use serde::Serialize;

use crate::report::RouteId;

use super::fast::{FastModel, Scenario};
use super::rng::{triangular, Xoshiro256};
use super::rule;
use super::settings::{Range, UncertaintyRanges};

/// The uncertain inputs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum UncertainInput {
    /// Requests per month.
    RequestsPerMonth,
    /// The closed model's per-token prices.
    ClosedPrice,
    /// The managed endpoint's per-token prices.
    ManagedPrice,
    /// GPU rental or purchase price.
    GpuPrice,
    /// Achieved replica throughput.
    Throughput,
    /// Loaded staff cost.
    StaffCost,
    /// Quality programme cost.
    QualityCost,
    /// Monthly project value.
    ProjectValue,
    /// Yearly per-token price decline.
    TokenPriceDecline,
}

impl UncertainInput {
    /// Every uncertain input, in sampling order.
    pub const ALL: [UncertainInput; 9] = [
        UncertainInput::RequestsPerMonth,
        UncertainInput::ClosedPrice,
        UncertainInput::ManagedPrice,
        UncertainInput::GpuPrice,
        UncertainInput::Throughput,
        UncertainInput::StaffCost,
        UncertainInput::QualityCost,
        UncertainInput::ProjectValue,
        UncertainInput::TokenPriceDecline,
    ];

    /// The range of this input in the settings, sanitised.
    pub fn range(self, ranges: &UncertaintyRanges) -> Range {
        match self {
            UncertainInput::RequestsPerMonth => ranges.requests_per_month,
            UncertainInput::ClosedPrice => ranges.closed_price,
            UncertainInput::ManagedPrice => ranges.managed_price,
            UncertainInput::GpuPrice => ranges.gpu_price,
            UncertainInput::Throughput => ranges.throughput,
            UncertainInput::StaffCost => ranges.staff_cost,
            UncertainInput::QualityCost => ranges.quality_cost,
            UncertainInput::ProjectValue => ranges.project_value,
            UncertainInput::TokenPriceDecline => ranges.token_price_decline,
        }
        .sanitised()
    }

    /// Sets this input in `scenario` to `multiplier` x its value in `likely`.
    pub(crate) fn apply(self, likely: &Scenario, multiplier: f64, scenario: &mut Scenario) {
        match self {
            UncertainInput::RequestsPerMonth => scenario.volume = likely.volume * multiplier,
            UncertainInput::ClosedPrice => scenario.closed_price = multiplier,
            UncertainInput::ManagedPrice => scenario.managed_price = multiplier,
            UncertainInput::GpuPrice => scenario.gpu_price = multiplier,
            UncertainInput::Throughput => scenario.throughput = multiplier,
            UncertainInput::StaffCost => scenario.staff_cost = multiplier,
            UncertainInput::QualityCost => scenario.quality_cost = multiplier,
            UncertainInput::ProjectValue => scenario.project_value = multiplier,
            UncertainInput::TokenPriceDecline => {
                scenario.token_decline = (likely.token_decline * multiplier).clamp(0.0, 0.99)
            }
        }
    }
}

/// One route's spread over the draws.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RouteRange {
    /// Which route.
    pub route: RouteId,
    /// Whether the route is feasible (excluded routes are simulated but never chosen).
    pub feasible: bool,
    /// 10th percentile of the total cost, in the report's currency.
    pub p10: f64,
    /// Median total cost.
    pub p50: f64,
    /// 90th percentile of the total cost.
    pub p90: f64,
    /// Mean total cost.
    pub mean: f64,
    /// Share of draws in which this route is the cheapest feasible route.
    pub probability_cheapest: f64,
    /// Share of draws in which this route is the recommended one.
    pub probability_recommended: f64,
}

/// One bar of the tornado.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TornadoBar {
    /// Which input.
    pub input: UncertainInput,
    /// Low multiplier of the input.
    pub low: f64,
    /// High multiplier of the input.
    pub high: f64,
    /// Cost difference (leader - other) with the input at low.
    pub difference_at_low: f64,
    /// Cost difference with the input at high.
    pub difference_at_high: f64,
    /// |difference at high - difference at low|.
    pub swing: f64,
}

/// The tornado: which difference it shows and the bars, widest first.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Tornado {
    /// The recommended route (first of the difference).
    pub leader: Option<RouteId>,
    /// The runner-up (second of the difference); null when only one route is
    /// feasible, in which case the bars show the leader's own total.
    pub other: Option<RouteId>,
    /// Cost difference (leader - other) with every input at likely.
    pub difference_at_likely: f64,
    /// Bars sorted by swing, widest first.
    pub bars: Vec<TornadoBar>,
}

/// Monte Carlo results and the tornado.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Uncertainty {
    /// Draws run.
    pub draws: u32,
    /// Seed used.
    pub seed: u64,
    /// Per route, in report order.
    pub routes: Vec<RouteRange>,
    /// Tornado of the difference between the two leading routes.
    pub tornado: Tornado,
    /// The ranges used (sanitised).
    pub ranges: UncertaintyRanges,
}

/// The scenario with every input at its range's likely multiplier.
pub(crate) fn likely_scenario(model: &FastModel, ranges: &UncertaintyRanges) -> Scenario {
    let mut scenario = model.likely;
    for input in UncertainInput::ALL {
        input.apply(&model.likely, input.range(ranges).likely, &mut scenario);
    }
    scenario
}

/// The `p` quantile of `values`, interpolating linearly between order
/// statistics (position p x (n - 1)); reorders `values` (selection, O(n)).
fn percentile(values: &mut [f64], p: f64) -> f64 {
    let n = values.len();
    if n == 0 {
        return 0.0;
    }
    let position = p.clamp(0.0, 1.0) * (n - 1) as f64;
    let index = (position as usize).min(n - 1);
    let (_, low, upper) = values.select_nth_unstable_by(index, f64::total_cmp);
    let low = *low;
    let high = upper.iter().copied().fold(f64::INFINITY, f64::min);
    if !high.is_finite() {
        return low;
    }
    let value = low + (high - low) * (position - index as f64);
    value.clamp(low, high)
}

/// Runs the Monte Carlo and the tornado.
pub(crate) fn simulate(
    model: &FastModel,
    ranges: &UncertaintyRanges,
    suitability: &[f64; 3],
    cost_weight: f64,
    seed: u64,
    draws: u32,
) -> Uncertainty {
    let feasible = model.feasible();
    let computable = model.costs(&model.likely).map(|cost| cost.is_some());
    // Cheapest among feasible routes; if none is feasible, among computable ones.
    let pool = if feasible.iter().any(|ok| *ok) {
        feasible
    } else {
        computable
    };
    let ranges_used: Vec<Range> = UncertainInput::ALL
        .iter()
        .map(|input| input.range(ranges))
        .collect();
    let count = draws as usize;
    let mut totals: [Vec<f64>; 3] = [
        Vec::with_capacity(count),
        Vec::with_capacity(count),
        Vec::with_capacity(count),
    ];
    let mut cheapest_counts = [0_u32; 3];
    let mut recommended_counts = [0_u32; 3];
    let mut rng = Xoshiro256::seeded(seed);
    let mut scenario = model.likely;
    for _ in 0..draws {
        for (input, range) in UncertainInput::ALL.iter().zip(&ranges_used) {
            let u = rng.next_unit();
            let multiplier = triangular(u, range.low, range.likely, range.high);
            input.apply(&model.likely, multiplier, &mut scenario);
        }
        let costs = model.costs_fixed_fleet(&scenario);
        for ((list, cost), ok) in totals.iter_mut().zip(&costs).zip(&computable) {
            if *ok {
                list.push(cost.unwrap_or(0.0));
            }
        }
        if let Some(slot) = rule::cheapest(&costs, &pool).and_then(|i| cheapest_counts.get_mut(i)) {
            *slot += 1;
        }
        if let Some(slot) = rule::choose(&costs, &feasible, suitability, cost_weight)
            .and_then(|i| recommended_counts.get_mut(i))
        {
            *slot += 1;
        }
    }
    let share = |hits: u32| {
        if draws == 0 {
            0.0
        } else {
            f64::from(hits) / f64::from(draws)
        }
    };
    let likely_costs = model.costs(&likely_scenario(model, ranges));
    let routes = RouteId::ALL
        .iter()
        .enumerate()
        .map(|(index, route)| {
            let mut list = totals.get(index).cloned().unwrap_or_default();
            let fallback = likely_costs.get(index).copied().flatten().unwrap_or(0.0);
            let (p10, p50, p90, mean) = if list.is_empty() {
                (fallback, fallback, fallback, fallback)
            } else {
                let sum: f64 = list.iter().sum();
                let mean = crate::currency::finite_or_zero(sum / list.len() as f64);
                let p10 = percentile(&mut list, 0.1);
                let p50 = percentile(&mut list, 0.5);
                let p90 = percentile(&mut list, 0.9);
                (p10, p50.max(p10), p90.max(p50).max(p10), mean)
            };
            RouteRange {
                route: *route,
                feasible: feasible.get(index).copied().unwrap_or(false),
                p10,
                p50,
                p90,
                mean,
                probability_cheapest: share(cheapest_counts.get(index).copied().unwrap_or(0)),
                probability_recommended: share(recommended_counts.get(index).copied().unwrap_or(0)),
            }
        })
        .collect();
    Uncertainty {
        draws,
        seed,
        routes,
        tornado: tornado(model, ranges, suitability, cost_weight),
        ranges: sanitised(ranges),
    }
}

fn sanitised(ranges: &UncertaintyRanges) -> UncertaintyRanges {
    UncertaintyRanges {
        requests_per_month: ranges.requests_per_month.sanitised(),
        closed_price: ranges.closed_price.sanitised(),
        managed_price: ranges.managed_price.sanitised(),
        gpu_price: ranges.gpu_price.sanitised(),
        throughput: ranges.throughput.sanitised(),
        staff_cost: ranges.staff_cost.sanitised(),
        quality_cost: ranges.quality_cost.sanitised(),
        project_value: ranges.project_value.sanitised(),
        token_price_decline: ranges.token_price_decline.sanitised(),
    }
}

/// The tornado of the cost difference between the recommended route and the
/// runner-up (at likely values).
pub(crate) fn tornado(
    model: &FastModel,
    ranges: &UncertaintyRanges,
    suitability: &[f64; 3],
    cost_weight: f64,
) -> Tornado {
    let feasible = model.feasible();
    let base = likely_scenario(model, ranges);
    let costs = model.costs(&base);
    let scores = rule::combined(&costs, &feasible, suitability, cost_weight);
    let leader = rule::best_of(&scores, &costs, &feasible);
    let other = rule::runner_up(&scores, &costs, &feasible, leader);
    let difference = |costs: &[Option<f64>; 3]| {
        let of = |index: Option<usize>| {
            index
                .and_then(|i| costs.get(i).copied().flatten())
                .unwrap_or(0.0)
        };
        of(leader) - of(other)
    };
    let mut bars: Vec<TornadoBar> = UncertainInput::ALL
        .iter()
        .map(|input| {
            let range = input.range(ranges);
            let mut low = base;
            input.apply(&model.likely, range.low, &mut low);
            let mut high = base;
            input.apply(&model.likely, range.high, &mut high);
            let at_low = difference(&model.costs(&low));
            let at_high = difference(&model.costs(&high));
            TornadoBar {
                input: *input,
                low: range.low,
                high: range.high,
                difference_at_low: at_low,
                difference_at_high: at_high,
                swing: crate::currency::finite_or_zero((at_high - at_low).abs()),
            }
        })
        .collect();
    bars.sort_by(|a, b| b.swing.total_cmp(&a.swing));
    Tornado {
        leader: leader.and_then(|i| RouteId::ALL.get(i).copied()),
        other: other.and_then(|i| RouteId::ALL.get(i).copied()),
        difference_at_likely: difference(&costs),
        bars,
    }
}
