//! The self-hosted GPU fleet: what the engine sized from the model's architecture.

use engine::report::Fleet;
use yew::prelude::*;

use crate::messages::en;

#[derive(Properties, PartialEq)]
pub struct FleetCardProps {
    pub fleet: Fleet,
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
                { row(en::FLEET_GPUS_PER_REPLICA, fleet.gpus_per_replica.to_string()) }
                { row(en::FLEET_REPLICAS, en::fleet_replicas(fleet.replicas, fleet.gpus_total)) }
                { row(en::FLEET_MEMORY_PER_REPLICA, en::gigabytes(fleet.memory_per_replica_gb)) }
                { row(en::FLEET_WEIGHTS, en::gigabytes(fleet.weights_gb)) }
                { row(en::FLEET_KV_PER_TOKEN, en::kibibytes(fleet.kv_bytes_per_token)) }
                { row(en::FLEET_DECODE, en::tokens_per_second(fleet.decode_tokens_per_second_per_replica)) }
                { row(en::FLEET_DECODE_BATCH_1, en::tokens_per_second(fleet.decode_tokens_per_second_batch_1)) }
                { row(en::FLEET_BATCH, en::fleet_batch(fleet.batch, fleet.max_batch_that_fits)) }
            </dl>
            if fleet.latency_target_missed {
                <p class="fleet__warning" role="note">{ en::FLEET_LATENCY_MISSED }</p>
            }
        </section>
    }
}
