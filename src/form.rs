//! The form's structure: which profile fields it shows, in which sections, and
//! how each is edited. Labels and help live in [`crate::messages`]; ranges live
//! in the engine's validator.

use engine::catalog::Catalog;
use engine::edit::{fraction_as_percent, FieldKind};
use engine::text::Words;
use engine::Profile;
use serde_json::Value;
use yew::AttrValue;

use crate::components::form_section::FieldView;
use crate::state::AppState;

/// How a field is entered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Control {
    /// A text box for a number.
    Number,
    /// A list of fixed choices, by value; each one's label is in the catalog
    /// ([`words.choice_label`]).
    Choice(&'static [&'static str]),
    /// A list of catalog rows.
    Catalog(CatalogList),
    /// A checkbox.
    Checkbox,
}

/// Which catalog list a choice offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CatalogList {
    ClosedModels,
    HostedOffers,
    OpenModels,
    Gpus,
}

/// A catalog list's choices: today's rows, then the older ones kept so saved
/// scenarios and links keep opening (the catalog's `legacy` rows).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CatalogOptions {
    /// (id, label) of the current rows, in catalog order.
    pub current: Vec<(String, String)>,
    /// (id, label) of the legacy rows, in catalog order.
    pub legacy: Vec<(String, String)>,
}

impl CatalogOptions {
    fn push(&mut self, legacy: bool, id: &str, label: String) {
        let group = if legacy {
            &mut self.legacy
        } else {
            &mut self.current
        };
        group.push((id.to_owned(), label));
    }
}

impl CatalogList {
    /// The list's (id, label) pairs from the built-in catalog, current rows first.
    pub fn options(self, words: Words) -> CatalogOptions {
        let catalog = Catalog::builtin();
        let mut options = CatalogOptions::default();
        match self {
            CatalogList::ClosedModels => {
                for row in catalog.closed_models {
                    let label = words.closed_route_label(row.name, row.vendor);
                    options.push(row.legacy, row.id, label);
                }
            }
            CatalogList::HostedOffers => {
                for row in catalog.hosted_offers {
                    let label =
                        words.offer_option(&model_name(catalog, row.model_id), row.provider);
                    options.push(row.legacy, row.id, label);
                }
            }
            CatalogList::OpenModels => {
                for row in catalog.open_models {
                    options.push(row.legacy, row.id, row.name.to_owned());
                }
            }
            CatalogList::Gpus => {
                for row in catalog.gpus {
                    options.push(false, row.id, row.name.to_owned());
                }
            }
        }
        options
    }
}

fn model_name(catalog: &Catalog, model_id: &str) -> String {
    catalog
        .open_model(model_id)
        .map_or_else(|| model_id.to_owned(), |model| model.name.to_owned())
}

/// One field of the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldSpec {
    /// The profile path; also the input's `name`.
    pub path: &'static str,
    pub control: Control,
    pub kind: FieldKind,
}

/// A section of the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Section {
    /// Used for ids and anchors.
    pub id: &'static str,
    pub fields: &'static [FieldSpec],
}

