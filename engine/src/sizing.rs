//! Self-hosted sizing: memory per replica from the model's architecture, GPUs
//! per replica rounded to a tensor-parallel size, and throughput from a
//! roofline with named efficiency knobs.
//!
//! Formulas (all documented in `docs/cost-model.md`):
//! - weights = params x bytes per param (precision).
//! - KV per token = 2 (K and V) x layers x **KV heads** x head_dim x bytes
//!   (grouped-query attention); latent attention (DeepSeek MLA) stores
//!   layers x (kv_lora_rank + rope_head_dim) x bytes; sliding-window layers
//!   hold at most `window` tokens of a sequence.
//! - decode step = max(bytes read / (bandwidth x memory efficiency),
//!   2 x active params x batch / (FLOPS x compute efficiency)) — the roofline
//!   of llm-analysis and LLM-Viewer (see `shared/reference/peers.md`) — plus,
//!   when a replica spans several GPUs, a fixed communication time per layer.
//! - prefill is compute-bound: 2 x active params x input tokens / (FLOPS x compute efficiency).

use serde::Serialize;

use crate::catalog::{Catalog, Gpu, OpenModel};
use crate::guard::{divide, non_negative};
use crate::profile::{Precision, SizingAssumptions};
use crate::text::en;

/// Tensor-parallel sizes tried, smallest first.
pub const TENSOR_PARALLEL_SIZES: [u32; 5] = [1, 2, 4, 8, 16];

/// Bytes in a GB (the catalog's GB are 10^9 bytes, as vendors quote them).
pub const BYTES_PER_GB: f64 = 1e9;

/// Weight memory, in GB: params (billions) x bytes per param.
///
/// Llama 3 70B at BF16: 70.55 x 2 = 141.1 GB (reference sheet §3).
pub fn weights_gb(model: &OpenModel, precision: Precision) -> f64 {
    non_negative(model.params_b) * precision.bytes()
}

/// KV-cache bytes one token occupies in every layer that keeps it.
///
/// Grouped-query attention: 2 x layers x KV heads x head_dim x bytes, with the
/// **KV heads**, never the attention heads (LLM-Viewer issue #12). Latent
/// attention: layers x (kv_lora_rank + rope_head_dim) x bytes (DeepSeek-V3:
/// 61 x 576 x 2 = 70,272 bytes).
pub fn kv_bytes_per_token(model: &OpenModel, kv_precision: Precision) -> f64 {
    let layers = f64::from(model.layers);
    let bytes = kv_precision.bytes();
    match &model.latent_attention {
        Some(latent) => {
            layers * f64::from(latent.kv_lora_rank.saturating_add(latent.rope_head_dim)) * bytes
        }
        None => 2.0 * layers * f64::from(model.kv_heads) * f64::from(model.head_dim) * bytes,
    }
}

/// KV-cache bytes for one sequence of `context_tokens`, capping sliding-window
/// layers at their window.
pub fn kv_bytes_per_sequence(
    model: &OpenModel,
    kv_precision: Precision,
    context_tokens: f64,
) -> f64 {
    let context = non_negative(context_tokens);
    let per_layer_token = divide(
        kv_bytes_per_token(model, kv_precision),
        f64::from(model.layers),
        0.0,
    );
    let windowed_layers = f64::from(model.sliding_window_layers.min(model.layers));
    let global_layers = f64::from(model.layers) - windowed_layers;
    let windowed_tokens = match model.sliding_window_tokens {
        Some(window) => context.min(window as f64),
        None => context,
    };
    per_layer_token * (global_layers * context + windowed_layers * windowed_tokens)
}

