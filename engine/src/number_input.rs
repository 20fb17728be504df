//! Turning what a user typed into a number the engine accepts, or a message
//! that says what is allowed.

use std::fmt;

/// Why a typed value was refused, with the field it belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The profile path of the field, for example `workload.requests_per_month`.
    pub field: String,
    /// What the user gave, as typed.
    pub given: String,
    /// What is allowed, in plain words (range and unit).
    pub allowed: String,
}

impl fmt::Display for FieldError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = if self.given.trim().is_empty() {
            crate::text::en::enter_allowed(&self.allowed)
        } else {
            crate::text::en::given_not_allowed(self.given.trim(), &self.allowed)
        };
        formatter.write_str(&text)
    }
}

/// Parses a non-negative, finite decimal number no larger than `max`.
///
/// Accepts surrounding spaces and `_` or `,` as digit-group separators
/// (`1,000,000` and `1_000_000` both mean one million); refuses everything
/// else, including negative numbers, `NaN`, `inf` and exponents too large to be
/// finite.
pub fn parse_non_negative(
    field: &str,
    text: &str,
    max: f64,
    unit: &str,
) -> Result<f64, FieldError> {
    let refuse = || FieldError {
        field: field.to_owned(),
        given: text.to_owned(),
        allowed: crate::text::en::allowed_number_between(0.0, max, unit),
    };
    match parse_decimal(text) {
        Some(value) if (0.0..=max).contains(&value) => Ok(value),
        _ => Err(refuse()),
    }
}

/// Parses a finite decimal number as a person types it, or `None`.
///
/// Accepts surrounding spaces, a leading minus, and `_` or `,` as digit-group
/// separators (`1,000,000` and `1_000_000` both mean one million). Refuses
/// `NaN`, `inf`, a leading `+`, and exponents too large to be finite.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let trimmed = text.trim();
    // A comma only separates thousands: "1,5" (a decimal comma) is refused
    // rather than read as 15.
    if trimmed.contains(',') && !commas_group_thousands(trimmed) {
        return None;
    }
    let cleaned: String = text
        .trim()
        .chars()
        .filter(|c| *c != ',' && *c != '_')
        .collect();
    let unsigned = cleaned.strip_prefix('-').unwrap_or(&cleaned);
    // Rust's parser also takes "inf", "NaN" and "+"; a person typing a quantity never means those.
    let looks_numeric = !unsigned.is_empty()
        && unsigned
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '-' | '+'))
        && unsigned.starts_with(|c: char| c.is_ascii_digit() || c == '.');
    if !looks_numeric {
        return None;
    }
    cleaned
        .parse::<f64>()
        .ok()
        .filter(|value| value.is_finite())
}

/// True when every comma in `text` separates groups of three digits in the
/// whole part: `1,000,000.5` yes; `1,5`, `10,00` and `0.1,2` no.
fn commas_group_thousands(text: &str) -> bool {
    let mut parts = text.splitn(2, '.');
    let whole = parts.next().unwrap_or_default();
    if parts.next().is_some_and(|fraction| fraction.contains(',')) {
        return false;
    }
    let mut groups = whole.trim_start_matches('-').split(',');
    let first = groups.next().unwrap_or_default();
    (1..=3).contains(&first.len()) && groups.all(|group| group.len() == 3)
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAX: f64 = 1e12;

    #[test]
    fn accepts_plain_grouped_and_decimal_numbers() {
        assert_eq!(parse_non_negative("f", "1500", MAX, "requests"), Ok(1500.0));
        assert_eq!(
            parse_non_negative("f", " 1,000,000 ", MAX, "requests"),
            Ok(1_000_000.0)
        );
        assert_eq!(
            parse_non_negative("f", "2_500", MAX, "requests"),
            Ok(2500.0)
        );
        assert_eq!(parse_non_negative("f", "0.5", MAX, "requests"), Ok(0.5));
        assert_eq!(parse_non_negative("f", ".5", MAX, "requests"), Ok(0.5));
        assert_eq!(parse_non_negative("f", "3e6", MAX, "requests"), Ok(3e6));
        assert_eq!(parse_non_negative("f", "0", MAX, "requests"), Ok(0.0));
    }

    #[test]
    fn refuses_negative_non_numeric_non_finite_and_too_large() {
        for bad in [
            "", "  ", "-1", "abc", "NaN", "inf", "+5", "1e400", "12abc", "1e13", "--1",
        ] {
            let error = parse_non_negative("workload.requests_per_month", bad, MAX, "requests")
                .expect_err(bad);
            assert_eq!(error.field, "workload.requests_per_month");
            assert_eq!(
                error.allowed,
                "a number from 0 to 1,000,000,000,000 requests"
            );
        }
    }

    #[test]
    fn message_quotes_the_input_and_says_what_is_allowed() {
        let error = parse_non_negative("f", "-3", 100.0, "tokens").unwrap_err();
        assert_eq!(
            error.to_string(),
            "“-3” is not allowed: enter a number from 0 to 100 tokens."
        );
        let empty = parse_non_negative("f", "", 100.0, "tokens").unwrap_err();
        assert_eq!(empty.to_string(), "Enter a number from 0 to 100 tokens.");
    }

    #[test]
    fn parses_decimals_with_sign_and_groups() {
        assert_eq!(parse_decimal("-0.05"), Some(-0.05));
        assert_eq!(parse_decimal(" 1,234.5 "), Some(1234.5));
        assert_eq!(parse_decimal("2e3"), Some(2000.0));
        assert_eq!(parse_decimal("-1,234,567.25"), Some(-1_234_567.25));
        for bad in [
            "", "-", "--1", "+1", "NaN", "-inf", "1e999", "1 2", "abc", "1,5", "0,03", "10,00",
            "1,0000", ",100", "1.5,0",
        ] {
            assert_eq!(parse_decimal(bad), None, "{bad}");
        }
    }
}
