//! Units of measurement as a person reads them beside a value: in the
//! assumptions panel, the report and the validation messages.

use crate::unit::Unit;

pub const UNIT_ARCHITECTURE: &str = "architecture";
pub const UNIT_CNY_PER_USD: &str = "CNY per USD";
pub const UNIT_EUR_PER_USD: &str = "EUR per USD";
pub const UNIT_EXAMPLES: &str = "examples";
pub const UNIT_FRACTION: &str = "fraction";
pub const UNIT_FRACTION_NOTE: &str = "(a fraction)";
/// The cache-write share's range note: it shares the prompt with the cached reads.
pub const UNIT_CACHE_WRITE_NOTE: &str = "(a fraction; with the cached input share at most 1)";
pub const UNIT_FRACTION_OF_CAPEX_PER_YEAR: &str = "fraction of capex per year";
pub const UNIT_FRACTION_OF_CAPEX_PER_YEAR_NOTE: &str = "(a fraction of capex per year)";
pub const UNIT_FRACTION_OF_GPU_PRICE: &str = "fraction of GPU price";
pub const UNIT_FRACTION_OF_GPU_PRICE_NOTE: &str = "(a fraction of the GPU price)";
pub const UNIT_FRACTION_OF_LOADED_COST: &str = "fraction of a year's loaded cost";
pub const UNIT_FRACTION_OF_TDP: &str = "fraction of TDP";
pub const UNIT_FRACTION_OF_TDP_NOTE: &str = "(a fraction of TDP)";
pub const UNIT_FRACTION_OF_YEAR_COST: &str = "(a fraction of a year's cost)";
pub const UNIT_FRACTION_PER_YEAR: &str = "fraction per year";
pub const UNIT_FRACTION_PER_YEAR_NOTE: &str = "(a fraction per year)";
pub const UNIT_FTE: &str = "FTE";
pub const UNIT_GB: &str = "GB";
pub const UNIT_GB_PER_GPU: &str = "GB per GPU";
pub const UNIT_GPUS: &str = "GPUs";
pub const UNIT_GPU_HOURS: &str = "GPU-hours";
pub const UNIT_GROWTH_FRACTION: &str = "(a fraction: 0.05 = +5 % a month)";
pub const UNIT_INR_PER_USD: &str = "INR per USD";
pub const UNIT_INTERCONNECT: &str = "interconnect";
pub const UNIT_MILLISECONDS: &str = "ms";
pub const UNIT_MONTHS: &str = "months";
pub const UNIT_MS_OR_NO_TARGET: &str = "ms (0 = no target)";
pub const UNIT_MULTIPLIER: &str = "multiplier";
pub const UNIT_MULTIPLIER_NOTE: &str = "(multiplier)";
pub const UNIT_PEAK_TO_AVERAGE: &str = "(busiest hour / average)";
pub const UNIT_TROUGH_TO_AVERAGE: &str = "(a fraction: quietest hour / average)";
pub const UNIT_PER_MILLION_TOKENS: &str = "per 1M tokens";
pub const UNIT_PER_USD: &str = "per USD";
pub const UNIT_PROGRAMMES: &str = "programmes";
pub const UNIT_PUE: &str = "(power usage effectiveness)";
pub const UNIT_RATIO: &str = "ratio";
pub const UNIT_REPLICAS: &str = "replicas";
pub const UNIT_REQUESTS_PER_MONTH: &str = "requests per month";
pub const UNIT_SEQUENCES: &str = "sequences";
pub const UNIT_SPECIFICATIONS: &str = "specifications";
pub const UNIT_TIMES_GPU_TDP: &str = "x GPU TDP";
pub const UNIT_TIMES_TDP: &str = "x TDP";
pub const UNIT_TOKENS: &str = "tokens";
pub const UNIT_USD: &str = "USD";
pub const UNIT_USD_A_MONTH: &str = "USD a month";
pub const UNIT_USD_A_YEAR: &str = "USD a year";
pub const UNIT_USD_PER_EXAMPLE: &str = "USD per example";
pub const UNIT_USD_PER_GPU: &str = "USD per GPU";
pub const UNIT_USD_PER_GPU_HOUR: &str = "USD per GPU-hour";
pub const UNIT_USD_PER_GPU_MONTH: &str = "USD per GPU-month";
pub const UNIT_USD_PER_KWH: &str = "USD per kWh";
pub const UNIT_USD_PER_KW_MONTH: &str = "USD per kW a month";
pub const UNIT_FRACTION_OF_AVERAGE: &str = "fraction of the average rate";
pub const UNIT_FRACTION_OF_PRICE: &str = "fraction of the purchase price";
pub const UNIT_USD_PER_MONTH: &str = "USD per month";
pub const UNIT_USD_PER_YEAR: &str = "USD per year";

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
