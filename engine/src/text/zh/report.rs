//! 成本报告的中文文本：路线标签、排除原因、注意事项、假设的数值、单位与非引用来源、
//! 显存测算说明，以及 Markdown 报告的标题与语句。
//! The Chinese for the cost report: the mirror of `en::report`, item for item.
//!
//! Numbers go through [`crate::text::format::zh`] (万 and 亿); dotted profile
//! paths, ids, keys, citations and model, vendor and GPU names stay as they
//! are (they name data, not words). The CSV export has no words of its own:
//! its column keys are data.

use crate::catalog::{Benchmark, CloudKind, InterconnectKind, Role};
use crate::currency::Currency;
use crate::profile::{DataResidency, Precision};
use crate::report::{
    AssumptionSource, AssumptionUnit, AssumptionValue, CatalogValue, Exclusion, RouteLabel, Warning,
};
use crate::sizing::{FitOption, MemoryShortfall, SizingError, SizingProblem};
use crate::text::format::zh as format;

// 假设：单位、数值与来源

/// An assumption's unit: "比例", "USD/百万 Token（输入 / 输出）".
pub fn assumption_unit(unit: AssumptionUnit) -> String {
    match unit {
        AssumptionUnit::Unit(unit) => super::unit(unit).to_owned(),
        AssumptionUnit::PricePair(currency) => {
            format!("{}/百万 Token（输入 / 输出）", currency.code())
        }
    }
}

/// An assumption's value: a number as [`format::readable`] writes it, or a
/// catalog row's figures ([`catalog_value`]).
pub fn assumption_value(value: &AssumptionValue) -> String {
    match value {
        AssumptionValue::Number(number) => format::readable(*number),
        AssumptionValue::Catalog(value) => catalog_value(value),
    }
}

/// A catalog row's figures: "gpt-4o：2.5 / 10";
/// "llama-3-70b：参数量 70.55 B（激活参数 70.55 B），80 层，8 个 KV 头 × 128 维";
/// "h100-sxm：显存 80 GB，带宽 3,350 GB/s，BF16 算力 989 TFLOPS，功耗 700 W";
/// "NVLink：单向带宽 370 GB/s，每次 all-reduce 延迟 10 μs".
pub fn catalog_value(value: &CatalogValue) -> String {
    match value {
        CatalogValue::PricePair { id, input, output } => {
            format!(
                "{id}：{} / {}",
                format::exact(*input),
                format::exact(*output)
            )
        }
        CatalogValue::Architecture {
            id,
            params_b,
            active_params_b,
            layers,
            kv_heads,
            head_dim,
        } => format!(
            "{id}：参数量 {} B（激活参数 {} B），{} 层，{} 个 KV 头 × {} 维",
            format::number(*params_b),
            format::number(*active_params_b),
            format::whole(f64::from(*layers)),
            format::whole(f64::from(*kv_heads)),
            format::whole(f64::from(*head_dim))
        ),
        CatalogValue::Gpu {
            id,
            memory_gb,
            bandwidth_gb_per_s,
            bf16_tflops,
            power_w,
        } => format!(
            "{id}：显存 {} GB，带宽 {} GB/s，BF16 算力 {} TFLOPS，功耗 {} W",
            format::number(*memory_gb),
            format::number(*bandwidth_gb_per_s),
            format::number(*bf16_tflops),
            format::number(*power_w)
        ),
        CatalogValue::Interconnect {
            interconnect,
            bandwidth_gb_per_s,
            all_reduce_latency_us,
        } => {
            let kind = match interconnect {
                InterconnectKind::Nvlink => "NVLink",
                InterconnectKind::Pcie => "PCIe",
                InterconnectKind::InfinityFabric => "Infinity Fabric",
            };
            format!(
                "{kind}：单向带宽 {} GB/s，每次 all-reduce 延迟 {} μs",
                format::number(*bandwidth_gb_per_s),
                format::number(*all_reduce_latency_us)
            )
        }
    }
}

/// Where a value the report used comes from, when it is not a catalog citation.
pub const SOURCE_USER_VALUE: &str = "配置（用户自定义值）";

