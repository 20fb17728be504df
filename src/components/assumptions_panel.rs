//! Every assumption the engine used, with its source and date; numbers can be
//! overridden in place and reset to the default.

use engine::text::Words;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::form_section::Edit;
use engine::edit::FieldKind;

/// One assumption as the panel shows it.
#[derive(Clone, PartialEq)]
pub struct AssumptionRow {
    /// Profile path (or catalog row) the value belongs to.
    pub path: AttrValue,
    pub label: AttrValue,
    /// The value as text: as typed while editing, else the value used.
    pub value_text: AttrValue,
    pub unit: AttrValue,
    pub source: AttrValue,
    pub as_of: AttrValue,
    pub unverified: bool,
    /// How to edit the value here, if it is a number the profile holds.
    pub editable: Option<FieldKind>,
    /// True when the value differs from the engine's default.
    pub overridden: bool,
    pub error: Option<AttrValue>,
}

#[derive(Properties, PartialEq)]
pub struct AssumptionsPanelProps {
    pub rows: Vec<AssumptionRow>,
    pub on_edit: Callback<Edit>,
    pub on_reset: Callback<String>,
}

#[function_component(AssumptionsPanel)]
pub fn assumptions_panel(props: &AssumptionsPanelProps) -> Html {
    let words = crate::hooks::use_words();
    html! {
        <section class="card assumptions" aria-labelledby="assumptions-heading" data-testid="assumptions">
            <h2 id="assumptions-heading" class="card__heading">{ words.assumptions_heading() }</h2>
            <p class="assumptions__intro">{ words.assumptions_intro() }</p>
            <details class="assumptions__details">
            <summary>{ words.with_count(words.show_assumptions(), props.rows.len()) }</summary>
            <div class="assumptions__scroll">
                <table class="assumptions__table">
                    <thead>
                        <tr>
                            <th scope="col">{ words.assumption_column() }</th>
                            <th scope="col">{ words.value_column() }</th>
                            <th scope="col">{ words.source_column() }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for props.rows.iter().map(|row| assumption_row(words, row, &props.on_edit, &props.on_reset)) }
                    </tbody>
                </table>
            </div>
            </details>
        </section>
    }
}

fn assumption_row(
    words: Words,
    row: &AssumptionRow,
    on_edit: &Callback<Edit>,
    on_reset: &Callback<String>,
) -> Html {
    let input_id = format!("assumption-{}", row.path);
    let error_id = format!("{input_id}-error");
    let value = match row.editable {
        Some(kind) => {
            let on_input = {
                let on_edit = on_edit.clone();
                let path = row.path.to_string();
                Callback::from(move |event: InputEvent| {
                    let text = event.target_unchecked_into::<HtmlInputElement>().value();
                    on_edit.emit((path.clone(), kind, text));
                })
            };
            html! {
                <div class="assumptions__value">
                    <input
                        id={input_id.clone()}
                        name={row.path.clone()}
                        type="text"
                        inputmode="decimal"
                        autocomplete="off"
                        aria-label={row.label.clone()}
                        aria-invalid={if row.error.is_some() { "true" } else { "false" }}
                        aria-describedby={row.error.as_ref().map(|_| error_id.clone())}
                        value={row.value_text.clone()}
                        oninput={on_input}
                    />
                    <span class="assumptions__unit">{ &row.unit }</span>
                    if row.overridden {
                        <button type="button" class="link-button"
                            aria-label={words.reset_one(&row.label)}
                            onclick={on_reset.reform({
                                let (path, input_id) = (row.path.to_string(), input_id.clone());
                                move |_| {
                                    // The button goes away once the value is the default again:
                                    // keep the keyboard user's place by moving focus to the value.
                                    focus_element(&input_id);
                                    path.clone()
                                }
                            })}>
                            { words.reset_one_label() }
                        </button>
                    }
                    if let Some(error) = &row.error {
                        <p class="field__error" id={error_id}>{ error }</p>
                    }
                </div>
            }
        }
        None => html! { <span>{ format!("{} {}", row.value_text, row.unit) }</span> },
    };
    html! {
        <tr>
            <th scope="row">
                <span class="assumptions__label">{ &row.label }</span>
                <code class="assumptions__path">{ &row.path }</code>
            </th>
            <td>{ value }</td>
            <td>
                <span>{ &row.source }</span>
                if !row.as_of.is_empty() {
                    <span class="assumptions__date">{ words.as_of(&row.as_of) }</span>
                }
                if row.unverified {
                    <span class="badge badge--warning">{ words.unverified_badge() }</span>
                }
            </td>
        </tr>
    }
}

fn focus_element(id: &str) {
    if let Some(element) = gloo::utils::document()
        .get_element_by_id(id)
        .and_then(|element| element.dyn_into::<HtmlInputElement>().ok())
    {
        let _ = element.focus();
    }
}
