//! Self-hosted sizing, as current servers (vLLM, SGLang, TensorRT-LLM) run a
//! model: memory per replica from the model's architecture, GPUs per replica
//! rounded to a tensor-parallel size, and each serving step's time from a
//! roofline with named efficiency knobs.
//!
//! Formulas (all documented in `docs/cost-model.md`, "Sizing"):
//! - weights = params x bytes per param (precision, block scales included).
//! - KV per token = 2 (K and V) x layers x **KV heads** x head_dim x bytes
//!   (grouped-query attention); latent attention (DeepSeek MLA) stores
//!   layers x (kv_lora_rank + rope_head_dim) x bytes; sliding-window layers
//!   hold at most `window` tokens of a sequence.
//! - Paged KV (vLLM's PagedAttention): the cache holds the sequences in
//!   flight at their **average** context (input + output / 2), plus a
//!   fragmentation allowance, not every sequence's full context.
//! - Continuous batching with chunked prefill: in steady state each step
//!   decodes one token for each of the B sequences in flight and prefills
//!   B x input / output prompt tokens (so prompts arrive as fast as answers
//!   finish); the step's time is
//!   max(bytes read / (bandwidth x memory efficiency), FLOPs / (tensor FLOPS
//!   x compute efficiency)) plus the tensor-parallel all-reduces over the
//!   GPU's interconnect plus a fixed step overhead. Every output token of a
//!   sequence waits one step, so the step time is the time per output token
//!   the latency target bounds.
//! - The batch B is the largest that fits in memory and meets the latency
//!   target: no constant cap.

use serde::Serialize;

use crate::catalog::{Catalog, Gpu, OpenModel};
use crate::guard::{divide, fraction, non_negative};
use crate::profile::{Precision, SizingAssumptions};

/// Tensor-parallel sizes tried, smallest first.
pub const TENSOR_PARALLEL_SIZES: [u32; 5] = [1, 2, 4, 8, 16];

/// Bytes in a GB (the catalog's GB are 10^9 bytes, as vendors quote them).
pub const BYTES_PER_GB: f64 = 1e9;

/// Bytes of one activation value moved by a tensor-parallel all-reduce (BF16).
const ACTIVATION_BYTES: f64 = 2.0;

/// The largest batch searched: a numerical bound far above any replica's
/// memory (a 1B model on 16 x 192 GB holds about 10^5 short sequences), not
/// a server setting.
const MAX_BATCH_SEARCHED: u32 = 1 << 20;

/// Weight memory, in GB: params (billions) x bytes per param.
///
/// Llama 3 70B at BF16: 70.55 x 2 = 141.1 GB (reference sheet §3).
pub fn weights_gb(model: &OpenModel, precision: Precision) -> f64 {
    non_negative(model.params_b) * precision.bytes()
}

/// Bytes of one cached key or value element. Four-bit KV caches keep one
/// scale per token and head (KIVI, LMDeploy), under 1 % of the cache, so they
/// count 0.5 byte.
pub fn kv_element_bytes(kv_precision: Precision) -> f64 {
    match kv_precision {
        Precision::Int4 | Precision::Fp4 => 0.5,
        other => other.bytes(),
    }
}

/// Layers that keep a KV cache: all but the linear-attention / state-space
/// layers (Mamba, Gated DeltaNet), whose per-sequence state does not grow
/// with the context.
fn kv_layers(model: &OpenModel) -> u32 {
    model.layers.saturating_sub(model.linear_attention_layers)
}

/// (global, windowed) KV layers: the sliding-window layers at most all the KV layers.
fn global_and_windowed_layers(model: &OpenModel) -> (f64, f64) {
    let kv_layers = kv_layers(model);
    let windowed = model.sliding_window_layers.min(kv_layers);
    (f64::from(kv_layers - windowed), f64::from(windowed))
}

/// KV-cache bytes one token occupies in every layer that keeps it.
///
/// Grouped-query attention: 2 x KV layers x KV heads x head_dim x bytes, with
/// the **KV heads**, never the attention heads (LLM-Viewer issue #12). Latent
/// attention: KV layers x (kv_lora_rank + rope_head_dim) x bytes (DeepSeek-V3:
/// 61 x 576 x 2 = 70,272 bytes). Linear-attention layers keep none.
pub fn kv_bytes_per_token(model: &OpenModel, kv_precision: Precision) -> f64 {
    let layers = f64::from(kv_layers(model));
    let bytes = kv_element_bytes(kv_precision);
    match &model.latent_attention {
        Some(latent) => {
            layers * f64::from(latent.kv_lora_rank.saturating_add(latent.rope_head_dim)) * bytes
        }
        None => 2.0 * layers * f64::from(model.kv_heads) * f64::from(model.head_dim) * bytes,
    }
}

