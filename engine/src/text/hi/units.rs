//! Units of measurement in Hindi, as a person reads them beside a value: in
//! the assumptions panel, the report and the validation messages. Mirrors
//! `en::units` item for item.

use crate::unit::Unit;

pub const UNIT_ARCHITECTURE: &str = "आर्किटेक्चर";
pub const UNIT_CNY_PER_USD: &str = "CNY प्रति USD";
pub const UNIT_EUR_PER_USD: &str = "EUR प्रति USD";
pub const UNIT_EXAMPLES: &str = "उदाहरण";
pub const UNIT_FRACTION: &str = "अंश";
pub const UNIT_FRACTION_NOTE: &str = "(अंश)";
/// The cache-write share's range note: it shares the prompt with the cached reads.
pub const UNIT_CACHE_WRITE_NOTE: &str = "(अंश; कैश्ड इनपुट के हिस्से को मिलाकर अधिकतम 1)";
pub const UNIT_FRACTION_OF_CAPEX_PER_YEAR: &str = "प्रति वर्ष पूँजीगत व्यय का अंश";
pub const UNIT_FRACTION_OF_CAPEX_PER_YEAR_NOTE: &str = "(प्रति वर्ष पूँजीगत व्यय का अंश)";
pub const UNIT_FRACTION_OF_GPU_PRICE: &str = "GPU की क़ीमत का अंश";
pub const UNIT_FRACTION_OF_GPU_PRICE_NOTE: &str = "(GPU की क़ीमत का अंश)";
pub const UNIT_FRACTION_OF_LOADED_COST: &str = "एक वर्ष की पूर्ण लागत का अंश";
pub const UNIT_FRACTION_OF_TDP: &str = "TDP का अंश";
pub const UNIT_FRACTION_OF_TDP_NOTE: &str = "(TDP का अंश)";
pub const UNIT_FRACTION_OF_YEAR_COST: &str = "(एक वर्ष की लागत का अंश)";
pub const UNIT_FRACTION_PER_YEAR: &str = "प्रति वर्ष अंश";
pub const UNIT_FRACTION_PER_YEAR_NOTE: &str = "(प्रति वर्ष अंश)";
pub const UNIT_FTE: &str = "FTE";
pub const UNIT_GB: &str = "GB";
pub const UNIT_GB_PER_GPU: &str = "GB प्रति GPU";
pub const UNIT_GPUS: &str = "GPU";
pub const UNIT_GPU_HOURS: &str = "GPU-घंटे";
pub const UNIT_GROWTH_FRACTION: &str = "(अंश: 0.05 = हर महीने +5 %)";
pub const UNIT_INR_PER_USD: &str = "INR प्रति USD";
pub const UNIT_INTERCONNECT: &str = "इंटरकनेक्ट";
pub const UNIT_MILLISECONDS: &str = "ms";
pub const UNIT_MONTHS: &str = "महीने";
pub const UNIT_MS_OR_NO_TARGET: &str = "ms (0 = कोई लक्ष्य नहीं)";
pub const UNIT_MULTIPLIER: &str = "गुणक";
pub const UNIT_MULTIPLIER_NOTE: &str = "(गुणक)";
pub const UNIT_PEAK_TO_AVERAGE: &str = "(सबसे व्यस्त घंटा / औसत)";
pub const UNIT_TROUGH_TO_AVERAGE: &str = "(अंश: सबसे शांत घंटा / औसत)";
pub const UNIT_PER_MILLION_TOKENS: &str = "प्रति 10 लाख टोकन";
pub const UNIT_PER_USD: &str = "प्रति USD";
pub const UNIT_PROGRAMMES: &str = "कार्यक्रम";
pub const UNIT_PUE: &str = "(बिजली उपयोग दक्षता, PUE)";
pub const UNIT_RATIO: &str = "अनुपात";
pub const UNIT_REPLICAS: &str = "रेप्लिका";
pub const UNIT_REQUESTS_PER_MONTH: &str = "अनुरोध प्रति माह";
pub const UNIT_SEQUENCES: &str = "सीक्वेंस";
pub const UNIT_SPECIFICATIONS: &str = "विनिर्देश";
pub const UNIT_TIMES_GPU_TDP: &str = "x GPU TDP";
pub const UNIT_TIMES_TDP: &str = "x TDP";
pub const UNIT_TOKENS: &str = "टोकन";
pub const UNIT_USD: &str = "USD";
pub const UNIT_USD_A_MONTH: &str = "USD प्रति माह";
pub const UNIT_USD_A_YEAR: &str = "USD प्रति वर्ष";
pub const UNIT_USD_PER_EXAMPLE: &str = "USD प्रति उदाहरण";
pub const UNIT_USD_PER_GPU: &str = "USD प्रति GPU";
pub const UNIT_USD_PER_GPU_HOUR: &str = "USD प्रति GPU-घंटा";
pub const UNIT_USD_PER_GPU_MONTH: &str = "USD प्रति GPU-माह";
pub const UNIT_USD_PER_KWH: &str = "USD प्रति kWh";
pub const UNIT_USD_PER_KW_MONTH: &str = "USD प्रति kW प्रति माह";
pub const UNIT_FRACTION_OF_AVERAGE: &str = "औसत दर का अंश";
pub const UNIT_FRACTION_OF_PRICE: &str = "ख़रीद क़ीमत का अंश";
pub const UNIT_USD_PER_MONTH: &str = "USD प्रति माह";
pub const UNIT_USD_PER_YEAR: &str = "USD प्रति वर्ष";

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
