//! Hindi for what went wrong and what is allowed: field validation, typed
//! numbers, share links, imports, saved data and profile versions. Mirrors
//! `en::problems` item for item.
//!
//! Hindi puts the verb last, so an "allowed" text is not completed by a verb
//! in front of it as in English ("enter …"). Each [`Allowed`] is worded here
//! as an [`Ask`]: a noun phrase ("0 से 1 तक की कोई संख्या") that takes the verb
//! after it ("… दर्ज करें।" for a typed value, "… चाहिए।" for a file or a whole
//! profile), then perhaps one more sentence; or, where no noun phrase reads
//! right, a whole sentence of its own ("सूची में दिए गए मानों में से कोई एक
//! चुनें।"). [`allowed`] gives the same words on their own, for messages that
//! quote them after a colon or before "इस्तेमाल करें".

use crate::import::{ImportErrorKind, ImportErrors};
use crate::migrate::{MigrationError, StepFailure, OLDEST_SCHEMA_VERSION};
use crate::number_input::{Allowed, FieldError, GivenValue, JsonKind};
use crate::profile::SCHEMA_VERSION;
use crate::saved::{
    Corruption, ProfileProblem, ProfileSlot, SavedStateError, PROBLEMS_SHOWN as SAVED_SHOWN,
    SAVED_FORMAT_VERSION,
};
use crate::share_link::{
    Damage, ShareLinkError, LINK_VERSION, MAX_LINK_CHARS, PROBLEMS_SHOWN as LINK_SHOWN,
};
use crate::text::format::hi as format;
use crate::text::plural::{hindi, Plural};
use crate::unit::Unit;

/// A count or position, in the Indian system: 900000 -> "9,00,000".
fn count(value: usize) -> String {
    format::whole(value as f64)
}

/// "a", "a या b", "a, b या c".
fn or_list(items: &[String]) -> String {
    match items.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} या {last}", rest.join(", ")),
        _ => items.join(""),
    }
}

/// "समस्या" or "समस्याएँ", by the count's plural category.
fn problems_word(count: usize) -> &'static str {
    match hindi(count as f64) {
        Plural::One => "समस्या",
        Plural::Other => "समस्याएँ",
    }
}

// A field's problem

/// What a field (or a file) allows, worded so that a verb can follow it.
enum Ask {
    /// A noun phrase that takes the verb after it, then perhaps a sentence
    /// (ending in "।") that says more. `needed`: what a file or a JSON
    /// profile must hold, never typed in the form, so always "… चाहिए।".
    Phrase {
        what: String,
        then: Option<String>,
        needed: bool,
    },
    /// A whole sentence, ending in "।", that says what to do.
    Sentence(String),
}

/// Which verb follows an [`Ask::Phrase`].
#[derive(Clone, Copy)]
enum Verb {
    /// A value to type: "… दर्ज करें।"
    Enter,
    /// What a file or a whole profile must be: "… चाहिए।"
    Need,
}

impl Ask {
    fn phrase(what: impl Into<String>) -> Ask {
        Ask::Phrase {
            what: what.into(),
            then: None,
            needed: false,
        }
    }

    fn phrase_then(what: impl Into<String>, then: impl Into<String>) -> Ask {
        Ask::Phrase {
            what: what.into(),
            then: Some(then.into()),
            needed: false,
        }
    }

    /// What a file or a JSON profile must hold: "… चाहिए।" whatever was given.
    fn needed(self) -> Ask {
        match self {
            Ask::Phrase { what, then, .. } => Ask::Phrase {
                what,
                then,
                needed: true,
            },
            Ask::Sentence(sentence) => Ask::Sentence(sentence),
        }
    }

    /// The request as sentences: "0 से 1 तक की कोई संख्या दर्ज करें।"
    fn sentences(&self, verb: Verb) -> String {
        match self {
            Ask::Phrase { what, then, needed } => {
                let verb = match (verb, needed) {
                    (Verb::Enter, false) => "दर्ज करें",
                    (Verb::Need, _) | (_, true) => "चाहिए",
                };
                match then {
                    Some(then) => format!("{what} {verb}। {then}"),
                    None => format!("{what} {verb}।"),
                }
            }
            Ask::Sentence(sentence) => sentence.clone(),
        }
    }

    /// The words on their own, with no verb and no final "।".
    fn words(&self) -> String {
        match self {
            Ask::Phrase {
                what, then: None, ..
            } => what.clone(),
            Ask::Phrase {
                what,
                then: Some(then),
                ..
            } => format!("{what} ({})", without_full_stop(then)),
            Ask::Sentence(sentence) => without_full_stop(sentence).to_owned(),
        }
    }
}

fn without_full_stop(text: &str) -> &str {
    text.strip_suffix('।').unwrap_or(text)
}

/// What was given, as a problem quotes it: the text as typed, a number
/// exactly, "पंक्ति 3, कॉलम 14", "10,48,588 बाइट", …
pub fn given(given: &GivenValue) -> String {
    match given {
        GivenValue::Text(text) => text.clone(),
        GivenValue::Number(value) => format::exact(*value),
        GivenValue::JsonKind(kind) => json_kind(*kind).to_owned(),
        GivenValue::Position { line, column } => json_position(*line, *column),
        GivenValue::Bytes(bytes) => byte_count(*bytes),
        GivenValue::MoreThanProblems(limit) => more_than_problems(*limit),
        GivenValue::NotAnObject => "JSON ऑब्जेक्ट नहीं".to_owned(),
    }
}

/// A field's problem: "“-3” मान्य नहीं है: 0 से 100 टोकन तक की कोई संख्या
/// दर्ज करें।", or, when nothing was given, "0 से 100 टोकन तक की कोई संख्या
/// दर्ज करें।" A problem with a whole file or profile says what it found and
/// what is needed: "फ़ाइल का आकार 10,48,588 बाइट है: अधिकतम … की प्रोफ़ाइल
/// फ़ाइल चाहिए।"
pub fn field_problem(error: &FieldError) -> String {
    let ask = ask(&error.allowed);
    if error.given.is_empty() {
        return ask.sentences(Verb::Enter);
    }
    match &error.given {
        GivenValue::Text(_) | GivenValue::Number(_) | GivenValue::JsonKind(_) => format!(
            "“{}” मान्य नहीं है: {}",
            given(&error.given).trim(),
            ask.sentences(Verb::Enter)
        ),
        GivenValue::Position { line, column } => format!(
            "JSON {} पर पढ़ा नहीं जा सका: {}",
            json_position(*line, *column),
            ask.sentences(Verb::Need)
        ),
        GivenValue::Bytes(bytes) => format!(
            "फ़ाइल का आकार {} है: {}",
            byte_count(*bytes),
            ask.sentences(Verb::Need)
        ),
        GivenValue::MoreThanProblems(limit) => format!(
            "{} मिलीं: {}",
            more_than_problems(*limit),
            ask.sentences(Verb::Need)
        ),
        GivenValue::NotAnObject => {
            format!("यह JSON ऑब्जेक्ट नहीं है: {}", ask.sentences(Verb::Need))
        }
    }
}

