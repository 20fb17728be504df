//! Token prices as vendors charge them, in the shape genai-prices models them
//! (`genai_prices.types.ModelPrice`, package 0.2.3): a price per 1M tokens for
//! input, output, cache reads and cache writes, each of which may step up with
//! the size of the prompt, and a second set for the vendor's batch API.
//!
//! A tier is a cliff, not a band: a request whose prompt (all its input tokens,
//! cached ones included) is larger than a tier's start pays that tier's price
//! for every token of the request (genai-prices' `calc_unit_price`: "crossing a
//! tier applies that rate to ALL tokens", as Anthropic, OpenAI and Google bill).

use serde::Serialize;

/// One step of a tiered price.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct RateTier {
    /// The tier applies to requests whose prompt has more than this many tokens.
    pub above_input_tokens: u64,
    /// Price per 1M tokens in the tier, in the row's currency.
    pub per_million: f64,
}

/// A price per 1M tokens, with the tiers it steps up through as prompts grow.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct TieredRate {
    /// Price per 1M tokens below the first tier, in the row's currency.
    pub base: f64,
    /// Higher prices for larger prompts, in ascending order of their start.
    pub tiers: &'static [RateTier],
}

impl TieredRate {
    /// A price with no tiers.
    pub const fn flat(per_million: f64) -> TieredRate {
        TieredRate {
            base: per_million,
            tiers: &[],
        }
    }

    /// The price per 1M tokens a request with `prompt_tokens` input tokens pays:
    /// the last tier whose start the prompt exceeds, else the base.
    pub fn at(&self, prompt_tokens: f64) -> f64 {
        self.tiers
            .iter()
            .rev()
            .find(|tier| prompt_tokens > tier.above_input_tokens as f64)
            .map_or(self.base, |tier| tier.per_million)
    }
}

/// The prices of one way of calling a model (standard or batch).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct TokenRates {
    /// Uncached input tokens.
    pub input: TieredRate,
    /// Output tokens (reasoning tokens included, as vendors bill them).
    pub output: TieredRate,
    /// Input tokens read from the prompt cache (None: the vendor gives no
    /// discount, and such tokens pay the input price).
    pub cache_read: Option<TieredRate>,
    /// Input tokens written to the prompt cache (None: writes are not charged
    /// extra, and such tokens pay the input price).
    pub cache_write: Option<TieredRate>,
}

impl TokenRates {
    /// Flat input and output prices with no cache prices.
    pub const fn flat(input_per_million: f64, output_per_million: f64) -> TokenRates {
        TokenRates {
            input: TieredRate::flat(input_per_million),
            output: TieredRate::flat(output_per_million),
            cache_read: None,
            cache_write: None,
        }
    }
}

/// Where a row's prices come from in genai-prices, so the refresh command
/// (`./dev catalog`) can find it again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct GenaiPricesRef {
    /// genai-prices' provider id, e.g. `anthropic`, `together`.
    pub provider_id: &'static str,
    /// genai-prices' model id within that provider.
    pub model_id: &'static str,
}

#[cfg(test)]
mod tests {
    use super::*;

    static TIERS: [RateTier; 2] = [
        RateTier {
            above_input_tokens: 200_000,
            per_million: 6.0,
        },
        RateTier {
            above_input_tokens: 500_000,
            per_million: 9.0,
        },
    ];

    #[test]
    fn a_tier_applies_only_above_its_start() {
        let rate = TieredRate {
            base: 3.0,
            tiers: &TIERS,
        };
        assert_eq!(rate.at(0.0), 3.0);
        assert_eq!(rate.at(200_000.0), 3.0, "exactly the start is still base");
        assert_eq!(rate.at(200_001.0), 6.0);
        assert_eq!(rate.at(500_000.0), 6.0);
        assert_eq!(rate.at(500_001.0), 9.0);
        assert_eq!(
            rate.at(f64::NAN),
            3.0,
            "no tier for a prompt that is not a number"
        );
    }
}
