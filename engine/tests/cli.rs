//! The command-line entry: `evaluate`, `validate`, `size`, `catalog`, `--help`,
//! and one-line errors with a non-zero exit.

use std::process::{Command, Output};

/// Runs the command line in English whatever the machine's `LANG` (the tests
/// below ask for other languages with `--lang`).
fn cli(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_open-or-closed-cli"))
        .env_remove("LANG")
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
        "largest batch that fits:          239",
        "batch limited by:                 memory",
        "all-reduces",
        "decode tokens/s at batch 1:",
        "output tokens/s for the system",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
}

#[test]
fn size_with_fp8_weights_keeps_the_kv_cache_in_fp8_and_pages_it() {
    // Llama 3.3 70B FP8 on H100s at 2,048 in / 2,048 out, as TensorRT-LLM's
    // perf-overview runs it. The KV cache follows the weights to FP8
    // (`auto`), and the batch is set by the paged cache at the average
    // context, not by reserving the full 4,096-token context for each sequence.
    let output = cli(&[
        "size",
        "--model",
        "llama-3.3-70b",
        "--gpu",
        "h100-sxm",
        "--precision",
        "fp8",
        "--input-tokens",
        "2048",
        "--output-tokens",
        "2048",
        "--json",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(json["kv_precision"], "fp8");
    // 2 x 80 layers x 8 KV heads x 128 x 1 byte = 163,840 bytes a token.
    assert_eq!(json["kv_bytes_per_token"], 163_840.0);
    let number = |key: &str| json[key].as_f64().unwrap();
    let free_for_kv_gb = number("usable_memory_gb") - number("weights_gb") - number("overhead_gb");
    // Full-context reservation: (144 - 70.55 - 4) / 0.671 GB = 103 sequences.
    let full_context_batch = (free_for_kv_gb / number("kv_gb_per_full_sequence")).floor();
    assert_eq!(full_context_batch, 103.0);
    assert!(
        number("batch") > full_context_batch * 1.2,
        "batch {} is no better than reserving the full context ({full_context_batch})",
        number("batch")
    );
    assert_eq!(number("batch"), number("max_batch_that_fits"));
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

/// `catalog --json` lists each vendor's current line-up (its dearest, a
/// middle and its cheapest model) with genai-prices provenance, the current
/// open-weight models with their sources, and the new GPUs with their prices.
#[test]
fn catalog_json_lists_the_current_line_ups_with_their_provenance() {
    let output = cli(&["catalog", "--json"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let catalog: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let closed = catalog["closed_models"].as_array().unwrap();
    let base_price = |row: &serde_json::Value| {
        row["prices"]["input"]["base"].as_f64().unwrap()
            + row["prices"]["output"]["base"].as_f64().unwrap()
    };
    for vendor in [
        "Anthropic",
        "OpenAI",
        "Google",
        "DeepSeek",
        "Moonshot AI",
        "Mistral",
        "Z.ai",
        "xAI",
    ] {
        let current: Vec<&serde_json::Value> = closed
            .iter()
            .filter(|row| row["vendor"] == vendor && row["legacy"] == false)
            .collect();
        assert!(
            current.len() >= 3,
            "{vendor}: {} current models",
            current.len()
        );
        for row in &current {
            let provenance = &row["genai_prices"];
            assert!(
                provenance["provider_id"].is_string() && provenance["model_id"].is_string(),
                "{}",
                row["id"]
            );
            assert!(row["source"]
                .as_str()
                .unwrap()
                .starts_with("genai-prices 0.2.3"));
        }
        // Three tiers, not three copies of one price.
        let mut prices: Vec<f64> = current.iter().map(|row| base_price(row)).collect();
        prices.sort_by(f64::total_cmp);
        assert!(prices[0] < prices[prices.len() - 1], "{vendor}: {prices:?}");
    }
    // Baidu's current ERNIE models, hand-sourced in yuan.
    assert!(closed.iter().any(|row| row["id"] == "ernie-5.1"
        && row["currency"] == "CNY"
        && row["legacy"] == false
        && row["genai_prices"].is_null()));
    let open = catalog["open_models"].as_array().unwrap();
    for id in [
        "gpt-oss-20b",
        "gpt-oss-120b",
        "qwen3-32b",
        "qwen3-235b-a22b",
        "qwen3.5-397b-a17b",
        "gemma-4-31b",
        "gemma-4-26b-a4b",
        "deepseek-v3.2",
        "deepseek-v4-pro",
        "kimi-k2.6",
        "kimi-k3",
        "glm-4.7",
        "glm-5.3",
        "llama-4-scout",
        "llama-4-maverick",
        "nemotron-3-nano-30b-a3b",
    ] {
        let row = open
            .iter()
            .find(|row| row["id"] == id)
            .unwrap_or_else(|| panic!("{id}"));
        assert_eq!(row["legacy"], false, "{id}");
        assert!(!row["source"].as_str().unwrap().is_empty(), "{id}");
        // Served today by at least one managed host priced from genai-prices.
        assert!(
            catalog["hosted_offers"]
                .as_array()
                .unwrap()
                .iter()
                .any(|offer| offer["model_id"] == id && offer["genai_prices"].is_object()),
            "{id}"
        );
    }
    let gpus = catalog["gpus"].as_array().unwrap();
    for id in ["b200", "gb200", "h20", "mi325x", "mi355x", "rtx-pro-6000"] {
        let row = gpus
            .iter()
            .find(|row| row["id"] == id)
            .unwrap_or_else(|| panic!("{id}"));
        assert!(row["fp8_tflops"].as_f64().is_some(), "{id}");
        // Every one is rented somewhere, but for the H20 (sold in China): no dated
        // rental price was found, and its row says so.
        let rented = !row["rental"].as_array().unwrap().is_empty();
        assert!(rented || id == "h20", "{id}");
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
            "fp2",
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

#[test]
fn a_closed_pipe_ends_the_output_quietly() {
    // `open-or-closed-cli evaluate … | head -c 16`: the reader stops early; the
    // command ends with status 0 and says nothing on stderr (it used to panic).
    // The report is far more than a pipe holds (64 KiB), so the write must fail.
    use std::io::Read;
    use std::process::{Command, Stdio};
    let profile = format!(
        "{}/../examples/profiles/ml-platform-high-volume.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let mut child = Command::new(env!("CARGO_BIN_EXE_open-or-closed-cli"))
        .env_remove("LANG")
        .args(["evaluate", &profile])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the CLI starts");
    let mut first = [0_u8; 16];
    let mut stdout = child.stdout.take().expect("piped stdout");
    stdout.read_exact(&mut first).expect("some output");
    drop(stdout);
    let output = child.wait_with_output().expect("the CLI ends");
    assert!(output.status.success(), "{:?}", output.status);
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
}

#[test]
fn lang_gives_the_summary_the_report_and_the_problems_in_hindi_or_chinese() {
    let bank = example("bank-customer-assistant");
    let hindi = cli(&["evaluate", "--lang", "hi", "--explain", &bank]);
    assert!(hindi.status.success());
    let text = stdout(&hindi);
    assert!(text.contains("सिफ़ारिश"), "{text}");
    let chinese = cli(&["--lang", "zh", "evaluate", "--markdown", &bank]);
    assert!(chinese.status.success());
    let text = stdout(&chinese);
    assert!(text.starts_with("# "), "{text}");
    assert!(text.contains("推荐"), "{text}");
    // JSON is the same in every language.
    assert_eq!(
        stdout(&cli(&["evaluate", "--lang", "hi", &bank])),
        stdout(&cli(&["evaluate", &bank]))
    );
    let refused = cli(&["evaluate", "--lang", "fr", &bank]);
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("--lang must be en, hi or zh"));
}

#[test]
fn the_environment_s_lang_is_the_default() {
    let output = Command::new(env!("CARGO_BIN_EXE_open-or-closed-cli"))
        .env("LANG", "zh_CN.UTF-8")
        .args(["evaluate", "--explain", &example("bank-customer-assistant")])
        .output()
        .expect("run open-or-closed-cli");
    assert!(output.status.success());
    assert!(stdout(&output).contains("推荐"), "{}", stdout(&output));
}
