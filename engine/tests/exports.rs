//! Exports against hand-written expectations for a small profile: two months,
//! a closed API at overridden prices of 1 and 2 USD per million tokens, no
//! staff, no compliance cost and no delay, so its cost is the tokens alone:
//! 1,000 requests x (1,000 input tokens x 1 + 500 output tokens x 2) / 1,000,000
//! = 2.00 USD a month, 4 over the horizon, for 2 x 1,000 x 1,500 = 3 million
//! tokens: 1.33 USD per million tokens.

mod common;

use engine::currency::Currency;
use engine::decision::decide_with_report;
use engine::export::{monthly_csv, report_markdown};
use engine::profile::{Profile, StaffNeed};
use engine::Report;

fn small_profile() -> Profile {
    let mut profile = Profile {
        name: "Small | test <profile>".to_owned(),
        ..Profile::default()
    };
    profile.routes.horizon_months = 2;
    profile.workload.requests_per_month = 1_000.0;
    profile.workload.input_tokens_per_request = 1_000.0;
    profile.workload.output_tokens_per_request = 500.0;
    profile.workload.growth_per_month = 0.0;
    profile.assumptions.tokens.price_decline_per_year = 0.0;
    let closed = &mut profile.routes.closed_api;
    closed.input_price_per_million_override = Some(1.0);
    closed.output_price_per_million_override = Some(2.0);
    closed.staff = StaffNeed {
        ml_engineers: 0.0,
        mlops_engineers: 0.0,
        data_scientists: 0.0,
    };
    closed.time_to_market_months = 0.0;
    closed.compliance_one_off_usd = 0.0;
    closed.compliance_usd_per_month = 0.0;
    profile
}

fn report_of(profile: &Profile) -> Report {
    engine::evaluate_checked(profile).unwrap_or_else(|errors| panic!("{errors:?}"))
}

#[test]
fn the_csv_has_a_header_with_units_and_one_row_per_month() {
    let report = report_of(&small_profile());
    let csv = monthly_csv(&report);
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(
        lines.len(),
        4,
        "header, 2 months, and nothing after the last CRLF"
    );
    assert_eq!(
        lines[0],
        "month,\
         closed_api total (USD),closed_api tokens (USD),closed_api compute (USD),\
         closed_api people (USD),closed_api quality (USD),closed_api time_to_market (USD),\
         closed_api risk_compliance (USD),closed_api cash (USD),\
         managed_open total (USD),managed_open tokens (USD),managed_open compute (USD),\
         managed_open people (USD),managed_open quality (USD),\
         managed_open time_to_market (USD),managed_open risk_compliance (USD),\
         managed_open cash (USD),\
         self_hosted total (USD),self_hosted tokens (USD),self_hosted compute (USD),\
         self_hosted people (USD),self_hosted quality (USD),self_hosted time_to_market (USD),\
         self_hosted risk_compliance (USD),self_hosted cash (USD)"
    );
    // Month 1 of the closed API, by hand: 2.00 of tokens and nothing else, paid in cash.
    assert!(
        lines[1].starts_with("1,2.00,2.00,0.00,0.00,0.00,0.00,0.00,2.00,"),
        "{}",
        lines[1]
    );
    assert!(lines[2].starts_with("2,2.00,2.00,0.00,0.00,0.00,0.00,0.00,2.00,"));
    assert_eq!(lines[3], "");
    // The other routes' cells are the report's figures, to the cent.
    for (index, line) in lines[1..3].iter().enumerate() {
        let cells: Vec<f64> = line
            .split(',')
            .map(|cell| cell.parse().unwrap_or_else(|_| panic!("{cell}")))
            .collect();
        assert_eq!(cells.len(), 25);
        for (route_index, route) in report.routes.iter().enumerate() {
            let month = &route.monthly[index];
            let start = 1 + route_index * 8;
            let expected: Vec<f64> = std::iter::once(month.total)
                .chain(month.categories())
                .chain(std::iter::once(month.cash))
                .collect();
            for (offset, value) in expected.iter().enumerate() {
                assert!((cells[start + offset] - value).abs() <= 0.005);
            }
        }
    }
}

