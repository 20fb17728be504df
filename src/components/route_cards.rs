//! The three routes side by side: total over the horizon, cost per 1M tokens,
//! time to market, and why a route is excluded.

use engine::report::{Report, RouteReport};
use engine::text::Words;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RouteCardsProps {
    pub report: std::rc::Rc<Report>,
}

#[function_component(RouteCards)]
pub fn route_cards(props: &RouteCardsProps) -> Html {
    let words = crate::hooks::use_words();
    let report = &props.report;
    html! {
        <section class="route-cards" aria-labelledby="route-cards-heading">
            <h2 id="route-cards-heading" class="visually-hidden">{ words.routes_heading() }</h2>
            { for report.routes.iter().map(|route| route_card(words, report, route)) }
        </section>
    }
}

fn route_card(words: Words, report: &Report, route: &RouteReport) -> Html {
    let cheapest = report.cheapest == Some(route.route);
    let numbers = engine::text::format::Numbers::new(words.lang(), report.currency);
    html! {
        <article class={classes!("route-card", cheapest.then_some("route-card--cheapest"), route.excluded.is_some().then_some("route-card--excluded"))}
            data-testid={format!("route-{}", route.route.key())}>
            <header class="route-card__header">
                <h3 class="route-card__title">{ words.route_name(route.route) }</h3>
                if cheapest {
                    <span class="badge badge--accent">{ words.cheapest_badge() }</span>
                }
                if route.excluded.is_some() {
                    <span class="badge badge--danger">{ words.excluded_badge() }</span>
                }
            </header>
            <p class="route-card__label">{ words.route_label(&route.label) }</p>
            <p class="route-card__total" data-testid={format!("total-{}", route.route.key())}>
                { route.total_cost.map_or_else(|| words.not_available().to_owned(), |total| numbers.money_compact(total)) }
            </p>
            <p class="route-card__caption">{ words.total_over(f64::from(report.horizon_months)) }</p>
            <dl class="route-card__facts">
                <div>
                    <dt>{ words.cost_per_million_tokens() }</dt>
                    <dd>{ route.cost_per_million_tokens.map_or_else(|| words.not_available().to_owned(), |cost| numbers.money(cost)) }</dd>
                </div>
                <div>
                    <dt>{ words.time_to_market() }</dt>
                    <dd>{ words.months(route.time_to_market_months) }</dd>
                </div>
            </dl>
            if let Some(reason) = &route.excluded {
                <p class="route-card__excluded" role="note">{ words.exclusion(reason) }</p>
            }
        </article>
    }
}
