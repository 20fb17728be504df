//! The command-line entry: `evaluate`, `validate`, `size`, `catalog`, `--help`,
//! and one-line errors with a non-zero exit.

use std::process::{Command, Output};

fn cli(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_open-or-closed-cli"))
        .args(args)
        .output()
        .expect("run open-or-closed-cli")
}

fn example(name: &str) -> String {
    format!(
        "{}/../examples/profiles/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    )
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn evaluate_prints_the_report_with_the_fixed_names() {
    let output = cli(&["evaluate", &example("bank-customer-assistant")]);
    assert!(output.status.success(), "{}", stderr(&output));
    let report: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let routes = report["routes"].as_array().unwrap();
    let names: Vec<&str> = routes
        .iter()
        .map(|route| route["route"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["closed_api", "managed_open", "self_hosted"]);
    for route in routes {
        assert!(route["total_cost"].is_number());
        assert!(route["cost_per_million_tokens"].is_number());
        assert_eq!(route["monthly"].as_array().unwrap().len(), 36);
        assert!(route["monthly"][0]["tokens"].is_number());
        assert!(route.get("excluded").is_some());
    }
    let fleet = &routes[2]["fleet"];
    for key in [
        "gpu",
        "gpus_per_replica",
        "replicas",
        "memory_per_replica_gb",
        "decode_tokens_per_second_per_replica",
    ] {
        assert!(!fleet[key].is_null(), "fleet.{key}");
    }
    assert!(routes[0]["fleet"].is_null());
}

#[test]
fn evaluate_lists_every_problem_on_one_line() {
    let dir = std::env::temp_dir().join(format!("ooc-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("bad.json");
    std::fs::write(
        &path,
        r#"{"workload": {"requests_per_month": -5}, "routes": {"horizon_months": 0}}"#,
    )
    .unwrap();
    let output = cli(&["evaluate", path.to_str().unwrap()]);
    assert!(!output.status.success());
    let message = stderr(&output);
    assert_eq!(message.lines().count(), 1, "{message}");
    assert!(message.contains("2 problem(s)"), "{message}");
    assert!(
        message.contains("workload.requests_per_month")
            && message.contains("routes.horizon_months")
    );

    std::fs::write(&path, r#"{"workload": {"requests_per_mnth": 5}}"#).unwrap();
    let output = cli(&["evaluate", path.to_str().unwrap()]);
    assert!(!output.status.success());
    assert!(
        stderr(&output).contains("requests_per_mnth"),
        "{}",
        stderr(&output)
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn size_prints_memory_batch_and_speeds() {
    let output = cli(&[
        "size",
        "--model",
        "llama-3-70b",
        "--gpu",
        "h100-sxm",
        "--precision",
        "bf16",
        "--tensor-parallel",
        "4",
        "--input-tokens",
        "1500",
        "--output-tokens",
        "400",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    for expected in [
        "141.1 GB",
        "327680 bytes",
        "largest batch that fits:          223",
        "decode tokens/s at batch 1:",
        "output tokens/s for the system",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
}

#[test]
fn size_that_does_not_fit_is_one_line_with_a_suggestion() {
    let output = cli(&[
        "size",
        "--model",
        "llama-3.1-405b",
        "--gpu",
        "l4",
        "--tensor-parallel",
        "8",
    ]);
    assert!(!output.status.success());
    let message = stderr(&output);
    assert_eq!(message.lines().count(), 1, "{message}");
    assert!(
        message.contains("does not fit") && message.contains("Would fit"),
        "{message}"
    );
}

#[test]
fn validate_says_valid_or_lists_the_problems() {
    let output = cli(&["validate", &example("air-gapped-government")]);
    assert!(output.status.success());
    assert_eq!(stdout(&output).trim(), "valid");
    let output = cli(&["validate", "-"]);
    // Empty standard input is not JSON.
    assert!(!output.status.success());
}

#[test]
fn catalog_and_help() {
    let output = cli(&["catalog"]);
    assert!(output.status.success());
    let text = stdout(&output);
    assert!(
        text.contains("ernie-speed-8k") && text.contains("h100-sxm") && text.contains("source:")
    );
    let output = cli(&["catalog", "--json"]);
    assert!(output.status.success());
    let catalog: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert!(catalog["closed_models"].as_array().unwrap().len() >= 14);
    assert!(catalog["gpus"].as_array().unwrap().len() >= 8);
    let output = cli(&["--help"]);
    assert!(output.status.success());
    for command in ["evaluate", "size", "catalog", "validate"] {
        assert!(stdout(&output).contains(command));
    }
}

#[test]
fn bad_usage_is_one_line_and_non_zero() {
    for args in [
        vec![],
        vec!["frobnicate"],
        vec!["evaluate"],
        vec!["evaluate", "/no/such/file.json"],
        vec!["size", "--model", "llama-3-70b"],
        vec!["size", "--model", "nope", "--gpu", "h100-sxm"],
        vec![
            "size",
            "--model",
            "llama-3-70b",
            "--gpu",
            "h100-sxm",
            "--precision",
            "fp4",
        ],
        vec![
            "size",
            "--model",
            "llama-3-70b",
            "--gpu",
            "h100-sxm",
            "--tensor-parallel",
            "3",
        ],
    ] {
        let output = cli(&args);
        assert!(!output.status.success(), "{args:?}");
        assert_eq!(
            stderr(&output).lines().count(),
            1,
            "{args:?}: {}",
            stderr(&output)
        );
        assert!(stderr(&output).starts_with("error: "));
    }
}
