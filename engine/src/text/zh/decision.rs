//! 决策部分的中文文本：推荐理由、临界点、适配度因素、硬性排除、参考文章对照
//! 和不确定性输入，以及命令行 `--explain` 的摘要。
//! Chinese for the decision: the mirror of `en/decision.rs`, item for item.
//!
//! Every sentence is written whole for its variant. A route's name may end in
//! Latin letters (“闭源 API”), so sentences that name a route go through
//! [`tidy`], which adds the space between a Latin letter and a Chinese
//! character; numbers carry their spaces in the format strings themselves.

use crate::currency::Currency;
use crate::decision::article::{ArticleReason, ArticleSummary, Family, WhyNot};
use crate::decision::constraints::ConstraintReason;
use crate::decision::flip_points::{Direction, FlipInput, FlipOutcome, FlipUnit, FlipValue};
use crate::decision::recommendation::{Confidence, Reason, RouteScore, Rule};
use crate::decision::suitability::{Factor, FactorId, FactorReason, FactorValue, VolumeBand};
use crate::decision::uncertainty::{RouteRange, TornadoBar, UncertainInput};
use crate::profile::{Customisation, DataResidency, Level, UseCase};
use crate::report::RouteId;
use crate::text::format::zh as format;

// Routes and levels inside sentences

/// A route at the start of a sentence: "闭源 API", "自部署" (Chinese has no
/// capitals, so the same as [`route_name_lower`]).
pub fn route_subject(route: RouteId) -> &'static str {
    route_name_lower(route)
}

/// A route inside a sentence: "闭源 API", "托管开放权重模型服务", "自部署".
pub fn route_name_lower(route: RouteId) -> &'static str {
    match route {
        RouteId::ClosedApi => "闭源 API",
        RouteId::ManagedOpen => "托管开放权重模型服务",
        RouteId::SelfHosted => "自部署",
    }
}

/// A level inside a sentence: "低", "中", "高" (as the form's choices).
pub fn level_lower(level: Level) -> &'static str {
    match level {
        Level::Low => "低",
        Level::Medium => "中",
        Level::High => "高",
    }
}

/// A confidence level inside a sentence: "低", "中", "高".
pub fn confidence_lower(level: Confidence) -> &'static str {
    match level {
        Confidence::Low => "低",
        Confidence::Medium => "中",
        Confidence::High => "高",
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

/// "按当前配置，没有可行的路线。"
pub const REASON_NO_ROUTE: &str = "按当前配置，没有可行的路线。";

/// "自部署已被排除。{reason}"（排除原因本身是一句完整的话）
pub fn reason_excluded(route: RouteId, reason: &ConstraintReason) -> String {
    format!(
        "{}{}",
        tidy(&format!("{}已被排除。", route_subject(route))),
        constraint_reason(reason)
    )
}

/// Why a route is excluded, as a sentence.
pub fn constraint_reason(reason: &ConstraintReason) -> String {
    match reason {
        // The cost engine's reason, as the report holds it.
        ConstraintReason::CostEngine { reason } => super::exclusion(reason),
        ConstraintReason::DeepCustomisation => EXCLUDED_DEEP_CUSTOMISATION.to_owned(),
    }
}

/// "自部署是唯一可行的路线（12 个月总成本 €950,000）。"
pub fn reason_only_route(route: RouteId, cost: f64, months: u32, currency: Currency) -> String {
    tidy(&format!(
        "{}是唯一可行的路线（{}总成本 {}）。",
        route_subject(route),
        months_text(months),
        format::money_words(cost, currency)
    ))
}

/// "闭源 API 是成本最低的可行路线：36 个月总成本 $120万，比自部署（$200万）低 40%。"
pub fn reason_cheapest_route(
    (route, cost): (RouteId, f64),
    (other, other_cost): (RouteId, f64),
    saving: f64,
    months: u32,
    currency: Currency,
) -> String {
    tidy(&format!(
        "{}是成本最低的可行路线：{}总成本 {}，比{}（{}）低 {}。",
        route_subject(route),
        months_text(months),
        format::money_words(cost, currency),
        route_name_lower(other),
        format::money_words(other_cost, currency),
        format::percent(saving)
    ))
}

/// "自购 GPU 将在第 14 个月回本：此后自部署的累计现金支出低于闭源 API……"
pub fn reason_payback(other: RouteId, month: u32) -> String {
    tidy(&format!(
        "自购 GPU 将在第 {} 个月回本：从那时起，自部署的累计现金支出将低于{}（购置支出在付款当期计入，并扣除转售收入）。",
        format::whole(f64::from(month)),
        route_name_lower(other)
    ))
}

/// "自购 GPU 在 36 个月内无法回本：……"
pub fn reason_no_payback(
    other: RouteId,
    months: u32,
    book_value: f64,
    currency: crate::currency::Currency,
) -> String {
    tidy(&format!(
        "自购 GPU 在 {}内无法回本：若购置支出在付款当期计入，自部署的现金支出直到期末都高于{}，尽管届时这批 GPU 的账面价值仍有 {}。",
        months_text(months),
        route_name_lower(other),
        format::money_words(book_value, currency)
    ))
}

/// "自部署 36 个月总成本 $2 million，比闭源 API（$1.6 million）高 25%，但更契合
/// 您的情况：适配度 71 分，后者为 48 分（满分 100 分）。"
pub fn reason_costlier_but_suits(
    (route, cost): (RouteId, f64),
    (cheap, cheap_cost): (RouteId, f64),
    extra: f64,
    (suitability, cheap_suitability): (f64, f64),
    months: u32,
    currency: Currency,
) -> String {
    tidy(&format!(
        "{} {}总成本 {}，比{}（{}）高 {}，但更契合您的情况：适配度 {} 分，后者为 {} 分（满分 100 分）。",
        route_subject(route),
        months_text(months),
        format::money_words(cost, currency),
        route_name_lower(cheap),
        format::money_words(cheap_cost, currency),
        format::percent(extra),
        format::fixed(suitability, 0),
        format::fixed(cheap_suitability, 0)
    ))
}

/// "在“应用场景”（学术研究）这一项上，自部署的适配度比闭源 API 高 6.8 分。{reason}"
pub fn reason_factor_edge(
    factor: FactorId,
    value: &FactorValue,
    reason: &FactorReason,
    route: RouteId,
    edge: f64,
    rival: RouteId,
) -> String {
    format!(
        "{}{}",
        tidy(&format!(
            "在“{}”（{}）这一项上，{}的适配度比{}高 {} 分。",
            factor_label(factor),
            factor_value(value),
            route_name_lower(route),
            route_name_lower(rival),
            format::fixed(edge, 1)
        )),
        factor_reason(reason)
    )
}

/// "置信度为“低”（55%）：闭源 API 的综合得分仅领先托管开放权重模型服务 0.020，
/// 适配度各因素的权重稍有不同，结论就可能逆转。"
pub fn reason_low_margin(confidence: f64, route: RouteId, other: RouteId, lead: f64) -> String {
    tidy(&format!(
        "置信度为“{}”（{}）：{}的综合得分仅领先{} {}，适配度各因素的权重稍有不同，结论就可能逆转。",
        confidence_lower(Confidence::of(confidence)),
        format::percent(confidence),
        route_name_lower(route),
        route_name_lower(other),
        format::fixed(lead, 3)
    ))
}

/// "在 5,000 次模拟中，闭源 API 在 92% 的情形下仍是推荐路线，在 88% 的情形下
/// 成本最低；其总成本区间为 $1.1 million（P10）至 $1.9 million（P90）。"
pub fn reason_simulation(range: &RouteRange, draws: u32, currency: Currency) -> String {
    tidy(&format!(
        "在 {} 次模拟中，{}在 {} 的情形下仍是推荐路线，在 {} 的情形下成本最低；其总成本区间为 {}（P10）至 {}（P90）。",
        format::whole(f64::from(draws)),
        route_name_lower(range.route),
        format::percent(range.probability_recommended),
        format::percent(range.probability_cheapest),
        format::money_words(range.p10, currency),
        format::money_words(range.p90, currency)
    ))
}

/// "最近的临界点：当用量高于……时，托管开放权重模型服务将成为推荐路线。"
pub fn reason_nearest_flip(flip: &FlipOutcome) -> String {
    format!("最近的临界点：{}", flip_outcome(flip))
}

/// "综合得分 = 0.50 × 成本得分 + 0.50 × 适配度，其中成本得分 = 2 × 最低成本 /
/// (成本 + 最低成本)；综合得分最高的可行路线即为推荐路线"
pub fn rule_text(rule: &Rule) -> String {
    rule_weights_text(rule.cost_weight, rule.suitability_weight)
}

/// [`rule_text`] from the two weights.
pub fn rule_weights_text(cost_weight: f64, suitability_weight: f64) -> String {
    format!(
        "综合得分 = {} × 成本得分 + {} × 适配度，其中成本得分 = 2 × 最低成本 / (成本 + 最低成本)；综合得分最高的可行路线即为推荐路线",
        format::fixed(cost_weight, 2),
        format::fixed(suitability_weight, 2)
    )
}

/// "36 个月" (a horizon inside a sentence).
fn months_text(months: u32) -> String {
    super::months(f64::from(months))
}

// Flip points

/// "每月请求量", "GPU 价格": an input of the flip search.
pub fn flip_input_label(input: FlipInput) -> &'static str {
    match input {
        FlipInput::RequestsPerMonth => "每月请求量",
        FlipInput::ClosedPrice => "闭源模型价格",
        FlipInput::ManagedPrice => "托管服务价格",
        FlipInput::GpuPrice => "GPU 价格",
        FlipInput::GpuUtilisation => "峰值 GPU 利用率",
        FlipInput::MlTeamSize => "机器学习团队规模",
        FlipInput::AccuracyNeed => "准确性要求",
        FlipInput::HorizonMonths => "测算周期",
        FlipInput::ApiPriceDecline => "API 价格年降幅",
    }
}

