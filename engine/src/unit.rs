//! Units of measurement, as the domain names them: a validation problem's
//! allowed range and an assumption's value carry a [`Unit`]; the words for
//! each are the presentation layer's (`text::<language>::units`).

/// A unit of measurement beside a value (or a range note after it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// No unit.
    None,
    /// "architecture"
    Architecture,
    /// "CNY per USD"
    CnyPerUsd,
    /// "EUR per USD"
    EurPerUsd,
    /// "examples"
    Examples,
    /// "fraction"
    Fraction,
    /// "(a fraction)"
    FractionNote,
    /// "(a fraction; with the cached input share at most 1)"
    CacheWriteNote,
    /// "fraction of capex per year"
    FractionOfCapexPerYear,
    /// "(a fraction of capex per year)"
    FractionOfCapexPerYearNote,
    /// "fraction of GPU price"
    FractionOfGpuPrice,
    /// "(a fraction of the GPU price)"
    FractionOfGpuPriceNote,
    /// "fraction of a year's loaded cost"
    FractionOfLoadedCost,
    /// "fraction of TDP"
    FractionOfTdp,
    /// "(a fraction of TDP)"
    FractionOfTdpNote,
    /// "(a fraction of a year's cost)"
    FractionOfYearCost,
    /// "fraction per year"
    FractionPerYear,
    /// "(a fraction per year)"
    FractionPerYearNote,
    /// "FTE"
    Fte,
    /// "GB"
    Gb,
    /// "GB per GPU"
    GbPerGpu,
    /// "GPUs"
    Gpus,
    /// "GPU-hours"
    GpuHours,
    /// "(a fraction: 0.05 = +5 % a month)"
    GrowthFraction,
    /// "INR per USD"
    InrPerUsd,
    /// "interconnect"
    Interconnect,
    /// "ms"
    Milliseconds,
    /// "months"
    Months,
    /// "ms (0 = no target)"
    MsOrNoTarget,
    /// "multiplier"
    Multiplier,
    /// "(multiplier)"
    MultiplierNote,
    /// "(busiest hour / average)"
    PeakToAverage,
    /// "(a fraction: quietest hour / average)"
    TroughToAverage,
    /// "per 1M tokens"
    PerMillionTokens,
    /// "per USD"
    PerUsd,
    /// "programmes"
    Programmes,
    /// "(power usage effectiveness)"
    Pue,
    /// "ratio"
    Ratio,
    /// "replicas"
    Replicas,
    /// "requests per month"
    RequestsPerMonth,
    /// "sequences"
    Sequences,
    /// "specifications"
    Specifications,
    /// "x GPU TDP"
    TimesGpuTdp,
    /// "x TDP"
    TimesTdp,
    /// "tokens"
    Tokens,
    /// "USD"
    Usd,
    /// "USD a month"
    UsdAMonth,
    /// "USD a year"
    UsdAYear,
    /// "USD per example"
    UsdPerExample,
    /// "USD per GPU"
    UsdPerGpu,
    /// "USD per GPU-hour"
    UsdPerGpuHour,
    /// "USD per GPU-month"
    UsdPerGpuMonth,
    /// "USD per kWh"
    UsdPerKwh,
    /// "USD per kW a month"
    UsdPerKwMonth,
    /// "fraction of the average rate"
    FractionOfAverage,
    /// "fraction of the purchase price"
    FractionOfPrice,
    /// "USD per month"
    UsdPerMonth,
    /// "USD per year"
    UsdPerYear,
}

impl Unit {
    /// Every unit, for the catalogs' completeness tests.
    pub const ALL: &'static [Unit] = &[
        Unit::None,
        Unit::Architecture,
        Unit::CnyPerUsd,
        Unit::EurPerUsd,
        Unit::Examples,
        Unit::Fraction,
        Unit::FractionNote,
        Unit::CacheWriteNote,
        Unit::FractionOfCapexPerYear,
        Unit::FractionOfCapexPerYearNote,
        Unit::FractionOfGpuPrice,
        Unit::FractionOfGpuPriceNote,
        Unit::FractionOfLoadedCost,
        Unit::FractionOfTdp,
        Unit::FractionOfTdpNote,
        Unit::FractionOfYearCost,
        Unit::FractionPerYear,
        Unit::FractionPerYearNote,
        Unit::Fte,
        Unit::Gb,
        Unit::GbPerGpu,
        Unit::Gpus,
        Unit::GpuHours,
        Unit::GrowthFraction,
        Unit::InrPerUsd,
        Unit::Interconnect,
        Unit::Milliseconds,
        Unit::Months,
        Unit::MsOrNoTarget,
        Unit::Multiplier,
        Unit::MultiplierNote,
        Unit::PeakToAverage,
        Unit::TroughToAverage,
        Unit::PerMillionTokens,
        Unit::PerUsd,
        Unit::Programmes,
        Unit::Pue,
        Unit::Ratio,
        Unit::Replicas,
        Unit::RequestsPerMonth,
        Unit::Sequences,
        Unit::Specifications,
        Unit::TimesGpuTdp,
        Unit::TimesTdp,
        Unit::Tokens,
        Unit::Usd,
        Unit::UsdAMonth,
        Unit::UsdAYear,
        Unit::UsdPerExample,
        Unit::UsdPerGpu,
        Unit::UsdPerGpuHour,
        Unit::UsdPerGpuMonth,
        Unit::UsdPerKwh,
        Unit::UsdPerKwMonth,
        Unit::FractionOfAverage,
        Unit::FractionOfPrice,
        Unit::UsdPerMonth,
        Unit::UsdPerYear,
    ];
}
