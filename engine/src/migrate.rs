//! Profile format versions: bringing a profile written by an older version of
//! the calculator up to [`SCHEMA_VERSION`], and refusing one written by a newer
//! version.
//!
//! Migrations work on the JSON value, before it is read into a
//! [`crate::profile::Profile`], because an old profile may not fit today's
//! types any more. A missing `schema_version` means the current version: the
//! profile's serde default says so too, and `{}` is a valid profile.
//!
//! Version 2 (2026-12) came with the self-hosting cost model of operators'
//! practice ([`v1_to_v2`]). To add version 3:
//! 1. raise [`SCHEMA_VERSION`] to 3 and change the profile's types;
//! 2. write `fn v2_to_v3(value: Value) -> Result<Value, MigrationError>`, which
//!    receives a version-2 profile (any field may be missing: missing means
//!    version 2's default) and returns it in version 3's shape;
//! 3. append `Step { from: 2, run: v2_to_v3 }` to [`STEPS`];
//! 4. add a test with a real version-2 profile (keep one as a fixture: it is
//!    what users' saved data and links look like).
//!
//! The runner sets `schema_version` after each step, so a step only reshapes
//! fields. Steps are never removed: a link made today must open in every later
//! version (`docs/storage-and-links.md`).

use serde_json::Value;

use crate::number_input::{Allowed, FieldError, GivenValue};
use crate::profile::SCHEMA_VERSION;

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

/// Every migration, oldest first.
pub const STEPS: &[Step] = &[Step {
    from: 1,
    run: v1_to_v2,
}];

/// Version 1's defaults that version 2 changed: a version-1 value equal to
/// version 1's default was not anybody's choice, so it becomes version 2's
/// default (the key is removed and the profile's default fills it). The
/// serving efficiency was re-fitted for the new serving model; PUE,
/// electricity and hosting were re-sourced; the KV cache now follows the
/// weights.
const V1_DEFAULTS_REPLACED: [(&str, &str, V1Default); 5] = [
    ("sizing", "compute_efficiency", V1Default::Number(0.5)),
    ("compute", "pue", V1Default::Number(1.3)),
    ("compute", "energy_usd_per_kwh", V1Default::Number(0.12)),
    (
        "compute",
        "hosting_usd_per_gpu_month",
        V1Default::Number(150.0),
    ),
    ("self_hosted", "kv_cache_precision", V1Default::Text("bf16")),
];

/// A version-1 default value.
#[derive(Clone, Copy)]
enum V1Default {
    Number(f64),
    Text(&'static str),
}

impl V1Default {
    fn is(self, value: &Value) -> bool {
        match self {
            V1Default::Number(number) => value.as_f64() == Some(number),
            V1Default::Text(text) => value.as_str() == Some(text),
        }
    }
}

/// Version 1 to 2: the self-hosted route as operators run it.
///
/// A value someone chose is kept (converted where the unit changed); a value
/// equal to version 1's default becomes version 2's default:
/// - `assumptions.sizing.max_batch_size` and
///   `tensor_parallel_latency_us_per_layer` are gone (the batch is now limited
///   by memory and the latency target; communication comes from the GPU's
///   interconnect): removed.
/// - `assumptions.compute.hosting_usd_per_gpu_month` becomes
///   `hosting_usd_per_kw_month`: the amount divided by the kW one GPU of the
///   profile's type provisions (its TDP x the server power factor).
/// - [`V1_DEFAULTS_REPLACED`]: at version 1's default, removed (version 2's
///   default applies).
/// - `workload.peak_to_average` above 24 (more than a day's requests in its
///   busiest hour, which version 2 refuses) becomes 24.
/// - New fields (the rental plan, the daily trough, residual value, ...) take
///   version 2's defaults.
pub fn v1_to_v2(mut value: Value) -> Result<Value, MigrationError> {
    let gpu_kw = {
        let gpu_id = value
            .pointer("/routes/self_hosted/gpu")
            .and_then(Value::as_str)
            .unwrap_or("h100-sxm")
            .to_owned();
        let factor = value
            .pointer("/assumptions/compute/server_power_factor")
            .and_then(Value::as_f64)
            .unwrap_or(1.5);
        crate::catalog::Catalog::builtin()
            .gpu(&gpu_id)
            .map_or(1.05, |gpu| gpu.power_w / 1000.0 * factor)
    };
    let profile = value.as_object_mut().ok_or(MigrationError::NotAnObject)?;
    for (group, key, default) in V1_DEFAULTS_REPLACED {
        let section = match group {
            "self_hosted" => child(profile, "routes").and_then(|r| child(r, "self_hosted")),
            group => child(profile, "assumptions").and_then(|a| child(a, group)),
        };
        if let Some(section) = section {
            if section.get(key).is_some_and(|value| default.is(value)) {
                section.remove(key);
            }
        }
    }
    if let Some(sizing) = child(profile, "assumptions").and_then(|a| child(a, "sizing")) {
        sizing.remove("max_batch_size");
        sizing.remove("tensor_parallel_latency_us_per_layer");
    }
    if let Some(compute) = child(profile, "assumptions").and_then(|a| child(a, "compute")) {
        if let Some(per_gpu) = compute.remove("hosting_usd_per_gpu_month") {
            let per_kw = match per_gpu.as_f64() {
                Some(amount) if gpu_kw > 0.0 => Value::from(amount / gpu_kw),
                _ => per_gpu,
            };
            compute.insert("hosting_usd_per_kw_month".to_owned(), per_kw);
        }
    }
    if let Some(workload) = child(profile, "workload") {
        if let Some(peak) = workload.get("peak_to_average").and_then(Value::as_f64) {
            if peak > crate::validate::PEAK_TO_AVERAGE_MAX {
                workload.insert(
                    "peak_to_average".to_owned(),
                    Value::from(crate::validate::PEAK_TO_AVERAGE_MAX),
                );
            }
        }
    }
    Ok(value)
}

/// The object under `key`, created empty if missing; `None` if `key` holds
/// something else (reading the profile then reports the wrong type).
fn child<'a>(
    object: &'a mut serde_json::Map<String, Value>,
    key: &str,
) -> Option<&'a mut serde_json::Map<String, Value>> {
    object
        .entry(key)
        .or_insert_with(|| Value::Object(serde_json::Map::new()))
        .as_object_mut()
}

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
        /// Why.
        reason: StepFailure,
    },
}