/// Weight bytes read in one decode step at `batch` sequences.
///
/// Dense models read every weight. A mixture of experts reads the shared
/// weights plus the experts the batch touches: with E experts, k active and
/// uniform routing, a layer's expert is touched with probability
/// 1 - (1 - k/E)^batch. Shared and per-expert sizes follow from
/// total = shared + E x e and active = shared + k x e.
pub fn weight_bytes_read_per_step(model: &OpenModel, precision: Precision, batch: f64) -> f64 {
    let total = non_negative(model.params_b);
    let active = non_negative(model.active_params_b).min(total);
    let experts = f64::from(model.experts_total);
    let active_experts = f64::from(model.experts_active);
    let params_b = if experts > active_experts && active_experts > 0.0 && active < total {
        let per_expert = (total - active) / (experts - active_experts);
        let shared = (active - active_experts * per_expert).max(0.0);
        let touched = 1.0 - (1.0 - active_experts / experts).powf(batch.max(1.0));
        shared + experts * per_expert * touched
    } else {
        total
    };
    params_b * 1e9 * precision.bytes()
}

/// The inputs of a sizing, apart from the catalog rows.
#[derive(Debug, Clone, PartialEq)]
pub struct SizingRequest {
    /// Precision of the weights.
    pub precision: Precision,
    /// Precision of the KV cache.
    pub kv_precision: Precision,
    /// GPUs per replica; 0 = choose the best of 1, 2, 4, 8, 16 up to the knob.
    pub tensor_parallel: u32,
    /// Input tokens per request.
    pub input_tokens: f64,
    /// Output tokens per request.
    pub output_tokens: f64,
    /// Longest acceptable time per output token, milliseconds (0 = no limit).
    pub latency_target_ms_per_output_token: f64,
    /// Peak load the fleet must carry, requests per second (0 = unknown: the
    /// automatic tensor-parallel size is then the smallest that fits).
    pub peak_requests_per_second: f64,
}

/// One replica of the model, sized.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReplicaSizing {
    /// Model id.
    pub model: String,
    /// GPU id.
    pub gpu: String,
    /// Precision of the weights.
    pub precision: Precision,
    /// GPUs per replica (tensor-parallel size).
    pub gpus_per_replica: u32,
    /// Weights, GB.
    pub weights_gb: f64,
    /// KV bytes per token (all layers).
    pub kv_bytes_per_token: f64,
    /// KV per sequence at the workload's context (input + output), GB.
    pub kv_gb_per_sequence: f64,
    /// Runtime overhead for the replica, GB.
    pub overhead_gb: f64,
    /// Memory the server may use on the replica's GPUs, GB.
    pub usable_memory_gb: f64,
    /// Largest batch whose KV cache fits (capped at the max-batch knob).
    pub max_batch_that_fits: u32,
    /// Batch the replica runs at: the largest that fits and meets the latency target.
    pub batch: u32,
    /// Whether even batch 1 misses the latency target.
    pub latency_target_missed: bool,
    /// Memory per replica at that batch (weights + KV + overhead), GB.
    pub memory_per_replica_gb: f64,
    /// Memory per GPU at that batch, GB.
    pub memory_per_gpu_gb: f64,
    /// Seconds per decode step at `batch` (the time between two output tokens of a sequence).
    pub decode_step_seconds: f64,
    /// Decode tokens/s of one sequence alone (batch 1).
    pub decode_tokens_per_second_batch_1: f64,
    /// Decode tokens/s of the replica at `batch`.
    pub decode_tokens_per_second: f64,
    /// Bandwidth-only upper bound on decode tokens/s at `batch` (efficiency 1, no compute limit).
    pub decode_bandwidth_bound_tokens_per_second: f64,
    /// Seconds of compute to prefill one request's input.
    pub prefill_seconds_per_request: f64,
    /// Requests per second the replica serves at full load.
    pub requests_per_second: f64,
    /// Output tokens per second the replica serves at full load (prefill included).
    pub output_tokens_per_second: f64,
}

/// Why a model cannot be served as asked.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SizingError {
    /// One-line explanation.
    pub message: String,
    /// What would fit instead, if anything does.
    pub suggestion: Option<String>,
}

