//! The decision engine on the example profiles: recommendations with their
//! reasons, flip points verified by full evaluation, the fast path checked
//! against the cost engine, and the article's claims.

use engine::decision::{self, DecisionSettings, FlipInput};
use engine::report::RouteId;
use engine::text::en;
use engine::Profile;

mod common;
use common::{load, EXAMPLES};

fn settings() -> DecisionSettings {
    DecisionSettings::default()
}

fn decide(profile: &Profile) -> (engine::Report, decision::Decision) {
    decision::decide(profile, &settings())
}

fn recommended(profile: &Profile) -> Option<RouteId> {
    let report = engine::evaluate(profile);
    decision::recommended_route(profile, &report, &settings())
}

fn suitability_of(decision: &decision::Decision, route: RouteId) -> f64 {
    decision
        .suitability
        .routes
        .iter()
        .find(|entry| entry.route == route)
        .map(|entry| entry.score)
        .unwrap()
}

fn reasons_mention(decision: &decision::Decision, words: &[&str]) -> bool {
    decision.recommendation.reasons.iter().any(|reason| {
        let reason = en::reason(reason);
        words.iter().all(|word| {
            reason
                .to_ascii_lowercase()
                .contains(&word.to_ascii_lowercase())
        })
    })
}

/// A flip point's outcomes as English sentences.
fn sentences(point: &decision::FlipPoint) -> Vec<String> {
    point.outcomes.iter().map(en::flip_outcome).collect()
}

#[test]
fn academic_research_gets_an_open_weight_route_for_research_reasons() {
    let (_, decision) = decide(&load("academic-research"));
    let route = decision.recommendation.route;
    assert!(
        matches!(route, Some(RouteId::ManagedOpen | RouteId::SelfHosted)),
        "{route:?}"
    );
    // The reason is the use case and lock-in, not cost: the closed API is cheaper here.
    assert_eq!(decision.recommendation.cheapest, Some(RouteId::ClosedApi));
    assert!(reasons_mention(&decision, &["academic research", "points"]));
    assert!(reasons_mention(
        &decision,
        &["more than the closed api", "suits the profile better"]
    ));
}

#[test]
fn the_bank_gets_the_closed_api_because_it_is_cheapest_and_has_no_ml_team() {
    let (_, decision) = decide(&load("bank-customer-assistant"));
    assert_eq!(decision.recommendation.route, Some(RouteId::ClosedApi));
    assert!(reasons_mention(
        &decision,
        &["cheapest feasible route", "$4.81 million"]
    ));
    assert!(reasons_mention(&decision, &["accuracy need", "high"]));
    assert!(reasons_mention(&decision, &["team ml capability"]));
}

/// The ML platform at `factor` times its example volume.
fn ml_platform_at(factor: f64) -> engine::Profile {
    let mut profile = load("ml-platform-high-volume");
    profile.workload.requests_per_month *= factor;
    profile
}

#[test]
fn the_ml_platform_pays_per_token_at_300_million_and_self_hosts_far_above() {
    // December 2026's prices: Claude Haiku 5.5 ($0.10 / $0.50 per 1M tokens)
    // wins at 300 M requests a month, and the nearest flip says where
    // self-hosting takes over.
    let (_, decision) = decide(&ml_platform_at(1.0));
    assert_eq!(decision.recommendation.route, Some(RouteId::ClosedApi));
    assert!(reasons_mention(
        &decision,
        &[
            "self-hosting becomes the recommended route above",
            "million requests per month"
        ]
    ));
    let (_, decision) = decide(&ml_platform_at(6.0));
    assert_eq!(decision.recommendation.route, Some(RouteId::SelfHosted));
    assert!(reasons_mention(
        &decision,
        &["self-hosting is the cheapest feasible route"]
    ));
    assert!(reasons_mention(
        &decision,
        &["team ml capability", "18 ml staff"]
    ));
}

