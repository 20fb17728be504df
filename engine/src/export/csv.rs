//! The monthly series as CSV (RFC 4180): one row per month; for each route a
//! total column and one column per cost category.
//!
//! Numbers have two decimals, a `.` as decimal point and no thousands
//! separator, so every spreadsheet reads them whatever its locale's display.
//! Cells hold only numbers and fixed titles (no user text), so no cell can
//! start a spreadsheet formula; fields are still quoted by the RFC's rule.

use crate::report::{Report, RouteReport};

use super::CATEGORIES;

/// Line ending required by RFC 4180.
const CRLF: &str = "\r\n";

// The column headings are keys, not words from the catalog: a spreadsheet
// formula finds a column by its heading whatever the page's language.
const MONTH_COLUMN: &str = "month";
const TOTAL: &str = "total";
const CASH: &str = "cash";

/// "closed_api total (USD)", "self_hosted compute (EUR)".
fn column(route_key: &str, what: &str, currency: crate::currency::Currency) -> String {
    format!("{route_key} {what} ({})", currency.code())
}

/// The monthly series of `report`: a header row naming each column with its
/// unit, then months 1 to the horizon. A month a route has no figures for
/// (a route that could not be computed) has empty cells.
pub fn monthly_csv(report: &Report) -> String {
    let currency = report.currency;
    let mut header = vec![field(MONTH_COLUMN)];
    for route in &report.routes {
        let key = route.route.key();
        header.push(field(&column(key, TOTAL, currency)));
        for (category, _) in CATEGORIES {
            header.push(field(&column(key, category, currency)));
        }
        header.push(field(&column(key, CASH, currency)));
    }
    let mut out = header.join(",");
    out.push_str(CRLF);
    let months = report
        .routes
        .iter()
        .map(|route| route.monthly.len())
        .max()
        .unwrap_or(0);
    for index in 0..months {
        let mut row = vec![(index + 1).to_string()];
        for route in &report.routes {
            row.extend(month_cells(route, index));
        }
        out.push_str(&row.join(","));
        out.push_str(CRLF);
    }
    out
}

/// The eight cells of one route in one month (total, the categories, then
/// the cash paid, owned GPUs counted when bought).
fn month_cells(route: &RouteReport, index: usize) -> Vec<String> {
    match route.monthly.get(index) {
        Some(month) => std::iter::once(month.total)
            .chain(month.categories())
            .chain(std::iter::once(month.cash))
            .map(number)
            .collect(),
        None => vec![String::new(); CATEGORIES.len() + 2],
    }
}

/// A number with two decimals, `.` as decimal point, no grouping; never
/// `-0.00`, `NaN` or `inf` (a non-finite amount, which the engine never
/// gives, is an empty cell).
fn number(value: f64) -> String {
    if !value.is_finite() {
        return String::new();
    }
    let text = format!("{value:.2}");
    if text == "-0.00" {
        "0.00".to_owned()
    } else {
        text
    }
}

/// A field quoted as RFC 4180 requires: in double quotes, with quotes doubled,
/// when it holds a comma, a quote or a line break.
fn field(text: &str) -> String {
    if text.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_have_two_decimals_and_no_grouping() {
        assert_eq!(number(1_234_567.891), "1234567.89");
        assert_eq!(number(0.0), "0.00");
        assert_eq!(number(-0.001), "0.00");
        assert_eq!(number(2.5), "2.50");
        assert_eq!(number(1e17), "100000000000000000.00");
        assert_eq!(number(f64::NAN), "");
    }

    #[test]
    fn fields_are_quoted_only_when_needed() {
        assert_eq!(field("closed_api total (USD)"), "closed_api total (USD)");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
    }

    #[test]
    fn one_row_per_month_with_a_header() {
        let report = crate::evaluate(&crate::Profile::default());
        let csv = monthly_csv(&report);
        let lines: Vec<&str> = csv.split(CRLF).collect();
        // Header, 36 months, and the empty string after the last CRLF.
        assert_eq!(lines.len(), 1 + 36 + 1);
        assert_eq!(lines.last(), Some(&""));
        for line in &lines[..lines.len() - 1] {
            assert_eq!(line.split(',').count(), 1 + 3 * 8, "{line}");
        }
        assert!(lines[36].starts_with("36,"));
    }
}
