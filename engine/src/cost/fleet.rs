//! The self-hosted fleet month by month: how many replicas run in each hour,
//! what they cost rented or owned, in the accounting (P&L) view and in cash.
//!
//! Load: month m's average rate is `R_m / seconds in a month`; hour h of its
//! days carries `level(h)` x that rate ([`DailyShape`]). A replica serves
//! `capacity` requests/s at full load (the sizing) and is planned at the target
//! utilisation.
//!
//! - **Always on** (rented) and **owned**: sized for the busiest hour,
//!   `ceil(rate x peak / (capacity x utilisation))` (at least 1) + redundancy,
//!   around the clock.
//! - **Autoscaled** (rented): in each hour
//!   `max(minimum, ceil(rate x level x (1 + headroom) / (capacity x utilisation)))`
//!   + redundancy replicas, billed per replica-hour on demand.
//! - **Reserved + burst** (rented): at the start of each term (from the first
//!   month in service) a number of replicas is committed at the reserved price;
//!   hours needing more (as autoscaled) rent the rest on demand. The number is
//!   the cost-minimising one: a replica is worth reserving when it is needed
//!   in at least `reserved price / on-demand price` of the term's hours (the
//!   newsvendor rule), so it covers the load at that upper quantile of the
//!   term's hourly loads.
//! - Before the route serves, one replica is kept (development, testing),
//!   on demand or bought.
//!
//! Owned GPUs are bought when the fleet first needs them (at the month's price
//! x (1 + server overhead)), depreciated straight-line to their residual value
//! over their service life, then sold at that value and replaced if still
//! needed. P&L month = depreciation + power + hosting + maintenance; cash month
//! = purchases - resale + power + hosting + maintenance.

use serde::Serialize;

use crate::cost::load_shape::DailyShape;
use crate::cost::{Timeline, HOURS_PER_MONTH, SECONDS_PER_MONTH};
use crate::guard::{ceil_count, clamp, divide, fraction, non_negative};
use crate::profile::{Deployment, RentalPlan, MAX_HORIZON_MONTHS};

/// Converts a month's requests to requests per second (a multiplication: the
/// fleet loops run it for every month of every scenario).
const PER_SECOND_OF_A_MONTH: f64 = 1.0 / SECONDS_PER_MONTH;

/// Hours of one hour-of-day in a month: 730 / 24.
const HOURS_PER_HOUR_OF_DAY: f64 = HOURS_PER_MONTH / 24.0;

/// The longest horizon, as an array length.
const MAX_MONTHS: usize = MAX_HORIZON_MONTHS as usize;

/// GPU prices, US dollars.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GpuPrices {
    /// On-demand rental, per GPU-hour.
    pub on_demand_usd_per_gpu_hour: f64,
    /// Discount of reserved over on-demand GPU-hours, 0..1.
    pub reserved_discount: f64,
    /// Length of a reserved term, months.
    pub reserved_term_months: u32,
    /// Purchase price of one GPU.
    pub purchase_usd_per_gpu: f64,
}

/// What owning GPUs costs besides their price.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Ownership {
    /// Months a GPU serves before it is sold and replaced.
    pub service_life_months: u32,
    /// Resale value at the end of the service life, as a fraction of the price paid.
    pub residual_value_fraction: f64,
    /// Server, network and storage on top of the GPU price, as a fraction of it.
    pub capex_overhead_fraction: f64,
    /// Electricity per GPU and month, US dollars.
    pub energy_usd_per_gpu_month: f64,
    /// Rack space, cooling and network per GPU and month, US dollars.
    pub hosting_usd_per_gpu_month: f64,
    /// Support and spares per year, as a fraction of the capex in service.
    pub maintenance_fraction_per_year: f64,
}

/// A fleet plan: one tensor-parallel size of the self-hosted route, with
/// everything its months need, in US dollars.
#[derive(Debug, Clone, PartialEq)]
pub struct FleetPlan {
    /// Rented or owned.
    pub deployment: Deployment,
    /// How a rented fleet is bought.
    pub rental_plan: RentalPlan,
    /// GPUs per replica.
    pub gpus_per_replica: u32,
    /// Requests per second one replica serves at full load.
    pub replica_requests_per_second: f64,
    /// Share of a replica's capacity planned to be used.
    pub target_utilisation: f64,
    /// Replicas kept beyond the load (N + this).
    pub redundancy_replicas: u32,
    /// Fewest load replicas an autoscaled fleet keeps.
    pub autoscale_min_replicas: u32,
    /// Capacity kept above an hour's demand while replicas start, fraction.
    pub autoscale_headroom: f64,
    /// How each day's load spreads over its hours.
    pub shape: DailyShape,
    /// GPU prices.
    pub prices: GpuPrices,
    /// Ownership costs.
    pub ownership: Ownership,
    /// For each reserved term, from the first month in service: the load
    /// (requests/s at volume scale 1, times the hour's level) at the
    /// reservation quantile of the term's hours.
    pub reserved_quantiles: Vec<f64>,
    /// First month (0-based) the route serves users.
    pub first_serving_month: usize,
    /// The share of that first month in service (0..1; 1 when the route goes
    /// live at the start of a month). A rented fleet runs the one set-up
    /// replica for the rest of the month.
    pub launch_month_served_share: f64,
}

