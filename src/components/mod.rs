//! Function components. Each receives what it renders as props and reports
//! what the user did through callbacks; none holds business logic.

pub mod cost_figure;
pub mod number_field;

pub use cost_figure::CostFigure;
pub use number_field::NumberField;
