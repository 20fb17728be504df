//! The quick estimate: a month of closed-API tokens from two numbers.
//!
//! This is the foundation's thin slice through the engine; the full cost model
//! (three routes, month by month) builds on the same token arithmetic.

use crate::number_input::{parse_non_negative, FieldError};

/// The largest request volume the calculator accepts, per month (10^12).
pub const MAX_REQUESTS_PER_MONTH: f64 = 1e12;
/// The largest request size the calculator accepts, in tokens (10^7).
pub const MAX_TOKENS_PER_REQUEST: f64 = 1e7;

/// A closed-model list price, with where it comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct ListPrice {
    /// Display name of the model.
    pub model_name: &'static str,
    /// US dollars per 1M input tokens.
    pub input_usd_per_million_tokens: f64,
    /// US dollars per 1M output tokens.
    pub output_usd_per_million_tokens: f64,
    /// Where the price comes from.
    pub source: &'static str,
    /// Date of the price snapshot.
    pub as_of: &'static str,
}

/// The price the quick estimate uses: Claude Sonnet 4.5, $3 in / $15 out per 1M tokens.
pub const QUICK_ESTIMATE_PRICE: ListPrice = ListPrice {
    model_name: "Claude Sonnet 4.5",
    input_usd_per_million_tokens: 3.0,
    output_usd_per_million_tokens: 15.0,
    source: "LiteLLM model_prices_and_context_window.json, key claude-sonnet-4-5",
    as_of: "2026-07-18",
};

/// Share of a request's tokens that are output tokens in the quick estimate.
///
/// 3 input tokens to 1 output token is the usual convention for a single
/// "blended" price (Artificial Analysis uses 3:1); the full profile asks for
/// input and output tokens separately.
pub const OUTPUT_TOKEN_SHARE: f64 = 0.25;

impl ListPrice {
    /// Price per 1M tokens when `output_share` of the tokens are output tokens.
    pub fn blended_usd_per_million_tokens(&self, output_share: f64) -> f64 {
        let output_share = output_share.clamp(0.0, 1.0);
        self.input_usd_per_million_tokens * (1.0 - output_share)
            + self.output_usd_per_million_tokens * output_share
    }
}

/// The result of a quick estimate.
#[derive(Debug, Clone, PartialEq)]
pub struct QuickEstimate {
    /// Tokens (input + output) a month.
    pub tokens_per_month: f64,
    /// The 3:1 blended price, US dollars per 1M tokens.
    pub blended_usd_per_million_tokens: f64,
    /// Tokens / 1M x blended price, US dollars a month.
    pub monthly_cost_usd: f64,
}

/// Monthly token cost: requests x tokens per request / 1M x blended price.
///
/// Negative or non-finite inputs are treated as zero so the result is always a
/// finite, non-negative number (the form refuses such values before this).
pub fn monthly_api_cost(
    requests_per_month: f64,
    tokens_per_request: f64,
    price: &ListPrice,
) -> QuickEstimate {
    let sanitize = |value: f64| {
        if value.is_finite() {
            value.max(0.0)
        } else {
            0.0
        }
    };
    let requests = sanitize(requests_per_month).min(MAX_REQUESTS_PER_MONTH);
    let tokens = sanitize(tokens_per_request).min(MAX_TOKENS_PER_REQUEST);
    let tokens_per_month = requests * tokens;
    let blended = price.blended_usd_per_million_tokens(OUTPUT_TOKEN_SHARE);
    QuickEstimate {
        tokens_per_month,
        blended_usd_per_million_tokens: blended,
        monthly_cost_usd: tokens_per_month / 1_000_000.0 * blended,
    }
}

/// Both fields of the quick estimate as the user typed them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct QuickEstimateText {
    /// Requests per month, as typed.
    pub requests_per_month: String,
    /// Tokens per request, as typed.
    pub tokens_per_request: String,
}

/// Profile path of the quick estimate's requests field.
pub const REQUESTS_FIELD: &str = "workload.requests_per_month";
/// Path of the quick estimate's tokens field (the full profile splits it into
/// `workload.input_tokens_per_request` and `workload.output_tokens_per_request`).
pub const TOKENS_FIELD: &str = "workload.tokens_per_request";

/// Validates both fields and, when both are valid, computes the estimate.
/// Every problem is returned at once.
pub fn evaluate_text(text: &QuickEstimateText) -> Result<QuickEstimate, Vec<FieldError>> {
    let requests = parse_non_negative(
        REQUESTS_FIELD,
        &text.requests_per_month,
        MAX_REQUESTS_PER_MONTH,
        "requests per month",
    );
    let tokens = parse_non_negative(
        TOKENS_FIELD,
        &text.tokens_per_request,
        MAX_TOKENS_PER_REQUEST,
        "tokens per request",
    );
    match (requests, tokens) {
        (Ok(requests), Ok(tokens)) => Ok(monthly_api_cost(requests, tokens, &QUICK_ESTIMATE_PRICE)),
        (requests, tokens) => Err([requests.err(), tokens.err()]
            .into_iter()
            .flatten()
            .collect()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blended_price_is_three_to_one() {
        // 0.75 x $3 + 0.25 x $15 = $2.25 + $3.75 = $6.00 per 1M tokens.
        assert_eq!(
            QUICK_ESTIMATE_PRICE.blended_usd_per_million_tokens(OUTPUT_TOKEN_SHARE),
            6.0
        );
    }

    #[test]
    fn monthly_cost_by_hand() {
        // 1,000,000 requests x 1,500 tokens = 1.5e9 tokens = 1,500 x 1M tokens;
        // 1,500 x $6.00 = $9,000.00 a month.
        let estimate = monthly_api_cost(1_000_000.0, 1_500.0, &QUICK_ESTIMATE_PRICE);
        assert_eq!(estimate.tokens_per_month, 1.5e9);
        assert!((estimate.monthly_cost_usd - 9_000.0).abs() < 1e-9);
    }

    #[test]
    fn zero_volume_costs_nothing() {
        assert_eq!(
            monthly_api_cost(0.0, 2_000.0, &QUICK_ESTIMATE_PRICE).monthly_cost_usd,
            0.0
        );
    }

    #[test]
    fn hostile_numbers_give_a_finite_non_negative_cost() {
        for (requests, tokens) in [
            (f64::NAN, 1.0),
            (f64::INFINITY, 1.0),
            (-5.0, 10.0),
            (1.0, f64::NEG_INFINITY),
            (f64::MAX, f64::MAX),
        ] {
            let cost = monthly_api_cost(requests, tokens, &QUICK_ESTIMATE_PRICE).monthly_cost_usd;
            assert!(
                cost.is_finite() && cost >= 0.0,
                "{requests} {tokens} -> {cost}"
            );
        }
    }

    #[test]
    fn text_reports_every_problem_at_once() {
        let text = QuickEstimateText {
            requests_per_month: "-1".into(),
            tokens_per_request: "lots".into(),
        };
        let errors = evaluate_text(&text).unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|error| error.field.as_str()).collect();
        assert_eq!(fields, [REQUESTS_FIELD, TOKENS_FIELD]);
    }

    #[test]
    fn valid_text_gives_the_estimate() {
        let text = QuickEstimateText {
            requests_per_month: "2,000,000".into(),
            tokens_per_request: "500".into(),
        };
        // 2e6 x 500 = 1e9 tokens = 1,000 x 1M x $6 = $6,000.
        assert!((evaluate_text(&text).unwrap().monthly_cost_usd - 6_000.0).abs() < 1e-9);
    }
}
