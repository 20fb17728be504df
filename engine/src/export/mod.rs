//! Exports of a report for people and spreadsheets: [`markdown::report_markdown`]
//! (the verdict, totals, break-even and assumptions, readable anywhere) and
//! [`csv::monthly_csv`] (the month-by-month series, one column per route and
//! category). Layouts: `docs/storage-and-links.md`.

pub mod csv;
pub mod markdown;

pub use csv::monthly_csv;
pub use markdown::report_markdown;

use crate::report::RouteId;
use crate::text::en;

/// The route's name as a table's row or column title.
pub fn route_title(route: RouteId) -> &'static str {
    en::route_name(route)
}

/// The cost categories, in report order: the JSON key and a title.
pub const CATEGORIES: [(&str, &str); 6] = [
    ("tokens", en::EXPORT_CATEGORY_TITLES[0]),
    ("compute", en::EXPORT_CATEGORY_TITLES[1]),
    ("people", en::EXPORT_CATEGORY_TITLES[2]),
    ("quality", en::EXPORT_CATEGORY_TITLES[3]),
    ("time_to_market", en::EXPORT_CATEGORY_TITLES[4]),
    ("risk_compliance", en::EXPORT_CATEGORY_TITLES[5]),
];