/// What a scenario changes in a plan (the Monte Carlo's and the flip
/// search's inputs; [`FleetScenario::AS_PLANNED`] is the profile itself).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FleetScenario {
    /// Multiplier of the timeline's requests.
    pub volume_scale: f64,
    /// Multiplier of a replica's throughput.
    pub throughput: f64,
    /// Target utilisation (absolute, replaces the plan's); `None` keeps the plan's.
    pub utilisation: Option<f64>,
    /// Multiplier of every GPU price (rent, reservation and purchase).
    pub gpu_price: f64,
}

impl FleetScenario {
    /// The plan as the profile has it.
    pub const AS_PLANNED: FleetScenario = FleetScenario {
        volume_scale: 1.0,
        throughput: 1.0,
        utilisation: None,
        gpu_price: 1.0,
    };
}

/// One month of the fleet, US dollars.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct FleetMonth {
    /// 0-based month.
    pub month: u32,
    /// Whether the route serves users this month.
    pub serving: bool,
    /// GPUs at the month's busiest hour (owned: GPUs owned).
    pub gpus: f64,
    /// Replica-hours run (or owned) this month.
    pub replica_hours: f64,
    /// Replicas reserved this month (reserved plan).
    pub reserved_replicas: u32,
    /// Requests the month's load asked of the fleet (its rate x a month).
    pub demanded_requests: f64,
    /// On-demand GPU rental.
    pub rental_on_demand_usd: f64,
    /// Reserved GPU rental.
    pub rental_reserved_usd: f64,
    /// Depreciation of owned GPUs (to their residual value).
    pub depreciation_usd: f64,
    /// Electricity of owned GPUs.
    pub power_usd: f64,
    /// Hosting of owned GPUs.
    pub hosting_usd: f64,
    /// Maintenance of owned GPUs.
    pub maintenance_usd: f64,
    /// GPUs bought this month, with servers (cash).
    pub purchases_usd: f64,
    /// GPUs sold at the end of their service life (cash in).
    pub resale_usd: f64,
    /// What the owned GPUs are worth at the end of the month in the books:
    /// what was paid, less depreciation, less what was sold.
    pub book_value_usd: f64,
}

impl FleetMonth {
    /// The month's cost in the accounting view: rent, or depreciation and running costs.
    pub fn cost_usd(&self) -> f64 {
        self.rental_on_demand_usd
            + self.rental_reserved_usd
            + self.depreciation_usd
            + self.power_usd
            + self.hosting_usd
            + self.maintenance_usd
    }

    /// The month's cash: rent, or purchases less resale plus running costs.
    pub fn cash_usd(&self) -> f64 {
        self.rental_on_demand_usd
            + self.rental_reserved_usd
            + self.purchases_usd
            + self.power_usd
            + self.hosting_usd
            + self.maintenance_usd
            - self.resale_usd
    }
}

/// What a run of a plan shares across its months.
struct Run {
    months: usize,
    gpus_per_replica: f64,
    /// Requests/s a replica is planned to carry.
    capacity: f64,
    /// Multiplier of the timeline's requests.
    scale: f64,
    on_demand_per_gpu_hour: f64,
    /// The scenario's GPU price multiplier.
    price: f64,
}

#[cfg(test)]
mod ceil_tests {
    use super::ceil_lane;

    #[test]
    fn the_rounding_trick_is_a_ceiling() {
        for value in [
            0.0,
            0.2,
            0.5,
            1.0,
            1.5,
            2.5,
            3.0 - 1e-12,
            3.0,
            7.499_999,
            1e9 + 0.5,
            1e15,
        ] {
            assert_eq!(ceil_lane(value), value.ceil(), "{value}");
        }
        assert_eq!(ceil_lane(2e15), 1e15);
    }
}

/// Room for the day's distinct levels (at most 13: the shape is symmetric
/// about its peak).
const LANES: usize = 16;

/// The whole number of replicas at or above `value`, as a float, for loads
/// that are finite and non-negative by construction (a product of guarded
/// factors); saturates at 10^15 replicas. `f64::ceil` is a library call on
/// wasm and on x86-64 without SSE4.1, and a float-to-integer `as` saturates
/// with several compares; adding and taking away 2^52 rounds any value
/// below 2^52 to the nearest whole number in two exact IEEE operations.
#[inline(always)]
fn ceil_lane(value: f64) -> f64 {
    const ROUNDING: f64 = 4_503_599_627_370_496.0; // 2^52
    let value = if value < 1e15 { value } else { 1e15 };
    let nearest = (value + ROUNDING) - ROUNDING;
    nearest + if nearest < value { 1.0 } else { 0.0 }
}

