//! Charts as hand-written SVG function components.
//!
//! Every chart takes plain view-model props (the types below, not engine
//! types), so the page maps its report onto them and the charts can be reused.
//! Each renders a `<figure>` with a visible title and summary, an SVG
//! (`role="img"`, labelled by both) sized to its container, an HTML legend,
//! and the same figures as a table under "Show as table".
//!
//! The charts never panic on odd data: empty lists, NaN, infinities, zeros,
//! negatives and huge values all render something readable (non-finite values
//! are left out of the drawing and show as "—" in the table).

mod factor;
mod frame;
mod line;
mod range;
pub mod scale;
mod stacked_bar;
mod tornado;

pub use factor::{FactorChart, FactorChartProps};
pub use line::{LineChart, LineChartProps};
pub use range::{RangeChart, RangeChartProps};
pub use stacked_bar::{StackedBarChart, StackedBarChartProps};
pub use tornado::{TornadoChart, TornadoChartProps};

use engine::text::format::Numbers;
use yew::AttrValue;

/// How a chart writes its values: on the axis compactly ("$1.2 M"), in the
/// table in full ("$1,234,567").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberFormat {
    /// Amounts in a currency, as the reader's language writes them.
    Money(Numbers),
    /// Plain numbers (scores, counts), as the reader's language writes them.
    Plain(Numbers),
}

impl Default for NumberFormat {
    fn default() -> Self {
        NumberFormat::Money(Numbers::ENGLISH)
    }
}

impl NumberFormat {
    /// Short text for a tick or a label inside the chart.
    pub fn short(self, value: f64) -> String {
        match self {
            NumberFormat::Money(numbers) => numbers.money_compact(value),
            NumberFormat::Plain(numbers) => numbers.compact(value),
        }
    }

    /// Full text for the table: whole units from a thousand up (cents are
    /// noise there), cents below.
    pub fn full(self, value: f64) -> String {
        match self {
            NumberFormat::Money(numbers) if value.abs() >= 1000.0 => numbers.money_whole(value),
            NumberFormat::Money(numbers) => numbers.money(value),
            NumberFormat::Plain(numbers) => numbers.number(value),
        }
    }
}

/// One series (a route, say): its name in the legend and table, and the CSS
/// class that colours it (`chart-series-1` .. `chart-series-6`, see
/// style/charts.css).
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub label: AttrValue,
    pub css_class: AttrValue,
}

impl Series {
    /// A series coloured by its position: index 0 gets `chart-series-1`, and
    /// the six colours repeat after that.
    pub fn nth(label: impl Into<AttrValue>, index: usize) -> Self {
        let class = match index % 6 {
            0 => "chart-series-1",
            1 => "chart-series-2",
            2 => "chart-series-3",
            3 => "chart-series-4",
            4 => "chart-series-5",
            _ => "chart-series-6",
        };
        Series {
            label: label.into(),
            css_class: AttrValue::Static(class),
        }
    }
}

/// One bar of a stacked bar chart: a route and its cost per category, one
/// value per series in the chart's series order.
#[derive(Clone, Debug, PartialEq)]
pub struct StackedBar {
    pub label: AttrValue,
    pub values: Vec<f64>,
}

/// One x position of a line chart (a month) with one y value per series.
#[derive(Clone, Debug, PartialEq)]
pub struct LinePoint {
    pub x: f64,
    pub values: Vec<f64>,
}

/// A vertical marker on a line chart, such as a break-even month.
#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    pub x: f64,
    pub label: AttrValue,
}

/// One row of a range chart: the 10th, 50th and 90th percentiles and a note
/// such as "cheapest in 62% of draws".
#[derive(Clone, Debug, PartialEq)]
pub struct RangeRow {
    pub label: AttrValue,
    pub p10: f64,
    pub p50: f64,
    pub p90: f64,
    pub note: AttrValue,
}

/// One input of a tornado chart: the result with the input at its low and at
/// its high setting, and how those settings read ("500 k requests").
#[derive(Clone, Debug, PartialEq)]
pub struct TornadoRow {
    pub label: AttrValue,
    pub low_value: f64,
    pub high_value: f64,
    pub low_label: AttrValue,
    pub high_label: AttrValue,
}

/// One suitability factor with its contribution to each series' score (one
/// value per series, negative against, positive for).
#[derive(Clone, Debug, PartialEq)]
pub struct FactorRow {
    pub label: AttrValue,
    pub contributions: Vec<f64>,
}
