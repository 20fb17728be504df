//! The Simplified Chinese (zh-CN) catalog: the mirror of [`super::en`], item
//! for item, with the same names and signatures and Chinese text.
//!
//! Numbers inside sentences go through [`super::format`], the one formatter.
//! Style: Chinese punctuation in Chinese sentences, a space between Chinese
//! characters and Latin letters or digits (“36 个月”“闭源 API”), none before
//! or after full-width punctuation. The terms are in `plan/glossary-zh.md`.

// Each constant's name says what it is; documenting every label again would
// only repeat it.
#![allow(missing_docs)]
// Nothing selects this catalog yet.
#![allow(dead_code)]

mod fields;
pub(crate) mod units;

// decision, problems, report: to come

pub use fields::{choice_label, field_text, section_title, FieldText};
pub use units::*;

use crate::report::RouteId;

// The calculator page
pub const PRESETS_LABEL: &str = "从示例开始";
pub const THEME_LABEL: &str = "主题";
pub const LANGUAGE_LABEL: &str = "语言";

/// A colour scheme's name on its button, by its key (`system`, `light`, `dark`).
pub fn theme_name(key: &str) -> &'static str {
    match key {
        "light" => "浅色",
        "dark" => "深色",
        _ => "跟随系统",
    }
}
pub const RESET_LABEL: &str = "恢复默认值";
pub const UPDATE_READY: &str = "计算器有新版本可用。";
pub const UPDATE_RELOAD: &str = "重新加载";
pub const FORM_HEADING: &str = "您的企业";
pub const RESULTS_HEADING: &str = "测算结果";
pub const ROUTES_HEADING: &str = "三条路线";
pub const CHEAPEST_BADGE: &str = "成本最低";
pub const EXCLUDED_BADGE: &str = "已排除";
pub const NOT_AVAILABLE: &str = "—";

