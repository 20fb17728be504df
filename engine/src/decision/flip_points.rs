//! Flip points: for each key input, the value at which the recommendation
//! changes, found by a bounded search.
//!
//! For each input and each side (below and above the profile's value), the
//! plausible range is scanned on a grid from the current value outwards
//! (geometric steps for volumes and prices, linear otherwise); the first grid
//! step whose recommendation differs brackets the flip, and bisection narrows
//! the bracket (40 halvings on the fast path; 12 for the inputs that need a
//! full evaluation: ML team size and horizon; the accuracy need has three
//! levels and is simply tried). The reported value is the bracket's far end,
//! the first value found with the other recommendation. No change on the
//! grid means "no flip within the plausible range" (a flip narrower than one
//! grid step can be missed; the grid has 24 steps per side).

use serde::Serialize;

use crate::catalog::{Catalog, TokenRates};
use crate::cost::tokens::{listed_pair, prompt_tokens, PriceOverride};
use crate::guard::{clamp, non_negative};
use crate::profile::{Deployment, Level, Profile};
use crate::report::{Report, RouteId};

use super::fast::{FastModel, Scenario};
use super::rule;
use super::settings::DecisionSettings;
use super::suitability::{self, Inputs};

/// The inputs searched for flip points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FlipInput {
    /// `workload.requests_per_month`.
    RequestsPerMonth,
    /// The closed model's prices, as a multiple of today's.
    ClosedPrice,
    /// The managed endpoint's prices, as a multiple of today's.
    ManagedPrice,
    /// GPU rental price per hour (rented) or purchase price per GPU (owned), US dollars.
    GpuPrice,
    /// `assumptions.sizing.target_utilisation`.
    GpuUtilisation,
    /// ML staff on hand (ML engineers + MLOps + data scientists), FTE.
    MlTeamSize,
    /// `requirements.accuracy_need` (0 low, 1 medium, 2 high).
    AccuracyNeed,
    /// `routes.horizon_months`.
    HorizonMonths,
    /// `assumptions.tokens.price_decline_per_year`.
    ApiPriceDecline,
}

impl FlipInput {
    /// Every input searched, in report order.
    pub const ALL: [FlipInput; 9] = [
        FlipInput::RequestsPerMonth,
        FlipInput::ClosedPrice,
        FlipInput::ManagedPrice,
        FlipInput::GpuPrice,
        FlipInput::GpuUtilisation,
        FlipInput::MlTeamSize,
        FlipInput::AccuracyNeed,
        FlipInput::HorizonMonths,
        FlipInput::ApiPriceDecline,
    ];

    /// The unit of the input's values (the GPU price's depends on the deployment).
    pub fn unit(self, deployment: Deployment) -> FlipUnit {
        match self {
            FlipInput::RequestsPerMonth => FlipUnit::RequestsPerMonth,
            FlipInput::ClosedPrice | FlipInput::ManagedPrice => FlipUnit::MultipleOfTodaysPrices,
            FlipInput::GpuPrice => match deployment {
                Deployment::Rented => FlipUnit::UsdPerGpuHour,
                Deployment::Owned => FlipUnit::UsdPerGpu,
            },
            FlipInput::GpuUtilisation => FlipUnit::ShareOfReplicaCapacity,
            FlipInput::MlTeamSize => FlipUnit::Fte,
            FlipInput::AccuracyNeed => FlipUnit::Level,
            FlipInput::HorizonMonths => FlipUnit::Months,
            FlipInput::ApiPriceDecline => FlipUnit::FractionPerYear,
        }
    }
}

/// The unit of a flip input's values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FlipUnit {
    /// Requests per month.
    RequestsPerMonth,
    /// A multiple of today's prices.
    MultipleOfTodaysPrices,
    /// US dollars per GPU-hour (rented GPUs).
    UsdPerGpuHour,
    /// US dollars per GPU (owned GPUs).
    UsdPerGpu,
    /// The share of replica capacity used at peak, 0..1.
    ShareOfReplicaCapacity,
    /// Full-time equivalents.
    Fte,
    /// A level: 0 low, 1 medium, 2 high.
    Level,
    /// Months.
    Months,
    /// A fraction per year.
    FractionPerYear,
}

/// Which side of the profile's value a flip lies on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// Below the current value.
    Below,
    /// Above the current value.
    Above,
}

