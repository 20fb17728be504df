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
use crate::text::en::route_name_lower;
use crate::text::format;

use super::{route_title, CATEGORIES};

/// The report of `profile` as a Markdown document: title and profile name;
/// the recommendation with its confidence, reasons and flip points (when a
/// decision is given); totals per route over the horizon, by category; the
/// break-even points; warnings; every assumption with its source and date;
/// and the decision's full summary ([`explain::summary`]) as a text block.
pub fn report_markdown(profile: &Profile, report: &Report, decision: Option<&Decision>) -> String {
    let mut out = String::new();
    let currency = report.currency.code();
    let months = report.horizon_months;
    out.push_str("# Open or Closed? report\n\n");
    out.push_str(&format!("**Profile:** {}\n\n", inline(&profile.name)));
    out.push_str(&format!(
        "Amounts are in {currency}, over {months} month{}.\n",
        if months == 1 { "" } else { "s" }
    ));

    if let Some(decision) = decision {
        recommendation(&mut out, decision);
    }
    totals(&mut out, report);
    break_even(&mut out, report);
    if !report.warnings.is_empty() {
        out.push_str("\n## Warnings\n\n");
        for warning in &report.warnings {
            out.push_str(&format!("- {}\n", inline(warning)));
        }
    }
    assumptions(&mut out, report);
    if let Some(decision) = decision {
        out.push_str("\n## Decision details\n\n");
        out.push_str(&fenced(&explain::summary(report, decision)));
    }
    out
}

fn recommendation(out: &mut String, decision: &Decision) {
    let recommendation = &decision.recommendation;
    out.push_str("\n## Recommendation\n\n");
    match recommendation.route {
        Some(route) => out.push_str(&format!(
            "**Recommended: {}** (confidence {}, {}).\n",
            route_name_lower(route),
            recommendation.confidence_level.key(),
            format::percent(recommendation.confidence)
        )),
        None => out.push_str("**No route is feasible** for this profile.\n"),
    }
    out.push_str(&format!("\n{}\n", inline(&decision.article.summary)));
    if !recommendation.reasons.is_empty() {
        out.push_str("\n### Why\n\n");
        for reason in &recommendation.reasons {
            out.push_str(&format!("- {}\n", inline(reason)));
        }
    }
    let flips: Vec<&String> = recommendation
        .flip_points
        .iter()
        .flat_map(|point| point.sentences.iter().chain(&point.cheapest_sentences))
        .collect();
    if !flips.is_empty() {
        out.push_str("\n### Flip points\n\n");
        for sentence in flips {
            out.push_str(&format!("- {}\n", inline(sentence)));
        }
    }
}

