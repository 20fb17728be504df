//! The decision engine: suitability, hard constraints, a recommendation with
//! confidence, reasons and flip points, and uncertainty (a seeded Monte Carlo
//! and a tornado). Pure and deterministic; documented in
//! `docs/decision-model.md`.
//!
//! Entry points: [`decide_profile`] (evaluates, then decides with
//! `profile.decision`), [`decide`] (with given settings) and
//! [`decide_with_report`] (reuses a report from [`crate::evaluate()`]). They take
//! [`DecisionSettings`] (weights, cost weight, ranges, seed, draws) and return a
//! [`Decision`] of typed outcomes (no words: the text catalogs render them);
//! [`explain::summary`] renders it as text.
//!
//! Modules: [`settings`] (the user's knobs), [`suitability`] (factors and
//! contributions), [`constraints`] (hard exclusions), [`article`] (the
//! article's choice and whether it holds), [`recommendation`] (the
//! rule's output, reasons, confidence), [`flip_points`] (bounded search),
//! [`uncertainty`] (Monte Carlo, percentiles, tornado), [`rng`] (xoshiro256**
//! and the triangular sampler), [`explain`] (readable summary); `fast` is the cost fast path and `rule` the
//! combination rule (crate-internal).

pub mod article;
pub mod constraints;
pub mod explain;
pub(crate) mod fast;
pub mod flip_points;
pub mod recommendation;
pub mod rng;
pub(crate) mod rule;
pub mod settings;
pub mod suitability;
pub mod uncertainty;

use serde::Serialize;

use crate::catalog::Catalog;
use crate::profile::Profile;
use crate::report::Report;

pub use article::{ArticleReason, ArticleSummary, WhyNot};
pub use constraints::{Constraint, ConstraintReason};
pub use flip_points::{Direction, Flip, FlipInput, FlipOutcome, FlipPoint, FlipUnit, FlipValue};
pub use recommendation::{Confidence, Reason, Recommendation, RouteScore, Rule};
pub use settings::{DecisionSettings, Range, SuitabilityWeights, UncertaintyRanges};
pub use suitability::{Factor, FactorId, FactorReason, FactorValue, Suitability, VolumeBand};
pub use uncertainty::{TornadoBar, UncertainInput, Uncertainty};

/// Everything the decision engine concludes about one profile.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Decision {
    /// The recommended route, its confidence, reasons and flip points.
    pub recommendation: Recommendation,
    /// Suitability per route and each factor's contribution.
    pub suitability: Suitability,
    /// Routes excluded by a hard constraint, and why.
    pub constraints: Vec<Constraint>,
    /// Monte Carlo percentiles, probabilities and the tornado.
    pub uncertainty: Uncertainty,
    /// What the article would choose, and whether its conclusion holds here.
    pub article: article::ArticleCheck,
}

/// The recommended route alone, from a profile and its report: the rule
/// without the Monte Carlo or the flip search (fast; what the flip points are
/// verified with).
pub fn recommended_route(
    profile: &Profile,
    report: &Report,
    settings: &DecisionSettings,
) -> Option<crate::report::RouteId> {
    let (route, _) = flip_points::outcome_of(profile, report, Catalog::builtin(), settings);
    route.and_then(|index| crate::report::RouteId::ALL.get(index).copied())
}

/// Evaluates the profile, then decides with the profile's own settings
/// (`profile.decision`): what the command line and the web app call.
pub fn decide_profile(profile: &Profile) -> (Report, Decision) {
    decide(profile, &profile.decision)
}

/// Evaluates the profile against the built-in catalog, then decides.
pub fn decide(profile: &Profile, settings: &DecisionSettings) -> (Report, Decision) {
    let report = crate::evaluate(profile);
    let decision = decide_with_report(profile, &report, settings);
    (report, decision)
}

/// Decides from a profile and the report [`crate::evaluate()`] gave for it.
pub fn decide_with_report(
    profile: &Profile,
    report: &Report,
    settings: &DecisionSettings,
) -> Decision {
    decide_with_catalog(profile, report, settings, Catalog::builtin())
}

/// As [`decide_with_report`], against a given catalog (the one the report was computed with).
pub fn decide_with_catalog(
    profile: &Profile,
    report: &Report,
    settings: &DecisionSettings,
    catalog: &Catalog,
) -> Decision {
    let inputs = suitability::Inputs::new(profile, report, catalog);
    let suitability = suitability::score(&inputs, &settings.weights);
    let fractions = suitability.fractions();
    let constraints = constraints::from_report(profile, report);
    let model = fast::FastModel::new(profile, report, catalog);
    let cost_weight = settings.cost_weight_used();
    let uncertainty = uncertainty::simulate(
        &model,
        &settings.ranges,
        &fractions,
        cost_weight,
        settings.seed,
        settings.draws_used(),
    );
    let start = flip_points::outcome_of(profile, report, catalog, settings);
    let search = flip_points::Search {
        profile,
        catalog,
        settings,
        model: &model,
        inputs: &inputs,
        suitability: fractions,
    };
    let flips = flip_points::search_all(&search, start);
    let recommendation = recommendation::build(
        profile,
        report,
        &suitability,
        &constraints,
        &uncertainty,
        flips,
        cost_weight,
    );
    let article = article::check(profile, &suitability, recommendation.route);
    Decision {
        recommendation,
        suitability,
        constraints,
        uncertainty,
        article,
    }
}

#[cfg(test)]
mod tests;
