//! English for what went wrong and what is allowed: field validation, typed
//! numbers, share links, imports, saved data and profile versions.
//!
//! An "allowed" text completes "enter …" (see [`field_problem`]), so it
//! starts in lower case: "a number from 0 to 1 (a fraction)".

use crate::import::{ImportErrorKind, ImportErrors};
use crate::migrate::{MigrationError, StepFailure, OLDEST_SCHEMA_VERSION};
use crate::number_input::{Allowed, FieldError, GivenValue, JsonKind};
use crate::profile::SCHEMA_VERSION;
use crate::saved::{
    Corruption, ProfileProblem, ProfileSlot, SavedStateError, PROBLEMS_SHOWN as SAVED_SHOWN,
    SAVED_FORMAT_VERSION,
};
use crate::share_link::{
    Damage, ShareLinkError, LINK_VERSION, MAX_LINK_CHARS, PROBLEMS_SHOWN as LINK_SHOWN,
};
use crate::text::format;
use crate::text::plural::{english, Plural};
use crate::unit::Unit;

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

// A field's problem

/// What was given, as a problem quotes it: the text as typed, a number
/// exactly, "line 3, column 14", "1,048,588 bytes", …
pub fn given(given: &GivenValue) -> String {
    match given {
        GivenValue::Text(text) => text.clone(),
        GivenValue::Number(value) => format::exact(*value),
        GivenValue::JsonKind(kind) => json_kind(*kind).to_owned(),
        GivenValue::Position { line, column } => json_position(*line, *column),
        GivenValue::Bytes(bytes) => byte_count(*bytes),
        GivenValue::MoreThanProblems(limit) => more_than_problems(*limit),
        GivenValue::NotAnObject => "not a JSON object".to_owned(),
    }
}

/// A field's problem: "“-3” is not allowed: enter a number from 0 to 100
/// tokens.", or, when nothing was given, "Enter a number from 0 to 100 tokens."
pub fn field_problem(error: &FieldError) -> String {
    let allowed = allowed(&error.allowed);
    if error.given.is_empty() {
        format!("Enter {allowed}.")
    } else {
        format!(
            "“{}” is not allowed: enter {allowed}.",
            given(&error.given).trim()
        )
    }
}