#[test]
fn the_csv_names_the_display_currency() {
    let mut profile = small_profile();
    profile.currency.display = Currency::Eur;
    let csv = monthly_csv(&report_of(&profile));
    assert!(csv.starts_with("month,closed_api total (EUR),closed_api tokens (EUR),"));
    // 2.00 USD at 0.86 EUR per USD.
    assert!(csv.contains("\r\n1,1.72,1.72,0.00,"), "{csv}");
}

#[test]
fn the_markdown_has_its_sections_and_hand_checked_totals() {
    let profile = small_profile();
    let report = report_of(&profile);
    let decision = decide_with_report(&profile, &report, &profile.decision);
    let markdown = report_markdown(
        engine::text::Words::default(),
        &profile,
        &report,
        Some(&decision),
    );
    let headings: Vec<&str> = markdown
        .lines()
        .filter(|line| line.starts_with('#'))
        .collect();
    assert_eq!(
        headings,
        [
            "# Open or Closed? report",
            "## Recommendation",
            "### Why",
            "### Flip points",
            "## Totals over 2 months (USD)",
            "## Break-even",
            "## Assumptions",
            "## Decision details",
        ]
    );
    let lines: Vec<&str> = markdown.lines().collect();
    assert_eq!(lines[2], "**Profile:** Small \\| test \\<profile\\>");
    assert_eq!(lines[4], "Amounts are in USD, over 2 months.");
    assert!(lines.contains(&"**Recommended: the closed API** (confidence high, 100%)."));
    assert!(lines.contains(
        &"| Route | Uses | Total | Tokens | Compute | People | Reaching target quality \
          | Time-to-market delay | Risk and compliance | Per 1M tokens | Cash paid |"
    ));
    // By hand: 4 USD over two months, all tokens; 4 / 3 million tokens.
    assert!(
        lines.contains(
            &"| Closed API | Claude Sonnet 5.5 (Anthropic) | 4 | 4 | 0 | 0 | 0 | 0 | 0 | 1.33 | 4 |"
        ),
        "{markdown}"
    );
    assert!(lines.contains(
        &"| `assumptions.tokens.price_decline_per_year` | 0 | fraction per year | profile \
          (user value) |  |"
    ));
    // The decision's own summary closes the document, in a text block.
    assert!(markdown.contains("```text\nSmall | test <profile>\n\nRECOMMENDATION: The closed API"));
    assert!(markdown.ends_with("```\n"));
}

#[test]
fn without_a_decision_the_markdown_has_no_verdict() {
    let profile = small_profile();
    let markdown = report_markdown(
        engine::text::Words::default(),
        &profile,
        &report_of(&profile),
        None,
    );
    assert!(!markdown.contains("## Recommendation"));
    assert!(!markdown.contains("## Decision details"));
    assert!(markdown.contains("## Totals over 2 months (USD)"));
}

#[test]
fn every_example_exports_without_trouble() {
    for name in common::EXAMPLES {
        let profile = common::load(name);
        let report = report_of(&profile);
        let csv = monthly_csv(&report);
        assert_eq!(
            csv.split("\r\n").count(),
            report.horizon_months as usize + 2,
            "{name}"
        );
        let markdown = report_markdown(engine::text::Words::default(), &profile, &report, None);
        // Every table row has the same number of cells as its header.
        for table in markdown
            .split("\n\n")
            .filter(|block| block.starts_with('|'))
        {
            let widths: Vec<usize> = table
                .lines()
                .map(|line| line.replace("\\|", "").matches('|').count())
                .collect();
            assert!(
                widths.windows(2).all(|pair| pair[0] == pair[1]),
                "{name}: {table}"
            );
        }
    }
}