/// A per-token route's prices per 1M input and output tokens at a multiple of today's.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ListedPrices {
    /// Per 1M input tokens.
    pub input_per_million: f64,
    /// Per 1M output tokens.
    pub output_per_million: f64,
    /// The prices' currency.
    pub currency: crate::currency::Currency,
}

/// A value of a flip input, with what it measures.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FlipValue {
    /// Requests per month.
    Requests {
        /// Requests per month.
        per_month: f64,
    },
    /// A multiple of a per-token route's prices, with the prices it gives when known
    /// (none in the range of a "no flip" outcome).
    PriceMultiple {
        /// The multiple of today's prices.
        multiple: f64,
        /// The prices at that multiple.
        prices: Option<ListedPrices>,
    },
    /// A GPU rental price, US dollars per GPU-hour.
    GpuHourPrice {
        /// US dollars per GPU-hour.
        usd: f64,
    },
    /// A GPU purchase price, US dollars per GPU.
    GpuPurchasePrice {
        /// US dollars per GPU.
        usd: f64,
    },
    /// Target utilisation at peak.
    Utilisation {
        /// Fraction 0..1.
        fraction: f64,
    },
    /// ML staff on hand.
    MlStaff {
        /// FTE.
        fte: f64,
    },
    /// The accuracy need.
    AccuracyNeed {
        /// The level.
        level: Level,
    },
    /// The horizon.
    Horizon {
        /// Months (whole).
        months: f64,
    },
    /// The yearly decline of API prices.
    PriceDecline {
        /// Fraction per year.
        per_year: f64,
    },
}

/// One thing the flip search found for an input: each is one sentence.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FlipOutcome {
    /// The recommendation changes.
    Recommended {
        /// Which input.
        input: FlipInput,
        /// Below or above the current value.
        direction: Direction,
        /// The value at which it has changed.
        at: FlipValue,
        /// The profile's value.
        now: FlipValue,
        /// The recommendation there (None if no route remains feasible).
        route: Option<RouteId>,
        /// Whether that route is then also the cheapest.
        also_cheapest: bool,
    },
    /// The cheapest route changes.
    Cheapest {
        /// Which input.
        input: FlipInput,
        /// Below or above the current value.
        direction: Direction,
        /// The value at which it has changed.
        at: FlipValue,
        /// The profile's value.
        now: FlipValue,
        /// The cheapest route there (None if no route remains feasible).
        route: Option<RouteId>,
    },
    /// The recommendation does not change within the plausible range.
    NoFlip {
        /// Which input.
        input: FlipInput,
        /// Low end of the range searched.
        low: FlipValue,
        /// High end of the range searched.
        high: FlipValue,
        /// The profile's value.
        now: FlipValue,
    },
    /// Nothing can flip: fewer than two routes are feasible (none searched).
    TooFewRoutes {
        /// Which input.
        input: FlipInput,
        /// Low end of the plausible range.
        low: FlipValue,
        /// High end of the plausible range.
        high: FlipValue,
        /// The profile's value.
        now: FlipValue,
        /// How many routes are feasible (0 or 1).
        feasible_routes: usize,
    },
}

/// A change of recommendation at one value of an input.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Flip {
    /// The input's value at which the recommendation has changed (in the input's unit).
    pub at: f64,
    /// The value, with what it measures.
    pub value: FlipValue,
    /// The recommendation there (null if no route is feasible).
    pub route: Option<RouteId>,
    /// The cheapest feasible route there.
    pub cheapest: Option<RouteId>,
}

/// The flip points of one input.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FlipPoint {
    /// Which input.
    pub input: FlipInput,
    /// Unit of `current`, `range_low`, `range_high` and the flips' `at`.
    pub unit: FlipUnit,
    /// The profile's value.
    pub current: f64,
    /// Low end of the plausible range searched.
    pub range_low: f64,
    /// High end of the plausible range searched.
    pub range_high: f64,
    /// The nearest flip below the current value, if any.
    pub below: Option<Flip>,
    /// The nearest flip above the current value, if any.
    pub above: Option<Flip>,
    /// One outcome per flip, or that there is none within the plausible range
    /// (each is a sentence).
    pub outcomes: Vec<FlipOutcome>,
    /// The nearest value below the current one at which the cheapest route changes
    /// (searched for every input but the team size and the accuracy need).
    pub cheapest_below: Option<Flip>,
    /// The nearest value above the current one at which the cheapest route changes.
    pub cheapest_above: Option<Flip>,
    /// The cheapest route's flips as outcomes (may be empty).
    pub cheapest_outcomes: Vec<FlipOutcome>,
}

