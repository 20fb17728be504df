//! Break-even between each pair of routes: the month the cumulative costs
//! cross (accounting view), the month from which the route dearer at the start
//! stays cheaper in cash (payback of bought GPUs), and the first-month request
//! volume at which the totals over the horizon are equal.
//!
//! Volume: every category but the usage (tokens for the per-token routes, the
//! fleet for self-hosting) is independent of volume, so a route's total at `s`
//! requests in month 1 (growth kept) is fixed + usage(s), usage from the cost
//! model ([`crate::cost::model::usage_usd`]) with the fleet plan the
//! evaluation chose. Two per-token routes cross where two lines do; with a
//! fleet the crossing is found on a grid from 1 to 10^12 requests a month
//! (decade steps, each route's totals computed once for all pairs), then by
//! regula falsi (Illinois) in log volume.

use crate::cost::inputs::CostInputs;
use crate::cost::model::{self, FleetChoice, PreparedRoute, Scenario};
use crate::cost::{MonthCost, Timeline};
use crate::evaluate::RouteRun;
use crate::report::{BreakEven, PerRoute, RouteId};

/// A route's horizon total as a function of month 1's volume, US dollars.
// Three values live for one break-even search; boxing the fleet variant would
// only add an allocation.
#[allow(clippy::large_enum_variant)]
enum VolumeCurve<'a> {
    /// The route could not be computed.
    Unavailable,
    /// Per-token charges are linear in volume: fixed + volume x per request.
    Linear {
        fixed_usd: f64,
        per_request_usd: f64,
    },
    /// A fleet, re-run at each volume with the plan the evaluation chose.
    Fleet {
        inputs: &'a CostInputs,
        prepared: PreparedRoute,
        choice: FleetChoice,
        scenario: Scenario,
        timeline: &'a Timeline,
        /// Month 1's requests in `timeline`.
        timeline_volume: f64,
        /// Total minus the usage, US dollars.
        fixed_usd: f64,
    },
}

impl VolumeCurve<'_> {
    fn total(&self, requests: f64) -> f64 {
        match self {
            VolumeCurve::Unavailable => f64::NAN,
            VolumeCurve::Linear {
                fixed_usd,
                per_request_usd,
            } => fixed_usd + requests * per_request_usd,
            VolumeCurve::Fleet {
                inputs,
                prepared,
                choice,
                scenario,
                timeline,
                timeline_volume,
                fixed_usd,
            } => {
                fixed_usd
                    + usage_at(
                        inputs,
                        prepared,
                        timeline,
                        *timeline_volume,
                        scenario,
                        *choice,
                        requests,
                    )
            }
        }
    }
}

/// The route's usage under `scenario` with `requests` in month 1, on
/// `timeline` (whose month 1 has `timeline_volume`).
fn usage_at(
    inputs: &CostInputs,
    prepared: &PreparedRoute,
    timeline: &Timeline,
    timeline_volume: f64,
    scenario: &Scenario,
    choice: FleetChoice,
    requests: f64,
) -> f64 {
    let scenario = Scenario {
        volume: requests,
        ..*scenario
    };
    model::usage_usd(
        inputs,
        prepared,
        timeline,
        timeline_volume,
        &scenario,
        choice,
    )
}

fn curve<'a>(
    run: &RouteRun,
    inputs: &'a CostInputs,
    unit: &'a Timeline,
    scenario: &Scenario,
) -> VolumeCurve<'a> {
    if run.report.total_cost.is_none() {
        return VolumeCurve::Unavailable;
    }
    let total_usd: f64 = run.months.monthly.iter().map(|month| month.total).sum();
    let choice = choice_of(run);
    match run.months.chosen_plan {
        None => {
            // Per-token: the usage of one request a month, on the unit timeline.
            let per_request_usd = usage_at(inputs, &run.prepared, unit, 1.0, scenario, choice, 1.0);
            VolumeCurve::Linear {
                fixed_usd: total_usd - per_request_usd * scenario.volume,
                per_request_usd,
            }
        }
        Some(_) => {
            // The evaluation's plans serve any volume as a scale of its own
            // (their reservations scale with it); with no volume, plan anew
            // on one request a month.
            let (prepared, timeline, timeline_volume) = if scenario.volume > 0.0 {
                (run.prepared.clone(), &inputs.timeline, scenario.volume)
            } else {
                (
                    model::prepare(inputs, run.prepared.route, inputs.on_staff, unit),
                    unit,
                    1.0,
                )
            };
            let fixed_usd = total_usd
                - usage_at(
                    inputs,
                    &prepared,
                    timeline,
                    timeline_volume,
                    scenario,
                    choice,
                    scenario.volume,
                );
            VolumeCurve::Fleet {
                inputs,
                prepared,
                choice,
                scenario: *scenario,
                timeline,
                timeline_volume,
                fixed_usd,
            }
        }
    }
}

