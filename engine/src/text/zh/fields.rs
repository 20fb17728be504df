//! Chinese (zh-CN) labels, units and help for every form field and section:
//! 表单各字段的名称、单位和说明，以及各分区标题。

/// What the form shows for one field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldText {
    pub label: &'static str,
    pub unit: &'static str,
    pub help: &'static str,
}

const fn text(label: &'static str, unit: &'static str, help: &'static str) -> FieldText {
    FieldText { label, unit, help }
}

/// The title and one-line description of a form section.
pub fn section_title(id: &str) -> &'static str {
    match id {
        "organisation" => "组织与应用场景",
        "workload" => "工作负载",
        "team" => "团队",
        "requirements" => "业务要求",
        "routes" => "各路线的具体选型",
        _ => "",
    }
}

/// The label, unit and help of the field at `path` (empty label if unknown).
pub fn field_text(path: &str) -> FieldText {
    match path {
        "organisation.use_case" => text("应用场景", "", "模型的用途；不同用途对服务、准确性和可控性的侧重不同。"),
        "organisation.investment_usd" => text("投资规模", "USD", "项目背后的预算；大额商业投入往往倾向于购买厂商服务。"),
        "organisation.project_value_usd_per_month" => text("上线后每月价值", "USD/月", "每延迟一个月的代价：上线较晚的路线，每晚一个月就要计入一次这笔金额。"),
        "currency.display" => text("显示币种", "", "所有金额均按可编辑的汇率换算成此币种显示。"),
        "workload.requests_per_month" => text("每月请求量", "次请求", "首月调用模型的次数。"),
        "workload.input_tokens_per_request" => text("每次请求输入 Token 数", "Token", "包括提示词、指令和检索到的上下文；一页英文约 500 Token。"),
        "workload.output_tokens_per_request" => text("每次请求输出 Token 数", "Token", "模型生成的回答。"),
        "workload.growth_per_month" => text("月增长率", "%", "调用量的月环比增速：3 表示每月增长 3%；可以为负。"),
        "workload.peak_to_average" => text("峰均比", "×", "最忙一小时的请求速率与全天平均速率之比（不超过 24）；按峰值购买或租用的集群据此确定规模。"),
        "workload.trough_to_average" => text("低谷时段", "%", "最闲一小时的请求速率占全天平均的百分比：30 即 30%。自动扩缩容的集群在峰谷之间随全天负载伸缩。"),
        "workload.latency_target_ms_per_output_token" => text("延迟目标", "ms/Token", "每个输出 Token 可接受的最长生成时间；0 表示不设目标。"),
        "workload.cached_input_share" => text("缓存命中输入占比", "%", "输入 Token 中命中厂商提示词缓存的比例。"),
        "workload.cache_write_share" => text("缓存写入占比", "%", "输入 Token 中写入厂商提示词缓存的比例（即存下一段前缀，供后续请求复用）。对缓存写入单独计费的厂商（如 Anthropic，按输入价的 1.25 倍）按其写入价计费，其他厂商按输入价计费。"),
        "workload.batch_share" => text("批处理占比", "%", "可以排队等待批处理 API、享受其折扣的请求比例。"),
        "team.region" => text("人力市场", "", "人力成本按哪个地区计算。"),
        "team.ml_engineers" => text("现有机器学习工程师", "FTE", "已在职人员；若某条路线所需人数更多，则按差额招聘。"),
        "team.mlops_engineers" => text("现有 MLOps / SRE 工程师", "FTE", "已在职、负责运维 GPU 服务的人员。"),
        "team.data_scientists" => text("现有数据科学家", "FTE", "已在职、负责评测和微调的人员。"),
        "team.ml_engineer_loaded_usd_per_year" => text("机器学习工程师综合用人成本", "USD/年", "留空则采用内置目录中该人力市场的数值。"),
        "team.mlops_engineer_loaded_usd_per_year" => text("MLOps 工程师综合用人成本", "USD/年", "留空则采用内置目录中的数值。"),
        "team.data_scientist_loaded_usd_per_year" => text("数据科学家综合用人成本", "USD/年", "留空则采用内置目录中的数值。"),
        "requirements.accuracy_need" => text("准确性要求", "", "回答需要多接近最好的闭源模型。"),
        "requirements.data_residency" => text("数据驻留要求", "", "数据可以流向哪里；选择物理隔离将排除两条按 Token 计费的路线。"),
        "requirements.vendor_sla_needed" => text("必须有厂商 SLA", "", "需要由外部厂商对可用性和技术支持负责。"),
        "requirements.customisation" => text("定制化程度", "", "模型需要针对您的数据做多深的适配。"),
        "requirements.time_to_market_urgency" => text("上线紧迫度", "", "延迟一个月上线的影响有多大。"),
        "requirements.lock_in_aversion" => text("对厂商锁定的顾虑", "", "您对依赖单一厂商的担忧程度。"),
        "routes.horizon_months" => text("测算周期", "个月", "成本向后计算多长时间（1 至 120 个月）。"),
        "routes.closed_api.model" => text("闭源模型", "", "企业将调用的闭源 API。"),
        "routes.closed_api.input_price_per_million_override" => text("闭源模型输入价格", "每百万 Token", "以该模型自身的计价币种填写，按本工作负载的提示词长度计（即假设表中显示的价格）；缓存价和批处理价随之联动。留空则使用官方标价。"),
        "routes.closed_api.output_price_per_million_override" => text("闭源模型输出价格", "每百万 Token", "以该模型自身的计价币种填写，按本工作负载的提示词长度计；留空则使用官方标价。"),
        "routes.managed_open.offer" => text("托管开放权重模型服务", "", "由服务商托管、按 Token 计费的开放权重模型。"),
        "routes.self_hosted.model" => text("自部署开放权重模型", "", "在您自己的 GPU 上运行的开放权重模型。"),
        "routes.self_hosted.precision" => text("权重精度", "", "位数越少，所需 GPU 越少，但可能影响质量。"),
        "routes.self_hosted.kv_cache_precision" => text("KV 缓存精度", "", "每个 Token 保留的注意力缓存所用的精度；选“自动”时，若权重为 8 位或更低，则采用 FP8。"),
        "routes.self_hosted.gpu" => text("GPU", "", "组建集群所用的加速卡。"),
        "routes.self_hosted.deployment" => text("GPU 租用还是自购", "", "按小时租用，或直接购买：购买时在付款当期全额计入（现金口径），或在使用年限内折旧至残值（损益口径）。"),
        "routes.self_hosted.cloud" => text("GPU 云", "", "租用价格取自哪一类云服务商。"),
        "routes.self_hosted.rental_plan" => text("GPU 租用方式", "", "按峰值常开、按小时自动扩缩容，或预留基础容量、超出部分按需租用。自购 GPU 按峰值配置。"),
        "routes.self_hosted.reserved_term" => text("预留期限", "", "预留方案的承诺期：期限越长，每小时单价越低。"),
        "routes.self_hosted.reserved_discount_override" => text("预留折扣", "比例", "预留价低于按需价的幅度（0.35 即便宜 35%）；留空则采用内置目录中该期限的折扣。"),
        "routes.self_hosted.tensor_parallel" => text("每副本 GPU 数", "", "即张量并行规模；选“自动”时取能装下模型的最小值。"),
        "routes.self_hosted.gpu_hour_usd_override" => text("GPU 小时单价", "USD", "留空则采用内置目录中的租用价。"),
        "routes.self_hosted.gpu_purchase_usd_override" => text("GPU 购置价", "USD", "留空则采用内置目录中的购置价。"),
        _ => text("", "", ""),
    }
}

