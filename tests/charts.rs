//! Component tests for the charts: each chart rendered by Yew in headless
//! Chromium with sample data, then with data that could break it (empty,
//! NaN, infinities, zeros, negatives, huge values).

use engine::text::format::Numbers;
use open_or_closed::components::charts::{
    FactorChart, FactorChartProps, FactorRow, LineChart, LineChartProps, LinePoint, Marker,
    NumberFormat, RangeChart, RangeChartProps, RangeRow, Series, StackedBar, StackedBarChart,
    StackedBarChartProps, TornadoChart, TornadoChartProps, TornadoRow,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::Element;
use yew::{AttrValue, BaseComponent};

wasm_bindgen_test_configure!(run_in_browser);

const SVG_NS: &str = "http://www.w3.org/2000/svg";

fn fresh_root() -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    gloo::utils::body().append_child(&root).unwrap();
    root
}

async fn render<C: BaseComponent>(props: C::Properties) -> Element {
    let root = fresh_root();
    yew::Renderer::<C>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|index| list.item(index))
        .filter_map(|node| node.dyn_into::<Element>().ok())
        .collect()
}

fn texts(root: &Element, selector: &str) -> Vec<String> {
    all(root, selector)
        .iter()
        .map(|element| element.text_content().unwrap_or_default())
        .collect()
}

fn text_of(root: &Element, selector: &str) -> String {
    texts(root, selector).join("|")
}

/// Table body rows as their cells' text.
fn table_rows(root: &Element) -> Vec<Vec<String>> {
    all(root, ".chart__table tbody tr")
        .iter()
        .map(|row| texts(row, "th, td"))
        .collect()
}

/// The chart's title is visible and the SVG is an image labelled by the
/// title and the summary, both of which exist.
fn assert_accessible(root: &Element, title: &str) {
    assert_eq!(text_of(root, "figure > figcaption"), title);
    let svg = root.query_selector("svg").unwrap().expect("an svg");
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    assert_eq!(svg.namespace_uri().as_deref(), Some(SVG_NS));
    let labelled_by = svg.get_attribute("aria-labelledby").unwrap();
    let ids: Vec<&str> = labelled_by.split_whitespace().collect();
    assert_eq!(ids.len(), 2);
    for id in ids {
        let element = gloo::utils::document()
            .get_element_by_id(id)
            .unwrap_or_else(|| panic!("missing #{id}"));
        assert!(!element.text_content().unwrap_or_default().is_empty());
    }
    assert_eq!(text_of(root, "details > summary"), "Show as table");
}

/// No broken number made it to the page, in text or in an attribute.
fn assert_clean(root: &Element) {
    let html = root.outer_html();
    for bad in ["NaN", "inf"] {
        assert!(!html.contains(bad), "found {bad:?} in {html}");
    }
    // Scientific notation: a digit, "e", then a digit or a sign.
    let bytes = html.as_bytes();
    let exponent = bytes.windows(3).any(|w| {
        w[0].is_ascii_digit()
            && w[1] == b'e'
            && (w[2].is_ascii_digit() || w[2] == b'+' || w[2] == b'-')
    });
    assert!(!exponent, "scientific notation in {html}");
}

fn routes() -> Vec<Series> {
    ["Closed API", "Managed open-weight", "Self-hosted"]
        .into_iter()
        .enumerate()
        .map(|(index, label)| Series::nth(label, index))
        .collect()
}

fn stacked_props(bars: Vec<StackedBar>) -> StackedBarChartProps {
    StackedBarChartProps {
        id: "cost-by-category".into(),
        title: "Cost per route over 36 months".into(),
        unit: "USD over 36 months".into(),
        format: NumberFormat::Money(Numbers::ENGLISH),
        series: ["Tokens", "Compute", "People", "Quality", "Time", "Risk"]
            .into_iter()
            .enumerate()
            .map(|(index, label)| Series::nth(label, index))
            .collect(),
        bars,
        summary: None,
    }
}

