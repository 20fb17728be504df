//! Tokens: requests x tokens x price, with prompt-cache and batch prices, and
//! the yearly price decline applied through the timeline.
//!
//! Per request, with the rates the request's prompt size selects (prices per
//! 1M tokens; genai-prices' `ModelPrice.calc_price`, package 0.2.3):
//! input  = input tokens x (uncached share x input + read share x cache read
//!          + write share x cache write) / 1M, where a rate the vendor does not
//!          have is the input rate (no discount, no surcharge);
//! output = output tokens / 1M x output;
//! cost   = (1 - batch share) x standard + batch share x batch (standard where
//!          the vendor has no batch API).

use crate::catalog::{TieredRate, TokenRates};
use crate::guard::{clamp, fraction, non_negative};
use crate::profile::{ClosedApiRoute, ManagedOpenRoute, Workload};

/// The prompt size requests are priced at: the workload's input tokens per
/// request, clamped (the evaluation and the flip sentences read the same tier).
pub fn prompt_tokens(workload: &Workload) -> f64 {
    clamp(workload.input_tokens_per_request, 0.0, 1e7)
}

/// Prices per 1M tokens in US dollars, at one prompt size (tiers resolved).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rates {
    /// Uncached input tokens.
    pub input_usd_per_million: f64,
    /// Output tokens.
    pub output_usd_per_million: f64,
    /// Input tokens read from the prompt cache (None = the input price).
    pub cache_read_usd_per_million: Option<f64>,
    /// Input tokens written to the prompt cache (None = the input price).
    pub cache_write_usd_per_million: Option<f64>,
}

impl Rates {
    /// Flat input and output prices with no cache prices.
    pub fn flat(input_usd_per_million: f64, output_usd_per_million: f64) -> Rates {
        Rates {
            input_usd_per_million,
            output_usd_per_million,
            cache_read_usd_per_million: None,
            cache_write_usd_per_million: None,
        }
    }

    /// US dollars for one request of `shape` at these rates.
    fn usd(&self, shape: &RequestShape) -> f64 {
        let input_tokens = non_negative(shape.input_tokens);
        let read = fraction(shape.cached_input_share);
        let write = fraction(shape.cache_write_share).min(1.0 - read);
        let input_rate = non_negative(self.input_usd_per_million);
        let read_rate = self
            .cache_read_usd_per_million
            .map_or(input_rate, non_negative);
        let write_rate = self
            .cache_write_usd_per_million
            .map_or(input_rate, non_negative);
        let input = input_tokens
            * ((1.0 - read - write) * input_rate + read * read_rate + write * write_rate);
        let output = non_negative(shape.output_tokens) * non_negative(self.output_usd_per_million);
        (input + output) / 1e6
    }
}

/// What a route pays per token: standard rates and, where the vendor has a
/// batch API, batch rates.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TokenPrice {
    /// Rates of a standard (interactive) request.
    pub standard: Rates,
    /// Rates of a request sent through the batch API (None = no batch API).
    pub batch: Option<Rates>,
}

/// The shape of one request.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RequestShape {
    /// Input tokens per request (the whole prompt, cached tokens included).
    pub input_tokens: f64,
    /// Output tokens per request.
    pub output_tokens: f64,
    /// Share of input tokens read from the prompt cache.
    pub cached_input_share: f64,
    /// Share of input tokens written to the prompt cache.
    pub cache_write_share: f64,
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
    let standard = price.standard.usd(shape);
    match &price.batch {
        Some(batch) => {
            let share = fraction(shape.batch_share);
            (1.0 - share) * standard + share * batch.usd(shape)
        }
        None => standard,
    }
}

/// A profile's own prices for a per-token route, per 1M tokens in the row's
/// currency: the input and output prices a request of the workload's prompt
/// size pays (the ones the assumptions quote, tier included).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct PriceOverride {
    /// The input price to use instead of the row's, at the workload's prompt size.
    pub input_per_million: Option<f64>,
    /// The output price to use instead of the row's, at the workload's prompt size.
    pub output_per_million: Option<f64>,
}

