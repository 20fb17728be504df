//! The verdict: the recommended route, how sure the engine is, why, and the
//! points at which the answer would change.

use std::rc::Rc;

use engine::decision::Decision;
use yew::prelude::*;

use crate::messages::en;

/// How many flip-point sentences show before "more".
const FLIP_SENTENCES_SHOWN: usize = 4;

#[derive(Properties, PartialEq)]
pub struct VerdictCardProps {
    /// The latest decision, if one has been computed.
    pub decision: Option<Rc<Decision>>,
    /// True while the decision is being recomputed for newer input.
    pub updating: bool,
}

#[function_component(VerdictCard)]
pub fn verdict_card(props: &VerdictCardProps) -> Html {
    let Some(decision) = &props.decision else {
        return html! {
            <section class="card verdict verdict--pending" data-testid="verdict" aria-busy="true">
                <p class="verdict__label">{ en::VERDICT_LABEL }</p>
                <p>{ en::VERDICT_COMPUTING }</p>
            </section>
        };
    };
    let recommendation = &decision.recommendation;
    let route_key = recommendation.route.map_or("none", |route| route.key());
    // Inputs that do flip the answer first; "no flip within the plausible range" after.
    let flips = recommendation.flip_points.iter();
    let flip_sentences: Vec<String> = flips
        .clone()
        .filter(|flip| flip.below.is_some() || flip.above.is_some())
        .chain(flips.filter(|flip| flip.below.is_none() && flip.above.is_none()))
        .flat_map(|flip| flip.outcomes.iter())
        .map(en::flip_outcome)
        .collect();
    let (shown, more) = flip_sentences.split_at(flip_sentences.len().min(FLIP_SENTENCES_SHOWN));
    html! {
        <section class={classes!("card", "verdict", props.updating.then_some("verdict--updating"))}
            data-testid="verdict" data-route={route_key} aria-labelledby="verdict-heading" aria-busy={props.updating.to_string()}>
            <p class="verdict__label">{ en::VERDICT_LABEL }</p>
            <h2 id="verdict-heading" class="verdict__route">
                { recommendation.route.map_or(en::VERDICT_NO_ROUTE, en::route_name) }
            </h2>
            <p class="verdict__confidence" data-testid="confidence">
                { en::confidence_line(recommendation.confidence_level, recommendation.confidence) }
                if props.updating {
                    <span class="verdict__updating">{ en::VERDICT_UPDATING }</span>
                }
            </p>
            <h3 class="verdict__subheading">{ en::REASONS_HEADING }</h3>
            <ul class="verdict__reasons">
                { for recommendation.reasons.iter().map(|reason| html! { <li>{ en::reason(reason) }</li> }) }
            </ul>
            <h3 class="verdict__subheading">{ en::FLIP_POINTS_HEADING }</h3>
            <ul class="verdict__flips" data-testid="flip-points">
                { for shown.iter().map(|sentence| html! { <li>{ sentence }</li> }) }
            </ul>
            if !more.is_empty() {
                <details class="verdict__more">
                    <summary>{ en::with_count(en::MORE_FLIP_POINTS, more.len()) }</summary>
                    <ul class="verdict__flips">
                        { for more.iter().map(|sentence| html! { <li>{ sentence }</li> }) }
                    </ul>
                </details>
            }
        </section>
    }
}
