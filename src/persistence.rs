//! Autosave: what is kept in the browser's storage and how it is read back.
//!
//! The engine reads and writes the envelope (`engine::saved`); this module
//! decides what the page does with each outcome. Data that cannot be used is
//! copied to a backup key before anything else is written, and if that copy
//! fails nothing is written at all for the rest of the visit: what could not be
//! read is never overwritten.

use std::rc::Rc;

use engine::saved::{SavedState, SavedStateError};

use crate::browser::StorageError;
use crate::messages::en;
use crate::notices::{Notice, NoticeAction, Tone, Topic};

/// The storage key of the saved state.
pub const STORAGE_KEY: &str = "open-or-closed";
/// Unreadable saved data is copied under this prefix plus the time.
pub const BACKUP_KEY_PREFIX: &str = "open-or-closed:unreadable:";

/// Whether the page may write to storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageStatus {
    /// Every valid change is saved.
    Saving,
    /// The browser gives no storage: work lasts until the tab closes.
    Unavailable,
    /// The last write was refused (storage full).
    Full,
    /// Unreadable data could not be backed up: nothing is written, so it is
    /// not overwritten.
    Blocked,
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
}

/// Reads the browser's storage into the state to start from, backing up
/// anything unusable first.
pub fn load() -> Restored {
    restore(crate::browser::read_storage(STORAGE_KEY), |text| {
        let key = format!("{BACKUP_KEY_PREFIX}{}", crate::browser::now_iso());
        crate::browser::write_storage(&key, text).map(|()| key)
    })
}

/// Reads what storage gave (`read`) into the state to start from. `back_up`
/// copies unusable text under a backup key and returns the key.
pub fn restore(
    read: Result<Option<String>, StorageError>,
    back_up: impl FnOnce(&str) -> Result<String, StorageError>,
) -> Restored {
    let fresh = |status, notice| Restored {
        saved: SavedState::default(),
        status,
        notice,
        unreadable: None,
    };
    let text = match read {
        Err(_) => {
            let notice = Notice::new(Topic::Storage, Tone::Warning, en::STORAGE_UNAVAILABLE);
            return fresh(StorageStatus::Unavailable, Some(notice));
        }
        Ok(None) => return fresh(StorageStatus::Saving, None),
        Ok(Some(text)) => text,
    };
    let error = match SavedState::from_json(&text) {
        Ok(saved) => {
            return Restored {
                saved,
                status: StorageStatus::Saving,
                notice: None,
                unreadable: None,
            }
        }
        Err(error) => error,
    };
    let reason = error.to_string();
    let backup = back_up(&text);
    let status = if backup.is_ok() {
        StorageStatus::Saving
    } else {
        StorageStatus::Blocked
    };
    let kept = match &backup {
        Ok(key) => en::storage_backed_up(key),
        Err(_) => en::STORAGE_NOT_BACKED_UP.to_owned(),
    };
    let (saved, tone, details) = match error {
        SavedStateError::Profiles {
            problems, salvaged, ..
        } => {
            let details = problems
                .iter()
                .flat_map(|problem| {
                    problem
                        .problems
                        .iter()
                        .map(move |error| format!("{}, {}: {error}", problem.slot, error.field))
                })
                .collect();
            (*salvaged, Tone::Warning, details)
        }
        SavedStateError::Corrupt { .. } | SavedStateError::FromNewerVersion { .. } => {
            (SavedState::default(), Tone::Problem, Vec::new())
        }
    };
    let headline = match &details[..] {
        [] => format!("{reason} {kept}"),
        _ => format!("{} {kept}", en::STORAGE_PARTLY_READ),
    };
    Restored {
        saved,
        status,
        notice: Some(
            Notice::new(Topic::Storage, tone, headline)
                .with_details(details)
                .with_action(NoticeAction::DownloadUnreadable),
        ),
        unreadable: Some(Rc::new(text)),
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

    #[test]
    fn nothing_stored_starts_fresh_and_saves() {
        let restored = restore(Ok(None), no_backup);
        assert_eq!(restored.saved, SavedState::default());
        assert_eq!(restored.status, StorageStatus::Saving);
        assert_eq!(restored.notice, None);
    }

    #[test]
    fn saved_state_comes_back() {
        let mut working = Profile::default();
        working.workload.requests_per_month = 1234.0;
        let saved = SavedState::new(working);
        let restored = restore(Ok(Some(saved.to_json())), no_backup);
        assert_eq!(restored.saved, saved);
        assert_eq!(restored.notice, None);
    }

    #[test]
    fn no_storage_says_so_and_never_writes() {
        let restored = restore(Err(StorageError::Unavailable), no_backup);
        assert_eq!(restored.status, StorageStatus::Unavailable);
        assert!(!restored.status.writes());
        assert!(restored.notice.is_some());
    }

    #[test]
    fn corrupt_data_is_backed_up_before_anything_else() {
        let mut backed_up = String::new();
        let restored = restore(Ok(Some("{not json".to_owned())), |text| {
            backed_up = text.to_owned();
            Ok("open-or-closed:unreadable:now".to_owned())
        });
        assert_eq!(backed_up, "{not json");
        assert_eq!(restored.saved, SavedState::default());
        assert_eq!(restored.status, StorageStatus::Saving);
        assert_eq!(
            restored.unreadable.as_deref().map(String::as_str),
            Some("{not json")
        );
        let notice = restored
            .notice
            .unwrap_or_else(|| Notice::new(Topic::Link, Tone::Done, ""));
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
        let future = r#"{"format_version": 99, "working": {}, "scenarios": []}"#;
        let restored = restore(Ok(Some(future.to_owned())), no_backup);
        assert_eq!(restored.status, StorageStatus::Blocked);
        assert!(!restored.status.writes());
        let text = restored
            .notice
            .map(|notice| notice.text)
            .unwrap_or_default();
        assert!(text.contains("newer version"), "{text}");
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
        let restored = restore(Ok(Some(text)), |_| Ok("backup".to_owned()));
        assert_eq!(restored.saved.working, good);
        assert!(restored.saved.scenarios.is_empty());
        let notice = restored
            .notice
            .unwrap_or_else(|| Notice::new(Topic::Link, Tone::Done, ""));
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
