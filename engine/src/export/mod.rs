//! Exports of a report for people and spreadsheets: [`markdown::report_markdown`]
//! (the verdict, totals, break-even and assumptions, readable anywhere) and
//! [`csv::monthly_csv`] (the month-by-month series, one column per route and
//! category). Layouts: `docs/storage-and-links.md`.

pub mod csv;
pub mod markdown;

pub use csv::monthly_csv;
pub use markdown::report_markdown;

use crate::report::RouteId;

/// The route's name as a table's row or column title.
pub fn route_title(route: RouteId) -> &'static str {
    match route {
        RouteId::ClosedApi => "Closed API",
        RouteId::ManagedOpen => "Managed open weights",
        RouteId::SelfHosted => "Self-hosted open weights",
    }
}

/// The cost categories, in report order: the JSON key and a title.
pub const CATEGORIES: [(&str, &str); 6] = [
    ("tokens", "Tokens"),
    ("compute", "Compute"),
    ("people", "People"),
    ("quality", "Quality"),
    ("time_to_market", "Time to market"),
    ("risk_compliance", "Risk and compliance"),
];