#[test]
fn the_air_gapped_agency_can_only_self_host() {
    let (_, decision) = decide(&load("air-gapped-government"));
    assert_eq!(decision.recommendation.route, Some(RouteId::SelfHosted));
    assert_eq!(decision.recommendation.confidence, 1.0);
    assert!(reasons_mention(&decision, &["only feasible route"]));
    assert_eq!(decision.constraints.len(), 2);
    assert!(decision
        .constraints
        .iter()
        .all(|constraint| constraint.kind == decision::constraints::ConstraintKind::DataResidency));
}

#[test]
fn the_startup_pays_per_token() {
    let (_, decision) = decide(&load("startup-internal-tool"));
    let route = decision.recommendation.route;
    assert!(
        matches!(route, Some(RouteId::ClosedApi | RouteId::ManagedOpen)),
        "{route:?}"
    );
    assert!(reasons_mention(&decision, &["cheapest feasible route"]));
    assert_eq!(
        decision.recommendation.confidence_level,
        decision::Confidence::High
    );
}

#[test]
fn every_example_has_at_least_eight_flip_inputs_and_a_sentence_for_each() {
    for name in EXAMPLES {
        let (_, decision) = decide(&load(name));
        let points = &decision.recommendation.flip_points;
        assert!(points.len() >= 8, "{name}: {}", points.len());
        for input in [
            FlipInput::RequestsPerMonth,
            FlipInput::ClosedPrice,
            FlipInput::GpuPrice,
            FlipInput::GpuUtilisation,
            FlipInput::MlTeamSize,
            FlipInput::AccuracyNeed,
            FlipInput::HorizonMonths,
            FlipInput::ApiPriceDecline,
        ] {
            let point = points.iter().find(|point| point.input == input);
            let point = point.unwrap_or_else(|| panic!("{name}: {input:?} missing"));
            assert!(!point.outcomes.is_empty());
            if point.below.is_none() && point.above.is_none() {
                assert!(sentences(point)[0].contains("no flip within the plausible range"));
            }
        }
    }
}

/// Evaluating at each reported flip point gives the reported (other) recommendation,
/// and the profile's own value gives the original one.
#[test]
fn flip_points_are_verified_by_full_evaluation() {
    let catalog = engine::catalog::Catalog::builtin();
    let mut verified = 0;
    for name in EXAMPLES {
        let profile = load(name);
        let (_, decision) = decide(&profile);
        let original = decision.recommendation.route;
        assert_eq!(recommended(&profile), original, "{name}");
        for point in &decision.recommendation.flip_points {
            for (flip, outward) in [(&point.below, -1.0), (&point.above, 1.0)] {
                let Some(flip) = flip else { continue };
                assert_ne!(flip.route, original, "{name} {:?}", point.input);
                // At the reported value, and just past it (continuous inputs).
                let mut values = vec![flip.at];
                if !matches!(
                    point.input,
                    FlipInput::AccuracyNeed | FlipInput::HorizonMonths
                ) {
                    values.push(flip.at + outward * 1e-4 * flip.at.abs().max(1e-3));
                }
                for value in values {
                    let mut varied = profile.clone();
                    decision::flip_points::apply_input(&mut varied, catalog, point.input, value);
                    assert_eq!(
                        recommended(&varied),
                        flip.route,
                        "{name}: {:?} at {value} ({})",
                        point.input,
                        sentences(point).join(" ")
                    );
                }
                verified += 1;
            }
        }
    }
    // Enough flips for the check to mean something (the five examples give 5
    // since the December 2026 catalog).
    assert!(verified >= 5, "only {verified} flips found");
}

