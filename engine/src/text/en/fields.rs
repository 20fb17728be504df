//! English labels, units and help for every form field and section.

/// What the form shows for one field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldText {
    pub label: &'static str,
    pub unit: &'static str,
    pub help: &'static str,
}

const fn text(label: &'static str, unit: &'static str, help: &'static str) -> FieldText {
    FieldText { label, unit, help }
}

/// The title and one-line description of a form section.
pub fn section_title(id: &str) -> &'static str {
    match id {
        "organisation" => "Organisation and use case",
        "workload" => "Workload",
        "team" => "Team",
        "requirements" => "Requirements",
        "routes" => "The routes' concrete choices",
        _ => "",
    }
}

/// The label, unit and help of the field at `path` (empty label if unknown).
pub fn field_text(path: &str) -> FieldText {
    match path {
        "organisation.use_case" => text("Use case", "", "What the model is for; it weighs service, accuracy and control differently."),
        "organisation.investment_usd" => text("Investment", "USD", "The budget behind the project; large commercial investments tend to buy vendor service."),
        "organisation.project_value_usd_per_month" => text("Value of a month in service", "USD / month", "What a month of delay costs: the route that serves later pays this per month of delay."),
        "currency.display" => text("Display currency", "", "Every amount is shown in this currency at the editable exchange rates."),
        "workload.requests_per_month" => text("Requests per month", "requests", "Calls to the model in the first month."),
        "workload.input_tokens_per_request" => text("Input tokens per request", "tokens", "Prompt, instructions and retrieved context; a page of English is about 500 tokens."),
        "workload.output_tokens_per_request" => text("Output tokens per request", "tokens", "The generated answer."),
        "workload.growth_per_month" => text("Growth per month", "%", "Month-on-month growth of the volume: 3 = +3 % a month; may be negative."),
        "workload.peak_to_average" => text("Peak to average", "×", "Busiest hour's request rate over the day's average (at most 24); sizes a fleet bought or rented for the peak."),
        "workload.trough_to_average" => text("Quietest hour", "%", "The quietest hour's rate as a share of the average: 30 = 30 %. An autoscaled fleet follows the day between the two."),
        "workload.latency_target_ms_per_output_token" => text("Latency target", "ms / token", "Longest acceptable time per output token; 0 for no target."),
        "workload.cached_input_share" => text("Cached input share", "%", "Share of input tokens served from the vendor's prompt cache."),
        "workload.cache_write_share" => text("Cache write share", "%", "Share of input tokens written to the vendor's prompt cache (a prefix stored for later requests). Vendors that bill writes, such as Anthropic at 1.25x the input price, charge their write price; the others the input price."),
        "workload.batch_share" => text("Batch share", "%", "Share of requests that can wait for a batch API at its discount."),
        "team.region" => text("Labour market", "", "Where the staff costs come from."),
        "team.ml_engineers" => text("ML engineers on staff", "FTE", "Already employed; a route that needs more hires the difference."),
        "team.mlops_engineers" => text("MLOps / SRE engineers on staff", "FTE", "Already employed people who run GPU services."),
        "team.data_scientists" => text("Data scientists on staff", "FTE", "Already employed people who evaluate and fine-tune."),
        "team.ml_engineer_loaded_usd_per_year" => text("ML engineer, loaded cost", "USD / year", "Leave empty for the catalog's figure for the labour market."),
        "team.mlops_engineer_loaded_usd_per_year" => text("MLOps engineer, loaded cost", "USD / year", "Leave empty for the catalog's figure."),
        "team.data_scientist_loaded_usd_per_year" => text("Data scientist, loaded cost", "USD / year", "Leave empty for the catalog's figure."),
        "requirements.accuracy_need" => text("Accuracy need", "", "How close to the best closed model the answers must be."),
        "requirements.data_residency" => text("Data residency", "", "Where the data may go; air-gapped excludes both per-token routes."),
        "requirements.vendor_sla_needed" => text("A vendor SLA is required", "", "Someone outside must answer for uptime and support."),
        "requirements.customisation" => text("Customisation", "", "How deeply the model must be adapted to your data."),
        "requirements.time_to_market_urgency" => text("Time-to-market urgency", "", "How much a month of delay matters."),
        "requirements.lock_in_aversion" => text("Lock-in aversion", "", "How much depending on one vendor worries you."),
        "routes.horizon_months" => text("Horizon", "months", "How far ahead to count costs (1 to 120 months)."),
        "routes.closed_api.model" => text("Closed model", "", "The closed API the enterprise would call."),
        "routes.closed_api.input_price_per_million_override" => text("Closed model input price", "per 1M tokens", "In the model's own currency, at this workload's prompt size (the price the assumptions show); its cache and batch prices follow. Empty for the list price."),
        "routes.closed_api.output_price_per_million_override" => text("Closed model output price", "per 1M tokens", "In the model's own currency, at this workload's prompt size; empty for the list price."),
        "routes.managed_open.offer" => text("Managed open-weight endpoint", "", "An open model on a provider's per-token endpoint."),
        "routes.self_hosted.model" => text("Self-hosted open model", "", "The open-weight model run on your own GPUs."),
        "routes.self_hosted.precision" => text("Weight precision", "", "Fewer bits need fewer GPUs, at some risk to quality."),
        "routes.self_hosted.kv_cache_precision" => text("KV-cache precision", "", "Precision of the attention cache kept per token; automatic is FP8 when the weights are 8-bit or narrower."),
        "routes.self_hosted.gpu" => text("GPU", "", "The accelerator the fleet is built from."),
        "routes.self_hosted.deployment" => text("GPUs rented or owned", "", "Rented by the hour, or bought: paid for when bought (the cash view), depreciated to their resale value (the profit-and-loss view)."),
        "routes.self_hosted.cloud" => text("GPU cloud", "", "Which kind of cloud the rental price comes from."),
        "routes.self_hosted.rental_plan" => text("How rented GPUs are bought", "", "Always on for the peak, autoscaled by the hour, or a reserved base with on-demand hours above it. Owned GPUs are sized for the peak."),
        "routes.self_hosted.reserved_term" => text("Reservation term", "", "The commitment of the reserved plan: longer terms are cheaper per hour."),
        "routes.self_hosted.reserved_discount_override" => text("Reserved discount", "fraction", "How far the reserved price is below on demand (0.35 = 35 % off); empty for the catalog's discount for the term."),
        "routes.self_hosted.tensor_parallel" => text("GPUs per replica", "", "Tensor-parallel size; automatic picks the smallest that fits."),
        "routes.self_hosted.gpu_hour_usd_override" => text("GPU-hour price", "USD", "Empty for the catalog's rental price."),
        "routes.self_hosted.gpu_purchase_usd_override" => text("GPU purchase price", "USD", "Empty for the catalog's purchase price."),
        _ => text("", "", ""),
    }
}