/// Where an assumption's value comes from: a citation as it is written,
/// "配置（用户自定义值）", "配置中的自定义值（覆盖内置目录：…）", a staff cost
/// worked out ("年薪 EUR 80,000 × 综合用人成本系数 1.4 = 每年 EUR 112,000；<来源>"),
/// a rental price ("{服务商}：{来源}").
pub fn assumption_source(source: &AssumptionSource) -> String {
    match source {
        AssumptionSource::Cited { text } => text.to_string(),
        AssumptionSource::UserValue => SOURCE_USER_VALUE.to_owned(),
        AssumptionSource::Override { catalog } => {
            format!("配置中的自定义值（覆盖内置目录：{catalog}）")
        }
        AssumptionSource::StaffCost {
            currency,
            annual_wage,
            loading_factor,
            loaded_annual,
            source,
        } => {
            let code = currency.code();
            format!(
                "年薪 {code} {} × 综合用人成本系数 {} = 每年 {code} {}；{source}",
                format::whole(*annual_wage),
                format::number(*loading_factor),
                format::whole(*loaded_annual)
            )
        }
        AssumptionSource::Rental { provider, source } => format!("{provider}：{source}"),
        AssumptionSource::RentalOtherKind {
            chosen,
            provider,
            source,
        } => match chosen {
            CloudKind::Hyperscaler => format!(
                "内置目录中没有这款 GPU 在超大规模云厂商的价格，因此改用 GPU 云的价格。{provider}：{source}"
            ),
            CloudKind::Neocloud => format!(
                "内置目录中没有这款 GPU 在 GPU 云的价格，因此改用超大规模云厂商的价格。{provider}：{source}"
            ),
        },
    }
}

// 路线标签：各路线具体采用什么

/// A closed model with its vendor: "Claude Sonnet 4.5（Anthropic）".
pub fn closed_route_label(model: &str, vendor: &str) -> String {
    format!("{model}（{vendor}）")
}

/// What a route uses: "Claude Sonnet 4.5（Anthropic）", "Llama 3.3 70B（运行于
/// Together AI）", "llama-3-70b（运行于 h100-sxm）", "Llama 3 70B（运行于
/// NVIDIA H100，BF16）".
pub fn route_label(label: &RouteLabel) -> String {
    match label {
        RouteLabel::Id { id } => id.clone(),
        RouteLabel::ClosedModel { model, vendor } => closed_route_label(model, vendor),
        RouteLabel::ModelOn { model, host } => format!("{model}（运行于 {host}）"),
        RouteLabel::ModelOnGpu {
            model,
            gpu,
            precision,
        } => format!("{model}（运行于 {gpu}，{}）", precision_name(*precision)),
    }
}

/// A precision as the page writes it: "BF16", "FP8" (upper-case key).
fn precision_name(precision: Precision) -> String {
    precision.key().to_ascii_uppercase()
}

// 路线被排除或无法测算的原因，以及注意事项

/// The profile's value of `requirements.data_residency` (a key, as typed).
fn residency_key(residency: DataResidency) -> &'static str {
    match residency {
        DataResidency::None => "none",
        DataResidency::InCountry => "in_country",
        DataResidency::OnPremises => "on_premises",
        DataResidency::AirGapped => "air_gapped",
    }
}

/// A staff role's name in a sentence.
fn role_name(role: Role) -> &'static str {
    match role {
        Role::MlEngineer => "机器学习工程师",
        Role::MlopsEngineer => "MLOps 工程师",
        Role::DataScientist => "数据科学家",
    }
}

/// Why a route is excluded or cannot be costed, as one or two sentences.
pub fn exclusion(exclusion: &Exclusion) -> String {
    match exclusion {
        Exclusion::UnknownClosedModel { id } => {
            format!("未知的闭源模型 id“{id}”，请在内置目录中查看可用的模型。")
        }
        Exclusion::UnknownHostedOffer { id } => {
            format!("未知的托管模型服务 id“{id}”，请在内置目录中查看可用的服务。")
        }
        Exclusion::UnknownOpenModel { id } => {
            format!("未知的开放权重模型 id“{id}”，请在内置目录中查看可用的模型。")
        }
        Exclusion::UnknownGpu { id } => {
            format!("未知的 GPU id“{id}”，请在内置目录中查看可用的 GPU。")
        }
        Exclusion::NoRentalPrice { gpu } => format!(
            "内置目录中没有 {gpu} 的租用价格：请设置 routes.self_hosted.gpu_hour_usd_override。"
        ),
        Exclusion::NoPurchasePrice { gpu } => format!(
            "内置目录中没有 {gpu} 的购置价：请设置 routes.self_hosted.gpu_purchase_usd_override。"
        ),
        Exclusion::ResidencyPerToken { residency } => format!(
            "按数据驻留要求（requirements.data_residency = {}），数据不得离开本单位机房，而按 Token 计费的 API 会把每一条提示词都发送给服务商。",
            residency_key(*residency)
        ),
        Exclusion::ResidencyRented { residency } => format!(
            "按数据驻留要求（requirements.data_residency = {}），数据不得离开本单位机房，而租用的云 GPU 不在本单位机房内；请将 routes.self_hosted.deployment 设为 owned（自购）。",
            residency_key(*residency)
        ),
        Exclusion::ContextTooLong {
            name,
            path,
            limit_tokens,
            needed_tokens,
        } => format!(
            "{name}（{path}）的上下文最多 {} 个 Token，但每次请求需要 {} 个 Token（工作负载的输入 Token 与输出 Token 之和）。",
            format::whole(*limit_tokens as f64),
            format::whole(*needed_tokens)
        ),
        Exclusion::DoesNotFit(error) => sizing_error(error),
    }
}

