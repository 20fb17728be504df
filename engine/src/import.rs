//! Importing a profile from a JSON file the user picked or dropped: the size
//! first, then the JSON, the version, the fields' types and the values, with
//! every problem listed by field. The caller changes nothing unless this
//! returns `Ok`.

use serde_json::Value;

use crate::migrate::{migrate_profile_value, MigrationError};
use crate::number_input::{Allowed, FieldError, GivenValue};
use crate::profile::Profile;

/// The largest file imported, in bytes (1 MiB); checked before anything else.
/// An exported profile is about 5 KB.
pub const MAX_IMPORT_BYTES: usize = 1_048_576;

/// Which stage refused the import: what the page says above the list
/// (the English catalog's `import_headline`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportErrorKind {
    /// Larger than [`MAX_IMPORT_BYTES`].
    TooLarge,
    /// Not JSON (empty, cut short, a syntax error).
    NotJson,
    /// The profile's version cannot be read (newer than this calculator, or unknown).
    Version,
    /// Not a profile's shape: unknown fields, wrong types.
    WrongFields,
    /// A profile, but values outside what is allowed.
    Invalid,
}

/// Why an import was refused: the stage, and every problem found, by field.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportErrors {
    /// The stage that refused it.
    pub kind: ImportErrorKind,
    /// Every problem, by field (`field`, `given`, `allowed`); never empty.
    pub problems: Vec<FieldError>,
}

impl ImportErrors {
    fn one(
        kind: ImportErrorKind,
        field: &str,
        given: GivenValue,
        allowed: Allowed,
    ) -> ImportErrors {
        ImportErrors {
            kind,
            problems: vec![FieldError {
                field: field.to_owned(),
                given,
                allowed,
            }],
        }
    }

    /// The error for a file of `bytes` bytes, more than [`MAX_IMPORT_BYTES`]:
    /// a page checks a file's size with this before reading it at all.
    pub fn too_large(bytes: u64) -> ImportErrors {
        ImportErrors::one(
            ImportErrorKind::TooLarge,
            "(file)",
            GivenValue::Bytes(bytes),
            Allowed::ImportSize {
                max_bytes: MAX_IMPORT_BYTES,
            },
        )
    }
}

/// Reads a profile from the text of a JSON file.
///
/// In order: at most [`MAX_IMPORT_BYTES`] (checked before any parsing); JSON
/// (a syntax error gives its line and column); the profile version (older
/// versions are migrated, a newer one is refused); unknown fields and wrong
/// types, all of them by path; then [`crate::validate::validate`]. Problems of
/// the last two stages are listed together, so one import shows everything
/// to fix. A leading byte-order mark is ignored. Never panics.
pub fn import_profile_json(text: &str) -> Result<Profile, ImportErrors> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportErrors::too_large(text.len() as u64));
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ImportErrors::one(
            ImportErrorKind::NotJson,
            "(file)",
            GivenValue::Text(String::new()),
            Allowed::JsonNotEmpty,
        ));
    }
    let value: Value = serde_json::from_str(text).map_err(|error| {
        ImportErrors::one(
            ImportErrorKind::NotJson,
            "(file)",
            GivenValue::Position {
                line: error.line(),
                column: error.column(),
            },
            syntax_message(&error),
        )
    })?;
    let value = migrate_profile_value(value).map_err(|error| {
        let kind = match error {
            MigrationError::NotAnObject => ImportErrorKind::WrongFields,
            _ => ImportErrorKind::Version,
        };
        ImportErrors {
            kind,
            problems: vec![error.to_field_error()],
        }
    })?;
    let (profile, mut problems) = crate::read_profile::read_repairing(&value);
    let kind = if problems.is_empty() {
        ImportErrorKind::Invalid
    } else {
        ImportErrorKind::WrongFields
    };
    // The fields set aside took their (valid) defaults, so what validation
    // finds here are the other problems: listed too, so nothing is hidden.
    if let Some(profile) = &profile {
        problems.extend(crate::validate::validate(profile));
    }
    match profile {
        Some(profile) if problems.is_empty() => Ok(profile),
        _ => Err(ImportErrors { kind, problems }),
    }
}