/// Layer-tokens of KV one sequence of `context_tokens` keeps: the global
/// layers the whole context, the sliding-window layers at most their window.
pub fn attended_layer_tokens(model: &OpenModel, context_tokens: f64) -> f64 {
    let context = non_negative(context_tokens);
    let (global_layers, windowed_layers) = global_and_windowed_layers(model);
    global_layers * context + windowed_layers * capped(context, model.sliding_window_tokens)
}

/// `context`, at most `span` tokens where there is a span (a window, a top-k).
fn capped(context: f64, span: Option<u64>) -> f64 {
    span.map_or(context, |span| context.min(span as f64))
}

/// Layer-tokens of KV one decode step reads for a sequence of
/// `context_tokens`: as [`attended_layer_tokens`], but sparse attention
/// (DeepSeek DSA) reads at most its top-k selected tokens in the global layers.
pub fn read_layer_tokens(model: &OpenModel, context_tokens: f64) -> f64 {
    let context = non_negative(context_tokens);
    let (global_layers, windowed_layers) = global_and_windowed_layers(model);
    global_layers * capped(context, model.sparse_attention_top_k)
        + windowed_layers * capped(context, model.sliding_window_tokens)
}

/// Bytes of the fixed per-sequence state of the linear-attention layers
/// (Mamba-2 and Gated DeltaNet recurrent and convolution states, kept in the
/// precision the configuration names, FP32 for the rows that have one).
pub fn linear_state_bytes_per_sequence(model: &OpenModel) -> f64 {
    non_negative(model.linear_state_mb_per_sequence) * 1e6
}

/// KV bytes of one layer-token.
fn kv_bytes_per_layer_token(model: &OpenModel, kv_precision: Precision) -> f64 {
    divide(
        kv_bytes_per_token(model, kv_precision),
        f64::from(kv_layers(model)),
        0.0,
    )
}

/// KV-cache bytes for one sequence of `context_tokens`, capping sliding-window
/// layers at their window.
pub fn kv_bytes_per_sequence(
    model: &OpenModel,
    kv_precision: Precision,
    context_tokens: f64,
) -> f64 {
    kv_bytes_per_layer_token(model, kv_precision) * attended_layer_tokens(model, context_tokens)
}

/// KV-cache bytes one decode step reads for a sequence of `context_tokens`.
pub fn kv_bytes_read_per_sequence(
    model: &OpenModel,
    kv_precision: Precision,
    context_tokens: f64,
) -> f64 {
    kv_bytes_per_layer_token(model, kv_precision) * read_layer_tokens(model, context_tokens)
}

/// Attention FLOPs per attended layer-token: scores and the weighted sum,
/// 2 x 2 x heads x head_dim (Llama 3 70B: 4 x 64 x 128 = 32,768). Latent
/// attention in its absorbed form works in the latent width:
/// 2 x heads x (kv_lora_rank + rope_head_dim) for the scores plus
/// 2 x heads x kv_lora_rank for the sum (DeepSeek-V3: 2 x 128 x 1,088).
pub fn attention_flops_per_layer_token(model: &OpenModel) -> f64 {
    let heads = f64::from(model.attention_heads);
    match &model.latent_attention {
        Some(latent) => {
            let rank = f64::from(latent.kv_lora_rank);
            2.0 * heads * (2.0 * rank + f64::from(latent.rope_head_dim))
        }
        None => 4.0 * heads * f64::from(model.head_dim),
    }
}

/// Layer-tokens attended while prefilling a prompt of `input_tokens`
/// (causal: token t attends to t tokens): global layers I^2 / 2, windowed
/// layers W^2 / 2 + W x (I - W) once the prompt outgrows the window W; sparse
/// attention's top-k works as a window on the global layers.
fn prefill_attended_layer_tokens(model: &OpenModel, input_tokens: f64) -> f64 {
    let input = non_negative(input_tokens);
    let (global_layers, windowed_layers) = global_and_windowed_layers(model);
    let causal = |span: Option<u64>| match span {
        Some(span) if input > span as f64 => {
            let span = span as f64;
            span * span / 2.0 + span * (input - span)
        }
        _ => input * input / 2.0,
    };
    global_layers * causal(model.sparse_attention_top_k)
        + windowed_layers * causal(model.sliding_window_tokens)
}

