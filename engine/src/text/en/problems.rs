//! English for what went wrong and what is allowed: field validation, typed
//! numbers, share links, imports, saved data and profile versions.
//!
//! An "allowed" text completes "enter …" (see [`given_not_allowed`]), so it
//! starts in lower case: "a number from 0 to 1 (a fraction)".

use serde_json::Value;

use crate::number_input::FieldError;
use crate::saved::{ProfileProblem, ProfileSlot};
use crate::text::format;

/// A count or position: 9000 -> "9,000".
fn count(value: usize) -> String {
    format::whole(value as f64)
}

/// "a", "a or b", "a, b or c".
fn or_list(items: &[String]) -> String {
    match items.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => items.join(""),
    }
}

/// "" for one, "s" for any other count.
fn plural(count: usize) -> &'static str {
    if count == 1 {
        ""
    } else {
        "s"
    }
}

// A field's problem

/// A field's problem when nothing was given: "Enter a number from 0 to 100 tokens."
pub fn enter_allowed(allowed: &str) -> String {
    format!("Enter {allowed}.")
}

/// A field's problem: "“-3” is not allowed: enter a number from 0 to 100 tokens."
pub fn given_not_allowed(given: &str, allowed: &str) -> String {
    format!("“{given}” is not allowed: enter {allowed}.")
}

/// One problem with its field: "workload.batch_share: “2” is not allowed: …".
pub fn problem_at(error: &FieldError) -> String {
    format!("{}: {error}", error.field)
}

/// "scenario “Bank”, workload.requests_per_month: …": a problem in one saved profile.
pub fn slot_problem_at(slot: &ProfileSlot, error: &FieldError) -> String {
    format!("{}, {}", profile_slot(slot), problem_at(error))
}

/// The first `shown` problems with their fields, then how many more:
/// "a: … b: … (and 2 more)".
pub fn problem_list(problems: &[FieldError], shown: usize) -> String {
    let listed: Vec<String> = problems.iter().take(shown).map(problem_at).collect();
    let mut text = listed.join(" ");
    if problems.len() > shown {
        text.push_str(&format!(" (and {} more)", count(problems.len() - shown)));
    }
    text
}

// What a field allows

/// "a number from 0 to 1,000 tokens"; no unit when `unit` is empty.
pub fn allowed_number_between(low: f64, high: f64, unit: &str) -> String {
    with_unit(
        format!(
            "a number from {} to {}",
            format::exact(low),
            format::exact(high)
        ),
        unit,
    )
}

/// "a number above 0 and at most 1 (a fraction)".
pub fn allowed_number_above_zero_up_to(high: f64, unit: &str) -> String {
    with_unit(
        format!("a number above 0 and at most {}", format::exact(high)),
        unit,
    )
}

/// "a whole number from 1 to 4,096 sequences"; no unit when `unit` is empty.
pub fn allowed_whole_number_between(low: u32, high: u32, unit: &str) -> String {
    with_unit(
        format!(
            "a whole number from {} to {}",
            format::whole(f64::from(low)),
            format::whole(f64::from(high))
        ),
        unit,
    )
}

/// "a percentage from -50 to 100 %" (`low` and `high` in percent).
pub fn allowed_percentage_between(low: f64, high: f64) -> String {
    format!(
        "a percentage from {} to {} %",
        format::exact(low),
        format::exact(high)
    )
}

/// `allowed`, or empty for the catalog's figure: "…, or nothing to use the catalog's figure".
pub fn or_nothing_for_catalog_figure(allowed: &str) -> String {
    format!("{allowed}, or nothing to use the catalog's figure")
}

fn with_unit(text: String, unit: &str) -> String {
    if unit.is_empty() {
        text
    } else {
        format!("{text} {unit}")
    }
}

/// "0 (automatic), 1, 2, 4, 8 or 16 GPUs".
pub fn allowed_gpus_per_replica(sizes: &[u32]) -> String {
    let sizes: Vec<String> = sizes
        .iter()
        .map(|size| format::whole(f64::from(*size)))
        .collect();
    format!("0 (automatic), {} GPUs", or_list(&sizes))
}

/// What `schema_version` allows: "1 (this engine reads version 1)".
pub fn allowed_schema_version(version: u32) -> String {
    format!("{version} (this engine reads version {version})")
}