/// "USD/GPU 小时", "FTE": the unit of a flip input's values.
pub fn flip_unit(unit: FlipUnit) -> &'static str {
    match unit {
        FlipUnit::RequestsPerMonth => "次请求/月",
        FlipUnit::MultipleOfTodaysPrices => "相对当前价格的倍数",
        FlipUnit::UsdPerGpuHour => "USD/GPU 小时",
        FlipUnit::UsdPerGpu => "USD/块 GPU",
        FlipUnit::ShareOfReplicaCapacity => "峰值时所用副本算力的比例",
        FlipUnit::Fte => "FTE",
        FlipUnit::Level => "档位（0 低，1 中，2 高）",
        FlipUnit::Months => "个月",
        FlipUnit::FractionPerYear => "年化比例",
    }
}

/// A flip input's value with what it measures: "每月 41.2 million 次请求",
/// "当前价格的 0.5 倍（每百万 Token 输入 $1.25、输出 $5）", "高".
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

/// "每月 41.2 million 次请求"
pub fn flip_requests(requests: f64) -> String {
    format!("每月 {} 次请求", format::count_words(requests))
}

/// "当前价格的 0.5 倍"
pub fn flip_price_multiple(multiple: f64) -> String {
    format!("当前价格的 {} 倍", format::significant(multiple))
}

/// "当前价格的 0.5 倍（每百万 Token 输入 $1.25、输出 $5）"
pub fn flip_price_multiple_with_prices(
    multiple: f64,
    input_price: f64,
    output_price: f64,
    currency: Currency,
) -> String {
    let amount = |value: f64| format!("{}{}", format::symbol(currency), format::significant(value));
    format!(
        "{}（每百万 Token 输入 {}、输出 {}）",
        flip_price_multiple(multiple),
        amount(input_price),
        amount(output_price)
    )
}

/// "$2.99/GPU 小时" (US dollars, to the cent).
pub fn flip_gpu_hour_price(usd: f64) -> String {
    format!("{}/GPU 小时", format::money(usd, Currency::Usd))
}

/// "$31,000/块 GPU" (US dollars).
pub fn flip_gpu_purchase_price(usd: f64) -> String {
    format!(
        "{}{}/块 GPU",
        format::symbol(Currency::Usd),
        format::whole(usd)
    )
}

/// "峰值利用率 70%"
pub fn flip_utilisation(fraction: f64) -> String {
    format!("峰值利用率 {}", format::percent(fraction))
}

/// "4.5 名机器学习人员"
pub fn flip_ml_staff(fte: f64) -> String {
    format!("{} 名机器学习人员", format::significant(fte))
}

/// "36 个月" (a horizon as a flip value).
pub fn flip_horizon(months: f64) -> String {
    super::months(months.round())
}

/// "每年 20%"
pub fn flip_price_decline(fraction: f64) -> String {
    format!("每年 {}", format::percent(fraction))
}

/// One outcome of the flip search as a sentence: "当用量高于……时，自部署将成为
/// 推荐路线。", "测算周期：在合理取值范围（……）内不存在临界点。"
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
            tidy(&recommended_flip(
                *input,
                *direction,
                subject,
                &flip_value(at),
                &flip_value(now),
            ))
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
            tidy(&cheapest_flip(
                *input,
                *direction,
                subject,
                &flip_value(at),
                &flip_value(now),
            ))
        }
        FlipOutcome::NoFlip {
            input,
            low,
            high,
            now,
        } => join(&[
            flip_input_label(*input),
            "：在合理取值范围（",
            &flip_value(low),
            "至",
            &flip_value(high),
            "；目前为",
            &flip_value(now),
            "）内不存在临界点。",
        ]),
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
                1 => join(&[
                    label,
                    "：在合理取值范围（",
                    &low,
                    "至",
                    &high,
                    "；目前为",
                    &now,
                    "）内不存在临界点，因为只有一条路线可行。",
                ]),
                _ => join(&[
                    label,
                    "：在合理取值范围（",
                    &low,
                    "至",
                    &high,
                    "；目前为",
                    &now,
                    "）内不存在临界点，因为没有可行的路线。",
                ]),
            }
        }
    }
}

