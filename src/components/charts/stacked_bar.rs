//! Total cost per route, stacked by category, as horizontal bars.

use engine::text::Words;
use yew::prelude::*;

use super::frame::{self, Frame};
use super::scale::{self, px, Axis, BOTTOM_AXIS_H, FONT};
use super::{NumberFormat, Series, StackedBar};

#[derive(Properties, PartialEq)]
pub struct StackedBarChartProps {
    /// Unique on the page; the base of the chart's element ids.
    pub id: AttrValue,
    pub title: AttrValue,
    /// The value axis' unit, such as "USD over 36 months".
    pub unit: AttrValue,
    #[prop_or_default]
    pub format: NumberFormat,
    /// The categories, in stacking order (left to right).
    pub series: Vec<Series>,
    /// One bar per route; `values` follow `series`.
    pub bars: Vec<StackedBar>,
    /// Replaces the generated text summary.
    #[prop_or_default]
    pub summary: Option<AttrValue>,
}

const LABEL_H: f64 = 18.0;
const BAR_H: f64 = 18.0;
const ROW_H: f64 = LABEL_H + BAR_H + 14.0;

/// The sum of a bar's finite values (what the table and label show).
fn total(bar: &StackedBar) -> f64 {
    bar.values.iter().filter(|value| value.is_finite()).sum()
}

/// Bars drawn from zero to the right: negative and non-finite parts are left
/// out of the drawing (they still show in the table).
fn drawn(value: f64) -> f64 {
    if value.is_finite() && value > 0.0 {
        value
    } else {
        0.0
    }
}

#[function_component(StackedBarChart)]
pub fn stacked_bar_chart(props: &StackedBarChartProps) -> Html {
    let words = crate::hooks::use_words();
    let node = use_node_ref();
    let width = scale::use_width(&node);
    let format = props.format;

    let drawing = (!props.bars.is_empty()).then(|| {
        let longest = props
            .bars
            .iter()
            .map(|bar| bar.values.iter().copied().map(drawn).sum::<f64>())
            .fold(0.0, f64::max);
        let axis = Axis::horizontal(0.0, longest, 4.0, width - 4.0, format);
        let bottom = props.bars.len() as f64 * ROW_H;
        let rows = props.bars.iter().enumerate().map(|(index, bar)| {
            let top = index as f64 * ROW_H;
            let mut start = 0.0;
            let segments = bar.values.iter().zip(&props.series).map(|(value, series)| {
                let x0 = axis.scale.map(start);
                start += drawn(*value);
                let x1 = axis.scale.map(start);
                html! {
                    <rect class={classes!("chart__bar", series.css_class.to_string())}
                        x={px(x0)} y={px(top + LABEL_H)} width={px(x1 - x0)} height={px(BAR_H)}>
                        <title>{ format!("{}: {}", series.label, format.full(*value)) }</title>
                    </rect>
                }
            });
            html! {
                <g class="chart__row">
                    { scale::label_line(top + FONT + 1.0, &bar.label, &format.short(total(bar)), width, "chart__label") }
                    { for segments }
                </g>
            }
        });
        let content = html! {
            <>
                { axis.bottom_axis(LABEL_H, bottom, 0.0, width, &props.unit) }
                { for rows }
            </>
        };
        (width, bottom + BOTTOM_AXIS_H, content)
    });

    let mut headers = vec![AttrValue::Static(words.chart_route())];
    headers.extend(props.series.iter().map(|series| series.label.clone()));
    headers.push(AttrValue::Static(words.chart_total()));
    let rows = props
        .bars
        .iter()
        .map(|bar| {
            let mut row = vec![bar.label.to_string()];
            row.extend(frame::value_cells(&bar.values, props.series.len(), format));
            row.push(format.full(total(bar)));
            row
        })
        .collect();

    frame::figure(
        words,
        Frame {
            id: &props.id,
            title: &props.title,
            summary: frame::summary_text(&props.summary, || summary(words, &props.bars, format)),
            node,
            legend: frame::legend_of(&props.series),
            drawing,
            table: frame::table(&props.title, headers, rows),
        },
    )
}

fn summary(words: Words, bars: &[StackedBar], format: NumberFormat) -> String {
    let totals = bars.iter().map(|bar| (bar, total(bar)));
    let high = totals.clone().max_by(|a, b| a.1.total_cmp(&b.1));
    let low = totals.min_by(|a, b| a.1.total_cmp(&b.1));
    frame::summary_or_empty(
        words,
        high.zip(low).map(|((high, high_total), (low, low_total))| {
            frame::fill(
                words.chart_stacked_summary(),
                &[
                    ("high_label", &high.label),
                    ("high", &format.full(high_total)),
                    ("low_label", &low.label),
                    ("low", &format.full(low_total)),
                ],
            )
        }),
    )
}
