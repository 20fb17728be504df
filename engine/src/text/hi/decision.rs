//! Hindi for the decision: reasons, flip points, suitability factors, hard
//! constraints, the article check, the uncertainty inputs and the command
//! line's summary. Mirrors `en::decision` item for item; terminology:
//! `plan/glossary-hi.md`.
//!
//! Hindi has no capital letters, so the pairs the English keeps for the start
//! and the middle of a sentence ([`route_subject`] and [`route_name_lower`],
//! "No route" and "no route") read the same here. Sentences are built so that
//! their verb agrees with a word of fixed gender ("सिफ़ारिश बदलकर … हो जाती
//! है", "सबसे सस्ता विकल्प … हो जाता है"), never with a route's name, whose
//! gender varies (API, एंडपॉइंट, सेल्फ़-होस्टिंग).

use crate::currency::Currency;
use crate::decision::article::{ArticleReason, ArticleSummary, Family, WhyNot};
use crate::decision::constraints::ConstraintReason;
use crate::decision::flip_points::{Direction, FlipInput, FlipOutcome, FlipUnit, FlipValue};
use crate::decision::recommendation::{Confidence, Reason, RouteScore, Rule};
use crate::decision::suitability::{Factor, FactorId, FactorReason, FactorValue, VolumeBand};
use crate::decision::uncertainty::{RouteRange, TornadoBar, UncertainInput};
use crate::profile::{Customisation, DataResidency, Level, UseCase};
use crate::report::RouteId;
use crate::text::format::hi as format;
use crate::text::plural::{hindi, Plural};

// Routes and levels inside sentences

/// A route at the start of a sentence: "क्लोज़्ड API", "सेल्फ़-होस्टिंग".
pub fn route_subject(route: RouteId) -> &'static str {
    match route {
        RouteId::ClosedApi => "क्लोज़्ड API",
        RouteId::ManagedOpen => "मैनेज्ड ओपन-वेट एंडपॉइंट",
        RouteId::SelfHosted => "सेल्फ़-होस्टिंग",
    }
}

/// A route inside a sentence (the same words as [`route_subject`]: Hindi has no capitals).
pub fn route_name_lower(route: RouteId) -> &'static str {
    match route {
        RouteId::ClosedApi => "क्लोज़्ड API",
        RouteId::ManagedOpen => "मैनेज्ड ओपन-वेट एंडपॉइंट",
        RouteId::SelfHosted => "सेल्फ़-होस्टिंग",
    }
}

/// A level inside a sentence: "कम", "मध्यम", "उच्च" (as the form's choices).
pub fn level_lower(level: Level) -> &'static str {
    match level {
        Level::Low => "कम",
        Level::Medium => "मध्यम",
        Level::High => "उच्च",
    }
}

/// A confidence level inside a sentence: "कम", "मध्यम", "उच्च".
pub fn confidence_lower(level: Confidence) -> &'static str {
    match level {
        Confidence::Low => "कम",
        Confidence::Medium => "मध्यम",
        Confidence::High => "उच्च",
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

/// "इस प्रोफ़ाइल के लिए कोई भी विकल्प व्यवहार्य नहीं है।"
pub const REASON_NO_ROUTE: &str = "इस प्रोफ़ाइल के लिए कोई भी विकल्प व्यवहार्य नहीं है।";

/// "सेल्फ़-होस्टिंग को बाहर रखा गया है। {reason}" (the reason is a sentence of its own)
pub fn reason_excluded(route: RouteId, reason: &ConstraintReason) -> String {
    format!(
        "{} को बाहर रखा गया है। {}",
        route_subject(route),
        constraint_reason(reason)
    )
}

/// Why a route is excluded, as a sentence. The cost engine's own reason is
/// passed on as the report holds it.
pub fn constraint_reason(reason: &ConstraintReason) -> String {
    match reason {
        ConstraintReason::CostEngine { reason } => super::exclusion(reason),
        ConstraintReason::DeepCustomisation => EXCLUDED_DEEP_CUSTOMISATION.to_owned(),
    }
}

/// "क्लोज़्ड API ही एकमात्र व्यवहार्य विकल्प है (36 महीनों में $12 लाख)।"
pub fn reason_only_route(route: RouteId, cost: f64, months: u32, currency: Currency) -> String {
    format!(
        "{} ही एकमात्र व्यवहार्य विकल्प है ({} में {})।",
        route_subject(route),
        months_oblique(months),
        format::money_words(cost, currency)
    )
}

/// "क्लोज़्ड API सबसे सस्ता व्यवहार्य विकल्प है: 36 महीनों में $12 लाख,
/// जो सेल्फ़-होस्टिंग ($20 लाख) से 40% कम है।"
pub fn reason_cheapest_route(
    (route, cost): (RouteId, f64),
    (other, other_cost): (RouteId, f64),
    saving: f64,
    months: u32,
    currency: Currency,
) -> String {
    format!(
        "{} सबसे सस्ता व्यवहार्य विकल्प है: {} में {}, जो {} ({}) से {} कम है।",
        route_subject(route),
        months_oblique(months),
        format::money_words(cost, currency),
        route_name_lower(other),
        format::money_words(other_cost, currency),
        format::percent(saving)
    )
}

/// "ख़रीदे गए GPU महीना 14 में अपनी लागत वसूल कर लेते हैं: …"
pub fn reason_payback(other: RouteId, month: u32) -> String {
    format!(
        "ख़रीदे गए GPU महीना {} में अपनी लागत वसूल कर लेते हैं: उसके बाद से सेल्फ़-होस्टिंग का कुल नकद ख़र्च {} से कम रहता है (ख़रीद का भुगतान उसी समय गिना गया है जब वह हुआ, और पुनर्विक्रय से मिली रक़म घटाई गई है)।",
        format::whole(f64::from(month)),
        route_name_lower(other)
    )
}

/// "ख़रीदे गए GPU 36 महीनों के भीतर अपनी लागत वसूल नहीं कर पाते: …"
pub fn reason_no_payback(
    other: RouteId,
    months: u32,
    book_value: f64,
    currency: crate::currency::Currency,
) -> String {
    format!(
        "ख़रीदे गए GPU {} के भीतर अपनी लागत वसूल नहीं कर पाते: ख़रीद का भुगतान उसी समय गिनें जब वह हुआ, तो अंत तक सेल्फ़-होस्टिंग का नकद ख़र्च {} से ज़्यादा रहता है, हालाँकि उस समय भी खातों में GPU का मूल्य {} होता है।",
        months_oblique(months),
        route_name_lower(other),
        format::money_words(book_value, currency)
    )
}

/// "सेल्फ़-होस्टिंग की लागत 36 महीनों में $20 लाख है, जो क्लोज़्ड API
/// ($1.6 million) से 25% ज़्यादा है, लेकिन यह विकल्प प्रोफ़ाइल के लिए ज़्यादा
/// उपयुक्त है: उपयुक्तता 100 में से 71, जबकि सस्ते विकल्प की 48।"
pub fn reason_costlier_but_suits(
    (route, cost): (RouteId, f64),
    (cheap, cheap_cost): (RouteId, f64),
    extra: f64,
    (suitability, cheap_suitability): (f64, f64),
    months: u32,
    currency: Currency,
) -> String {
    format!(
        "{} की लागत {} में {} है, जो {} ({}) से {} ज़्यादा है, लेकिन यह विकल्प प्रोफ़ाइल के लिए ज़्यादा उपयुक्त है: उपयुक्तता 100 में से {}, जबकि सस्ते विकल्प की {}।",
        route_subject(route),
        months_oblique(months),
        format::money_words(cost, currency),
        route_name_lower(cheap),
        format::money_words(cheap_cost, currency),
        format::percent(extra),
        format::fixed(suitability, 0),
        format::fixed(cheap_suitability, 0)
    )
}

/// "यूज़ केस (शैक्षणिक शोध) के कारण सेल्फ़-होस्टिंग को क्लोज़्ड API की तुलना
/// में उपयुक्तता के 6.8 अंक ज़्यादा मिलते हैं। {reason}"
pub fn reason_factor_edge(
    factor: FactorId,
    value: &FactorValue,
    reason: &FactorReason,
    route: RouteId,
    edge: f64,
    rival: RouteId,
) -> String {
    format!(
        "{} ({}) के कारण {} को {} की तुलना में उपयुक्तता के {} अंक ज़्यादा मिलते हैं। {}",
        factor_label(factor),
        factor_value(value),
        route_name_lower(route),
        route_name_lower(rival),
        format::fixed(edge, 1),
        factor_reason(reason)
    )
}

/// "विश्वास कम है (55%): संयुक्त स्कोर में क्लोज़्ड API सेल्फ़-होस्टिंग से केवल
/// 0.020 आगे है, इसलिए उपयुक्तता के कारकों को अलग भार देने पर नतीजा उलट सकता है।"
pub fn reason_low_margin(confidence: f64, route: RouteId, other: RouteId, lead: f64) -> String {
    format!(
        "विश्वास {} है ({}): संयुक्त स्कोर में {} {} से केवल {} आगे है, इसलिए उपयुक्तता के कारकों को अलग भार देने पर नतीजा उलट सकता है।",
        confidence_lower(Confidence::of(confidence)),
        format::percent(confidence),
        route_name_lower(route),
        route_name_lower(other),
        format::fixed(lead, 3)
    )
}

/// "सिमुलेशन के 5,000 परिदृश्यों में से 92% में सिफ़ारिश क्लोज़्ड API ही रहती
/// है और 88% में यही सबसे सस्ता विकल्प होता है; इसकी कुल लागत $1.1 million
/// (P10) से $1.9 million (P90) तक रहती है।"
pub fn reason_simulation(range: &RouteRange, draws: u32, currency: Currency) -> String {
    format!(
        "सिमुलेशन के {} परिदृश्यों में से {} में सिफ़ारिश {} ही रहती है और {} में यही सबसे सस्ता विकल्प होता है; इसकी कुल लागत {} (P10) से {} (P90) तक रहती है।",
        format::whole(f64::from(draws)),
        format::percent(range.probability_recommended),
        route_name_lower(range.route),
        format::percent(range.probability_cheapest),
        format::money_words(range.p10, currency),
        format::money_words(range.p90, currency)
    )
}

/// "सबसे नज़दीकी पलट-बिंदु: अगर वॉल्यूम … से ऊपर चला जाए …": the flip's
/// sentence, after the colon.
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
                "सबसे नज़दीकी पलट-बिंदु: {}",
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
                "सबसे नज़दीकी पलट-बिंदु: {}",
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
            format!("सबसे नज़दीकी पलट-बिंदु: {}", flip_outcome(flip))
        }
    }
}

/// "संयुक्त स्कोर = 0.50 x लागत स्कोर + 0.50 x उपयुक्तता, …" (no full stop:
/// it stands in brackets after a heading, as in English).
pub fn rule_text(rule: &Rule) -> String {
    rule_weights_text(rule.cost_weight, rule.suitability_weight)
}

/// [`rule_text`] from the two weights.
pub fn rule_weights_text(cost_weight: f64, suitability_weight: f64) -> String {
    format!(
        "संयुक्त स्कोर = {} x लागत स्कोर + {} x उपयुक्तता, जहाँ लागत स्कोर = 2 x सबसे कम लागत / (लागत + सबसे कम लागत); जिस व्यवहार्य विकल्प का संयुक्त स्कोर सबसे ऊँचा हो, उसी की सिफ़ारिश की जाती है",
        format::fixed(cost_weight, 2),
        format::fixed(suitability_weight, 2)
    )
}

/// "36 महीनों", "1 महीने": a horizon before a postposition ("36 महीनों में",
/// "1 महीने के भीतर"), the oblique case of [`super::months`], counted as it is.
fn months_oblique(months: u32) -> String {
    let count = f64::from(months);
    let count_text = format::number(count);
    match hindi(count) {
        Plural::One => format!("{count_text} महीने"),
        Plural::Other => format!("{count_text} महीनों"),
    }
}