impl PriceOverride {
    /// The closed route's own prices.
    pub fn closed(route: &ClosedApiRoute) -> PriceOverride {
        PriceOverride {
            input_per_million: route.input_price_per_million_override,
            output_per_million: route.output_price_per_million_override,
        }
    }

    /// The managed route's own prices.
    pub fn managed(route: &ManagedOpenRoute) -> PriceOverride {
        PriceOverride {
            input_per_million: route.input_price_per_million_override,
            output_per_million: route.output_price_per_million_override,
        }
    }

    /// True where the profile sets either price.
    pub fn any(&self) -> bool {
        self.input_per_million.is_some() || self.output_per_million.is_some()
    }
}

/// One rate at a prompt size, where the profile may replace `reference` (the
/// row's standard input or output rate at that size) with its own price: the
/// reference becomes the price typed, and the rates tied to it (cache reads
/// and writes for input, the batch rates) keep their ratio to it. A reference
/// of zero (a free row) cannot carry a ratio: there the price typed is the rate.
fn rate_at(rate: &TieredRate, prompt_tokens: f64, reference: f64, replacement: Option<f64>) -> f64 {
    let listed = rate.at(prompt_tokens);
    match replacement {
        None => listed,
        Some(price) if reference > 0.0 && reference.is_finite() => {
            listed * (clamp(price, 0.0, 1e9) / reference)
        }
        Some(price) => clamp(price, 0.0, 1e9),
    }
}

/// The row's (input, output) prices per 1M tokens, in its currency, that a
/// request with `prompt_tokens` input tokens pays, overrides applied.
pub fn listed_pair(
    prices: &TokenRates,
    prompt_tokens: f64,
    overrides: PriceOverride,
) -> (f64, f64) {
    (
        rate_at(
            &prices.input,
            prompt_tokens,
            prices.input.at(prompt_tokens),
            overrides.input_per_million,
        ),
        rate_at(
            &prices.output,
            prompt_tokens,
            prices.output.at(prompt_tokens),
            overrides.output_per_million,
        ),
    )
}