/// Something the user should know about the report, as a sentence.
pub fn warning(warning: &Warning) -> String {
    match warning {
        Warning::ExchangeRateUnusable { currency } => format!(
            "{} 的汇率不是正数：金额改以 USD 显示。",
            currency.code()
        ),
        Warning::NoStaffCost { role } => format!(
            "{}（{}）的人力成本，按 0 计算。",
            super::spaced(&["内置目录中没有", role_name(*role)]),
            role.key()
        ),
        Warning::NoSharedBenchmark { route, benchmark } => format!(
            "routes.{}：闭源模型与开放权重模型没有可供比较的 {}，因此未计算质量差距带来的成本。",
            route.key(),
            benchmark_label(*benchmark)
        ),
        Warning::NoReservedDiscount { gpu } => format!(
            "routes.self_hosted：内置目录中没有 {gpu} 在该预留期限下的预留价格，因此预留方案的每个小时都将按需租用；请设置 routes.self_hosted.reserved_discount_override。"
        ),
        Warning::LatencyTargetMissed {
            ms_per_token,
            gpus_per_replica,
            gpu,
            target_ms,
        } => format!(
            "routes.self_hosted：在 {} 块 {gpu} 上，即使一次只处理一条序列，每个输出 Token 也需要 {} ms，高于 {} ms 的延迟目标。",
            format::whole(f64::from(*gpus_per_replica)),
            format::whole(*ms_per_token),
            format::number(*target_ms)
        ),
    }
}

// 显存测算

/// Why a model cannot be served as asked, with what would fit if anything
/// does: "{问题}可行的配置：{选项}。"
pub fn sizing_error(error: &SizingError) -> String {
    let problem = sizing_problem(&error.problem);
    if error.suggestion.is_empty() {
        problem
    } else {
        format!("{problem}可行的配置：{}。", fit_options(&error.suggestion))
    }
}

/// What stops a model from being served as asked, as a sentence.
pub fn sizing_problem(problem: &SizingProblem) -> String {
    match problem {
        SizingProblem::DoesNotFit(shortfall) => does_not_fit(shortfall),
        SizingProblem::NoTensorParallelSizeToTry => "没有可尝试的张量并行规模。".to_owned(),
    }
}

/// A replica that does not fit.
fn does_not_fit(s: &MemoryShortfall) -> String {
    format!(
        "{} 块 {} 的显存容纳不下 {}（{}）：需要 {} GB（权重 {} GB + 一条 {} Token 序列的 KV 缓存 {} GB + 额外开销 {} GB），但可用显存只有 {} GB。",
        format::whole(f64::from(s.gpus)),
        s.gpu,
        s.model,
        precision_name(s.precision),
        format::fixed(s.needed_gb, 1),
        format::fixed(s.weights_gb, 1),
        format::whole(s.context_tokens),
        format::fixed(s.kv_gb, 2),
        format::fixed(s.overhead_gb, 1),
        format::fixed(s.usable_gb, 1)
    )
}

/// What would fit instead: "4 块 h100-sxm（BF16）".
pub fn fit_option(option: &FitOption) -> String {
    format!(
        "{} 块 {}（{}）",
        format::whole(f64::from(option.gpus)),
        option.gpu,
        precision_name(option.precision)
    )
}

/// Alternatives in one line: "甲、乙或丙" ("4 块 h100-sxm（BF16）、2 块 h200（FP8）
/// 或 8 块 a100（FP8）").
pub fn fit_options(options: &[FitOption]) -> String {
    let mut written: Vec<String> = options.iter().map(fit_option).collect();
    match written.pop() {
        None => String::new(),
        Some(last) if written.is_empty() => last,
        Some(last) => super::spaced(&[&written.join("、"), "或", &last]),
    }
}