// Flip points

/// "प्रति माह अनुरोध", "GPU की क़ीमत": an input of the flip search.
pub fn flip_input_label(input: FlipInput) -> &'static str {
    match input {
        FlipInput::RequestsPerMonth => "प्रति माह अनुरोध",
        FlipInput::ClosedPrice => "क्लोज़्ड मॉडल की क़ीमत",
        FlipInput::ManagedPrice => "मैनेज्ड एंडपॉइंट की क़ीमत",
        FlipInput::GpuPrice => "GPU की क़ीमत",
        FlipInput::GpuUtilisation => "पीक पर GPU की उपयोग दर",
        FlipInput::MlTeamSize => "ML टीम का आकार",
        FlipInput::AccuracyNeed => "सटीकता की ज़रूरत",
        FlipInput::HorizonMonths => "गणना अवधि",
        FlipInput::ApiPriceDecline => "API क़ीमतों में सालाना गिरावट",
    }
}

/// "USD प्रति GPU-घंटा", "FTE": the unit of a flip input's values.
pub fn flip_unit(unit: FlipUnit) -> &'static str {
    match unit {
        FlipUnit::RequestsPerMonth => "अनुरोध प्रति माह",
        FlipUnit::MultipleOfTodaysPrices => "आज की क़ीमतों का गुणक",
        FlipUnit::UsdPerGpuHour => "USD प्रति GPU-घंटा",
        FlipUnit::UsdPerGpu => "USD प्रति GPU",
        FlipUnit::ShareOfReplicaCapacity => "पीक पर रेप्लिका की क्षमता का इस्तेमाल हुआ हिस्सा",
        FlipUnit::Fte => "FTE",
        FlipUnit::Level => "स्तर (0 कम, 1 मध्यम, 2 उच्च)",
        FlipUnit::Months => "महीने",
        FlipUnit::FractionPerYear => "प्रति वर्ष अंश",
    }
}

/// A flip input's value with what it measures: "प्रति माह 41.2 million
/// अनुरोध", "आज की क़ीमतों का 0.5 गुना ($1.25 / $5 प्रति 10 लाख इनपुट / आउटपुट
/// टोकन)", "उच्च".
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

/// "प्रति माह 41.2 million अनुरोध"
pub fn flip_requests(requests: f64) -> String {
    format!("प्रति माह {} अनुरोध", format::count_words(requests))
}

/// "आज की क़ीमतों का 0.5 गुना"
pub fn flip_price_multiple(multiple: f64) -> String {
    format!("आज की क़ीमतों का {} गुना", format::significant(multiple))
}

/// "आज की क़ीमतों का 0.5 गुना ($1.25 / $5 प्रति 10 लाख इनपुट / आउटपुट टोकन)"
pub fn flip_price_multiple_with_prices(
    multiple: f64,
    input_price: f64,
    output_price: f64,
    currency: Currency,
) -> String {
    let amount = |value: f64| format!("{}{}", format::symbol(currency), format::significant(value));
    format!(
        "{} ({} / {} प्रति 10 लाख इनपुट / आउटपुट टोकन)",
        flip_price_multiple(multiple),
        amount(input_price),
        amount(output_price)
    )
}

/// "$2.99 प्रति GPU-घंटा" (US dollars, to the cent).
pub fn flip_gpu_hour_price(usd: f64) -> String {
    format!("{} प्रति GPU-घंटा", format::money(usd, Currency::Usd))
}

/// "$31,000 प्रति GPU" (US dollars).
pub fn flip_gpu_purchase_price(usd: f64) -> String {
    format!(
        "{}{} प्रति GPU",
        format::symbol(Currency::Usd),
        format::whole(usd)
    )
}

/// "पीक पर 70% उपयोग दर"
pub fn flip_utilisation(fraction: f64) -> String {
    format!("पीक पर {} उपयोग दर", format::percent(fraction))
}

/// "4.5 ML कर्मचारी" (कर्मचारी does not change with the count).
pub fn flip_ml_staff(fte: f64) -> String {
    format!("{} ML कर्मचारी", format::significant(fte))
}

/// "36 महीने" (a horizon as a flip value).
pub fn flip_horizon(months: f64) -> String {
    super::months(months.round())
}

/// "प्रति वर्ष 20%"
pub fn flip_price_decline(fraction: f64) -> String {
    format!("प्रति वर्ष {}", format::percent(fraction))
}

/// One outcome of the flip search as a sentence: "अगर … तो सिफ़ारिश बदलकर
/// सेल्फ़-होस्टिंग हो जाती है।", "गणना अवधि: संभावित दायरे में (…) कोई पलट-बिंदु नहीं है।".
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
            "{}: संभावित दायरे में ({} से {} तक; अभी {}) कोई पलट-बिंदु नहीं है।",
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
                1 => format!("{label}: संभावित दायरे में ({low} से {high} तक; अभी {now}) कोई पलट-बिंदु नहीं है, क्योंकि केवल एक ही विकल्प व्यवहार्य है।"),
                _ => format!("{label}: संभावित दायरे में ({low} से {high} तक; अभी {now}) कोई पलट-बिंदु नहीं है, क्योंकि कोई भी विकल्प व्यवहार्य नहीं है।"),
            }
        }
    }
}

