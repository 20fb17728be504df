//! Turning what a user typed into a number the engine accepts, or a
//! [`FieldError`] that says, as typed values, what was given and what is
//! allowed (the words are the catalog's: the English `field_problem`).

use serde_json::Value;

use crate::migrate::MigrationError;
use crate::unit::Unit;

/// Why a value was refused, with the field it belongs to.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldError {
    /// The profile path of the field, for example `workload.requests_per_month`
    /// (or a pseudo-field for a whole file: `(file)`, `(profile)`, `(profile JSON)`).
    pub field: String,
    /// What the user gave.
    pub given: GivenValue,
    /// What is allowed.
    pub allowed: Allowed,
}

/// What was given, as the problem quotes it.
#[derive(Debug, Clone, PartialEq)]
pub enum GivenValue {
    /// Text as typed or as found (a field's text, an id, a JSON value written
    /// as JSON, a version label): data, shown as it is. Empty when nothing was given.
    Text(String),
    /// A number the profile held, shown exactly (never rounded into the range).
    Number(f64),
    /// A value of this JSON kind, where something else belongs.
    JsonKind(JsonKind),
    /// Where a JSON reader stopped, counted from 1.
    Position {
        /// The line.
        line: usize,
        /// The column.
        column: usize,
    },
    /// A file of this many bytes.
    Bytes(u64),
    /// More problems than this (the last entry of a list cut short).
    MoreThanProblems(usize),
    /// Something that is not a JSON object.
    NotAnObject,
}

impl GivenValue {
    /// True when nothing was given (empty or blank text).
    pub fn is_empty(&self) -> bool {
        matches!(self, GivenValue::Text(text) if text.trim().is_empty())
    }
}

/// The kinds of JSON value, for problems that say what was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonKind {
    /// `null`
    Null,
    /// `true` or `false`
    Bool,
    /// A number.
    Number,
    /// A string.
    String,
    /// An array.
    Array,
    /// An object.
    Object,
}

impl JsonKind {
    /// The kind of `value`.
    pub fn of(value: &Value) -> JsonKind {
        match value {
            Value::Null => JsonKind::Null,
            Value::Bool(_) => JsonKind::Bool,
            Value::Number(_) => JsonKind::Number,
            Value::String(_) => JsonKind::String,
            Value::Array(_) => JsonKind::Array,
            Value::Object(_) => JsonKind::Object,
        }
    }
}

