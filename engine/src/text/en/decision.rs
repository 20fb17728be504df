//! English for the decision: reasons, flip points, suitability factors,
//! hard constraints, the article check and the uncertainty inputs.

use crate::currency::Currency;
use crate::decision::article::{ArticleReason, ArticleSummary, Family, WhyNot};
use crate::decision::constraints::ConstraintReason;
use crate::decision::flip_points::{Direction, FlipInput, FlipOutcome, FlipUnit, FlipValue};
use crate::decision::recommendation::{Confidence, Reason, RouteScore, Rule};
use crate::decision::suitability::{Factor, FactorId, FactorReason, FactorValue, VolumeBand};
use crate::decision::uncertainty::{RouteRange, TornadoBar, UncertainInput};
use crate::profile::{Customisation, DataResidency, Level, UseCase};
use crate::report::RouteId;
use crate::text::format;
use crate::text::plural::{self, Plural};

// Routes and levels inside sentences

/// A route at the start of a sentence: "The closed API", "Self-hosting".
pub fn route_subject(route: RouteId) -> &'static str {
    match route {
        RouteId::ClosedApi => "The closed API",
        RouteId::ManagedOpen => "The managed open-weight endpoint",
        RouteId::SelfHosted => "Self-hosting",
    }
}

/// A route inside a sentence: "the closed API", "self-hosting".
pub fn route_name_lower(route: RouteId) -> &'static str {
    match route {
        RouteId::ClosedApi => "the closed API",
        RouteId::ManagedOpen => "the managed open-weight endpoint",
        RouteId::SelfHosted => "self-hosting",
    }
}

/// A level inside a sentence: "low", "medium", "high".
pub fn level_lower(level: Level) -> &'static str {
    match level {
        Level::Low => "low",
        Level::Medium => "medium",
        Level::High => "high",
    }
}

/// A confidence level inside a sentence: "low", "medium", "high".
pub fn confidence_lower(level: Confidence) -> &'static str {
    match level {
        Confidence::Low => "low",
        Confidence::Medium => "medium",
        Confidence::High => "high",
    }
}

// The recommendation's reasons

/// One of the recommendation's reasons, as a sentence (or two).
pub fn reason(reason: &Reason) -> String {
    match reason {
        Reason::NoRoute => REASON_NO_ROUTE.to_owned(),
        Reason::Excluded { route, reason } => reason_excluded(*route, reason),
        Reason::OnlyRoute {
            route,
            cost,
            months,
            currency,
        } => reason_only_route(*route, *cost, *months, *currency),
        Reason::CheapestRoute {
            route,
            cost,
            other,
            other_cost,
            saving,
            months,
            currency,
        } => reason_cheapest_route(
            (*route, *cost),
            (*other, *other_cost),
            *saving,
            *months,
            *currency,
        ),
        Reason::CostlierButSuits {
            route,
            cost,
            cheapest,
            cheapest_cost,
            extra,
            suitability,
            cheapest_suitability,
            months,
            currency,
        } => reason_costlier_but_suits(
            (*route, *cost),
            (*cheapest, *cheapest_cost),
            *extra,
            (*suitability, *cheapest_suitability),
            *months,
            *currency,
        ),
        Reason::Payback { other, month } => reason_payback(*other, *month),
        Reason::NoPayback {
            other,
            months,
            book_value,
            currency,
        } => reason_no_payback(*other, *months, *book_value, *currency),
        Reason::FactorEdge {
            factor,
            value,
            reason,
            route,
            edge,
            rival,
        } => reason_factor_edge(*factor, value, reason, *route, *edge, *rival),
        Reason::LowMargin {
            confidence,
            route,
            other,
            lead,
        } => reason_low_margin(*confidence, *route, *other, *lead),
        Reason::Simulation {
            range,
            draws,
            currency,
        } => reason_simulation(range, *draws, *currency),
        Reason::NearestFlip { flip } => reason_nearest_flip(flip),
    }
}

/// "No route is feasible for this profile."
pub const REASON_NO_ROUTE: &str = "No route is feasible for this profile.";

/// "Self-hosting is excluded. {reason}" (the reason is a sentence of its own)
pub fn reason_excluded(route: RouteId, reason: &ConstraintReason) -> String {
    format!(
        "{} is excluded. {}",
        route_subject(route),
        constraint_reason(reason)
    )
}

/// Why a route is excluded, as a sentence.
pub fn constraint_reason(reason: &ConstraintReason) -> String {
    match reason {
        ConstraintReason::CostEngine { reason } => super::exclusion(reason),
        ConstraintReason::DeepCustomisation => EXCLUDED_DEEP_CUSTOMISATION.to_owned(),
    }
}

/// "The closed API is the only feasible route ($1.2 million over 36 months)."
pub fn reason_only_route(route: RouteId, cost: f64, months: u32, currency: Currency) -> String {
    format!(
        "{} is the only feasible route ({} over {}).",
        route_subject(route),
        format::money_words(cost, currency),
        months_text(months)
    )
}

/// "The closed API is the cheapest feasible route: $1.2 million over 36 months,
/// 40% less than self-hosting ($2 million)."
pub fn reason_cheapest_route(
    (route, cost): (RouteId, f64),
    (other, other_cost): (RouteId, f64),
    saving: f64,
    months: u32,
    currency: Currency,
) -> String {
    format!(
        "{} is the cheapest feasible route: {} over {}, {} less than {} ({}).",
        route_subject(route),
        format::money_words(cost, currency),
        months_text(months),
        format::percent(saving),
        route_name_lower(other),
        format::money_words(other_cost, currency)
    )
}

/// "The owned GPUs pay for themselves in month 14: from then on self-hosting
/// has paid out less cash in all than the closed API."
pub fn reason_payback(other: RouteId, month: u32) -> String {
    format!(
        "The owned GPUs pay for themselves in month {}: from then on self-hosting has paid out less cash in all than {} (purchases counted when made, less resale).",
        format::whole(f64::from(month)),
        route_name_lower(other)
    )
}

/// "The owned GPUs do not pay for themselves within the 36 months against the closed API."
pub fn reason_no_payback(
    other: RouteId,
    months: u32,
    book_value: f64,
    currency: crate::currency::Currency,
) -> String {
    format!(
        "The owned GPUs do not pay for themselves within the {}: counting purchases when made, self-hosting pays out more cash than {} to the end, though the GPUs are still worth {} in the books then.",
        months_text(months),
        route_name_lower(other),
        format::money_words(book_value, currency)
    )
}

/// "Self-hosting costs $2 million over 36 months, 25% more than the closed API
/// ($1.6 million), but suits the profile better: suitability 71 against 48 out of 100."
pub fn reason_costlier_but_suits(
    (route, cost): (RouteId, f64),
    (cheap, cheap_cost): (RouteId, f64),
    extra: f64,
    (suitability, cheap_suitability): (f64, f64),
    months: u32,
    currency: Currency,
) -> String {
    format!(
        "{} costs {} over {}, {} more than {} ({}), but suits the profile better: suitability {} against {} out of 100.",
        route_subject(route),
        format::money_words(cost, currency),
        months_text(months),
        format::percent(extra),
        route_name_lower(cheap),
        format::money_words(cheap_cost, currency),
        format::fixed(suitability, 0),
        format::fixed(cheap_suitability, 0)
    )
}

/// "Use case (academic research) gives self-hosting 6.8 suitability points over
/// the closed API. {reason}"
pub fn reason_factor_edge(
    factor: FactorId,
    value: &FactorValue,
    reason: &FactorReason,
    route: RouteId,
    edge: f64,
    rival: RouteId,
) -> String {
    format!(
        "{} ({}) gives {} {} suitability points over {}. {}",
        factor_label(factor),
        factor_value(value),
        route_name_lower(route),
        format::fixed(edge, 1),
        route_name_lower(rival),
        factor_reason(reason)
    )
}

/// "Confidence is low (55%): the closed API leads self-hosting by only 0.020 in
/// combined score, so a different weighting of the suitability factors could reverse it."
pub fn reason_low_margin(confidence: f64, route: RouteId, other: RouteId, lead: f64) -> String {
    format!(
        "Confidence is {} ({}): {} leads {} by only {} in combined score, so a different weighting of the suitability factors could reverse it.",
        confidence_lower(Confidence::of(confidence)),
        format::percent(confidence),
        route_name_lower(route),
        route_name_lower(other),
        format::fixed(lead, 3)
    )
}

/// "In 92% of 5,000 simulated scenarios the closed API stays the recommendation
/// and in 88% it is the cheapest; its total cost ranges from $1.1 million (P10)
/// to $1.9 million (P90)."
pub fn reason_simulation(range: &RouteRange, draws: u32, currency: Currency) -> String {
    format!(
        "In {} of {} simulated scenarios {} stays the recommendation and in {} it is the cheapest; its total cost ranges from {} (P10) to {} (P90).",
        format::percent(range.probability_recommended),
        format::whole(f64::from(draws)),
        route_name_lower(range.route),
        format::percent(range.probability_cheapest),
        format::money_words(range.p10, currency),
        format::money_words(range.p90, currency)
    )
}

