//! Reading a JSON value into a [`Profile`], with every unknown field and every
//! value of the wrong type listed by its dotted path, not only the first.
//!
//! Unknown fields are found first, by comparing the value's objects with the
//! default profile's, and set aside. serde then stops at the first wrong type
//! and names it by line and column, so the rest is written out with one field
//! per line, keeping the path of each line: the deserializer's line names the
//! field. That field is set aside too (its default takes its place) and the
//! profile is read again, until it reads or [`MAX_PROBLEMS`] are listed: at
//! most 51 reads, whatever the input (a profile with one mistake is read
//! twice).
//!
//! Ranges are not checked here: [`crate::validate::validate`] does that on the
//! profile this returns.

use serde_json::Value;

use crate::migrate::short_json;
use crate::number_input::{Allowed, FieldError, GivenValue, JsonKind};
use crate::profile::Profile;

/// The most problems listed; past this the list ends with a note that there are more.
pub const MAX_PROBLEMS: usize = 50;

/// Reads `value` (already migrated to the current version) into a profile.
///
/// On failure, every problem found: unknown fields and wrong types by path,
/// and, when the value is not an object at all, one problem on `(profile)`.
/// Missing fields take their defaults (except inside an uncertainty range,
/// whose three multipliers go together).
pub fn profile_from_value(value: &Value) -> Result<Profile, Vec<FieldError>> {
    let (profile, problems) = read_repairing(value);
    match profile {
        Some(profile) if problems.is_empty() => Ok(profile),
        _ => Err(problems),
    }
}

/// Reads `value`, setting aside each field that does not fit; returns the
/// profile read from what was left (if any) and the problems found.
pub(crate) fn read_repairing(value: &Value) -> (Option<Profile>, Vec<FieldError>) {
    let mut problems = Vec::new();
    let Value::Object(_) = value else {
        problems.push(FieldError {
            field: "(profile)".to_owned(),
            given: GivenValue::JsonKind(JsonKind::of(value)),
            allowed: Allowed::ProfileObject,
        });
        return (None, problems);
    };
    let mut working = value.clone();
    let defaults = Profile::default().to_value();
    set_aside_unknown(&mut working, &defaults, &mut Vec::new(), &mut problems);
    if problems.len() >= MAX_PROBLEMS {
        sort_by_field(&mut problems);
        problems.truncate(MAX_PROBLEMS);
        problems.push(too_many());
        return (None, problems);
    }
    loop {
        let (text, lines) = write_lines(&working);
        let error = match serde_json::from_str::<Profile>(&text) {
            Ok(profile) => {
                // By path: unknown fields and wrong types mixed, as in the file.
                sort_by_field(&mut problems);
                return (Some(profile), problems);
            }
            Err(error) => error,
        };
        let path: &[String] = error
            .line()
            .checked_sub(1)
            .and_then(|index| lines.get(index))
            .map(Vec::as_slice)
            .unwrap_or_default();
        let given = if path.is_empty() {
            String::new()
        } else {
            working
                .pointer(&pointer(path))
                .map(short_json)
                .unwrap_or_default()
        };
        problems.push(FieldError {
            field: if path.is_empty() {
                "(profile)".to_owned()
            } else {
                dotted(path)
            },
            given: GivenValue::Text(given),
            allowed: plain_message(&error)
                .or_else(|| expected_from_default(path))
                .unwrap_or_else(|| Allowed::ReaderSays(without_position(&error))),
        });
        if problems.len() >= MAX_PROBLEMS {
            sort_by_field(&mut problems);
            problems.push(too_many());
            return (None, problems);
        }
        // Setting the field aside must make progress, or the loop would not end.
        let path = path.to_vec();
        if path.is_empty() || !remove_at(&mut working, &path) {
            sort_by_field(&mut problems);
            return (None, problems);
        }
    }
}

