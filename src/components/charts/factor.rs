//! Suitability factor contributions per route: a diverging bar chart, grouped
//! per factor, negative to the left of zero and positive to the right.

use engine::text::Words;
use yew::prelude::*;

use super::frame::{self, Frame};
use super::scale::{self, extent, px, Axis, BOTTOM_AXIS_H, FONT};
use super::{FactorRow, NumberFormat, Series};

#[derive(Properties, PartialEq)]
pub struct FactorChartProps {
    /// Unique on the page; the base of the chart's element ids.
    pub id: AttrValue,
    pub title: AttrValue,
    /// The value axis' unit, such as "score points".
    pub unit: AttrValue,
    #[prop_or(NumberFormat::Plain(engine::text::format::Numbers::ENGLISH))]
    pub format: NumberFormat,
    /// The routes; one bar each per factor.
    pub series: Vec<Series>,
    /// One group per factor; `contributions` follow `series`.
    pub rows: Vec<FactorRow>,
    /// Replaces the generated text summary.
    #[prop_or_default]
    pub summary: Option<AttrValue>,
}

const LABEL_H: f64 = 18.0;
const BAR_H: f64 = 10.0;
const BAR_GAP: f64 = 3.0;
const ROW_GAP: f64 = 12.0;

#[function_component(FactorChart)]
pub fn factor_chart(props: &FactorChartProps) -> Html {
    let words = crate::hooks::use_words();
    let node = use_node_ref();
    let width = scale::use_width(&node);
    let format = props.format;
    let row_h = LABEL_H + props.series.len() as f64 * (BAR_H + BAR_GAP) + ROW_GAP;

    let drawing = (!props.rows.is_empty()).then(|| {
        let (lo, hi) = extent(props.rows.iter().flat_map(|row| row.contributions.iter().copied()))
            .unwrap_or((0.0, 0.0));
        // Zero is the reference of a diverging chart: always on the axis.
        let axis = Axis::horizontal(lo.min(0.0), hi.max(0.0), 4.0, width - 4.0, format);
        let zero = axis.scale.map(0.0);
        let bottom = props.rows.len() as f64 * row_h;
        let groups = props.rows.iter().enumerate().map(|(index, row)| {
            let top = index as f64 * row_h;
            let bars = row.contributions.iter().zip(&props.series).enumerate().filter(|(_, (value, _))| value.is_finite()).map(
                |(at, (value, series))| {
                    let end = axis.scale.map(*value);
                    html! {
                        <rect class={classes!("chart__bar", series.css_class.to_string())}
                            x={px(zero.min(end))} y={px(top + LABEL_H + at as f64 * (BAR_H + BAR_GAP))}
                            width={px((end - zero).abs())} height={px(BAR_H)}>
                            <title>{ format!("{}: {}", series.label, format.full(*value)) }</title>
                        </rect>
                    }
                },
            );
            html! {
                <g class="chart__row">
                    { scale::label_line(top + FONT + 1.0, &row.label, "", width, "chart__label") }
                    { for bars }
                </g>
            }
        });
        let content = html! {
            <>
                { axis.bottom_axis(LABEL_H, bottom - ROW_GAP, 0.0, width, &props.unit) }
                { for groups }
            </>
        };
        (width, bottom - ROW_GAP + BOTTOM_AXIS_H, content)
    });

    let mut headers = vec![AttrValue::Static(words.chart_factor())];
    headers.extend(props.series.iter().map(|series| series.label.clone()));
    let rows = props
        .rows
        .iter()
        .map(|row| {
            let mut cells = vec![row.label.to_string()];
            cells.extend(frame::value_cells(
                &row.contributions,
                props.series.len(),
                format,
            ));
            cells
        })
        .collect();

    frame::figure(
        words,
        Frame {
            id: &props.id,
            title: &props.title,
            summary: frame::summary_text(&props.summary, || summary(words, props)),
            node,
            legend: frame::legend_of(&props.series),
            drawing,
            table: frame::table(&props.title, headers, rows),
        },
    )
}

/// The single largest contribution, for or against.
fn summary(words: Words, props: &FactorChartProps) -> String {
    let largest = props
        .rows
        .iter()
        .flat_map(|row| {
            row.contributions
                .iter()
                .zip(&props.series)
                .map(move |(value, series)| (row, series, *value))
        })
        .filter(|(_, _, value)| value.is_finite())
        .max_by(|a, b| a.2.abs().total_cmp(&b.2.abs()));
    frame::summary_or_empty(
        words,
        largest.map(|(row, series, value)| {
            frame::fill(
                words.chart_factor_summary(),
                &[
                    ("label", &row.label),
                    ("series", &series.label),
                    ("value", &props.format.full(value)),
                ],
            )
        }),
    )
}