/// "Nearest flip point: the managed open-weight endpoint becomes the
/// recommended route above …": the flip's sentence, continued after the colon.
pub fn reason_nearest_flip(flip: &FlipOutcome) -> String {
    match flip {
        FlipOutcome::Recommended {
            input,
            direction,
            at,
            now,
            route,
            also_cheapest,
        } => {
            let subject = match (route, also_cheapest) {
                (Some(route), true) => FlipSubject::RouteAlsoCheapest(route_name_lower(*route)),
                (Some(route), false) => FlipSubject::Route(route_name_lower(*route)),
                (None, _) => FlipSubject::NoRouteAfterColon,
            };
            format!(
                "Nearest flip point: {}",
                recommended_flip(
                    *input,
                    *direction,
                    subject,
                    &flip_value(at),
                    &flip_value(now)
                )
            )
        }
        FlipOutcome::Cheapest {
            input,
            direction,
            at,
            now,
            route,
        } => {
            let subject = match route {
                Some(route) => FlipSubject::Route(route_name_lower(*route)),
                None => FlipSubject::NoRouteAfterColon,
            };
            format!(
                "Nearest flip point: {}",
                cheapest_flip(
                    *input,
                    *direction,
                    subject,
                    &flip_value(at),
                    &flip_value(now)
                )
            )
        }
        FlipOutcome::NoFlip { .. } | FlipOutcome::TooFewRoutes { .. } => {
            format!("Nearest flip point: {}", flip_outcome(flip))
        }
    }
}

/// "combined = 0.50 x cost score + 0.50 x suitability, where cost score = 2 x
/// cheapest / (cost + cheapest); the feasible route with the highest combined
/// score is recommended"
pub fn rule_text(rule: &Rule) -> String {
    rule_weights_text(rule.cost_weight, rule.suitability_weight)
}

/// [`rule_text`] from the two weights.
pub fn rule_weights_text(cost_weight: f64, suitability_weight: f64) -> String {
    format!(
        "combined = {} x cost score + {} x suitability, where cost score = 2 x cheapest / (cost + cheapest); the feasible route with the highest combined score is recommended",
        format::fixed(cost_weight, 2),
        format::fixed(suitability_weight, 2)
    )
}

/// "36 months" (a horizon inside a sentence).
fn months_text(months: u32) -> String {
    super::months(f64::from(months))
}

// Flip points

/// "Requests per month", "GPU price": an input of the flip search.
pub fn flip_input_label(input: FlipInput) -> &'static str {
    match input {
        FlipInput::RequestsPerMonth => "Requests per month",
        FlipInput::ClosedPrice => "Closed-model price",
        FlipInput::ManagedPrice => "Managed endpoint price",
        FlipInput::GpuPrice => "GPU price",
        FlipInput::GpuUtilisation => "GPU utilisation at peak",
        FlipInput::MlTeamSize => "ML team size",
        FlipInput::AccuracyNeed => "Accuracy need",
        FlipInput::HorizonMonths => "Horizon",
        FlipInput::ApiPriceDecline => "Yearly API price decline",
    }
}

/// "USD per GPU-hour", "FTE": the unit of a flip input's values.
pub fn flip_unit(unit: FlipUnit) -> &'static str {
    match unit {
        FlipUnit::RequestsPerMonth => "requests per month",
        FlipUnit::MultipleOfTodaysPrices => "multiple of today's prices",
        FlipUnit::UsdPerGpuHour => "USD per GPU-hour",
        FlipUnit::UsdPerGpu => "USD per GPU",
        FlipUnit::ShareOfReplicaCapacity => "share of replica capacity used at peak",
        FlipUnit::Fte => "FTE",
        FlipUnit::Level => "level (0 low, 1 medium, 2 high)",
        FlipUnit::Months => "months",
        FlipUnit::FractionPerYear => "fraction per year",
    }
}

/// A flip input's value with what it measures: "41.2 million requests per
/// month", "0.5× today's prices ($1.25 / $5 per 1M input / output tokens)", "high".
pub fn flip_value(value: &FlipValue) -> String {
    match value {
        FlipValue::Requests { per_month } => flip_requests(*per_month),
        FlipValue::PriceMultiple { multiple, prices } => match prices {
            Some(prices) => flip_price_multiple_with_prices(
                *multiple,
                prices.input_per_million,
                prices.output_per_million,
                prices.currency,
            ),
            None => flip_price_multiple(*multiple),
        },
        FlipValue::GpuHourPrice { usd } => flip_gpu_hour_price(*usd),
        FlipValue::GpuPurchasePrice { usd } => flip_gpu_purchase_price(*usd),
        FlipValue::Utilisation { fraction } => flip_utilisation(*fraction),
        FlipValue::MlStaff { fte } => flip_ml_staff(*fte),
        FlipValue::AccuracyNeed { level } => level_lower(*level).to_owned(),
        FlipValue::Horizon { months } => flip_horizon(*months),
        FlipValue::PriceDecline { per_year } => flip_price_decline(*per_year),
    }
}

/// "41.2 million requests per month"
pub fn flip_requests(requests: f64) -> String {
    format!("{} requests per month", format::count_words(requests))
}

/// "0.5× today's prices"
pub fn flip_price_multiple(multiple: f64) -> String {
    format!("{}× today's prices", format::significant(multiple))
}

/// "0.5× today's prices ($1.25 / $5 per 1M input / output tokens)"
pub fn flip_price_multiple_with_prices(
    multiple: f64,
    input_price: f64,
    output_price: f64,
    currency: Currency,
) -> String {
    let amount = |value: f64| format!("{}{}", format::symbol(currency), format::significant(value));
    format!(
        "{} ({} / {} per 1M input / output tokens)",
        flip_price_multiple(multiple),
        amount(input_price),
        amount(output_price)
    )
}

/// "$2.99 per GPU-hour", "$12.29 per GPU-hour" (US dollars, to the cent).
pub fn flip_gpu_hour_price(usd: f64) -> String {
    format!("{} per GPU-hour", format::money(usd, Currency::Usd))
}

/// "$31,000 per GPU" (US dollars).
pub fn flip_gpu_purchase_price(usd: f64) -> String {
    format!(
        "{}{} per GPU",
        format::symbol(Currency::Usd),
        format::whole(usd)
    )
}

/// "70% utilisation at peak"
pub fn flip_utilisation(fraction: f64) -> String {
    format!("{} utilisation at peak", format::percent(fraction))
}

/// "4.5 ML staff"
pub fn flip_ml_staff(fte: f64) -> String {
    format!("{} ML staff", format::significant(fte))
}

/// "36 months" (a horizon as a flip value).
pub fn flip_horizon(months: f64) -> String {
    super::months(months.round())
}

/// "20% a year"
pub fn flip_price_decline(fraction: f64) -> String {
    format!("{} a year", format::percent(fraction))
}

/// One outcome of the flip search as a sentence: "Self-hosting becomes the
/// recommended route above …", "Horizon: no flip within the plausible range (…)".
pub fn flip_outcome(outcome: &FlipOutcome) -> String {
    match outcome {
        FlipOutcome::Recommended {
            input,
            direction,
            at,
            now,
            route,
            also_cheapest,
        } => {
            let subject = match (route, also_cheapest) {
                (Some(route), true) => FlipSubject::RouteAlsoCheapest(route_subject(*route)),
                (Some(route), false) => FlipSubject::Route(route_subject(*route)),
                (None, _) => FlipSubject::NoRoute,
            };
            recommended_flip(
                *input,
                *direction,
                subject,
                &flip_value(at),
                &flip_value(now),
            )
        }
        FlipOutcome::Cheapest {
            input,
            direction,
            at,
            now,
            route,
        } => {
            let subject = match route {
                Some(route) => FlipSubject::Route(route_subject(*route)),
                None => FlipSubject::NoRoute,
            };
            cheapest_flip(
                *input,
                *direction,
                subject,
                &flip_value(at),
                &flip_value(now),
            )
        }
        FlipOutcome::NoFlip {
            input,
            low,
            high,
            now,
        } => format!(
            "{}: no flip within the plausible range ({} to {}; now {}).",
            flip_input_label(*input),
            flip_value(low),
            flip_value(high),
            flip_value(now)
        ),
        FlipOutcome::TooFewRoutes {
            input,
            low,
            high,
            now,
            feasible_routes,
        } => {
            let (label, low, high, now) = (
                flip_input_label(*input),
                flip_value(low),
                flip_value(high),
                flip_value(now),
            );
            match feasible_routes {
                1 => format!("{label}: no flip within the plausible range ({low} to {high}; now {now}): only one route is feasible."),
                _ => format!("{label}: no flip within the plausible range ({low} to {high}; now {now}): no route is feasible."),
            }
        }
    }
}

