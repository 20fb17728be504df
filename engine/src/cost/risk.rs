//! Risk and compliance: a one-off item in month 1 (security review, data
//! processing agreement) and a recurring monthly item (audits, vendor
//! management, patching). Amounts are the route's own, in US dollars.

use crate::guard::non_negative;

/// Risk and compliance cost in a 0-based month.
pub fn monthly_usd(month: usize, one_off_usd: f64, per_month_usd: f64) -> f64 {
    let one_off = if month == 0 {
        non_negative(one_off_usd)
    } else {
        0.0
    };
    one_off + non_negative(per_month_usd)
}
