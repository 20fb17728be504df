//! Light, dark, or as the system says.

use yew::prelude::*;

use crate::state::Theme;

#[derive(Properties, PartialEq)]
pub struct ThemeSwitchProps {
    pub theme: Theme,
    pub on_change: Callback<Theme>,
}

#[function_component(ThemeSwitch)]
pub fn theme_switch(props: &ThemeSwitchProps) -> Html {
    let words = crate::hooks::use_words();
    html! {
        <div class="switch theme-switch" role="group" aria-label={words.theme_label()}>
            { for [Theme::System, Theme::Light, Theme::Dark].into_iter().map(|theme| {
                let pressed = props.theme == theme;
                html! {
                    <button type="button" class={classes!("switch__option", pressed.then_some("switch__option--active"))}
                        aria-pressed={if pressed { "true" } else { "false" }}
                        onclick={props.on_change.reform(move |_| theme)}>
                        { words.theme_name(theme.attribute().unwrap_or("system")) }
                    </button>
                }
            }) }
        </div>
    }
}
