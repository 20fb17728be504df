//! The self-hosted route: sizing, the tensor-parallel choice, the fleet and
//! its compute cost.

use super::*;

pub(super) fn self_hosted(context: &mut Context<'_>) -> RouteRun {
    let catalog = context.catalog;
    let profile = context.profile;
    let route = &profile.routes.self_hosted;
    let label = en::model_on(&route.model, &route.gpu);
    let Some(model) = catalog.open_model(&route.model) else {
        return unavailable(
            RouteId::SelfHosted,
            label,
            en::unknown_open_model(&route.model),
        );
    };
    let Some(gpu) = catalog.gpu(&route.gpu) else {
        return unavailable(RouteId::SelfHosted, label, en::unknown_gpu(&route.gpu));
    };
    let label = en::model_on_gpu_at(model.name, gpu.name, route.precision.key());
    let request = SizingRequest {
        precision: route.precision,
        kv_precision: route.kv_cache_precision,
        tensor_parallel: route.tensor_parallel.min(64),
        input_tokens: context.shape.input_tokens,
        output_tokens: context.shape.output_tokens,
        latency_target_ms_per_output_token: profile.workload.latency_target_ms_per_output_token,
        peak_requests_per_second: peak_requests_per_second(context),
    };
    let knobs = &profile.assumptions.sizing;
    let candidates = match sizing::candidates(model, gpu, &request, knobs) {
        Ok(candidates) => candidates,
        Err(mut error) => {
            error.suggestion = sizing::suggest(model, gpu, &request, knobs, catalog);
            return unavailable(RouteId::SelfHosted, label, error.to_string());
        }
    };
    push(
        context,
        "routes.self_hosted.model",
        AssumptionValue::Text(en::architecture_value(model)),
        en::UNIT_ARCHITECTURE,
        model.source,
        model.as_of,
        model.unverified,
    );
    push(
        context,
        "routes.self_hosted.gpu",
        AssumptionValue::Text(en::gpu_value(gpu)),
        en::UNIT_SPECIFICATIONS,
        gpu.source,
        gpu.as_of,
        gpu.unverified,
    );

    let mut excluded = None;
    let (usd_per_gpu_hour, purchase_usd) = match route.deployment {
        Deployment::Rented => {
            if matches!(
                profile.requirements.data_residency,
                DataResidency::OnPremises | DataResidency::AirGapped
            ) {
                excluded = Some(en::residency_excludes_rented(residency_key(
                    profile.requirements.data_residency,
                )));
            }
            match (route.gpu_hour_usd_override, gpu.rental_for(route.cloud)) {
                (Some(value), _) => {
                    push(
                        context,
                        "routes.self_hosted.gpu_hour_usd_override",
                        AssumptionValue::Number(value),
                        en::UNIT_USD_PER_GPU_HOUR,
                        en::SOURCE_USER_VALUE,
                        "",
                        false,
                    );
                    (clamp(value, 0.0, 1e6), 0.0)
                }
                (None, Some(rental)) => {
                    push(
                        context,
                        "routes.self_hosted.cloud",
                        AssumptionValue::Number(rental.usd_per_gpu_hour),
                        en::UNIT_USD_PER_GPU_HOUR,
                        en::rental_source(rental.provider, rental.source),
                        rental.as_of,
                        rental.unverified,
                    );
                    (rental.usd_per_gpu_hour, 0.0)
                }
                (None, None) => {
                    return unavailable(RouteId::SelfHosted, label, en::no_rental_price(gpu.name));
                }
            }
        }
        Deployment::Owned => match (route.gpu_purchase_usd_override, gpu.purchase_usd) {
            (Some(value), _) => {
                push(
                    context,
                    "routes.self_hosted.gpu_purchase_usd_override",
                    AssumptionValue::Number(value),
                    en::UNIT_USD_PER_GPU,
                    en::SOURCE_USER_VALUE,
                    "",
                    false,
                );
                (0.0, clamp(value, 0.0, 1e9))
            }
            (None, Some(price)) => {
                push(
                    context,
                    "routes.self_hosted.gpu_purchase_usd",
                    AssumptionValue::Number(price),
                    en::UNIT_USD_PER_GPU,
                    gpu.purchase_source,
                    gpu.purchase_as_of,
                    gpu.unverified,
                );
                (0.0, price)
            }
            (None, None) => {
                return unavailable(RouteId::SelfHosted, label, en::no_purchase_price(gpu.name));
            }
        },
    };

    let roles = role_needs(context, &route.staff);
    let delay = clamp(route.time_to_market_months, 0.0, 1200.0)
        + people::hiring_delay_months(&roles, &context.hiring);
    let make_plan = |sizing: &sizing::ReplicaSizing| ComputePlan {
        deployment: route.deployment,
        gpus_per_replica: sizing.gpus_per_replica,
        replica_requests_per_second: sizing.requests_per_second,
        target_utilisation: clamp(knobs.target_utilisation, 0.01, 1.0),
        redundancy_replicas: knobs.redundancy_replicas.min(1000),
        peak_to_average: clamp(profile.workload.peak_to_average, 1.0, 1000.0),
        delay_months: delay,
        usd_per_gpu_hour,
        purchase_usd_per_gpu: purchase_usd,
        gpu_power_w: gpu.power_w,
        knobs: profile.assumptions.compute.clone(),
    };
    // The tensor-parallel size whose fleet costs least over the horizon, among
    // those meeting the latency target if any do (the smaller on a tie). Taking
    // the minimum over sizes keeps cost monotone in volume and price.
    let mut chosen: Option<(bool, f64, sizing::ReplicaSizing, ComputePlan)> = None;
    for candidate in candidates {
        let plan = make_plan(&candidate);
        let cost = plan.run(&context.timeline, 1.0, &mut []).0;
        let better = match &chosen {
            None => true,
            Some((missed, best_cost, _, _)) => {
                (candidate.latency_target_missed, cost) < (*missed, *best_cost)
            }
        };
        if better {
            chosen = Some((candidate.latency_target_missed, cost, candidate, plan));
        }
    }
    let Some((_, _, sizing, plan)) = chosen else {
        return unavailable(
            RouteId::SelfHosted,
            label,
            en::NO_TENSOR_PARALLEL_SIZE_FITS.to_owned(),
        );
    };
    if excluded.is_none() {
        excluded = context_too_long(
            context,
            "routes.self_hosted.model",
            model.name,
            model.max_context_tokens,
        );
    }
    if sizing.latency_target_missed {
        context.warnings.push(en::latency_target_missed(
            divide(1000.0, sizing.decode_tokens_per_second_batch_1, 0.0),
            sizing.gpus_per_replica,
            gpu.name,
            profile.workload.latency_target_ms_per_output_token,
        ));
    }
    let (gap, programmes) = open_programmes(context, "routes.self_hosted", model.quality);
    let quality_knobs = &profile.assumptions.quality;
    let spec = RouteSpec {
        route: RouteId::SelfHosted,
        label,
        excluded,
        usd_per_request: 0.0,
        compute: Some(&plan),
        staff: &route.staff,
        time_to_market_months: route.time_to_market_months,
        compliance_one_off_usd: route.compliance_one_off_usd,
        compliance_usd_per_month: route.compliance_usd_per_month,
        programmes_per_cycle: programmes,
        programme_usd: quality::programme_usd(quality_knobs, true),
    };
    let mut run = build_route(context, spec);

    let timeline = &context.timeline;
    let first_serving = (delay.floor() as usize).min(timeline.months().saturating_sub(1));
    let replicas = timeline
        .requests
        .iter()
        .enumerate()
        .skip(first_serving)
        .map(|(month, requests)| plan.replicas_in_month(month, *requests))
        .max()
        .unwrap_or(1);
    let replicas_first_month = timeline
        .requests
        .get(first_serving)
        .map(|requests| plan.replicas_in_month(first_serving, *requests))
        .unwrap_or(1);
    // Concurrency at the busiest month's peak, by Little's law.
    let busiest = timeline
        .requests
        .iter()
        .skip(first_serving)
        .copied()
        .fold(0.0, f64::max);
    let peak_rps = busiest / crate::cost::SECONDS_PER_MONTH * plan.peak_to_average;
    let serving_replicas = replicas.saturating_sub(plan.redundancy_replicas).max(1);
    let seconds_per_request = sizing.prefill_seconds_per_request
        + context.shape.output_tokens.max(0.0) * sizing.decode_step_seconds;
    let concurrency =
        crate::guard::ceil_count(peak_rps / f64::from(serving_replicas) * seconds_per_request)
            .clamp(1, sizing.batch.max(1));
    let memory_per_replica =
        sizing.weights_gb + sizing.overhead_gb + f64::from(concurrency) * sizing.kv_gb_per_sequence;
    run.report.fleet = Some(Fleet {
        gpu: gpu.id.to_owned(),
        gpu_name: gpu.name.to_owned(),
        deployment: route.deployment,
        precision: route.precision,
        gpus_per_replica: sizing.gpus_per_replica,
        replicas,
        replicas_first_month,
        gpus_total: replicas.saturating_mul(sizing.gpus_per_replica),
        concurrent_sequences_per_replica: concurrency,
        memory_per_replica_gb: memory_per_replica,
        memory_per_gpu_gb: memory_per_replica / f64::from(sizing.gpus_per_replica.max(1)),
        memory_per_replica_at_batch_gb: sizing.memory_per_replica_gb,
        weights_gb: sizing.weights_gb,
        kv_bytes_per_token: sizing.kv_bytes_per_token,
        batch: sizing.batch,
        max_batch_that_fits: sizing.max_batch_that_fits,
        decode_tokens_per_second_per_replica: sizing.decode_tokens_per_second,
        decode_tokens_per_second_batch_1: sizing.decode_tokens_per_second_batch_1,
        output_tokens_per_second_per_replica: sizing.output_tokens_per_second,
        latency_target_missed: sizing.latency_target_missed,
    });
    run.report.quality_gap = gap;
    run
}

/// The busiest month's peak request rate: requests / seconds in a month x peak-to-average.
fn peak_requests_per_second(context: &Context<'_>) -> f64 {
    let busiest = context
        .timeline
        .requests
        .iter()
        .copied()
        .fold(0.0, f64::max);
    busiest / crate::cost::SECONDS_PER_MONTH
        * clamp(context.profile.workload.peak_to_average, 1.0, 1000.0)
}
