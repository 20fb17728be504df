//! The command line's decision output: `evaluate` adds recommendation,
//! suitability, constraints, uncertainty and article to the report's JSON;
//! `evaluate --explain` prints a readable summary.

use std::process::Command;

fn cli() -> Command {
    Command::new(env!("CARGO_BIN_EXE_open-or-closed-cli"))
}

fn example(name: &str) -> String {
    format!(
        "{}/../examples/profiles/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[test]
fn evaluate_adds_the_decision_to_the_report() {
    let output = cli()
        .args(["evaluate", &example("bank-customer-assistant")])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    // The report's own fields are still there.
    assert!(json["routes"].is_array());
    assert_eq!(json["cheapest"], "closed_api");
    let recommendation = &json["recommendation"];
    assert_eq!(recommendation["route"], "closed_api");
    assert!(recommendation["confidence"].as_f64().unwrap() > 0.5);
    assert!(recommendation["reasons"].as_array().unwrap().len() >= 3);
    assert!(recommendation["flip_points"].as_array().unwrap().len() >= 8);
    assert!(json["suitability"]["factors"].as_array().unwrap().len() >= 11);
    assert!(json["uncertainty"]["routes"][0]["p50"].is_number());
    assert!(json["uncertainty"]["tornado"]["bars"].is_array());
    assert_eq!(json["article"]["holds"], true);
}

#[test]
fn explain_prints_a_readable_summary() {
    let output = cli()
        .args(["evaluate", "--explain", &example("air-gapped-government")])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains("RECOMMENDATION: Self-hosting"), "{text}");
    assert!(text.contains("only feasible route"));
    assert!(text.contains("Flip points:"));
}

#[test]
fn decision_settings_in_the_profile_are_used() {
    let mut profile: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(example("bank-customer-assistant")).unwrap())
            .unwrap();
    profile["decision"] = serde_json::json!({ "draws": 100, "seed": 7 });
    let path = std::env::temp_dir().join("open-or-closed-decision-settings.json");
    std::fs::write(&path, profile.to_string()).unwrap();
    let output = cli()
        .args(["evaluate", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["uncertainty"]["draws"], 100);
    assert_eq!(json["uncertainty"]["seed"], 7);
    // Bad settings are reported with their path.
    profile["decision"] = serde_json::json!({ "cost_weight": 2 });
    std::fs::write(&path, profile.to_string()).unwrap();
    let output = cli()
        .args(["evaluate", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("decision.cost_weight"));
}
