//! Every piece of user-facing text, in one place, so that the page can be
//! translated by adding a catalog rather than by editing components.

mod fields;

/// The English catalog.
pub mod en {
    pub use super::fields::{field_text, section_title, FieldText};

    use engine::report::RouteId;

    // The calculator page
    pub const PRESETS_LABEL: &str = "Start from an example";
    pub const THEME_LABEL: &str = "Colour scheme";

    /// A colour scheme's name on its button.
    pub fn theme_name(theme: crate::state::Theme) -> &'static str {
        match theme {
            crate::state::Theme::System => "Auto",
            crate::state::Theme::Light => "Light",
            crate::state::Theme::Dark => "Dark",
        }
    }
    pub const RESET_LABEL: &str = "Reset to defaults";
    pub const UPDATE_READY: &str = "A new version of the calculator is available.";
    pub const UPDATE_RELOAD: &str = "Reload";
    pub const FORM_HEADING: &str = "Your enterprise";
    pub const RESULTS_HEADING: &str = "Results";
    pub const ROUTES_HEADING: &str = "The three routes";
    pub const CHEAPEST_BADGE: &str = "Cheapest";
    pub const EXCLUDED_BADGE: &str = "Excluded";
    pub const NOT_AVAILABLE: &str = "—";
    pub const TOTAL_OVER: &str = "Total cost over";

    /// "1 month", "2.5 months".
    pub fn months(count_text: &str) -> String {
        if count_text == "1" {
            "1 month".to_owned()
        } else {
            format!("{count_text} months")
        }
    }
    pub const COST_PER_MILLION_TOKENS: &str = "Cost per 1M tokens, all in";
    pub const TIME_TO_MARKET: &str = "Serves users after";
    pub const INVALID_INPUT_NOTE: &str =
        "Some input is not valid: the results below are for the last valid values.";
    pub const FLEET_HEADING: &str = "Self-hosted fleet";
    pub const FLEET_GPU: &str = "GPU";
    pub const FLEET_GPUS_PER_REPLICA: &str = "GPUs per replica";
    pub const FLEET_REPLICAS: &str = "Replicas at the busiest month";
    pub const FLEET_GPUS_IN_ALL: &str = "GPUs in all";
    pub const FLEET_MEMORY_PER_REPLICA: &str = "Memory per replica";
    pub const FLEET_WEIGHTS: &str = "Weights";
    pub const FLEET_KV_PER_TOKEN: &str = "KV cache per token";
    pub const FLEET_DECODE: &str = "Decode speed per replica";
    pub const FLEET_DECODE_BATCH_1: &str = "Decode speed, one request";
    pub const FLEET_BATCH: &str = "Batch";
    pub const FLEET_FITS: &str = "fit in memory";
    pub const FLEET_LATENCY_MISSED: &str =
        "Even one request at a time misses the latency target on this GPU.";
    pub const TOKENS_PER_SECOND: &str = "tokens/s";
    pub const COST_CATEGORIES: [&str; 6] = [
        "Tokens",
        "Compute",
        "People",
        "Reaching target quality",
        "Time-to-market delay",
        "Risk and compliance",
    ];
    pub const COST_BARS_TITLE: &str = "Total cost per route, by category";
    pub const CUMULATIVE_TITLE: &str = "Cumulative cost over time";
    pub const BREAKS_EVEN_WITH: &str = "breaks even with";
    pub const ASSUMPTIONS_HEADING: &str = "Assumptions, with their sources";
    pub const ASSUMPTIONS_INTRO: &str =
        "Every figure the results rest on. Change a number to override it; “Reset” puts the default back. Figures marked unverified are judgements or could not be confirmed: check them against your own.";
    pub const ASSUMPTION_COLUMN: &str = "Assumption";
    pub const VALUE_COLUMN: &str = "Value";
    pub const SOURCE_COLUMN: &str = "Source and date";
    pub const RESET_ONE_LABEL: &str = "Reset";
    pub const UNVERIFIED_BADGE: &str = "Unverified";
    pub const SHOW_ASSUMPTIONS: &str = "Show every assumption";
    pub const VERDICT_LABEL: &str = "Recommendation";
    pub const VERDICT_COMPUTING: &str = "Weighing cost, suitability and uncertainty…";
    pub const VERDICT_NO_ROUTE: &str = "No feasible route";
    pub const VERDICT_UPDATING: &str = "updating…";
    pub const CONFIDENCE: &str = "confidence";
    pub const REASONS_HEADING: &str = "Why";
    pub const FLIP_POINTS_HEADING: &str = "What would change the answer";
    pub const MORE_FLIP_POINTS: &str = "More flip points";
    pub const FACTORS_TITLE: &str = "Suitability: each factor's contribution";
    pub const FACTORS_UNIT: &str = "points";
    pub const RANGES_TITLE: &str = "Total cost range (P10–P90) and chance of being cheapest";
    pub const TORNADO_TITLE: &str = "What moves the difference between the two leading routes";
    pub const CHEAPEST_IN: &str = "cheapest in";
    pub const OF_DRAWS: &str = "of draws";

    /// "High", "Medium" or "Low" for a confidence level's key.
    pub fn confidence_name(key: &str) -> &'static str {
        match key {
            "high" => "High",
            "medium" => "Medium",
            _ => "Low",
        }
    }

    /// A readable name for a profile path:
    /// `routes.closed_api.staff.ml_engineers` -> "Routes › closed api › staff › ml engineers".
    pub fn path_label(path: &str) -> String {
        let trimmed = path.strip_prefix("assumptions.").unwrap_or(path);
        let words = trimmed.replace('_', " ").replace('.', " › ");
        let mut letters = words.chars();
        match letters.next() {
            Some(first) => format!("{}{}", first.to_uppercase(), letters.as_str()),
            None => words,
        }
    }

    /// A route's name on the page.
    pub fn route_name(route: RouteId) -> &'static str {
        match route {
            RouteId::ClosedApi => "Closed API",
            RouteId::ManagedOpen => "Managed open weights",
            RouteId::SelfHosted => "Self-hosted open weights",
        }
    }

    /// A preset's button label.
    pub fn preset_label(id: &str) -> &'static str {
        match id {
            "academic-research" => "Academic research",
            "startup-internal-tool" => "Startup internal tool",
            "bank-customer-assistant" => "Bank customer assistant",
            "ml-platform-high-volume" => "ML platform, high volume",
            "air-gapped-government" => "Air-gapped government",
            _ => "",
        }
    }

    pub const APP_TITLE: &str = "Open or Closed?";
    pub const APP_TAGLINE: &str =
        "What a closed LLM API really costs your enterprise compared with open weights. Everything is computed in your browser; nothing you type leaves it.";
    pub const AS_OF: &str = "as of";

    // Charts
    pub const CHART_SHOW_TABLE: &str = "Show as table";
    pub const CHART_NO_DATA: &str = "No data to show.";
    pub const CHART_MONTH: &str = "Month";
    pub const CHART_TOTAL: &str = "Total";
    pub const CHART_ROUTE: &str = "Route";
    pub const CHART_FACTOR: &str = "Factor";
    pub const CHART_INPUT: &str = "Input";
    pub const CHART_P10: &str = "P10 (low)";
    pub const CHART_P50: &str = "P50 (median)";
    pub const CHART_P90: &str = "P90 (high)";
    pub const CHART_NOTE: &str = "Note";
    pub const CHART_MARKER: &str = "Marked point";
    pub const CHART_MARKERS_CAPTION: &str = "Marked points";
    pub const CHART_LOW_SETTING: &str = "Low setting";
    pub const CHART_HIGH_SETTING: &str = "High setting";
    pub const CHART_AT_LOW: &str = "Result at low";
    pub const CHART_AT_HIGH: &str = "Result at high";
    pub const CHART_BASELINE: &str = "Baseline";
    pub const CHART_RANGE_LEGEND: &str = "P10 to P90, tick at P50";
    /// Summaries: `{name}` placeholders are filled in by the chart.
    pub const CHART_STACKED_SUMMARY: &str =
        "Highest total: {high_label}, {high}. Lowest total: {low_label}, {low}.";
    pub const CHART_LINE_SUMMARY: &str =
        "At month {x}, highest: {high_label}, {high}; lowest: {low_label}, {low}.";
    pub const CHART_LINE_MARKERS: &str = "Marked: {markers}.";
    pub const CHART_FACTOR_SUMMARY: &str = "Largest contribution: {label} for {series}, {value}.";
    pub const CHART_RANGE_SUMMARY: &str = "Lowest median: {label}, {p50} (P10 {p10} to P90 {p90}).";
    pub const CHART_TORNADO_SUMMARY: &str =
        "Baseline {baseline}. Largest swing: {label}, from {low} to {high}.";
}
