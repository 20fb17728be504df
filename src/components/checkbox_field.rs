//! A labelled checkbox.

use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CheckboxFieldProps {
    /// The profile path; also the input's `name`.
    pub name: AttrValue,
    pub label: AttrValue,
    pub help: AttrValue,
    pub checked: bool,
    /// Called with `"true"` or `"false"`.
    pub on_change: Callback<String>,
}

#[function_component(CheckboxField)]
pub fn checkbox_field(props: &CheckboxFieldProps) -> Html {
    let id = format!("field-{}", props.name);
    let help_id = format!("{id}-help");
    let on_change = {
        let on_change = props.on_change.clone();
        Callback::from(move |event: Event| {
            let checked = event.target_unchecked_into::<HtmlInputElement>().checked();
            on_change.emit(checked.to_string());
        })
    };
    html! {
        <div class="field field--checkbox">
            <div class="field__checkbox-row">
                <input
                    type="checkbox"
                    id={id.clone()}
                    name={props.name.clone()}
                    checked={props.checked}
                    aria-describedby={help_id.clone()}
                    onchange={on_change}
                />
                <label class="field__label" for={id}>{ &props.label }</label>
            </div>
            <p class="field__help" id={help_id}>{ &props.help }</p>
        </div>
    }
}
