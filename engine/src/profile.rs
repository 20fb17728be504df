//! The enterprise profile: everything the user tells the calculator, with a
//! default for every field.
//!
//! The profile is versioned (`schema_version`) and every struct is
//! `#[serde(default)]`, so `{}` is a valid profile and any field can be left
//! out. Fields are plain numbers, booleans, enums and ids so a form can edit
//! each one by its dotted path (`workload.requests_per_month`). Amounts the
//! user types are in US dollars (`_usd`); the report converts to the display
//! currency. Fractions are 0..1 (`0.2` = 20 %).

use serde::{Deserialize, Serialize};

use crate::catalog::{Benchmark, CloudKind, Region};
use crate::currency::{Currency, ExchangeRates};

/// The profile format this engine reads and writes. Version 2 (2026-12) added
/// the self-hosted fleet's rental plan, the daily load shape, paged-KV serving
/// knobs and owned GPUs' residual value; version 1 profiles are migrated
/// ([`crate::migrate`]).
pub const SCHEMA_VERSION: u32 = 2;

/// The longest horizon the engine computes, in months.
pub const MAX_HORIZON_MONTHS: u32 = 120;

/// One enterprise's situation and choices.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Profile {
    /// Version of the profile format; this engine reads version 1.
    pub schema_version: u32,
    /// A name for the scenario.
    pub name: String,
    /// Who the organisation is and what the project is worth.
    pub organisation: Organisation,
    /// How much the model is used.
    pub workload: Workload,
    /// The people already on staff and what they cost.
    pub team: Team,
    /// Needs that constrain the routes.
    pub requirements: Requirements,
    /// The concrete choice made for each route, and the horizon.
    pub routes: Routes,
    /// Every other assumption, as an editable number.
    pub assumptions: Assumptions,
    /// Display currency and exchange rates.
    pub currency: CurrencySettings,
    /// The decision engine's settings: suitability weights, cost weight,
    /// uncertainty ranges, Monte Carlo seed and draws (`docs/decision-model.md`).
    pub decision: crate::decision::DecisionSettings,
}

impl Default for Profile {
    fn default() -> Self {
        Profile {
            schema_version: SCHEMA_VERSION,
            name: crate::saved::names::UNTITLED.to_owned(),
            organisation: Organisation::default(),
            workload: Workload::default(),
            team: Team::default(),
            requirements: Requirements::default(),
            routes: Routes::default(),
            assumptions: Assumptions::default(),
            currency: CurrencySettings::default(),
            decision: crate::decision::DecisionSettings::default(),
        }
    }
}

impl Profile {
    /// Reads a profile from JSON. Missing fields take their defaults; an
    /// unknown field or a wrong type is an error naming the place.
    pub fn from_json(text: &str) -> Result<Profile, crate::number_input::FieldError> {
        serde_json::from_str(text).map_err(|error| crate::number_input::FieldError {
            field: "(profile JSON)".to_owned(),
            given: crate::number_input::GivenValue::Position {
                line: error.line(),
                column: error.column(),
            },
            allowed: crate::number_input::Allowed::ProfileJson {
                detail: error.to_string(),
            },
        })
    }

    /// Writes the profile as pretty-printed JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The whole profile as a JSON value, for reading many fields at once
    /// with [`Profile::value_at`] (one serialisation instead of one per field).
    pub fn to_value(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or_default()
    }

