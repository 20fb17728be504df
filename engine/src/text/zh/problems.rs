//! Chinese for what went wrong and what is allowed: field validation, typed
//! numbers, share links, imports, saved data and profile versions (the mirror
//! of `en::problems`, item for item).
//!
//! An "allowed" text is a noun phrase, "0 到 1 之间的数值（比例，以小数表示）";
//! [`field_problem`] puts the verb that suits it before it ("请输入…",
//! "请选择…", "请使用…"), or, for the few that are not a thing to enter, its
//! own sentence. Field paths, ids, JSON keys and file names are data and stay
//! as written.

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
use crate::text::format::zh as format;
use crate::unit::Unit;

use super::spaced;

/// A count or position: 9000 -> "9,000".
fn count(value: usize) -> String {
    format::whole(value as f64)
}

/// "a", "a 或 b", "a、b 或 c".
fn or_list(items: &[String]) -> String {
    match items.split_last() {
        Some((last, rest)) if !rest.is_empty() => spaced(&[&rest.join("、"), "或", last]),
        _ => items.join(""),
    }
}

// A field's problem

/// What was given, as a problem quotes it: the text as typed, a number
/// exactly, "第 3 行第 14 列", "1,048,588 字节", …
pub fn given(given: &GivenValue) -> String {
    match given {
        GivenValue::Text(text) => text.clone(),
        GivenValue::Number(value) => format::exact(*value),
        GivenValue::JsonKind(kind) => json_kind(*kind).to_owned(),
        GivenValue::Position { line, column } => json_position(*line, *column),
        GivenValue::Bytes(bytes) => byte_count(*bytes),
        GivenValue::MoreThanProblems(limit) => more_than_problems(*limit),
        GivenValue::NotAnObject => "不是 JSON 对象".to_owned(),
    }
}

/// A field's problem: "“-3”无效，请输入 0 到 100 Token 之间的数值。", or,
/// when nothing was given, "请输入 0 到 100 Token 之间的数值。". The opening
/// suits what was given: a value is quoted, a position or a size is stated.
pub fn field_problem(error: &FieldError) -> String {
    let instruction = instruction(&error.allowed);
    if error.given.is_empty() {
        return format!("{instruction}。");
    }
    let opening = match &error.given {
        GivenValue::Text(_) | GivenValue::Number(_) => {
            format!("“{}”无效", given(&error.given).trim())
        }
        GivenValue::JsonKind(kind) => spaced(&["此处不能是", json_kind(*kind)]),
        GivenValue::Position { line, column } => {
            format!("在{}出错", json_position(*line, *column))
        }
        GivenValue::Bytes(bytes) => format!("文件大小为 {}", byte_count(*bytes)),
        GivenValue::MoreThanProblems(limit) => more_than_problems(*limit),
        GivenValue::NotAnObject => format!("内容{}", given(&error.given)),
    };
    format!("{opening}，{instruction}。")
}

/// What to do, as a clause without its full stop: the verb that suits the
/// allowed value before it, or a clause of its own.
fn instruction(allowed: &Allowed) -> String {
    let ask = |verb: &str| {
        let what = self::allowed(allowed);
        // `spaced` sees letters and digits; a minus sign starts a number too.
        if what.starts_with('-') {
            format!("{verb} {what}")
        } else {
            spaced(&[verb, &what])
        }
    };
    match allowed {
        Allowed::NumberBetween { .. }
        | Allowed::NumberBetweenOrNothing { .. }
        | Allowed::NumberAboveZeroUpTo { .. }
        | Allowed::WholeNumberBetween { .. }
        | Allowed::WholeNumberU64
        | Allowed::PercentageBetween { .. }
        | Allowed::Number
        | Allowed::WholeNumber
        | Allowed::NumberOrNothing
        | Allowed::Percentage
        | Allowed::GpusPerReplica(_)
        | Allowed::Name { .. } => ask("请输入"),
        Allowed::ListedChoice | Allowed::YesOrNo => ask("请选择"),
        Allowed::NumberOrNull
        | Allowed::OneOf(_)
        | Allowed::ClosedModelId
        | Allowed::HostedOfferId
        | Allowed::OpenModelId
        | Allowed::GpuId
        | Allowed::SchemaVersion(_)
        | Allowed::UnusedName
        | Allowed::ProfileObject
        | Allowed::GroupOfFields
        | Allowed::Text
        | Allowed::TrueOrFalse
        | Allowed::List
        | Allowed::ListedName
        | Allowed::ProfileField
        | Allowed::FieldsOfGroup(_)
        | Allowed::FieldType { .. }
        | Allowed::ProfileJson { .. }
        | Allowed::ImportSize { .. }
        | Allowed::WellFormedJson { .. } => ask("请使用"),
        Allowed::ProfileVersion {
            oldest,
            newest,
            why,
        } => format!(
            "{}本计算器可读取版本 {oldest} 到 {newest} 的配置",
            migration_error(why)
        ),
        Allowed::FewerMistakes => "请先修正以上问题，再重试".to_owned(),
        Allowed::NoField => "该组不包含任何字段，请删除此处的字段".to_owned(),
        Allowed::WholeRange { missing } => {
            format!("请同时填写 low、likely 和 high 三项（缺少：{missing}）")
        }
        Allowed::ReaderSays(words) => format!("JSON 读取器要求：{words}"),
        Allowed::JsonNotEmpty => "文件为空，请使用 JSON 格式的配置文件".to_owned(),
        Allowed::CompleteJson => "文本提前结束，像是被截断了，请使用完整的 JSON".to_owned(),
    }
}