/// What a field (or a file) allows: each variant one statement of the rule,
/// with its figures and unit; the catalog words it.
#[derive(Debug, Clone, PartialEq)]
pub enum Allowed {
    /// A number from `low` to `high`, in `unit`.
    NumberBetween {
        /// The lowest allowed.
        low: f64,
        /// The highest allowed.
        high: f64,
        /// The unit (or range note) after the range.
        unit: Unit,
    },
    /// A number from `low` to `high` in `unit`, or nothing for the catalog's figure.
    NumberBetweenOrNothing {
        /// The lowest allowed.
        low: f64,
        /// The highest allowed.
        high: f64,
        /// The unit (or range note) after the range.
        unit: Unit,
    },
    /// A number above 0 and at most `high`, in `unit`.
    NumberAboveZeroUpTo {
        /// The highest allowed.
        high: f64,
        /// The unit (or range note) after the range.
        unit: Unit,
    },
    /// A whole number from `low` to `high`, in `unit`.
    WholeNumberBetween {
        /// The lowest allowed.
        low: u32,
        /// The highest allowed.
        high: u32,
        /// The unit after the range.
        unit: Unit,
    },
    /// Any whole number a `u64` holds (0 to 18,446,744,073,709,551,615).
    WholeNumberU64,
    /// A percentage from `low` to `high` (in percent).
    PercentageBetween {
        /// The lowest allowed, in percent.
        low: f64,
        /// The highest allowed, in percent.
        high: f64,
    },
    /// Any number.
    Number,
    /// Any whole number.
    WholeNumber,
    /// A number, or nothing for the catalog's figure.
    NumberOrNothing,
    /// A number, or `null` for the catalog's figure (in JSON).
    NumberOrNull,
    /// One of the form's listed choices.
    ListedChoice,
    /// One of these keys (enum names as the profile writes them, not words).
    OneOf(Vec<String>),
    /// Yes or no (a toggle).
    YesOrNo,
    /// A percentage.
    Percentage,
    /// A closed model id from the catalog.
    ClosedModelId,
    /// A hosted offer id from the catalog.
    HostedOfferId,
    /// An open model id from the catalog.
    OpenModelId,
    /// A GPU id from the catalog.
    GpuId,
    /// 0 (automatic) or one of these GPUs-per-replica sizes.
    GpusPerReplica(Vec<u32>),
    /// Exactly this `schema_version`, the one this engine reads.
    SchemaVersion(u32),
    /// A profile of a version from `oldest` to `newest`; `why` the given one is refused.
    ProfileVersion {
        /// The oldest version read.
        oldest: u32,
        /// The newest version read.
        newest: u32,
        /// Why the given version was refused.
        why: MigrationError,
    },
    /// A scenario name of 1 to `max_chars` characters on one line.
    Name {
        /// The longest name, in characters.
        max_chars: usize,
    },
    /// A name no other scenario has.
    UnusedName,
    /// A JSON object holding the profile's fields.
    ProfileObject,
    /// A profile with fewer mistakes (the list was cut short).
    FewerMistakes,
    /// A group of fields in braces (a JSON object).
    GroupOfFields,
    /// Text in double quotes (a JSON string).
    Text,
    /// `true` or `false` (JSON).
    TrueOrFalse,
    /// A list (a JSON array).
    List,
    /// No field here: the group has none.
    NoField,
    /// One of the listed names, in double quotes (an enum's JSON name).
    ListedName,
    /// A field the profile has.
    ProfileField,
    /// One of the fields this group has (their keys).
    FieldsOfGroup(Vec<String>),
    /// All three multipliers of a range (low, likely, high); `missing` is absent.
    WholeRange {
        /// The key of the missing multiplier.
        missing: String,
    },
    /// A value of the field's type; `detail` is the JSON reader's own message.
    FieldType {
        /// The JSON reader's (serde's) message, as it wrote it.
        detail: String,
    },
    /// A profile in JSON; `detail` is the JSON reader's own message.
    ProfileJson {
        /// The JSON reader's (serde's) message, as it wrote it.
        detail: String,
    },
    /// What the JSON reader expected, in its own words (when they are not one of the usual ones).
    ReaderSays(String),
    /// A profile file of at most `max_bytes` bytes.
    ImportSize {
        /// The largest file read, in bytes.
        max_bytes: usize,
    },
    /// A profile in JSON, where the file is empty.
    JsonNotEmpty,
    /// Complete JSON, where the text ends too soon.
    CompleteJson,
    /// Well-formed JSON; `detail` is where and why the reader stopped, in its own words.
    WellFormedJson {
        /// The JSON reader's (serde's) message, as it wrote it.
        detail: String,
    },
}

/// Parses a non-negative, finite decimal number no larger than `max`.
///
/// Accepts what [`parse_decimal`] accepts; refuses everything else, including
/// negative numbers, `NaN`, `inf` and exponents too large to be finite. The
/// error says a number from 0 to `max` in `unit` is allowed.
pub fn parse_non_negative(
    field: &str,
    text: &str,
    max: f64,
    unit: Unit,
) -> Result<f64, FieldError> {
    let refuse = || FieldError {
        field: field.to_owned(),
        given: GivenValue::Text(text.to_owned()),
        allowed: Allowed::NumberBetween {
            low: 0.0,
            high: max,
            unit,
        },
    };
    match parse_decimal(text) {
        Some(value) if (0.0..=max).contains(&value) => Ok(value),
        _ => Err(refuse()),
    }
}

