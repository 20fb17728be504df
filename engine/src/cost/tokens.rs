//! Tokens: requests x tokens x price, with prompt-cache and batch discounts,
//! and the yearly price decline applied through the timeline.
//!
//! Per request (prices per 1M tokens):
//! input = input tokens / 1M x input price x (1 - cached share x (1 - cache-read fraction));
//! output = output tokens / 1M x output price;
//! cost = (input + output) x (1 - batch share x batch discount).
//! Cache-read fraction and batch discount come from the vendor's row (LiteLLM:
//! Anthropic cache reads 10 % of input, OpenAI Batch API 50 % off); where the
//! row has none, no discount is applied (the buzzi.ai calculator's
//! `(1 - cache_hit x 0.9)` and `(1 - batch x 0.5)` are the same shape).

use crate::guard::{fraction, non_negative};

/// A per-token price in US dollars, with the vendor's discounts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TokenPrice {
    /// US dollars per 1M input tokens.
    pub input_usd_per_million: f64,
    /// US dollars per 1M output tokens.
    pub output_usd_per_million: f64,
    /// Price of a cached input token as a fraction of the input price (None = no cache discount).
    pub cache_read_fraction: Option<f64>,
    /// Batch API discount (None = no batch discount).
    pub batch_discount: Option<f64>,
}

/// The shape of one request.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RequestShape {
    /// Input tokens per request.
    pub input_tokens: f64,
    /// Output tokens per request.
    pub output_tokens: f64,
    /// Share of input tokens read from the prompt cache.
    pub cached_input_share: f64,
    /// Share of requests sent through the batch API.
    pub batch_share: f64,
}

impl RequestShape {
    /// Input + output tokens.
    pub fn tokens(&self) -> f64 {
        non_negative(self.input_tokens) + non_negative(self.output_tokens)
    }
}

/// US dollars for one request at list price (before the yearly decline).
pub fn usd_per_request(price: &TokenPrice, shape: &RequestShape) -> f64 {
    let cache_saving = match price.cache_read_fraction {
        Some(read) => fraction(shape.cached_input_share) * (1.0 - fraction(read)),
        None => 0.0,
    };
    let input = non_negative(shape.input_tokens) / 1e6
        * non_negative(price.input_usd_per_million)
        * (1.0 - cache_saving);
    let output =
        non_negative(shape.output_tokens) / 1e6 * non_negative(price.output_usd_per_million);
    let batch_saving = match price.batch_discount {
        Some(discount) => fraction(shape.batch_share) * fraction(discount),
        None => 0.0,
    };
    (input + output) * (1.0 - batch_saving)
}

/// One month's token bill: requests x served share x cost per request x price factor.
#[inline]
pub fn monthly_usd(requests: f64, served: f64, usd_per_request: f64, price_factor: f64) -> f64 {
    non_negative(requests)
        * fraction(served)
        * non_negative(usd_per_request)
        * non_negative(price_factor)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cache_and_batch_discounts() {
        let price = TokenPrice {
            input_usd_per_million: 3.0,
            output_usd_per_million: 15.0,
            cache_read_fraction: Some(0.1),
            batch_discount: Some(0.5),
        };
        let shape = RequestShape {
            input_tokens: 1_000_000.0,
            output_tokens: 1_000_000.0,
            cached_input_share: 0.5,
            batch_share: 0.0,
        };
        // input: $3 x (1 - 0.5 x 0.9) = $1.65; output $15; total $16.65.
        assert!((usd_per_request(&price, &shape) - 16.65).abs() < 1e-12);
        let batched = RequestShape {
            batch_share: 1.0,
            ..shape
        };
        assert!((usd_per_request(&price, &batched) - 8.325).abs() < 1e-12);
    }
}
