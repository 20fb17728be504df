//! Importing a profile file: an exported profile imports as it was, and
//! random, mutated and wrongly shaped JSON never panics the importer; it gives
//! a valid profile or a list of problems by field.
//!
//! The default run tries 6,000 cases (1,000 per property); the full run of
//! 102,000 cases (17,000 per property) is
//! `cargo test -p engine --release --test imports -- --ignored --nocapture`
//! (`docs/storage-and-links.md` gives its time).

#[path = "common/strategies.rs"]
#[allow(dead_code)] // each test file uses some of the shared strategies
mod strategies;

use engine::import::{import_profile_json, ImportErrorKind, MAX_IMPORT_BYTES};
use engine::Profile;
use proptest::prelude::*;
use serde_json::{Map, Number, Value};

/// Cases per property in the default run, and in the full (ignored) run.
const QUICK_CASES: u32 = 1_000;
const FULL_CASES: u32 = 17_000;

/// What the importer must do with any text: a valid profile, or problems,
/// each naming a field and saying what is allowed.
fn imports_or_lists_problems(text: &str) -> Result<(), TestCaseError> {
    match import_profile_json(text) {
        Ok(profile) => prop_assert!(engine::validate::validate(&profile).is_empty()),
        Err(errors) => {
            prop_assert!(!errors.problems.is_empty());
            for problem in &errors.problems {
                prop_assert!(!problem.field.is_empty(), "{errors:?}");
                prop_assert!(
                    !engine::text::en::allowed(&problem.allowed).is_empty(),
                    "{errors:?}"
                );
            }
            prop_assert!(engine::text::en::import_errors(&errors).len() > 30);
        }
    }
    Ok(())
}

/// Names a profile has, so random objects often hit real fields.
const FIELD_NAMES: [&str; 16] = [
    "schema_version",
    "name",
    "workload",
    "requests_per_month",
    "routes",
    "self_hosted",
    "precision",
    "gpu",
    "horizon_months",
    "decision",
    "ranges",
    "gpu_price",
    "low",
    "team",
    "region",
    "currency",
];

/// Any JSON value, nested up to four levels.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<f64>().prop_map(|x| Number::from_f64(x).map_or(Value::Null, Value::Number)),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        (0.0..2.0_f64).prop_map(Value::from),
        strategies::any_text(12).prop_map(Value::String),
        proptest::sample::select(vec!["int4", "fp4", "h100-sxm", "us", "USD", "high", ""])
            .prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        let key = prop_oneof![
            proptest::sample::select(FIELD_NAMES.to_vec()).prop_map(str::to_owned),
            strategies::any_text(8),
        ];
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            proptest::collection::vec((key, inner), 0..6)
                .prop_map(|entries| Value::Object(entries.into_iter().collect())),
        ]
    })
}

/// Every leaf's JSON pointer in `value`.
fn leaf_pointers(value: &Value, prefix: &str, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                let escaped = key.replace('~', "~0").replace('/', "~1");
                leaf_pointers(child, &format!("{prefix}/{escaped}"), out);
            }
        }
        _ => out.push(prefix.to_owned()),
    }
}

/// A change to a profile's JSON value.
#[derive(Debug, Clone)]
enum Edit {
    /// Replace the leaf at this index (modulo the count) with a value.
    Replace(usize, Value),
    /// Add a field to the object holding the leaf at this index.
    Add(usize, String, Value),
    /// Remove the leaf at this index.
    Remove(usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), any_json()).prop_map(|(at, value)| Edit::Replace(at, value)),
        (any::<usize>(), strategies::any_text(10), any_json())
            .prop_map(|(at, key, value)| Edit::Add(at, key, value)),
        any::<usize>().prop_map(Edit::Remove),
    ]
}

fn apply(value: &mut Value, edits: &[Edit]) {
    for edit in edits {
        let mut leaves = Vec::new();
        leaf_pointers(value, "", &mut leaves);
        let pick = |at: usize| {
            leaves
                .get(at % leaves.len().max(1))
                .cloned()
                .unwrap_or_default()
        };
        match edit {
            Edit::Replace(at, new) => {
                if let Some(slot) = value.pointer_mut(&pick(*at)) {
                    *slot = new.clone();
                }
            }
            Edit::Add(at, key, new) => {
                let pointer = pick(*at);
                let parent = pointer.rsplit_once('/').map_or("", |(parent, _)| parent);
                if let Some(Value::Object(map)) = value.pointer_mut(parent) {
                    map.insert(key.clone(), new.clone());
                }
            }
            Edit::Remove(at) => {
                let pointer = pick(*at);
                if let Some((parent, key)) = pointer.rsplit_once('/') {
                    let key = key.replace("~1", "/").replace("~0", "~");
                    if let Some(Value::Object(map)) = value.pointer_mut(parent) {
                        map.remove(&key);
                    }
                }
            }
        }
    }
}

