//! The Hindi catalog (hi-IN, Devanagari): every piece of user-facing text of
//! [`super::en`], item for item, in standard Hindi as Indian business and
//! technology writing uses it. Terminology: `plan/glossary-hi.md`.
//!
//! Numbers inside sentences go through [`super::format`], the one formatter;
//! plural forms through [`super::plural::hindi`].

// Each constant's name says what it is; documenting every label again would
// only repeat it.
#![allow(missing_docs)]
// Nothing selects the Hindi catalog yet.

mod decision;
mod fields;
mod problems;
mod report;
pub(crate) mod units;

// report: to come

pub use decision::*;
pub use fields::{choice_label, field_text, section_title, FieldText};
pub use problems::*;
pub use report::*;
pub use units::*;

use super::plural::{hindi, Plural};
use crate::report::RouteId;

// The calculator page
pub const PRESETS_LABEL: &str = "किसी उदाहरण से शुरू करें";
pub const THEME_LABEL: &str = "रंग योजना";
pub const LANGUAGE_LABEL: &str = "भाषा";

/// A colour scheme's name on its button, by its key (`system`, `light`, `dark`).
pub fn theme_name(key: &str) -> &'static str {
    match key {
        "light" => "हल्की",
        "dark" => "गहरी",
        _ => "सिस्टम के अनुसार",
    }
}
pub const RESET_LABEL: &str = "डिफ़ॉल्ट मानों पर लौटें";
pub const UPDATE_READY: &str = "कैलकुलेटर का नया संस्करण उपलब्ध है।";
pub const UPDATE_RELOAD: &str = "रीलोड करें";
pub const FORM_HEADING: &str = "आपका संगठन";
pub const RESULTS_HEADING: &str = "नतीजे";
pub const ROUTES_HEADING: &str = "तीन विकल्प";
pub const CHEAPEST_BADGE: &str = "सबसे सस्ता";
pub const EXCLUDED_BADGE: &str = "बाहर रखा गया";
pub const NOT_AVAILABLE: &str = "—";

