//! Cumulative cost over the months, one line per route, with the break-even
//! points marked.

use engine::text::Words;
use yew::prelude::*;

use super::frame::{self, Frame};
use super::scale::{self, extent, px, Axis, BOTTOM_AXIS_H, FONT};
use super::{LinePoint, Marker, NumberFormat, Series};
use crate::format;

#[derive(Properties, PartialEq)]
pub struct LineChartProps {
    /// Unique on the page; the base of the chart's element ids.
    pub id: AttrValue,
    pub title: AttrValue,
    /// The y axis' unit, such as "USD, cumulative".
    pub unit: AttrValue,
    /// The x axis' name ("Month" in the reader's language when not given).
    #[prop_or_default]
    pub x_label: Option<AttrValue>,
    #[prop_or_default]
    pub format: NumberFormat,
    /// One line per series.
    pub series: Vec<Series>,
    /// In order of x; `values` follow `series`. A non-finite value breaks
    /// its line.
    pub points: Vec<LinePoint>,
    /// Vertical markers, such as break-even months.
    #[prop_or_default]
    pub markers: Vec<Marker>,
    /// Replaces the generated text summary.
    #[prop_or_default]
    pub summary: Option<AttrValue>,
}

/// Rows of marker labels above the plot before they repeat (and may overlap).
const MARKER_ROWS: usize = 3;
const MARKER_ROW_H: f64 = 15.0;

#[function_component(LineChart)]
pub fn line_chart(props: &LineChartProps) -> Html {
    let words = crate::hooks::use_words();
    let node = use_node_ref();
    let width = scale::use_width(&node);
    let format = props.format;
    let xs = extent(props.points.iter().map(|point| point.x));
    let ys = extent(
        props
            .points
            .iter()
            .flat_map(|point| point.values.iter().copied()),
    );

    let drawing = xs.map(|(x_lo, x_hi)| {
        let markers: Vec<&Marker> = props
            .markers
            .iter()
            // A marker outside the data would sit on the edge, misplaced: the
            // table still lists it.
            .filter(|marker| marker.x >= x_lo && marker.x <= x_hi)
            .collect();
        let top = FONT + 10.0 + markers.len().min(MARKER_ROWS) as f64 * MARKER_ROW_H;
        let bottom = top + (width * 0.5).clamp(160.0, 300.0);
        let (y_lo, y_hi) = ys.unwrap_or((0.0, 0.0));
        // Costs are read from zero, so the y axis always includes it.
        let y_axis = Axis::vertical(y_lo.min(0.0), y_hi.max(0.0), bottom, top, format);
        let left = y_axis.label_width() + 16.0;
        let mut x_axis = Axis::horizontal(x_lo, x_hi, left - 10.0, width - 4.0, NumberFormat::Plain(engine::text::format::Numbers::ENGLISH));
        // Months are whole: leave fractional ticks unlabelled.
        for (value, text) in &mut x_axis.ticks {
            if value.fract() != 0.0 {
                text.clear();
            }
        }
        let (plot_left, plot_right) = x_axis.scale.range();

        let lines = props.series.iter().enumerate().map(|(index, series)| {
            let mut path = String::new();
            let mut dots = Vec::new();
            let mut run = 0;
            for point in &props.points {
                let y = point.values.get(index).copied().unwrap_or(f64::NAN);
                if !(y.is_finite() && point.x.is_finite()) {
                    run = 0;
                    continue;
                }
                let (x, y) = (x_axis.scale.map(point.x), y_axis.scale.map(y));
                path.push_str(if run == 0 { "M" } else { "L" });
                path.push_str(&format!("{} {} ", px(x), px(y)));
                run += 1;
                dots.push((x, y, run));
            }
            // A point with no neighbour draws no line: show it as a dot.
            let lone = dots.iter().enumerate().filter(|(at, (_, _, run))| {
                *run == 1 && dots.get(at + 1).is_none_or(|next| next.2 == 1)
            });
            html! {
                <g class={classes!("chart__series", series.css_class.to_string())}>
                    <path class="chart__line" d={path} />
                    { for lone.map(|(_, (x, y, _))| html! { <circle class="chart__dot" cx={px(*x)} cy={px(*y)} r="3" /> }) }
                </g>
            }
        });

        let marker_marks = markers.iter().enumerate().map(|(index, marker)| {
            let x = x_axis.scale.map(marker.x);
            let y = FONT + 10.0 + (index % MARKER_ROWS) as f64 * MARKER_ROW_H + FONT - 2.0;
            // Label on the side with more room.
            let right_side = x < (plot_left + plot_right) / 2.0;
            let room = if right_side { width - x - 6.0 } else { x - 6.0 };
            let (label_x, anchor) = if right_side { (x + 4.0, "start") } else { (x - 4.0, "end") };
            html! {
                <g class="chart__marker">
                    <line x1={px(x)} x2={px(x)} y1={px(y - FONT + 2.0)} y2={px(bottom)} />
                    <text x={px(label_x)} y={px(y)} text-anchor={anchor}>{ scale::fit(&marker.label, room) }</text>
                </g>
            }
        });

        let content = html! {
            <>
                <text class="chart__unit" x="0" y={px(FONT)}>{ &props.unit }</text>
                { y_axis.horizontal_grid(plot_left, plot_right) }
                { x_axis.bottom_axis(bottom, bottom + 4.0, plot_left, plot_right, &x_label(words, props)) }
                <line class="chart__axis" x1={px(plot_left)} x2={px(plot_right)} y1={px(bottom)} y2={px(bottom)} />
                { for marker_marks }
                { for lines }
            </>
        };
        (width, bottom + 4.0 + BOTTOM_AXIS_H, content)
    });

    let mut headers = vec![x_label(words, props)];
    headers.extend(props.series.iter().map(|series| series.label.clone()));
    let rows = props
        .points
        .iter()
        .map(|point| {
            let mut row = vec![format::number(point.x)];
            row.extend(frame::value_cells(
                &point.values,
                props.series.len(),
                format,
            ));
            row
        })
        .collect();
    let marker_rows: Vec<Vec<String>> = props
        .markers
        .iter()
        .map(|marker| vec![format::number(marker.x), marker.label.to_string()])
        .collect();
    let table = html! {
        <>
            { frame::table(&props.title, headers, rows) }
            if !marker_rows.is_empty() {
                { frame::table(words.chart_markers_caption(), vec![x_label(words, props), AttrValue::Static(words.chart_marker())], marker_rows) }
            }
        </>
    };

    frame::figure(
        words,
        Frame {
            id: &props.id,
            title: &props.title,
            summary: frame::summary_text(&props.summary, || summary(words, props)),
            node,
            legend: frame::legend_of(&props.series),
            drawing,
            table,
        },
    )
}

