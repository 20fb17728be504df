//! Profile format 1 files open in this version: a real version-1 profile (the
//! air-gapped example as version 1 shipped it) is migrated, keeps what its
//! author chose, and validates.

use engine::profile::{KvCachePrecision, Profile, RentalPlan, SCHEMA_VERSION};

fn migrated(text: &str) -> Profile {
    let value: serde_json::Value = serde_json::from_str(text).unwrap();
    let value = engine::migrate::migrate_profile_value(value).unwrap();
    engine::read_profile::profile_from_value(&value).unwrap()
}

#[test]
fn a_version_1_profile_keeps_its_choices_and_takes_todays_defaults() {
    let profile = migrated(include_str!("fixtures/profile-v1-air-gapped.json"));
    assert_eq!(profile.schema_version, SCHEMA_VERSION);
    assert_eq!(engine::validate::validate(&profile), Vec::new());
    // Chosen in version 1: kept.
    assert_eq!(profile.routes.self_hosted.gpu, "h200");
    assert_eq!(profile.assumptions.compute.energy_usd_per_kwh, 0.15);
    assert_eq!(profile.assumptions.sizing.redundancy_replicas, 2);
    // $250 a GPU-month of hosting for an H200 (700 W x 1.5 = 1.05 kW) is $238.10 a kW-month.
    assert!((profile.assumptions.compute.hosting_usd_per_kw_month - 250.0 / 1.05).abs() < 1e-9);
    // Version 1's defaults become version 2's.
    let defaults = Profile::default();
    assert_eq!(
        profile.assumptions.compute.pue,
        defaults.assumptions.compute.pue
    );
    assert_eq!(
        profile.assumptions.sizing.compute_efficiency,
        defaults.assumptions.sizing.compute_efficiency
    );
    assert_eq!(
        profile.routes.self_hosted.kv_cache_precision,
        KvCachePrecision::Auto
    );
    assert_eq!(
        profile.routes.self_hosted.rental_plan,
        RentalPlan::Autoscaled
    );
}

#[test]
fn version_1_defaults_migrate_to_version_2_defaults() {
    let profile = migrated(include_str!("fixtures/profile-v1-defaults.json"));
    // Version 2's defaults as they were when version 2 came (the file link
    // version 2 reads against): a version 1 file names its models, so it keeps
    // them when today's defaults move on to newer ones.
    let version_2: Profile =
        serde_json::from_str(include_str!("../src/share_link/v2_defaults.json")).unwrap();
    assert_eq!(profile, version_2);
    assert_eq!(profile.routes.closed_api.model, "claude-sonnet-4-5");
}

#[test]
fn a_chosen_kv_precision_and_a_day_too_peaked_for_24_hours() {
    let profile = migrated(
        r#"{"schema_version": 1, "workload": {"peak_to_average": 40},
            "routes": {"self_hosted": {"kv_cache_precision": "fp8"}},
            "assumptions": {"sizing": {"max_batch_size": 64, "compute_efficiency": 0.3}}}"#,
    );
    assert_eq!(
        profile.routes.self_hosted.kv_cache_precision,
        KvCachePrecision::Fp8
    );
    assert_eq!(profile.workload.peak_to_average, 24.0);
    assert_eq!(profile.assumptions.sizing.compute_efficiency, 0.3);
    assert_eq!(engine::validate::validate(&profile), Vec::new());
}