fn sample_bars() -> Vec<StackedBar> {
    vec![
        StackedBar {
            label: "Closed API".into(),
            values: vec![1_850_000.0, 0.0, 120_000.0, 60_000.0, 20_000.0, 50_000.0],
        },
        StackedBar {
            label: "Managed open-weight".into(),
            values: vec![980_000.0, 0.0, 240_000.0, 110_000.0, 40_000.0, 30_000.0],
        },
        StackedBar {
            label: "Self-hosted".into(),
            values: vec![0.0, 720_000.0, 810_000.0, 110_000.0, 90_000.0, 70_000.0],
        },
    ]
}

fn line_props(points: Vec<LinePoint>, markers: Vec<Marker>) -> LineChartProps {
    LineChartProps {
        id: "cumulative-cost".into(),
        title: "Cumulative cost".into(),
        unit: "USD, cumulative".into(),
        x_label: Some("Month".into()),
        format: NumberFormat::Money(Numbers::ENGLISH),
        series: routes(),
        points,
        markers,
        summary: None,
    }
}

fn sample_points() -> Vec<LinePoint> {
    (0..=36)
        .map(|month| {
            let m = f64::from(month);
            LinePoint {
                x: m,
                values: vec![
                    58_000.0 * m,
                    20_000.0 + 38_000.0 * m,
                    400_000.0 + 30_000.0 * m,
                ],
            }
        })
        .collect()
}

fn sample_markers() -> Vec<Marker> {
    vec![
        Marker {
            x: 1.0,
            label: "Managed = Closed".into(),
        },
        Marker {
            x: 14.3,
            label: "Self-hosted = Closed".into(),
        },
        Marker {
            x: 47.5,
            label: "Self-hosted = Managed".into(),
        },
    ]
}

fn factor_props(rows: Vec<FactorRow>) -> FactorChartProps {
    FactorChartProps {
        id: "factors".into(),
        title: "What drives the suitability score".into(),
        unit: "score points".into(),
        format: NumberFormat::Plain(Numbers::ENGLISH),
        series: routes(),
        rows,
        summary: None,
    }
}

fn sample_factors() -> Vec<FactorRow> {
    [
        ("Data residency", [-0.6, 0.2, 0.8]),
        ("Frontier quality need", [0.9, 0.1, -0.3]),
        ("Team capacity", [0.3, 0.2, -0.7]),
        ("Cost at volume", [-0.4, 0.3, 0.5]),
    ]
    .into_iter()
    .map(|(label, values)| FactorRow {
        label: label.into(),
        contributions: values.to_vec(),
    })
    .collect()
}

fn range_props(rows: Vec<RangeRow>) -> RangeChartProps {
    RangeChartProps {
        id: "ranges".into(),
        title: "Total cost, P10 to P90".into(),
        unit: "USD over 36 months".into(),
        format: NumberFormat::Money(Numbers::ENGLISH),
        rows,
        summary: None,
    }
}

fn sample_ranges() -> Vec<RangeRow> {
    vec![
        RangeRow {
            label: "Closed API".into(),
            p10: 1_700_000.0,
            p50: 2_100_000.0,
            p90: 2_900_000.0,
            note: "cheapest in 12% of draws".into(),
        },
        RangeRow {
            label: "Managed open-weight".into(),
            p10: 1_150_000.0,
            p50: 1_400_000.0,
            p90: 1_800_000.0,
            note: "cheapest in 62% of draws".into(),
        },
        RangeRow {
            label: "Self-hosted".into(),
            p10: 1_200_000.0,
            p50: 1_800_000.0,
            p90: 2_600_000.0,
            note: "cheapest in 26% of draws".into(),
        },
    ]
}

fn tornado_props(baseline: f64, rows: Vec<TornadoRow>) -> TornadoChartProps {
    TornadoChartProps {
        id: "tornado".into(),
        title: "What moves the self-hosted total".into(),
        unit: "USD over 36 months".into(),
        format: NumberFormat::Money(Numbers::ENGLISH),
        baseline,
        rows,
        summary: None,
    }
}

