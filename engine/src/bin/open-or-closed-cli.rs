//! `open-or-closed-cli`: the engine from the command line.
//!
//! Hand-written argument parsing (no clap) keeps the dependency list short.
//! Every error is one line on stderr and a non-zero exit code.

use std::io::Write;
use std::process::ExitCode;

use engine::catalog::{Catalog, TokenRates};
use engine::profile::{KvCachePrecision, Precision, Profile, SizingAssumptions};
use engine::sizing::{size_replica, SizingRequest};
use engine::text::{Lang, Words};

const HELP: &str = "\
open-or-closed-cli — total cost of a closed LLM API, a managed open-weight endpoint
and self-hosted open weights, from an enterprise profile.

USAGE:
    open-or-closed-cli evaluate PROFILE.json
        Validates the profile (every problem at once) and prints the report as JSON:
        routes[] with route (closed_api | managed_open | self_hosted), total_cost,
        totals by category, cost_per_million_tokens, monthly[], excluded (null or
        the reason, with its kind), fleet (self_hosted: gpu, gpus_per_replica, replicas,
        memory_per_replica_gb, decode_tokens_per_second_per_replica), quality_gap;
        break_even[] per pair of routes; assumptions[] with sources; warnings[].
        Use - to read the profile from standard input.

        Adds the decision: recommendation (route, confidence, reasons,
        flip_points), suitability (factors with contributions per route),
        constraints, uncertainty (P10/P50/P90, probabilities, tornado) and
        article (whether the article's conclusion holds), computed with the
        profile's `decision` settings (weights, ranges, seed, draws).

    open-or-closed-cli evaluate --explain PROFILE.json
        Prints a readable summary of the decision instead of JSON.

    open-or-closed-cli evaluate --markdown PROFILE.json
        Prints the report as Markdown, as the page's download does.

    open-or-closed-cli validate PROFILE.json
        Prints every problem in the profile, one per line, or `valid`.

    open-or-closed-cli size --model ID --gpu ID [--precision P] [--tensor-parallel N]
                            [--input-tokens I] [--output-tokens O]
                            [--kv-precision P] [--latency-ms T] [--json]
        Sizes one replica as vLLM, SGLang and TensorRT-LLM serve it (paged KV
        cache, continuous batching with chunked prefill): memory per GPU, the
        largest batch that fits, where a step's time goes, decode tokens/s at
        batch 1 and at that batch, and output tokens/s for the system.
        P is bf16, fp8, int8, int4 or fp4 (default bf16); the KV precision is
        auto (FP8 when the weights are 8-bit or narrower, the default), bf16,
        fp8, int8 or int4; N is 1, 2, 4, 8 or 16, or 0 for automatic (default
        0); I and O default to 1500 and 400; T (ms per output token) defaults
        to 0, no target.

    open-or-closed-cli catalog [--json]
        Lists closed models, open models, hosted offers, GPUs and staff costs with
        their ids, sources and dates (--json: the whole catalog).

    open-or-closed-cli schema
        Prints the profile's JSON Schema (needs the `schema` feature).

    open-or-closed-cli --help
        Prints this help.

    --lang en|hi|zh (any command)
        The language of the summary, the Markdown report and the problems in a
        profile: English, Hindi or Simplified Chinese. Without it, the language
        of the environment's LANG when it is one of these, else English. JSON
        stays the same in every language.

Amounts typed into a profile are US dollars (fields ending in _usd); the report is
in currency.display (USD, EUR, INR or CNY) at the profile's dated exchange rates.
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(output) => {
            let mut stdout = std::io::stdout().lock();
            match writeln!(stdout, "{output}").and_then(|()| stdout.flush()) {
                Ok(()) => ExitCode::SUCCESS,
                // The reader went away (`| head`): nothing more to say.
                Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
                Err(error) => {
                    let _ = writeln!(std::io::stderr(), "error: cannot write the output: {error}");
                    ExitCode::from(2)
                }
            }
        }
        Err(message) => {
            let _ = writeln!(std::io::stderr(), "error: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<String, String> {
    let (words, args) = take_lang(args)?;
    let Some((command, rest)) = args.split_first() else {
        return Err("no command given; run `open-or-closed-cli --help`".to_owned());
    };
    match command.as_str() {
        "--help" | "-h" | "help" => Ok(HELP.trim_end().to_owned()),
        "evaluate" => evaluate(words, rest),
        "validate" => validate(words, rest),
        "size" => size(rest),
        "catalog" => catalog(rest),
        "schema" => schema(rest),
        other => Err(format!(
            "unknown command `{other}`; run `open-or-closed-cli --help`"
        )),
    }
}

/// The words of `--lang X` (taken out of the arguments), or of the
/// environment's `LANG` (`hi_IN.UTF-8`), or English.
fn take_lang(args: &[String]) -> Result<(Words, Vec<String>), String> {
    let mut lang = None;
    let mut rest = Vec::with_capacity(args.len());
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        if arg == "--lang" {
            let code = args.next().ok_or("--lang needs en, hi or zh")?;
            lang = Some(
                Lang::from_code(code)
                    .ok_or_else(|| format!("--lang must be en, hi or zh, not `{code}`"))?,
            );
        } else {
            rest.push(arg.clone());
        }
    }
    let lang = lang.unwrap_or_else(|| {
        let environment = std::env::var("LANG").unwrap_or_default();
        Lang::from_browser([environment.as_str()])
    });
    Ok((Words::new(lang), rest))
}

fn read_profile(words: Words, rest: &[String]) -> Result<Profile, String> {
    let path = match rest {
        [path] => path,
        [] => return Err("missing PROFILE.json".to_owned()),
        _ => {
            return Err(format!(
                "unexpected argument `{}`",
                rest.get(1).map(String::as_str).unwrap_or("")
            ))
        }
    };
    let text = if path == "-" {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut text)
            .map_err(|error| format!("cannot read standard input: {error}"))?;
        text
    } else {
        std::fs::read_to_string(path).map_err(|error| format!("cannot read {path}: {error}"))?
    };
    Profile::from_json(&text).map_err(|error| {
        format!(
            "{path}: not a valid profile at {}: {}",
            words.given(&error.given),
            words.allowed(&error.allowed)
        )
    })
}

