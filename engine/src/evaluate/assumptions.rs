//! The assumption list of the report: every value used, with its source and date.

use super::*;
use crate::sources;

pub(super) fn push(
    context: &mut Context<'_>,
    path: impl Into<Cow<'static, str>>,
    value: AssumptionValue,
    unit: AssumptionUnit,
    source: AssumptionSource,
    as_of: impl Into<Cow<'static, str>>,
    unverified: bool,
) {
    // Echo what the engine used: a non-finite input was treated as 0.
    let value = match value {
        AssumptionValue::Number(number) => {
            AssumptionValue::Number(crate::currency::finite_or_zero(number))
        }
        catalog => catalog,
    };
    context.assumptions.push(AssumptionUsed {
        path: path.into(),
        value,
        unit,
        source,
        as_of: as_of.into(),
        unverified,
    });
}

pub(super) fn knob_assumptions(context: &mut Context<'_>) {
    let profile = context.profile;
    push_knobs(
        context,
        &sources::ASSUMPTION_SOURCES,
        sources::assumption_values(&profile.assumptions),
        sources::assumption_values(&crate::profile::Assumptions::default()),
    );
    push_knobs(
        context,
        &sources::ROUTE_SOURCES,
        sources::route_values(&profile.routes),
        sources::route_values(&crate::profile::Routes::default()),
    );
    push_knobs(
        context,
        &sources::WORKLOAD_SOURCES,
        sources::workload_values(&profile.workload),
        sources::workload_values(&crate::profile::Workload::default()),
    );
    let rates = &context.profile.currency.rates;
    let rate_source = rates.source.clone();
    let rate_date = rates.as_of.clone();
    for (path, value) in [
        ("currency.rates.eur_per_usd", rates.eur_per_usd),
        ("currency.rates.inr_per_usd", rates.inr_per_usd),
        ("currency.rates.cny_per_usd", rates.cny_per_usd),
    ] {
        push(
            context,
            path,
            AssumptionValue::Number(value),
            AssumptionUnit::Unit(Unit::PerUsd),
            AssumptionSource::cited(rate_source.clone()),
            rate_date.clone(),
            true,
        );
    }
}

/// Each knob of a group with its value and default (the three in the same order).
fn push_knobs<const N: usize>(
    context: &mut Context<'_>,
    knobs: &'static [sources::KnobSource; N],
    values: [f64; N],
    defaults: [f64; N],
) {
    for ((knob, value), default) in knobs.iter().zip(values).zip(defaults) {
        push_knob(context, knob, value, default);
    }
}

fn push_knob(
    context: &mut Context<'_>,
    knob: &'static sources::KnobSource,
    value: f64,
    default: f64,
) {
    let (source, as_of, unverified) = if value == default {
        (
            AssumptionSource::cited(knob.source),
            knob.as_of,
            knob.unverified,
        )
    } else {
        (AssumptionSource::UserValue, "", false)
    };
    push(
        context,
        knob.path,
        AssumptionValue::Number(value),
        AssumptionUnit::Unit(knob.unit),
        source,
        as_of,
        unverified,
    );
}