/// Weight bytes read in one step that processes `tokens` tokens.
///
/// Dense models read every weight once per step. A mixture of experts keeps
/// every expert in memory but reads the shared weights plus the experts the
/// step's tokens touch: with E experts, k active and uniform routing, a
/// layer's expert is touched with probability 1 - (1 - k/E)^tokens. Shared
/// and per-expert sizes follow from total = shared + E x e and
/// active = shared + k x e.
pub fn weight_bytes_read_per_step(model: &OpenModel, precision: Precision, tokens: f64) -> f64 {
    let total = non_negative(model.params_b);
    let active = non_negative(model.active_params_b).min(total);
    let experts = f64::from(model.experts_total);
    let active_experts = f64::from(model.experts_active);
    let params_b = if experts > active_experts && active_experts > 0.0 && active < total {
        let per_expert = (total - active) / (experts - active_experts);
        let shared = (active - active_experts * per_expert).max(0.0);
        let touched = 1.0 - (1.0 - active_experts / experts).powf(tokens.max(1.0));
        shared + experts * per_expert * touched
    } else {
        total
    };
    params_b * 1e9 * precision.bytes()
}

/// Dense tensor TFLOPS used for this weight precision on this GPU: FP8 where
/// the weights are FP8 and the GPU has FP8 units, FP4 where the weights are
/// FP4 and the GPU has FP4 units (Blackwell); BF16 otherwise (INT8, INT4 and
/// FP4 on older GPUs are weight-only quantisation computing in BF16, as
/// vLLM's Marlin kernels do).
pub fn effective_tflops(gpu: &Gpu, precision: Precision) -> f64 {
    match (precision, gpu.fp8_tflops, gpu.fp4_tflops) {
        (Precision::Fp8, Some(fp8), _) => non_negative(fp8),
        (Precision::Fp4, _, Some(fp4)) => non_negative(fp4),
        _ => non_negative(gpu.bf16_tflops),
    }
}

/// The inputs of a sizing, apart from the catalog rows.
#[derive(Debug, Clone, PartialEq)]
pub struct SizingRequest {
    /// Precision of the weights.
    pub precision: Precision,
    /// Precision of the KV cache (already resolved from `auto`).
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

/// What stops a replica's batch from growing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BatchLimit {
    /// The KV cache of one more sequence would not fit in memory.
    Memory,
    /// One more sequence would make a step slower than the latency target.
    Latency,
    /// Even one sequence misses the latency target (the batch is 1).
    LatencyMissed,
}

/// Where a step's time goes, seconds.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct StepTime {
    /// Reading the weights the step touches (at the achieved bandwidth).
    pub weights_seconds: f64,
    /// Reading the KV cache of the sequences in flight.
    pub kv_seconds: f64,
    /// The step's FLOPs (weight matmuls and attention, prefill included).
    pub compute_seconds: f64,
    /// Tensor-parallel all-reduces.
    pub communication_seconds: f64,
    /// The fixed overhead per step.
    pub overhead_seconds: f64,
    /// The step: max(weights + KV, compute) + communication + overhead.
    pub total_seconds: f64,
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
    /// Precision of the KV cache.
    pub kv_precision: Precision,
    /// GPUs per replica (tensor-parallel size).
    pub gpus_per_replica: u32,
    /// Weights, GB.
    pub weights_gb: f64,
    /// KV bytes per token (all layers).
    pub kv_bytes_per_token: f64,
    /// KV per sequence at its average context in flight (input + output / 2), GB.
    pub kv_gb_per_sequence: f64,
    /// KV of one sequence at its full context (input + output), GB.
    pub kv_gb_per_full_sequence: f64,
    /// Paged KV memory per sequence in flight: its average context's KV plus
    /// the fragmentation allowance, GB.
    pub paged_kv_gb_per_sequence: f64,
    /// Runtime overhead for the replica, GB.
    pub overhead_gb: f64,
    /// Memory the server may use on the replica's GPUs, GB.
    pub usable_memory_gb: f64,
    /// Largest batch whose paged KV cache fits.
    pub max_batch_that_fits: u32,
    /// Batch the replica runs at: the largest that fits and meets the latency target.
    pub batch: u32,
    /// What limits the batch.
    pub batch_limit: BatchLimit,
    /// Whether even batch 1 misses the latency target.
    pub latency_target_missed: bool,
    /// Memory per replica at that batch (weights + KV + overhead), GB.
    pub memory_per_replica_gb: f64,
    /// Memory per GPU at that batch, GB.
    pub memory_per_gpu_gb: f64,
    /// Prompt tokens prefilled in each step at that batch (chunked prefill).
    pub prefill_tokens_per_step: f64,
    /// A step at that batch: the time between two output tokens of a sequence.
    pub step: StepTime,
    /// Seconds per step at `batch` (= `step.total_seconds`).
    pub decode_step_seconds: f64,
    /// Decode tokens/s of one sequence alone (batch 1, no other prompt in the step).
    pub decode_tokens_per_second_batch_1: f64,
    /// Output tokens/s of the replica at `batch`.
    pub decode_tokens_per_second: f64,
    /// Bandwidth-only upper bound on output tokens/s at `batch` (efficiency 1, no compute limit).
    pub decode_bandwidth_bound_tokens_per_second: f64,
    /// Seconds of compute to prefill one request's prompt (its share of the steps).
    pub prefill_seconds_per_request: f64,
    /// Requests per second the replica serves at full load.
    pub requests_per_second: f64,
    /// Output tokens per second the replica serves at full load.
    pub output_tokens_per_second: f64,
    /// Input tokens per second the replica prefills at full load.
    pub input_tokens_per_second: f64,
}