/// The label of one value in a field's fixed list of choices:
/// `("requirements.data_residency", "on_premises")` -> "Must stay on our premises".
/// A value with no label of its own (a number of GPUs) is its own label.
pub fn choice_label(path: &str, value: &'static str) -> &'static str {
    let label = match path {
        "organisation.use_case" => match value {
            "academic_research" => "Academic research",
            "internal_tool" => "Internal tool",
            "customer_facing" => "Customer-facing product",
            "mission_critical" => "Mission-critical system",
            _ => "",
        },
        "currency.display" => match value {
            "USD" => "US dollar (USD)",
            "EUR" => "Euro (EUR)",
            "INR" => "Indian rupee (INR)",
            "CNY" => "Chinese yuan (CNY)",
            _ => "",
        },
        "team.region" => match value {
            "us" => "United States",
            "india" => "India",
            "china" => "China",
            _ => "",
        },
        "requirements.accuracy_need"
        | "requirements.time_to_market_urgency"
        | "requirements.lock_in_aversion" => match value {
            "low" => "Low",
            "medium" => "Medium",
            "high" => "High",
            _ => "",
        },
        "requirements.data_residency" => match value {
            "none" => "No restriction",
            "in_country" => "Must stay in the country",
            "on_premises" => "Must stay on our premises",
            "air_gapped" => "Air-gapped: no network out",
            _ => "",
        },
        "requirements.customisation" => match value {
            "prompt_only" => "Prompting only",
            "retrieval" => "Retrieval (RAG)",
            "fine_tuning" => "Fine-tuning",
            "deep" => "Deep (continued pre-training)",
            _ => "",
        },
        "routes.self_hosted.precision" | "routes.self_hosted.kv_cache_precision" => match value {
            "auto" => "Automatic (follows the weights)",
            "bf16" => "BF16 (16-bit)",
            "fp8" => "FP8 (8-bit float)",
            "int8" => "INT8 (8-bit integer)",
            "int4" => "INT4 (4-bit)",
            "fp4" => "FP4 (4-bit float: MXFP4, NVFP4)",
            _ => "",
        },
        "routes.self_hosted.rental_plan" => match value {
            "always_on" => "Always on, sized for the peak",
            "autoscaled" => "Autoscaled by the hour",
            "reserved" => "Reserved base plus on-demand burst",
            _ => "",
        },
        "routes.self_hosted.reserved_term" => match value {
            "one_year" => "One year",
            "three_year" => "Three years",
            _ => "",
        },
        "routes.self_hosted.deployment" => match value {
            "rented" => "Rented by the hour",
            "owned" => "Bought and owned",
            _ => "",
        },
        "routes.self_hosted.cloud" => match value {
            "hyperscaler" => "Hyperscaler (AWS, GCP, Azure)",
            "neocloud" => "GPU cloud (Lambda, RunPod, ...)",
            _ => "",
        },
        "routes.self_hosted.tensor_parallel" if value == "0" => "Automatic",
        _ => "",
    };
    if label.is_empty() {
        value
    } else {
        label
    }
}
