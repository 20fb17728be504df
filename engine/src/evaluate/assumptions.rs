//! The assumption list of the report: every value used, with its source and date.

use super::*;
use crate::sources;

pub(super) fn push(
    context: &mut Context<'_>,
    path: impl Into<Cow<'static, str>>,
    value: AssumptionValue,
    unit: impl Into<Cow<'static, str>>,
    source: impl Into<Cow<'static, str>>,
    as_of: impl Into<Cow<'static, str>>,
    unverified: bool,
) {
    // Echo what the engine used: a non-finite input was treated as 0.
    let value = match value {
        AssumptionValue::Number(number) => {
            AssumptionValue::Number(crate::currency::finite_or_zero(number))
        }
        text => text,
    };
    context.assumptions.push(AssumptionUsed {
        path: path.into(),
        value,
        unit: unit.into(),
        source: source.into(),
        as_of: as_of.into(),
        unverified,
    });
}

pub(super) fn knob_assumptions(context: &mut Context<'_>) {
    let defaults = crate::profile::Assumptions::default();
    let values = sources::assumption_values(&context.profile.assumptions);
    let default_values = sources::assumption_values(&defaults);
    for ((knob, value), default) in sources::ASSUMPTION_SOURCES
        .iter()
        .zip(values)
        .zip(default_values)
    {
        push_knob(context, knob, value, default);
    }
    let route_defaults = crate::profile::Routes::default();
    let values = sources::route_values(&context.profile.routes);
    let default_values = sources::route_values(&route_defaults);
    for ((knob, value), default) in sources::ROUTE_SOURCES
        .iter()
        .zip(values)
        .zip(default_values)
    {
        push_knob(context, knob, value, default);
    }
    let workload_defaults = crate::profile::Workload::default();
    let values = sources::workload_values(&context.profile.workload);
    let default_values = sources::workload_values(&workload_defaults);
    for ((knob, value), default) in sources::WORKLOAD_SOURCES
        .iter()
        .zip(values)
        .zip(default_values)
    {
        push_knob(context, knob, value, default);
    }
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
            en::UNIT_PER_USD,
            rate_source.clone(),
            rate_date.clone(),
            true,
        );
    }
}

fn push_knob(
    context: &mut Context<'_>,
    knob: &'static sources::KnobSource,
    value: f64,
    default: f64,
) {
    let (source, as_of, unverified): (Cow<'static, str>, Cow<'static, str>, bool) =
        if value == default {
            (knob.source.into(), knob.as_of.into(), knob.unverified)
        } else {
            (
                Cow::Borrowed(en::SOURCE_USER_VALUE),
                Cow::Borrowed(""),
                false,
            )
        };
    push(
        context,
        knob.path,
        AssumptionValue::Number(value),
        knob.unit,
        source,
        as_of,
        unverified,
    );
}