/// Who a flip sentence is about, as it starts (a route's name is the one
/// placeholder; each sentence below is whole).
#[derive(Clone, Copy)]
enum FlipSubject {
    /// A route, named as the sentence starts.
    Route(&'static str),
    /// A route that is then also the cheapest.
    RouteAlsoCheapest(&'static str),
    /// No route remains feasible, at the start of a sentence.
    NoRoute,
    /// No route remains feasible, after "Nearest flip point:".
    NoRouteAfterColon,
}

/// "Self-hosting becomes the recommended route above 41.2 million requests per
/// month (now 10 million requests per month); it is then also the cheapest."
fn recommended_flip(
    input: FlipInput,
    direction: Direction,
    subject: FlipSubject,
    at: &str,
    now: &str,
) -> String {
    match (input, direction) {
        (FlipInput::RequestsPerMonth, Direction::Above) => match subject {
            FlipSubject::Route(who) => format!("{who} becomes the recommended route above {at} (now {now})."),
            FlipSubject::RouteAlsoCheapest(who) => format!("{who} becomes the recommended route above {at} (now {now}); it is then also the cheapest."),
            FlipSubject::NoRoute => format!("No route remains feasible above {at} (now {now})."),
            FlipSubject::NoRouteAfterColon => format!("no route remains feasible above {at} (now {now})."),
        },
        (FlipInput::RequestsPerMonth, Direction::Below) => match subject {
            FlipSubject::Route(who) => format!("{who} becomes the recommended route below {at} (now {now})."),
            FlipSubject::RouteAlsoCheapest(who) => format!("{who} becomes the recommended route below {at} (now {now}); it is then also the cheapest."),
            FlipSubject::NoRoute => format!("No route remains feasible below {at} (now {now})."),
            FlipSubject::NoRouteAfterColon => format!("no route remains feasible below {at} (now {now})."),
        },
        (FlipInput::ClosedPrice, Direction::Above) => match subject {
            FlipSubject::Route(who) => format!("{who} becomes the recommended route if the closed model's prices rise to {at}."),
            FlipSubject::RouteAlsoCheapest(who) => format!("{who} becomes the recommended route if the closed model's prices rise to {at}; it is then also the cheapest."),
            FlipSubject::NoRoute => format!("No route remains feasible if the closed model's prices rise to {at}."),
            FlipSubject::NoRouteAfterColon => format!("no route remains feasible if the closed model's prices rise to {at}."),
        },
        (FlipInput::ClosedPrice, Direction::Below) => match subject {
            FlipSubject::Route(who) => format!("{who} becomes the recommended route if the closed model's prices fall to {at}."),
            FlipSubject::RouteAlsoCheapest(who) => format!("{who} becomes the recommended route if the closed model's prices fall to {at}; it is then also the cheapest."),
            FlipSubject::NoRoute => format!("No route remains feasible if the closed model's prices fall to {at}."),
            FlipSubject::NoRouteAfterColon => format!("no route remains feasible if the closed model's prices fall to {at}."),
        },
        (FlipInput::ManagedPrice, Direction::Above) => match subject {
            FlipSubject::Route(who) => format!("{who} becomes the recommended route if the managed endpoint's prices rise to {at}."),
            FlipSubject::RouteAlsoCheapest(who) => format!("{who} becomes the recommended route if the managed endpoint's prices rise to {at}; it is then also the cheapest."),
            FlipSubject::NoRoute => format!("No route remains feasible if the managed endpoint's prices rise to {at}."),
            FlipSubject::NoRouteAfterColon => format!("no route remains feasible if the managed endpoint's prices rise to {at}."),
        },
        (FlipInput::ManagedPrice, Direction::Below) => match subject {
            FlipSubject::Route(who) => format!("{who} becomes the recommended route if the managed endpoint's prices fall to {at}."),
            FlipSubject::RouteAlsoCheapest(who) => format!("{who} becomes the recommended route if the managed endpoint's prices fall to {at}; it is then also the cheapest."),
            FlipSubject::NoRoute => format!("No route remains feasible if the managed endpoint's prices fall to {at}."),
            FlipSubject::NoRouteAfterColon => format!("no route remains feasible if the managed endpoint's prices fall to {at}."),
        },
        (FlipInput::GpuPrice, Direction::Above) => match subject {
            FlipSubject::Route(who) => format!("{who} becomes the recommended route if the GPU price rises above {at} (now {now})."),
            FlipSubject::RouteAlsoCheapest(who) => format!("{who} becomes the recommended route if the GPU price rises above {at} (now {now}); it is then also the cheapest."),
            FlipSubject::NoRoute => format!("No route remains feasible if the GPU price rises above {at} (now {now})."),
            FlipSubject::NoRouteAfterColon => format!("no route remains feasible if the GPU price rises above {at} (now {now})."),
        },
        (FlipInput::GpuPrice, Direction::Below) => match subject {
            FlipSubject::Route(who) => format!("{who} becomes the recommended route if the GPU price falls below {at} (now {now})."),
            FlipSubject::RouteAlsoCheapest(who) => format!("{who} becomes the recommended route if the GPU price falls below {at} (now {now}); it is then also the cheapest."),
            FlipSubject::NoRoute => format!("No route remains feasible if the GPU price falls below {at} (now {now})."),
            FlipSubject::NoRouteAfterColon => format!("no route remains feasible if the GPU price falls below {at} (now {now})."),
        },
        (FlipInput::GpuUtilisation, Direction::Above) => match subject {
            FlipSubject::Route(who) => format!("{who} becomes the recommended route if the fleet is run above {at} (now {now})."),
            FlipSubject::RouteAlsoCheapest(who) => format!("{who} becomes the recommended route if the fleet is run above {at} (now {now}); it is then also the cheapest."),
            FlipSubject::NoRoute => format!("No route remains feasible if the fleet is run above {at} (now {now})."),
            FlipSubject::NoRouteAfterColon => format!("no route remains feasible if the fleet is run above {at} (now {now})."),
        },
        (FlipInput::GpuUtilisation, Direction::Below) => match subject {
            FlipSubject::Route(who) => format!("{who} becomes the recommended route if the fleet is run below {at} (now {now})."),
            FlipSubject::RouteAlsoCheapest(who) => format!("{who} becomes the recommended route if the fleet is run below {at} (now {now}); it is then also the cheapest."),
            FlipSubject::NoRoute => format!("No route remains feasible if the fleet is run below {at} (now {now})."),
            FlipSubject::NoRouteAfterColon => format!("no route remains feasible if the fleet is run below {at} (now {now})."),
        },
        (FlipInput::MlTeamSize, Direction::Above) => match subject {
            FlipSubject::Route(who) => format!("{who} becomes the recommended route with at least {at} on hand (now {now})."),
            FlipSubject::RouteAlsoCheapest(who) => format!("{who} becomes the recommended route with at least {at} on hand (now {now}); it is then also the cheapest."),
            FlipSubject::NoRoute => format!("No route remains feasible with at least {at} on hand (now {now})."),
            FlipSubject::NoRouteAfterColon => format!("no route remains feasible with at least {at} on hand (now {now})."),
        },
        (FlipInput::MlTeamSize, Direction::Below) => match subject {
            FlipSubject::Route(who) => format!("{who} becomes the recommended route with at most {at} on hand (now {now})."),
            FlipSubject::RouteAlsoCheapest(who) => format!("{who} becomes the recommended route with at most {at} on hand (now {now}); it is then also the cheapest."),
            FlipSubject::NoRoute => format!("No route remains feasible with at most {at} on hand (now {now})."),
            FlipSubject::NoRouteAfterColon => format!("no route remains feasible with at most {at} on hand (now {now})."),
        },
        (FlipInput::AccuracyNeed, Direction::Above) => match subject {
            FlipSubject::Route(who) => format!("{who} becomes the recommended route if the accuracy need were {at} (now {now})."),
            FlipSubject::RouteAlsoCheapest(who) => format!("{who} becomes the recommended route if the accuracy need were {at} (now {now}); it is then also the cheapest."),
            FlipSubject::NoRoute => format!("No route remains feasible if the accuracy need were {at} (now {now})."),
            FlipSubject::NoRouteAfterColon => format!("no route remains feasible if the accuracy need were {at} (now {now})."),
        },
        (FlipInput::AccuracyNeed, Direction::Below) => match subject {
            FlipSubject::Route(who) => format!("{who} becomes the recommended route if the accuracy need were {at} (now {now})."),
            FlipSubject::RouteAlsoCheapest(who) => format!("{who} becomes the recommended route if the accuracy need were {at} (now {now}); it is then also the cheapest."),
            FlipSubject::NoRoute => format!("No route remains feasible if the accuracy need were {at} (now {now})."),
            FlipSubject::NoRouteAfterColon => format!("no route remains feasible if the accuracy need were {at} (now {now})."),
        },
        (FlipInput::HorizonMonths, Direction::Above) => match subject {
            FlipSubject::Route(who) => format!("{who} becomes the recommended route over a horizon of at least {at} (now {now})."),
            FlipSubject::RouteAlsoCheapest(who) => format!("{who} becomes the recommended route over a horizon of at least {at} (now {now}); it is then also the cheapest."),
            FlipSubject::NoRoute => format!("No route remains feasible over a horizon of at least {at} (now {now})."),
            FlipSubject::NoRouteAfterColon => format!("no route remains feasible over a horizon of at least {at} (now {now})."),
        },
        (FlipInput::HorizonMonths, Direction::Below) => match subject {
            FlipSubject::Route(who) => format!("{who} becomes the recommended route over a horizon of at most {at} (now {now})."),
            FlipSubject::RouteAlsoCheapest(who) => format!("{who} becomes the recommended route over a horizon of at most {at} (now {now}); it is then also the cheapest."),
            FlipSubject::NoRoute => format!("No route remains feasible over a horizon of at most {at} (now {now})."),
            FlipSubject::NoRouteAfterColon => format!("no route remains feasible over a horizon of at most {at} (now {now})."),
        },
        (FlipInput::ApiPriceDecline, Direction::Above) => match subject {
            FlipSubject::Route(who) => format!("{who} becomes the recommended route if API prices fall faster than {at} (now {now})."),
            FlipSubject::RouteAlsoCheapest(who) => format!("{who} becomes the recommended route if API prices fall faster than {at} (now {now}); it is then also the cheapest."),
            FlipSubject::NoRoute => format!("No route remains feasible if API prices fall faster than {at} (now {now})."),
            FlipSubject::NoRouteAfterColon => format!("no route remains feasible if API prices fall faster than {at} (now {now})."),
        },
        (FlipInput::ApiPriceDecline, Direction::Below) => match subject {
            FlipSubject::Route(who) => format!("{who} becomes the recommended route if API prices fall slower than {at} (now {now})."),
            FlipSubject::RouteAlsoCheapest(who) => format!("{who} becomes the recommended route if API prices fall slower than {at} (now {now}); it is then also the cheapest."),
            FlipSubject::NoRoute => format!("No route remains feasible if API prices fall slower than {at} (now {now})."),
            FlipSubject::NoRouteAfterColon => format!("no route remains feasible if API prices fall slower than {at} (now {now})."),
        },
    }
}

/// "The closed API becomes the cheapest route if the GPU price rises above
/// $4.10 per GPU-hour (now $2.99 per GPU-hour)."
fn cheapest_flip(
    input: FlipInput,
    direction: Direction,
    subject: FlipSubject,
    at: &str,
    now: &str,
) -> String {
    match (input, direction) {
        (FlipInput::RequestsPerMonth, Direction::Above) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => {
                format!("{who} becomes the cheapest route above {at} (now {now}).")
            }
            FlipSubject::NoRoute => format!("No route remains feasible above {at} (now {now})."),
            FlipSubject::NoRouteAfterColon => {
                format!("no route remains feasible above {at} (now {now}).")
            }
        },
        (FlipInput::RequestsPerMonth, Direction::Below) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => {
                format!("{who} becomes the cheapest route below {at} (now {now}).")
            }
            FlipSubject::NoRoute => format!("No route remains feasible below {at} (now {now})."),
            FlipSubject::NoRouteAfterColon => {
                format!("no route remains feasible below {at} (now {now}).")
            }
        },
        (FlipInput::ClosedPrice, Direction::Above) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => format!(
                "{who} becomes the cheapest route if the closed model's prices rise to {at}."
            ),
            FlipSubject::NoRoute => {
                format!("No route remains feasible if the closed model's prices rise to {at}.")
            }
            FlipSubject::NoRouteAfterColon => {
                format!("no route remains feasible if the closed model's prices rise to {at}.")
            }
        },
        (FlipInput::ClosedPrice, Direction::Below) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => format!(
                "{who} becomes the cheapest route if the closed model's prices fall to {at}."
            ),
            FlipSubject::NoRoute => {
                format!("No route remains feasible if the closed model's prices fall to {at}.")
            }
            FlipSubject::NoRouteAfterColon => {
                format!("no route remains feasible if the closed model's prices fall to {at}.")
            }
        },
        (FlipInput::ManagedPrice, Direction::Above) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => format!(
                "{who} becomes the cheapest route if the managed endpoint's prices rise to {at}."
            ),
            FlipSubject::NoRoute => {
                format!("No route remains feasible if the managed endpoint's prices rise to {at}.")
            }
            FlipSubject::NoRouteAfterColon => {
                format!("no route remains feasible if the managed endpoint's prices rise to {at}.")
            }
        },
        (FlipInput::ManagedPrice, Direction::Below) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => format!(
                "{who} becomes the cheapest route if the managed endpoint's prices fall to {at}."
            ),
            FlipSubject::NoRoute => {
                format!("No route remains feasible if the managed endpoint's prices fall to {at}.")
            }
            FlipSubject::NoRouteAfterColon => {
                format!("no route remains feasible if the managed endpoint's prices fall to {at}.")
            }
        },
        (FlipInput::GpuPrice, Direction::Above) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => format!(
                "{who} becomes the cheapest route if the GPU price rises above {at} (now {now})."
            ),
            FlipSubject::NoRoute => {
                format!("No route remains feasible if the GPU price rises above {at} (now {now}).")
            }
            FlipSubject::NoRouteAfterColon => {
                format!("no route remains feasible if the GPU price rises above {at} (now {now}).")
            }
        },
        (FlipInput::GpuPrice, Direction::Below) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => format!(
                "{who} becomes the cheapest route if the GPU price falls below {at} (now {now})."
            ),
            FlipSubject::NoRoute => {
                format!("No route remains feasible if the GPU price falls below {at} (now {now}).")
            }
            FlipSubject::NoRouteAfterColon => {
                format!("no route remains feasible if the GPU price falls below {at} (now {now}).")
            }
        },
        (FlipInput::GpuUtilisation, Direction::Above) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => format!(
                "{who} becomes the cheapest route if the fleet is run above {at} (now {now})."
            ),
            FlipSubject::NoRoute => {
                format!("No route remains feasible if the fleet is run above {at} (now {now}).")
            }
            FlipSubject::NoRouteAfterColon => {
                format!("no route remains feasible if the fleet is run above {at} (now {now}).")
            }
        },
        (FlipInput::GpuUtilisation, Direction::Below) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => format!(
                "{who} becomes the cheapest route if the fleet is run below {at} (now {now})."
            ),
            FlipSubject::NoRoute => {
                format!("No route remains feasible if the fleet is run below {at} (now {now}).")
            }
            FlipSubject::NoRouteAfterColon => {
                format!("no route remains feasible if the fleet is run below {at} (now {now}).")
            }
        },
        (FlipInput::MlTeamSize, Direction::Above) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => {
                format!("{who} becomes the cheapest route with at least {at} (now {now}).")
            }
            FlipSubject::NoRoute => {
                format!("No route remains feasible with at least {at} (now {now}).")
            }
            FlipSubject::NoRouteAfterColon => {
                format!("no route remains feasible with at least {at} (now {now}).")
            }
        },
        (FlipInput::MlTeamSize, Direction::Below) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => {
                format!("{who} becomes the cheapest route with at most {at} (now {now}).")
            }
            FlipSubject::NoRoute => {
                format!("No route remains feasible with at most {at} (now {now}).")
            }
            FlipSubject::NoRouteAfterColon => {
                format!("no route remains feasible with at most {at} (now {now}).")
            }
        },
        (FlipInput::AccuracyNeed, Direction::Above) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => format!(
                "{who} becomes the cheapest route if the accuracy need were {at} (now {now})."
            ),
            FlipSubject::NoRoute => {
                format!("No route remains feasible if the accuracy need were {at} (now {now}).")
            }
            FlipSubject::NoRouteAfterColon => {
                format!("no route remains feasible if the accuracy need were {at} (now {now}).")
            }
        },
        (FlipInput::AccuracyNeed, Direction::Below) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => format!(
                "{who} becomes the cheapest route if the accuracy need were {at} (now {now})."
            ),
            FlipSubject::NoRoute => {
                format!("No route remains feasible if the accuracy need were {at} (now {now}).")
            }
            FlipSubject::NoRouteAfterColon => {
                format!("no route remains feasible if the accuracy need were {at} (now {now}).")
            }
        },
        (FlipInput::HorizonMonths, Direction::Above) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => format!(
                "{who} becomes the cheapest route over a horizon of at least {at} (now {now})."
            ),
            FlipSubject::NoRoute => {
                format!("No route remains feasible over a horizon of at least {at} (now {now}).")
            }
            FlipSubject::NoRouteAfterColon => {
                format!("no route remains feasible over a horizon of at least {at} (now {now}).")
            }
        },
        (FlipInput::HorizonMonths, Direction::Below) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => format!(
                "{who} becomes the cheapest route over a horizon of at most {at} (now {now})."
            ),
            FlipSubject::NoRoute => {
                format!("No route remains feasible over a horizon of at most {at} (now {now}).")
            }
            FlipSubject::NoRouteAfterColon => {
                format!("no route remains feasible over a horizon of at most {at} (now {now}).")
            }
        },
        (FlipInput::ApiPriceDecline, Direction::Above) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => format!(
                "{who} becomes the cheapest route if API prices fall faster than {at} (now {now})."
            ),
            FlipSubject::NoRoute => format!(
                "No route remains feasible if API prices fall faster than {at} (now {now})."
            ),
            FlipSubject::NoRouteAfterColon => format!(
                "no route remains feasible if API prices fall faster than {at} (now {now})."
            ),
        },
        (FlipInput::ApiPriceDecline, Direction::Below) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => format!(
                "{who} becomes the cheapest route if API prices fall slower than {at} (now {now})."
            ),
            FlipSubject::NoRoute => format!(
                "No route remains feasible if API prices fall slower than {at} (now {now})."
            ),
            FlipSubject::NoRouteAfterColon => format!(
                "no route remains feasible if API prices fall slower than {at} (now {now})."
            ),
        },
    }
}