/// Runs every import property with `cases` cases each; returns the total.
fn import_properties(cases: u32) -> u32 {
    let mut run = strategies::PropertyRun::new(cases);
    run.check(
        "export then import, numbers as typed",
        &strategies::any_valid_profile().prop_map(strategies::as_typed),
        |profile| {
            prop_assert_eq!(import_profile_json(&profile.to_json()), Ok(profile));
            Ok(())
        },
    );
    run.check(
        "export then import within one ulp, any numbers",
        &strategies::any_valid_profile(),
        |profile| {
            let imported = import_profile_json(&profile.to_json());
            prop_assert!(
                imported
                    .as_ref()
                    .is_ok_and(|imported| strategies::same_within_one_ulp(imported, &profile)),
                "{imported:?}"
            );
            Ok(())
        },
    );
    run.check(
        "random text and bytes",
        &(
            strategies::any_text(400),
            proptest::collection::vec(any::<u8>(), 0..400),
        ),
        |(text, bytes)| {
            imports_or_lists_problems(&text)?;
            imports_or_lists_problems(&String::from_utf8_lossy(&bytes))
        },
    );
    run.check("any JSON value", &any_json(), |value| {
        imports_or_lists_problems(&value.to_string())
    });
    run.check(
        "mutated exported text",
        &(
            strategies::any_valid_profile(),
            proptest::collection::vec(strategies::mutation(), 1..4),
        ),
        |(profile, mutations)| {
            imports_or_lists_problems(&strategies::mutate(&profile.to_json(), &mutations))
        },
    );
    run.check(
        "profiles with fields replaced, added or removed",
        &(
            strategies::any_valid_profile(),
            proptest::collection::vec(edit(), 1..4),
        ),
        |(profile, edits)| {
            let mut value = profile.to_value();
            apply(&mut value, &edits);
            imports_or_lists_problems(&value.to_string())
        },
    );
    run.total
}

#[test]
fn the_importer_round_trips_and_never_panics() {
    let total = import_properties(QUICK_CASES);
    eprintln!("JSON import: {total} proptest cases");
}

#[test]
#[ignore = "the full run: 102,000 cases; see the file's header for the command"]
fn the_importer_round_trips_and_never_panics_100k() {
    let started = std::time::Instant::now();
    let total = import_properties(FULL_CASES);
    eprintln!(
        "JSON import: {total} proptest cases in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    assert!(total >= 100_000);
}

#[test]
fn a_file_just_over_the_limit_is_refused_by_size_alone() {
    let text = " ".repeat(MAX_IMPORT_BYTES + 1);
    let errors = import_profile_json(&text).unwrap_err();
    assert_eq!(errors.kind, ImportErrorKind::TooLarge);
}

#[test]
fn deeply_nested_json_is_refused_not_overflowed() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let errors = import_profile_json(&deep).unwrap_err();
    assert_eq!(errors.kind, ImportErrorKind::NotJson);
    let deep_object = format!("{}1{}", "{\"a\":".repeat(100_000), "}".repeat(100_000));
    assert!(import_profile_json(&deep_object).is_err());
}

#[test]
fn an_import_lists_type_and_range_problems_together() {
    let mut value = Profile::default().to_value();
    if let Some(Value::Object(workload)) = value.get_mut("workload") {
        workload.insert("requests_per_month".to_owned(), Value::from("many"));
        workload.insert("batch_share".to_owned(), Value::from(7));
    }
    if let Value::Object(root) = &mut value {
        root.insert("colour".to_owned(), Value::Object(Map::new()));
    }
    let errors = import_profile_json(&value.to_string()).unwrap_err();
    let fields: Vec<&str> = errors.problems.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(
        fields,
        [
            "colour",
            "workload.requests_per_month",
            "workload.batch_share"
        ]
    );
}

#[test]
fn a_megabyte_of_unknown_fields_lists_the_first_fifty() {
    let mut object = Map::new();
    let mut index = 0;
    while object.len() * 30 < MAX_IMPORT_BYTES - 30_000 {
        object.insert(format!("unknown_{index:09}"), Value::from(index));
        index += 1;
    }
    let text = Value::Object(object).to_string();
    assert!(text.len() <= MAX_IMPORT_BYTES);
    let started = std::time::Instant::now();
    let errors = import_profile_json(&text).unwrap_err();
    eprintln!(
        "{} bytes of unknown fields: {:?}",
        text.len(),
        started.elapsed()
    );
    assert_eq!(errors.kind, ImportErrorKind::WrongFields);
    assert_eq!(
        errors.problems.len(),
        engine::read_profile::MAX_PROBLEMS + 1
    );
    // A megabyte-long name is one problem-free field: read, then checked.
    let long_name = format!("{{\"name\": \"{}\"}}", "x".repeat(MAX_IMPORT_BYTES - 20));
    let started = std::time::Instant::now();
    let profile = import_profile_json(&long_name).unwrap();
    eprintln!(
        "a name of {} bytes: {:?}",
        profile.name.len(),
        started.elapsed()
    );
}
