//! The five example profiles parse, validate, and evaluate to what each
//! situation should show.

use engine::report::RouteId;

mod common;
use common::{load, EXAMPLES};

#[test]
fn every_example_is_valid_and_evaluates() {
    for name in EXAMPLES {
        let profile = load(name);
        assert_eq!(engine::validate::validate(&profile), Vec::new(), "{name}");
        let report = engine::evaluate(&profile);
        assert_eq!(report.routes.len(), 3, "{name}");
        let hosted = report.route(RouteId::SelfHosted).unwrap();
        assert!(hosted.fleet.is_some(), "{name}: {:?}", hosted.excluded);
        assert!(report.cheapest.is_some(), "{name}");
    }
}

#[test]
fn air_gapped_government_can_only_self_host() {
    let report = engine::evaluate(&load("air-gapped-government"));
    assert!(report.route(RouteId::ClosedApi).unwrap().excluded.is_some());
    assert!(report
        .route(RouteId::ManagedOpen)
        .unwrap()
        .excluded
        .is_some());
    assert!(report
        .route(RouteId::SelfHosted)
        .unwrap()
        .excluded
        .is_none());
    assert_eq!(report.cheapest, Some(RouteId::SelfHosted));
    assert_eq!(report.currency, engine::currency::Currency::Eur);
}

#[test]
fn small_volumes_favour_the_closed_api() {
    for name in ["startup-internal-tool", "bank-customer-assistant"] {
        let report = engine::evaluate(&load(name));
        assert_eq!(report.cheapest, Some(RouteId::ClosedApi), "{name}");
    }
}

#[test]
fn a_strong_ml_team_at_very_high_volume_self_hosts_cheapest() {
    let report = engine::evaluate(&load("ml-platform-high-volume"));
    assert_eq!(report.cheapest, Some(RouteId::SelfHosted));
}

#[test]
fn academic_research_reports_in_rupees() {
    let report = engine::evaluate(&load("academic-research"));
    assert_eq!(report.currency, engine::currency::Currency::Inr);
}
