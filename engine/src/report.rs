//! The report the engine returns: per route, month by month and in total, by
//! category; the fleet; break-even points; and the assumptions used.
//!
//! The JSON names `routes`, `route` (`closed_api` | `managed_open` |
//! `self_hosted`), `total_cost`, `cost_per_million_tokens`, `monthly`,
//! `excluded` and `fleet` (`gpu`, `gpus_per_replica`, `replicas`,
//! `memory_per_replica_gb`, `decode_tokens_per_second_per_replica`) are a fixed
//! interface. Amounts are in `currency`.
//!
//! The report holds no words: what a route runs ([`RouteLabel`]), why it is
//! excluded ([`Exclusion`]), the [`Warning`]s, and each assumption's value,
//! unit and source are typed values (in JSON, objects with a `kind`); the
//! presentation layer (`text::<language>`) puts them into words. Citations
//! (catalog and knob sources) and names stay as their authors wrote them.

use std::borrow::Cow;

use serde::Serialize;

use crate::catalog::{Benchmark, CloudKind, InterconnectKind, Role};
use crate::cost::fleet::ComputeBreakdown;
use crate::cost::{CategoryTotals, MonthCost};
use crate::currency::Currency;
use crate::profile::{DataResidency, Deployment, Precision, RentalPlan};
use crate::sizing::{BatchLimit, SizingError, StepTime};
use crate::unit::Unit;

/// The three routes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RouteId {
    /// A closed model's API.
    ClosedApi,
    /// An open-weight model on a provider's endpoint.
    ManagedOpen,
    /// Open weights on the organisation's own GPUs.
    SelfHosted,
}

impl RouteId {
    /// Every route, in report order.
    pub const ALL: [RouteId; 3] = [
        RouteId::ClosedApi,
        RouteId::ManagedOpen,
        RouteId::SelfHosted,
    ];

    /// Snake-case name as in the JSON.
    pub fn key(self) -> &'static str {
        match self {
            RouteId::ClosedApi => "closed_api",
            RouteId::ManagedOpen => "managed_open",
            RouteId::SelfHosted => "self_hosted",
        }
    }
}

/// One value for each route: the type for anything the three routes each have
/// (costs, feasibility, scores), read by [`RouteId`] rather than by index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct PerRoute<T> {
    /// The closed API's value.
    pub closed_api: T,
    /// The managed open-weight endpoint's value.
    pub managed_open: T,
    /// The self-hosted route's value.
    pub self_hosted: T,
}

impl<T> PerRoute<T> {
    /// Each route's value from a function of the route.
    pub fn from_fn(mut value: impl FnMut(RouteId) -> T) -> PerRoute<T> {
        PerRoute {
            closed_api: value(RouteId::ClosedApi),
            managed_open: value(RouteId::ManagedOpen),
            self_hosted: value(RouteId::SelfHosted),
        }
    }

    /// The values in report order.
    pub fn from_array([closed_api, managed_open, self_hosted]: [T; 3]) -> PerRoute<T> {
        PerRoute {
            closed_api,
            managed_open,
            self_hosted,
        }
    }

    /// The values in report order (closed, managed, self-hosted).
    pub fn into_array(self) -> [T; 3] {
        [self.closed_api, self.managed_open, self.self_hosted]
    }

    /// One route's value.
    pub fn get(&self, route: RouteId) -> &T {
        match route {
            RouteId::ClosedApi => &self.closed_api,
            RouteId::ManagedOpen => &self.managed_open,
            RouteId::SelfHosted => &self.self_hosted,
        }
    }

    /// One route's value, to change.
    pub fn get_mut(&mut self, route: RouteId) -> &mut T {
        match route {
            RouteId::ClosedApi => &mut self.closed_api,
            RouteId::ManagedOpen => &mut self.managed_open,
            RouteId::SelfHosted => &mut self.self_hosted,
        }
    }

    /// A value for each route from each route's value.
    pub fn map<U>(&self, mut f: impl FnMut(RouteId, &T) -> U) -> PerRoute<U> {
        PerRoute::from_fn(|route| f(route, self.get(route)))
    }