/// "a name of 1 to 80 characters on one line".
pub fn allowed_name(max_chars: usize) -> String {
    format!("a name of 1 to {} characters on one line", count(max_chars))
}

pub const ALLOWED_NUMBER: &str = "a number";
pub const ALLOWED_WHOLE_NUMBER: &str = "a whole number";
pub const ALLOWED_NUMBER_OR_NOTHING: &str = "a number, or nothing to use the catalog's figure";
pub const ALLOWED_LISTED_CHOICE: &str = "one of the listed choices";
pub const ALLOWED_YES_OR_NO: &str = "yes or no";
pub const ALLOWED_PERCENTAGE: &str = "a percentage";
pub const ALLOWED_CLOSED_MODEL_ID: &str =
    "a closed model id from the catalog (run `open-or-closed-cli catalog`)";
pub const ALLOWED_HOSTED_OFFER_ID: &str = "a hosted offer id from the catalog";
pub const ALLOWED_OPEN_MODEL_ID: &str = "an open model id from the catalog";
pub const ALLOWED_GPU_ID: &str = "a GPU id from the catalog";
pub const ALLOWED_UNUSED_NAME: &str = "a name no other scenario has";

/// The suffix of a copy's name: " (copy)", then " (copy 2)", " (copy 3)", …
pub fn copy_suffix(number: usize) -> String {
    if number == 1 {
        format!(" ({COPY_MARK})")
    } else {
        format!(" ({COPY_MARK} {number})")
    }
}

/// The word that marks a copy's name, inside the brackets of [`copy_suffix`].
pub const COPY_MARK: &str = "copy";

// Reading JSON into a profile

/// "a number", "a list", … : what a JSON value is, for messages.
pub fn json_kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => ALLOWED_NUMBER,
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// Where a JSON reader stopped: "line 3, column 14".
pub fn json_position(line: usize, column: usize) -> String {
    format!("line {}, column {}", count(line), count(column))
}

pub const ALLOWED_PROFILE_OBJECT: &str = "a JSON object, { … }, holding the profile's fields";
pub const ALLOWED_FEWER_MISTAKES: &str = "a profile with fewer mistakes: fix these first";
pub const ALLOWED_GROUP_OF_FIELDS: &str = "a group of fields in braces, { … }";
pub const ALLOWED_TEXT: &str = "text in double quotes";
pub const ALLOWED_TRUE_OR_FALSE: &str = "true or false";
pub const ALLOWED_NUMBER_OR_NULL: &str = "a number, or null for the catalog's figure";
pub const ALLOWED_LIST: &str = "a list";
pub const ALLOWED_NO_FIELD: &str = "no field here: this group has no fields";
pub const ALLOWED_LISTED_NAME: &str = "one of the listed names, in double quotes";
/// Any whole number a `u64` holds (written out: as a float it would lose digits).
pub const ALLOWED_WHOLE_NUMBER_U64: &str = "a whole number from 0 to 18,446,744,073,709,551,615";
pub const ALLOWED_PROFILE_FIELD: &str = "a field of the profile";

/// The last entry of a list cut short: "more than 50 problems".
pub fn more_than_problems(limit: usize) -> String {
    format!("more than {} problems", count(limit))
}

/// "one of the fields this group has: a, b (no other field)".
pub fn allowed_fields_of_group(fields: &str) -> String {
    format!("one of the fields this group has: {fields} (no other field)")
}

/// "one of bf16, fp8, int8, int4".
pub fn allowed_one_of(names: &str) -> String {
    format!("one of {names}")
}

/// "all three of low, likely and high (missing: likely)".
pub fn allowed_whole_range(missing: &str) -> String {
    format!("all three of low, likely and high (missing: {missing})")
}

/// "a value of the field's type (…)", with the reader's own words.
pub fn allowed_field_type(reader_message: &str) -> String {
    format!("a value of the field's type ({reader_message})")
}

/// "a profile in JSON (…)", with the reader's own words.
pub fn allowed_profile_json(reader_message: &str) -> String {
    format!("a profile in JSON ({reader_message})")
}

// Profile versions

pub const NOT_A_JSON_OBJECT: &str = "not a JSON object";
pub const MIGRATION_NOT_AN_OBJECT: &str =
    "This is not a profile: a profile is a JSON object, { … }, holding its fields.";