impl std::fmt::Display for SizingError {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.suggestion {
            Some(suggestion) => {
                formatter.write_str(&en::with_suggestion(&self.message, suggestion))
            }
            None => formatter.write_str(&self.message),
        }
    }
}

/// Dense tensor TFLOPS used for this precision on this GPU: FP8 where both the
/// weights are FP8 and the GPU has FP8 units; BF16 otherwise (INT8/INT4 are
/// treated as weight-only quantisation computing in BF16).
pub fn effective_tflops(gpu: &Gpu, precision: Precision) -> f64 {
    match (precision, gpu.fp8_tflops) {
        (Precision::Fp8, Some(fp8)) => non_negative(fp8),
        _ => non_negative(gpu.bf16_tflops),
    }
}

struct Roofline {
    bandwidth_bytes_per_s: f64,
    flops: f64,
    memory_efficiency: f64,
    compute_efficiency: f64,
    active_params: f64,
    /// Fixed time per step for tensor-parallel communication, seconds.
    sync_seconds: f64,
}

impl Roofline {
    fn step_seconds(&self, weight_bytes: f64, kv_bytes: f64, batch: f64) -> f64 {
        self.sync_seconds + self.roofline_seconds(weight_bytes, kv_bytes, batch)
    }

    fn roofline_seconds(&self, weight_bytes: f64, kv_bytes: f64, batch: f64) -> f64 {
        let memory = divide(
            weight_bytes + kv_bytes,
            self.bandwidth_bytes_per_s * self.memory_efficiency,
            0.0,
        );
        let compute = divide(
            2.0 * self.active_params * batch,
            self.flops * self.compute_efficiency,
            0.0,
        );
        memory.max(compute)
    }
}

