//! The English catalog: every piece of user-facing text, in one place, so
//! that the page, the exports and the command line can be translated by
//! adding a catalog rather than by editing components or engine code.
//!
//! Numbers inside sentences go through [`super::format`], the one formatter.

// Each constant's name says what it is; documenting every label again would
// only repeat it.
#![allow(missing_docs)]

mod decision;
mod fields;
mod problems;
mod report;
pub(crate) mod units;

pub use decision::*;
pub use fields::{choice_label, field_text, section_title, FieldText};
pub use problems::*;
pub use report::*;
pub use units::*;

use crate::report::RouteId;

// The calculator page
pub const PRESETS_LABEL: &str = "Start from an example";
pub const THEME_LABEL: &str = "Colour scheme";
pub const LANGUAGE_LABEL: &str = "Language";

/// A colour scheme's name on its button, by its key (`system`, `light`, `dark`).
pub fn theme_name(key: &str) -> &'static str {
    match key {
        "light" => "Light",
        "dark" => "Dark",
        _ => "Auto",
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

/// "1 month", "2.5 months", "36 months": every count of months on the page,
/// in the report and in sentences.
pub fn months(count: f64) -> String {
    if count == 1.0 {
        "1 month".to_owned()
    } else {
        format!("{} months", super::format::number(count))
    }
}
pub const COST_PER_MILLION_TOKENS: &str = "Cost per 1M tokens, all in";
pub const TIME_TO_MARKET: &str = "Serves users after";
pub const INVALID_INPUT_NOTE: &str =
    "Some input is not valid: the results below are for the last valid values.";
pub const FLEET_HEADING: &str = "Self-hosted fleet";
pub const FLEET_GPU: &str = "GPU";
pub const FLEET_GPUS_PER_REPLICA: &str = "GPUs per replica";
pub const FLEET_REPLICAS: &str = "Replicas at the busiest hour";
pub const FLEET_MEMORY_PER_REPLICA: &str = "Memory per replica";
pub const FLEET_WEIGHTS: &str = "Weights";
pub const FLEET_KV_PER_TOKEN: &str = "KV cache per token";
pub const FLEET_DECODE: &str = "Decode speed per replica";
pub const FLEET_DECODE_BATCH_1: &str = "Decode speed, one request";
pub const FLEET_BATCH: &str = "Batch";
pub const FLEET_PLAN: &str = "Rented or owned";
pub const FLEET_PRECISION: &str = "Weights / KV cache";
pub const FLEET_BATCH_LIMIT: &str = "Batch limited by";
pub const FLEET_UTILISATION: &str = "Average utilisation";
pub const FLEET_GPU_HOURS: &str = "GPU-hours over the horizon";
pub const FLEET_COST_PER_GPU_HOUR: &str = "Compute cost per GPU-hour";
pub const FLEET_RESERVED: &str = "Reserved replicas";
/// How the fleet's GPUs are had: bought, or rented on which plan.
pub fn fleet_plan(
    deployment: crate::profile::Deployment,
    plan: Option<crate::profile::RentalPlan>,
) -> &'static str {
    use crate::profile::{Deployment, RentalPlan};
    match (deployment, plan) {
        (Deployment::Owned, _) => "Bought and owned, sized for the peak",
        (_, Some(RentalPlan::AlwaysOn)) => "Rented, always on for the peak",
        (_, Some(RentalPlan::Reserved)) => "Rented, reserved base plus on-demand burst",
        (_, _) => "Rented, autoscaled by the hour",
    }
}
/// What limits a replica's batch, inside a sentence: "limited by memory".
pub fn batch_limit_name(limit: crate::sizing::BatchLimit) -> &'static str {
    match limit {
        crate::sizing::BatchLimit::Memory => "memory",
        crate::sizing::BatchLimit::Latency => "the latency target",
        crate::sizing::BatchLimit::LatencyMissed => "the latency target (missed even at 1)",
    }
}
/// What limits a replica's batch, as a value on its own.
pub fn batch_limit_label(limit: crate::sizing::BatchLimit) -> &'static str {
    match limit {
        crate::sizing::BatchLimit::Memory => "Memory",
        crate::sizing::BatchLimit::Latency => "Latency target",
        crate::sizing::BatchLimit::LatencyMissed => "Latency target, missed even at batch 1",
    }
}
/// "FP8 / FP8": the precisions of the weights and of the KV cache.
pub fn fleet_precisions(
    weights: crate::profile::Precision,
    kv: crate::profile::Precision,
) -> String {
    format!(
        "{} / {}",
        weights.key().to_ascii_uppercase(),
        kv.key().to_ascii_uppercase()
    )
}
/// "2 (8 GPUs in all)": replicas, and the GPUs they take.
pub fn fleet_replicas(replicas: u32, gpus_total: u32) -> String {
    if gpus_total == 1 {
        format!("{replicas} (1 GPU in all)")
    } else {
        format!("{replicas} ({gpus_total} GPUs in all)")
    }
}
/// "223 (223 fit in memory)": the batch served, and the most that fits.
pub fn fleet_batch(batch: u32, fits: u32) -> String {
    format!("{batch} ({fits} fit in memory)")
}
/// "158 GB".
pub fn gigabytes(value: f64) -> String {
    format!("{} GB", super::format::compact(value))
}
/// "320 KiB", from bytes.
pub fn kibibytes(bytes: f64) -> String {
    format!("{} KiB", super::format::compact(bytes / 1024.0))
}
/// "6.6 k tokens/s".
pub fn tokens_per_second(value: f64) -> String {
    format!("{} tokens/s", super::format::compact(value))
}
/// "Self-hosted open weights breaks even with Closed API": a marker on the cumulative chart.
pub fn breaks_even_with(later: RouteId, earlier: RouteId) -> String {
    format!(
        "{} breaks even with {}",
        route_name(later),
        route_name(earlier)
    )
}
/// "cheapest in 34% of draws".
pub fn cheapest_in_draws(probability: f64) -> String {
    format!(
        "cheapest in {} of draws",
        super::format::percent(probability)
    )
}
/// " (as of 2025-06-01)": after an assumption's source.
pub fn as_of(date: &str) -> String {
    format!(" (as of {date})")
}
/// "Reset GPU-hour price": the accessible name of one assumption's reset button.
pub fn reset_one(label: &str) -> String {
    format!("{RESET_ONE_LABEL} {label}")
}
/// "Llama 3.3 70B Instruct on Together AI": a managed offer in the form's list.
pub fn offer_option(model: &str, provider: &str) -> String {
    format!("{model} on {provider}")
}
/// The group of a catalog list's current rows, when the list also has older ones.
pub const OPTIONS_CURRENT: &str = "Current";
/// The group of a catalog list's older rows, listed after the current ones.
pub const OPTIONS_LEGACY: &str = "Older (kept for saved scenarios and links)";
pub const FLEET_LATENCY_MISSED: &str =
    "Even one request at a time misses the latency target on this GPU.";