fn evaluate(words: Words, rest: &[String]) -> Result<String, String> {
    let explain = rest.iter().any(|arg| arg == "--explain");
    let markdown = rest.iter().any(|arg| arg == "--markdown");
    let rest: Vec<String> = rest
        .iter()
        .filter(|arg| arg.as_str() != "--explain" && arg.as_str() != "--markdown")
        .cloned()
        .collect();
    let profile = read_profile(words, &rest)?;
    match engine::evaluate_checked(&profile) {
        Ok(report) => {
            let decision =
                engine::decision::decide_with_report(&profile, &report, &profile.decision);
            if explain {
                return Ok(engine::decision::explain::summary(
                    words, &report, &decision,
                ));
            }
            if markdown {
                return Ok(engine::export::report_markdown(
                    words,
                    &profile,
                    &report,
                    Some(&decision),
                ));
            }
            let mut json = serde_json::to_value(&report).map_err(|error| error.to_string())?;
            let extra = serde_json::to_value(&decision).map_err(|error| error.to_string())?;
            if let (Some(object), serde_json::Value::Object(parts)) = (json.as_object_mut(), extra)
            {
                for (key, value) in parts {
                    object.insert(key, value);
                }
            }
            serde_json::to_string_pretty(&json).map_err(|error| error.to_string())
        }
        Err(errors) => {
            let list: Vec<String> = errors.iter().map(|error| words.problem_at(error)).collect();
            Err(format!(
                "{} problem(s) in the profile: {}",
                errors.len(),
                list.join("; ")
            ))
        }
    }
}

fn validate(words: Words, rest: &[String]) -> Result<String, String> {
    let profile = read_profile(words, rest)?;
    let errors = engine::validate::validate(&profile);
    if errors.is_empty() {
        Ok("valid".to_owned())
    } else {
        for error in &errors {
            println!("{}", words.problem_at(error));
        }
        Err(format!("{} problem(s) in the profile", errors.len()))
    }
}

