//! The geometry every chart shares: linear scales, value axes with ticks that
//! fit their labels, text measuring, and the width of the chart's container.
//!
//! Charts draw in CSS pixels: the SVG's viewBox is as wide as its container,
//! so 12-unit text is 12 px on a 360 px phone and on a desktop alike, and the
//! number of ticks follows the width instead of the text shrinking.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::NumberFormat;
use crate::format;

/// Font size of chart text, in px (style/charts.css sets the same).
pub const FONT: f64 = 12.0;
/// Average width of a character at [`FONT`]: a safe estimate for digits and
/// Latin text, used to keep labels from overlapping.
pub const CHAR_WIDTH: f64 = 7.0;
/// Room under a plot for [`Axis::bottom_axis`]: tick labels and the unit.
pub const BOTTOM_AXIS_H: f64 = 2.0 * FONT + 22.0;
/// Width a chart draws at before its container has been measured.
pub const DEFAULT_WIDTH: f64 = 480.0;
/// Narrowest drawing width: below this the chart scrolls rather than overlaps.
pub const MIN_WIDTH: f64 = 240.0;

/// Estimated width of `text` in px.
pub fn text_width(text: &str) -> f64 {
    text.chars().count() as f64 * CHAR_WIDTH
}

/// `text` cut to fit `max_width` px, ending in "…" when cut.
pub fn fit(text: &str, max_width: f64) -> String {
    let fits = (max_width / CHAR_WIDTH).floor().max(1.0) as usize;
    if text.chars().count() <= fits {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(fits.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

/// A coordinate for an SVG attribute (one decimal is finer than a pixel).
pub fn px(value: f64) -> String {
    let value = if value.is_finite() { value } else { 0.0 };
    format!("{value:.1}")
}

/// The smallest and largest finite values, or `None` when there are none.
pub fn extent(values: impl IntoIterator<Item = f64>) -> Option<(f64, f64)> {
    values
        .into_iter()
        .filter(|value| value.is_finite())
        .fold(None, |acc, value| match acc {
            None => Some((value, value)),
            Some((lo, hi)) => Some((value.min(lo), value.max(hi))),
        })
}

/// A linear map from a domain of values to a range of pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    domain: (f64, f64),
    range: (f64, f64),
}

impl Scale {
    pub fn new(domain: (f64, f64), range: (f64, f64)) -> Self {
        Scale { domain, range }
    }

    /// The pixels the scale maps onto.
    pub fn range(&self) -> (f64, f64) {
        self.range
    }

    /// The pixel for `value`, kept inside the range. An empty or non-finite
    /// domain, or a non-finite value, maps to the range's start rather than
    /// dividing by zero.
    pub fn map(&self, value: f64) -> f64 {
        let (d0, d1) = self.domain;
        let (r0, r1) = self.range;
        let span = d1 - d0;
        if !(span.is_finite() && span != 0.0 && value.is_finite()) {
            return r0;
        }
        let t = ((value - d0) / span).clamp(0.0, 1.0);
        r0 + t * (r1 - r0)
    }
}

/// A value axis: its scale and its ticks with their labels (a label may be
/// empty when ticks are too close to label them all).
#[derive(Clone, Debug, PartialEq)]
pub struct Axis {
    pub scale: Scale,
    pub ticks: Vec<(f64, String)>,
}

impl Axis {
    /// A horizontal axis for values from `lo` to `hi` between `left` and
    /// `right` px, with as many ticks as fit their labels side by side.
    pub fn horizontal(lo: f64, hi: f64, left: f64, right: f64, format: NumberFormat) -> Self {
        let width = (right - left).max(1.0);
        // Start from as many ticks as labels as wide as the ends' would fit,
        // then drop ticks until the real labels do.
        let guess = text_width(&format.short(lo)).max(text_width(&format.short(hi))) + 40.0;
        let mut target = (width / guess + 1.0).clamp(2.0, 10.0) as usize;
        loop {
            let ticks = labelled(format::nice_ticks(lo, hi, target), format);
            let first = ticks.first().map_or(0.0, |(_, text)| text_width(text));
            let last = ticks.last().map_or(0.0, |(_, text)| text_width(text));
            // Leave half of the end labels' width inside the box.
            let start = left + first / 2.0;
            let end = (right - last / 2.0).max(start + 1.0);
            let gaps = ticks.len().saturating_sub(1).max(1) as f64;
            let spacing = (end - start) / gaps;
            let widest = ticks
                .iter()
                .map(|(_, text)| text_width(text))
                .fold(0.0, f64::max);
            if spacing >= widest + 16.0 || target <= 2 {
                let mut axis = Axis::spanning(ticks, start, end);
                axis.thin_labels(spacing, widest + 16.0);
                return axis;
            }
            target -= 1;
        }
    }

    /// A vertical axis for values from `lo` to `hi`, `bottom` px to `top` px,
    /// with a tick every 40 px or so.
    pub fn vertical(lo: f64, hi: f64, bottom: f64, top: f64, format: NumberFormat) -> Self {
        let target = ((bottom - top).abs() / 40.0).clamp(2.0, 8.0) as usize;
        let ticks = labelled(format::nice_ticks(lo, hi, target), format);
        Axis::spanning(ticks, bottom, top)
    }

    /// Widest tick label, in px.
    pub fn label_width(&self) -> f64 {
        self.ticks
            .iter()
            .map(|(_, text)| text_width(text))
            .fold(0.0, f64::max)
    }

    /// Vertical grid lines from `top` to `bottom` with labels under them.
    pub fn vertical_grid(&self, top: f64, bottom: f64) -> Html {
        self.ticks
            .iter()
            .map(|(value, text)| {
                let x = px(self.scale.map(*value));
                let zero = *value == 0.0;
                html! {
                    <g class="chart__tick">
                        <line class={classes!("chart__grid", zero.then_some("chart__grid--zero"))}
                            x1={x.clone()} x2={x.clone()} y1={px(top)} y2={px(bottom)} />
                        <text x={x} y={px(bottom + FONT + 4.0)} text-anchor="middle">{ text }</text>
                    </g>
                }
            })
            .collect()
    }

    /// [`Axis::vertical_grid`], then the axis' `unit` centred between `left`
    /// and `right` under the labels; [`BOTTOM_AXIS_H`] high below `bottom`.
    pub fn bottom_axis(&self, top: f64, bottom: f64, left: f64, right: f64, unit: &str) -> Html {
        html! {
            <>
                { self.vertical_grid(top, bottom) }
                <text class="chart__unit" x={px((left + right) / 2.0)} y={px(bottom + 2.0 * FONT + 16.0)} text-anchor="middle">{ unit }</text>
            </>
        }
    }

    /// Horizontal grid lines from `left` to `right` with labels left of them.
    pub fn horizontal_grid(&self, left: f64, right: f64) -> Html {
        self.ticks
            .iter()
            .map(|(value, text)| {
                let y = self.scale.map(*value);
                let zero = *value == 0.0;
                html! {
                    <g class="chart__tick">
                        <line class={classes!("chart__grid", zero.then_some("chart__grid--zero"))}
                            x1={px(left)} x2={px(right)} y1={px(y)} y2={px(y)} />
                        <text x={px(left - 6.0)} y={px(y + FONT / 3.0)} text-anchor="end">{ text }</text>
                    </g>
                }
            })
            .collect()
    }

    fn spanning(ticks: Vec<(f64, String)>, from: f64, to: f64) -> Self {
        let lo = ticks.first().map_or(0.0, |(value, _)| *value);
        let hi = ticks.last().map_or(1.0, |(value, _)| *value);
        Axis {
            scale: Scale::new((lo, hi), (from, to)),
            ticks,
        }
    }

    /// Blanks every other label (or more) when `spacing` is under `needed`,
    /// always keeping the first.
    fn thin_labels(&mut self, spacing: f64, needed: f64) {
        if spacing >= needed || spacing <= 0.0 {
            return;
        }
        let every = (needed / spacing).ceil().max(1.0) as usize;
        for (index, (_, text)) in self.ticks.iter_mut().enumerate() {
            if index % every != 0 {
                text.clear();
            }
        }
    }
}

/// One text line over a row: `left` (the row's name) from x = 0, cut so that
/// it never runs into `right` (a figure), which ends at `width`.
pub fn label_line(y: f64, left: &str, right: &str, width: f64, class: &'static str) -> Html {
    let right_width = if right.is_empty() {
        0.0
    } else {
        text_width(right) + 12.0
    };
    html! {
        <>
            <text class={class} x="0" y={px(y)}>{ fit(left, width - right_width) }</text>
            if !right.is_empty() {
                <text class={class} x={px(width)} y={px(y)} text-anchor="end">{ right }</text>
            }
        </>
    }
}

fn labelled(ticks: Vec<f64>, format: NumberFormat) -> Vec<(f64, String)> {
    ticks
        .into_iter()
        .map(|tick| (tick, format.short(tick)))
        .collect()
}

/// The width of the element behind `node`, in CSS px, kept up to date when
/// the window is resized; [`DEFAULT_WIDTH`] until it has been measured.
#[hook]
pub fn use_width(node: &NodeRef) -> f64 {
    let width = use_state_eq(|| DEFAULT_WIDTH);
    {
        let node = node.clone();
        let width = width.clone();
        use_effect_with((), move |_| {
            let measure = move || {
                if let Some(element) = node.cast::<web_sys::Element>() {
                    // 0 means not laid out (a hidden tab): keep the last width.
                    let measured = element.client_width();
                    if measured > 0 {
                        width.set(f64::from(measured).max(MIN_WIDTH));
                    }
                }
            };
            measure();
            let listener = Closure::<dyn Fn()>::new(measure);
            let window = web_sys::window();
            if let Some(window) = &window {
                let _ = window
                    .add_event_listener_with_callback("resize", listener.as_ref().unchecked_ref());
            }
            move || {
                if let Some(window) = window {
                    let _ = window.remove_event_listener_with_callback(
                        "resize",
                        listener.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }
    *width
}
