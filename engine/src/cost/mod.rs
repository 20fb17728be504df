//! Month-by-month costs per category. Each submodule computes one category
//! from plain numbers; [`inputs`] resolves a profile and the catalog into
//! those numbers once, and [`model`] runs a route's months from them: the one
//! cost model both the full evaluation (`crate::evaluate`) and the decision's
//! Monte Carlo fast path are built on.
//!
//! All amounts here are US dollars; the report converts to the display currency.

pub mod fleet;
pub mod inputs;
pub mod load_shape;
pub mod model;
pub mod people;
pub mod quality;
pub mod risk;
pub mod time;
pub mod tokens;

use serde::Serialize;

/// Hours in an average month: 365 x 24 / 12.
pub const HOURS_PER_MONTH: f64 = 730.0;

/// Seconds in an average month.
pub const SECONDS_PER_MONTH: f64 = HOURS_PER_MONTH * 3600.0;

/// One month of one route's costs, by category.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct MonthCost {
    /// Month number, 1-based.
    pub month: u32,
    /// Requests served this month.
    pub requests: f64,
    /// Tokens (input + output) served this month.
    pub tokens_served: f64,
    /// Per-token charges.
    pub tokens: f64,
    /// GPUs: rental, or depreciation + power + hosting + maintenance (the accounting view).
    pub compute: f64,
    /// Staff, recruiting and ramp-up.
    pub people: f64,
    /// Reaching the target quality: fine-tuning, labelled data, evaluation.
    pub quality: f64,
    /// Value lost while the route is not yet serving.
    pub time_to_market: f64,
    /// Risk and compliance items.
    pub risk_compliance: f64,
    /// Sum of the categories (the accounting, or P&L, view).
    pub total: f64,
    /// Cash paid out this month: the total with owned GPUs counted when they
    /// are bought (less resale) instead of as depreciation.
    pub cash: f64,
}

impl MonthCost {
    /// The six category amounts, in report order (tokens, compute, people,
    /// quality, time to market, risk and compliance).
    pub fn categories(&self) -> [f64; 6] {
        [
            self.tokens,
            self.compute,
            self.people,
            self.quality,
            self.time_to_market,
            self.risk_compliance,
        ]
    }

    /// Recomputes `total` from the categories.
    pub fn with_total(mut self) -> MonthCost {
        self.total = self.tokens
            + self.compute
            + self.people
            + self.quality
            + self.time_to_market
            + self.risk_compliance;
        self
    }

    /// Multiplies every amount (not the volumes) by `factor`; an overflow gives 0.
    pub fn scaled(self, factor: f64) -> MonthCost {
        use crate::currency::finite_or_zero as f;
        MonthCost {
            tokens: f(self.tokens * factor),
            compute: f(self.compute * factor),
            people: f(self.people * factor),
            quality: f(self.quality * factor),
            time_to_market: f(self.time_to_market * factor),
            risk_compliance: f(self.risk_compliance * factor),
            total: f(self.total * factor),
            cash: f(self.cash * factor),
            ..self
        }
    }
}

/// Totals per category over the horizon.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct CategoryTotals {
    /// Per-token charges.
    pub tokens: f64,
    /// GPUs.
    pub compute: f64,
    /// Staff.
    pub people: f64,
    /// Reaching the target quality.
    pub quality: f64,
    /// Value lost while not serving.
    pub time_to_market: f64,
    /// Risk and compliance.
    pub risk_compliance: f64,
}

impl CategoryTotals {
    /// The six totals, in report order (as [`MonthCost::categories`]).
    pub fn categories(&self) -> [f64; 6] {
        [
            self.tokens,
            self.compute,
            self.people,
            self.quality,
            self.time_to_market,
            self.risk_compliance,
        ]
    }

    /// Adds one month.
    pub fn add(&mut self, month: &MonthCost) {
        self.tokens += month.tokens;
        self.compute += month.compute;
        self.people += month.people;
        self.quality += month.quality;
        self.time_to_market += month.time_to_market;
        self.risk_compliance += month.risk_compliance;
    }

    /// Sum of the categories.
    pub fn total(&self) -> f64 {
        self.tokens
            + self.compute
            + self.people
            + self.quality
            + self.time_to_market
            + self.risk_compliance
    }

    /// Multiplies every amount by `factor`; an overflow gives 0.
    pub fn scaled(self, factor: f64) -> CategoryTotals {
        use crate::currency::finite_or_zero as f;
        CategoryTotals {
            tokens: f(self.tokens * factor),
            compute: f(self.compute * factor),
            people: f(self.people * factor),
            quality: f(self.quality * factor),
            time_to_market: f(self.time_to_market * factor),
            risk_compliance: f(self.risk_compliance * factor),
        }
    }
}

