//! The self-hosted GPU fleet: what the engine sized from the model's architecture.

use engine::currency::Currency;
use engine::report::Fleet;
use yew::prelude::*;

use crate::format;
use crate::messages::en;

#[derive(Properties, PartialEq)]
pub struct FleetCardProps {
    pub fleet: Fleet,
    /// The report's currency (the cost per GPU-hour is in it).
    pub currency: Currency,
}

#[function_component(FleetCard)]
pub fn fleet_card(props: &FleetCardProps) -> Html {
    let fleet = &props.fleet;
    let row = |label: &'static str, value: String| html! { <div><dt>{ label }</dt><dd>{ value }</dd></div> };
    html! {
        <section class="card fleet" aria-labelledby="fleet-heading" data-testid="fleet">
            <h2 id="fleet-heading" class="card__heading">{ en::FLEET_HEADING }</h2>
            <dl class="fleet__facts">
                { row(en::FLEET_GPU, fleet.gpu_name.clone()) }
                { row(en::FLEET_PLAN, en::fleet_plan(fleet.deployment, fleet.rental_plan).to_owned()) }
                { row(en::FLEET_GPUS_PER_REPLICA, fleet.gpus_per_replica.to_string()) }
                { row(en::FLEET_REPLICAS, en::fleet_replicas(fleet.replicas, fleet.gpus_total)) }
                if fleet.reserved_replicas > 0 {
                    { row(en::FLEET_RESERVED, format::whole(f64::from(fleet.reserved_replicas))) }
                }
                { row(en::FLEET_UTILISATION, format::percent(fleet.average_utilisation)) }
                { row(en::FLEET_GPU_HOURS, format::whole(fleet.gpu_hours)) }
                { row(en::FLEET_COST_PER_GPU_HOUR, format::money(fleet.cost_per_gpu_hour, props.currency)) }
                { row(en::FLEET_PRECISION, en::fleet_precisions(fleet.precision, fleet.kv_precision)) }
                { row(en::FLEET_MEMORY_PER_REPLICA, en::gigabytes(fleet.memory_per_replica_gb)) }
                { row(en::FLEET_WEIGHTS, en::gigabytes(fleet.weights_gb)) }
                { row(en::FLEET_KV_PER_TOKEN, en::kibibytes(fleet.kv_bytes_per_token)) }
                { row(en::FLEET_DECODE, en::tokens_per_second(fleet.decode_tokens_per_second_per_replica)) }
                { row(en::FLEET_DECODE_BATCH_1, en::tokens_per_second(fleet.decode_tokens_per_second_batch_1)) }
                { row(en::FLEET_BATCH, en::fleet_batch(fleet.batch, fleet.max_batch_that_fits)) }
                { row(en::FLEET_BATCH_LIMIT, en::batch_limit_label(fleet.batch_limit).to_owned()) }
            </dl>
            if fleet.latency_target_missed {
                <p class="fleet__warning" role="note">{ en::FLEET_LATENCY_MISSED }</p>
            }
        </section>
    }
}
