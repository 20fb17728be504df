//! The app state and the one reducer that changes it.
//!
//! Components never change state themselves: they dispatch an [`Action`].

use std::collections::BTreeMap;
use std::rc::Rc;

use engine::currency::Currency;
use engine::decision::Decision;
use engine::edit::{apply_text, FieldKind};
use engine::import::ImportErrors;
use engine::number_input::FieldError;
use engine::report::RouteId;
use engine::saved::names::validate_name;
use engine::saved::SavedState;
use engine::share_link::ShareLinkError;
use engine::text::Lang;
use engine::{Profile, Report};
use yew::Reducible;

use crate::browser::StorageError;
use crate::library::{is_unnamed, same_inputs, Library};
use crate::messages::en;
use crate::notices::{show, Notice, NoticeAction, Tone, Topic};
use crate::persistence::SaveProblem;
use crate::persistence::{Restored, StorageStatus};
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
    /// Chose the language of the page (and of the downloads and print).
    SetLang(Lang),
    /// A new version of the app is installed and waiting (see `page_events`).
    UpdateReady,
    /// Save the working profile as a new scenario with this name.
    SaveAsScenario(String),
    /// Save the working profile's changes into the scenario it was opened from.
    SaveScenario,
    /// Make this scenario the working profile.
    OpenScenario(String),
    /// Rename a scenario.
    RenameScenario { id: String, name: String },
    /// Add a copy of a scenario.
    DuplicateScenario(String),
    /// Delete a scenario (undo is offered).
    DeleteScenario(String),
    /// Bring back the last deleted scenario.
    UndoDelete,
    /// Choose or unchoose a scenario for the comparison.
    ToggleCompared(String),
    /// End the comparison.
    ClearCompared,
    /// A share link was opened (from the address or pasted into it).
    OpenedLink(Result<Profile, ShareLinkError>),
    /// A profile file was read (by the picker or a drop).
    Imported {
        file_name: String,
        result: Result<Profile, ImportErrors>,
    },
    /// A save did not happen: the browser refused, or another tab saved first.
    SaveFailed(SaveProblem),
    /// A save went through (after a refusal: the storage notice goes).
    StorageWorks,
    /// Show a notice (the outcome of a copy or a download).
    Notify(Notice),
    /// Close the notice on this topic.
    DismissNotice(Topic),
    /// A "done" notice's time is up (it is closed unless a newer one replaced it).
    ExpireNotice(u64),
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

/// One scenario in the comparison, with what the engine gives for it.
#[derive(Debug, Clone, PartialEq)]
pub struct ComparedScenario {
    pub id: String,
    pub name: String,
    /// The profile as JSON, to show the inputs that differ.
    pub profile_json: Rc<serde_json::Value>,
    pub report: Rc<Report>,
    pub recommended: Option<RouteId>,
}

/// Two or three scenarios side by side.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub scenarios: Vec<ComparedScenario>,
    /// The paths of the inputs on which they differ, in the profile's order.
    pub differing: Vec<String>,
}