/// One problem with its field: "workload.batch_share: “2” is not allowed: …".
pub fn problem_at(error: &FieldError) -> String {
    format!("{}: {}", error.field, field_problem(error))
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

/// What is allowed, completing "enter …": "a number from 0 to 1,000 tokens",
/// "a whole number from 1 to 4,096 sequences", "0 (automatic), 1, 2, 4, 8 or
/// 16 GPUs", …
pub fn allowed(allowed: &Allowed) -> String {
    match allowed {
        Allowed::NumberBetween { low, high, unit } => number_between(*low, *high, *unit),
        Allowed::NumberBetweenOrNothing { low, high, unit } => format!(
            "{}, or nothing to use the catalog's figure",
            number_between(*low, *high, *unit)
        ),
        Allowed::NumberAboveZeroUpTo { high, unit } => with_unit(
            format!("a number above 0 and at most {}", format::exact(*high)),
            *unit,
        ),
        Allowed::WholeNumberBetween { low, high, unit } => with_unit(
            format!(
                "a whole number from {} to {}",
                format::whole(f64::from(*low)),
                format::whole(f64::from(*high))
            ),
            *unit,
        ),
        // Written out: as a float it would lose digits.
        Allowed::WholeNumberU64 => "a whole number from 0 to 18,446,744,073,709,551,615".to_owned(),
        Allowed::PercentageBetween { low, high } => format!(
            "a percentage from {} to {} %",
            format::exact(*low),
            format::exact(*high)
        ),
        Allowed::Number => "a number".to_owned(),
        Allowed::WholeNumber => "a whole number".to_owned(),
        Allowed::NumberOrNothing => "a number, or nothing to use the catalog's figure".to_owned(),
        Allowed::NumberOrNull => "a number, or null for the catalog's figure".to_owned(),
        Allowed::ListedChoice => "one of the listed choices".to_owned(),
        Allowed::OneOf(keys) => match keys.as_slice() {
            [only] => only.clone(),
            [first, second] => format!("{first} or {second}"),
            keys => format!("one of {}", keys.join(", ")),
        },
        Allowed::YesOrNo => "yes or no".to_owned(),
        Allowed::Percentage => "a percentage".to_owned(),
        Allowed::ClosedModelId => {
            "a closed model id from the catalog (run `open-or-closed-cli catalog`)".to_owned()
        }
        Allowed::HostedOfferId => "a hosted offer id from the catalog".to_owned(),
        Allowed::OpenModelId => "an open model id from the catalog".to_owned(),
        Allowed::GpuId => "a GPU id from the catalog".to_owned(),
        Allowed::GpusPerReplica(sizes) => {
            let sizes: Vec<String> = sizes
                .iter()
                .map(|size| format::whole(f64::from(*size)))
                .collect();
            format!("0 (automatic), {} GPUs", or_list(&sizes))
        }
        // Version numbers are labels: written plainly, never grouped.
        Allowed::SchemaVersion(version) => {
            format!("{version} (this engine reads version {version})")
        }
        Allowed::ProfileVersion {
            oldest,
            newest,
            why,
        } => format!(
            "a profile of version {oldest} to {newest} ({})",
            migration_error(why)
        ),
        Allowed::Name { max_chars } => {
            format!(
                "a name of 1 to {} characters on one line",
                count(*max_chars)
            )
        }
        Allowed::UnusedName => "a name no other scenario has".to_owned(),
        Allowed::ProfileObject => "a JSON object, { … }, holding the profile's fields".to_owned(),
        Allowed::FewerMistakes => "a profile with fewer mistakes: fix these first".to_owned(),
        Allowed::GroupOfFields => "a group of fields in braces, { … }".to_owned(),
        Allowed::Text => "text in double quotes".to_owned(),
        Allowed::TrueOrFalse => "true or false".to_owned(),
        Allowed::List => "a list".to_owned(),
        Allowed::NoField => "no field here: this group has no fields".to_owned(),
        Allowed::ListedName => "one of the listed names, in double quotes".to_owned(),
        Allowed::ProfileField => "a field of the profile".to_owned(),
        Allowed::FieldsOfGroup(keys) => format!(
            "one of the fields this group has: {} (no other field)",
            keys.join(", ")
        ),
        Allowed::WholeRange { missing } => {
            format!("all three of low, likely and high (missing: {missing})")
        }
        Allowed::FieldType { detail } => format!("a value of the field's type ({detail})"),
        Allowed::ProfileJson { detail } => format!("a profile in JSON ({detail})"),
        Allowed::ReaderSays(words) => words.clone(),
        Allowed::ImportSize { max_bytes } => format!(
            "a profile file of at most {} bytes ({} MiB)",
            count(*max_bytes),
            format::number(*max_bytes as f64 / 1_048_576.0)
        ),
        Allowed::JsonNotEmpty => "a profile in JSON: the file is empty".to_owned(),
        Allowed::CompleteJson => {
            "complete JSON: the text ends too soon, as if cut short".to_owned()
        }
        Allowed::WellFormedJson { detail } => {
            format!("well-formed JSON (the reader stopped here: {detail})")
        }
    }
}

/// "a number from 0 to 1,000 tokens"; no unit for [`Unit::None`].
fn number_between(low: f64, high: f64, unit: Unit) -> String {
    with_unit(
        format!(
            "a number from {} to {}",
            format::exact(low),
            format::exact(high)
        ),
        unit,
    )
}

fn with_unit(text: String, unit: Unit) -> String {
    match super::unit(unit) {
        "" => text,
        words => format!("{text} {words}"),
    }
}

/// The word that marks a copy's name: "Bank (copy)", "Bank (copy 2)" (see
/// `saved::names::duplicate_name`).
pub const COPY_MARK: &str = "copy";

// Reading JSON into a profile

/// "a number", "a list", … : what a JSON value is, for messages.
pub fn json_kind(kind: JsonKind) -> &'static str {
    match kind {
        JsonKind::Null => "null",
        JsonKind::Bool => "true or false",
        JsonKind::Number => "a number",
        JsonKind::String => "text",
        JsonKind::Array => "a list",
        JsonKind::Object => "an object",
    }
}