/// "1 महीना", "2.5 महीने", "36 महीने": every count of months on the page,
/// in the report and in sentences (the direct case; see [`total_over`] for
/// the oblique "36 महीनों की").
pub fn months(count: f64) -> String {
    let count_text = super::format::hi::number(count);
    match hindi(count) {
        Plural::One => format!("{count_text} महीना"),
        Plural::Other => format!("{count_text} महीने"),
    }
}
pub const COST_PER_MILLION_TOKENS: &str = "प्रति 10 लाख टोकन लागत, सब कुछ मिलाकर";
pub const TIME_TO_MARKET: &str = "सेवा शुरू होने में";
pub const INVALID_INPUT_NOTE: &str = "कुछ इनपुट मान्य नहीं हैं: नीचे दिए नतीजे पिछले मान्य मानों पर आधारित हैं।";
pub const FLEET_HEADING: &str = "सेल्फ़-होस्टेड फ़्लीट";
pub const FLEET_GPU: &str = "GPU";
pub const FLEET_GPUS_PER_REPLICA: &str = "प्रति रेप्लिका GPU";
pub const FLEET_REPLICAS: &str = "सबसे व्यस्त घंटे में रेप्लिका";
pub const FLEET_MEMORY_PER_REPLICA: &str = "प्रति रेप्लिका मेमोरी";
pub const FLEET_WEIGHTS: &str = "वेट्स";
pub const FLEET_KV_PER_TOKEN: &str = "प्रति टोकन KV कैश";
pub const FLEET_DECODE: &str = "प्रति रेप्लिका डिकोड गति";
pub const FLEET_DECODE_BATCH_1: &str = "डिकोड गति, एक अनुरोध पर";
pub const FLEET_BATCH: &str = "बैच";
pub const FLEET_PLAN: &str = "किराये पर या अपने";
pub const FLEET_PRECISION: &str = "वेट्स / KV कैश";
pub const FLEET_BATCH_LIMIT: &str = "बैच की सीमा";
pub const FLEET_UTILISATION: &str = "औसत उपयोग दर";
pub const FLEET_GPU_HOURS: &str = "पूरी अवधि में GPU-घंटे";
pub const FLEET_COST_PER_GPU_HOUR: &str = "प्रति GPU-घंटा कंप्यूट लागत";
pub const FLEET_RESERVED: &str = "आरक्षित रेप्लिका";
/// How the fleet's GPUs are had: bought, or rented on which plan.
pub fn fleet_plan(
    deployment: crate::profile::Deployment,
    plan: Option<crate::profile::RentalPlan>,
) -> &'static str {
    use crate::profile::{Deployment, RentalPlan};
    match (deployment, plan) {
        (Deployment::Owned, _) => "ख़रीदे हुए, अपने; पीक के हिसाब से आकार",
        (_, Some(RentalPlan::AlwaysOn)) => "किराये पर, पीक के लिए हमेशा चालू",
        (_, Some(RentalPlan::Reserved)) => "किराये पर, आरक्षित आधार और ऊपर से ऑन-डिमांड",
        (_, _) => "किराये पर, घंटे के हिसाब से ऑटोस्केल",
    }
}
/// What limits a replica's batch, inside a sentence: "(मेमोरी के कारण सीमित)"
/// takes "मेमोरी".
pub fn batch_limit_name(limit: crate::sizing::BatchLimit) -> &'static str {
    match limit {
        crate::sizing::BatchLimit::Memory => "मेमोरी",
        crate::sizing::BatchLimit::Latency => "लेटेंसी लक्ष्य",
        crate::sizing::BatchLimit::LatencyMissed => "लेटेंसी लक्ष्य (जो बैच 1 पर भी पूरा नहीं होता)",
    }
}
/// What limits a replica's batch, as a value on its own.
pub fn batch_limit_label(limit: crate::sizing::BatchLimit) -> &'static str {
    match limit {
        crate::sizing::BatchLimit::Memory => "मेमोरी",
        crate::sizing::BatchLimit::Latency => "लेटेंसी लक्ष्य",
        crate::sizing::BatchLimit::LatencyMissed => "लेटेंसी लक्ष्य, बैच 1 पर भी पूरा नहीं होता",
    }
}
/// "FP8 / FP8": the precisions of the weights and of the KV cache.
pub fn fleet_precisions(
    weights: crate::profile::Precision,
    kv: crate::profile::Precision,
) -> String {
    format!(
        "{} / {}",
        weights.key().to_ascii_uppercase(),
        kv.key().to_ascii_uppercase()
    )
}
/// "2 (कुल 8 GPU)": replicas, and the GPUs they take ("GPU" does not change
/// with the count in Hindi).
pub fn fleet_replicas(replicas: u32, gpus_total: u32) -> String {
    format!("{replicas} (कुल {gpus_total} GPU)")
}
/// "223 (मेमोरी में 223 तक समा सकते हैं)": the batch served, and the most that fits.
pub fn fleet_batch(batch: u32, fits: u32) -> String {
    format!("{batch} (मेमोरी में {fits} तक समा सकते हैं)")
}
/// "158 GB".
pub fn gigabytes(value: f64) -> String {
    format!("{} GB", super::format::hi::compact(value))
}
/// "320 KiB", from bytes.
pub fn kibibytes(bytes: f64) -> String {
    format!("{} KiB", super::format::hi::compact(bytes / 1024.0))
}
/// "6.6 k टोकन/सेकंड".
pub fn tokens_per_second(value: f64) -> String {
    format!("{} टोकन/सेकंड", super::format::hi::compact(value))
}
/// "सेल्फ़-होस्टेड ओपन-वेट और क्लोज़्ड API का ब्रेक-ईवन": a marker on the
/// cumulative chart (the later route first).
pub fn breaks_even_with(later: RouteId, earlier: RouteId) -> String {
    format!(
        "{} और {} का ब्रेक-ईवन",
        route_name(later),
        route_name(earlier)
    )
}
/// "34% नमूनों में सबसे सस्ता": the share of Monte Carlo draws.
pub fn cheapest_in_draws(probability: f64) -> String {
    format!(
        "{} नमूनों में सबसे सस्ता",
        super::format::hi::percent(probability)
    )
}
/// " (2025-06-01 के अनुसार)": after an assumption's source.
pub fn as_of(date: &str) -> String {
    format!(" ({date} के अनुसार)")
}
/// "GPU-घंटे की क़ीमत रीसेट करें": the accessible name of one assumption's reset button.
pub fn reset_one(label: &str) -> String {
    format!("{label} रीसेट करें")
}
/// "Llama 3.3 70B Instruct (Together AI पर)": a managed offer in the form's
/// list, the model first so that the list reads by model.
pub fn offer_option(model: &str, provider: &str) -> String {
    format!("{model} ({provider} पर)")
}
/// The group of a catalog list's current rows, when the list also has older ones.
pub const OPTIONS_CURRENT: &str = "मौजूदा";
/// The group of a catalog list's older rows, listed after the current ones.
pub const OPTIONS_LEGACY: &str = "पुराने (सहेजे गए परिदृश्यों और लिंक के लिए रखे गए)";
pub const FLEET_LATENCY_MISSED: &str =
    "इस GPU पर एक बार में केवल एक अनुरोध चलाने पर भी लेटेंसी लक्ष्य पूरा नहीं होता।";