fn totals(out: &mut String, report: &Report) {
    let currency = report.currency.code();
    out.push_str(&format!(
        "\n## Totals over {} months ({currency})\n\n",
        report.horizon_months
    ));
    let mut header = vec!["Route".to_owned(), "Uses".to_owned(), "Total".to_owned()];
    header.extend(CATEGORIES.iter().map(|(_, title)| (*title).to_owned()));
    header.push("Per 1M tokens".to_owned());
    out.push_str(&row(&header));
    let mut rule = vec!["---".to_owned(); 2];
    rule.extend(vec!["--:".to_owned(); CATEGORIES.len() + 2]);
    out.push_str(&row(&rule));
    let mut notes = Vec::new();
    for route in &report.routes {
        let categories = route.totals.categories();
        let mut cells = vec![
            route_title(route.route).to_owned(),
            cell(&route.label),
            route
                .total_cost
                .map(whole)
                .unwrap_or_else(|| "—".to_owned()),
        ];
        cells.extend(categories.into_iter().map(whole));
        cells.push(
            route
                .cost_per_million_tokens
                .map(|cost| decimal(cost, 2))
                .unwrap_or_else(|| "—".to_owned()),
        );
        out.push_str(&row(&cells));
        if let Some(reason) = &route.excluded {
            notes.push(format!(
                "- {} is excluded: {}\n",
                route_title(route.route),
                inline(reason)
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
    out.push_str("\n## Break-even\n\n");
    out.push_str(&row(&[
        "Routes".to_owned(),
        "Cheaper at the start".to_owned(),
        "Break-even month".to_owned(),
        "Break-even volume (requests in month 1)".to_owned(),
    ]));
    out.push_str(&row(&[
        "---".to_owned(),
        "---".to_owned(),
        "--:".to_owned(),
        "--:".to_owned(),
    ]));
    for pair in &report.break_even {
        out.push_str(&row(&[
            format!("{} / {}", route_title(pair.first), route_title(pair.second)),
            route_title(pair.cheaper_at_start).to_owned(),
            pair.break_even_month
                .map(|month| format!("month {month}"))
                .unwrap_or_else(|| format!("none within {} months", report.horizon_months)),
            pair.break_even_requests_per_month
                .map(format::count_words)
                .unwrap_or_else(|| "none found".to_owned()),
        ]));
    }
}

fn assumptions(out: &mut String, report: &Report) {
    if report.assumptions.is_empty() {
        return;
    }
    out.push_str("\n## Assumptions\n\n");
    out.push_str(&row(&[
        "Assumption".to_owned(),
        "Value".to_owned(),
        "Unit".to_owned(),
        "Source".to_owned(),
        "As of".to_owned(),
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
            AssumptionValue::Number(number) => plain_number(*number),
            AssumptionValue::Text(text) => cell(text),
        };
        let source = if assumption.unverified {
            format!("{} (unverified)", cell(&assumption.source))
        } else {
            cell(&assumption.source)
        };
        out.push_str(&row(&[
            format!(
                "`{}`",
                assumption.path.replace('`', "'").replace('|', "\\|")
            ),
            value,
            cell(&assumption.unit),
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

/// A whole amount with thousands separators: 1234567.4 -> "1,234,567".
fn whole(value: f64) -> String {
    format::whole(value)
}

/// An amount with `places` decimals and thousands separators: "1,234.50".
fn decimal(value: f64, places: usize) -> String {
    if !value.is_finite() {
        return "—".to_owned();
    }
    let text = format!("{:.places$}", value.abs());
    let (integer, fraction) = text.split_once('.').unwrap_or((text.as_str(), ""));
    let grouped = format::whole(integer.parse::<f64>().unwrap_or(0.0));
    let sign = if value < 0.0 && text.bytes().any(|b| (b'1'..=b'9').contains(&b)) {
        "-"
    } else {
        ""
    };
    if fraction.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{fraction}")
    }
}

/// An assumption's value for reading: from 1,000 up a whole number with
/// thousands separators, below that six significant digits without trailing
/// zeros (`188973.59999999998` -> `188,974`, `0.86` -> `0.86`).
fn plain_number(value: f64) -> String {
    if !value.is_finite() {
        return "—".to_owned();
    }
    if value.abs() >= 1000.0 {
        return decimal(value, 0);
    }
    if value == 0.0 {
        return "0".to_owned();
    }
    // Digits before the decimal point minus one: 0 for 1..10, -4 for 0.0001...
    let magnitude = value.abs().log10().floor() as i32;
    let places = (5 - magnitude).clamp(0, 15) as usize;
    let text = format!("{value:.places$}");
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        text
    }
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

    #[test]
    fn numbers_read_as_people_write_them() {
        assert_eq!(whole(1_234_567.4), "1,234,567");
        assert_eq!(decimal(1234.5, 2), "1,234.50");
        assert_eq!(decimal(0.004, 2), "0.00");
        assert_eq!(decimal(-0.004, 2), "0.00");
        assert_eq!(decimal(-12.5, 2), "-12.50");
        assert_eq!(plain_number(300_000.0), "300,000");
        assert_eq!(plain_number(0.2), "0.2");
        assert_eq!(plain_number(2.99), "2.99");
        assert_eq!(plain_number(188_973.599_999_999_98), "188,974");
        assert_eq!(plain_number(0.000_123_456_78), "0.000123457");
        assert_eq!(plain_number(7.1), "7.1");
        assert_eq!(plain_number(-0.5), "-0.5");
    }
}