fn choice_of(run: &RouteRun) -> FleetChoice {
    run.months
        .chosen_plan
        .map_or(FleetChoice::Cheapest, FleetChoice::Fixed)
}

/// The volume grid: 1, 10, ..., 10^12 requests in month 1.
const GRID_STEPS: usize = 13;

fn grid_volume(step: usize) -> f64 {
    10f64.powi(step as i32)
}

/// Break-even for the pairs (closed, managed), (closed, self-hosted),
/// (managed, self-hosted), among routes that could be computed.
pub(crate) fn pairs(
    runs: &PerRoute<RouteRun>,
    inputs: &CostInputs,
    scenario: &Scenario,
) -> Vec<BreakEven> {
    // The same growth and price paths, for one request in month 1.
    let unit = inputs.timeline.rebased(1.0);

    let curves = runs.map(|_, run| curve(run, inputs, &unit, scenario));
    // Each route's total at the grid volumes, computed when a pair first
    // needs it and kept for the other pairs (a fleet's is the costly one).
    let grids = curves.map(|_, _| std::cell::RefCell::new([None; GRID_STEPS]));
    let mut result = Vec::with_capacity(3);
    for (first, second) in [
        (RouteId::ClosedApi, RouteId::ManagedOpen),
        (RouteId::ClosedApi, RouteId::SelfHosted),
        (RouteId::ManagedOpen, RouteId::SelfHosted),
    ] {
        let (a, b) = (runs.get(first), runs.get(second));
        if a.report.total_cost.is_none() || b.report.total_cost.is_none() {
            continue;
        }
        let (cheaper_at_start, month) = crossing_month(&a.months.monthly, &b.months.monthly);
        let (cash_a_cheaper, cash_month) =
            cash_break_even_month(&a.months.monthly, &b.months.monthly);
        let volume = crossing_volume(
            curves.get(first),
            curves.get(second),
            grids.get(first),
            grids.get(second),
        )
        .map(crate::currency::finite_or_zero);
        result.push(BreakEven {
            first,
            second,
            cheaper_at_start: if cheaper_at_start { first } else { second },
            break_even_month: month,
            cash_break_even_month: cash_month,
            cash_cheaper_at_start: if cash_a_cheaper { first } else { second },
            break_even_requests_per_month: volume,
        });
    }
    result
}