pub const COST_CATEGORIES: [&str; 6] = [
    "टोकन",
    "कंप्यूट",
    "कर्मचारी",
    "लक्ष्य गुणवत्ता तक पहुँचना",
    "बाज़ार तक पहुँचने में देरी",
    "जोखिम और अनुपालन",
];
pub const COST_BARS_TITLE: &str = "हर विकल्प की कुल लागत, श्रेणी के अनुसार";
pub const CUMULATIVE_TITLE_CASH: &str = "समय के साथ संचयी नकद ख़र्च";
pub const CUMULATIVE_TITLE_PNL: &str = "समय के साथ संचयी लागत, खातों में दर्ज के अनुसार";
pub const CUMULATIVE_VIEW_LABEL: &str = "ख़रीदे गए GPU इस रूप में गिनें";
pub const CUMULATIVE_VIEW_CASH: &str = "नकद";
pub const CUMULATIVE_VIEW_PNL: &str = "लाभ-हानि";
pub const CUMULATIVE_NOTE_CASH: &str =
    "ख़रीदे गए GPU की पूरी क़ीमत उसी महीने में गिनी जाती है जिसमें उनका भुगतान होता है, और सेवा से हटाने पर उनका पुनर्विक्रय मूल्य वापस जुड़ता है: जहाँ रेखाएँ एक-दूसरे को काटती हैं, वहाँ तक GPU अपनी लागत वसूल कर चुके होते हैं।";
pub const CUMULATIVE_NOTE_PNL: &str =
    "ख़रीदे गए GPU का मूल्यह्रास उनके सेवा-काल में सीधी-रेखा पद्धति से उनके पुनर्विक्रय मूल्य तक किया जाता है, ठीक वैसे ही जैसे लेखाकार उन्हें खातों में दर्ज करते हैं।";
pub const ASSUMPTIONS_HEADING: &str = "धारणाएँ और उनके स्रोत";
pub const ASSUMPTIONS_INTRO: &str =
    "नतीजे जिन आँकड़ों पर टिके हैं, वे सब यहाँ हैं। किसी संख्या को बदलकर उसकी जगह अपना मान रखें; “रीसेट” से डिफ़ॉल्ट मान लौट आता है। “असत्यापित” चिह्न वाले आँकड़े या तो अनुमान हैं या उनकी पुष्टि नहीं हो सकी: इन्हें अपने आँकड़ों से मिला लें।";
