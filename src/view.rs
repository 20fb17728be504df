//! Reshapes the engine's report into what the charts draw. No figure is
//! computed here: every number comes from the report.

use engine::report::{Report, RouteId};
use yew::AttrValue;

use engine::decision::Decision;
use engine::edit::FieldKind;
use engine::report::AssumptionValue;
use engine::Profile;
use serde_json::Value;

use crate::components::assumptions_panel::AssumptionRow;
use crate::components::charts::{
    FactorRow, LinePoint, Marker, RangeRow, Series, StackedBar, TornadoRow,
};
use crate::form::profile_text;
use crate::format;
use crate::messages::en;
use crate::state::AppState;

/// The cost categories, in the order the stacked bars show them.
pub fn category_series() -> Vec<Series> {
    en::COST_CATEGORIES
        .iter()
        .enumerate()
        .map(|(index, label)| Series::nth(*label, index))
        .collect()
}

/// One stacked bar per route: its total per category over the horizon.
pub fn cost_bars(report: &Report) -> Vec<StackedBar> {
    report
        .routes
        .iter()
        .map(|route| {
            let totals = &route.totals;
            StackedBar {
                label: AttrValue::from(en::route_name(route.route)),
                values: vec![
                    totals.tokens,
                    totals.compute,
                    totals.people,
                    totals.quality,
                    totals.time_to_market,
                    totals.risk_compliance,
                ],
            }
        })
        .collect()
}

/// One line per route.
pub fn route_series() -> Vec<Series> {
    RouteId::ALL
        .iter()
        .enumerate()
        .map(|(index, route)| Series::nth(en::route_name(*route), index))
        .collect()
}

/// Cumulative cost per route at the end of each month.
pub fn cumulative_points(report: &Report) -> Vec<LinePoint> {
    let per_route: Vec<Vec<f64>> = RouteId::ALL
        .iter()
        .map(|route| {
            report
                .route(*route)
                .map(|route| route.cumulative_totals())
                .unwrap_or_default()
        })
        .collect();
    (0..report.horizon_months as usize)
        .map(|month| LinePoint {
            x: (month + 1) as f64,
            values: per_route
                .iter()
                .map(|series| series.get(month).copied().unwrap_or(f64::NAN))
                .collect(),
        })
        .collect()
}

/// A marker at each break-even month within the horizon.
pub fn break_even_markers(report: &Report) -> Vec<Marker> {
    report
        .break_even
        .iter()
        .filter_map(|pair| {
            let month = pair.break_even_month?;
            let later = if pair.cheaper_at_start == pair.first {
                pair.second
            } else {
                pair.first
            };
            Some(Marker {
                x: f64::from(month),
                label: AttrValue::from(format!(
                    "{} {} {}",
                    en::route_name(later),
                    en::BREAKS_EVEN_WITH,
                    en::route_name(pair.cheaper_at_start)
                )),
            })
        })
        .collect()
}

/// One row per suitability factor: its contribution to each route's score.
pub fn factor_rows(decision: &Decision) -> Vec<FactorRow> {
    decision
        .suitability
        .factors
        .iter()
        .map(|factor| FactorRow {
            label: AttrValue::from(factor.label),
            contributions: RouteId::ALL
                .iter()
                .map(|route| {
                    factor
                        .contributions
                        .iter()
                        .find(|contribution| contribution.route == *route)
                        .map_or(f64::NAN, |contribution| contribution.points)
                })
                .collect(),
        })
        .collect()
}

/// One row per route: its P10-P90 total cost and its chance of being cheapest.
pub fn range_rows(decision: &Decision) -> Vec<RangeRow> {
    decision
        .uncertainty
        .routes
        .iter()
        .map(|range| RangeRow {
            label: AttrValue::from(en::route_name(range.route)),
            p10: range.p10,
            p50: range.p50,
            p90: range.p90,
            note: AttrValue::from(format!(
                "{} {} {}",
                en::CHEAPEST_IN,
                format::percent(range.probability_cheapest),
                en::OF_DRAWS
            )),
        })
        .collect()
}

/// The tornado's bars, widest first, as the engine sorted them.
pub fn tornado_rows(decision: &Decision) -> Vec<TornadoRow> {
    decision
        .uncertainty
        .tornado
        .bars
        .iter()
        .map(|bar| TornadoRow {
            label: AttrValue::from(bar.label),
            low_value: bar.difference_at_low,
            high_value: bar.difference_at_high,
            low_label: AttrValue::from(format!("×{}", format::number(bar.low))),
            high_label: AttrValue::from(format!("×{}", format::number(bar.high))),
        })
        .collect()
}

/// Every assumption the report used, with how to edit it where the profile
/// holds it as a number.
pub fn assumption_rows(state: &AppState) -> Vec<AssumptionRow> {
    thread_local! {
        static DEFAULTS: Value = Profile::default().to_value();
    }
    DEFAULTS.with(|defaults| assumption_rows_against(state, defaults))
}

fn assumption_rows_against(state: &AppState, defaults: &Value) -> Vec<AssumptionRow> {
    state
        .report
        .assumptions
        .iter()
        .map(|used| {
            let path: &str = &used.path;
            let default = Profile::value_at(defaults, path);
            let editable = match default {
                Some(Value::Number(number)) if number.is_u64() => Some(FieldKind::WholeNumber),
                Some(Value::Number(_)) => Some(FieldKind::Number),
                _ => None,
            };
            let draft = state.drafts.get(path);
            let value_text = match (draft, editable, &used.value) {
                (Some(draft), Some(_), _) => draft.text.clone(),
                (None, Some(_), _) => profile_text(&state.profile_json, path),
                // Rows edited in the form (catalog choices, overrides) show the value used.
                (_, None, AssumptionValue::Number(number)) => format::number(*number),
                (_, None, AssumptionValue::Text(text)) => text.clone(),
            };
            AssumptionRow {
                path: AttrValue::from(path.to_owned()),
                label: AttrValue::from(en::path_label(path)),
                value_text: AttrValue::from(value_text),
                unit: AttrValue::from(used.unit.to_string()),
                source: AttrValue::from(used.source.to_string()),
                as_of: AttrValue::from(used.as_of.to_string()),
                unverified: used.unverified,
                editable,
                overridden: editable.is_some()
                    && Profile::value_at(&state.profile_json, path) != default,
                error: draft
                    .filter(|_| editable.is_some())
                    .and_then(|draft| draft.error.as_ref())
                    .map(|error| AttrValue::from(error.to_string())),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn bars_and_lines_carry_the_reports_figures() {
        let report = engine::evaluate(&engine::Profile::default());
        let bars = cost_bars(&report);
        assert_eq!(bars.len(), 3);
        for (bar, route) in bars.iter().zip(&report.routes) {
            assert_eq!(bar.values.len(), category_series().len());
            let sum: f64 = bar.values.iter().sum();
            assert!((sum - route.totals.total()).abs() < 1e-6 * sum.max(1.0));
        }
        let points = cumulative_points(&report);
        assert_eq!(points.len(), report.horizon_months as usize);
        let last = points
            .last()
            .map(|point| point.values.clone())
            .unwrap_or_default();
        for (value, route) in last.iter().zip(&report.routes) {
            assert!((value - route.total_cost.unwrap_or_default()).abs() < 1e-3 * value.max(1.0));
        }
    }
}