/// Where a JSON reader stopped: "line 3, column 14".
pub fn json_position(line: usize, column: usize) -> String {
    format!("line {}, column {}", count(line), count(column))
}

/// The last entry of a list cut short: "more than 50 problems".
pub fn more_than_problems(limit: usize) -> String {
    format!("more than {} problems", count(limit))
}

// Profile versions

/// Why a profile could not be brought to the current version, as sentences.
/// Version numbers are labels: written plainly, never grouped.
pub fn migration_error(error: &MigrationError) -> String {
    match error {
        MigrationError::NotAnObject => {
            "This is not a profile: a profile is a JSON object, { … }, holding its fields."
                .to_owned()
        }
        MigrationError::BadVersion { given } => format!(
            "The profile's schema_version is {given}; it must be a whole number from \
             {OLDEST_SCHEMA_VERSION} to {SCHEMA_VERSION}."
        ),
        MigrationError::FromNewerVersion { found, newest } => format!(
            "This profile was made by a newer version of the calculator (profile version \
             {found}); this version reads profile versions up to {newest}. Open it with the \
             newer version."
        ),
        MigrationError::OlderThanKnown { found, oldest } => format!(
            "The profile's version {found} is not one the calculator ever wrote; versions start \
             at {oldest}."
        ),
        MigrationError::MissingStep { from } => format!(
            "This version of the calculator cannot update a version-{from} profile (a step is \
             missing; please report it)."
        ),
        MigrationError::StepFailed { from, reason } => match reason {
            StepFailure::NotAnObject => format!(
                "The version-{from} profile could not be updated to the current version: the \
                 step did not return a JSON object"
            ),
            StepFailure::NotANumber { field } => format!(
                "The version-{from} profile could not be updated to the current version: \
                 {field} must be a number."
            ),
        },
    }
}

// Share links

/// Why a link could not be opened, as sentences.
pub fn share_link_error(error: &ShareLinkError) -> String {
    match error {
        ShareLinkError::Empty => {
            "This link holds no scenario: nothing follows the #. Copy the whole link again."
                .to_owned()
        }
        ShareLinkError::TooLong { chars } => format!(
            "This link is too long to be a scenario link: it has {} characters after the #, and \
             a scenario link has at most {}. Copy the link again, on its own.",
            count(*chars),
            count(MAX_LINK_CHARS)
        ),
        ShareLinkError::NotALink => "This is not a scenario link: after the # it should have a \
             version number, a dot, then only letters, digits, - and _ (like 1.eyJuYW1l…)."
            .to_owned(),
        ShareLinkError::FromNewerVersion { version } => format!(
            "This link was made by a newer version of the calculator (link format {version}); \
             this version reads link formats up to {LINK_VERSION}. Open it with the newer \
             version."
        ),
        ShareLinkError::UnknownVersion { version } => format!(
            "This link's format ({version}) is not one the calculator ever made; link formats \
             run from 1 to {LINK_VERSION}. Check that the link was copied whole."
        ),
        ShareLinkError::Damaged { detail } => format!(
            "This link is cut short or damaged: {}. Copy the whole link again.",
            link_damage(detail)
        ),
        ShareLinkError::WrongFields { problems } => format!(
            "This link's scenario has fields this calculator does not know, or values of the \
             wrong type: {}",
            problem_list(problems, LINK_SHOWN)
        ),
        ShareLinkError::Migration(error) => format!(
            "This link's scenario cannot be opened. {}",
            migration_error(error)
        ),
        ShareLinkError::Invalid { problems } => format!(
            "This link's scenario has values outside what is allowed: {}",
            problem_list(problems, LINK_SHOWN)
        ),
    }
}