pub const STEP_DID_NOT_RETURN_AN_OBJECT: &str = "the step did not return a JSON object";

/// Version numbers are labels: written plainly, never grouped.
pub fn migration_bad_version(given: &str, oldest: u32, newest: u32) -> String {
    format!(
        "The profile's schema_version is {given}; it must be a whole number from {oldest} to \
         {newest}."
    )
}

pub fn migration_from_newer_version(found: u64, newest: u32) -> String {
    format!(
        "This profile was made by a newer version of the calculator (profile version {found}); \
         this version reads profile versions up to {newest}. Open it with the newer version."
    )
}

pub fn migration_older_than_known(found: u64, oldest: u32) -> String {
    format!(
        "The profile's version {found} is not one the calculator ever wrote; versions start at \
         {oldest}."
    )
}

pub fn migration_missing_step(from: u32) -> String {
    format!(
        "This version of the calculator cannot update a version-{from} profile (a step is \
         missing; please report it)."
    )
}

pub fn migration_step_failed(from: u32, reason: &str) -> String {
    format!("The version-{from} profile could not be updated to the current version: {reason}")
}

/// What `schema_version` allows, with why the given one is refused.
pub fn allowed_profile_version(oldest: u32, newest: u32, why: &str) -> String {
    format!("a profile of version {oldest} to {newest} ({why})")
}

// Share links

pub const LINK_EMPTY: &str =
    "This link holds no scenario: nothing follows the #. Copy the whole link again.";
pub const LINK_NOT_A_LINK: &str = "This is not a scenario link: after the # it should have a version number, a dot, then only letters, digits, - and _ (like 1.eyJuYW1l…).";
pub const LINK_CUT_SHORT: &str = "its last characters do not fit together (it looks cut short)";
pub const LINK_NOT_TEXT: &str = "its content is not readable text";

pub fn link_too_long(chars: usize, max: usize) -> String {
    format!(
        "This link is too long to be a scenario link: it has {} characters after the #, and a \
         scenario link has at most {}. Copy the link again, on its own.",
        count(chars),
        count(max)
    )
}

pub fn link_from_newer_version(version: u32, newest: u32) -> String {
    format!(
        "This link was made by a newer version of the calculator (link format {version}); this \
         version reads link formats up to {newest}. Open it with the newer version."
    )
}

pub fn link_unknown_version(version: u32, newest: u32) -> String {
    format!(
        "This link's format ({version}) is not one the calculator ever made; link formats run \
         from 1 to {newest}. Check that the link was copied whole."
    )
}

pub fn link_damaged(detail: &str) -> String {
    format!("This link is cut short or damaged: {detail}. Copy the whole link again.")
}

pub fn link_wrong_fields(problems: &str) -> String {
    format!(
        "This link's scenario has fields this calculator does not know, or values of the wrong \
         type: {problems}"
    )
}

pub fn link_migration(error: &str) -> String {
    format!("This link's scenario cannot be opened. {error}")
}

pub fn link_invalid(problems: &str) -> String {
    format!("This link's scenario has values outside what is allowed: {problems}")
}

/// `character` is already escaped for display; `position` counts from 1.
pub fn link_bad_character(position: usize, character: &str) -> String {
    format!(
        "character {} after the version is “{character}”, and a link holds only letters, \
         digits, - and _ there",
        count(position)
    )
}

pub fn link_stops_making_sense(column: usize, length: usize) -> String {
    format!(
        "its content stops making sense at character {} of {}",
        count(column),
        count(length)
    )
}

/// `kind` from [`json_kind`].
pub fn link_holds_kind(kind: &str) -> String {
    format!("it holds {kind} where a scenario's fields belong")
}

// Imports

pub const IMPORT_TOO_LARGE: &str = "The file is too large to be a profile; nothing was changed.";
pub const IMPORT_NOT_JSON: &str = "The file is not readable JSON; nothing was changed.";
pub const IMPORT_VERSION: &str =
    "The file's profile version cannot be read by this calculator; nothing was changed.";
pub const ALLOWED_JSON_NOT_EMPTY: &str = "a profile in JSON: the file is empty";
pub const ALLOWED_COMPLETE_JSON: &str = "complete JSON: the text ends too soon, as if cut short";