/// Problems in path order. One function, so the sort is compiled once (each
/// closure passed to `sort_by` is its own copy of the sort in the bundle).
fn sort_by_field(problems: &mut [FieldError]) {
    problems.sort_by(|a, b| a.field.cmp(&b.field));
}

/// The last entry of a list cut at [`MAX_PROBLEMS`].
fn too_many() -> FieldError {
    FieldError {
        field: "(profile)".to_owned(),
        given: GivenValue::MoreThanProblems(MAX_PROBLEMS),
        allowed: Allowed::FewerMistakes,
    }
}

/// Removes every field of `value` that the profile does not have (compared
/// with `known`, the default profile's value at the same place), recording
/// each as a problem. Only objects that the profile has are looked into.
fn set_aside_unknown(
    value: &mut Value,
    known: &Value,
    path: &mut Vec<String>,
    problems: &mut Vec<FieldError>,
) {
    let (Value::Object(map), Value::Object(known_map)) = (value, known) else {
        return;
    };
    let unknown: Vec<String> = map
        .keys()
        .filter(|key| !known_map.contains_key(*key))
        .cloned()
        .collect();
    for key in unknown {
        let given = map.remove(&key).map(|v| short_json(&v)).unwrap_or_default();
        // Past the limit the fields are still set aside, but no longer listed.
        if problems.len() <= MAX_PROBLEMS {
            path.push(key);
            problems.push(FieldError {
                field: dotted(path),
                given: GivenValue::Text(given),
                allowed: Allowed::FieldsOfGroup(known_map.keys().cloned().collect()),
            });
            path.pop();
        }
    }
    for (key, child) in map.iter_mut() {
        if let Some(known_child) = known_map.get(key) {
            path.push(key.clone());
            set_aside_unknown(child, known_child, path, problems);
            path.pop();
        }
    }
}

/// Writes `value` as JSON with each field on its own line (an object's
/// closing brace on its own line too; arrays and scalars stay on their field's
/// line), and the path of each line: `lines[n]` is line `n + 1`. JSON strings
/// never hold a raw line break, so the lines are exact.
fn write_lines(value: &Value) -> (String, Vec<Vec<String>>) {
    let mut out = String::new();
    let mut lines = vec![Vec::new()];
    let mut path = Vec::new();
    write_value(value, &mut path, &mut out, &mut lines);
    (out, lines)
}

/// Writes `value` from the current line, whose path is already recorded.
fn write_value(
    value: &Value,
    path: &mut Vec<String>,
    out: &mut String,
    lines: &mut Vec<Vec<String>>,
) {
    match value {
        Value::Object(map) if !map.is_empty() => {
            out.push('{');
            for (index, (key, child)) in map.iter().enumerate() {
                if index > 0 {
                    out.push(',');
                }
                out.push('\n');
                path.push(key.clone());
                lines.push(path.clone());
                out.push_str(&Value::String(key.clone()).to_string());
                out.push(':');
                write_value(child, path, out, lines);
                path.pop();
            }
            // The closing brace's line: a missing field is reported there.
            out.push('\n');
            lines.push(path.clone());
            out.push('}');
        }
        other => out.push_str(&other.to_string()),
    }
}

/// The dotted path as shown to people: a name that is empty or holds anything
/// but letters, digits, `_` and `-` is shown in JSON quotes (`""`, `"a.b"`),
/// so every problem names its field visibly and without ambiguity.
fn dotted(path: &[String]) -> String {
    let parts: Vec<String> = path
        .iter()
        .map(|part| {
            let plain = !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
            if plain {
                part.clone()
            } else {
                Value::String(part.clone()).to_string()
            }
        })
        .collect();
    parts.join(".")
}

/// A JSON pointer (RFC 6901) to the field at `path`.
fn pointer(path: &[String]) -> String {
    path.iter()
        .map(|part| format!("/{}", part.replace('~', "~0").replace('/', "~1")))
        .collect()
}