/// Who a flip sentence is about (a route's name is the one placeholder; each
/// sentence below is whole). Chinese needs no separate form after
/// "最近的临界点：", as it has no capitals.
#[derive(Clone, Copy)]
enum FlipSubject {
    /// A route.
    Route(&'static str),
    /// A route that is then also the cheapest.
    RouteAlsoCheapest(&'static str),
    /// No route remains feasible.
    NoRoute,
}

/// "当用量高于每月 4120万 次请求（目前为每月 1000万 次请求）时，自部署
/// 将成为推荐路线，届时其成本也最低。"
fn recommended_flip(
    input: FlipInput,
    direction: Direction,
    subject: FlipSubject,
    at: &str,
    now: &str,
) -> String {
    match (input, direction) {
        (FlipInput::RequestsPerMonth, Direction::Above) => match subject {
            FlipSubject::Route(who) => {
                format!("当用量高于{at}（目前为{now}）时，{who}将成为推荐路线。")
            }
            FlipSubject::RouteAlsoCheapest(who) => {
                format!("当用量高于{at}（目前为{now}）时，{who}将成为推荐路线，届时其成本也最低。")
            }
            FlipSubject::NoRoute => {
                format!("当用量高于{at}（目前为{now}）时，将不再有可行的路线。")
            }
        },
        (FlipInput::RequestsPerMonth, Direction::Below) => match subject {
            FlipSubject::Route(who) => {
                format!("当用量低于{at}（目前为{now}）时，{who}将成为推荐路线。")
            }
            FlipSubject::RouteAlsoCheapest(who) => {
                format!("当用量低于{at}（目前为{now}）时，{who}将成为推荐路线，届时其成本也最低。")
            }
            FlipSubject::NoRoute => {
                format!("当用量低于{at}（目前为{now}）时，将不再有可行的路线。")
            }
        },
        (FlipInput::ClosedPrice, Direction::Above) => match subject {
            FlipSubject::Route(who) => format!("若闭源模型价格涨至{at}，{who}将成为推荐路线。"),
            FlipSubject::RouteAlsoCheapest(who) => {
                format!("若闭源模型价格涨至{at}，{who}将成为推荐路线，届时其成本也最低。")
            }
            FlipSubject::NoRoute => format!("若闭源模型价格涨至{at}，将不再有可行的路线。"),
        },
        (FlipInput::ClosedPrice, Direction::Below) => match subject {
            FlipSubject::Route(who) => format!("若闭源模型价格降至{at}，{who}将成为推荐路线。"),
            FlipSubject::RouteAlsoCheapest(who) => {
                format!("若闭源模型价格降至{at}，{who}将成为推荐路线，届时其成本也最低。")
            }
            FlipSubject::NoRoute => format!("若闭源模型价格降至{at}，将不再有可行的路线。"),
        },
        (FlipInput::ManagedPrice, Direction::Above) => match subject {
            FlipSubject::Route(who) => format!("若托管服务价格涨至{at}，{who}将成为推荐路线。"),
            FlipSubject::RouteAlsoCheapest(who) => {
                format!("若托管服务价格涨至{at}，{who}将成为推荐路线，届时其成本也最低。")
            }
            FlipSubject::NoRoute => format!("若托管服务价格涨至{at}，将不再有可行的路线。"),
        },
        (FlipInput::ManagedPrice, Direction::Below) => match subject {
            FlipSubject::Route(who) => format!("若托管服务价格降至{at}，{who}将成为推荐路线。"),
            FlipSubject::RouteAlsoCheapest(who) => {
                format!("若托管服务价格降至{at}，{who}将成为推荐路线，届时其成本也最低。")
            }
            FlipSubject::NoRoute => format!("若托管服务价格降至{at}，将不再有可行的路线。"),
        },
        (FlipInput::GpuPrice, Direction::Above) => match subject {
            FlipSubject::Route(who) => {
                format!("若 GPU 价格高于 {at}（目前为 {now}），{who}将成为推荐路线。")
            }
            FlipSubject::RouteAlsoCheapest(who) => format!(
                "若 GPU 价格高于 {at}（目前为 {now}），{who}将成为推荐路线，届时其成本也最低。"
            ),
            FlipSubject::NoRoute => {
                format!("若 GPU 价格高于 {at}（目前为 {now}），将不再有可行的路线。")
            }
        },
        (FlipInput::GpuPrice, Direction::Below) => match subject {
            FlipSubject::Route(who) => {
                format!("若 GPU 价格低于 {at}（目前为 {now}），{who}将成为推荐路线。")
            }
            FlipSubject::RouteAlsoCheapest(who) => format!(
                "若 GPU 价格低于 {at}（目前为 {now}），{who}将成为推荐路线，届时其成本也最低。"
            ),
            FlipSubject::NoRoute => {
                format!("若 GPU 价格低于 {at}（目前为 {now}），将不再有可行的路线。")
            }
        },
        (FlipInput::GpuUtilisation, Direction::Above) => match subject {
            FlipSubject::Route(who) => {
                format!("若集群负荷高于{at}（目前为{now}），{who}将成为推荐路线。")
            }
            FlipSubject::RouteAlsoCheapest(who) => format!(
                "若集群负荷高于{at}（目前为{now}），{who}将成为推荐路线，届时其成本也最低。"
            ),
            FlipSubject::NoRoute => {
                format!("若集群负荷高于{at}（目前为{now}），将不再有可行的路线。")
            }
        },
        (FlipInput::GpuUtilisation, Direction::Below) => match subject {
            FlipSubject::Route(who) => {
                format!("若集群负荷低于{at}（目前为{now}），{who}将成为推荐路线。")
            }
            FlipSubject::RouteAlsoCheapest(who) => format!(
                "若集群负荷低于{at}（目前为{now}），{who}将成为推荐路线，届时其成本也最低。"
            ),
            FlipSubject::NoRoute => {
                format!("若集群负荷低于{at}（目前为{now}），将不再有可行的路线。")
            }
        },
        (FlipInput::MlTeamSize, Direction::Above) => match subject {
            FlipSubject::Route(who) => {
                format!("若团队中至少有 {at}（目前为 {now}），{who}将成为推荐路线。")
            }
            FlipSubject::RouteAlsoCheapest(who) => format!(
                "若团队中至少有 {at}（目前为 {now}），{who}将成为推荐路线，届时其成本也最低。"
            ),
            FlipSubject::NoRoute => {
                format!("若团队中至少有 {at}（目前为 {now}），将不再有可行的路线。")
            }
        },
        (FlipInput::MlTeamSize, Direction::Below) => match subject {
            FlipSubject::Route(who) => {
                format!("若团队中最多只有 {at}（目前为 {now}），{who}将成为推荐路线。")
            }
            FlipSubject::RouteAlsoCheapest(who) => format!(
                "若团队中最多只有 {at}（目前为 {now}），{who}将成为推荐路线，届时其成本也最低。"
            ),
            FlipSubject::NoRoute => {
                format!("若团队中最多只有 {at}（目前为 {now}），将不再有可行的路线。")
            }
        },
        (FlipInput::AccuracyNeed, Direction::Above) => match subject {
            FlipSubject::Route(who) => {
                format!("若准确性要求为“{at}”（目前为“{now}”），{who}将成为推荐路线。")
            }
            FlipSubject::RouteAlsoCheapest(who) => format!(
                "若准确性要求为“{at}”（目前为“{now}”），{who}将成为推荐路线，届时其成本也最低。"
            ),
            FlipSubject::NoRoute => {
                format!("若准确性要求为“{at}”（目前为“{now}”），将不再有可行的路线。")
            }
        },
        (FlipInput::AccuracyNeed, Direction::Below) => match subject {
            FlipSubject::Route(who) => {
                format!("若准确性要求为“{at}”（目前为“{now}”），{who}将成为推荐路线。")
            }
            FlipSubject::RouteAlsoCheapest(who) => format!(
                "若准确性要求为“{at}”（目前为“{now}”），{who}将成为推荐路线，届时其成本也最低。"
            ),
            FlipSubject::NoRoute => {
                format!("若准确性要求为“{at}”（目前为“{now}”），将不再有可行的路线。")
            }
        },
        (FlipInput::HorizonMonths, Direction::Above) => match subject {
            FlipSubject::Route(who) => {
                format!("若测算周期不少于 {at}（目前为 {now}），{who}将成为推荐路线。")
            }
            FlipSubject::RouteAlsoCheapest(who) => format!(
                "若测算周期不少于 {at}（目前为 {now}），{who}将成为推荐路线，届时其成本也最低。"
            ),
            FlipSubject::NoRoute => {
                format!("若测算周期不少于 {at}（目前为 {now}），将不再有可行的路线。")
            }
        },
        (FlipInput::HorizonMonths, Direction::Below) => match subject {
            FlipSubject::Route(who) => {
                format!("若测算周期不超过 {at}（目前为 {now}），{who}将成为推荐路线。")
            }
            FlipSubject::RouteAlsoCheapest(who) => format!(
                "若测算周期不超过 {at}（目前为 {now}），{who}将成为推荐路线，届时其成本也最低。"
            ),
            FlipSubject::NoRoute => {
                format!("若测算周期不超过 {at}（目前为 {now}），将不再有可行的路线。")
            }
        },
        (FlipInput::ApiPriceDecline, Direction::Above) => match subject {
            FlipSubject::Route(who) => {
                format!("若 API 降价速度快于{at}（目前为{now}），{who}将成为推荐路线。")
            }
            FlipSubject::RouteAlsoCheapest(who) => format!(
                "若 API 降价速度快于{at}（目前为{now}），{who}将成为推荐路线，届时其成本也最低。"
            ),
            FlipSubject::NoRoute => {
                format!("若 API 降价速度快于{at}（目前为{now}），将不再有可行的路线。")
            }
        },
        (FlipInput::ApiPriceDecline, Direction::Below) => match subject {
            FlipSubject::Route(who) => {
                format!("若 API 降价速度慢于{at}（目前为{now}），{who}将成为推荐路线。")
            }
            FlipSubject::RouteAlsoCheapest(who) => format!(
                "若 API 降价速度慢于{at}（目前为{now}），{who}将成为推荐路线，届时其成本也最低。"
            ),
            FlipSubject::NoRoute => {
                format!("若 API 降价速度慢于{at}（目前为{now}），将不再有可行的路线。")
            }
        },
    }
}

/// "若 GPU 价格高于 $4.10/GPU 小时（目前为 $2.99/GPU 小时），闭源 API 将成为成本最低的路线。"
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
                format!("当用量高于{at}（目前为{now}）时，{who}将成为成本最低的路线。")
            }
            FlipSubject::NoRoute => {
                format!("当用量高于{at}（目前为{now}）时，将不再有可行的路线。")
            }
        },
        (FlipInput::RequestsPerMonth, Direction::Below) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => {
                format!("当用量低于{at}（目前为{now}）时，{who}将成为成本最低的路线。")
            }
            FlipSubject::NoRoute => {
                format!("当用量低于{at}（目前为{now}）时，将不再有可行的路线。")
            }
        },
        (FlipInput::ClosedPrice, Direction::Above) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => {
                format!("若闭源模型价格涨至{at}，{who}将成为成本最低的路线。")
            }
            FlipSubject::NoRoute => format!("若闭源模型价格涨至{at}，将不再有可行的路线。"),
        },
        (FlipInput::ClosedPrice, Direction::Below) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => {
                format!("若闭源模型价格降至{at}，{who}将成为成本最低的路线。")
            }
            FlipSubject::NoRoute => format!("若闭源模型价格降至{at}，将不再有可行的路线。"),
        },
        (FlipInput::ManagedPrice, Direction::Above) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => {
                format!("若托管服务价格涨至{at}，{who}将成为成本最低的路线。")
            }
            FlipSubject::NoRoute => format!("若托管服务价格涨至{at}，将不再有可行的路线。"),
        },
        (FlipInput::ManagedPrice, Direction::Below) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => {
                format!("若托管服务价格降至{at}，{who}将成为成本最低的路线。")
            }
            FlipSubject::NoRoute => format!("若托管服务价格降至{at}，将不再有可行的路线。"),
        },
        (FlipInput::GpuPrice, Direction::Above) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => {
                format!("若 GPU 价格高于 {at}（目前为 {now}），{who}将成为成本最低的路线。")
            }
            FlipSubject::NoRoute => {
                format!("若 GPU 价格高于 {at}（目前为 {now}），将不再有可行的路线。")
            }
        },
        (FlipInput::GpuPrice, Direction::Below) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => {
                format!("若 GPU 价格低于 {at}（目前为 {now}），{who}将成为成本最低的路线。")
            }
            FlipSubject::NoRoute => {
                format!("若 GPU 价格低于 {at}（目前为 {now}），将不再有可行的路线。")
            }
        },
        (FlipInput::GpuUtilisation, Direction::Above) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => {
                format!("若集群负荷高于{at}（目前为{now}），{who}将成为成本最低的路线。")
            }
            FlipSubject::NoRoute => {
                format!("若集群负荷高于{at}（目前为{now}），将不再有可行的路线。")
            }
        },
        (FlipInput::GpuUtilisation, Direction::Below) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => {
                format!("若集群负荷低于{at}（目前为{now}），{who}将成为成本最低的路线。")
            }
            FlipSubject::NoRoute => {
                format!("若集群负荷低于{at}（目前为{now}），将不再有可行的路线。")
            }
        },
        (FlipInput::MlTeamSize, Direction::Above) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => {
                format!("若团队中至少有 {at}（目前为 {now}），{who}将成为成本最低的路线。")
            }
            FlipSubject::NoRoute => {
                format!("若团队中至少有 {at}（目前为 {now}），将不再有可行的路线。")
            }
        },
        (FlipInput::MlTeamSize, Direction::Below) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => {
                format!("若团队中最多只有 {at}（目前为 {now}），{who}将成为成本最低的路线。")
            }
            FlipSubject::NoRoute => {
                format!("若团队中最多只有 {at}（目前为 {now}），将不再有可行的路线。")
            }
        },
        (FlipInput::AccuracyNeed, Direction::Above) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => {
                format!("若准确性要求为“{at}”（目前为“{now}”），{who}将成为成本最低的路线。")
            }
            FlipSubject::NoRoute => {
                format!("若准确性要求为“{at}”（目前为“{now}”），将不再有可行的路线。")
            }
        },
        (FlipInput::AccuracyNeed, Direction::Below) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => {
                format!("若准确性要求为“{at}”（目前为“{now}”），{who}将成为成本最低的路线。")
            }
            FlipSubject::NoRoute => {
                format!("若准确性要求为“{at}”（目前为“{now}”），将不再有可行的路线。")
            }
        },
        (FlipInput::HorizonMonths, Direction::Above) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => {
                format!("若测算周期不少于 {at}（目前为 {now}），{who}将成为成本最低的路线。")
            }
            FlipSubject::NoRoute => {
                format!("若测算周期不少于 {at}（目前为 {now}），将不再有可行的路线。")
            }
        },
        (FlipInput::HorizonMonths, Direction::Below) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => {
                format!("若测算周期不超过 {at}（目前为 {now}），{who}将成为成本最低的路线。")
            }
            FlipSubject::NoRoute => {
                format!("若测算周期不超过 {at}（目前为 {now}），将不再有可行的路线。")
            }
        },
        (FlipInput::ApiPriceDecline, Direction::Above) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => {
                format!("若 API 降价速度快于{at}（目前为{now}），{who}将成为成本最低的路线。")
            }
            FlipSubject::NoRoute => {
                format!("若 API 降价速度快于{at}（目前为{now}），将不再有可行的路线。")
            }
        },
        (FlipInput::ApiPriceDecline, Direction::Below) => match subject {
            FlipSubject::Route(who) | FlipSubject::RouteAlsoCheapest(who) => {
                format!("若 API 降价速度慢于{at}（目前为{now}），{who}将成为成本最低的路线。")
            }
            FlipSubject::NoRoute => {
                format!("若 API 降价速度慢于{at}（目前为{now}），将不再有可行的路线。")
            }
        },
    }
}