/// Why a model cannot be served as asked.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SizingError {
    /// What is wrong.
    pub problem: SizingProblem,
    /// What would fit instead (empty when nothing does, or nothing was looked for).
    pub suggestion: Vec<FitOption>,
}

/// What stops a model from being served as asked.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SizingProblem {
    /// One replica does not fit in the GPUs' memory (the figures of the
    /// largest tensor-parallel size tried).
    DoesNotFit(MemoryShortfall),
    /// No tensor-parallel size is allowed (the knob's maximum is below every size).
    NoTensorParallelSizeToTry,
}

/// The figures of a replica that does not fit in memory.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MemoryShortfall {
    /// The model's name.
    pub model: &'static str,
    /// Precision of the weights.
    pub precision: Precision,
    /// GPUs in the replica.
    pub gpus: u32,
    /// The GPU's name.
    pub gpu: &'static str,
    /// Memory needed, GB.
    pub needed_gb: f64,
    /// Weights, GB.
    pub weights_gb: f64,
    /// Tokens of the one sequence that must fit at its full context.
    pub context_tokens: f64,
    /// KV cache of that sequence, GB.
    pub kv_gb: f64,
    /// Runtime overhead, GB.
    pub overhead_gb: f64,
    /// Memory usable, GB.
    pub usable_gb: f64,
}

/// A way the model would fit: so many GPUs of a kind at a precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct FitOption {
    /// GPUs per replica.
    pub gpus: u32,
    /// The GPU's id.
    pub gpu: &'static str,
    /// Precision of the weights.
    pub precision: Precision,
}

/// The serving roofline of one replica: the constants of a step, from the
/// model, the GPU, the workload and the knobs.
struct Roofline<'a> {
    model: &'a OpenModel,
    precision: Precision,
    /// Achieved bytes/s across the replica's GPUs.
    bandwidth: f64,
    /// Achieved FLOP/s across the replica's GPUs, for the weight matmuls.
    flops: f64,
    /// Achieved FLOP/s for attention (at the KV cache's precision).
    attention_flops: f64,
    /// Active parameters, as a count.
    active_params: f64,
    /// Prompt tokens per output token (input / output; output at least 1).
    prefill_ratio: f64,
    /// KV bytes read per sequence in flight (its average context).
    kv_bytes_per_sequence: f64,
    /// Attention FLOPs per decoded token (at the average context).
    decode_attention_flops: f64,
    /// Attention FLOPs per prompt prefilled, per prompt token.
    prefill_attention_flops_per_token: f64,
    /// Tensor-parallel size.
    tensor_parallel: f64,
    /// All-reduces per step (two per layer: after attention and after the MLP).
    all_reduces: f64,
    /// Fixed seconds of one all-reduce.
    all_reduce_latency: f64,
    /// Seconds per activation byte of one all-reduce:
    /// ring all-reduce moves 2 x (TP - 1) / TP of the message per GPU.
    all_reduce_seconds_per_byte: f64,
    /// Bytes of activations per token in one all-reduce (hidden x 2).
    activation_bytes_per_token: f64,
    overhead_seconds: f64,
}