/// Removes the field at `path`; false if there is none.
fn remove_at(value: &mut Value, path: &[String]) -> bool {
    let Some((key, parent)) = path.split_last() else {
        return false;
    };
    value
        .pointer_mut(&pointer(parent))
        .and_then(Value::as_object_mut)
        .is_some_and(|map| map.remove(key).is_some())
}

/// serde's message without its line and column.
fn without_position(error: &serde_json::Error) -> String {
    let full = error.to_string();
    match full.rfind(" at line ") {
        Some(cut) => full.get(..cut).unwrap_or(&full).to_owned(),
        None => full,
    }
}

/// What the default profile holds at `path`: what a field there must be when
/// serde's message does not say (a list where a group of fields belongs, for
/// example).
fn expected_from_default(path: &[String]) -> Option<Allowed> {
    let defaults = Profile::default().to_value();
    Some(match defaults.pointer(&pointer(path))? {
        Value::Object(_) => Allowed::GroupOfFields,
        Value::Number(number) if number.is_f64() => Allowed::Number,
        Value::Number(_) => Allowed::WholeNumber,
        Value::String(_) => Allowed::Text,
        Value::Bool(_) => Allowed::TrueOrFalse,
        Value::Null => Allowed::NumberOrNull,
        Value::Array(_) => Allowed::List,
    })
}

/// What serde's message says is allowed, when it is one of the usual ones.
fn plain_message(error: &serde_json::Error) -> Option<Allowed> {
    let message = without_position(error);
    if let Some(rest) = message.strip_prefix("unknown field ") {
        let known = rest
            .split_once(", expected one of ")
            .map(|(_, known)| known)
            .or_else(|| rest.split_once(", expected ").map(|(_, known)| known));
        return Some(match known {
            Some(known) => Allowed::FieldsOfGroup(key_list(known)),
            None => Allowed::NoField,
        });
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        return rest
            .split_once(", expected one of ")
            .or_else(|| rest.split_once(", expected "))
            .map(|(_, known)| Allowed::OneOf(key_list(known)));
    }
    if let Some(rest) = message.strip_prefix("missing field ") {
        return Some(Allowed::WholeRange {
            missing: rest.replace('`', ""),
        });
    }
    for prefix in ["invalid type: ", "invalid value: ", "invalid length: "] {
        if let Some(rest) = message.strip_prefix(prefix) {
            if let Some((_, expected)) = rest.rsplit_once(", expected ") {
                return Some(plain_expected(expected));
            }
        }
    }
    None
}

/// What serde's "expected ..." means.
fn plain_expected(expected: &str) -> Allowed {
    match expected {
        "f64" | "f32" => Allowed::Number,
        "u32" => Allowed::WholeNumberBetween {
            low: 0,
            high: u32::MAX,
            unit: crate::unit::Unit::None,
        },
        "u64" => Allowed::WholeNumberU64,
        "a boolean" => Allowed::TrueOrFalse,
        "a string" => Allowed::Text,
        other if other.starts_with("struct ") => Allowed::GroupOfFields,
        other if other.starts_with("variant identifier") || other.starts_with("enum ") => {
            Allowed::ListedName
        }
        other => Allowed::ReaderSays(other.to_owned()),
    }
}