/// One problem with its field: "workload.batch_share: “2” मान्य नहीं है: …".
pub fn problem_at(error: &FieldError) -> String {
    format!("{}: {}", error.field, field_problem(error))
}

/// "परिदृश्य “Bank”, workload.requests_per_month: …": a problem in one saved profile.
pub fn slot_problem_at(slot: &ProfileSlot, error: &FieldError) -> String {
    format!("{}, {}", profile_slot(slot), problem_at(error))
}

/// The first `shown` problems with their fields, then how many more, as a
/// sentence: "a: … b: … इनके अलावा 2 और समस्याएँ हैं।".
pub fn problem_list(problems: &[FieldError], shown: usize) -> String {
    let listed: Vec<String> = problems.iter().take(shown).map(problem_at).collect();
    let mut text = listed.join(" ");
    if problems.len() > shown {
        let more = problems.len() - shown;
        text.push_str(&match hindi(more as f64) {
            Plural::One => format!(" इसके अलावा {} और समस्या है।", count(more)),
            Plural::Other => format!(" इनके अलावा {} और समस्याएँ हैं।", count(more)),
        });
    }
    text
}

// What a field allows

/// What is allowed, on its own (no verb, no final "।"): "0 से 1,000 टोकन तक
/// की कोई संख्या", "1 से 4,096 सीक्वेंस तक की कोई पूर्ण संख्या", "0 (स्वचालित),
/// 1, 2, 4, 8 या 16 GPU", …; [`field_problem`] puts the verb after it.
pub fn allowed(allowed: &Allowed) -> String {
    ask(allowed).words()
}

/// The sentence that offers the catalog's figure instead of a number.
const OR_NOTHING: &str = "कैटलॉग का आँकड़ा इस्तेमाल करना हो तो इसे ख़ाली छोड़ दें।";

fn ask(allowed: &Allowed) -> Ask {
    match allowed {
        Allowed::NumberBetween { low, high, unit } => {
            Ask::phrase(number_between(*low, *high, *unit))
        }
        Allowed::NumberBetweenOrNothing { low, high, unit } => {
            Ask::phrase_then(number_between(*low, *high, *unit), OR_NOTHING)
        }
        Allowed::NumberAboveZeroUpTo { high, unit } => Ask::phrase(ranged(
            &format!("0 से अधिक और {}", format::exact(*high)),
            "संख्या",
            *unit,
        )),
        Allowed::WholeNumberBetween { low, high, unit } => Ask::phrase(ranged(
            &format!(
                "{} से {}",
                format::whole(f64::from(*low)),
                format::whole(f64::from(*high))
            ),
            "पूर्ण संख्या",
            *unit,
        )),
        // Written out in the Indian grouping: as a float it would lose digits.
        Allowed::WholeNumberU64 => {
            Ask::phrase("0 से 1,84,46,74,40,73,70,95,51,615 तक की कोई पूर्ण संख्या")
        }
        Allowed::PercentageBetween { low, high } => Ask::phrase(format!(
            "{} से {} % तक का कोई प्रतिशत",
            format::exact(*low),
            format::exact(*high)
        )),
        Allowed::Number => Ask::phrase("कोई संख्या"),
        Allowed::WholeNumber => Ask::phrase("कोई पूर्ण संख्या"),
        Allowed::NumberOrNothing => Ask::phrase_then("कोई संख्या", OR_NOTHING),
        Allowed::NumberOrNull => {
            Ask::phrase_then("कोई संख्या", "कैटलॉग का आँकड़ा इस्तेमाल करना हो तो null लिखें।").needed()
        }
        Allowed::ListedChoice => Ask::Sentence("सूची में दिए गए मानों में से कोई एक चुनें।".to_owned()),
        Allowed::OneOf(keys) => match keys.as_slice() {
            [only] => Ask::phrase(only.clone()),
            [first, second] => Ask::phrase(format!("{first} या {second}")),
            keys => Ask::phrase(format!("{} में से कोई एक", keys.join(", "))),
        },
        Allowed::YesOrNo => Ask::Sentence("हाँ या नहीं चुनें।".to_owned()),
        Allowed::Percentage => Ask::phrase("कोई प्रतिशत"),
        Allowed::ClosedModelId => Ask::phrase(
            "कैटलॉग में दिए गए किसी क्लोज़्ड मॉडल की ID (सूची `open-or-closed-cli catalog` \
             चलाकर देखें)",
        ),
        Allowed::HostedOfferId => Ask::phrase("कैटलॉग में दी गई किसी होस्टेड पेशकश की ID"),
        Allowed::OpenModelId => Ask::phrase("कैटलॉग में दिए गए किसी ओपन मॉडल की ID"),
        Allowed::GpuId => Ask::phrase("कैटलॉग में दिए गए किसी GPU की ID"),
        Allowed::GpusPerReplica(sizes) => {
            let sizes: Vec<String> = sizes
                .iter()
                .map(|size| format::whole(f64::from(*size)))
                .collect();
            Ask::phrase(format!("0 (स्वचालित), {} GPU", or_list(&sizes)))
        }
        // Version numbers are labels: written plainly, never grouped.
        Allowed::SchemaVersion(version) => {
            Ask::phrase(format!("{version} (यह इंजन संस्करण {version} पढ़ता है)"))
        }
        Allowed::ProfileVersion {
            oldest,
            newest,
            why,
        } => Ask::phrase_then(
            format!("संस्करण {oldest} से {newest} तक की प्रोफ़ाइल"),
            migration_error(why),
        )
        .needed(),
        Allowed::Name { max_chars } => Ask::phrase(format!(
            "एक ही पंक्ति में 1 से {} वर्णों तक का नाम",
            count(*max_chars)
        )),
        Allowed::UnusedName => Ask::phrase("दूसरे परिदृश्यों के नामों से अलग कोई नाम"),
        Allowed::ProfileObject => Ask::phrase("प्रोफ़ाइल के फ़ील्ड वाला एक JSON ऑब्जेक्ट ({ … })").needed(),
        Allowed::FewerMistakes => {
            Ask::phrase_then("कम ग़लतियों वाली प्रोफ़ाइल", "पहले ये ग़लतियाँ ठीक करें।").needed()
        }
        Allowed::GroupOfFields => Ask::phrase("कर्ली ब्रैकेट { … } के भीतर फ़ील्ड का एक समूह").needed(),
        Allowed::Text => Ask::phrase("दोहरे उद्धरण चिह्नों (\" \") में लिखा टेक्स्ट").needed(),
        Allowed::TrueOrFalse => Ask::phrase("true या false").needed(),
        Allowed::List => Ask::phrase("एक सूची").needed(),
        Allowed::NoField => {
            Ask::Sentence("यहाँ कोई फ़ील्ड नहीं होना चाहिए: इस समूह में कोई फ़ील्ड नहीं होता।".to_owned())
        }
        Allowed::ListedName => {
            Ask::phrase("सूची में दिए गए नामों में से कोई एक, दोहरे उद्धरण चिह्नों में").needed()
        }
        Allowed::ProfileField => Ask::phrase("प्रोफ़ाइल का कोई फ़ील्ड").needed(),
        Allowed::FieldsOfGroup(keys) => Ask::Sentence(format!(
            "इस समूह में केवल ये फ़ील्ड हो सकते हैं: {}। कोई और फ़ील्ड न रखें।",
            keys.join(", ")
        )),
        Allowed::WholeRange { missing } => Ask::phrase_then(
            "low, likely और high, तीनों मान",
            format!("{missing} नहीं दिया गया है।"),
        )
        .needed(),
        Allowed::FieldType { detail } => {
            Ask::phrase(format!("इस फ़ील्ड के प्रकार का मान ({detail})")).needed()
        }
        Allowed::ProfileJson { detail } => {
            Ask::phrase(format!("JSON में लिखी प्रोफ़ाइल ({detail})")).needed()
        }
        // The JSON reader's own (English) words: data, quoted as they are.
        Allowed::ReaderSays(words) => {
            Ask::phrase(format!("JSON रीडर के अनुसार अपेक्षित मान ({words})")).needed()
        }
        Allowed::ImportSize { max_bytes } => Ask::phrase(format!(
            "अधिकतम {} ({} MiB) की प्रोफ़ाइल फ़ाइल",
            byte_count(*max_bytes as u64),
            format::number(*max_bytes as f64 / 1_048_576.0)
        ))
        .needed(),
        Allowed::JsonNotEmpty => {
            Ask::Sentence("फ़ाइल ख़ाली है: इसमें JSON में लिखी प्रोफ़ाइल होनी चाहिए।".to_owned())
        }
        Allowed::CompleteJson => {
            Ask::Sentence("टेक्स्ट बीच में ही ख़त्म हो जाता है, जैसे कट गया हो: पूरा JSON चाहिए।".to_owned())
        }
        Allowed::WellFormedJson { detail } => {
            Ask::phrase(format!("सही ढंग से लिखा JSON (JSON रीडर यहाँ रुका: {detail})")).needed()
        }
    }
}

