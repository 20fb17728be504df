//! What the integration tests share: the example profiles.

use engine::Profile;

/// The example profiles in `examples/profiles/`, by file name.
pub const EXAMPLES: [&str; 5] = [
    "academic-research",
    "bank-customer-assistant",
    "ml-platform-high-volume",
    "startup-internal-tool",
    "air-gapped-government",
];

/// Loads `examples/profiles/{name}.json`.
pub fn load(name: &str) -> Profile {
    let path = format!(
        "{}/../examples/profiles/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"));
    Profile::from_json(&text).unwrap_or_else(|error| panic!("{path}: {error:?}"))
}
