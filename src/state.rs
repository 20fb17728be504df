//! The app state and the one reducer that changes it.
//!
//! Components never change state themselves: they dispatch an [`Action`].

use std::collections::BTreeMap;
use std::rc::Rc;

use engine::currency::Currency;
use engine::decision::Decision;
use engine::edit::{apply_text, FieldKind};
use engine::number_input::FieldError;
use engine::{Profile, Report};
use yew::Reducible;

use crate::presets::PRESETS;

/// What the user did.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Typed or chose `text` in the field at `path`.
    Edit {
        path: String,
        kind: FieldKind,
        text: String,
    },
    /// Put the field at this path back to the engine's default.
    ResetField(String),
    /// Loaded the preset with this id.
    LoadPreset(&'static str),
    /// Went back to the default profile.
    ResetToDefaults,
    /// Chose a colour scheme.
    SetTheme(Theme),
    /// A new version of the app is installed and waiting (see `page_events`).
    UpdateReady,
    /// The decision engine finished for the profile of this revision.
    DecisionReady {
        revision: u64,
        /// The display currency of the report the decision was computed from.
        currency: Currency,
        decision: Rc<Decision>,
    },
}

/// The colour scheme the user chose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follow the operating system's light or dark setting.
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    /// The value of `data-theme` on `<html>`, or `None` to follow the system.
    pub fn attribute(self) -> Option<&'static str> {
        match self {
            Theme::System => None,
            Theme::Light => Some("light"),
            Theme::Dark => Some("dark"),
        }
    }
}

/// A field's text while the user edits it.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    /// Exactly as typed, so nothing the user typed is lost or reformatted under the cursor.
    pub text: String,
    /// Why the text is not accepted, if it is not.
    pub error: Option<FieldError>,
}

/// Everything the page shows.
#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    /// The last valid profile: what the results are computed from.
    pub profile: Profile,
    /// `profile` as JSON, to read form fields by path without re-serialising per field.
    pub profile_json: Rc<serde_json::Value>,
    /// The engine's report for `profile`.
    pub report: Rc<Report>,
    /// Fields being edited, by path.
    pub drafts: BTreeMap<String, Draft>,
    /// The preset the profile came from, if any.
    pub preset: Option<&'static str>,
    /// The colour scheme.
    pub theme: Theme,
    /// Counts changes of `profile`, so a late decision for an older profile is recognised.
    pub revision: u64,
    /// The latest decision (recommendation, suitability, uncertainty), computed
    /// once typing pauses; it may be for an older revision.
    pub decision: Option<Rc<Decision>>,
    /// The revision `decision` was computed for.
    pub decision_revision: u64,
    /// The display currency of the report `decision` was computed from (its
    /// amounts are in it, even after the user picks another currency).
    pub decision_currency: Currency,
    /// A new version of the app is waiting: the page offers to reload.
    pub update_ready: bool,
}

impl AppState {
    fn from_profile(profile: Profile, preset: Option<&'static str>) -> Self {
        Self {
            report: Rc::new(engine::evaluate(&profile)),
            profile_json: Rc::new(profile.to_value()),
            profile,
            drafts: BTreeMap::new(),
            preset,
            theme: Theme::default(),
            revision: 0,
            decision: None,
            decision_revision: 0,
            decision_currency: Currency::Usd,
            update_ready: false,
        }
    }

    /// Makes `profile` the current one and recomputes what derives from it at
    /// once; the decision follows when typing pauses (see `app.rs`).
    fn set_profile(&mut self, profile: Profile) {
        self.report = Rc::new(engine::evaluate(&profile));
        self.profile_json = Rc::new(profile.to_value());
        self.profile = profile;
        self.revision += 1;
    }

    /// True while the decision shown is for an older profile.
    pub fn decision_is_stale(&self) -> bool {
        self.decision.is_none() || self.decision_revision != self.revision
    }

