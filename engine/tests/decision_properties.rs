//! Property tests of the decision engine (proptest): for any profile and any
//! settings, nothing panics and every number is finite; percentiles are
//! ordered; the probabilities of being cheapest and of being recommended sum
//! to 1 whenever a route can be chosen; the same seed reproduces the result
//! exactly.

use engine::catalog::Catalog;
use engine::decision::{self, Decision, DecisionSettings, Range};
use engine::profile::{Customisation, DataResidency, Deployment, Level, Profile, UseCase};
use proptest::prelude::*;

fn pick<T: Clone>(items: &[T], index: usize) -> T {
    items[index % items.len()].clone()
}

/// A number that is sometimes hostile (NaN, infinite, negative, huge).
fn number(low: f64, high: f64) -> impl Strategy<Value = f64> {
    prop_oneof![
        8 => low..high,
        1 => prop_oneof![
            Just(f64::NAN),
            Just(f64::INFINITY),
            Just(-1.0),
            Just(1e300),
            Just(5e-324),
            Just(0.0)
        ],
    ]
}

fn profile() -> impl Strategy<Value = Profile> {
    let numbers = (
        number(0.0, 1e9),
        number(0.0, 8_000.0),
        number(0.0, 2_000.0),
        number(-0.2, 0.2),
        number(0.0, 1e8),
        number(0.0, 20.0),
        number(0.0, 20.0),
        number(0.0, 0.6),
        number(0.0, 1.0),
        1..=120_u32,
    );
    let choices = (
        any::<usize>(),
        any::<usize>(),
        any::<usize>(),
        any::<usize>(),
        any::<bool>(),
        0..4_usize,
        0..3_usize,
        0..4_usize,
        0..4_usize,
        0..3_usize,
        0..3_usize,
        any::<bool>(),
    );
    (numbers, choices).prop_map(|(n, c)| {
        let catalog = Catalog::builtin();
        let mut profile = Profile::default();
        profile.workload.requests_per_month = n.0;
        profile.workload.input_tokens_per_request = n.1;
        profile.workload.output_tokens_per_request = n.2;
        profile.workload.growth_per_month = n.3;
        profile.organisation.investment_usd = n.4;
        profile.team.ml_engineers = n.5;
        profile.team.data_scientists = n.6;
        profile.assumptions.tokens.price_decline_per_year = n.7;
        profile.assumptions.sizing.target_utilisation = n.8;
        profile.routes.horizon_months = n.9;
        profile.routes.closed_api.model = pick(catalog.closed_models, c.0).id.to_owned();
        profile.routes.managed_open.offer = pick(catalog.hosted_offers, c.1).id.to_owned();
        profile.routes.self_hosted.model = pick(catalog.open_models, c.2).id.to_owned();
        profile.routes.self_hosted.gpu = pick(catalog.gpus, c.3).id.to_owned();
        profile.routes.self_hosted.deployment = if c.4 {
            Deployment::Owned
        } else {
            Deployment::Rented
        };
        profile.requirements.data_residency = [
            DataResidency::None,
            DataResidency::InCountry,
            DataResidency::OnPremises,
            DataResidency::AirGapped,
        ][c.5];
        profile.requirements.accuracy_need = [Level::Low, Level::Medium, Level::High][c.6];
        profile.requirements.customisation = [
            Customisation::PromptOnly,
            Customisation::Retrieval,
            Customisation::FineTuning,
            Customisation::Deep,
        ][c.7];
        profile.organisation.use_case = [
            UseCase::AcademicResearch,
            UseCase::InternalTool,
            UseCase::CustomerFacing,
            UseCase::MissionCritical,
        ][c.8];
        profile.requirements.lock_in_aversion = [Level::Low, Level::Medium, Level::High][c.9];
        profile.requirements.time_to_market_urgency =
            [Level::Low, Level::Medium, Level::High][c.10];
        profile.requirements.vendor_sla_needed = c.11;
        profile
    })
}