/// The cheapest route's flips agree with full evaluations (and so with the
/// cost engine's own break-even volumes).
#[test]
fn cheapest_route_flips_are_verified_by_full_evaluation() {
    let catalog = engine::catalog::Catalog::builtin();
    let mut verified = 0;
    for name in EXAMPLES {
        let profile = load(name);
        let (report, decision) = decide(&profile);
        for point in &decision.recommendation.flip_points {
            for flip in [&point.cheapest_below, &point.cheapest_above]
                .into_iter()
                .flatten()
            {
                assert_ne!(flip.cheapest, report.cheapest, "{name} {:?}", point.input);
                let mut varied = profile.clone();
                decision::flip_points::apply_input(&mut varied, catalog, point.input, flip.at);
                assert_eq!(
                    engine::evaluate(&varied).cheapest,
                    flip.cheapest,
                    "{name}: {:?} at {}",
                    point.input,
                    flip.at
                );
                verified += 1;
            }
        }
    }
    assert!(verified >= 6, "only {verified} cheapest flips found");
    // The bank's volume flip matches the cost engine's break-even volume.
    let profile = load("bank-customer-assistant");
    let (report, decision) = decide(&profile);
    let flip = decision.recommendation.flip_points[0]
        .cheapest_above
        .clone()
        .unwrap();
    let break_even = report
        .break_even
        .iter()
        .find(|pair| pair.first == RouteId::ClosedApi && pair.second == RouteId::ManagedOpen)
        .and_then(|pair| pair.break_even_requests_per_month)
        .unwrap();
    assert!(
        (flip.at / break_even - 1.0).abs() < 1e-3,
        "{} vs {break_even}",
        flip.at
    );
}

#[test]
fn the_volume_flip_reads_as_a_sentence_with_the_number() {
    let (_, decision) = decide(&load("bank-customer-assistant"));
    let point = decision
        .recommendation
        .flip_points
        .iter()
        .find(|point| point.input == FlipInput::RequestsPerMonth)
        .unwrap();
    let flip = point.above.as_ref().unwrap();
    assert_eq!(flip.route, Some(RouteId::ManagedOpen));
    assert!(flip.at > 3e6 && flip.at < 1e8, "{}", flip.at);
    let sentence = &sentences(point)[0];
    assert!(
        sentence
            .starts_with("The managed open-weight endpoint becomes the recommended route above ")
            && sentence.contains("million requests per month"),
        "{sentence}"
    );
}

#[test]
fn uncertainty_has_ordered_percentiles_and_probabilities_summing_to_one() {
    for name in EXAMPLES {
        let (_, decision) = decide(&load(name));
        let uncertainty = &decision.uncertainty;
        assert_eq!(uncertainty.draws, 5_000);
        let cheapest: f64 = uncertainty
            .routes
            .iter()
            .map(|r| r.probability_cheapest)
            .sum();
        let recommended: f64 = uncertainty
            .routes
            .iter()
            .map(|r| r.probability_recommended)
            .sum();
        assert!((cheapest - 1.0).abs() < 1e-9, "{name}: {cheapest}");
        assert!((recommended - 1.0).abs() < 1e-9, "{name}: {recommended}");
        for range in &uncertainty.routes {
            assert!(
                range.p10 <= range.p50 && range.p50 <= range.p90,
                "{name}: {range:?}"
            );
            assert!(range.p10 > 0.0, "{name}: {range:?}");
        }
        let bars = &uncertainty.tornado.bars;
        assert_eq!(bars.len(), 9);
        assert!(bars.windows(2).all(|pair| pair[0].swing >= pair[1].swing));
    }
}

#[test]
fn the_same_seed_gives_the_same_numbers_and_another_seed_other_numbers() {
    let profile = load("ml-platform-high-volume");
    let (_, first) = decide(&profile);
    let (_, second) = decide(&profile);
    assert_eq!(first, second);
    let other = DecisionSettings {
        seed: 1,
        ..DecisionSettings::default()
    };
    let (_, third) = decision::decide(&profile, &other);
    assert_ne!(first.uncertainty.routes, third.uncertainty.routes);
    // Reproducible to the bit: a fixed checksum of the median costs.
    let bits: Vec<u64> = first
        .uncertainty
        .routes
        .iter()
        .map(|range| range.p50.to_bits())
        .collect();
    let again: Vec<u64> = second
        .uncertainty
        .routes
        .iter()
        .map(|range| range.p50.to_bits())
        .collect();
    assert_eq!(bits, again);
}

