//! Compute for the self-hosted route: the fleet each month, and what it costs
//! rented or owned.
//!
//! Fleet: peak requests/s = requests in the month / seconds in a month x
//! peak-to-average; replicas = ceil(peak / (replica capacity x target
//! utilisation)), at least 1, plus redundancy. Before the route serves users a
//! single replica is kept for development and testing.
//!
//! Rented: GPUs x 730 h x $/GPU-hour x price factor (NVIDIA's method:
//! cost per GPU-hour x hours).
//! Owned: GPUs are bought when the fleet first needs them, at the month's
//! price x (1 + server overhead), and charged straight-line over the
//! depreciation period (then replaced, so the charge continues); power =
//! GPUs x TDP x server power factor x average draw x PUE x 730 h x $/kWh;
//! hosting = GPUs x $/GPU-month; maintenance = yearly fraction x capex / 12.

use serde::Serialize;

use crate::cost::{served_fraction, Timeline, HOURS_PER_MONTH, SECONDS_PER_MONTH};
use crate::guard::{ceil_count, divide, fraction, non_negative};
use crate::profile::{ComputeAssumptions, Deployment};

/// The compute cost over the horizon split into its parts, US dollars (or the
/// display currency once in a report). `capex_spent` is cash, not a cost: the
/// cost of owned GPUs is their depreciation.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct ComputeBreakdown {
    /// GPU rental.
    pub rental: f64,
    /// Straight-line depreciation of owned GPUs and servers.
    pub depreciation: f64,
    /// Electricity (with server power and PUE).
    pub power: f64,
    /// Rack space, cooling and network.
    pub hosting: f64,
    /// Support contracts and spares.
    pub maintenance: f64,
    /// Purchases made over the horizon (cash out; not added to the total).
    pub capex_spent: f64,
}

impl ComputeBreakdown {
    /// Rental + depreciation + power + hosting + maintenance.
    pub fn total(&self) -> f64 {
        self.rental + self.depreciation + self.power + self.hosting + self.maintenance
    }

    /// Multiplies every amount by `factor`; an overflow gives 0.
    pub fn scaled(self, factor: f64) -> ComputeBreakdown {
        use crate::currency::finite_or_zero as f;
        ComputeBreakdown {
            rental: f(self.rental * factor),
            depreciation: f(self.depreciation * factor),
            power: f(self.power * factor),
            hosting: f(self.hosting * factor),
            maintenance: f(self.maintenance * factor),
            capex_spent: f(self.capex_spent * factor),
        }
    }
}

/// Everything the compute cost needs, as plain numbers in US dollars.
#[derive(Debug, Clone, PartialEq)]
pub struct ComputePlan {
    /// Rented or owned.
    pub deployment: Deployment,
    /// GPUs per replica.
    pub gpus_per_replica: u32,
    /// Requests per second one replica serves at full load.
    pub replica_requests_per_second: f64,
    /// Share of capacity used at peak.
    pub target_utilisation: f64,
    /// Extra replicas.
    pub redundancy_replicas: u32,
    /// Peak / average request rate.
    pub peak_to_average: f64,
    /// Months before the route serves users.
    pub delay_months: f64,
    /// Rental price, US dollars per GPU-hour.
    pub usd_per_gpu_hour: f64,
    /// Purchase price per GPU, US dollars.
    pub purchase_usd_per_gpu: f64,
    /// GPU board power, watts.
    pub gpu_power_w: f64,
    /// Ownership knobs.
    pub knobs: ComputeAssumptions,
}

impl ComputePlan {
    /// Replicas needed for a month's requests once serving (load + redundancy).
    pub fn replicas_for(&self, requests_in_month: f64) -> u32 {
        let peak_rps = non_negative(requests_in_month) / SECONDS_PER_MONTH
            * non_negative(self.peak_to_average).max(1.0);
        let capacity =
            non_negative(self.replica_requests_per_second) * fraction(self.target_utilisation);
        let for_load = if peak_rps <= 0.0 {
            1
        } else {
            ceil_count(divide(peak_rps, capacity, f64::from(u32::MAX))).max(1)
        };
        for_load.saturating_add(self.redundancy_replicas)
    }