pub const COST_CATEGORIES: [&str; 6] = [
    "Tokens",
    "Compute",
    "People",
    "Reaching target quality",
    "Time-to-market delay",
    "Risk and compliance",
];
pub const COST_BARS_TITLE: &str = "Total cost per route, by category";
pub const CUMULATIVE_TITLE_CASH: &str = "Cumulative cash spent over time";
pub const CUMULATIVE_TITLE_PNL: &str = "Cumulative cost over time, as booked";
pub const CUMULATIVE_VIEW_LABEL: &str = "Count bought GPUs as";
pub const CUMULATIVE_VIEW_CASH: &str = "Cash";
pub const CUMULATIVE_VIEW_PNL: &str = "Profit and loss";
pub const CUMULATIVE_NOTE_CASH: &str =
    "Bought GPUs count in full in the month they are paid for, and their resale when retired: where the lines cross, the GPUs have paid for themselves.";
pub const CUMULATIVE_NOTE_PNL: &str =
    "Bought GPUs are depreciated straight-line to their resale value over their service life, as an accountant books them.";
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
pub const REASONS_HEADING: &str = "Why";
pub const FLIP_POINTS_HEADING: &str = "What would change the answer";
pub const MORE_FLIP_POINTS: &str = "More flip points";
pub const FACTORS_TITLE: &str = "Suitability: each factor's contribution";
pub const FACTORS_UNIT: &str = "points";
pub const RANGES_TITLE: &str = "Total cost range (P10–P90) and chance of being cheapest";
pub const TORNADO_TITLE: &str = "What moves the difference between the two leading routes";

