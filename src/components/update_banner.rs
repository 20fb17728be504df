//! The quiet "new version available" prompt.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct UpdateBannerProps {
    /// The user chose to reload into the new version.
    pub on_reload: Callback<()>,
    /// False when this tab's work is not being saved (a reload would lose it).
    pub saves: bool,
    /// Download the working profile first.
    pub on_download: Callback<()>,
}

#[function_component(UpdateBanner)]
pub fn update_banner(props: &UpdateBannerProps) -> Html {
    let words = crate::hooks::use_words();
    let on_click = props.on_reload.reform(|_: MouseEvent| ());
    html! {
        <div class="update-banner" role="status" data-testid="update-banner">
            <span>{ words.update_ready() }</span>
            if !props.saves {
                <span>{ words.update_not_saved() }</span>
                <button type="button" class="chip" onclick={props.on_download.reform(|_: MouseEvent| ())}>{ words.export_json() }</button>
            }
            <button type="button" class="chip chip--active" onclick={on_click}>{ words.update_reload() }</button>
        </div>
    }
}