/// "1 个月", "2.5 个月", "36 个月": every count of months on the page,
/// in the report and in sentences (Chinese has one form for every count).
pub fn months(count: f64) -> String {
    format!("{} 个月", super::format::zh::number(count))
}
pub const COST_PER_MILLION_TOKENS: &str = "每百万 Token 综合成本";
pub const TIME_TO_MARKET: &str = "上线所需时间";
pub const INVALID_INPUT_NOTE: &str = "部分输入无效：以下结果基于最近一次有效的数值。";
pub const FLEET_HEADING: &str = "自部署 GPU 集群";
pub const FLEET_GPU: &str = "GPU";
pub const FLEET_GPUS_PER_REPLICA: &str = "每副本 GPU 数";
pub const FLEET_REPLICAS: &str = "峰值小时副本数";
pub const FLEET_MEMORY_PER_REPLICA: &str = "每副本显存";
pub const FLEET_WEIGHTS: &str = "模型权重";
pub const FLEET_KV_PER_TOKEN: &str = "每 Token 的 KV 缓存";
pub const FLEET_DECODE: &str = "每副本解码速度";
pub const FLEET_DECODE_BATCH_1: &str = "单请求解码速度";
pub const FLEET_BATCH: &str = "批大小";
pub const FLEET_PLAN: &str = "租用或自购";
pub const FLEET_PRECISION: &str = "权重 / KV 缓存精度";
pub const FLEET_BATCH_LIMIT: &str = "批大小的制约因素";
pub const FLEET_UTILISATION: &str = "平均利用率";
pub const FLEET_GPU_HOURS: &str = "测算周期内累计 GPU 小时";
pub const FLEET_COST_PER_GPU_HOUR: &str = "每 GPU 小时算力成本";
pub const FLEET_RESERVED: &str = "预留副本数";
/// How the fleet's GPUs are had: bought, or rented on which plan.
pub fn fleet_plan(
    deployment: crate::profile::Deployment,
    plan: Option<crate::profile::RentalPlan>,
) -> &'static str {
    use crate::profile::{Deployment, RentalPlan};
    match (deployment, plan) {
        (Deployment::Owned, _) => "自购自有，按峰值配置",
        (_, Some(RentalPlan::AlwaysOn)) => "租用，按峰值全天常开",
        (_, Some(RentalPlan::Reserved)) => "租用，预留基础容量，高峰按需扩容",
        (_, _) => "租用，按小时自动扩缩容",
    }
}
/// What limits a replica's batch, inside a sentence: "受显存限制" takes "显存".
pub fn batch_limit_name(limit: crate::sizing::BatchLimit) -> &'static str {
    match limit {
        crate::sizing::BatchLimit::Memory => "显存",
        crate::sizing::BatchLimit::Latency => "延迟目标",
        crate::sizing::BatchLimit::LatencyMissed => "延迟目标（批大小为 1 时仍无法达标）",
    }
}
/// What limits a replica's batch, as a value on its own.
pub fn batch_limit_label(limit: crate::sizing::BatchLimit) -> &'static str {
    match limit {
        crate::sizing::BatchLimit::Memory => "显存",
        crate::sizing::BatchLimit::Latency => "延迟目标",
        crate::sizing::BatchLimit::LatencyMissed => "延迟目标：批大小为 1 时仍无法达标",
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
/// "2（共 8 块 GPU）": replicas, and the GPUs they take.
pub fn fleet_replicas(replicas: u32, gpus_total: u32) -> String {
    format!("{replicas}（共 {gpus_total} 块 GPU）")
}
/// "223（显存最多可容纳 223）": the batch served, and the most that fits.
pub fn fleet_batch(batch: u32, fits: u32) -> String {
    format!("{batch}（显存最多可容纳 {fits}）")
}
/// "158 GB".
pub fn gigabytes(value: f64) -> String {
    format!("{} GB", super::format::zh::compact(value))
}
/// "320 KiB", from bytes.
pub fn kibibytes(bytes: f64) -> String {
    format!("{} KiB", super::format::zh::compact(bytes / 1024.0))
}
/// "6.6 k Token/s".
pub fn tokens_per_second(value: f64) -> String {
    format!("{} Token/s", super::format::zh::compact(value))
}
/// "自部署开放权重模型与闭源 API 累计成本持平": a marker on the cumulative chart.
pub fn breaks_even_with(later: RouteId, earlier: RouteId) -> String {
    spaced(&[route_name(later), "与", route_name(earlier), "累计成本持平"])
}
/// "在 34% 的模拟中成本最低".
pub fn cheapest_in_draws(probability: f64) -> String {
    format!(
        "在 {} 的模拟中成本最低",
        super::format::zh::percent(probability)
    )
}
/// "（截至 2025-06-01）": after an assumption's source.
pub fn as_of(date: &str) -> String {
    format!("（截至 {date}）")
}
/// "重置“GPU 小时单价”": the accessible name of one assumption's reset button.
pub fn reset_one(label: &str) -> String {
    format!("{RESET_ONE_LABEL}“{label}”")
}
/// "Llama 3.3 70B Instruct（Together AI）": a managed offer in the form's list.
pub fn offer_option(model: &str, provider: &str) -> String {
    format!("{model}（{provider}）")
}
/// The group of a catalog list's current rows, when the list also has older ones.
pub const OPTIONS_CURRENT: &str = "现行";
/// The group of a catalog list's older rows, listed after the current ones.
pub const OPTIONS_LEGACY: &str = "旧版（为已保存的方案和链接保留）";
pub const FLEET_LATENCY_MISSED: &str = "在这款 GPU 上，即使一次只处理一个请求，也达不到延迟目标。";
pub const COST_CATEGORIES: [&str; 6] = [
    "Token 费用",
    "算力",
    "人力",
    "质量达标投入",
    "上线延迟损失",
    "风险与合规",
];
pub const COST_BARS_TITLE: &str = "各路线总成本（按类别）";
pub const CUMULATIVE_TITLE_CASH: &str = "累计现金支出走势";
pub const CUMULATIVE_TITLE_PNL: &str = "累计成本走势（损益口径）";
pub const CUMULATIVE_VIEW_LABEL: &str = "自购 GPU 的计入口径";
pub const CUMULATIVE_VIEW_CASH: &str = "现金口径";
pub const CUMULATIVE_VIEW_PNL: &str = "损益口径";
pub const CUMULATIVE_NOTE_CASH: &str =
    "自购 GPU 在付款当月全额计入，退役时计入转售收入：两条曲线的交点，就是 GPU 回本之时。";
pub const CUMULATIVE_NOTE_PNL: &str = "自购 GPU 按会计处理，在使用年限内按直线法折旧至残值。";
pub const ASSUMPTIONS_HEADING: &str = "测算假设及来源";
pub const ASSUMPTIONS_INTRO: &str =
    "测算结果所依据的每一项数据。修改数值即可覆盖默认值；点击“重置”即恢复默认。标为“未核实”的数据属于经验判断或无法确认，请用您自己的数据核对。";
pub const ASSUMPTION_COLUMN: &str = "假设";
pub const VALUE_COLUMN: &str = "数值";
pub const SOURCE_COLUMN: &str = "来源与日期";
pub const RESET_ONE_LABEL: &str = "重置";
pub const UNVERIFIED_BADGE: &str = "未核实";
pub const SHOW_ASSUMPTIONS: &str = "显示全部假设";
pub const VERDICT_LABEL: &str = "建议";
pub const VERDICT_COMPUTING: &str = "正在综合权衡成本、适配度和不确定性…";
pub const VERDICT_NO_ROUTE: &str = "没有可行的路线";
pub const VERDICT_UPDATING: &str = "更新中…";
pub const REASONS_HEADING: &str = "理由";
pub const FLIP_POINTS_HEADING: &str = "哪些变化会改变结论";
pub const MORE_FLIP_POINTS: &str = "更多临界点";
pub const FACTORS_TITLE: &str = "适配度：各因素的贡献";
pub const FACTORS_UNIT: &str = "分";
pub const RANGES_TITLE: &str = "总成本区间（P10–P90）及成本最低的概率";
pub const TORNADO_TITLE: &str = "哪些因素左右领先两条路线之间的成本差";

/// "高置信度（92%）": the verdict's confidence line.
pub fn confidence_line(level: crate::decision::Confidence, confidence: f64) -> String {
    let name = match level {
        crate::decision::Confidence::High => "高",
        crate::decision::Confidence::Medium => "中",
        crate::decision::Confidence::Low => "低",
    };
    format!("{name}置信度（{}）", super::format::zh::percent(confidence))
}
/// "36 个月总成本": under a route's total.
pub fn total_over(months: f64) -> String {
    format!("{}总成本", self::months(months))
}
/// "$1.2 M（36 个月）": a total with the horizon it covers.
pub fn total_with_horizon(total: &str, months: f64) -> String {
    format!("{total}（{}）", self::months(months))
}
/// "低值：$1.2 M": a value after its label.
pub fn labelled(label: &str, value: &str) -> String {
    format!("{label}：{value}")
}
/// "自部署开放权重模型与闭源 API 累计成本持平（月份：14）": a marked point and where it is.
pub fn marker_at(label: &str, axis_label: &str, x: f64) -> String {
    format!("{label}（{axis_label}：{}）", super::format::zh::number(x))
}
/// "更多临界点（5）", "显示全部假设（61）": a label with how many it hides.
pub fn with_count(label: &str, count: usize) -> String {
    format!("{label}（{}）", super::format::zh::whole(count as f64))
}

/// A readable name for a profile path, for a path that has no label of its
/// own (the words are the path's, so they stay as written):
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
        RouteId::ClosedApi => "闭源 API",
        RouteId::ManagedOpen => "托管开放权重模型",
        RouteId::SelfHosted => "自部署开放权重模型",
    }
}

