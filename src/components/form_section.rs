//! One section of the profile form: a fieldset of fields, each drawn with the
//! control its spec names.

use engine::edit::FieldKind;
use engine::text::Words;
use yew::prelude::*;

use crate::components::{CheckboxField, NumberField, SelectField};
use crate::form::{Control, FieldSpec};

/// A field as the form shows it now.
#[derive(Clone, PartialEq)]
pub struct FieldView {
    pub spec: FieldSpec,
    /// The text in the control: as typed while editing, else the profile's value.
    pub text: AttrValue,
    pub error: Option<AttrValue>,
}

/// An edit: the field's path, how to read it, and the text.
pub type Edit = (String, FieldKind, String);

#[derive(Properties, PartialEq)]
pub struct FormSectionProps {
    pub id: AttrValue,
    pub title: AttrValue,
    pub fields: Vec<FieldView>,
    pub on_edit: Callback<Edit>,
    /// Open when the page loads.
    #[prop_or(true)]
    pub open: bool,
}

#[function_component(FormSection)]
pub fn form_section(props: &FormSectionProps) -> Html {
    let words = crate::hooks::use_words();
    html! {
        <details class="form-section" id={format!("section-{}", props.id)} open={props.open}>
            <summary class="form-section__title">{ &props.title }</summary>
            <div class="form-section__fields">
                { for props.fields.iter().map(|field| render_field(words, field, &props.on_edit)) }
            </div>
        </details>
    }
}

fn render_field(words: Words, field: &FieldView, on_edit: &Callback<Edit>) -> Html {
    let spec = field.spec;
    let text = words.field_text(spec.path);
    let emit = {
        let on_edit = on_edit.clone();
        Callback::from(move |value: String| on_edit.emit((spec.path.to_owned(), spec.kind, value)))
    };
    match spec.control {
        Control::Number => html! {
            <NumberField
                name={spec.path}
                label={text.label}
                unit={text.unit}
                help={text.help}
                value={field.text.clone()}
                error={field.error.clone()}
                on_input={emit}
            />
        },
        Control::Choice(options) => {
            let options: Vec<(AttrValue, AttrValue)> = options
                .iter()
                .map(|value| {
                    (
                        AttrValue::from(*value),
                        AttrValue::from(words.choice_label(spec.path, value)),
                    )
                })
                .collect();
            html! {
                <SelectField name={spec.path} label={text.label} help={text.help} value={field.text.clone()}
                    options={options} error={field.error.clone()} on_change={emit} />
            }
        }
        Control::Catalog(list) => {
            let attrs = |pairs: Vec<(String, String)>| -> Vec<(AttrValue, AttrValue)> {
                pairs
                    .into_iter()
                    .map(|(value, label)| (AttrValue::from(value), AttrValue::from(label)))
                    .collect()
            };
            let options = list.options(words);
            html! {
                <SelectField name={spec.path} label={text.label} help={text.help} value={field.text.clone()}
                    options={attrs(options.current)} legacy_options={attrs(options.legacy)}
                    error={field.error.clone()} on_change={emit} />
            }
        }
        Control::Checkbox => html! {
            <CheckboxField name={spec.path} label={text.label} help={text.help} checked={field.text == "true"} on_change={emit} />
        },
    }
}