impl Roofline<'_> {
    /// A step with `batch` sequences decoding and, if `with_prefill`, the
    /// prompts chunked into it.
    fn step(&self, batch: f64, with_prefill: bool) -> StepTime {
        let prefill_tokens = if with_prefill {
            batch * self.prefill_ratio
        } else {
            0.0
        };
        let tokens = batch + prefill_tokens;
        let weights_seconds = divide(
            weight_bytes_read_per_step(self.model, self.precision, tokens),
            self.bandwidth,
            0.0,
        );
        let kv_seconds = divide(batch * self.kv_bytes_per_sequence, self.bandwidth, 0.0);
        let attention = batch * self.decode_attention_flops
            + prefill_tokens * self.prefill_attention_flops_per_token;
        let compute_seconds = divide(2.0 * self.active_params * tokens, self.flops, 0.0)
            + divide(attention, self.attention_flops, 0.0);
        let communication_seconds = if self.tensor_parallel > 1.0 {
            self.all_reduces
                * (self.all_reduce_latency
                    + tokens * self.activation_bytes_per_token * self.all_reduce_seconds_per_byte)
        } else {
            0.0
        };
        let total_seconds = (weights_seconds + kv_seconds).max(compute_seconds)
            + communication_seconds
            + self.overhead_seconds;
        StepTime {
            weights_seconds,
            kv_seconds,
            compute_seconds,
            communication_seconds,
            overhead_seconds: self.overhead_seconds,
            total_seconds,
        }
    }
}

/// Memory of a replica holding `sequences` in flight, GB: weights, paged KV
/// and overhead. The KV never exceeds the memory left for it: a lone sequence
/// is held at its full context (which must fit), and that can be less than its
/// average plus the fragmentation allowance when the output is short.
fn replica_memory_gb(
    weights_gb: f64,
    overhead_gb: f64,
    usable_gb: f64,
    paged_kv_gb_per_sequence: f64,
    sequences: f64,
) -> f64 {
    let free_for_kv = (usable_gb - weights_gb - overhead_gb).max(0.0);
    weights_gb + overhead_gb + (paged_kv_gb_per_sequence * non_negative(sequences)).min(free_for_kv)
}

impl ReplicaSizing {
    /// Memory of the replica holding `sequences` in flight (at most its
    /// batch), GB.
    pub fn memory_with_sequences_gb(&self, sequences: f64) -> f64 {
        replica_memory_gb(
            self.weights_gb,
            self.overhead_gb,
            self.usable_memory_gb,
            self.paged_kv_gb_per_sequence,
            sequences,
        )
    }
}

