//! The decision engine's settings: suitability weights, the cost weight of the
//! recommendation rule, the uncertainty ranges, the seed and the number of
//! Monte Carlo draws. Every field has a documented default
//! (`docs/decision-model.md`), and `{}` is a valid settings object.

use serde::{Deserialize, Serialize};

/// Everything the user can tune in the decision engine.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct DecisionSettings {
    /// Share of the recommendation score given to cost, 0..1 (the rest goes to suitability).
    pub cost_weight: f64,
    /// Weight of each suitability factor (any non-negative numbers; they are normalised).
    pub weights: SuitabilityWeights,
    /// Low / likely / high ranges of the uncertain inputs.
    pub ranges: UncertaintyRanges,
    /// Seed of the Monte Carlo: the same seed gives the same numbers on every platform.
    pub seed: u64,
    /// Monte Carlo draws (0 = no simulation; at most 100,000).
    pub draws: u32,
}

/// Default seed (any number works; this one is the project's start date).
pub const DEFAULT_SEED: u64 = 20_261_126;

/// Default number of Monte Carlo draws.
pub const DEFAULT_DRAWS: u32 = 5_000;

/// Most Monte Carlo draws the engine runs.
pub const MAX_DRAWS: u32 = 100_000;

impl Default for DecisionSettings {
    fn default() -> Self {
        DecisionSettings {
            cost_weight: 0.5,
            weights: SuitabilityWeights::default(),
            ranges: UncertaintyRanges::default(),
            seed: DEFAULT_SEED,
            draws: DEFAULT_DRAWS,
        }
    }
}

impl DecisionSettings {
    /// The cost weight as used: clamped to 0..1 (NaN gives the default 0.5).
    pub fn cost_weight_used(&self) -> f64 {
        if self.cost_weight.is_finite() {
            self.cost_weight.clamp(0.0, 1.0)
        } else {
            0.5
        }
    }

    /// The number of draws as used: at most [`MAX_DRAWS`].
    pub fn draws_used(&self) -> u32 {
        self.draws.min(MAX_DRAWS)
    }
}

/// Weight of each suitability factor. Defaults and their reasons are in
/// `docs/decision-model.md`; a weight of 0 switches a factor off.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct SuitabilityWeights {
    /// Use case (academic research, internal tool, customer-facing, mission-critical).
    pub use_case: f64,
    /// Size of the investment behind the project.
    pub investment: f64,
    /// The team's ML capability (staff on hand versus what self-hosting needs).
    pub team_capability: f64,
    /// Accuracy need, scaled by the measured quality gap.
    pub accuracy: f64,
    /// Need for vendor service and an SLA.
    pub service_sla: f64,
    /// Data residency or air-gap.
    pub data_residency: f64,
    /// Customisation depth.
    pub customisation: f64,
    /// Volume in tokens per month.
    pub volume: f64,
    /// Time-to-market urgency.
    pub time_to_market: f64,
    /// Lock-in aversion.
    pub lock_in: f64,
    /// Vendor viability (cloud providers versus model makers squeezed by the price war).
    pub vendor_viability: f64,
}

impl Default for SuitabilityWeights {
    fn default() -> Self {
        SuitabilityWeights {
            use_case: 1.5,
            investment: 0.75,
            team_capability: 1.5,
            accuracy: 1.25,
            service_sla: 1.0,
            data_residency: 1.0,
            customisation: 1.0,
            volume: 0.5,
            time_to_market: 1.0,
            lock_in: 1.0,
            vendor_viability: 0.5,
        }
    }
}

/// A low / likely / high range, as multipliers of the profile's value
/// (likely 1 = the profile's value).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Range {
    /// Low multiplier (about the 0th percentile of a triangular distribution).
    pub low: f64,
    /// Most likely multiplier (the mode).
    pub likely: f64,
    /// High multiplier.
    pub high: f64,
}

impl Range {
    /// A range from three multipliers.
    pub const fn new(low: f64, likely: f64, high: f64) -> Range {
        Range { low, likely, high }
    }

    /// The range made safe: non-negative finite numbers, at most 1000, in order
    /// low <= likely <= high (a bad number falls back to 1).
    pub fn sanitised(self) -> Range {
        let clean = |value: f64| {
            if value.is_finite() {
                value.clamp(0.0, 1000.0)
            } else {
                1.0
            }
        };
        let mut values = [clean(self.low), clean(self.likely), clean(self.high)];
        values.sort_by(f64::total_cmp);
        let [low, likely, high] = values;
        Range { low, likely, high }
    }
}

impl Default for Range {
    fn default() -> Self {
        Range::new(1.0, 1.0, 1.0)
    }
}

/// Ranges of the uncertain inputs, as multipliers of the profile's values.
/// Sources of the defaults: `docs/decision-model.md` (reference sheet sections).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct UncertaintyRanges {
    /// Requests per month (a forecast).
    pub requests_per_month: Range,
    /// The closed model's per-token prices.
    pub closed_price: Range,
    /// The managed open-weight endpoint's per-token prices.
    pub managed_price: Range,
    /// GPU rental price per hour (rented) or purchase price (owned).
    pub gpu_price: Range,
    /// Achieved serving throughput of a replica versus the roofline estimate.
    pub throughput: Range,
    /// Loaded staff cost of every role.
    pub staff_cost: Range,
    /// Cost of a quality programme (fine-tuning, labelled data, evaluation).
    pub quality_cost: Range,
    /// Monthly value of the project (prices a delay).
    pub project_value: Range,
    /// Yearly decline of per-token prices (the price war).
    pub token_price_decline: Range,
}