fn tornado_row(label: &str, low: f64, high: f64, low_label: &str, high_label: &str) -> TornadoRow {
    TornadoRow {
        label: AttrValue::from(label.to_owned()),
        low_value: low,
        high_value: high,
        low_label: AttrValue::from(low_label.to_owned()),
        high_label: AttrValue::from(high_label.to_owned()),
    }
}

fn sample_tornado() -> Vec<TornadoRow> {
    vec![
        tornado_row(
            "Requests per month",
            1_300_000.0,
            2_600_000.0,
            "500 k",
            "2 M",
        ),
        tornado_row(
            "GPU hourly price",
            1_550_000.0,
            2_150_000.0,
            "$1.80",
            "$3.20",
        ),
        tornado_row(
            "Engineer salary",
            1_650_000.0,
            1_980_000.0,
            "$120 k",
            "$220 k",
        ),
        tornado_row("GPU utilisation", 1_900_000.0, 1_700_000.0, "40%", "80%"),
    ]
}

#[wasm_bindgen_test]
async fn stacked_bar_chart_draws_every_segment_and_tabulates_them() {
    let root = render::<StackedBarChart>(stacked_props(sample_bars())).await;
    assert_accessible(&root, "Cost per route over 36 months");
    // 3 routes x 6 categories.
    assert_eq!(all(&root, "rect.chart__bar").len(), 18);
    assert_eq!(all(&root, ".chart__legend li").len(), 6);
    let ticks = texts(&root, ".chart__tick text");
    assert_eq!(ticks.first().map(String::as_str), Some("$0"));
    assert!(ticks.iter().any(|tick| tick.ends_with(" M")), "{ticks:?}");
    assert!(ticks.iter().all(|tick| tick.len() <= 8), "{ticks:?}");
    // Row names with their compact totals.
    let labels = texts(&root, ".chart__label");
    assert!(labels.contains(&"Closed API".to_owned()), "{labels:?}");
    assert!(labels.contains(&"$2.1 M".to_owned()), "{labels:?}");
    assert_eq!(text_of(&root, ".chart__unit"), "USD over 36 months");
    let rows = table_rows(&root);
    assert_eq!(rows.len(), 3);
    assert_eq!(
        rows[0],
        [
            "Closed API",
            "$1,850,000",
            "$0.00",
            "$120,000",
            "$60,000",
            "$20,000",
            "$50,000",
            "$2,100,000"
        ]
    );
    let summary = text_of(&root, ".chart__summary");
    assert!(
        summary.contains("Highest total: Closed API, $2,100,000"),
        "{summary}"
    );
    assert!(
        summary.contains("Lowest total: Managed open-weight, $1,400,000"),
        "{summary}"
    );
    assert_clean(&root);
}

#[wasm_bindgen_test]
async fn line_chart_draws_one_line_per_route_and_the_markers() {
    let root = render::<LineChart>(line_props(sample_points(), sample_markers())).await;
    assert_accessible(&root, "Cumulative cost");
    assert_eq!(all(&root, "path.chart__line").len(), 3);
    // The third marker (month 47.5) lies past the data: listed, not drawn.
    assert_eq!(all(&root, ".chart__marker").len(), 2);
    let markers = texts(&root, ".chart__marker text");
    assert!(
        markers.contains(&"Self-hosted = Closed".to_owned()),
        "{markers:?}"
    );
    let units = texts(&root, ".chart__unit");
    assert_eq!(units, ["USD, cumulative", "Month"]);
    let ticks = texts(&root, ".chart__tick text");
    assert!(ticks.contains(&"$0".to_owned()), "{ticks:?}");
    assert!(ticks.iter().any(|tick| tick.ends_with(" M")), "{ticks:?}");
    assert!(ticks.contains(&"0".to_owned()), "{ticks:?}");
    assert!(
        !ticks
            .iter()
            .any(|tick| tick.contains('.') && !tick.contains('$')),
        "{ticks:?}"
    );
    let rows = table_rows(&root);
    // 37 months, then the 3 markers in their own table.
    assert_eq!(rows.len(), 40);
    assert_eq!(rows[12], ["12", "$696,000", "$476,000", "$760,000"]);
    assert_eq!(rows[38], ["14.3", "Self-hosted = Closed"]);
    let summary = text_of(&root, ".chart__summary");
    assert!(
        summary.contains("At month 36, highest: Closed API, $2,088,000"),
        "{summary}"
    );
    assert!(
        summary.contains("Self-hosted = Closed (Month 14.3)"),
        "{summary}"
    );
    assert_clean(&root);
}