/// A preset's button label.
pub fn preset_label(id: &str) -> &'static str {
    match id {
        "academic-research" => "学术研究",
        "startup-internal-tool" => "创业公司内部工具",
        "bank-customer-assistant" => "银行智能客服",
        "ml-platform-high-volume" => "高调用量机器学习平台",
        "air-gapped-government" => "物理隔离的政务系统",
        _ => "",
    }
}

pub const APP_TITLE: &str = "开放还是闭源？";
pub const APP_TAGLINE: &str =
    "与开放权重模型相比，闭源大模型 API 对企业的真实成本究竟是多少？所有计算都在您的浏览器中完成，您输入的任何内容都不会离开浏览器。";

// Charts
pub const CHART_SHOW_TABLE: &str = "以表格显示";
pub const CHART_NO_DATA: &str = "暂无数据。";
pub const CHART_MONTH: &str = "月份";
pub const CHART_TOTAL: &str = "合计";
pub const CHART_ROUTE: &str = "路线";
pub const CHART_FACTOR: &str = "因素";
pub const CHART_INPUT: &str = "输入项";
pub const CHART_P10: &str = "P10（低）";
pub const CHART_P50: &str = "P50（中位数）";
pub const CHART_P90: &str = "P90（高）";
pub const CHART_NOTE: &str = "备注";
pub const CHART_MARKER: &str = "标记点";
pub const CHART_MARKERS_CAPTION: &str = "标记点";
pub const CHART_LOW_SETTING: &str = "低值";
pub const CHART_HIGH_SETTING: &str = "高值";
pub const CHART_AT_LOW: &str = "取低值时的结果";
pub const CHART_AT_HIGH: &str = "取高值时的结果";
pub const CHART_BASELINE: &str = "基准";
pub const CHART_RANGE_LEGEND: &str = "P10 至 P90，刻度线为 P50";
/// Summaries: `{name}` placeholders are filled in by the chart.
pub const CHART_STACKED_SUMMARY: &str =
    "总成本最高：{high_label}，{high}。最低：{low_label}，{low}。";