/// The larger of two loads as a compare and select: `f64::max` (which must
/// handle NaN) compiles to a library call in this loop.
#[inline(always)]
fn larger(a: f64, b: f64) -> f64 {
    if a > b {
        a
    } else {
        b
    }
}

/// The load at a term's reservation quantile: the largest load `y` such that
/// the term's hours with a load (month's rate x hour's level) of at least `y`
/// make up at least `share` of its hours. `levels` are the day's levels,
/// busiest first, with the hours at each. Found by bisection on `y`; each
/// step counts the hours in one walk down the months (busiest first) and the
/// levels, since a quieter month has no more hours above `y` than a busier one.
fn term_quantile(rates: &[f64], levels: &[(f64, f64)], share: f64) -> f64 {
    // Hours of the day at or above each level (cumulative, busiest first).
    let mut cumulative = Vec::with_capacity(levels.len());
    let mut sum = 0.0;
    for (_, hours) in levels {
        sum += hours;
        cumulative.push(sum);
    }
    let mut months = rates.to_vec();
    months.sort_unstable_by(|a, b| b.total_cmp(a));
    let needed = months.len() as f64 * sum * fraction(share) * (1.0 - 1e-12);
    let hours_at_least = |load: f64| -> f64 {
        let mut above = levels.len();
        let mut hours = 0.0;
        for rate in &months {
            while above > 0
                && levels
                    .get(above - 1)
                    .is_some_and(|(level, _)| rate * level < load)
            {
                above -= 1;
            }
            hours += above
                .checked_sub(1)
                .and_then(|last| cumulative.get(last))
                .copied()
                .unwrap_or(0.0);
        }
        hours
    };
    let busiest = levels.first().map_or(0.0, |(level, _)| *level);
    let mut high = months.first().map_or(0.0, |rate| rate * busiest);
    if hours_at_least(high) >= needed {
        return high;
    }
    // 34 halvings: within 6e-11 of the busiest load, far finer than a replica.
    let mut low = 0.0_f64;
    for _ in 0..34 {
        let middle = 0.5 * (low + high);
        if middle <= low || middle >= high {
            break;
        }
        if hours_at_least(middle) >= needed {
            low = middle;
        } else {
            high = middle;
        }
    }
    low
}

impl FleetPlan {
    /// Fills in the reserved terms' quantiles for a demand path and the first
    /// serving month (called once the rest of the plan is set). A term that
    /// runs past the timeline is planned on the demand the timeline's growth
    /// gives for its later months.
    pub fn with_reservations(mut self, timeline: &Timeline, first_serving_month: usize) -> Self {
        self.first_serving_month = first_serving_month;
        self.reserved_quantiles.clear();
        if self.deployment != Deployment::Rented || self.rental_plan != RentalPlan::Reserved {
            return self;
        }
        let term = self.prices.reserved_term_months.max(1) as usize;
        let share = 1.0 - fraction(self.prices.reserved_discount);
        let mut start = first_serving_month;
        let mut rates = Vec::with_capacity(term);
        while start < timeline.months() {
            rates.clear();
            rates.extend(
                (start..start + term).map(|month| timeline.requests_at(month) / SECONDS_PER_MONTH),
            );
            self.reserved_quantiles
                .push(term_quantile(&rates, self.shape.levels(), share));
            start += term;
        }
        self
    }

    /// Replicas for a load of `rate` requests/s given the effective capacity
    /// per replica (capacity x utilisation), before redundancy. A load within
    /// a billionth of a whole number of replicas needs that number (the day's
    /// levels are normalised in floating point: exactly 3 replicas' worth of
    /// load must not round up to 4).
    #[inline(always)]
    fn replicas_for(rate: f64, capacity: f64) -> u32 {
        ceil_count(divide(rate, capacity, f64::from(u32::MAX)) * (1.0 - 1e-9))
    }

    /// Load replicas an autoscaled (or reserved plan's) hour needs at
    /// `rate_at_hour` requests/s: the minimum, or the load with headroom; plus
    /// the spares.
    #[inline(always)]
    fn hour_replicas(&self, rate_at_hour: f64, capacity: f64, headroom: f64) -> u32 {
        Self::replicas_for(rate_at_hour * headroom, capacity)
            .max(self.autoscale_min_replicas)
            .saturating_add(self.redundancy_replicas)
    }

    /// Replicas a fleet sized for the busiest hour runs at `rate` requests/s on
    /// average (at least one for the load, plus the spares).
    #[inline(always)]
    fn peak_replicas(&self, rate: f64, capacity: f64) -> u32 {
        Self::replicas_for(rate * self.shape.peak(), capacity)
            .max(1)
            .saturating_add(self.redundancy_replicas)
    }