// Markdown 报告。此处的字符串可含 Markdown 强调（`**`）。

pub const REPORT_TITLE: &str = "“开放还是闭源？”成本测算报告";
pub const REPORT_PROFILE_LABEL: &str = "配置名称：";

/// "金额单位为 USD，测算周期为 36 个月。"
pub fn report_amounts_in(currency: Currency, months: u32) -> String {
    format!(
        "金额单位为 {}，测算周期为 {}。",
        currency.code(),
        super::months(f64::from(months))
    )
}

pub const REPORT_RECOMMENDATION_HEADING: &str = "建议";

/// "**推荐路线：闭源 API**（置信度：高，100%）。" (Markdown).
pub fn report_recommended(route_name: &str, confidence_level: &str, confidence: f64) -> String {
    format!(
        "**推荐路线：{route_name}**（置信度：{confidence_level}，{}）。",
        format::percent(confidence)
    )
}

pub const REPORT_NO_ROUTE_FEASIBLE: &str = "按此配置，**没有可行的路线**。";
pub const REPORT_WHY_HEADING: &str = "理由";
pub const REPORT_FLIP_POINTS_HEADING: &str = "哪些变化会改变结论";

/// "36 个月总成本（USD）".
pub fn report_totals_heading(months: u32, currency: Currency) -> String {
    format!(
        "{}总成本（{}）",
        super::months(f64::from(months)),
        currency.code()
    )
}

pub const REPORT_ROUTE_COLUMN: &str = "路线";
pub const REPORT_USES_COLUMN: &str = "所用模型";
pub const REPORT_TOTAL_COLUMN: &str = "总成本";
pub const REPORT_PER_MILLION_TOKENS_COLUMN: &str = "每百万 Token 成本";

/// "自部署开放权重模型已被排除。{原因}" (the reason is a sentence).
pub fn report_route_excluded(route_title: &str, reason: &str) -> String {
    format!("{}{reason}", super::spaced(&[route_title, "已被排除。"]))
}

pub const REPORT_BREAK_EVEN_HEADING: &str = "盈亏平衡";
pub const REPORT_ROUTES_COLUMN: &str = "对比的路线";
pub const REPORT_CHEAPER_AT_START_COLUMN: &str = "初期成本较低的路线";
pub const REPORT_BREAK_EVEN_MONTH_COLUMN: &str = "盈亏平衡月份";
pub const REPORT_CASH_BREAK_EVEN_MONTH_COLUMN: &str = "现金口径盈亏平衡（回本）月份";
pub const REPORT_CASH_COLUMN: &str = "现金支出";
pub const REPORT_BREAK_EVEN_VOLUME_COLUMN: &str = "盈亏平衡用量（首月请求量）";

/// Two routes compared: "闭源 API 与托管开放权重模型".
pub fn report_route_pair(first: &str, second: &str) -> String {
    super::spaced(&[first, "与", second])
}

/// "第 14 个月".
pub fn report_break_even_month(month: u32) -> String {
    format!("第 {} 个月", format::whole(f64::from(month)))
}

/// "36 个月内未持平".
pub fn report_no_break_even_within(months: u32) -> String {
    format!("{}内未持平", super::months(f64::from(months)))
}

pub const REPORT_NO_BREAK_EVEN_VOLUME: &str = "未找到";
pub const REPORT_WARNINGS_HEADING: &str = "注意事项";
pub const REPORT_ASSUMPTIONS_HEADING: &str = "测算假设及来源";
pub const REPORT_ASSUMPTION_COLUMN: &str = "假设";
pub const REPORT_VALUE_COLUMN: &str = "数值";
pub const REPORT_UNIT_COLUMN: &str = "单位";
pub const REPORT_SOURCE_COLUMN: &str = "来源";
pub const REPORT_AS_OF_COLUMN: &str = "截至日期";

/// "<来源>（未核实）".
pub fn report_unverified_source(source: &str) -> String {
    format!("{source}（未核实）")
}

pub const REPORT_DECISION_DETAILS_HEADING: &str = "决策详情";

