//! Notices: what the page tells the user about storage, links, imports and
//! scenarios, each with a tone, optional details (problems by field) and an
//! optional action (undo a delete, download unreadable data). One notice per
//! topic at a time: a newer one replaces the older.

/// How a notice looks and how urgently a screen reader announces it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Something done (a link copied, a scenario opened).
    Done,
    /// Something the user should know (storage off, a profile set aside).
    Warning,
    /// Something refused (a bad link or file).
    Problem,
}

/// What a notice is about; one notice per topic is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Topic {
    /// What was found in storage when the page started (kept apart from
    /// `Storage`, so a later write problem does not hide its download).
    SavedData,
    /// Saving as the user works: storage full, off, or taken over by another tab.
    Storage,
    /// Work kept as a scenario before something replaced it.
    KeptWork,
    /// A download the browser did not start.
    Download,
    /// Share links, copied or opened.
    Link,
    /// Imported files.
    Import,
    /// Scenarios saved, opened, renamed or deleted.
    Scenario,
}

/// A button a notice offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeAction {
    /// Bring back the last deleted scenario.
    UndoDelete,
    /// Download the saved data that could not be read.
    DownloadUnreadable,
    /// Reload the page (to pick up what another tab saved).
    Reload,
}

/// How long a "done" notice without an action stays before it goes by
/// itself; warnings, problems and notices with a button (such as Undo) stay
/// until dismissed.
pub const DONE_NOTICE_MS: u32 = 8_000;

thread_local! {
    static NEXT_SERIAL: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
}

/// One notice.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    /// Tells this notice from a later one on the same topic (for its timer).
    pub serial: u64,
    pub topic: Topic,
    pub tone: Tone,
    pub text: String,
    /// Problems listed under the text, one per line (a field's path and message).
    pub details: Vec<String>,
    pub action: Option<NoticeAction>,
}

impl Notice {
    pub fn new(topic: Topic, tone: Tone, text: impl Into<String>) -> Self {
        let serial = NEXT_SERIAL.with(|next| {
            let serial = next.get();
            next.set(serial.wrapping_add(1));
            serial
        });
        Notice {
            serial,
            topic,
            tone,
            text: text.into(),
            details: Vec::new(),
            action: None,
        }
    }

    pub fn with_details(mut self, details: Vec<String>) -> Self {
        self.details = details;
        self
    }

    pub fn with_action(mut self, action: NoticeAction) -> Self {
        self.action = Some(action);
        self
    }
}

/// Adds `notice`, replacing any notice on the same topic.
pub fn show(notices: &mut Vec<Notice>, notice: Notice) {
    notices.retain(|shown| shown.topic != notice.topic);
    notices.push(notice);
}

impl Notice {
    /// True when the notice goes by itself after [`DONE_NOTICE_MS`].
    pub fn expires(&self) -> bool {
        self.tone == Tone::Done && self.action.is_none()
    }
}
