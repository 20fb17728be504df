//! Break-even between each pair of routes: the month the cumulative costs
//! cross, and the first-month request volume at which the totals over the
//! horizon are equal.
//!
//! Volume: every category but tokens (per-token routes) and compute
//! (self-hosted) is independent of volume, so a route's total at `s` requests
//! in month 1 (growth kept) is fixed + variable(s). Per-token routes are linear
//! in `s`; the self-hosted fleet is recomputed. The crossing is found on a
//! grid from 1 to 10^12 requests a month (decade steps, each route's
//! totals computed once for all pairs), then by bisection in log space.

use crate::cost::compute::ComputePlan;
use crate::cost::{served_fraction, Timeline};
use crate::evaluate::RouteRun;
use crate::guard::non_negative;
use crate::report::BreakEven;

/// How a route's total depends on volume.
pub(crate) enum VolumeModel {
    /// The route could not be computed.
    Unavailable,
    /// Tokens: requests x served share x US dollars per request x price factor.
    PerToken {
        /// US dollars per request at list price.
        usd_per_request: f64,
        /// Months before serving.
        delay_months: f64,
    },
    /// A self-hosted fleet.
    Compute(ComputePlan),
}

/// Total in US dollars when month 1 has `requests` requests.
struct VolumeCurve<'a> {
    fixed_usd: f64,
    model: &'a VolumeModel,
    /// For per-token routes: the variable cost of one request a month in month 1.
    per_unit_usd: f64,
}

impl VolumeCurve<'_> {
    fn total(&self, unit: &Timeline, requests: f64) -> f64 {
        match self.model {
            VolumeModel::Unavailable => f64::NAN,
            VolumeModel::PerToken { .. } => self.fixed_usd + requests * self.per_unit_usd,
            VolumeModel::Compute(plan) => self.fixed_usd + plan.run(unit, requests, &mut []).0,
        }
    }
}

fn curve<'a>(run: &'a RouteRun, unit: &Timeline) -> VolumeCurve<'a> {
    let per_unit_usd = match &run.volume {
        VolumeModel::PerToken {
            usd_per_request,
            delay_months,
        } => unit
            .requests
            .iter()
            .zip(&unit.token_price_factor)
            .enumerate()
            .map(|(month, (requests, factor))| {
                requests
                    * served_fraction(month, *delay_months)
                    * non_negative(*usd_per_request)
                    * factor
            })
            .sum(),
        _ => 0.0,
    };
    VolumeCurve {
        fixed_usd: run.fixed_usd,
        model: &run.volume,
        per_unit_usd,
    }
}

/// The volume grid: 1, 10, ..., 10^12 requests in month 1.
const GRID_STEPS: usize = 13;

fn grid_volume(step: usize) -> f64 {
    10f64.powi(step as i32)
}

/// Break-even for the pairs (closed, managed), (closed, self-hosted),
/// (managed, self-hosted), among routes that could be computed.
pub(crate) fn pairs(runs: &[RouteRun; 3], timeline: &Timeline) -> Vec<BreakEven> {
    // The same growth and price paths, for one request in month 1.
    let unit = unit_timeline(timeline);
    let curves: Vec<VolumeCurve<'_>> = runs.iter().map(|run| curve(run, &unit)).collect();
    // Each route's total at every grid volume, computed once for all pairs.
    let grids: Vec<[f64; GRID_STEPS]> = curves
        .iter()
        .map(|curve| std::array::from_fn(|step| curve.total(&unit, grid_volume(step))))
        .collect();
    let mut result = Vec::with_capacity(3);
    for (first, second) in [(0_usize, 1_usize), (0, 2), (1, 2)] {
        let (Some(a), Some(b)) = (runs.get(first), runs.get(second)) else {
            continue;
        };
        if a.report.total_cost.is_none() || b.report.total_cost.is_none() {
            continue;
        }
        let (cheaper_at_start, month) = crossing_month(&a.report.monthly, &b.report.monthly);
        let volume = match (
            curves.get(first),
            curves.get(second),
            grids.get(first),
            grids.get(second),
        ) {
            (Some(curve_a), Some(curve_b), Some(grid_a), Some(grid_b)) => {
                crossing_volume(curve_a, curve_b, grid_a, grid_b, &unit)
            }
            _ => None,
        };
        result.push(BreakEven {
            first: a.report.route,
            second: b.report.route,
            cheaper_at_start: if cheaper_at_start {
                a.report.route
            } else {
                b.report.route
            },
            break_even_month: month,
            break_even_requests_per_month: volume,
        });
    }
    result
}

fn unit_timeline(timeline: &Timeline) -> Timeline {
    let base = timeline.requests.first().copied().unwrap_or(0.0);
    let requests = if base > 0.0 {
        timeline
            .requests
            .iter()
            .map(|requests| requests / base)
            .collect()
    } else {
        // No volume: assume flat demand for the volume search.
        vec![1.0; timeline.requests.len()]
    };
    Timeline {
        requests,
        token_price_factor: timeline.token_price_factor.clone(),
        gpu_price_factor: timeline.gpu_price_factor.clone(),
    }
}

/// Whether `a` is cheaper (or equal) in month 1, and the first 1-based month
/// from which the other route's cumulative cost is below it.
pub fn crossing_month(
    a: &[crate::cost::MonthCost],
    b: &[crate::cost::MonthCost],
) -> (bool, Option<u32>) {
    let (mut cumulative_a, mut cumulative_b) = (0.0, 0.0);
    let mut a_cheaper_at_start = true;
    for (index, (month_a, month_b)) in a.iter().zip(b).enumerate() {
        cumulative_a += month_a.total;
        cumulative_b += month_b.total;
        if index == 0 {
            a_cheaper_at_start = cumulative_a <= cumulative_b;
        } else if (a_cheaper_at_start && cumulative_b < cumulative_a)
            || (!a_cheaper_at_start && cumulative_a < cumulative_b)
        {
            return (a_cheaper_at_start, Some(month_a.month));
        }
    }
    (a_cheaper_at_start, None)
}

/// The first grid interval where the sign of total(a) - total(b) changes,
/// refined by bisection in log space.
fn crossing_volume(
    a: &VolumeCurve<'_>,
    b: &VolumeCurve<'_>,
    grid_a: &[f64; GRID_STEPS],
    grid_b: &[f64; GRID_STEPS],
    unit: &Timeline,
) -> Option<f64> {
    let difference = |requests: f64| a.total(unit, requests) - b.total(unit, requests);
    let mut previous: Option<(f64, f64)> = None;
    for (step, (total_a, total_b)) in grid_a.iter().zip(grid_b).enumerate() {
        let requests = grid_volume(step);
        let current = total_a - total_b;
        if !current.is_finite() {
            return None;
        }
        if current == 0.0 {
            return Some(requests);
        }
        if let Some((previous_requests, previous_difference)) = previous {
            if (current > 0.0) != (previous_difference > 0.0) {
                let (mut low, mut high) = (previous_requests.ln(), requests.ln());
                let low_sign = previous_difference > 0.0;
                for _ in 0..BISECTION_STEPS {
                    let middle = 0.5 * (low + high);
                    let value = difference(middle.exp());
                    if value != 0.0 && (value > 0.0) == low_sign {
                        low = middle;
                    } else {
                        high = middle;
                    }
                }
                return Some(high.exp());
            }
        }
        previous = Some((requests, current));
    }
    None
}

/// Bisection steps within one decade: 10^(1/2^20) - 1 = 2.2e-6 relative precision.
const BISECTION_STEPS: usize = 20;
