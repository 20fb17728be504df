//! A labelled numeric text field with its unit, help text and inline error.

use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    /// The profile path of the field; also the input's `name` and the base of its ids.
    pub name: AttrValue,
    pub label: AttrValue,
    pub unit: AttrValue,
    pub help: AttrValue,
    /// The text as the user typed it.
    pub value: AttrValue,
    /// What is wrong with the value, if anything.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// Called with the new text on every keystroke.
    pub on_input: Callback<String>,
}

/// A text input (not `type=number`, so that `1,000,000` can be typed and a bad
/// value is kept on screen for the user to fix) with `inputmode="decimal"`.
#[function_component(NumberField)]
pub fn number_field(props: &NumberFieldProps) -> Html {
    let input_id = format!("field-{}", props.name);
    let help_id = format!("{input_id}-help");
    let error_id = format!("{input_id}-error");
    let described_by = if props.error.is_some() {
        format!("{help_id} {error_id}")
    } else {
        help_id.clone()
    };
    let on_input = {
        let on_input = props.on_input.clone();
        Callback::from(move |event: InputEvent| {
            on_input.emit(event.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    html! {
        <div class={classes!("field", props.error.is_some().then_some("field--invalid"))}>
            <label class="field__label" for={input_id.clone()}>{ &props.label }</label>
            <div class="field__control">
                <input
                    id={input_id}
                    name={props.name.clone()}
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    spellcheck="false"
                    value={props.value.clone()}
                    aria-invalid={if props.error.is_some() { "true" } else { "false" }}
                    aria-describedby={described_by}
                    oninput={on_input}
                />
                <span class="field__unit">{ &props.unit }</span>
            </div>
            <p class="field__help" id={help_id}>{ &props.help }</p>
            if let Some(error) = &props.error {
                <p class="field__error" id={error_id}>{ error }</p>
            }
        </div>
    }
}