impl Comparison {
    /// The comparison of the scenarios chosen in `library`; `None` for fewer than two.
    fn of(library: &Library) -> Option<Rc<Comparison>> {
        let chosen: Vec<&engine::saved::Scenario> = library
            .compared()
            .iter()
            .filter_map(|id| library.get(id))
            .collect();
        if chosen.len() < 2 {
            return None;
        }
        let scenarios = chosen
            .iter()
            .map(|scenario| {
                let report = engine::evaluate(&scenario.profile);
                let recommended = engine::decision::recommended_route(
                    &scenario.profile,
                    &report,
                    &scenario.profile.decision,
                );
                ComparedScenario {
                    id: scenario.id.clone(),
                    name: scenario.name.clone(),
                    profile_json: Rc::new(scenario.profile.to_value()),
                    report: Rc::new(report),
                    recommended,
                }
            })
            .collect();
        let profiles: Vec<&Profile> = chosen.iter().map(|scenario| &scenario.profile).collect();
        Some(Rc::new(Comparison {
            scenarios,
            differing: engine::compare::differing_fields_among(&profiles),
        }))
    }
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
    /// The language of every word on the page, the downloads and print.
    pub lang: Lang,
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
    /// The named scenarios.
    pub library: Library,
    /// The scenario the working profile is (its edits are saved into it), if any.
    pub active_scenario: Option<String>,
    /// Counts changes of the scenarios, so autosave knows when to write.
    pub library_revision: u64,
    /// What the page tells the user, newest last.
    pub notices: Vec<Notice>,
    /// Whether autosave may write.
    pub storage: StorageStatus,
    /// Saved data that could not be read, offered for download.
    pub unreadable: Option<Rc<String>>,
    /// The scenarios chosen for comparison, side by side (two or three).
    pub comparison: Option<Rc<Comparison>>,
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
            lang: Lang::default(),
            revision: 0,
            decision: None,
            decision_revision: 0,
            decision_currency: Currency::Usd,
            update_ready: false,
            library: Library::default(),
            active_scenario: None,
            library_revision: 0,
            notices: Vec::new(),
            storage: StorageStatus::Saving,
            unreadable: None,
            comparison: None,
        }
    }

    /// The state to start from: what storage held (see `persistence`).
    pub fn restored(restored: Restored) -> Self {
        let Restored {
            saved,
            status,
            notice,
            unreadable,
            ..
        } = restored;
        let mut state = Self::from_profile(saved.working, None);
        state.library = Library::new(saved.scenarios);
        // The scenario it was opened from; for data saved before that was
        // recorded, the scenario holding the same profile.
        state.active_scenario = saved.active_scenario.or_else(|| {
            state
                .library
                .find_profile(&state.profile)
                .map(|scenario| scenario.id.clone())
        });
        state.storage = status;
        state.unreadable = unreadable;
        state.notices.extend(notice);
        state
    }

    /// What autosave writes.
    pub fn saved_state(&self) -> SavedState {
        let mut saved = SavedState::new(self.profile.clone());
        saved.scenarios = self.library.scenarios().to_vec();
        saved.active_scenario = self.active_scenario.clone();
        saved
    }

    /// The name of the scenario being worked on, if it is one.
    pub fn active_name(&self) -> Option<&str> {
        let id = self.active_scenario.as_deref()?;
        self.library.get(id).map(|scenario| scenario.name.as_str())
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

    /// Replaces the working profile (a preset, a scenario, a link, a file):
    /// the fields show the new values; the last decision stays until the new
    /// one is ready. Callers keep unsaved work first (`keep_unsaved_work`).
    fn load_profile(&mut self, profile: Profile, preset: Option<&'static str>) {
        self.set_profile(profile);
        self.drafts.clear();
        self.preset = preset;
    }

    /// Work that exists nowhere else (not a scenario, not a preset, not the
    /// defaults) is saved as a scenario before the working profile is
    /// replaced, so no click ever loses it.
    fn keep_unsaved_work(&mut self) {
        if same_inputs(&self.profile, &Profile::default())
            || self.library.find_profile(&self.profile).is_some()
            || PRESETS
                .iter()
                .filter_map(|preset| preset.profile())
                .any(|preset| same_inputs(&preset, &self.profile))
        {
            return;
        }
        let wanted = match self.active_name() {
            Some(name) => en::unsaved_changes_name(name),
            None => en::UNSAVED_WORK_NAME.to_owned(),
        };
        let id = self.library.add(&wanted, self.profile.clone(), None);
        self.library_revision += 1;
        let name = self.library.name_of(&id);
        show(
            &mut self.notices,
            Notice::new(Topic::KeptWork, Tone::Warning, en::unsaved_work_kept(&name)),
        );
    }

    /// Gives the working profile a new name. The name is no input to any
    /// figure, so nothing is recomputed (autosave follows the library's change).
    fn rename_working(&mut self, name: &str) {
        self.profile.name = name.to_owned();
        self.profile_json = Rc::new(self.profile.to_value());
    }

    /// True when the working profile was opened from (or saved as) a scenario
    /// and has changed since.
    pub fn has_unsaved_changes(&self) -> bool {
        self.active_scenario
            .as_deref()
            .and_then(|id| self.library.get(id))
            .is_some_and(|scenario| !same_inputs(&scenario.profile, &self.profile))
    }

    /// Adds `profile` as a new scenario and opens it (a link or a file).
    fn open_as_new_scenario(&mut self, wanted_name: &str, profile: Profile) -> String {
        self.keep_unsaved_work();
        let id = self.library.add(wanted_name, profile, None);
        self.library_revision += 1;
        let name = self.library.name_of(&id);
        if let Some(profile) = self
            .library
            .get(&id)
            .map(|scenario| scenario.profile.clone())
        {
            self.load_profile(profile, None);
        }
        self.active_scenario = Some(id);
        name
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
        let (library_revision, compared) =
            (self.library_revision, self.library.compared().to_vec());
        let mut next = self.apply(action);
        // The comparison follows the scenarios it shows.
        if next.library_revision != library_revision || next.library.compared() != compared {
            let comparison = Comparison::of(&next.library);
            Rc::make_mut(&mut next).comparison = comparison;
        }
        next
    }
}

