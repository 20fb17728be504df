//! People: FTEs per role per route x loaded cost, plus hiring and ramp-up.
//!
//! Monthly cost of a role = FTEs needed x loaded annual cost / 12 x overhead
//! factor. The part of the need the team does not already cover (the
//! shortfall) is hired: it is paid from the hiring month on, costs a
//! recruiting fee (fraction of a year's loaded cost) in month 1, and for the
//! ramp-up months after hiring the unproductive share of its pay is paid again
//! (someone must do the work meanwhile). If the total shortfall reaches the
//! hiring threshold, the route's time to market grows by the hiring months.

use crate::guard::{fraction, non_negative};

/// One role's need for a route, in US dollars.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RoleNeed {
    /// FTEs the route needs.
    pub needed_fte: f64,
    /// FTEs already on staff.
    pub on_staff_fte: f64,
    /// Loaded cost, US dollars a year.
    pub loaded_usd_per_year: f64,
}

impl RoleNeed {
    /// FTEs to hire.
    pub fn shortfall(&self) -> f64 {
        (non_negative(self.needed_fte) - non_negative(self.on_staff_fte)).max(0.0)
    }
}

/// Hiring knobs, as numbers.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HiringKnobs {
    /// Months to hire.
    pub hiring_months: f64,
    /// Months to full productivity.
    pub ramp_up_months: f64,
    /// Productivity during ramp-up, 0..1.
    pub ramp_up_productivity: f64,
    /// Recruiting fee as a fraction of the loaded annual cost.
    pub recruiting_cost_fraction: f64,
    /// Multiplier for office, equipment, management.
    pub overhead_factor: f64,
    /// Shortfall at which hiring delays the route.
    pub hire_threshold_fte: f64,
}

/// Total FTEs to hire across roles.
pub fn total_shortfall(roles: &[RoleNeed]) -> f64 {
    roles.iter().map(RoleNeed::shortfall).sum()
}

/// Months of delay hiring adds to the route.
pub fn hiring_delay_months(roles: &[RoleNeed], knobs: &HiringKnobs) -> f64 {
    let shortfall = total_shortfall(roles);
    if shortfall > 0.0 && shortfall >= non_negative(knobs.hire_threshold_fte) {
        non_negative(knobs.hiring_months)
    } else {
        0.0
    }
}

/// Length of the overlap of month `[m, m+1)` with `[start, start + length)`.
fn overlap(month: usize, start: f64, length: f64) -> f64 {
    let begin = month as f64;
    ((begin + 1.0).min(start + length) - begin.max(start)).max(0.0)
}

/// People cost in a 0-based month, US dollars.
pub fn monthly_usd(month: usize, roles: &[RoleNeed], knobs: &HiringKnobs) -> f64 {
    let overhead = non_negative(knobs.overhead_factor);
    let shortfall_total = total_shortfall(roles);
    let hiring = shortfall_total > 0.0 && shortfall_total >= non_negative(knobs.hire_threshold_fte);
    let hired_from = if hiring {
        non_negative(knobs.hiring_months)
    } else {
        0.0
    };
    let mut cost = 0.0;
    for role in roles {
        let monthly = non_negative(role.loaded_usd_per_year) / 12.0 * overhead;
        let shortfall = role.shortfall();
        let staff = non_negative(role.needed_fte) - shortfall;
        cost += staff * monthly;
        // The shortfall is paid for the part of the month after it joins.
        cost += shortfall * monthly * overlap(month, hired_from, 1e9);
        if hiring {
            // Unproductive share during ramp-up is paid again.
            cost += shortfall
                * monthly
                * (1.0 - fraction(knobs.ramp_up_productivity))
                * overlap(month, hired_from, non_negative(knobs.ramp_up_months));
            if month == 0 {
                cost += shortfall
                    * non_negative(role.loaded_usd_per_year)
                    * overhead
                    * non_negative(knobs.recruiting_cost_fraction);
            }
        }
    }
    cost
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hires_are_paid_from_the_hiring_month_with_ramp_up() {
        let roles = [RoleNeed {
            needed_fte: 2.0,
            on_staff_fte: 1.0,
            loaded_usd_per_year: 120_000.0,
        }];
        let knobs = HiringKnobs {
            hiring_months: 2.0,
            ramp_up_months: 1.0,
            ramp_up_productivity: 0.5,
            recruiting_cost_fraction: 0.2,
            overhead_factor: 1.0,
            hire_threshold_fte: 0.5,
        };
        // Month 1: one on staff $10,000 + recruiting 0.2 x $120,000 = $34,000.
        assert_eq!(monthly_usd(0, &roles, &knobs), 34_000.0);
        assert_eq!(monthly_usd(1, &roles, &knobs), 10_000.0);
        // Month 3: both paid ($20,000) + half the hire's pay again ($5,000).
        assert_eq!(monthly_usd(2, &roles, &knobs), 25_000.0);
        assert_eq!(monthly_usd(3, &roles, &knobs), 20_000.0);
        assert_eq!(hiring_delay_months(&roles, &knobs), 2.0);
    }
}