pub const ASSUMPTION_COLUMN: &str = "धारणा";
pub const VALUE_COLUMN: &str = "मान";
pub const SOURCE_COLUMN: &str = "स्रोत और तारीख़";
pub const RESET_ONE_LABEL: &str = "रीसेट";
pub const UNVERIFIED_BADGE: &str = "असत्यापित";
pub const SHOW_ASSUMPTIONS: &str = "सभी धारणाएँ दिखाएँ";
pub const VERDICT_LABEL: &str = "सिफ़ारिश";
pub const VERDICT_COMPUTING: &str = "लागत, उपयुक्तता और अनिश्चितता का आकलन हो रहा है…";
pub const VERDICT_NO_ROUTE: &str = "कोई व्यवहार्य विकल्प नहीं";
pub const VERDICT_UPDATING: &str = "अपडेट हो रहा है…";
pub const REASONS_HEADING: &str = "क्यों";
pub const FLIP_POINTS_HEADING: &str = "किन बदलावों से सिफ़ारिश बदल जाएगी";
pub const MORE_FLIP_POINTS: &str = "और पलट-बिंदु";
pub const FACTORS_TITLE: &str = "उपयुक्तता: हर कारक का योगदान";
pub const FACTORS_UNIT: &str = "अंक";
pub const RANGES_TITLE: &str = "कुल लागत का दायरा (P10–P90) और सबसे सस्ता होने की संभावना";
pub const TORNADO_TITLE: &str = "शीर्ष दो विकल्पों के बीच का अंतर किन बातों से बदलता है";

/// "उच्च विश्वास (92%)": the verdict's confidence line.
pub fn confidence_line(level: crate::decision::Confidence, confidence: f64) -> String {
    let percent = super::format::hi::percent(confidence);
    match level {
        crate::decision::Confidence::High => format!("उच्च विश्वास ({percent})"),
        crate::decision::Confidence::Medium => format!("मध्यम विश्वास ({percent})"),
        crate::decision::Confidence::Low => format!("कम विश्वास ({percent})"),
    }
}
/// "36 महीनों की कुल लागत", "1 महीने की कुल लागत": under a route's total
/// (the oblique case of [`months`]).
pub fn total_over(months: f64) -> String {
    let count_text = super::format::hi::number(months);
    match hindi(months) {
        Plural::One => format!("{count_text} महीने की कुल लागत"),
        Plural::Other => format!("{count_text} महीनों की कुल लागत"),
    }
}
/// "$1.2 M (36 महीने)": a total with the horizon it covers.
pub fn total_with_horizon(total: &str, months: f64) -> String {
    format!("{total} ({})", self::months(months))
}
/// "निचला मान: $1.2 M": a value after its label.
pub fn labelled(label: &str, value: &str) -> String {
    format!("{label}: {value}")
}
/// "… का ब्रेक-ईवन (महीना 14)": a marked point and where it is.
pub fn marker_at(label: &str, axis_label: &str, x: f64) -> String {
    format!("{label} ({axis_label} {})", super::format::hi::number(x))
}
/// "और पलट-बिंदु (5)", "सभी धारणाएँ दिखाएँ (61)": a label with how many it hides.
pub fn with_count(label: &str, count: usize) -> String {
    format!("{label} ({})", super::format::hi::whole(count as f64))
}

/// A readable name for a profile path, for the rare field with no label of
/// its own: the path's own (English) segments, as in the English catalog,
/// `routes.closed_api.staff.ml_engineers` -> "Routes › closed api › staff › ml engineers".
pub fn path_label(path: &str) -> String {
    let trimmed = path.strip_prefix("assumptions.").unwrap_or(path);
    let words = trimmed.replace('_', " ").replace('.', " › ");
    let mut letters = words.chars();
    match letters.next() {
        Some(first) => format!("{}{}", first.to_ascii_uppercase(), letters.as_str()),
        None => words,
    }
}

/// A route's name on the page.
pub fn route_name(route: RouteId) -> &'static str {
    match route {
        RouteId::ClosedApi => "क्लोज़्ड API",
        RouteId::ManagedOpen => "मैनेज्ड ओपन-वेट",
        RouteId::SelfHosted => "सेल्फ़-होस्टेड ओपन-वेट",
    }
}

