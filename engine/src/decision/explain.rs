//! A readable summary of a decision (the command line's `--explain`).

use crate::report::Report;

use super::flip_points::route_name;
use super::Decision;
use crate::text::format;

/// The decision as plain text: verdict, reasons, suitability, ranges,
/// tornado and flip points.
pub fn summary(report: &Report, decision: &Decision) -> String {
    let mut out = String::new();
    let currency = report.currency;
    let recommendation = &decision.recommendation;
    out.push_str(&format!("{}\n\n", report.profile_name));
    match recommendation.route {
        Some(route) => out.push_str(&format!(
            "RECOMMENDATION: {} (confidence {}, {})\n",
            route_name(route),
            recommendation.confidence_level.key(),
            format::percent(recommendation.confidence)
        )),
        None => out.push_str("RECOMMENDATION: none (no route is feasible)\n"),
    }
    out.push_str(&format!("ARTICLE CHECK: {}\n", decision.article.summary));
    out.push_str("\nWhy:\n");
    for reason in &recommendation.reasons {
        out.push_str(&format!("  - {reason}\n"));
    }
    out.push_str(&format!("\nScores ({}):\n", recommendation.rule));
    for score in &recommendation.scores {
        out.push_str(&format!(
            "  {:<14} cost {:>18}  cost score {:.2}  suitability {:>5.1}  combined {}\n",
            score.route.key(),
            score
                .total_cost
                .map(|cost| format::money_words(cost, currency))
                .unwrap_or_else(|| "-".to_owned()),
            score.cost_score,
            score.suitability,
            if score.feasible {
                format!("{:.3}", score.combined)
            } else {
                "excluded".to_owned()
            }
        ));
    }
    out.push_str("\nSuitability factors (points for closed / managed / self-hosted):\n");
    for factor in &decision.suitability.factors {
        let points: Vec<String> = factor
            .contributions
            .iter()
            .map(|entry| format!("{:+.1}", entry.points))
            .collect();
        out.push_str(&format!(
            "  {:<24} {:>18}   {}\n",
            factor.label,
            points.join(" / "),
            factor.value
        ));
    }
    let uncertainty = &decision.uncertainty;
    out.push_str(&format!(
        "\nUncertainty ({} draws, seed {}):\n",
        format::whole(f64::from(uncertainty.draws)),
        uncertainty.seed
    ));
    for range in &uncertainty.routes {
        out.push_str(&format!(
            "  {:<14} P10 {:>16}  P50 {:>16}  P90 {:>16}  cheapest {:>4}  recommended {:>4}{}\n",
            range.route.key(),
            format::money_words(range.p10, currency),
            format::money_words(range.p50, currency),
            format::money_words(range.p90, currency),
            format::percent(range.probability_cheapest),
            format::percent(range.probability_recommended),
            if range.feasible { "" } else { "  (excluded)" }
        ));
    }
    let tornado = &uncertainty.tornado;
    match (tornado.leader, tornado.other) {
        (Some(leader), Some(other)) => out.push_str(&format!(
            "\nTornado: swing of cost({}) - cost({}) as each input moves low -> high:\n",
            leader.key(),
            other.key()
        )),
        (Some(leader), None) => out.push_str(&format!(
            "\nTornado: swing of cost({}) as each input moves low -> high:\n",
            leader.key()
        )),
        _ => {}
    }
    if tornado.leader.is_some() {
        for bar in &tornado.bars {
            out.push_str(&format!(
                "  {:<26} x{} .. x{}  {:>16} .. {:<16} swing {}\n",
                bar.label,
                format::significant(bar.low),
                format::significant(bar.high),
                format::money_words(bar.difference_at_low, currency),
                format::money_words(bar.difference_at_high, currency),
                format::money_words(bar.swing, currency)
            ));
        }
    }
    out.push_str("\nFlip points:\n");
    for point in &recommendation.flip_points {
        for sentence in point.sentences.iter().chain(&point.cheapest_sentences) {
            out.push_str(&format!("  - {sentence}\n"));
        }
    }
    out.trim_end().to_owned()
}