/// A commercial project in the article's sense: customer-facing, high accuracy,
/// a large investment, an SLA, and no ML team.
fn commercial_without_ml_team() -> Profile {
    let mut profile = Profile::default();
    profile.organisation.use_case = engine::profile::UseCase::CustomerFacing;
    profile.organisation.investment_usd = 10_000_000.0;
    profile.requirements.accuracy_need = engine::profile::Level::High;
    profile.requirements.vendor_sla_needed = true;
    profile.team.ml_engineers = 0.0;
    profile.team.mlops_engineers = 0.0;
    profile.team.data_scientists = 0.0;
    profile
}

#[test]
fn article_open_models_suit_academic_research() {
    let mut profile = Profile::default();
    let (_, before) = decide(&profile);
    profile.organisation.use_case = engine::profile::UseCase::AcademicResearch;
    let (_, after) = decide(&profile);
    for open in [RouteId::ManagedOpen, RouteId::SelfHosted] {
        assert!(suitability_of(&after, open) > suitability_of(&after, RouteId::ClosedApi));
        assert!(
            suitability_of(&after, open) - suitability_of(&after, RouteId::ClosedApi)
                > suitability_of(&before, open) - suitability_of(&before, RouteId::ClosedApi)
        );
    }
}

#[test]
fn article_closed_models_for_high_accuracy_commercial_projects_without_an_ml_team() {
    let (_, decision) = decide(&commercial_without_ml_team());
    assert_eq!(decision.recommendation.route, Some(RouteId::ClosedApi));
    let investment = decision
        .suitability
        .factor(decision::FactorId::Investment)
        .unwrap();
    assert!(investment.contributions[0].points > investment.contributions[2].points);
}

#[test]
fn article_open_weights_are_viable_with_own_engineers_and_data_scientists() {
    let without = commercial_without_ml_team();
    let mut with = without.clone();
    with.team.ml_engineers = 6.0;
    with.team.mlops_engineers = 4.0;
    with.team.data_scientists = 3.0;
    let (_, a) = decide(&without);
    let (_, b) = decide(&with);
    let team = |d: &decision::Decision| {
        d.suitability
            .factor(decision::FactorId::TeamCapability)
            .unwrap()
            .contributions
            .clone()
    };
    // Self-hosting's team contribution turns from a penalty into a plus.
    assert!(team(&a)[2].points < 0.0 && team(&b)[2].points > 0.0);
    assert!(
        suitability_of(&b, RouteId::SelfHosted) > suitability_of(&a, RouteId::SelfHosted) + 5.0
    );
    // And with such a team at very high volume, self-hosting wins (the
    // example at six times its volume: the cheapest closed tier of December
    // 2026 moved the flip far up).
    assert_eq!(recommended(&ml_platform_at(6.0)), Some(RouteId::SelfHosted));
}

#[test]
fn article_the_free_open_model_is_an_illusion_technology_plus_service() {
    // The startup: people and the quality programme make the open model's
    // total more than twice the closed API's (and since GPT-6 Luna's $0.10 /
    // $0.50, even its token bill is higher than the closed API's).
    let report = engine::evaluate(&load("startup-internal-tool"));
    let closed = report.route(RouteId::ClosedApi).unwrap();
    let managed = report.route(RouteId::ManagedOpen).unwrap();
    assert!(managed.total_cost.unwrap() > 2.0 * closed.total_cost.unwrap());
    assert!(
        managed.totals.people + managed.totals.quality
            > closed.totals.people + closed.totals.quality
    );
}

#[test]
fn where_the_claims_stop_holding_very_high_volume() {
    let mut profile = commercial_without_ml_team();
    let (_, before) = decide(&profile);
    assert_eq!(before.recommendation.route, Some(RouteId::ClosedApi));
    assert!(before.article.holds);
    profile.workload.requests_per_month *= 1_000.0;
    let (_, after) = decide(&profile);
    let route = after.recommendation.route;
    assert!(
        matches!(route, Some(RouteId::ManagedOpen | RouteId::SelfHosted)),
        "{route:?}"
    );
    assert!(!after.article.holds);
    assert!(
        en::why_not(&after.article.why_not[0]).starts_with("very high volume"),
        "{:?}",
        after.article
    );
}