/// Who a flip sentence is about (a route's name is the one placeholder; each
/// sentence below is whole).
#[derive(Clone, Copy)]
enum FlipSubject {
    /// A route, named in the sentence's main clause.
    Route(&'static str),
    /// A route that is then also the cheapest.
    RouteAlsoCheapest(&'static str),
    /// No route remains feasible, as a sentence of its own.
    NoRoute,
    /// No route remains feasible, after "सबसे नज़दीकी पलट-बिंदु:" (the same
    /// words in Hindi, which has no capitals).
    NoRouteAfterColon,
}
/// "अगर वॉल्यूम प्रति माह 41.2 million अनुरोध से ऊपर चला जाए (अभी प्रति माह
/// 10 million अनुरोध), तो सिफ़ारिश बदलकर सेल्फ़-होस्टिंग हो जाती है, और तब सबसे
/// सस्ता विकल्प भी यही होता है।"
fn recommended_flip(
    input: FlipInput,
    direction: Direction,
    subject: FlipSubject,
    at: &str,
    now: &str,
) -> String {
    match (input, direction) {
        (FlipInput::RequestsPerMonth, Direction::Above) => match subject {
            FlipSubject::Route(who) => format!("अगर वॉल्यूम {at} से ऊपर चला जाए (अभी {now}), तो सिफ़ारिश बदलकर {who} हो जाती है।"),
            FlipSubject::RouteAlsoCheapest(who) => format!("अगर वॉल्यूम {at} से ऊपर चला जाए (अभी {now}), तो सिफ़ारिश बदलकर {who} हो जाती है, और तब सबसे सस्ता विकल्प भी यही होता है।"),
            FlipSubject::NoRoute | FlipSubject::NoRouteAfterColon => format!("अगर वॉल्यूम {at} से ऊपर चला जाए (अभी {now}), तो कोई भी विकल्प व्यवहार्य नहीं रहता।"),
        },
        (FlipInput::RequestsPerMonth, Direction::Below) => match subject {
            FlipSubject::Route(who) => format!("अगर वॉल्यूम {at} से नीचे आ जाए (अभी {now}), तो सिफ़ारिश बदलकर {who} हो जाती है।"),
            FlipSubject::RouteAlsoCheapest(who) => format!("अगर वॉल्यूम {at} से नीचे आ जाए (अभी {now}), तो सिफ़ारिश बदलकर {who} हो जाती है, और तब सबसे सस्ता विकल्प भी यही होता है।"),
            FlipSubject::NoRoute | FlipSubject::NoRouteAfterColon => format!("अगर वॉल्यूम {at} से नीचे आ जाए (अभी {now}), तो कोई भी विकल्प व्यवहार्य नहीं रहता।"),
        },
        (FlipInput::ClosedPrice, Direction::Above) => match subject {
            FlipSubject::Route(who) => format!("अगर क्लोज़्ड मॉडल की क़ीमतें बढ़कर {at} हो जाएँ, तो सिफ़ारिश बदलकर {who} हो जाती है।"),
            FlipSubject::RouteAlsoCheapest(who) => format!("अगर क्लोज़्ड मॉडल की क़ीमतें बढ़कर {at} हो जाएँ, तो सिफ़ारिश बदलकर {who} हो जाती है, और तब सबसे सस्ता विकल्प भी यही होता है।"),
            FlipSubject::NoRoute | FlipSubject::NoRouteAfterColon => format!("अगर क्लोज़्ड मॉडल की क़ीमतें बढ़कर {at} हो जाएँ, तो कोई भी विकल्प व्यवहार्य नहीं रहता।"),
        },
        (FlipInput::ClosedPrice, Direction::Below) => match subject {
            FlipSubject::Route(who) => format!("अगर क्लोज़्ड मॉडल की क़ीमतें घटकर {at} रह जाएँ, तो सिफ़ारिश बदलकर {who} हो जाती है।"),
            FlipSubject::RouteAlsoCheapest(who) => format!("अगर क्लोज़्ड मॉडल की क़ीमतें घटकर {at} रह जाएँ, तो सिफ़ारिश बदलकर {who} हो जाती है, और तब सबसे सस्ता विकल्प भी यही होता है।"),
            FlipSubject::NoRoute | FlipSubject::NoRouteAfterColon => format!("अगर क्लोज़्ड मॉडल की क़ीमतें घटकर {at} रह जाएँ, तो कोई भी विकल्प व्यवहार्य नहीं रहता।"),
        },
        (FlipInput::ManagedPrice, Direction::Above) => match subject {
            FlipSubject::Route(who) => format!("अगर मैनेज्ड एंडपॉइंट की क़ीमतें बढ़कर {at} हो जाएँ, तो सिफ़ारिश बदलकर {who} हो जाती है।"),
            FlipSubject::RouteAlsoCheapest(who) => format!("अगर मैनेज्ड एंडपॉइंट की क़ीमतें बढ़कर {at} हो जाएँ, तो सिफ़ारिश बदलकर {who} हो जाती है, और तब सबसे सस्ता विकल्प भी यही होता है।"),
            FlipSubject::NoRoute | FlipSubject::NoRouteAfterColon => format!("अगर मैनेज्ड एंडपॉइंट की क़ीमतें बढ़कर {at} हो जाएँ, तो कोई भी विकल्प व्यवहार्य नहीं रहता।"),
        },
        (FlipInput::ManagedPrice, Direction::Below) => match subject {
            FlipSubject::Route(who) => format!("अगर मैनेज्ड एंडपॉइंट की क़ीमतें घटकर {at} रह जाएँ, तो सिफ़ारिश बदलकर {who} हो जाती है।"),
            FlipSubject::RouteAlsoCheapest(who) => format!("अगर मैनेज्ड एंडपॉइंट की क़ीमतें घटकर {at} रह जाएँ, तो सिफ़ारिश बदलकर {who} हो जाती है, और तब सबसे सस्ता विकल्प भी यही होता है।"),
            FlipSubject::NoRoute | FlipSubject::NoRouteAfterColon => format!("अगर मैनेज्ड एंडपॉइंट की क़ीमतें घटकर {at} रह जाएँ, तो कोई भी विकल्प व्यवहार्य नहीं रहता।"),
        },
        (FlipInput::GpuPrice, Direction::Above) => match subject {
            FlipSubject::Route(who) => format!("अगर GPU की क़ीमत {at} से ऊपर चली जाए (अभी {now}), तो सिफ़ारिश बदलकर {who} हो जाती है।"),
            FlipSubject::RouteAlsoCheapest(who) => format!("अगर GPU की क़ीमत {at} से ऊपर चली जाए (अभी {now}), तो सिफ़ारिश बदलकर {who} हो जाती है, और तब सबसे सस्ता विकल्प भी यही होता है।"),
            FlipSubject::NoRoute | FlipSubject::NoRouteAfterColon => format!("अगर GPU की क़ीमत {at} से ऊपर चली जाए (अभी {now}), तो कोई भी विकल्प व्यवहार्य नहीं रहता।"),
        },
        (FlipInput::GpuPrice, Direction::Below) => match subject {
            FlipSubject::Route(who) => format!("अगर GPU की क़ीमत {at} से नीचे आ जाए (अभी {now}), तो सिफ़ारिश बदलकर {who} हो जाती है।"),
            FlipSubject::RouteAlsoCheapest(who) => format!("अगर GPU की क़ीमत {at} से नीचे आ जाए (अभी {now}), तो सिफ़ारिश बदलकर {who} हो जाती है, और तब सबसे सस्ता विकल्प भी यही होता है।"),
            FlipSubject::NoRoute | FlipSubject::NoRouteAfterColon => format!("अगर GPU की क़ीमत {at} से नीचे आ जाए (अभी {now}), तो कोई भी विकल्प व्यवहार्य नहीं रहता।"),
        },
        (FlipInput::GpuUtilisation, Direction::Above) => match subject {
            FlipSubject::Route(who) => format!("अगर फ़्लीट {at} से ऊपर चलाई जाए (अभी {now}), तो सिफ़ारिश बदलकर {who} हो जाती है।"),
            FlipSubject::RouteAlsoCheapest(who) => format!("अगर फ़्लीट {at} से ऊपर चलाई जाए (अभी {now}), तो सिफ़ारिश बदलकर {who} हो जाती है, और तब सबसे सस्ता विकल्प भी यही होता है।"),
            FlipSubject::NoRoute | FlipSubject::NoRouteAfterColon => format!("अगर फ़्लीट {at} से ऊपर चलाई जाए (अभी {now}), तो कोई भी विकल्प व्यवहार्य नहीं रहता।"),
        },
        (FlipInput::GpuUtilisation, Direction::Below) => match subject {
            FlipSubject::Route(who) => format!("अगर फ़्लीट {at} से नीचे चलाई जाए (अभी {now}), तो सिफ़ारिश बदलकर {who} हो जाती है।"),
            FlipSubject::RouteAlsoCheapest(who) => format!("अगर फ़्लीट {at} से नीचे चलाई जाए (अभी {now}), तो सिफ़ारिश बदलकर {who} हो जाती है, और तब सबसे सस्ता विकल्प भी यही होता है।"),
            FlipSubject::NoRoute | FlipSubject::NoRouteAfterColon => format!("अगर फ़्लीट {at} से नीचे चलाई जाए (अभी {now}), तो कोई भी विकल्प व्यवहार्य नहीं रहता।"),
        },
        (FlipInput::MlTeamSize, Direction::Above) => match subject {
            FlipSubject::Route(who) => format!("अगर कम से कम {at} मौजूद हों (अभी {now}), तो सिफ़ारिश बदलकर {who} हो जाती है।"),
            FlipSubject::RouteAlsoCheapest(who) => format!("अगर कम से कम {at} मौजूद हों (अभी {now}), तो सिफ़ारिश बदलकर {who} हो जाती है, और तब सबसे सस्ता विकल्प भी यही होता है।"),
            FlipSubject::NoRoute | FlipSubject::NoRouteAfterColon => format!("अगर कम से कम {at} मौजूद हों (अभी {now}), तो कोई भी विकल्प व्यवहार्य नहीं रहता।"),
        },
        (FlipInput::MlTeamSize, Direction::Below) => match subject {
            FlipSubject::Route(who) => format!("अगर ज़्यादा से ज़्यादा {at} ही मौजूद हों (अभी {now}), तो सिफ़ारिश बदलकर {who} हो जाती है।"),
            FlipSubject::RouteAlsoCheapest(who) => format!("अगर ज़्यादा से ज़्यादा {at} ही मौजूद हों (अभी {now}), तो सिफ़ारिश बदलकर {who} हो जाती है, और तब सबसे सस्ता विकल्प भी यही होता है।"),
            FlipSubject::NoRoute | FlipSubject::NoRouteAfterColon => format!("अगर ज़्यादा से ज़्यादा {at} ही मौजूद हों (अभी {now}), तो कोई भी विकल्प व्यवहार्य नहीं रहता।"),
        },
        (FlipInput::AccuracyNeed, Direction::Above) => match subject {
            FlipSubject::Route(who) => format!("अगर सटीकता की ज़रूरत {at} होती (अभी {now}), तो सिफ़ारिश बदलकर {who} हो जाती।"),
            FlipSubject::RouteAlsoCheapest(who) => format!("अगर सटीकता की ज़रूरत {at} होती (अभी {now}), तो सिफ़ारिश बदलकर {who} हो जाती, और तब सबसे सस्ता विकल्प भी यही होता।"),
            FlipSubject::NoRoute | FlipSubject::NoRouteAfterColon => format!("अगर सटीकता की ज़रूरत {at} होती (अभी {now}), तो कोई भी विकल्प व्यवहार्य न रहता।"),
        },
        (FlipInput::AccuracyNeed, Direction::Below) => match subject {
            FlipSubject::Route(who) => format!("अगर सटीकता की ज़रूरत {at} होती (अभी {now}), तो सिफ़ारिश बदलकर {who} हो जाती।"),
            FlipSubject::RouteAlsoCheapest(who) => format!("अगर सटीकता की ज़रूरत {at} होती (अभी {now}), तो सिफ़ारिश बदलकर {who} हो जाती, और तब सबसे सस्ता विकल्प भी यही होता।"),
            FlipSubject::NoRoute | FlipSubject::NoRouteAfterColon => format!("अगर सटीकता की ज़रूरत {at} होती (अभी {now}), तो कोई भी विकल्प व्यवहार्य न रहता।"),
        },
        (FlipInput::HorizonMonths, Direction::Above) => match subject {
            FlipSubject::Route(who) => format!("अगर गणना अवधि कम से कम {at} हो (अभी {now}), तो सिफ़ारिश बदलकर {who} हो जाती है।"),
            FlipSubject::RouteAlsoCheapest(who) => format!("अगर गणना अवधि कम से कम {at} हो (अभी {now}), तो सिफ़ारिश बदलकर {who} हो जाती है, और तब सबसे सस्ता विकल्प भी यही होता है।"),
            FlipSubject::NoRoute | FlipSubject::NoRouteAfterColon => format!("अगर गणना अवधि कम से कम {at} हो (अभी {now}), तो कोई भी विकल्प व्यवहार्य नहीं रहता।"),
        },
        (FlipInput::HorizonMonths, Direction::Below) => match subject {
            FlipSubject::Route(who) => format!("अगर गणना अवधि ज़्यादा से ज़्यादा {at} हो (अभी {now}), तो सिफ़ारिश बदलकर {who} हो जाती है।"),
            FlipSubject::RouteAlsoCheapest(who) => format!("अगर गणना अवधि ज़्यादा से ज़्यादा {at} हो (अभी {now}), तो सिफ़ारिश बदलकर {who} हो जाती है, और तब सबसे सस्ता विकल्प भी यही होता है।"),
            FlipSubject::NoRoute | FlipSubject::NoRouteAfterColon => format!("अगर गणना अवधि ज़्यादा से ज़्यादा {at} हो (अभी {now}), तो कोई भी विकल्प व्यवहार्य नहीं रहता।"),
        },
        (FlipInput::ApiPriceDecline, Direction::Above) => match subject {
            FlipSubject::Route(who) => format!("अगर API की क़ीमतें {at} से ज़्यादा तेज़ी से घटें (अभी {now}), तो सिफ़ारिश बदलकर {who} हो जाती है।"),
            FlipSubject::RouteAlsoCheapest(who) => format!("अगर API की क़ीमतें {at} से ज़्यादा तेज़ी से घटें (अभी {now}), तो सिफ़ारिश बदलकर {who} हो जाती है, और तब सबसे सस्ता विकल्प भी यही होता है।"),
            FlipSubject::NoRoute | FlipSubject::NoRouteAfterColon => format!("अगर API की क़ीमतें {at} से ज़्यादा तेज़ी से घटें (अभी {now}), तो कोई भी विकल्प व्यवहार्य नहीं रहता।"),
        },
        (FlipInput::ApiPriceDecline, Direction::Below) => match subject {
            FlipSubject::Route(who) => format!("अगर API की क़ीमतें {at} से धीमी रफ़्तार से घटें (अभी {now}), तो सिफ़ारिश बदलकर {who} हो जाती है।"),
            FlipSubject::RouteAlsoCheapest(who) => format!("अगर API की क़ीमतें {at} से धीमी रफ़्तार से घटें (अभी {now}), तो सिफ़ारिश बदलकर {who} हो जाती है, और तब सबसे सस्ता विकल्प भी यही होता है।"),
            FlipSubject::NoRoute | FlipSubject::NoRouteAfterColon => format!("अगर API की क़ीमतें {at} से धीमी रफ़्तार से घटें (अभी {now}), तो कोई भी विकल्प व्यवहार्य नहीं रहता।"),
        },
    }
}

/// "अगर GPU की क़ीमत $4.10 प्रति GPU-घंटा से ऊपर चली जाए (अभी $2.99 प्रति
/// GPU-घंटा), तो सबसे सस्ता विकल्प क्लोज़्ड API हो जाता है।"
fn cheapest_flip(
    input: FlipInput,
    direction: Direction,
    subject: FlipSubject,
    at: &str,
    now: &str,
) -> String {
    match (input, direction) {
        (FlipInput::RequestsPerMonth, Direction::Above) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => format!("अगर वॉल्यूम {at} से ऊपर चला जाए (अभी {now}), तो सबसे सस्ता विकल्प {who} हो जाता है।"),
            FlipSubject::NoRoute | FlipSubject::NoRouteAfterColon => format!("अगर वॉल्यूम {at} से ऊपर चला जाए (अभी {now}), तो कोई भी विकल्प व्यवहार्य नहीं रहता।"),
        },
        (FlipInput::RequestsPerMonth, Direction::Below) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => format!("अगर वॉल्यूम {at} से नीचे आ जाए (अभी {now}), तो सबसे सस्ता विकल्प {who} हो जाता है।"),
            FlipSubject::NoRoute | FlipSubject::NoRouteAfterColon => format!("अगर वॉल्यूम {at} से नीचे आ जाए (अभी {now}), तो कोई भी विकल्प व्यवहार्य नहीं रहता।"),
        },
        (FlipInput::ClosedPrice, Direction::Above) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => format!("अगर क्लोज़्ड मॉडल की क़ीमतें बढ़कर {at} हो जाएँ, तो सबसे सस्ता विकल्प {who} हो जाता है।"),
            FlipSubject::NoRoute | FlipSubject::NoRouteAfterColon => format!("अगर क्लोज़्ड मॉडल की क़ीमतें बढ़कर {at} हो जाएँ, तो कोई भी विकल्प व्यवहार्य नहीं रहता।"),
        },
        (FlipInput::ClosedPrice, Direction::Below) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => format!("अगर क्लोज़्ड मॉडल की क़ीमतें घटकर {at} रह जाएँ, तो सबसे सस्ता विकल्प {who} हो जाता है।"),
            FlipSubject::NoRoute | FlipSubject::NoRouteAfterColon => format!("अगर क्लोज़्ड मॉडल की क़ीमतें घटकर {at} रह जाएँ, तो कोई भी विकल्प व्यवहार्य नहीं रहता।"),
        },
        (FlipInput::ManagedPrice, Direction::Above) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => format!("अगर मैनेज्ड एंडपॉइंट की क़ीमतें बढ़कर {at} हो जाएँ, तो सबसे सस्ता विकल्प {who} हो जाता है।"),
            FlipSubject::NoRoute | FlipSubject::NoRouteAfterColon => format!("अगर मैनेज्ड एंडपॉइंट की क़ीमतें बढ़कर {at} हो जाएँ, तो कोई भी विकल्प व्यवहार्य नहीं रहता।"),
        },
        (FlipInput::ManagedPrice, Direction::Below) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => format!("अगर मैनेज्ड एंडपॉइंट की क़ीमतें घटकर {at} रह जाएँ, तो सबसे सस्ता विकल्प {who} हो जाता है।"),
            FlipSubject::NoRoute | FlipSubject::NoRouteAfterColon => format!("अगर मैनेज्ड एंडपॉइंट की क़ीमतें घटकर {at} रह जाएँ, तो कोई भी विकल्प व्यवहार्य नहीं रहता।"),
        },
        (FlipInput::GpuPrice, Direction::Above) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => format!("अगर GPU की क़ीमत {at} से ऊपर चली जाए (अभी {now}), तो सबसे सस्ता विकल्प {who} हो जाता है।"),
            FlipSubject::NoRoute | FlipSubject::NoRouteAfterColon => format!("अगर GPU की क़ीमत {at} से ऊपर चली जाए (अभी {now}), तो कोई भी विकल्प व्यवहार्य नहीं रहता।"),
        },
        (FlipInput::GpuPrice, Direction::Below) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => format!("अगर GPU की क़ीमत {at} से नीचे आ जाए (अभी {now}), तो सबसे सस्ता विकल्प {who} हो जाता है।"),
            FlipSubject::NoRoute | FlipSubject::NoRouteAfterColon => format!("अगर GPU की क़ीमत {at} से नीचे आ जाए (अभी {now}), तो कोई भी विकल्प व्यवहार्य नहीं रहता।"),
        },
        (FlipInput::GpuUtilisation, Direction::Above) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => format!("अगर फ़्लीट {at} से ऊपर चलाई जाए (अभी {now}), तो सबसे सस्ता विकल्प {who} हो जाता है।"),
            FlipSubject::NoRoute | FlipSubject::NoRouteAfterColon => format!("अगर फ़्लीट {at} से ऊपर चलाई जाए (अभी {now}), तो कोई भी विकल्प व्यवहार्य नहीं रहता।"),
        },
        (FlipInput::GpuUtilisation, Direction::Below) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => format!("अगर फ़्लीट {at} से नीचे चलाई जाए (अभी {now}), तो सबसे सस्ता विकल्प {who} हो जाता है।"),
            FlipSubject::NoRoute | FlipSubject::NoRouteAfterColon => format!("अगर फ़्लीट {at} से नीचे चलाई जाए (अभी {now}), तो कोई भी विकल्प व्यवहार्य नहीं रहता।"),
        },
        (FlipInput::MlTeamSize, Direction::Above) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => format!("अगर कम से कम {at} मौजूद हों (अभी {now}), तो सबसे सस्ता विकल्प {who} हो जाता है।"),
            FlipSubject::NoRoute | FlipSubject::NoRouteAfterColon => format!("अगर कम से कम {at} मौजूद हों (अभी {now}), तो कोई भी विकल्प व्यवहार्य नहीं रहता।"),
        },
        (FlipInput::MlTeamSize, Direction::Below) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => format!("अगर ज़्यादा से ज़्यादा {at} ही मौजूद हों (अभी {now}), तो सबसे सस्ता विकल्प {who} हो जाता है।"),
            FlipSubject::NoRoute | FlipSubject::NoRouteAfterColon => format!("अगर ज़्यादा से ज़्यादा {at} ही मौजूद हों (अभी {now}), तो कोई भी विकल्प व्यवहार्य नहीं रहता।"),
        },
        (FlipInput::AccuracyNeed, Direction::Above) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => format!("अगर सटीकता की ज़रूरत {at} होती (अभी {now}), तो सबसे सस्ता विकल्प {who} हो जाता।"),
            FlipSubject::NoRoute | FlipSubject::NoRouteAfterColon => format!("अगर सटीकता की ज़रूरत {at} होती (अभी {now}), तो कोई भी विकल्प व्यवहार्य न रहता।"),
        },
        (FlipInput::AccuracyNeed, Direction::Below) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => format!("अगर सटीकता की ज़रूरत {at} होती (अभी {now}), तो सबसे सस्ता विकल्प {who} हो जाता।"),
            FlipSubject::NoRoute | FlipSubject::NoRouteAfterColon => format!("अगर सटीकता की ज़रूरत {at} होती (अभी {now}), तो कोई भी विकल्प व्यवहार्य न रहता।"),
        },
        (FlipInput::HorizonMonths, Direction::Above) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => format!("अगर गणना अवधि कम से कम {at} हो (अभी {now}), तो सबसे सस्ता विकल्प {who} हो जाता है।"),
            FlipSubject::NoRoute | FlipSubject::NoRouteAfterColon => format!("अगर गणना अवधि कम से कम {at} हो (अभी {now}), तो कोई भी विकल्प व्यवहार्य नहीं रहता।"),
        },
        (FlipInput::HorizonMonths, Direction::Below) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => format!("अगर गणना अवधि ज़्यादा से ज़्यादा {at} हो (अभी {now}), तो सबसे सस्ता विकल्प {who} हो जाता है।"),
            FlipSubject::NoRoute | FlipSubject::NoRouteAfterColon => format!("अगर गणना अवधि ज़्यादा से ज़्यादा {at} हो (अभी {now}), तो कोई भी विकल्प व्यवहार्य नहीं रहता।"),
        },
        (FlipInput::ApiPriceDecline, Direction::Above) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => format!("अगर API की क़ीमतें {at} से ज़्यादा तेज़ी से घटें (अभी {now}), तो सबसे सस्ता विकल्प {who} हो जाता है।"),
            FlipSubject::NoRoute | FlipSubject::NoRouteAfterColon => format!("अगर API की क़ीमतें {at} से ज़्यादा तेज़ी से घटें (अभी {now}), तो कोई भी विकल्प व्यवहार्य नहीं रहता।"),
        },
        (FlipInput::ApiPriceDecline, Direction::Below) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => format!("अगर API की क़ीमतें {at} से धीमी रफ़्तार से घटें (अभी {now}), तो सबसे सस्ता विकल्प {who} हो जाता है।"),
            FlipSubject::NoRoute | FlipSubject::NoRouteAfterColon => format!("अगर API की क़ीमतें {at} से धीमी रफ़्तार से घटें (अभी {now}), तो कोई भी विकल्प व्यवहार्य नहीं रहता।"),
        },
    }
}