/// Sizes one replica for a tensor-parallel size, or gives the figures of why
/// it does not fit (put into words only if no size fits: most profiles try
/// sizes that are too small on the way to one that fits).
fn size_at(
    model: &OpenModel,
    gpu: &Gpu,
    request: &SizingRequest,
    knobs: &SizingAssumptions,
    tensor_parallel: u32,
) -> Result<ReplicaSizing, MemoryShortfall> {
    let tp = f64::from(tensor_parallel.max(1));
    let weights = weights_gb(model, request.precision);
    let input = non_negative(request.input_tokens);
    let output = non_negative(request.output_tokens);
    let full_context = input + output;
    let average_context = input + output / 2.0;
    let kv_token = kv_bytes_per_token(model, request.kv_precision);
    // A sequence's cache: its KV (paged, with the fragmentation allowance) and
    // the fixed state of its linear-attention layers (allocated whole).
    let state_gb = linear_state_bytes_per_sequence(model) / BYTES_PER_GB;
    let kv_full_gb = kv_bytes_per_sequence(model, request.kv_precision, full_context.max(1.0))
        / BYTES_PER_GB
        + state_gb;
    let kv_average_bytes =
        kv_bytes_per_sequence(model, request.kv_precision, average_context.max(1.0));
    let kv_sequence_gb = kv_average_bytes / BYTES_PER_GB;
    let paged_gb = kv_sequence_gb
        * (1.0 + crate::guard::clamp(knobs.kv_fragmentation_allowance, 0.0, 1.0))
        + state_gb;
    let overhead = non_negative(knobs.runtime_overhead_gb_per_gpu) * tp;
    let usable = non_negative(gpu.memory_gb) * tp * fraction(knobs.gpu_memory_utilisation);
    let free_for_kv = usable - weights - overhead;
    // One sequence must fit at its full context; the rest at their average.
    let fits = if free_for_kv < kv_full_gb || !free_for_kv.is_finite() {
        0.0
    } else if paged_gb > 0.0 {
        divide(free_for_kv, paged_gb, 0.0)
            .floor()
            .clamp(1.0, f64::from(MAX_BATCH_SEARCHED))
    } else {
        f64::from(MAX_BATCH_SEARCHED)
    };
    if fits < 1.0 {
        return Err(MemoryShortfall {
            model: model.name,
            precision: request.precision,
            gpus: tensor_parallel,
            gpu: gpu.name,
            needed_gb: weights + kv_full_gb + overhead,
            weights_gb: weights,
            context_tokens: full_context,
            kv_gb: kv_full_gb,
            overhead_gb: overhead,
            usable_gb: usable,
        });
    }
    let max_batch = fits as u32;

    let roofline = roofline(model, gpu, request, knobs, tensor_parallel);
    let step = |batch: u32| roofline.step(f64::from(batch), true);

    // The largest batch meeting the latency target (a step grows with the batch).
    let target_seconds = non_negative(request.latency_target_ms_per_output_token) / 1000.0;
    let (batch, batch_limit) =
        if target_seconds <= 0.0 || step(max_batch).total_seconds <= target_seconds {
            (max_batch, BatchLimit::Memory)
        } else if step(1).total_seconds > target_seconds {
            (1, BatchLimit::LatencyMissed)
        } else {
            let (mut low, mut high) = (1_u32, max_batch);
            while high - low > 1 {
                let middle = low + (high - low) / 2;
                if step(middle).total_seconds <= target_seconds {
                    low = middle;
                } else {
                    high = middle;
                }
            }
            (low, BatchLimit::Latency)
        };

    let batch_f = f64::from(batch);
    let at_batch = step(batch);
    let step_seconds = at_batch.total_seconds;
    let output_steps = output.max(1.0);
    // Every step finishes batch / output requests' worth of tokens.
    let requests_per_second = divide(batch_f, output_steps * step_seconds, 0.0);
    let decode_batch = requests_per_second * output;
    let alone = roofline.step(1.0, false).total_seconds;
    let unbounded = Roofline {
        bandwidth: non_negative(gpu.bandwidth_gb_per_s) * BYTES_PER_GB * tp,
        ..roofline
    };
    let unbounded_step = unbounded.step(batch_f, true);
    let bound = divide(
        batch_f,
        unbounded_step.weights_seconds + unbounded_step.kv_seconds,
        0.0,
    ) * divide(output, output_steps, 0.0);
    let prefill_tokens_per_step = batch_f * roofline.prefill_ratio;
    let memory_per_replica = replica_memory_gb(weights, overhead, usable, paged_gb, batch_f);
    Ok(ReplicaSizing {
        model: model.id.to_owned(),
        gpu: gpu.id.to_owned(),
        precision: request.precision,
        kv_precision: request.kv_precision,
        gpus_per_replica: tensor_parallel.max(1),
        weights_gb: weights,
        kv_bytes_per_token: kv_token,
        kv_gb_per_sequence: kv_sequence_gb,
        kv_gb_per_full_sequence: kv_full_gb,
        paged_kv_gb_per_sequence: paged_gb,
        overhead_gb: overhead,
        usable_memory_gb: usable,
        max_batch_that_fits: max_batch,
        batch,
        batch_limit,
        latency_target_missed: batch_limit == BatchLimit::LatencyMissed,
        memory_per_replica_gb: memory_per_replica,
        memory_per_gpu_gb: memory_per_replica / tp,
        prefill_tokens_per_step,
        step: at_batch,
        decode_step_seconds: step_seconds,
        decode_tokens_per_second_batch_1: divide(1.0, alone, 0.0),
        decode_tokens_per_second: decode_batch,
        decode_bandwidth_bound_tokens_per_second: bound,
        prefill_seconds_per_request: divide(
            2.0 * roofline.active_params * input,
            roofline.flops,
            0.0,
        ) + divide(
            input * roofline.prefill_attention_flops_per_token,
            roofline.attention_flops,
            0.0,
        ),
        requests_per_second,
        output_tokens_per_second: requests_per_second * output,
        input_tokens_per_second: requests_per_second * input,
    })
}

/// The time of one serving step with `batch` sequences in flight on a replica
/// of `tensor_parallel` GPUs (prompts chunked in as the request's shape
/// implies), whether or not that batch fits in memory: what a measured
/// inter-token latency at a known concurrency is compared with.
pub fn step_time(
    model: &OpenModel,
    gpu: &Gpu,
    request: &SizingRequest,
    knobs: &SizingAssumptions,
    tensor_parallel: u32,
    batch: f64,
) -> StepTime {
    roofline(model, gpu, request, knobs, tensor_parallel).step(non_negative(batch).max(1.0), true)
}

