//! The recommendation: the route the rule picks, a confidence, the top
//! reasons as plain sentences quoting numbers, and the flip points.
//!
//! Confidence is the lower of two numbers: the share of Monte Carlo draws in
//! which the recommended route is still the one the rule picks (cost
//! uncertainty; suitability held at the profile's values), and a margin score
//! 0.5 + 2.5 x (combined score of the best - the runner-up's), capped at 1 (a
//! lead of 0.2 or more counts as certain; a near tie as a coin toss: this is
//! how much the judgement in the weights could move it). It is 1 when the
//! route is the only feasible one. Levels: high >= 0.8, medium >= 0.6, low
//! otherwise.

use serde::Serialize;

use crate::report::{Report, RouteId};

use super::constraints::Constraint;
use super::flip_points::FlipPoint;
use super::rule;
use super::suitability::Suitability;
use super::uncertainty::Uncertainty;
use crate::text::en;

/// How sure the recommendation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// Below 0.6.
    Low,
    /// 0.6 to 0.8.
    Medium,
    /// 0.8 and above.
    High,
}

impl Confidence {
    /// The level of a confidence in 0..1.
    pub fn of(value: f64) -> Confidence {
        if value >= 0.8 {
            Confidence::High
        } else if value >= 0.6 {
            Confidence::Medium
        } else {
            Confidence::Low
        }
    }

    /// Lower-case name.
    pub fn key(self) -> &'static str {
        match self {
            Confidence::Low => "low",
            Confidence::Medium => "medium",
            Confidence::High => "high",
        }
    }
}

/// One route's place in the rule.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RouteScore {
    /// Which route.
    pub route: RouteId,
    /// Whether the route may be chosen.
    pub feasible: bool,
    /// Total cost over the horizon, in the report's currency.
    pub total_cost: Option<f64>,
    /// Cost score 0..1 (1 = cheapest feasible).
    pub cost_score: f64,
    /// Suitability 0..100.
    pub suitability: f64,
    /// Combined score 0..1 (-1 when not feasible).
    pub combined: f64,
}

/// The recommendation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Recommendation {
    /// The recommended route (null if no route is feasible).
    pub route: Option<RouteId>,
    /// Confidence 0..1.
    pub confidence: f64,
    /// Confidence level.
    pub confidence_level: Confidence,
    /// The top reasons, as plain sentences quoting the numbers.
    pub reasons: Vec<String>,
    /// For each key input, where the recommendation would change.
    pub flip_points: Vec<FlipPoint>,
    /// The nearest flip, as a sentence.
    pub top_flip_point: Option<String>,
    /// The second-best feasible route.
    pub runner_up: Option<RouteId>,
    /// The cheapest feasible route.
    pub cheapest: Option<RouteId>,
    /// Every route's scores.
    pub scores: Vec<RouteScore>,
    /// The rule, in words, with the cost weight used.
    pub rule: String,
}