    /// The effective capacity per replica (requests/s at the planned
    /// utilisation) under `scenario`.
    fn planned_capacity(&self, scenario: &FleetScenario) -> f64 {
        let utilisation = clamp(
            scenario.utilisation.unwrap_or(self.target_utilisation),
            0.01,
            1.0,
        );
        non_negative(self.replica_requests_per_second * non_negative(scenario.throughput))
            * utilisation
    }

    /// Replicas running in each hour of a day of 0-based `month` (serving;
    /// reserved replicas included): what the page's chart draws.
    pub fn hourly_replicas(
        &self,
        timeline: &Timeline,
        scenario: &FleetScenario,
        month: usize,
        reserved: u32,
    ) -> [u32; crate::cost::load_shape::HOURS_PER_DAY] {
        let capacity = self.planned_capacity(scenario);
        let rate = timeline.requests.get(month).copied().unwrap_or(0.0)
            * non_negative(scenario.volume_scale)
            / SECONDS_PER_MONTH;
        let headroom = 1.0 + clamp(self.autoscale_headroom, 0.0, 10.0);
        let always = self.peak_replicas(rate, capacity);
        self.shape
            .hourly()
            .map(|level| match (self.deployment, self.rental_plan) {
                (Deployment::Owned, _) | (Deployment::Rented, RentalPlan::AlwaysOn) => always,
                (Deployment::Rented, _) => self
                    .hour_replicas(rate * level, capacity, headroom)
                    .max(reserved),
            })
    }

    /// Runs the plan over the first `months` months of `timeline` under
    /// `scenario`, handing each month to `sink`. One loop per kind of plan
    /// (the hot path of the Monte Carlo: nothing is allocated, and the
    /// autoscaled hours are a multiply and a rounding each).
    pub fn run(
        &self,
        timeline: &Timeline,
        scenario: &FleetScenario,
        months: usize,
        mut sink: impl FnMut(&FleetMonth),
    ) {
        let months = months.min(timeline.months()).min(MAX_MONTHS);
        let price = non_negative(scenario.gpu_price);
        let run = Run {
            months,
            gpus_per_replica: f64::from(self.gpus_per_replica.max(1)),
            capacity: self.planned_capacity(scenario),
            scale: non_negative(scenario.volume_scale),
            on_demand_per_gpu_hour: non_negative(self.prices.on_demand_usd_per_gpu_hour) * price,
            price,
        };
        match (self.deployment, self.rental_plan) {
            (Deployment::Owned, _) => self.run_owned(&run, timeline, &mut sink),
            (Deployment::Rented, RentalPlan::AlwaysOn) => {
                self.run_always_on(&run, timeline, &mut sink)
            }
            (Deployment::Rented, _) => self.run_following_demand(&run, timeline, &mut sink),
        }
    }

    /// A rented fleet that goes live part-way through its first month pays
    /// the serving fleet for the share in service and the set-up replica for
    /// the rest (owned GPUs are paid for the whole month either way).
    #[inline(always)]
    fn blend_launch_month(&self, out: &mut FleetMonth, run: &Run, price_factor: f64) {
        let share = self.launch_month_served_share;
        if out.month as usize != self.first_serving_month || share >= 1.0 {
            return;
        }
        let share = fraction(share);
        let setup_usd =
            run.gpus_per_replica * HOURS_PER_MONTH * run.on_demand_per_gpu_hour * price_factor;
        out.rental_on_demand_usd = share * out.rental_on_demand_usd + (1.0 - share) * setup_usd;
        out.rental_reserved_usd *= share;
        out.replica_hours = share * out.replica_hours + (1.0 - share) * HOURS_PER_MONTH;
    }

    /// A month's shared figures: whether it serves, its requests and rate, its
    /// GPU price factor.
    #[inline(always)]
    fn month_of(&self, run: &Run, timeline: &Timeline, month: usize) -> (FleetMonth, f64, f64) {
        let requests = timeline.requests.get(month).copied().unwrap_or(0.0) * run.scale;
        let price_factor = timeline.gpu_price_factor.get(month).copied().unwrap_or(1.0);
        (
            FleetMonth {
                month: month as u32,
                serving: month >= self.first_serving_month,
                demanded_requests: requests,
                ..FleetMonth::default()
            },
            requests * PER_SECOND_OF_A_MONTH,
            price_factor,
        )
    }

    /// Replicas of a fleet sized for the busiest hour (one while setting up).
    #[inline(always)]
    fn sized_for_peak(&self, serving: bool, rate: f64, capacity: f64) -> f64 {
        if serving {
            f64::from(self.peak_replicas(rate, capacity))
        } else {
            1.0
        }
    }

    fn run_always_on(&self, run: &Run, timeline: &Timeline, sink: &mut impl FnMut(&FleetMonth)) {
        for month in 0..run.months {
            let (mut out, rate, price_factor) = self.month_of(run, timeline, month);
            let replicas = self.sized_for_peak(out.serving, rate, run.capacity);
            out.gpus = replicas * run.gpus_per_replica;
            out.replica_hours = replicas * HOURS_PER_MONTH;
            out.rental_on_demand_usd =
                out.gpus * HOURS_PER_MONTH * run.on_demand_per_gpu_hour * price_factor;
            self.blend_launch_month(&mut out, run, price_factor);
            sink(&out);
        }
    }