// Suitability factors

/// "यूज़ केस", "टीम की ML क्षमता": a suitability factor.
pub fn factor_label(factor: FactorId) -> &'static str {
    match factor {
        FactorId::UseCase => "यूज़ केस",
        FactorId::Investment => "निवेश का आकार",
        FactorId::TeamCapability => "टीम की ML क्षमता",
        FactorId::Accuracy => "सटीकता की ज़रूरत",
        FactorId::ServiceSla => "वेंडर की सेवा और SLA",
        FactorId::DataResidency => "डेटा रेज़िडेंसी",
        FactorId::Customisation => "अनुकूलन की गहराई",
        FactorId::Volume => "वॉल्यूम",
        FactorId::TimeToMarket => "जल्द लॉन्च की ज़रूरत",
        FactorId::LockIn => "लॉक-इन से परहेज़",
        FactorId::VendorViability => "वेंडर की टिकाऊ क्षमता",
    }
}

/// "0.5: वॉल्यूम का मुख्य असर लागत में पहले से शामिल है।": why a factor has its default weight.
pub fn factor_weight_reason(factor: FactorId) -> &'static str {
    match factor {
        FactorId::UseCase => "1.5: लेख के मुख्य दावे इसी पर टिके हैं (शोध के लिए ओपन-वेट मॉडल, बड़ी व्यावसायिक परियोजनाओं के लिए क्लोज़्ड मॉडल)।",
        FactorId::TeamCapability => "1.5: यह लेख का दूसरा दावा है: ओपन-वेट मॉडल उन संगठनों के लिए उपयुक्त हैं जिनके अपने इंजीनियर और डेटा साइंटिस्ट हैं।",
        FactorId::Accuracy => "1.25: यह मान लिए गए अंतर पर नहीं, बल्कि गुणवत्ता के मापे गए अंतर पर चलता है, इसलिए तभी गिना जाता है जब ओपन मॉडल पीछे हो।",
        FactorId::ServiceSla | FactorId::DataResidency | FactorId::Customisation | FactorId::TimeToMarket | FactorId::LockIn => {
            "1.0: ऐसे फ़ैसलों में अक्सर यही बात सौदा बनाती या बिगाड़ती है।"
        }
        FactorId::Investment => "0.75: यह टीम की तुलना में कमज़ोर संकेत है।",
        FactorId::Volume => "0.5: वॉल्यूम का मुख्य असर लागत में पहले से शामिल है।",
        FactorId::VendorViability => "0.5: यह वेंडरों की भविष्य की सेहत के बारे में एक अनुमान भर है।",
    }
}

/// The profile's value on a factor: "शैक्षणिक शोध", "$20 लाख",
/// "3 ML कर्मचारी मौजूद, सेल्फ़-होस्टिंग के लिए ज़रूरी 7 का 43%".
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

/// "शैक्षणिक शोध": the use case as a factor value (the form's words).
pub fn use_case_value(use_case: UseCase) -> &'static str {
    match use_case {
        UseCase::AcademicResearch => "शैक्षणिक शोध",
        UseCase::InternalTool => "आंतरिक टूल",
        UseCase::CustomerFacing => "ग्राहकों के लिए उत्पाद",
        UseCase::MissionCritical => "मिशन-क्रिटिकल प्रणाली",
    }
}

/// "आंतरिक टूल किसी भी विकल्प पर चल सकता है; …": why the use case scores the routes as it does.
pub fn use_case_reason(use_case: UseCase) -> &'static str {
    match use_case {
        UseCase::AcademicResearch => "शोध के लिए ऐसे वेट्स चाहिए जिन्हें एक तय संस्करण पर रोका, जाँचा और साझा किया जा सके, ताकि नतीजे दोहराए जा सकें (किसी प्रदाता पर या अपने GPU पर); लेख के अनुसार भी ओपन मॉडल शैक्षणिक शोध के लिए उपयुक्त हैं।",
        UseCase::InternalTool => "आंतरिक टूल किसी भी विकल्प पर चल सकता है; प्रति-टोकन वाले विकल्प चलाने में सबसे सरल हैं।",
        UseCase::CustomerFacing => "जिस उत्पाद को ग्राहक इस्तेमाल करते हैं, उसे स्थिर गुणवत्ता और बाहरी सेवा चाहिए; लेख के अनुसार बड़ी व्यावसायिक परियोजनाएँ क्लोज़्ड मॉडल को तरजीह देती हैं।",
        UseCase::MissionCritical => "जिस प्रणाली के बिना कारोबार नहीं चल सकता, उसे या तो वेंडर की सेवा चाहिए (क्लोज़्ड API) या पूरा नियंत्रण (अपने GPU); किसी तीसरे पक्ष का एंडपॉइंट इनमें से कुछ भी पूरी तरह नहीं देता।",
    }
}