/// The label of one value in a field's fixed list of choices:
/// `("requirements.data_residency", "on_premises")` -> "数据不出本单位机房".
/// A value with no label of its own (a number of GPUs) is its own label.
pub fn choice_label(path: &str, value: &'static str) -> &'static str {
    let label = match path {
        "organisation.use_case" => match value {
            "academic_research" => "学术研究",
            "internal_tool" => "内部工具",
            "customer_facing" => "面向客户的产品",
            "mission_critical" => "关键业务系统",
            _ => "",
        },
        "currency.display" => match value {
            "USD" => "美元（USD）",
            "EUR" => "欧元（EUR）",
            "INR" => "印度卢比（INR）",
            "CNY" => "人民币（CNY）",
            _ => "",
        },
        "team.region" => match value {
            "us" => "美国",
            "india" => "印度",
            "china" => "中国",
            _ => "",
        },
        "requirements.accuracy_need"
        | "requirements.time_to_market_urgency"
        | "requirements.lock_in_aversion" => match value {
            "low" => "低",
            "medium" => "中",
            "high" => "高",
            _ => "",
        },
        "requirements.data_residency" => match value {
            "none" => "无限制",
            "in_country" => "数据不出境",
            "on_premises" => "数据不出本单位机房",
            "air_gapped" => "物理隔离：不连外网",
            _ => "",
        },
        "requirements.customisation" => match value {
            "prompt_only" => "仅提示词",
            "retrieval" => "检索增强（RAG）",
            "fine_tuning" => "微调",
            "deep" => "深度定制（继续预训练）",
            _ => "",
        },
        "routes.self_hosted.precision" | "routes.self_hosted.kv_cache_precision" => match value {
            "auto" => "自动（跟随权重）",
            "bf16" => "BF16（16 位）",
            "fp8" => "FP8（8 位浮点）",
            "int8" => "INT8（8 位整数）",
            "int4" => "INT4（4 位）",
            "fp4" => "FP4（4 位浮点：MXFP4、NVFP4）",
            _ => "",
        },
        "routes.self_hosted.rental_plan" => match value {
            "always_on" => "按峰值配置，全天常开",
            "autoscaled" => "按小时自动扩缩容",
            "reserved" => "预留基础容量，高峰按需扩容",
            _ => "",
        },
        "routes.self_hosted.reserved_term" => match value {
            "one_year" => "一年",
            "three_year" => "三年",
            _ => "",
        },
        "routes.self_hosted.deployment" => match value {
            "rented" => "按小时租用",
            "owned" => "购买自有",
            _ => "",
        },
        "routes.self_hosted.cloud" => match value {
            "hyperscaler" => "超大规模云厂商（AWS、GCP、Azure）",
            "neocloud" => "GPU 云（Lambda、RunPod 等）",
            _ => "",
        },
        "routes.self_hosted.tensor_parallel" if value == "0" => "自动",
        _ => "",
    };
    if label.is_empty() {
        value
    } else {
        label
    }
}
