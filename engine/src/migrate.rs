//! Profile format versions: bringing a profile written by an older version of
//! the calculator up to [`SCHEMA_VERSION`], and refusing one written by a newer
//! version.
//!
//! Migrations work on the JSON value, before it is read into a
//! [`crate::profile::Profile`], because an old profile may not fit today's
//! types any more. A missing `schema_version` means the current version: the
//! profile's serde default says so too, and `{}` is a valid profile.
//!
//! Today there is one version (1) and so no step. To add version 2:
//! 1. raise [`SCHEMA_VERSION`] to 2 and change the profile's types;
//! 2. write `fn v1_to_v2(value: Value) -> Result<Value, MigrationError>`, which
//!    receives a version-1 profile (any field may be missing: missing means
//!    version 1's default) and returns it in version 2's shape;
//! 3. append `Step { from: 1, run: v1_to_v2 }` to [`STEPS`];
//! 4. add a test with a real version-1 profile (keep one as a fixture: it is
//!    what users' saved data and links look like).
//!
//! The runner sets `schema_version` after each step, so a step only reshapes
//! fields. Steps are never removed: a link made today must open in every later
//! version (`docs/storage-and-links.md`).

use std::fmt;

use serde_json::Value;

use crate::number_input::FieldError;
use crate::profile::SCHEMA_VERSION;
use crate::text::en;

/// The oldest profile version this engine can read (migrating it up).
pub const OLDEST_SCHEMA_VERSION: u32 = 1;

/// One migration: turns a profile of version `from` into version `from + 1`.
#[derive(Clone, Copy)]
pub struct Step {
    /// The version this step reads.
    pub from: u32,
    /// The step itself: reshapes the JSON value (without touching `schema_version`).
    pub run: fn(Value) -> Result<Value, MigrationError>,
}

/// Every migration, oldest first. Empty while version 1 is the only version.
pub const STEPS: &[Step] = &[];

/// Why a profile could not be brought to the current version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MigrationError {
    /// The profile is not a JSON object.
    NotAnObject,
    /// `schema_version` is there but not a whole number.
    BadVersion {
        /// The value found, as JSON.
        given: String,
    },
    /// The profile was made by a newer version of the calculator.
    FromNewerVersion {
        /// The version found.
        found: u64,
        /// The newest version this engine reads.
        newest: u32,
    },
    /// The version is older than any this engine knows.
    OlderThanKnown {
        /// The version found.
        found: u64,
        /// The oldest version this engine reads.
        oldest: u32,
    },
    /// No step reads this version (an engine bug: every version from the
    /// oldest to the newest must have a step).
    MissingStep {
        /// The version no step reads.
        from: u32,
    },
    /// A step refused the profile.
    StepFailed {
        /// The version the step reads.
        from: u32,
        /// Why, in plain words.
        reason: String,
    },
}

impl fmt::Display for MigrationError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            MigrationError::NotAnObject => en::MIGRATION_NOT_AN_OBJECT.to_owned(),
            MigrationError::BadVersion { given } => {
                en::migration_bad_version(given, OLDEST_SCHEMA_VERSION, SCHEMA_VERSION)
            }
            MigrationError::FromNewerVersion { found, newest } => {
                en::migration_from_newer_version(*found, *newest)
            }
            MigrationError::OlderThanKnown { found, oldest } => {
                en::migration_older_than_known(*found, *oldest)
            }
            MigrationError::MissingStep { from } => en::migration_missing_step(*from),
            MigrationError::StepFailed { from, reason } => en::migration_step_failed(*from, reason),
        };
        formatter.write_str(&text)
    }
}

impl std::error::Error for MigrationError {}

impl MigrationError {
    /// The problem as a field error on `schema_version` (or the whole profile),
    /// for lists of problems by field.
    pub fn to_field_error(&self) -> FieldError {
        let (field, given) = match self {
            MigrationError::NotAnObject => ("(profile)", en::NOT_A_JSON_OBJECT.to_owned()),
            MigrationError::BadVersion { given } => ("schema_version", given.clone()),
            MigrationError::FromNewerVersion { found, .. }
            | MigrationError::OlderThanKnown { found, .. } => ("schema_version", found.to_string()),
            MigrationError::MissingStep { from } | MigrationError::StepFailed { from, .. } => {
                ("schema_version", from.to_string())
            }
        };
        FieldError {
            field: field.to_owned(),
            given,
            allowed: en::allowed_profile_version(
                OLDEST_SCHEMA_VERSION,
                SCHEMA_VERSION,
                &self.to_string(),
            ),
        }
    }
}

