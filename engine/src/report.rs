//! The report the engine returns: per route, month by month and in total, by
//! category; the fleet; break-even points; and the assumptions used.
//!
//! The JSON names `routes`, `route` (`closed_api` | `managed_open` |
//! `self_hosted`), `total_cost`, `cost_per_million_tokens`, `monthly`,
//! `excluded` and `fleet` (`gpu`, `gpus_per_replica`, `replicas`,
//! `memory_per_replica_gb`, `decode_tokens_per_second_per_replica`) are a fixed
//! interface. Amounts are in `currency`.

use std::borrow::Cow;

use serde::Serialize;

use crate::catalog::Benchmark;
use crate::cost::compute::ComputeBreakdown;
use crate::cost::{CategoryTotals, MonthCost};
use crate::currency::Currency;
use crate::profile::{Deployment, Precision};

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
    /// Things the user should know (latency target missed, unverified figures, ...).
    pub warnings: Vec<String>,
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
                AssumptionValue::Text(_) => None,
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
    /// What the route uses, e.g. `Claude Sonnet 4.5 (Anthropic)`.
    pub label: String,
    /// Null, or why the route is excluded (costs are still shown where they can be computed).
    pub excluded: Option<String>,
    /// Total cost over the horizon (null when it cannot be computed).
    pub total_cost: Option<f64>,
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
    /// The compute total split into rental, depreciation, power, hosting, maintenance (self-hosted only).
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
    /// Precision of the weights.
    pub precision: Precision,
    /// GPUs per replica (tensor-parallel size).
    pub gpus_per_replica: u32,
    /// Replicas at the busiest month (load + redundancy).
    pub replicas: u32,
    /// Replicas in the first month the route serves.
    pub replicas_first_month: u32,
    /// GPUs at the busiest month.
    pub gpus_total: u32,
    /// Sequences one replica holds at the busiest month's peak (Little's law:
    /// requests/s per replica x seconds per request), at most `batch`.
    pub concurrent_sequences_per_replica: u32,
    /// Memory per replica at the workload's context and that concurrency
    /// (weights + KV + overhead), GB.
    pub memory_per_replica_gb: f64,
    /// Memory per GPU at that concurrency, GB.
    pub memory_per_gpu_gb: f64,
    /// Memory per replica with the KV cache of a full `batch`, GB.
    pub memory_per_replica_at_batch_gb: f64,
    /// Weights per replica, GB.
    pub weights_gb: f64,
    /// KV-cache bytes per token.
    pub kv_bytes_per_token: f64,
    /// Batch the replica runs at.
    pub batch: u32,
    /// Largest batch whose KV cache fits.
    pub max_batch_that_fits: u32,
    /// Decode tokens/s of a replica at its batch.
    pub decode_tokens_per_second_per_replica: f64,
    /// Decode tokens/s of a single sequence.
    pub decode_tokens_per_second_batch_1: f64,
    /// Output tokens/s a replica serves with prefill included.
    pub output_tokens_per_second_per_replica: f64,
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
    /// First-month request volume (growth kept) at which both cost the same over the horizon; null if none up to 10^12.
    pub break_even_requests_per_month: Option<f64>,
}

/// A value an assumption took.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum AssumptionValue {
    /// A number.
    Number(f64),
    /// An id or a word.
    Text(String),
}

/// One assumption used, with where it comes from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AssumptionUsed {
    /// Profile path (or catalog row) the value belongs to.
    pub path: Cow<'static, str>,
    /// The value used.
    pub value: AssumptionValue,
    /// Unit.
    pub unit: Cow<'static, str>,
    /// Where the value comes from.
    pub source: Cow<'static, str>,
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
