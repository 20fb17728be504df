//! Reshapes the engine's report into what the charts draw. No figure is
//! computed here: every number comes from the report.

use engine::report::{Report, RouteId};
use engine::text::Words;
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
use crate::form::{display_text, profile_text};
use crate::format;
use crate::state::AppState;

/// The cost categories, in the order the stacked bars show them.
pub fn category_series(words: Words) -> Vec<Series> {
    words
        .cost_categories()
        .iter()
        .enumerate()
        .map(|(index, label)| Series::nth(*label, index))
        .collect()
}

/// One stacked bar per route: its total per category over the horizon.
pub fn cost_bars(words: Words, report: &Report) -> Vec<StackedBar> {
    report
        .routes
        .iter()
        .map(|route| {
            let totals = &route.totals;
            StackedBar {
                label: AttrValue::from(words.route_name(route.route)),
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
pub fn route_series(words: Words) -> Vec<Series> {
    RouteId::ALL
        .iter()
        .enumerate()
        .map(|(index, route)| Series::nth(words.route_name(*route), index))
        .collect()
}

/// How the cumulative chart counts bought GPUs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CostView {
    /// Purchases in the month they are paid for: when the GPUs pay back.
    #[default]
    Cash,
    /// Depreciation, as the accounts book it.
    ProfitAndLoss,
}

impl CostView {
    /// Both views, in the switch's order.
    pub const ALL: [CostView; 2] = [CostView::Cash, CostView::ProfitAndLoss];

    /// The switch's label for the view.
    pub fn label(self, words: Words) -> &'static str {
        match self {
            CostView::Cash => words.cumulative_view_cash(),
            CostView::ProfitAndLoss => words.cumulative_view_pnl(),
        }
    }

    /// The chart's title in the view.
    pub fn title(self, words: Words) -> &'static str {
        match self {
            CostView::Cash => words.cumulative_title_cash(),
            CostView::ProfitAndLoss => words.cumulative_title_pnl(),
        }
    }

    /// What the view counts, under the chart.
    pub fn note(self, words: Words) -> &'static str {
        match self {
            CostView::Cash => words.cumulative_note_cash(),
            CostView::ProfitAndLoss => words.cumulative_note_pnl(),
        }
    }
}