/// "0 से 1,000 टोकन तक की कोई संख्या"; "0 से 1 तक की कोई संख्या (अंश)"; no
/// unit for [`Unit::None`].
fn number_between(low: f64, high: f64, unit: Unit) -> String {
    ranged(
        &format!("{} से {}", format::exact(low), format::exact(high)),
        "संख्या",
        unit,
    )
}

/// "{range} {measure} तक की कोई {noun} {note}": a unit of measure goes right
/// after the highest figure ("1,000 टोकन तक"); a unit that says what the
/// number is ("GPU की क़ीमत का अंश") or a range note goes after the noun, in
/// brackets.
fn ranged(range: &str, noun: &str, unit: Unit) -> String {
    let words = super::unit(unit);
    match placement(unit) {
        Placement::Nothing => format!("{range} तक की कोई {noun}"),
        Placement::AfterFigure => match words.split_once(" (") {
            // "ms (0 = कोई लक्ष्य नहीं)": the measure, then its note.
            Some((measure, note)) => format!("{range} {measure} तक की कोई {noun} ({note}"),
            None => format!("{range} {words} तक की कोई {noun}"),
        },
        Placement::Described => format!("{range} तक की कोई {noun} ({words})"),
        Placement::Note => format!("{range} तक की कोई {noun} {words}"),
    }
}

/// Where a unit's words go in a range.
enum Placement {
    /// [`Unit::None`]: no words.
    Nothing,
    /// A unit of measure, after the highest figure: "1,000 USD प्रति GPU-घंटा तक".
    AfterFigure,
    /// What the number is, in brackets after the noun: "… कोई संख्या (अनुपात)".
    Described,
    /// Already a bracketed note, after the noun as it is.
    Note,
}

