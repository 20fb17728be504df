//! The recommendation: the route the rule picks, a confidence, the top
//! reasons (typed, each a sentence quoting numbers once rendered), and the flip points.
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

use crate::currency::Currency;

use super::constraints::{Constraint, ConstraintReason};
use super::flip_points::{FlipOutcome, FlipPoint};
use super::rule;
use super::suitability::{FactorId, FactorReason, FactorValue, Suitability};
use super::uncertainty::{RouteRange, Uncertainty};

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

/// One of the recommendation's reasons: each is a sentence quoting its numbers.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Reason {
    /// No route is feasible.
    NoRoute,
    /// A route is excluded by a hard constraint.
    Excluded {
        /// The excluded route.
        route: RouteId,
        /// Why.
        reason: ConstraintReason,
    },
    /// The recommendation is the only feasible route.
    OnlyRoute {
        /// The route.
        route: RouteId,
        /// Its total cost over the horizon.
        cost: f64,
        /// The horizon, months.
        months: u32,
        /// The report's currency.
        currency: Currency,
    },
    /// The recommendation is the cheapest feasible route.
    CheapestRoute {
        /// The route.
        route: RouteId,
        /// Its total cost.
        cost: f64,
        /// The runner-up.
        other: RouteId,
        /// The runner-up's total cost.
        other_cost: f64,
        /// The saving as a fraction of the runner-up's cost.
        saving: f64,
        /// The horizon, months.
        months: u32,
        /// The report's currency.
        currency: Currency,
    },
    /// The recommendation costs more than the cheapest route but suits the profile better.
    CostlierButSuits {
        /// The route.
        route: RouteId,
        /// Its total cost.
        cost: f64,
        /// The cheapest feasible route.
        cheapest: RouteId,
        /// The cheapest route's total cost.
        cheapest_cost: f64,
        /// The extra cost as a fraction of the cheapest route's.
        extra: f64,
        /// The route's suitability, 0..100.
        suitability: f64,
        /// The cheapest route's suitability, 0..100.
        cheapest_suitability: f64,
        /// The horizon, months.
        months: u32,
        /// The report's currency.
        currency: Currency,
    },
    /// The owned GPUs pay for themselves in a month (cash view).
    Payback {
        /// The route self-hosting is compared with.
        other: RouteId,
        /// The month.
        month: u32,
    },
    /// The owned GPUs do not pay for themselves within the horizon.
    NoPayback {
        /// The route self-hosting is compared with.
        other: RouteId,
        /// The horizon, months.
        months: u32,
        /// The GPUs' book value at the end.
        book_value: f64,
        /// The report's currency.
        currency: Currency,
    },
    /// A suitability factor separates the recommendation from its rival.
    FactorEdge {
        /// The factor.
        factor: FactorId,
        /// The profile's value on it.
        value: FactorValue,
        /// The factor's reason.
        reason: FactorReason,
        /// The recommended route.
        route: RouteId,
        /// Suitability points the factor gives the route over the rival.
        edge: f64,
        /// The rival.
        rival: RouteId,
    },
    /// The lead in combined score is small.
    LowMargin {
        /// The confidence, 0..1.
        confidence: f64,
        /// The recommended route.
        route: RouteId,
        /// The runner-up.
        other: RouteId,
        /// The lead in combined score.
        lead: f64,
    },
    /// What the Monte Carlo says about the recommendation.
    Simulation {
        /// The recommended route's spread over the draws.
        range: RouteRange,
        /// Draws run.
        draws: u32,
        /// The report's currency.
        currency: Currency,
    },
    /// The nearest flip point.
    NearestFlip {
        /// The flip.
        flip: FlipOutcome,
    },
}

/// The rule's weights: combined = cost weight x cost score + suitability weight x suitability.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Rule {
    /// Weight of the cost score.
    pub cost_weight: f64,
    /// Weight of suitability (1 - the cost weight).
    pub suitability_weight: f64,
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
    /// The top reasons (each a sentence quoting the numbers).
    pub reasons: Vec<Reason>,
    /// For each key input, where the recommendation would change.
    pub flip_points: Vec<FlipPoint>,
    /// The nearest flip.
    pub top_flip_point: Option<FlipOutcome>,
    /// The second-best feasible route.
    pub runner_up: Option<RouteId>,
    /// The cheapest feasible route.
    pub cheapest: Option<RouteId>,
    /// Every route's scores.
    pub scores: Vec<RouteScore>,
    /// The rule's weights.
    pub rule: Rule,
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
            // The outcome of the nearer side.
            let below = point
                .below
                .as_ref()
                .map(|flip| (flip.at - point.current).abs());
            let above = point
                .above
                .as_ref()
                .map(|flip| (flip.at - point.current).abs());
            match (below, above, point.outcomes.as_slice()) {
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
        top_flip_point.as_ref(),
    );
    if let (Some(best_route), Some(other)) = (route_at(best), route_at(second)) {
        let lead = at(&combined, best) - at(&combined, second);
        if margin < 0.8 && margin <= confidence + 1e-12 {
            let reason = Reason::LowMargin {
                confidence,
                route: best_route,
                other,
                lead,
            };
            let position = reasons.len().min(1);
            reasons.insert(position, reason);
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
        rule: Rule {
            cost_weight,
            suitability_weight: 1.0 - cost_weight,
        },
    }
}