#[wasm_bindgen_test]
async fn line_chart_shows_a_lone_point_as_a_dot_and_breaks_at_nan() {
    let points = vec![
        LinePoint {
            x: 0.0,
            values: vec![10.0, f64::NAN, 5.0],
        },
        LinePoint {
            x: 1.0,
            values: vec![f64::NAN, f64::INFINITY, 6.0],
        },
        LinePoint {
            x: 2.0,
            values: vec![30.0],
        },
    ];
    let markers = vec![Marker {
        x: f64::NAN,
        label: "nowhere".into(),
    }];
    let root = render::<LineChart>(line_props(points, markers)).await;
    // Closed API has two isolated points; Self-hosted a two-point line.
    assert_eq!(all(&root, "circle.chart__dot").len(), 2);
    assert_eq!(all(&root, ".chart__marker").len(), 0);
    assert!(table_rows(&root)[1].contains(&"—".to_owned()));
    assert_clean_text(&root);
}

#[wasm_bindgen_test]
async fn factor_chart_diverges_around_zero() {
    let root = render::<FactorChart>(factor_props(sample_factors())).await;
    assert_accessible(&root, "What drives the suitability score");
    // 4 factors x 3 routes.
    let bars = all(&root, "rect.chart__bar");
    assert_eq!(bars.len(), 12);
    let zero = all(&root, "line.chart__grid--zero");
    assert_eq!(zero.len(), 1);
    let zero_x: f64 = zero[0].get_attribute("x1").unwrap().parse().unwrap();
    // The first bar is Data residency for the closed API: -0.6, left of zero.
    let x =
        |bar: &Element, name: &str| -> f64 { bar.get_attribute(name).unwrap().parse().unwrap() };
    assert!(x(&bars[0], "x") + x(&bars[0], "width") <= zero_x + 0.11);
    assert!(x(&bars[0], "x") < zero_x - 10.0);
    // The third (self-hosted, +0.8) starts at zero.
    assert!((x(&bars[2], "x") - zero_x).abs() < 0.11);
    let ticks = texts(&root, ".chart__tick text");
    assert!(ticks.contains(&"0".to_owned()), "{ticks:?}");
    assert!(ticks.iter().any(|tick| tick.starts_with('-')), "{ticks:?}");
    let rows = table_rows(&root);
    assert_eq!(rows.len(), 4);
    assert_eq!(rows[0], ["Data residency", "-0.6", "0.2", "0.8"]);
    assert!(text_of(&root, ".chart__summary").contains("Frontier quality need for Closed API, 0.9"));
    assert_clean(&root);
}

#[wasm_bindgen_test]
async fn range_chart_draws_bands_medians_and_notes() {
    let root = render::<RangeChart>(range_props(sample_ranges())).await;
    assert_accessible(&root, "Total cost, P10 to P90");
    assert_eq!(all(&root, "rect.chart__band").len(), 3);
    assert_eq!(all(&root, "rect.chart__median").len(), 3);
    let notes = texts(&root, ".chart__note");
    assert!(
        notes.contains(&"cheapest in 62% of draws".to_owned()),
        "{notes:?}"
    );
    let rows = table_rows(&root);
    assert_eq!(
        rows[1],
        [
            "Managed open-weight",
            "$1,150,000",
            "$1,400,000",
            "$1,800,000",
            "cheapest in 62% of draws"
        ]
    );
    let summary = text_of(&root, ".chart__summary");
    assert!(
        summary.contains("Lowest median: Managed open-weight, $1,400,000"),
        "{summary}"
    );
    assert_clean(&root);
}