    /// The routes and their values, in report order.
    pub fn iter(&self) -> impl Iterator<Item = (RouteId, &T)> {
        RouteId::ALL
            .into_iter()
            .map(move |route| (route, self.get(route)))
    }
}

/// The whole evaluation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// Profile format version the report was computed from.
    pub schema_version: u32,
    /// The profile's name.
    pub profile_name: String,
    /// Currency of every amount.
    pub currency: Currency,
    /// Months computed.
    pub horizon_months: u32,
    /// One entry per route, in the order closed_api, managed_open, self_hosted.
    pub routes: Vec<RouteReport>,
    /// The cheapest route over the horizon among those not excluded.
    pub cheapest: Option<RouteId>,
    /// Break-even month and volume for each pair of routes.
    pub break_even: Vec<BreakEven>,
    /// Every assumption used, with its value, source and date.
    pub assumptions: Vec<AssumptionUsed>,
    /// Things the user should know (latency target missed, no staff cost, ...).
    pub warnings: Vec<Warning>,
}

impl Report {
    /// The report of one route.
    pub fn route(&self, route: RouteId) -> Option<&RouteReport> {
        self.routes.iter().find(|report| report.route == route)
    }

    /// The number the evaluation used for the assumption at `path`, if it was
    /// a number (`team.ml_engineer_loaded_usd_per_year`).
    pub fn assumption_number(&self, path: &str) -> Option<f64> {
        self.assumptions
            .iter()
            .find(|used| used.path == path)
            .and_then(|used| match used.value {
                AssumptionValue::Number(value) => Some(value),
                AssumptionValue::Catalog(_) => None,
            })
    }

    /// The report as pretty JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

/// One route's costs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RouteReport {
    /// Which route.
    pub route: RouteId,
    /// What the route uses, e.g. Claude Sonnet 4.5 from Anthropic.
    pub label: RouteLabel,
    /// Null, or why the route is excluded (costs are still shown where they can be computed).
    pub excluded: Option<Exclusion>,
    /// Total cost over the horizon, accounting (P&L) view: owned GPUs as
    /// depreciation (null when it cannot be computed).
    pub total_cost: Option<f64>,
    /// Total cash paid over the horizon: owned GPUs when bought, less resale.
    pub total_cash: Option<f64>,
    /// Totals per category.
    pub totals: CategoryTotals,
    /// Total cost / tokens served x 1M, every category included (null when no token is served).
    pub cost_per_million_tokens: Option<f64>,
    /// (Tokens + compute) / tokens served x 1M: the usage price, comparable to a per-token list price.
    pub usage_cost_per_million_tokens: Option<f64>,
    /// Tokens served over the horizon.
    pub tokens_served: f64,
    /// Months before the route serves users (including any hiring delay).
    pub time_to_market_months: f64,
    /// Month by month, by category.
    pub monthly: Vec<MonthCost>,
    /// The GPU fleet (self-hosted route only).
    pub fleet: Option<Fleet>,
    /// The compute total split into rental, reserved, depreciation, power, hosting, maintenance, with purchases and resale (self-hosted only).
    pub compute_breakdown: Option<ComputeBreakdown>,
    /// The quality gap to the closed model (open routes).
    pub quality_gap: Option<QualityGap>,
}

impl RouteReport {
    /// Cumulative total cost at the end of each month: the running sum of
    /// `monthly[..].total`, for charts of cost over time and break-even.
    pub fn cumulative_totals(&self) -> Vec<f64> {
        self.monthly
            .iter()
            .scan(0.0, |sum, month| {
                *sum += month.total;
                Some(*sum)
            })
            .collect()
    }

    /// Cumulative cash at the end of each month: the running sum of
    /// `monthly[..].cash` (owned GPUs paid when bought).
    pub fn cumulative_cash(&self) -> Vec<f64> {
        self.monthly
            .iter()
            .scan(0.0, |sum, month| {
                *sum += month.cash;
                Some(*sum)
            })
            .collect()
    }
}