/// Brings a profile's JSON value to [`SCHEMA_VERSION`]: reads `schema_version`
/// (missing = current), refuses a newer version, and runs every step from the
/// profile's version up. The result has `schema_version` set to the current
/// version when a step ran; its fields are not checked here (reading it into a
/// profile and [`crate::validate::validate`] do that).
pub fn migrate_profile_value(value: Value) -> Result<Value, MigrationError> {
    migrate_with(value, STEPS, OLDEST_SCHEMA_VERSION, SCHEMA_VERSION)
}

/// The runner, with the steps and versions as arguments so the dispatch can be
/// tested with steps that exist only in tests.
fn migrate_with(
    mut value: Value,
    steps: &[Step],
    oldest: u32,
    newest: u32,
) -> Result<Value, MigrationError> {
    let Some(object) = value.as_object() else {
        return Err(MigrationError::NotAnObject);
    };
    let found = match object.get("schema_version") {
        None => return Ok(value),
        Some(version) => version.as_u64().ok_or_else(|| MigrationError::BadVersion {
            given: short_json(version),
        })?,
    };
    if found > u64::from(newest) {
        return Err(MigrationError::FromNewerVersion { found, newest });
    }
    if found < u64::from(oldest) {
        return Err(MigrationError::OlderThanKnown { found, oldest });
    }
    // `found` is at most `newest`, a u32, so this conversion cannot fail.
    let mut version = u32::try_from(found).unwrap_or(newest);
    while version < newest {
        let step = steps
            .iter()
            .find(|step| step.from == version)
            .ok_or(MigrationError::MissingStep { from: version })?;
        value = (step.run)(value)?;
        version += 1;
        match value.as_object_mut() {
            Some(object) => {
                object.insert("schema_version".to_owned(), Value::from(version));
            }
            None => {
                return Err(MigrationError::StepFailed {
                    from: version - 1,
                    reason: en::STEP_DID_NOT_RETURN_AN_OBJECT.to_owned(),
                })
            }
        }
    }
    Ok(value)
}