fn settings() -> impl Strategy<Value = DecisionSettings> {
    (
        number(0.0, 1.0),
        number(0.0, 3.0),
        number(0.0, 3.0),
        (number(0.0, 1.0), number(0.5, 1.5), number(1.0, 4.0)),
        any::<u64>(),
        0..400_u32,
    )
        .prop_map(|(cost_weight, use_case, volume, range, seed, draws)| {
            let mut settings = DecisionSettings {
                cost_weight,
                seed,
                draws,
                ..DecisionSettings::default()
            };
            settings.weights.use_case = use_case;
            settings.weights.volume = volume;
            settings.ranges.requests_per_month = Range::new(range.0, range.1, range.2);
            settings.ranges.gpu_price = Range::new(range.2, range.0, range.1);
            settings
        })
}

fn finite(value: f64, what: &str) -> Result<(), TestCaseError> {
    prop_assert!(value.is_finite(), "{what} = {value}");
    Ok(())
}

fn check(decision: &Decision) -> Result<(), TestCaseError> {
    let recommendation = &decision.recommendation;
    prop_assert!((0.0..=1.0).contains(&recommendation.confidence));
    for score in &recommendation.scores {
        finite(score.cost_score, "cost_score")?;
        finite(score.suitability, "suitability")?;
        finite(score.combined, "combined")?;
        if let Some(cost) = score.total_cost {
            finite(cost, "total_cost")?;
        }
    }
    for point in &recommendation.flip_points {
        finite(point.current, "current")?;
        finite(point.range_low, "range_low")?;
        finite(point.range_high, "range_high")?;
        for flip in [&point.below, &point.above].into_iter().flatten() {
            finite(flip.at, "flip")?;
        }
        prop_assert!(!point.outcomes.is_empty());
    }
    for factor in &decision.suitability.factors {
        finite(factor.weight, "weight")?;
        for contribution in &factor.contributions {
            finite(contribution.points, "points")?;
        }
    }
    let uncertainty = &decision.uncertainty;
    for range in &uncertainty.routes {
        for value in [range.p10, range.p50, range.p90, range.mean] {
            finite(value, "percentile")?;
        }
        prop_assert!(
            range.p10 <= range.p50 && range.p50 <= range.p90,
            "{range:?}"
        );
    }
    for bar in &uncertainty.tornado.bars {
        for value in [
            bar.low,
            bar.high,
            bar.difference_at_low,
            bar.difference_at_high,
            bar.swing,
        ] {
            finite(value, "tornado")?;
        }
    }
    finite(uncertainty.tornado.difference_at_likely, "tornado")?;
    if uncertainty.draws > 0 {
        let cheapest: f64 = uncertainty
            .routes
            .iter()
            .map(|r| r.probability_cheapest)
            .sum();
        let any_costed = recommendation.scores.iter().any(|s| s.total_cost.is_some());
        if any_costed {
            prop_assert!((cheapest - 1.0).abs() < 1e-9, "cheapest sums to {cheapest}");
        }
        let recommended: f64 = uncertainty
            .routes
            .iter()
            .map(|r| r.probability_recommended)
            .sum();
        if recommendation.route.is_some() {
            prop_assert!(
                (recommended - 1.0).abs() < 1e-9,
                "recommended sums to {recommended}"
            );
        } else {
            prop_assert_eq!(recommended, 0.0);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn any_profile_and_settings_give_a_sound_decision(profile in profile(), settings in settings()) {
        let (report, decision) = decision::decide(&profile, &settings);
        check(&decision)?;
        // The same seed reproduces the decision exactly.
        let again = decision::decide_with_report(&profile, &report, &settings);
        prop_assert_eq!(&decision, &again);
        let text = decision::explain::summary(engine::text::Words::default(), &report, &decision);
        let bad_word = text
            .split(|c: char| !c.is_ascii_alphanumeric())
            .find(|word| matches!(*word, "NaN" | "inf" | "infinity"));
        prop_assert!(bad_word.is_none(), "{bad_word:?} in {text}");
    }
}
