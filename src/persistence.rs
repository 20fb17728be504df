//! Autosave: what is kept in the browser's storage and how it is read back.
//!
//! The engine reads and writes the envelope (`engine::saved`); this module
//! decides what the page does with each outcome. The rule throughout: nothing
//! the page could not read is ever overwritten.
//!
//! - Damaged data is copied to a backup key before anything else is written;
//!   if the copy fails, nothing is written for the rest of the visit.
//! - Data from a newer version is left untouched: this (older) page does not
//!   save at all, so the newer one finds it again.
//! - Before each write the stored text is compared with what this page last
//!   read or wrote; if another tab changed it, this tab stops saving instead of
//!   overwriting the other's work.
//! - If the page stopped on an internal error last time, the next visit starts
//!   from the defaults and keeps the saved data aside, so the same data cannot
//!   stop it again and again.

use engine::text::Words;
use std::rc::Rc;

use engine::saved::{SavedState, SavedStateError};

use crate::browser::{self, StorageError};
use crate::notices::{Notice, NoticeAction, Tone, Topic};

/// The storage key of the saved state.
pub const STORAGE_KEY: &str = "open-or-closed";
/// Unusable saved data is copied under this prefix plus the time.
pub const BACKUP_KEY_PREFIX: &str = "open-or-closed:unreadable:";

/// Whether the page may write to storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageStatus {
    /// Every valid change is saved.
    Saving,
    /// The browser gives no storage: work lasts until the tab closes.
    Unavailable,
    /// The last write was refused (storage full); the next change tries again.
    Full,
    /// Unusable data could not be backed up: nothing is written, so it is
    /// not overwritten.
    Blocked,
    /// The saved data is from a newer version: left untouched.
    Newer,
    /// Another tab saved since this one read: this tab no longer writes.
    TakenOver,
}

impl StorageStatus {
    /// True when the page writes its state to storage.
    pub fn writes(self) -> bool {
        matches!(self, StorageStatus::Saving | StorageStatus::Full)
    }
}

/// What the page starts from.
#[derive(Debug, Clone, PartialEq)]
pub struct Restored {
    pub saved: SavedState,
    pub status: StorageStatus,
    pub notice: Option<Notice>,
    /// The stored text that could not be used, offered for download.
    pub unreadable: Option<Rc<String>>,
    /// The text in storage now (what a write may replace; see [`save`]).
    pub stored: Option<String>,
}

/// Reads the browser's storage into the state to start from, backing up
/// anything unusable first (once per distinct text).
/// Its notices are in `words`' language.
pub fn load(words: Words) -> Restored {
    let crashed = browser::take_crash_marker();
    restore(words, browser::read_storage(STORAGE_KEY), crashed, |text| {
        if let Some(key) = browser::storage_key_holding(BACKUP_KEY_PREFIX, text) {
            return Ok(key);
        }
        let key = format!("{BACKUP_KEY_PREFIX}{}", browser::now_iso());
        browser::write_storage(&key, text).map(|()| key)
    })
}

/// Why a save did not happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveProblem {
    /// The browser refused.
    Storage(StorageError),
    /// Another tab wrote since this one last read or wrote.
    TakenOver,
}

/// Writes `text` unless another tab changed the stored data since this page
/// last read or wrote it (`last`, updated on success). Storage that already
/// holds exactly `text` (two tabs opened together, both on the defaults) is no
/// conflict.
pub fn save(text: &str, last: &mut Option<String>) -> Result<(), SaveProblem> {
    let current = browser::read_storage(STORAGE_KEY).map_err(SaveProblem::Storage)?;
    if current.as_deref() != Some(text) {
        if current != *last {
            return Err(SaveProblem::TakenOver);
        }
        browser::write_storage(STORAGE_KEY, text).map_err(SaveProblem::Storage)?;
    }
    *last = Some(text.to_owned());
    Ok(())
}

/// Whether a change another tab made to the stored data (`new_value`) means
/// this tab must stop saving: not when it is what this tab last knew or would
/// write anyway (`last`, updated then).
pub fn is_conflict(new_value: Option<String>, last: &mut Option<String>, latest: &str) -> bool {
    if new_value == *last || new_value.as_deref() == Some(latest) {
        *last = new_value;
        return false;
    }
    true
}