    fn run_owned(&self, run: &Run, timeline: &Timeline, sink: &mut impl FnMut(&FleetMonth)) {
        let own = &self.ownership;
        let life = own.service_life_months.max(1) as usize;
        let residual = fraction(own.residual_value_fraction);
        let unit_capex = non_negative(self.prices.purchase_usd_per_gpu)
            * run.price
            * (1.0 + non_negative(own.capex_overhead_fraction));
        let maintenance_per_month = non_negative(own.maintenance_fraction_per_year) / 12.0;
        let energy = non_negative(own.energy_usd_per_gpu_month);
        let hosting = non_negative(own.hosting_usd_per_gpu_month);
        // Owned GPUs by the month they were bought: count and capex.
        let mut bought_gpus = [0.0_f64; MAX_MONTHS];
        let mut bought_capex = [0.0_f64; MAX_MONTHS];
        let (mut owned, mut capex_in_service, mut book) = (0.0_f64, 0.0_f64, 0.0_f64);
        for month in 0..run.months {
            let (mut out, rate, price_factor) = self.month_of(run, timeline, month);
            let needed =
                self.sized_for_peak(out.serving, rate, run.capacity) * run.gpus_per_replica;
            // GPUs at the end of their life are sold at their residual value.
            if month >= life {
                let retiring = bought_gpus.get(month - life).copied().unwrap_or(0.0);
                let retiring_capex = bought_capex.get(month - life).copied().unwrap_or(0.0);
                owned -= retiring;
                capex_in_service -= retiring_capex;
                out.resale_usd = retiring_capex * residual;
            }
            if needed > owned {
                let buy = needed - owned;
                let capex = buy * unit_capex * price_factor;
                if let (Some(gpus), Some(cost)) =
                    (bought_gpus.get_mut(month), bought_capex.get_mut(month))
                {
                    *gpus = buy;
                    *cost = capex;
                }
                owned = needed;
                capex_in_service += capex;
                out.purchases_usd = capex;
            }
            out.gpus = owned;
            out.replica_hours = owned / run.gpus_per_replica * HOURS_PER_MONTH;
            out.depreciation_usd = capex_in_service.max(0.0) * (1.0 - residual) / life as f64;
            out.power_usd = owned * energy;
            out.hosting_usd = owned * hosting;
            out.maintenance_usd = capex_in_service.max(0.0) * maintenance_per_month;
            book = (book + out.purchases_usd - out.depreciation_usd - out.resale_usd).max(0.0);
            out.book_value_usd = book;
            sink(&out);
        }
    }

