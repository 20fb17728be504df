//! What the page keeps in the browser's storage: the working profile and the
//! named scenarios, in a versioned envelope.
//!
//! ```json
//! {"format_version": 1,
//!  "working": { …a whole profile… },
//!  "scenarios": [{"id": "scenario-1", "name": "Bank", "profile": { … }, "saved_at": null}]}
//! ```
//!
//! Profiles are stored whole (not as changes from the defaults), each with its
//! own `schema_version`, and migrated one by one when read
//! ([`crate::migrate`]). Reading tells apart the three cases the page must
//! handle differently: data that is not this envelope at all
//! ([`SavedStateError::Corrupt`]), an envelope from a newer calculator
//! ([`SavedStateError::FromNewerVersion`]: keep it untouched for that version),
//! and an envelope whose profiles are partly unusable
//! ([`SavedStateError::Profiles`], with what could be read). The engine keeps
//! no clock: `saved_at` is whatever text the page puts there.

pub mod names;

use std::collections::BTreeSet;

use serde::Serialize;
use serde_json::{Map, Value};

use crate::migrate::{migrate_profile_value, short_json};
use crate::number_input::{FieldError, JsonKind};
use crate::profile::Profile;

/// The envelope format this engine writes and reads. Raise it when the
/// envelope's own shape changes (not when a profile's does: profiles carry
/// their own `schema_version`), and teach [`SavedState::from_json`] the old one.
pub const SAVED_FORMAT_VERSION: u32 = 1;

/// How many problems of each profile a message lists before "and N more".
pub const PROBLEMS_SHOWN: usize = 5;

/// Everything the page keeps between visits.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SavedState {
    /// The envelope's format: [`SAVED_FORMAT_VERSION`] when written by this engine.
    pub format_version: u32,
    /// The profile being edited.
    pub working: Profile,
    /// The named scenarios, in the user's order.
    pub scenarios: Vec<Scenario>,
    /// The id of the scenario the working profile was opened from or saved
    /// as, if any (so the page can say "changed since it was saved").
    pub active_scenario: Option<String>,
}

/// A named, saved profile.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scenario {
    /// A stable id, unique within the saved state (see [`SavedState::fresh_id`]).
    pub id: String,
    /// The name the user gave it (plain text; see [`names::validate_name`]).
    pub name: String,
    /// The profile.
    pub profile: Profile,
    /// When it was saved, as the page wrote it (the engine keeps no clock).
    pub saved_at: Option<String>,
}

/// Which saved profile a problem belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProfileSlot {
    /// The working profile.
    Working,
    /// A named scenario.
    Scenario {
        /// Its id.
        id: String,
        /// Its name.
        name: String,
    },
}

/// The problems of one saved profile.
#[derive(Debug, Clone, PartialEq)]
pub struct ProfileProblem {
    /// Which profile.
    pub slot: ProfileSlot,
    /// Every problem, by field (version, types, then values).
    pub problems: Vec<FieldError>,
}

/// Why saved data could not be used as it is.
#[derive(Debug, Clone, PartialEq)]
pub enum SavedStateError {
    /// Not JSON, or not this envelope's shape: nothing in it can be trusted.
    Corrupt {
        /// What is wrong.
        detail: Corruption,
    },
    /// Written by a newer calculator: keep it untouched (under a backup key)
    /// for that version.
    FromNewerVersion {
        /// The envelope's format version.
        found: u64,
    },
    /// The envelope reads, but some profiles cannot be used (a newer profile
    /// version, a wrong field, a value out of range).
    Profiles {
        /// The problems, per profile.
        problems: Vec<ProfileProblem>,
        /// What could be read: the working profile (the defaults if it is one
        /// of the broken ones) and the scenarios that are fine.
        salvaged: Box<SavedState>,
    },
}

