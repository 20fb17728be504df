//! The self-hosted route's inputs: the model sized on the GPU for every
//! tensor-parallel size that fits, the GPU prices, and one fleet plan per size.

use super::*;
use crate::cost::fleet::{FleetPlan, Ownership};
use crate::cost::inputs::{self, FleetCandidate, GpuPriceSource, MissingGpuPrice};
use crate::cost::load_shape::DailyShape;
use crate::cost::HOURS_PER_MONTH;
use crate::profile::Deployment;
use crate::sizing::{self, SizingRequest};

pub(super) fn self_hosted(context: &mut Context<'_>) -> (RouteInputs, RouteFacts) {
    let catalog = context.catalog;
    let profile = context.profile;
    let route = &profile.routes.self_hosted;
    let refuse = |label: RouteLabel, reason: Exclusion| {
        (
            unavailable_inputs(),
            RouteFacts {
                label,
                excluded: Some(reason),
                quality_gap: None,
            },
        )
    };
    let ids = || RouteLabel::ModelOn {
        model: route.model.clone(),
        host: route.gpu.clone(),
    };
    let Some(model) = catalog.open_model(&route.model) else {
        return refuse(
            ids(),
            Exclusion::UnknownOpenModel {
                id: route.model.clone(),
            },
        );
    };
    let Some(gpu) = catalog.gpu(&route.gpu) else {
        return refuse(
            ids(),
            Exclusion::UnknownGpu {
                id: route.gpu.clone(),
            },
        );
    };
    let label = RouteLabel::ModelOnGpu {
        model: model.name.to_owned(),
        gpu: gpu.name.to_owned(),
        precision: route.precision,
    };
    let request = SizingRequest {
        precision: route.precision,
        kv_precision: route.kv_cache_precision.resolve(route.precision),
        tensor_parallel: route.tensor_parallel.min(64),
        input_tokens: context.shape.input_tokens,
        output_tokens: context.shape.output_tokens,
        latency_target_ms_per_output_token: profile.workload.latency_target_ms_per_output_token,
        peak_requests_per_second: 0.0,
    };
    let knobs = &profile.assumptions.sizing;
    let candidates = match sizing::candidates(model, gpu, &request, knobs) {
        Ok(candidates) => candidates,
        Err(mut error) => {
            error.suggestion = sizing::suggest(model, gpu, &request, knobs, catalog);
            return refuse(label, Exclusion::DoesNotFit(error));
        }
    };
    push(
        context,
        "routes.self_hosted.model",
        AssumptionValue::Catalog(CatalogValue::Architecture {
            id: model.id.to_owned(),
            params_b: model.params_b,
            active_params_b: model.active_params_b,
            layers: model.layers,
            kv_heads: model.kv_heads,
            head_dim: model.head_dim,
        }),
        AssumptionUnit::Unit(Unit::Architecture),
        AssumptionSource::cited(model.source),
        model.as_of,
        model.unverified,
    );
    push(
        context,
        "routes.self_hosted.gpu",
        AssumptionValue::Catalog(CatalogValue::Gpu {
            id: gpu.id.to_owned(),
            memory_gb: gpu.memory_gb,
            bandwidth_gb_per_s: gpu.bandwidth_gb_per_s,
            bf16_tflops: gpu.bf16_tflops,
            power_w: gpu.power_w,
        }),
        AssumptionUnit::Unit(Unit::Specifications),
        AssumptionSource::cited(gpu.source),
        gpu.as_of,
        gpu.unverified,
    );
    let link = &gpu.interconnect;
    push(
        context,
        "catalog.gpu.interconnect",
        AssumptionValue::Catalog(CatalogValue::Interconnect {
            interconnect: link.kind,
            bandwidth_gb_per_s: link.bandwidth_gb_per_s,
            all_reduce_latency_us: link.all_reduce_latency_us,
        }),
        AssumptionUnit::Unit(Unit::Interconnect),
        AssumptionSource::cited(link.source),
        link.as_of,
        link.unverified,
    );

    let mut excluded = None;
    if route.deployment == Deployment::Rented
        && matches!(
            profile.requirements.data_residency,
            DataResidency::OnPremises | DataResidency::AirGapped
        )
    {
        excluded = Some(Exclusion::ResidencyRented {
            residency: profile.requirements.data_residency,
        });
    }
    let prices = match inputs::gpu_prices(route, gpu) {
        Ok((prices, source)) => {
            record_gpu_price(context, route, gpu, &prices, source);
            prices
        }
        Err(MissingGpuPrice::Rental) => {
            let gpu = gpu.name.to_owned();
            return refuse(label, Exclusion::NoRentalPrice { gpu });
        }
        Err(MissingGpuPrice::Purchase) => {
            let gpu = gpu.name.to_owned();
            return refuse(label, Exclusion::NoPurchasePrice { gpu });
        }
    };
    let compute = &profile.assumptions.compute;
    let kw_per_gpu = crate::guard::non_negative(gpu.power_w) / 1000.0
        * crate::guard::non_negative(compute.server_power_factor);
    let ownership = Ownership {
        service_life_months: compute.depreciation_months.max(1),
        residual_value_fraction: compute.residual_value_fraction,
        capex_overhead_fraction: compute.server_capex_overhead_fraction,
        energy_usd_per_gpu_month: kw_per_gpu
            * crate::guard::fraction(compute.average_power_fraction)
            * crate::guard::non_negative(compute.pue).max(1.0)
            * HOURS_PER_MONTH
            * crate::guard::non_negative(compute.energy_usd_per_kwh),
        hosting_usd_per_gpu_month: kw_per_gpu
            * crate::guard::non_negative(compute.hosting_usd_per_kw_month),
        maintenance_fraction_per_year: compute.maintenance_fraction_per_year,
    };
    let shape = DailyShape::derived(
        profile.workload.peak_to_average,
        profile.workload.trough_to_average,
    );
    // The sizes meeting the latency target, if any do; the evaluation keeps
    // the one whose fleet costs least over the horizon.
    let any_meets = candidates
        .iter()
        .any(|candidate| !candidate.latency_target_missed);
    let meeting: Vec<_> = candidates
        .into_iter()
        .filter(|candidate| !any_meets || !candidate.latency_target_missed)
        .collect();
    let meeting = if route.deployment == Deployment::Rented
        && route.rental_plan == crate::profile::RentalPlan::Reserved
    {
        meeting
    } else {
        without_dominated_sizes(meeting)
    };
    let plans: Vec<FleetCandidate> = meeting
        .into_iter()
        .map(|sizing| {
            let plan = FleetPlan {
                deployment: route.deployment,
                rental_plan: route.rental_plan,
                gpus_per_replica: sizing.gpus_per_replica,
                replica_requests_per_second: sizing.requests_per_second,
                target_utilisation: clamp(knobs.target_utilisation, 0.01, 1.0),
                redundancy_replicas: knobs.redundancy_replicas.min(1000),
                autoscale_min_replicas: knobs.autoscale_min_replicas.clamp(1, 1000),
                autoscale_headroom: clamp(knobs.autoscale_headroom, 0.0, 10.0),
                shape: shape.clone(),
                prices,
                ownership,
                reserved_quantiles: Vec::new(),
                first_serving_month: 0,
                launch_month_served_share: 1.0,
            };
            FleetCandidate {
                gpu_name: gpu.name.to_owned(),
                sizing,
                plan,
            }
        })
        .collect();
    if let Some(first) = plans.first() {
        if first.sizing.latency_target_missed {
            context.warnings.push(Warning::LatencyTargetMissed {
                ms_per_token: divide(1000.0, first.sizing.decode_tokens_per_second_batch_1, 0.0),
                gpus_per_replica: first.sizing.gpus_per_replica,
                gpu: gpu.name.to_owned(),
                target_ms: profile.workload.latency_target_ms_per_output_token,
            });
        }
    }
    if route.deployment == Deployment::Rented
        && route.rental_plan == crate::profile::RentalPlan::Reserved
        && prices.reserved_discount <= 0.0
    {
        context.warnings.push(Warning::NoReservedDiscount {
            gpu: gpu.name.to_owned(),
        });
    }
    if excluded.is_none() {
        excluded = context_too_long(
            context,
            "routes.self_hosted.model",
            model.name,
            model.max_context_tokens,
        );
    }
    let (gap, programmes) = open_programmes(context, RouteId::SelfHosted, model.quality);
    let quality_knobs = &profile.assumptions.quality;
    let spec = RouteSpec {
        usage: Usage::Fleet(plans),
        staff: &route.staff,
        time_to_market_months: route.time_to_market_months,
        compliance_one_off_usd: route.compliance_one_off_usd,
        compliance_usd_per_month: route.compliance_usd_per_month,
        programmes_per_cycle: programmes,
        programme_usd: quality::programme_usd(quality_knobs, true),
    };
    (
        route_inputs(spec),
        RouteFacts {
            label,
            excluded,
            quality_gap: gap,
        },
    )
}

