//! A labelled drop-down list.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

fn option_html((value, label): &(AttrValue, AttrValue), selected: &AttrValue) -> Html {
    html! { <option value={value.clone()} selected={value == selected}>{ label }</option> }
}

#[derive(Properties, PartialEq)]
pub struct SelectFieldProps {
    /// The profile path; also the select's `name`.
    pub name: AttrValue,
    pub label: AttrValue,
    pub help: AttrValue,
    /// The selected value.
    pub value: AttrValue,
    /// (value, label) pairs.
    pub options: Vec<(AttrValue, AttrValue)>,
    /// Older (value, label) pairs, listed after `options` in their own group.
    #[prop_or_default]
    pub legacy_options: Vec<(AttrValue, AttrValue)>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    pub on_change: Callback<String>,
}

#[function_component(SelectField)]
pub fn select_field(props: &SelectFieldProps) -> Html {
    let words = crate::hooks::use_words();
    let id = format!("field-{}", props.name);
    let help_id = format!("{id}-help");
    let error_id = format!("{id}-error");
    let described_by = if props.error.is_some() {
        format!("{help_id} {error_id}")
    } else {
        help_id.clone()
    };
    // `selected` only sets the initial choice: once the user has picked an
    // option, a preset or a reset must set the value on the element itself.
    let select = use_node_ref();
    {
        let select = select.clone();
        use_effect_with(props.value.clone(), move |value| {
            if let Some(element) = select.cast::<HtmlSelectElement>() {
                element.set_value(value);
            }
        });
    }
    let on_change = {
        let on_change = props.on_change.clone();
        Callback::from(move |event: Event| {
            on_change.emit(event.target_unchecked_into::<HtmlSelectElement>().value())
        })
    };
    html! {
        <div class={classes!("field", props.error.is_some().then_some("field--invalid"))}>
            <label class="field__label" for={id.clone()}>{ &props.label }</label>
            <select
                ref={select}
                class="field__select"
                id={id}
                name={props.name.clone()}
                aria-invalid={if props.error.is_some() { "true" } else { "false" }}
                aria-describedby={described_by}
                onchange={on_change}
            >
                if props.legacy_options.is_empty() {
                    { for props.options.iter().map(|option| option_html(option, &props.value)) }
                } else {
                    <optgroup label={words.options_current()}>
                        { for props.options.iter().map(|option| option_html(option, &props.value)) }
                    </optgroup>
                    <optgroup label={words.options_legacy()}>
                        { for props.legacy_options.iter().map(|option| option_html(option, &props.value)) }
                    </optgroup>
                }
            </select>
            <p class="field__help" id={help_id}>{ &props.help }</p>
            if let Some(error) = &props.error {
                <p class="field__error" id={error_id}>{ error }</p>
            }
        </div>
    }
}