/// What makes saved data not this envelope at all. Scenario `number`s count
/// from 1; `key`s are the envelope's field names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Corruption {
    /// Not JSON; the reader stopped at this line and column.
    NotJson {
        /// The line, from 1.
        line: usize,
        /// The column, from 1.
        column: usize,
    },
    /// JSON of this kind instead of the envelope's object.
    HoldsKind(JsonKind),
    /// No `format_version`.
    NoFormatVersion,
    /// A `format_version` that is not a whole number.
    FormatVersionNotWhole {
        /// The value found, as JSON.
        given: String,
    },
    /// A `format_version` below the first format.
    FormatVersionTooOld {
        /// The version found.
        version: u64,
        /// The first format.
        first: u32,
    },
    /// No `working` profile.
    NoWorkingProfile,
    /// `scenarios` holds this kind, not a list.
    ScenariosNotAList(JsonKind),
    /// `active_scenario` holds this kind, not an id.
    ActiveScenarioNotAnId(JsonKind),
    /// A field the envelope does not have.
    UnknownField {
        /// The field's name.
        key: String,
    },
    /// Two scenarios with one id.
    DuplicateId {
        /// The id.
        id: String,
    },
    /// A scenario that is not an object.
    ScenarioNotFields {
        /// Which scenario, from 1.
        number: usize,
    },
    /// A scenario's field that should be text is not.
    ScenarioFieldNotText {
        /// Which scenario, from 1.
        number: usize,
        /// The field's name.
        key: String,
    },
    /// A scenario lacks a field.
    ScenarioMissingField {
        /// Which scenario, from 1.
        number: usize,
        /// The field's name.
        key: String,
    },
    /// A scenario's id is empty.
    ScenarioEmptyId {
        /// Which scenario, from 1.
        number: usize,
    },
    /// A scenario has a field scenarios do not have.
    ScenarioUnknownField {
        /// Which scenario, from 1.
        number: usize,
        /// The field's name.
        key: String,
    },
}

impl Default for SavedState {
    fn default() -> Self {
        SavedState::new(Profile::default())
    }
}

impl SavedState {
    /// A saved state holding `working` and no scenario.
    pub fn new(working: Profile) -> SavedState {
        SavedState {
            format_version: SAVED_FORMAT_VERSION,
            working,
            scenarios: Vec::new(),
            active_scenario: None,
        }
    }