/// The twelfth root of `x` in (0, 1], by Newton's method from 1 with a fixed
/// iteration cap: `+ - * /` only, so bit-identical on every platform (unlike
/// `powf`). Used for monthly price-decline factors.
pub fn twelfth_root(x: f64) -> f64 {
    if x.is_nan() || x <= 0.0 || !x.is_finite() {
        return 0.0;
    }
    if x >= 1.0 {
        return 1.0;
    }
    let mut y = 1.0_f64;
    for _ in 0..200 {
        let y2 = y * y;
        let y4 = y2 * y2;
        let y8 = y4 * y4;
        let y11 = y8 * y2 * y;
        let next = y - (y11 * y - x) / (12.0 * y11);
        if next.is_nan() || next >= y {
            break;
        }
        y = next;
    }
    y
}

/// The share of month `month` (0-based) in which a route that starts serving
/// after `delay_months` is in service: 0 before, 1 after, a fraction in the
/// month it starts.
#[inline]
pub fn served_fraction(month: usize, delay_months: f64) -> f64 {
    let start = month as f64;
    crate::guard::fraction(start + 1.0 - crate::guard::non_negative(delay_months))
}

/// The demand and price paths shared by all routes.
#[derive(Debug, Clone, PartialEq)]
pub struct Timeline {
    /// Requests demanded in each month (month 0 = `requests_per_month`).
    pub requests: Vec<f64>,
    /// Month 0's requests and the monthly growth factor, for months past the end.
    base_requests: f64,
    growth_factor: f64,
    /// Per-token price multiplier in each month: (1 - yearly decline)^(month / 12),
    /// stepped by [`twelfth_root`] (no platform's `powf`, so native and
    /// WebAssembly agree to the bit).
    pub token_price_factor: Vec<f64>,
    /// GPU price multiplier in each month: (1 - yearly decline)^(month / 12).
    pub gpu_price_factor: Vec<f64>,
}

impl Timeline {
    /// Builds the paths: requests_m = requests_0 x (1 + growth)^m, capped at 10^13
    /// a month so nothing overflows; price factors decline geometrically.
    pub fn new(
        months: usize,
        requests_per_month: f64,
        growth_per_month: f64,
        token_decline_per_year: f64,
        gpu_decline_per_year: f64,
    ) -> Timeline {
        let base = crate::guard::non_negative(requests_per_month);
        let growth = 1.0 + crate::guard::clamp(growth_per_month, -0.99, 1.0);
        let token_yearly = 1.0 - crate::guard::fraction(token_decline_per_year).min(0.99);
        let gpu_yearly = 1.0 - crate::guard::fraction(gpu_decline_per_year).min(0.99);
        let token_monthly = twelfth_root(token_yearly);
        let gpu_monthly = twelfth_root(gpu_yearly);
        let mut requests = Vec::with_capacity(months);
        let mut token_price_factor = Vec::with_capacity(months);
        let mut gpu_price_factor = Vec::with_capacity(months);
        let (mut volume, mut token_factor, mut gpu_factor) = (base, 1.0, 1.0);
        for _ in 0..months {
            requests.push(volume.min(1e13));
            token_price_factor.push(token_factor);
            gpu_price_factor.push(gpu_factor);
            volume = (volume * growth).min(1e13);
            token_factor *= token_monthly;
            gpu_factor *= gpu_monthly;
        }
        Timeline {
            requests,
            base_requests: base,
            growth_factor: growth,
            token_price_factor,
            gpu_price_factor,
        }
    }

    /// Number of months.
    pub fn months(&self) -> usize {
        self.requests.len()
    }

    /// The same growth and price paths with `base` requests in month 1.
    pub fn rebased(&self, base: f64) -> Timeline {
        let base = crate::guard::non_negative(base);
        let mut volume = base;
        let requests = self
            .requests
            .iter()
            .map(|_| {
                let month = volume.min(1e13);
                volume = (volume * self.growth_factor).min(1e13);
                month
            })
            .collect();
        Timeline {
            requests,
            base_requests: base,
            growth_factor: self.growth_factor,
            token_price_factor: self.token_price_factor.clone(),
            gpu_price_factor: self.gpu_price_factor.clone(),
        }
    }

    /// Requests demanded in 0-based `month`, also past the timeline's end
    /// (where a reserved term that outlives the horizon is planned).
    pub fn requests_at(&self, month: usize) -> f64 {
        match self.requests.get(month) {
            Some(requests) => *requests,
            None => {
                let exponent = i32::try_from(month).unwrap_or(i32::MAX);
                (self.base_requests * self.growth_factor.powi(exponent)).min(1e13)
            }
        }
    }
}
