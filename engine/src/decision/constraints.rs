//! Hard constraints: routes that cannot be chosen whatever they cost.
//!
//! The cost engine already marks a route `excluded` with its reason: data that
//! may not leave the premises (on-premises or air-gapped) excludes both
//! per-token routes and rented GPUs; a model that fits no GPU configuration,
//! an unknown id, or requests longer than the model's context exclude the
//! route concerned. This module lists those exclusions as constraints and
//! names the rule behind each. The decision engine adds one rule of its own:
//! changes to the model itself (`requirements.customisation = deep`:
//! continued pre-training, distillation) need the weights, which a closed API
//! does not give, so it excludes the closed API.

use serde::Serialize;

use crate::profile::{Customisation, DataResidency, Deployment, Profile};
use crate::report::{Report, RouteId};

/// The kind of hard constraint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ConstraintKind {
    /// Data may not leave the premises (on-premises or air-gapped).
    DataResidency,
    /// The model fits no GPU configuration, or cannot be costed.
    DoesNotFit,
    /// Deep customisation needs the weights (closed API only).
    Customisation,
    /// Anything else the cost engine reports (unknown id, context too long).
    Other,
}

/// Why a route is excluded.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ConstraintReason {
    /// The cost engine excluded the route: its reason, as the report holds it
    /// (`RouteReport::excluded`; follows that field's type).
    CostEngine {
        /// The report's reason.
        reason: crate::report::Exclusion,
    },
    /// Changes to the model itself need the weights, which a closed API does not give.
    DeepCustomisation,
}

/// One route excluded, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Constraint {
    /// The excluded route.
    pub route: RouteId,
    /// What kind of constraint.
    pub kind: ConstraintKind,
    /// Why.
    pub reason: ConstraintReason,
}

/// The decision engine's own exclusion of a route, if any.
pub fn decision_exclusion(profile: &Profile, route: RouteId) -> Option<ConstraintReason> {
    (route == RouteId::ClosedApi && profile.requirements.customisation == Customisation::Deep)
        .then_some(ConstraintReason::DeepCustomisation)
}

/// Costs and feasibility per route (report order): feasible = costed, not
/// excluded by the cost engine, and not excluded by [`decision_exclusion`].
pub(crate) fn feasibility(profile: &Profile, report: &Report) -> ([Option<f64>; 3], [bool; 3]) {
    let mut costs = [None; 3];
    let mut feasible = [false; 3];
    for ((cost, ok), route) in costs.iter_mut().zip(feasible.iter_mut()).zip(RouteId::ALL) {
        if let Some(entry) = report.route(route) {
            *cost = entry.total_cost;
            *ok = entry.excluded.is_none()
                && entry.total_cost.is_some()
                && decision_exclusion(profile, route).is_none();
        }
    }
    (costs, feasible)
}

/// Every hard constraint: the report's exclusions and the decision engine's own.
pub fn from_report(profile: &Profile, report: &Report) -> Vec<Constraint> {
    // Classified from the profile and whether the route could be costed,
    // never from the reason's wording (the catalog's, which changes with the
    // language). A route that could not be costed (unknown id, no price,
    // nothing fits) stops before residency is looked at; a costed route on a
    // closed site is excluded for residency first (per-token routes always,
    // self-hosting when its GPUs are rented), else for its context length.
    let closed_site = matches!(
        profile.requirements.data_residency,
        DataResidency::OnPremises | DataResidency::AirGapped
    );
    let rented = profile.routes.self_hosted.deployment == Deployment::Rented;
    report
        .routes
        .iter()
        .filter_map(|route| {
            let Some(reason) = route.excluded.as_ref() else {
                return decision_exclusion(profile, route.route).map(|reason| Constraint {
                    route: route.route,
                    kind: ConstraintKind::Customisation,
                    reason,
                });
            };
            let self_hosted = route.route == RouteId::SelfHosted;
            let kind = match (route.total_cost, self_hosted) {
                (None, true) => ConstraintKind::DoesNotFit,
                (None, false) => ConstraintKind::Other,
                (Some(_), _) if closed_site && (!self_hosted || rented) => {
                    ConstraintKind::DataResidency
                }
                (Some(_), _) => ConstraintKind::Other,
            };
            Some(Constraint {
                route: route.route,
                kind,
                reason: ConstraintReason::CostEngine {
                    reason: reason.clone(),
                },
            })
        })
        .collect()
}