// Suitability factors

/// "Use case", "Team ML capability": a suitability factor.
pub fn factor_label(factor: FactorId) -> &'static str {
    match factor {
        FactorId::UseCase => "Use case",
        FactorId::Investment => "Investment size",
        FactorId::TeamCapability => "Team ML capability",
        FactorId::Accuracy => "Accuracy need",
        FactorId::ServiceSla => "Vendor service and SLA",
        FactorId::DataResidency => "Data residency",
        FactorId::Customisation => "Customisation depth",
        FactorId::Volume => "Volume",
        FactorId::TimeToMarket => "Time-to-market urgency",
        FactorId::LockIn => "Lock-in aversion",
        FactorId::VendorViability => "Vendor viability",
    }
}

/// "0.5: volume's main effect is already in the cost.": why a factor has its default weight.
pub fn factor_weight_reason(factor: FactorId) -> &'static str {
    match factor {
        FactorId::UseCase => "1.5: carries the article's main claims (open weights for research, closed models for large commercial projects).",
        FactorId::TeamCapability => "1.5: the article's other claim: open weights suit organisations with their own engineers and data scientists.",
        FactorId::Accuracy => "1.25: scaled by the measured quality gap rather than assumed, so it counts only when the open model trails.",
        FactorId::ServiceSla | FactorId::DataResidency | FactorId::Customisation | FactorId::TimeToMarket | FactorId::LockIn => {
            "1.0: a usual deal-breaker in these decisions."
        }
        FactorId::Investment => "0.75: a weaker signal than the team itself.",
        FactorId::Volume => "0.5: volume's main effect is already in the cost.",
        FactorId::VendorViability => "0.5: a judgement about the future health of vendors.",
    }
}

