//! 计量单位（简体中文）：显示在数值旁边，用于假设面板、报告和输入校验提示。
//! Units of measurement as a person reads them beside a value, in Chinese.

use crate::unit::Unit;

pub const UNIT_ARCHITECTURE: &str = "架构";
pub const UNIT_CNY_PER_USD: &str = "CNY（每 1 USD）";
pub const UNIT_EUR_PER_USD: &str = "EUR（每 1 USD）";
pub const UNIT_EXAMPLES: &str = "条样本";
pub const UNIT_FRACTION: &str = "比例";
pub const UNIT_FRACTION_NOTE: &str = "（比例，以小数表示）";
/// The cache-write share's range note: it shares the prompt with the cached reads.
pub const UNIT_CACHE_WRITE_NOTE: &str = "（比例，以小数表示；与缓存命中输入占比之和不超过 1）";
pub const UNIT_FRACTION_OF_CAPEX_PER_YEAR: &str = "每年占资本支出的比例";
pub const UNIT_FRACTION_OF_CAPEX_PER_YEAR_NOTE: &str = "（每年占资本支出的比例，以小数表示）";
pub const UNIT_FRACTION_OF_GPU_PRICE: &str = "占 GPU 价格的比例";
pub const UNIT_FRACTION_OF_GPU_PRICE_NOTE: &str = "（占 GPU 价格的比例，以小数表示）";
pub const UNIT_FRACTION_OF_LOADED_COST: &str = "占全年综合用人成本的比例";
pub const UNIT_FRACTION_OF_TDP: &str = "占 TDP 的比例";
pub const UNIT_FRACTION_OF_TDP_NOTE: &str = "（占 TDP 的比例，以小数表示）";
pub const UNIT_FRACTION_OF_YEAR_COST: &str = "（占全年成本的比例，以小数表示）";
pub const UNIT_FRACTION_PER_YEAR: &str = "年化比例";
pub const UNIT_FRACTION_PER_YEAR_NOTE: &str = "（年化比例，以小数表示）";
pub const UNIT_FTE: &str = "FTE";
pub const UNIT_GB: &str = "GB";
pub const UNIT_GB_PER_GPU: &str = "GB/GPU";
pub const UNIT_GPUS: &str = "块 GPU";
pub const UNIT_GPU_HOURS: &str = "GPU 小时";
pub const UNIT_GROWTH_FRACTION: &str = "（以小数表示：0.05 即每月增长 5%）";
pub const UNIT_INR_PER_USD: &str = "INR（每 1 USD）";
pub const UNIT_INTERCONNECT: &str = "互联";
pub const UNIT_MILLISECONDS: &str = "ms";
pub const UNIT_MONTHS: &str = "个月";
pub const UNIT_MS_OR_NO_TARGET: &str = "ms（0 表示不设目标）";
pub const UNIT_MULTIPLIER: &str = "倍数";
pub const UNIT_MULTIPLIER_NOTE: &str = "（倍数）";
pub const UNIT_PEAK_TO_AVERAGE: &str = "（峰值小时 / 全天平均）";
pub const UNIT_TROUGH_TO_AVERAGE: &str = "（以小数表示：低谷小时 / 全天平均）";
pub const UNIT_PER_MILLION_TOKENS: &str = "每百万 Token";
pub const UNIT_PER_USD: &str = "（每 1 USD）";
pub const UNIT_PROGRAMMES: &str = "个提升项目";
pub const UNIT_PUE: &str = "（电能使用效率）";
pub const UNIT_RATIO: &str = "比值";
pub const UNIT_REPLICAS: &str = "个副本";
pub const UNIT_REQUESTS_PER_MONTH: &str = "次请求/月";
pub const UNIT_SEQUENCES: &str = "条序列";
pub const UNIT_SPECIFICATIONS: &str = "规格";
pub const UNIT_TIMES_GPU_TDP: &str = "倍 GPU TDP";
pub const UNIT_TIMES_TDP: &str = "倍 TDP";
pub const UNIT_TOKENS: &str = "Token";
pub const UNIT_USD: &str = "USD";
pub const UNIT_USD_A_MONTH: &str = "USD/月";
pub const UNIT_USD_A_YEAR: &str = "USD/年";
pub const UNIT_USD_PER_EXAMPLE: &str = "USD/条样本";
pub const UNIT_USD_PER_GPU: &str = "USD/块 GPU";
pub const UNIT_USD_PER_GPU_HOUR: &str = "USD/GPU 小时";
pub const UNIT_USD_PER_GPU_MONTH: &str = "USD/GPU 月";
pub const UNIT_USD_PER_KWH: &str = "USD/kWh";
pub const UNIT_USD_PER_KW_MONTH: &str = "USD/(kW·月)";
pub const UNIT_FRACTION_OF_AVERAGE: &str = "占平均速率的比例";
pub const UNIT_FRACTION_OF_PRICE: &str = "占购置价的比例";
pub const UNIT_USD_PER_MONTH: &str = "USD/月";
pub const UNIT_USD_PER_YEAR: &str = "USD/年";

