//! The language picker in the header: English, हिन्दी, 简体中文.

use engine::text::Lang;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::hooks::use_words;

#[derive(Properties, PartialEq)]
pub struct LanguagePickerProps {
    pub on_change: Callback<Lang>,
}

/// Each language is listed by its own name (in its own script, marked with
/// its `lang` so a screen reader says it right), whatever the page's language.
#[function_component(LanguagePicker)]
pub fn language_picker(props: &LanguagePickerProps) -> Html {
    let words = use_words();
    let onchange = props.on_change.reform(|event: Event| {
        let code = event.target_unchecked_into::<HtmlSelectElement>().value();
        Lang::from_code(&code).unwrap_or_default()
    });
    html! {
        <label class="language-picker">
            <span class="visually-hidden">{ words.language_label() }</span>
            <select class="language-picker__select" {onchange}>
                { for Lang::ALL.into_iter().map(|lang| html! {
                    <option value={lang.code()} lang={lang.html_tag()} selected={lang == words.lang()}>
                        { lang.native_name() }
                    </option>
                }) }
            </select>
        </label>
    }
}
