//! The committed JSON Schema (`docs/profile.schema.json`) must match the one
//! generated from the `Profile` type. To refresh it after changing the profile:
//! `UPDATE_SCHEMA=1 cargo test -p engine --test schema`
//! (or `cargo run -p engine --features schema --bin open-or-closed-cli -- schema`).

use std::path::PathBuf;

fn committed_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../docs/profile.schema.json")
}

#[test]
fn committed_schema_is_up_to_date() {
    let generated = engine::profile::schema_json();
    let path = committed_path();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, &generated).expect("write docs/profile.schema.json");
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "docs/profile.schema.json is stale: run `UPDATE_SCHEMA=1 cargo test -p engine --test schema` and commit it"
    );
}

#[test]
fn schema_describes_every_section_with_defaults() {
    let schema: serde_json::Value = serde_json::from_str(&engine::profile::schema_json()).unwrap();
    let properties = schema["properties"].as_object().unwrap();
    for section in [
        "schema_version",
        "organisation",
        "workload",
        "team",
        "requirements",
        "routes",
        "assumptions",
        "currency",
    ] {
        assert!(properties.contains_key(section), "{section}");
    }
    assert_eq!(schema["properties"]["schema_version"]["default"], 2);
    let workload = &schema["definitions"]["Workload"]["properties"]["requests_per_month"];
    assert!(workload["description"]
        .as_str()
        .unwrap()
        .contains("Requests"));
}