pub(crate) fn build(
    profile: &crate::profile::Profile,
    report: &Report,
    suitability: &Suitability,
    constraints: &[Constraint],
    uncertainty: &Uncertainty,
    flip_points: Vec<FlipPoint>,
    cost_weight: f64,
) -> Recommendation {
    let (costs, feasible) = super::constraints::feasibility(profile, report);
    let fractions = suitability.fractions();
    let cost_scores = rule::cost_scores(&costs, &feasible);
    let combined = rule::combined(&costs, &feasible, &fractions, cost_weight);
    let best = rule::best_of(&combined, &costs, &feasible);
    let second = rule::runner_up(&combined, &costs, &feasible, best);
    let cheapest = rule::cheapest(&costs, &feasible);
    let route_at = |index: Option<usize>| index.and_then(|i| RouteId::ALL.get(i).copied());
    let feasible_count = feasible.iter().filter(|ok| **ok).count();
    let at = |values: &[f64; 3], index: Option<usize>| {
        index.and_then(|i| values.get(i).copied()).unwrap_or(0.0)
    };
    let margin = (0.5 + 2.5 * (at(&combined, best) - at(&combined, second))).clamp(0.0, 1.0);
    let confidence = if best.is_none() {
        0.0
    } else if feasible_count == 1 {
        1.0
    } else if uncertainty.draws > 0 {
        uncertainty
            .routes
            .iter()
            .find(|entry| Some(entry.route) == route_at(best))
            .map(|entry| entry.probability_recommended)
            .unwrap_or(0.0)
            .min(margin)
    } else {
        margin
    };
    let scores = RouteId::ALL
        .iter()
        .enumerate()
        .map(|(index, route)| RouteScore {
            route: *route,
            feasible: feasible.get(index).copied().unwrap_or(false),
            total_cost: costs.get(index).copied().flatten(),
            cost_score: cost_scores.get(index).copied().unwrap_or(0.0),
            suitability: fractions.get(index).copied().unwrap_or(0.5) * 100.0,
            combined: combined.get(index).copied().unwrap_or(-1.0),
        })
        .collect();
    let top_flip_point = flip_points
        .iter()
        .filter_map(|point| point.nearest_distance().map(|distance| (distance, point)))
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .and_then(|(_, point)| {
            // The sentence of the nearer side.
            let below = point
                .below
                .as_ref()
                .map(|flip| (flip.at - point.current).abs());
            let above = point
                .above
                .as_ref()
                .map(|flip| (flip.at - point.current).abs());
            match (below, above, point.sentences.as_slice()) {
                (Some(b), Some(a), [first, second, ..]) => Some(if b <= a {
                    first.clone()
                } else {
                    second.clone()
                }),
                (_, _, [first, ..]) => Some(first.clone()),
                _ => None,
            }
        });
    let mut reasons = reasons(
        report,
        suitability,
        constraints,
        uncertainty,
        (best, second, cheapest),
        &costs,
        &fractions,
        top_flip_point.as_deref(),
    );
    if let (Some(best_route), Some(other)) = (route_at(best), route_at(second)) {
        let lead = at(&combined, best) - at(&combined, second);
        if margin < 0.8 && margin <= confidence + 1e-12 {
            let sentence = en::reason_low_margin(confidence, best_route, other, lead);
            let position = reasons.len().min(1);
            reasons.insert(position, sentence);
        }
    }
    Recommendation {
        route: route_at(best),
        confidence,
        confidence_level: Confidence::of(confidence),
        reasons,
        flip_points,
        top_flip_point,
        runner_up: route_at(second),
        cheapest: route_at(cheapest),
        scores,
        rule: en::rule_text(cost_weight, 1.0 - cost_weight),
    }
}

/// When the self-hosted route owns its GPUs and is the recommendation or
/// its rival: the month the GPUs pay for themselves against the other route
/// (cash view), or that they do not within the horizon.
fn payback(report: &Report, best: RouteId, runner_up: Option<RouteId>) -> Option<String> {
    let owned = report
        .route(RouteId::SelfHosted)
        .and_then(|route| route.fleet.as_ref())
        .is_some_and(|fleet| fleet.deployment == crate::profile::Deployment::Owned);
    let other = match (best, runner_up) {
        (RouteId::SelfHosted, Some(other)) => other,
        (RouteId::SelfHosted, None) => return None,
        (best, Some(RouteId::SelfHosted)) => best,
        _ => return None,
    };
    if !owned {
        return None;
    }
    let pair = report.break_even.iter().find(|pair| {
        (pair.first == other && pair.second == RouteId::SelfHosted)
            || (pair.first == RouteId::SelfHosted && pair.second == other)
    })?;
    if pair.cash_cheaper_at_start == RouteId::SelfHosted {
        // Cheaper in cash from the first month: nothing to pay back.
        return None;
    }
    Some(match pair.cash_break_even_month {
        Some(month) => en::reason_payback(other, month),
        None => en::reason_no_payback(
            other,
            report.horizon_months,
            report
                .route(RouteId::SelfHosted)
                .and_then(|route| route.compute_breakdown)
                .map_or(0.0, |parts| parts.book_value_at_end),
            report.currency,
        ),
    })
}

