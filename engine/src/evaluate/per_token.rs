//! The two per-token routes: a closed model's API and an open-weight model on
//! a provider's endpoint.

use super::*;
use crate::catalog::TokenRates;
use crate::cost::tokens::{self, PriceOverride, TokenPrice};

/// What a per-token route's requests pay, in US dollars, at the workload's
/// prompt size with the profile's overrides; and the (input, output) rates
/// per 1M tokens, in the row's currency, that the assumptions quote.
fn priced(
    context: &Context<'_>,
    prices: &TokenRates,
    batch: Option<&TokenRates>,
    currency: Currency,
    overrides: PriceOverride,
) -> (TokenPrice, f64, f64) {
    let rates = &context.profile.currency.rates;
    let prompt_tokens = context.shape.input_tokens;
    let (input, output) = tokens::listed_pair(prices, prompt_tokens, overrides);
    let price = tokens::token_price(prices, batch, prompt_tokens, overrides, |value| {
        rates.to_usd(value, currency)
    });
    (price, input, output)
}

pub(super) fn closed_api(context: &mut Context<'_>) -> (RouteInputs, RouteFacts) {
    let route = &context.profile.routes.closed_api;
    let Some(model) = context.closed else {
        return (
            unavailable_inputs(),
            RouteFacts {
                label: RouteLabel::Id {
                    id: route.model.clone(),
                },
                excluded: Some(Exclusion::UnknownClosedModel {
                    id: route.model.clone(),
                }),
                quality_gap: None,
            },
        );
    };
    let overrides = PriceOverride::closed(route);
    let (price, input, output) = priced(
        context,
        &model.prices,
        model.batch_prices.as_ref(),
        model.currency,
        overrides,
    );
    let (price_source, unverified) = if overrides.any() {
        (
            AssumptionSource::Override {
                catalog: model.source,
            },
            false,
        )
    } else {
        (AssumptionSource::cited(model.source), model.unverified)
    };
    push(
        context,
        "routes.closed_api.model",
        AssumptionValue::Catalog(CatalogValue::PricePair {
            id: model.id.to_owned(),
            input,
            output,
        }),
        AssumptionUnit::PricePair(model.currency),
        price_source,
        model.as_of,
        unverified,
    );
    let knobs = &context.profile.assumptions.quality;
    let programmes = quality::programmes_per_cycle(
        Some(0.0),
        1.0,
        context.profile.requirements.accuracy_need,
        context.profile.requirements.customisation,
        knobs,
    );
    let excluded = residency_blocks_per_token(context).or_else(|| {
        context_too_long(
            context,
            "routes.closed_api.model",
            model.name,
            model.context_tokens,
        )
    });
    let spec = RouteSpec {
        usage: Usage::PerToken {
            usd_per_request: tokens::usd_per_request(&price, &context.shape),
        },
        staff: &route.staff,
        time_to_market_months: route.time_to_market_months,
        compliance_one_off_usd: route.compliance_one_off_usd,
        compliance_usd_per_month: route.compliance_usd_per_month,
        programmes_per_cycle: programmes,
        programme_usd: quality::programme_usd(knobs, false),
    };
    (
        route_inputs(spec),
        RouteFacts {
            label: RouteLabel::ClosedModel {
                model: model.name.to_owned(),
                vendor: model.vendor.to_owned(),
            },
            excluded,
            quality_gap: None,
        },
    )
}

pub(super) fn managed_open(context: &mut Context<'_>) -> (RouteInputs, RouteFacts) {
    let catalog = context.catalog;
    let route = &context.profile.routes.managed_open;
    let Some(offer) = catalog.hosted_offer(&route.offer) else {
        return (
            unavailable_inputs(),
            RouteFacts {
                label: RouteLabel::Id {
                    id: route.offer.clone(),
                },
                excluded: Some(Exclusion::UnknownHostedOffer {
                    id: route.offer.clone(),
                }),
                quality_gap: None,
            },
        );
    };
    let overrides = PriceOverride::managed(route);
    let (price, input, output) = priced(
        context,
        &offer.prices,
        offer.batch_prices.as_ref(),
        offer.currency,
        overrides,
    );
    let overridden = overrides.any();
    push(
        context,
        "routes.managed_open.offer",
        AssumptionValue::Catalog(CatalogValue::PricePair {
            id: offer.id.to_owned(),
            input,
            output,
        }),
        AssumptionUnit::PricePair(offer.currency),
        if overridden {
            AssumptionSource::Override {
                catalog: offer.source,
            }
        } else {
            AssumptionSource::cited(offer.source)
        },
        offer.as_of,
        offer.unverified && !overridden,
    );
    let model = catalog.open_model(offer.model_id);
    let quality_scores = model.map(|model| model.quality).unwrap_or(&[]);
    let (gap, programmes) = open_programmes(context, RouteId::ManagedOpen, quality_scores);
    let model_name = model.map(|model| model.name).unwrap_or(offer.model_id);
    let excluded = residency_blocks_per_token(context).or_else(|| {
        context_too_long(
            context,
            "routes.managed_open.offer",
            offer.id,
            offer.context_tokens,
        )
    });
    let knobs = &context.profile.assumptions.quality;
    let spec = RouteSpec {
        usage: Usage::PerToken {
            usd_per_request: tokens::usd_per_request(&price, &context.shape),
        },
        staff: &route.staff,
        time_to_market_months: route.time_to_market_months,
        compliance_one_off_usd: route.compliance_one_off_usd,
        compliance_usd_per_month: route.compliance_usd_per_month,
        programmes_per_cycle: programmes,
        programme_usd: quality::programme_usd(knobs, true),
    };
    (
        route_inputs(spec),
        RouteFacts {
            label: RouteLabel::ModelOn {
                model: model_name.to_owned(),
                host: offer.provider.to_owned(),
            },
            excluded,
            quality_gap: gap,
        },
    )
}