    /// The field at a dotted path inside a profile's JSON value (from
    /// [`Profile::to_value`]); `None` if there is no such field.
    pub fn value_at<'a>(whole: &'a serde_json::Value, path: &str) -> Option<&'a serde_json::Value> {
        whole.pointer(&json_pointer(path))
    }

    /// The value of the field at a dotted path (`workload.requests_per_month`),
    /// as JSON; `None` if there is no such field.
    pub fn field(&self, path: &str) -> Option<serde_json::Value> {
        let whole = serde_json::to_value(self).ok()?;
        whole.pointer(&json_pointer(path)).cloned()
    }

    /// Sets the field at a dotted path, for forms that edit the profile field by
    /// field. The value must have the field's type (a number, a string id, an
    /// enum's snake-case name, `null` for an optional override); ranges are
    /// checked by [`crate::validate::validate`], not here.
    pub fn set_field(
        &mut self,
        path: &str,
        value: serde_json::Value,
    ) -> Result<(), crate::number_input::FieldError> {
        use crate::number_input::{Allowed, FieldError, GivenValue};
        let refuse = |allowed: Allowed| FieldError {
            field: path.to_owned(),
            given: GivenValue::Text(value.to_string()),
            allowed,
        };
        let reader_says = |error: serde_json::Error| refuse(Allowed::ReaderSays(error.to_string()));
        let mut whole = serde_json::to_value(&*self).map_err(reader_says)?;
        let slot = whole
            .pointer_mut(&json_pointer(path))
            .ok_or_else(|| refuse(Allowed::ProfileField))?;
        *slot = value.clone();
        // Through text rather than `from_value`: the browser bundle then carries
        // one deserializer for the profile (the one `from_json` needs) instead of two.
        let text = serde_json::to_string(&whole).map_err(reader_says)?;
        let updated: Profile = serde_json::from_str(&text).map_err(|error| {
            refuse(Allowed::FieldType {
                detail: error.to_string(),
            })
        })?;
        *self = updated;
        Ok(())
    }
}

/// `a.b.c` -> `/a/b/c`.
fn json_pointer(path: &str) -> String {
    let mut pointer = String::with_capacity(path.len() + 1);
    for part in path.split('.') {
        pointer.push('/');
        pointer.push_str(&part.replace('~', "~0").replace('/', "~1"));
    }
    pointer
}

/// What kind of project this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum UseCase {
    /// Research in a university or lab.
    AcademicResearch,
    /// A tool used inside the company.
    #[default]
    InternalTool,
    /// A product customers use.
    CustomerFacing,
    /// A system the business cannot run without.
    MissionCritical,
}

/// Low / medium / high.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// Low.
    Low,
    /// Medium.
    #[default]
    Medium,
    /// High.
    High,
}

/// Where the data may go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum DataResidency {
    /// No restriction.
    #[default]
    None,
    /// Data must stay in the country or region (a vendor region may satisfy it).
    InCountry,
    /// Data may not leave the organisation's premises: per-token routes and rented GPUs are excluded.
    OnPremises,
    /// No network link to the outside at all: as on-premises.
    AirGapped,
}

/// How deeply the model must be adapted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Customisation {
    /// Prompts only.
    #[default]
    PromptOnly,
    /// Retrieval over the organisation's documents.
    Retrieval,
    /// Fine-tuning on private data.
    FineTuning,
    /// Changes to the model itself (continued pre-training, distillation).
    Deep,
}

/// The organisation and the project's value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Organisation {
    /// What kind of project this is.
    pub use_case: UseCase,
    /// Size of the investment behind the project, in US dollars.
    pub investment_usd: f64,
    /// What a month of the project in service is worth, in US dollars (prices a delay).
    pub project_value_usd_per_month: f64,
}

impl Default for Organisation {
    fn default() -> Self {
        Organisation {
            use_case: UseCase::InternalTool,
            investment_usd: 500_000.0,
            project_value_usd_per_month: 20_000.0,
        }
    }
}

/// The load on the model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Workload {
    /// Requests in the first month.
    pub requests_per_month: f64,
    /// Input (prompt) tokens per request.
    pub input_tokens_per_request: f64,
    /// Output (generated) tokens per request.
    pub output_tokens_per_request: f64,
    /// Month-on-month growth of the request volume (0.05 = +5 % a month; may be negative).
    pub growth_per_month: f64,
    /// Busiest hour's request rate / the average rate (sizes the self-hosted
    /// fleet; the top of the daily load shape).
    pub peak_to_average: f64,
    /// Quietest hour's request rate / the average rate, 0..1 (the bottom of
    /// the daily load shape an autoscaled fleet follows).
    pub trough_to_average: f64,
    /// Longest acceptable time per output token, in milliseconds (limits the batch size).
    pub latency_target_ms_per_output_token: f64,
    /// Share of input tokens served from the vendor's prompt cache (0..1).
    pub cached_input_share: f64,
    /// Share of input tokens written to the vendor's prompt cache (0..1; with
    /// `cached_input_share` at most 1). Vendors that bill writes (Anthropic:
    /// 1.25x input) charge their write price; the others the input price.
    pub cache_write_share: f64,
    /// Share of requests that can go through a batch API (0..1).
    pub batch_share: f64,
}

