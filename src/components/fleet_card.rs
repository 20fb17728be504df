//! The self-hosted GPU fleet: what the engine sized from the model's architecture.

use engine::currency::Currency;
use engine::report::Fleet;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FleetCardProps {
    pub fleet: Fleet,
    /// The report's currency (the cost per GPU-hour is in it).
    pub currency: Currency,
}

#[function_component(FleetCard)]
pub fn fleet_card(props: &FleetCardProps) -> Html {
    let words = crate::hooks::use_words();
    let numbers = crate::hooks::use_numbers(props.currency);
    let fleet = &props.fleet;
    let row = |label: &'static str, value: String| html! { <div><dt>{ label }</dt><dd>{ value }</dd></div> };
    html! {
        <section class="card fleet" aria-labelledby="fleet-heading" data-testid="fleet">
            <h2 id="fleet-heading" class="card__heading">{ words.fleet_heading() }</h2>
            <dl class="fleet__facts">
                { row(words.fleet_gpu(), fleet.gpu_name.clone()) }
                { row(words.fleet_plan_label(), words.fleet_plan(fleet.deployment, fleet.rental_plan).to_owned()) }
                { row(words.fleet_gpus_per_replica(), fleet.gpus_per_replica.to_string()) }
                { row(words.fleet_replicas_label(), words.fleet_replicas(fleet.replicas, fleet.gpus_total)) }
                if fleet.reserved_replicas > 0 {
                    { row(words.fleet_reserved(), numbers.whole(f64::from(fleet.reserved_replicas))) }
                }
                { row(words.fleet_utilisation(), numbers.percent(fleet.average_utilisation)) }
                { row(words.fleet_gpu_hours(), numbers.whole(fleet.gpu_hours)) }
                { row(words.fleet_cost_per_gpu_hour(), numbers.money(fleet.cost_per_gpu_hour)) }
                { row(words.fleet_precision(), words.fleet_precisions(fleet.precision, fleet.kv_precision)) }
                { row(words.fleet_memory_per_replica(), words.gigabytes(fleet.memory_per_replica_gb)) }
                { row(words.fleet_weights(), words.gigabytes(fleet.weights_gb)) }
                { row(words.fleet_kv_per_token(), words.kibibytes(fleet.kv_bytes_per_token)) }
                { row(words.fleet_decode(), words.tokens_per_second(fleet.decode_tokens_per_second_per_replica)) }
                { row(words.fleet_decode_batch_1(), words.tokens_per_second(fleet.decode_tokens_per_second_batch_1)) }
                { row(words.fleet_batch_label(), words.fleet_batch(fleet.batch, fleet.max_batch_that_fits)) }
                { row(words.fleet_batch_limit(), words.batch_limit_label(fleet.batch_limit).to_owned()) }
            </dl>
            if fleet.latency_target_missed {
                <p class="fleet__warning" role="note">{ words.fleet_latency_missed() }</p>
            }
        </section>
    }
}
