//! Every piece of user-facing text, in one place, so that the page can be
//! translated by adding a catalog rather than by editing components.

/// The English catalog.
pub mod en {
    pub const APP_TITLE: &str = "Open or Closed?";
    pub const APP_TAGLINE: &str =
        "What a closed LLM API really costs your enterprise compared with open weights. Everything is computed in your browser; nothing you type leaves it.";
    pub const QUICK_ESTIMATE_HEADING: &str = "Quick estimate: closed API";
    pub const REQUESTS_LABEL: &str = "Requests per month";
    pub const REQUESTS_UNIT: &str = "requests / month";
    pub const REQUESTS_HELP: &str = "How many calls your product makes to the model in a month.";
    pub const TOKENS_LABEL: &str = "Tokens per request";
    pub const TOKENS_UNIT: &str = "tokens";
    pub const TOKENS_HELP: &str =
        "Prompt and answer together; a page of English text is about 500 tokens.";
    pub const MONTHLY_COST_LABEL: &str = "Monthly API cost";
    pub const STALE_NOTE: &str = "Showing the last valid result until the input is fixed.";
    pub const TOKENS_PER_MONTH_LABEL: &str = "Tokens per month";
    pub const BLENDED_PRICE_LABEL: &str = "Blended price (3 input : 1 output)";
    pub const PER_MILLION_TOKENS: &str = "per 1M tokens";
    pub const PRICE_SOURCE_LABEL: &str = "Price source";
    pub const AS_OF: &str = "as of";
}