pub fn import_wrong_fields(problems: usize) -> String {
    format!(
        "The file is not a profile this calculator can read ({} problem{}); nothing was changed.",
        count(problems),
        plural(problems)
    )
}

pub fn import_invalid(values: usize) -> String {
    format!(
        "The profile has {} value{} outside what is allowed; nothing was changed.",
        count(values),
        plural(values)
    )
}

/// A file's size: "1,048,588 bytes".
pub fn byte_count(bytes: u64) -> String {
    format!("{} bytes", format::whole(bytes as f64))
}

/// "a profile file of at most 1,048,576 bytes (1 MiB)".
pub fn allowed_import_size(max_bytes: usize) -> String {
    format!(
        "a profile file of at most {} bytes ({} MiB)",
        count(max_bytes),
        format::number(max_bytes as f64 / 1_048_576.0)
    )
}

/// `reader_message` is the JSON reader's own words.
pub fn allowed_well_formed_json(reader_message: &str) -> String {
    format!("well-formed JSON (the reader stopped here: {reader_message})")
}

// Saved data

pub const SAVED_NO_FORMAT_VERSION: &str = "it has no format_version";
pub const SAVED_NO_WORKING_PROFILE: &str = "it has no working profile";
pub const WORKING_PROFILE: &str = "the working profile";

/// Which saved profile: "the working profile", "scenario “Bank”".
pub fn profile_slot(slot: &ProfileSlot) -> String {
    match slot {
        ProfileSlot::Working => WORKING_PROFILE.to_owned(),
        ProfileSlot::Scenario { name, .. } => format!("scenario “{name}”"),
    }
}

pub fn saved_corrupt(detail: &str) -> String {
    format!(
        "The saved data cannot be read: {detail}. It may have been damaged, or written by \
         another program."
    )
}

/// Format numbers are labels: written plainly, never grouped.
pub fn saved_from_newer_version(found: u64, reads: u32) -> String {
    format!(
        "The saved data was written by a newer version of the calculator (saved-data format \
         {found}); this version reads format {reads}. Open the page with the newer version to \
         use it."
    )
}

/// "2 saved profiles cannot be used: the working profile: … scenario “Bad”: …",
/// each with its first `shown` problems.
pub fn saved_profiles_unusable(problems: &[ProfileProblem], shown: usize) -> String {
    let mut text = format!(
        "{} saved profile{} cannot be used:",
        count(problems.len()),
        plural(problems.len())
    );
    for problem in problems {
        text.push_str(&format!(
            " {}: {}",
            profile_slot(&problem.slot),
            problem_list(&problem.problems, shown)
        ));
    }
    text
}

pub fn saved_not_json(line: usize, column: usize) -> String {
    format!("it is not JSON ({})", json_position(line, column))
}

pub fn saved_holds_kind(kind: &str) -> String {
    format!("it holds {kind} instead of the saved scenarios")
}

pub fn saved_format_version_not_whole(given: &str) -> String {
    format!("its format_version is {given}, not a whole number")
}

pub fn saved_format_version_too_old(version: u64, first: u32) -> String {
    format!("its format_version is {version}, and formats start at {first}")
}

pub fn saved_scenarios_not_a_list(kind: &str) -> String {
    format!("its scenarios are {kind}, not a list")
}

pub fn saved_active_scenario_not_an_id(kind: &str) -> String {
    format!("its active_scenario is {kind}, not an id")
}

pub fn saved_unknown_field(key: &str) -> String {
    format!("it has an unknown field “{key}”")
}

pub fn saved_duplicate_id(id: &str) -> String {
    format!("two scenarios have the id “{id}”")
}

/// `number` counts the scenarios from 1.
pub fn saved_scenario_not_fields(number: usize) -> String {
    format!("scenario {} is not a group of fields", count(number))
}

pub fn saved_scenario_field_not_text(number: usize, key: &str) -> String {
    format!("scenario {}'s {key} is not text", count(number))
}

pub fn saved_scenario_missing_field(number: usize, key: &str) -> String {
    format!("scenario {} has no {key}", count(number))
}

pub fn saved_scenario_empty_id(number: usize) -> String {
    format!("scenario {} has an empty id", count(number))
}