impl Default for UncertaintyRanges {
    fn default() -> Self {
        UncertaintyRanges {
            requests_per_month: Range::new(0.5, 1.0, 2.0),
            closed_price: Range::new(0.5, 1.0, 1.1),
            managed_price: Range::new(0.65, 1.0, 1.35),
            gpu_price: Range::new(0.75, 1.0, 1.6),
            throughput: Range::new(0.7, 1.0, 1.2),
            staff_cost: Range::new(0.75, 1.0, 1.4),
            quality_cost: Range::new(0.5, 1.0, 3.0),
            project_value: Range::new(0.5, 1.0, 1.5),
            token_price_decline: Range::new(0.25, 1.0, 2.0),
        }
    }
}

/// Every problem in the settings, with the field's path under `prefix`
/// (`decision` in a profile). The engine still runs on bad settings (it
/// clamps), but the user should be told.
pub fn validate(settings: &DecisionSettings, prefix: &str) -> Vec<crate::number_input::FieldError> {
    let mut errors = Vec::new();
    // The path is joined from its parts only for a value that fails: this
    // runs on every keystroke, and nearly every value passes.
    let mut check = |path: &[&str], value: f64, low: f64, high: f64| {
        if !(value.is_finite() && value >= low && value <= high) {
            errors.push(crate::number_input::FieldError {
                field: path.concat(),
                given: crate::number_input::GivenValue::Number(value),
                allowed: crate::number_input::Allowed::NumberBetween {
                    low,
                    high,
                    unit: crate::unit::Unit::None,
                },
            });
        }
    };
    check(&[prefix, ".cost_weight"], settings.cost_weight, 0.0, 1.0);
    let w = &settings.weights;
    for (name, value) in [
        ("use_case", w.use_case),
        ("investment", w.investment),
        ("team_capability", w.team_capability),
        ("accuracy", w.accuracy),
        ("service_sla", w.service_sla),
        ("data_residency", w.data_residency),
        ("customisation", w.customisation),
        ("volume", w.volume),
        ("time_to_market", w.time_to_market),
        ("lock_in", w.lock_in),
        ("vendor_viability", w.vendor_viability),
    ] {
        check(&[prefix, ".weights.", name], value, 0.0, 100.0);
    }
    let r = &settings.ranges;
    for (name, range) in [
        ("requests_per_month", r.requests_per_month),
        ("closed_price", r.closed_price),
        ("managed_price", r.managed_price),
        ("gpu_price", r.gpu_price),
        ("throughput", r.throughput),
        ("staff_cost", r.staff_cost),
        ("quality_cost", r.quality_cost),
        ("project_value", r.project_value),
        ("token_price_decline", r.token_price_decline),
    ] {
        let ranges = ".ranges.";
        check(&[prefix, ranges, name, ".low"], range.low, 0.0, 1000.0);
        check(
            &[prefix, ranges, name, ".likely"],
            range.likely,
            range.low.max(0.0),
            1000.0,
        );
        check(
            &[prefix, ranges, name, ".high"],
            range.high,
            range.likely.max(0.0),
            1000.0,
        );
    }
    if settings.draws > MAX_DRAWS {
        errors.push(crate::number_input::FieldError {
            field: format!("{prefix}.draws"),
            given: crate::number_input::GivenValue::Number(f64::from(settings.draws)),
            allowed: crate::number_input::Allowed::WholeNumberBetween {
                low: 0,
                high: MAX_DRAWS,
                unit: crate::unit::Unit::None,
            },
        });
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_valid_and_bad_values_are_named() {
        assert!(validate(&DecisionSettings::default(), "decision").is_empty());
        let mut bad = DecisionSettings {
            cost_weight: 1.5,
            draws: MAX_DRAWS + 1,
            ..DecisionSettings::default()
        };
        bad.ranges.gpu_price = Range::new(2.0, 1.0, f64::NAN);
        let fields: Vec<String> = validate(&bad, "decision")
            .into_iter()
            .map(|error| error.field)
            .collect();
        assert!(fields.contains(&"decision.cost_weight".to_owned()));
        assert!(fields.contains(&"decision.ranges.gpu_price.likely".to_owned()));
        assert!(fields.contains(&"decision.ranges.gpu_price.high".to_owned()));
        assert!(fields.contains(&"decision.draws".to_owned()));
        let problems = validate(&bad, "decision");
        let text: Vec<String> = problems.iter().map(crate::text::en::problem_at).collect();
        assert!(text.contains(
            &"decision.cost_weight: “1.5” is not allowed: enter a number from 0 to 1.".to_owned()
        ));
        assert!(text.contains(
            &"decision.draws: “100,001” is not allowed: enter a whole number from 0 to 100,000."
                .to_owned()
        ));
        assert_eq!(
            Range::new(2.0, f64::NAN, 0.5).sanitised(),
            Range::new(0.5, 1.0, 2.0)
        );
        let parsed: DecisionSettings = serde_json::from_str("{}").unwrap();
        assert_eq!(parsed, DecisionSettings::default());
    }
}