/// Sizes one replica for a tensor-parallel size, or gives the figures of why
/// it does not fit (put into words only if no size fits: most profiles try
/// sizes that are too small on the way to one that fits).
fn size_at<'a>(
    model: &'a OpenModel,
    gpu: &'a Gpu,
    request: &SizingRequest,
    knobs: &SizingAssumptions,
    tensor_parallel: u32,
) -> Result<ReplicaSizing, en::MemoryShortfall<'a>> {
    let tp = f64::from(tensor_parallel.max(1));
    let weights = weights_gb(model, request.precision);
    let context = non_negative(request.input_tokens) + non_negative(request.output_tokens);
    let kv_token = kv_bytes_per_token(model, request.kv_precision);
    let kv_sequence_gb =
        kv_bytes_per_sequence(model, request.kv_precision, context.max(1.0)) / BYTES_PER_GB;
    let overhead = non_negative(knobs.runtime_overhead_gb_per_gpu) * tp;
    let usable =
        non_negative(gpu.memory_gb) * tp * crate::guard::fraction(knobs.gpu_memory_utilisation);
    let free_for_kv = usable - weights - overhead;
    let max_batch_knob = knobs.max_batch_size.max(1);
    let fits = if kv_sequence_gb > 0.0 {
        divide(free_for_kv, kv_sequence_gb, 0.0).floor()
    } else if free_for_kv >= 0.0 {
        f64::from(max_batch_knob)
    } else {
        0.0
    };
    if fits < 1.0 {
        return Err(en::MemoryShortfall {
            model: model.name,
            precision_key: request.precision.key(),
            gpus: tensor_parallel,
            gpu: gpu.name,
            needed_gb: weights + kv_sequence_gb + overhead,
            weights_gb: weights,
            context_tokens: context,
            kv_gb: kv_sequence_gb,
            overhead_gb: overhead,
            usable_gb: usable,
        });
    }
    let max_batch = fits.min(f64::from(max_batch_knob)) as u32;

    let roofline = Roofline {
        bandwidth_bytes_per_s: non_negative(gpu.bandwidth_gb_per_s) * BYTES_PER_GB * tp,
        flops: effective_tflops(gpu, request.precision) * 1e12 * tp,
        memory_efficiency: crate::guard::fraction(knobs.memory_bandwidth_efficiency),
        compute_efficiency: crate::guard::fraction(knobs.compute_efficiency),
        active_params: non_negative(model.active_params_b).min(non_negative(model.params_b)) * 1e9,
        sync_seconds: if tensor_parallel > 1 {
            f64::from(model.layers)
                * crate::guard::clamp(knobs.tensor_parallel_latency_us_per_layer, 0.0, 1e6)
                * 1e-6
        } else {
            0.0
        },
    };
    // KV read per step: each sequence is on average halfway through its output.
    let average_context =
        non_negative(request.input_tokens) + non_negative(request.output_tokens) / 2.0;
    let kv_average_bytes = kv_bytes_per_sequence(model, request.kv_precision, average_context);
    let step = |batch: u32| {
        let b = f64::from(batch);
        roofline.step_seconds(
            weight_bytes_read_per_step(model, request.precision, b),
            kv_average_bytes * b,
            b,
        )
    };

    // Largest batch meeting the latency target (step time grows with the batch).
    let target_seconds = non_negative(request.latency_target_ms_per_output_token) / 1000.0;
    let mut batch = max_batch;
    let mut latency_missed = false;
    if target_seconds > 0.0 && step(max_batch) > target_seconds {
        if step(1) > target_seconds {
            batch = 1;
            latency_missed = true;
        } else {
            let (mut low, mut high) = (1_u32, max_batch);
            while high - low > 1 {
                let middle = low + (high - low) / 2;
                if step(middle) <= target_seconds {
                    low = middle;
                } else {
                    high = middle;
                }
            }
            batch = low;
        }
    }

    let batch_f = f64::from(batch);
    let step_batch = step(batch);
    let decode_batch = divide(batch_f, step_batch, 0.0);
    let decode_one = divide(1.0, step(1), 0.0);
    let bound = divide(
        batch_f * roofline.bandwidth_bytes_per_s,
        weight_bytes_read_per_step(model, request.precision, batch_f) + kv_average_bytes * batch_f,
        0.0,
    );
    let prefill = divide(
        2.0 * roofline.active_params * non_negative(request.input_tokens),
        roofline.flops * roofline.compute_efficiency,
        0.0,
    );
    let output = non_negative(request.output_tokens);
    let seconds_per_request = prefill + output * divide(step_batch, batch_f, 0.0);
    let requests_per_second = divide(1.0, seconds_per_request, 0.0);
    let memory_per_replica = weights + overhead + kv_sequence_gb * batch_f;
    Ok(ReplicaSizing {
        model: model.id.to_owned(),
        gpu: gpu.id.to_owned(),
        precision: request.precision,
        gpus_per_replica: tensor_parallel.max(1),
        weights_gb: weights,
        kv_bytes_per_token: kv_token,
        kv_gb_per_sequence: kv_sequence_gb,
        overhead_gb: overhead,
        usable_memory_gb: usable,
        max_batch_that_fits: max_batch,
        batch,
        latency_target_missed: latency_missed,
        memory_per_replica_gb: memory_per_replica,
        memory_per_gpu_gb: memory_per_replica / tp,
        decode_step_seconds: step_batch,
        decode_tokens_per_second_batch_1: decode_one,
        decode_tokens_per_second: decode_batch,
        decode_bandwidth_bound_tokens_per_second: bound,
        prefill_seconds_per_request: prefill,
        requests_per_second,
        output_tokens_per_second: requests_per_second * output,
    })
}