/// One problem with its field: "workload.batch_share：“2”无效，请输入…".
pub fn problem_at(error: &FieldError) -> String {
    format!("{}：{}", error.field, field_problem(error))
}

/// "方案“Bank”中的 workload.requests_per_month：…": a problem in one saved profile.
pub fn slot_problem_at(slot: &ProfileSlot, error: &FieldError) -> String {
    spaced(&[&profile_slot(slot), "中的", &problem_at(error)])
}

/// The first `shown` problems with their fields, then how many more:
/// "a：…。b：…。另有 2 个问题未列出。".
pub fn problem_list(problems: &[FieldError], shown: usize) -> String {
    let listed: Vec<String> = problems.iter().take(shown).map(problem_at).collect();
    let mut text = listed.join("");
    if problems.len() > shown {
        text.push_str(&format!(
            "另有 {} 个问题未列出。",
            count(problems.len() - shown)
        ));
    }
    text
}

// What a field allows

/// What is allowed, as a noun phrase: "0 到 1,000 Token 之间的数值",
/// "1 到 4,096 条序列之间的整数", "0（自动）、1、2、4、8 或 16 块 GPU", …
pub fn allowed(allowed: &Allowed) -> String {
    match allowed {
        Allowed::NumberBetween { low, high, unit } => number_between(*low, *high, *unit),
        Allowed::NumberBetweenOrNothing { low, high, unit } => format!(
            "{}，或留空以采用内置目录中的数值",
            number_between(*low, *high, *unit)
        ),
        Allowed::NumberAboveZeroUpTo { high, unit } => with_unit(
            format!("大于 0 且不超过 {}", format::exact(*high)),
            *unit,
            "的数值",
        ),
        Allowed::WholeNumberBetween { low, high, unit } => with_unit(
            format!(
                "{} 到 {}",
                format::whole(f64::from(*low)),
                format::whole(f64::from(*high))
            ),
            *unit,
            "之间的整数",
        ),
        // Written out: as a float it would lose digits.
        Allowed::WholeNumberU64 => "0 到 18,446,744,073,709,551,615 之间的整数".to_owned(),
        Allowed::PercentageBetween { low, high } => format!(
            "{}% 到 {}% 之间的百分比",
            format::exact(*low),
            format::exact(*high)
        ),
        Allowed::Number => "数值".to_owned(),
        Allowed::WholeNumber => "整数".to_owned(),
        Allowed::NumberOrNothing => "数值，或留空以采用内置目录中的数值".to_owned(),
        Allowed::NumberOrNull => "数值，或 null（采用内置目录中的数值）".to_owned(),
        Allowed::ListedChoice => "列表中的一项".to_owned(),
        Allowed::OneOf(keys) => match keys.as_slice() {
            [only] => only.clone(),
            [first, second] => spaced(&[first, "或", second]),
            keys => format!("{} 之一", keys.join("、")),
        },
        Allowed::YesOrNo => "“是”或“否”".to_owned(),
        Allowed::Percentage => "百分比".to_owned(),
        Allowed::ClosedModelId => {
            "内置目录中的闭源模型 ID（可运行 `open-or-closed-cli catalog` 查看）".to_owned()
        }
        Allowed::HostedOfferId => "内置目录中的托管模型服务 ID".to_owned(),
        Allowed::OpenModelId => "内置目录中的开放权重模型 ID".to_owned(),
        Allowed::GpuId => "内置目录中的 GPU ID".to_owned(),
        Allowed::GpusPerReplica(sizes) => {
            let choices: Vec<String> = std::iter::once("0（自动）".to_owned())
                .chain(sizes.iter().map(|size| format::whole(f64::from(*size))))
                .collect();
            format!("{} 块 GPU", or_list(&choices))
        }
        // Version numbers are labels: written plainly, never grouped.
        Allowed::SchemaVersion(version) => {
            format!("{version}（本引擎只读取版本 {version}）")
        }
        Allowed::ProfileVersion {
            oldest,
            newest,
            why,
        } => format!(
            "版本 {oldest} 到 {newest} 的配置（{}）",
            migration_error(why)
        ),
        Allowed::Name { max_chars } => {
            format!("1 到 {} 个字符的单行名称", count(*max_chars))
        }
        Allowed::UnusedName => "其他方案未使用的名称".to_owned(),
        Allowed::ProfileObject => "包含配置各字段的 JSON 对象".to_owned(),
        Allowed::FewerMistakes => "错误更少的配置：请先修正以上问题".to_owned(),
        Allowed::GroupOfFields => "花括号括起的一组字段".to_owned(),
        Allowed::Text => "双引号括起的文本".to_owned(),
        Allowed::TrueOrFalse => "true 或 false".to_owned(),
        Allowed::List => "列表".to_owned(),
        Allowed::NoField => "无字段（该组不包含任何字段）".to_owned(),
        Allowed::ListedName => "列表中的某个名称（用双引号括起）".to_owned(),
        Allowed::ProfileField => "配置中已有的字段".to_owned(),
        Allowed::FieldsOfGroup(keys) => {
            format!("该组已有的字段之一：{}（不接受其他字段）", keys.join("、"))
        }
        Allowed::WholeRange { missing } => {
            format!("low、likely 和 high 三项齐全（缺少：{missing}）")
        }
        Allowed::FieldType { detail } => format!("符合该字段类型的值（JSON 读取器原文：{detail}）"),
        Allowed::ProfileJson { detail } => format!("JSON 格式的配置（JSON 读取器原文：{detail}）"),
        Allowed::ReaderSays(words) => format!("{words}（JSON 读取器原文）"),
        Allowed::ImportSize { max_bytes } => format!(
            "不超过 {}（{} MiB）的配置文件",
            byte_count(*max_bytes as u64),
            format::number(*max_bytes as f64 / 1_048_576.0)
        ),
        Allowed::JsonNotEmpty => "JSON 格式的配置（该文件为空）".to_owned(),
        Allowed::CompleteJson => "完整的 JSON（文本提前结束，像是被截断了）".to_owned(),
        Allowed::WellFormedJson { detail } => {
            format!("格式正确的 JSON（JSON 读取器在此处停止：{detail}）")
        }
    }
}

