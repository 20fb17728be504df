//! The user's named scenarios, as the reducer changes them: add, rename,
//! duplicate, delete with undo, and the two or three chosen for comparison.
//!
//! The names follow the engine's rules (`engine::saved::names`); this module
//! only keeps the list consistent (unique ids, unique names, a deleted
//! scenario held for undo).

use engine::number_input::{Allowed, FieldError, GivenValue};
use engine::saved::names::{duplicate_name, unique_name, validate_name};
use engine::saved::Scenario;
use engine::text::Words;
use engine::Profile;

/// How many scenarios can be compared side by side.
pub const MAX_COMPARED: usize = 3;

/// The scenarios, in the user's order.
#[derive(Debug, Clone, PartialEq)]
pub struct Library {
    scenarios: Vec<Scenario>,
    /// The last deleted scenario and where it was, for undo.
    deleted: Option<(usize, Scenario)>,
    /// Ids chosen for comparison, oldest choice first.
    compared: Vec<String>,
    /// The number in the next fresh id (`scenario-N`); never reused, so an
    /// undone delete cannot collide with a scenario made meanwhile.
    next_number: u64,
}

impl Default for Library {
    fn default() -> Self {
        Library::new(Vec::new())
    }
}

impl Library {
    /// A library holding `scenarios` (as read from storage).
    pub fn new(scenarios: Vec<Scenario>) -> Self {
        let largest = scenarios
            .iter()
            .filter_map(|scenario| scenario.id.strip_prefix("scenario-")?.parse::<u64>().ok())
            .max()
            .unwrap_or(0);
        Library {
            scenarios,
            deleted: None,
            compared: Vec::new(),
            next_number: largest.saturating_add(1),
        }
    }

    /// Every scenario, in order.
    pub fn scenarios(&self) -> &[Scenario] {
        &self.scenarios
    }

    /// The scenario with this id.
    pub fn get(&self, id: &str) -> Option<&Scenario> {
        self.scenarios.iter().find(|scenario| scenario.id == id)
    }

    /// The name of scenario `id` (empty if there is none).
    pub fn name_of(&self, id: &str) -> String {
        self.get(id)
            .map(|scenario| scenario.name.clone())
            .unwrap_or_default()
    }

    /// The first scenario holding exactly this profile (its name aside).
    pub fn find_profile(&self, profile: &Profile) -> Option<&Scenario> {
        self.scenarios
            .iter()
            .find(|scenario| same_inputs(&scenario.profile, profile))
    }

    fn names(&self) -> impl Iterator<Item = &str> {
        self.scenarios.iter().map(|scenario| scenario.name.as_str())
    }

    fn fresh_id(&mut self) -> String {
        // Stored ids can be anything (even `scenario-18446744073709551615`):
        // step on until the id is free; at most one step per scenario.
        loop {
            let id = format!("scenario-{}", self.next_number);
            self.next_number = self.next_number.wrapping_add(1);
            let taken = self.scenarios.iter().any(|scenario| scenario.id == id)
                || self
                    .deleted
                    .as_ref()
                    .is_some_and(|(_, scenario)| scenario.id == id);
            if !taken {
                return id;
            }
        }
    }

    /// Adds `profile` as a new scenario at the end, under `wanted` (made
    /// unique: "Bank (copy)" if "Bank" is taken). Returns its id.
    pub fn add(
        &mut self,
        words: Words,
        wanted: &str,
        mut profile: Profile,
        saved_at: Option<String>,
    ) -> String {
        let name = unique_name(wanted, self.names(), words.copy_mark());
        profile.name = name.clone();
        let id = self.fresh_id();
        self.scenarios.push(Scenario {
            id: id.clone(),
            name,
            profile,
            saved_at,
        });
        id
    }

    /// Replaces the profile kept in scenario `id` (its name stays).
    pub fn update(&mut self, id: &str, profile: &Profile, saved_at: Option<String>) {
        if let Some(scenario) = self.scenarios.iter_mut().find(|scenario| scenario.id == id) {
            scenario.profile = profile.clone();
            scenario.profile.name = scenario.name.clone();
            scenario.saved_at = saved_at;
        }
    }