/// The tensor-parallel sizes worth costing: a size (smallest first) whose
/// requests per second per GPU are no higher than a smaller size's can never
/// cost less, so it is left out. Why: every fleet cost is per GPU (rent,
/// purchase, power, hosting), sizes are powers of two, and for a load `L`
/// a replica of `t = m x s` GPUs carrying at most `m` times what one of `s`
/// carries needs `t x ceil(L / c_t) >= s x m x ceil(L / (m x c_s)) >= s x
/// ceil(L / c_s)` GPUs in every hour; minimum and redundancy replicas only
/// add more of the larger size. (Not applied to the reserved plan, whose
/// newsvendor base need not follow the GPU count hour by hour.) A large
/// share of a fleet's evaluation time is these candidates' hour-by-hour runs.
fn without_dominated_sizes(candidates: Vec<sizing::ReplicaSizing>) -> Vec<sizing::ReplicaSizing> {
    let mut best_per_gpu = f64::NEG_INFINITY;
    candidates
        .into_iter()
        .filter(|candidate| {
            let per_gpu = divide(
                candidate.requests_per_second,
                f64::from(candidate.gpus_per_replica.max(1)),
                0.0,
            );
            let kept = per_gpu > best_per_gpu;
            best_per_gpu = best_per_gpu.max(per_gpu);
            kept
        })
        .collect()
}