impl FlipPoint {
    /// Relative distance from the current value to the nearest flip (None if no flip).
    pub fn nearest_distance(&self) -> Option<f64> {
        let scale = self
            .current
            .abs()
            .max((self.range_high - self.range_low).abs() * 0.05)
            .max(1e-9);
        [&self.below, &self.above]
            .into_iter()
            .flatten()
            .map(|flip| (flip.at - self.current).abs() / scale)
            .min_by(f64::total_cmp)
    }
}

/// Today's GPU price for the flip search: $/GPU-hour on demand rented, $/GPU
/// owned (resolved where the evaluation resolves it).
pub fn current_gpu_price(profile: &Profile, catalog: &Catalog) -> Option<f64> {
    let route = &profile.routes.self_hosted;
    let gpu = catalog.gpu(&route.gpu)?;
    crate::cost::inputs::headline_gpu_price(route, gpu)
}

fn level_value(level: Level) -> f64 {
    match level {
        Level::Low => 0.0,
        Level::Medium => 1.0,
        Level::High => 2.0,
    }
}

fn level_of(value: f64) -> Level {
    if value < 0.5 {
        Level::Low
    } else if value < 1.5 {
        Level::Medium
    } else {
        Level::High
    }
}

/// The profile's current value of an input (None if it does not apply).
pub fn current_value(profile: &Profile, catalog: &Catalog, input: FlipInput) -> Option<f64> {
    let team = &profile.team;
    Some(match input {
        FlipInput::RequestsPerMonth => clamp(profile.workload.requests_per_month, 0.0, 1e12),
        FlipInput::ClosedPrice | FlipInput::ManagedPrice => 1.0,
        FlipInput::GpuPrice => current_gpu_price(profile, catalog)?,
        FlipInput::GpuUtilisation => {
            clamp(profile.assumptions.sizing.target_utilisation, 0.01, 1.0)
        }
        FlipInput::MlTeamSize => {
            non_negative(team.ml_engineers)
                + non_negative(team.mlops_engineers)
                + non_negative(team.data_scientists)
        }
        FlipInput::AccuracyNeed => level_value(profile.requirements.accuracy_need),
        FlipInput::HorizonMonths => f64::from(profile.routes.horizon_months.clamp(1, 120)),
        FlipInput::ApiPriceDecline => {
            crate::guard::fraction(profile.assumptions.tokens.price_decline_per_year).min(0.99)
        }
    })
}

/// How a team of a different size is made up: the current team's mix of
/// roles (ML, MLOps, data science), or, if there is no team, the self-hosted
/// route's needs.
pub fn team_mix(profile: &Profile) -> [f64; 3] {
    let team = &profile.team;
    let current = non_negative(team.ml_engineers)
        + non_negative(team.mlops_engineers)
        + non_negative(team.data_scientists);
    let need = &profile.routes.self_hosted.staff;
    let total = non_negative(need.ml_engineers)
        + non_negative(need.mlops_engineers)
        + non_negative(need.data_scientists);
    if current > 0.0 {
        [
            non_negative(team.ml_engineers) / current,
            non_negative(team.mlops_engineers) / current,
            non_negative(team.data_scientists) / current,
        ]
    } else if total > 0.0 {
        [
            non_negative(need.ml_engineers) / total,
            non_negative(need.mlops_engineers) / total,
            non_negative(need.data_scientists) / total,
        ]
    } else {
        [1.0, 0.0, 0.0]
    }
}