/// "$100,000 से कम के निवेश में …": the investment factor's reason below `small_usd`.
pub fn investment_small_reason(small_usd: f64) -> String {
    format!(
        "{} से कम के निवेश में GPU फ़्लीट और प्लेटफ़ॉर्म टीम का बोझ नहीं उठाया जा सकता; प्रति टोकन भुगतान करना ही ठीक है।",
        format::money_words(small_usd, Currency::Usd)
    )
}
/// "$100,000 से $1 million के बीच: …": the investment factor's reason between the bands.
pub fn investment_medium_reason(small_usd: f64, large_usd: f64) -> String {
    format!(
        "{} से {} के बीच: हर विकल्प बजट में आ जाता है; प्रति-टोकन वाले विकल्पों में कम पूँजी फँसती है।",
        format::money_words(small_usd, Currency::Usd),
        format::money_words(large_usd, Currency::Usd)
    )
}
/// The investment factor's reason from $1 million.
pub const INVESTMENT_LARGE_REASON: &str = "लेख के अनुसार दसियों लाख से लेकर करोड़ों डॉलर तक के निवेश वाली परियोजनाएँ भी आज पहले क्लोज़्ड मॉडल ही चुनती हैं।";

/// "3 ML कर्मचारी मौजूद, सेल्फ़-होस्टिंग के लिए ज़रूरी 7 का 43%"
pub fn team_value(team_fte: f64, coverage: f64, need_fte: f64) -> String {
    format!(
        "{} ML कर्मचारी मौजूद, सेल्फ़-होस्टिंग के लिए ज़रूरी {} का {}",
        format::significant(team_fte),
        format::significant(need_fte),
        format::percent(coverage)
    )
}

/// The team capability factor's reason.
pub const TEAM_REASON: &str = "ओपन-वेट मॉडल उन संगठनों के लिए फ़ायदेमंद हैं जिनके अपने इंजीनियर और डेटा साइंटिस्ट हैं (लेख के अनुसार Microsoft मुख्य रूप से उन्हीं को Llama की सलाह देता है); ऐसी टीम न हो तो काम क्लोज़्ड API सँभालता है।";

/// "उच्च; बेंचमार्क पर क्लोज़्ड मॉडल मैनेज्ड से 40 अंक और सेल्फ़-होस्टेड से 52 अंक आगे",
/// or "मध्यम; गुणवत्ता का अंतर अज्ञात" when `gap_points` is None.
pub fn accuracy_value(need: Level, gap_points: Option<(f64, f64)>) -> String {
    match gap_points {
        Some((managed, hosted)) => format!(
            "{}; बेंचमार्क पर क्लोज़्ड मॉडल मैनेज्ड से {} अंक और सेल्फ़-होस्टेड से {} अंक आगे",
            level_lower(need),
            format::fixed(managed, 0),
            format::fixed(hosted, 0)
        ),
        None => format!("{}; गुणवत्ता का अंतर अज्ञात", level_lower(need)),
    }
}

/// The accuracy factor's reason.
pub const ACCURACY_REASON: &str = "सटीकता की ज़रूरत जितनी ऊँची हो और ओपन मॉडल क्लोज़्ड मॉडल से जितना पीछे हो, क्लोज़्ड API को उतनी ही ज़्यादा बढ़त मिलती है (गुणवत्ता कार्यक्रम की लागत भी लागत मॉडल में शामिल है)।";

/// "ज़रूरी" or "ज़रूरी नहीं": whether a vendor SLA is needed.
pub fn sla_value(needed: bool) -> &'static str {
    if needed {
        "ज़रूरी"
    } else {
        "ज़रूरी नहीं"
    }
}

/// "वेंडर के SLA की ज़रूरत नहीं है, …": the SLA factor's reason.
pub fn sla_reason(needed: bool) -> &'static str {
    if needed {
        "वेंडर का SLA ज़रूरी है: क्लोज़्ड वेंडर और क्लाउड एंडपॉइंट इसे बेचते हैं; सेल्फ़-होस्टिंग में ऑन-कॉल की व्यवस्था ख़ुद करनी पड़ती है।"
    } else {
        "वेंडर के SLA की ज़रूरत नहीं है, इसलिए इससे किसी विकल्प को बढ़त नहीं मिलती।"
    }
}

/// "देश के भीतर", "एयर-गैप्ड": a data residency requirement as a factor value.
pub fn residency_value(residency: DataResidency) -> &'static str {
    match residency {
        DataResidency::None => "कोई पाबंदी नहीं",
        DataResidency::InCountry => "देश के भीतर",
        DataResidency::OnPremises => "अपने परिसर में",
        DataResidency::AirGapped => "एयर-गैप्ड",
    }
}

/// "डेटा कहीं भी जा सकता है, …": the data residency factor's reason.
pub fn residency_reason(residency: DataResidency) -> &'static str {
    match residency {
        DataResidency::None => "डेटा कहीं भी जा सकता है, इसलिए किसी विकल्प को बढ़त नहीं मिलती।",
        DataResidency::InCountry => "डेटा को देश के भीतर ही रहना है: सेल्फ़-होस्टिंग में डेटा वहीं रहता है जहाँ वह है; क्लाउड एंडपॉइंट के लिए देश के भीतर का रीजन चाहिए; क्लोज़्ड वेंडरों की क्षेत्रीय पेशकशें और भी सीमित हैं।",
        DataResidency::OnPremises => "डेटा परिसर से बाहर नहीं जा सकता: यह शर्त केवल अपने GPU पूरी करते हैं (यह एक अनिवार्य शर्त भी है)।",
        DataResidency::AirGapped => "बाहरी दुनिया से कोई नेटवर्क संपर्क नहीं हो सकता: यह शर्त केवल अपने GPU पूरी करते हैं (यह एक अनिवार्य शर्त भी है)।",
    }
}

/// "निजी डेटा पर फ़ाइन-ट्यूनिंग": a customisation depth as a factor value.
pub fn customisation_value(customisation: Customisation) -> &'static str {
    match customisation {
        Customisation::PromptOnly => "केवल प्रॉम्प्टिंग",
        Customisation::Retrieval => "रिट्रीवल (RAG)",
        Customisation::FineTuning => "निजी डेटा पर फ़ाइन-ट्यूनिंग",
        Customisation::Deep => "मॉडल में गहरे बदलाव",
    }
}

/// "रिट्रीवल हर विकल्प पर एक जैसा काम करता है।": the customisation factor's reason.
pub fn customisation_reason(customisation: Customisation) -> &'static str {
    match customisation {
        Customisation::PromptOnly => "केवल प्रॉम्प्टिंग: ट्रेन करने को कुछ नहीं है, इसलिए प्रति-टोकन API सबसे सरल है।",
        Customisation::Retrieval => "रिट्रीवल (RAG) हर विकल्प पर एक जैसा काम करता है।",
        Customisation::FineTuning => "निजी डेटा पर फ़ाइन-ट्यूनिंग: ओपन-वेट मॉडल को खुलकर ट्यून किया जा सकता है (मैनेज्ड एंडपॉइंट पर अडैप्टर, अपने GPU पर कुछ भी); क्लोज़्ड वेंडर गिने-चुने मॉडल ही ट्यून करने देते हैं, और वह भी अपनी शर्तों पर।",
        Customisation::Deep => "आगे प्री-ट्रेनिंग या डिस्टिलेशन के लिए ख़ुद वेट्स चाहिए: यह केवल सेल्फ़-होस्टिंग में संभव है।",
    }
}

/// "प्रति माह 41.2 billion टोकन": the volume factor's value.
pub fn volume_value(tokens_per_month: f64) -> String {
    format!("प्रति माह {} टोकन", format::count_words(tokens_per_month))
}

/// The volume factor's reason under 100 million (10 करोड़) tokens a month.
pub const VOLUME_TINY_REASON: &str =
    "प्रति माह 10 करोड़ से कम टोकन पर GPU फ़्लीट ज़्यादातर समय ख़ाली बैठी रहेगी।";
/// The volume factor's reason from 100 million to 1 billion (10 से 100 करोड़) tokens a month.
pub const VOLUME_SMALL_REASON: &str =
    "प्रति माह 10 करोड़ से 100 करोड़ टोकन: अलग से समर्पित फ़्लीट के लिए यह अब भी कम है।";
/// The volume factor's reason from 1 to 10 billion (100 से 1,000 करोड़) tokens a month.
pub const VOLUME_MEDIUM_REASON: &str =
    "प्रति माह 100 करोड़ से 1,000 करोड़ टोकन: अकेले वॉल्यूम से फ़ैसला नहीं होता।";
/// The volume factor's reason from 10 to 100 billion (1,000 से 10,000 करोड़) tokens a month.
pub const VOLUME_LARGE_REASON: &str =
    "प्रति माह 1,000 करोड़ से 10,000 करोड़ टोकन: रेट लिमिट और प्रति-टोकन बिल भारी पड़ने लगते हैं।";
/// The volume factor's reason over 100 billion (10,000 करोड़) tokens a month.
pub const VOLUME_HUGE_REASON: &str = "प्रति माह 10,000 करोड़ से ज़्यादा टोकन: लगातार व्यस्त रहने वाली अपनी फ़्लीट प्रति टोकन सबसे सस्ती पड़ती है, और उस पर कोई रेट लिमिट नहीं होती।";

/// "कुछ जल्दी है: …": the time-to-market factor's reason.
pub fn urgency_reason(urgency: Level) -> &'static str {
    match urgency {
        Level::High => {
            "जल्दी लाइव होना हो तो वह API बेहतर है जो आज ही काम करता है; सेल्फ़-होस्टिंग के लिए भर्ती और सेटअप चाहिए।"
        }
        Level::Medium => "कुछ जल्दी है: प्रति-टोकन वाले विकल्प जल्दी शुरू हो जाते हैं।",
        Level::Low => {
            "कोई जल्दी नहीं है: यहाँ सेटअप में लगने वाला समय मायने नहीं रखता (उसकी लागत लागत मॉडल में शामिल है)।"
        }
    }
}

/// "यहाँ लॉक-इन कोई चिंता नहीं है।": the lock-in factor's reason.
pub fn lock_in_reason(aversion: Level) -> &'static str {
    match aversion {
        Level::High => "ओपन-वेट मॉडल को एक प्रदाता से दूसरे पर या संगठन के भीतर ले जाया जा सकता है; क्लोज़्ड मॉडल प्रॉम्प्ट, ट्यूनिंग और मूल्यांकन को एक ही वेंडर से बाँध देता है।",
        Level::Medium => "लॉक-इन की कुछ चिंता है: ओपन-वेट मॉडल बाहर निकलने का रास्ता खुला रखते हैं।",
        Level::Low => "यहाँ लॉक-इन कोई चिंता नहीं है।",
    }
}

/// "क्लोज़्ड: OpenAI; मैनेज्ड: अज्ञात": the vendors as a factor value (empty = unknown).
pub fn vendors_value(closed_vendor: &str, managed_provider: &str) -> String {
    let known = |name: &str| {
        if name.is_empty() {
            "अज्ञात".to_owned()
        } else {
            name.to_owned()
        }
    };
    format!(
        "क्लोज़्ड: {}; मैनेज्ड: {}",
        known(closed_vendor),
        known(managed_provider)
    )
}

/// The vendor viability factor's reason.
pub const VENDOR_VIABILITY_REASON: &str = "लेख के अनुसार वेंडर तीन तरह के हैं: क्लाउड प्रदाता (और क्लाउड के साथ मॉडल भी बनाने वाली कंपनियाँ) स्थिर हैं; नए मॉडल निर्माता क़ीमतों की होड़ में पिस रहे हैं; और जो वेट्स आपके पास हैं, वे उनके निर्माता के साथ कुछ भी हो, काम करते रहते हैं।";

// Hard constraints

