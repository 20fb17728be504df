//! Hindi labels, units and help for every form field and section. Mirrors
//! `en::fields` item for item.

/// What the form shows for one field: the same type as the English
/// catalog's, so that either catalog's [`field_text`] can stand in one place.
pub use crate::text::en::FieldText;

const fn text(label: &'static str, unit: &'static str, help: &'static str) -> FieldText {
    FieldText { label, unit, help }
}

/// The title and one-line description of a form section.
pub fn section_title(id: &str) -> &'static str {
    match id {
        "organisation" => "संगठन और यूज़ केस",
        "workload" => "वर्कलोड",
        "team" => "टीम",
        "requirements" => "आवश्यकताएँ",
        "routes" => "तीनों विकल्पों के ठोस चयन",
        _ => "",
    }
}

/// The label, unit and help of the field at `path` (empty label if unknown).
pub fn field_text(path: &str) -> FieldText {
    match path {
        "organisation.use_case" => text("यूज़ केस", "", "मॉडल किस काम के लिए है; इसी से तय होता है कि सेवा, सटीकता और नियंत्रण में से किसे कितना महत्व मिले।"),
        "organisation.investment_usd" => text("निवेश", "USD", "परियोजना के पीछे का बजट; बड़े व्यावसायिक निवेश में आम तौर पर वेंडर की सपोर्ट सेवा ख़रीदी जाती है।"),
        "organisation.project_value_usd_per_month" => text("सेवा के एक महीने का मूल्य", "USD / माह", "एक महीने की देरी की क़ीमत: जो विकल्प देर से सेवा शुरू करता है, उस पर देरी के हर महीने के लिए यह रक़म जुड़ती है।"),
        "currency.display" => text("प्रदर्शन मुद्रा", "", "हर रक़म इसी मुद्रा में दिखाई जाती है, उन विनिमय दरों पर जिन्हें आप बदल सकते हैं।"),
        "workload.requests_per_month" => text("प्रति माह अनुरोध", "अनुरोध", "पहले महीने में मॉडल को भेजे जाने वाले अनुरोध (कॉल)।"),
        "workload.input_tokens_per_request" => text("प्रति अनुरोध इनपुट टोकन", "टोकन", "प्रॉम्प्ट, निर्देश और खोजकर जोड़ा गया संदर्भ; अंग्रेज़ी का एक पेज लगभग 500 टोकन का होता है (उतने ही हिन्दी पाठ में आम तौर पर कहीं ज़्यादा टोकन लगते हैं)।"),
        "workload.output_tokens_per_request" => text("प्रति अनुरोध आउटपुट टोकन", "टोकन", "मॉडल का तैयार किया गया जवाब।"),
        "workload.growth_per_month" => text("मासिक वृद्धि", "%", "वॉल्यूम की महीने-दर-महीने वृद्धि: 3 = हर महीने +3 %; यह ऋणात्मक भी हो सकती है।"),
        "workload.peak_to_average" => text("पीक और औसत का अनुपात", "×", "सबसे व्यस्त घंटे की अनुरोध दर, दिन के औसत की तुलना में (अधिकतम 24); पीक के लिए ख़रीदी या किराये पर ली गई फ़्लीट का आकार इसी से तय होता है।"),
        "workload.trough_to_average" => text("सबसे शांत घंटा", "%", "सबसे शांत घंटे की दर, औसत के प्रतिशत के रूप में: 30 = 30 %। ऑटोस्केल होने वाली फ़्लीट दिन भर इन दोनों सीमाओं के बीच घटती-बढ़ती है।"),
        "workload.latency_target_ms_per_output_token" => text("लेटेंसी लक्ष्य", "ms / टोकन", "हर आउटपुट टोकन के लिए अधिकतम स्वीकार्य समय; कोई लक्ष्य न हो तो 0 रखें।"),
        "workload.cached_input_share" => text("कैश्ड इनपुट का हिस्सा", "%", "इनपुट टोकन का वह हिस्सा जो वेंडर के प्रॉम्प्ट कैश से परोसा जाता है।"),
        "workload.cache_write_share" => text("कैश राइट का हिस्सा", "%", "इनपुट टोकन का वह हिस्सा जो वेंडर के प्रॉम्प्ट कैश में लिखा जाता है (आगे के अनुरोधों के लिए रखा गया प्रीफ़िक्स)। जो वेंडर कैश राइट का अलग शुल्क लेते हैं, जैसे Anthropic इनपुट क़ीमत का 1.25 गुना, उनके लिए उनकी राइट क़ीमत लगती है; बाक़ी वेंडरों के लिए इनपुट क़ीमत।"),
        "workload.batch_share" => text("बैच का हिस्सा", "%", "अनुरोधों का वह हिस्सा जो छूट के लिए बैच API के नतीजों का इंतज़ार कर सकता है।"),
        "team.region" => text("श्रम बाज़ार", "", "कर्मचारियों की लागत किस बाज़ार के हिसाब से ली जाए।"),
        "team.ml_engineers" => text("मौजूदा ML इंजीनियर", "FTE", "जो पहले से नौकरी पर हैं; जिस विकल्प को इससे ज़्यादा चाहिए, उसकी लागत में बाक़ी की भर्ती जुड़ती है।"),
        "team.mlops_engineers" => text("मौजूदा MLOps / SRE इंजीनियर", "FTE", "पहले से नौकरी पर मौजूद लोग जो GPU सेवाएँ चलाते हैं।"),
        "team.data_scientists" => text("मौजूदा डेटा साइंटिस्ट", "FTE", "पहले से नौकरी पर मौजूद लोग जो मूल्यांकन और फ़ाइन-ट्यूनिंग करते हैं।"),
        "team.ml_engineer_loaded_usd_per_year" => text("ML इंजीनियर की पूर्ण लागत", "USD / वर्ष", "ख़ाली छोड़ें तो इस श्रम बाज़ार के लिए कैटलॉग का आँकड़ा लिया जाएगा।"),
        "team.mlops_engineer_loaded_usd_per_year" => text("MLOps इंजीनियर की पूर्ण लागत", "USD / वर्ष", "ख़ाली छोड़ें तो कैटलॉग का आँकड़ा लिया जाएगा।"),
        "team.data_scientist_loaded_usd_per_year" => text("डेटा साइंटिस्ट की पूर्ण लागत", "USD / वर्ष", "ख़ाली छोड़ें तो कैटलॉग का आँकड़ा लिया जाएगा।"),
        "requirements.accuracy_need" => text("सटीकता की ज़रूरत", "", "जवाब सबसे अच्छे क्लोज़्ड मॉडल के कितने क़रीब होने चाहिए।"),
        "requirements.data_residency" => text("डेटा रेज़िडेंसी", "", "डेटा कहाँ तक जा सकता है; एयर-गैप्ड होने पर प्रति-टोकन वाले दोनों विकल्प बाहर हो जाते हैं।"),
        "requirements.vendor_sla_needed" => text("वेंडर का SLA ज़रूरी है", "", "अपटाइम और सपोर्ट की ज़िम्मेदारी किसी बाहरी पक्ष को लेनी होगी।"),
        "requirements.customisation" => text("अनुकूलन", "", "मॉडल को आपके डेटा के हिसाब से कितनी गहराई तक ढालना है।"),
        "requirements.time_to_market_urgency" => text("जल्द लॉन्च की ज़रूरत", "", "एक महीने की देरी कितनी मायने रखती है।"),
        "requirements.lock_in_aversion" => text("लॉक-इन से परहेज़", "", "किसी एक वेंडर पर निर्भर रहना आपके लिए कितनी चिंता की बात है।"),
        "routes.horizon_months" => text("गणना अवधि", "महीने", "कितने आगे तक की लागत गिनी जाए (1 से 120 महीने)।"),
        "routes.closed_api.model" => text("क्लोज़्ड मॉडल", "", "वह क्लोज़्ड API जिसे संगठन इस्तेमाल करेगा।"),
        "routes.closed_api.input_price_per_million_override" => text("क्लोज़्ड मॉडल की इनपुट क़ीमत", "प्रति 10 लाख टोकन", "मॉडल की अपनी मुद्रा में, इस वर्कलोड के प्रॉम्प्ट आकार पर (वही क़ीमत जो धारणाओं में दिखती है); कैश और बैच की क़ीमतें इसी के अनुपात में बदलती हैं। सूची-मूल्य के लिए ख़ाली छोड़ें।"),
        "routes.closed_api.output_price_per_million_override" => text("क्लोज़्ड मॉडल की आउटपुट क़ीमत", "प्रति 10 लाख टोकन", "मॉडल की अपनी मुद्रा में, इस वर्कलोड के प्रॉम्प्ट आकार पर; सूची-मूल्य के लिए ख़ाली छोड़ें।"),
        "routes.managed_open.offer" => text("मैनेज्ड ओपन-वेट एंडपॉइंट", "", "किसी प्रदाता के प्रति-टोकन एंडपॉइंट पर चलने वाला ओपन-वेट मॉडल।"),
        "routes.self_hosted.model" => text("सेल्फ़-होस्टेड ओपन मॉडल", "", "आपके अपने GPU पर चलने वाला ओपन-वेट मॉडल।"),
        "routes.self_hosted.precision" => text("वेट्स की प्रिसिज़न", "", "कम बिट में कम GPU लगते हैं, पर गुणवत्ता पर कुछ जोखिम रहता है।"),
        "routes.self_hosted.kv_cache_precision" => text("KV कैश की प्रिसिज़न", "", "हर टोकन के लिए रखे जाने वाले अटेंशन कैश की प्रिसिज़न; “स्वचालित” चुनने पर, वेट्स 8-बिट या उससे कम हों तो FP8 ली जाती है।"),
        "routes.self_hosted.gpu" => text("GPU", "", "वह एक्सेलरेटर जिससे फ़्लीट बनती है।"),
        "routes.self_hosted.deployment" => text("GPU किराये पर या अपने", "", "घंटे के हिसाब से किराये पर, या ख़रीदे हुए: ख़रीदते समय भुगतान गिना जाता है (नकद दृष्टि), और पुनर्विक्रय मूल्य तक मूल्यह्रास होता है (लाभ-हानि दृष्टि)।"),
        "routes.self_hosted.cloud" => text("GPU क्लाउड", "", "किराये की क़ीमत किस तरह के क्लाउड से ली जाए।"),
        "routes.self_hosted.rental_plan" => text("किराये के GPU किस प्लान पर", "", "पीक के हिसाब से हमेशा चालू, घंटे के हिसाब से ऑटोस्केल, या एक आरक्षित आधार और उसके ऊपर ऑन-डिमांड घंटे। ख़रीदे गए GPU की संख्या पीक के हिसाब से तय होती है।"),
        "routes.self_hosted.reserved_term" => text("आरक्षण की अवधि", "", "आरक्षित प्लान की प्रतिबद्धता: लंबी अवधि में प्रति घंटा क़ीमत कम पड़ती है।"),
        "routes.self_hosted.reserved_discount_override" => text("आरक्षण पर छूट", "अंश", "आरक्षित क़ीमत ऑन-डिमांड से कितनी कम है (0.35 = 35 % छूट); ख़ाली छोड़ें तो इस अवधि के लिए कैटलॉग की छूट ली जाएगी।"),
        "routes.self_hosted.tensor_parallel" => text("प्रति रेप्लिका GPU", "", "टेंसर-पैरेलल आकार; “स्वचालित” वह सबसे छोटा आकार चुनता है जिसमें मॉडल समा जाए।"),
        "routes.self_hosted.gpu_hour_usd_override" => text("GPU-घंटे की क़ीमत", "USD", "कैटलॉग की किराया-क़ीमत के लिए ख़ाली छोड़ें।"),
        "routes.self_hosted.gpu_purchase_usd_override" => text("GPU की ख़रीद क़ीमत", "USD", "कैटलॉग की ख़रीद क़ीमत के लिए ख़ाली छोड़ें।"),
        _ => text("", "", ""),
    }
}