impl Default for Workload {
    fn default() -> Self {
        Workload {
            requests_per_month: 300_000.0,
            input_tokens_per_request: 1_500.0,
            output_tokens_per_request: 400.0,
            growth_per_month: 0.03,
            peak_to_average: 3.0,
            trough_to_average: 0.3,
            latency_target_ms_per_output_token: 50.0,
            cached_input_share: 0.0,
            cache_write_share: 0.0,
            batch_share: 0.0,
        }
    }
}

/// The people already on staff and their cost.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Team {
    /// Labour market the default staff costs come from.
    pub region: Region,
    /// ML engineers already on staff (FTE).
    pub ml_engineers: f64,
    /// MLOps / SRE engineers already on staff (FTE).
    pub mlops_engineers: f64,
    /// Data scientists already on staff (FTE).
    pub data_scientists: f64,
    /// Loaded cost of an ML engineer, US dollars a year (null = catalog figure for the region).
    pub ml_engineer_loaded_usd_per_year: Option<f64>,
    /// Loaded cost of an MLOps engineer, US dollars a year (null = catalog figure).
    pub mlops_engineer_loaded_usd_per_year: Option<f64>,
    /// Loaded cost of a data scientist, US dollars a year (null = catalog figure).
    pub data_scientist_loaded_usd_per_year: Option<f64>,
}

impl Default for Team {
    fn default() -> Self {
        Team {
            region: Region::Us,
            ml_engineers: 1.0,
            mlops_engineers: 1.0,
            data_scientists: 1.0,
            ml_engineer_loaded_usd_per_year: None,
            mlops_engineer_loaded_usd_per_year: None,
            data_scientist_loaded_usd_per_year: None,
        }
    }
}

/// Needs that constrain the routes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Requirements {
    /// How close to the best closed model the answers must be (sizes the quality programme).
    pub accuracy_need: Level,
    /// Where the data may go (on-premises and air-gapped exclude the per-token routes).
    pub data_residency: DataResidency,
    /// Whether a vendor's service-level agreement is required.
    pub vendor_sla_needed: bool,
    /// How deeply the model must be adapted.
    pub customisation: Customisation,
    /// How urgent going live is.
    pub time_to_market_urgency: Level,
    /// How much the organisation fears vendor lock-in.
    pub lock_in_aversion: Level,
}

impl Default for Requirements {
    fn default() -> Self {
        Requirements {
            accuracy_need: Level::Medium,
            data_residency: DataResidency::None,
            vendor_sla_needed: false,
            customisation: Customisation::PromptOnly,
            time_to_market_urgency: Level::Medium,
            lock_in_aversion: Level::Medium,
        }
    }
}

/// Full-time equivalents a route needs, per role.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct StaffNeed {
    /// ML engineers (FTE).
    pub ml_engineers: f64,
    /// MLOps / SRE engineers (FTE).
    pub mlops_engineers: f64,
    /// Data scientists (FTE).
    pub data_scientists: f64,
}

impl Default for StaffNeed {
    fn default() -> Self {
        StaffNeed {
            ml_engineers: 0.5,
            mlops_engineers: 0.0,
            data_scientists: 0.25,
        }
    }
}

/// The route choices and the horizon.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Routes {
    /// Months to compute (1 to 120).
    pub horizon_months: u32,
    /// Route 1: a closed model's API.
    pub closed_api: ClosedApiRoute,
    /// Route 2: an open-weight model on a provider's endpoint.
    pub managed_open: ManagedOpenRoute,
    /// Route 3: open weights on the organisation's own GPUs.
    pub self_hosted: SelfHostedRoute,
}