#[wasm_bindgen_test]
async fn tornado_chart_keeps_the_given_order() {
    let root = render::<TornadoChart>(tornado_props(1_800_000.0, sample_tornado())).await;
    assert_accessible(&root, "What moves the self-hosted total");
    assert_eq!(all(&root, "rect.chart__bar").len(), 8);
    assert_eq!(
        texts(&root, ".chart__label"),
        [
            "Requests per month",
            "GPU hourly price",
            "Engineer salary",
            "GPU utilisation"
        ]
    );
    let notes = texts(&root, ".chart__note");
    assert!(notes.contains(&"Baseline $1.8 M".to_owned()), "{notes:?}");
    assert!(notes.contains(&"500 k: $1.3 M".to_owned()), "{notes:?}");
    assert!(notes.contains(&"2 M: $2.6 M".to_owned()), "{notes:?}");
    let rows = table_rows(&root);
    assert_eq!(
        rows[0],
        [
            "Requests per month",
            "500 k",
            "$1,300,000",
            "2 M",
            "$2,600,000"
        ]
    );
    assert_eq!(all(&root, ".chart__legend li").len(), 2);
    assert_clean(&root);
}

/// Text only: attributes may legitimately hold no number at all, but the
/// user must never read NaN or inf.
fn assert_clean_text(root: &Element) {
    let text = root.text_content().unwrap_or_default();
    assert!(!text.contains("NaN") && !text.contains("inf"), "{text}");
    assert_clean(root);
}

#[wasm_bindgen_test]
async fn every_chart_renders_empty_data() {
    let roots = [
        render::<StackedBarChart>(stacked_props(vec![])).await,
        render::<LineChart>(line_props(vec![], vec![])).await,
        render::<FactorChart>(factor_props(vec![])).await,
        render::<RangeChart>(range_props(vec![])).await,
        render::<TornadoChart>(tornado_props(0.0, vec![])).await,
    ];
    for root in roots {
        assert!(root.query_selector("figcaption").unwrap().is_some());
        assert!(root.query_selector("svg").unwrap().is_none());
        assert_eq!(text_of(&root, ".chart__empty"), "No data to show.");
        assert!(table_rows(&root).is_empty());
        assert_clean_text(&root);
    }
}

#[wasm_bindgen_test]
async fn every_chart_survives_nan_infinity_zero_and_huge_values() {
    let odd = [f64::NAN, f64::INFINITY, f64::NEG_INFINITY, 0.0, -0.0, 1e12];
    let bars = vec![
        StackedBar {
            label: "Odd".into(),
            values: odd.to_vec(),
        },
        StackedBar {
            label: "Zeros".into(),
            values: vec![0.0; 6],
        },
        StackedBar {
            label: "Short".into(),
            values: vec![-5.0],
        },
    ];
    let points = odd
        .iter()
        .enumerate()
        .map(|(index, value)| LinePoint {
            x: if index == 2 { f64::NAN } else { index as f64 },
            values: vec![*value, 1e12, 0.0],
        })
        .collect();
    let factors = vec![FactorRow {
        label: "Odd".into(),
        contributions: vec![f64::NAN, f64::INFINITY, -1e12],
    }];
    let ranges = vec![
        RangeRow {
            label: "Odd".into(),
            p10: f64::NAN,
            p50: f64::INFINITY,
            p90: 1e12,
            note: "".into(),
        },
        RangeRow {
            label: "Reversed".into(),
            p10: 9.0,
            p50: 5.0,
            p90: 1.0,
            note: "p10 above p90".into(),
        },
    ];
    let tornado = vec![
        tornado_row("Odd", f64::NAN, f64::INFINITY, "low", "high"),
        tornado_row("Huge", -1e12, 1e12, "low", "high"),
    ];
    let roots = [
        render::<StackedBarChart>(stacked_props(bars)).await,
        render::<LineChart>(line_props(points, vec![])).await,
        render::<FactorChart>(factor_props(factors)).await,
        render::<RangeChart>(range_props(ranges)).await,
        render::<TornadoChart>(tornado_props(f64::NAN, tornado)).await,
    ];
    for root in roots {
        assert!(root.query_selector("svg").unwrap().is_some());
        assert!(!table_rows(&root).is_empty());
        assert!(text_of(&root, ".chart__table").contains('—'));
        assert_clean_text(&root);
    }
}