/// Sizes a replica. With `tensor_parallel` 0 it tries 1, 2, 4, 8 (and 16 if
/// the knob allows) and keeps the size whose fleet needs the fewest GPUs at the
/// request's peak load (the smallest replica on a tie). When nothing fits, the error says what would:
/// a lower precision on the same GPU, or a bigger GPU from `catalog`.
pub fn size_replica(
    model: &OpenModel,
    gpu: &Gpu,
    request: &SizingRequest,
    knobs: &SizingAssumptions,
    catalog: &Catalog,
) -> Result<ReplicaSizing, SizingError> {
    match best_fit(model, gpu, request, knobs) {
        Ok(sizing) => Ok(sizing),
        Err(mut error) => {
            error.suggestion = suggest(model, gpu, request, knobs, catalog);
            Err(error)
        }
    }
}

fn allowed_sizes(request: &SizingRequest, knobs: &SizingAssumptions) -> Vec<u32> {
    if request.tensor_parallel > 0 {
        vec![request.tensor_parallel]
    } else {
        let max = knobs.max_tensor_parallel.max(1);
        TENSOR_PARALLEL_SIZES
            .iter()
            .copied()
            .filter(|size| *size <= max)
            .collect()
    }
}

/// GPUs a fleet of this replica needs for the request's peak load:
/// tp x (ceil(peak / (capacity x target utilisation)) + redundancy).
pub fn fleet_gpus(
    sizing: &ReplicaSizing,
    peak_requests_per_second: f64,
    knobs: &SizingAssumptions,
) -> f64 {
    let capacity = sizing.requests_per_second * crate::guard::fraction(knobs.target_utilisation);
    let for_load = if peak_requests_per_second > 0.0 {
        divide(peak_requests_per_second, capacity, 1e12)
            .ceil()
            .max(1.0)
    } else {
        1.0
    };
    f64::from(sizing.gpus_per_replica) * (for_load + f64::from(knobs.redundancy_replicas))
}

/// Every tensor-parallel size that fits (just the requested one when
/// `tensor_parallel` is not 0), or why none does.
pub fn candidates(
    model: &OpenModel,
    gpu: &Gpu,
    request: &SizingRequest,
    knobs: &SizingAssumptions,
) -> Result<Vec<ReplicaSizing>, SizingError> {
    let mut fitting = Vec::new();
    let mut last_error = None;
    for size in allowed_sizes(request, knobs) {
        match size_at(model, gpu, request, knobs, size) {
            Ok(sizing) => fitting.push(sizing),
            Err(error) => last_error = Some(error),
        }
    }
    match (fitting.is_empty(), last_error) {
        (false, _) => Ok(fitting),
        (true, Some(shortfall)) => Err(SizingError {
            message: en::does_not_fit(&shortfall),
            suggestion: None,
        }),
        (true, None) => Err(SizingError {
            message: en::NO_TENSOR_PARALLEL_SIZE_TO_TRY.to_owned(),
            suggestion: None,
        }),
    }
}

fn best_fit(
    model: &OpenModel,
    gpu: &Gpu,
    request: &SizingRequest,
    knobs: &SizingAssumptions,
) -> Result<ReplicaSizing, SizingError> {
    let peak = non_negative(request.peak_requests_per_second);
    let mut best: Option<(f64, ReplicaSizing)> = None;
    for sizing in candidates(model, gpu, request, knobs)? {
        // Sizes meeting the latency target first; then the fewest GPUs for
        // the peak load; the smaller replica on a tie.
        let gpus = fleet_gpus(&sizing, peak, knobs);
        let better = match &best {
            None => true,
            Some((current, current_sizing)) => {
                (sizing.latency_target_missed, gpus)
                    < (current_sizing.latency_target_missed, *current)
            }
        };
        if better {
            best = Some((gpus, sizing));
        }
    }
    best.map(|(_, sizing)| sizing).ok_or_else(|| SizingError {
        message: en::NO_TENSOR_PARALLEL_SIZE_TO_TRY.to_owned(),
        suggestion: None,
    })
}