/// Route 1: a closed model's API.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct ClosedApiRoute {
    /// Closed model id from the catalog (`catalog` subcommand lists them).
    pub model: String,
    /// Input price per 1M tokens in the model's own currency, at the
    /// workload's prompt size (null = catalog price); the row's cache and
    /// batch prices keep their ratio to it.
    pub input_price_per_million_override: Option<f64>,
    /// Output price per 1M tokens in the model's own currency, at the
    /// workload's prompt size (null = catalog price).
    pub output_price_per_million_override: Option<f64>,
    /// People the route needs.
    pub staff: StaffNeed,
    /// Months before the route serves users (before any hiring delay).
    pub time_to_market_months: f64,
    /// One-off risk and compliance cost (security review, DPA), US dollars.
    pub compliance_one_off_usd: f64,
    /// Recurring risk and compliance cost (audits, vendor management), US dollars a month.
    pub compliance_usd_per_month: f64,
}

impl Default for ClosedApiRoute {
    fn default() -> Self {
        ClosedApiRoute {
            model: "claude-sonnet-5-5".to_owned(),
            input_price_per_million_override: None,
            output_price_per_million_override: None,
            staff: StaffNeed {
                ml_engineers: 0.5,
                mlops_engineers: 0.0,
                data_scientists: 0.25,
            },
            time_to_market_months: 1.0,
            compliance_one_off_usd: 15_000.0,
            compliance_usd_per_month: 1_000.0,
        }
    }
}

/// Route 2: an open-weight model on a provider's endpoint.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct ManagedOpenRoute {
    /// Hosted offer id from the catalog.
    pub offer: String,
    /// Input price per 1M tokens in the offer's currency, at the workload's
    /// prompt size (null = catalog price); the row's cache and batch prices
    /// keep their ratio to it.
    pub input_price_per_million_override: Option<f64>,
    /// Output price per 1M tokens in the offer's currency, at the workload's
    /// prompt size (null = catalog price).
    pub output_price_per_million_override: Option<f64>,
    /// People the route needs.
    pub staff: StaffNeed,
    /// Months before the route serves users (before any hiring delay).
    pub time_to_market_months: f64,
    /// One-off risk and compliance cost, US dollars.
    pub compliance_one_off_usd: f64,
    /// Recurring risk and compliance cost, US dollars a month.
    pub compliance_usd_per_month: f64,
}

impl Default for ManagedOpenRoute {
    fn default() -> Self {
        ManagedOpenRoute {
            offer: "together-gpt-oss-120b".to_owned(),
            input_price_per_million_override: None,
            output_price_per_million_override: None,
            staff: StaffNeed {
                ml_engineers: 1.0,
                mlops_engineers: 0.5,
                data_scientists: 0.5,
            },
            time_to_market_months: 1.0,
            compliance_one_off_usd: 15_000.0,
            compliance_usd_per_month: 1_000.0,
        }
    }
}

/// Numeric precision of weights or KV cache.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    /// 16-bit brain float: 2 bytes.
    #[default]
    Bf16,
    /// 8-bit float: 1 byte.
    Fp8,
    /// 8-bit integer: 1 byte.
    Int8,
    /// 4-bit integer with a 16-bit scale and zero point per group of 128
    /// (AWQ, GPTQ): 4.25 bits.
    Int4,
    /// 4-bit float with an 8-bit scale per block of 16 (NVFP4): 4.5 bits.
    /// Computed in FP4 on GPUs with FP4 tensor cores (Blackwell), else as
    /// weight-only quantisation in BF16.
    Fp4,
}

impl Precision {
    /// Bytes per value, block scales included: INT4 with an FP16 scale and
    /// zero point per 128 values is 4 + 32/128 = 4.25 bits (AWQ's default
    /// group size); NVFP4 has an FP8 scale per 16 values, 4 + 8/16 = 4.5 bits
    /// (NVIDIA's NVFP4 format; MXFP4 with a scale per 32 would be 4.25).
    pub fn bytes(self) -> f64 {
        match self {
            Precision::Bf16 => 2.0,
            Precision::Fp8 | Precision::Int8 => 1.0,
            Precision::Int4 => 4.25 / 8.0,
            Precision::Fp4 => 4.5 / 8.0,
        }
    }

