//! Function components. Each receives what it renders as props and reports
//! what the user did through callbacks; none holds business logic.

pub mod assumptions_panel;
pub mod charts;
pub mod checkbox_field;
pub mod fleet_card;
pub mod form_section;
pub mod number_field;
pub mod preset_bar;
pub mod route_cards;
pub mod select_field;
pub mod theme_switch;
pub mod update_banner;
pub mod verdict_card;

pub use assumptions_panel::AssumptionsPanel;
pub use checkbox_field::CheckboxField;
pub use fleet_card::FleetCard;
pub use number_field::NumberField;
pub use preset_bar::PresetBar;
pub use route_cards::RouteCards;
pub use select_field::SelectField;
pub use theme_switch::ThemeSwitch;
pub use update_banner::UpdateBanner;
pub use verdict_card::VerdictCard;