#[test]
fn the_article_check_names_what_the_article_leaves_out() {
    let (_, bank) = decide(&load("bank-customer-assistant"));
    assert!(bank.article.holds, "{:?}", bank.article);
    let (_, research) = decide(&load("academic-research"));
    assert!(research.article.holds, "{:?}", research.article);
    let (_, platform) = decide(&ml_platform_at(6.0));
    assert!(!platform.article.holds);
    let summary = en::article_summary(&platform.article.summary);
    assert!(summary.contains("very high volume"));
    assert!(summary.contains("an ML team of its own"));
    let (_, agency) = decide(&load("air-gapped-government"));
    assert!(!agency.article.holds);
    assert!(agency
        .article
        .why_not
        .iter()
        .any(|item| en::why_not(item) == "data may not leave the premises"));
}

#[test]
fn where_the_claims_stop_holding_strict_residency() {
    let mut profile = commercial_without_ml_team();
    profile.requirements.data_residency = engine::profile::DataResidency::OnPremises;
    profile.routes.self_hosted.deployment = engine::profile::Deployment::Owned;
    let (_, decision) = decide(&profile);
    assert_eq!(decision.recommendation.route, Some(RouteId::SelfHosted));
    assert!(reasons_mention(&decision, &["only feasible route"]));
}

#[test]
fn where_the_claims_stop_holding_deep_customisation() {
    let mut profile = commercial_without_ml_team();
    profile.requirements.customisation = engine::profile::Customisation::Deep;
    let (_, decision) = decide(&profile);
    let route = decision.recommendation.route;
    assert!(
        matches!(route, Some(RouteId::ManagedOpen | RouteId::SelfHosted)),
        "{route:?}"
    );
    assert!(decision
        .constraints
        .iter()
        .any(|c| c.route == RouteId::ClosedApi
            && c.kind == decision::constraints::ConstraintKind::Customisation));
    assert!(!decision.article.holds);
    assert!(decision
        .article
        .why_not
        .iter()
        .any(|item| en::why_not(item) == "deep customisation needs the weights"));
}

#[test]
fn explain_is_readable() {
    let profile = load("bank-customer-assistant");
    let (report, decision) = decide(&profile);
    let text = decision::explain::summary(engine::text::Words::default(), &report, &decision);
    assert!(text.contains("RECOMMENDATION: The closed API"));
    assert!(text.contains("Flip points:"));
    assert!(text.contains("P10"));
}

#[test]
fn the_decision_serialises_with_the_interface_names() {
    let (_, decision) = decide(&load("bank-customer-assistant"));
    let json = serde_json::to_value(&decision).unwrap();
    let recommendation = &json["recommendation"];
    assert_eq!(recommendation["route"], "closed_api");
    assert!(recommendation["confidence"].as_f64().unwrap() > 0.0);
    assert!(!recommendation["reasons"].as_array().unwrap().is_empty());
    let flip = &recommendation["flip_points"][0];
    assert_eq!(flip["input"], "requests_per_month");
    assert_eq!(flip["above"]["route"], "managed_open");
    let factor = &json["suitability"]["factors"][0];
    assert_eq!(factor["factor"], "use_case");
    assert_eq!(factor["contributions"][0]["route"], "closed_api");
    assert!(factor["contributions"][0]["points"].is_number());
    let range = &json["uncertainty"]["routes"][0];
    for key in [
        "p10",
        "p50",
        "p90",
        "probability_cheapest",
        "probability_recommended",
    ] {
        assert!(range[key].is_number(), "{key}");
    }
    assert!(json["uncertainty"]["tornado"]["bars"][0]["swing"].is_number());
}