// Suitability factors

/// "应用场景", "团队机器学习能力": a suitability factor.
pub fn factor_label(factor: FactorId) -> &'static str {
    match factor {
        FactorId::UseCase => "应用场景",
        FactorId::Investment => "投资规模",
        FactorId::TeamCapability => "团队机器学习能力",
        FactorId::Accuracy => "准确性要求",
        FactorId::ServiceSla => "厂商服务与 SLA",
        FactorId::DataResidency => "数据驻留",
        FactorId::Customisation => "定制化程度",
        FactorId::Volume => "用量",
        FactorId::TimeToMarket => "上线紧迫度",
        FactorId::LockIn => "对厂商锁定的顾虑",
        FactorId::VendorViability => "厂商存续能力",
    }
}

/// "0.5：用量的主要影响已体现在成本中。": why a factor has its default weight.
pub fn factor_weight_reason(factor: FactorId) -> &'static str {
    match factor {
        FactorId::UseCase => {
            "1.5：承载参考文章的主要论断（学术研究适合开放权重模型，大型商业项目适合闭源模型）。"
        }
        FactorId::TeamCapability => {
            "1.5：对应参考文章的另一项论断：开放权重模型适合拥有自己的工程师和数据科学家的组织。"
        }
        FactorId::Accuracy => {
            "1.25：按实测的质量差距缩放，而非主观假定，因此只在开放模型落后时起作用。"
        }
        FactorId::ServiceSla
        | FactorId::DataResidency
        | FactorId::Customisation
        | FactorId::TimeToMarket
        | FactorId::LockIn => "1.0：这类决策中常见的一票否决项。",
        FactorId::Investment => "0.75：作为信号，不如团队本身有说服力。",
        FactorId::Volume => "0.5：用量的主要影响已体现在成本中。",
        FactorId::VendorViability => "0.5：这是对厂商未来经营状况的判断。",
    }
}

/// The profile's value on a factor: "学术研究", "$2 million",
/// "现有机器学习人员 3 名，为自部署所需 7 名的 43%".
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

/// "学术研究": the use case as a factor value (as the form's choices).
pub fn use_case_value(use_case: UseCase) -> &'static str {
    match use_case {
        UseCase::AcademicResearch => "学术研究",
        UseCase::InternalTool => "内部工具",
        UseCase::CustomerFacing => "面向客户的产品",
        UseCase::MissionCritical => "关键业务系统",
    }
}

