//! Editing a profile field by field from what a person typed.
//!
//! A form keeps the text as typed; this module turns it into a new profile, or
//! into the field's [`FieldError`] saying what is allowed. The validator
//! ([`crate::validate::validate`]) stays the one place that knows each field's
//! range: this module asks it rather than repeating the ranges.

use serde_json::Value;

use crate::number_input::{parse_decimal, Allowed, FieldError, GivenValue};
use crate::profile::Profile;
use crate::validate::validate;

/// How a field's text becomes a profile value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    /// A decimal number.
    Number,
    /// A whole number (months, replicas, GPUs).
    WholeNumber,
    /// A decimal number, or empty for "use the catalog's figure" (`null`).
    OptionalNumber,
    /// Free text or an id from a list (catalog ids, enum names).
    Text,
    /// `true` or `false`.
    Toggle,
    /// A fraction typed as a percentage: `3` or `3 %` is stored as `0.03`.
    Percent,
}

/// A fraction as the percentage a person types (`0.03` -> `3`), rounded to
/// nine decimals so binary noise (`3.0000000000000004`) never shows.
pub fn fraction_as_percent(fraction: f64) -> f64 {
    let percent = (fraction * 100.0 * 1e9).round() / 1e9;
    if percent.is_finite() {
        percent
    } else {
        0.0
    }
}

/// Applies `text`, typed into the field at `path`, to a copy of `profile`.
///
/// Returns the new profile when the text parses and the field then passes
/// validation; otherwise the error for that field, quoting the text as typed
/// and saying what is allowed. Problems the edit causes in other fields (for
/// example a context longer than a model accepts) are left to the report,
/// which excludes the route and says why.
pub fn apply_text(
    profile: &Profile,
    path: &str,
    kind: FieldKind,
    text: &str,
) -> Result<Profile, FieldError> {
    let refuse = |allowed: Allowed| FieldError {
        field: path.to_owned(),
        given: GivenValue::Text(text.to_owned()),
        allowed,
    };
    let value = match kind {
        FieldKind::Number => parse_decimal(text).map(Value::from),
        FieldKind::WholeNumber => parse_decimal(text)
            .filter(|number| {
                number.fract() == 0.0 && *number >= 0.0 && *number <= f64::from(u32::MAX)
            })
            .map(|number| Value::from(number as u64)),
        FieldKind::OptionalNumber if text.trim().is_empty() => Some(Value::Null),
        FieldKind::OptionalNumber => parse_decimal(text).map(Value::from),
        FieldKind::Text => Some(Value::from(text.trim())),
        FieldKind::Percent => parse_decimal(text.trim().strip_suffix('%').unwrap_or(text).trim())
            .map(|percent| Value::from(percent / 100.0)),
        FieldKind::Toggle => match text.trim() {
            "true" => Some(Value::Bool(true)),
            "false" => Some(Value::Bool(false)),
            _ => None,
        },
    };
    let Some(value) = value else {
        return Err(refuse(allowed_for(profile, path, kind)));
    };
    let mut next = profile.clone();
    next.set_field(path, value)
        .map_err(|error| refuse(error.allowed))?;
    match validate(&next)
        .into_iter()
        .find(|error| error.field == path)
    {
        // The validator speaks in fractions; a percentage field answers in percent.
        Some(_) if kind == FieldKind::Percent => Err(refuse(allowed_for(profile, path, kind))),
        Some(error) => Err(refuse(error.allowed)),
        None => Ok(next),
    }
}

