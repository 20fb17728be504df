//! The quiet "new version available" prompt.

use yew::prelude::*;

use crate::messages::en;

#[derive(Properties, PartialEq)]
pub struct UpdateBannerProps {
    /// The user chose to reload into the new version.
    pub on_reload: Callback<()>,
}

#[function_component(UpdateBanner)]
pub fn update_banner(props: &UpdateBannerProps) -> Html {
    let on_click = props.on_reload.reform(|_: MouseEvent| ());
    html! {
        <div class="update-banner" role="status" data-testid="update-banner">
            <span>{ en::UPDATE_READY }</span>
            <button type="button" class="chip chip--active" onclick={on_click}>{ en::UPDATE_RELOAD }</button>
        </div>
    }
}