/// The step constants of a replica of `tensor_parallel` GPUs.
fn roofline<'a>(
    model: &'a OpenModel,
    gpu: &Gpu,
    request: &SizingRequest,
    knobs: &SizingAssumptions,
    tensor_parallel: u32,
) -> Roofline<'a> {
    let tp = f64::from(tensor_parallel.max(1));
    let input = non_negative(request.input_tokens);
    let output = non_negative(request.output_tokens);
    let average_context = input + output / 2.0;
    let link = &gpu.interconnect;
    let link_bytes_per_second = non_negative(link.bandwidth_gb_per_s) * BYTES_PER_GB;
    Roofline {
        model,
        precision: request.precision,
        bandwidth: non_negative(gpu.bandwidth_gb_per_s)
            * BYTES_PER_GB
            * tp
            * fraction(knobs.memory_bandwidth_efficiency),
        flops: effective_tflops(gpu, request.precision)
            * 1e12
            * tp
            * fraction(knobs.compute_efficiency),
        attention_flops: attention_tflops(gpu, request.kv_precision)
            * 1e12
            * tp
            * fraction(knobs.compute_efficiency),
        active_params: non_negative(model.active_params_b).min(non_negative(model.params_b)) * 1e9,
        prefill_ratio: divide(input, output.max(1.0), 0.0),
        // Each decode step reads the KV it attends to, and reads and writes
        // back the linear-attention state.
        kv_bytes_per_sequence: kv_bytes_read_per_sequence(
            model,
            request.kv_precision,
            average_context.max(1.0),
        ) + 2.0 * linear_state_bytes_per_sequence(model),
        decode_attention_flops: attention_flops_per_layer_token(model)
            * read_layer_tokens(model, average_context),
        prefill_attention_flops_per_token: divide(
            attention_flops_per_layer_token(model) * prefill_attended_layer_tokens(model, input),
            input,
            0.0,
        ),
        tensor_parallel: tp,
        all_reduces: 2.0 * f64::from(model.layers),
        all_reduce_latency: non_negative(link.all_reduce_latency_us) * 1e-6,
        all_reduce_seconds_per_byte: divide(2.0 * (tp - 1.0) / tp, link_bytes_per_second, 0.0),
        activation_bytes_per_token: f64::from(model.hidden_size) * ACTIVATION_BYTES,
        overhead_seconds: crate::guard::clamp(knobs.step_overhead_ms, 0.0, 1e4) / 1000.0,
    }
}