fn placement(unit: Unit) -> Placement {
    match unit {
        Unit::None => Placement::Nothing,
        Unit::CnyPerUsd
        | Unit::EurPerUsd
        | Unit::InrPerUsd
        | Unit::Examples
        | Unit::Fte
        | Unit::Gb
        | Unit::GbPerGpu
        | Unit::Gpus
        | Unit::GpuHours
        | Unit::Milliseconds
        | Unit::MsOrNoTarget
        | Unit::Months
        | Unit::Programmes
        | Unit::Replicas
        | Unit::RequestsPerMonth
        | Unit::Sequences
        | Unit::Specifications
        | Unit::TimesGpuTdp
        | Unit::TimesTdp
        | Unit::Tokens
        | Unit::Usd
        | Unit::UsdAMonth
        | Unit::UsdAYear
        | Unit::UsdPerExample
        | Unit::UsdPerGpu
        | Unit::UsdPerGpuHour
        | Unit::UsdPerGpuMonth
        | Unit::UsdPerKwh
        | Unit::UsdPerKwMonth
        | Unit::UsdPerMonth
        | Unit::UsdPerYear => Placement::AfterFigure,
        Unit::Architecture
        | Unit::Fraction
        | Unit::FractionOfCapexPerYear
        | Unit::FractionOfGpuPrice
        | Unit::FractionOfLoadedCost
        | Unit::FractionOfTdp
        | Unit::FractionPerYear
        | Unit::Interconnect
        | Unit::Multiplier
        | Unit::PerMillionTokens
        | Unit::PerUsd
        | Unit::Ratio
        | Unit::FractionOfAverage
        | Unit::FractionOfPrice => Placement::Described,
        Unit::FractionNote
        | Unit::CacheWriteNote
        | Unit::FractionOfCapexPerYearNote
        | Unit::FractionOfGpuPriceNote
        | Unit::FractionOfTdpNote
        | Unit::FractionOfYearCost
        | Unit::FractionPerYearNote
        | Unit::GrowthFraction
        | Unit::MultiplierNote
        | Unit::PeakToAverage
        | Unit::TroughToAverage
        | Unit::Pue => Placement::Note,
    }
}

/// The word that marks a copy's name: "Bank (प्रतिलिपि)", "Bank (प्रतिलिपि 2)"
/// (see `saved::names::duplicate_name`).
pub const COPY_MARK: &str = "प्रतिलिपि";

// Reading JSON into a profile

/// "एक संख्या", "एक सूची", … : what a JSON value is, for messages.
pub fn json_kind(kind: JsonKind) -> &'static str {
    match kind {
        JsonKind::Null => "null",
        JsonKind::Bool => "true या false",
        JsonKind::Number => "एक संख्या",
        JsonKind::String => "टेक्स्ट",
        JsonKind::Array => "एक सूची",
        JsonKind::Object => "एक ऑब्जेक्ट",
    }
}

/// Where a JSON reader stopped: "पंक्ति 3, कॉलम 14".
pub fn json_position(line: usize, column: usize) -> String {
    format!("पंक्ति {}, कॉलम {}", count(line), count(column))
}

/// The last entry of a list cut short: "50 से अधिक समस्याएँ".
pub fn more_than_problems(limit: usize) -> String {
    format!("{} से अधिक समस्याएँ", count(limit))
}

// Profile versions

/// Why a profile could not be brought to the current version, as sentences.
/// Version numbers are labels: written plainly, never grouped.
pub fn migration_error(error: &MigrationError) -> String {
    match error {
        MigrationError::NotAnObject => "यह प्रोफ़ाइल नहीं है: प्रोफ़ाइल एक JSON ऑब्जेक्ट, { … }, \
             होती है, जिसमें उसके फ़ील्ड होते हैं।"
            .to_owned(),
        MigrationError::BadVersion { given } => format!(
            "प्रोफ़ाइल का schema_version {given} है; यह {OLDEST_SCHEMA_VERSION} से \
             {SCHEMA_VERSION} तक की कोई पूर्ण संख्या होनी चाहिए।"
        ),
        MigrationError::FromNewerVersion { found, newest } => format!(
            "यह प्रोफ़ाइल कैलकुलेटर के नए संस्करण में बनाई गई थी (प्रोफ़ाइल संस्करण {found}); \
             यह संस्करण {newest} तक के प्रोफ़ाइल संस्करण पढ़ता है। इसे नए संस्करण में खोलें।"
        ),
        MigrationError::OlderThanKnown { found, oldest } => format!(
            "प्रोफ़ाइल का संस्करण {found} कैलकुलेटर ने कभी नहीं लिखा; संस्करण {oldest} से \
             शुरू होते हैं।"
        ),
        MigrationError::MissingStep { from } => format!(
            "कैलकुलेटर का यह संस्करण संस्करण {from} की प्रोफ़ाइल को अपडेट नहीं कर सकता (अपडेट \
             का एक चरण मौजूद नहीं है; कृपया इसकी सूचना दें)।"
        ),
        MigrationError::StepFailed { from, reason } => match reason {
            StepFailure::NotAnObject => format!(
                "संस्करण {from} की प्रोफ़ाइल को मौजूदा संस्करण में अपडेट नहीं किया जा सका: \
                 अपडेट के चरण ने JSON ऑब्जेक्ट नहीं लौटाया।"
            ),
            StepFailure::NotANumber { field } => format!(
                "संस्करण {from} की प्रोफ़ाइल को मौजूदा संस्करण में अपडेट नहीं किया जा सका: \
                 {field} का मान एक संख्या होना चाहिए।"
            ),
        },
    }
}

// Share links

/// Why a link could not be opened, as sentences.
pub fn share_link_error(error: &ShareLinkError) -> String {
    match error {
        ShareLinkError::Empty => "इस लिंक में कोई परिदृश्य नहीं है: # के बाद कुछ भी नहीं है। \
             पूरा लिंक फिर से कॉपी करें।"
            .to_owned(),
        ShareLinkError::TooLong { chars } => format!(
            "यह लिंक परिदृश्य का लिंक होने के लिए बहुत लंबा है: इसमें # के बाद {} वर्ण हैं, \
             जबकि परिदृश्य के लिंक में अधिकतम {} वर्ण होते हैं। केवल यही लिंक, अलग से, फिर \
             से कॉपी करें।",
            count(*chars),
            count(MAX_LINK_CHARS)
        ),
        ShareLinkError::NotALink => "यह परिदृश्य का लिंक नहीं है: # के बाद पहले संस्करण की \
             संख्या, फिर एक बिंदु (.), और उसके बाद केवल अंग्रेज़ी अक्षर, अंक, - और _ होने \
             चाहिए (जैसे 1.eyJuYW1l…)।"
            .to_owned(),
        ShareLinkError::FromNewerVersion { version } => format!(
            "यह लिंक कैलकुलेटर के नए संस्करण में बनाया गया था (लिंक फ़ॉर्मैट {version}); यह \
             संस्करण {LINK_VERSION} तक के लिंक फ़ॉर्मैट पढ़ता है। इसे नए संस्करण में खोलें।"
        ),
        ShareLinkError::UnknownVersion { version } => format!(
            "इस लिंक का फ़ॉर्मैट ({version}) कैलकुलेटर ने कभी नहीं बनाया; लिंक फ़ॉर्मैट 1 से \
             {LINK_VERSION} तक होते हैं। जाँच लें कि पूरा लिंक कॉपी हुआ है।"
        ),
        ShareLinkError::Damaged { detail } => format!(
            "यह लिंक अधूरा है या बिगड़ गया है: {}। पूरा लिंक फिर से कॉपी करें।",
            link_damage(detail)
        ),
        ShareLinkError::WrongFields { problems } => format!(
            "इस लिंक के परिदृश्य में ऐसे फ़ील्ड हैं जिन्हें यह कैलकुलेटर नहीं जानता, या ग़लत \
             प्रकार के मान हैं: {}",
            problem_list(problems, LINK_SHOWN)
        ),
        ShareLinkError::Migration(error) => format!(
            "इस लिंक का परिदृश्य खोला नहीं जा सकता। {}",
            migration_error(error)
        ),
        ShareLinkError::Invalid { problems } => format!(
            "इस लिंक के परिदृश्य में कुछ मान अनुमत सीमा से बाहर हैं: {}",
            problem_list(problems, LINK_SHOWN)
        ),
    }
}