/// What a request with `prompt_tokens` input tokens pays on a row with
/// `prices` (and `batch`), overrides applied, converted to US dollars by
/// `to_usd` (the row's currency to dollars).
pub fn token_price(
    prices: &TokenRates,
    batch: Option<&TokenRates>,
    prompt_tokens: f64,
    overrides: PriceOverride,
    to_usd: impl Fn(f64) -> f64,
) -> TokenPrice {
    let input_base = prices.input.at(prompt_tokens);
    let output_base = prices.output.at(prompt_tokens);
    let resolve = |rates: &TokenRates| {
        let input = |rate: &TieredRate| {
            to_usd(rate_at(
                rate,
                prompt_tokens,
                input_base,
                overrides.input_per_million,
            ))
        };
        Rates {
            input_usd_per_million: input(&rates.input),
            output_usd_per_million: to_usd(rate_at(
                &rates.output,
                prompt_tokens,
                output_base,
                overrides.output_per_million,
            )),
            cache_read_usd_per_million: rates.cache_read.as_ref().map(input),
            cache_write_usd_per_million: rates.cache_write.as_ref().map(input),
        }
    };
    TokenPrice {
        standard: resolve(prices),
        batch: batch.map(resolve),
    }
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

    fn sonnet_like() -> TokenPrice {
        TokenPrice {
            standard: Rates {
                input_usd_per_million: 3.0,
                output_usd_per_million: 15.0,
                cache_read_usd_per_million: Some(0.3),
                cache_write_usd_per_million: Some(3.75),
            },
            batch: Some(Rates {
                input_usd_per_million: 1.5,
                output_usd_per_million: 7.5,
                cache_read_usd_per_million: Some(0.15),
                cache_write_usd_per_million: Some(1.875),
            }),
        }
    }

    #[test]
    fn cache_reads_writes_and_batch() {
        let shape = RequestShape {
            input_tokens: 1_000_000.0,
            output_tokens: 1_000_000.0,
            cached_input_share: 0.5,
            cache_write_share: 0.1,
            batch_share: 0.0,
        };
        // input: 0.4 x $3 + 0.5 x $0.30 + 0.1 x $3.75 = $1.725; output $15.
        assert!((usd_per_request(&sonnet_like(), &shape) - 16.725).abs() < 1e-12);
        let batched = RequestShape {
            batch_share: 1.0,
            ..shape
        };
        assert!((usd_per_request(&sonnet_like(), &batched) - 8.3625).abs() < 1e-12);
        let half = RequestShape {
            batch_share: 0.5,
            ..shape
        };
        assert!((usd_per_request(&sonnet_like(), &half) - (16.725 + 8.3625) / 2.0).abs() < 1e-12);
    }

    static LONG_PROMPT: [crate::catalog::RateTier; 1] = [crate::catalog::RateTier {
        above_input_tokens: 200_000,
        per_million: 6.0,
    }];

    #[test]
    fn a_long_prompt_pays_its_tier_and_an_override_replaces_what_it_pays() {
        let prices = TokenRates {
            input: TieredRate {
                base: 3.0,
                tiers: &LONG_PROMPT,
            },
            output: TieredRate::flat(15.0),
            cache_read: Some(TieredRate::flat(0.3)),
            cache_write: None,
        };
        let batch = TokenRates::flat(1.5, 7.5);
        let dollars = |value: f64| value;
        let short = token_price(
            &prices,
            Some(&batch),
            1_500.0,
            PriceOverride::default(),
            dollars,
        );
        assert_eq!(short.standard.input_usd_per_million, 3.0);
        let long = token_price(
            &prices,
            Some(&batch),
            200_001.0,
            PriceOverride::default(),
            dollars,
        );
        assert_eq!(long.standard.input_usd_per_million, 6.0);
        assert_eq!(long.standard.cache_read_usd_per_million, Some(0.3));
        // The override is the price this prompt pays ($3 instead of the tier's
        // $6): cache reads and batch keep their ratio to it (half), in dollars x 2.
        let overrides = PriceOverride {
            input_per_million: Some(3.0),
            output_per_million: None,
        };
        let halved = token_price(&prices, Some(&batch), 200_001.0, overrides, |v| v * 2.0);
        assert_eq!(halved.standard.input_usd_per_million, 6.0, "$3 typed, x 2");
        assert_eq!(halved.standard.cache_read_usd_per_million, Some(0.3));
        assert_eq!(halved.batch.map(|b| b.input_usd_per_million), Some(1.5));
        assert_eq!(halved.standard.output_usd_per_million, 30.0);
        assert_eq!(listed_pair(&prices, 200_001.0, overrides), (3.0, 15.0));
        assert_eq!(listed_pair(&prices, 1_500.0, overrides), (3.0, 15.0));
        // A free row takes the override as the price itself.
        let free = TokenRates::flat(0.0, 0.0);
        let priced = token_price(&free, None, 10.0, overrides, dollars);
        assert_eq!(priced.standard.input_usd_per_million, 3.0);
    }

    #[test]
    fn missing_cache_prices_are_the_input_price_and_shares_cannot_exceed_the_prompt() {
        let flat = TokenPrice {
            standard: Rates::flat(2.0, 8.0),
            batch: None,
        };
        let shape = RequestShape {
            input_tokens: 1_000_000.0,
            output_tokens: 0.0,
            cached_input_share: 0.8,
            cache_write_share: 0.8,
            batch_share: 1.0,
        };
        assert!((usd_per_request(&flat, &shape) - 2.0).abs() < 1e-12);
        // Reads 0.8, writes capped at the remaining 0.2: 0.8 x 0.3 + 0.2 x 3.75.
        let price = TokenPrice {
            batch: None,
            ..sonnet_like()
        };
        assert!((usd_per_request(&price, &shape) - (0.24 + 0.75)).abs() < 1e-12);
    }
}