/// Parses `--name value` pairs and bare `--flag`s.
fn options<'a>(
    rest: &'a [String],
    flags: &[&str],
) -> Result<Vec<(&'a str, Option<&'a str>)>, String> {
    let mut parsed = Vec::new();
    let mut iter = rest.iter();
    while let Some(arg) = iter.next() {
        let Some(name) = arg.strip_prefix("--") else {
            return Err(format!("unexpected argument `{arg}`"));
        };
        if let Some((name, value)) = name.split_once('=') {
            parsed.push((name, Some(value)));
        } else if flags.contains(&name) {
            parsed.push((name, None));
        } else {
            match iter.next() {
                Some(value) => parsed.push((name, Some(value.as_str()))),
                None => return Err(format!("--{name} needs a value")),
            }
        }
    }
    Ok(parsed)
}

fn number(name: &str, value: &str, max: f64) -> Result<f64, String> {
    engine::number_input::parse_non_negative(name, value, max, engine::unit::Unit::None)
        .map_err(|_| format!("--{name} must be a number from 0 to {max}, not `{value}`"))
}

fn size(rest: &[String]) -> Result<String, String> {
    let catalog = Catalog::builtin();
    let mut model = None;
    let mut gpu = None;
    let mut request = SizingRequest {
        precision: Precision::Bf16,
        kv_precision: Precision::Bf16,
        tensor_parallel: 0,
        input_tokens: 1500.0,
        output_tokens: 400.0,
        latency_target_ms_per_output_token: 0.0,
        peak_requests_per_second: 0.0,
    };
    let mut json = false;
    let mut kv_precision = KvCachePrecision::Auto;
    for (name, value) in options(rest, &["json"])? {
        let value_text = value.unwrap_or("");
        match name {
            "model" => model = Some(value_text),
            "gpu" => gpu = Some(value_text),
            "precision" => {
                request.precision = Precision::parse(value_text).ok_or_else(|| {
                    format!("--precision must be bf16, fp8, int8, int4 or fp4, not `{value_text}`")
                })?
            }
            "kv-precision" => {
                kv_precision = KvCachePrecision::parse(value_text).ok_or_else(|| {
                    format!(
                        "--kv-precision must be auto, bf16, fp8, int8 or int4, not `{value_text}`"
                    )
                })?
            }
            "tensor-parallel" => {
                request.tensor_parallel = match value_text {
                    "0" | "auto" => 0,
                    "1" => 1,
                    "2" => 2,
                    "4" => 4,
                    "8" => 8,
                    "16" => 16,
                    _ => {
                        return Err(format!(
                    "--tensor-parallel must be 1, 2, 4, 8, 16 or 0 (automatic), not `{value_text}`"
                ))
                    }
                }
            }
            "input-tokens" => request.input_tokens = number(name, value_text, 1e7)?,
            "output-tokens" => request.output_tokens = number(name, value_text, 1e7)?,
            "latency-ms" => {
                request.latency_target_ms_per_output_token = number(name, value_text, 1e4)?
            }
            "json" => json = true,
            other => return Err(format!("unknown option --{other} for size")),
        }
    }
    let model_id = model.ok_or("size needs --model ID (see `catalog`)")?;
    let gpu_id = gpu.ok_or("size needs --gpu ID (see `catalog`)")?;
    let model = catalog
        .open_model(model_id)
        .ok_or_else(|| format!("unknown open model `{model_id}` (see `catalog`)"))?;
    let gpu = catalog
        .gpu(gpu_id)
        .ok_or_else(|| format!("unknown GPU `{gpu_id}` (see `catalog`)"))?;
    request.kv_precision = kv_precision.resolve(request.precision);
    let knobs = SizingAssumptions::default();
    let sizing = size_replica(model, gpu, &request, &knobs, catalog)
        .map_err(|error| engine::text::en::sizing_error(&error))?;
    if json {
        return serde_json::to_string_pretty(&sizing).map_err(|error| error.to_string());
    }
    let batch_label = format!("decode tokens/s at batch {}:", sizing.batch);
    let memory_label = format!("memory per GPU at batch {}:", sizing.batch);
    let step = &sizing.step;
    let limit = match sizing.batch_limit {
        engine::sizing::BatchLimit::Memory => "memory",
        engine::sizing::BatchLimit::Latency => "the latency target",
        engine::sizing::BatchLimit::LatencyMissed => "the latency target (missed even at batch 1)",
    };
    let lines = [
        (
            "weights:".to_owned(),
            format!("{:.1} GB", sizing.weights_gb),
        ),
        (
            "KV cache per token:".to_owned(),
            format!(
                "{:.0} bytes at {} ({:.3} GB per sequence in flight at {:.0} tokens, paged; {:.3} GB at its full {:.0})",
                sizing.kv_bytes_per_token,
                sizing.kv_precision.key(),
                sizing.kv_gb_per_sequence,
                request.input_tokens + request.output_tokens / 2.0,
                sizing.kv_gb_per_full_sequence,
                request.input_tokens + request.output_tokens
            ),
        ),
        (
            memory_label,
            format!(
                "{:.1} GB of {:.0} GB ({:.1} GB per replica, {:.1} GB usable)",
                sizing.memory_per_gpu_gb,
                gpu.memory_gb,
                sizing.memory_per_replica_gb,
                sizing.usable_memory_gb
            ),
        ),
        (
            "largest batch that fits:".to_owned(),
            sizing.max_batch_that_fits.to_string(),
        ),
        (
            "batch limited by:".to_owned(),
            limit.to_owned(),
        ),
        (
            "step at that batch:".to_owned(),
            format!(
                "{:.2} ms: weights {:.2} + KV {:.2} read, compute {:.2} (max of the two), all-reduces {:.2}, overhead {:.2}; {:.0} prompt tokens prefilled per step",
                step.total_seconds * 1e3,
                step.weights_seconds * 1e3,
                step.kv_seconds * 1e3,
                step.compute_seconds * 1e3,
                step.communication_seconds * 1e3,
                step.overhead_seconds * 1e3,
                sizing.prefill_tokens_per_step
            ),
        ),
        (
            "decode tokens/s at batch 1:".to_owned(),
            format!("{:.1}", sizing.decode_tokens_per_second_batch_1),
        ),
        (
            batch_label,
            format!(
                "{:.1} (bandwidth bound {:.1})",
                sizing.decode_tokens_per_second, sizing.decode_bandwidth_bound_tokens_per_second
            ),
        ),
        (
            "output tokens/s for the system:".to_owned(),
            format!(
                "{:.1} (prefill included; {:.2} requests/s, {:.1} per GPU)",
                sizing.output_tokens_per_second,
                sizing.requests_per_second,
                sizing.output_tokens_per_second / f64::from(sizing.gpus_per_replica.max(1))
            ),
        ),
    ];
    let mut out = format!(
        "{} at {} on {} x {} ({:.0} input + {:.0} output tokens)\n",
        model.name,
        request.precision.key(),
        sizing.gpus_per_replica,
        gpu.name,
        request.input_tokens,
        request.output_tokens
    );
    for (label, value) in lines {
        out.push_str(&format!("{label:<34}{value}\n"));
    }
    out.push_str(&format!(
        "knobs: memory-bandwidth efficiency {}, compute efficiency {}, step overhead {} ms, GPU memory utilisation {}, overhead {} GB per GPU, KV fragmentation {}",
        knobs.memory_bandwidth_efficiency,
        knobs.compute_efficiency,
        knobs.step_overhead_ms,
        knobs.gpu_memory_utilisation,
        knobs.runtime_overhead_gb_per_gpu,
        knobs.kv_fragmentation_allowance
    ));
    Ok(out)
}