/// "内部工具可以走任何一条路线……": why the use case scores the routes as it does.
pub fn use_case_reason(use_case: UseCase) -> &'static str {
    match use_case {
        UseCase::AcademicResearch => "研究需要能固定版本、可检查、可共享的模型权重，以便复现结果（无论部署在服务商处还是自有 GPU 上）；参考文章认为，开放模型适合学术研究。",
        UseCase::InternalTool => "内部工具走哪条路线都可以；按 Token 计费的路线运维最省事。",
        UseCase::CustomerFacing => "面向客户的产品需要稳定的质量和外部服务保障；参考文章认为，大型商业项目更倾向于闭源模型。",
        UseCase::MissionCritical => "业务离不开的系统，要么需要厂商的服务保障（闭源 API），要么需要完全自主可控（自有 GPU）；第三方托管服务两者都无法完全做到。",
    }
}

/// "投资不足 $100,000，难以支撑……": the investment factor's reason below `small_usd`.
pub fn investment_small_reason(small_usd: f64) -> String {
    format!(
        "投资不足 {}，难以支撑 GPU 集群和平台团队，宜按 Token 付费。",
        format::money_words(small_usd, Currency::Usd)
    )
}
/// "投资在 $100,000 至 $1 million 之间：……": the investment factor's reason between the bands.
pub fn investment_medium_reason(small_usd: f64, large_usd: f64) -> String {
    format!(
        "投资在 {} 至 {} 之间：每条路线都负担得起，按 Token 计费的路线占用资金更少。",
        format::money_words(small_usd, Currency::Usd),
        format::money_words(large_usd, Currency::Usd)
    )
}
/// The investment factor's reason from $1 million.
pub const INVESTMENT_LARGE_REASON: &str =
    "参考文章指出：投资达数百万乃至数千万的项目，仍然首选闭源模型。";

/// "现有机器学习人员 3 名，为自部署所需 7 名的 43%"
pub fn team_value(team_fte: f64, coverage: f64, need_fte: f64) -> String {
    format!(
        "现有机器学习人员 {} 名，为自部署所需 {} 名的 {}",
        format::significant(team_fte),
        format::significant(need_fte),
        format::percent(coverage)
    )
}

/// The team capability factor's reason.
pub const TEAM_REASON: &str = "拥有自己的工程师和数据科学家的组织，才能真正从开放权重模型中获益（参考文章提到，微软主要向这类企业推荐 Llama）；没有这样的团队，就由闭源 API 承担这部分工作。";

/// "高；闭源模型的基准测试得分领先托管模型 40 分、领先自部署模型 52 分",
/// or "中；质量差距未知" when `gap_points` is None.
pub fn accuracy_value(need: Level, gap_points: Option<(f64, f64)>) -> String {
    match gap_points {
        Some((managed, hosted)) => format!(
            "{}；闭源模型的基准测试得分领先托管模型 {} 分、领先自部署模型 {} 分",
            level_lower(need),
            format::fixed(managed, 0),
            format::fixed(hosted, 0)
        ),
        None => format!("{}；质量差距未知", level_lower(need)),
    }
}

/// The accuracy factor's reason.
pub const ACCURACY_REASON: &str = "准确性要求越高、开放模型与闭源模型的差距越大，闭源 API 就越占优（质量提升项目的费用也已计入成本模型）。";

/// "需要" or "不需要": whether a vendor SLA is needed.
pub fn sla_value(needed: bool) -> &'static str {
    if needed {
        "需要"
    } else {
        "不需要"
    }
}

/// "不需要厂商 SLA，各路线在这一项上不分高下。": the SLA factor's reason.
pub fn sla_reason(needed: bool) -> &'static str {
    if needed {
        "需要厂商 SLA：闭源厂商和云上托管服务都提供 SLA；自部署则须自建值班保障。"
    } else {
        "不需要厂商 SLA，各路线在这一项上不分高下。"
    }
}

/// "数据不出境", "物理隔离": a data residency requirement as a factor value.
pub fn residency_value(residency: DataResidency) -> &'static str {
    match residency {
        DataResidency::None => "无限制",
        DataResidency::InCountry => "数据不出境",
        DataResidency::OnPremises => "数据不出本单位机房",
        DataResidency::AirGapped => "物理隔离",
    }
}

/// "数据流向不受限制，各路线不分高下。": the data residency factor's reason.
pub fn residency_reason(residency: DataResidency) -> &'static str {
    match residency {
        DataResidency::None => "数据流向不受限制，各路线不分高下。",
        DataResidency::InCountry => "数据不得出境：自部署可让数据留在原地；云上托管服务需要境内区域；闭源厂商的境内服务选择更少。",
        DataResidency::OnPremises => "数据不得离开本单位机房：只有自有 GPU 符合要求（这同时也是一项硬性约束）。",
        DataResidency::AirGapped => "不得与外部网络连接：只有自有 GPU 符合要求（这同时也是一项硬性约束）。",
    }
}

/// "基于私有数据微调": a customisation depth as a factor value.
pub fn customisation_value(customisation: Customisation) -> &'static str {
    match customisation {
        Customisation::PromptOnly => "仅提示词",
        Customisation::Retrieval => "检索增强",
        Customisation::FineTuning => "基于私有数据微调",
        Customisation::Deep => "深度改造模型",
    }
}

/// "检索增强在每条路线上效果相同。": the customisation factor's reason.
pub fn customisation_reason(customisation: Customisation) -> &'static str {
    match customisation {
        Customisation::PromptOnly => "仅使用提示词：无需训练，按 Token 计费的 API 最简单。",
        Customisation::Retrieval => "检索增强在每条路线上效果相同。",
        Customisation::FineTuning => "基于私有数据微调：开放权重模型可以自由微调（托管服务上可用适配器，自有 GPU 上不受限制）；闭源厂商开放微调的模型很少，条件也由厂商说了算。",
        Customisation::Deep => "继续预训练或蒸馏需要模型权重本身：只有自部署能做到。",
    }
}

/// "每月 41.2 billion Token": the volume factor's value.
pub fn volume_value(tokens_per_month: f64) -> String {
    format!("每月 {} Token", format::count_words(tokens_per_month))
}

/// The volume factor's reason under 100 million tokens a month.
pub const VOLUME_TINY_REASON: &str = "每月不足 1 亿 Token 时，GPU 集群大部分时间都会闲置。";
/// The volume factor's reason from 100 million to 1 billion tokens a month.
pub const VOLUME_SMALL_REASON: &str = "每月 1 亿至 10 亿 Token：对专用集群而言规模仍然偏小。";
/// The volume factor's reason from 1 to 10 billion tokens a month.
pub const VOLUME_MEDIUM_REASON: &str = "每月 10 亿至 100 亿 Token：仅凭用量还不能下结论。";
/// The volume factor's reason from 10 to 100 billion tokens a month.
pub const VOLUME_LARGE_REASON: &str =
    "每月 100 亿至 1000 亿 Token：限流和按 Token 计费的账单开始带来压力。";
/// The volume factor's reason over 100 billion tokens a month.
pub const VOLUME_HUGE_REASON: &str =
    "每月超过 1000 亿 Token：满负荷运行的自有集群单位 Token 成本最低，也不受限流约束。";

/// "有一定紧迫性：按 Token 计费的路线能更早启动。": the time-to-market factor's reason.
pub fn urgency_reason(urgency: Level) -> &'static str {
    match urgency {
        Level::High => "急于上线时，拿来即用的 API 更占优；自部署需要招聘和搭建。",
        Level::Medium => "有一定紧迫性：按 Token 计费的路线能更早启动。",
        Level::Low => "不急于上线：搭建周期在这里无关紧要（其成本已计入成本模型）。",
    }
}

/// "厂商锁定在这里不是问题。": the lock-in factor's reason.
pub fn lock_in_reason(aversion: Level) -> &'static str {
    match aversion {
        Level::High => "开放权重模型可以在服务商之间迁移，也可以转为自建；闭源模型则把提示词、微调和评测都绑定在一家厂商身上。",
        Level::Medium => "对厂商锁定有一定顾虑：开放权重模型保留了退出的余地。",
        Level::Low => "厂商锁定在这里不是问题。",
    }
}

/// "闭源厂商：OpenAI；托管服务商：未知": the vendors as a factor value (empty = unknown).
pub fn vendors_value(closed_vendor: &str, managed_provider: &str) -> String {
    let known = |name: &str| {
        if name.is_empty() {
            "未知".to_owned()
        } else {
            name.to_owned()
        }
    };
    format!(
        "闭源厂商：{}；托管服务商：{}",
        known(closed_vendor),
        known(managed_provider)
    )
}