    /// Renames scenario `id`; the name must be valid and not another scenario's.
    pub fn rename(&mut self, id: &str, text: &str) -> Result<(), FieldError> {
        let name = validate_name(text)?;
        let taken = self
            .scenarios
            .iter()
            .any(|scenario| scenario.id != id && scenario.name == name);
        if taken {
            return Err(FieldError {
                field: "name".to_owned(),
                given: GivenValue::Text(text.to_owned()),
                allowed: Allowed::UnusedName,
            });
        }
        if let Some(scenario) = self.scenarios.iter_mut().find(|scenario| scenario.id == id) {
            scenario.name = name.clone();
            scenario.profile.name = name;
        }
        Ok(())
    }

    /// Adds a copy of scenario `id` right after it; returns the copy's id.
    pub fn duplicate(
        &mut self,
        words: Words,
        id: &str,
        saved_at: Option<String>,
    ) -> Option<String> {
        let index = self
            .scenarios
            .iter()
            .position(|scenario| scenario.id == id)?;
        let original = self.scenarios.get(index)?.clone();
        let name = duplicate_name(&original.name, self.names(), words.copy_mark());
        let copy_id = self.fresh_id();
        let mut profile = original.profile;
        profile.name = name.clone();
        self.scenarios.insert(
            index + 1,
            Scenario {
                id: copy_id.clone(),
                name,
                profile,
                saved_at,
            },
        );
        Some(copy_id)
    }

    /// Deletes scenario `id`, keeping it for [`Library::undo_delete`] (until
    /// the next delete). Returns its name.
    pub fn delete(&mut self, id: &str) -> Option<String> {
        let index = self
            .scenarios
            .iter()
            .position(|scenario| scenario.id == id)?;
        let removed = self.scenarios.remove(index);
        self.compared.retain(|compared| compared != id);
        let name = removed.name.clone();
        self.deleted = Some((index, removed));
        Some(name)
    }

    /// The name of the scenario an undo would bring back.
    pub fn deleted_name(&self) -> Option<&str> {
        self.deleted
            .as_ref()
            .map(|(_, scenario)| scenario.name.as_str())
    }

    /// Puts the last deleted scenario back where it was. Its name is made
    /// unique if another scenario took it meanwhile. Returns its id.
    pub fn undo_delete(&mut self, words: Words) -> Option<String> {
        let (index, mut scenario) = self.deleted.take()?;
        scenario.name = unique_name(&scenario.name, self.names(), words.copy_mark());
        scenario.profile.name = scenario.name.clone();
        let id = scenario.id.clone();
        self.scenarios
            .insert(index.min(self.scenarios.len()), scenario);
        Some(id)
    }

    /// The ids chosen for comparison that still exist, in choice order.
    pub fn compared(&self) -> &[String] {
        &self.compared
    }

    /// Chooses or unchooses scenario `id` for comparison; choosing a fourth
    /// drops the oldest choice.
    pub fn toggle_compared(&mut self, id: &str) {
        if self.compared.iter().any(|compared| compared == id) {
            self.compared.retain(|compared| compared != id);
        } else if self.get(id).is_some() {
            self.compared.push(id.to_owned());
            if self.compared.len() > MAX_COMPARED {
                self.compared.remove(0);
            }
        }
    }

    /// Ends the comparison.
    pub fn clear_compared(&mut self) {
        self.compared.clear();
    }
}

/// A profile that carries no name of its own (empty, or the default
/// "Untitled profile"), so a link or a file names its scenario instead.
pub fn is_unnamed(profile: &Profile) -> bool {
    profile.name.trim().is_empty() || profile.name == engine::saved::names::UNTITLED
}