/// What the field at `path` allows, as the validator states it.
///
/// Learned by setting the field to a value no field accepts and reading the
/// validator's problem, so ranges live only in [`crate::validate`].
pub fn allowed_for(profile: &Profile, path: &str, kind: FieldKind) -> Allowed {
    let generic = match kind {
        FieldKind::Number => Allowed::Number,
        FieldKind::WholeNumber => Allowed::WholeNumber,
        FieldKind::OptionalNumber => Allowed::NumberOrNothing,
        FieldKind::Text => Allowed::ListedChoice,
        FieldKind::Toggle => Allowed::YesOrNo,
        FieldKind::Percent => Allowed::Percentage,
    };
    if kind == FieldKind::Percent {
        return match crate::validate::fraction_range(path) {
            Some((low, high)) => Allowed::PercentageBetween {
                low: fraction_as_percent(low),
                high: fraction_as_percent(high),
            },
            None => generic,
        };
    }
    let probe_value = match kind {
        FieldKind::Number | FieldKind::OptionalNumber => Value::from(-1e300),
        FieldKind::WholeNumber => Value::from(u64::from(u32::MAX)),
        FieldKind::Text | FieldKind::Toggle | FieldKind::Percent => return generic,
    };
    let mut probe = profile.clone();
    if probe.set_field(path, probe_value).is_err() {
        return generic;
    }
    let allowed = validate(&probe)
        .into_iter()
        .find(|error| error.field == path)
        .map(|error| error.allowed);
    match (kind, allowed) {
        // An optional number's range, or nothing for the catalog's figure.
        (FieldKind::OptionalNumber, Some(Allowed::NumberBetween { low, high, unit })) => {
            Allowed::NumberBetweenOrNothing { low, high, unit }
        }
        (_, Some(allowed)) => allowed,
        (_, None) => generic,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::en;
    use crate::unit::Unit;

    #[test]
    fn a_valid_number_changes_only_that_field() {
        let profile = Profile::default();
        let next = apply_text(
            &profile,
            "workload.requests_per_month",
            FieldKind::Number,
            "2,000,000",
        )
        .unwrap();
        assert_eq!(next.workload.requests_per_month, 2_000_000.0);
        let mut expected = profile.clone();
        expected.workload.requests_per_month = 2_000_000.0;
        assert_eq!(next, expected);
    }

    #[test]
    fn text_that_is_not_a_number_says_what_the_validator_allows() {
        let error = apply_text(
            &Profile::default(),
            "workload.requests_per_month",
            FieldKind::Number,
            "lots",
        )
        .unwrap_err();
        assert_eq!(error.field, "workload.requests_per_month");
        assert_eq!(error.given, GivenValue::Text("lots".to_owned()));
        let out_of_range = apply_text(
            &Profile::default(),
            "workload.requests_per_month",
            FieldKind::Number,
            "-1",
        )
        .unwrap_err();
        // Both messages come from the validator's one statement of the range.
        assert_eq!(error.allowed, out_of_range.allowed);
        let allowed = en::allowed(&error.allowed);
        assert!(allowed.starts_with("a number from 0 to"), "{allowed}");
    }

    #[test]
    fn whole_numbers_refuse_fractions() {
        let error = apply_text(
            &Profile::default(),
            "routes.horizon_months",
            FieldKind::WholeNumber,
            "12.5",
        )
        .unwrap_err();
        assert!(
            matches!(error.allowed, Allowed::WholeNumberBetween { .. }),
            "{:?}",
            error.allowed
        );
        assert!(en::allowed(&error.allowed).contains("whole number"));
        let next = apply_text(
            &Profile::default(),
            "routes.horizon_months",
            FieldKind::WholeNumber,
            "48",
        )
        .unwrap();
        assert_eq!(next.routes.horizon_months, 48);
    }

    #[test]
    fn an_empty_optional_number_means_the_catalog_figure() {
        let mut profile = Profile::default();
        profile.routes.self_hosted.gpu_hour_usd_override = Some(2.5);
        let next = apply_text(
            &profile,
            "routes.self_hosted.gpu_hour_usd_override",
            FieldKind::OptionalNumber,
            " ",
        )
        .unwrap();
        assert_eq!(next.routes.self_hosted.gpu_hour_usd_override, None);
        let refused = apply_text(
            &profile,
            "routes.self_hosted.gpu_hour_usd_override",
            FieldKind::OptionalNumber,
            "cheap",
        )
        .unwrap_err();
        assert_eq!(
            refused.allowed,
            Allowed::NumberBetweenOrNothing {
                low: 0.0,
                high: 1000.0,
                unit: Unit::UsdPerGpuHour
            }
        );
        assert_eq!(
            en::field_problem(&refused),
            "“cheap” is not allowed: enter a number from 0 to 1,000 USD per GPU-hour, or \
             nothing to use the catalog's figure."
        );
    }

    #[test]
    fn choices_and_toggles() {
        let profile = Profile::default();
        let next = apply_text(
            &profile,
            "requirements.data_residency",
            FieldKind::Text,
            "air_gapped",
        )
        .unwrap();
        assert_eq!(
            next.field("requirements.data_residency"),
            Some(Value::from("air_gapped"))
        );
        assert!(apply_text(
            &profile,
            "requirements.data_residency",
            FieldKind::Text,
            "moon"
        )
        .is_err());
        let next = apply_text(
            &profile,
            "requirements.vendor_sla_needed",
            FieldKind::Toggle,
            "true",
        )
        .unwrap();
        assert!(next.requirements.vendor_sla_needed);
        assert!(apply_text(
            &profile,
            "requirements.vendor_sla_needed",
            FieldKind::Toggle,
            "maybe"
        )
        .is_err());
    }

    #[test]
    fn an_unknown_catalog_id_is_refused() {
        let error = apply_text(
            &Profile::default(),
            "routes.self_hosted.gpu",
            FieldKind::Text,
            "tpu-v9",
        )
        .unwrap_err();
        assert_eq!(error.given, GivenValue::Text("tpu-v9".to_owned()));
        assert_eq!(error.allowed, Allowed::GpuId);
    }

    #[test]
    fn an_unknown_path_is_refused_without_panicking() {
        assert!(apply_text(&Profile::default(), "no.such.field", FieldKind::Number, "1").is_err());
        assert!(apply_text(&Profile::default(), "", FieldKind::Text, "x").is_err());
    }

    #[test]
    fn a_percentage_is_stored_as_a_fraction_and_shown_back_as_typed() {
        let profile = Profile::default();
        for (typed, fraction) in [("3", 0.03), ("3 %", 0.03), ("-12.5%", -0.125), ("0", 0.0)] {
            let next = apply_text(
                &profile,
                "workload.growth_per_month",
                FieldKind::Percent,
                typed,
            )
            .unwrap();
            assert_eq!(next.workload.growth_per_month, fraction, "{typed}");
        }
        assert_eq!(fraction_as_percent(0.03), 3.0);
        assert_eq!(fraction_as_percent(0.07), 7.0);
        assert_eq!(fraction_as_percent(-0.125), -12.5);
        assert_eq!(fraction_as_percent(f64::NAN), 0.0);
    }

    #[test]
    fn a_percentage_out_of_range_says_what_is_allowed_in_percent() {
        let error = apply_text(
            &Profile::default(),
            "workload.batch_share",
            FieldKind::Percent,
            "120",
        )
        .unwrap_err();
        assert_eq!(error.given, GivenValue::Text("120".to_owned()));
        assert_eq!(en::allowed(&error.allowed), "a percentage from 0 to 100 %");
        let growth = apply_text(
            &Profile::default(),
            "workload.growth_per_month",
            FieldKind::Percent,
            "lots",
        )
        .unwrap_err();
        assert_eq!(
            en::allowed(&growth.allowed),
            "a percentage from -50 to 100 %"
        );
    }
}