/// Cumulative cost (or cash) per route at the end of each month.
pub fn cumulative_points(report: &Report, view: CostView) -> Vec<LinePoint> {
    let per_route: Vec<Vec<f64>> = RouteId::ALL
        .iter()
        .map(|route| {
            report
                .route(*route)
                .map(|route| match view {
                    CostView::Cash => route.cumulative_cash(),
                    CostView::ProfitAndLoss => route.cumulative_totals(),
                })
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

/// A marker at each break-even month within the horizon, in the view's terms.
pub fn break_even_markers(words: Words, report: &Report, view: CostView) -> Vec<Marker> {
    report
        .break_even
        .iter()
        .filter_map(|pair| {
            let (month, cheaper_at_start) = match view {
                CostView::Cash => (pair.cash_break_even_month?, pair.cash_cheaper_at_start),
                CostView::ProfitAndLoss => (pair.break_even_month?, pair.cheaper_at_start),
            };
            let later = if cheaper_at_start == pair.first {
                pair.second
            } else {
                pair.first
            };
            Some(Marker {
                x: f64::from(month),
                label: AttrValue::from(words.breaks_even_with(later, cheaper_at_start)),
            })
        })
        .collect()
}

/// One row per suitability factor: its contribution to each route's score.
pub fn factor_rows(words: Words, decision: &Decision) -> Vec<FactorRow> {
    decision
        .suitability
        .factors
        .iter()
        .map(|factor| FactorRow {
            label: AttrValue::from(words.factor_label(factor.factor)),
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
pub fn range_rows(words: Words, decision: &Decision) -> Vec<RangeRow> {
    decision
        .uncertainty
        .routes
        .iter()
        .map(|range| RangeRow {
            label: AttrValue::from(words.route_name(range.route)),
            p10: range.p10,
            p50: range.p50,
            p90: range.p90,
            note: AttrValue::from(words.cheapest_in_draws(range.probability_cheapest)),
        })
        .collect()
}

/// The tornado's bars, widest first, as the engine sorted them.
pub fn tornado_rows(words: Words, decision: &Decision) -> Vec<TornadoRow> {
    decision
        .uncertainty
        .tornado
        .bars
        .iter()
        .map(|bar| TornadoRow {
            label: AttrValue::from(words.uncertain_input_label(bar.input)),
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
    DEFAULTS.with(|defaults| assumption_rows_against(state.words(), state, defaults))
}

fn assumption_rows_against(words: Words, state: &AppState, defaults: &Value) -> Vec<AssumptionRow> {
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
                (_, None, AssumptionValue::Number(number)) => format::readable(*number),
                (_, None, AssumptionValue::Catalog(value)) => words.catalog_value(value),
            };
            AssumptionRow {
                path: AttrValue::from(path.to_owned()),
                label: AttrValue::from(words.path_label(path)),
                value_text: AttrValue::from(value_text),
                unit: AttrValue::from(words.assumption_unit(used.unit)),
                source: AttrValue::from(words.assumption_source(&used.source)),
                as_of: AttrValue::from(used.as_of.to_string()),
                unverified: used.unverified,
                editable,
                overridden: editable.is_some()
                    && Profile::value_at(&state.profile_json, path) != default,
                error: draft
                    .filter(|_| editable.is_some())
                    .and_then(|draft| draft.error.as_ref())
                    .map(|error| AttrValue::from(words.field_problem(error))),
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
        let bars = cost_bars(Words::default(), &report);
        assert_eq!(bars.len(), 3);
        for (bar, route) in bars.iter().zip(&report.routes) {
            assert_eq!(bar.values.len(), category_series(Words::default()).len());
            let sum: f64 = bar.values.iter().sum();
            assert!((sum - route.totals.total()).abs() < 1e-6 * sum.max(1.0));
        }
        let pnl: fn(&engine::report::RouteReport) -> Option<f64> = |route| route.total_cost;
        let cash: fn(&engine::report::RouteReport) -> Option<f64> = |route| route.total_cash;
        for (view, total) in [(CostView::ProfitAndLoss, pnl), (CostView::Cash, cash)] {
            let points = cumulative_points(&report, view);
            assert_eq!(points.len(), report.horizon_months as usize);
            let last = points
                .last()
                .map(|point| point.values.clone())
                .unwrap_or_default();
            for (value, route) in last.iter().zip(&report.routes) {
                let expected = total(route).unwrap_or_default();
                assert!((value - expected).abs() < 1e-3 * value.max(1.0), "{view:?}");
            }
        }
    }

    #[test]
    fn an_owned_fleets_cash_line_starts_with_the_purchase() {
        // The ML platform at 2.4 billion requests a month: the owned GPUs pay
        // back against Claude Haiku 5.5 in cash (at its 300 million they never do).
        let mut profile = engine::Profile::from_json(include_str!(
            "../examples/profiles/ml-platform-high-volume.json"
        ))
        .unwrap();
        profile.workload.requests_per_month *= 8.0;
        let report = engine::evaluate(&profile);
        let hosted = RouteId::ALL
            .iter()
            .position(|route| *route == RouteId::SelfHosted)
            .unwrap();
        // Cumulative cash less cumulative P&L is the fleet's book value: never
        // negative, and millions once the GPUs are bought.
        let line = |view| -> Vec<f64> {
            cumulative_points(&report, view)
                .iter()
                .map(|point| point.values[hosted])
                .collect()
        };
        let book_values: Vec<f64> = line(CostView::Cash)
            .iter()
            .zip(line(CostView::ProfitAndLoss))
            .map(|(cash, booked)| cash - booked)
            .collect();
        assert!(
            book_values.iter().all(|value| *value > -1e-6),
            "{book_values:?}"
        );
        assert!(
            book_values.iter().any(|value| *value > 1e6),
            "{book_values:?}"
        );
        // The cash view marks where the owned GPUs pay back against the closed API.
        let pair = report
            .break_even
            .iter()
            .find(|pair| pair.second == RouteId::SelfHosted && pair.first == RouteId::ClosedApi)
            .unwrap();
        let month = pair.cash_break_even_month.unwrap();
        assert!(
            break_even_markers(Words::default(), &report, CostView::Cash)
                .iter()
                .any(|marker| marker.x == f64::from(month))
        );
    }
}

/// The scenario list as the scenario panel shows it.
pub fn scenario_items(state: &AppState) -> Vec<crate::components::scenario_panel::ScenarioItem> {
    let compared = state.library.compared();
    state
        .library
        .scenarios()
        .iter()
        .map(|scenario| crate::components::scenario_panel::ScenarioItem {
            id: AttrValue::from(scenario.id.clone()),
            name: AttrValue::from(scenario.name.clone()),
            active: state.active_scenario.as_deref() == Some(scenario.id.as_str()),
            compared: compared.contains(&scenario.id),
        })
        .collect()
}

/// Two or three scenarios side by side, as text.
#[derive(Debug, Clone, PartialEq)]
pub struct CompareTable {
    /// The scenarios' names, one column each.
    pub columns: Vec<AttrValue>,
    /// One row per route: its label, then its total in each scenario.
    pub totals: Vec<(AttrValue, Vec<AttrValue>)>,
    /// The recommended route in each scenario.
    pub recommended: Vec<AttrValue>,
    /// One row per differing input: its label and path, then each scenario's value.
    pub inputs: Vec<(AttrValue, AttrValue, Vec<AttrValue>)>,
}

pub fn compare_table(words: Words, comparison: &crate::state::Comparison) -> CompareTable {
    let scenarios = &comparison.scenarios;
    let columns = scenarios
        .iter()
        .map(|scenario| AttrValue::from(scenario.name.clone()))
        .collect();
    let totals = RouteId::ALL
        .iter()
        .map(|route| {
            let cells = scenarios
                .iter()
                .map(|scenario| {
                    let total = scenario
                        .report
                        .routes
                        .iter()
                        .find(|report| report.route == *route)
                        .and_then(|report| report.total_cost);
                    AttrValue::from(match total {
                        Some(total) => words.total_with_horizon(
                            &format::money_compact(total, scenario.report.currency),
                            f64::from(scenario.report.horizon_months),
                        ),
                        None => words.not_available().to_owned(),
                    })
                })
                .collect();
            (AttrValue::from(words.route_name(*route)), cells)
        })
        .collect();
    let recommended = scenarios
        .iter()
        .map(|scenario| {
            AttrValue::from(
                scenario
                    .recommended
                    .map_or(words.verdict_no_route(), |route| words.route_name(route)),
            )
        })
        .collect();
    let inputs = comparison
        .differing
        .iter()
        .map(|path| {
            let label = match words.field_text(path).label {
                "" => words.path_label(path),
                label => label.to_owned(),
            };
            let values = scenarios
                .iter()
                .map(|scenario| AttrValue::from(display_text(&scenario.profile_json, path)))
                .collect();
            (
                AttrValue::from(label),
                AttrValue::from(path.clone()),
                values,
            )
        })
        .collect();
    CompareTable {
        columns,
        totals,
        recommended,
        inputs,
    }
}