/// The vendor viability factor's reason.
pub const VENDOR_VIABILITY_REASON: &str = "参考文章把厂商分为三类：云服务商（以及兼营云和模型的公司）经营稳定；新兴模型厂商受价格战挤压；而握在您手中的模型权重，无论其厂商境况如何都能继续使用。";

// Hard constraints

/// Why deep customisation excludes the closed API.
pub const EXCLUDED_DEEP_CUSTOMISATION: &str = "改动模型本身（requirements.customisation = deep：继续预训练或蒸馏）需要拿到模型权重，而闭源 API 不提供权重。";

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
pub const ARTICLE_REASON_RESEARCH: &str = "参考文章认为：开放模型对学术研究很有价值。";
/// The article's reason for customer-facing and mission-critical projects.
pub const ARTICLE_REASON_COMMERCIAL: &str =
    "参考文章认为：对准确性、效率和外部服务有要求的大型商业项目，选择闭源模型更为明智。";
/// The article's reason for an internal tool with a large investment or a high accuracy need.
pub const ARTICLE_REASON_LARGE_OR_ACCURATE: &str =
    "参考文章认为：投资达数百万的项目，或对准确性要求高的项目，仍然首选闭源模型。";
/// The article's reason for a small internal tool.
pub const ARTICLE_REASON_DEFAULT: &str = "参考文章认为：一旦算上技术和服务投入，“免费”的开放模型只是低成本的假象；商业应用默认应选择闭源模型。";

/// "闭源 API" or "开放权重模型" inside a sentence.
pub fn family_name_lower(family: Family) -> &'static str {
    match family {
        Family::Closed => route_name_lower(RouteId::ClosedApi),
        Family::OpenWeights => "开放权重模型",
    }
}

/// The article check when no route is feasible.
pub const ARTICLE_NO_ROUTE: &str = "没有可行的路线，因此无法按参考文章的选择执行。";

/// "参考文章的结论在此成立：测算结果同样指向开放权重模型。"
pub fn article_holds(family: Family) -> String {
    tidy(&format!(
        "参考文章的结论在此成立：测算结果同样指向{}。",
        family_name_lower(family)
    ))
}

/// "参考文章的结论在此不成立：测算结果反而指向开放权重模型[，原因在于参考文章
/// 未考虑以下因素：a；b]。" (`why_not` may be empty.)
pub fn article_does_not_hold(engine: Family, why_not: &[WhyNot]) -> String {
    if why_not.is_empty() {
        tidy(&format!(
            "参考文章的结论在此不成立：测算结果反而指向{}。",
            family_name_lower(engine)
        ))
    } else {
        tidy(&format!(
            "参考文章的结论在此不成立：测算结果反而指向{}，原因在于参考文章未考虑以下因素：{}。",
            family_name_lower(engine),
            why_not_list(why_not)
        ))
    }
}

/// The things the article leaves out, as a list: "调用量极高（每月 41.2 billion
/// Token）；对厂商锁定有强烈顾虑" (items joined by "；").
pub fn why_not_list(items: &[WhyNot]) -> String {
    items.iter().map(why_not).collect::<Vec<_>>().join("；")
}

/// One thing the article leaves out: "调用量极高（每月 41.2 billion Token）".
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

/// "调用量极高（每月 41.2 billion Token）"
pub fn why_not_high_volume(tokens_per_month: f64) -> String {
    format!(
        "调用量极高（每月 {} Token）",
        format::count_words(tokens_per_month)
    )
}

/// "调用量低（每月 12 million Token），GPU 会大量闲置"
pub fn why_not_low_volume(tokens_per_month: f64) -> String {
    format!(
        "调用量低（每月 {} Token），GPU 会大量闲置",
        format::count_words(tokens_per_month)
    )
}

pub const WHY_NOT_DATA_ON_PREMISES: &str = "数据不得离开本单位机房";
pub const WHY_NOT_DEEP_CUSTOMISATION: &str = "深度定制需要模型权重";
pub const WHY_NOT_FINE_TUNING: &str = "需要基于私有数据微调";
pub const WHY_NOT_OWN_TEAM: &str = "拥有自己的机器学习团队";
pub const WHY_NOT_LOCK_IN: &str = "对厂商锁定有强烈顾虑";
pub const WHY_NOT_NO_TEAM: &str = "没有能运维开放权重模型的机器学习团队";
pub const WHY_NOT_URGENCY: &str = "急于上线";

// Uncertainty

/// "副本吞吐量": an uncertain input of the Monte Carlo.
pub fn uncertain_input_label(input: UncertainInput) -> &'static str {
    match input {
        // The inputs the flip search also moves keep its labels.
        UncertainInput::RequestsPerMonth => flip_input_label(FlipInput::RequestsPerMonth),
        UncertainInput::ClosedPrice => flip_input_label(FlipInput::ClosedPrice),
        UncertainInput::ManagedPrice => flip_input_label(FlipInput::ManagedPrice),
        UncertainInput::GpuPrice => flip_input_label(FlipInput::GpuPrice),
        UncertainInput::TokenPriceDecline => flip_input_label(FlipInput::ApiPriceDecline),
        UncertainInput::Throughput => "副本吞吐量",
        UncertainInput::StaffCost => "人力成本",
        UncertainInput::QualityCost => "质量提升项目成本",
        UncertainInput::ProjectValue => "上线后每月价值",
    }
}

/// "经验判断（未核实）：……": where an uncertain input's default range comes from.
pub fn uncertain_input_source(input: UncertainInput) -> &'static str {
    match input {
        UncertainInput::RequestsPerMonth => "经验判断（未核实）：新服务的用量预测误差，向上偏（0.5 至 2 倍）。",
        UncertainInput::ClosedPrice => "参考资料 1.6，价格历史：o3 降价 80%（2025-06），Mistral Large 降价 75%，Claude 3.5 Haiku 降价 20%；涨价罕见（0.5 至 1.1 倍）。",
        UncertainInput::ManagedPrice => "参考资料 2：Llama 3.3 70B 的报价从 Groq 的 $0.59/$0.79 到 Cerebras 的 $0.85/$1.20 及 Together 的 $0.88 不等（0.65 至 1.35 倍）。",
        UncertainInput::GpuPrice => "参考资料 5.2 和 5.3：新兴 GPU 云上 H100 每小时 $2.23 至 $4.76，集中在 $2.99 左右；购置价 $25k 至 $36k，集中在 $31k 左右（0.75 至 1.6 倍）。",
        UncertainInput::Throughput => "参考资料 5.1 和 6.2：vLLM 在批大小为 1 时约达到带宽上限的 63%；矩阵乘法可达标称规格的 51% 至 87%（0.7 至 1.2 倍）。",
        UncertainInput::StaffCost => "参考资料 7.1：BLS OEWS 2024 年 5 月数据中位数上下的四分位区间（数据科学家 $82,630 / $112,590 / $155,810）（0.75 至 1.4 倍）。",
        UncertainInput::QualityCost => "参考资料 7.3：标注成本从每条 $0.04 到每对专家偏好数据 $50 不等；参考文章指出，要追平闭源模型，需要投入大量人力、资金和时间（0.5 至 3 倍）。",
        UncertainInput::ProjectValue => "经验判断（未核实）：上线后每月的价值只是估算（0.5 至 1.5 倍）。",
        UncertainInput::TokenPriceDecline => "参考资料 1.6：从每年缓降 5% 到 2025 年价格战时的 40%，默认值 20% 居中（0.25 至 2 倍）。",
    }
}

// Settings problems

/// "0.5 至 1000 之间的数字": what a decision setting accepts (bounds
/// written exactly, by [`format::exact`]).
pub fn settings_allowed_range(low: &str, high: &str) -> String {
    format!("{low} 至 {high} 之间的数字")
}

/// "0 至 100,000 之间的整数": how many Monte Carlo draws are accepted.
pub fn settings_allowed_draws(max: &str) -> String {
    format!("0 至 {max} 之间的整数")
}

// The command line's summary (`--explain`)

/// "推荐路线：闭源 API（置信度：高，92%）"
pub fn explain_recommendation(route: RouteId, confidence: f64) -> String {
    format!(
        "推荐路线：{}（置信度：{}，{}）",
        route_subject(route),
        confidence_lower(Confidence::of(confidence)),
        format::percent(confidence)
    )
}