    /// Lower-case name.
    pub fn key(self) -> &'static str {
        match self {
            Precision::Bf16 => "bf16",
            Precision::Fp8 => "fp8",
            Precision::Int8 => "int8",
            Precision::Int4 => "int4",
            Precision::Fp4 => "fp4",
        }
    }

    /// Parses `bf16`, `fp8`, `int8`, `int4` or `fp4` (case-insensitive).
    pub fn parse(text: &str) -> Option<Precision> {
        match text.to_ascii_lowercase().as_str() {
            "bf16" | "fp16" => Some(Precision::Bf16),
            "fp8" => Some(Precision::Fp8),
            "int8" => Some(Precision::Int8),
            "int4" => Some(Precision::Int4),
            "fp4" | "nvfp4" | "mxfp4" => Some(Precision::Fp4),
            _ => None,
        }
    }
}

/// Precision of the KV cache: chosen, or following the weights.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum KvCachePrecision {
    /// FP8 when the weights are 8-bit or narrower, else BF16 (what
    /// TensorRT-LLM's FP8 and FP4 recipes and vLLM's `kv_cache_dtype=fp8` do).
    #[default]
    Auto,
    /// 16-bit: 2 bytes a value.
    Bf16,
    /// 8-bit float: 1 byte.
    Fp8,
    /// 8-bit integer: 1 byte.
    Int8,
    /// 4-bit integer: 0.5 byte.
    Int4,
}

impl KvCachePrecision {
    /// The precision the cache is stored in for weights at `weights`.
    pub fn resolve(self, weights: Precision) -> Precision {
        match self {
            KvCachePrecision::Auto if weights.bytes() <= 1.0 => Precision::Fp8,
            KvCachePrecision::Auto | KvCachePrecision::Bf16 => Precision::Bf16,
            KvCachePrecision::Fp8 => Precision::Fp8,
            KvCachePrecision::Int8 => Precision::Int8,
            KvCachePrecision::Int4 => Precision::Int4,
        }
    }

    /// Parses `auto`, `bf16`, `fp8`, `int8` or `int4` (case-insensitive).
    pub fn parse(text: &str) -> Option<KvCachePrecision> {
        match text.to_ascii_lowercase().as_str() {
            "auto" => Some(KvCachePrecision::Auto),
            "bf16" | "fp16" => Some(KvCachePrecision::Bf16),
            "fp8" => Some(KvCachePrecision::Fp8),
            "int8" => Some(KvCachePrecision::Int8),
            "int4" => Some(KvCachePrecision::Int4),
            _ => None,
        }
    }
}

/// How a rented fleet is bought (owned fleets are always sized for peak).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum RentalPlan {
    /// Sized for the peak hour and rented around the clock, on demand.
    AlwaysOn,
    /// Replicas follow the hourly demand (with a minimum and scale-up
    /// headroom), billed per replica-hour at the on-demand price.
    #[default]
    Autoscaled,
    /// A committed number of replicas at the reserved price for a one- or
    /// three-year term (the cost-minimising number, re-chosen each term), plus
    /// on-demand replicas for the hours above it.
    Reserved,
}

/// Length of a reserved-capacity commitment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ReservedTerm {
    /// One year.
    #[default]
    OneYear,
    /// Three years.
    ThreeYear,
}

impl ReservedTerm {
    /// The term in months.
    pub fn months(self) -> u32 {
        match self {
            ReservedTerm::OneYear => 12,
            ReservedTerm::ThreeYear => 36,
        }
    }
}

/// How the GPUs are paid for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Deployment {
    /// Rented by the GPU-hour from a cloud.
    #[default]
    Rented,
    /// Bought and run on premises or in a colocation centre.
    Owned,
}

