//! The verdict: the recommended route, how sure the engine is, why, and the
//! points at which the answer would change.

use std::rc::Rc;

use engine::decision::Decision;
use yew::prelude::*;

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
    let words = crate::hooks::use_words();
    let Some(decision) = &props.decision else {
        return html! {
            <section class="card verdict verdict--pending" data-testid="verdict" aria-busy="true">
                <p class="verdict__label">{ words.verdict_label() }</p>
                <p>{ words.verdict_computing() }</p>
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
        .map(|outcome| words.flip_outcome(outcome))
        .collect();
    let (shown, more) = flip_sentences.split_at(flip_sentences.len().min(FLIP_SENTENCES_SHOWN));
    html! {
        <section class={classes!("card", "verdict", props.updating.then_some("verdict--updating"))}
            data-testid="verdict" data-route={route_key} aria-labelledby="verdict-heading" aria-busy={props.updating.to_string()}>
            <p class="verdict__label">{ words.verdict_label() }</p>
            <h2 id="verdict-heading" class="verdict__route">
                { recommendation.route.map_or(words.verdict_no_route(), |route| words.route_name(route)) }
            </h2>
            <p class="verdict__confidence" data-testid="confidence">
                { words.confidence_line(recommendation.confidence_level, recommendation.confidence) }
                if props.updating {
                    <span class="verdict__updating">{ words.verdict_updating() }</span>
                }
            </p>
            <h3 class="verdict__subheading">{ words.reasons_heading() }</h3>
            <ul class="verdict__reasons">
                { for recommendation.reasons.iter().map(|reason| html! { <li>{ words.reason(reason) }</li> }) }
            </ul>
            <h3 class="verdict__subheading">{ words.flip_points_heading() }</h3>
            <ul class="verdict__flips" data-testid="flip-points">
                { for shown.iter().map(|sentence| html! { <li>{ sentence }</li> }) }
            </ul>
            if !more.is_empty() {
                <details class="verdict__more">
                    <summary>{ words.with_count(words.more_flip_points(), more.len()) }</summary>
                    <ul class="verdict__flips">
                        { for more.iter().map(|sentence| html! { <li>{ sentence }</li> }) }
                    </ul>
                </details>
            }
        </section>
    }
}