/// "0 到 1,000 Token 之间的数值"; no unit for [`Unit::None`].
fn number_between(low: f64, high: f64, unit: Unit) -> String {
    with_unit(
        format!("{} 到 {}", format::exact(low), format::exact(high)),
        unit,
        "之间的数值",
    )
}

/// Where a unit's words go in a range.
enum Place {
    /// A measure, straight after the upper bound: "0 到 36 个月之间的整数";
    /// a note it carries goes after the phrase ("ms" … "（0 表示不设目标）").
    Measure,
    /// A description of the value, in brackets after the phrase:
    /// "0 到 1 之间的数值（占 GPU 价格的比例）".
    Describe,
    /// A note already in brackets, after the phrase.
    Note,
}

fn place(unit: Unit) -> Place {
    match unit {
        Unit::None
        | Unit::CnyPerUsd
        | Unit::EurPerUsd
        | Unit::InrPerUsd
        | Unit::Examples
        | Unit::Fte
        | Unit::Gb
        | Unit::GbPerGpu
        | Unit::Gpus
        | Unit::GpuHours
        | Unit::Milliseconds
        | Unit::Months
        | Unit::MsOrNoTarget
        | Unit::Programmes
        | Unit::Replicas
        | Unit::RequestsPerMonth
        | Unit::Sequences
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
        | Unit::UsdPerYear => Place::Measure,
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
        | Unit::Ratio
        | Unit::Specifications
        | Unit::FractionOfAverage
        | Unit::FractionOfPrice => Place::Describe,
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
        | Unit::PerUsd
        | Unit::Pue => Place::Note,
    }
}

/// `bounds` ("0 到 1,000"), the unit where it goes, then `tail` ("之间的数值").
fn with_unit(bounds: String, unit: Unit, tail: &str) -> String {
    let words = super::unit(unit);
    let (measure, note) = match place(unit) {
        Place::Measure => match words.split_once('（') {
            Some((measure, note)) => (measure.trim_end(), format!("（{note}")),
            None => (words, String::new()),
        },
        Place::Describe if !words.is_empty() => ("", format!("（{words}）")),
        Place::Describe => ("", String::new()),
        Place::Note => ("", words.to_owned()),
    };
    let head = if measure.is_empty() {
        bounds
    } else {
        format!("{bounds} {measure}")
    };
    spaced(&[&head, tail, &note])
}