/// Whether `a` is cheaper (or equal) in month 1, and the first 1-based month
/// from which the other route's cumulative cost is below it.
pub fn crossing_month(a: &[MonthCost], b: &[MonthCost]) -> (bool, Option<u32>) {
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

/// Cash view: whether `a` is cheaper (or equal) in cash in month 1, and the
/// first 1-based month from which the cumulative cash of the route that was
/// dearer at the start stays at or below the other's to the end of the
/// horizon (None if it never does). This is when bought GPUs have paid for
/// themselves: later purchases (refreshes) can push a crossing back, so the
/// month is the start of the last stretch that holds to the end.
pub fn cash_break_even_month(a: &[MonthCost], b: &[MonthCost]) -> (bool, Option<u32>) {
    let months = a.len().min(b.len());
    let mut cumulative = Vec::with_capacity(months);
    let (mut sum_a, mut sum_b) = (0.0, 0.0);
    for (month_a, month_b) in a.iter().zip(b) {
        sum_a += month_a.cash;
        sum_b += month_b.cash;
        cumulative.push((sum_a, sum_b, month_a.month));
    }
    let Some((first_a, first_b, _)) = cumulative.first().copied() else {
        return (true, None);
    };
    let a_cheaper_at_start = first_a <= first_b;
    // Walk back from the end while the dearer route stays at or below the other.
    let mut from = None;
    for (sum_a, sum_b, month) in cumulative.iter().rev() {
        let holds = if a_cheaper_at_start {
            sum_b <= sum_a
        } else {
            sum_a <= sum_b
        };
        if holds {
            from = Some(*month);
        } else {
            break;
        }
    }
    (a_cheaper_at_start, from)
}

/// The first grid interval where the sign of total(a) - total(b) changes,
/// refined by bisection in log space.
/// A curve's total at grid step `step`, from the memo or computed into it.
fn grid_total(curve: &VolumeCurve<'_>, memo: &std::cell::RefCell<Grid>, step: usize) -> f64 {
    if let Some(Some(total)) = memo.borrow().get(step) {
        return *total;
    }
    let total = curve.total(grid_volume(step));
    if let Some(slot) = memo.borrow_mut().get_mut(step) {
        *slot = Some(total);
    }
    total
}

/// A curve's totals at the grid volumes computed so far.
type Grid = [Option<f64>; GRID_STEPS];

fn crossing_volume(
    a: &VolumeCurve<'_>,
    b: &VolumeCurve<'_>,
    grid_a: &std::cell::RefCell<Grid>,
    grid_b: &std::cell::RefCell<Grid>,
) -> Option<f64> {
    // Two straight lines cross where their difference is zero: exactly.
    if let (
        VolumeCurve::Linear {
            fixed_usd: fixed_a,
            per_request_usd: slope_a,
        },
        VolumeCurve::Linear {
            fixed_usd: fixed_b,
            per_request_usd: slope_b,
        },
    ) = (a, b)
    {
        let volume = crate::guard::divide(fixed_b - fixed_a, slope_a - slope_b, -1.0).max(
            crate::guard::divide(fixed_a - fixed_b, slope_b - slope_a, -1.0),
        );
        return (volume >= grid_volume(0) && volume <= grid_volume(GRID_STEPS - 1))
            .then_some(volume);
    }
    let difference = |requests: f64| a.total(requests) - b.total(requests);
    let mut previous: Option<(f64, f64)> = None;
    for step in 0..GRID_STEPS {
        let requests = grid_volume(step);
        let current = grid_total(a, grid_a, step) - grid_total(b, grid_b, step);
        if !current.is_finite() {
            return None;
        }
        if current == 0.0 {
            return Some(requests);
        }
        if let Some((previous_requests, previous_difference)) = previous {
            if (current > 0.0) != (previous_difference > 0.0) {
                // Regula falsi with the Illinois step in log volume: the
                // bracket always holds the sign change, and on the smooth
                // stretches of the costs it closes in a few steps instead of
                // bisection's twelve; it stops when the bracket is narrower
                // than the precision shown.
                let (mut low, mut high) = (previous_requests.ln(), requests.ln());
                let (mut low_value, mut high_value) = (previous_difference, current);
                let mut kept_side = 0_i8;
                for _ in 0..FLEET_BISECTION_STEPS {
                    if high - low <= VOLUME_PRECISION_LN {
                        break;
                    }
                    let secant = high - high_value * (high - low) / (high_value - low_value);
                    // Stay strictly inside the bracket (a flat stretch of a
                    // step function would otherwise stall the secant).
                    let middle = if secant.is_finite() && secant > low && secant < high {
                        secant
                    } else {
                        0.5 * (low + high)
                    };
                    let value = difference(middle.exp());
                    if value != 0.0 && (value > 0.0) == (low_value > 0.0) {
                        low = middle;
                        low_value = value;
                        if kept_side == 1 {
                            high_value *= 0.5;
                        }
                        kept_side = 1;
                    } else {
                        high = middle;
                        high_value = if value == 0.0 {
                            -low_value * 1e-12
                        } else {
                            value
                        };
                        if kept_side == -1 {
                            low_value *= 0.5;
                        }
                        kept_side = -1;
                    }
                }
                return Some(high.exp());
            }
        }
        previous = Some((requests, current));
    }
    None
}

/// Most refinement steps within one decade when a fleet is involved (two
/// per-token routes cross exactly): bisection alone would reach
/// 10^(1/2^12) - 1 = 5.6e-4 relative precision in twelve.
const FLEET_BISECTION_STEPS: usize = 12;

/// The bracket (in log volume) at which the refinement stops: 5e-4, finer
/// than the three significant digits shown (a fleet's cost rises in steps of
/// whole replicas anyway).
const VOLUME_PRECISION_LN: f64 = 5e-4;

#[cfg(test)]
mod tests {
    use super::*;

    fn months(cash: &[f64]) -> Vec<MonthCost> {
        cash.iter()
            .enumerate()
            .map(|(index, cash)| MonthCost {
                month: index as u32 + 1,
                cash: *cash,
                total: *cash,
                ..MonthCost::default()
            })
            .collect()
    }

    #[test]
    fn cash_break_even_is_the_start_of_the_stretch_that_lasts() {
        // Owned: 100 up front, then 5 a month; the API costs 20 a month.
        // Cumulative owned 105, 110, 115, 120, 125, 130, 135, 140; API 20..160.
        // The owned route is dearer until month 7 (135 <= 140) and stays so.
        let owned = months(&[105.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0]);
        let api = months(&[20.0; 8]);
        assert_eq!(cash_break_even_month(&api, &owned), (true, Some(7)));
        assert_eq!(cash_break_even_month(&owned, &api), (false, Some(7)));
        // A refresh in month 8 (another 100) undoes it: no payback in the horizon.
        let refreshed = months(&[105.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 105.0]);
        assert_eq!(cash_break_even_month(&api, &refreshed), (true, None));
        // The first crossing (accounting view) is month 7 as well.
        assert_eq!(crossing_month(&api, &owned), (true, Some(7)));
    }
}