/// Parses a finite decimal number as a person types it, or `None`.
///
/// Accepts surrounding spaces, a leading minus, and `_` or `,` as digit-group
/// separators: thousands (`1,000,000`) or the Indian lakh and crore grouping
/// (`12,34,567`, `1,00,00,000`), and `1_000_000`. Refuses a decimal comma
/// (`1,5`), `NaN`, `inf`, a leading `+`, and exponents too large to be finite.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let trimmed = text.trim();
    // A comma only separates digit groups: "1,5" (a decimal comma) is refused
    // rather than read as 15.
    if trimmed.contains(',') && !commas_group_digits(trimmed) {
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

/// True when every comma in `text` separates digit groups of the whole part,
/// in thousands or in the Indian way: a first group of 1 to 3 digits, then
/// groups all of 3 digits, or all of 2 digits ending with one of 3.
/// `1,000,000.5` and `12,34,567` yes; `1,5`, `10,00`, `1,234,56,789` and `0.1,2` no.
fn commas_group_digits(text: &str) -> bool {
    let mut parts = text.splitn(2, '.');
    let whole = parts.next().unwrap_or_default();
    if parts.next().is_some_and(|fraction| fraction.contains(',')) {
        return false;
    }
    let groups: Vec<usize> = whole
        .trim_start_matches('-')
        .split(',')
        .map(str::len)
        .collect();
    let Some((first, rest)) = groups.split_first() else {
        return false;
    };
    let Some((last, middle)) = rest.split_last() else {
        return false;
    };
    (1..=3).contains(first)
        && *last == 3
        && (middle.iter().all(|len| *len == 3) || middle.iter().all(|len| *len == 2))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::en;

    const MAX: f64 = 1e12;

    fn parse(text: &str) -> Result<f64, FieldError> {
        parse_non_negative("f", text, MAX, Unit::Tokens)
    }

    #[test]
    fn accepts_plain_grouped_and_decimal_numbers() {
        assert_eq!(parse("1500"), Ok(1500.0));
        assert_eq!(parse(" 1,000,000 "), Ok(1_000_000.0));
        assert_eq!(parse("2_500"), Ok(2500.0));
        assert_eq!(parse("0.5"), Ok(0.5));
        assert_eq!(parse(".5"), Ok(0.5));
        assert_eq!(parse("3e6"), Ok(3e6));
        assert_eq!(parse("0"), Ok(0.0));
        assert_eq!(parse("12,34,567"), Ok(1_234_567.0));
    }

    #[test]
    fn refuses_negative_non_numeric_non_finite_and_too_large() {
        for bad in [
            "", "  ", "-1", "abc", "NaN", "inf", "+5", "1e400", "12abc", "1e13", "--1",
        ] {
            let error = parse_non_negative(
                "workload.requests_per_month",
                bad,
                MAX,
                Unit::RequestsPerMonth,
            )
            .expect_err(bad);
            assert_eq!(error.field, "workload.requests_per_month");
            assert_eq!(error.given, GivenValue::Text(bad.to_owned()));
            assert_eq!(
                error.allowed,
                Allowed::NumberBetween {
                    low: 0.0,
                    high: MAX,
                    unit: Unit::RequestsPerMonth
                }
            );
            assert_eq!(
                en::allowed(&error.allowed),
                "a number from 0 to 1,000,000,000,000 requests per month"
            );
        }
    }

    #[test]
    fn message_quotes_the_input_and_says_what_is_allowed() {
        let error = parse_non_negative("f", "-3", 100.0, Unit::Tokens).unwrap_err();
        assert_eq!(
            en::field_problem(&error),
            "“-3” is not allowed: enter a number from 0 to 100 tokens."
        );
        let empty = parse_non_negative("f", "", 100.0, Unit::Tokens).unwrap_err();
        assert!(empty.given.is_empty());
        assert_eq!(
            en::field_problem(&empty),
            "Enter a number from 0 to 100 tokens."
        );
    }

    #[test]
    fn parses_decimals_with_sign_and_groups() {
        assert_eq!(parse_decimal("-0.05"), Some(-0.05));
        assert_eq!(parse_decimal(" 1,234.5 "), Some(1234.5));
        assert_eq!(parse_decimal("2e3"), Some(2000.0));
        assert_eq!(parse_decimal("-1,234,567.25"), Some(-1_234_567.25));
        for bad in [
            "", "-", "--1", "+1", "NaN", "-inf", "1e999", "1 2", "abc", "1,5", "0,03", "10,00",
            "1,0000", ",100", "1.5,0", "1,", "1,,000", "-,100",
        ] {
            assert_eq!(parse_decimal(bad), None, "{bad}");
        }
    }

    /// Indian readers group lakhs and crores: 12,34,567 is 1234567.
    #[test]
    fn parses_lakh_and_crore_grouping() {
        assert_eq!(parse_decimal("12,34,567"), Some(1_234_567.0));
        assert_eq!(parse_decimal("1,00,000"), Some(100_000.0));
        assert_eq!(parse_decimal("1,00,00,000"), Some(10_000_000.0));
        assert_eq!(parse_decimal("99,99,99,999.75"), Some(999_999_999.75));
        assert_eq!(parse_decimal("-5,00,000"), Some(-500_000.0));
        assert_eq!(parse_decimal(" 1,23,456 "), Some(123_456.0));
        // Thousands still read as before.
        assert_eq!(parse_decimal("123,456,789"), Some(123_456_789.0));
        for bad in [
            // A decimal comma, in any position.
            "1,5",
            "12,34,5",
            "1,23,45",
            "12,34,56,7",
            // Groups of 2 must end with a group of 3, and not mix with groups of 3.
            "1,234,56,789",
            "12,345,67,890",
            "1,23,456,789",
            "12,34,5678",
            // A first group of at most 3 digits.
            "1234,56,789",
            // No comma in the fraction.
            "1,00,000.5,0",
        ] {
            assert_eq!(parse_decimal(bad), None, "{bad}");
        }
    }
}