/// A JSON value in at most 40 characters, for messages.
pub(crate) fn short_json(value: &Value) -> String {
    let text = value.to_string();
    if text.chars().count() <= 40 {
        text
    } else {
        let mut cut: String = text.chars().take(39).collect();
        cut.push('…');
        cut
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn a_current_or_unversioned_profile_passes_unchanged() {
        let current = json!({"schema_version": SCHEMA_VERSION, "name": "A"});
        assert_eq!(migrate_profile_value(current.clone()), Ok(current));
        let unversioned = json!({"name": "A"});
        assert_eq!(migrate_profile_value(unversioned.clone()), Ok(unversioned));
        assert_eq!(migrate_profile_value(json!({})), Ok(json!({})));
    }

    #[test]
    fn a_newer_version_is_refused_with_a_clear_message() {
        let error = migrate_profile_value(json!({"schema_version": 2})).unwrap_err();
        assert_eq!(
            error,
            MigrationError::FromNewerVersion {
                found: 2,
                newest: SCHEMA_VERSION
            }
        );
        assert_eq!(
            error.to_string(),
            "This profile was made by a newer version of the calculator (profile version 2); \
             this version reads profile versions up to 1. Open it with the newer version."
        );
        assert_eq!(error.to_field_error().field, "schema_version");
        assert_eq!(error.to_field_error().given, "2");
        let huge = migrate_profile_value(json!({"schema_version": u64::MAX})).unwrap_err();
        assert!(matches!(huge, MigrationError::FromNewerVersion { .. }));
    }

    #[test]
    fn version_zero_is_older_than_any_version() {
        let error = migrate_profile_value(json!({"schema_version": 0})).unwrap_err();
        assert_eq!(
            error,
            MigrationError::OlderThanKnown {
                found: 0,
                oldest: 1
            }
        );
        assert_eq!(
            error.to_string(),
            "The profile's version 0 is not one the calculator ever wrote; versions start at 1."
        );
    }

    #[test]
    fn a_version_that_is_not_a_whole_number_is_refused() {
        for (bad, shown) in [
            (json!("1"), "\"1\""),
            (json!(1.5), "1.5"),
            (json!(-1), "-1"),
            (json!(null), "null"),
        ] {
            let error = migrate_profile_value(json!({ "schema_version": bad })).unwrap_err();
            assert_eq!(
                error,
                MigrationError::BadVersion {
                    given: shown.to_owned()
                }
            );
            assert_eq!(
                error.to_string(),
                format!(
                    "The profile's schema_version is {shown}; it must be a whole number from 1 to 1."
                )
            );
        }
    }

    #[test]
    fn only_an_object_is_a_profile() {
        for bad in [json!([]), json!(1), json!("x"), json!(null)] {
            assert_eq!(migrate_profile_value(bad), Err(MigrationError::NotAnObject));
        }
        assert_eq!(
            MigrationError::NotAnObject.to_string(),
            "This is not a profile: a profile is a JSON object, { … }, holding its fields."
        );
    }

    // The dispatch, with steps that exist only here (versions 1 -> 2 -> 3 of a
    // made-up future; the real list is empty).
    fn rename_a_to_b(mut value: Value) -> Result<Value, MigrationError> {
        if let Some(object) = value.as_object_mut() {
            if let Some(old) = object.remove("a") {
                object.insert("b".to_owned(), old);
            }
        }
        Ok(value)
    }

    fn double_b(mut value: Value) -> Result<Value, MigrationError> {
        let doubled = value.get("b").and_then(Value::as_f64).map(|b| b * 2.0);
        if let (Some(object), Some(doubled)) = (value.as_object_mut(), doubled) {
            object.insert("b".to_owned(), json!(doubled));
        }
        Ok(value)
    }

    fn refuse(_: Value) -> Result<Value, MigrationError> {
        Err(MigrationError::StepFailed {
            from: 2,
            reason: "b must be a number.".to_owned(),
        })
    }

    fn not_an_object(_: Value) -> Result<Value, MigrationError> {
        Ok(json!([]))
    }

    const TEST_STEPS: [Step; 2] = [
        Step {
            from: 1,
            run: rename_a_to_b,
        },
        Step {
            from: 2,
            run: double_b,
        },
    ];

    #[test]
    fn steps_run_in_order_from_the_profile_version_up() {
        let from_1 = migrate_with(json!({"schema_version": 1, "a": 5}), &TEST_STEPS, 1, 3);
        assert_eq!(from_1, Ok(json!({"schema_version": 3, "b": 10.0})));
        let from_2 = migrate_with(json!({"schema_version": 2, "b": 5}), &TEST_STEPS, 1, 3);
        assert_eq!(from_2, Ok(json!({"schema_version": 3, "b": 10.0})));
        let current = migrate_with(json!({"schema_version": 3, "b": 5}), &TEST_STEPS, 1, 3);
        assert_eq!(current, Ok(json!({"schema_version": 3, "b": 5})));
    }

    #[test]
    fn a_missing_or_failing_step_is_an_error_not_a_panic() {
        let missing = migrate_with(json!({"schema_version": 1}), &TEST_STEPS[..1], 1, 3);
        assert_eq!(missing, Err(MigrationError::MissingStep { from: 2 }));
        assert_eq!(
            MigrationError::MissingStep { from: 2 }.to_string(),
            "This version of the calculator cannot update a version-2 profile (a step is \
             missing; please report it)."
        );
        let failing = [
            TEST_STEPS[0],
            Step {
                from: 2,
                run: refuse,
            },
        ];
        let error = migrate_with(json!({"schema_version": 1}), &failing, 1, 3).unwrap_err();
        assert_eq!(
            error.to_string(),
            "The version-2 profile could not be updated to the current version: b must be a number."
        );
        let broken = [Step {
            from: 1,
            run: not_an_object,
        }];
        let error = migrate_with(json!({"schema_version": 1}), &broken, 1, 2).unwrap_err();
        assert_eq!(
            error,
            MigrationError::StepFailed {
                from: 1,
                reason: "the step did not return a JSON object".to_owned()
            }
        );
    }

    #[test]
    fn the_real_list_covers_every_version_from_the_oldest() {
        // A loop rather than a range: the range is empty while there is one version.
        let mut from = OLDEST_SCHEMA_VERSION;
        while from < SCHEMA_VERSION {
            assert!(
                STEPS.iter().any(|step| step.from == from),
                "no migration step reads version {from}"
            );
            from += 1;
        }
    }
}