/// What is wrong with a damaged link, completing "This link is cut short or damaged: …".
pub fn link_damage(damage: &Damage) -> String {
    match damage {
        // `position` counts from 1.
        Damage::BadCharacter {
            position,
            character,
        } => format!(
            "character {} after the version is “{}”, and a link holds only letters, digits, - \
             and _ there",
            count(*position),
            character.escape_default()
        ),
        Damage::CutShort => {
            "its last characters do not fit together (it looks cut short)".to_owned()
        }
        Damage::NotText => "its content is not readable text".to_owned(),
        Damage::StopsMakingSense { column, length } => format!(
            "its content stops making sense at character {} of {}",
            count(*column),
            count(*length)
        ),
        Damage::HoldsKind(kind) => format!(
            "it holds {} where a scenario's fields belong",
            json_kind(*kind)
        ),
    }
}

// Imports

/// One sentence saying why an import was refused, for above its list of problems.
pub fn import_headline(errors: &ImportErrors) -> String {
    let problems = errors.problems.len();
    match errors.kind {
        ImportErrorKind::TooLarge => {
            "The file is too large to be a profile; nothing was changed.".to_owned()
        }
        ImportErrorKind::NotJson => {
            "The file is not readable JSON; nothing was changed.".to_owned()
        }
        ImportErrorKind::Version => {
            "The file's profile version cannot be read by this calculator; nothing was changed."
                .to_owned()
        }
        ImportErrorKind::WrongFields => match english(problems as f64) {
            Plural::One => format!(
                "The file is not a profile this calculator can read ({} problem); nothing was \
                 changed.",
                count(problems)
            ),
            Plural::Other => format!(
                "The file is not a profile this calculator can read ({} problems); nothing was \
                 changed.",
                count(problems)
            ),
        },
        ImportErrorKind::Invalid => match english(problems as f64) {
            Plural::One => format!(
                "The profile has {} value outside what is allowed; nothing was changed.",
                count(problems)
            ),
            Plural::Other => format!(
                "The profile has {} values outside what is allowed; nothing was changed.",
                count(problems)
            ),
        },
    }
}

/// The headline, then each problem on its own line ("- field: …"): the
/// command line's and the tests' whole account of a refused import.
pub fn import_errors(errors: &ImportErrors) -> String {
    let mut text = import_headline(errors);
    for problem in &errors.problems {
        text.push_str("\n- ");
        text.push_str(&problem_at(problem));
    }
    text
}

/// A file's size: "1,048,588 bytes".
pub fn byte_count(bytes: u64) -> String {
    format!("{} bytes", format::whole(bytes as f64))
}

// Saved data

/// Which saved profile: "the working profile", "scenario “Bank”".
pub fn profile_slot(slot: &ProfileSlot) -> String {
    match slot {
        ProfileSlot::Working => "the working profile".to_owned(),
        ProfileSlot::Scenario { name, .. } => format!("scenario “{name}”"),
    }
}

/// Why saved data could not be used as it is, as sentences.
/// Format numbers are labels: written plainly, never grouped.
pub fn saved_state_error(error: &SavedStateError) -> String {
    match error {
        SavedStateError::Corrupt { detail } => format!(
            "The saved data cannot be read: {}. It may have been damaged, or written by another \
             program.",
            saved_corruption(detail)
        ),
        SavedStateError::FromNewerVersion { found } => format!(
            "The saved data was written by a newer version of the calculator (saved-data format \
             {found}); this version reads format {SAVED_FORMAT_VERSION}. Open the page with the \
             newer version to use it."
        ),
        SavedStateError::Profiles { problems, .. } => {
            saved_profiles_unusable(problems, SAVED_SHOWN)
        }
    }
}