    /// The envelope as JSON, for the browser's storage. Pretty-printed like
    /// [`Profile::to_json`], so the bundle carries one profile serialiser, not
    /// two (the spaces cost storage, not download bytes).
    pub fn to_json(&self) -> String {
        // Serialising these types cannot fail: every map key is a string.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// An id no scenario has: `scenario-N`, N one more than the largest in
    /// use, so an id deleted and then restored by undo is never given to
    /// another scenario meanwhile.
    pub fn fresh_id(&self) -> String {
        let largest = self
            .scenarios
            .iter()
            .filter_map(|scenario| scenario.id.strip_prefix("scenario-")?.parse::<u64>().ok())
            .max()
            .unwrap_or(0);
        format!("scenario-{}", largest.saturating_add(1))
    }

    /// Reads the envelope written by [`SavedState::to_json`] (or an older
    /// format), migrating and checking every profile. Never panics.
    pub fn from_json(text: &str) -> Result<SavedState, SavedStateError> {
        let corrupt = |detail: Corruption| SavedStateError::Corrupt { detail };
        let value: Value = serde_json::from_str(text).map_err(|error| {
            corrupt(Corruption::NotJson {
                line: error.line(),
                column: error.column(),
            })
        })?;
        let Value::Object(object) = value else {
            return Err(corrupt(Corruption::HoldsKind(JsonKind::of(&value))));
        };
        let version = match object.get("format_version") {
            None => return Err(corrupt(Corruption::NoFormatVersion)),
            Some(version) => version.as_u64().ok_or_else(|| {
                corrupt(Corruption::FormatVersionNotWhole {
                    given: short_json(version),
                })
            })?,
        };
        if version > u64::from(SAVED_FORMAT_VERSION) {
            return Err(SavedStateError::FromNewerVersion { found: version });
        }
        if version < 1 {
            return Err(corrupt(Corruption::FormatVersionTooOld {
                version,
                first: 1,
            }));
        }
        read_v1(object)
    }
}

/// Reads a format 1 envelope.
fn read_v1(mut object: Map<String, Value>) -> Result<SavedState, SavedStateError> {
    let corrupt = |detail: Corruption| SavedStateError::Corrupt { detail };
    object.remove("format_version");
    let working = object
        .remove("working")
        .ok_or_else(|| corrupt(Corruption::NoWorkingProfile))?;
    let raw_scenarios = match object.remove("scenarios") {
        None => Vec::new(),
        Some(Value::Array(items)) => items,
        Some(other) => return Err(corrupt(Corruption::ScenariosNotAList(JsonKind::of(&other)))),
    };
    let active_scenario = match object.remove("active_scenario") {
        None | Some(Value::Null) => None,
        Some(Value::String(id)) => Some(id),
        Some(other) => {
            return Err(corrupt(Corruption::ActiveScenarioNotAnId(JsonKind::of(
                &other,
            ))))
        }
    };
    if let Some(unknown) = object.keys().next() {
        return Err(corrupt(Corruption::UnknownField {
            key: unknown.clone(),
        }));
    }

    let mut problems = Vec::new();
    let working = match read_profile(&working) {
        Ok(profile) => profile,
        Err(errors) => {
            problems.push(ProfileProblem {
                slot: ProfileSlot::Working,
                problems: errors,
            });
            Profile::default()
        }
    };
    let mut scenarios = Vec::with_capacity(raw_scenarios.len());
    let mut ids = BTreeSet::new();
    for (index, raw) in raw_scenarios.into_iter().enumerate() {
        let (id, name, profile, saved_at) = scenario_parts(raw, index + 1).map_err(corrupt)?;
        if !ids.insert(id.clone()) {
            return Err(corrupt(Corruption::DuplicateId { id }));
        }
        match read_profile(&profile) {
            Ok(profile) => scenarios.push(Scenario {
                id,
                name,
                profile,
                saved_at,
            }),
            Err(errors) => problems.push(ProfileProblem {
                slot: ProfileSlot::Scenario { id, name },
                problems: errors,
            }),
        }
    }
    // An id whose scenario was set aside (or never existed) points nowhere.
    let active_scenario =
        active_scenario.filter(|id| scenarios.iter().any(|scenario| scenario.id == *id));
    let state = SavedState {
        format_version: SAVED_FORMAT_VERSION,
        working,
        scenarios,
        active_scenario,
    };
    if problems.is_empty() {
        Ok(state)
    } else {
        Err(SavedStateError::Profiles {
            problems,
            salvaged: Box::new(state),
        })
    }
}

/// A scenario's id, name, profile value and time, or what is wrong with its
/// shape (`number` counts from 1, for the message).
fn scenario_parts(
    raw: Value,
    number: usize,
) -> Result<(String, String, Value, Option<String>), Corruption> {
    let Value::Object(mut fields) = raw else {
        return Err(Corruption::ScenarioNotFields { number });
    };
    let not_text = |key: &str| Corruption::ScenarioFieldNotText {
        number,
        key: key.to_owned(),
    };
    let mut text = |key: &str| match fields.remove(key) {
        Some(Value::String(text)) => Ok(text),
        Some(_) => Err(not_text(key)),
        None => Err(Corruption::ScenarioMissingField {
            number,
            key: key.to_owned(),
        }),
    };
    let id = text("id")?;
    let name = text("name")?;
    if id.is_empty() {
        return Err(Corruption::ScenarioEmptyId { number });
    }
    let saved_at = match fields.remove("saved_at") {
        None | Some(Value::Null) => None,
        Some(Value::String(time)) => Some(time),
        Some(_) => return Err(not_text("saved_at")),
    };
    let profile = fields
        .remove("profile")
        .ok_or_else(|| Corruption::ScenarioMissingField {
            number,
            key: "profile".to_owned(),
        })?;
    if let Some(unknown) = fields.keys().next() {
        return Err(Corruption::ScenarioUnknownField {
            number,
            key: unknown.clone(),
        });
    }
    Ok((id, name, profile, saved_at))
}

/// One stored profile: migrated, read, validated; every problem by field.
fn read_profile(value: &Value) -> Result<Profile, Vec<FieldError>> {
    let migrated =
        migrate_profile_value(value.clone()).map_err(|error| vec![error.to_field_error()])?;
    let profile = crate::read_profile::profile_from_value(&migrated)?;
    let problems = crate::validate::validate(&profile);
    if problems.is_empty() {
        Ok(profile)
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::text::en;

    fn sample() -> SavedState {
        let mut bank = Profile {
            name: "Bank <script>alert(1)</script> & “quotes”".to_owned(),
            ..Profile::default()
        };
        bank.workload.requests_per_month = 3_000_000.0;
        let mut state = SavedState::new(bank.clone());
        state.scenarios.push(Scenario {
            id: state.fresh_id(),
            name: "Bank, first try".to_owned(),
            profile: bank,
            saved_at: Some("2026-11-26T10:00:00Z".to_owned()),
        });
        state.scenarios.push(Scenario {
            id: state.fresh_id(),
            name: "Defaults".to_owned(),
            profile: Profile::default(),
            saved_at: None,
        });
        state.active_scenario = Some("scenario-1".to_owned());
        state
    }

    fn corrupt_detail(text: &str) -> String {
        match SavedState::from_json(text) {
            Err(SavedStateError::Corrupt { detail }) => en::saved_corruption(&detail),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn the_state_round_trips_and_keeps_text_as_it_was() {
        let state = sample();
        assert_eq!(state.scenarios[0].id, "scenario-1");
        assert_eq!(state.scenarios[1].id, "scenario-2");
        assert_eq!(SavedState::from_json(&state.to_json()), Ok(state.clone()));
        assert_eq!(
            SavedState::from_json(&SavedState::default().to_json()),
            Ok(SavedState::default())
        );
    }

    #[test]
    fn the_active_scenario_is_kept_only_if_it_exists() {
        let mut state = sample();
        state.active_scenario = Some("scenario-9".to_owned());
        let read = SavedState::from_json(&state.to_json()).unwrap();
        assert_eq!(read.active_scenario, None);
        // Data written before the field existed reads as no active scenario.
        let older = r#"{"format_version": 1, "working": {}, "scenarios": []}"#;
        assert_eq!(
            SavedState::from_json(older).map(|s| s.active_scenario),
            Ok(None)
        );
        let wrong = r#"{"format_version": 1, "working": {}, "active_scenario": 3}"#;
        assert!(corrupt_detail(wrong).contains("active_scenario"));
    }

    #[test]
    fn fresh_ids_never_reuse_a_larger_one() {
        let mut state = sample();
        state.scenarios.remove(0);
        assert_eq!(state.fresh_id(), "scenario-3");
        state.scenarios[0].id = "imported".to_owned();
        assert_eq!(state.fresh_id(), "scenario-1");
    }

    #[test]
    fn corrupt_messages_say_what_is_wrong() {
        assert_eq!(
            en::saved_state_error(&SavedStateError::Corrupt {
                detail: Corruption::NotJson { line: 1, column: 2 }
            }),
            "The saved data cannot be read: it is not JSON (line 1, column 2). It may have \
             been damaged, or written by another program."
        );
        assert_eq!(
            corrupt_detail("{\"format"),
            "it is not JSON (line 1, column 8)"
        );
        assert_eq!(
            corrupt_detail("[]"),
            "it holds a list instead of the saved scenarios"
        );
        assert_eq!(corrupt_detail("{}"), "it has no format_version");
        assert_eq!(
            corrupt_detail(r#"{"format_version": "1"}"#),
            "its format_version is \"1\", not a whole number"
        );
        assert_eq!(
            corrupt_detail(r#"{"format_version": 0}"#),
            "its format_version is 0, and formats start at 1"
        );
        assert_eq!(
            corrupt_detail(r#"{"format_version": 1}"#),
            "it has no working profile"
        );
        assert_eq!(
            corrupt_detail(r#"{"format_version": 1, "working": {}, "scenarios": {}}"#),
            "its scenarios are an object, not a list"
        );
        assert_eq!(
            corrupt_detail(r#"{"format_version": 1, "working": {}, "extra": 1}"#),
            "it has an unknown field “extra”"
        );
        assert_eq!(
            corrupt_detail(r#"{"format_version": 1, "working": {}, "scenarios": [3]}"#),
            "scenario 1 is not a group of fields"
        );
        assert_eq!(
            corrupt_detail(
                r#"{"format_version": 1, "working": {}, "scenarios": [{"id": "a", "profile": {}}]}"#
            ),
            "scenario 1 has no name"
        );
        assert_eq!(
            corrupt_detail(
                r#"{"format_version": 1, "working": {}, "scenarios": [
                    {"id": "a", "name": "A", "profile": {}},
                    {"id": "a", "name": "B", "profile": {}}]}"#
            ),
            "two scenarios have the id “a”"
        );
        assert_eq!(
            corrupt_detail(
                r#"{"format_version": 1, "working": {}, "scenarios": [
                    {"id": "a", "name": "A", "profile": {}, "saved_at": 5}]}"#
            ),
            "scenario 1's saved_at is not text"
        );
    }

    #[test]
    fn a_newer_format_is_told_apart() {
        let error = SavedState::from_json(r#"{"format_version": 2, "anything": []}"#).unwrap_err();
        assert_eq!(error, SavedStateError::FromNewerVersion { found: 2 });
        assert_eq!(
            en::saved_state_error(&error),
            "The saved data was written by a newer version of the calculator (saved-data \
             format 2); this version reads format 1. Open the page with the newer version to \
             use it."
        );
    }

    #[test]
    fn broken_profiles_are_listed_and_the_rest_is_salvaged() {
        let text = json!({
            "format_version": 1,
            "working": {"schema_version": 9},
            "scenarios": [
                {"id": "scenario-1", "name": "Good", "profile": {"name": "Good"}},
                {"id": "scenario-2", "name": "Bad", "profile": {"workload": {"batch_share": 5}}},
                {"id": "scenario-3", "name": "Odd", "profile": {"colour": "red"}}
            ]
        })
        .to_string();
        let error = SavedState::from_json(&text).unwrap_err();
        let SavedStateError::Profiles { problems, salvaged } = &error else {
            panic!("{error:?}");
        };
        let slots: Vec<String> = problems.iter().map(|p| en::profile_slot(&p.slot)).collect();
        assert_eq!(
            slots,
            ["the working profile", "scenario “Bad”", "scenario “Odd”"]
        );
        assert_eq!(problems[0].problems[0].field, "schema_version");
        assert_eq!(problems[1].problems[0].field, "workload.batch_share");
        assert_eq!(problems[2].problems[0].field, "colour");
        assert_eq!(salvaged.working, Profile::default());
        assert_eq!(salvaged.scenarios.len(), 1);
        assert_eq!(salvaged.scenarios[0].profile.name, "Good");
        let message = en::saved_state_error(&error);
        assert!(
            message.starts_with(
                "3 saved profiles cannot be used: the working profile: schema_version: “9” is \
                 not allowed: enter a profile of version 1 to 2 (This profile was made by a \
                 newer version of the calculator"
            ),
            "{message}"
        );
        assert!(
            message.contains(
                " scenario “Bad”: workload.batch_share: “5” is not allowed: enter a number from \
                 0 to 1 (a fraction)."
            ),
            "{message}"
        );
    }

    #[test]
    fn a_profile_without_a_version_is_read_as_the_current_one() {
        let text = r#"{"format_version": 1, "working": {"name": "Old"}}"#;
        let state = SavedState::from_json(text).unwrap();
        assert_eq!(state.working.name, "Old");
        assert!(state.scenarios.is_empty());
    }
}