/// Sets an input in a profile to `value` (in the input's unit), as the flip
/// search assumes: prices become overrides, the ML team keeps its mix of roles
/// (or, if empty, takes the self-hosted route's mix).
pub fn apply_input(profile: &mut Profile, catalog: &Catalog, input: FlipInput, value: f64) {
    match input {
        FlipInput::RequestsPerMonth => profile.workload.requests_per_month = value,
        FlipInput::ClosedPrice | FlipInput::ManagedPrice => {
            // An override is the price the workload's prompt pays (its tier):
            // today's rate there, times the multiple.
            if let Some((input_price, output_price, _)) = list_prices(profile, catalog, input) {
                let (input_override, output_override) = if input == FlipInput::ClosedPrice {
                    let route = &mut profile.routes.closed_api;
                    (
                        &mut route.input_price_per_million_override,
                        &mut route.output_price_per_million_override,
                    )
                } else {
                    let route = &mut profile.routes.managed_open;
                    (
                        &mut route.input_price_per_million_override,
                        &mut route.output_price_per_million_override,
                    )
                };
                *input_override = Some(input_price * value);
                *output_override = Some(output_price * value);
            }
        }
        FlipInput::GpuPrice => match profile.routes.self_hosted.deployment {
            Deployment::Rented => profile.routes.self_hosted.gpu_hour_usd_override = Some(value),
            Deployment::Owned => profile.routes.self_hosted.gpu_purchase_usd_override = Some(value),
        },
        FlipInput::GpuUtilisation => profile.assumptions.sizing.target_utilisation = value,
        FlipInput::MlTeamSize => {
            let [ml, mlops, data] = team_mix(profile);
            let team = &mut profile.team;
            team.ml_engineers = value * ml;
            team.mlops_engineers = value * mlops;
            team.data_scientists = value * data;
        }
        FlipInput::AccuracyNeed => profile.requirements.accuracy_need = level_of(value),
        FlipInput::HorizonMonths => {
            profile.routes.horizon_months = clamp(value.round(), 1.0, 120.0) as u32
        }
        FlipInput::ApiPriceDecline => profile.assumptions.tokens.price_decline_per_year = value,
    }
}

/// Everything the search needs.
pub(crate) struct Search<'a> {
    pub profile: &'a Profile,
    pub catalog: &'a Catalog,
    pub settings: &'a DecisionSettings,
    pub model: &'a FastModel,
    pub inputs: &'a Inputs,
    pub suitability: [f64; 3],
}

/// Recommendation and cheapest route at one value.
type Outcome = (Option<usize>, Option<usize>);

impl Search<'_> {
    fn fast(&self, scenario: &Scenario, suitability: &[f64; 3]) -> Outcome {
        let costs = self.model.costs(scenario);
        let feasible = self.model.feasible();
        (
            rule::choose(
                &costs,
                &feasible,
                suitability,
                self.settings.cost_weight_used(),
            ),
            rule::cheapest(&costs, &feasible),
        )
    }

    fn full(&self, input: FlipInput, value: f64) -> Outcome {
        let mut profile = self.profile.clone();
        apply_input(&mut profile, self.catalog, input, value);
        let report = crate::evaluate_with(&profile, self.catalog);
        outcome_of(&profile, &report, self.catalog, self.settings)
    }

    /// The outcome with `input` at `value`.
    fn at(&self, input: FlipInput, value: f64, gpu_base: f64) -> Outcome {
        let mut scenario = self.model.likely;
        match input {
            FlipInput::RequestsPerMonth => {
                scenario.volume = value;
                let weights = &self.settings.weights;
                let tokens = self.inputs.tokens_per_request;
                let before =
                    suitability::volume_fractions(self.inputs.requests_per_month * tokens, weights);
                let after = suitability::volume_fractions(value * tokens, weights);
                let mut moved = self.suitability;
                for ((slot, old), new) in moved.iter_mut().zip(before).zip(after) {
                    *slot = (*slot - old + new).clamp(0.0, 1.0);
                }
                return self.fast(&scenario, &moved);
            }
            FlipInput::ClosedPrice => scenario.closed_price = value,
            FlipInput::ManagedPrice => scenario.managed_price = value,
            FlipInput::GpuPrice => scenario.gpu_price = crate::guard::divide(value, gpu_base, 1.0),
            FlipInput::GpuUtilisation => scenario.utilisation = value,
            FlipInput::ApiPriceDecline => scenario.token_decline = value,
            FlipInput::HorizonMonths => scenario.months = clamp(value.round(), 1.0, 120.0) as usize,
            FlipInput::MlTeamSize => {
                let mix = team_mix(self.profile);
                let model = self.model.with_team(mix.map(|share| share * value));
                let weights = &self.settings.weights;
                let before =
                    suitability::team_fractions(self.inputs.team_fte, self.inputs, weights);
                let after = suitability::team_fractions(value, self.inputs, weights);
                let mut suitability = self.suitability;
                for ((slot, old), new) in suitability.iter_mut().zip(before).zip(after) {
                    *slot = (*slot - old + new).clamp(0.0, 1.0);
                }
                let costs = model.costs(&model.likely);
                let feasible = model.feasible();
                return (
                    rule::choose(
                        &costs,
                        &feasible,
                        &suitability,
                        self.settings.cost_weight_used(),
                    ),
                    rule::cheapest(&costs, &feasible),
                );
            }
            FlipInput::AccuracyNeed => return self.full(input, value),
        }
        self.fast(&scenario, &self.suitability)
    }
}