#[allow(clippy::too_many_arguments)]
fn reasons(
    report: &Report,
    suitability: &Suitability,
    constraints: &[Constraint],
    uncertainty: &Uncertainty,
    (best, second, cheapest): (Option<usize>, Option<usize>, Option<usize>),
    costs: &[Option<f64>; 3],
    fractions: &[f64; 3],
    top_flip: Option<&str>,
) -> Vec<String> {
    let mut out = Vec::new();
    let currency = report.currency;
    let months = report.horizon_months;
    let route_of = |index: usize| RouteId::ALL.get(index).copied();
    let cost_of = |index: usize| costs.get(index).copied().flatten().unwrap_or(0.0);
    let Some(best_index) = best else {
        out.push(en::REASON_NO_ROUTE.to_owned());
        for constraint in constraints {
            out.push(en::reason_excluded(constraint.route, &constraint.reason));
        }
        return out;
    };
    let Some(best_route) = route_of(best_index) else {
        return out;
    };
    let best_cost = cost_of(best_index);
    match (second, cheapest) {
        (None, _) => out.push(en::reason_only_route(
            best_route, best_cost, months, currency,
        )),
        (Some(other), Some(cheap)) if cheap == best_index => {
            let other_cost = cost_of(other);
            out.push(en::reason_cheapest_route(
                (best_route, best_cost),
                (route_of(other).unwrap_or(best_route), other_cost),
                crate::guard::divide(other_cost - best_cost, other_cost, 0.0),
                months,
                currency,
            ))
        }
        (Some(_), Some(cheap)) => {
            let cheap_cost = cost_of(cheap);
            let cheap_route = route_of(cheap).unwrap_or(best_route);
            out.push(en::reason_costlier_but_suits(
                (best_route, best_cost),
                (cheap_route, cheap_cost),
                crate::guard::divide(best_cost - cheap_cost, cheap_cost, 0.0),
                (
                    fractions.get(best_index).copied().unwrap_or(0.0) * 100.0,
                    fractions.get(cheap).copied().unwrap_or(0.0) * 100.0,
                ),
                months,
                currency,
            ))
        }
        (Some(_), None) => {}
    }
    if let Some(sentence) = payback(report, best_route, second.and_then(route_of)) {
        out.push(sentence);
    }
    // The factors that most separate the recommendation from its rival.
    let rival = match (second, cheapest) {
        (Some(_), Some(cheap)) if cheap != best_index => Some(cheap),
        (Some(other), _) => Some(other),
        _ => None,
    };
    if let Some(rival_index) = rival {
        let rival_route = route_of(rival_index).unwrap_or(best_route);
        let mut edges: Vec<(f64, String)> = suitability
            .factors
            .iter()
            .filter_map(|factor| {
                let points = |route: RouteId| {
                    factor
                        .contributions
                        .iter()
                        .find(|entry| entry.route == route)
                        .map(|entry| entry.points)
                };
                let edge = points(best_route)? - points(rival_route)?;
                (edge > 0.5).then(|| {
                    (
                        edge,
                        en::reason_factor_edge(factor, best_route, edge, rival_route),
                    )
                })
            })
            .collect();
        edges.sort_by(|a, b| b.0.total_cmp(&a.0));
        out.extend(edges.into_iter().take(3).map(|(_, text)| text));
    }
    for constraint in constraints {
        out.push(en::reason_excluded(constraint.route, &constraint.reason));
    }
    if uncertainty.draws > 0 {
        if let Some(range) = uncertainty
            .routes
            .iter()
            .find(|entry| entry.route == best_route)
        {
            out.push(en::reason_simulation(range, uncertainty.draws, currency));
        }
    }
    if let Some(flip) = top_flip {
        out.push(en::reason_nearest_flip(flip));
    }
    out
}