pub const CHART_LINE_SUMMARY: &str =
    "第 {x} 个月时，最高：{high_label}，{high}；最低：{low_label}，{low}。";
pub const CHART_LINE_MARKERS: &str = "标记点：{markers}。";
pub const CHART_FACTOR_SUMMARY: &str = "贡献最大的是{label}（{series}），{value}。";
pub const CHART_RANGE_SUMMARY: &str = "中位数最低：{label}，{p50}（P10 {p10} 至 P90 {p90}）。";
pub const CHART_TORNADO_SUMMARY: &str = "基准 {baseline}。波动最大：{label}，从 {low} 到 {high}。";

// Scenarios, links, files, storage
pub const SCENARIOS_HEADING: &str = "方案";
pub const WORKING_ON: &str = "当前方案";
pub const CHANGED_SINCE_SAVED: &str = "保存后有改动";
pub const SAVE_CHANGES: &str = "保存修改";
pub const NOT_A_SCENARIO: &str = "未命名的配置（保存在本浏览器中）。另存为方案，即可按名称保留。";
pub const SCENARIO_NAME_LABEL: &str = "方案名称";
pub const SAVE_AS_BUTTON: &str = "另存为新方案";
pub const NO_SCENARIOS: &str = "尚无已保存的方案。";
pub const OPEN: &str = "打开";
pub const OPEN_NOW: &str = "当前已打开";
pub const RENAME: &str = "重命名";
pub const RENAME_SAVE: &str = "保存名称";
pub const CANCEL: &str = "取消";
pub const DUPLICATE: &str = "复制";
pub const DELETE: &str = "删除";
pub const COMPARE: &str = "对比";
pub const UNDO: &str = "撤销";
pub const DISMISS: &str = "关闭";
pub const DOWNLOAD_UNREADABLE: &str = "下载无法读取的数据";
/// A file name: kept in ASCII so that every system and mail client keeps it intact.
pub const UNREADABLE_FILE_NAME: &str = "open-or-closed-unreadable-data.json";
pub const UNSAVED_WORK_NAME: &str = "未保存的工作";
pub const SHARED_SCENARIO_NAME: &str = "分享的方案";
pub const SHARE_HEADING: &str = "分享与导出";
pub const COPY_LINK: &str = "复制链接";
pub const LINK_COPIED: &str = "链接已复制。打开链接的人将看到此方案；配置数据包含在链接之中（# 之后的部分），不会发送到任何服务器。";
pub const LINK_NOT_COPIED: &str = "浏览器不允许复制到剪贴板。请选中并复制下方的链接：";
pub const DOWNLOAD_HEADING: &str = "下载";
pub const EXPORT_JSON: &str = "配置（JSON）";
pub const EXPORT_MARKDOWN: &str = "报告（Markdown）";
pub const EXPORT_CSV: &str = "月度成本（CSV）";
pub const PRINT: &str = "打印";
pub const DOWNLOAD_FAILED: &str = "浏览器未能开始下载。";
pub const IMPORT_BUTTON: &str = "导入配置（JSON）";
pub const IMPORT_HINT: &str = "也可将 JSON 文件拖放到页面任意位置；文件不超过 1 MiB。";
pub const DROP_HERE: &str = "松开即可导入配置";
pub const IMPORT_NOT_READ: &str = "浏览器无法读取该文件。";
pub const COMPARE_HEADING: &str = "方案并排对比";
pub const COMPARE_HINT: &str =
    "在两个或三个方案上勾选“对比”，即可并排查看（勾选第四个时将替换第一个）。";