/// The self-hosted GPU fleet.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Fleet {
    /// GPU id.
    pub gpu: String,
    /// GPU name.
    pub gpu_name: String,
    /// Rented or owned.
    pub deployment: Deployment,
    /// How a rented fleet is bought (null when owned: sized for peak).
    pub rental_plan: Option<RentalPlan>,
    /// Precision of the weights.
    pub precision: Precision,
    /// Precision of the KV cache.
    pub kv_precision: Precision,
    /// GPUs per replica (tensor-parallel size).
    pub gpus_per_replica: u32,
    /// Replicas at the busiest hour of the busiest month (load + redundancy).
    pub replicas: u32,
    /// Replicas at the busiest hour of the first month the route serves.
    pub replicas_first_month: u32,
    /// GPUs at the busiest hour of the busiest month (owned: GPUs owned).
    pub gpus_total: u32,
    /// Replicas reserved in the first term (reserved plan; 0 otherwise).
    pub reserved_replicas: u32,
    /// Replicas in each hour of a day of the busiest month (hour 0 = midnight).
    pub hourly_replicas: Vec<u32>,
    /// The day's load shape: each hour's rate as a multiple of the average.
    pub hourly_load: Vec<f64>,
    /// Replica-hours run (or owned) over the horizon, setup months included.
    pub replica_hours: f64,
    /// GPU-hours run (or owned) over the horizon.
    pub gpu_hours: f64,
    /// Average utilisation while serving: requests served / what the
    /// replicas run could have served at full load.
    pub average_utilisation: f64,
    /// Compute cost per GPU-hour run (accounting view), in the report's currency.
    pub cost_per_gpu_hour: f64,
    /// Sequences one replica holds at the busiest month's peak (Little's law:
    /// requests/s per replica x output tokens x step time), at most `batch`.
    pub concurrent_sequences_per_replica: u32,
    /// Memory per replica at that concurrency (weights + paged KV + overhead), GB.
    pub memory_per_replica_gb: f64,
    /// Memory per GPU at that concurrency, GB.
    pub memory_per_gpu_gb: f64,
    /// Memory per replica with the KV cache of a full `batch`, GB.
    pub memory_per_replica_at_batch_gb: f64,
    /// Weights per replica, GB.
    pub weights_gb: f64,
    /// KV-cache bytes per token.
    pub kv_bytes_per_token: f64,
    /// Batch the replica runs at full load.
    pub batch: u32,
    /// Largest batch whose paged KV cache fits.
    pub max_batch_that_fits: u32,
    /// What limits the batch: memory or the latency target.
    pub batch_limit: BatchLimit,
    /// A serving step at that batch, seconds by part.
    pub step: StepTime,
    /// Output tokens/s of a replica at its batch (prefill included in the steps).
    pub decode_tokens_per_second_per_replica: f64,
    /// Decode tokens/s of a single sequence.
    pub decode_tokens_per_second_batch_1: f64,
    /// Output tokens/s a replica serves at full load.
    pub output_tokens_per_second_per_replica: f64,
    /// Requests per second a replica serves at full load.
    pub requests_per_second_per_replica: f64,
    /// Whether even batch 1 misses the latency target.
    pub latency_target_missed: bool,
}

/// The gap between an open model and the closed model on one benchmark.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QualityGap {
    /// Benchmark compared on.
    pub benchmark: Benchmark,
    /// The closed model's score.
    pub closed_score: f64,
    /// The open model's score.
    pub open_score: f64,
    /// closed - open (positive = the closed model is better).
    pub gap_points: f64,
    /// Programmes' worth of quality work per cycle.
    pub programmes_per_cycle: f64,
}

/// Where two routes cross.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BreakEven {
    /// First route of the pair.
    pub first: RouteId,
    /// Second route of the pair.
    pub second: RouteId,
    /// The route cheaper in month 1 (cumulative).
    pub cheaper_at_start: RouteId,
    /// First month (1-based) from which the other route's cumulative cost is lower; null if never in the horizon.
    pub break_even_month: Option<u32>,
    /// Cash view: the first month (1-based) from which the cumulative cash of
    /// the route dearer at the start stays at or below the other's to the end
    /// of the horizon (when owned GPUs have paid for themselves); null if never.
    pub cash_break_even_month: Option<u32>,
    /// The route cheaper in month 1 in the cash view.
    pub cash_cheaper_at_start: RouteId,
    /// First-month request volume (growth kept) at which both cost the same over the horizon; null if none up to 10^12.
    pub break_even_requests_per_month: Option<f64>,
}