fn flag(row_unverified: bool) -> &'static str {
    if row_unverified {
        " [UNVERIFIED]"
    } else {
        ""
    }
}

fn legacy(row_legacy: bool) -> &'static str {
    if row_legacy {
        " [legacy]"
    } else {
        ""
    }
}

/// "3 / 15; cache read 0.3, write 3.75; above 200000 input tokens: 6 / 22.5; batch 1.5 / 7.5".
fn price_summary(prices: &TokenRates, batch: Option<&TokenRates>) -> String {
    let mut out = format!("{} / {}", prices.input.base, prices.output.base);
    let mut cache = Vec::new();
    if let Some(read) = &prices.cache_read {
        cache.push(format!("read {}", read.base));
    }
    if let Some(write) = &prices.cache_write {
        cache.push(format!("write {}", write.base));
    }
    if !cache.is_empty() {
        out.push_str(&format!("; cache {}", cache.join(", ")));
    }
    for tier in prices.input.tiers {
        let output = prices.output.at(tier.above_input_tokens as f64 + 1.0);
        out.push_str(&format!(
            "; above {} input tokens: {} / {}",
            tier.above_input_tokens, tier.per_million, output
        ));
    }
    if let Some(batch) = batch {
        out.push_str(&format!(
            "; batch {} / {}",
            batch.input.base, batch.output.base
        ));
    }
    out
}