pub const COMPARE_TOTAL: &str = "总成本";
pub const COMPARE_RECOMMENDED: &str = "推荐路线";
pub const COMPARE_INPUTS: &str = "不同的输入项";
pub const COMPARE_SAME_INPUTS: &str = "所有输入项均相同。";
pub const COMPARE_CLOSE: &str = "关闭对比";
pub const STORAGE_UNAVAILABLE: &str = "此浏览器不允许页面保存您的工作（存储已关闭，部分无痕窗口就是如此）。关闭标签页后内容即会丢失：如需保留，请下载配置文件。";
pub const STORAGE_FULL: &str =
    "浏览器存储空间已满，最近的修改未能保存。请下载配置文件加以保留，或删除不再需要的方案。";
pub const STORAGE_NEWER_KEPT: &str =
    "当前版本不会改动这些数据，也不会保存任何内容，以便新版本能再次读取；您也可以将其下载。";
pub const STORAGE_AFTER_CRASH: &str =
    "页面上次因内部错误而停止运行；为防是已保存的数据所致，本次从默认值开始。";
pub const STORAGE_TAKEN_OVER: &str = "计算器已在另一个标签页或窗口中打开，并且那里已保存了自己的修改。为避免覆盖，本标签页已停止保存：请重新加载，以继续使用那里保存的内容（如需保留本页的配置，请先下载）。";
pub const RELOAD: &str = "重新加载";
pub const LINK_FROM_FILE: &str = "当前的计算器是您电脑上的一个本地文件，指向它的链接在别人那里打不开。请改为分享配置文件（下载 → 配置（JSON））。";
pub const DISMISS_NOTICE: &str = "关闭此提示";
pub const UPDATE_NOT_SAVED: &str = "此标签页中的工作尚未保存：重新加载前，请先下载配置文件。";
pub const STORAGE_NOT_BACKED_UP: &str = "这些数据无法另行备份，因此本次访问不会保存任何内容（原数据不会被覆盖）。如需保留，请将其下载。";
pub const STORAGE_PARTLY_READ: &str = "部分已保存的配置无法使用，已另行存放；其余内容均已恢复。";
pub const RECOVERY_HEADING: &str = "出错了";
pub const RECOVERY_TEXT: &str = "计算器遇到内部错误，已停止运行。请下载您正在编辑的配置以便保留。重新加载后，页面将从默认值重新开始；此浏览器中原先保存的数据会另行保留，并可供下载。";
pub const RECOVERY_DOWNLOAD: &str = "下载配置（JSON）";
pub const RECOVERY_RELOAD: &str = "重新加载页面";

