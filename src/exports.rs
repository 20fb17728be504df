//! What each download holds: its file name, media type and text, from the
//! engine's exports (`engine::export`) and the profile's JSON.

use engine::export::{monthly_csv, report_markdown};

use crate::components::share_panel::Export;
use crate::state::AppState;

/// A file ready to download.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportFile {
    pub file_name: String,
    pub media_type: &'static str,
    pub text: String,
}

/// The file for `kind`, from the working profile and its results. The
/// report includes the decision only when it is for the current profile.
pub fn export_file(state: &AppState, kind: Export) -> ExportFile {
    let stem = file_stem(&state.profile.name);
    match kind {
        Export::ProfileJson => ExportFile {
            file_name: format!("{stem}.json"),
            media_type: "application/json",
            text: state.profile.to_json(),
        },
        Export::ReportMarkdown => {
            let decision = state
                .decision
                .as_deref()
                .filter(|_| !state.decision_is_stale());
            ExportFile {
                file_name: format!("{stem}-report.md"),
                media_type: "text/markdown",
                text: report_markdown(state.words(), &state.profile, &state.report, decision),
            }
        }
        Export::MonthlyCsv => ExportFile {
            file_name: format!("{stem}-monthly.csv"),
            media_type: "text/csv",
            text: monthly_csv(&state.report),
        },
    }
}

/// `open-or-closed-` and the profile's name in lower-case letters, digits
/// and dashes: a file name every system accepts.
pub fn file_stem(name: &str) -> String {
    let mut stem = String::from("open-or-closed");
    let mut dash = true;
    // ASCII only: Unicode case tables would cost the bundle kilobytes for a file name.
    for letter in name.chars().map(|letter| letter.to_ascii_lowercase()) {
        if letter.is_ascii_alphanumeric() {
            if dash {
                stem.push('-');
            }
            stem.push(letter);
            dash = false;
        } else {
            dash = true;
        }
        if stem.len() >= 60 {
            break;
        }
    }
    stem
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn file_names_are_plain() {
        assert_eq!(
            file_stem("Bank: customer assistant (v2)"),
            "open-or-closed-bank-customer-assistant-v2"
        );
        assert_eq!(file_stem("<script>"), "open-or-closed-script");
        assert_eq!(file_stem("Ünïcode ☃"), "open-or-closed-n-code");
        assert_eq!(file_stem(""), "open-or-closed");
    }

    #[test]
    fn each_export_holds_what_its_name_says() {
        let state = AppState::default();
        let json = export_file(&state, Export::ProfileJson);
        assert_eq!(json.file_name, "open-or-closed-untitled-profile.json");
        assert_eq!(
            engine::Profile::from_json(&json.text).ok(),
            Some(state.profile.clone())
        );
        let csv = export_file(&state, Export::MonthlyCsv);
        assert!(csv.text.lines().count() > 36, "a row per month");
        let markdown = export_file(&state, Export::ReportMarkdown);
        assert!(markdown.text.starts_with('#'));
    }
}
