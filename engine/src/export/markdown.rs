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
use crate::text::format::Numbers;
use crate::text::Words;

/// The report of `profile` as a Markdown document: title and profile name;
/// the recommendation with its confidence, reasons and flip points (when a
/// decision is given); totals per route over the horizon, by category; the
/// break-even points; warnings; every assumption with its source and date;
/// and the decision's full summary ([`explain::summary`]) as a text block.
pub fn report_markdown(
    words: Words,
    profile: &Profile,
    report: &Report,
    decision: Option<&Decision>,
) -> String {
    let mut out = String::new();
    out.push_str(&format!("# {}\n\n", words.report_title()));
    out.push_str(&format!(
        "**{}** {}\n\n",
        words.report_profile_label(),
        inline(&profile.name)
    ));
    out.push_str(&format!(
        "{}\n",
        words.report_amounts_in(report.currency, report.horizon_months)
    ));

    if let Some(decision) = decision {
        recommendation(words, &mut out, decision);
    }
    totals(words, &mut out, report);
    break_even(words, &mut out, report);
    if !report.warnings.is_empty() {
        out.push_str(&format!("\n## {}\n\n", words.report_warnings_heading()));
        for warning in &report.warnings {
            out.push_str(&format!("- {}\n", inline(&words.warning(warning))));
        }
    }
    assumptions(words, &mut out, report);
    if let Some(decision) = decision {
        out.push_str(&format!(
            "\n## {}\n\n",
            words.report_decision_details_heading()
        ));
        out.push_str(&fenced(&explain::summary(words, report, decision)));
    }
    out
}

fn recommendation(words: Words, out: &mut String, decision: &Decision) {
    let recommendation = &decision.recommendation;
    out.push_str(&format!(
        "\n## {}\n\n",
        words.report_recommendation_heading()
    ));
    match recommendation.route {
        Some(route) => out.push_str(&format!(
            "{}\n",
            words.report_recommended(
                words.route_name_lower(route),
                words.confidence_lower(recommendation.confidence_level),
                recommendation.confidence
            )
        )),
        None => out.push_str(&format!("{}\n", words.report_no_route_feasible())),
    }
    out.push_str(&format!(
        "\n{}\n",
        inline(&words.article_summary(&decision.article.summary))
    ));
    if !recommendation.reasons.is_empty() {
        out.push_str(&format!("\n### {}\n\n", words.report_why_heading()));
        for reason in &recommendation.reasons {
            out.push_str(&format!("- {}\n", inline(&words.reason(reason))));
        }
    }
    let flips: Vec<String> = recommendation
        .flip_points
        .iter()
        .flat_map(|point| point.outcomes.iter().chain(&point.cheapest_outcomes))
        .map(|value| words.flip_outcome(value))
        .collect();
    if !flips.is_empty() {
        out.push_str(&format!("\n### {}\n\n", words.report_flip_points_heading()));
        for sentence in flips {
            out.push_str(&format!("- {}\n", inline(&sentence)));
        }
    }
}

fn totals(words: Words, out: &mut String, report: &Report) {
    let numbers = Numbers::new(words.lang(), report.currency);
    out.push_str(&format!(
        "\n## {}\n\n",
        words.report_totals_heading(report.horizon_months, report.currency)
    ));
    let mut header = vec![
        words.report_route_column().to_owned(),
        words.report_uses_column().to_owned(),
        words.report_total_column().to_owned(),
    ];
    header.extend(
        words
            .cost_categories()
            .iter()
            .map(|title| (*title).to_owned()),
    );
    header.push(words.report_per_million_tokens_column().to_owned());
    header.push(words.report_cash_column().to_owned());
    out.push_str(&row(&header));
    let mut rule = vec!["---".to_owned(); 2];
    rule.extend(vec!["--:".to_owned(); words.cost_categories().len() + 3]);
    out.push_str(&row(&rule));
    let mut notes = Vec::new();
    for route in &report.routes {
        let categories = route.totals.categories();
        let mut cells = vec![
            words.route_name(route.route).to_owned(),
            cell(&words.route_label(&route.label)),
            route
                .total_cost
                .map(|value| numbers.whole(value))
                .unwrap_or_else(|| words.not_available().to_owned()),
        ];
        cells.extend(categories.into_iter().map(|value| numbers.whole(value)));
        cells.push(
            route
                .cost_per_million_tokens
                .map(|cost| numbers.fixed(cost, 2))
                .unwrap_or_else(|| words.not_available().to_owned()),
        );
        cells.push(
            route
                .total_cash
                .map(|value| numbers.whole(value))
                .unwrap_or_else(|| words.not_available().to_owned()),
        );
        out.push_str(&row(&cells));
        if let Some(reason) = &route.excluded {
            notes.push(format!(
                "- {}\n",
                words.report_route_excluded(
                    words.route_name(route.route),
                    &inline(&words.exclusion(reason))
                )
            ));
        }
    }
    if !notes.is_empty() {
        out.push('\n');
        notes.iter().for_each(|note| out.push_str(note));
    }
}

fn break_even(words: Words, out: &mut String, report: &Report) {
    let numbers = Numbers::new(words.lang(), report.currency);
    if report.break_even.is_empty() {
        return;
    }
    out.push_str(&format!("\n## {}\n\n", words.report_break_even_heading()));
    out.push_str(&row(&[
        words.report_routes_column().to_owned(),
        words.report_cheaper_at_start_column().to_owned(),
        words.report_break_even_month_column().to_owned(),
        words.report_cash_break_even_month_column().to_owned(),
        words.report_break_even_volume_column().to_owned(),
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
            words.report_route_pair(words.route_name(pair.first), words.route_name(pair.second)),
            words.route_name(pair.cheaper_at_start).to_owned(),
            pair.break_even_month
                .map(|value| words.report_break_even_month(value))
                .unwrap_or_else(|| words.report_no_break_even_within(report.horizon_months)),
            pair.cash_break_even_month
                .map(|value| words.report_break_even_month(value))
                .unwrap_or_else(|| words.report_no_break_even_within(report.horizon_months)),
            pair.break_even_requests_per_month
                .map(|value| numbers.count_words(value))
                .unwrap_or_else(|| words.report_no_break_even_volume().to_owned()),
        ]));
    }
}

fn assumptions(words: Words, out: &mut String, report: &Report) {
    let numbers = Numbers::new(words.lang(), report.currency);
    if report.assumptions.is_empty() {
        return;
    }
    out.push_str(&format!("\n## {}\n\n", words.report_assumptions_heading()));
    out.push_str(&row(&[
        words.report_assumption_column().to_owned(),
        words.report_value_column().to_owned(),
        words.report_unit_column().to_owned(),
        words.report_source_column().to_owned(),
        words.report_as_of_column().to_owned(),
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
            AssumptionValue::Number(number) => numbers.readable(*number),
            AssumptionValue::Catalog(value) => cell(&words.catalog_value(value)),
        };
        let source = cell(&words.assumption_source(&assumption.source));
        let source = if assumption.unverified {
            words.report_unverified_source(&source)
        } else {
            source
        };
        out.push_str(&row(&[
            format!(
                "`{}`",
                assumption.path.replace('`', "'").replace('|', "\\|")
            ),
            value,
            cell(&words.assumption_unit(assumption.unit)),
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