pub fn storage_backed_up(key: &str) -> String {
    format!("原始数据已备份到此浏览器的存储中，键名为“{key}”，您也可以将其下载。")
}
pub fn unsaved_work_kept(name: &str) -> String {
    format!("您未保存的修改已保留为方案“{name}”。")
}
pub fn scenario_saved(name: &str) -> String {
    format!("已另存为方案“{name}”。")
}
pub fn scenario_updated(name: &str) -> String {
    format!("修改已保存到“{name}”。")
}
pub fn unsaved_changes_name(name: &str) -> String {
    format!("{name}（未保存的修改）")
}
pub fn scenario_opened(name: &str) -> String {
    format!("已打开“{name}”。")
}
pub fn scenario_duplicated(name: &str) -> String {
    format!("已添加副本“{name}”。")
}
pub fn scenario_deleted(name: &str) -> String {
    format!("已删除“{name}”。")
}
pub fn scenario_restored(name: &str) -> String {
    format!("已恢复“{name}”。")
}
pub fn name_refused(error: &crate::number_input::FieldError) -> String {
    format!(
        "“{}”不能用作方案名称：请使用{}。",
        // The English words until zh::problems exists (it only compiled
        // while these were strings).
        super::en::given(&error.given),
        super::en::allowed(&error.allowed)
    )
}
pub fn link_opened(name: &str) -> String {
    format!("已将分享链接打开为新方案“{name}”。您自己的方案未受影响。")
}
pub fn link_already_saved(name: &str) -> String {
    format!("此链接中的方案已保存为“{name}”，现已打开。")
}
pub fn link_refused(error: &crate::share_link::ShareLinkError) -> String {
    // The English words until zh::problems exists.
    format!(
        "{}您自己的数据未受影响。",
        super::en::share_link_error(error)
    )
}
pub fn import_opened(file_name: &str, name: &str) -> String {
    format!("已将“{file_name}”导入为新方案“{name}”。")
}
pub fn import_refused(file_name: &str, headline: &str) -> String {
    format!("“{file_name}”未导入。{headline}")
}
/// "打开“Bank”", "删除“Bank”": a button's accessible name.
pub fn action_on(action: &str, name: &str) -> String {
    format!("{action}“{name}”")
}

/// Joins fixed pieces of one sentence (catalog words and names, never a
/// person's text), with a space wherever a Chinese character meets a Latin
/// letter or a digit: "闭源 API" + "累计成本持平" -> "闭源 API 累计成本持平".
fn spaced(pieces: &[&str]) -> String {
    let mut joined = String::new();
    for piece in pieces {
        if let (Some(before), Some(after)) = (joined.chars().last(), piece.chars().next()) {
            if (is_han(before) && after.is_ascii_alphanumeric())
                || (before.is_ascii_alphanumeric() && is_han(after))
            {
                joined.push(' ');
            }
        }
        joined.push_str(piece);
    }
    joined
}

/// A CJK ideograph (the unified block and its extension A).
fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breaks_even_spaces_latin_and_chinese() {
        assert_eq!(
            breaks_even_with(RouteId::SelfHosted, RouteId::ClosedApi),
            "自部署开放权重模型与闭源 API 累计成本持平"
        );
        assert_eq!(
            breaks_even_with(RouteId::ClosedApi, RouteId::ManagedOpen),
            "闭源 API 与托管开放权重模型累计成本持平"
        );
    }

    #[test]
    fn months_have_one_form() {
        assert_eq!(months(1.0), "1 个月");
        assert_eq!(months(36.0), "36 个月");
    }
}
