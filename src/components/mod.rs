//! Function components. Each receives what it renders as props and reports
//! what the user did through callbacks; none holds business logic.

pub mod assumptions_panel;
pub mod charts;
pub mod checkbox_field;
pub mod compare_panel;
pub mod cumulative_card;
pub mod fleet_card;
pub mod form_section;
pub mod language_picker;
pub mod notice_list;
pub mod number_field;
pub mod preset_bar;
pub mod route_cards;
pub mod scenario_panel;
pub mod select_field;
pub mod share_panel;
pub mod theme_switch;
pub mod update_banner;
pub mod verdict_card;

pub use assumptions_panel::AssumptionsPanel;
pub use checkbox_field::CheckboxField;
pub use compare_panel::ComparePanel;
pub use cumulative_card::CumulativeCard;
pub use fleet_card::FleetCard;
pub use language_picker::LanguagePicker;
pub use notice_list::NoticeList;
pub use number_field::NumberField;
pub use preset_bar::PresetBar;
pub use route_cards::RouteCards;
pub use scenario_panel::ScenarioPanel;
pub use select_field::SelectField;
pub use share_panel::SharePanel;
pub use theme_switch::ThemeSwitch;
pub use update_banner::UpdateBanner;
pub use verdict_card::VerdictCard;
