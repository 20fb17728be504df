//! The presets: one click fills the form with an example profile.

use yew::prelude::*;

use crate::presets::PRESETS;

#[derive(Properties, PartialEq)]
pub struct PresetBarProps {
    /// The preset the profile came from, if any.
    pub active: Option<&'static str>,
    pub on_select: Callback<&'static str>,
    pub on_reset: Callback<()>,
}

#[function_component(PresetBar)]
pub fn preset_bar(props: &PresetBarProps) -> Html {
    let words = crate::hooks::use_words();
    html! {
        <nav class="presets" aria-label={words.presets_label()}>
            <span class="presets__label">{ words.presets_label() }</span>
            <div class="presets__buttons">
                { for PRESETS.iter().map(|preset| {
                    let on_select = props.on_select.clone();
                    let id = preset.id;
                    let active = props.active == Some(id);
                    html! {
                        <button type="button" class={classes!("chip", active.then_some("chip--active"))}
                            aria-pressed={if active { "true" } else { "false" }}
                            data-preset={id}
                            onclick={Callback::from(move |_| on_select.emit(id))}>
                            { words.preset_label(id) }
                        </button>
                    }
                }) }
                <button type="button" class="chip chip--quiet" onclick={props.on_reset.reform(|_| ())}>{ words.reset_label() }</button>
            </div>
        </nav>
    }
}
