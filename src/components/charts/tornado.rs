//! Sensitivity: for each input, the result with the input at its low and at
//! its high setting, as bars either side of the baseline result.

use engine::text::Words;
use yew::prelude::*;

use super::frame::{self, Frame};
use super::scale::{self, extent, px, Axis, BOTTOM_AXIS_H, FONT};
use super::{NumberFormat, TornadoRow};

#[derive(Properties, PartialEq)]
pub struct TornadoChartProps {
    /// Unique on the page; the base of the chart's element ids.
    pub id: AttrValue,
    pub title: AttrValue,
    /// The value axis' unit, such as "USD over 36 months".
    pub unit: AttrValue,
    #[prop_or_default]
    pub format: NumberFormat,
    /// The result with every input at its base value.
    pub baseline: f64,
    /// One row per input, drawn in the given order (sorted by swing).
    pub rows: Vec<TornadoRow>,
    /// Replaces the generated text summary.
    #[prop_or_default]
    pub summary: Option<AttrValue>,
}

const TOP: f64 = FONT + 8.0;
const LABEL_H: f64 = 18.0;
const BAR_H: f64 = 16.0;
const NOTE_H: f64 = 16.0;
const ROW_H: f64 = LABEL_H + BAR_H + NOTE_H + 10.0;
const LOW_CLASS: &str = "chart-series-1";
const HIGH_CLASS: &str = "chart-series-2";

#[function_component(TornadoChart)]
pub fn tornado_chart(props: &TornadoChartProps) -> Html {
    let words = crate::hooks::use_words();
    let node = use_node_ref();
    let width = scale::use_width(&node);
    let format = props.format;

    let drawing = (!props.rows.is_empty()).then(|| {
        let values = props.rows.iter().flat_map(|row| [row.low_value, row.high_value]);
        let (lo, hi) = extent(values.chain([props.baseline])).unwrap_or((0.0, 0.0));
        let axis = Axis::horizontal(lo, hi, 4.0, width - 4.0, format);
        // A missing baseline draws the bars from the axis' left end.
        let base = axis.scale.map(props.baseline);
        let bottom = TOP + props.rows.len() as f64 * ROW_H;
        let bar = |top: f64, value: f64, class: &'static str| {
            value.is_finite().then(|| {
                let end = axis.scale.map(value);
                html! {
                    <rect class={classes!("chart__bar", class)} x={px(base.min(end))} y={px(top + LABEL_H)}
                        width={px((end - base).abs())} height={px(BAR_H)} />
                }
            })
        };
        let half = width / 2.0 - 8.0;
        let rows = props.rows.iter().enumerate().map(|(index, row)| {
            let top = TOP + index as f64 * ROW_H;
            let note_y = top + LABEL_H + BAR_H + FONT + 2.0;
            let low = words.labelled(&row.low_label, &format.short(row.low_value));
            let high = words.labelled(&row.high_label, &format.short(row.high_value));
            html! {
                <g class="chart__row">
                    { scale::label_line(top + FONT + 1.0, &row.label, "", width, "chart__label") }
                    { bar(top, row.low_value, LOW_CLASS) }
                    { bar(top, row.high_value, HIGH_CLASS) }
                    <text class="chart__note" x="0" y={px(note_y)}>{ scale::fit(&low, half) }</text>
                    <text class="chart__note" x={px(width)} y={px(note_y)} text-anchor="end">{ scale::fit(&high, half) }</text>
                </g>
            }
        });
        let baseline_text = format!("{} {}", words.chart_baseline(), format.short(props.baseline));
        let anchor = if base > width / 2.0 { "end" } else { "start" };
        let content = html! {
            <>
                { axis.bottom_axis(TOP, bottom + 4.0, 0.0, width, &props.unit) }
                <line class="chart__baseline" x1={px(base)} x2={px(base)} y1={px(TOP - 4.0)} y2={px(bottom + 4.0)} />
                <text class="chart__note" x={px(base)} y={px(FONT)} text-anchor={anchor}>{ baseline_text }</text>
                { for rows }
            </>
        };
        (width, bottom + 4.0 + BOTTOM_AXIS_H, content)
    });

    let headers = [
        words.chart_input(),
        words.chart_low_setting(),
        words.chart_at_low(),
        words.chart_high_setting(),
        words.chart_at_high(),
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
                row.low_label.to_string(),
                format.full(row.low_value),
                row.high_label.to_string(),
                format.full(row.high_value),
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
            legend: vec![
                (
                    AttrValue::Static(words.chart_low_setting()),
                    AttrValue::Static(LOW_CLASS),
                ),
                (
                    AttrValue::Static(words.chart_high_setting()),
                    AttrValue::Static(HIGH_CLASS),
                ),
            ],
            drawing,
            table: frame::table(&props.title, headers, rows),
        },
    )
}

/// The input with the widest swing (rows are usually sorted already).
fn summary(words: Words, props: &TornadoChartProps) -> String {
    let swing = |row: &TornadoRow| (row.high_value - row.low_value).abs();
    let widest = props
        .rows
        .iter()
        .filter(|row| swing(row).is_finite())
        .max_by(|a, b| swing(a).total_cmp(&swing(b)));
    frame::summary_or_empty(
        words,
        widest.map(|row| {
            frame::fill(
                words.chart_tornado_summary(),
                &[
                    ("baseline", &props.format.full(props.baseline)),
                    ("label", &row.label),
                    ("low", &props.format.full(row.low_value)),
                    ("high", &props.format.full(row.high_value)),
                ],
            )
        }),
    )
}
