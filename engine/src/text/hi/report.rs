//! Hindi for the cost report: route labels, exclusions, warnings, the
//! assumptions' values, units and sources that are not citations, sizing
//! notes, comparisons and the Markdown export. Mirrors `en::report` item for
//! item; terminology: `plan/glossary-hi.md`.
//!
//! Numbers inside these texts go through [`crate::text::format::hi`] (the
//! Indian system: 1,12,000); dotted profile paths, ids, keys, citations and
//! model, vendor and GPU names stay as they are (they name data, not words).
//! Sentences are built so that their verb agrees with a Hindi word of fixed
//! gender (विंडो, लागत, प्रॉम्प्ट), never with a model's or a route's name.

use crate::catalog::{Benchmark, CloudKind, InterconnectKind, Role};
use crate::currency::Currency;
use crate::profile::DataResidency;
use crate::report::{
    AssumptionSource, AssumptionUnit, AssumptionValue, CatalogValue, Exclusion, RouteLabel, Warning,
};
use crate::sizing::{FitOption, MemoryShortfall, SizingError, SizingProblem};
use crate::text::format::hi as format;
use crate::text::plural::{hindi, Plural};

// The assumptions: units, values and sources.

/// An assumption's unit: "अंश", "USD प्रति 10 लाख टोकन (इनपुट / आउटपुट)".
pub fn assumption_unit(unit: AssumptionUnit) -> String {
    match unit {
        AssumptionUnit::Unit(unit) => super::unit(unit).to_owned(),
        AssumptionUnit::PricePair(currency) => {
            format!("{} प्रति 10 लाख टोकन (इनपुट / आउटपुट)", currency.code())
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

/// A catalog row's figures: "gpt-4o: 2.5 / 10";
/// "llama-3-70b: 70.55 B पैरामीटर (70.55 B सक्रिय), 80 लेयर, 8 KV हेड x 128 आयाम";
/// "h100-sxm: 80 GB, 3,350 GB/s, 989 BF16 TFLOPS, 700 W";
/// "NVLink: हर दिशा में 370 GB/s, हर ऑल-रिड्यूस में 10 us".
/// Model sizes keep "B" (billion), as Indian engineers write "70B".
pub fn catalog_value(value: &CatalogValue) -> String {
    match value {
        CatalogValue::PricePair { id, input, output } => {
            format!(
                "{id}: {} / {}",
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
            "{id}: {} B पैरामीटर ({} B सक्रिय), {} लेयर, {} KV हेड x {} आयाम",
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
            "{id}: {} GB, {} GB/s, {} BF16 TFLOPS, {} W",
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
                "{kind}: हर दिशा में {} GB/s, हर ऑल-रिड्यूस में {} us",
                format::number(*bandwidth_gb_per_s),
                format::number(*all_reduce_latency_us)
            )
        }
    }
}

/// Where a value the report used comes from, when it is not a catalog citation.
pub const SOURCE_USER_VALUE: &str = "प्रोफ़ाइल (उपयोगकर्ता का अपना मान)";

/// Where an assumption's value comes from: a citation as it is written,
/// "प्रोफ़ाइल (उपयोगकर्ता का अपना मान)", "प्रोफ़ाइल में अपना मान (ओवरराइड; कैटलॉग: …)",
/// a staff cost worked out ("वार्षिक वेतन EUR 80,000 x 1.4 (पूर्ण लागत का
/// गुणक) = प्रति वर्ष 1,12,000 EUR; <source>"), a rental price ("{provider}: {source}").
pub fn assumption_source(source: &AssumptionSource) -> String {
    match source {
        AssumptionSource::Cited { text } => text.to_string(),
        AssumptionSource::UserValue => SOURCE_USER_VALUE.to_owned(),
        AssumptionSource::Override { catalog } => {
            format!("प्रोफ़ाइल में अपना मान (ओवरराइड; कैटलॉग: {catalog})")
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
                "वार्षिक वेतन {code} {} x {} (पूर्ण लागत का गुणक) = प्रति वर्ष {} {code}; {source}",
                format::whole(*annual_wage),
                format::number(*loading_factor),
                format::whole(*loaded_annual)
            )
        }
        AssumptionSource::Rental { provider, source } => format!("{provider}: {source}"),
        AssumptionSource::RentalOtherKind {
            chosen,
            provider,
            source,
        } => match chosen {
            CloudKind::Hyperscaler => format!(
                "कैटलॉग में इस GPU की किसी हाइपरस्केलर पर क़ीमत नहीं है, इसलिए GPU क्लाउड की क़ीमत ली गई है। {provider}: {source}"
            ),
            CloudKind::Neocloud => format!(
                "कैटलॉग में इस GPU की किसी GPU क्लाउड पर क़ीमत नहीं है, इसलिए हाइपरस्केलर की क़ीमत ली गई है। {provider}: {source}"
            ),
        },
    }
}

// Route labels: what each route runs.

/// A closed model with its vendor: "Claude Sonnet 4.5 (Anthropic)".
pub fn closed_route_label(model: &str, vendor: &str) -> String {
    format!("{model} ({vendor})")
}

/// What a route uses: "Claude Sonnet 4.5 (Anthropic)", "Llama 3.3 70B
/// (Together AI पर)", "llama-3-70b (h100-sxm पर)", "Llama 3 70B (NVIDIA H100
/// पर, bf16)": the model first, as in the form's list of offers.
pub fn route_label(label: &RouteLabel) -> String {
    match label {
        RouteLabel::Id { id } => id.clone(),
        RouteLabel::ClosedModel { model, vendor } => closed_route_label(model, vendor),
        RouteLabel::ModelOn { model, host } => format!("{model} ({host} पर)"),
        RouteLabel::ModelOnGpu {
            model,
            gpu,
            precision,
        } => format!("{model} ({gpu} पर, {})", precision.key()),
    }
}

// Why a route is excluded or cannot be computed, and warnings.

/// The profile's value of `requirements.data_residency` (a key, as typed).
fn residency_key(residency: DataResidency) -> &'static str {
    match residency {
        DataResidency::None => "none",
        DataResidency::InCountry => "in_country",
        DataResidency::OnPremises => "on_premises",
        DataResidency::AirGapped => "air_gapped",
    }
}

/// Why a route is excluded or cannot be costed, as one or two sentences.
pub fn exclusion(exclusion: &Exclusion) -> String {
    match exclusion {
        Exclusion::UnknownClosedModel { id } => {
            format!("कैटलॉग में “{id}” ID वाला कोई क्लोज़्ड मॉडल नहीं है।")
        }
        Exclusion::UnknownHostedOffer { id } => {
            format!("कैटलॉग में “{id}” ID वाली कोई होस्टेड पेशकश नहीं है।")
        }
        Exclusion::UnknownOpenModel { id } => {
            format!("कैटलॉग में “{id}” ID वाला कोई ओपन-वेट मॉडल नहीं है।")
        }
        Exclusion::UnknownGpu { id } => {
            format!("कैटलॉग में “{id}” ID वाला कोई GPU नहीं है।")
        }
        Exclusion::NoRentalPrice { gpu } => format!(
            "कैटलॉग में {gpu} की किराया-क़ीमत नहीं है: routes.self_hosted.gpu_hour_usd_override में क़ीमत दर्ज करें।"
        ),
        Exclusion::NoPurchasePrice { gpu } => format!(
            "कैटलॉग में {gpu} की ख़रीद क़ीमत नहीं है: routes.self_hosted.gpu_purchase_usd_override में क़ीमत दर्ज करें।"
        ),
        Exclusion::ResidencyPerToken { residency } => format!(
            "डेटा परिसर से बाहर नहीं जा सकता (requirements.data_residency = {}): प्रति-टोकन API में हर प्रॉम्प्ट प्रदाता के पास जाता है।",
            residency_key(*residency)
        ),
        Exclusion::ResidencyRented { residency } => format!(
            "डेटा परिसर से बाहर नहीं जा सकता (requirements.data_residency = {}): किराये के क्लाउड GPU परिसर से बाहर होते हैं; routes.self_hosted.deployment को owned पर सेट करें।",
            residency_key(*residency)
        ),
        Exclusion::ContextTooLong {
            name,
            path,
            limit_tokens,
            needed_tokens,
        } => format!(
            "{name} ({path}) की कॉन्टेक्स्ट विंडो अधिकतम {} टोकन की है, लेकिन एक अनुरोध में {} टोकन लगते हैं (वर्कलोड के इनपुट और आउटपुट टोकन मिलाकर)।",
            format::whole(*limit_tokens as f64),
            format::whole(*needed_tokens)
        ),
        Exclusion::DoesNotFit(error) => sizing_error(error),
    }
}

/// A staff role by name, with its catalog key: "ML इंजीनियर (ml_engineer)".
fn role_name(role: Role) -> String {
    let name = match role {
        Role::MlEngineer => "ML इंजीनियर",
        Role::MlopsEngineer => "MLOps इंजीनियर",
        Role::DataScientist => "डेटा साइंटिस्ट",
    };
    format!("{name} ({})", role.key())
}

/// Something the user should know about the report, as a sentence.
pub fn warning(warning: &Warning) -> String {
    match warning {
        Warning::ExchangeRateUnusable { currency } => format!(
            "{} की विनिमय दर शून्य से बड़ी कोई संख्या नहीं है, इसलिए रक़में USD में दिखाई गई हैं।",
            currency.code()
        ),
        Warning::NoStaffCost { role } => format!(
            "कैटलॉग में {} की कर्मचारी लागत नहीं है, इसलिए यह लागत 0 मानी गई है।",
            role_name(*role)
        ),
        Warning::NoSharedBenchmark { route, benchmark } => format!(
            "routes.{}: क्लोज़्ड और ओपन, दोनों मॉडल के लिए {} का आँकड़ा एक साथ उपलब्ध नहीं है, इसलिए गुणवत्ता के अंतर की कोई लागत नहीं जोड़ी गई है।",
            route.key(),
            benchmark_label(*benchmark)
        ),
        Warning::NoReservedDiscount { gpu } => format!(
            "routes.self_hosted: कैटलॉग में आरक्षण की इस अवधि के लिए {gpu} की आरक्षित क़ीमत नहीं है, इसलिए आरक्षित प्लान में भी हर घंटा ऑन-डिमांड दर पर किराये पर गिना गया है; routes.self_hosted.reserved_discount_override में छूट दर्ज करें।"
        ),
        Warning::LatencyTargetMissed {
            ms_per_token,
            gpus_per_replica,
            gpu,
            target_ms,
        } => format!(
            "routes.self_hosted: {} x {gpu} पर केवल एक सीक्वेंस चलाने पर भी हर आउटपुट टोकन में {} ms लगते हैं, जो {} ms के लक्ष्य से अधिक है।",
            format::whole(f64::from(*gpus_per_replica)),
            format::whole(*ms_per_token),
            format::number(*target_ms)
        ),
    }
}

// Sizing

/// Why a model cannot be served as asked, with what would fit if anything
/// does: "{problem} मॉडल इनमें से किसी पर भी समा जाएगा: {options}।"
pub fn sizing_error(error: &SizingError) -> String {
    let problem = sizing_problem(&error.problem);
    if error.suggestion.is_empty() {
        problem
    } else {
        format!(
            "{problem} मॉडल इनमें से किसी पर भी समा जाएगा: {}।",
            fit_options(&error.suggestion)
        )
    }
}

/// What stops a model from being served as asked, as a sentence.
pub fn sizing_problem(problem: &SizingProblem) -> String {
    match problem {
        SizingProblem::DoesNotFit(shortfall) => does_not_fit(shortfall),
        SizingProblem::NoTensorParallelSizeToTry => {
            "आज़माने के लिए कोई टेंसर-पैरेलल आकार नहीं बचा है।".to_owned()
        }
    }
}

/// A replica that does not fit: the memory needed, part by part, against
/// the memory usable (the verb agrees with मेमोरी, not with the model).
fn does_not_fit(s: &MemoryShortfall) -> String {
    format!(
        "{} ({}) {} x {} पर नहीं समाता: इसके लिए {} GB मेमोरी चाहिए (वेट्स {} + {} टोकन के एक सीक्वेंस का KV कैश {} + ओवरहेड {}), लेकिन इस्तेमाल के लिए केवल {} GB उपलब्ध है।",
        s.model,
        s.precision.key(),
        format::whole(f64::from(s.gpus)),
        s.gpu,
        format::fixed(s.needed_gb, 1),
        format::fixed(s.weights_gb, 1),
        format::whole(s.context_tokens),
        format::fixed(s.kv_gb, 2),
        format::fixed(s.overhead_gb, 1),
        format::fixed(s.usable_gb, 1)
    )
}

/// What would fit instead: "4 x h100-sxm (bf16)".
pub fn fit_option(option: &FitOption) -> String {
    format!(
        "{} x {} ({})",
        format::whole(f64::from(option.gpus)),
        option.gpu,
        option.precision.key()
    )
}

/// Alternatives in one line: "a, या b, या c".
pub fn fit_options(options: &[FitOption]) -> String {
    options
        .iter()
        .map(fit_option)
        .collect::<Vec<_>>()
        .join(", या ")
}

// The Markdown report. Strings here may hold Markdown emphasis (`**`).

pub const REPORT_TITLE: &str = "“ओपन या क्लोज़्ड?” रिपोर्ट";
pub const REPORT_PROFILE_LABEL: &str = "प्रोफ़ाइल:";

/// "1 महीने", "36 महीनों": a count of months before a postposition (के
/// भीतर, की), the oblique case of [`super::months`].
fn months_oblique(count: f64) -> String {
    let count_text = format::number(count);
    match hindi(count) {
        Plural::One => format!("{count_text} महीने"),
        Plural::Other => format!("{count_text} महीनों"),
    }
}

/// "सभी रक़में USD में हैं; गणना अवधि 36 महीने है।"
pub fn report_amounts_in(currency: Currency, months: u32) -> String {
    format!(
        "सभी रक़में {} में हैं; गणना अवधि {} है।",
        currency.code(),
        super::months(f64::from(months))
    )
}

pub const REPORT_RECOMMENDATION_HEADING: &str = "सिफ़ारिश";

/// "**सिफ़ारिश किया गया विकल्प: क्लोज़्ड API** (उच्च विश्वास, 100%)।" (Markdown).
pub fn report_recommended(route_name: &str, confidence_level: &str, confidence: f64) -> String {
    format!(
        "**सिफ़ारिश किया गया विकल्प: {route_name}** ({confidence_level} विश्वास, {})।",
        format::percent(confidence)
    )
}

pub const REPORT_NO_ROUTE_FEASIBLE: &str = "इस प्रोफ़ाइल के लिए **कोई भी विकल्प व्यवहार्य नहीं है**।";
pub const REPORT_WHY_HEADING: &str = "सिफ़ारिश के कारण";
pub const REPORT_FLIP_POINTS_HEADING: &str = "पलट-बिंदु: किन बदलावों से सिफ़ारिश बदल जाएगी";

/// "36 महीनों की कुल लागत (USD)".
pub fn report_totals_heading(months: u32, currency: Currency) -> String {
    format!(
        "{} ({})",
        super::total_over(f64::from(months)),
        currency.code()
    )
}

pub const REPORT_ROUTE_COLUMN: &str = "विकल्प";
pub const REPORT_USES_COLUMN: &str = "मॉडल (कहाँ चलता है)";
pub const REPORT_TOTAL_COLUMN: &str = "कुल";
pub const REPORT_PER_MILLION_TOKENS_COLUMN: &str = "प्रति 10 लाख टोकन";

/// "सेल्फ़-होस्टेड ओपन-वेट को बाहर रखा गया है। {reason}" (the reason is a sentence).
pub fn report_route_excluded(route_title: &str, reason: &str) -> String {
    format!("{route_title} को बाहर रखा गया है। {reason}")
}

pub const REPORT_BREAK_EVEN_HEADING: &str = "ब्रेक-ईवन";
pub const REPORT_ROUTES_COLUMN: &str = "विकल्पों की जोड़ी";
pub const REPORT_CHEAPER_AT_START_COLUMN: &str = "शुरुआत में सस्ता";
pub const REPORT_BREAK_EVEN_MONTH_COLUMN: &str = "ब्रेक-ईवन महीना";
pub const REPORT_CASH_BREAK_EVEN_MONTH_COLUMN: &str = "नकद ब्रेक-ईवन (पेबैक) महीना";
pub const REPORT_CASH_COLUMN: &str = "नकद ख़र्च";
pub const REPORT_BREAK_EVEN_VOLUME_COLUMN: &str = "ब्रेक-ईवन वॉल्यूम (महीना 1 में अनुरोध)";

/// Two routes compared: "क्लोज़्ड API / मैनेज्ड ओपन-वेट".
pub fn report_route_pair(first: &str, second: &str) -> String {
    format!("{first} / {second}")
}

/// "महीना 14" (as the chart's axis, no ordinals).
pub fn report_break_even_month(month: u32) -> String {
    format!("महीना {}", format::whole(f64::from(month)))
}

/// "36 महीनों के भीतर नहीं".
pub fn report_no_break_even_within(months: u32) -> String {
    format!("{} के भीतर नहीं", months_oblique(f64::from(months)))
}

pub const REPORT_NO_BREAK_EVEN_VOLUME: &str = "नहीं मिला";
pub const REPORT_WARNINGS_HEADING: &str = "चेतावनियाँ";
pub const REPORT_ASSUMPTIONS_HEADING: &str = "धारणाएँ";
pub const REPORT_ASSUMPTION_COLUMN: &str = "धारणा";
pub const REPORT_VALUE_COLUMN: &str = "मान";
pub const REPORT_UNIT_COLUMN: &str = "इकाई";
pub const REPORT_SOURCE_COLUMN: &str = "स्रोत";
pub const REPORT_AS_OF_COLUMN: &str = "तारीख़";

/// "<source> (असत्यापित)".
pub fn report_unverified_source(source: &str) -> String {
    format!("{source} (असत्यापित)")
}

pub const REPORT_DECISION_DETAILS_HEADING: &str = "निर्णय का पूरा ब्योरा";

/// A benchmark's short name in reports: "LMArena टेक्स्ट स्कोर", "MMLU".
pub fn benchmark_label(benchmark: Benchmark) -> &'static str {
    match benchmark {
        Benchmark::LmarenaText => "LMArena टेक्स्ट स्कोर",
        Benchmark::Mmlu => "MMLU",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::Precision;
    use crate::report::RouteId;
    use crate::unit::Unit;

    fn has_devanagari(text: &str) -> bool {
        text.chars().any(|c| ('\u{0900}'..='\u{097F}').contains(&c))
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

    fn sizing() -> SizingError {
        SizingError {
            problem: SizingProblem::NoTensorParallelSizeToTry,
            suggestion: vec![
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
            ],
        }
    }

    /// Every text with words is Hindi and complete; every text of data only
    /// (ids, names, figures) is complete.
    #[test]
    fn a_representative_set_reads_as_hindi() {
        let gpu = || "NVIDIA H100".to_owned();
        let exclusions = [
            Exclusion::UnknownClosedModel { id: "x".into() },
            Exclusion::UnknownHostedOffer { id: "x".into() },
            Exclusion::UnknownOpenModel { id: "x".into() },
            Exclusion::UnknownGpu { id: "x".into() },
            Exclusion::NoRentalPrice { gpu: gpu() },
            Exclusion::NoPurchasePrice { gpu: gpu() },
            Exclusion::ResidencyPerToken {
                residency: DataResidency::AirGapped,
            },
            Exclusion::ResidencyRented {
                residency: DataResidency::OnPremises,
            },
            Exclusion::ContextTooLong {
                name: "Llama 3 70B".into(),
                path: "routes.self_hosted.model",
                limit_tokens: 8192,
                needed_tokens: 12_000.4,
            },
            Exclusion::DoesNotFit(sizing()),
        ];
        let warnings = [
            Warning::ExchangeRateUnusable {
                currency: Currency::Inr,
            },
            Warning::NoStaffCost {
                role: Role::MlopsEngineer,
            },
            Warning::NoSharedBenchmark {
                route: RouteId::SelfHosted,
                benchmark: Benchmark::LmarenaText,
            },
            Warning::NoReservedDiscount { gpu: gpu() },
            Warning::LatencyTargetMissed {
                ms_per_token: 18.4,
                gpus_per_replica: 4,
                gpu: gpu(),
                target_ms: 12.5,
            },
        ];
        let sources = [
            AssumptionSource::UserValue,
            AssumptionSource::Override { catalog: "Vendor" },
            AssumptionSource::StaffCost {
                currency: Currency::Inr,
                annual_wage: 2_500_000.0,
                loading_factor: 1.3,
                loaded_annual: 3_250_000.0,
                source: "Naukri",
            },
            AssumptionSource::RentalOtherKind {
                chosen: CloudKind::Hyperscaler,
                provider: "RunPod",
                source: "runpod.io",
            },
            AssumptionSource::RentalOtherKind {
                chosen: CloudKind::Neocloud,
                provider: "AWS",
                source: "aws.amazon.com",
            },
        ];
        let mut worded: Vec<String> = Vec::new();
        worded.extend(exclusions.iter().map(exclusion));
        worded.extend(warnings.iter().map(warning));
        worded.extend(sources.iter().map(assumption_source));
        worded.push(sizing_error(&sizing()));
        worded.push(sizing_problem(&SizingProblem::DoesNotFit(shortfall())));
        worded.push(route_label(&RouteLabel::ModelOn {
            model: "Llama 3.3 70B".into(),
            host: "Together AI".into(),
        }));
        worded.push(route_label(&RouteLabel::ModelOnGpu {
            model: "Llama 3 70B".into(),
            gpu: gpu(),
            precision: Precision::Fp8,
        }));
        worded.push(assumption_unit(AssumptionUnit::PricePair(Currency::Usd)));
        worded.push(assumption_unit(AssumptionUnit::Unit(Unit::Fraction)));
        worded.push(catalog_value(&CatalogValue::Architecture {
            id: "llama-3-70b".into(),
            params_b: 70.55,
            active_params_b: 70.55,
            layers: 80,
            kv_heads: 8,
            head_dim: 128,
        }));
        worded.push(catalog_value(&CatalogValue::Interconnect {
            interconnect: InterconnectKind::Nvlink,
            bandwidth_gb_per_s: 370.0,
            all_reduce_latency_us: 10.0,
        }));
        worded.extend([
            report_amounts_in(Currency::Inr, 36),
            report_recommended("क्लोज़्ड API", "उच्च", 0.92),
            report_totals_heading(36, Currency::Inr),
            report_route_excluded("सेल्फ़-होस्टेड ओपन-वेट", "कारण।"),
            report_break_even_month(14),
            report_no_break_even_within(36),
            report_unverified_source("अनुमान"),
        ]);
        worded.extend(
            [
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
                benchmark_label(Benchmark::LmarenaText),
            ]
            .map(str::to_owned),
        );
        for text in &worded {
            assert!(!text.is_empty());
            assert!(has_devanagari(text), "{text}");
            assert!(!text.contains(['{', '}']), "{text}");
            assert!(!text.contains(". ") && !text.ends_with('.'), "{text}");
        }
        let data = [
            route_label(&RouteLabel::Id { id: "x".into() }),
            closed_route_label("Claude Sonnet 4.5", "Anthropic"),
            assumption_source(&AssumptionSource::cited("Epoch AI")),
            assumption_source(&AssumptionSource::Rental {
                provider: "Lambda",
                source: "lambda.ai",
            }),
            fit_options(&sizing().suggestion),
            report_route_pair("क्लोज़्ड API", "मैनेज्ड ओपन-वेट"),
            benchmark_label(Benchmark::Mmlu).to_owned(),
        ];
        for text in &data {
            assert!(!text.is_empty());
            assert!(!text.contains(['{', '}']), "{text}");
        }
    }

    #[test]
    fn figures_follow_the_indian_system_and_names_stay_as_data() {
        assert_eq!(
            assumption_source(&AssumptionSource::StaffCost {
                currency: Currency::Eur,
                annual_wage: 80_000.0,
                loading_factor: 1.4,
                loaded_annual: 112_000.0,
                source: "Eurostat",
            }),
            "वार्षिक वेतन EUR 80,000 x 1.4 (पूर्ण लागत का गुणक) = प्रति वर्ष 1,12,000 EUR; Eurostat"
        );
        assert_eq!(
            exclusion(&Exclusion::ContextTooLong {
                name: "Llama 3 70B".to_owned(),
                path: "routes.self_hosted.model",
                limit_tokens: 8192,
                needed_tokens: 12_000.4,
            }),
            "Llama 3 70B (routes.self_hosted.model) की कॉन्टेक्स्ट विंडो अधिकतम 8,192 टोकन की \
             है, लेकिन एक अनुरोध में 12,000 टोकन लगते हैं (वर्कलोड के इनपुट और आउटपुट टोकन मिलाकर)।"
        );
        assert_eq!(
            sizing_error(&sizing()),
            "आज़माने के लिए कोई टेंसर-पैरेलल आकार नहीं बचा है। मॉडल इनमें से किसी पर भी समा \
             जाएगा: 4 x h100-sxm (bf16), या 2 x h200 (fp8)।"
        );
        assert_eq!(
            sizing_problem(&SizingProblem::DoesNotFit(shortfall())),
            "DeepSeek-V3 (bf16) 8 x NVIDIA H100 पर नहीं समाता: इसके लिए 1,374.0 GB मेमोरी चाहिए \
             (वेट्स 1,342.0 + 1,900 टोकन के एक सीक्वेंस का KV कैश 0.13 + ओवरहेड 16.0), लेकिन \
             इस्तेमाल के लिए केवल 576.0 GB उपलब्ध है।"
        );
    }

    #[test]
    fn report_sentences_take_the_hindi_plural_and_case() {
        assert_eq!(
            report_amounts_in(Currency::Usd, 1),
            "सभी रक़में USD में हैं; गणना अवधि 1 महीना है।"
        );
        assert_eq!(
            report_amounts_in(Currency::Inr, 36),
            "सभी रक़में INR में हैं; गणना अवधि 36 महीने है।"
        );
        assert_eq!(
            report_recommended("क्लोज़्ड API", "मध्यम", 0.7),
            "**सिफ़ारिश किया गया विकल्प: क्लोज़्ड API** (मध्यम विश्वास, 70%)।"
        );
        assert_eq!(
            report_totals_heading(12, Currency::Eur),
            "12 महीनों की कुल लागत (EUR)"
        );
        assert_eq!(report_no_break_even_within(1), "1 महीने के भीतर नहीं");
        assert_eq!(report_no_break_even_within(36), "36 महीनों के भीतर नहीं");
        assert_eq!(report_break_even_month(14), "महीना 14");
    }
}