/// A preset's button label.
pub fn preset_label(id: &str) -> &'static str {
    match id {
        "academic-research" => "शैक्षणिक शोध",
        "startup-internal-tool" => "स्टार्टअप का आंतरिक टूल",
        "bank-customer-assistant" => "बैंक का ग्राहक सहायक",
        "ml-platform-high-volume" => "ML प्लेटफ़ॉर्म, भारी वॉल्यूम",
        "air-gapped-government" => "एयर-गैप्ड सरकारी प्रणाली",
        _ => "",
    }
}

pub const APP_TITLE: &str = "ओपन या क्लोज़्ड?";
pub const APP_TAGLINE: &str =
    "क्लोज़्ड LLM API आपके संगठन को असल में कितना महँगा पड़ता है, ओपन-वेट मॉडल की तुलना में। सारी गणना आपके ब्राउज़र में ही होती है; आप जो भी टाइप करते हैं, वह ब्राउज़र से बाहर नहीं जाता।";

// Charts
pub const CHART_SHOW_TABLE: &str = "तालिका के रूप में दिखाएँ";
pub const CHART_NO_DATA: &str = "दिखाने के लिए कोई डेटा नहीं है।";
pub const CHART_MONTH: &str = "महीना";
pub const CHART_TOTAL: &str = "कुल";
pub const CHART_ROUTE: &str = "विकल्प";
pub const CHART_FACTOR: &str = "कारक";
pub const CHART_INPUT: &str = "इनपुट";
pub const CHART_P10: &str = "P10 (निचला)";
pub const CHART_P50: &str = "P50 (माध्यिका)";
pub const CHART_P90: &str = "P90 (ऊपरी)";
pub const CHART_NOTE: &str = "टिप्पणी";
pub const CHART_MARKER: &str = "चिह्नित बिंदु";
pub const CHART_MARKERS_CAPTION: &str = "चिह्नित बिंदु";
pub const CHART_LOW_SETTING: &str = "निचला मान";
pub const CHART_HIGH_SETTING: &str = "ऊपरी मान";
pub const CHART_AT_LOW: &str = "निचले मान पर नतीजा";
pub const CHART_AT_HIGH: &str = "ऊपरी मान पर नतीजा";
pub const CHART_BASELINE: &str = "आधार मान";
pub const CHART_RANGE_LEGEND: &str = "P10 से P90 तक, P50 पर निशान";
/// Summaries: `{name}` placeholders are filled in by the chart.
pub const CHART_STACKED_SUMMARY: &str =
    "सबसे अधिक कुल: {high_label}, {high}। सबसे कम कुल: {low_label}, {low}।";
pub const CHART_LINE_SUMMARY: &str =
    "महीना {x} पर सबसे अधिक: {high_label}, {high}; सबसे कम: {low_label}, {low}।";
pub const CHART_LINE_MARKERS: &str = "चिह्नित: {markers}।";
pub const CHART_FACTOR_SUMMARY: &str = "सबसे बड़ा योगदान: {series} के लिए {label}, {value}।";
pub const CHART_RANGE_SUMMARY: &str = "सबसे कम माध्यिका: {label}, {p50} (P10 {p10} से P90 {p90} तक)।";
pub const CHART_TORNADO_SUMMARY: &str =
    "आधार मान {baseline}। सबसे बड़ा उतार-चढ़ाव: {label}, {low} से {high} तक।";

// Scenarios, links, files, storage
pub const SCENARIOS_HEADING: &str = "परिदृश्य";
pub const WORKING_ON: &str = "अभी खुला परिदृश्य:";
pub const CHANGED_SINCE_SAVED: &str = "सहेजने के बाद बदला गया";
pub const SAVE_CHANGES: &str = "बदलाव सहेजें";
pub const NOT_A_SCENARIO: &str =
    "बिना नाम की प्रोफ़ाइल (इसी ब्राउज़र में रखी गई)। इसे किसी नाम से रखने के लिए परिदृश्य के रूप में सहेजें।";
