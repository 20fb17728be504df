//! Currencies and dated, editable exchange rates.
//!
//! Every catalog price keeps its own currency; the engine converts to US
//! dollars to add things up, and the report converts the totals to the
//! profile's display currency. Rates are "units of the currency per 1 USD".

use serde::{Deserialize, Serialize};

/// A currency the calculator knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Currency {
    /// US dollar.
    #[default]
    #[serde(rename = "USD")]
    Usd,
    /// Euro.
    #[serde(rename = "EUR")]
    Eur,
    /// Indian rupee.
    #[serde(rename = "INR")]
    Inr,
    /// Chinese yuan (renminbi).
    #[serde(rename = "CNY")]
    Cny,
}

impl Currency {
    /// ISO 4217 code.
    pub fn code(self) -> &'static str {
        match self {
            Currency::Usd => "USD",
            Currency::Eur => "EUR",
            Currency::Inr => "INR",
            Currency::Cny => "CNY",
        }
    }
}

/// Exchange rates, in units of each currency per 1 US dollar, with their date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct ExchangeRates {
    /// Euros per US dollar.
    pub eur_per_usd: f64,
    /// Indian rupees per US dollar.
    pub inr_per_usd: f64,
    /// Chinese yuan per US dollar.
    pub cny_per_usd: f64,
    /// Date the rates were read.
    pub as_of: String,
    /// Where the rates come from.
    pub source: String,
}

impl Default for ExchangeRates {
    fn default() -> Self {
        ExchangeRates {
            eur_per_usd: 0.86,
            inr_per_usd: 88.5,
            cny_per_usd: 7.10,
            as_of: "2025-11".to_owned(),
            source:
                "Approximate late-2025 market rates; UNVERIFIED (the reference sheet gives no FX \
                     source): replace with your treasury's rates"
                    .to_owned(),
        }
    }
}

impl ExchangeRates {
    /// Units of `currency` per 1 USD, or `None` if the stored rate is not a
    /// positive number up to 10^9 (no currency is worth less than that).
    pub fn per_usd(&self, currency: Currency) -> Option<f64> {
        let rate = match currency {
            Currency::Usd => 1.0,
            Currency::Eur => self.eur_per_usd,
            Currency::Inr => self.inr_per_usd,
            Currency::Cny => self.cny_per_usd,
        };
        (rate.is_finite() && rate > 0.0 && rate <= 1e9).then_some(rate)
    }

    /// Converts an amount in `currency` to US dollars. An unusable rate gives
    /// 0 (validation reports it first).
    pub fn to_usd(&self, amount: f64, currency: Currency) -> f64 {
        match self.per_usd(currency) {
            Some(rate) => finite_or_zero(amount / rate),
            None => 0.0,
        }
    }

    /// Converts an amount in US dollars to `currency`. An unusable rate gives 0.
    pub fn from_usd(&self, amount_usd: f64, currency: Currency) -> f64 {
        match self.per_usd(currency) {
            Some(rate) => finite_or_zero(amount_usd * rate),
            None => 0.0,
        }
    }
}

/// `value` if finite, else 0: the engine's last line of defence against NaN/inf.
pub fn finite_or_zero(value: f64) -> f64 {
    if value.is_finite() {
        value
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_both_ways() {
        let rates = ExchangeRates::default();
        assert_eq!(rates.to_usd(7.10, Currency::Cny), 1.0);
        assert_eq!(rates.from_usd(1.0, Currency::Inr), 88.5);
        assert_eq!(rates.to_usd(5.0, Currency::Usd), 5.0);
    }

    #[test]
    fn a_zero_or_nan_rate_never_gives_infinity() {
        let rates = ExchangeRates {
            eur_per_usd: 0.0,
            inr_per_usd: f64::NAN,
            ..ExchangeRates::default()
        };
        assert_eq!(rates.to_usd(10.0, Currency::Eur), 0.0);
        assert_eq!(rates.from_usd(10.0, Currency::Inr), 0.0);
    }

    #[test]
    fn codes_round_trip_through_json() {
        let json = serde_json::to_string(&Currency::Inr).unwrap();
        assert_eq!(json, "\"INR\"");
        assert_eq!(
            serde_json::from_str::<Currency>("\"CNY\"").unwrap(),
            Currency::Cny
        );
    }
}