/// What a route uses, as the catalog names it (names stay as their makers
/// write them; ids where the catalog has no such row).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RouteLabel {
    /// An id the catalog does not hold, as the profile gives it.
    Id {
        /// The id.
        id: String,
    },
    /// A closed model and its vendor: Claude Sonnet 4.5 (Anthropic).
    ClosedModel {
        /// The model's name.
        model: String,
        /// The vendor's name.
        vendor: String,
    },
    /// A model on a host: an open model on a provider's endpoint, or the
    /// self-hosted route's model and GPU ids when one of them is unknown.
    ModelOn {
        /// The model's name (or id).
        model: String,
        /// The provider's name (or the GPU's id).
        host: String,
    },
    /// A self-hosted model on a GPU at a precision.
    ModelOnGpu {
        /// The model's name.
        model: String,
        /// The GPU's name.
        gpu: String,
        /// Precision of the weights.
        precision: Precision,
    },
}

/// Why a route is excluded, or cannot be costed.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Exclusion {
    /// `routes.closed_api.model` names no closed model of the catalog.
    UnknownClosedModel {
        /// The id given.
        id: String,
    },
    /// `routes.managed_open.offer` names no hosted offer of the catalog.
    UnknownHostedOffer {
        /// The id given.
        id: String,
    },
    /// `routes.self_hosted.model` names no open model of the catalog.
    UnknownOpenModel {
        /// The id given.
        id: String,
    },
    /// `routes.self_hosted.gpu` names no GPU of the catalog.
    UnknownGpu {
        /// The id given.
        id: String,
    },
    /// The GPU has no rental price in the catalog and none is set.
    NoRentalPrice {
        /// The GPU's name.
        gpu: String,
    },
    /// The GPU has no purchase price in the catalog and none is set.
    NoPurchasePrice {
        /// The GPU's name.
        gpu: String,
    },
    /// A per-token API under a residency rule that keeps data on the premises.
    ResidencyPerToken {
        /// The profile's residency rule.
        residency: DataResidency,
    },
    /// Rented cloud GPUs under a residency rule that keeps data on the premises.
    ResidencyRented {
        /// The profile's residency rule.
        residency: DataResidency,
    },
    /// A request (input + output) is longer than the model's context.
    ContextTooLong {
        /// The model's (or offer's) name.
        name: String,
        /// The profile path that chose it.
        path: &'static str,
        /// The model's context, tokens.
        limit_tokens: u64,
        /// Tokens a request uses.
        needed_tokens: f64,
    },
    /// The model does not fit on the GPUs as asked.
    DoesNotFit(SizingError),
}

/// Something the user should know about the report.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Warning {
    /// The display currency's exchange rate is not a positive number: amounts
    /// are in USD.
    ExchangeRateUnusable {
        /// The display currency asked for.
        currency: Currency,
    },
    /// The catalog has no staff cost for the role in the team's region: 0 is used.
    NoStaffCost {
        /// The role.
        role: Role,
    },
    /// The closed and the open model share no score on the benchmark, so no
    /// quality gap is costed.
    NoSharedBenchmark {
        /// The open route (managed or self-hosted).
        route: RouteId,
        /// The benchmark compared on.
        benchmark: Benchmark,
    },
    /// A reserved plan on a GPU with no reserved discount for the term: every
    /// hour is rented on demand.
    NoReservedDiscount {
        /// The GPU's name.
        gpu: String,
    },
    /// Even one sequence alone is slower than the latency target.
    LatencyTargetMissed {
        /// Milliseconds per output token at batch 1.
        ms_per_token: f64,
        /// GPUs per replica.
        gpus_per_replica: u32,
        /// The GPU's name.
        gpu: String,
        /// The target, milliseconds per output token.
        target_ms: f64,
    },
}

/// A value an assumption took.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum AssumptionValue {
    /// A number.
    Number(f64),
    /// Figures of a catalog row.
    Catalog(CatalogValue),
}

