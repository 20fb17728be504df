//! Exports of a report for people and spreadsheets: [`markdown::report_markdown`]
//! (the verdict, totals, break-even and assumptions, readable anywhere) and
//! [`csv::monthly_csv`] (the month-by-month series, one column per route and
//! category). Layouts: `docs/storage-and-links.md`.

pub mod csv;
pub mod markdown;

pub use csv::monthly_csv;
pub use markdown::report_markdown;

use crate::text::en;

/// The cost categories, in report order: the JSON key and the title the page
/// also shows.
pub const CATEGORIES: [(&str, &str); 6] = [
    ("tokens", en::COST_CATEGORIES[0]),
    ("compute", en::COST_CATEGORIES[1]),
    ("people", en::COST_CATEGORIES[2]),
    ("quality", en::COST_CATEGORIES[3]),
    ("time_to_market", en::COST_CATEGORIES[4]),
    ("risk_compliance", en::COST_CATEGORIES[5]),
];