impl AppState {
    fn apply(self: Rc<Self>, action: Action) -> Rc<Self> {
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
                Some(profile) => {
                    let mut next = (*self).clone();
                    next.keep_unsaved_work();
                    next.load_profile(profile, Some(id));
                    next.active_scenario = None;
                    Rc::new(next)
                }
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
            Action::ResetToDefaults => {
                let mut next = (*self).clone();
                next.keep_unsaved_work();
                next.load_profile(Profile::default(), None);
                next.active_scenario = None;
                Rc::new(next)
            }
            Action::SetTheme(theme) => Rc::new(Self {
                theme,
                ..(*self).clone()
            }),
            Action::SetLang(lang) if lang == self.lang => self,
            Action::SetLang(lang) => Rc::new(Self {
                lang,
                ..(*self).clone()
            }),
            Action::SaveAsScenario(name) => {
                let mut next = (*self).clone();
                match validate_name(&name) {
                    Ok(name) => {
                        let id = next.library.add(&name, next.profile.clone(), None);
                        let saved_name = next.library.name_of(&id);
                        next.rename_working(&saved_name);
                        next.active_scenario = Some(id);
                        next.preset = None;
                        next.library_revision += 1;
                        show(
                            &mut next.notices,
                            Notice::new(
                                Topic::Scenario,
                                Tone::Done,
                                en::scenario_saved(&saved_name),
                            ),
                        );
                    }
                    Err(error) => show(
                        &mut next.notices,
                        Notice::new(Topic::Scenario, Tone::Problem, en::name_refused(&error)),
                    ),
                }
                Rc::new(next)
            }
            Action::SaveScenario => {
                let Some(id) = self.active_scenario.clone() else {
                    return self;
                };
                let mut next = (*self).clone();
                next.library.update(&id, &self.profile, None);
                next.library_revision += 1;
                let name = next.active_name().unwrap_or_default().to_owned();
                show(
                    &mut next.notices,
                    Notice::new(Topic::Scenario, Tone::Done, en::scenario_updated(&name)),
                );
                Rc::new(next)
            }
            Action::OpenScenario(id) => {
                let Some(scenario) = self.library.get(&id).cloned() else {
                    return self;
                };
                let mut next = (*self).clone();
                next.keep_unsaved_work();
                next.load_profile(scenario.profile, None);
                next.active_scenario = Some(id);
                show(
                    &mut next.notices,
                    Notice::new(
                        Topic::Scenario,
                        Tone::Done,
                        en::scenario_opened(&scenario.name),
                    ),
                );
                Rc::new(next)
            }
            Action::RenameScenario { id, name } => {
                let mut next = (*self).clone();
                match next.library.rename(&id, &name) {
                    Ok(()) => {
                        next.library_revision += 1;
                        if next.active_scenario.as_deref() == Some(id.as_str()) {
                            let renamed = next.library.name_of(&id);
                            next.rename_working(&renamed);
                        }
                        // A refused name's message goes; an Undo on offer stays.
                        next.notices.retain(|notice| {
                            notice.topic != Topic::Scenario || notice.tone != Tone::Problem
                        });
                    }
                    Err(error) => show(
                        &mut next.notices,
                        Notice::new(Topic::Scenario, Tone::Problem, en::name_refused(&error)),
                    ),
                }
                Rc::new(next)
            }
            Action::DuplicateScenario(id) => {
                let mut next = (*self).clone();
                if let Some(copy) = next.library.duplicate(&id, None) {
                    next.library_revision += 1;
                    let name = next.library.name_of(&copy);
                    show(
                        &mut next.notices,
                        Notice::new(Topic::Scenario, Tone::Done, en::scenario_duplicated(&name)),
                    );
                }
                Rc::new(next)
            }
            Action::DeleteScenario(id) => {
                let mut next = (*self).clone();
                if let Some(name) = next.library.delete(&id) {
                    next.library_revision += 1;
                    if next.active_scenario.as_deref() == Some(id.as_str()) {
                        next.active_scenario = None;
                    }
                    show(
                        &mut next.notices,
                        Notice::new(Topic::Scenario, Tone::Done, en::scenario_deleted(&name))
                            .with_action(NoticeAction::UndoDelete),
                    );
                }
                Rc::new(next)
            }
            Action::UndoDelete => {
                let mut next = (*self).clone();
                if let Some(id) = next.library.undo_delete() {
                    next.library_revision += 1;
                    let name = next.library.name_of(&id);
                    show(
                        &mut next.notices,
                        Notice::new(Topic::Scenario, Tone::Done, en::scenario_restored(&name)),
                    );
                }
                Rc::new(next)
            }
            Action::ToggleCompared(id) => {
                let mut next = (*self).clone();
                next.library.toggle_compared(&id);
                Rc::new(next)
            }
            Action::ClearCompared => {
                let mut next = (*self).clone();
                next.library.clear_compared();
                Rc::new(next)
            }
            Action::OpenedLink(Ok(profile)) => {
                let mut next = (*self).clone();
                // A link already saved (opened before, or embedded in a wiki page
                // that is visited again) opens that scenario: no copy piles up.
                if let Some(existing) = self.library.find_profile(&profile).cloned() {
                    next.keep_unsaved_work();
                    next.load_profile(existing.profile, None);
                    next.active_scenario = Some(existing.id);
                    show(
                        &mut next.notices,
                        Notice::new(
                            Topic::Link,
                            Tone::Done,
                            en::link_already_saved(&existing.name),
                        ),
                    );
                    return Rc::new(next);
                }
                let unnamed = is_unnamed(&profile);
                let wanted = if unnamed {
                    en::SHARED_SCENARIO_NAME.to_owned()
                } else {
                    profile.name.clone()
                };
                let name = next.open_as_new_scenario(&wanted, profile);
                show(
                    &mut next.notices,
                    Notice::new(Topic::Link, Tone::Done, en::link_opened(&name)),
                );
                Rc::new(next)
            }
            Action::OpenedLink(Err(error)) => {
                let mut next = (*self).clone();
                show(
                    &mut next.notices,
                    Notice::new(Topic::Link, Tone::Problem, en::link_refused(&error)),
                );
                Rc::new(next)
            }
            Action::Imported {
                file_name,
                result: Ok(profile),
            } => {
                let mut next = (*self).clone();
                let wanted = if is_unnamed(&profile) {
                    file_name.trim_end_matches(".json").to_owned()
                } else {
                    profile.name.clone()
                };
                let name = next.open_as_new_scenario(&wanted, profile);
                show(
                    &mut next.notices,
                    Notice::new(
                        Topic::Import,
                        Tone::Done,
                        en::import_opened(&file_name, &name),
                    ),
                );
                Rc::new(next)
            }
            Action::Imported {
                file_name,
                result: Err(errors),
            } => {
                let mut next = (*self).clone();
                let details = errors.problems.iter().map(en::problem_at).collect();
                show(
                    &mut next.notices,
                    Notice::new(
                        Topic::Import,
                        Tone::Problem,
                        en::import_refused(&file_name, &en::import_headline(&errors)),
                    )
                    .with_details(details),
                );
                Rc::new(next)
            }
            Action::SaveFailed(problem) => {
                let status = match problem {
                    SaveProblem::Storage(StorageError::Unavailable) => StorageStatus::Unavailable,
                    SaveProblem::Storage(StorageError::Full) => StorageStatus::Full,
                    SaveProblem::TakenOver => StorageStatus::TakenOver,
                };
                // Once another tab has taken over, nothing this tab sees changes that.
                if self.storage == status || self.storage == StorageStatus::TakenOver {
                    return self;
                }
                let mut next = (*self).clone();
                next.storage = status;
                let notice = match status {
                    StorageStatus::Full => {
                        Notice::new(Topic::Storage, Tone::Warning, en::STORAGE_FULL)
                    }
                    StorageStatus::TakenOver => {
                        Notice::new(Topic::Storage, Tone::Warning, en::STORAGE_TAKEN_OVER)
                            .with_action(NoticeAction::Reload)
                    }
                    _ => Notice::new(Topic::Storage, Tone::Warning, en::STORAGE_UNAVAILABLE),
                };
                show(&mut next.notices, notice);
                Rc::new(next)
            }
            Action::StorageWorks if self.storage == StorageStatus::Full => {
                let mut next = (*self).clone();
                next.storage = StorageStatus::Saving;
                next.notices.retain(|notice| notice.topic != Topic::Storage);
                Rc::new(next)
            }
            Action::StorageWorks => self,
            Action::Notify(notice) => {
                let mut next = (*self).clone();
                show(&mut next.notices, notice);
                Rc::new(next)
            }
            Action::ExpireNotice(serial) => {
                if !self.notices.iter().any(|notice| notice.serial == serial) {
                    return self;
                }
                let mut next = (*self).clone();
                next.notices.retain(|notice| notice.serial != serial);
                Rc::new(next)
            }
            Action::DismissNotice(topic) => {
                let mut next = (*self).clone();
                next.notices.retain(|notice| notice.topic != topic);
                Rc::new(next)
            }
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

    fn with_requests(state: Rc<AppState>, text: &str) -> Rc<AppState> {
        state.reduce(Action::Edit {
            path: REQUESTS.to_owned(),
            kind: FieldKind::Number,
            text: text.to_owned(),
        })
    }

    #[test]
    fn a_saved_scenario_is_a_snapshot_and_save_changes_updates_it() {
        let saved =
            Rc::new(AppState::default()).reduce(Action::SaveAsScenario(" Base ".to_owned()));
        assert_eq!(saved.active_name(), Some("Base"));
        assert_eq!(saved.profile.name, "Base");
        assert!(!saved.has_unsaved_changes());
        let edited = with_requests(saved, "900000");
        assert!(edited.has_unsaved_changes());
        let kept = edited.library.scenarios()[0]
            .profile
            .workload
            .requests_per_month;
        assert_eq!(
            kept, 300_000.0,
            "an edit does not change the saved scenario"
        );
        let updated = edited.reduce(Action::SaveScenario);
        assert!(!updated.has_unsaved_changes());
        assert_eq!(
            updated.library.scenarios()[0]
                .profile
                .workload
                .requests_per_month,
            900_000.0
        );
    }

    #[test]
    fn a_bad_name_is_refused_with_a_message_and_nothing_saved() {
        let refused = Rc::new(AppState::default()).reduce(Action::SaveAsScenario("   ".to_owned()));
        assert!(refused.library.scenarios().is_empty());
        assert_eq!(
            refused.notices.last().map(|notice| notice.tone),
            Some(Tone::Problem)
        );
    }

    #[test]
    fn replacing_unsaved_work_keeps_it_as_a_scenario() {
        // Work on the defaults, never saved, then a preset: the work is kept.
        let edited = with_requests(Rc::new(AppState::default()), "4000000");
        let preset = edited.reduce(Action::LoadPreset("bank-customer-assistant"));
        assert_eq!(preset.library.scenarios().len(), 1);
        assert_eq!(preset.library.scenarios()[0].name, "Unsaved work");
        assert_eq!(
            preset.library.scenarios()[0]
                .profile
                .workload
                .requests_per_month,
            4_000_000.0
        );
        // A preset replaced by another preset is nothing to keep.
        let other = preset.reduce(Action::LoadPreset("startup-internal-tool"));
        assert_eq!(other.library.scenarios().len(), 1);
        // Changes to an opened scenario are kept under its name.
        let saved = other.reduce(Action::SaveAsScenario("Startup".to_owned()));
        let changed = with_requests(saved, "123456");
        let opened = changed.reduce(Action::OpenScenario("scenario-1".to_owned()));
        let names: Vec<&str> = opened
            .library
            .scenarios()
            .iter()
            .map(|s| s.name.as_str())
            .collect();
        assert_eq!(
            names,
            ["Unsaved work", "Startup", "Startup (unsaved changes)"]
        );
        assert_eq!(opened.profile.workload.requests_per_month, 4_000_000.0);
    }

    #[test]
    fn delete_offers_undo_and_undo_brings_it_back() {
        let saved =
            Rc::new(AppState::default()).reduce(Action::SaveAsScenario("Keep me".to_owned()));
        let deleted = saved.reduce(Action::DeleteScenario("scenario-1".to_owned()));
        assert!(deleted.library.scenarios().is_empty());
        assert_eq!(deleted.active_scenario, None);
        assert_eq!(
            deleted.notices.last().and_then(|notice| notice.action),
            Some(NoticeAction::UndoDelete)
        );
        let undone = deleted.reduce(Action::UndoDelete);
        assert_eq!(undone.library.scenarios()[0].name, "Keep me");
    }

    #[test]
    fn a_link_opens_as_a_new_scenario_and_a_bad_one_changes_nothing() {
        let mut shared = Profile {
            name: "Their plan".to_owned(),
            ..Profile::default()
        };
        shared.workload.requests_per_month = 5_000_000.0;
        let mine = with_requests(Rc::new(AppState::default()), "777");
        let bad = mine
            .clone()
            .reduce(Action::OpenedLink(engine::share_link::decode("1.%%%")));
        assert_eq!(bad.profile, mine.profile);
        assert_eq!(
            bad.notices.last().map(|notice| notice.tone),
            Some(Tone::Problem)
        );
        let good = mine.reduce(Action::OpenedLink(Ok(shared)));
        assert_eq!(good.active_name(), Some("Their plan"));
        assert_eq!(good.profile.workload.requests_per_month, 5_000_000.0);
        // My unsaved work was kept, not lost.
        assert!(good.library.scenarios().iter().any(|scenario| scenario
            .profile
            .workload
            .requests_per_month
            == 777.0));
    }

    #[test]
    fn a_refused_import_lists_every_problem_and_changes_nothing() {
        let start = Rc::new(AppState::default());
        let result = engine::import::import_profile_json(
            r#"{"workload": {"requests_per_month": -1, "batch_share": 3}}"#,
        );
        let refused = start.clone().reduce(Action::Imported {
            file_name: "bad.json".to_owned(),
            result,
        });
        assert_eq!(refused.profile, start.profile);
        let notice = refused.notices.last().cloned();
        assert_eq!(notice.as_ref().map(|notice| notice.details.len()), Some(2));
    }

    #[test]
    fn two_scenarios_chosen_give_a_comparison_with_the_differing_inputs() {
        let first = Rc::new(AppState::default()).reduce(Action::SaveAsScenario("A".to_owned()));
        let second = with_requests(first, "2000000").reduce(Action::SaveAsScenario("B".to_owned()));
        let one = second.reduce(Action::ToggleCompared("scenario-1".to_owned()));
        assert!(one.comparison.is_none());
        let two = one.reduce(Action::ToggleCompared("scenario-2".to_owned()));
        let comparison = two.comparison.clone();
        assert_eq!(comparison.as_ref().map(|c| c.scenarios.len()), Some(2));
        assert_eq!(
            comparison.map(|c| c.differing.clone()),
            Some(vec![REQUESTS.to_owned()])
        );
        assert!(two.reduce(Action::ClearCompared).comparison.is_none());
    }
}