/// "High confidence (92%)": the verdict's confidence line.
pub fn confidence_line(level: crate::decision::Confidence, confidence: f64) -> String {
    let name = match level {
        crate::decision::Confidence::High => "High",
        crate::decision::Confidence::Medium => "Medium",
        crate::decision::Confidence::Low => "Low",
    };
    format!("{name} confidence ({})", super::format::percent(confidence))
}
/// "Total cost over 36 months": under a route's total.
pub fn total_over(months: f64) -> String {
    format!("Total cost over {}", self::months(months))
}
/// "$1.2 M (36 months)": a total with the horizon it covers.
pub fn total_with_horizon(total: &str, months: f64) -> String {
    format!("{total} ({})", self::months(months))
}
/// "Low setting: $1.2 M": a value after its label.
pub fn labelled(label: &str, value: &str) -> String {
    format!("{label}: {value}")
}
/// "Self-hosting breaks even with Closed API (Month 14)": a marked point and where it is.
pub fn marker_at(label: &str, axis_label: &str, x: f64) -> String {
    format!("{label} ({axis_label} {})", super::format::number(x))
}
/// "More flip points (5)", "Show every assumption (61)": a label with how many it hides.
pub fn with_count(label: &str, count: usize) -> String {
    format!("{label} ({})", super::format::whole(count as f64))
}