/// The profile's value on a factor: "academic research", "$2 million",
/// "3 ML staff on hand, 43% of the 7 self-hosting needs".
pub fn factor_value(value: &FactorValue) -> String {
    match value {
        FactorValue::UseCase { use_case } => use_case_value(*use_case).to_owned(),
        FactorValue::Investment { usd } => format::money_words(*usd, Currency::Usd),
        FactorValue::Team {
            team_fte,
            coverage,
            need_fte,
        } => team_value(*team_fte, *coverage, *need_fte),
        FactorValue::Accuracy { need, gap_points } => accuracy_value(*need, *gap_points),
        FactorValue::ServiceSla { needed } => sla_value(*needed).to_owned(),
        FactorValue::DataResidency { residency } => residency_value(*residency).to_owned(),
        FactorValue::Customisation { customisation } => {
            customisation_value(*customisation).to_owned()
        }
        FactorValue::Volume { tokens_per_month } => volume_value(*tokens_per_month),
        FactorValue::TimeToMarket { urgency } => level_lower(*urgency).to_owned(),
        FactorValue::LockIn { aversion } => level_lower(*aversion).to_owned(),
        FactorValue::Vendors {
            closed_vendor,
            managed_provider,
        } => vendors_value(closed_vendor, managed_provider),
    }
}

/// Why a factor scores the routes as it does, as a sentence.
pub fn factor_reason(reason: &FactorReason) -> String {
    match reason {
        FactorReason::UseCase { use_case } => use_case_reason(*use_case).to_owned(),
        FactorReason::InvestmentSmall { below_usd } => investment_small_reason(*below_usd),
        FactorReason::InvestmentMedium { from_usd, to_usd } => {
            investment_medium_reason(*from_usd, *to_usd)
        }
        FactorReason::InvestmentLarge => INVESTMENT_LARGE_REASON.to_owned(),
        FactorReason::Team => TEAM_REASON.to_owned(),
        FactorReason::Accuracy => ACCURACY_REASON.to_owned(),
        FactorReason::ServiceSla { needed } => sla_reason(*needed).to_owned(),
        FactorReason::DataResidency { residency } => residency_reason(*residency).to_owned(),
        FactorReason::Customisation { customisation } => {
            customisation_reason(*customisation).to_owned()
        }
        FactorReason::Volume { band } => volume_reason(*band).to_owned(),
        FactorReason::TimeToMarket { urgency } => urgency_reason(*urgency).to_owned(),
        FactorReason::LockIn { aversion } => lock_in_reason(*aversion).to_owned(),
        FactorReason::VendorViability => VENDOR_VIABILITY_REASON.to_owned(),
    }
}

/// The volume factor's reason in a band.
pub fn volume_reason(band: VolumeBand) -> &'static str {
    match band {
        VolumeBand::Tiny => VOLUME_TINY_REASON,
        VolumeBand::Small => VOLUME_SMALL_REASON,
        VolumeBand::Medium => VOLUME_MEDIUM_REASON,
        VolumeBand::Large => VOLUME_LARGE_REASON,
        VolumeBand::Huge => VOLUME_HUGE_REASON,
    }
}

/// "academic research": the use case as a factor value.
pub fn use_case_value(use_case: UseCase) -> &'static str {
    match use_case {
        UseCase::AcademicResearch => "academic research",
        UseCase::InternalTool => "internal tool",
        UseCase::CustomerFacing => "customer-facing product",
        UseCase::MissionCritical => "mission-critical system",
    }
}

/// "An internal tool can use any route; ...": why the use case scores the routes as it does.
pub fn use_case_reason(use_case: UseCase) -> &'static str {
    match use_case {
        UseCase::AcademicResearch => "Research needs weights it can pin, inspect and share so results can be reproduced (on a provider or its own GPUs); the article: open models suit academic research.",
        UseCase::InternalTool => "An internal tool can use any route; per-token routes are the simplest to run.",
        UseCase::CustomerFacing => "A product customers use needs steady quality and external service; the article: large commercial projects prefer closed models.",
        UseCase::MissionCritical => "A system the business cannot run without needs either a vendor's service (closed API) or full control (own GPUs); a third-party endpoint gives neither fully.",
    }
}

/// "Under $100,000 cannot carry …": the investment factor's reason below `small_usd`.
pub fn investment_small_reason(small_usd: f64) -> String {
    format!(
        "Under {} cannot carry a GPU fleet and a platform team; pay per token.",
        format::money_words(small_usd, Currency::Usd)
    )
}
/// "Between $100,000 and $1 million: …": the investment factor's reason between the bands.
pub fn investment_medium_reason(small_usd: f64, large_usd: f64) -> String {
    format!(
        "Between {} and {}: every route is affordable; per-token routes tie up less capital.",
        format::money_words(small_usd, Currency::Usd),
        format::money_words(large_usd, Currency::Usd)
    )
}
/// The investment factor's reason from $1 million.
pub const INVESTMENT_LARGE_REASON: &str = "The article: projects with investments of millions or tens of millions still choose closed models first.";

/// "3 ML staff on hand, 43% of the 7 self-hosting needs"
pub fn team_value(team_fte: f64, coverage: f64, need_fte: f64) -> String {
    format!(
        "{} ML staff on hand, {} of the {} self-hosting needs",
        format::significant(team_fte),
        format::percent(coverage),
        format::significant(need_fte)
    )
}

/// The team capability factor's reason.
pub const TEAM_REASON: &str = "Open weights pay off for organisations with their own engineers and data scientists (the article: Microsoft recommends Llama mainly to them); without them a closed API carries the work.";

/// "high; closed model ahead by 40 benchmark points (managed) and 52 (self-hosted)",
/// or "medium; quality gap unknown" when `gap_points` is None.
pub fn accuracy_value(need: Level, gap_points: Option<(f64, f64)>) -> String {
    match gap_points {
        Some((managed, hosted)) => format!(
            "{}; closed model ahead by {} benchmark points (managed) and {} (self-hosted)",
            level_lower(need),
            format::fixed(managed, 0),
            format::fixed(hosted, 0)
        ),
        None => format!("{}; quality gap unknown", level_lower(need)),
    }
}

/// The accuracy factor's reason.
pub const ACCURACY_REASON: &str = "The higher the accuracy need and the further the open model trails the closed one, the more the closed API is favoured (the quality programme's cost is in the cost model too).";

/// "needed" or "not needed": whether a vendor SLA is needed.
pub fn sla_value(needed: bool) -> &'static str {
    if needed {
        "needed"
    } else {
        "not needed"
    }
}

/// "No vendor SLA is needed, so no route gains from one.": the SLA factor's reason.
pub fn sla_reason(needed: bool) -> &'static str {
    if needed {
        "A vendor SLA is needed: closed vendors and cloud endpoints sell one; self-hosting must provide its own on-call."
    } else {
        "No vendor SLA is needed, so no route gains from one."
    }
}

/// "in country", "air-gapped": a data residency requirement as a factor value.
pub fn residency_value(residency: DataResidency) -> &'static str {
    match residency {
        DataResidency::None => "no restriction",
        DataResidency::InCountry => "in country",
        DataResidency::OnPremises => "on premises",
        DataResidency::AirGapped => "air-gapped",
    }
}

/// "Data may go anywhere, so no route gains.": the data residency factor's reason.
pub fn residency_reason(residency: DataResidency) -> &'static str {
    match residency {
        DataResidency::None => "Data may go anywhere, so no route gains.",
        DataResidency::InCountry => "Data must stay in the country: self-hosting keeps it in place; cloud endpoints need a local region; closed vendors' regional offers are narrower.",
        DataResidency::OnPremises => "Data may not leave the premises: only own GPUs qualify (a hard constraint too).",
        DataResidency::AirGapped => "No network link to the outside: only own GPUs qualify (a hard constraint too).",
    }
}

/// "fine-tuning on private data": a customisation depth as a factor value.
pub fn customisation_value(customisation: Customisation) -> &'static str {
    match customisation {
        Customisation::PromptOnly => "prompts only",
        Customisation::Retrieval => "retrieval",
        Customisation::FineTuning => "fine-tuning on private data",
        Customisation::Deep => "deep changes to the model",
    }
}