/// Dense tensor TFLOPS attention runs at: FP8 when the KV cache is FP8 and
/// the GPU has FP8 units (FlashAttention-3 and TensorRT-LLM's FP8 attention),
/// BF16 otherwise.
fn attention_tflops(gpu: &Gpu, kv_precision: Precision) -> f64 {
    match (kv_precision, gpu.fp8_tflops) {
        (Precision::Fp8, Some(fp8)) => non_negative(fp8),
        _ => non_negative(gpu.bf16_tflops),
    }
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
    let capacity = sizing.requests_per_second * fraction(knobs.target_utilisation);
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
            problem: SizingProblem::DoesNotFit(shortfall),
            suggestion: Vec::new(),
        }),
        (true, None) => Err(SizingError {
            problem: SizingProblem::NoTensorParallelSizeToTry,
            suggestion: Vec::new(),
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
    best.map(|(_, sizing)| sizing).ok_or(SizingError {
        problem: SizingProblem::NoTensorParallelSizeToTry,
        suggestion: Vec::new(),
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
) -> Vec<FitOption> {
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
            options.push(FitOption {
                gpus: sizing.gpus_per_replica,
                gpu: gpu.id,
                precision: request.precision,
            });
        }
    }
    for precision in [Precision::Fp8, Precision::Int4] {
        if precision.bytes() < request.precision.bytes() {
            let lower = SizingRequest {
                precision,
                ..any_size.clone()
            };
            if let Ok(sizing) = best_fit(model, gpu, &lower, &wide) {
                options.push(FitOption {
                    gpus: sizing.gpus_per_replica,
                    gpu: gpu.id,
                    precision,
                });
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
            options.push(FitOption {
                gpus: sizing.gpus_per_replica,
                gpu: other.id,
                precision: request.precision,
            });
            break;
        }
    }
    options
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
        // FP8: half of it.
        assert_eq!(kv_bytes_per_token(&llama_70b(), Precision::Fp8), 163_840.0);
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
        // Absorbed MLA: 2 x 128 heads x (2 x 512 + 64) = 278,528 FLOPs per layer-token.
        assert_eq!(attention_flops_per_layer_token(deepseek), 278_528.0);
    }

    #[test]
    fn linear_attention_layers_keep_no_kv_and_sparse_attention_reads_its_top_k() {
        let deepseek = Catalog::builtin().open_model("deepseek-v3").unwrap();
        // A hybrid: 45 of 60 layers linear, so 15 keep KV.
        let hybrid = OpenModel {
            params_b: 30.0,
            active_params_b: 30.0,
            experts_total: 0,
            experts_active: 0,
            layers: 60,
            linear_attention_layers: 45,
            latent_attention: None,
            kv_heads: 2,
            head_dim: 256,
            ..deepseek.clone()
        };
        assert_eq!(
            kv_bytes_per_token(&hybrid, Precision::Bf16),
            2.0 * 15.0 * 2.0 * 256.0 * 2.0
        );
        assert_eq!(attended_layer_tokens(&hybrid, 1000.0), 15.0 * 1000.0);
        // DSA: all 61 layers keep 10,000 tokens of latent, a step reads 2,048 of them.
        let sparse = OpenModel {
            sparse_attention_top_k: Some(2048),
            ..deepseek.clone()
        };
        assert_eq!(
            kv_bytes_per_sequence(&sparse, Precision::Bf16, 10_000.0),
            70_272.0 * 10_000.0
        );
        assert_eq!(
            kv_bytes_read_per_sequence(&sparse, Precision::Bf16, 10_000.0),
            70_272.0 * 2048.0
        );
        assert_eq!(read_layer_tokens(&sparse, 1000.0), 61.0 * 1000.0);
        // Prefill of 10,000 tokens: 2048^2 / 2 + 2048 x 7,952 per layer.
        assert_eq!(
            prefill_attended_layer_tokens(&sparse, 10_000.0),
            61.0 * (2048.0 * 2048.0 / 2.0 + 2048.0 * 7952.0)
        );
        // A hybrid's fixed state counts per sequence, in memory and in each step's reads.
        let gpu = Catalog::builtin().gpu("h200").unwrap();
        let with_state = |mb: f64| OpenModel {
            linear_state_mb_per_sequence: mb,
            ..hybrid.clone()
        };
        let request = SizingRequest {
            precision: Precision::Fp8,
            kv_precision: Precision::Fp8,
            tensor_parallel: 1,
            input_tokens: 1000.0,
            output_tokens: 200.0,
            latency_target_ms_per_output_token: 0.0,
            peak_requests_per_second: 0.0,
        };
        let knobs = SizingAssumptions::default();
        let without = size_replica(&with_state(0.0), gpu, &request, &knobs, Catalog::builtin());
        let with = size_replica(
            &with_state(100.0),
            gpu,
            &request,
            &knobs,
            Catalog::builtin(),
        );
        let (without, with) = (without.unwrap(), with.unwrap());
        assert!(
            (with.paged_kv_gb_per_sequence - without.paged_kv_gb_per_sequence - 0.1).abs() < 1e-9
        );
        assert!(with.max_batch_that_fits < without.max_batch_that_fits);
        // Every layer linear: no KV and no division by zero.
        let all_linear = OpenModel {
            linear_attention_layers: 61,
            ..deepseek.clone()
        };
        assert_eq!(
            kv_bytes_per_sequence(&all_linear, Precision::Bf16, 1000.0),
            0.0
        );
    }

    #[test]
    fn moe_reads_active_experts_at_one_token_and_nearly_all_at_many() {
        let mixtral = Catalog::builtin().open_model("mixtral-8x7b").unwrap();
        let one = weight_bytes_read_per_step(mixtral, Precision::Bf16, 1.0);
        assert!((one - 12.9e9 * 2.0).abs() < 1e6);
        let many = weight_bytes_read_per_step(mixtral, Precision::Bf16, 256.0);
        assert!((many - 46.7e9 * 2.0).abs() < 1e6);
    }

    #[test]
    fn prefill_attention_is_causal_and_windowed() {
        let llama = llama_70b();
        // 80 global layers x 1,000^2 / 2.
        assert_eq!(prefill_attended_layer_tokens(&llama, 1000.0), 40_000_000.0);
        let mistral = Catalog::builtin().open_model("mistral-7b").unwrap();
        // 32 windowed layers: 4,096^2 / 2 + 4,096 x (10,000 - 4,096).
        let expected = 32.0 * (4096.0 * 4096.0 / 2.0 + 4096.0 * 5904.0);
        assert_eq!(prefill_attended_layer_tokens(mistral, 10_000.0), expected);
    }

    #[test]
    fn four_bit_weights_carry_their_block_scales() {
        let llama = llama_70b();
        // INT4 with a 16-bit scale and zero per 128: 4.25 bits = 0.53125 byte.
        assert!((weights_gb(&llama, Precision::Int4) - 70.55 * 0.53125).abs() < 1e-9);
        // NVFP4, an FP8 scale per 16: 4.5 bits.
        assert!((weights_gb(&llama, Precision::Fp4) - 70.55 * 0.5625).abs() < 1e-9);
        assert_eq!(kv_element_bytes(Precision::Int4), 0.5);
    }
}