/// Route 3: open weights on the organisation's own GPUs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct SelfHostedRoute {
    /// Open model id from the catalog.
    pub model: String,
    /// Precision the weights are served in.
    pub precision: Precision,
    /// Precision of the KV cache (`auto`: FP8 when the weights are 8-bit or narrower).
    pub kv_cache_precision: KvCachePrecision,
    /// GPU id from the catalog.
    pub gpu: String,
    /// Rented by the hour or owned.
    pub deployment: Deployment,
    /// Which rental price to use when rented.
    pub cloud: CloudKind,
    /// How a rented fleet is bought: always on, autoscaled, or reserved plus burst.
    pub rental_plan: RentalPlan,
    /// Term of the reserved capacity (rental plan `reserved`).
    pub reserved_term: ReservedTerm,
    /// Discount of reserved over on-demand GPU-hours, 0..1 (null = the catalog's for the term).
    pub reserved_discount_override: Option<f64>,
    /// GPUs per replica (tensor-parallel size): 0 = the smallest of 1, 2, 4, 8 that fits.
    pub tensor_parallel: u32,
    /// Rental price per GPU-hour, US dollars (null = catalog price for `cloud`).
    pub gpu_hour_usd_override: Option<f64>,
    /// Purchase price per GPU, US dollars (null = catalog price).
    pub gpu_purchase_usd_override: Option<f64>,
    /// People the route needs.
    pub staff: StaffNeed,
    /// Months before the route serves users (before any hiring delay).
    pub time_to_market_months: f64,
    /// One-off risk and compliance cost (infrastructure security review), US dollars.
    pub compliance_one_off_usd: f64,
    /// Recurring risk and compliance cost (patching, audits), US dollars a month.
    pub compliance_usd_per_month: f64,
}

impl Default for SelfHostedRoute {
    fn default() -> Self {
        SelfHostedRoute {
            model: "gpt-oss-120b".to_owned(),
            // gpt-oss is published with MXFP4 expert weights (openai/gpt-oss
            // README), and vLLM serves it so.
            precision: Precision::Fp4,
            kv_cache_precision: KvCachePrecision::Auto,
            gpu: "h100-sxm".to_owned(),
            deployment: Deployment::Rented,
            cloud: CloudKind::Neocloud,
            rental_plan: RentalPlan::Autoscaled,
            reserved_term: ReservedTerm::OneYear,
            reserved_discount_override: None,
            tensor_parallel: 0,
            gpu_hour_usd_override: None,
            gpu_purchase_usd_override: None,
            staff: StaffNeed {
                ml_engineers: 2.0,
                mlops_engineers: 2.0,
                data_scientists: 1.0,
            },
            time_to_market_months: 3.0,
            compliance_one_off_usd: 25_000.0,
            compliance_usd_per_month: 2_000.0,
        }
    }
}

/// Every other assumption, grouped by what it drives.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Assumptions {
    /// Per-token prices over time.
    pub tokens: TokenAssumptions,
    /// Self-hosted sizing and throughput.
    pub sizing: SizingAssumptions,
    /// GPU rental and ownership.
    pub compute: ComputeAssumptions,
    /// Hiring and ramp-up.
    pub people: PeopleAssumptions,
    /// Reaching the target quality with an open model.
    pub quality: QualityAssumptions,
}

/// Per-token prices over time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct TokenAssumptions {
    /// Yearly fall of per-token prices (the price war), 0..1.
    pub price_decline_per_year: f64,
}

impl Default for TokenAssumptions {
    fn default() -> Self {
        TokenAssumptions {
            price_decline_per_year: 0.2,
        }
    }
}

/// Self-hosted sizing and throughput knobs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct SizingAssumptions {
    /// Achieved / peak memory bandwidth during decode, 0..1.
    pub memory_bandwidth_efficiency: f64,
    /// Achieved / peak tensor throughput (prefill and compute-bound decode), 0..1.
    pub compute_efficiency: f64,
    /// Share of GPU memory the server may use, 0..1 (vLLM's gpu_memory_utilization).
    pub gpu_memory_utilisation: f64,
    /// Memory per GPU kept for activations, CUDA context and buffers, GB.
    pub runtime_overhead_gb_per_gpu: f64,
    /// Paged KV cache memory lost to partly filled blocks and scheduling
    /// slack, as a fraction of the cache in use.
    pub kv_fragmentation_allowance: f64,
    /// Fixed time of every serving step (scheduling, sampling, kernel
    /// launches not hidden by CUDA graphs), milliseconds.
    pub step_overhead_ms: f64,
    /// Share of a replica's capacity used at peak, 0..1 (headroom for bursts).
    pub target_utilisation: f64,
    /// Replicas added for failures and maintenance (N + this).
    pub redundancy_replicas: u32,
    /// Largest tensor-parallel size tried (GPUs per replica): 1, 2, 4, 8 or 16.
    pub max_tensor_parallel: u32,
    /// Fewest serving replicas an autoscaled fleet keeps (before redundancy).
    pub autoscale_min_replicas: u32,
    /// Capacity an autoscaler keeps above the hour's demand while new
    /// replicas load, as a fraction of the demand.
    pub autoscale_headroom: f64,
}