/// Two profiles with the same inputs (the name is a label, not an input).
pub fn same_inputs(a: &Profile, b: &Profile) -> bool {
    if a.name == b.name {
        return a == b;
    }
    let mut renamed = b.clone();
    renamed.name = a.name.clone();
    *a == renamed
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test as test;

    fn profile_with_requests(requests: f64) -> Profile {
        let mut profile = Profile::default();
        profile.workload.requests_per_month = requests;
        profile
    }

    #[test]
    fn names_stay_unique_and_the_profile_carries_the_name() {
        let mut library = Library::default();
        let first = library.add(Words::default(), "Bank", Profile::default(), None);
        let second = library.add(Words::default(), "Bank", Profile::default(), None);
        assert_ne!(first, second);
        assert_eq!(
            library.get(&second).map(|s| s.name.as_str()),
            Some("Bank (copy)")
        );
        assert_eq!(
            library.get(&second).map(|s| s.profile.name.as_str()),
            Some("Bank (copy)")
        );
        let copy = library
            .duplicate(Words::default(), &first, None)
            .unwrap_or_default();
        assert_eq!(
            library.get(&copy).map(|s| s.name.as_str()),
            Some("Bank (copy 2)")
        );
        // The copy sits right after its original.
        assert_eq!(library.scenarios()[1].id, copy);
    }

    #[test]
    fn rename_refuses_empty_and_taken_names() {
        let words = Words::default();
        let mut library = Library::default();
        let bank = library.add(Words::default(), "Bank", Profile::default(), None);
        library.add(Words::default(), "Startup", Profile::default(), None);
        assert!(library.rename(&bank, "   ").is_err());
        let taken = library.rename(&bank, "Startup").unwrap_err();
        assert_eq!(taken.allowed, Allowed::UnusedName);
        assert_eq!(
            words.name_refused(&taken),
            "“Startup” cannot be a scenario name: use a name no other scenario has."
        );
        assert!(library.rename(&bank, " Bank 2026 ").is_ok());
        assert_eq!(
            library.get(&bank).map(|s| s.name.as_str()),
            Some("Bank 2026")
        );
        // Renaming to its own name is fine.
        assert!(library.rename(&bank, "Bank 2026").is_ok());
    }

    #[test]
    fn delete_then_undo_restores_the_scenario_in_place() {
        let mut library = Library::default();
        let a = library.add(Words::default(), "A", profile_with_requests(1.0), None);
        let b = library.add(Words::default(), "B", profile_with_requests(2.0), None);
        let c = library.add(Words::default(), "C", profile_with_requests(3.0), None);
        library.toggle_compared(&b);
        assert_eq!(library.delete(&b).as_deref(), Some("B"));
        assert!(
            library.compared().is_empty(),
            "a deleted scenario leaves the comparison"
        );
        // A scenario made meanwhile never gets the deleted one's id.
        let d = library.add(Words::default(), "D", Profile::default(), None);
        assert_ne!(d, b);
        assert_eq!(
            library.undo_delete(Words::default()).as_deref(),
            Some(b.as_str())
        );
        let order: Vec<&str> = library.scenarios().iter().map(|s| s.id.as_str()).collect();
        assert_eq!(order, [a.as_str(), b.as_str(), c.as_str(), d.as_str()]);
        assert_eq!(
            library.undo_delete(Words::default()),
            None,
            "one undo per delete"
        );
    }

    #[test]
    fn at_most_three_are_compared_and_the_oldest_choice_goes() {
        let mut library = Library::default();
        let ids: Vec<String> = (0..4)
            .map(|n| library.add(Words::default(), &format!("S{n}"), Profile::default(), None))
            .collect();
        for id in &ids {
            library.toggle_compared(id);
        }
        assert_eq!(library.compared(), &ids[1..]);
        library.toggle_compared(&ids[2]);
        assert_eq!(library.compared(), [ids[1].clone(), ids[3].clone()]);
        library.toggle_compared("no-such-id");
        assert_eq!(library.compared().len(), 2);
    }

    #[test]
    fn ids_continue_after_the_largest_stored_one() {
        let stored = Scenario {
            id: "scenario-7".to_owned(),
            name: "Kept".to_owned(),
            profile: Profile::default(),
            saved_at: None,
        };
        let mut library = Library::new(vec![stored]);
        assert_eq!(
            library.add(Words::default(), "New", Profile::default(), None),
            "scenario-8"
        );
    }

    #[test]
    fn the_largest_possible_stored_id_does_not_make_a_duplicate() {
        let stored = Scenario {
            id: format!("scenario-{}", u64::MAX),
            name: "Edge".to_owned(),
            profile: Profile::default(),
            saved_at: None,
        };
        let mut library = Library::new(vec![stored]);
        let first = library.add(Words::default(), "A", Profile::default(), None);
        let second = library.add(Words::default(), "B", Profile::default(), None);
        assert_ne!(first, format!("scenario-{}", u64::MAX));
        assert_ne!(first, second);
    }

    #[test]
    fn a_profile_is_found_whatever_its_name() {
        let mut library = Library::default();
        let id = library.add(Words::default(), "Bank", profile_with_requests(5.0), None);
        let mut working = profile_with_requests(5.0);
        working.name = "Something else".to_owned();
        assert_eq!(
            library.find_profile(&working).map(|s| s.id.clone()),
            Some(id)
        );
        assert!(library.find_profile(&profile_with_requests(6.0)).is_none());
    }
}