/// Reads what storage gave (`read`) into the state to start from. `crashed`:
/// the page stopped on an internal error last time. `back_up` copies unusable
/// text under a backup key and returns the key.
pub fn restore(
    words: Words,
    read: Result<Option<String>, StorageError>,
    crashed: bool,
    back_up: impl FnOnce(&str) -> Result<String, StorageError>,
) -> Restored {
    let fresh = |status, notice, stored| Restored {
        saved: SavedState::default(),
        status,
        notice,
        unreadable: None,
        stored,
    };
    let text = match read {
        Err(_) => {
            let notice = Notice::new(Topic::SavedData, Tone::Warning, words.storage_unavailable());
            return fresh(StorageStatus::Unavailable, Some(notice), None);
        }
        Ok(None) => return fresh(StorageStatus::Saving, None, None),
        Ok(Some(text)) => text,
    };
    let parsed = if crashed {
        None
    } else {
        Some(SavedState::from_json(&text))
    };
    let (saved, tone, headline, details) = match parsed {
        Some(Ok(saved)) => {
            return Restored {
                saved,
                status: StorageStatus::Saving,
                notice: None,
                unreadable: None,
                stored: Some(text),
            }
        }
        Some(Err(SavedStateError::FromNewerVersion { found })) => {
            let error = SavedStateError::FromNewerVersion { found };
            let notice = Notice::new(
                Topic::SavedData,
                Tone::Warning,
                format!(
                    "{} {}",
                    words.saved_state_error(&error),
                    words.storage_newer_kept()
                ),
            )
            .with_action(NoticeAction::DownloadUnreadable);
            return Restored {
                saved: SavedState::default(),
                status: StorageStatus::Newer,
                notice: Some(notice),
                unreadable: Some(Rc::new(text.clone())),
                stored: Some(text),
            };
        }
        None => (
            SavedState::default(),
            Tone::Warning,
            words.storage_after_crash().to_owned(),
            Vec::new(),
        ),
        Some(Err(SavedStateError::Profiles {
            problems, salvaged, ..
        })) => {
            let details = problems
                .iter()
                .flat_map(|problem| {
                    problem
                        .problems
                        .iter()
                        .map(move |error| words.slot_problem_at(&problem.slot, error))
                })
                .collect();
            (
                *salvaged,
                Tone::Warning,
                words.storage_partly_read().to_owned(),
                details,
            )
        }
        Some(Err(error)) => (
            SavedState::default(),
            Tone::Problem,
            words.saved_state_error(&error),
            Vec::new(),
        ),
    };
    let backup = back_up(&text);
    let (status, kept) = match &backup {
        Ok(key) => (StorageStatus::Saving, words.storage_backed_up(key)),
        Err(_) => (
            StorageStatus::Blocked,
            words.storage_not_backed_up().to_owned(),
        ),
    };
    Restored {
        saved,
        status,
        notice: Some(
            Notice::new(Topic::SavedData, tone, format!("{headline} {kept}"))
                .with_details(details)
                .with_action(NoticeAction::DownloadUnreadable),
        ),
        unreadable: Some(Rc::new(text.clone())),
        stored: Some(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use engine::Profile;
    use wasm_bindgen_test::wasm_bindgen_test as test;

    fn no_backup(_: &str) -> Result<String, StorageError> {
        Err(StorageError::Full)
    }

    fn notice_of(restored: &Restored) -> Notice {
        restored
            .notice
            .clone()
            .unwrap_or_else(|| Notice::new(Topic::Link, Tone::Done, "no notice"))
    }

    #[test]
    fn nothing_stored_starts_fresh_and_saves() {
        let restored = restore(Words::default(), Ok(None), false, no_backup);
        assert_eq!(restored.saved, SavedState::default());
        assert_eq!(restored.status, StorageStatus::Saving);
        assert_eq!(restored.notice, None);
        assert_eq!(restored.stored, None);
    }

    #[test]
    fn saved_state_comes_back() {
        let mut working = Profile::default();
        working.workload.requests_per_month = 1234.0;
        let saved = SavedState::new(working);
        let restored = restore(
            Words::default(),
            Ok(Some(saved.to_json())),
            false,
            no_backup,
        );
        assert_eq!(restored.saved, saved);
        assert_eq!(restored.notice, None);
        assert_eq!(restored.stored, Some(saved.to_json()));
    }

    #[test]
    fn no_storage_says_so_and_never_writes() {
        let restored = restore(
            Words::default(),
            Err(StorageError::Unavailable),
            false,
            no_backup,
        );
        assert_eq!(restored.status, StorageStatus::Unavailable);
        assert!(!restored.status.writes());
        assert!(restored.notice.is_some());
    }

    #[test]
    fn corrupt_data_is_backed_up_before_anything_else() {
        let mut backed_up = String::new();
        let restored = restore(
            Words::default(),
            Ok(Some("{not json".to_owned())),
            false,
            |text| {
                backed_up = text.to_owned();
                Ok("open-or-closed:unreadable:now".to_owned())
            },
        );
        assert_eq!(backed_up, "{not json");
        assert_eq!(restored.saved, SavedState::default());
        assert_eq!(restored.status, StorageStatus::Saving);
        assert_eq!(
            restored.unreadable.as_deref().map(String::as_str),
            Some("{not json")
        );
        let notice = notice_of(&restored);
        assert_eq!(notice.tone, Tone::Problem);
        assert!(
            notice.text.contains("open-or-closed:unreadable:now"),
            "{}",
            notice.text
        );
        assert_eq!(notice.action, Some(NoticeAction::DownloadUnreadable));
    }

    #[test]
    fn data_that_cannot_be_backed_up_blocks_every_write() {
        let restored = restore(
            Words::default(),
            Ok(Some("[1, 2".to_owned())),
            false,
            no_backup,
        );
        assert_eq!(restored.status, StorageStatus::Blocked);
        assert!(!restored.status.writes());
    }

    #[test]
    fn data_from_a_newer_version_is_left_untouched() {
        let future = r#"{"format_version": 99, "working": {}, "scenarios": []}"#;
        let restored = restore(Words::default(), Ok(Some(future.to_owned())), false, |_| {
            Ok("a backup that is not needed".to_owned())
        });
        assert_eq!(restored.status, StorageStatus::Newer);
        assert!(!restored.status.writes());
        let text = notice_of(&restored).text;
        assert!(text.contains("newer version"), "{text}");
    }

    #[test]
    fn after_a_crash_the_page_starts_fresh_and_keeps_the_data_aside() {
        let mut working = Profile::default();
        working.workload.requests_per_month = 555.0;
        let stored = SavedState::new(working).to_json();
        let mut backed_up = String::new();
        let restored = restore(Words::default(), Ok(Some(stored.clone())), true, |text| {
            backed_up = text.to_owned();
            Ok("backup".to_owned())
        });
        assert_eq!(restored.saved, SavedState::default());
        assert_eq!(backed_up, stored);
        assert_eq!(restored.status, StorageStatus::Saving);
        assert!(notice_of(&restored).text.contains("internal error"));
    }

    #[test]
    fn another_tabs_change_is_a_conflict_unless_it_is_known_or_the_same() {
        let mut last = Some("A".to_owned());
        assert!(!is_conflict(Some("A".to_owned()), &mut last, "B"));
        assert!(!is_conflict(Some("B".to_owned()), &mut last, "B"));
        assert_eq!(last.as_deref(), Some("B"), "what is known now");
        assert!(is_conflict(Some("C".to_owned()), &mut last, "B"));
        assert!(is_conflict(None, &mut last, "B"), "cleared by another tab");
    }

    #[test]
    fn a_broken_profile_is_set_aside_and_the_rest_kept() {
        let mut good = Profile::default();
        good.workload.requests_per_month = 777.0;
        let text = format!(
            r#"{{"format_version": 1, "working": {}, "scenarios": [
                {{"id": "scenario-1", "name": "Broken", "profile": {{"workload": {{"requests_per_month": -5}}}}, "saved_at": null}}]}}"#,
            good.to_json()
        );
        let restored = restore(Words::default(), Ok(Some(text)), false, |_| {
            Ok("backup".to_owned())
        });
        assert_eq!(restored.saved.working, good);
        assert!(restored.saved.scenarios.is_empty());
        let notice = notice_of(&restored);
        assert_eq!(notice.tone, Tone::Warning);
        assert!(
            notice
                .details
                .iter()
                .any(|line| line.contains("workload.requests_per_month")),
            "{:?}",
            notice.details
        );
    }
}