/// What a JSON syntax error says is allowed.
fn syntax_message(error: &serde_json::Error) -> Allowed {
    if error.classify() == serde_json::error::Category::Eof {
        return Allowed::CompleteJson;
    }
    let full = error.to_string();
    let message = full
        .rfind(" at line ")
        .and_then(|cut| full.get(..cut))
        .unwrap_or(&full);
    Allowed::WellFormedJson {
        detail: message.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::en;

    fn refused(text: &str) -> ImportErrors {
        match import_profile_json(text) {
            Ok(profile) => panic!("imported {profile:?}"),
            Err(errors) => errors,
        }
    }

    #[test]
    fn an_exported_profile_imports_as_it_was() {
        let mut profile = Profile {
            name: "Bank <b>\"quoted\"</b> & co".to_owned(),
            ..Profile::default()
        };
        profile.workload.requests_per_month = 12_345.0;
        assert_eq!(import_profile_json(&profile.to_json()), Ok(profile.clone()));
        let with_bom = format!("\u{feff}{}", profile.to_json());
        assert_eq!(import_profile_json(&with_bom), Ok(profile));
        assert_eq!(import_profile_json("{}"), Ok(Profile::default()));
    }

    #[test]
    fn too_large_is_refused_before_parsing() {
        let text = format!("{{\"name\": \"{}\"}}", "x".repeat(MAX_IMPORT_BYTES));
        let errors = refused(&text);
        assert_eq!(errors.kind, ImportErrorKind::TooLarge);
        assert_eq!(
            en::import_errors(&errors),
            "The file is too large to be a profile; nothing was changed.\n\
             - (file): “1,048,588 bytes” is not allowed: enter a profile file of at most \
             1,048,576 bytes (1 MiB)."
        );
        // Exactly at the limit is read.
        let padded = format!("{{}}{}", " ".repeat(MAX_IMPORT_BYTES - 2));
        assert_eq!(import_profile_json(&padded), Ok(Profile::default()));
    }

    #[test]
    fn not_json_says_where() {
        let errors = refused("{\n  \"name\": \"A\",\n  \"workload\" 5\n}");
        assert_eq!(errors.kind, ImportErrorKind::NotJson);
        assert_eq!(
            en::import_errors(&errors),
            "The file is not readable JSON; nothing was changed.\n\
             - (file): “line 3, column 14” is not allowed: enter well-formed JSON (the reader \
             stopped here: expected `:`)."
        );
        let cut = refused("{\"name\": \"A\", \"workload\": {");
        assert_eq!(
            en::allowed(&cut.problems[0].allowed),
            "complete JSON: the text ends too soon, as if cut short"
        );
        let empty = refused("  \n");
        assert_eq!(
            en::import_errors(&empty),
            "The file is not readable JSON; nothing was changed.\n\
             - (file): Enter a profile in JSON: the file is empty."
        );
    }

    #[test]
    fn a_newer_version_is_refused() {
        let errors = refused("{\"schema_version\": 3, \"name\": \"From the future\"}");
        assert_eq!(errors.kind, ImportErrorKind::Version);
        assert_eq!(
            en::import_errors(&errors),
            "The file's profile version cannot be read by this calculator; nothing was changed.\n\
             - schema_version: “3” is not allowed: enter a profile of version 1 to 2 (This \
             profile was made by a newer version of the calculator (profile version 3); this \
             version reads profile versions up to 2. Open it with the newer version.)."
        );
    }

    #[test]
    fn wrong_fields_and_invalid_values_are_all_listed() {
        let errors = refused(
            r#"{"workload": {"requests_per_month": "many", "batch_share": 3},
                "routes": {"horizon_months": 0, "self_hosted": {"gpu": "abacus"}},
                "extra": true}"#,
        );
        assert_eq!(errors.kind, ImportErrorKind::WrongFields);
        let fields: Vec<&str> = errors.problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "extra",
                "workload.requests_per_month",
                "workload.batch_share",
                "routes.horizon_months",
                "routes.self_hosted.gpu",
            ]
        );
        assert!(en::import_errors(&errors)
            .starts_with("The file is not a profile this calculator can read (5 problems);"));
    }

    #[test]
    fn invalid_values_alone_have_their_own_headline() {
        let errors = refused(r#"{"workload": {"batch_share": 3}}"#);
        assert_eq!(errors.kind, ImportErrorKind::Invalid);
        assert_eq!(
            en::import_errors(&errors),
            "The profile has 1 value outside what is allowed; nothing was changed.\n\
             - workload.batch_share: “3” is not allowed: enter a number from 0 to 1 (a fraction)."
        );
    }

    #[test]
    fn a_list_or_a_number_is_not_a_profile() {
        let errors = refused("[1, 2]");
        assert_eq!(errors.kind, ImportErrorKind::WrongFields);
        assert_eq!(errors.problems[0].field, "(profile)");
        assert_eq!(
            en::import_headline(&errors),
            "The file is not a profile this calculator can read (1 problem); nothing was changed."
        );
    }
}