/// The words for a unit (empty for [`Unit::None`]).
pub fn unit(unit: Unit) -> &'static str {
    match unit {
        Unit::None => "",
        Unit::Architecture => UNIT_ARCHITECTURE,
        Unit::CnyPerUsd => UNIT_CNY_PER_USD,
        Unit::EurPerUsd => UNIT_EUR_PER_USD,
        Unit::Examples => UNIT_EXAMPLES,
        Unit::Fraction => UNIT_FRACTION,
        Unit::FractionNote => UNIT_FRACTION_NOTE,
        Unit::CacheWriteNote => UNIT_CACHE_WRITE_NOTE,
        Unit::FractionOfCapexPerYear => UNIT_FRACTION_OF_CAPEX_PER_YEAR,
        Unit::FractionOfCapexPerYearNote => UNIT_FRACTION_OF_CAPEX_PER_YEAR_NOTE,
        Unit::FractionOfGpuPrice => UNIT_FRACTION_OF_GPU_PRICE,
        Unit::FractionOfGpuPriceNote => UNIT_FRACTION_OF_GPU_PRICE_NOTE,
        Unit::FractionOfLoadedCost => UNIT_FRACTION_OF_LOADED_COST,
        Unit::FractionOfTdp => UNIT_FRACTION_OF_TDP,
        Unit::FractionOfTdpNote => UNIT_FRACTION_OF_TDP_NOTE,
        Unit::FractionOfYearCost => UNIT_FRACTION_OF_YEAR_COST,
        Unit::FractionPerYear => UNIT_FRACTION_PER_YEAR,
        Unit::FractionPerYearNote => UNIT_FRACTION_PER_YEAR_NOTE,
        Unit::Fte => UNIT_FTE,
        Unit::Gb => UNIT_GB,
        Unit::GbPerGpu => UNIT_GB_PER_GPU,
        Unit::Gpus => UNIT_GPUS,
        Unit::GpuHours => UNIT_GPU_HOURS,
        Unit::GrowthFraction => UNIT_GROWTH_FRACTION,
        Unit::InrPerUsd => UNIT_INR_PER_USD,
        Unit::Interconnect => UNIT_INTERCONNECT,
        Unit::Milliseconds => UNIT_MILLISECONDS,
        Unit::Months => UNIT_MONTHS,
        Unit::MsOrNoTarget => UNIT_MS_OR_NO_TARGET,
        Unit::Multiplier => UNIT_MULTIPLIER,
        Unit::MultiplierNote => UNIT_MULTIPLIER_NOTE,
        Unit::PeakToAverage => UNIT_PEAK_TO_AVERAGE,
        Unit::TroughToAverage => UNIT_TROUGH_TO_AVERAGE,
        Unit::PerMillionTokens => UNIT_PER_MILLION_TOKENS,
        Unit::PerUsd => UNIT_PER_USD,
        Unit::Programmes => UNIT_PROGRAMMES,
        Unit::Pue => UNIT_PUE,
        Unit::Ratio => UNIT_RATIO,
        Unit::Replicas => UNIT_REPLICAS,
        Unit::RequestsPerMonth => UNIT_REQUESTS_PER_MONTH,
        Unit::Sequences => UNIT_SEQUENCES,
        Unit::Specifications => UNIT_SPECIFICATIONS,
        Unit::TimesGpuTdp => UNIT_TIMES_GPU_TDP,
        Unit::TimesTdp => UNIT_TIMES_TDP,
        Unit::Tokens => UNIT_TOKENS,
        Unit::Usd => UNIT_USD,
        Unit::UsdAMonth => UNIT_USD_A_MONTH,
        Unit::UsdAYear => UNIT_USD_A_YEAR,
        Unit::UsdPerExample => UNIT_USD_PER_EXAMPLE,
        Unit::UsdPerGpu => UNIT_USD_PER_GPU,
        Unit::UsdPerGpuHour => UNIT_USD_PER_GPU_HOUR,
        Unit::UsdPerGpuMonth => UNIT_USD_PER_GPU_MONTH,
        Unit::UsdPerKwh => UNIT_USD_PER_KWH,
        Unit::UsdPerKwMonth => UNIT_USD_PER_KW_MONTH,
        Unit::FractionOfAverage => UNIT_FRACTION_OF_AVERAGE,
        Unit::FractionOfPrice => UNIT_FRACTION_OF_PRICE,
        Unit::UsdPerMonth => UNIT_USD_PER_MONTH,
        Unit::UsdPerYear => UNIT_USD_PER_YEAR,
    }
}