pub const SCENARIO_NAME_LABEL: &str = "परिदृश्य का नाम";
pub const SAVE_AS_BUTTON: &str = "नए परिदृश्य के रूप में सहेजें";
pub const NO_SCENARIOS: &str = "अभी तक कोई परिदृश्य सहेजा नहीं गया है।";
pub const OPEN: &str = "खोलें";
pub const OPEN_NOW: &str = "अभी खुला है";
pub const RENAME: &str = "नाम बदलें";
pub const RENAME_SAVE: &str = "नाम सहेजें";
pub const CANCEL: &str = "रद्द करें";
pub const DUPLICATE: &str = "प्रतिलिपि बनाएँ";
pub const DELETE: &str = "हटाएँ";
pub const COMPARE: &str = "तुलना करें";
pub const UNDO: &str = "पूर्ववत करें";
pub const DISMISS: &str = "बंद करें";
pub const DOWNLOAD_UNREADABLE: &str = "जो डेटा पढ़ा नहीं जा सका, उसे डाउनलोड करें";
/// A file name: kept in ASCII, as in English, so that every system and
/// mail client takes it.
pub const UNREADABLE_FILE_NAME: &str = "open-or-closed-unreadable-data.json";
pub const UNSAVED_WORK_NAME: &str = "बिना सहेजा काम";
pub const SHARED_SCENARIO_NAME: &str = "साझा किया गया परिदृश्य";
pub const SHARE_HEADING: &str = "साझा करें और निर्यात करें";
pub const COPY_LINK: &str = "लिंक कॉपी करें";
pub const LINK_COPIED: &str = "लिंक कॉपी हो गया। इसे जो भी खोलेगा, उसे यही परिदृश्य दिखेगा; प्रोफ़ाइल लिंक के भीतर ही (# के बाद) रहती है और कभी किसी सर्वर पर नहीं भेजी जाती।";
pub const LINK_NOT_COPIED: &str =
    "ब्राउज़र ने क्लिपबोर्ड पर कॉपी करने की अनुमति नहीं दी। नीचे दिया लिंक चुनकर ख़ुद कॉपी करें:";
pub const DOWNLOAD_HEADING: &str = "डाउनलोड";
pub const EXPORT_JSON: &str = "प्रोफ़ाइल (JSON)";
pub const EXPORT_MARKDOWN: &str = "रिपोर्ट (Markdown)";
pub const EXPORT_CSV: &str = "मासिक लागत (CSV)";
pub const PRINT: &str = "प्रिंट करें";
pub const DOWNLOAD_FAILED: &str = "ब्राउज़र ने डाउनलोड शुरू नहीं किया।";
pub const IMPORT_BUTTON: &str = "प्रोफ़ाइल आयात करें (JSON)";
pub const IMPORT_HINT: &str = "या कोई JSON फ़ाइल पेज पर कहीं भी छोड़ें; अधिकतम 1 MiB।";
pub const DROP_HERE: &str = "आयात करने के लिए प्रोफ़ाइल यहाँ छोड़ें";
pub const IMPORT_NOT_READ: &str = "ब्राउज़र फ़ाइल नहीं पढ़ सका।";
pub const COMPARE_HEADING: &str = "परिदृश्यों की आमने-सामने तुलना";
pub const COMPARE_HINT: &str =
    "दो या तीन परिदृश्यों पर “तुलना करें” चुनें, वे आमने-सामने दिखेंगे (चौथा चुनने पर पहला हट जाता है)।";