fn catalog(rest: &[String]) -> Result<String, String> {
    let catalog = Catalog::builtin();
    let mut json = false;
    for (name, _) in options(rest, &["json"])? {
        match name {
            "json" => json = true,
            other => return Err(format!("unknown option --{other} for catalog")),
        }
    }
    if json {
        return serde_json::to_string_pretty(catalog).map_err(|error| error.to_string());
    }
    let mut out = String::new();
    out.push_str("CLOSED MODELS (price per 1M tokens, input / output)\n");
    for row in catalog.closed_models {
        out.push_str(&format!(
            "  {:<22} {:<36} {} {}  as of {}{}{}\n      source: {}\n",
            row.id,
            row.name,
            row.currency.code(),
            price_summary(&row.prices, row.batch_prices.as_ref()),
            row.as_of,
            flag(row.unverified),
            legacy(row.legacy),
            row.source
        ));
    }
    out.push_str("\nOPEN-WEIGHT MODELS (params, active, layers, KV heads x head dim, context)\n");
    for row in catalog.open_models {
        out.push_str(&format!(
            "  {:<16} {:<26} {}B ({}B active), {} layers, {} KV heads x {}, {} tokens  as of {}{}\n      source: {}\n",
            row.id, row.name, row.params_b, row.active_params_b, row.layers, row.kv_heads, row.head_dim, row.max_context_tokens, row.as_of, flag(row.unverified), row.source
        ));
    }
    out.push_str("\nHOSTED OPEN-WEIGHT OFFERS (price per 1M tokens, input / output)\n");
    for row in catalog.hosted_offers {
        out.push_str(&format!(
            "  {:<26} {:<16} on {:<26} {} {}  as of {}{}{}\n      source: {}\n",
            row.id,
            row.model_id,
            row.provider,
            row.currency.code(),
            price_summary(&row.prices, row.batch_prices.as_ref()),
            row.as_of,
            flag(row.unverified),
            legacy(row.legacy),
            row.source
        ));
    }
    out.push_str(
        "\nGPUS (memory, bandwidth, dense BF16 / FP8 TFLOPS, power, rent per GPU-hour, purchase)\n",
    );
    for row in catalog.gpus {
        let rents: Vec<String> = row
            .rental
            .iter()
            .map(|price| {
                format!(
                    "${} {} ({})",
                    price.usd_per_gpu_hour, price.provider, price.as_of
                )
            })
            .collect();
        let fp8 = row
            .fp8_tflops
            .map(|value| value.to_string())
            .unwrap_or_else(|| "-".to_owned());
        let purchase = row
            .purchase_usd
            .map(|value| format!("${value} ({})", row.purchase_as_of))
            .unwrap_or_else(|| "unknown".to_owned());
        out.push_str(&format!(
            "  {:<14} {:<28} {} GB, {} GB/s, {} / {} TFLOPS, {} W{}\n      rent: {}\n      buy: {}\n      source: {} (as of {})\n",
            row.id, row.name, row.memory_gb, row.bandwidth_gb_per_s, row.bf16_tflops, fp8, row.power_w, flag(row.unverified), rents.join("; "), purchase, row.source, row.as_of
        ));
    }
    out.push_str("\nSTAFF (annual wage x loading factor)\n");
    for row in catalog.staff {
        out.push_str(&format!(
            "  {:<6} {:<15} {} {} x {}  as of {}{}\n      source: {}\n",
            format!("{:?}", row.region).to_ascii_lowercase(),
            row.role.key(),
            row.currency.code(),
            row.annual_wage,
            row.loading_factor,
            row.as_of,
            flag(row.unverified),
            row.source
        ));
    }
    Ok(out.trim_end().to_owned())
}

#[cfg(feature = "schema")]
fn schema(rest: &[String]) -> Result<String, String> {
    if let Some(arg) = rest.first() {
        return Err(format!("unexpected argument `{arg}`"));
    }
    Ok(engine::profile::schema_json().trim_end().to_owned())
}

#[cfg(not(feature = "schema"))]
fn schema(_rest: &[String]) -> Result<String, String> {
    Err("this build has no `schema` feature; run `cargo run -p engine --features schema --bin open-or-closed-cli -- schema`".to_owned())
}