/// "Retrieval works the same on every route.": the customisation factor's reason.
pub fn customisation_reason(customisation: Customisation) -> &'static str {
    match customisation {
        Customisation::PromptOnly => "Prompts only: nothing to train, so a per-token API is the simplest.",
        Customisation::Retrieval => "Retrieval works the same on every route.",
        Customisation::FineTuning => "Fine-tuning on private data: open weights can be tuned freely (adapters on managed endpoints, anything on own GPUs); closed vendors tune few models, on their terms.",
        Customisation::Deep => "Continued pre-training or distillation needs the weights themselves: only self-hosting allows it.",
    }
}

/// "41.2 million tokens a month": the volume factor's value.
pub fn volume_value(tokens_per_month: f64) -> String {
    format!("{} tokens a month", format::count_words(tokens_per_month))
}

/// The volume factor's reason under 100 million tokens a month.
pub const VOLUME_TINY_REASON: &str =
    "Under 100 million tokens a month a GPU fleet would sit mostly idle.";
/// The volume factor's reason from 100 million to 1 billion tokens a month.
pub const VOLUME_SMALL_REASON: &str =
    "100 million to 1 billion tokens a month: still small for a dedicated fleet.";
/// The volume factor's reason from 1 to 10 billion tokens a month.
pub const VOLUME_MEDIUM_REASON: &str =
    "1 to 10 billion tokens a month: volume alone does not decide.";
/// The volume factor's reason from 10 to 100 billion tokens a month.
pub const VOLUME_LARGE_REASON: &str =
    "10 to 100 billion tokens a month: rate limits and per-token bills start to bite.";
/// The volume factor's reason over 100 billion tokens a month.
pub const VOLUME_HUGE_REASON: &str = "Over 100 billion tokens a month: a busy owned fleet is cheapest per token and free of rate limits.";

/// "Some urgency: per-token routes start sooner.": the time-to-market factor's reason.
pub fn urgency_reason(urgency: Level) -> &'static str {
    match urgency {
        Level::High => {
            "Going live fast favours an API that works today; self-hosting needs hiring and set-up."
        }
        Level::Medium => "Some urgency: per-token routes start sooner.",
        Level::Low => {
            "No urgency: set-up time does not matter here (its cost is in the cost model)."
        }
    }
}

/// "Lock-in is not a concern here.": the lock-in factor's reason.
pub fn lock_in_reason(aversion: Level) -> &'static str {
    match aversion {
        Level::High => "Open weights can move between providers or in-house; a closed model ties prompts, tuning and evaluation to one vendor.",
        Level::Medium => "Some fear of lock-in: open weights keep the exit open.",
        Level::Low => "Lock-in is not a concern here.",
    }
}

/// "closed: OpenAI; managed: unknown": the vendors as a factor value (empty = unknown).
pub fn vendors_value(closed_vendor: &str, managed_provider: &str) -> String {
    let known = |name: &str| {
        if name.is_empty() {
            "unknown".to_owned()
        } else {
            name.to_owned()
        }
    };
    format!(
        "closed: {}; managed: {}",
        known(closed_vendor),
        known(managed_provider)
    )
}

/// The vendor viability factor's reason.
pub const VENDOR_VIABILITY_REASON: &str = "The article's three kinds of vendors: cloud providers (and cloud-and-model companies) are stable; new model makers are squeezed by the price war; weights you hold keep working whatever happens to their maker.";

// Hard constraints

/// Why deep customisation excludes the closed API.
pub const EXCLUDED_DEEP_CUSTOMISATION: &str = "Changes to the model itself (requirements.customisation = deep: continued pre-training or distillation) need the weights, and a closed API does not give them.";

// The article check

/// The article's reason for its choice, as a sentence.
pub fn article_reason(reason: ArticleReason) -> &'static str {
    match reason {
        ArticleReason::Research => ARTICLE_REASON_RESEARCH,
        ArticleReason::Commercial => ARTICLE_REASON_COMMERCIAL,
        ArticleReason::LargeOrAccurate => ARTICLE_REASON_LARGE_OR_ACCURATE,
        ArticleReason::Default => ARTICLE_REASON_DEFAULT,
    }
}

/// The article check in one sentence.
pub fn article_summary(summary: &ArticleSummary) -> String {
    match summary {
        ArticleSummary::NoRoute => ARTICLE_NO_ROUTE.to_owned(),
        ArticleSummary::Holds { family } => article_holds(*family),
        ArticleSummary::DoesNotHold { engine, why_not } => article_does_not_hold(*engine, why_not),
    }
}

/// The article's reason for academic research.
pub const ARTICLE_REASON_RESEARCH: &str =
    "The article: open models are valuable for academic research.";
/// The article's reason for customer-facing and mission-critical projects.
pub const ARTICLE_REASON_COMMERCIAL: &str = "The article: large commercial projects that need accuracy, efficiency and external service are wiser with closed models.";
/// The article's reason for an internal tool with a large investment or a high accuracy need.
pub const ARTICLE_REASON_LARGE_OR_ACCURATE: &str = "The article: projects with investments of millions, or needing high accuracy, still choose closed models first.";
/// The article's reason for a small internal tool.
pub const ARTICLE_REASON_DEFAULT: &str = "The article: the \"free\" open model is an illusion of low cost once technology and service are counted; closed models are its default for commercial work.";

/// "the closed API" or "open weights" inside a sentence.
pub fn family_name_lower(family: Family) -> &'static str {
    match family {
        Family::Closed => route_name_lower(RouteId::ClosedApi),
        Family::OpenWeights => "open weights",
    }
}

/// The article check when no route is feasible.
pub const ARTICLE_NO_ROUTE: &str =
    "No route is feasible, so the article's choice cannot be followed.";

/// "The article's conclusion holds here: the numbers also point to open weights."
pub fn article_holds(family: Family) -> String {
    format!(
        "The article's conclusion holds here: the numbers also point to {}.",
        family_name_lower(family)
    )
}

/// "The article's conclusion does not hold here: the numbers point to open weights
/// instead[, because of what the article leaves out: a; b]." (`why_not` may be empty.)
pub fn article_does_not_hold(engine: Family, why_not: &[WhyNot]) -> String {
    if why_not.is_empty() {
        format!(
            "The article's conclusion does not hold here: the numbers point to {} instead.",
            family_name_lower(engine)
        )
    } else {
        format!(
            "The article's conclusion does not hold here: the numbers point to {} instead, because of what the article leaves out: {}.",
            family_name_lower(engine),
            why_not_list(why_not)
        )
    }
}

/// The things the article leaves out, as a list: "very high volume (41.2
/// billion tokens a month); a strong aversion to lock-in" (items joined by "; ").
pub fn why_not_list(items: &[WhyNot]) -> String {
    items.iter().map(why_not).collect::<Vec<_>>().join("; ")
}

/// One thing the article leaves out: "very high volume (41.2 billion tokens a month)".
pub fn why_not(item: &WhyNot) -> String {
    match item {
        WhyNot::HighVolume { tokens_per_month } => why_not_high_volume(*tokens_per_month),
        WhyNot::LowVolume { tokens_per_month } => why_not_low_volume(*tokens_per_month),
        WhyNot::DataOnPremises => WHY_NOT_DATA_ON_PREMISES.to_owned(),
        WhyNot::DeepCustomisation => WHY_NOT_DEEP_CUSTOMISATION.to_owned(),
        WhyNot::FineTuning => WHY_NOT_FINE_TUNING.to_owned(),
        WhyNot::OwnTeam => WHY_NOT_OWN_TEAM.to_owned(),
        WhyNot::LockIn => WHY_NOT_LOCK_IN.to_owned(),
        WhyNot::NoTeam => WHY_NOT_NO_TEAM.to_owned(),
        WhyNot::Urgency => WHY_NOT_URGENCY.to_owned(),
    }
}

/// "very high volume (41.2 billion tokens a month)"
pub fn why_not_high_volume(tokens_per_month: f64) -> String {
    format!(
        "very high volume ({} tokens a month)",
        format::count_words(tokens_per_month)
    )
}

/// "low volume (12 million tokens a month) that would leave GPUs idle"
pub fn why_not_low_volume(tokens_per_month: f64) -> String {
    format!(
        "low volume ({} tokens a month) that would leave GPUs idle",
        format::count_words(tokens_per_month)
    )
}

pub const WHY_NOT_DATA_ON_PREMISES: &str = "data may not leave the premises";
pub const WHY_NOT_DEEP_CUSTOMISATION: &str = "deep customisation needs the weights";
pub const WHY_NOT_FINE_TUNING: &str = "fine-tuning on private data";
pub const WHY_NOT_OWN_TEAM: &str = "an ML team of its own";
pub const WHY_NOT_LOCK_IN: &str = "a strong aversion to lock-in";
pub const WHY_NOT_NO_TEAM: &str = "no ML team to run open weights";
pub const WHY_NOT_URGENCY: &str = "urgency to go live";

// Uncertainty

/// "Replica throughput": an uncertain input of the Monte Carlo.
pub fn uncertain_input_label(input: UncertainInput) -> &'static str {
    match input {
        // The inputs the flip search also moves keep its labels.
        UncertainInput::RequestsPerMonth => flip_input_label(FlipInput::RequestsPerMonth),
        UncertainInput::ClosedPrice => flip_input_label(FlipInput::ClosedPrice),
        UncertainInput::ManagedPrice => flip_input_label(FlipInput::ManagedPrice),
        UncertainInput::GpuPrice => flip_input_label(FlipInput::GpuPrice),
        UncertainInput::TokenPriceDecline => flip_input_label(FlipInput::ApiPriceDecline),
        UncertainInput::Throughput => "Replica throughput",
        UncertainInput::StaffCost => "Staff cost",
        UncertainInput::QualityCost => "Quality programme cost",
        UncertainInput::ProjectValue => "Project value per month",
    }
}