/// The recommendation and cheapest route of a profile (full evaluation path).
pub(crate) fn outcome_of(
    profile: &Profile,
    report: &Report,
    catalog: &Catalog,
    settings: &DecisionSettings,
) -> Outcome {
    let inputs = Inputs::new(profile, report, catalog);
    let suitability = suitability::fractions(&inputs, &settings.weights);
    let (costs, feasible) = super::constraints::feasibility(profile, report);
    (
        rule::choose(&costs, &feasible, &suitability, settings.cost_weight_used()),
        rule::cheapest(&costs, &feasible),
    )
}

/// The plausible range and how to step through it.
struct Plan {
    low: f64,
    high: f64,
    geometric: bool,
    integer: bool,
    grid: u32,
    halvings: u32,
}

fn plan(input: FlipInput, current: f64) -> Plan {
    let plan =
        |low: f64, high: f64, geometric: bool, integer: bool, grid: u32, halvings: u32| Plan {
            low: low.min(current),
            high: high.max(current),
            geometric,
            integer,
            grid,
            halvings,
        };
    match input {
        FlipInput::RequestsPerMonth => {
            let base = current.max(1000.0);
            plan(
                (base / 100.0).max(1.0),
                (base * 100.0).min(1e12),
                true,
                false,
                16,
                24,
            )
        }
        FlipInput::ClosedPrice | FlipInput::ManagedPrice => plan(0.1, 3.0, true, false, 16, 24),
        FlipInput::GpuPrice => plan(current * 0.25, current * 3.0, true, false, 16, 24),
        FlipInput::GpuUtilisation => plan(0.2, 0.95, false, false, 16, 24),
        FlipInput::MlTeamSize => plan(0.0, (current * 3.0).max(30.0), false, false, 12, 16),
        FlipInput::AccuracyNeed => plan(0.0, 2.0, false, true, 2, 0),
        FlipInput::HorizonMonths => plan(6.0, 120.0, false, true, 16, 8),
        FlipInput::ApiPriceDecline => plan(0.0, 0.6, false, false, 16, 24),
    }
}

fn step(plan: &Plan, from: f64, to: f64, fraction: f64) -> f64 {
    let value = if plan.geometric && from > 0.0 && to > 0.0 {
        geometric_between(from, to, fraction)
    } else {
        from + (to - from) * fraction
    };
    if plan.integer {
        value.round()
    } else {
        value
    }
}

/// `from x (to / from)^t` for t in 0..1, computed with square roots only
/// (binary expansion of t to 20 bits), so the search is bit-identical on every platform.
fn geometric_between(from: f64, to: f64, t: f64) -> f64 {
    let ratio = to / from;
    if !ratio.is_finite() || ratio <= 0.0 {
        return from + (to - from) * t.clamp(0.0, 1.0);
    }
    let mut result = 1.0;
    let mut root = ratio;
    let mut rest = t.clamp(0.0, 1.0);
    for _ in 0..20 {
        root = root.sqrt();
        rest *= 2.0;
        if rest >= 1.0 {
            result *= root;
            rest -= 1.0;
        }
    }
    // t = 1 exactly: the loop gives (1 - 2^-20) of the way; finish at `to`.
    if t >= 1.0 {
        return to;
    }
    from * result
}

/// What a search watches: the recommendation or the cheapest route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Key {
    Recommended,
    Cheapest,
}