/// The figures of a catalog row an assumption used (ids as the catalog spells them).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum CatalogValue {
    /// A model's or an offer's prices per 1M tokens, at the workload's prompt size.
    PricePair {
        /// The model's or offer's id.
        id: String,
        /// Input price.
        input: f64,
        /// Output price.
        output: f64,
    },
    /// An open model's architecture.
    Architecture {
        /// The model's id.
        id: String,
        /// Parameters, billions.
        params_b: f64,
        /// Active parameters per token, billions.
        active_params_b: f64,
        /// Layers.
        layers: u32,
        /// KV heads.
        kv_heads: u32,
        /// Dimension of a head.
        head_dim: u32,
    },
    /// A GPU's specifications.
    Gpu {
        /// The GPU's id.
        id: String,
        /// Memory, GB.
        memory_gb: f64,
        /// Memory bandwidth, GB/s.
        bandwidth_gb_per_s: f64,
        /// Dense BF16 TFLOPS.
        bf16_tflops: f64,
        /// Power, W.
        power_w: f64,
    },
    /// A GPU's interconnect.
    Interconnect {
        /// NVLink, PCIe or Infinity Fabric.
        interconnect: InterconnectKind,
        /// Bandwidth each way, GB/s.
        bandwidth_gb_per_s: f64,
        /// Latency of one all-reduce, microseconds.
        all_reduce_latency_us: f64,
    },
}

/// The unit of an assumption's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AssumptionUnit {
    /// A unit of measurement.
    Unit(Unit),
    /// A price pair per 1M tokens (input / output) in a currency.
    PricePair(Currency),
}

/// Where an assumption's value comes from.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum AssumptionSource {
    /// A citation, as data: the catalog's or the knob's source, or the
    /// profile's own (the exchange rates'); empty when there is none.
    Cited {
        /// The citation.
        text: Cow<'static, str>,
    },
    /// The profile's own value.
    UserValue,
    /// The profile overrides a catalog price.
    Override {
        /// The catalog's citation.
        catalog: &'static str,
    },
    /// A staff cost from the catalog, worked out: wage x loading = loaded cost.
    StaffCost {
        /// Currency of the wage.
        currency: Currency,
        /// Annual wage.
        annual_wage: f64,
        /// Loading factor.
        loading_factor: f64,
        /// Loaded annual cost.
        loaded_annual: f64,
        /// The catalog's citation.
        source: &'static str,
    },
    /// A rental price from a provider.
    Rental {
        /// The provider's name.
        provider: &'static str,
        /// The catalog's citation.
        source: &'static str,
    },
    /// The rental price of the other kind of cloud, the catalog having none of
    /// the kind chosen.
    RentalOtherKind {
        /// The kind of cloud chosen.
        chosen: CloudKind,
        /// The provider's name.
        provider: &'static str,
        /// The catalog's citation.
        source: &'static str,
    },
}

impl AssumptionSource {
    /// A citation.
    pub fn cited(text: impl Into<Cow<'static, str>>) -> AssumptionSource {
        AssumptionSource::Cited { text: text.into() }
    }
}

/// One assumption used, with where it comes from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AssumptionUsed {
    /// Profile path (or catalog row) the value belongs to.
    pub path: Cow<'static, str>,
    /// The value used.
    pub value: AssumptionValue,
    /// Unit.
    pub unit: AssumptionUnit,
    /// Where the value comes from.
    pub source: AssumptionSource,
    /// Date of the source.
    pub as_of: Cow<'static, str>,
    /// True where the figure is unverified or a judgement.
    pub unverified: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cumulative_totals_are_running_sums_of_monthly_totals() {
        let report = crate::evaluate(&crate::Profile::default());
        let Some(route) = report.route(RouteId::ClosedApi) else {
            panic!("the closed route is always reported");
        };
        let cumulative = route.cumulative_totals();
        assert_eq!(cumulative.len(), route.monthly.len());
        let by_hand: f64 = route.monthly.iter().take(3).map(|month| month.total).sum();
        assert!((cumulative[2] - by_hand).abs() < 1e-6);
        let last = cumulative.last().copied().unwrap_or_default();
        assert!((last - route.total_cost.unwrap_or_default()).abs() < 1e-3 * last.max(1.0));
    }
}
