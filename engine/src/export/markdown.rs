//! The report as Markdown (CommonMark with GitHub's tables): readable as
//! plain text, and rendered anywhere Markdown is.
//!
//! Free text (the profile's name, catalog labels, sources, the decision's
//! sentences) is escaped so it reads as written and never becomes markup,
//! links or HTML; dotted paths go in code spans. Amounts are whole units of
//! the display currency with thousands separators; costs per million tokens
//! keep two decimals.

use crate::decision::{explain, Decision};
use crate::profile::Profile;
use crate::report::{AssumptionValue, Report};
use crate::text::{en, format};

use super::CATEGORIES;

/// The report of `profile` as a Markdown document: title and profile name;
/// the recommendation with its confidence, reasons and flip points (when a
/// decision is given); totals per route over the horizon, by category; the
/// break-even points; warnings; every assumption with its source and date;
/// and the decision's full summary ([`explain::summary`]) as a text block.
pub fn report_markdown(profile: &Profile, report: &Report, decision: Option<&Decision>) -> String {
    let mut out = String::new();
    out.push_str(&format!("# {}\n\n", en::REPORT_TITLE));
    out.push_str(&format!(
        "**{}** {}\n\n",
        en::REPORT_PROFILE_LABEL,
        inline(&profile.name)
    ));
    out.push_str(&format!(
        "{}\n",
        en::report_amounts_in(report.currency, report.horizon_months)
    ));

    if let Some(decision) = decision {
        recommendation(&mut out, decision);
    }
    totals(&mut out, report);
    break_even(&mut out, report);
    if !report.warnings.is_empty() {
        out.push_str(&format!("\n## {}\n\n", en::REPORT_WARNINGS_HEADING));
        for warning in &report.warnings {
            out.push_str(&format!("- {}\n", inline(&en::warning(warning))));
        }
    }
    assumptions(&mut out, report);
    if let Some(decision) = decision {
        out.push_str(&format!("\n## {}\n\n", en::REPORT_DECISION_DETAILS_HEADING));
        out.push_str(&fenced(&explain::summary(report, decision)));
    }
    out
}

fn recommendation(out: &mut String, decision: &Decision) {
    let recommendation = &decision.recommendation;
    out.push_str(&format!("\n## {}\n\n", en::REPORT_RECOMMENDATION_HEADING));
    match recommendation.route {
        Some(route) => out.push_str(&format!(
            "{}\n",
            en::report_recommended(
                en::route_name_lower(route),
                en::confidence_lower(recommendation.confidence_level),
                recommendation.confidence
            )
        )),
        None => out.push_str(&format!("{}\n", en::REPORT_NO_ROUTE_FEASIBLE)),
    }
    out.push_str(&format!(
        "\n{}\n",
        inline(&en::article_summary(&decision.article.summary))
    ));
    if !recommendation.reasons.is_empty() {
        out.push_str(&format!("\n### {}\n\n", en::REPORT_WHY_HEADING));
        for reason in &recommendation.reasons {
            out.push_str(&format!("- {}\n", inline(&en::reason(reason))));
        }
    }
    let flips: Vec<String> = recommendation
        .flip_points
        .iter()
        .flat_map(|point| point.outcomes.iter().chain(&point.cheapest_outcomes))
        .map(en::flip_outcome)
        .collect();
    if !flips.is_empty() {
        out.push_str(&format!("\n### {}\n\n", en::REPORT_FLIP_POINTS_HEADING));
        for sentence in flips {
            out.push_str(&format!("- {}\n", inline(&sentence)));
        }
    }
}

fn totals(out: &mut String, report: &Report) {
    out.push_str(&format!(
        "\n## {}\n\n",
        en::report_totals_heading(report.horizon_months, report.currency)
    ));
    let mut header = vec![
        en::REPORT_ROUTE_COLUMN.to_owned(),
        en::REPORT_USES_COLUMN.to_owned(),
        en::REPORT_TOTAL_COLUMN.to_owned(),
    ];
    header.extend(CATEGORIES.iter().map(|(_, title)| (*title).to_owned()));
    header.push(en::REPORT_PER_MILLION_TOKENS_COLUMN.to_owned());
    header.push(en::REPORT_CASH_COLUMN.to_owned());
    out.push_str(&row(&header));
    let mut rule = vec!["---".to_owned(); 2];
    rule.extend(vec!["--:".to_owned(); CATEGORIES.len() + 3]);
    out.push_str(&row(&rule));
    let mut notes = Vec::new();
    for route in &report.routes {
        let categories = route.totals.categories();
        let mut cells = vec![
            en::route_name(route.route).to_owned(),
            cell(&en::route_label(&route.label)),
            route
                .total_cost
                .map(format::whole)
                .unwrap_or_else(|| en::NOT_AVAILABLE.to_owned()),
        ];
        cells.extend(categories.into_iter().map(format::whole));
        cells.push(
            route
                .cost_per_million_tokens
                .map(|cost| format::fixed(cost, 2))
                .unwrap_or_else(|| en::NOT_AVAILABLE.to_owned()),
        );
        cells.push(
            route
                .total_cash
                .map(format::whole)
                .unwrap_or_else(|| en::NOT_AVAILABLE.to_owned()),
        );
        out.push_str(&row(&cells));
        if let Some(reason) = &route.excluded {
            notes.push(format!(
                "- {}\n",
                en::report_route_excluded(
                    en::route_name(route.route),
                    &inline(&en::exclusion(reason))
                )
            ));
        }
    }
    if !notes.is_empty() {
        out.push('\n');
        notes.iter().for_each(|note| out.push_str(note));
    }
}

