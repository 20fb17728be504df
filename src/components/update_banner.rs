//! The quiet "new version available" prompt.

use yew::prelude::*;

use crate::messages::en;

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
    let on_click = props.on_reload.reform(|_: MouseEvent| ());
    html! {
        <div class="update-banner" role="status" data-testid="update-banner">
            <span>{ en::UPDATE_READY }</span>
            if !props.saves {
                <span>{ en::UPDATE_NOT_SAVED }</span>
                <button type="button" class="chip" onclick={props.on_download.reform(|_: MouseEvent| ())}>{ en::EXPORT_JSON }</button>
            }
            <button type="button" class="chip chip--active" onclick={on_click}>{ en::UPDATE_RELOAD }</button>
        </div>
    }
}
