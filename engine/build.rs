//! Compiles the catalog's JSON (`data/*.json`) into Rust statics
//! (`$OUT_DIR/catalog_data.rs`, included by `src/catalog.rs`).
//!
//! Why: parsing the JSON at run time put a JSON parser for five row types and
//! the JSON text itself into the browser bundle (about 20 KB gzip, measured);
//! statics cost only their data, and a malformed row fails the build instead of
//! leaving an empty catalog at run time.
//!
//! The field lists below mirror the row types in `src/catalog.rs`. They cannot
//! drift silently: a missing, extra or mistyped field is a compile error in the
//! generated struct literals, and a JSON key not listed here fails this script.

use std::fmt::Write as _;
use std::path::Path;

use serde_json::{Map, Value};

/// How one field's JSON value becomes a Rust expression.
#[derive(Clone, Copy)]
enum Kind {
    Text,
    Number,
    U32,
    U64,
    Flag,
    OptionalNumber,
    OptionalU64,
    /// A unit enum, by its type name; the JSON string is its serde name.
    Enum(&'static str),
    /// A nested row type.
    Row(&'static str),
    /// A nested row type, or `null`.
    OptionalRow(&'static str),
    /// A list of a nested row type, as a static slice.
    Rows(&'static str),
}

use Kind::*;

/// Every row type and its fields, in declaration order.
const ROW_TYPES: &[(&str, &[(&str, Kind)])] = &[
    (
        "QualityScore",
        &[
            ("benchmark", Enum("Benchmark")),
            ("score", Number),
            ("source", Text),
            ("as_of", Text),
        ],
    ),
    (
        "RateTier",
        &[("above_input_tokens", U64), ("per_million", Number)],
    ),
    (
        "TieredRate",
        &[("base", Number), ("tiers", Rows("RateTier"))],
    ),
    (
        "TokenRates",
        &[
            ("input", Row("TieredRate")),
            ("output", Row("TieredRate")),
            ("cache_read", OptionalRow("TieredRate")),
            ("cache_write", OptionalRow("TieredRate")),
        ],
    ),
    (
        "GenaiPricesRef",
        &[("provider_id", Text), ("model_id", Text)],
    ),
    (
        "ClosedModel",
        &[
            ("id", Text),
            ("name", Text),
            ("vendor", Text),
            ("currency", Enum("Currency")),
            ("prices", Row("TokenRates")),
            ("batch_prices", OptionalRow("TokenRates")),
            ("context_tokens", U64),
            ("quality", Rows("QualityScore")),
            ("genai_prices", OptionalRow("GenaiPricesRef")),
            ("source", Text),
            ("as_of", Text),
            ("unverified", Flag),
            ("legacy", Flag),
        ],
    ),
    (
        "LatentAttention",
        &[("kv_lora_rank", U32), ("rope_head_dim", U32)],
    ),
    (
        "OpenModel",
        &[
            ("id", Text),
            ("name", Text),
            ("params_b", Number),
            ("active_params_b", Number),
            ("experts_total", U32),
            ("experts_active", U32),
            ("layers", U32),
            ("hidden_size", U32),
            ("attention_heads", U32),
            ("kv_heads", U32),
            ("head_dim", U32),
            ("max_context_tokens", U64),
            ("sliding_window_tokens", OptionalU64),
            ("sliding_window_layers", U32),
            ("latent_attention", OptionalRow("LatentAttention")),
            ("linear_attention_layers", U32),
            ("linear_state_mb_per_sequence", Number),
            ("sparse_attention_top_k", OptionalU64),
            ("quality", Rows("QualityScore")),
            ("source", Text),
            ("as_of", Text),
            ("unverified", Flag),
            ("legacy", Flag),
        ],
    ),
    (
        "HostedOffer",
        &[
            ("id", Text),
            ("provider", Text),
            ("model_id", Text),
            ("currency", Enum("Currency")),
            ("prices", Row("TokenRates")),
            ("batch_prices", OptionalRow("TokenRates")),
            ("context_tokens", U64),
            ("genai_prices", OptionalRow("GenaiPricesRef")),
            ("source", Text),
            ("as_of", Text),
            ("unverified", Flag),
            ("legacy", Flag),
        ],
    ),
    (
        "RentalPrice",
        &[
            ("provider", Text),
            ("kind", Enum("CloudKind")),
            ("usd_per_gpu_hour", Number),
            ("source", Text),
            ("as_of", Text),
            ("unverified", Flag),
            ("reserved_one_year_discount", OptionalNumber),
            ("reserved_three_year_discount", OptionalNumber),
            ("reserved_source", Text),
            ("reserved_as_of", Text),
        ],
    ),
    (
        "Interconnect",
        &[
            ("kind", Enum("InterconnectKind")),
            ("bandwidth_gb_per_s", Number),
            ("all_reduce_latency_us", Number),
            ("source", Text),
            ("as_of", Text),
            ("unverified", Flag),
        ],
    ),
    (
        "Gpu",
        &[
            ("id", Text),
            ("name", Text),
            ("memory_gb", Number),
            ("bandwidth_gb_per_s", Number),
            ("bf16_tflops", Number),
            ("fp8_tflops", OptionalNumber),
            ("fp4_tflops", OptionalNumber),
            ("interconnect", Row("Interconnect")),
            ("power_w", Number),
            ("rental", Rows("RentalPrice")),
            ("purchase_usd", OptionalNumber),
            ("purchase_source", Text),
            ("purchase_as_of", Text),
            ("source", Text),
            ("as_of", Text),
            ("unverified", Flag),
        ],
    ),
    (
        "StaffCost",
        &[
            ("region", Enum("Region")),
            ("role", Enum("Role")),
            ("currency", Enum("Currency")),
            ("annual_wage", Number),
            ("loading_factor", Number),
            ("source", Text),
            ("as_of", Text),
            ("unverified", Flag),
        ],
    ),
];

/// Each data file, the row type of its rows, and the static it becomes.
const FILES: &[(&str, &str, &str)] = &[
    ("closed_models.json", "ClosedModel", "CLOSED_MODELS"),
    ("open_models.json", "OpenModel", "OPEN_MODELS"),
    ("hosted_offers.json", "HostedOffer", "HOSTED_OFFERS"),
    ("gpus.json", "Gpu", "GPUS"),
    ("staff.json", "StaffCost", "STAFF"),
];

fn main() {
    let mut out =
        String::from("// Generated by engine/build.rs from engine/data/*.json. Do not edit.\n");
    for (file, row_type, name) in FILES {
        let path = Path::new("data").join(file);
        println!("cargo::rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|error| panic!("cannot read engine/{}: {error}", path.display()));
        let rows: Value = serde_json::from_str(&text)
            .unwrap_or_else(|error| panic!("engine/{} is not valid JSON: {error}", path.display()));
        let expression = rows_expression(&rows, row_type)
            .unwrap_or_else(|error| panic!("engine/{}: {error}", path.display()));
        let _ = writeln!(
            out,
            "pub(super) static {name}: &[{row_type}] = {expression};"
        );
    }
    let target =
        Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("catalog_data.rs");
    std::fs::write(&target, out).expect("cannot write the generated catalog");
}

fn rows_expression(value: &Value, row_type: &str) -> Result<String, String> {
    let rows = value
        .as_array()
        .ok_or_else(|| format!("expected a list of {row_type} rows"))?;
    let mut expression = String::from("&[");
    for (index, row) in rows.iter().enumerate() {
        let object = row
            .as_object()
            .ok_or_else(|| format!("row {index}: expected an object"))?;
        let literal =
            row_expression(object, row_type).map_err(|error| format!("row {index}: {error}"))?;
        expression.push_str(&literal);
        expression.push(',');
    }
    expression.push(']');
    Ok(expression)
}

fn row_expression(object: &Map<String, Value>, row_type: &str) -> Result<String, String> {
    let fields = ROW_TYPES
        .iter()
        .find(|(name, _)| *name == row_type)
        .map(|(_, fields)| *fields)
        .ok_or_else(|| format!("unknown row type {row_type}"))?;
    if let Some(unknown) = object
        .keys()
        .find(|key| !fields.iter().any(|(field, _)| field == key))
    {
        return Err(format!("unknown field `{unknown}` in a {row_type}"));
    }
    let mut literal = format!("{row_type} {{");
    for (field, kind) in fields {
        let value = object.get(*field).unwrap_or(&Value::Null);
        let expression = field_expression(value, *kind)
            .map_err(|error| format!("{row_type}.{field}: {error}"))?;
        let _ = write!(literal, "{field}: {expression},");
    }
    literal.push('}');
    Ok(literal)
}

fn field_expression(value: &Value, kind: Kind) -> Result<String, String> {
    let number = |value: &Value| {
        value
            .as_f64()
            .map(|number| format!("{number:?}_f64"))
            .ok_or("expected a number")
    };
    let whole = |value: &Value| value.as_u64().ok_or("expected a whole number");
    Ok(match kind {
        Text => format!("{:?}", value.as_str().ok_or("expected a string")?),
        Number => number(value)?,
        U32 => {
            let whole = whole(value)?;
            u32::try_from(whole).map_err(|_| "too large for u32")?;
            format!("{whole}_u32")
        }
        U64 => format!("{}_u64", whole(value)?),
        Flag => value.as_bool().ok_or("expected true or false")?.to_string(),
        OptionalNumber if value.is_null() => "None".to_owned(),
        OptionalNumber => format!("Some({})", number(value)?),
        OptionalU64 if value.is_null() => "None".to_owned(),
        OptionalU64 => format!("Some({}_u64)", whole(value)?),
        Enum(type_name) => format!(
            "{type_name}::{}",
            variant_name(value.as_str().ok_or("expected a string")?)
        ),
        Row(row_type) => row_expression(value.as_object().ok_or("expected an object")?, row_type)?,
        OptionalRow(_) if value.is_null() => "None".to_owned(),
        OptionalRow(row_type) => {
            format!(
                "Some({})",
                row_expression(value.as_object().ok_or("expected an object")?, row_type)?
            )
        }
        Rows(row_type) => rows_expression(value, row_type)?,
    })
}

/// The Rust variant for a serde name: `lmarena_text` -> `LmarenaText`, `USD` -> `Usd`.
fn variant_name(serde_name: &str) -> String {
    serde_name
        .split('_')
        .map(|part| {
            let lower = part.to_ascii_lowercase();
            let mut chars = lower.chars();
            chars
                .next()
                .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}