    /// Autoscaled, and reserved with on-demand burst: replicas follow the hour.
    fn run_following_demand(
        &self,
        run: &Run,
        timeline: &Timeline,
        sink: &mut impl FnMut(&FleetMonth),
    ) {
        let reserving = self.rental_plan == RentalPlan::Reserved;
        let reserved_per_gpu_hour =
            run.on_demand_per_gpu_hour * (1.0 - fraction(self.prices.reserved_discount));
        let headroom = 1.0 + clamp(self.autoscale_headroom, 0.0, 10.0);
        let term = self.prices.reserved_term_months.max(1) as usize;
        // Each distinct hour's level with the headroom and the month's hours at
        // it (busiest first), and the hours at or below each level.
        let mut level_lanes = [0.0_f64; LANES];
        let mut hour_lanes = [0.0_f64; LANES];
        let count = self.shape.levels().len().min(LANES);
        for ((level_slot, hour_slot), (level, hours)) in level_lanes
            .iter_mut()
            .zip(hour_lanes.iter_mut())
            .zip(self.shape.levels())
        {
            *level_slot = level * headroom;
            *hour_slot = hours * HOURS_PER_HOUR_OF_DAY;
        }
        let mut hours_from = [0.0_f64; LANES + 1];
        for index in (0..count).rev() {
            let later = hours_from.get(index + 1).copied().unwrap_or(0.0);
            if let (Some(slot), Some(hours)) = (hours_from.get_mut(index), hour_lanes.get(index)) {
                *slot = later + hours;
            }
        }
        let levels = level_lanes
            .get(..count)
            .unwrap_or(&[])
            .iter()
            .zip(&hour_lanes)
            .zip(&hours_from);
        let per_replica = divide(1.0, run.capacity, f64::from(u32::MAX)) * (1.0 - 1e-9);
        let floor = f64::from(self.autoscale_min_replicas);
        let spares = f64::from(self.redundancy_replicas);
        let mut reserved = 0_u32;
        let mut reserved_price_locked = reserved_per_gpu_hour;
        let (mut months_into_term, mut terms_started) = (0_usize, 0_usize);
        for month in 0..run.months {
            let (mut out, rate, price_factor) = self.month_of(run, timeline, month);
            if !out.serving {
                out.gpus = run.gpus_per_replica;
                out.replica_hours = HOURS_PER_MONTH;
                out.rental_on_demand_usd = run.gpus_per_replica
                    * HOURS_PER_MONTH
                    * run.on_demand_per_gpu_hour
                    * price_factor;
                sink(&out);
                continue;
            }
            // A new term starts every `term` months from the first one served.
            if reserving && months_into_term == 0 {
                let quantile = self
                    .reserved_quantiles
                    .get(terms_started)
                    .copied()
                    .unwrap_or(0.0);
                terms_started += 1;
                reserved = if self.prices.reserved_discount > 0.0 {
                    self.hour_replicas(quantile * run.scale, run.capacity, headroom)
                } else {
                    0
                };
                // The reserved price is fixed when the term is signed.
                reserved_price_locked = reserved_per_gpu_hour * price_factor;
            }
            months_into_term = if months_into_term + 1 >= term {
                0
            } else {
                months_into_term + 1
            };
            let reserved_f = f64::from(reserved);
            let load = rate * per_replica;
            // The busiest hour is the first level (levels are sorted busiest first).
            let busiest = larger(ceil_lane(load * level_lanes[0]), floor) + spares;
            let mut burst_replica_hours = 0.0_f64;
            for ((level, hours), hours_from_here) in levels.clone() {
                let needed = ceil_lane(load * level);
                if needed <= floor {
                    // This hour and every quieter one run the floor.
                    burst_replica_hours +=
                        larger(floor + spares - reserved_f, 0.0) * hours_from_here;
                    break;
                }
                let burst = needed + spares - reserved_f;
                if burst <= 0.0 {
                    // Quieter hours need no more than the reservation.
                    break;
                }
                burst_replica_hours += burst * hours;
            }
            let reserved_hours = f64::from(reserved) * HOURS_PER_MONTH;
            out.reserved_replicas = reserved;
            out.gpus = busiest.max(reserved_f) * run.gpus_per_replica;
            out.replica_hours = burst_replica_hours + reserved_hours;
            out.rental_on_demand_usd = burst_replica_hours
                * run.gpus_per_replica
                * run.on_demand_per_gpu_hour
                * price_factor;
            out.rental_reserved_usd = reserved_hours * run.gpus_per_replica * reserved_price_locked;
            self.blend_launch_month(&mut out, run, price_factor);
            sink(&out);
        }
    }

    /// The accounting cost over the first `months` months, US dollars.
    pub fn cost_usd(&self, timeline: &Timeline, scenario: &FleetScenario, months: usize) -> f64 {
        let mut total = 0.0;
        self.run(timeline, scenario, months, |month| {
            total += month.cost_usd()
        });
        total
    }

    /// Replicas reserved beyond the horizon: the GPU-hours still owed when a
    /// term runs past `months`, US dollars (the report notes it; it is not
    /// part of the horizon's cost). `last` is the plan's last month of the
    /// run over `months` (the caller has just run it).
    pub fn commitment_after_usd(&self, last: Option<&FleetMonth>, months: usize) -> f64 {
        if self.deployment != Deployment::Rented || self.rental_plan != RentalPlan::Reserved {
            return 0.0;
        }
        let term = self.prices.reserved_term_months.max(1) as usize;
        if months <= self.first_serving_month {
            return 0.0;
        }
        let served_months = months - self.first_serving_month;
        let left = (term - served_months % term) % term;
        match last {
            Some(month) if month.reserved_replicas > 0 && left > 0 => {
                month.rental_reserved_usd * left as f64
            }
            _ => 0.0,
        }
    }
}

/// A fleet's months summed: the report's breakdown of compute and the
/// fleet's use, US dollars.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct ComputeBreakdown {
    /// On-demand GPU rental (always on, autoscaled, and reserved plans' burst).
    pub rental: f64,
    /// Reserved GPU rental.
    pub reserved: f64,
    /// Straight-line depreciation of owned GPUs and servers (to their residual value).
    pub depreciation: f64,
    /// Electricity (with server power and PUE).
    pub power: f64,
    /// Rack space, cooling and network.
    pub hosting: f64,
    /// Support contracts and spares.
    pub maintenance: f64,
    /// Purchases made over the horizon (cash out; the cost is the depreciation).
    pub capex_spent: f64,
    /// GPUs sold at the end of their service life over the horizon (cash in).
    pub resale: f64,
    /// Reserved GPU-hours still owed after the horizon when a term runs past it (not in the total).
    pub commitment_after_horizon: f64,
    /// What the owned GPUs are still worth in the books at the end of the horizon.
    pub book_value_at_end: f64,
}

impl ComputeBreakdown {
    /// Adds one month.
    pub fn add(&mut self, month: &FleetMonth) {
        self.rental += month.rental_on_demand_usd;
        self.reserved += month.rental_reserved_usd;
        self.depreciation += month.depreciation_usd;
        self.power += month.power_usd;
        self.hosting += month.hosting_usd;
        self.maintenance += month.maintenance_usd;
        self.capex_spent += month.purchases_usd;
        self.resale += month.resale_usd;
        self.book_value_at_end = month.book_value_usd;
    }