/// What is wrong with a damaged link, completing "यह लिंक अधूरा है या बिगड़
/// गया है: …।".
pub fn link_damage(damage: &Damage) -> String {
    match damage {
        // `position` counts from 1.
        Damage::BadCharacter {
            position,
            character,
        } => format!(
            "संस्करण के बाद वर्ण क्रमांक {} “{}” है, जबकि वहाँ लिंक में केवल अंग्रेज़ी अक्षर, \
             अंक, - और _ होते हैं",
            count(*position),
            character.escape_default()
        ),
        Damage::CutShort => "इसके आख़िरी वर्ण आपस में मेल नहीं खाते (लगता है लिंक बीच में कट गया है)".to_owned(),
        Damage::NotText => "इसकी सामग्री पढ़ने योग्य टेक्स्ट नहीं है".to_owned(),
        Damage::StopsMakingSense { column, length } => format!(
            "इसकी सामग्री कुल {} वर्णों में से वर्ण {} पर अर्थहीन हो जाती है",
            count(*length),
            count(*column)
        ),
        Damage::HoldsKind(kind) => format!("इसमें परिदृश्य के फ़ील्ड की जगह {} है", json_kind(*kind)),
    }
}

// Imports

/// One sentence saying why an import was refused, for above its list of problems.
pub fn import_headline(errors: &ImportErrors) -> String {
    let problems = errors.problems.len();
    match errors.kind {
        ImportErrorKind::TooLarge => {
            "फ़ाइल प्रोफ़ाइल होने के लिए बहुत बड़ी है; कुछ भी नहीं बदला गया।".to_owned()
        }
        ImportErrorKind::NotJson => "फ़ाइल पढ़ने योग्य JSON नहीं है; कुछ भी नहीं बदला गया।".to_owned(),
        ImportErrorKind::Version => "फ़ाइल में प्रोफ़ाइल का जो संस्करण है, उसे यह कैलकुलेटर नहीं \
             पढ़ सकता; कुछ भी नहीं बदला गया।"
            .to_owned(),
        ImportErrorKind::WrongFields => format!(
            "यह फ़ाइल ऐसी प्रोफ़ाइल नहीं है जिसे यह कैलकुलेटर पढ़ सके ({} {}); कुछ भी नहीं \
             बदला गया।",
            count(problems),
            problems_word(problems)
        ),
        ImportErrorKind::Invalid => match hindi(problems as f64) {
            Plural::One => format!(
                "प्रोफ़ाइल का {} मान अनुमत सीमा से बाहर है; कुछ भी नहीं बदला गया।",
                count(problems)
            ),
            Plural::Other => format!(
                "प्रोफ़ाइल के {} मान अनुमत सीमा से बाहर हैं; कुछ भी नहीं बदला गया।",
                count(problems)
            ),
        },
    }
}

/// The headline, then each problem on its own line ("- field: …"): the
/// command line's and the tests' whole account of a refused import.
pub fn import_errors(errors: &ImportErrors) -> String {
    let mut text = import_headline(errors);
    for problem in &errors.problems {
        text.push_str("\n- ");
        text.push_str(&problem_at(problem));
    }
    text
}

/// A file's size: "10,48,588 बाइट" ("बाइट" is the same in the plural).
pub fn byte_count(bytes: u64) -> String {
    format!("{} बाइट", format::whole(bytes as f64))
}

// Saved data

/// Which saved profile: "चालू प्रोफ़ाइल", "परिदृश्य “Bank”".
pub fn profile_slot(slot: &ProfileSlot) -> String {
    match slot {
        ProfileSlot::Working => "चालू प्रोफ़ाइल".to_owned(),
        ProfileSlot::Scenario { name, .. } => format!("परिदृश्य “{name}”"),
    }
}

/// Why saved data could not be used as it is, as sentences.
/// Format numbers are labels: written plainly, never grouped.
pub fn saved_state_error(error: &SavedStateError) -> String {
    match error {
        SavedStateError::Corrupt { detail } => format!(
            "सहेजा गया डेटा पढ़ा नहीं जा सकता: {}। हो सकता है वह बिगड़ गया हो, या उसे किसी \
             दूसरे प्रोग्राम ने लिखा हो।",
            saved_corruption(detail)
        ),
        SavedStateError::FromNewerVersion { found } => format!(
            "सहेजा गया डेटा कैलकुलेटर के नए संस्करण ने लिखा था (सहेजे गए डेटा का फ़ॉर्मैट \
             {found}); यह संस्करण फ़ॉर्मैट {SAVED_FORMAT_VERSION} पढ़ता है। इसे इस्तेमाल करने \
             के लिए पेज को नए संस्करण में खोलें।"
        ),
        SavedStateError::Profiles { problems, .. } => {
            saved_profiles_unusable(problems, SAVED_SHOWN)
        }
    }
}