impl Default for SizingAssumptions {
    fn default() -> Self {
        SizingAssumptions {
            memory_bandwidth_efficiency: 0.6,
            compute_efficiency: 0.42,
            gpu_memory_utilisation: 0.9,
            runtime_overhead_gb_per_gpu: 2.0,
            kv_fragmentation_allowance: 0.04,
            step_overhead_ms: 1.0,
            target_utilisation: 0.6,
            redundancy_replicas: 1,
            max_tensor_parallel: 8,
            autoscale_min_replicas: 1,
            autoscale_headroom: 0.15,
        }
    }
}

/// GPU rental and ownership knobs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct ComputeAssumptions {
    /// Yearly fall of GPU rental and purchase prices, 0..1.
    pub gpu_price_decline_per_year: f64,
    /// Service life of a bought GPU, in months: it is depreciated over this
    /// period, then sold at its residual value and replaced.
    pub depreciation_months: u32,
    /// What a GPU sells for at the end of its service life, as a fraction of
    /// its purchase price (0 = scrapped).
    pub residual_value_fraction: f64,
    /// Server, network and storage capex on top of the GPU price, as a fraction of it.
    pub server_capex_overhead_fraction: f64,
    /// Server power (CPUs, fans, network) per GPU watt: wall power = TDP x this x average draw.
    pub server_power_factor: f64,
    /// Average GPU power draw / TDP, 0..1.
    pub average_power_fraction: f64,
    /// Power usage effectiveness of the data centre (>= 1).
    pub pue: f64,
    /// Electricity price, US dollars per kWh.
    pub energy_usd_per_kwh: f64,
    /// Colocation (rack space, cooling, network) per kW of server power
    /// provisioned, US dollars a month; a GPU provisions its TDP x the server
    /// power factor.
    pub hosting_usd_per_kw_month: f64,
    /// Yearly maintenance and support as a fraction of capex.
    pub maintenance_fraction_per_year: f64,
}

impl Default for ComputeAssumptions {
    fn default() -> Self {
        ComputeAssumptions {
            gpu_price_decline_per_year: 0.1,
            depreciation_months: 48,
            residual_value_fraction: 0.15,
            server_capex_overhead_fraction: 0.15,
            server_power_factor: 1.5,
            average_power_fraction: 0.7,
            pue: 1.54,
            energy_usd_per_kwh: 0.0806,
            hosting_usd_per_kw_month: 184.06,
            maintenance_fraction_per_year: 0.08,
        }
    }
}

/// Hiring and ramp-up knobs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct PeopleAssumptions {
    /// Months to hire a missing person (added to the route's time to market).
    pub hiring_months: f64,
    /// Months a new hire takes to become fully productive.
    pub ramp_up_months: f64,
    /// Productivity of a new hire during ramp-up, 0..1 (the rest is paid for nothing).
    pub ramp_up_productivity: f64,
    /// Recruiting cost per hire as a fraction of the loaded annual cost.
    pub recruiting_cost_fraction: f64,
    /// Office, equipment and management on top of the loaded cost (1 = none).
    pub staff_overhead_factor: f64,
    /// Shortfall (FTE) below which a route borrows time instead of hiring.
    pub hire_threshold_fte: f64,
}

impl Default for PeopleAssumptions {
    fn default() -> Self {
        PeopleAssumptions {
            hiring_months: 3.0,
            ramp_up_months: 3.0,
            ramp_up_productivity: 0.5,
            recruiting_cost_fraction: 0.2,
            staff_overhead_factor: 1.0,
            hire_threshold_fte: 0.5,
        }
    }
}