fn break_even(out: &mut String, report: &Report) {
    if report.break_even.is_empty() {
        return;
    }
    out.push_str(&format!("\n## {}\n\n", en::REPORT_BREAK_EVEN_HEADING));
    out.push_str(&row(&[
        en::REPORT_ROUTES_COLUMN.to_owned(),
        en::REPORT_CHEAPER_AT_START_COLUMN.to_owned(),
        en::REPORT_BREAK_EVEN_MONTH_COLUMN.to_owned(),
        en::REPORT_CASH_BREAK_EVEN_MONTH_COLUMN.to_owned(),
        en::REPORT_BREAK_EVEN_VOLUME_COLUMN.to_owned(),
    ]));
    out.push_str(&row(&[
        "---".to_owned(),
        "---".to_owned(),
        "--:".to_owned(),
        "--:".to_owned(),
        "--:".to_owned(),
    ]));
    for pair in &report.break_even {
        out.push_str(&row(&[
            en::report_route_pair(en::route_name(pair.first), en::route_name(pair.second)),
            en::route_name(pair.cheaper_at_start).to_owned(),
            pair.break_even_month
                .map(en::report_break_even_month)
                .unwrap_or_else(|| en::report_no_break_even_within(report.horizon_months)),
            pair.cash_break_even_month
                .map(en::report_break_even_month)
                .unwrap_or_else(|| en::report_no_break_even_within(report.horizon_months)),
            pair.break_even_requests_per_month
                .map(format::count_words)
                .unwrap_or_else(|| en::REPORT_NO_BREAK_EVEN_VOLUME.to_owned()),
        ]));
    }
}

fn assumptions(out: &mut String, report: &Report) {
    if report.assumptions.is_empty() {
        return;
    }
    out.push_str(&format!("\n## {}\n\n", en::REPORT_ASSUMPTIONS_HEADING));
    out.push_str(&row(&[
        en::REPORT_ASSUMPTION_COLUMN.to_owned(),
        en::REPORT_VALUE_COLUMN.to_owned(),
        en::REPORT_UNIT_COLUMN.to_owned(),
        en::REPORT_SOURCE_COLUMN.to_owned(),
        en::REPORT_AS_OF_COLUMN.to_owned(),
    ]));
    out.push_str(&row(&[
        "---".to_owned(),
        "--:".to_owned(),
        "---".to_owned(),
        "---".to_owned(),
        "---".to_owned(),
    ]));
    for assumption in &report.assumptions {
        let value = match &assumption.value {
            AssumptionValue::Number(number) => format::readable(*number),
            AssumptionValue::Catalog(value) => cell(&en::catalog_value(value)),
        };
        let source = cell(&en::assumption_source(&assumption.source));
        let source = if assumption.unverified {
            en::report_unverified_source(&source)
        } else {
            source
        };
        out.push_str(&row(&[
            format!(
                "`{}`",
                assumption.path.replace('`', "'").replace('|', "\\|")
            ),
            value,
            cell(&en::assumption_unit(assumption.unit)),
            source,
            cell(&assumption.as_of),
        ]));
    }
}

/// One table row from cells already escaped.
fn row(cells: &[String]) -> String {
    format!("| {} |\n", cells.join(" | "))
}

/// Free text for a table cell: escaped, on one line.
fn cell(text: &str) -> String {
    inline(text)
}

/// Free text as Markdown that shows exactly that text: the characters
/// Markdown or HTML would read as markup are backslash-escaped (a `|` too,
/// so a table cell never splits), line breaks become spaces, and a start
/// that would open a list or a code block (`- `, `+ `, `1. `, indentation)
/// is escaped or trimmed.
fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for character in text.trim_start().chars() {
        match character {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '#' => {
                out.push('\\');
                out.push(character);
            }
            '\r' | '\n' | '\t' => out.push(' '),
            other if other.is_control() => {}
            other => out.push(other),
        }
    }
    let digits = out.bytes().take_while(u8::is_ascii_digit).count();
    let after_digits = out.as_bytes().get(digits).copied();
    if digits > 0 && matches!(after_digits, Some(b'.' | b')')) {
        out.insert(digits, '\\');
    } else if out.starts_with(['-', '+', '=']) {
        out.insert(0, '\\');
    }
    out
}

/// `text` in a fenced code block whose fence is longer than any run of
/// backticks inside it, so the text cannot close it early.
fn fenced(text: &str) -> String {
    let longest_run = text
        .split(|character| character != '`')
        .map(str::len)
        .max()
        .unwrap_or(0);
    let fence = "`".repeat(longest_run.max(2) + 1);
    format!("{fence}text\n{}\n{fence}\n", text.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn free_text_never_becomes_markup() {
        assert_eq!(
            inline("<script>alert(1)</script> *bold* [link](x) a|b _c_ `d` &amp; # !"),
            "\\<script\\>alert(1)\\</script\\> \\*bold\\* \\[link\\](x) a\\|b \\_c\\_ \\`d\\` \
             \\&amp; \\# !"
        );
        assert_eq!(inline("- not a list"), "\\- not a list");
        assert_eq!(inline("2026. A year"), "2026\\. A year");
        assert_eq!(inline("    indented"), "indented");
        assert_eq!(inline("two\nlines\u{7}"), "two lines");
        assert_eq!(
            inline("Bank (customer-facing, 3.5%)"),
            "Bank (customer-facing, 3.5%)"
        );
    }

    #[test]
    fn a_fence_outgrows_the_backticks_inside() {
        assert_eq!(fenced("plain"), "```text\nplain\n```\n");
        assert_eq!(fenced("a ```` b"), "`````text\na ```` b\n`````\n");
    }
}