/// Records where the GPU prices come from in the assumption list.
fn record_gpu_price(
    context: &mut Context<'_>,
    route: &crate::profile::SelfHostedRoute,
    gpu: &crate::catalog::Gpu,
    prices: &crate::cost::fleet::GpuPrices,
    source: GpuPriceSource<'_>,
) {
    match (route.deployment, source) {
        (Deployment::Rented, GpuPriceSource::Override) => push(
            context,
            "routes.self_hosted.gpu_hour_usd_override",
            AssumptionValue::Number(prices.on_demand_usd_per_gpu_hour),
            AssumptionUnit::Unit(Unit::UsdPerGpuHour),
            AssumptionSource::UserValue,
            "",
            false,
        ),
        (Deployment::Rented, GpuPriceSource::Rental(rental)) => {
            // A GPU with no price of the kind of cloud chosen takes the other
            // kind's: said, and flagged, rather than silent.
            let same_kind = rental.kind == route.cloud;
            let source = if same_kind {
                AssumptionSource::Rental {
                    provider: rental.provider,
                    source: rental.source,
                }
            } else {
                AssumptionSource::RentalOtherKind {
                    chosen: route.cloud,
                    provider: rental.provider,
                    source: rental.source,
                }
            };
            push(
                context,
                "routes.self_hosted.cloud",
                AssumptionValue::Number(rental.usd_per_gpu_hour),
                AssumptionUnit::Unit(Unit::UsdPerGpuHour),
                source,
                rental.as_of,
                rental.unverified || !same_kind,
            )
        }
        (Deployment::Owned, GpuPriceSource::Override) => push(
            context,
            "routes.self_hosted.gpu_purchase_usd_override",
            AssumptionValue::Number(prices.purchase_usd_per_gpu),
            AssumptionUnit::Unit(Unit::UsdPerGpu),
            AssumptionSource::UserValue,
            "",
            false,
        ),
        (_, _) => push(
            context,
            "routes.self_hosted.gpu_purchase_usd",
            AssumptionValue::Number(prices.purchase_usd_per_gpu),
            AssumptionUnit::Unit(Unit::UsdPerGpu),
            AssumptionSource::cited(gpu.purchase_source),
            gpu.purchase_as_of,
            gpu.unverified,
        ),
    }
    if route.deployment == Deployment::Rented
        && route.rental_plan == crate::profile::RentalPlan::Reserved
    {
        let rental = gpu.rental_for(route.cloud);
        let (source, as_of, unverified) = match (route.reserved_discount_override, rental) {
            (Some(_), _) => (AssumptionSource::UserValue, "", false),
            (None, Some(row)) => (
                AssumptionSource::Rental {
                    provider: row.provider,
                    source: row.reserved_source,
                },
                row.reserved_as_of,
                row.unverified,
            ),
            (None, None) => (AssumptionSource::cited(""), "", true),
        };
        push(
            context,
            "routes.self_hosted.reserved_discount_override",
            AssumptionValue::Number(prices.reserved_discount),
            AssumptionUnit::Unit(Unit::Fraction),
            source,
            as_of,
            unverified,
        );
    }
}
