//! English for the decision: reasons, flip points, suitability factors,
//! hard constraints, the article check and the uncertainty inputs.

use crate::currency::Currency;
use crate::decision::article::Family;
use crate::decision::flip_points::{Flip, FlipInput};
use crate::decision::recommendation::{Confidence, RouteScore};
use crate::decision::suitability::{Factor, FactorId};
use crate::decision::uncertainty::{RouteRange, TornadoBar, UncertainInput};
use crate::profile::{Customisation, DataResidency, Deployment, Level, UseCase};
use crate::report::RouteId;
use crate::text::format;

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

/// "No route is feasible for this profile."
pub const REASON_NO_ROUTE: &str = "No route is feasible for this profile.";

/// "Self-hosting is excluded. {reason}" (the reason is a sentence of its own)
pub fn reason_excluded(route: RouteId, reason: &str) -> String {
    format!("{} is excluded. {reason}", route_subject(route))
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
pub fn reason_factor_edge(factor: &Factor, route: RouteId, edge: f64, rival: RouteId) -> String {
    format!(
        "{} ({}) gives {} {} suitability points over {}. {}",
        factor.label,
        factor.value,
        route_name_lower(route),
        format::fixed(edge, 1),
        route_name_lower(rival),
        factor.reason
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

/// "Nearest flip point: the managed open-weight endpoint becomes …": the
/// sentence follows a colon, so it starts in lower case (unless its first
/// word is an abbreviation such as "GPU").
pub fn reason_nearest_flip(sentence: &str) -> String {
    // ASCII case mapping only: the catalog's sentences start with ASCII, and
    // Unicode case tables would cost the page about 7 KB of WebAssembly.
    let mut letters = sentence.chars();
    let lowered = match (letters.next(), letters.next()) {
        (Some(first), Some(second)) if second.is_ascii_lowercase() => {
            format!(
                "{}{}",
                first.to_ascii_lowercase(),
                letters_after_first(sentence, first)
            )
        }
        _ => sentence.to_owned(),
    };
    format!("Nearest flip point: {lowered}")
}

fn letters_after_first(sentence: &str, first: char) -> &str {
    sentence.get(first.len_utf8()..).unwrap_or("")
}

/// "combined = 0.50 x cost score + 0.50 x suitability, where cost score = 2 x
/// cheapest / (cost + cheapest); the feasible route with the highest combined
/// score is recommended"
pub fn rule_text(cost_weight: f64, suitability_weight: f64) -> String {
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
pub fn flip_unit(input: FlipInput, deployment: Deployment) -> &'static str {
    match input {
        FlipInput::RequestsPerMonth => "requests per month",
        FlipInput::ClosedPrice | FlipInput::ManagedPrice => "multiple of today's prices",
        FlipInput::GpuPrice => match deployment {
            Deployment::Rented => "USD per GPU-hour",
            Deployment::Owned => "USD per GPU",
        },
        FlipInput::GpuUtilisation => "share of replica capacity used at peak",
        FlipInput::MlTeamSize => "FTE",
        FlipInput::AccuracyNeed => "level (0 low, 1 medium, 2 high)",
        FlipInput::HorizonMonths => "months",
        FlipInput::ApiPriceDecline => "fraction per year",
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

/// "Self-hosting becomes the recommended route above 41.2 million requests per
/// month (now 10 million requests per month); it is then also the cheapest."
pub fn flip_sentence(input: FlipInput, above: bool, flip: &Flip, current: &str) -> String {
    let who = match flip.route {
        Some(route) => format!("{} becomes the recommended route", route_subject(route)),
        None => "No route remains feasible".to_owned(),
    };
    let cheapest = match (flip.route, flip.cheapest) {
        (Some(route), Some(cheapest)) if route == cheapest => "; it is then also the cheapest",
        _ => "",
    };
    let at = &flip.at_text;
    match input {
        FlipInput::RequestsPerMonth => format!(
            "{who} {} {at} (now {current}){cheapest}.",
            if above { "above" } else { "below" }
        ),
        FlipInput::ClosedPrice => format!(
            "{who} if the closed model's prices {} {at}{cheapest}.",
            if above { "rise to" } else { "fall to" }
        ),
        FlipInput::ManagedPrice => format!(
            "{who} if the managed endpoint's prices {} {at}{cheapest}.",
            if above { "rise to" } else { "fall to" }
        ),
        FlipInput::GpuPrice => format!(
            "{who} if the GPU price {} {at} (now {current}){cheapest}.",
            if above { "rises above" } else { "falls below" }
        ),
        FlipInput::GpuUtilisation => format!(
            "{who} if the fleet is run {} {at} (now {current}){cheapest}.",
            if above { "above" } else { "below" }
        ),
        FlipInput::MlTeamSize => format!(
            "{who} with {} {at} on hand (now {current}){cheapest}.",
            if above { "at least" } else { "at most" }
        ),
        FlipInput::AccuracyNeed => {
            format!("{who} if the accuracy need were {at} (now {current}){cheapest}.")
        }
        FlipInput::HorizonMonths => format!(
            "{who} over a horizon of {} {at} (now {current}){cheapest}.",
            if above { "at least" } else { "at most" }
        ),
        FlipInput::ApiPriceDecline => format!(
            "{who} if API prices fall {} {at} (now {current}){cheapest}.",
            if above { "faster than" } else { "slower than" }
        ),
    }
}

/// "The closed API becomes the cheapest route if the GPU price rises above
/// $4.1 per GPU-hour (now $2.99 per GPU-hour)."
pub fn cheapest_flip_sentence(input: FlipInput, above: bool, flip: &Flip, current: &str) -> String {
    let who = match flip.cheapest {
        Some(route) => format!("{} becomes the cheapest route", route_subject(route)),
        None => "No route remains feasible".to_owned(),
    };
    let at = &flip.at_text;
    let (up, down) = match input {
        FlipInput::RequestsPerMonth => ("above", "below"),
        FlipInput::HorizonMonths => ("over a horizon of at least", "over a horizon of at most"),
        FlipInput::ClosedPrice => (
            "if the closed model's prices rise to",
            "if the closed model's prices fall to",
        ),
        FlipInput::ManagedPrice => (
            "if the managed endpoint's prices rise to",
            "if the managed endpoint's prices fall to",
        ),
        FlipInput::GpuPrice => (
            "if the GPU price rises above",
            "if the GPU price falls below",
        ),
        FlipInput::GpuUtilisation => ("if the fleet is run above", "if the fleet is run below"),
        FlipInput::ApiPriceDecline => (
            "if API prices fall faster than",
            "if API prices fall slower than",
        ),
        FlipInput::MlTeamSize => ("with at least", "with at most"),
        FlipInput::AccuracyNeed => ("if the accuracy need were", "if the accuracy need were"),
    };
    let now = match input {
        FlipInput::ClosedPrice | FlipInput::ManagedPrice => String::new(),
        _ => format!(" (now {current})"),
    };
    format!("{who} {} {at}{now}.", if above { up } else { down })
}

/// "Horizon: no flip within the plausible range (6 months to 120 months; now 36 months)."
pub fn no_flip_sentence(input: FlipInput, low: &str, high: &str, now: &str) -> String {
    format!(
        "{}: no flip within the plausible range ({low} to {high}; now {now}).",
        flip_input_label(input)
    )
}

/// "Horizon: no flip within the plausible range (6 months to 120 months; now
/// 36 months): only one route is feasible." (`feasible_routes` is 0 or 1.)
pub fn no_flip_sentence_too_few_routes(
    input: FlipInput,
    low: &str,
    high: &str,
    now: &str,
    feasible_routes: usize,
) -> String {
    format!(
        "{}: no flip within the plausible range ({low} to {high}; now {now}): {}.",
        flip_input_label(input),
        if feasible_routes == 1 {
            "only one route is feasible"
        } else {
            "no route is feasible"
        }
    )
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
pub fn article_does_not_hold(engine: Family, why_not: &[String]) -> String {
    if why_not.is_empty() {
        format!(
            "The article's conclusion does not hold here: the numbers point to {} instead.",
            family_name_lower(engine)
        )
    } else {
        format!(
            "The article's conclusion does not hold here: the numbers point to {} instead, because of what the article leaves out: {}.",
            family_name_lower(engine),
            why_not.join("; ")
        )
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
pub fn explain_article(summary: &str) -> String {
    format!("ARTICLE CHECK: {summary}")
}

pub const EXPLAIN_WHY: &str = "Why:";

/// "Scores ({rule}):"
pub fn explain_scores_heading(rule: &str) -> String {
    format!("Scores ({rule}):")
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
        factor.label,
        points.join(" / "),
        factor.value
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
        bar.label,
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

/// "  4 x NVIDIA H100 SXM 80GB per replica, rented, autoscaled; 13 replicas at the busiest hour"
pub fn explain_fleet_row(fleet: &crate::report::Fleet) -> String {
    let how = super::fleet_plan(fleet.deployment, fleet.rental_plan).to_ascii_lowercase();
    let reserved = if fleet.reserved_replicas > 0 {
        format!(
            " ({} reserved)",
            format::whole(f64::from(fleet.reserved_replicas))
        )
    } else {
        String::new()
    };
    format!(
        "  {} x {} per replica, {how}; {} replicas at the busiest hour{reserved}; batch {} (limited by {})",
        format::whole(f64::from(fleet.gpus_per_replica)),
        fleet.gpu_name,
        format::whole(f64::from(fleet.replicas)),
        format::whole(f64::from(fleet.batch)),
        super::batch_limit_name(fleet.batch_limit)
    )
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
    let costs = match pair.break_even_month {
        Some(month) => format!(
            "cumulative costs cross in month {}",
            format::whole(f64::from(month))
        ),
        None => "cumulative costs do not cross within the horizon".to_owned(),
    };
    let cash = match pair.cash_break_even_month {
        Some(month) => format!(
            "in cash, {} is the cheaper from month {} to the end",
            dearer_in_cash.key(),
            format::whole(f64::from(month))
        ),
        None => format!(
            "in cash, {} stays the cheaper to the end",
            pair.cash_cheaper_at_start.key()
        ),
    };
    format!(
        "  {} / {}: {costs}; {cash}",
        pair.first.key(),
        pair.second.key()
    )
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
        assert!(
            rule_text(0.5, 0.5).starts_with("combined = 0.50 x cost score + 0.50 x suitability")
        );
    }

    #[test]
    fn flip_sentences_read_as_written() {
        let flip = Flip {
            at: 4.1,
            at_text: flip_gpu_hour_price(4.1),
            route: Some(RouteId::ClosedApi),
            cheapest: Some(RouteId::ClosedApi),
        };
        let now = flip_gpu_hour_price(2.99);
        assert_eq!(
            flip_sentence(FlipInput::GpuPrice, true, &flip, &now),
            "The closed API becomes the recommended route if the GPU price rises above \
             $4.10 per GPU-hour (now $2.99 per GPU-hour); it is then also the cheapest."
        );
        assert_eq!(
            cheapest_flip_sentence(FlipInput::GpuPrice, false, &flip, &now),
            "The closed API becomes the cheapest route if the GPU price falls below \
             $4.10 per GPU-hour (now $2.99 per GPU-hour)."
        );
        let none = Flip {
            route: None,
            at_text: flip_price_multiple_with_prices(0.5, 1.25, 5.0, Currency::Usd),
            ..flip
        };
        assert_eq!(
            flip_sentence(FlipInput::ClosedPrice, false, &none, "unused"),
            "No route remains feasible if the closed model's prices fall to \
             0.5× today's prices ($1.25 / $5 per 1M input / output tokens)."
        );
        assert_eq!(
            no_flip_sentence_too_few_routes(
                FlipInput::HorizonMonths,
                &flip_horizon(6.0),
                &flip_horizon(120.0),
                &flip_horizon(36.0),
                1
            ),
            "Horizon: no flip within the plausible range (6 months to 120 months; \
             now 36 months): only one route is feasible."
        );
    }

    #[test]
    fn exclusions_and_article_sentences() {
        assert_eq!(
            reason_excluded(RouteId::ClosedApi, EXCLUDED_DEEP_CUSTOMISATION),
            "The closed API is excluded. Changes to the model itself \
             (requirements.customisation = deep: continued pre-training or distillation) \
             need the weights, and a closed API does not give them."
        );
        assert_eq!(
            article_does_not_hold(
                Family::OpenWeights,
                &[why_not_high_volume(4.12e10), WHY_NOT_LOCK_IN.to_owned()]
            ),
            "The article's conclusion does not hold here: the numbers point to open weights \
             instead, because of what the article leaves out: very high volume \
             (41.2 billion tokens a month); a strong aversion to lock-in."
        );
    }

    #[test]
    fn the_nearest_flip_continues_the_sentence() {
        assert_eq!(
            reason_nearest_flip("The closed API becomes the recommended route."),
            "Nearest flip point: the closed API becomes the recommended route."
        );
        assert_eq!(
            reason_nearest_flip("GPU price: no flip."),
            "Nearest flip point: GPU price: no flip."
        );
        assert_eq!(reason_nearest_flip(""), "Nearest flip point: ");
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