    /// A state that keeps what is not about the profile (theme, the last
    /// decision, the revision count, a waiting update) from `self`, with a new profile.
    fn replaced_by(&self, profile: Profile, preset: Option<&'static str>) -> Self {
        let mut next = Self::from_profile(profile, preset);
        next.theme = self.theme;
        next.decision = self.decision.clone();
        next.decision_revision = self.decision_revision;
        next.decision_currency = self.decision_currency;
        next.revision = self.revision + 1;
        next.update_ready = self.update_ready;
        next
    }

    /// True while some field holds text that is not accepted.
    pub fn has_errors(&self) -> bool {
        self.drafts.values().any(|draft| draft.error.is_some())
    }
}

impl Default for AppState {
    fn default() -> Self {
        Self::from_profile(Profile::default(), None)
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Edit { path, kind, text } => {
                let mut next = (*self).clone();
                match apply_text(&self.profile, &path, kind, &text) {
                    Ok(profile) if profile == self.profile => {
                        // "1." after "1", or a comma added: same profile, nothing to recompute.
                        next.drafts.insert(path, Draft { text, error: None });
                    }
                    Ok(profile) => {
                        next.set_profile(profile);
                        next.preset = None;
                        next.drafts.insert(path, Draft { text, error: None });
                    }
                    Err(error) => {
                        next.drafts.insert(
                            path,
                            Draft {
                                text,
                                error: Some(error),
                            },
                        );
                    }
                }
                Rc::new(next)
            }
            Action::LoadPreset(id) => match PRESETS
                .iter()
                .find(|preset| preset.id == id)
                .and_then(|preset| preset.profile())
            {
                Some(profile) => Rc::new(self.replaced_by(profile, Some(id))),
                None => self,
            },
            Action::ResetField(path) => {
                let mut profile = self.profile.clone();
                let reset = Profile::default()
                    .field(&path)
                    .map(|default| profile.set_field(&path, default));
                if !matches!(reset, Some(Ok(()))) {
                    return self;
                }
                let mut next = (*self).clone();
                next.set_profile(profile);
                next.preset = None;
                next.drafts.remove(&path);
                Rc::new(next)
            }
            Action::ResetToDefaults => Rc::new(self.replaced_by(Profile::default(), None)),
            Action::SetTheme(theme) => Rc::new(Self {
                theme,
                ..(*self).clone()
            }),
            Action::UpdateReady if self.update_ready => self,
            Action::UpdateReady => Rc::new(Self {
                update_ready: true,
                ..(*self).clone()
            }),
            Action::DecisionReady {
                revision,
                currency,
                decision,
            } => {
                // A decision for an older profile is still better than none,
                // but never replaces a newer one.
                if self.decision.is_some() && revision < self.decision_revision {
                    return self;
                }
                Rc::new(Self {
                    decision: Some(decision),
                    decision_revision: revision,
                    decision_currency: currency,
                    ..(*self).clone()
                })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test as test;

    const REQUESTS: &str = "workload.requests_per_month";

    fn edit(state: Rc<AppState>, text: &str) -> Rc<AppState> {
        state.reduce(Action::Edit {
            path: REQUESTS.to_owned(),
            kind: FieldKind::Number,
            text: text.to_owned(),
        })
    }

    #[test]
    fn a_valid_edit_recomputes_the_report() {
        let start = Rc::new(AppState::default());
        let doubled = edit(start.clone(), "600000");
        assert_eq!(doubled.profile.workload.requests_per_month, 600_000.0);
        assert_ne!(doubled.report, start.report);
        assert_eq!(
            doubled
                .drafts
                .get(REQUESTS)
                .map(|draft| draft.text.as_str()),
            Some("600000")
        );
    }

    #[test]
    fn invalid_input_keeps_the_last_valid_profile_report_and_the_typed_text() {
        let valid = edit(Rc::new(AppState::default()), "2000000");
        let invalid = edit(valid.clone(), "-4");
        assert_eq!(invalid.profile, valid.profile);
        assert_eq!(invalid.report, valid.report);
        assert_eq!(
            invalid
                .drafts
                .get(REQUESTS)
                .map(|draft| draft.text.as_str()),
            Some("-4")
        );
        assert!(invalid
            .drafts
            .get(REQUESTS)
            .and_then(|draft| draft.error.as_ref())
            .is_some());
        assert!(invalid.has_errors());
        let fixed = edit(invalid, "3000000");
        assert!(!fixed.has_errors());
    }

    #[test]
    fn a_preset_replaces_the_profile_and_clears_drafts() {
        let edited = edit(Rc::new(AppState::default()), "oops");
        let loaded = edited.reduce(Action::LoadPreset("bank-customer-assistant"));
        assert_eq!(loaded.preset, Some("bank-customer-assistant"));
        assert!(loaded.drafts.is_empty());
        assert_eq!(loaded.profile.workload.requests_per_month, 3_000_000.0);
        let unknown = loaded.clone().reduce(Action::LoadPreset("no-such-preset"));
        assert_eq!(unknown, loaded);
        let reset = unknown.reduce(Action::ResetToDefaults);
        assert_eq!(reset.profile, Profile::default());
    }

    #[test]
    fn a_decision_is_kept_for_its_revision_and_marked_stale_after_an_edit() {
        let start = Rc::new(AppState::default());
        let decision = Rc::new(engine::decision::decide_with_report(
            &start.profile,
            &start.report,
            &start.profile.decision,
        ));
        let decided = start.clone().reduce(Action::DecisionReady {
            revision: start.revision,
            currency: Currency::Usd,
            decision: decision.clone(),
        });
        assert!(!decided.decision_is_stale());
        let edited = edit(decided, "900000");
        assert!(edited.decision_is_stale());
        assert_eq!(edited.decision.as_ref(), Some(&decision));
        // A late answer for an older revision does not replace a newer one.
        let newer = edited.clone().reduce(Action::DecisionReady {
            revision: edited.revision,
            currency: Currency::Usd,
            decision: decision.clone(),
        });
        let older = newer.clone().reduce(Action::DecisionReady {
            revision: start.revision,
            currency: Currency::Usd,
            decision,
        });
        assert_eq!(older.decision_revision, newer.decision_revision);
    }

    #[test]
    fn text_that_leaves_the_profile_unchanged_recomputes_nothing() {
        let start = Rc::new(AppState::default());
        let same = edit(start.clone(), "300,000");
        assert_eq!(same.revision, start.revision);
        assert_eq!(
            same.drafts.get(REQUESTS).map(|draft| draft.text.as_str()),
            Some("300,000")
        );
    }

    #[test]
    fn an_edit_or_a_field_reset_leaves_the_preset() {
        let loaded =
            Rc::new(AppState::default()).reduce(Action::LoadPreset("bank-customer-assistant"));
        assert_eq!(edit(loaded.clone(), "4000000").preset, None);
        assert_eq!(
            edit(loaded.clone(), "nonsense").preset,
            Some("bank-customer-assistant")
        );
        let reset = loaded.reduce(Action::ResetField(
            "assumptions.sizing.target_utilisation".to_owned(),
        ));
        assert_eq!(reset.preset, None);
    }

    #[test]
    fn one_field_resets_to_the_engines_default() {
        let edited = Rc::new(AppState::default()).reduce(Action::Edit {
            path: "assumptions.compute.pue".to_owned(),
            kind: FieldKind::Number,
            text: "1.6".to_owned(),
        });
        assert_eq!(edited.profile.assumptions.compute.pue, 1.6);
        let reset = edited.reduce(Action::ResetField("assumptions.compute.pue".to_owned()));
        assert_eq!(reset.profile, Profile::default());
        assert!(reset.drafts.is_empty());
        let unknown = reset
            .clone()
            .reduce(Action::ResetField("no.such.path".to_owned()));
        assert_eq!(unknown, reset);
    }

    #[test]
    fn a_waiting_update_survives_a_preset_and_is_announced_once() {
        let ready = Rc::new(AppState::default()).reduce(Action::UpdateReady);
        assert!(ready.update_ready);
        let again = ready.clone().reduce(Action::UpdateReady);
        assert!(
            Rc::ptr_eq(&ready, &again),
            "a second notice changes nothing"
        );
        let loaded = ready.reduce(Action::LoadPreset("bank-customer-assistant"));
        assert!(loaded.update_ready);
    }
}