/// Why deep customisation excludes the closed API.
pub const EXCLUDED_DEEP_CUSTOMISATION: &str = "मॉडल में ही बदलाव करने (requirements.customisation = deep: आगे प्री-ट्रेनिंग या डिस्टिलेशन) के लिए वेट्स चाहिए, और क्लोज़्ड API वेट्स नहीं देता।";

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
pub const ARTICLE_REASON_RESEARCH: &str = "लेख का कहना है कि ओपन मॉडल शैक्षणिक शोध के लिए मूल्यवान हैं।";
/// The article's reason for customer-facing and mission-critical projects.
pub const ARTICLE_REASON_COMMERCIAL: &str = "लेख का कहना है कि जिन बड़ी व्यावसायिक परियोजनाओं को सटीकता, दक्षता और बाहरी सेवा चाहिए, उनके लिए क्लोज़्ड मॉडल ही समझदारी का चुनाव है।";
/// The article's reason for an internal tool with a large investment or a high accuracy need.
pub const ARTICLE_REASON_LARGE_OR_ACCURATE: &str = "लेख का कहना है कि दसियों लाख डॉलर के निवेश वाली, या ऊँची सटीकता माँगने वाली परियोजनाएँ आज भी पहले क्लोज़्ड मॉडल ही चुनती हैं।";
/// The article's reason for a small internal tool.
pub const ARTICLE_REASON_DEFAULT: &str = "लेख का कहना है कि तकनीक और सेवा की लागत जोड़ते ही “मुफ़्त” ओपन मॉडल के सस्ते होने का भ्रम टूट जाता है; व्यावसायिक काम के लिए लेख का डिफ़ॉल्ट चुनाव क्लोज़्ड मॉडल है।";

/// "क्लोज़्ड API" or "ओपन-वेट मॉडल" inside a sentence.
pub fn family_name_lower(family: Family) -> &'static str {
    match family {
        Family::Closed => route_name_lower(RouteId::ClosedApi),
        Family::OpenWeights => "ओपन-वेट मॉडल",
    }
}

/// The article check when no route is feasible.
pub const ARTICLE_NO_ROUTE: &str =
    "कोई भी विकल्प व्यवहार्य नहीं है, इसलिए लेख का सुझाया चुनाव अपनाया नहीं जा सकता।";

/// "लेख का निष्कर्ष यहाँ भी सही बैठता है: आँकड़े भी ओपन-वेट मॉडल की ओर इशारा करते हैं।"
pub fn article_holds(family: Family) -> String {
    format!(
        "लेख का निष्कर्ष यहाँ भी सही बैठता है: आँकड़े भी {} की ओर इशारा करते हैं।",
        family_name_lower(family)
    )
}

/// "लेख का निष्कर्ष यहाँ सही नहीं बैठता: आँकड़े इसके बजाय ओपन-वेट मॉडल की ओर
/// इशारा करते हैं[, क्योंकि लेख इन बातों को हिसाब में नहीं लेता: a; b]।" (`why_not` may be empty.)
pub fn article_does_not_hold(engine: Family, why_not: &[WhyNot]) -> String {
    if why_not.is_empty() {
        format!(
            "लेख का निष्कर्ष यहाँ सही नहीं बैठता: आँकड़े इसके बजाय {} की ओर इशारा करते हैं।",
            family_name_lower(engine)
        )
    } else {
        format!(
            "लेख का निष्कर्ष यहाँ सही नहीं बैठता: आँकड़े इसके बजाय {} की ओर इशारा करते हैं, क्योंकि लेख इन बातों को हिसाब में नहीं लेता: {}।",
            family_name_lower(engine),
            why_not_list(why_not)
        )
    }
}

/// The things the article leaves out, as a list: "बहुत भारी वॉल्यूम (प्रति माह
/// 41.2 billion टोकन); लॉक-इन से कड़ा परहेज़" (items joined by "; ").
pub fn why_not_list(items: &[WhyNot]) -> String {
    items.iter().map(why_not).collect::<Vec<_>>().join("; ")
}

/// One thing the article leaves out: "बहुत भारी वॉल्यूम (प्रति माह 41.2 billion टोकन)".
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

/// "बहुत भारी वॉल्यूम (प्रति माह 41.2 billion टोकन)"
pub fn why_not_high_volume(tokens_per_month: f64) -> String {
    format!(
        "बहुत भारी वॉल्यूम (प्रति माह {} टोकन)",
        format::count_words(tokens_per_month)
    )
}

/// "कम वॉल्यूम (प्रति माह 12 million टोकन), जिस पर GPU ख़ाली पड़े रहेंगे"
pub fn why_not_low_volume(tokens_per_month: f64) -> String {
    format!(
        "कम वॉल्यूम (प्रति माह {} टोकन), जिस पर GPU ख़ाली पड़े रहेंगे",
        format::count_words(tokens_per_month)
    )
}

pub const WHY_NOT_DATA_ON_PREMISES: &str = "डेटा परिसर से बाहर नहीं जा सकता";
pub const WHY_NOT_DEEP_CUSTOMISATION: &str = "गहन अनुकूलन के लिए वेट्स चाहिए";
pub const WHY_NOT_FINE_TUNING: &str = "निजी डेटा पर फ़ाइन-ट्यूनिंग";
pub const WHY_NOT_OWN_TEAM: &str = "संगठन की अपनी ML टीम";
pub const WHY_NOT_LOCK_IN: &str = "लॉक-इन से कड़ा परहेज़";
pub const WHY_NOT_NO_TEAM: &str = "ओपन-वेट मॉडल चलाने के लिए कोई ML टीम नहीं";
pub const WHY_NOT_URGENCY: &str = "जल्दी लाइव होने की ज़रूरत";

// Uncertainty

/// "रेप्लिका का थ्रूपुट": an uncertain input of the Monte Carlo.
pub fn uncertain_input_label(input: UncertainInput) -> &'static str {
    match input {
        // The inputs the flip search also moves keep its labels.
        UncertainInput::RequestsPerMonth => flip_input_label(FlipInput::RequestsPerMonth),
        UncertainInput::ClosedPrice => flip_input_label(FlipInput::ClosedPrice),
        UncertainInput::ManagedPrice => flip_input_label(FlipInput::ManagedPrice),
        UncertainInput::GpuPrice => flip_input_label(FlipInput::GpuPrice),
        UncertainInput::TokenPriceDecline => flip_input_label(FlipInput::ApiPriceDecline),
        UncertainInput::Throughput => "रेप्लिका का थ्रूपुट",
        UncertainInput::StaffCost => "कर्मचारियों की लागत",
        UncertainInput::QualityCost => "गुणवत्ता कार्यक्रम की लागत",
        UncertainInput::ProjectValue => "सेवा के एक महीने का मूल्य",
    }
}

/// "अनुमान (असत्यापित): …": where an uncertain input's default range comes from.
pub fn uncertain_input_source(input: UncertainInput) -> &'static str {
    match input {
        UncertainInput::RequestsPerMonth => "अनुमान (असत्यापित): किसी नई सेवा के पूर्वानुमान में चूक, जो ज़्यादातर ऊपर की ओर होती है (x0.5 से x2)।",
        UncertainInput::ClosedPrice => "संदर्भ शीट 1.6, क़ीमतों का इतिहास: o3 -80% (2025-06), Mistral Large -75%, Claude 3.5 Haiku -20%; क़ीमतें बढ़ती कम ही हैं (x0.5 से x1.1)।",
        UncertainInput::ManagedPrice => "संदर्भ शीट 2: Llama 3.3 70B की पेशकशें Groq के $0.59/$0.79 से लेकर Cerebras के $0.85/$1.20 और Together के $0.88 तक हैं (x0.65 से x1.35)।",
        UncertainInput::GpuPrice => "संदर्भ शीट 5.2 और 5.3: GPU क्लाउड (नियोक्लाउड) में H100 का किराया $2.23 से $4.76 प्रति घंटा है, आम तौर पर $2.99 के आसपास; ख़रीद क़ीमत $25k से $36k, आम तौर पर $31k के आसपास (x0.75 से x1.6)।",
        UncertainInput::Throughput => "संदर्भ शीट 5.1 और 6.2: बैच 1 पर vLLM बैंडविड्थ की सैद्धांतिक सीमा के लगभग 63% तक पहुँचता है; मैट्रिक्स गुणन (matmul) विनिर्देश के 51% से 87% तक पहुँचते हैं (x0.7 से x1.2)।",
        UncertainInput::StaffCost => "संदर्भ शीट 7.1: BLS OEWS मई 2024, माध्यिका के आसपास का अंतरचतुर्थक दायरा (डेटा साइंटिस्ट $82,630 / $112,590 / $155,810) (x0.75 से x1.4)।",
        UncertainInput::QualityCost => "संदर्भ शीट 7.3: लेबलिंग प्रति आइटम $0.04 से लेकर विशेषज्ञ की प्रति प्रेफ़रेंस-जोड़ी $50 तक; लेख के अनुसार क्लोज़्ड मॉडल की बराबरी करने में बहुत लोग, पैसा और समय लगता है (x0.5 से x3)।",
        UncertainInput::ProjectValue => "अनुमान (असत्यापित): सेवा के एक महीने का मूल्य एक अनुमान ही है (x0.5 से x1.5)।",
        UncertainInput::TokenPriceDecline => "संदर्भ शीट 1.6: 5% सालाना की धीमी गिरावट से लेकर 2025 की क़ीमत-होड़ की 40% तक, 20% के डिफ़ॉल्ट के आसपास (x0.25 से x2)।",
    }
}

// Settings problems

/// "0.5 से 1,000 तक की कोई संख्या": what a decision setting accepts (bounds
/// written exactly, by [`format::exact`]).
pub fn settings_allowed_range(low: &str, high: &str) -> String {
    format!("{low} से {high} तक की कोई संख्या")
}

/// "0 से 1,00,000 तक की कोई पूर्ण संख्या": how many Monte Carlo draws are accepted.
pub fn settings_allowed_draws(max: &str) -> String {
    format!("0 से {max} तक की कोई पूर्ण संख्या")
}

// The command line's summary (`--explain`)

/// "सिफ़ारिश: क्लोज़्ड API (विश्वास उच्च, 92%)"
pub fn explain_recommendation(route: RouteId, confidence: f64) -> String {
    format!(
        "सिफ़ारिश: {} (विश्वास {}, {})",
        route_subject(route),
        confidence_lower(Confidence::of(confidence)),
        format::percent(confidence)
    )
}

pub const EXPLAIN_NO_RECOMMENDATION: &str = "सिफ़ारिश: कोई नहीं (कोई भी विकल्प व्यवहार्य नहीं है)";

/// "लेख की जाँच: {summary}"
pub fn explain_article(summary: &ArticleSummary) -> String {
    format!("लेख की जाँच: {}", article_summary(summary))
}

pub const EXPLAIN_WHY: &str = "क्यों:";

/// "स्कोर ({rule}):"
pub fn explain_scores_heading(rule: &Rule) -> String {
    format!("स्कोर ({}):", rule_text(rule))
}

/// "  closed_api     लागत       $12 लाख  लागत स्कोर 1.00  उपयुक्तता  55.0  संयुक्त 0.775"
pub fn explain_score_row(score: &RouteScore, currency: Currency) -> String {
    let cost = score
        .total_cost
        .map(|cost| format::money_words(cost, currency))
        .unwrap_or_else(|| "-".to_owned());
    format!(
        "  {} लागत {}  लागत स्कोर {}  उपयुक्तता {}  संयुक्त {}",
        pad_end(score.route.key(), 14),
        pad_start(&cost, 18),
        format::fixed(score.cost_score, 2),
        pad_start(&format::fixed(score.suitability, 1), 5),
        if score.feasible {
            format::fixed(score.combined, 3)
        } else {
            "बाहर रखा गया".to_owned()
        }
    )
}

pub const EXPLAIN_FACTORS_HEADING: &str = "उपयुक्तता के कारक (क्लोज़्ड / मैनेज्ड / सेल्फ़-होस्टेड के लिए अंक):";