#[wasm_bindgen_test]
async fn every_chart_survives_all_zero_data() {
    let zero_points = vec![LinePoint {
        x: 0.0,
        values: vec![0.0, 0.0, 0.0],
    }];
    let roots = [
        render::<StackedBarChart>(stacked_props(vec![StackedBar {
            label: "Nothing".into(),
            values: vec![0.0; 6],
        }]))
        .await,
        render::<LineChart>(line_props(zero_points, vec![])).await,
        render::<FactorChart>(factor_props(vec![FactorRow {
            label: "Nothing".into(),
            contributions: vec![0.0; 3],
        }]))
        .await,
        render::<RangeChart>(range_props(vec![RangeRow {
            label: "Nothing".into(),
            p10: 0.0,
            p50: 0.0,
            p90: 0.0,
            note: "".into(),
        }]))
        .await,
        render::<TornadoChart>(tornado_props(
            0.0,
            vec![tornado_row("Nothing", 0.0, 0.0, "low", "high")],
        ))
        .await,
    ];
    for root in roots {
        assert!(root.query_selector("svg").unwrap().is_some());
        assert!(texts(&root, ".chart__tick text").len() >= 2);
        assert_clean_text(&root);
    }
}

/// Renders all five charts with realistic data into the page and leaves them
/// there, for a screenshot of how they look (each in a 360 px box and a
/// 720 px box).
#[wasm_bindgen_test]
async fn showcase_all_charts_for_review() {
    let document = gloo::utils::document();
    // The page's styles, so that the charts look as they will in the app.
    let style = document.create_element("style").unwrap();
    style.set_text_content(Some(concat!(
        include_str!("../style/main.css"),
        include_str!("../style/charts.css")
    )));
    gloo::utils::body().append_child(&style).unwrap();
    for (width, suffix) in [(360, "narrow"), (720, "wide")] {
        let section = fresh_root();
        section.set_id(&format!("chart-showcase-{suffix}"));
        section
            .set_attribute(
                "style",
                &format!(
                    "width:{width}px;padding:16px;margin:16px;border:1px solid var(--border, #ccc);\
                     display:grid;gap:32px;background:var(--surface, #fff);box-sizing:border-box"
                ),
            )
            .unwrap();
        let mount = |name: &str| {
            let root = document.create_element("div").unwrap();
            root.set_id(&format!("showcase-{name}-{suffix}"));
            section.append_child(&root).unwrap();
            root
        };
        let with_id = |id: &str| AttrValue::from(format!("{id}-{suffix}"));
        let mut stacked = stacked_props(sample_bars());
        stacked.id = with_id("stacked");
        yew::Renderer::<StackedBarChart>::with_root_and_props(mount("stacked"), stacked).render();
        let mut line = line_props(sample_points(), sample_markers());
        line.id = with_id("line");
        yew::Renderer::<LineChart>::with_root_and_props(mount("line"), line).render();
        let mut factors = factor_props(sample_factors());
        factors.id = with_id("factors");
        yew::Renderer::<FactorChart>::with_root_and_props(mount("factors"), factors).render();
        let mut ranges = range_props(sample_ranges());
        ranges.id = with_id("ranges");
        yew::Renderer::<RangeChart>::with_root_and_props(mount("ranges"), ranges).render();
        let mut tornado = tornado_props(1_800_000.0, sample_tornado());
        tornado.id = with_id("tornado");
        yew::Renderer::<TornadoChart>::with_root_and_props(mount("tornado"), tornado).render();
    }
    yew::scheduler::flush().await;
    assert_eq!(
        document
            .query_selector_all("[id^=chart-showcase] figure.chart")
            .unwrap()
            .length(),
        10
    );
    // The narrow charts measured their box and drew at its width.
    let narrow = document
        .query_selector("#chart-showcase-narrow svg")
        .unwrap()
        .unwrap();
    let view_box = narrow.get_attribute("viewBox").unwrap();
    assert!(view_box.starts_with("0 0 326.0 "), "{view_box}");
}