/// The word that marks a copy's name: "Bank (副本)", "Bank (副本 2)" (see
/// `saved::names::duplicate_name`).
pub const COPY_MARK: &str = "副本";

// Reading JSON into a profile

/// "数值", "列表", … : what a JSON value is, for messages.
pub fn json_kind(kind: JsonKind) -> &'static str {
    match kind {
        JsonKind::Null => "null",
        JsonKind::Bool => "true 或 false",
        JsonKind::Number => "数值",
        JsonKind::String => "文本",
        JsonKind::Array => "列表",
        JsonKind::Object => "对象",
    }
}

/// Where a JSON reader stopped: "第 3 行第 14 列".
pub fn json_position(line: usize, column: usize) -> String {
    format!("第 {} 行第 {} 列", count(line), count(column))
}

/// The last entry of a list cut short: "超过 50 个问题".
pub fn more_than_problems(limit: usize) -> String {
    format!("超过 {} 个问题", count(limit))
}

// Profile versions

/// Why a profile could not be brought to the current version, as sentences.
/// Version numbers are labels: written plainly, never grouped.
pub fn migration_error(error: &MigrationError) -> String {
    match error {
        MigrationError::NotAnObject => "这不是配置：配置应为包含各字段的 JSON 对象。".to_owned(),
        MigrationError::BadVersion { given } => format!(
            "配置的 schema_version 为 {given}，应为 {OLDEST_SCHEMA_VERSION} 到 \
             {SCHEMA_VERSION} 之间的整数。"
        ),
        MigrationError::FromNewerVersion { found, newest } => format!(
            "此配置由更新版本的计算器生成（配置版本 {found}），当前版本最高只能读取配置版本 \
             {newest}。请使用新版本打开。"
        ),
        MigrationError::OlderThanKnown { found, oldest } => {
            format!("配置版本 {found} 并非计算器生成过的版本：版本号从 {oldest} 开始。")
        }
        MigrationError::MissingStep { from } => format!(
            "当前版本的计算器无法升级版本 {from} 的配置（缺少一个升级步骤，请报告此问题）。"
        ),
        MigrationError::StepFailed { from, reason } => match reason {
            StepFailure::NotAnObject => {
                format!("版本 {from} 的配置无法升级到当前版本：升级步骤未返回 JSON 对象。")
            }
            StepFailure::NotANumber { field } => {
                format!("版本 {from} 的配置无法升级到当前版本：{field} 必须是数值。")
            }
        },
    }
}

// Share links

/// Why a link could not be opened, as sentences.
pub fn share_link_error(error: &ShareLinkError) -> String {
    match error {
        ShareLinkError::Empty => {
            "此链接中没有方案：# 之后没有任何内容。请重新复制完整的链接。".to_owned()
        }
        ShareLinkError::TooLong { chars } => format!(
            "此链接过长，不是方案链接：# 之后有 {} 个字符，而方案链接最多 {} 个字符。请单独重新复制该链接。",
            count(*chars),
            count(MAX_LINK_CHARS)
        ),
        ShareLinkError::NotALink => "这不是方案链接：# 之后应依次是版本号、一个点，其后只能是字母、数字、- 和 _（例如 1.eyJuYW1l…）。"
            .to_owned(),
        ShareLinkError::FromNewerVersion { version } => format!(
            "此链接由更新版本的计算器生成（链接格式 {version}），当前版本最高只能读取链接格式 \
             {LINK_VERSION}。请使用新版本打开。"
        ),
        ShareLinkError::UnknownVersion { version } => format!(
            "此链接的格式（{version}）并非计算器生成过的格式：链接格式的编号为 1 到 {LINK_VERSION}。\
             请检查链接是否复制完整。"
        ),
        ShareLinkError::Damaged { detail } => format!(
            "此链接不完整或已损坏：{}。请重新复制完整的链接。",
            link_damage(detail)
        ),
        ShareLinkError::WrongFields { problems } => format!(
            "此链接中的方案含有本计算器无法识别的字段，或数值类型有误：{}",
            problem_list(problems, LINK_SHOWN)
        ),
        ShareLinkError::Migration(error) => {
            format!("无法打开此链接中的方案。{}", migration_error(error))
        }
        ShareLinkError::Invalid { problems } => format!(
            "此链接中的方案有数值超出允许范围：{}",
            problem_list(problems, LINK_SHOWN)
        ),
    }
}

