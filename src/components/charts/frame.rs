//! What every chart wraps its drawing in: the figure with its title and
//! summary, the legend, and the table alternative.

use engine::text::Words;
use yew::prelude::*;

use super::scale::px;
use super::{NumberFormat, Series};

/// The parts of one chart, rendered by [`figure`].
pub struct Frame<'a> {
    /// Unique on the page: the base of the title's and summary's ids.
    pub id: &'a str,
    pub title: &'a str,
    pub summary: String,
    /// Measured by the chart for its width; on the drawing's box.
    pub node: NodeRef,
    /// The series to show in the legend (none for a single-colour chart).
    pub legend: Vec<(AttrValue, AttrValue)>,
    /// The SVG, or `None` when there is nothing to draw.
    pub drawing: Option<(f64, f64, Html)>,
    /// The table alternative (from [`table`]).
    pub table: Html,
}

/// Legend entries for `series`.
pub fn legend_of(series: &[Series]) -> Vec<(AttrValue, AttrValue)> {
    series
        .iter()
        .map(|series| (series.label.clone(), series.css_class.clone()))
        .collect()
}

/// The `<figure>`: title, summary, legend, drawing (labelled by the title and
/// summary), then the table under "Show as table".
pub fn figure(words: Words, frame: Frame<'_>) -> Html {
    let title_id = format!("{}-title", frame.id);
    let summary_id = format!("{}-summary", frame.id);
    let labelled_by = format!("{title_id} {summary_id}");
    // With nothing drawn, the empty message says it all; no summary.
    let has_drawing = frame.drawing.is_some();
    let drawing = match frame.drawing {
        Some((width, height, content)) => html! {
            <svg class="chart__svg" role="img" aria-labelledby={labelled_by}
                viewBox={format!("0 0 {} {}", px(width), px(height))}
                width="100%" height={px(height)} focusable="false">
                { content }
            </svg>
        },
        None => html! { <p class="chart__empty">{ words.chart_no_data() }</p> },
    };
    html! {
        <figure class="chart" id={frame.id.to_owned()}>
            <figcaption class="chart__title" id={title_id}>{ frame.title }</figcaption>
            if has_drawing {
                <p class="chart__summary" id={summary_id}>{ frame.summary }</p>
            }
            if !frame.legend.is_empty() {
                <ul class="chart__legend">
                    { for frame.legend.into_iter().map(|(label, class)| html! {
                        <li><span class={classes!("chart__swatch", class.to_string())} aria-hidden="true"></span>{ label }</li>
                    }) }
                </ul>
            }
            <div class="chart__plot" ref={frame.node}>{ drawing }</div>
            <details class="chart__details">
                <summary>{ words.chart_show_table() }</summary>
                { frame.table }
            </details>
        </figure>
    }
}

/// A table with `headers` across the top and one row per entry; each row's
/// first cell is its header.
pub fn table(caption: &str, headers: Vec<AttrValue>, rows: Vec<Vec<String>>) -> Html {
    html! {
        // Focusable and named: on a phone the table scrolls sideways, and a
        // keyboard user must be able to scroll it too.
        <div class="chart__table-wrap" tabindex="0" role="region" aria-label={caption.to_owned()}>
            <table class="chart__table">
                <caption>{ caption }</caption>
                <thead>
                    <tr>{ for headers.into_iter().map(|header| html! { <th scope="col">{ header }</th> }) }</tr>
                </thead>
                <tbody>
                    { for rows.into_iter().map(|row| {
                        let mut cells = row.into_iter();
                        html! {
                            <tr>
                                <th scope="row">{ cells.next().unwrap_or_default() }</th>
                                { for cells.map(|cell| html! { <td>{ cell }</td> }) }
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </div>
    }
}

/// One table cell per series: `values` in full, "—" where one is missing.
pub fn value_cells(
    values: &[f64],
    series: usize,
    format: NumberFormat,
) -> impl Iterator<Item = String> + '_ {
    (0..series).map(move |index| format.full(values.get(index).copied().unwrap_or(f64::NAN)))
}

/// `template` with each `{key}` replaced by its value: message templates keep
/// word order in the catalog, where a translation can change it.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut text = template.to_owned();
    for (key, value) in values {
        text = text.replace(&format!("{{{key}}}"), value);
    }
    text
}

/// The summary the page gave, or else the one the chart makes from its data.
pub fn summary_text(given: &Option<AttrValue>, make: impl FnOnce() -> String) -> String {
    given.as_ref().map_or_else(make, ToString::to_string)
}

/// The summary a chart shows when its data has nothing to summarise.
pub fn summary_or_empty(words: Words, summary: Option<String>) -> String {
    summary.unwrap_or_else(|| words.chart_no_data().to_owned())
}