    /// Rental + reserved + depreciation + power + hosting + maintenance.
    pub fn total(&self) -> f64 {
        self.rental
            + self.reserved
            + self.depreciation
            + self.power
            + self.hosting
            + self.maintenance
    }

    /// Multiplies every amount by `factor`; an overflow gives 0.
    pub fn scaled(self, factor: f64) -> ComputeBreakdown {
        use crate::currency::finite_or_zero as f;
        ComputeBreakdown {
            rental: f(self.rental * factor),
            reserved: f(self.reserved * factor),
            depreciation: f(self.depreciation * factor),
            power: f(self.power * factor),
            hosting: f(self.hosting * factor),
            maintenance: f(self.maintenance * factor),
            capex_spent: f(self.capex_spent * factor),
            resale: f(self.resale * factor),
            commitment_after_horizon: f(self.commitment_after_horizon * factor),
            book_value_at_end: f(self.book_value_at_end * factor),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(deployment: Deployment, rental_plan: RentalPlan) -> FleetPlan {
        FleetPlan {
            deployment,
            rental_plan,
            gpus_per_replica: 2,
            replica_requests_per_second: 10.0,
            target_utilisation: 0.5,
            redundancy_replicas: 1,
            autoscale_min_replicas: 1,
            autoscale_headroom: 0.0,
            shape: DailyShape::derived(2.0, 0.0),
            prices: GpuPrices {
                on_demand_usd_per_gpu_hour: 2.0,
                reserved_discount: 0.4,
                reserved_term_months: 12,
                purchase_usd_per_gpu: 20_000.0,
            },
            ownership: Ownership {
                service_life_months: 4,
                residual_value_fraction: 0.25,
                capex_overhead_fraction: 0.0,
                energy_usd_per_gpu_month: 100.0,
                hosting_usd_per_gpu_month: 50.0,
                maintenance_fraction_per_year: 0.12,
            },
            reserved_quantiles: Vec::new(),
            first_serving_month: 0,
            launch_month_served_share: 1.0,
        }
    }

    fn flat_timeline(months: usize, requests: f64) -> Timeline {
        Timeline::new(months, requests, 0.0, 0.0, 0.0)
    }

    /// 9 requests/s on average for `months` months.
    fn nine_per_second(months: usize) -> Timeline {
        flat_timeline(months, 9.0 * SECONDS_PER_MONTH)
    }

    #[test]
    fn always_on_is_sized_for_the_peak_hour() {
        // 9 requests/s on average; the peak hour (level 2) is 18/s; a replica
        // plans 10 x 0.5 = 5/s: ceil(3.6) = 4 replicas + 1 spare.
        // 5 replicas x 2 GPUs x 730 h x $2 = $14,600.
        let cost = plan(Deployment::Rented, RentalPlan::AlwaysOn).cost_usd(
            &nine_per_second(1),
            &FleetScenario::AS_PLANNED,
            1,
        );
        assert!((cost - 14_600.0).abs() < 1e-6, "{cost}");
    }

    #[test]
    fn autoscaled_replicas_follow_the_hour() {
        // The peak-2, trough-0 day has levels 1 + cos(15 deg x (h - 14)):
        // 2, 1.97, 1.87, 1.71, 1.5, 1.26, 1, 0.74, 0.5, 0.29, 0.13, 0.03 (each
        // twice, for the hours either side of 14:00) and 0 at 02:00. An hour
        // needs ceil(9 x level / 5) replicas (at least 1) + 1 spare:
        // 5, 5, 5, 5, 4, 4, 3, 3, 2, 2, 2, 2 and 2, so a day runs
        // 5 + 2 x 37 + 2 = 81 replica-hours.
        let months = months_of(
            &plan(Deployment::Rented, RentalPlan::Autoscaled),
            &nine_per_second(1),
            1,
        );
        let month = months[0];
        // 81 replica-hours a day = 81 x 730 / 24 a month, x 2 GPUs x $2.
        assert!((month.replica_hours - 81.0 * 730.0 / 24.0).abs() < 1e-9);
        assert!((month.cost_usd() - 81.0 * 730.0 / 24.0 * 4.0).abs() < 1e-6);
        assert_eq!(month.gpus, 10.0);
    }

    #[test]
    fn a_fleet_going_live_mid_month_pays_the_set_up_replica_for_the_rest() {
        // Live half-way through month 1: half of the autoscaled month (81
        // replica-hours a day) and half a month of the one set-up replica
        // (2 GPUs x 730 h x $2).
        let launching = FleetPlan {
            launch_month_served_share: 0.5,
            ..plan(Deployment::Rented, RentalPlan::Autoscaled)
        };
        let months = months_of(&launching, &nine_per_second(2), 2);
        let serving_hours = 81.0 * 730.0 / 24.0;
        assert!((months[0].replica_hours - (0.5 * serving_hours + 0.5 * 730.0)).abs() < 1e-9);
        let expected = 0.5 * serving_hours * 4.0 + 0.5 * 2.0 * 730.0 * 2.0;
        assert!(
            (months[0].cost_usd() - expected).abs() < 1e-6,
            "{}",
            months[0].cost_usd()
        );
        // The next month is in service in full.
        assert!((months[1].cost_usd() - serving_hours * 4.0).abs() < 1e-6);
        // Owned GPUs are bought and run the whole month either way.
        let owned = |share| {
            let mut first = None;
            FleetPlan {
                launch_month_served_share: share,
                ..plan(Deployment::Owned, RentalPlan::AlwaysOn)
            }
            .run(
                &nine_per_second(1),
                &FleetScenario::AS_PLANNED,
                1,
                |month| first = Some(month.cash_usd()),
            );
            first
        };
        assert_eq!(owned(0.5), owned(1.0));
    }

    /// The plan's first `months` months, as planned.
    fn months_of(plan: &FleetPlan, timeline: &Timeline, months: usize) -> Vec<FleetMonth> {
        let mut out = Vec::new();
        plan.run(timeline, &FleetScenario::AS_PLANNED, months, |month| {
            out.push(*month)
        });
        out
    }

    #[test]
    fn reserved_covers_the_hours_worth_reserving() {
        // Discount 40 %: a replica is worth reserving if needed in at least
        // 60 % of the hours (14.4 of 24). Busiest first, the hours reach 14.4
        // at the 15th, level 0.74: ceil(9 x 0.74 / 5) = 2, + 1 spare = 3 reserved.
        let timeline = nine_per_second(12);
        let reserved =
            plan(Deployment::Rented, RentalPlan::Reserved).with_reservations(&timeline, 0);
        let months = months_of(&reserved, &timeline, 12);
        assert_eq!(months[0].reserved_replicas, 3);
        // Burst replica-hours a day: (5 - 3) x 7 hours + (4 - 3) x 4 hours = 18.
        let burst = 18.0 * 730.0 / 24.0;
        let expected = 3.0 * 730.0 * 2.0 * 2.0 * 0.6 + burst * 2.0 * 2.0;
        assert!(
            (months[0].cost_usd() - expected).abs() < 1e-6,
            "{}",
            months[0].cost_usd()
        );
        // Cheaper than autoscaling alone (81 replica-hours a day on demand).
        assert!(months[0].cost_usd() < 81.0 * 730.0 / 24.0 * 4.0);
    }

    #[test]
    fn owned_gpus_are_paid_when_bought_and_sold_at_the_end_of_their_life() {
        // 5 replicas x 2 GPUs = 10 GPUs at $20,000, bought in month 1: cash
        // $200,000. Depreciation to 25 % over 4 months: $200,000 x 0.75 / 4 =
        // $37,500 a month. In month 5 they are sold for $50,000 and 10 new
        // ones bought for $200,000.
        let timeline = nine_per_second(6);
        let months = months_of(&plan(Deployment::Owned, RentalPlan::AlwaysOn), &timeline, 6);
        assert_eq!(months[0].purchases_usd, 200_000.0);
        assert_eq!(months[0].depreciation_usd, 37_500.0);
        // Power 10 x $100, hosting 10 x $50, maintenance 200,000 x 0.01.
        assert_eq!(months[0].cost_usd(), 37_500.0 + 1_000.0 + 500.0 + 2_000.0);
        assert_eq!(months[0].cash_usd(), 200_000.0 + 1_000.0 + 500.0 + 2_000.0);
        assert_eq!(months[1].cash_usd(), 3_500.0);
        assert_eq!(months[4].resale_usd, 50_000.0);
        assert_eq!(months[4].purchases_usd, 200_000.0);
        // Over the 4 months of a life, P&L and cash agree up to the resale value.
        // Books: $200,000 less four months of $37,500 = $50,000, the resale value.
        assert!((months[3].book_value_usd - 50_000.0).abs() < 1e-6);
        let pnl: f64 = months[..4].iter().map(FleetMonth::cost_usd).sum();
        let cash: f64 = months[..4].iter().map(FleetMonth::cash_usd).sum();
        assert!((cash - pnl - 50_000.0).abs() < 1e-6);
    }

    #[test]
    fn before_serving_one_replica_is_kept() {
        let timeline = nine_per_second(3);
        let autoscaled =
            plan(Deployment::Rented, RentalPlan::Autoscaled).with_reservations(&timeline, 2);
        let months = months_of(&autoscaled, &timeline, 3);
        assert_eq!(months[0].gpus, 2.0);
        assert!((months[0].cost_usd() - 2.0 * 730.0 * 2.0).abs() < 1e-9);
        assert!(months[2].cost_usd() > months[0].cost_usd());
    }
}
