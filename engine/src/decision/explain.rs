//! A readable summary of a decision (the command line's `--explain`).

use crate::report::Report;

use super::Decision;
use crate::text::Words;

/// The decision as plain text: verdict, reasons, suitability, ranges,
/// tornado and flip points.
pub fn summary(words: Words, report: &Report, decision: &Decision) -> String {
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
        Some(route) => line(&words.explain_recommendation(route, recommendation.confidence)),
        None => line(words.explain_no_recommendation()),
    }
    line(&words.explain_article(&decision.article.summary));
    line("");
    line(words.explain_why());
    for reason in &recommendation.reasons {
        line(&format!("  - {}", words.reason(reason)));
    }
    line("");
    line(&words.explain_scores_heading(&recommendation.rule));
    for score in &recommendation.scores {
        line(&words.explain_score_row(score, currency));
    }
    line("");
    line(words.explain_factors_heading());
    for factor in &decision.suitability.factors {
        line(&words.explain_factor_row(factor));
    }
    let uncertainty = &decision.uncertainty;
    line("");
    line(&words.explain_uncertainty_heading(uncertainty.draws, uncertainty.seed));
    for range in &uncertainty.routes {
        line(&words.explain_range_row(range, currency));
    }
    let tornado = &uncertainty.tornado;
    if let Some(leader) = tornado.leader {
        line("");
        line(&words.explain_tornado_heading(leader, tornado.other));
        for bar in &tornado.bars {
            line(&words.explain_tornado_row(bar, currency));
        }
    }
    if let Some(fleet) = report.routes.iter().find_map(|route| route.fleet.as_ref()) {
        line("");
        line(words.explain_fleet_heading());
        line(&words.explain_fleet_row(fleet));
        line(&words.explain_fleet_use(fleet, currency));
    }
    if !report.break_even.is_empty() {
        line("");
        line(words.explain_break_even_heading());
        for pair in &report.break_even {
            line(&words.explain_break_even_row(pair));
        }
    }
    line("");
    line(words.explain_flip_points());
    for point in &recommendation.flip_points {
        for outcome in point.outcomes.iter().chain(&point.cheapest_outcomes) {
            line(&format!("  - {}", words.flip_outcome(outcome)));
        }
    }
    out.trim_end().to_owned()
}