/// The label of one value in a field's fixed list of choices:
/// `("requirements.data_residency", "on_premises")` -> "हमारे अपने परिसर में ही रहे".
/// A value with no label of its own (a number of GPUs) is its own label.
pub fn choice_label(path: &str, value: &'static str) -> &'static str {
    let label = match path {
        "organisation.use_case" => match value {
            "academic_research" => "शैक्षणिक शोध",
            "internal_tool" => "आंतरिक टूल",
            "customer_facing" => "ग्राहकों के लिए उत्पाद",
            "mission_critical" => "मिशन-क्रिटिकल प्रणाली",
            _ => "",
        },
        "currency.display" => match value {
            "USD" => "अमेरिकी डॉलर (USD)",
            "EUR" => "यूरो (EUR)",
            "INR" => "भारतीय रुपया (INR)",
            "CNY" => "चीनी युआन (CNY)",
            _ => "",
        },
        "team.region" => match value {
            "us" => "अमेरिका",
            "india" => "भारत",
            "china" => "चीन",
            _ => "",
        },
        "requirements.accuracy_need"
        | "requirements.time_to_market_urgency"
        | "requirements.lock_in_aversion" => match value {
            "low" => "कम",
            "medium" => "मध्यम",
            "high" => "उच्च",
            _ => "",
        },
        "requirements.data_residency" => match value {
            "none" => "कोई पाबंदी नहीं",
            "in_country" => "देश के भीतर ही रहे",
            "on_premises" => "हमारे अपने परिसर में ही रहे",
            "air_gapped" => "एयर-गैप्ड: बाहर कोई नेटवर्क नहीं",
            _ => "",
        },
        "requirements.customisation" => match value {
            "prompt_only" => "केवल प्रॉम्प्टिंग",
            "retrieval" => "रिट्रीवल (RAG)",
            "fine_tuning" => "फ़ाइन-ट्यूनिंग",
            "deep" => "गहन (आगे प्री-ट्रेनिंग जारी रखना)",
            _ => "",
        },
        "routes.self_hosted.precision" | "routes.self_hosted.kv_cache_precision" => match value {
            "auto" => "स्वचालित (वेट्स के अनुसार)",
            "bf16" => "BF16 (16-बिट)",
            "fp8" => "FP8 (8-बिट फ़्लोट)",
            "int8" => "INT8 (8-बिट इंटीजर)",
            "int4" => "INT4 (4-बिट)",
            "fp4" => "FP4 (4-बिट फ़्लोट: MXFP4, NVFP4)",
            _ => "",
        },
        "routes.self_hosted.rental_plan" => match value {
            "always_on" => "हमेशा चालू, पीक के हिसाब से",
            "autoscaled" => "घंटे के हिसाब से ऑटोस्केल",
            "reserved" => "आरक्षित आधार, ऊपर से ऑन-डिमांड",
            _ => "",
        },
        "routes.self_hosted.reserved_term" => match value {
            "one_year" => "एक वर्ष",
            "three_year" => "तीन वर्ष",
            _ => "",
        },
        "routes.self_hosted.deployment" => match value {
            "rented" => "घंटे के हिसाब से किराये पर",
            "owned" => "ख़रीदे हुए, अपने",
            _ => "",
        },
        "routes.self_hosted.cloud" => match value {
            "hyperscaler" => "हाइपरस्केलर (AWS, GCP, Azure)",
            "neocloud" => "GPU क्लाउड (Lambda, RunPod, ...)",
            _ => "",
        },
        "routes.self_hosted.tensor_parallel" if value == "0" => "स्वचालित",
        _ => "",
    };
    if label.is_empty() {
        value
    } else {
        label
    }
}