#[test]
fn with_no_feasible_route_the_decision_says_so() {
    let mut profile = load("air-gapped-government");
    profile.routes.self_hosted.deployment = engine::profile::Deployment::Rented;
    let (report, decision) = decide(&profile);
    assert_eq!(decision.recommendation.route, None);
    assert_eq!(decision.recommendation.confidence, 0.0);
    assert_eq!(decision.constraints.len(), 3);
    assert!(en::reason(&decision.recommendation.reasons[0]).contains("No route is feasible"));
    assert!(decision
        .uncertainty
        .routes
        .iter()
        .all(|range| range.probability_recommended == 0.0));
    let text = decision::explain::summary(engine::text::Words::default(), &report, &decision);
    assert!(text.contains("RECOMMENDATION: none"), "{text}");
    assert!(sentences(&decision.recommendation.flip_points[0])[0].contains("no route is feasible"));
}

#[test]
fn the_settings_live_in_the_profile_and_are_edited_by_path() {
    let mut profile = load("bank-customer-assistant");
    assert_eq!(profile.decision, DecisionSettings::default());
    profile
        .set_field("decision.weights.use_case", serde_json::json!(3.0))
        .unwrap();
    profile
        .set_field("decision.ranges.gpu_price.high", serde_json::json!(2.5))
        .unwrap();
    profile
        .set_field("decision.draws", serde_json::json!(1000))
        .unwrap();
    assert_eq!(profile.decision.weights.use_case, 3.0);
    assert_eq!(profile.decision.ranges.gpu_price.high, 2.5);
    assert!(engine::validate::validate(&profile).is_empty());
    let (_, decision) = decision::decide_profile(&profile);
    assert_eq!(decision.uncertainty.draws, 1000);
    profile
        .set_field("decision.cost_weight", serde_json::json!(1.5))
        .unwrap();
    let errors = engine::validate::validate(&profile);
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].field, "decision.cost_weight");
    // A profile without the section reads as the defaults.
    let parsed = Profile::from_json(r#"{"decision": {"seed": 3}}"#).unwrap();
    assert_eq!(parsed.decision.seed, 3);
    assert_eq!(parsed.decision.draws, 5_000);
}

/// Exclusions are classified from the profile, not from the reason's wording:
/// a model too large for any replica of the chosen GPU "does not fit", and
/// on-premises data excludes rented GPUs but not owned ones.
#[test]
fn exclusions_are_classified_by_what_causes_them() {
    use decision::constraints::ConstraintKind;
    let kind_of = |decision: &decision::Decision, route: RouteId| {
        decision
            .constraints
            .iter()
            .find(|constraint| constraint.route == route)
            .map(|constraint| constraint.kind)
    };

    let mut too_large = load("startup-internal-tool");
    too_large.routes.self_hosted.model = "deepseek-v3".to_owned();
    too_large.routes.self_hosted.gpu = "l4".to_owned();
    let (_, decision) = decide(&too_large);
    assert_eq!(
        kind_of(&decision, RouteId::SelfHosted),
        Some(ConstraintKind::DoesNotFit)
    );
    assert_eq!(kind_of(&decision, RouteId::ClosedApi), None);

    let mut on_premises = load("startup-internal-tool");
    on_premises.requirements.data_residency = engine::profile::DataResidency::OnPremises;
    on_premises.routes.self_hosted.deployment = engine::profile::Deployment::Rented;
    let (_, decision) = decide(&on_premises);
    for route in RouteId::ALL {
        assert_eq!(
            kind_of(&decision, route),
            Some(ConstraintKind::DataResidency),
            "{route:?}"
        );
    }
    // The startup's L4 has no purchase price in the catalog; the H100 has one.
    on_premises.routes.self_hosted.deployment = engine::profile::Deployment::Owned;
    on_premises.routes.self_hosted.gpu = "h100-sxm".to_owned();
    let (_, decision) = decide(&on_premises);
    assert_eq!(kind_of(&decision, RouteId::SelfHosted), None);
    assert_eq!(
        kind_of(&decision, RouteId::ManagedOpen),
        Some(ConstraintKind::DataResidency)
    );
}