/// When the self-hosted route owns its GPUs and is the recommendation or
/// its rival: the month the GPUs pay for themselves against the other route
/// (cash view), or that they do not within the horizon.
fn payback(report: &Report, best: RouteId, runner_up: Option<RouteId>) -> Option<Reason> {
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
        Some(month) => Reason::Payback { other, month },
        None => Reason::NoPayback {
            other,
            months: report.horizon_months,
            book_value: report
                .route(RouteId::SelfHosted)
                .and_then(|route| route.compute_breakdown)
                .map_or(0.0, |parts| parts.book_value_at_end),
            currency: report.currency,
        },
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
    top_flip: Option<&FlipOutcome>,
) -> Vec<Reason> {
    let mut out = Vec::new();
    let currency = report.currency;
    let months = report.horizon_months;
    let route_of = |index: usize| RouteId::ALL.get(index).copied();
    let cost_of = |index: usize| costs.get(index).copied().flatten().unwrap_or(0.0);
    let Some(best_index) = best else {
        out.push(Reason::NoRoute);
        out.extend(constraints.iter().map(excluded));
        return out;
    };
    let Some(best_route) = route_of(best_index) else {
        return out;
    };
    let best_cost = cost_of(best_index);
    match (second, cheapest) {
        (None, _) => out.push(Reason::OnlyRoute {
            route: best_route,
            cost: best_cost,
            months,
            currency,
        }),
        (Some(other), Some(cheap)) if cheap == best_index => {
            let other_cost = cost_of(other);
            out.push(Reason::CheapestRoute {
                route: best_route,
                cost: best_cost,
                other: route_of(other).unwrap_or(best_route),
                other_cost,
                saving: crate::guard::divide(other_cost - best_cost, other_cost, 0.0),
                months,
                currency,
            })
        }
        (Some(_), Some(cheap)) => {
            let cheap_cost = cost_of(cheap);
            out.push(Reason::CostlierButSuits {
                route: best_route,
                cost: best_cost,
                cheapest: route_of(cheap).unwrap_or(best_route),
                cheapest_cost: cheap_cost,
                extra: crate::guard::divide(best_cost - cheap_cost, cheap_cost, 0.0),
                suitability: fractions.get(best_index).copied().unwrap_or(0.0) * 100.0,
                cheapest_suitability: fractions.get(cheap).copied().unwrap_or(0.0) * 100.0,
                months,
                currency,
            })
        }
        (Some(_), None) => {}
    }
    if let Some(reason) = payback(report, best_route, second.and_then(route_of)) {
        out.push(reason);
    }
    // The factors that most separate the recommendation from its rival.
    let rival = match (second, cheapest) {
        (Some(_), Some(cheap)) if cheap != best_index => Some(cheap),
        (Some(other), _) => Some(other),
        _ => None,
    };
    if let Some(rival_index) = rival {
        let rival_route = route_of(rival_index).unwrap_or(best_route);
        let mut edges: Vec<(f64, Reason)> = suitability
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
                        Reason::FactorEdge {
                            factor: factor.factor,
                            value: factor.value.clone(),
                            reason: factor.reason.clone(),
                            route: best_route,
                            edge,
                            rival: rival_route,
                        },
                    )
                })
            })
            .collect();
        edges.sort_by(|a, b| b.0.total_cmp(&a.0));
        out.extend(edges.into_iter().take(3).map(|(_, reason)| reason));
    }
    out.extend(constraints.iter().map(excluded));
    if uncertainty.draws > 0 {
        if let Some(range) = uncertainty
            .routes
            .iter()
            .find(|entry| entry.route == best_route)
        {
            out.push(Reason::Simulation {
                range: range.clone(),
                draws: uncertainty.draws,
                currency,
            });
        }
    }
    if let Some(flip) = top_flip {
        out.push(Reason::NearestFlip { flip: flip.clone() });
    }
    out
}

/// A constraint as a reason.
fn excluded(constraint: &Constraint) -> Reason {
    Reason::Excluded {
        route: constraint.route,
        reason: constraint.reason.clone(),
    }
}