/// Knobs for reaching the target quality with an open model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct QualityAssumptions {
    /// Benchmark used to measure the gap between the open and the closed model.
    pub benchmark: Benchmark,
    /// GPU-hours of fine-tuning in one programme.
    pub fine_tune_gpu_hours_per_programme: f64,
    /// Price of a fine-tuning GPU-hour, US dollars.
    pub fine_tune_usd_per_gpu_hour: f64,
    /// Labelled examples bought in one programme.
    pub labelled_examples_per_programme: f64,
    /// Price of one labelled example, US dollars.
    pub usd_per_labelled_example: f64,
    /// Evaluation (test sets, human review) in one programme, US dollars.
    pub evaluation_usd_per_programme: f64,
    /// The programme is repeated every this many months (new model versions, drift).
    pub repeat_every_months: u32,
    /// Most programmes' worth of effort one cycle may need, however large the gap.
    pub max_programmes_per_cycle: f64,
}

impl Default for QualityAssumptions {
    fn default() -> Self {
        QualityAssumptions {
            benchmark: Benchmark::LmarenaText,
            fine_tune_gpu_hours_per_programme: 200.0,
            fine_tune_usd_per_gpu_hour: 2.99,
            labelled_examples_per_programme: 5_000.0,
            usd_per_labelled_example: 2.0,
            evaluation_usd_per_programme: 10_000.0,
            repeat_every_months: 6,
            max_programmes_per_cycle: 3.0,
        }
    }
}

/// Display currency and exchange rates.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct CurrencySettings {
    /// Currency the report's amounts are in.
    pub display: Currency,
    /// Exchange rates per US dollar, with their date.
    pub rates: ExchangeRates,
}

impl Default for Routes {
    fn default() -> Self {
        Routes {
            horizon_months: 36,
            closed_api: ClosedApiRoute::default(),
            managed_open: ManagedOpenRoute::default(),
            self_hosted: SelfHostedRoute::default(),
        }
    }
}

/// The profile's JSON Schema, pretty-printed (committed as `docs/profile.schema.json`).
#[cfg(feature = "schema")]
pub fn schema_json() -> String {
    let schema = schemars::schema_for!(Profile);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_object_is_the_default_profile() {
        assert_eq!(Profile::from_json("{}").unwrap(), Profile::default());
        let round_trip = Profile::from_json(&Profile::default().to_json()).unwrap();
        assert_eq!(round_trip, Profile::default());
    }

    #[test]
    fn unknown_fields_are_refused_with_their_name() {
        let error = Profile::from_json(r#"{"workload": {"requests": 5}}"#).unwrap_err();
        let allowed = crate::text::en::allowed(&error.allowed);
        assert!(allowed.contains("requests"), "{error:?}");
    }

    #[test]
    fn fields_are_read_and_written_by_path() {
        let mut profile = Profile::default();
        assert_eq!(
            profile.field("workload.requests_per_month"),
            Some(serde_json::json!(300000.0))
        );
        profile
            .set_field("workload.requests_per_month", serde_json::json!(42))
            .unwrap();
        assert_eq!(profile.workload.requests_per_month, 42.0);
        profile
            .set_field("routes.self_hosted.precision", serde_json::json!("int4"))
            .unwrap();
        assert_eq!(profile.routes.self_hosted.precision, Precision::Int4);
        profile
            .set_field(
                "routes.self_hosted.gpu_hour_usd_override",
                serde_json::json!(1.5),
            )
            .unwrap();
        assert_eq!(profile.routes.self_hosted.gpu_hour_usd_override, Some(1.5));
        let error = profile
            .set_field("workload.nope", serde_json::json!(1))
            .unwrap_err();
        assert_eq!(error.field, "workload.nope");
        assert!(profile
            .set_field("routes.self_hosted.precision", serde_json::json!("fp2"))
            .is_err());
        assert_eq!(profile.routes.self_hosted.precision, Precision::Int4);
    }
}