/// What would fit when `request` does not: the same GPU with any
/// tensor-parallel size, a lower precision, or the next bigger GPU.
pub fn suggest(
    model: &OpenModel,
    gpu: &Gpu,
    request: &SizingRequest,
    knobs: &SizingAssumptions,
    catalog: &Catalog,
) -> Option<String> {
    let any_size = SizingRequest {
        tensor_parallel: 0,
        ..request.clone()
    };
    let wide = SizingAssumptions {
        max_tensor_parallel: knobs.max_tensor_parallel.max(8),
        ..knobs.clone()
    };
    let mut options = Vec::new();
    if request.tensor_parallel > 0 {
        if let Ok(sizing) = best_fit(model, gpu, &any_size, &wide) {
            options.push(en::fit_option(
                sizing.gpus_per_replica,
                gpu.id,
                request.precision.key(),
            ));
        }
    }
    for precision in [Precision::Fp8, Precision::Int4] {
        if precision.bytes() < request.precision.bytes() {
            let lower = SizingRequest {
                precision,
                ..any_size.clone()
            };
            if let Ok(sizing) = best_fit(model, gpu, &lower, &wide) {
                options.push(en::fit_option(
                    sizing.gpus_per_replica,
                    gpu.id,
                    precision.key(),
                ));
                break;
            }
        }
    }
    let mut bigger: Vec<&Gpu> = catalog
        .gpus
        .iter()
        .filter(|other| other.memory_gb > gpu.memory_gb)
        .collect();
    bigger.sort_by(|a, b| a.memory_gb.total_cmp(&b.memory_gb));
    for other in bigger {
        if let Ok(sizing) = best_fit(model, other, &any_size, &wide) {
            options.push(en::fit_option(
                sizing.gpus_per_replica,
                other.id,
                request.precision.key(),
            ));
            break;
        }
    }
    if options.is_empty() {
        None
    } else {
        Some(en::fit_options(&options))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn llama_70b() -> OpenModel {
        Catalog::builtin()
            .open_model("llama-3-70b")
            .unwrap()
            .clone()
    }

    #[test]
    fn kv_uses_kv_heads() {
        // 2 x 80 layers x 8 KV heads x 128 x 2 bytes = 327,680 (not 64 attention heads: 2,621,440).
        assert_eq!(kv_bytes_per_token(&llama_70b(), Precision::Bf16), 327_680.0);
    }

    #[test]
    fn sliding_window_caps_kv() {
        let mistral = Catalog::builtin().open_model("mistral-7b").unwrap();
        let per_token = kv_bytes_per_token(mistral, Precision::Bf16);
        assert_eq!(per_token, 131_072.0);
        // 10,000 tokens, but every layer keeps only 4,096.
        assert_eq!(
            kv_bytes_per_sequence(mistral, Precision::Bf16, 10_000.0),
            per_token * 4096.0
        );
        // Gemma 2 9B: half the layers global, half windowed.
        let gemma = Catalog::builtin().open_model("gemma-2-9b").unwrap();
        let per_layer = kv_bytes_per_token(gemma, Precision::Bf16) / 42.0;
        assert_eq!(
            kv_bytes_per_sequence(gemma, Precision::Bf16, 8192.0),
            per_layer * (21.0 * 8192.0 + 21.0 * 4096.0)
        );
    }

    #[test]
    fn latent_attention() {
        let deepseek = Catalog::builtin().open_model("deepseek-v3").unwrap();
        assert_eq!(kv_bytes_per_token(deepseek, Precision::Bf16), 70_272.0);
    }

    #[test]
    fn moe_reads_active_experts_at_batch_one_and_nearly_all_at_large_batch() {
        let mixtral = Catalog::builtin().open_model("mixtral-8x7b").unwrap();
        let one = weight_bytes_read_per_step(mixtral, Precision::Bf16, 1.0);
        assert!((one - 12.9e9 * 2.0).abs() < 1e6);
        let many = weight_bytes_read_per_step(mixtral, Precision::Bf16, 256.0);
        assert!((many - 46.7e9 * 2.0).abs() < 1e6);
    }
}