/// After a route's name in the comparison table: "क्लोज़्ड API (कुल लागत)".
pub const COMPARE_TOTAL: &str = "(कुल लागत)";
pub const COMPARE_RECOMMENDED: &str = "सिफ़ारिश किया गया विकल्प";
pub const COMPARE_INPUTS: &str = "जो इनपुट अलग हैं";
pub const COMPARE_SAME_INPUTS: &str = "सभी इनपुट एक जैसे हैं।";
pub const COMPARE_CLOSE: &str = "तुलना बंद करें";
pub const STORAGE_UNAVAILABLE: &str = "यह ब्राउज़र पेज को आपका काम सहेजने नहीं देता (स्टोरेज बंद है, जैसा कुछ प्राइवेट विंडो में होता है)। काम तभी तक रहेगा जब तक आप यह टैब बंद नहीं करते: इसे रखना हो तो प्रोफ़ाइल डाउनलोड कर लें।";
pub const STORAGE_FULL: &str = "ब्राउज़र का स्टोरेज भर गया है, इसलिए आपके हाल के बदलाव सहेजे नहीं गए। इन्हें रखने के लिए प्रोफ़ाइल डाउनलोड कर लें, या वे परिदृश्य हटा दें जिनकी अब ज़रूरत नहीं है।";
pub const STORAGE_NEWER_KEPT: &str = "यह संस्करण सहेजे गए डेटा को जस का तस छोड़ देता है और कुछ भी नहीं सहेजता, ताकि नया संस्करण उसे फिर से पा सके; आप उसे डाउनलोड भी कर सकते हैं।";
pub const STORAGE_AFTER_CRASH: &str = "पिछली बार पेज एक आंतरिक त्रुटि पर रुक गया था। हो सकता है वह त्रुटि सहेजे गए डेटा की वजह से हुई हो, इसलिए इस बार पेज डिफ़ॉल्ट मानों से शुरू हुआ है।";
pub const STORAGE_TAKEN_OVER: &str = "कैलकुलेटर किसी दूसरे टैब या विंडो में खुला है, जिसने अपने बदलाव सहेज लिए हैं। वे बदलाव मिट न जाएँ, इसलिए इस टैब ने सहेजना बंद कर दिया है: वहाँ सहेजे गए काम के साथ आगे बढ़ने के लिए इसे रीलोड करें (इस प्रोफ़ाइल को रखना हो तो पहले इसे डाउनलोड कर लें)।";
pub const RELOAD: &str = "रीलोड करें";
pub const LINK_FROM_FILE: &str = "कैलकुलेटर की यह प्रति आपके कंप्यूटर की एक फ़ाइल है, इसलिए इसका लिंक किसी और के लिए कुछ नहीं खोलेगा। इसकी जगह प्रोफ़ाइल की फ़ाइल साझा करें (डाउनलोड → प्रोफ़ाइल (JSON))।";
pub const DISMISS_NOTICE: &str = "यह सूचना बंद करें";
pub const UPDATE_NOT_SAVED: &str =
    "इस टैब में किया गया आपका काम सहेजा नहीं गया है: रीलोड करने से पहले प्रोफ़ाइल डाउनलोड कर लें।";
pub const STORAGE_NOT_BACKED_UP: &str = "सहेजे गए डेटा की अलग से प्रति नहीं बन सकी, इसलिए इस बार कुछ भी नहीं सहेजा जाएगा (उस डेटा के ऊपर कुछ नहीं लिखा जाएगा)। उसे रखने के लिए डाउनलोड कर लें।";
pub const STORAGE_PARTLY_READ: &str =
    "सहेजी गई कुछ प्रोफ़ाइलें इस्तेमाल नहीं हो सकीं और उन्हें अलग रख दिया गया है; बाक़ी सब बहाल कर दिया गया है।";
pub const RECOVERY_HEADING: &str = "कुछ गड़बड़ हो गई";
pub const RECOVERY_TEXT: &str = "कैलकुलेटर में एक आंतरिक त्रुटि आई और वह रुक गया। जिस प्रोफ़ाइल पर आप काम कर रहे थे, उसे रखने के लिए डाउनलोड कर लें। रीलोड करने पर पेज डिफ़ॉल्ट मानों से फिर शुरू होगा; इस ब्राउज़र में जो कुछ सहेजा गया था, वह अलग रखा जाएगा और डाउनलोड के लिए उपलब्ध रहेगा।";
pub const RECOVERY_DOWNLOAD: &str = "प्रोफ़ाइल डाउनलोड करें (JSON)";
pub const RECOVERY_RELOAD: &str = "पेज रीलोड करें";

