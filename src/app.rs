//! The root component: owns the one reducer and lays out the page.

use engine::quick_estimate::{QUICK_ESTIMATE_PRICE, REQUESTS_FIELD, TOKENS_FIELD};
use yew::prelude::*;

use crate::components::{CostFigure, NumberField};
use crate::messages::en;
use crate::state::{Action, AppState};

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(AppState::default);
    let dispatch = |to_action: fn(String) -> Action| {
        let state = state.clone();
        Callback::from(move |text: String| state.dispatch(to_action(text)))
    };
    let error = |field: &str| state.error_for(field).map(AttrValue::from);

    html! {
        <>
            <header class="masthead">
                <h1 class="masthead__title">{ en::APP_TITLE }</h1>
                <p class="masthead__tagline">{ en::APP_TAGLINE }</p>
            </header>
            <main class="layout">
                <section class="panel" aria-labelledby="quick-estimate-heading">
                    <h2 id="quick-estimate-heading" class="panel__heading">{ en::QUICK_ESTIMATE_HEADING }</h2>
                    <form class="form" onsubmit={Callback::from(|event: SubmitEvent| event.prevent_default())} novalidate=true>
                        <NumberField
                            name={REQUESTS_FIELD}
                            label={en::REQUESTS_LABEL}
                            unit={en::REQUESTS_UNIT}
                            help={en::REQUESTS_HELP}
                            value={state.text.requests_per_month.clone()}
                            error={error(REQUESTS_FIELD)}
                            on_input={dispatch(Action::SetRequestsPerMonth)}
                        />
                        <NumberField
                            name={TOKENS_FIELD}
                            label={en::TOKENS_LABEL}
                            unit={en::TOKENS_UNIT}
                            help={en::TOKENS_HELP}
                            value={state.text.tokens_per_request.clone()}
                            error={error(TOKENS_FIELD)}
                            on_input={dispatch(Action::SetTokensPerRequest)}
                        />
                    </form>
                </section>
                <CostFigure estimate={state.last_valid.clone()} price={QUICK_ESTIMATE_PRICE} stale={!state.errors.is_empty()} />
            </main>
        </>
    }
}
