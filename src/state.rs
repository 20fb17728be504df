//! The app state and the one reducer that changes it.
//!
//! Components never change state themselves: they dispatch an [`Action`].

use std::rc::Rc;

use engine::number_input::FieldError;
use engine::quick_estimate::{
    evaluate_text, monthly_api_cost, QuickEstimate, QuickEstimateText, QUICK_ESTIMATE_PRICE,
};
use yew::Reducible;

/// What the user changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    SetRequestsPerMonth(String),
    SetTokensPerRequest(String),
}

/// Everything the page shows, derived from what the user typed.
#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    /// The fields exactly as typed, so an invalid value is never lost.
    pub text: QuickEstimateText,
    /// The result for the last valid input: it stays on screen while a field is invalid.
    pub last_valid: QuickEstimate,
    /// Problems with the current input, one per invalid field.
    pub errors: Vec<FieldError>,
}

const DEFAULT_REQUESTS_PER_MONTH: f64 = 1_000_000.0;
const DEFAULT_TOKENS_PER_REQUEST: f64 = 1_500.0;

impl AppState {
    /// The message for a field, if its current value is invalid.
    pub fn error_for(&self, field: &str) -> Option<String> {
        self.errors
            .iter()
            .find(|error| error.field == field)
            .map(ToString::to_string)
    }
}

impl Default for AppState {
    fn default() -> Self {
        Self {
            text: QuickEstimateText {
                requests_per_month: "1,000,000".to_owned(),
                tokens_per_request: "1,500".to_owned(),
            },
            last_valid: monthly_api_cost(
                DEFAULT_REQUESTS_PER_MONTH,
                DEFAULT_TOKENS_PER_REQUEST,
                &QUICK_ESTIMATE_PRICE,
            ),
            errors: Vec::new(),
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut text = self.text.clone();
        match action {
            Action::SetRequestsPerMonth(value) => text.requests_per_month = value,
            Action::SetTokensPerRequest(value) => text.tokens_per_request = value,
        }
        let next = match evaluate_text(&text) {
            Ok(estimate) => Self {
                text,
                last_valid: estimate,
                errors: Vec::new(),
            },
            Err(errors) => Self {
                text,
                last_valid: self.last_valid.clone(),
                errors,
            },
        };
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use engine::quick_estimate::REQUESTS_FIELD;
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn default_state_is_consistent_with_its_text() {
        let state = AppState::default();
        assert_eq!(
            evaluate_text(&state.text).ok(),
            Some(state.last_valid.clone())
        );
    }

    #[test]
    fn invalid_input_keeps_the_last_valid_result_and_the_typed_text() {
        let start = Rc::new(AppState::default());
        let valid = start.reduce(Action::SetRequestsPerMonth("2000000".into()));
        let invalid = valid
            .clone()
            .reduce(Action::SetRequestsPerMonth("-4".into()));
        assert_eq!(invalid.last_valid, valid.last_valid);
        assert_eq!(invalid.text.requests_per_month, "-4");
        assert!(invalid.error_for(REQUESTS_FIELD).is_some());
        let fixed = invalid.reduce(Action::SetRequestsPerMonth("3000000".into()));
        assert!(fixed.errors.is_empty());
        assert!(fixed.last_valid.monthly_cost_usd > valid.last_valid.monthly_cost_usd);
    }
}