pub fn storage_backed_up(key: &str) -> String {
    format!("डेटा की पहले जैसी एक प्रति इस ब्राउज़र के स्टोरेज में “{key}” नाम से रखी गई है, और आप उसे डाउनलोड कर सकते हैं।")
}
pub fn unsaved_work_kept(name: &str) -> String {
    format!("आपके बिना सहेजे बदलाव “{name}” परिदृश्य के रूप में रख लिए गए हैं।")
}
pub fn scenario_saved(name: &str) -> String {
    format!("“{name}” परिदृश्य के रूप में सहेजा गया।")
}
pub fn scenario_updated(name: &str) -> String {
    format!("आपके बदलाव “{name}” में सहेज दिए गए।")
}
pub fn unsaved_changes_name(name: &str) -> String {
    format!("{name} (बिना सहेजे बदलाव)")
}
pub fn scenario_opened(name: &str) -> String {
    format!("“{name}” खोला गया।")
}
pub fn scenario_duplicated(name: &str) -> String {
    format!("प्रतिलिपि “{name}” जोड़ दी गई।")
}
pub fn scenario_deleted(name: &str) -> String {
    format!("“{name}” हटा दिया गया।")
}
pub fn scenario_restored(name: &str) -> String {
    format!("“{name}” वापस लाया गया।")
}
pub fn name_refused(error: &crate::number_input::FieldError) -> String {
    format!(
        "“{}” परिदृश्य का नाम नहीं हो सकता: {} इस्तेमाल करें।",
        given(&error.given),
        allowed(&error.allowed)
    )
}
pub fn link_opened(name: &str) -> String {
    format!("साझा लिंक नए परिदृश्य “{name}” के रूप में खोला गया। आपके अपने परिदृश्य जस के तस हैं।")
}
pub fn link_already_saved(name: &str) -> String {
    format!("इस लिंक का परिदृश्य पहले से “{name}” नाम से सहेजा हुआ है: वही अभी खुला है।")
}
pub fn link_refused(error: &crate::share_link::ShareLinkError) -> String {
    format!("{} आपका अपना डेटा नहीं बदला है।", share_link_error(error))
}
pub fn import_opened(file_name: &str, name: &str) -> String {
    format!("“{file_name}” को नए परिदृश्य “{name}” के रूप में आयात किया गया।")
}
pub fn import_refused(file_name: &str, headline: &str) -> String {
    format!("फ़ाइल “{file_name}” आयात नहीं की जा सकी। {headline}")
}
/// "हटाएँ: “Bank”", "तुलना करें: “Bank”": a button's accessible name. The
/// action comes first, after a colon, so that every verb reads right in
/// Hindi without its own postposition ("की तुलना करें", "का नाम बदलें").
pub fn action_on(action: &str, name: &str) -> String {
    format!("{action}: “{name}”")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_take_the_hindi_plural_and_the_oblique_case() {
        assert_eq!(months(1.0), "1 महीना");
        assert_eq!(months(36.0), "36 महीने");
        assert_eq!(total_over(1.0), "1 महीने की कुल लागत");
        assert_eq!(total_over(36.0), "36 महीनों की कुल लागत");
    }

    #[test]
    fn every_english_field_and_choice_has_hindi_words() {
        let source = include_str!("en/fields.rs");
        let paths = source
            .lines()
            .filter_map(|line| line.trim().strip_prefix('"'))
            .filter_map(|rest| rest.split_once("\" => text("))
            .map(|(path, _)| path);
        let mut count = 0;
        for path in paths {
            let (en, hi) = (super::super::en::field_text(path), field_text(path));
            assert!(!hi.label.is_empty(), "{path}");
            assert_eq!(en.help.is_empty(), hi.help.is_empty(), "{path}");
            assert_eq!(en.unit.is_empty(), hi.unit.is_empty(), "{path}");
            count += 1;
        }
        assert!(count > 40);
        assert_eq!(
            choice_label("requirements.data_residency", "air_gapped"),
            "एयर-गैप्ड: बाहर कोई नेटवर्क नहीं"
        );
        assert_eq!(choice_label("routes.self_hosted.tensor_parallel", "4"), "4");
    }
}