/// Why a migration step refused a profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StepFailure {
    /// The step did not return a JSON object.
    NotAnObject,
    /// The field at this dotted path must be a number for the step to convert it.
    NotANumber {
        /// The field's dotted path.
        field: String,
    },
}

impl MigrationError {
    /// The problem as a field error on `schema_version` (or the whole profile),
    /// for lists of problems by field.
    pub fn to_field_error(&self) -> FieldError {
        let (field, given) = match self {
            MigrationError::NotAnObject => ("(profile)", GivenValue::NotAnObject),
            MigrationError::BadVersion { given } => {
                ("schema_version", GivenValue::Text(given.clone()))
            }
            // Versions are labels: as written, never grouped.
            MigrationError::FromNewerVersion { found, .. }
            | MigrationError::OlderThanKnown { found, .. } => {
                ("schema_version", GivenValue::Text(found.to_string()))
            }
            MigrationError::MissingStep { from } | MigrationError::StepFailed { from, .. } => {
                ("schema_version", GivenValue::Text(from.to_string()))
            }
        };
        FieldError {
            field: field.to_owned(),
            given,
            allowed: Allowed::ProfileVersion {
                oldest: OLDEST_SCHEMA_VERSION,
                newest: SCHEMA_VERSION,
                why: self.clone(),
            },
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
                    reason: StepFailure::NotAnObject,
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
    use crate::text::en;

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
        let error = migrate_profile_value(json!({"schema_version": 3})).unwrap_err();
        assert_eq!(
            error,
            MigrationError::FromNewerVersion {
                found: 3,
                newest: SCHEMA_VERSION
            }
        );
        assert_eq!(
            en::migration_error(&error),
            "This profile was made by a newer version of the calculator (profile version 3); \
             this version reads profile versions up to 2. Open it with the newer version."
        );
        assert_eq!(error.to_field_error().field, "schema_version");
        assert_eq!(
            error.to_field_error().given,
            GivenValue::Text("3".to_owned())
        );
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
            en::migration_error(&error),
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
                en::migration_error(&error),
                format!(
                    "The profile's schema_version is {shown}; it must be a whole number from 1 to 2."
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
            en::migration_error(&MigrationError::NotAnObject),
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
            reason: StepFailure::NotANumber {
                field: "b".to_owned(),
            },
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
            en::migration_error(&MigrationError::MissingStep { from: 2 }),
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
            en::migration_error(&error),
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
                reason: StepFailure::NotAnObject
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