const fn number(path: &'static str) -> FieldSpec {
    FieldSpec {
        path,
        control: Control::Number,
        kind: FieldKind::Number,
    }
}
/// A fraction in the profile, typed and shown as a percentage.
const fn percent(path: &'static str) -> FieldSpec {
    FieldSpec {
        path,
        control: Control::Number,
        kind: FieldKind::Percent,
    }
}
const fn whole(path: &'static str) -> FieldSpec {
    FieldSpec {
        path,
        control: Control::Number,
        kind: FieldKind::WholeNumber,
    }
}
const fn optional(path: &'static str) -> FieldSpec {
    FieldSpec {
        path,
        control: Control::Number,
        kind: FieldKind::OptionalNumber,
    }
}
const fn choice(path: &'static str, options: &'static [&'static str]) -> FieldSpec {
    FieldSpec {
        path,
        control: Control::Choice(options),
        kind: FieldKind::Text,
    }
}
const fn from_catalog(path: &'static str, list: CatalogList) -> FieldSpec {
    FieldSpec {
        path,
        control: Control::Catalog(list),
        kind: FieldKind::Text,
    }
}
const fn checkbox(path: &'static str) -> FieldSpec {
    FieldSpec {
        path,
        control: Control::Checkbox,
        kind: FieldKind::Toggle,
    }
}

const LEVELS: &[&str] = &["low", "medium", "high"];
const PRECISIONS: &[&str] = &["bf16", "fp8", "int8", "int4", "fp4"];
const KV_PRECISIONS: &[&str] = &["auto", "bf16", "fp8", "int8", "int4"];

/// The form, section by section.
pub const SECTIONS: &[Section] = &[
    Section {
        id: "organisation",
        fields: &[
            choice(
                "organisation.use_case",
                &[
                    "academic_research",
                    "internal_tool",
                    "customer_facing",
                    "mission_critical",
                ],
            ),
            number("organisation.investment_usd"),
            number("organisation.project_value_usd_per_month"),
            choice("currency.display", &["USD", "EUR", "INR", "CNY"]),
        ],
    },
    Section {
        id: "workload",
        fields: &[
            number("workload.requests_per_month"),
            number("workload.input_tokens_per_request"),
            number("workload.output_tokens_per_request"),
            percent("workload.growth_per_month"),
            number("workload.peak_to_average"),
            percent("workload.trough_to_average"),
            number("workload.latency_target_ms_per_output_token"),
            percent("workload.cached_input_share"),
            percent("workload.cache_write_share"),
            percent("workload.batch_share"),
        ],
    },
    Section {
        id: "team",
        fields: &[
            choice("team.region", &["us", "india", "china"]),
            number("team.ml_engineers"),
            number("team.mlops_engineers"),
            number("team.data_scientists"),
            optional("team.ml_engineer_loaded_usd_per_year"),
            optional("team.mlops_engineer_loaded_usd_per_year"),
            optional("team.data_scientist_loaded_usd_per_year"),
        ],
    },
    Section {
        id: "requirements",
        fields: &[
            choice("requirements.accuracy_need", LEVELS),
            choice(
                "requirements.data_residency",
                &["none", "in_country", "on_premises", "air_gapped"],
            ),
            checkbox("requirements.vendor_sla_needed"),
            choice(
                "requirements.customisation",
                &["prompt_only", "retrieval", "fine_tuning", "deep"],
            ),
            choice("requirements.time_to_market_urgency", LEVELS),
            choice("requirements.lock_in_aversion", LEVELS),
        ],
    },
    Section {
        id: "routes",
        fields: &[
            whole("routes.horizon_months"),
            from_catalog("routes.closed_api.model", CatalogList::ClosedModels),
            optional("routes.closed_api.input_price_per_million_override"),
            optional("routes.closed_api.output_price_per_million_override"),
            from_catalog("routes.managed_open.offer", CatalogList::HostedOffers),
            from_catalog("routes.self_hosted.model", CatalogList::OpenModels),
            choice("routes.self_hosted.precision", PRECISIONS),
            choice("routes.self_hosted.kv_cache_precision", KV_PRECISIONS),
            from_catalog("routes.self_hosted.gpu", CatalogList::Gpus),
            choice("routes.self_hosted.deployment", &["rented", "owned"]),
            choice("routes.self_hosted.cloud", &["hyperscaler", "neocloud"]),
            choice(
                "routes.self_hosted.rental_plan",
                &["always_on", "autoscaled", "reserved"],
            ),
            choice(
                "routes.self_hosted.reserved_term",
                &["one_year", "three_year"],
            ),
            optional("routes.self_hosted.reserved_discount_override"),
            FieldSpec {
                path: "routes.self_hosted.tensor_parallel",
                control: Control::Choice(&["0", "1", "2", "4", "8", "16"]),
                kind: FieldKind::WholeNumber,
            },
            optional("routes.self_hosted.gpu_hour_usd_override"),
            optional("routes.self_hosted.gpu_purchase_usd_override"),
        ],
    },
];

/// The section's fields as the form shows them now: the typed text while a
/// field is being edited, else the profile's value.
pub fn field_views(words: Words, state: &AppState, section: &Section) -> Vec<FieldView> {
    section
        .fields
        .iter()
        .map(|spec| match state.drafts.get(spec.path) {
            Some(draft) => FieldView {
                spec: *spec,
                text: AttrValue::from(draft.text.clone()),
                error: draft
                    .error
                    .as_ref()
                    .map(|error| AttrValue::from(words.field_problem(error))),
            },
            None => FieldView {
                spec: *spec,
                text: AttrValue::from(field_value_text(&state.profile_json, spec)),
                error: None,
            },
        })
        .collect()
}

/// The value at `path` as the form would show it (a percentage for a
/// percentage field), for views outside the form such as the comparison.
pub fn display_text(profile_json: &Value, path: &str) -> String {
    let spec = SECTIONS
        .iter()
        .flat_map(|section| section.fields.iter())
        .find(|spec| spec.path == path);
    match spec {
        Some(spec) if spec.kind == FieldKind::Percent => {
            format!("{} %", field_value_text(profile_json, spec))
        }
        _ => profile_text(profile_json, path),
    }
}

/// The field's value as the form shows it: like [`profile_text`], but a
/// percentage for a `Percent` field (`0.03` shows as `3`).
fn field_value_text(profile_json: &Value, spec: &FieldSpec) -> String {
    match (
        spec.kind,
        Profile::value_at(profile_json, spec.path).and_then(Value::as_f64),
    ) {
        (FieldKind::Percent, Some(fraction)) => crate::format::exact(fraction_as_percent(fraction)),
        _ => profile_text(profile_json, spec.path),
    }
}

/// The value at `path` in a profile's JSON ([`Profile::to_value`]) as a person
/// would type it: `1,500,000`, `0.03`, `claude-sonnet-4-5`, `true`; empty for "not set".
pub fn profile_text(profile_json: &Value, path: &str) -> String {
    match Profile::value_at(profile_json, path) {
        Some(Value::Number(number)) => number
            .as_f64()
            .map_or_else(String::new, crate::format::exact),
        Some(Value::String(text)) => text.clone(),
        Some(Value::Bool(flag)) => flag.to_string(),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn every_field_is_a_profile_path_with_a_message_in_every_language() {
        let profile = Profile::default();
        for words in engine::text::Lang::ALL.map(Words::new) {
            for section in SECTIONS {
                assert!(
                    !words.section_title(section.id).is_empty(),
                    "{}",
                    section.id
                );
                for field in section.fields {
                    assert!(
                        profile.field(field.path).is_some(),
                        "{} is not a profile path",
                        field.path
                    );
                    assert!(
                        !words.field_text(field.path).label.is_empty(),
                        "{} has no label",
                        field.path
                    );
                    // Every word choice has a label of its own; only numbers stand for themselves.
                    if let Control::Choice(values) = field.control {
                        for value in values {
                            let label = words.choice_label(field.path, value);
                            assert!(
                                label != *value || value.parse::<f64>().is_ok(),
                                "{} = {value} has no label",
                                field.path
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn profile_values_show_as_typed_text_that_parses_back() {
        let profile = Profile::default().to_value();
        assert_eq!(
            profile_text(&profile, "workload.requests_per_month"),
            "300,000"
        );
        assert_eq!(profile_text(&profile, "workload.growth_per_month"), "0.03");
        assert_eq!(
            field_value_text(&profile, &percent("workload.growth_per_month")),
            "3"
        );
        assert_eq!(
            profile_text(&profile, "routes.closed_api.model"),
            "claude-sonnet-5-5"
        );
        assert_eq!(
            profile_text(&profile, "requirements.vendor_sla_needed"),
            "false"
        );
        assert_eq!(
            profile_text(&profile, "routes.self_hosted.gpu_hour_usd_override"),
            ""
        );
        assert_eq!(crate::format::exact(-2500.0), "-2,500");
        for value in [0.1, 1234.5, 7.0, 1e6, 0.000_3] {
            assert_eq!(
                engine::number_input::parse_decimal(&crate::format::exact(value)),
                Some(value)
            );
        }
    }

    #[test]
    fn catalog_lists_are_not_empty() {
        for list in [
            CatalogList::ClosedModels,
            CatalogList::HostedOffers,
            CatalogList::OpenModels,
            CatalogList::Gpus,
        ] {
            assert!(
                !list.options(Words::default()).current.is_empty(),
                "{list:?}"
            );
        }
    }

    #[test]
    fn pickers_list_current_models_first_and_legacy_ones_after() {
        let closed = CatalogList::ClosedModels.options(Words::default());
        let ids = |pairs: &[(String, String)]| -> Vec<String> {
            pairs.iter().map(|(id, _)| id.clone()).collect()
        };
        assert!(ids(&closed.current).contains(&"claude-sonnet-5-5".to_owned()));
        assert!(ids(&closed.legacy).contains(&"claude-sonnet-4-5".to_owned()));
        assert!(!ids(&closed.current).contains(&"gpt-4o".to_owned()));
        let catalog = Catalog::builtin();
        for (id, _) in &closed.legacy {
            assert!(
                catalog.closed_model(id).is_some_and(|row| row.legacy),
                "{id}"
            );
        }
        let offers = CatalogList::HostedOffers.options(Words::default());
        assert!(ids(&offers.current).contains(&"together-gpt-oss-120b".to_owned()));
        assert!(ids(&offers.legacy).contains(&"together-llama-3.3-70b".to_owned()));
        let models = CatalogList::OpenModels.options(Words::default());
        assert!(ids(&models.legacy).contains(&"llama-3.3-70b".to_owned()));
        assert!(CatalogList::Gpus
            .options(Words::default())
            .legacy
            .is_empty());
    }
}