/// "Judgement (UNVERIFIED): ...": where an uncertain input's default range comes from.
pub fn uncertain_input_source(input: UncertainInput) -> &'static str {
    match input {
        UncertainInput::RequestsPerMonth => "Judgement (UNVERIFIED): forecast error for a new service, skewed up (x0.5 to x2).",
        UncertainInput::ClosedPrice => "Reference sheet 1.6, price history: o3 -80% (2025-06), Mistral Large -75%, Claude 3.5 Haiku -20%; rises are rare (x0.5 to x1.1).",
        UncertainInput::ManagedPrice => "Reference sheet 2: Llama 3.3 70B offers from Groq $0.59/$0.79 to Cerebras $0.85/$1.20 and Together $0.88 (x0.65 to x1.35).",
        UncertainInput::GpuPrice => "Reference sheet 5.2 and 5.3: H100 $2.23 to $4.76 an hour among neoclouds around $2.99; purchase $25k to $36k around $31k (x0.75 to x1.6).",
        UncertainInput::Throughput => "Reference sheet 5.1 and 6.2: vLLM reaches about 63% of the bandwidth bound at batch 1; matmuls reach 51% to 87% of spec (x0.7 to x1.2).",
        UncertainInput::StaffCost => "Reference sheet 7.1: BLS OEWS May 2024 interquartile range around the median (data scientists $82,630 / $112,590 / $155,810) (x0.75 to x1.4).",
        UncertainInput::QualityCost => "Reference sheet 7.3: labelling from $0.04 per item to $50 per expert preference pair; the article: matching a closed model takes much manpower, money and time (x0.5 to x3).",
        UncertainInput::ProjectValue => "Judgement (UNVERIFIED): the value of a month in service is an estimate (x0.5 to x1.5).",
        UncertainInput::TokenPriceDecline => "Reference sheet 1.6: from a slow 5% a year to the 2025 price war's 40% around the 20% default (x0.25 to x2).",
    }
}

// Settings problems

/// "a number from 0.5 to 1,000": what a decision setting accepts (bounds
/// written exactly, by [`format::exact`]).
pub fn settings_allowed_range(low: &str, high: &str) -> String {
    format!("a number from {low} to {high}")
}

/// "a whole number from 0 to 100,000": how many Monte Carlo draws are accepted.
pub fn settings_allowed_draws(max: &str) -> String {
    format!("a whole number from 0 to {max}")
}

// The command line's summary (`--explain`)

/// "RECOMMENDATION: The closed API (confidence high, 92%)"
pub fn explain_recommendation(route: RouteId, confidence: f64) -> String {
    format!(
        "RECOMMENDATION: {} (confidence {}, {})",
        route_subject(route),
        confidence_lower(Confidence::of(confidence)),
        format::percent(confidence)
    )
}

pub const EXPLAIN_NO_RECOMMENDATION: &str = "RECOMMENDATION: none (no route is feasible)";

/// "ARTICLE CHECK: {summary}"
pub fn explain_article(summary: &ArticleSummary) -> String {
    format!("ARTICLE CHECK: {}", article_summary(summary))
}

pub const EXPLAIN_WHY: &str = "Why:";

/// "Scores ({rule}):"
pub fn explain_scores_heading(rule: &Rule) -> String {
    format!("Scores ({}):", rule_text(rule))
}

/// "  closed_api     cost   $1.2 million  cost score 1.00  suitability  55.0  combined 0.775"
pub fn explain_score_row(score: &RouteScore, currency: Currency) -> String {
    format!(
        "  {:<14} cost {:>18}  cost score {}  suitability {:>5}  combined {}",
        score.route.key(),
        score
            .total_cost
            .map(|cost| format::money_words(cost, currency))
            .unwrap_or_else(|| "-".to_owned()),
        format::fixed(score.cost_score, 2),
        format::fixed(score.suitability, 1),
        if score.feasible {
            format::fixed(score.combined, 3)
        } else {
            "excluded".to_owned()
        }
    )
}

pub const EXPLAIN_FACTORS_HEADING: &str =
    "Suitability factors (points for closed / managed / self-hosted):";

/// "  Use case                   -6.8 / +6.8 / +6.8   academic research"
pub fn explain_factor_row(factor: &Factor) -> String {
    let points: Vec<String> = factor
        .contributions
        .iter()
        .map(|entry| signed_points(entry.points))
        .collect();
    format!(
        "  {:<24} {:>18}   {}",
        factor_label(factor.factor),
        points.join(" / "),
        factor_value(&factor.value)
    )
}

/// "+6.8", "-2.5", "+0.0": points with a sign, one decimal.
fn signed_points(points: f64) -> String {
    let text = format::fixed(points, 1);
    if text.starts_with('-') {
        text
    } else {
        format!("+{text}")
    }
}

/// "Uncertainty (5,000 draws, seed 20261126):" (the seed as typed, ungrouped).
pub fn explain_uncertainty_heading(draws: u32, seed: u64) -> String {
    format!(
        "Uncertainty ({} draws, seed {seed}):",
        format::whole(f64::from(draws))
    )
}

/// "  closed_api     P10 $1.1 million  P50 ...  cheapest  88%  recommended  92%"
pub fn explain_range_row(range: &RouteRange, currency: Currency) -> String {
    format!(
        "  {:<14} P10 {:>16}  P50 {:>16}  P90 {:>16}  cheapest {:>4}  recommended {:>4}{}",
        range.route.key(),
        format::money_words(range.p10, currency),
        format::money_words(range.p50, currency),
        format::money_words(range.p90, currency),
        format::percent(range.probability_cheapest),
        format::percent(range.probability_recommended),
        if range.feasible { "" } else { "  (excluded)" }
    )
}

/// "Tornado: swing of cost(closed_api) - cost(self_hosted) as each input moves low -> high:",
/// or of the leader's own cost when there is no other route.
pub fn explain_tornado_heading(leader: RouteId, other: Option<RouteId>) -> String {
    match other {
        Some(other) => format!(
            "Tornado: swing of cost({}) - cost({}) as each input moves low -> high:",
            leader.key(),
            other.key()
        ),
        None => format!(
            "Tornado: swing of cost({}) as each input moves low -> high:",
            leader.key()
        ),
    }
}

/// "  GPU price                  x0.75 .. x1.6   -$1.2 million .. $400,000   swing $1.6 million"
pub fn explain_tornado_row(bar: &TornadoBar, currency: Currency) -> String {
    format!(
        "  {:<26} x{} .. x{}  {:>16} .. {:<16} swing {}",
        uncertain_input_label(bar.input),
        format::significant(bar.low),
        format::significant(bar.high),
        format::money_words(bar.difference_at_low, currency),
        format::money_words(bar.difference_at_high, currency),
        format::money_words(bar.swing, currency)
    )
}

pub const EXPLAIN_FLIP_POINTS: &str = "Flip points:";

pub const EXPLAIN_FLEET_HEADING: &str = "Self-hosted fleet:";
pub const EXPLAIN_BREAK_EVEN_HEADING: &str =
    "Break-even (cumulative cost, and cash with GPUs paid when bought):";

/// "  4 x NVIDIA H100 SXM 80GB per replica, rented, autoscaled by the hour; 13
/// replicas at the busiest hour; batch 32 (limited by memory)"
pub fn explain_fleet_row(fleet: &crate::report::Fleet) -> String {
    let gpus = format::whole(f64::from(fleet.gpus_per_replica));
    let gpu = &fleet.gpu_name;
    let how = fleet_plan_in_sentence(fleet.deployment, fleet.rental_plan);
    let replicas = format::whole(f64::from(fleet.replicas));
    let batch = format::whole(f64::from(fleet.batch));
    let limit = super::batch_limit_name(fleet.batch_limit);
    let reserved = format::whole(f64::from(fleet.reserved_replicas));
    match (
        plural::english(f64::from(fleet.replicas)),
        fleet.reserved_replicas > 0,
    ) {
        (Plural::One, true) => format!("  {gpus} x {gpu} per replica, {how}; {replicas} replica at the busiest hour ({reserved} reserved); batch {batch} (limited by {limit})"),
        (Plural::One, false) => format!("  {gpus} x {gpu} per replica, {how}; {replicas} replica at the busiest hour; batch {batch} (limited by {limit})"),
        (Plural::Other, true) => format!("  {gpus} x {gpu} per replica, {how}; {replicas} replicas at the busiest hour ({reserved} reserved); batch {batch} (limited by {limit})"),
        (Plural::Other, false) => format!("  {gpus} x {gpu} per replica, {how}; {replicas} replicas at the busiest hour; batch {batch} (limited by {limit})"),
    }
}

