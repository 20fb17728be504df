//! The self-hosted fleet as the report shows it: the chosen replica and what
//! its months ran, in US dollars (the report converts the one amount).

use crate::cost::fleet::FleetScenario;
use crate::cost::inputs::{CostInputs, FleetCandidate};
use crate::cost::model::{PreparedRoute, RouteMonths};
use crate::cost::{served_fraction, SECONDS_PER_MONTH};
use crate::guard::{ceil_count, divide, non_negative};
use crate::profile::Deployment;
use crate::report::Fleet;

/// The fleet of the chosen candidate, from the route's months.
pub(super) fn fleet(
    inputs: &CostInputs,
    candidate: &FleetCandidate,
    prepared: &PreparedRoute,
    months: &RouteMonths,
) -> Fleet {
    let sizing = &candidate.sizing;
    let plan = prepared
        .plans
        .get(months.chosen_plan.unwrap_or(0))
        .unwrap_or(&candidate.plan);
    let gpus_per_replica = f64::from(sizing.gpus_per_replica.max(1));
    let serving: Vec<_> = months.fleet.iter().filter(|month| month.serving).collect();
    let busiest = serving
        .iter()
        .copied()
        .max_by(|a, b| a.demanded_requests.total_cmp(&b.demanded_requests));
    let first = serving.first().copied();
    let replicas_of = |gpus: f64| ceil_count(gpus / gpus_per_replica);
    let replicas = busiest.map_or(1, |month| replicas_of(month.gpus));
    let (mut served, mut capacity) = (0.0, 0.0);
    for month in &serving {
        served +=
            month.demanded_requests * served_fraction(month.month as usize, prepared.delay_months);
        capacity += month.replica_hours * 3600.0 * sizing.requests_per_second;
    }
    let replica_hours: f64 = months.fleet.iter().map(|month| month.replica_hours).sum();
    let gpu_hours = replica_hours * gpus_per_replica;
    let compute_usd = months.breakdown.map_or(0.0, |breakdown| breakdown.total());
    // Little's law at the busiest month's peak hour: each sequence stays in
    // the batch for its output tokens' steps.
    let peak_rate = busiest.map_or(0.0, |month| month.demanded_requests) / SECONDS_PER_MONTH
        * plan.shape.peak();
    let load_replicas = replicas.saturating_sub(plan.redundancy_replicas).max(1);
    let seconds_in_batch =
        non_negative(inputs.shape.output_tokens).max(1.0) * sizing.decode_step_seconds;
    let concurrency = ceil_count(peak_rate / f64::from(load_replicas) * seconds_in_batch)
        .clamp(1, sizing.batch.max(1));
    let memory_per_replica = sizing.memory_with_sequences_gb(f64::from(concurrency));
    let reserved_replicas = first.map_or(0, |month| month.reserved_replicas);
    let hourly_replicas = busiest
        .map(|month| {
            plan.hourly_replicas(
                &inputs.timeline,
                &FleetScenario::AS_PLANNED,
                month.month as usize,
                month.reserved_replicas,
            )
            .to_vec()
        })
        .unwrap_or_default();
    Fleet {
        gpu: sizing.gpu.clone(),
        gpu_name: candidate.gpu_name.clone(),
        deployment: plan.deployment,
        rental_plan: (plan.deployment == Deployment::Rented).then_some(plan.rental_plan),
        precision: sizing.precision,
        kv_precision: sizing.kv_precision,
        gpus_per_replica: sizing.gpus_per_replica,
        replicas,
        replicas_first_month: first.map_or(1, |month| replicas_of(month.gpus)),
        gpus_total: busiest.map_or(sizing.gpus_per_replica, |month| ceil_count(month.gpus)),
        reserved_replicas,
        hourly_replicas,
        hourly_load: plan.shape.hourly().to_vec(),
        replica_hours,
        gpu_hours,
        average_utilisation: divide(served, capacity, 0.0).clamp(0.0, 1.0),
        cost_per_gpu_hour: divide(compute_usd, gpu_hours, 0.0),
        concurrent_sequences_per_replica: concurrency,
        memory_per_replica_gb: memory_per_replica,
        memory_per_gpu_gb: memory_per_replica / gpus_per_replica,
        memory_per_replica_at_batch_gb: sizing.memory_per_replica_gb,
        weights_gb: sizing.weights_gb,
        kv_bytes_per_token: sizing.kv_bytes_per_token,
        batch: sizing.batch,
        max_batch_that_fits: sizing.max_batch_that_fits,
        batch_limit: sizing.batch_limit,
        step: sizing.step,
        decode_tokens_per_second_per_replica: sizing.decode_tokens_per_second,
        decode_tokens_per_second_batch_1: sizing.decode_tokens_per_second_batch_1,
        output_tokens_per_second_per_replica: sizing.output_tokens_per_second,
        requests_per_second_per_replica: sizing.requests_per_second,
        latency_target_missed: sizing.latency_target_missed,
    }
}
