//! The Open-or-Closed engine: everything the calculator computes, in pure Rust.
//!
//! No web dependency lives here (see this crate's `Cargo.toml`), so the browser
//! app and the command line share one implementation, and the tests run natively.
//!
//! Invariant: no input, however wrong, makes a public function panic or return
//! NaN or infinity. Bad input is reported as a [`number_input::FieldError`].
//!
//! Entry points: [`profile::Profile`] (serde; `Profile::from_json`,
//! `field`/`set_field` by dotted path), [`validate::validate`] (every problem
//! at once), [`evaluate()`] (the [`report::Report`]), [`sizing::size_replica`]
//! and [`catalog::Catalog::builtin`]. The model is documented in
//! `docs/cost-model.md`; links, saved data, import and exports in
//! `docs/storage-and-links.md`.
//!
//! Modules, one job each:
//! - [`profile`]: the versioned enterprise profile, defaults, path access, JSON Schema.
//! - [`validate`]: every problem in a profile (path, given, allowed).
//! - [`catalog`]: the sourced data rows in `engine/data/` and lookups by id.
//! - [`currency`]: currencies and dated exchange rates.
//! - [`sizing`]: weights, KV cache, memory per replica, tensor parallelism, roofline throughput.
//! - [`cost`]: month-by-month cost per category (`tokens`, `compute`, `people`,
//!   `quality`, `time`, `risk`) and the shared timeline.
//! - [`edit`]: applying what a person typed into one field to a profile.
//! - [`evaluate`](mod@evaluate): wires profile + catalog to the categories; builds the report.
//! - [`breakeven`]: break-even month and volume for each pair of routes.
//! - [`decision`]: suitability, hard constraints, recommendation, flip points, Monte Carlo and tornado.
//! - [`report`]: the report's types (the JSON the CLI prints).
//! - [`sources`]: where each default knob comes from.
//! - [`guard`]: numeric guards that keep NaN, infinity and negatives out.
//! - [`number_input`]: turning typed text into a number, or a message saying what is allowed.
//! - [`migrate`]: profile format versions; migrating an older profile's JSON, refusing a newer one.
//! - [`read_profile`]: reading a JSON value into a profile, every unknown field and wrong type by path.
//! - [`share_link`]: the profile in a URL fragment (versioned, only what differs from the defaults).
//! - [`import`]: importing a profile file (size, JSON, version, fields, values), every problem listed.
//! - [`saved`]: the browser-storage envelope (working profile, named scenarios) and scenario names.
//! - [`compare`]: which inputs differ between scenarios.
//! - [`export`]: the report as Markdown and the monthly series as CSV.
//! - [`text`]: everything a person reads: the one number formatter and the message catalog.

#![warn(missing_docs)]

pub mod breakeven;
pub mod catalog;
pub mod compare;
pub mod cost;
pub mod currency;
pub mod decision;
pub mod edit;
pub mod evaluate;
pub mod export;
pub mod guard;
pub mod import;
pub mod migrate;
pub mod number_input;
pub mod profile;
pub mod read_profile;
pub mod report;
pub mod saved;
pub mod share_link;
pub mod sizing;
pub mod sources;
pub mod text;
pub mod unit;
pub mod validate;

pub use evaluate::{evaluate, evaluate_checked, evaluate_with};
pub use profile::Profile;
pub use report::Report;