/// What is wrong with a damaged link, completing "此链接不完整或已损坏：…".
pub fn link_damage(damage: &Damage) -> String {
    match damage {
        // `position` counts from 1.
        Damage::BadCharacter {
            position,
            character,
        } => format!(
            "版本号之后的第 {} 个字符是“{}”，而此处只能是字母、数字、- 和 _",
            count(*position),
            character.escape_default()
        ),
        Damage::CutShort => "末尾几个字符无法拼合（看起来被截断了）".to_owned(),
        Damage::NotText => "其内容不是可读的文本".to_owned(),
        Damage::StopsMakingSense { column, length } => format!(
            "其内容从第 {} 个字符起（共 {} 个）无法解析",
            count(*column),
            count(*length)
        ),
        Damage::HoldsKind(kind) => spaced(&["其内容是", json_kind(*kind), "，而不是方案的字段"]),
    }
}

// Imports

/// One sentence saying why an import was refused, for above its list of problems.
pub fn import_headline(errors: &ImportErrors) -> String {
    let problems = errors.problems.len();
    match errors.kind {
        ImportErrorKind::TooLarge => "文件过大，不可能是配置文件；未做任何更改。".to_owned(),
        ImportErrorKind::NotJson => "文件不是可读取的 JSON；未做任何更改。".to_owned(),
        ImportErrorKind::Version => "本计算器无法读取该文件的配置版本；未做任何更改。".to_owned(),
        ImportErrorKind::WrongFields => format!(
            "该文件不是本计算器能读取的配置（{} 个问题）；未做任何更改。",
            count(problems)
        ),
        ImportErrorKind::Invalid => format!(
            "配置中有 {} 个数值超出允许范围；未做任何更改。",
            count(problems)
        ),
    }
}

/// The headline, then each problem on its own line ("- field：…"): the
/// command line's and the tests' whole account of a refused import.
pub fn import_errors(errors: &ImportErrors) -> String {
    let mut text = import_headline(errors);
    for problem in &errors.problems {
        text.push_str("\n- ");
        text.push_str(&problem_at(problem));
    }
    text
}

/// A file's size: "1,048,588 字节".
pub fn byte_count(bytes: u64) -> String {
    format!("{} 字节", format::whole(bytes as f64))
}

// Saved data

/// Which saved profile: "当前编辑的配置", "方案“Bank”".
pub fn profile_slot(slot: &ProfileSlot) -> String {
    match slot {
        ProfileSlot::Working => "当前编辑的配置".to_owned(),
        ProfileSlot::Scenario { name, .. } => format!("方案“{name}”"),
    }
}

/// Why saved data could not be used as it is, as sentences.
/// Format numbers are labels: written plainly, never grouped.
pub fn saved_state_error(error: &SavedStateError) -> String {
    match error {
        SavedStateError::Corrupt { detail } => format!(
            "无法读取已保存的数据：{}。数据可能已损坏，或由其他程序写入。",
            saved_corruption(detail)
        ),
        SavedStateError::FromNewerVersion { found } => format!(
            "已保存的数据由更新版本的计算器写入（保存数据格式 {found}），当前版本只能读取格式 \
             {SAVED_FORMAT_VERSION}。请使用新版本打开页面，以使用这些数据。"
        ),
        SavedStateError::Profiles { problems, .. } => {
            saved_profiles_unusable(problems, SAVED_SHOWN)
        }
    }
}

/// "有 2 个已保存的配置无法使用。当前编辑的配置中，…方案“Bad”中，…",
/// each with its first `shown` problems.
fn saved_profiles_unusable(problems: &[ProfileProblem], shown: usize) -> String {
    let mut text = format!("有 {} 个已保存的配置无法使用。", count(problems.len()));
    for problem in problems {
        text.push_str(&format!(
            "{}中，{}",
            profile_slot(&problem.slot),
            problem_list(&problem.problems, shown)
        ));
    }
    text
}

