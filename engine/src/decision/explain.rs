//! A readable summary of a decision (the command line's `--explain`).

use crate::report::Report;

use super::Decision;
use crate::text::en;

/// The decision as plain text: verdict, reasons, suitability, ranges,
/// tornado and flip points.
pub fn summary(report: &Report, decision: &Decision) -> String {
    let mut out = String::new();
    let currency = report.currency;
    let recommendation = &decision.recommendation;
    let mut line = |text: &str| {
        out.push_str(text);
        out.push('\n');
    };
    line(&report.profile_name);
    line("");
    match recommendation.route {
        Some(route) => line(&en::explain_recommendation(
            route,
            recommendation.confidence,
        )),
        None => line(en::EXPLAIN_NO_RECOMMENDATION),
    }
    line(&en::explain_article(&decision.article.summary));
    line("");
    line(en::EXPLAIN_WHY);
    for reason in &recommendation.reasons {
        line(&format!("  - {}", en::reason(reason)));
    }
    line("");
    line(&en::explain_scores_heading(&recommendation.rule));
    for score in &recommendation.scores {
        line(&en::explain_score_row(score, currency));
    }
    line("");
    line(en::EXPLAIN_FACTORS_HEADING);
    for factor in &decision.suitability.factors {
        line(&en::explain_factor_row(factor));
    }
    let uncertainty = &decision.uncertainty;
    line("");
    line(&en::explain_uncertainty_heading(
        uncertainty.draws,
        uncertainty.seed,
    ));
    for range in &uncertainty.routes {
        line(&en::explain_range_row(range, currency));
    }
    let tornado = &uncertainty.tornado;
    if let Some(leader) = tornado.leader {
        line("");
        line(&en::explain_tornado_heading(leader, tornado.other));
        for bar in &tornado.bars {
            line(&en::explain_tornado_row(bar, currency));
        }
    }
    if let Some(fleet) = report.routes.iter().find_map(|route| route.fleet.as_ref()) {
        line("");
        line(en::EXPLAIN_FLEET_HEADING);
        line(&en::explain_fleet_row(fleet));
        line(&en::explain_fleet_use(fleet, currency));
    }
    if !report.break_even.is_empty() {
        line("");
        line(en::EXPLAIN_BREAK_EVEN_HEADING);
        for pair in &report.break_even {
            line(&en::explain_break_even_row(pair));
        }
    }
    line("");
    line(en::EXPLAIN_FLIP_POINTS);
    for point in &recommendation.flip_points {
        for outcome in point.outcomes.iter().chain(&point.cheapest_outcomes) {
            line(&format!("  - {}", en::flip_outcome(outcome)));
        }
    }
    out.trim_end().to_owned()
}
