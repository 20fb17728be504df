//! Uncertainty per route: a bar from P10 to P90 with a tick at P50, and a
//! note per row (such as how often the route was the cheapest).

use engine::text::Words;
use yew::prelude::*;

use super::frame::{self, Frame};
use super::scale::{self, extent, px, Axis, BOTTOM_AXIS_H, FONT};
use super::{NumberFormat, RangeRow, Series};

#[derive(Properties, PartialEq)]
pub struct RangeChartProps {
    /// Unique on the page; the base of the chart's element ids.
    pub id: AttrValue,
    pub title: AttrValue,
    /// The value axis' unit, such as "USD over 36 months".
    pub unit: AttrValue,
    #[prop_or_default]
    pub format: NumberFormat,
    /// One row per route, coloured like the routes in the other charts
    /// (row n gets series colour n).
    pub rows: Vec<RangeRow>,
    /// Replaces the generated text summary.
    #[prop_or_default]
    pub summary: Option<AttrValue>,
}

const LABEL_H: f64 = 18.0;
const BAR_H: f64 = 12.0;
const TICK_H: f64 = 22.0;
const NOTE_H: f64 = 16.0;
const ROW_H: f64 = LABEL_H + TICK_H + NOTE_H + 10.0;

#[function_component(RangeChart)]
pub fn range_chart(props: &RangeChartProps) -> Html {
    let words = crate::hooks::use_words();
    let node = use_node_ref();
    let width = scale::use_width(&node);
    let format = props.format;

    let drawing = (!props.rows.is_empty()).then(|| {
        let (lo, hi) = extent(props.rows.iter().flat_map(|row| [row.p10, row.p50, row.p90]))
            .unwrap_or((0.0, 0.0));
        let axis = Axis::horizontal(lo, hi, 4.0, width - 4.0, format);
        let bottom = props.rows.len() as f64 * ROW_H;
        let rows = props.rows.iter().enumerate().map(|(index, row)| {
            let top = index as f64 * ROW_H;
            let class = Series::nth("", index).css_class.to_string();
            let middle = top + LABEL_H + TICK_H / 2.0;
            // The band needs both ends; the ends may come in either order.
            let band = (row.p10.is_finite() && row.p90.is_finite()).then(|| {
                let (x0, x1) = (axis.scale.map(row.p10.min(row.p90)), axis.scale.map(row.p10.max(row.p90)));
                html! { <rect class="chart__band" x={px(x0)} y={px(middle - BAR_H / 2.0)} width={px(x1 - x0)} height={px(BAR_H)} rx="3" /> }
            });
            let tick = row.p50.is_finite().then(|| {
                let x = axis.scale.map(row.p50);
                html! { <rect class="chart__median" x={px(x - 2.0)} y={px(middle - TICK_H / 2.0)} width="4" height={px(TICK_H)} rx="1" /> }
            });
            html! {
                <g class={classes!("chart__row", class)}>
                    { scale::label_line(top + FONT + 1.0, &row.label, &format.short(row.p50), width, "chart__label") }
                    { band }
                    { tick }
                    { scale::label_line(top + LABEL_H + TICK_H + FONT, &row.note, "", width, "chart__note") }
                </g>
            }
        });
        let content = html! {
            <>
                { axis.bottom_axis(LABEL_H, bottom + 4.0, 0.0, width, &props.unit) }
                { for rows }
            </>
        };
        (width, bottom + 4.0 + BOTTOM_AXIS_H, content)
    });

    let headers = [
        words.chart_route(),
        words.chart_p10(),
        words.chart_p50(),
        words.chart_p90(),
        words.chart_note(),
    ]
    .into_iter()
    .map(AttrValue::Static)
    .collect();
    let rows = props
        .rows
        .iter()
        .map(|row| {
            vec![
                row.label.to_string(),
                format.full(row.p10),
                format.full(row.p50),
                format.full(row.p90),
                row.note.to_string(),
            ]
        })
        .collect();

    frame::figure(
        words,
        Frame {
            id: &props.id,
            title: &props.title,
            summary: frame::summary_text(&props.summary, || summary(words, props)),
            node,
            legend: vec![(
                AttrValue::Static(words.chart_range_legend()),
                AttrValue::Static("chart__swatch--range"),
            )],
            drawing,
            table: frame::table(&props.title, headers, rows),
        },
    )
}

/// The row with the lowest median.
fn summary(words: Words, props: &RangeChartProps) -> String {
    let lowest = props
        .rows
        .iter()
        .filter(|row| row.p50.is_finite())
        .min_by(|a, b| a.p50.total_cmp(&b.p50));
    frame::summary_or_empty(
        words,
        lowest.map(|row| {
            frame::fill(
                words.chart_range_summary(),
                &[
                    ("label", &row.label),
                    ("p10", &props.format.full(row.p10)),
                    ("p50", &props.format.full(row.p50)),
                    ("p90", &props.format.full(row.p90)),
                ],
            )
        }),
    )
}