pub fn saved_scenario_unknown_field(number: usize, key: &str) -> String {
    format!("scenario {} has an unknown field “{key}”", count(number))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::en::units::*;

    #[test]
    fn ranges_read_as_a_person_writes_them() {
        assert_eq!(
            allowed_number_between(0.0, 1e12, UNIT_REQUESTS_PER_MONTH),
            "a number from 0 to 1,000,000,000,000 requests per month"
        );
        assert_eq!(
            allowed_number_between(-0.5, 0.99, UNIT_FRACTION_NOTE),
            "a number from -0.5 to 0.99 (a fraction)"
        );
        assert_eq!(
            allowed_number_between(0.0, 100.0, ""),
            "a number from 0 to 100"
        );
        assert_eq!(
            allowed_number_above_zero_up_to(1e6, UNIT_EUR_PER_USD),
            "a number above 0 and at most 1,000,000 EUR per USD"
        );
        assert_eq!(
            allowed_whole_number_between(1, 4096, UNIT_SEQUENCES),
            "a whole number from 1 to 4,096 sequences"
        );
        assert_eq!(
            allowed_whole_number_between(0, u32::MAX, ""),
            "a whole number from 0 to 4,294,967,295"
        );
        assert_eq!(
            allowed_percentage_between(-50.0, 100.0),
            "a percentage from -50 to 100 %"
        );
        assert_eq!(
            or_nothing_for_catalog_figure("a number from 0 to 1,000 USD per GPU-hour"),
            "a number from 0 to 1,000 USD per GPU-hour, or nothing to use the catalog's figure"
        );
    }

    #[test]
    fn lists_and_counts() {
        assert_eq!(
            allowed_gpus_per_replica(&[1, 2, 4, 8, 16]),
            "0 (automatic), 1, 2, 4, 8 or 16 GPUs"
        );
        assert_eq!(allowed_gpus_per_replica(&[1]), "0 (automatic), 1 GPUs");
        assert_eq!(allowed_name(80), "a name of 1 to 80 characters on one line");
        assert_eq!(copy_suffix(1), " (copy)");
        assert_eq!(copy_suffix(3), " (copy 3)");
        assert_eq!(
            import_wrong_fields(1),
            "The file is not a profile this calculator can read (1 problem); nothing was changed."
        );
        assert_eq!(
            import_invalid(1200),
            "The profile has 1,200 values outside what is allowed; nothing was changed."
        );
        assert_eq!(
            allowed_import_size(1_048_576),
            "a profile file of at most 1,048,576 bytes (1 MiB)"
        );
        assert_eq!(byte_count(1_048_588), "1,048,588 bytes");
        assert_eq!(json_position(1200, 3), "line 1,200, column 3");
        assert_eq!(
            link_too_long(9000, 8192),
            "This link is too long to be a scenario link: it has 9,000 characters after the #, \
             and a scenario link has at most 8,192. Copy the link again, on its own."
        );
        assert_eq!(
            link_stops_making_sense(8, 1500),
            "its content stops making sense at character 8 of 1,500"
        );
        assert_eq!(
            saved_scenario_field_not_text(2, "saved_at"),
            "scenario 2's saved_at is not text"
        );
    }

    #[test]
    fn problems_are_listed_with_their_fields_and_cut_short() {
        let problem = |field: &str| FieldError {
            field: field.to_owned(),
            given: "2".to_owned(),
            allowed: "a number from 0 to 1".to_owned(),
        };
        let problems = [problem("a"), problem("b"), problem("c")];
        assert_eq!(
            problem_list(&problems, 5),
            "a: “2” is not allowed: enter a number from 0 to 1. b: “2” is not allowed: enter a \
             number from 0 to 1. c: “2” is not allowed: enter a number from 0 to 1."
        );
        assert_eq!(
            problem_list(&problems, 1),
            "a: “2” is not allowed: enter a number from 0 to 1. (and 2 more)"
        );
        assert_eq!(enter_allowed("a number"), "Enter a number.");
        let unusable = [ProfileProblem {
            slot: ProfileSlot::Working,
            problems: vec![problem("a")],
        }];
        assert_eq!(
            saved_profiles_unusable(&unusable, 5),
            "1 saved profile cannot be used: the working profile: a: “2” is not allowed: enter \
             a number from 0 to 1."
        );
    }
}