/// "2 सहेजी गई प्रोफ़ाइलें इस्तेमाल नहीं हो सकतीं: चालू प्रोफ़ाइल: … परिदृश्य
/// “Bad”: …", each with its first `shown` problems.
fn saved_profiles_unusable(problems: &[ProfileProblem], shown: usize) -> String {
    let mut text = match hindi(problems.len() as f64) {
        Plural::One => format!(
            "{} सहेजी गई प्रोफ़ाइल इस्तेमाल नहीं हो सकती:",
            count(problems.len())
        ),
        Plural::Other => format!(
            "{} सहेजी गई प्रोफ़ाइलें इस्तेमाल नहीं हो सकतीं:",
            count(problems.len())
        ),
    };
    for problem in problems {
        text.push_str(&format!(
            " {}: {}",
            profile_slot(&problem.slot),
            problem_list(&problem.problems, shown)
        ));
    }
    text
}

/// What is wrong with saved data that is not the envelope, completing
/// "सहेजा गया डेटा पढ़ा नहीं जा सकता: …।". Scenario numbers count from 1.
pub fn saved_corruption(corruption: &Corruption) -> String {
    match corruption {
        Corruption::NotJson { line, column } => {
            format!("यह JSON नहीं है ({})", json_position(*line, *column))
        }
        Corruption::HoldsKind(kind) => {
            format!("इसमें सहेजे गए परिदृश्यों की जगह {} है", json_kind(*kind))
        }
        Corruption::NoFormatVersion => "इसमें format_version नहीं है".to_owned(),
        Corruption::FormatVersionNotWhole { given } => {
            format!("इसका format_version {given} है, जो पूर्ण संख्या नहीं है")
        }
        Corruption::FormatVersionTooOld { version, first } => {
            format!("इसका format_version {version} है, जबकि फ़ॉर्मैट {first} से शुरू होते हैं")
        }
        Corruption::NoWorkingProfile => "इसमें चालू प्रोफ़ाइल नहीं है".to_owned(),
        Corruption::ScenariosNotAList(kind) => {
            format!("इसमें scenarios सूची नहीं, बल्कि {} है", json_kind(*kind))
        }
        Corruption::ActiveScenarioNotAnId(kind) => {
            format!(
                "इसमें active_scenario कोई ID नहीं, बल्कि {} है",
                json_kind(*kind)
            )
        }
        Corruption::UnknownField { key } => format!("इसमें एक अनजान फ़ील्ड “{key}” है"),
        Corruption::DuplicateId { id } => format!("दो परिदृश्यों की ID एक ही है: “{id}”"),
        Corruption::ScenarioNotFields { number } => {
            format!("परिदृश्य {} फ़ील्ड का समूह नहीं है", count(*number))
        }
        Corruption::ScenarioFieldNotText { number, key } => {
            format!("परिदृश्य {} का {key} टेक्स्ट नहीं है", count(*number))
        }
        Corruption::ScenarioMissingField { number, key } => {
            format!("परिदृश्य {} में {key} नहीं है", count(*number))
        }
        Corruption::ScenarioEmptyId { number } => {
            format!("परिदृश्य {} की ID ख़ाली है", count(*number))
        }
        Corruption::ScenarioUnknownField { number, key } => {
            format!("परिदृश्य {} में एक अनजान फ़ील्ड “{key}” है", count(*number))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn between(low: f64, high: f64, unit: Unit) -> String {
        allowed(&Allowed::NumberBetween { low, high, unit })
    }

    fn problem(field: &str, given: GivenValue, allowed: Allowed) -> FieldError {
        FieldError {
            field: field.to_owned(),
            given,
            allowed,
        }
    }

    fn text(value: &str) -> GivenValue {
        GivenValue::Text(value.to_owned())
    }

    fn keys(keys: &[&str]) -> Vec<String> {
        keys.iter().map(|key| (*key).to_owned()).collect()
    }

    /// Every [`Allowed`] variant once.
    fn every_allowed() -> Vec<Allowed> {
        vec![
            Allowed::NumberBetween {
                low: 0.0,
                high: 1e12,
                unit: Unit::RequestsPerMonth,
            },
            Allowed::NumberBetweenOrNothing {
                low: 0.0,
                high: 1000.0,
                unit: Unit::UsdPerGpuHour,
            },
            Allowed::NumberAboveZeroUpTo {
                high: 1e6,
                unit: Unit::EurPerUsd,
            },
            Allowed::WholeNumberBetween {
                low: 1,
                high: 4096,
                unit: Unit::Sequences,
            },
            Allowed::WholeNumberU64,
            Allowed::PercentageBetween {
                low: -50.0,
                high: 100.0,
            },
            Allowed::Number,
            Allowed::WholeNumber,
            Allowed::NumberOrNothing,
            Allowed::NumberOrNull,
            Allowed::ListedChoice,
            Allowed::OneOf(keys(&["fp8"])),
            Allowed::OneOf(keys(&["rent", "buy"])),
            Allowed::OneOf(keys(&["bf16", "fp8", "int8"])),
            Allowed::YesOrNo,
            Allowed::Percentage,
            Allowed::ClosedModelId,
            Allowed::HostedOfferId,
            Allowed::OpenModelId,
            Allowed::GpuId,
            Allowed::GpusPerReplica(vec![1, 2, 4, 8, 16]),
            Allowed::SchemaVersion(SCHEMA_VERSION),
            Allowed::ProfileVersion {
                oldest: 1,
                newest: SCHEMA_VERSION,
                why: MigrationError::FromNewerVersion {
                    found: 9,
                    newest: SCHEMA_VERSION,
                },
            },
            Allowed::Name { max_chars: 80 },
            Allowed::UnusedName,
            Allowed::ProfileObject,
            Allowed::FewerMistakes,
            Allowed::GroupOfFields,
            Allowed::Text,
            Allowed::TrueOrFalse,
            Allowed::List,
            Allowed::NoField,
            Allowed::ListedName,
            Allowed::ProfileField,
            Allowed::FieldsOfGroup(keys(&["requests_per_month", "batch_share"])),
            Allowed::WholeRange {
                missing: "high".to_owned(),
            },
            Allowed::FieldType {
                detail: "invalid type: string, expected f64".to_owned(),
            },
            Allowed::ProfileJson {
                detail: "expected value".to_owned(),
            },
            Allowed::ReaderSays("a sequence".to_owned()),
            Allowed::ImportSize {
                max_bytes: 1_048_576,
            },
            Allowed::JsonNotEmpty,
            Allowed::CompleteJson,
            Allowed::WellFormedJson {
                detail: "expected `,` or `}`".to_owned(),
            },
        ]
    }

    /// Read as a person reads it: words in Devanagari, no placeholder left
    /// (the literal "{ … }" that shows a JSON object is allowed; serde's own
    /// words in a detail are data and are left out of the check).
    fn assert_reads(text: &str) {
        assert!(!text.trim().is_empty(), "empty");
        assert!(
            text.chars().any(|c| ('\u{0900}'..='\u{097F}').contains(&c)),
            "no Devanagari: {text}"
        );
        let checked = text.replace("{ … }", "").replace("`}`", "");
        assert!(
            !checked.contains('{') && !checked.contains('}'),
            "placeholder: {text}"
        );
    }

    #[test]
    fn every_allowed_reads_alone_and_in_a_problem() {
        let givens = [
            text(""),
            text("-3"),
            GivenValue::Number(2.0),
            GivenValue::JsonKind(JsonKind::Array),
            GivenValue::Position {
                line: 3,
                column: 14,
            },
            GivenValue::Bytes(1_048_588),
            GivenValue::MoreThanProblems(50),
            GivenValue::NotAnObject,
        ];
        for rule in every_allowed() {
            let alone = allowed(&rule);
            // Only OneOf's keys and true/false are data without Hindi words.
            if !matches!(rule, Allowed::OneOf(_) | Allowed::TrueOrFalse) {
                assert_reads(&alone);
            }
            assert!(!alone.ends_with('।'), "{alone}");
            for given in &givens {
                let text = problem_at(&problem(
                    "workload.batch_share",
                    given.clone(),
                    rule.clone(),
                ));
                assert_reads(&text);
                assert!(text.ends_with('।'), "{text}");
            }
        }
    }

    #[test]
    fn ranges_read_as_a_person_writes_them() {
        assert_eq!(
            between(0.0, 1e12, Unit::RequestsPerMonth),
            "0 से 10,00,00,00,00,000 अनुरोध प्रति माह तक की कोई संख्या"
        );
        assert_eq!(
            between(-0.5, 0.99, Unit::FractionNote),
            "-0.5 से 0.99 तक की कोई संख्या (अंश)"
        );
        assert_eq!(
            between(0.0, 1.0, Unit::FractionOfGpuPrice),
            "0 से 1 तक की कोई संख्या (GPU की क़ीमत का अंश)"
        );
        assert_eq!(
            between(0.0, 10_000.0, Unit::MsOrNoTarget),
            "0 से 10,000 ms तक की कोई संख्या (0 = कोई लक्ष्य नहीं)"
        );
        assert_eq!(between(0.0, 100.0, Unit::None), "0 से 100 तक की कोई संख्या");
        assert_eq!(
            allowed(&Allowed::NumberAboveZeroUpTo {
                high: 1e6,
                unit: Unit::EurPerUsd
            }),
            "0 से अधिक और 10,00,000 EUR प्रति USD तक की कोई संख्या"
        );
        assert_eq!(
            allowed(&Allowed::WholeNumberBetween {
                low: 0,
                high: u32::MAX,
                unit: Unit::None
            }),
            "0 से 4,29,49,67,295 तक की कोई पूर्ण संख्या"
        );
        assert_eq!(
            allowed(&Allowed::GpusPerReplica(vec![1, 2, 4, 8, 16])),
            "0 (स्वचालित), 1, 2, 4, 8 या 16 GPU"
        );
        assert_eq!(
            allowed(&Allowed::OneOf(keys(&["bf16", "fp8", "int8"]))),
            "bf16, fp8, int8 में से कोई एक"
        );
        assert_eq!(
            allowed(&Allowed::NumberOrNothing),
            "कोई संख्या (कैटलॉग का आँकड़ा इस्तेमाल करना हो तो इसे ख़ाली छोड़ दें)"
        );
    }

    /// Every unit's words follow a range, or nothing does for [`Unit::None`].
    #[test]
    fn every_unit_follows_a_range() {
        for unit in Unit::ALL {
            let text = between(0.0, 1.0, *unit);
            assert!(text.starts_with("0 से 1"), "{text}");
            assert!(text.contains(" तक की कोई संख्या"), "{text}");
            assert!(!text.ends_with(' ') && !text.contains("  "), "{text}");
            assert_eq!(
                text.matches('(').count(),
                text.matches(')').count(),
                "{text}"
            );
        }
    }

    #[test]
    fn problems_put_the_verb_last() {
        let typed = problem(
            "workload.batch_share",
            text("2"),
            Allowed::NumberBetween {
                low: 0.0,
                high: 1.0,
                unit: Unit::None,
            },
        );
        assert_eq!(
            problem_at(&typed),
            "workload.batch_share: “2” मान्य नहीं है: 0 से 1 तक की कोई संख्या दर्ज करें।"
        );
        let nothing = problem("a", text(" "), Allowed::Number);
        assert_eq!(field_problem(&nothing), "कोई संख्या दर्ज करें।");
        let large = problem(
            "(file)",
            GivenValue::Bytes(1_048_588),
            Allowed::ImportSize {
                max_bytes: 1_048_576,
            },
        );
        assert_eq!(
            field_problem(&large),
            "फ़ाइल का आकार 10,48,588 बाइट है: अधिकतम 10,48,576 बाइट (1 MiB) की प्रोफ़ाइल \
             फ़ाइल चाहिए।"
        );
        let many = problem(
            "(profile)",
            GivenValue::MoreThanProblems(50),
            Allowed::FewerMistakes,
        );
        assert_eq!(
            field_problem(&many),
            "50 से अधिक समस्याएँ मिलीं: कम ग़लतियों वाली प्रोफ़ाइल चाहिए। पहले ये ग़लतियाँ ठीक \
             करें।"
        );
        let json = problem("requirements.on_prem", text("5"), Allowed::TrueOrFalse);
        assert_eq!(field_problem(&json), "“5” मान्य नहीं है: true या false चाहिए।");
        let problems = [typed.clone(), typed.clone(), typed];
        assert!(problem_list(&problems, 1).ends_with("। इनके अलावा 2 और समस्याएँ हैं।"));
        assert!(problem_list(&problems[..2], 1).ends_with("। इसके अलावा 1 और समस्या है।"));
    }

    #[test]
    fn links_imports_versions_and_saved_data_read() {
        let typed = problem("workload.batch_share", text("2"), Allowed::Number);
        let migrations = [
            MigrationError::NotAnObject,
            MigrationError::BadVersion {
                given: "\"2\"".to_owned(),
            },
            MigrationError::FromNewerVersion {
                found: 9,
                newest: 2,
            },
            MigrationError::OlderThanKnown {
                found: 0,
                oldest: 1,
            },
            MigrationError::MissingStep { from: 1 },
            MigrationError::StepFailed {
                from: 1,
                reason: StepFailure::NotAnObject,
            },
            MigrationError::StepFailed {
                from: 1,
                reason: StepFailure::NotANumber {
                    field: "workload.growth".to_owned(),
                },
            },
        ];
        for error in &migrations {
            let text = migration_error(error);
            assert_reads(&text);
            assert!(text.ends_with('।'), "{text}");
            assert_reads(&field_problem(&error.to_field_error()));
        }
        let damages = [
            Damage::BadCharacter {
                position: 12,
                character: '*',
            },
            Damage::CutShort,
            Damage::NotText,
            Damage::StopsMakingSense {
                column: 8,
                length: 1500,
            },
            Damage::HoldsKind(JsonKind::Array),
        ];
        let mut links = vec![
            ShareLinkError::Empty,
            ShareLinkError::TooLong { chars: 9000 },
            ShareLinkError::NotALink,
            ShareLinkError::FromNewerVersion { version: 9 },
            ShareLinkError::UnknownVersion { version: 0 },
            ShareLinkError::WrongFields {
                problems: vec![typed.clone(); 7],
            },
            ShareLinkError::Migration(MigrationError::FromNewerVersion {
                found: 9,
                newest: 2,
            }),
            ShareLinkError::Invalid {
                problems: vec![typed.clone()],
            },
        ];
        links.extend(
            damages
                .into_iter()
                .map(|detail| ShareLinkError::Damaged { detail }),
        );
        for error in &links {
            let text = share_link_error(error);
            assert_reads(&text);
            assert!(text.ends_with('।'), "{text}");
        }
        assert_eq!(
            share_link_error(&ShareLinkError::TooLong { chars: 9000 }),
            "यह लिंक परिदृश्य का लिंक होने के लिए बहुत लंबा है: इसमें # के बाद 9,000 वर्ण हैं, \
             जबकि परिदृश्य के लिंक में अधिकतम 8,192 वर्ण होते हैं। केवल यही लिंक, अलग से, फिर \
             से कॉपी करें।"
        );
        let kinds = [
            ImportErrorKind::TooLarge,
            ImportErrorKind::NotJson,
            ImportErrorKind::Version,
            ImportErrorKind::WrongFields,
            ImportErrorKind::Invalid,
        ];
        for kind in kinds {
            for count in [1, 2, 1200] {
                let errors = ImportErrors {
                    kind,
                    problems: vec![typed.clone(); count],
                };
                assert_reads(&import_headline(&errors));
                assert_reads(&import_errors(&errors));
            }
        }
        let import = |kind, problems: usize| ImportErrors {
            kind,
            problems: vec![typed.clone(); problems],
        };
        assert_eq!(
            import_headline(&import(ImportErrorKind::WrongFields, 1)),
            "यह फ़ाइल ऐसी प्रोफ़ाइल नहीं है जिसे यह कैलकुलेटर पढ़ सके (1 समस्या); कुछ भी नहीं \
             बदला गया।"
        );
        assert_eq!(
            import_headline(&import(ImportErrorKind::Invalid, 1200)),
            "प्रोफ़ाइल के 1,200 मान अनुमत सीमा से बाहर हैं; कुछ भी नहीं बदला गया।"
        );
        let corruptions = [
            Corruption::NotJson { line: 1, column: 2 },
            Corruption::HoldsKind(JsonKind::Number),
            Corruption::NoFormatVersion,
            Corruption::FormatVersionNotWhole {
                given: "1.5".to_owned(),
            },
            Corruption::FormatVersionTooOld {
                version: 0,
                first: 1,
            },
            Corruption::NoWorkingProfile,
            Corruption::ScenariosNotAList(JsonKind::Object),
            Corruption::ActiveScenarioNotAnId(JsonKind::Bool),
            Corruption::UnknownField {
                key: "extra".to_owned(),
            },
            Corruption::DuplicateId {
                id: "s1".to_owned(),
            },
            Corruption::ScenarioNotFields { number: 2 },
            Corruption::ScenarioFieldNotText {
                number: 2,
                key: "saved_at".to_owned(),
            },
            Corruption::ScenarioMissingField {
                number: 2,
                key: "name".to_owned(),
            },
            Corruption::ScenarioEmptyId { number: 2 },
            Corruption::ScenarioUnknownField {
                number: 2,
                key: "colour".to_owned(),
            },
        ];
        for detail in corruptions {
            assert_reads(&saved_state_error(&SavedStateError::Corrupt { detail }));
        }
        assert_reads(&saved_state_error(&SavedStateError::FromNewerVersion {
            found: 7,
        }));
        let slot = ProfileSlot::Scenario {
            id: "s1".to_owned(),
            name: "Bank".to_owned(),
        };
        assert_eq!(
            slot_problem_at(&slot, &typed),
            "परिदृश्य “Bank”, workload.batch_share: “2” मान्य नहीं है: कोई संख्या दर्ज करें।"
        );
        let unusable = |count: usize| SavedStateError::Profiles {
            problems: vec![
                ProfileProblem {
                    slot: ProfileSlot::Working,
                    problems: vec![typed.clone()],
                };
                count
            ],
            salvaged: Box::default(),
        };
        assert_eq!(
            saved_state_error(&unusable(1)),
            "1 सहेजी गई प्रोफ़ाइल इस्तेमाल नहीं हो सकती: चालू प्रोफ़ाइल: workload.batch_share: \
             “2” मान्य नहीं है: कोई संख्या दर्ज करें।"
        );
        assert!(saved_state_error(&unusable(2)).starts_with("2 सहेजी गई प्रोफ़ाइलें"));
        assert_eq!(given(&GivenValue::Number(-1e-7)), "-0.0000001");
        assert_eq!(
            given(&GivenValue::Position {
                line: 1200,
                column: 3
            }),
            "पंक्ति 1,200, कॉलम 3"
        );
    }
}
