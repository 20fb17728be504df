//! The rule that combines cost and suitability into a recommendation.
//!
//! Among the feasible routes (computed and not excluded by a hard constraint),
//! with C_min the cheapest feasible total:
//! - cost score = 2 x C_min / (C_route + C_min): 1 for the cheapest, 2/3 for a
//!   route twice as expensive, 1/2 for three times (1 for all when C_min <= 0);
//! - combined = cost weight x cost score + (1 - cost weight) x suitability (0..1);
//! - the route with the highest combined score is recommended; a tie goes to
//!   the cheaper route, then to report order.

/// Cost scores of the feasible routes (0 for the others).
pub(crate) fn cost_scores(costs: &[Option<f64>; 3], feasible: &[bool; 3]) -> [f64; 3] {
    let minimum = costs
        .iter()
        .zip(feasible)
        .filter(|(_, ok)| **ok)
        .filter_map(|(cost, _)| *cost)
        .fold(f64::INFINITY, f64::min);
    let mut out = [0.0; 3];
    for ((slot, cost), ok) in out.iter_mut().zip(costs).zip(feasible) {
        if let (true, Some(cost)) = (*ok, cost) {
            *slot = if minimum.is_finite() && minimum > 0.0 {
                crate::guard::divide(2.0 * minimum, cost + minimum, 0.0)
            } else if *cost <= 0.0 || !minimum.is_finite() {
                1.0
            } else {
                // The cheapest costs nothing: others score by how much they cost.
                0.0
            };
        }
    }
    out
}

/// Combined scores (NaN-free; infeasible routes get -1).
pub(crate) fn combined(
    costs: &[Option<f64>; 3],
    feasible: &[bool; 3],
    suitability: &[f64; 3],
    cost_weight: f64,
) -> [f64; 3] {
    let cost = cost_scores(costs, feasible);
    let mut out = [-1.0; 3];
    for index in 0..3 {
        let ok = feasible.get(index).copied().unwrap_or(false)
            && costs.get(index).copied().flatten().is_some();
        if ok {
            let value = cost_weight * cost.get(index).copied().unwrap_or(0.0)
                + (1.0 - cost_weight) * suitability.get(index).copied().unwrap_or(0.5);
            if let Some(slot) = out.get_mut(index) {
                *slot = crate::currency::finite_or_zero(value);
            }
        }
    }
    out
}

/// The recommended route's index, if any route is feasible.
pub(crate) fn choose(
    costs: &[Option<f64>; 3],
    feasible: &[bool; 3],
    suitability: &[f64; 3],
    cost_weight: f64,
) -> Option<usize> {
    let scores = combined(costs, feasible, suitability, cost_weight);
    best_of(&scores, costs, feasible)
}

/// The index with the highest score among feasible routes (ties: cheaper, then first).
pub(crate) fn best_of(
    scores: &[f64; 3],
    costs: &[Option<f64>; 3],
    feasible: &[bool; 3],
) -> Option<usize> {
    let mut best: Option<usize> = None;
    for index in 0..3 {
        let ok = feasible.get(index).copied().unwrap_or(false)
            && costs.get(index).copied().flatten().is_some();
        if !ok {
            continue;
        }
        best = match best {
            None => Some(index),
            Some(current) => {
                let (a, b) = (
                    scores.get(index).copied().unwrap_or(-1.0),
                    scores.get(current).copied().unwrap_or(-1.0),
                );
                let cost = |i: usize| costs.get(i).copied().flatten().unwrap_or(f64::INFINITY);
                if a > b || (a == b && cost(index) < cost(current)) {
                    Some(index)
                } else {
                    Some(current)
                }
            }
        };
    }
    best
}

/// The second-best feasible route's index.
pub(crate) fn runner_up(
    scores: &[f64; 3],
    costs: &[Option<f64>; 3],
    feasible: &[bool; 3],
    best: Option<usize>,
) -> Option<usize> {
    let mut without = *feasible;
    if let Some(slot) = best.and_then(|index| without.get_mut(index)) {
        *slot = false;
    }
    best_of(scores, costs, &without)
}

/// Index of the cheapest feasible route (ties: first).
pub(crate) fn cheapest(costs: &[Option<f64>; 3], feasible: &[bool; 3]) -> Option<usize> {
    let mut best: Option<(usize, f64)> = None;
    for (index, (cost, ok)) in costs.iter().zip(feasible).enumerate() {
        if let (true, Some(cost)) = (*ok, cost) {
            if best.is_none() || best.is_some_and(|(_, current)| *cost < current) {
                best = Some((index, *cost));
            }
        }
    }
    best.map(|(index, _)| index)
}
