//! Time to market: each month (or part of one) before the route serves users
//! costs the project's monthly value (opportunity cost).

use crate::cost::served_fraction;
use crate::guard::non_negative;

/// Value lost in a 0-based month for a route that starts serving after `delay_months`.
pub fn monthly_usd(month: usize, delay_months: f64, value_usd_per_month: f64) -> f64 {
    (1.0 - served_fraction(month, delay_months)) * non_negative(value_usd_per_month)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_month_and_a_half_of_delay() {
        assert_eq!(monthly_usd(0, 1.5, 100.0), 100.0);
        assert_eq!(monthly_usd(1, 1.5, 100.0), 50.0);
        assert_eq!(monthly_usd(2, 1.5, 100.0), 0.0);
    }
}