/// A readable name for a profile path:
/// `routes.closed_api.staff.ml_engineers` -> "Routes › closed api › staff › ml engineers".
pub fn path_label(path: &str) -> String {
    let trimmed = path.strip_prefix("assumptions.").unwrap_or(path);
    let words = trimmed.replace('_', " ").replace('.', " › ");
    let mut letters = words.chars();
    match letters.next() {
        Some(first) => format!("{}{}", first.to_ascii_uppercase(), letters.as_str()),
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

// Scenarios, links, files, storage
pub const SCENARIOS_HEADING: &str = "Scenarios";
pub const WORKING_ON: &str = "Working on";
pub const CHANGED_SINCE_SAVED: &str = "changed since it was saved";
pub const SAVE_CHANGES: &str = "Save changes";
pub const NOT_A_SCENARIO: &str =
    "An unnamed profile (kept in this browser). Save it as a scenario to keep it under a name.";
pub const SCENARIO_NAME_LABEL: &str = "Scenario name";
pub const SAVE_AS_BUTTON: &str = "Save as new scenario";
pub const NO_SCENARIOS: &str = "No saved scenarios yet.";
pub const OPEN: &str = "Open";
pub const OPEN_NOW: &str = "open now";
pub const RENAME: &str = "Rename";
pub const RENAME_SAVE: &str = "Save name";
pub const CANCEL: &str = "Cancel";
pub const DUPLICATE: &str = "Duplicate";
pub const DELETE: &str = "Delete";
pub const COMPARE: &str = "Compare";
pub const UNDO: &str = "Undo";
pub const DISMISS: &str = "Dismiss";
pub const DOWNLOAD_UNREADABLE: &str = "Download the unreadable data";
pub const UNREADABLE_FILE_NAME: &str = "open-or-closed-unreadable-data.json";
pub const UNSAVED_WORK_NAME: &str = "Unsaved work";
pub const SHARED_SCENARIO_NAME: &str = "Shared scenario";
pub const SHARE_HEADING: &str = "Share and export";
pub const COPY_LINK: &str = "Copy link";
pub const LINK_COPIED: &str = "Link copied. Whoever opens it sees this scenario; the profile travels inside the link (after the #) and is never sent to a server.";
pub const LINK_NOT_COPIED: &str =
    "The browser did not allow copying to the clipboard. Select and copy the link below:";
pub const DOWNLOAD_HEADING: &str = "Download";
pub const EXPORT_JSON: &str = "Profile (JSON)";
pub const EXPORT_MARKDOWN: &str = "Report (Markdown)";
pub const EXPORT_CSV: &str = "Monthly costs (CSV)";
pub const PRINT: &str = "Print";
pub const DOWNLOAD_FAILED: &str = "The browser did not start the download.";
pub const IMPORT_BUTTON: &str = "Import a profile (JSON)";
pub const IMPORT_HINT: &str = "or drop a JSON file anywhere on the page; at most 1 MiB.";
pub const DROP_HERE: &str = "Drop the profile to import it";
pub const IMPORT_NOT_READ: &str = "The browser could not read the file.";
pub const COMPARE_HEADING: &str = "Scenarios side by side";
pub const COMPARE_HINT: &str =
    "Tick “Compare” on two or three scenarios to see them side by side (a fourth tick replaces the first).";
pub const COMPARE_TOTAL: &str = "total";
pub const COMPARE_RECOMMENDED: &str = "Recommended route";
pub const COMPARE_INPUTS: &str = "Inputs that differ";
pub const COMPARE_SAME_INPUTS: &str = "Every input is the same.";
pub const COMPARE_CLOSE: &str = "Close the comparison";
pub const STORAGE_UNAVAILABLE: &str = "This browser does not let the page keep your work (storage is turned off, as in some private windows). It lasts until you close the tab: download the profile to keep it.";
pub const STORAGE_FULL: &str = "The browser's storage is full, so your latest changes are not saved. Download the profile to keep it, or delete scenarios you no longer need.";
pub const STORAGE_NEWER_KEPT: &str = "This version leaves it untouched and saves nothing, so the newer one finds it again; you can also download it.";
pub const STORAGE_AFTER_CRASH: &str = "The page stopped on an internal error last time, so it started from the defaults, in case the saved data caused it.";
pub const STORAGE_TAKEN_OVER: &str = "The calculator is open in another tab or window, which has saved its own changes. So as not to overwrite them, this tab has stopped saving: reload it to continue with what was saved there (download this profile first to keep it).";
pub const RELOAD: &str = "Reload";
pub const LINK_FROM_FILE: &str = "This copy of the calculator is a file on your computer, so a link to it would open nothing for anyone else. Share the profile file instead (Download → Profile (JSON)).";
pub const DISMISS_NOTICE: &str = "Dismiss this notice";
pub const UPDATE_NOT_SAVED: &str =
    "Your work in this tab is not saved: download the profile before reloading.";
pub const STORAGE_NOT_BACKED_UP: &str = "It could not be copied aside, so this visit saves nothing (nothing overwrites it). Download it to keep it.";
pub const STORAGE_PARTLY_READ: &str =
    "Some saved profiles could not be used and were set aside; the rest is restored.";
pub const RECOVERY_HEADING: &str = "Something went wrong";
pub const RECOVERY_TEXT: &str = "The calculator hit an internal error and stopped. Download the profile you were working on to keep it. Reloading starts the page again from the defaults; what this browser had saved is kept aside and offered for download.";
pub const RECOVERY_DOWNLOAD: &str = "Download the profile (JSON)";
pub const RECOVERY_RELOAD: &str = "Reload the page";

pub fn storage_backed_up(key: &str) -> String {
    format!("A copy of the data as it was is kept in this browser's storage under “{key}”, and you can download it.")
}
pub fn unsaved_work_kept(name: &str) -> String {
    format!("Your unsaved changes were kept as the scenario “{name}”.")
}
pub fn scenario_saved(name: &str) -> String {
    format!("Saved as the scenario “{name}”.")
}
pub fn scenario_updated(name: &str) -> String {
    format!("Saved your changes into “{name}”.")
}
pub fn unsaved_changes_name(name: &str) -> String {
    format!("{name} (unsaved changes)")
}
pub fn scenario_opened(name: &str) -> String {
    format!("Opened “{name}”.")
}
pub fn scenario_duplicated(name: &str) -> String {
    format!("Added the copy “{name}”.")
}
pub fn scenario_deleted(name: &str) -> String {
    format!("Deleted “{name}”.")
}
pub fn scenario_restored(name: &str) -> String {
    format!("Brought back “{name}”.")
}
pub fn name_refused(error: &crate::number_input::FieldError) -> String {
    format!(
        "“{}” cannot be a scenario name: use {}.",
        given(&error.given),
        allowed(&error.allowed)
    )
}
pub fn link_opened(name: &str) -> String {
    format!(
        "Opened the shared link as the new scenario “{name}”. Your own scenarios are unchanged."
    )
}
pub fn link_already_saved(name: &str) -> String {
    format!("This link's scenario is already saved as “{name}”: it is open now.")
}
pub fn link_refused(error: &crate::share_link::ShareLinkError) -> String {
    format!("{} Your own data is unchanged.", share_link_error(error))
}
pub fn import_opened(file_name: &str, name: &str) -> String {
    format!("Imported “{file_name}” as the new scenario “{name}”.")
}
pub fn import_refused(file_name: &str, headline: &str) -> String {
    format!("“{file_name}” was not imported. {headline}")
}
/// "Open Bank", "Delete Bank": a button's accessible name.
pub fn action_on(action: &str, name: &str) -> String {
    format!("{action} “{name}”")
}