/// serde's list of names, "`a`, `b`, `c`" or "`a` or `b`" or "`a`", as the
/// names: `["a", "b", "c"]`.
fn key_list(text: &str) -> Vec<String> {
    text.split(", ")
        .flat_map(|part| part.split(" or "))
        .map(|name| name.trim().trim_matches('`').to_owned())
        .filter(|name| !name.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use serde_json::{json, Map};

    use super::*;

    /// Each problem's field, given and allowed, in English.
    fn problems(value: Value) -> Vec<(String, String, String)> {
        profile_from_value(&value)
            .unwrap_err()
            .into_iter()
            .map(|error| {
                (
                    error.field,
                    crate::text::en::given(&error.given),
                    crate::text::en::allowed(&error.allowed),
                )
            })
            .collect()
    }

    #[test]
    fn a_good_value_reads_and_missing_fields_take_defaults() {
        assert_eq!(profile_from_value(&json!({})), Ok(Profile::default()));
        let profile = profile_from_value(&json!({"workload": {"requests_per_month": 5}})).unwrap();
        assert_eq!(profile.workload.requests_per_month, 5.0);
        assert_eq!(profile.workload.batch_share, 0.0);
    }

    #[test]
    fn every_wrong_field_is_listed_by_path() {
        let found = problems(json!({
            "name": 5,
            "workload": {"requests_per_month": "lots", "speed": 3},
            "routes": {"self_hosted": {"precision": "fp2", "tensor_parallel": -2}},
            "colour": "blue",
            "team": [1, 2]
        }));
        let fields: Vec<&str> = found.iter().map(|(field, _, _)| field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "colour",
                "name",
                "routes.self_hosted.precision",
                "routes.self_hosted.tensor_parallel",
                "team",
                "workload.requests_per_month",
                "workload.speed",
            ]
        );
        let by_field = |name: &str| {
            found
                .iter()
                .find(|(field, _, _)| field == name)
                .cloned()
                .unwrap()
        };
        assert_eq!(by_field("name").1, "5");
        assert_eq!(by_field("name").2, "text in double quotes");
        assert_eq!(by_field("workload.requests_per_month").1, "\"lots\"");
        assert_eq!(by_field("workload.requests_per_month").2, "a number");
        assert_eq!(
            by_field("routes.self_hosted.precision").2,
            "one of bf16, fp8, int8, int4, fp4"
        );
        assert_eq!(
            by_field("routes.self_hosted.tensor_parallel").2,
            "a whole number from 0 to 4,294,967,295"
        );
        assert_eq!(by_field("team").2, "a group of fields in braces, { … }");
        assert_eq!(
            by_field("workload.speed").2,
            "one of the fields this group has: batch_share, cache_write_share, \
             cached_input_share, growth_per_month, input_tokens_per_request, latency_target_ms_per_output_token, \
             output_tokens_per_request, peak_to_average, requests_per_month, trough_to_average (no other field)"
        );
        assert_eq!(
            by_field("colour").2,
            "one of the fields this group has: assumptions, currency, decision, name, \
             organisation, requirements, routes, schema_version, team, workload (no other field)"
        );
    }

    #[test]
    fn a_range_missing_a_multiplier_is_named() {
        let found = problems(json!({"decision": {"ranges": {"gpu_price": {"low": 1}}}}));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "decision.ranges.gpu_price");
        assert_eq!(
            found[0].2,
            "all three of low, likely and high (missing: likely)"
        );
    }

    #[test]
    fn a_value_that_is_not_an_object_is_one_problem() {
        for value in [json!([]), json!(3), json!(null), json!("profile")] {
            let found = problems(value);
            assert_eq!(found.len(), 1);
            assert_eq!(found[0].0, "(profile)");
        }
    }

    #[test]
    fn the_list_stops_at_the_limit() {
        let mut many = Map::new();
        for index in 0..200 {
            many.insert(format!("unknown_{index:03}"), json!(index));
        }
        let found = problems(Value::Object(many));
        assert_eq!(found.len(), MAX_PROBLEMS + 1);
        assert_eq!(
            found.last().map(|problem| problem.1.as_str()),
            Some("more than 50 problems")
        );
    }

    #[test]
    fn keys_with_dots_or_odd_characters_do_not_confuse_the_paths() {
        let found = problems(json!({"a.b": 1, "x\ny": 2, "~/": 3, "": 4}));
        let fields: Vec<&str> = found.iter().map(|(field, _, _)| field.as_str()).collect();
        assert_eq!(fields, ["\"\"", "\"a.b\"", "\"x\\ny\"", "\"~/\""]);
    }
}