pub const EXPLAIN_NO_RECOMMENDATION: &str = "推荐路线：无（没有可行的路线）";

/// "参考文章对照：{summary}"
pub fn explain_article(summary: &ArticleSummary) -> String {
    format!("参考文章对照：{}", article_summary(summary))
}

pub const EXPLAIN_WHY: &str = "理由：";

/// "评分（{rule}）："
pub fn explain_scores_heading(rule: &Rule) -> String {
    format!("评分（{}）：", rule_text(rule))
}

/// "  closed_api     成本       $1.2 million  成本得分 1.00  适配度  55.0  综合得分 0.775"
pub fn explain_score_row(score: &RouteScore, currency: Currency) -> String {
    format!(
        "  {:<14} 成本 {:>18}  成本得分 {}  适配度 {:>5}  综合得分 {}",
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
            "已排除".to_owned()
        }
    )
}

pub const EXPLAIN_FACTORS_HEADING: &str = "适配度因素（闭源 / 托管 / 自部署 各得分）：";

/// "  应用场景                 -6.8 / +6.8 / +6.8   学术研究" (the label padded
/// to 24 terminal columns, a Chinese character taking two).
pub fn explain_factor_row(factor: &Factor) -> String {
    let points: Vec<String> = factor
        .contributions
        .iter()
        .map(|entry| signed_points(entry.points))
        .collect();
    format!(
        "  {} {:>18}   {}",
        pad_end(factor_label(factor.factor), 24),
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

/// "不确定性（5,000 次模拟，随机种子 20261126）：" (the seed as typed, ungrouped).
pub fn explain_uncertainty_heading(draws: u32, seed: u64) -> String {
    format!(
        "不确定性（{} 次模拟，随机种子 {seed}）：",
        format::whole(f64::from(draws))
    )
}

/// "  closed_api     P10 $1.1 million  P50 ...  成本最低  88%  推荐  92%"
pub fn explain_range_row(range: &RouteRange, currency: Currency) -> String {
    format!(
        "  {:<14} P10 {:>16}  P50 {:>16}  P90 {:>16}  成本最低 {:>4}  推荐 {:>4}{}",
        range.route.key(),
        format::money_words(range.p10, currency),
        format::money_words(range.p50, currency),
        format::money_words(range.p90, currency),
        format::percent(range.probability_cheapest),
        format::percent(range.probability_recommended),
        if range.feasible {
            ""
        } else {
            "  （已排除）"
        }
    )
}

/// "龙卷风图：各输入项由低值变到高值时，成本(closed_api) - 成本(self_hosted) 的波动：",
/// or of the leader's own cost when there is no other route.
pub fn explain_tornado_heading(leader: RouteId, other: Option<RouteId>) -> String {
    match other {
        Some(other) => format!(
            "龙卷风图：各输入项由低值变到高值时，成本({}) - 成本({}) 的波动：",
            leader.key(),
            other.key()
        ),
        None => format!(
            "龙卷风图：各输入项由低值变到高值时，成本({}) 的波动：",
            leader.key()
        ),
    }
}

/// "  GPU 价格                   x0.75 .. x1.6   -$1.2 million .. $400,000   波动 $1.6 million"
/// (the label padded to 26 terminal columns).
pub fn explain_tornado_row(bar: &TornadoBar, currency: Currency) -> String {
    format!(
        "  {} x{} .. x{}  {:>16} .. {:<16} 波动 {}",
        pad_end(uncertain_input_label(bar.input), 26),
        format::significant(bar.low),
        format::significant(bar.high),
        format::money_words(bar.difference_at_low, currency),
        format::money_words(bar.difference_at_high, currency),
        format::money_words(bar.swing, currency)
    )
}

pub const EXPLAIN_FLIP_POINTS: &str = "临界点：";

pub const EXPLAIN_FLEET_HEADING: &str = "自部署 GPU 集群：";
pub const EXPLAIN_BREAK_EVEN_HEADING: &str =
    "盈亏平衡（累计成本；以及 GPU 在购置时付款的现金口径）：";

/// "  每副本 4 块 NVIDIA H100 SXM 80GB，租用，按小时自动扩缩容；峰值小时 13 个副本；
/// 批大小 32（受显存限制）"
pub fn explain_fleet_row(fleet: &crate::report::Fleet) -> String {
    let gpus = format::whole(f64::from(fleet.gpus_per_replica));
    let gpu = &fleet.gpu_name;
    let how = super::fleet_plan(fleet.deployment, fleet.rental_plan);
    let replicas = format::whole(f64::from(fleet.replicas));
    let batch = format::whole(f64::from(fleet.batch));
    let limit = super::batch_limit_name(fleet.batch_limit);
    let reserved = format::whole(f64::from(fleet.reserved_replicas));
    if fleet.reserved_replicas > 0 {
        format!("  每副本 {gpus} 块 {gpu}，{how}；峰值小时 {replicas} 个副本（其中预留 {reserved} 个）；批大小 {batch}（受{limit}限制）")
    } else {
        format!("  每副本 {gpus} 块 {gpu}，{how}；峰值小时 {replicas} 个副本；批大小 {batch}（受{limit}限制）")
    }
}

/// "  平均利用率 47%；累计 123,456 GPU 小时，每 GPU 小时 $2.69"
pub fn explain_fleet_use(fleet: &crate::report::Fleet, currency: Currency) -> String {
    format!(
        "  平均利用率 {}；累计 {} GPU 小时，每 GPU 小时 {}",
        format::percent(fleet.average_utilisation),
        format::whole(fleet.gpu_hours),
        format::money(fleet.cost_per_gpu_hour, currency)
    )
}

/// "  closed_api / self_hosted：累计成本在第 14 个月持平；按现金口径，self_hosted
/// 从第 18 个月起直至期末都更便宜"
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
            "  {first} / {second}：累计成本在第 {} 个月持平；按现金口径，{} 从第 {} 个月起直至期末都更便宜",
            month(costs),
            dearer_in_cash.key(),
            month(cash)
        ),
        (Some(costs), None) => format!(
            "  {first} / {second}：累计成本在第 {} 个月持平；按现金口径，{} 直至期末始终更便宜",
            month(costs),
            pair.cash_cheaper_at_start.key()
        ),
        (None, Some(cash)) => format!(
            "  {first} / {second}：累计成本在测算周期内没有持平；按现金口径，{} 从第 {} 个月起直至期末都更便宜",
            dearer_in_cash.key(),
            month(cash)
        ),
        (None, None) => format!(
            "  {first} / {second}：累计成本在测算周期内没有持平；按现金口径，{} 直至期末始终更便宜",
            pair.cash_cheaper_at_start.key()
        ),
    }
}

// Spacing and terminal columns

/// Adds the space between a Latin letter and a Chinese character where a
/// sentence puts a route's name (“闭源 API”) or a product name next to
/// Chinese words: "闭源 API将" -> "闭源 API 将". Digits are left alone: the
/// number formatter decides how a number meets the unit after it ("350万").
fn tidy(sentence: &str) -> String {
    let mut out = String::with_capacity(sentence.len() + 8);
    let mut before: Option<char> = None;
    for c in sentence.chars() {
        if let Some(b) = before {
            if (super::is_han(b) && c.is_ascii_alphabetic())
                || (b.is_ascii_alphabetic() && super::is_han(c))
            {
                out.push(' ');
            }
        }
        out.push(c);
        before = Some(c);
    }
    out
}

/// Joins the pieces of one sentence whose values may start or end with a
/// digit, a currency symbol or a percent sign, with a space wherever such a
/// character (or a Latin letter) meets a Chinese character.
fn join(pieces: &[&str]) -> String {
    let latin = |c: char| c.is_ascii_alphanumeric() || matches!(c, '$' | '€' | '₹' | '¥' | '%');
    let mut joined = String::new();
    for piece in pieces {
        if let (Some(before), Some(after)) = (joined.chars().last(), piece.chars().next()) {
            if (super::is_han(before) && latin(after)) || (latin(before) && super::is_han(after)) {
                joined.push(' ');
            }
        }
        joined.push_str(piece);
    }
    tidy(&joined)
}

/// How many terminal columns a text takes: two for a Chinese character or a
/// full-width sign, one for anything else.
fn columns(text: &str) -> usize {
    text.chars()
        .map(|c| {
            if super::is_han(c) || matches!(c, '\u{3000}'..='\u{303F}' | '\u{FF00}'..='\u{FF60}') {
                2
            } else {
                1
            }
        })
        .sum()
}