/// A benchmark's short name in reports: "LMArena 文本榜得分", "MMLU 得分".
pub fn benchmark_label(benchmark: Benchmark) -> &'static str {
    match benchmark {
        Benchmark::LmarenaText => "LMArena 文本榜得分",
        Benchmark::Mmlu => "MMLU 得分",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::RouteId;
    use crate::unit::Unit;

    /// Text with words must hold Chinese, and no placeholder may be left.
    fn chinese(text: &str) {
        assert!(!text.is_empty(), "empty text");
        assert!(text.chars().any(super::super::is_han), "no Chinese: {text}");
        assert!(!text.contains(['{', '}']), "a placeholder is left: {text}");
    }

    fn shortfall() -> MemoryShortfall {
        MemoryShortfall {
            model: "DeepSeek-V3",
            precision: Precision::Bf16,
            gpus: 8,
            gpu: "NVIDIA H100",
            needed_gb: 1374.04,
            weights_gb: 1342.0,
            context_tokens: 1900.0,
            kv_gb: 0.1335,
            overhead_gb: 16.0,
            usable_gb: 576.0,
        }
    }

    fn fits() -> Vec<FitOption> {
        vec![
            FitOption {
                gpus: 4,
                gpu: "h100-sxm",
                precision: Precision::Bf16,
            },
            FitOption {
                gpus: 2,
                gpu: "h200",
                precision: Precision::Fp8,
            },
            FitOption {
                gpus: 8,
                gpu: "a100",
                precision: Precision::Fp8,
            },
        ]
    }

    #[test]
    fn every_exclusion_and_warning_is_a_chinese_sentence() {
        let sizing = SizingError {
            problem: SizingProblem::DoesNotFit(shortfall()),
            suggestion: fits(),
        };
        let mut exclusions = vec![
            Exclusion::UnknownClosedModel { id: "x".into() },
            Exclusion::UnknownHostedOffer { id: "x".into() },
            Exclusion::UnknownOpenModel { id: "x".into() },
            Exclusion::UnknownGpu { id: "x".into() },
            Exclusion::NoRentalPrice {
                gpu: "NVIDIA H100".into(),
            },
            Exclusion::NoPurchasePrice {
                gpu: "NVIDIA H100".into(),
            },
            Exclusion::ContextTooLong {
                name: "Llama 3 70B".into(),
                path: "routes.self_hosted.model",
                limit_tokens: 8192,
                needed_tokens: 12_000.4,
            },
            Exclusion::DoesNotFit(sizing),
        ];
        for residency in [
            DataResidency::None,
            DataResidency::InCountry,
            DataResidency::OnPremises,
            DataResidency::AirGapped,
        ] {
            exclusions.push(Exclusion::ResidencyPerToken { residency });
            exclusions.push(Exclusion::ResidencyRented { residency });
        }
        for item in &exclusions {
            chinese(&exclusion(item));
            chinese(&report_route_excluded("闭源 API", &exclusion(item)));
        }
        let mut warnings = vec![
            Warning::ExchangeRateUnusable {
                currency: Currency::Cny,
            },
            Warning::NoReservedDiscount {
                gpu: "NVIDIA H100".into(),
            },
            Warning::LatencyTargetMissed {
                ms_per_token: 18.419,
                gpus_per_replica: 4,
                gpu: "NVIDIA H100".into(),
                target_ms: 12.5,
            },
        ];
        warnings.extend(Role::ALL.map(|role| Warning::NoStaffCost { role }));
        for benchmark in [Benchmark::LmarenaText, Benchmark::Mmlu] {
            warnings.push(Warning::NoSharedBenchmark {
                route: RouteId::SelfHosted,
                benchmark,
            });
        }
        for item in &warnings {
            chinese(&warning(item));
        }
    }

    #[test]
    fn labels_sources_and_report_lines() {
        let labels = [
            RouteLabel::Id { id: "gpt-x".into() },
            RouteLabel::ClosedModel {
                model: "Claude Sonnet 4.5".into(),
                vendor: "Anthropic".into(),
            },
            RouteLabel::ModelOn {
                model: "Llama 3.3 70B".into(),
                host: "Together AI".into(),
            },
            RouteLabel::ModelOnGpu {
                model: "Llama 3 70B".into(),
                gpu: "NVIDIA H100".into(),
                precision: Precision::Bf16,
            },
        ];
        for label in &labels {
            let text = route_label(label);
            assert!(!text.is_empty() && !text.contains(['{', '}']), "{text}");
        }
        assert_eq!(route_label(&labels[1]), "Claude Sonnet 4.5（Anthropic）");
        chinese(&route_label(&labels[3]));

        let sources = [
            AssumptionSource::cited("openai.com/api/pricing"),
            AssumptionSource::UserValue,
            AssumptionSource::Override { catalog: "Vendor" },
            AssumptionSource::StaffCost {
                currency: Currency::Eur,
                annual_wage: 80_000.0,
                loading_factor: 1.4,
                loaded_annual: 112_000.0,
                source: "Eurostat",
            },
            AssumptionSource::Rental {
                provider: "RunPod",
                source: "runpod.io",
            },
            AssumptionSource::RentalOtherKind {
                chosen: CloudKind::Hyperscaler,
                provider: "Lambda",
                source: "lambda.ai",
            },
            AssumptionSource::RentalOtherKind {
                chosen: CloudKind::Neocloud,
                provider: "AWS",
                source: "aws.amazon.com",
            },
        ];
        assert_eq!(assumption_source(&sources[0]), "openai.com/api/pricing");
        for source in &sources[1..] {
            let text = assumption_source(source);
            if matches!(source, AssumptionSource::Rental { .. }) {
                assert_eq!(text, "RunPod：runpod.io");
            } else {
                chinese(&text);
            }
        }
        assert_eq!(
            assumption_source(&sources[3]),
            "年薪 EUR 80,000 × 综合用人成本系数 1.4 = 每年 EUR 112,000；Eurostat"
        );
        chinese(&assumption_unit(AssumptionUnit::PricePair(Currency::Cny)));
        chinese(&assumption_unit(AssumptionUnit::Unit(Unit::Fraction)));
        chinese(&catalog_value(&CatalogValue::Architecture {
            id: "llama-3-70b".into(),
            params_b: 70.55,
            active_params_b: 70.55,
            layers: 80,
            kv_heads: 8,
            head_dim: 128,
        }));

        let error = SizingError {
            problem: SizingProblem::NoTensorParallelSizeToTry,
            suggestion: fits()[..2].to_vec(),
        };
        assert_eq!(
            sizing_error(&error),
            "没有可尝试的张量并行规模。可行的配置：4 块 h100-sxm（BF16）或 2 块 h200（FP8）。"
        );
        assert_eq!(
            fit_options(&fits()),
            "4 块 h100-sxm（BF16）、2 块 h200（FP8）或 8 块 a100（FP8）"
        );
        chinese(&sizing_problem(&SizingProblem::DoesNotFit(shortfall())));

        for line in [
            report_amounts_in(Currency::Usd, 36),
            report_recommended("闭源 API", "高", 0.7),
            report_totals_heading(36, Currency::Cny),
            report_route_pair("闭源 API", "托管开放权重模型"),
            report_break_even_month(14),
            report_no_break_even_within(36),
            report_unverified_source("经验判断"),
        ] {
            chinese(&line);
        }
        for heading in [
            REPORT_TITLE,
            REPORT_PROFILE_LABEL,
            REPORT_RECOMMENDATION_HEADING,
            REPORT_NO_ROUTE_FEASIBLE,
            REPORT_WHY_HEADING,
            REPORT_FLIP_POINTS_HEADING,
            REPORT_ROUTE_COLUMN,
            REPORT_USES_COLUMN,
            REPORT_TOTAL_COLUMN,
            REPORT_PER_MILLION_TOKENS_COLUMN,
            REPORT_BREAK_EVEN_HEADING,
            REPORT_ROUTES_COLUMN,
            REPORT_CHEAPER_AT_START_COLUMN,
            REPORT_BREAK_EVEN_MONTH_COLUMN,
            REPORT_CASH_BREAK_EVEN_MONTH_COLUMN,
            REPORT_CASH_COLUMN,
            REPORT_BREAK_EVEN_VOLUME_COLUMN,
            REPORT_NO_BREAK_EVEN_VOLUME,
            REPORT_WARNINGS_HEADING,
            REPORT_ASSUMPTIONS_HEADING,
            REPORT_ASSUMPTION_COLUMN,
            REPORT_VALUE_COLUMN,
            REPORT_UNIT_COLUMN,
            REPORT_SOURCE_COLUMN,
            REPORT_AS_OF_COLUMN,
            REPORT_DECISION_DETAILS_HEADING,
            SOURCE_USER_VALUE,
        ] {
            chinese(heading);
        }
        assert_eq!(
            report_amounts_in(Currency::Usd, 36),
            "金额单位为 USD，测算周期为 36 个月。"
        );
        assert_eq!(
            report_route_pair("闭源 API", "托管开放权重模型"),
            "闭源 API 与托管开放权重模型"
        );
        assert_eq!(
            report_route_excluded("闭源 API", "原因。"),
            "闭源 API 已被排除。原因。"
        );
    }
}
