//! The cost model's inputs, resolved once from a profile and the catalog:
//! every value clamped to what the model accepts, every price taken from the
//! catalog or the profile's override and converted to US dollars, staff costs
//! looked up. `crate::evaluate` builds them (and records where each value
//! came from); [`crate::cost::model`] runs the months from them, for the full
//! report and for the decision's fast path alike. Currencies other than the
//! dollar appear only where figures are shown.

use crate::catalog::{CloudKind, Gpu, RentalPrice};
use crate::cost::fleet::{FleetPlan, GpuPrices};
use crate::cost::people::HiringKnobs;
use crate::cost::tokens::RequestShape;
use crate::cost::Timeline;
use crate::guard::{clamp, fraction};
use crate::profile::{Deployment, RentalPlan, SelfHostedRoute};
use crate::report::{PerRoute, RouteId};
use crate::sizing::ReplicaSizing;

/// Staff by role, in the order of [`crate::catalog::Role::ALL`]
/// (ML engineers, MLOps engineers, data scientists).
pub type PerRole = [f64; 3];

/// Everything the months of all three routes depend on, in US dollars.
#[derive(Debug, Clone, PartialEq)]
pub struct CostInputs {
    /// Months computed.
    pub months: usize,
    /// Demand and price paths.
    pub timeline: Timeline,
    /// Tokens per request, cache and batch shares.
    pub shape: RequestShape,
    /// Hiring and ramp-up knobs.
    pub hiring: HiringKnobs,
    /// FTEs on staff per role.
    pub on_staff: PerRole,
    /// Loaded cost per role, US dollars a year.
    pub loaded_usd_per_year: PerRole,
    /// What a month of the project in service is worth, US dollars.
    pub project_value_usd_per_month: f64,
    /// Months between quality programmes.
    pub quality_repeat_every_months: u32,
    /// Each route's own inputs.
    pub routes: PerRoute<RouteInputs>,
}

/// One route's inputs.
#[derive(Debug, Clone, PartialEq)]
pub struct RouteInputs {
    /// What the route's volume costs.
    pub usage: Usage,
    /// FTEs the route needs per role.
    pub staff_needed: PerRole,
    /// Months before the route serves users, before any hiring delay.
    pub time_to_market_months: f64,
    /// One-off risk and compliance cost, US dollars.
    pub compliance_one_off_usd: f64,
    /// Recurring risk and compliance cost, US dollars a month.
    pub compliance_usd_per_month: f64,
    /// Quality programmes per cycle.
    pub programmes_per_cycle: f64,
    /// Cost of one quality programme, US dollars.
    pub programme_usd: f64,
}

/// How a route's cost depends on its volume.
#[derive(Debug, Clone, PartialEq)]
pub enum Usage {
    /// The route cannot be computed (unknown id, nothing fits, no price).
    Unavailable,
    /// Per-token charges: US dollars per request at today's list price.
    PerToken {
        /// US dollars per request.
        usd_per_request: f64,
    },
    /// A self-hosted fleet: one plan per tensor-parallel size that fits
    /// (those meeting the latency target, if any do).
    Fleet(Vec<FleetCandidate>),
}

/// One tensor-parallel size of the self-hosted route.
#[derive(Debug, Clone, PartialEq)]
pub struct FleetCandidate {
    /// The GPU's display name.
    pub gpu_name: String,
    /// The replica, sized.
    pub sizing: ReplicaSizing,
    /// Its fleet plan (reservations still to be planned for the route's
    /// first serving month, see [`FleetPlan::with_reservations`]).
    pub plan: FleetPlan,
}

/// Why the self-hosted route has no GPU price.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MissingGpuPrice {
    /// Rented, and the GPU row has no rental price.
    Rental,
    /// Owned, and the GPU row has no purchase price.
    Purchase,
}

/// Where the self-hosted route's GPU price comes from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum GpuPriceSource<'a> {
    /// The profile's override.
    Override,
    /// A catalog rental row.
    Rental(&'a RentalPrice),
    /// The GPU row's purchase price.
    Purchase,
}

/// The self-hosted route's GPU prices, US dollars, from the profile's
/// overrides or the catalog: the one place these are resolved (the
/// evaluation, the fast path and the flip search all read them here).
pub fn gpu_prices<'a>(
    route: &SelfHostedRoute,
    gpu: &'a Gpu,
) -> Result<(GpuPrices, GpuPriceSource<'a>), MissingGpuPrice> {
    let term = route.reserved_term;
    match route.deployment {
        Deployment::Rented => {
            let rental = gpu.rental_for(route.cloud);
            let (on_demand, source) = match (route.gpu_hour_usd_override, rental) {
                (Some(value), _) => (clamp(value, 0.0, 1e6), GpuPriceSource::Override),
                (None, Some(row)) => (row.usd_per_gpu_hour, GpuPriceSource::Rental(row)),
                (None, None) => return Err(MissingGpuPrice::Rental),
            };
            let discount = route
                .reserved_discount_override
                .or_else(|| rental.and_then(|row| row.reserved_discount(term)))
                .map_or(0.0, |discount| fraction(discount).min(0.95));
            Ok((
                GpuPrices {
                    on_demand_usd_per_gpu_hour: on_demand,
                    reserved_discount: if route.rental_plan == RentalPlan::Reserved {
                        discount
                    } else {
                        0.0
                    },
                    reserved_term_months: term.months(),
                    purchase_usd_per_gpu: 0.0,
                },
                source,
            ))
        }
        Deployment::Owned => {
            let (price, source) = match (route.gpu_purchase_usd_override, gpu.purchase_usd) {
                (Some(value), _) => (clamp(value, 0.0, 1e9), GpuPriceSource::Override),
                (None, Some(price)) => (price, GpuPriceSource::Purchase),
                (None, None) => return Err(MissingGpuPrice::Purchase),
            };
            Ok((
                GpuPrices {
                    on_demand_usd_per_gpu_hour: 0.0,
                    reserved_discount: 0.0,
                    reserved_term_months: term.months(),
                    purchase_usd_per_gpu: price,
                },
                source,
            ))
        }
    }
}

/// Today's GPU price the flip search moves: US dollars per GPU-hour on demand
/// when rented, per GPU when owned.
pub fn headline_gpu_price(route: &SelfHostedRoute, gpu: &Gpu) -> Option<f64> {
    let (prices, _) = gpu_prices(route, gpu).ok()?;
    Some(match route.deployment {
        Deployment::Rented => prices.on_demand_usd_per_gpu_hour,
        Deployment::Owned => prices.purchase_usd_per_gpu,
    })
}

/// The rental row a cloud kind uses (for the assumption list).
pub fn rental_row(gpu: &Gpu, cloud: CloudKind) -> Option<&RentalPrice> {
    gpu.rental_for(cloud)
}

impl CostInputs {
    /// The inputs of one route.
    pub fn route(&self, route: RouteId) -> &RouteInputs {
        self.routes.get(route)
    }
}