impl Key {
    fn of(self, outcome: Outcome) -> Option<usize> {
        match self {
            Key::Recommended => outcome.0,
            Key::Cheapest => outcome.1,
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn search_side(
    search: &Search<'_>,
    input: FlipInput,
    plan: &Plan,
    current: f64,
    bound: f64,
    start: Outcome,
    gpu_base: f64,
    key: Key,
) -> Option<(f64, Outcome)> {
    if (bound - current).abs() <= f64::EPSILON * current.abs().max(1.0) {
        return None;
    }
    let mut inside = current;
    for index in 1..=plan.grid {
        let value = step(
            plan,
            current,
            bound,
            f64::from(index) / f64::from(plan.grid),
        );
        if value == inside || !value.is_finite() {
            continue;
        }
        let outcome = search.at(input, value, gpu_base);
        if key.of(outcome) != key.of(start) {
            // Bisect between `inside` (start's recommendation) and `value`.
            let (mut near, mut far, mut far_outcome) = (inside, value, outcome);
            for _ in 0..plan.halvings {
                let middle = if plan.integer {
                    ((near + far) / 2.0).round()
                } else if plan.geometric && near > 0.0 && far > 0.0 {
                    (near * far).sqrt()
                } else {
                    (near + far) / 2.0
                };
                if middle == near || middle == far {
                    break;
                }
                let probe = search.at(input, middle, gpu_base);
                if key.of(probe) == key.of(start) {
                    near = middle;
                } else {
                    far = middle;
                    far_outcome = probe;
                }
            }
            return Some((far, far_outcome));
        }
        inside = value;
    }
    None
}

/// A per-token route's catalog prices, the profile's overrides of them and
/// their currency.
fn route_prices<'c>(
    profile: &Profile,
    catalog: &'c Catalog,
    input: FlipInput,
) -> Option<(&'c TokenRates, PriceOverride, crate::currency::Currency)> {
    match input {
        FlipInput::ClosedPrice => {
            let route = &profile.routes.closed_api;
            let model = catalog.closed_model(&route.model)?;
            Some((&model.prices, PriceOverride::closed(route), model.currency))
        }
        FlipInput::ManagedPrice => {
            let route = &profile.routes.managed_open;
            let offer = catalog.hosted_offer(&route.offer)?;
            Some((&offer.prices, PriceOverride::managed(route), offer.currency))
        }
        _ => None,
    }
}

/// Today's (input, output) prices per 1M tokens of a per-token route, at the
/// workload's prompt size (its tier), in the model's currency: what the flip
/// sentence quotes.
fn list_prices(
    profile: &Profile,
    catalog: &Catalog,
    input: FlipInput,
) -> Option<(f64, f64, crate::currency::Currency)> {
    let (prices, overrides, currency) = route_prices(profile, catalog, input)?;
    let (input_price, output_price) =
        listed_pair(prices, prompt_tokens(&profile.workload), overrides);
    Some((input_price, output_price, currency))
}

/// The value of `input` at `value`, with the per-token prices it gives.
fn value_of(input: FlipInput, value: f64, profile: &Profile, catalog: &Catalog) -> FlipValue {
    match input {
        FlipInput::RequestsPerMonth => FlipValue::Requests { per_month: value },
        FlipInput::ClosedPrice | FlipInput::ManagedPrice => FlipValue::PriceMultiple {
            multiple: value,
            prices: list_prices(profile, catalog, input).map(
                |(input_price, output_price, currency)| ListedPrices {
                    input_per_million: input_price * value,
                    output_per_million: output_price * value,
                    currency,
                },
            ),
        },
        FlipInput::GpuPrice => match profile.routes.self_hosted.deployment {
            Deployment::Rented => FlipValue::GpuHourPrice { usd: value },
            Deployment::Owned => FlipValue::GpuPurchasePrice { usd: value },
        },
        FlipInput::GpuUtilisation => FlipValue::Utilisation { fraction: value },
        FlipInput::MlTeamSize => FlipValue::MlStaff { fte: value },
        FlipInput::AccuracyNeed => FlipValue::AccuracyNeed {
            level: level_of(value),
        },
        FlipInput::HorizonMonths => FlipValue::Horizon {
            months: value.round(),
        },
        FlipInput::ApiPriceDecline => FlipValue::PriceDecline { per_year: value },
    }
}

/// A short form of a value for the range of "no flip" outcomes (price multiples without prices).
fn short_value(input: FlipInput, value: f64, profile: &Profile, catalog: &Catalog) -> FlipValue {
    match input {
        FlipInput::ClosedPrice | FlipInput::ManagedPrice => FlipValue::PriceMultiple {
            multiple: value,
            prices: None,
        },
        _ => value_of(input, value, profile, catalog),
    }
}

/// Searches every input.
pub(crate) fn search_all(search: &Search<'_>, start: Outcome) -> Vec<FlipPoint> {
    let mut points = Vec::with_capacity(FlipInput::ALL.len());
    let gpu_base = current_gpu_price(search.profile, search.catalog).unwrap_or(0.0);
    // None of these inputs changes which routes are feasible, so with fewer
    // than two feasible routes nothing can flip: say so without searching.
    let feasible_routes = search.model.feasible().iter().filter(|ok| **ok).count();
    for input in FlipInput::ALL {
        let Some(current) = current_value(search.profile, search.catalog, input) else {
            continue;
        };
        if input == FlipInput::GpuPrice && gpu_base <= 0.0 {
            continue;
        }
        let plan = plan(input, current);
        let unit = input.unit(search.profile.routes.self_hosted.deployment);
        let short = |value: f64| short_value(input, value, search.profile, search.catalog);
        if feasible_routes < 2 {
            points.push(FlipPoint {
                input,
                unit,
                current,
                range_low: plan.low,
                range_high: plan.high,
                below: None,
                above: None,
                outcomes: vec![FlipOutcome::TooFewRoutes {
                    input,
                    low: short(plan.low),
                    high: short(plan.high),
                    now: short(current),
                    feasible_routes,
                }],
                cheapest_below: None,
                cheapest_above: None,
                cheapest_outcomes: Vec::new(),
            });
            continue;
        }
        let now = value_of(input, current, search.profile, search.catalog);
        let to_flip = |found: Option<(f64, Outcome)>| {
            found.map(|(at, (route, cheapest))| Flip {
                at,
                value: value_of(input, at, search.profile, search.catalog),
                route: route.and_then(|i| RouteId::ALL.get(i).copied()),
                cheapest: cheapest.and_then(|i| RouteId::ALL.get(i).copied()),
            })
        };
        let side = |bound: f64, key: Key| {
            to_flip(search_side(
                search, input, &plan, current, bound, start, gpu_base, key,
            ))
        };
        let below = side(plan.low, Key::Recommended);
        let above = side(plan.high, Key::Recommended);
        // The cheapest route's flips, on the fast path only (the accuracy need
        // would cost more full evaluations).
        let fast_input = input != FlipInput::AccuracyNeed;
        let (cheapest_below, cheapest_above) = if fast_input && start.1.is_some() {
            (
                side(plan.low, Key::Cheapest),
                side(plan.high, Key::Cheapest),
            )
        } else {
            (None, None)
        };
        let sides = |below: &Option<Flip>, above: &Option<Flip>| {
            [
                (below.clone(), Direction::Below),
                (above.clone(), Direction::Above),
            ]
            .into_iter()
            .filter_map(|(flip, direction)| flip.map(|flip| (flip, direction)))
            .collect::<Vec<_>>()
        };
        let cheapest_outcomes = sides(&cheapest_below, &cheapest_above)
            .into_iter()
            .map(|(flip, direction)| FlipOutcome::Cheapest {
                input,
                direction,
                at: flip.value,
                now: now.clone(),
                route: flip.cheapest,
            })
            .collect();
        let mut outcomes: Vec<FlipOutcome> = sides(&below, &above)
            .into_iter()
            .map(|(flip, direction)| FlipOutcome::Recommended {
                input,
                direction,
                also_cheapest: flip.route.is_some() && flip.route == flip.cheapest,
                at: flip.value,
                now: now.clone(),
                route: flip.route,
            })
            .collect();
        if outcomes.is_empty() {
            outcomes.push(FlipOutcome::NoFlip {
                input,
                low: short(plan.low),
                high: short(plan.high),
                now: short(current),
            });
        }
        points.push(FlipPoint {
            input,
            unit,
            current,
            range_low: plan.low,
            range_high: plan.high,
            below,
            above,
            outcomes,
            cheapest_below,
            cheapest_above,
            cheapest_outcomes,
        });
    }
    points
}
