//! The self-hosted GPU fleet: what the engine sized from the model's architecture.

use engine::report::Fleet;
use yew::prelude::*;

use crate::format;
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
                { row(en::FLEET_REPLICAS, format!("{} ({} {})", fleet.replicas, fleet.gpus_total, en::FLEET_GPUS_IN_ALL)) }
                { row(en::FLEET_MEMORY_PER_REPLICA, format!("{} GB", format::compact(fleet.memory_per_replica_gb))) }
                { row(en::FLEET_WEIGHTS, format!("{} GB", format::compact(fleet.weights_gb))) }
                { row(en::FLEET_KV_PER_TOKEN, format!("{} KiB", format::compact(fleet.kv_bytes_per_token / 1024.0))) }
                { row(en::FLEET_DECODE, format!("{} {}", format::compact(fleet.decode_tokens_per_second_per_replica), en::TOKENS_PER_SECOND)) }
                { row(en::FLEET_DECODE_BATCH_1, format!("{} {}", format::compact(fleet.decode_tokens_per_second_batch_1), en::TOKENS_PER_SECOND)) }
                { row(en::FLEET_BATCH, format!("{} ({} {})", fleet.batch, fleet.max_batch_that_fits, en::FLEET_FITS)) }
            </dl>
            if fleet.latency_target_missed {
                <p class="fleet__warning" role="note">{ en::FLEET_LATENCY_MISSED }</p>
            }
        </section>
    }
}