/// What is wrong with saved data that is not the envelope, completing
/// "无法读取已保存的数据：…". Scenario numbers count from 1.
pub fn saved_corruption(corruption: &Corruption) -> String {
    match corruption {
        Corruption::NotJson { line, column } => {
            format!("数据不是 JSON（{}）", json_position(*line, *column))
        }
        Corruption::HoldsKind(kind) => {
            spaced(&["其内容是", json_kind(*kind), "，而不是已保存的方案"])
        }
        Corruption::NoFormatVersion => "缺少 format_version".to_owned(),
        Corruption::FormatVersionNotWhole { given } => {
            format!("format_version 为 {given}，不是整数")
        }
        Corruption::FormatVersionTooOld { version, first } => {
            format!("format_version 为 {version}，而格式版本从 {first} 开始")
        }
        Corruption::NoWorkingProfile => "缺少当前编辑的配置".to_owned(),
        Corruption::ScenariosNotAList(kind) => {
            spaced(&["其中的 scenarios 是", json_kind(*kind), "，而不是列表"])
        }
        Corruption::ActiveScenarioNotAnId(kind) => {
            spaced(&["其中的 active_scenario 是", json_kind(*kind), "，而不是 ID"])
        }
        Corruption::UnknownField { key } => format!("含有未知字段“{key}”"),
        Corruption::DuplicateId { id } => format!("有两个方案的 ID 都是“{id}”"),
        Corruption::ScenarioNotFields { number } => {
            format!("第 {} 个方案不是一组字段", count(*number))
        }
        Corruption::ScenarioFieldNotText { number, key } => {
            format!("第 {} 个方案的 {key} 不是文本", count(*number))
        }
        Corruption::ScenarioMissingField { number, key } => {
            format!("第 {} 个方案缺少 {key}", count(*number))
        }
        Corruption::ScenarioEmptyId { number } => {
            format!("第 {} 个方案的 ID 为空", count(*number))
        }
        Corruption::ScenarioUnknownField { number, key } => {
            format!("第 {} 个方案含有未知字段“{key}”", count(*number))
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

    fn keys(keys: &[&str]) -> Vec<String> {
        keys.iter().map(|key| (*key).to_owned()).collect()
    }

    /// Every `Allowed` variant, once (twice where the wording branches).
    fn every_allowed() -> Vec<Allowed> {
        vec![
            Allowed::NumberBetween {
                low: 0.0,
                high: 1.0,
                unit: Unit::FractionNote,
            },
            Allowed::NumberBetweenOrNothing {
                low: 0.0,
                high: 1000.0,
                unit: Unit::UsdPerGpuHour,
            },
            Allowed::NumberAboveZeroUpTo {
                high: 1e6,
                unit: Unit::CnyPerUsd,
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
            Allowed::OneOf(keys(&["rent"])),
            Allowed::OneOf(keys(&["rent", "buy"])),
            Allowed::OneOf(keys(&["bf16", "fp8", "int8"])),
            Allowed::YesOrNo,
            Allowed::Percentage,
            Allowed::ClosedModelId,
            Allowed::HostedOfferId,
            Allowed::OpenModelId,
            Allowed::GpuId,
            Allowed::GpusPerReplica(vec![1, 2, 4, 8, 16]),
            Allowed::GpusPerReplica(vec![1]),
            Allowed::SchemaVersion(3),
            Allowed::ProfileVersion {
                oldest: 1,
                newest: 3,
                why: MigrationError::FromNewerVersion {
                    found: 4,
                    newest: 3,
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
            Allowed::FieldsOfGroup(keys(&["low", "likely", "high"])),
            Allowed::WholeRange {
                missing: "likely".to_owned(),
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
                detail: "trailing comma".to_owned(),
            },
        ]
    }

    fn every_given() -> Vec<GivenValue> {
        vec![
            GivenValue::Text("-3".to_owned()),
            GivenValue::Text(" ".to_owned()),
            GivenValue::Number(-1e-7),
            GivenValue::JsonKind(JsonKind::Array),
            GivenValue::JsonKind(JsonKind::Null),
            GivenValue::Position {
                line: 3,
                column: 14,
            },
            GivenValue::Bytes(1_048_588),
            GivenValue::MoreThanProblems(50),
            GivenValue::NotAnObject,
        ]
    }

    fn every_kind() -> [JsonKind; 6] {
        [
            JsonKind::Null,
            JsonKind::Bool,
            JsonKind::Number,
            JsonKind::String,
            JsonKind::Array,
            JsonKind::Object,
        ]
    }

    fn every_migration_error() -> Vec<MigrationError> {
        vec![
            MigrationError::NotAnObject,
            MigrationError::BadVersion {
                given: "\"two\"".to_owned(),
            },
            MigrationError::FromNewerVersion {
                found: 9,
                newest: 3,
            },
            MigrationError::OlderThanKnown {
                found: 0,
                oldest: 1,
            },
            MigrationError::MissingStep { from: 2 },
            MigrationError::StepFailed {
                from: 1,
                reason: StepFailure::NotAnObject,
            },
            MigrationError::StepFailed {
                from: 2,
                reason: StepFailure::NotANumber {
                    field: "workload.requests_per_month".to_owned(),
                },
            },
        ]
    }

    fn every_damage() -> Vec<Damage> {
        let mut damage = vec![
            Damage::BadCharacter {
                position: 12,
                character: '%',
            },
            Damage::CutShort,
            Damage::NotText,
            Damage::StopsMakingSense {
                column: 8,
                length: 1500,
            },
        ];
        damage.extend(every_kind().map(Damage::HoldsKind));
        damage
    }

    fn every_corruption() -> Vec<Corruption> {
        let mut corruption = vec![
            Corruption::NotJson { line: 1, column: 2 },
            Corruption::NoFormatVersion,
            Corruption::FormatVersionNotWhole {
                given: "1.5".to_owned(),
            },
            Corruption::FormatVersionTooOld {
                version: 0,
                first: 1,
            },
            Corruption::NoWorkingProfile,
            Corruption::UnknownField {
                key: "extra".to_owned(),
            },
            Corruption::DuplicateId {
                id: "s-1".to_owned(),
            },
            Corruption::ScenarioNotFields { number: 2 },
            Corruption::ScenarioFieldNotText {
                number: 2,
                key: "saved_at".to_owned(),
            },
            Corruption::ScenarioMissingField {
                number: 3,
                key: "name".to_owned(),
            },
            Corruption::ScenarioEmptyId { number: 1 },
            Corruption::ScenarioUnknownField {
                number: 1,
                key: "colour".to_owned(),
            },
        ];
        for kind in every_kind() {
            corruption.push(Corruption::HoldsKind(kind));
            corruption.push(Corruption::ScenariosNotAList(kind));
            corruption.push(Corruption::ActiveScenarioNotAnId(kind));
        }
        corruption
    }

    fn is_han(c: char) -> bool {
        super::super::is_han(c)
    }

    /// Non-empty, in Chinese, no placeholder left, and spaced as the
    /// glossary says: no doubled space, none beside full-width punctuation.
    fn assert_reads(text: &str) {
        assert!(!text.trim().is_empty(), "empty");
        assert!(text.chars().any(is_han), "no Chinese: {text}");
        assert!(!text.contains(['{', '}']), "placeholder: {text}");
        assert!(!text.contains("  "), "double space: {text}");
        let chars: Vec<char> = text.chars().collect();
        for pair in chars.windows(2) {
            let latin = |c: char| c.is_ascii_alphanumeric() || c == '-';
            assert!(
                !(is_han(pair[0]) && latin(pair[1]) || latin(pair[0]) && is_han(pair[1])),
                "no space between Chinese and Latin: {text}"
            );
        }
        for mark in ['，', '。', '：', '；', '（', '）', '“', '”', '、'] {
            assert!(
                !text.contains(&format!(" {mark}")) && !text.contains(&format!("{mark} ")),
                "space beside {mark}: {text}"
            );
        }
    }

    #[test]
    fn every_message_reads_in_chinese() {
        let mut texts = Vec::new();
        for allowed in every_allowed() {
            // A single key is the whole answer, and it is data: "rent".
            if !matches!(&allowed, Allowed::OneOf(keys) if keys.len() == 1) {
                texts.push(self::allowed(&allowed));
            }
            for given in every_given() {
                let error = problem("workload.batch_share", given, allowed.clone());
                texts.push(field_problem(&error));
                texts.push(problem_at(&error));
                texts.push(slot_problem_at(&ProfileSlot::Working, &error));
            }
        }
        for unit in Unit::ALL {
            texts.push(between(0.0, 1.0, *unit));
            texts.push(allowed(&Allowed::NumberAboveZeroUpTo {
                high: 10.0,
                unit: *unit,
            }));
            texts.push(allowed(&Allowed::WholeNumberBetween {
                low: 0,
                high: 9,
                unit: *unit,
            }));
        }
        for error in every_migration_error() {
            texts.push(migration_error(&error));
            texts.push(share_link_error(&ShareLinkError::Migration(error)));
        }
        for damage in every_damage() {
            texts.push(link_damage(&damage));
            texts.push(share_link_error(&ShareLinkError::Damaged {
                detail: damage,
            }));
        }
        let problems: Vec<FieldError> = (0..7)
            .map(|index| {
                problem(
                    &format!("routes.closed_api.field_{index}"),
                    GivenValue::Number(2.0),
                    Allowed::NumberBetween {
                        low: 0.0,
                        high: 1.0,
                        unit: Unit::None,
                    },
                )
            })
            .collect();
        for error in [
            ShareLinkError::Empty,
            ShareLinkError::TooLong { chars: 9000 },
            ShareLinkError::NotALink,
            ShareLinkError::FromNewerVersion { version: 4 },
            ShareLinkError::UnknownVersion { version: 0 },
            ShareLinkError::WrongFields {
                problems: problems.clone(),
            },
            ShareLinkError::Invalid {
                problems: problems.clone(),
            },
        ] {
            texts.push(share_link_error(&error));
        }
        for kind in [
            ImportErrorKind::TooLarge,
            ImportErrorKind::NotJson,
            ImportErrorKind::Version,
            ImportErrorKind::WrongFields,
            ImportErrorKind::Invalid,
        ] {
            let errors = ImportErrors {
                kind,
                problems: problems.clone(),
            };
            texts.push(import_headline(&errors));
            texts.extend(import_errors(&errors).lines().map(str::to_owned));
        }
        for corruption in every_corruption() {
            texts.push(saved_corruption(&corruption));
            texts.push(saved_state_error(&SavedStateError::Corrupt {
                detail: corruption,
            }));
        }
        texts.push(saved_state_error(&SavedStateError::FromNewerVersion {
            found: 7,
        }));
        texts.push(saved_state_error(&SavedStateError::Profiles {
            problems: vec![
                ProfileProblem {
                    slot: ProfileSlot::Working,
                    problems: problems.clone(),
                },
                ProfileProblem {
                    slot: ProfileSlot::Scenario {
                        id: "s-1".to_owned(),
                        name: "Bank".to_owned(),
                    },
                    problems: problems[..1].to_vec(),
                },
            ],
            salvaged: Box::default(),
        }));
        texts.push(given(&GivenValue::Position {
            line: 1200,
            column: 3,
        }));
        texts.push(more_than_problems(50));
        texts.push(byte_count(1_048_588));
        texts.push(COPY_MARK.to_owned());
        for text in &texts {
            assert_reads(text);
        }
    }

    #[test]
    fn ranges_read_as_a_chinese_reader_writes_them() {
        assert_eq!(
            between(0.0, 1e12, Unit::RequestsPerMonth),
            "0 到 1,000,000,000,000 次请求/月之间的数值"
        );
        assert_eq!(
            between(-0.5, 0.99, Unit::FractionNote),
            "-0.5 到 0.99 之间的数值（比例，以小数表示）"
        );
        assert_eq!(between(0.0, 100.0, Unit::None), "0 到 100 之间的数值");
        assert_eq!(
            between(0.0, 1000.0, Unit::Tokens),
            "0 到 1,000 Token 之间的数值"
        );
        assert_eq!(
            between(0.0, 60_000.0, Unit::MsOrNoTarget),
            "0 到 60,000 ms 之间的数值（0 表示不设目标）"
        );
        assert_eq!(
            between(0.0, 1.0, Unit::FractionOfGpuPrice),
            "0 到 1 之间的数值（占 GPU 价格的比例）"
        );
        assert_eq!(
            allowed(&Allowed::NumberAboveZeroUpTo {
                high: 1e6,
                unit: Unit::EurPerUsd
            }),
            "大于 0 且不超过 1,000,000 EUR 的数值（每 1 USD）"
        );
        assert_eq!(
            allowed(&Allowed::WholeNumberBetween {
                low: 1,
                high: 120,
                unit: Unit::Months
            }),
            "1 到 120 个月之间的整数"
        );
        assert_eq!(
            allowed(&Allowed::GpusPerReplica(vec![1, 2, 4, 8, 16])),
            "0（自动）、1、2、4、8 或 16 块 GPU"
        );
        assert_eq!(
            allowed(&Allowed::GpusPerReplica(vec![1])),
            "0（自动）或 1 块 GPU"
        );
        assert_eq!(
            allowed(&Allowed::OneOf(keys(&["bf16", "fp8", "int8"]))),
            "bf16、fp8、int8 之一"
        );
    }

    #[test]
    fn problems_name_their_field_and_say_what_to_do() {
        let two = |field: &str| {
            problem(
                field,
                GivenValue::Text("2".to_owned()),
                Allowed::NumberBetween {
                    low: 0.0,
                    high: 1.0,
                    unit: Unit::None,
                },
            )
        };
        let problems = [two("a"), two("b"), two("c")];
        assert_eq!(
            problem_list(&problems, 1),
            "a：“2”无效，请输入 0 到 1 之间的数值。另有 2 个问题未列出。"
        );
        let nothing = problem("a", GivenValue::Text(" ".to_owned()), Allowed::Number);
        assert_eq!(field_problem(&nothing), "请输入数值。");
        let list = problem("a", GivenValue::JsonKind(JsonKind::Array), Allowed::Number);
        assert_eq!(field_problem(&list), "此处不能是列表，请输入数值。");
        let large = problem(
            "(file)",
            GivenValue::Bytes(1_048_588),
            Allowed::ImportSize {
                max_bytes: 1_048_576,
            },
        );
        assert_eq!(
            field_problem(&large),
            "文件大小为 1,048,588 字节，请使用不超过 1,048,576 字节（1 MiB）的配置文件。"
        );
        let slot = ProfileSlot::Scenario {
            id: "s-1".to_owned(),
            name: "Bank".to_owned(),
        };
        assert_eq!(
            slot_problem_at(&slot, &two("workload.batch_share")),
            "方案“Bank”中的 workload.batch_share：“2”无效，请输入 0 到 1 之间的数值。"
        );
        assert_eq!(
            share_link_error(&ShareLinkError::TooLong { chars: 9000 }),
            "此链接过长，不是方案链接：# 之后有 9,000 个字符，而方案链接最多 8,192 个字符。请单独重新复制该链接。"
        );
    }
}