/// "  यूज़ केस                  -6.8 / +6.8 / +6.8   शैक्षणिक शोध"
pub fn explain_factor_row(factor: &Factor) -> String {
    let points: Vec<String> = factor
        .contributions
        .iter()
        .map(|entry| signed_points(entry.points))
        .collect();
    format!(
        "  {} {}   {}",
        pad_end(factor_label(factor.factor), 24),
        pad_start(&points.join(" / "), 18),
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

/// "अनिश्चितता (5,000 नमूने, सीड 20261126):" (the seed as typed, ungrouped).
pub fn explain_uncertainty_heading(draws: u32, seed: u64) -> String {
    let count = format::whole(f64::from(draws));
    match hindi(f64::from(draws)) {
        Plural::One => format!("अनिश्चितता ({count} नमूना, सीड {seed}):"),
        Plural::Other => format!("अनिश्चितता ({count} नमूने, सीड {seed}):"),
    }
}

/// "  closed_api     P10 $1.1 million  P50 …  सबसे सस्ता  88%  सिफ़ारिश  92%"
pub fn explain_range_row(range: &RouteRange, currency: Currency) -> String {
    format!(
        "  {} P10 {}  P50 {}  P90 {}  सबसे सस्ता {}  सिफ़ारिश {}{}",
        pad_end(range.route.key(), 14),
        pad_start(&format::money_words(range.p10, currency), 16),
        pad_start(&format::money_words(range.p50, currency), 16),
        pad_start(&format::money_words(range.p90, currency), 16),
        pad_start(&format::percent(range.probability_cheapest), 4),
        pad_start(&format::percent(range.probability_recommended), 4),
        if range.feasible {
            ""
        } else {
            "  (बाहर रखा गया)"
        }
    )
}

/// "टॉर्नेडो: हर इनपुट को निचले से ऊपरी मान तक ले जाने पर लागत(closed_api) -
/// लागत(self_hosted) का उतार-चढ़ाव:", or of the leader's own cost when there
/// is no other route.
pub fn explain_tornado_heading(leader: RouteId, other: Option<RouteId>) -> String {
    match other {
        Some(other) => format!(
            "टॉर्नेडो: हर इनपुट को निचले से ऊपरी मान तक ले जाने पर लागत({}) - लागत({}) का उतार-चढ़ाव:",
            leader.key(),
            other.key()
        ),
        None => format!(
            "टॉर्नेडो: हर इनपुट को निचले से ऊपरी मान तक ले जाने पर लागत({}) का उतार-चढ़ाव:",
            leader.key()
        ),
    }
}

/// "  GPU की क़ीमत               x0.75 .. x1.6   -$12 लाख .. $4 लाख   उतार-चढ़ाव $16 लाख"
pub fn explain_tornado_row(bar: &TornadoBar, currency: Currency) -> String {
    format!(
        "  {} x{} .. x{}  {} .. {} उतार-चढ़ाव {}",
        pad_end(uncertain_input_label(bar.input), 26),
        format::significant(bar.low),
        format::significant(bar.high),
        pad_start(&format::money_words(bar.difference_at_low, currency), 16),
        pad_end(&format::money_words(bar.difference_at_high, currency), 16),
        format::money_words(bar.swing, currency)
    )
}

pub const EXPLAIN_FLIP_POINTS: &str = "पलट-बिंदु:";

pub const EXPLAIN_FLEET_HEADING: &str = "सेल्फ़-होस्टेड फ़्लीट:";
pub const EXPLAIN_BREAK_EVEN_HEADING: &str =
    "ब्रेक-ईवन (संचयी लागत, और नकद, जिसमें ख़रीदे गए GPU का भुगतान ख़रीद के समय गिना गया है):";

/// "  प्रति रेप्लिका 4 x NVIDIA H100 SXM 80GB, किराये पर, घंटे के हिसाब से
/// ऑटोस्केल; सबसे व्यस्त घंटे में 13 रेप्लिका; बैच 32 (मेमोरी के कारण सीमित)"
/// (रेप्लिका does not change with the count, so one sentence serves every number).
pub fn explain_fleet_row(fleet: &crate::report::Fleet) -> String {
    let gpus = format::whole(f64::from(fleet.gpus_per_replica));
    let gpu = &fleet.gpu_name;
    let how = fleet_plan_in_sentence(fleet.deployment, fleet.rental_plan);
    let replicas = format::whole(f64::from(fleet.replicas));
    let batch = format::whole(f64::from(fleet.batch));
    let limit = super::batch_limit_name(fleet.batch_limit);
    let reserved = format::whole(f64::from(fleet.reserved_replicas));
    if fleet.reserved_replicas > 0 {
        format!("  प्रति रेप्लिका {gpus} x {gpu}, {how}; सबसे व्यस्त घंटे में {replicas} रेप्लिका (इनमें {reserved} आरक्षित); बैच {batch} ({limit} के कारण सीमित)")
    } else {
        format!("  प्रति रेप्लिका {gpus} x {gpu}, {how}; सबसे व्यस्त घंटे में {replicas} रेप्लिका; बैच {batch} ({limit} के कारण सीमित)")
    }
}

/// How the fleet's GPUs are had, inside a sentence (as [`super::fleet_plan`]).
fn fleet_plan_in_sentence(
    deployment: crate::profile::Deployment,
    plan: Option<crate::profile::RentalPlan>,
) -> &'static str {
    use crate::profile::{Deployment, RentalPlan};
    match (deployment, plan) {
        (
            Deployment::Owned,
            None | Some(RentalPlan::AlwaysOn | RentalPlan::Autoscaled | RentalPlan::Reserved),
        ) => "ख़रीदे हुए और अपने, पीक के हिसाब से आकार",
        (Deployment::Rented, Some(RentalPlan::AlwaysOn)) => "किराये पर, पीक के लिए हमेशा चालू",
        (Deployment::Rented, Some(RentalPlan::Reserved)) => {
            "किराये पर, आरक्षित आधार और ऊपर से ऑन-डिमांड"
        }
        (Deployment::Rented, Some(RentalPlan::Autoscaled) | None) => {
            "किराये पर, घंटे के हिसाब से ऑटोस्केल"
        }
    }
}

/// "  औसत उपयोग दर 47%; 1,23,456 GPU-घंटे, $2.69 प्रति GPU-घंटा की दर से"
pub fn explain_fleet_use(fleet: &crate::report::Fleet, currency: Currency) -> String {
    let utilisation = format::percent(fleet.average_utilisation);
    let hours = format::whole(fleet.gpu_hours);
    let rate = format::money(fleet.cost_per_gpu_hour, currency);
    match hindi(fleet.gpu_hours) {
        Plural::One => {
            format!("  औसत उपयोग दर {utilisation}; {hours} GPU-घंटा, {rate} प्रति GPU-घंटा की दर से")
        }
        Plural::Other => {
            format!("  औसत उपयोग दर {utilisation}; {hours} GPU-घंटे, {rate} प्रति GPU-घंटा की दर से")
        }
    }
}

/// "  closed_api / self_hosted: संचयी लागतें महीना 14 में एक-दूसरे को पार करती
/// हैं; नकद में, महीना 18 से अंत तक self_hosted सस्ता रहता है"
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
            "  {first} / {second}: संचयी लागतें महीना {} में एक-दूसरे को पार करती हैं; नकद में, महीना {} से अंत तक {} सस्ता रहता है",
            month(costs),
            month(cash),
            dearer_in_cash.key()
        ),
        (Some(costs), None) => format!(
            "  {first} / {second}: संचयी लागतें महीना {} में एक-दूसरे को पार करती हैं; नकद में, अंत तक {} ही सस्ता रहता है",
            month(costs),
            pair.cash_cheaper_at_start.key()
        ),
        (None, Some(cash)) => format!(
            "  {first} / {second}: संचयी लागतें गणना अवधि के भीतर एक-दूसरे को पार नहीं करतीं; नकद में, महीना {} से अंत तक {} सस्ता रहता है",
            month(cash),
            dearer_in_cash.key()
        ),
        (None, None) => format!(
            "  {first} / {second}: संचयी लागतें गणना अवधि के भीतर एक-दूसरे को पार नहीं करतीं; नकद में, अंत तक {} ही सस्ता रहता है",
            pair.cash_cheaper_at_start.key()
        ),
    }
}

// Terminal columns. Rust's `{:<24}` pads by characters, but a Devanagari
// vowel sign, virama or nukta takes no column of its own, so the summary's
// columns are padded by the width a terminal gives the text.

/// The columns a terminal gives `text`: one per character, none for the
/// non-spacing Devanagari marks (Unicode category Mn) and the zero-width joiners.
fn display_width(text: &str) -> usize {
    text.chars()
        .filter(|c| {
            !matches!(
                c,
                '\u{0900}'..='\u{0902}'
                    | '\u{093A}'
                    | '\u{093C}'
                    | '\u{0941}'..='\u{0948}'
                    | '\u{094D}'
                    | '\u{0951}'..='\u{0957}'
                    | '\u{0962}'..='\u{0963}'
                    | '\u{200C}'..='\u{200D}'
            )
        })
        .count()
}

/// `text` followed by spaces up to `width` columns (as `{:<width}`).
fn pad_end(text: &str, width: usize) -> String {
    let fill = width.saturating_sub(display_width(text));
    format!("{text}{}", " ".repeat(fill))
}

