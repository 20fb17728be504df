//! The headline figure of the quick estimate and how it was computed.

use engine::quick_estimate::{ListPrice, QuickEstimate};
use yew::prelude::*;

use crate::format;
use crate::messages::en;

#[derive(Properties, PartialEq)]
pub struct CostFigureProps {
    pub estimate: QuickEstimate,
    pub price: ListPrice,
    /// True while some input is invalid and the figure is the last valid one.
    pub stale: bool,
}

#[function_component(CostFigure)]
pub fn cost_figure(props: &CostFigureProps) -> Html {
    let estimate = &props.estimate;
    html! {
        <section class={classes!("result", props.stale.then_some("result--stale"))} aria-live="polite" aria-labelledby="monthly-cost-label">
            <h2 class="result__label" id="monthly-cost-label">{ en::MONTHLY_COST_LABEL }</h2>
            <p class="result__figure" data-testid="monthly-cost">{ format::usd(estimate.monthly_cost_usd) }</p>
            if props.stale {
                <p class="result__stale-note" data-testid="stale-note">{ en::STALE_NOTE }</p>
            }
            <dl class="result__details">
                <div>
                    <dt>{ en::TOKENS_PER_MONTH_LABEL }</dt>
                    <dd data-testid="tokens-per-month">{ format::count(estimate.tokens_per_month) }</dd>
                </div>
                <div>
                    <dt>{ en::BLENDED_PRICE_LABEL }</dt>
                    <dd>{ format!("{} {}", format::usd(estimate.blended_usd_per_million_tokens), en::PER_MILLION_TOKENS) }</dd>
                </div>
                <div>
                    <dt>{ en::PRICE_SOURCE_LABEL }</dt>
                    <dd>{ format!("{}: {}, {} {}", props.price.model_name, props.price.source, en::AS_OF, props.price.as_of) }</dd>
                </div>
            </dl>
        </section>
    }
}
