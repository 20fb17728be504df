//! The three routes side by side: total over the horizon, cost per 1M tokens,
//! time to market, and why a route is excluded.

use engine::report::{Report, RouteReport};
use yew::prelude::*;

use crate::format;
use crate::messages::en;

#[derive(Properties, PartialEq)]
pub struct RouteCardsProps {
    pub report: std::rc::Rc<Report>,
}

#[function_component(RouteCards)]
pub fn route_cards(props: &RouteCardsProps) -> Html {
    let report = &props.report;
    html! {
        <section class="route-cards" aria-labelledby="route-cards-heading">
            <h2 id="route-cards-heading" class="visually-hidden">{ en::ROUTES_HEADING }</h2>
            { for report.routes.iter().map(|route| route_card(report, route)) }
        </section>
    }
}

fn route_card(report: &Report, route: &RouteReport) -> Html {
    let cheapest = report.cheapest == Some(route.route);
    let currency = report.currency;
    html! {
        <article class={classes!("route-card", cheapest.then_some("route-card--cheapest"), route.excluded.is_some().then_some("route-card--excluded"))}
            data-testid={format!("route-{}", route.route.key())}>
            <header class="route-card__header">
                <h3 class="route-card__title">{ en::route_name(route.route) }</h3>
                if cheapest {
                    <span class="badge badge--accent">{ en::CHEAPEST_BADGE }</span>
                }
                if route.excluded.is_some() {
                    <span class="badge badge--danger">{ en::EXCLUDED_BADGE }</span>
                }
            </header>
            <p class="route-card__label">{ en::route_label(&route.label) }</p>
            <p class="route-card__total" data-testid={format!("total-{}", route.route.key())}>
                { route.total_cost.map_or_else(|| en::NOT_AVAILABLE.to_owned(), |total| format::money_compact(total, currency)) }
            </p>
            <p class="route-card__caption">{ en::total_over(f64::from(report.horizon_months)) }</p>
            <dl class="route-card__facts">
                <div>
                    <dt>{ en::COST_PER_MILLION_TOKENS }</dt>
                    <dd>{ route.cost_per_million_tokens.map_or_else(|| en::NOT_AVAILABLE.to_owned(), |cost| format::money(cost, currency)) }</dd>
                </div>
                <div>
                    <dt>{ en::TIME_TO_MARKET }</dt>
                    <dd>{ en::months(route.time_to_market_months) }</dd>
                </div>
            </dl>
            if let Some(reason) = &route.excluded {
                <p class="route-card__excluded" role="note">{ en::exclusion(reason) }</p>
            }
        </article>
    }
}