/// How the fleet's GPUs are had, inside a sentence (as [`super::fleet_plan`], in lower case).
fn fleet_plan_in_sentence(
    deployment: crate::profile::Deployment,
    plan: Option<crate::profile::RentalPlan>,
) -> &'static str {
    use crate::profile::{Deployment, RentalPlan};
    match (deployment, plan) {
        (Deployment::Owned, _) => "bought and owned, sized for the peak",
        (Deployment::Rented, Some(RentalPlan::AlwaysOn)) => "rented, always on for the peak",
        (Deployment::Rented, Some(RentalPlan::Reserved)) => {
            "rented, reserved base plus on-demand burst"
        }
        (Deployment::Rented, Some(RentalPlan::Autoscaled) | None) => {
            "rented, autoscaled by the hour"
        }
    }
}

/// "  average utilisation 47%; 123,456 GPU-hours at $2.69 a GPU-hour"
pub fn explain_fleet_use(fleet: &crate::report::Fleet, currency: Currency) -> String {
    format!(
        "  average utilisation {}; {} GPU-hours at {} a GPU-hour",
        format::percent(fleet.average_utilisation),
        format::whole(fleet.gpu_hours),
        format::money(fleet.cost_per_gpu_hour, currency)
    )
}

/// "  closed_api / self_hosted: cumulative costs cross in month 14; in cash, self_hosted is
/// the cheaper from month 18 to the end"
pub fn explain_break_even_row(pair: &crate::report::BreakEven) -> String {
    let dearer_in_cash = if pair.cash_cheaper_at_start == pair.first {
        pair.second
    } else {
        pair.first
    };
    let (first, second) = (pair.first.key(), pair.second.key());
    let month = |month: u32| format::whole(f64::from(month));
    match (pair.break_even_month, pair.cash_break_even_month) {
        (Some(costs), Some(cash)) => format!(
            "  {first} / {second}: cumulative costs cross in month {}; in cash, {} is the cheaper from month {} to the end",
            month(costs),
            dearer_in_cash.key(),
            month(cash)
        ),
        (Some(costs), None) => format!(
            "  {first} / {second}: cumulative costs cross in month {}; in cash, {} stays the cheaper to the end",
            month(costs),
            pair.cash_cheaper_at_start.key()
        ),
        (None, Some(cash)) => format!(
            "  {first} / {second}: cumulative costs do not cross within the horizon; in cash, {} is the cheaper from month {} to the end",
            dearer_in_cash.key(),
            month(cash)
        ),
        (None, None) => format!(
            "  {first} / {second}: cumulative costs do not cross within the horizon; in cash, {} stays the cheaper to the end",
            pair.cash_cheaper_at_start.key()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cheapest_route_reason_quotes_the_numbers() {
        assert_eq!(
            reason_cheapest_route(
                (RouteId::ClosedApi, 1_200_000.0),
                (RouteId::SelfHosted, 2_000_000.0),
                0.4,
                36,
                Currency::Usd
            ),
            "The closed API is the cheapest feasible route: $1.2 million over 36 months, \
             40% less than self-hosting ($2 million)."
        );
        assert_eq!(
            reason_only_route(RouteId::SelfHosted, 950_000.0, 12, Currency::Eur),
            "Self-hosting is the only feasible route (€950,000 over 12 months)."
        );
    }

    #[test]
    fn costlier_route_reason_names_the_suitability() {
        assert_eq!(
            reason_costlier_but_suits(
                (RouteId::SelfHosted, 2_000_000.0),
                (RouteId::ClosedApi, 1_600_000.0),
                0.25,
                (71.4, 48.2),
                36,
                Currency::Usd
            ),
            "Self-hosting costs $2 million over 36 months, 25% more than the closed API \
             ($1.6 million), but suits the profile better: suitability 71 against 48 out of 100."
        );
    }

    #[test]
    fn low_margin_and_rule_quote_fixed_decimals() {
        assert_eq!(
            reason_low_margin(0.55, RouteId::ClosedApi, RouteId::ManagedOpen, 0.02),
            "Confidence is low (55%): the closed API leads the managed open-weight endpoint \
             by only 0.020 in combined score, so a different weighting of the suitability \
             factors could reverse it."
        );
        assert!(rule_text(&Rule {
            cost_weight: 0.5,
            suitability_weight: 0.5
        })
        .starts_with("combined = 0.50 x cost score + 0.50 x suitability"));
    }

    #[test]
    fn flip_sentences_read_as_written() {
        let rises = FlipOutcome::Recommended {
            input: FlipInput::GpuPrice,
            direction: Direction::Above,
            at: FlipValue::GpuHourPrice { usd: 4.1 },
            now: FlipValue::GpuHourPrice { usd: 2.99 },
            route: Some(RouteId::ClosedApi),
            also_cheapest: true,
        };
        assert_eq!(
            flip_outcome(&rises),
            "The closed API becomes the recommended route if the GPU price rises above \
             $4.10 per GPU-hour (now $2.99 per GPU-hour); it is then also the cheapest."
        );
        assert_eq!(
            flip_outcome(&FlipOutcome::Cheapest {
                input: FlipInput::GpuPrice,
                direction: Direction::Below,
                at: FlipValue::GpuHourPrice { usd: 4.1 },
                now: FlipValue::GpuHourPrice { usd: 2.99 },
                route: Some(RouteId::ClosedApi),
            }),
            "The closed API becomes the cheapest route if the GPU price falls below \
             $4.10 per GPU-hour (now $2.99 per GPU-hour)."
        );
        let prices = crate::decision::flip_points::ListedPrices {
            input_per_million: 1.25,
            output_per_million: 5.0,
            currency: Currency::Usd,
        };
        assert_eq!(
            flip_outcome(&FlipOutcome::Recommended {
                input: FlipInput::ClosedPrice,
                direction: Direction::Below,
                at: FlipValue::PriceMultiple {
                    multiple: 0.5,
                    prices: Some(prices),
                },
                now: FlipValue::PriceMultiple {
                    multiple: 1.0,
                    prices: None,
                },
                route: None,
                also_cheapest: false,
            }),
            "No route remains feasible if the closed model's prices fall to \
             0.5× today's prices ($1.25 / $5 per 1M input / output tokens)."
        );
        assert_eq!(
            flip_outcome(&FlipOutcome::TooFewRoutes {
                input: FlipInput::HorizonMonths,
                low: FlipValue::Horizon { months: 6.0 },
                high: FlipValue::Horizon { months: 120.0 },
                now: FlipValue::Horizon { months: 36.0 },
                feasible_routes: 1,
            }),
            "Horizon: no flip within the plausible range (6 months to 120 months; \
             now 36 months): only one route is feasible."
        );
        assert_eq!(
            flip_outcome(&FlipOutcome::NoFlip {
                input: FlipInput::ClosedPrice,
                low: FlipValue::PriceMultiple {
                    multiple: 0.1,
                    prices: None,
                },
                high: FlipValue::PriceMultiple {
                    multiple: 3.0,
                    prices: None,
                },
                now: FlipValue::PriceMultiple {
                    multiple: 1.0,
                    prices: None,
                },
            }),
            "Closed-model price: no flip within the plausible range (0.1× today's prices \
             to 3× today's prices; now 1× today's prices)."
        );
    }

    #[test]
    fn exclusions_and_article_sentences() {
        assert_eq!(
            reason_excluded(RouteId::ClosedApi, &ConstraintReason::DeepCustomisation),
            "The closed API is excluded. Changes to the model itself \
             (requirements.customisation = deep: continued pre-training or distillation) \
             need the weights, and a closed API does not give them."
        );
        assert_eq!(
            article_summary(&ArticleSummary::DoesNotHold {
                engine: Family::OpenWeights,
                why_not: vec![
                    WhyNot::HighVolume {
                        tokens_per_month: 4.12e10
                    },
                    WhyNot::LockIn
                ],
            }),
            "The article's conclusion does not hold here: the numbers point to open weights \
             instead, because of what the article leaves out: very high volume \
             (41.2 billion tokens a month); a strong aversion to lock-in."
        );
    }

    #[test]
    fn the_nearest_flip_continues_the_sentence() {
        let flip = |route| FlipOutcome::Recommended {
            input: FlipInput::RequestsPerMonth,
            direction: Direction::Above,
            at: FlipValue::Requests {
                per_month: 41_200_000.0,
            },
            now: FlipValue::Requests {
                per_month: 10_000_000.0,
            },
            route,
            also_cheapest: false,
        };
        assert_eq!(
            reason_nearest_flip(&flip(Some(RouteId::ClosedApi))),
            "Nearest flip point: the closed API becomes the recommended route above \
             41.2 million requests per month (now 10 million requests per month)."
        );
        assert_eq!(
            flip_outcome(&flip(Some(RouteId::ClosedApi))),
            "The closed API becomes the recommended route above \
             41.2 million requests per month (now 10 million requests per month)."
        );
        assert_eq!(
            reason_nearest_flip(&flip(None)),
            "Nearest flip point: no route remains feasible above \
             41.2 million requests per month (now 10 million requests per month)."
        );
    }

    #[test]
    fn factor_values_format_their_numbers() {
        assert_eq!(
            team_value(3.0, 3.0 / 7.0, 7.0),
            "3 ML staff on hand, 43% of the 7 self-hosting needs"
        );
        assert_eq!(
            accuracy_value(Level::High, Some((40.2, 51.6))),
            "high; closed model ahead by 40 benchmark points (managed) and 52 (self-hosted)"
        );
        assert_eq!(
            vendors_value("OpenAI", ""),
            "closed: OpenAI; managed: unknown"
        );
        assert_eq!(
            settings_allowed_range("0.5", "1000"),
            "a number from 0.5 to 1000"
        );
    }
}