    /// Replicas kept in a 0-based month: one while setting up, the full fleet
    /// once serving, and in the launch month whichever is larger.
    pub fn replicas_in_month(&self, month: usize, requests_in_month: f64) -> u32 {
        let served = served_fraction(month, self.delay_months);
        if served <= 0.0 {
            1
        } else {
            self.replicas_for(requests_in_month)
        }
    }

    /// Fills `out` (one slot per month, may be empty) with each month's compute
    /// cost at `volume_scale` x the timeline's requests, and returns the total
    /// and the largest fleet in GPUs.
    pub fn run(&self, timeline: &Timeline, volume_scale: f64, out: &mut [f64]) -> (f64, u32) {
        let (breakdown, max_gpus) = self.run_with_breakdown(timeline, volume_scale, out);
        (breakdown.total(), max_gpus)
    }

    /// As [`ComputePlan::run`], with the total split into its parts.
    pub fn run_with_breakdown(
        &self,
        timeline: &Timeline,
        volume_scale: f64,
        out: &mut [f64],
    ) -> (ComputeBreakdown, u32) {
        let gpus_per_replica = f64::from(self.gpus_per_replica.max(1));
        let scale = non_negative(volume_scale);
        let knobs = &self.knobs;
        let depreciation_months = f64::from(knobs.depreciation_months.max(1));
        let kw_per_gpu = non_negative(self.gpu_power_w) / 1000.0
            * non_negative(knobs.server_power_factor)
            * fraction(knobs.average_power_fraction)
            * non_negative(knobs.pue).max(1.0);
        let energy_per_gpu_month =
            kw_per_gpu * HOURS_PER_MONTH * non_negative(knobs.energy_usd_per_kwh);
        let hosting_per_gpu_month = non_negative(knobs.hosting_usd_per_gpu_month);
        let maintenance_per_month = non_negative(knobs.maintenance_fraction_per_year) / 12.0;
        let overhead = 1.0 + non_negative(knobs.server_capex_overhead_fraction);
        let mut owned_gpus = 0.0_f64;
        let mut capex_total = 0.0_f64;
        let mut parts = ComputeBreakdown::default();
        let mut max_gpus = 0_u32;
        let rent_per_gpu_month = HOURS_PER_MONTH * non_negative(self.usd_per_gpu_hour);
        let purchase = non_negative(self.purchase_usd_per_gpu) * overhead;
        let setup_gpus = gpus_per_replica;
        for (month, requests) in timeline.requests.iter().enumerate() {
            let gpus = if served_fraction(month, self.delay_months) <= 0.0 {
                setup_gpus
            } else {
                f64::from(self.replicas_for(requests * scale)) * gpus_per_replica
            };
            max_gpus = max_gpus.max(ceil_count(gpus));
            let price_factor = timeline.gpu_price_factor.get(month).copied().unwrap_or(1.0);
            let cost = match self.deployment {
                Deployment::Rented => {
                    let rental = gpus * rent_per_gpu_month * price_factor;
                    parts.rental += rental;
                    rental
                }
                Deployment::Owned => {
                    if gpus > owned_gpus {
                        let bought = (gpus - owned_gpus) * purchase * price_factor;
                        capex_total += bought;
                        parts.capex_spent += bought;
                        owned_gpus = gpus;
                    }
                    let depreciation = capex_total / depreciation_months;
                    let power = owned_gpus * energy_per_gpu_month;
                    let hosting = owned_gpus * hosting_per_gpu_month;
                    let maintenance = capex_total * maintenance_per_month;
                    parts.depreciation += depreciation;
                    parts.power += power;
                    parts.hosting += hosting;
                    parts.maintenance += maintenance;
                    depreciation + power + hosting + maintenance
                }
            };
            if let Some(slot) = out.get_mut(month) {
                *slot = cost;
            }
        }
        (parts, max_gpus)
    }
}