/// The x axis' name: as given, or "Month".
fn x_label(words: Words, props: &LineChartProps) -> AttrValue {
    props
        .x_label
        .clone()
        .unwrap_or(AttrValue::Static(words.chart_month()))
}

/// Where the lines end: the highest and lowest series at the last x that has
/// a finite value, then the markers.
fn summary(words: Words, props: &LineChartProps) -> String {
    let last = props
        .points
        .iter()
        .filter(|point| point.x.is_finite() && point.values.iter().any(|value| value.is_finite()))
        .max_by(|a, b| a.x.total_cmp(&b.x));
    let ends = last.map(|point| {
        let finite = || {
            point
                .values
                .iter()
                .zip(&props.series)
                .filter(|(value, _)| value.is_finite())
        };
        let high = finite().max_by(|a, b| a.0.total_cmp(b.0));
        let low = finite().min_by(|a, b| a.0.total_cmp(b.0));
        (point.x, high.zip(low))
    });
    let mut text = match ends {
        Some((x, Some(((high, high_series), (low, low_series))))) => frame::fill(
            words.chart_line_summary(),
            &[
                ("x", &format::number(x)),
                ("high_label", &high_series.label),
                ("high", &props.format.full(*high)),
                ("low_label", &low_series.label),
                ("low", &props.format.full(*low)),
            ],
        ),
        _ => words.chart_no_data().to_owned(),
    };
    if !props.markers.is_empty() {
        let markers: Vec<String> = props
            .markers
            .iter()
            .map(|marker| words.marker_at(&marker.label, &x_label(words, props), marker.x))
            .collect();
        text.push(' ');
        text.push_str(&frame::fill(
            words.chart_line_markers(),
            &[("markers", &markers.join("; "))],
        ));
    }
    text
}