/// `text` after spaces up to `width` columns (as `{:>width}`).
fn pad_start(text: &str, width: usize) -> String {
    let fill = width.saturating_sub(display_width(text));
    format!("{}{text}", " ".repeat(fill))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decision::flip_points::ListedPrices;

    /// Whole Hindi text: not empty, in Devanagari, with no placeholder left.
    fn assert_whole_hindi(text: &str) {
        assert!(!text.trim().is_empty(), "empty text");
        assert!(
            text.chars().any(|c| ('\u{0900}'..='\u{097F}').contains(&c)),
            "no Devanagari: {text}"
        );
        assert!(!text.contains(['{', '}']), "placeholder left: {text}");
    }

    /// A sentence: whole Hindi that ends with the purna viram.
    fn assert_sentence(text: &str) {
        assert_whole_hindi(text);
        assert!(text.ends_with('।'), "no purna viram: {text}");
    }

    fn every_flip_input() -> [(FlipInput, FlipValue, FlipValue); 9] {
        let prices = ListedPrices {
            input_per_million: 1.25,
            output_per_million: 5.0,
            currency: Currency::Usd,
        };
        [
            (
                FlipInput::RequestsPerMonth,
                FlipValue::Requests {
                    per_month: 41_200_000.0,
                },
                FlipValue::Requests {
                    per_month: 10_000_000.0,
                },
            ),
            (
                FlipInput::ClosedPrice,
                FlipValue::PriceMultiple {
                    multiple: 0.5,
                    prices: Some(prices),
                },
                FlipValue::PriceMultiple {
                    multiple: 1.0,
                    prices: None,
                },
            ),
            (
                FlipInput::ManagedPrice,
                FlipValue::PriceMultiple {
                    multiple: 1.4,
                    prices: Some(prices),
                },
                FlipValue::PriceMultiple {
                    multiple: 1.0,
                    prices: None,
                },
            ),
            (
                FlipInput::GpuPrice,
                FlipValue::GpuHourPrice { usd: 4.1 },
                FlipValue::GpuHourPrice { usd: 2.99 },
            ),
            (
                FlipInput::GpuUtilisation,
                FlipValue::Utilisation { fraction: 0.7 },
                FlipValue::Utilisation { fraction: 0.55 },
            ),
            (
                FlipInput::MlTeamSize,
                FlipValue::MlStaff { fte: 4.5 },
                FlipValue::MlStaff { fte: 3.0 },
            ),
            (
                FlipInput::AccuracyNeed,
                FlipValue::AccuracyNeed { level: Level::High },
                FlipValue::AccuracyNeed {
                    level: Level::Medium,
                },
            ),
            (
                FlipInput::HorizonMonths,
                FlipValue::Horizon { months: 48.0 },
                FlipValue::Horizon { months: 36.0 },
            ),
            (
                FlipInput::ApiPriceDecline,
                FlipValue::PriceDecline { per_year: 0.3 },
                FlipValue::PriceDecline { per_year: 0.2 },
            ),
        ]
    }

    #[test]
    fn every_flip_outcome_is_a_whole_hindi_sentence() {
        for (input, at, now) in every_flip_input() {
            for direction in [Direction::Above, Direction::Below] {
                for route in [None, Some(RouteId::ClosedApi), Some(RouteId::SelfHosted)] {
                    for also_cheapest in [false, true] {
                        let flip = FlipOutcome::Recommended {
                            input,
                            direction,
                            at: at.clone(),
                            now: now.clone(),
                            route,
                            also_cheapest,
                        };
                        assert_sentence(&flip_outcome(&flip));
                        assert_sentence(&reason_nearest_flip(&flip));
                    }
                    let flip = FlipOutcome::Cheapest {
                        input,
                        direction,
                        at: at.clone(),
                        now: now.clone(),
                        route,
                    };
                    assert_sentence(&flip_outcome(&flip));
                    assert_sentence(&reason_nearest_flip(&flip));
                }
            }
            let no_flip = FlipOutcome::NoFlip {
                input,
                low: at.clone(),
                high: at.clone(),
                now: now.clone(),
            };
            assert_sentence(&flip_outcome(&no_flip));
            for feasible_routes in [0, 1] {
                assert_sentence(&flip_outcome(&FlipOutcome::TooFewRoutes {
                    input,
                    low: at.clone(),
                    high: at.clone(),
                    now: now.clone(),
                    feasible_routes,
                }));
            }
            assert_whole_hindi(flip_input_label(input));
        }
        assert_eq!(
            flip_outcome(&FlipOutcome::Recommended {
                input: FlipInput::GpuPrice,
                direction: Direction::Above,
                at: FlipValue::GpuHourPrice { usd: 4.1 },
                now: FlipValue::GpuHourPrice { usd: 2.99 },
                route: Some(RouteId::ClosedApi),
                also_cheapest: true,
            }),
            "अगर GPU की क़ीमत $4.10 प्रति GPU-घंटा से ऊपर चली जाए (अभी $2.99 प्रति GPU-घंटा), \
             तो सिफ़ारिश बदलकर क्लोज़्ड API हो जाती है, और तब सबसे सस्ता विकल्प भी यही होता है।"
        );
        assert_eq!(
            flip_outcome(&FlipOutcome::TooFewRoutes {
                input: FlipInput::HorizonMonths,
                low: FlipValue::Horizon { months: 6.0 },
                high: FlipValue::Horizon { months: 120.0 },
                now: FlipValue::Horizon { months: 36.0 },
                feasible_routes: 1,
            }),
            "गणना अवधि: संभावित दायरे में (6 महीने से 120 महीने तक; अभी 36 महीने) कोई \
             पलट-बिंदु नहीं है, क्योंकि केवल एक ही विकल्प व्यवहार्य है।"
        );
    }

    #[test]
    fn reasons_are_whole_hindi_sentences() {
        let range = RouteRange {
            route: RouteId::ClosedApi,
            feasible: true,
            p10: 1_100_000.0,
            p50: 1_400_000.0,
            p90: 1_900_000.0,
            mean: 1_450_000.0,
            probability_cheapest: 0.88,
            probability_recommended: 0.92,
        };
        let edge = Reason::FactorEdge {
            factor: FactorId::UseCase,
            value: FactorValue::UseCase {
                use_case: UseCase::AcademicResearch,
            },
            reason: FactorReason::UseCase {
                use_case: UseCase::AcademicResearch,
            },
            route: RouteId::SelfHosted,
            edge: 6.8,
            rival: RouteId::ClosedApi,
        };
        let reasons = [
            Reason::NoRoute,
            Reason::Excluded {
                route: RouteId::ClosedApi,
                reason: ConstraintReason::DeepCustomisation,
            },
            Reason::OnlyRoute {
                route: RouteId::SelfHosted,
                cost: 950_000.0,
                months: 1,
                currency: Currency::Inr,
            },
            Reason::CheapestRoute {
                route: RouteId::ClosedApi,
                cost: 1_200_000.0,
                other: RouteId::SelfHosted,
                other_cost: 2_000_000.0,
                saving: 0.4,
                months: 36,
                currency: Currency::Usd,
            },
            Reason::CostlierButSuits {
                route: RouteId::SelfHosted,
                cost: 2_000_000.0,
                cheapest: RouteId::ClosedApi,
                cheapest_cost: 1_600_000.0,
                extra: 0.25,
                suitability: 71.4,
                cheapest_suitability: 48.2,
                months: 36,
                currency: Currency::Usd,
            },
            Reason::Payback {
                other: RouteId::ClosedApi,
                month: 14,
            },
            Reason::NoPayback {
                other: RouteId::ManagedOpen,
                months: 36,
                book_value: 400_000.0,
                currency: Currency::Usd,
            },
            edge,
            Reason::LowMargin {
                confidence: 0.55,
                route: RouteId::ClosedApi,
                other: RouteId::ManagedOpen,
                lead: 0.02,
            },
            Reason::Simulation {
                range,
                draws: 5_000,
                currency: Currency::Usd,
            },
        ];
        for item in &reasons {
            assert_sentence(&reason(item));
        }
        assert_eq!(
            reason_cheapest_route(
                (RouteId::ClosedApi, 1_200_000.0),
                (RouteId::SelfHosted, 2_000_000.0),
                0.4,
                36,
                Currency::Usd
            ),
            "क्लोज़्ड API सबसे सस्ता व्यवहार्य विकल्प है: 36 महीनों में $12 लाख, \
             जो सेल्फ़-होस्टिंग ($20 लाख) से 40% कम है।"
        );
        assert!(reason_only_route(RouteId::SelfHosted, 1.0, 1, Currency::Usd).contains("1 महीने में"));
        assert_whole_hindi(&rule_weights_text(0.5, 0.5));
    }

    #[test]
    fn factors_values_and_reasons_are_hindi() {
        let levels = [Level::Low, Level::Medium, Level::High];
        // The investment's value is an amount alone, the formatter's words.
        assert!(!factor_value(&FactorValue::Investment { usd: 2_000_000.0 }).is_empty());
        let mut values = vec![
            FactorValue::Team {
                team_fte: 3.0,
                coverage: 3.0 / 7.0,
                need_fte: 7.0,
            },
            FactorValue::Accuracy {
                need: Level::High,
                gap_points: Some((40.2, 51.6)),
            },
            FactorValue::Accuracy {
                need: Level::Medium,
                gap_points: None,
            },
            FactorValue::ServiceSla { needed: true },
            FactorValue::Volume {
                tokens_per_month: 4.12e10,
            },
            FactorValue::Vendors {
                closed_vendor: "OpenAI".to_owned(),
                managed_provider: String::new(),
            },
        ];
        let mut reasons = vec![
            FactorReason::InvestmentSmall {
                below_usd: 100_000.0,
            },
            FactorReason::InvestmentMedium {
                from_usd: 100_000.0,
                to_usd: 1_000_000.0,
            },
            FactorReason::InvestmentLarge,
            FactorReason::Team,
            FactorReason::Accuracy,
            FactorReason::ServiceSla { needed: true },
            FactorReason::ServiceSla { needed: false },
            FactorReason::VendorViability,
        ];
        for use_case in [
            UseCase::AcademicResearch,
            UseCase::InternalTool,
            UseCase::CustomerFacing,
            UseCase::MissionCritical,
        ] {
            values.push(FactorValue::UseCase { use_case });
            reasons.push(FactorReason::UseCase { use_case });
        }
        for residency in [
            DataResidency::None,
            DataResidency::InCountry,
            DataResidency::OnPremises,
            DataResidency::AirGapped,
        ] {
            values.push(FactorValue::DataResidency { residency });
            reasons.push(FactorReason::DataResidency { residency });
        }
        for customisation in [
            Customisation::PromptOnly,
            Customisation::Retrieval,
            Customisation::FineTuning,
            Customisation::Deep,
        ] {
            values.push(FactorValue::Customisation { customisation });
            reasons.push(FactorReason::Customisation { customisation });
        }
        for level in levels {
            values.push(FactorValue::TimeToMarket { urgency: level });
            values.push(FactorValue::LockIn { aversion: level });
            reasons.push(FactorReason::TimeToMarket { urgency: level });
            reasons.push(FactorReason::LockIn { aversion: level });
        }
        for band in [
            VolumeBand::Tiny,
            VolumeBand::Small,
            VolumeBand::Medium,
            VolumeBand::Large,
            VolumeBand::Huge,
        ] {
            reasons.push(FactorReason::Volume { band });
        }
        for value in &values {
            assert_whole_hindi(&factor_value(value));
        }
        for item in &reasons {
            assert_sentence(&factor_reason(item));
        }
        for factor in [
            FactorId::UseCase,
            FactorId::Investment,
            FactorId::TeamCapability,
            FactorId::Accuracy,
            FactorId::ServiceSla,
            FactorId::DataResidency,
            FactorId::Customisation,
            FactorId::Volume,
            FactorId::TimeToMarket,
            FactorId::LockIn,
            FactorId::VendorViability,
        ] {
            assert_whole_hindi(factor_label(factor));
            assert_sentence(factor_weight_reason(factor));
        }
        assert_eq!(
            team_value(3.0, 3.0 / 7.0, 7.0),
            "3 ML कर्मचारी मौजूद, सेल्फ़-होस्टिंग के लिए ज़रूरी 7 का 43%"
        );
    }

    #[test]
    fn article_summaries_and_uncertainty_are_hindi() {
        let why_not = vec![
            WhyNot::HighVolume {
                tokens_per_month: 4.12e10,
            },
            WhyNot::LowVolume {
                tokens_per_month: 1.2e7,
            },
            WhyNot::DataOnPremises,
            WhyNot::DeepCustomisation,
            WhyNot::FineTuning,
            WhyNot::OwnTeam,
            WhyNot::LockIn,
            WhyNot::NoTeam,
            WhyNot::Urgency,
        ];
        let summaries = [
            ArticleSummary::NoRoute,
            ArticleSummary::Holds {
                family: Family::Closed,
            },
            ArticleSummary::Holds {
                family: Family::OpenWeights,
            },
            ArticleSummary::DoesNotHold {
                engine: Family::OpenWeights,
                why_not: Vec::new(),
            },
            ArticleSummary::DoesNotHold {
                engine: Family::OpenWeights,
                why_not,
            },
        ];
        for summary in &summaries {
            assert_sentence(&article_summary(summary));
            assert_whole_hindi(&explain_article(summary));
        }
        for reason in [
            ArticleReason::Research,
            ArticleReason::Commercial,
            ArticleReason::LargeOrAccurate,
            ArticleReason::Default,
        ] {
            assert_sentence(article_reason(reason));
        }
        for input in [
            UncertainInput::RequestsPerMonth,
            UncertainInput::ClosedPrice,
            UncertainInput::ManagedPrice,
            UncertainInput::GpuPrice,
            UncertainInput::Throughput,
            UncertainInput::StaffCost,
            UncertainInput::QualityCost,
            UncertainInput::ProjectValue,
            UncertainInput::TokenPriceDecline,
        ] {
            assert_whole_hindi(uncertain_input_label(input));
            assert_sentence(uncertain_input_source(input));
        }
        assert_whole_hindi(&explain_uncertainty_heading(5_000, 20_261_126));
        assert_whole_hindi(&explain_recommendation(RouteId::SelfHosted, 0.92));
        assert_whole_hindi(&explain_tornado_heading(
            RouteId::ClosedApi,
            Some(RouteId::SelfHosted),
        ));
    }

    #[test]
    fn terminal_columns_count_what_a_terminal_shows() {
        // क + ् + ल + ो + ज + ़ + ् + ड: the virama and the nukta take no column.
        assert_eq!(display_width("क्लोज़्ड"), 5);
        assert_eq!(display_width(&pad_end("यूज़ केस", 12)), 12);
        assert_eq!(pad_start("42", 4), "  42");
    }
}