/// "2 saved profiles cannot be used: the working profile: … scenario “Bad”: …",
/// each with its first `shown` problems.
fn saved_profiles_unusable(problems: &[ProfileProblem], shown: usize) -> String {
    let mut text = match english(problems.len() as f64) {
        Plural::One => format!("{} saved profile cannot be used:", count(problems.len())),
        Plural::Other => format!("{} saved profiles cannot be used:", count(problems.len())),
    };
    for problem in problems {
        text.push_str(&format!(
            " {}: {}",
            profile_slot(&problem.slot),
            problem_list(&problem.problems, shown)
        ));
    }
    text
}

/// What is wrong with saved data that is not the envelope, completing "The
/// saved data cannot be read: …". Scenario numbers count from 1.
pub fn saved_corruption(corruption: &Corruption) -> String {
    match corruption {
        Corruption::NotJson { line, column } => {
            format!("it is not JSON ({})", json_position(*line, *column))
        }
        Corruption::HoldsKind(kind) => {
            format!(
                "it holds {} instead of the saved scenarios",
                json_kind(*kind)
            )
        }
        Corruption::NoFormatVersion => "it has no format_version".to_owned(),
        Corruption::FormatVersionNotWhole { given } => {
            format!("its format_version is {given}, not a whole number")
        }
        Corruption::FormatVersionTooOld { version, first } => {
            format!("its format_version is {version}, and formats start at {first}")
        }
        Corruption::NoWorkingProfile => "it has no working profile".to_owned(),
        Corruption::ScenariosNotAList(kind) => {
            format!("its scenarios are {}, not a list", json_kind(*kind))
        }
        Corruption::ActiveScenarioNotAnId(kind) => {
            format!("its active_scenario is {}, not an id", json_kind(*kind))
        }
        Corruption::UnknownField { key } => format!("it has an unknown field “{key}”"),
        Corruption::DuplicateId { id } => format!("two scenarios have the id “{id}”"),
        Corruption::ScenarioNotFields { number } => {
            format!("scenario {} is not a group of fields", count(*number))
        }
        Corruption::ScenarioFieldNotText { number, key } => {
            format!("scenario {}'s {key} is not text", count(*number))
        }
        Corruption::ScenarioMissingField { number, key } => {
            format!("scenario {} has no {key}", count(*number))
        }
        Corruption::ScenarioEmptyId { number } => {
            format!("scenario {} has an empty id", count(*number))
        }
        Corruption::ScenarioUnknownField { number, key } => {
            format!("scenario {} has an unknown field “{key}”", count(*number))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn between(low: f64, high: f64, unit: Unit) -> String {
        allowed(&Allowed::NumberBetween { low, high, unit })
    }

    #[test]
    fn ranges_read_as_a_person_writes_them() {
        assert_eq!(
            between(0.0, 1e12, Unit::RequestsPerMonth),
            "a number from 0 to 1,000,000,000,000 requests per month"
        );
        assert_eq!(
            between(-0.5, 0.99, Unit::FractionNote),
            "a number from -0.5 to 0.99 (a fraction)"
        );
        assert_eq!(between(0.0, 100.0, Unit::None), "a number from 0 to 100");
        assert_eq!(
            allowed(&Allowed::NumberAboveZeroUpTo {
                high: 1e6,
                unit: Unit::EurPerUsd
            }),
            "a number above 0 and at most 1,000,000 EUR per USD"
        );
        assert_eq!(
            allowed(&Allowed::WholeNumberBetween {
                low: 1,
                high: 4096,
                unit: Unit::Sequences
            }),
            "a whole number from 1 to 4,096 sequences"
        );
        assert_eq!(
            allowed(&Allowed::WholeNumberBetween {
                low: 0,
                high: u32::MAX,
                unit: Unit::None
            }),
            "a whole number from 0 to 4,294,967,295"
        );
        assert_eq!(
            allowed(&Allowed::PercentageBetween {
                low: -50.0,
                high: 100.0
            }),
            "a percentage from -50 to 100 %"
        );
        assert_eq!(
            allowed(&Allowed::NumberBetweenOrNothing {
                low: 0.0,
                high: 1000.0,
                unit: Unit::UsdPerGpuHour
            }),
            "a number from 0 to 1,000 USD per GPU-hour, or nothing to use the catalog's figure"
        );
        assert_eq!(
            allowed(&Allowed::OneOf(
                ["bf16", "fp8", "int8"].map(str::to_owned).to_vec()
            )),
            "one of bf16, fp8, int8"
        );
        assert_eq!(
            allowed(&Allowed::OneOf(["rent", "buy"].map(str::to_owned).to_vec())),
            "rent or buy"
        );
    }

    #[test]
    fn lists_and_counts() {
        assert_eq!(
            allowed(&Allowed::GpusPerReplica(vec![1, 2, 4, 8, 16])),
            "0 (automatic), 1, 2, 4, 8 or 16 GPUs"
        );
        assert_eq!(
            allowed(&Allowed::GpusPerReplica(vec![1])),
            "0 (automatic), 1 GPUs"
        );
        assert_eq!(
            allowed(&Allowed::Name { max_chars: 80 }),
            "a name of 1 to 80 characters on one line"
        );
        let import = |kind, problems: usize| ImportErrors {
            kind,
            problems: vec![
                FieldError {
                    field: "a".to_owned(),
                    given: GivenValue::Number(2.0),
                    allowed: Allowed::Number,
                };
                problems
            ],
        };
        assert_eq!(
            import_headline(&import(ImportErrorKind::WrongFields, 1)),
            "The file is not a profile this calculator can read (1 problem); nothing was changed."
        );
        assert_eq!(
            import_headline(&import(ImportErrorKind::Invalid, 1200)),
            "The profile has 1,200 values outside what is allowed; nothing was changed."
        );
        assert_eq!(
            allowed(&Allowed::ImportSize {
                max_bytes: 1_048_576
            }),
            "a profile file of at most 1,048,576 bytes (1 MiB)"
        );
        assert_eq!(given(&GivenValue::Bytes(1_048_588)), "1,048,588 bytes");
        assert_eq!(
            given(&GivenValue::Position {
                line: 1200,
                column: 3
            }),
            "line 1,200, column 3"
        );
        assert_eq!(given(&GivenValue::Number(-1e-7)), "-0.0000001");
        assert_eq!(
            share_link_error(&ShareLinkError::TooLong { chars: 9000 }),
            "This link is too long to be a scenario link: it has 9,000 characters after the #, \
             and a scenario link has at most 8,192. Copy the link again, on its own."
        );
        assert_eq!(
            link_damage(&Damage::StopsMakingSense {
                column: 8,
                length: 1500
            }),
            "its content stops making sense at character 8 of 1,500"
        );
        assert_eq!(
            saved_corruption(&Corruption::ScenarioFieldNotText {
                number: 2,
                key: "saved_at".to_owned()
            }),
            "scenario 2's saved_at is not text"
        );
    }

    #[test]
    fn problems_are_listed_with_their_fields_and_cut_short() {
        let problem = |field: &str| FieldError {
            field: field.to_owned(),
            given: GivenValue::Text("2".to_owned()),
            allowed: Allowed::NumberBetween {
                low: 0.0,
                high: 1.0,
                unit: Unit::None,
            },
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
        let nothing = FieldError {
            given: GivenValue::Text(" ".to_owned()),
            allowed: Allowed::Number,
            ..problem("a")
        };
        assert_eq!(field_problem(&nothing), "Enter a number.");
        let unusable = SavedStateError::Profiles {
            problems: vec![ProfileProblem {
                slot: ProfileSlot::Working,
                problems: vec![problem("a")],
            }],
            salvaged: Box::default(),
        };
        assert_eq!(
            saved_state_error(&unusable),
            "1 saved profile cannot be used: the working profile: a: “2” is not allowed: enter \
             a number from 0 to 1."
        );
    }

    /// Every unit's words follow a range, or nothing does for [`Unit::None`].
    #[test]
    fn every_unit_follows_a_range() {
        for unit in Unit::ALL {
            let text = between(0.0, 1.0, *unit);
            assert!(text.starts_with("a number from 0 to 1"), "{text}");
            assert!(!text.ends_with(' '), "{text}");
        }
    }
}