/// `text` followed by spaces up to `width` terminal columns (as `{:<width}`
/// does for Latin text).
fn pad_end(text: &str, width: usize) -> String {
    let used = columns(text);
    format!("{text}{}", " ".repeat(width.saturating_sub(used)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Non-empty, has Chinese characters, and no placeholder left unfilled.
    fn assert_chinese(text: &str) {
        assert!(!text.is_empty(), "empty text");
        assert!(
            text.chars().any(super::super::is_han),
            "no Chinese in {text:?}"
        );
        assert!(
            !text.contains('{') && !text.contains('}'),
            "a placeholder in {text:?}"
        );
    }

    fn requests_flip(route: Option<RouteId>, also_cheapest: bool) -> FlipOutcome {
        FlipOutcome::Recommended {
            input: FlipInput::RequestsPerMonth,
            direction: Direction::Above,
            at: FlipValue::Requests {
                per_month: 41_200_000.0,
            },
            now: FlipValue::Requests {
                per_month: 10_000_000.0,
            },
            route,
            also_cheapest,
        }
    }

    #[test]
    fn representative_texts_are_chinese_and_filled_in() {
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
        let gpu_flip = FlipOutcome::Cheapest {
            input: FlipInput::GpuPrice,
            direction: Direction::Below,
            at: FlipValue::GpuHourPrice { usd: 4.1 },
            now: FlipValue::GpuHourPrice { usd: 2.99 },
            route: Some(RouteId::SelfHosted),
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
                months: 12,
                currency: Currency::Cny,
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
                book_value: 300_000.0,
                currency: Currency::Usd,
            },
            Reason::FactorEdge {
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
            },
            Reason::LowMargin {
                confidence: 0.55,
                route: RouteId::ClosedApi,
                other: RouteId::ManagedOpen,
                lead: 0.02,
            },
            Reason::Simulation {
                range: range.clone(),
                draws: 5_000,
                currency: Currency::Usd,
            },
            Reason::NearestFlip {
                flip: requests_flip(Some(RouteId::ManagedOpen), true),
            },
            Reason::NearestFlip {
                flip: gpu_flip.clone(),
            },
        ];
        for item in &reasons {
            assert_chinese(&reason(item));
        }

        let prices = crate::decision::flip_points::ListedPrices {
            input_per_million: 1.25,
            output_per_million: 5.0,
            currency: Currency::Usd,
        };
        let flips = [
            requests_flip(Some(RouteId::ClosedApi), false),
            requests_flip(Some(RouteId::SelfHosted), true),
            requests_flip(None, false),
            gpu_flip,
            FlipOutcome::Cheapest {
                input: FlipInput::MlTeamSize,
                direction: Direction::Above,
                at: FlipValue::MlStaff { fte: 4.5 },
                now: FlipValue::MlStaff { fte: 3.0 },
                route: None,
            },
            FlipOutcome::Recommended {
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
                route: Some(RouteId::ClosedApi),
                also_cheapest: false,
            },
            FlipOutcome::Recommended {
                input: FlipInput::AccuracyNeed,
                direction: Direction::Above,
                at: FlipValue::AccuracyNeed { level: Level::High },
                now: FlipValue::AccuracyNeed {
                    level: Level::Medium,
                },
                route: Some(RouteId::ClosedApi),
                also_cheapest: true,
            },
            FlipOutcome::NoFlip {
                input: FlipInput::GpuUtilisation,
                low: FlipValue::Utilisation { fraction: 0.1 },
                high: FlipValue::Utilisation { fraction: 0.95 },
                now: FlipValue::Utilisation { fraction: 0.5 },
            },
            FlipOutcome::TooFewRoutes {
                input: FlipInput::HorizonMonths,
                low: FlipValue::Horizon { months: 6.0 },
                high: FlipValue::Horizon { months: 120.0 },
                now: FlipValue::Horizon { months: 36.0 },
                feasible_routes: 1,
            },
            FlipOutcome::TooFewRoutes {
                input: FlipInput::ApiPriceDecline,
                low: FlipValue::PriceDecline { per_year: 0.05 },
                high: FlipValue::PriceDecline { per_year: 0.4 },
                now: FlipValue::PriceDecline { per_year: 0.2 },
                feasible_routes: 0,
            },
        ];
        for flip in &flips {
            assert_chinese(&flip_outcome(flip));
            assert_chinese(&reason_nearest_flip(flip));
        }

        // An amount alone ("$2 million") is a value without words.
        assert!(!factor_value(&FactorValue::Investment { usd: 2_000_000.0 }).is_empty());
        let values = [
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
            FactorValue::DataResidency {
                residency: DataResidency::InCountry,
            },
            FactorValue::Volume {
                tokens_per_month: 4.12e10,
            },
            FactorValue::Vendors {
                closed_vendor: "OpenAI".to_owned(),
                managed_provider: String::new(),
            },
        ];
        for value in &values {
            assert_chinese(&factor_value(value));
        }
        let factor_reasons = [
            FactorReason::InvestmentSmall {
                below_usd: 100_000.0,
            },
            FactorReason::InvestmentMedium {
                from_usd: 100_000.0,
                to_usd: 1_000_000.0,
            },
            FactorReason::Team,
            FactorReason::Customisation {
                customisation: Customisation::FineTuning,
            },
            FactorReason::Volume {
                band: VolumeBand::Huge,
            },
            FactorReason::LockIn {
                aversion: Level::High,
            },
            FactorReason::VendorViability,
        ];
        for item in &factor_reasons {
            assert_chinese(&factor_reason(item));
        }

        let summaries = [
            ArticleSummary::NoRoute,
            ArticleSummary::Holds {
                family: Family::Closed,
            },
            ArticleSummary::DoesNotHold {
                engine: Family::OpenWeights,
                why_not: vec![],
            },
            ArticleSummary::DoesNotHold {
                engine: Family::OpenWeights,
                why_not: vec![
                    WhyNot::HighVolume {
                        tokens_per_month: 4.12e10,
                    },
                    WhyNot::LockIn,
                ],
            },
        ];
        for summary in &summaries {
            assert_chinese(&article_summary(summary));
            assert_chinese(&explain_article(summary));
        }

        assert_chinese(&rule_weights_text(0.5, 0.5));
        assert_chinese(&explain_recommendation(RouteId::ClosedApi, 0.92));
        assert_chinese(&explain_range_row(&range, Currency::Usd));
        assert_chinese(uncertain_input_source(UncertainInput::GpuPrice));
        assert_chinese(&settings_allowed_range("0.5", "1000"));
    }

    #[test]
    fn sentences_read_as_written() {
        assert_eq!(
            reason_cheapest_route(
                (RouteId::ClosedApi, 1_200_000.0),
                (RouteId::SelfHosted, 2_000_000.0),
                0.4,
                36,
                Currency::Usd
            ),
            "闭源 API 是成本最低的可行路线：36 个月总成本 $120万，比自部署（$200万）低 40%。"
        );
        assert_eq!(
            flip_outcome(&requests_flip(Some(RouteId::ClosedApi), true)),
            "当用量高于每月 4120万 次请求（目前为每月 1000万 次请求）时，\
             闭源 API 将成为推荐路线，届时其成本也最低。"
        );
        assert_eq!(
            flip_outcome(&FlipOutcome::TooFewRoutes {
                input: FlipInput::HorizonMonths,
                low: FlipValue::Horizon { months: 6.0 },
                high: FlipValue::Horizon { months: 120.0 },
                now: FlipValue::Horizon { months: 36.0 },
                feasible_routes: 1,
            }),
            "测算周期：在合理取值范围（6 个月至 120 个月；目前为 36 个月）内不存在临界点，\
             因为只有一条路线可行。"
        );
        assert_eq!(
            team_value(3.0, 3.0 / 7.0, 7.0),
            "现有机器学习人员 3 名，为自部署所需 7 名的 43%"
        );
    }

    #[test]
    fn terminal_columns_count_chinese_as_two() {
        assert_eq!(pad_end("应用场景", 10), "应用场景  ");
        assert_eq!(pad_end("GPU 价格", 10), "GPU 价格  ");
    }
}
