//! The presets: the example profiles shipped in `examples/profiles/`, drawn
//! from the source article's situations.

use engine::Profile;

/// A preset: an id (its file name) and the profile JSON.
pub struct Preset {
    pub id: &'static str,
    pub json: &'static str,
}

/// Every preset, in the order the page offers them.
pub const PRESETS: &[Preset] = &[
    Preset {
        id: "academic-research",
        json: include_str!("../examples/profiles/academic-research.json"),
    },
    Preset {
        id: "startup-internal-tool",
        json: include_str!("../examples/profiles/startup-internal-tool.json"),
    },
    Preset {
        id: "bank-customer-assistant",
        json: include_str!("../examples/profiles/bank-customer-assistant.json"),
    },
    Preset {
        id: "ml-platform-high-volume",
        json: include_str!("../examples/profiles/ml-platform-high-volume.json"),
    },
    Preset {
        id: "air-gapped-government",
        json: include_str!("../examples/profiles/air-gapped-government.json"),
    },
];

impl Preset {
    /// The preset's profile; `None` only if a shipped file were malformed,
    /// which a test rules out.
    pub fn profile(&self) -> Option<Profile> {
        Profile::from_json(self.json).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn every_preset_parses_and_validates() {
        for preset in PRESETS {
            let profile = preset
                .profile()
                .unwrap_or_else(|| panic!("{} does not parse", preset.id));
            assert!(
                engine::validate::validate(&profile).is_empty(),
                "{} is not valid",
                preset.id
            );
            for words in engine::text::Lang::ALL.map(engine::text::Words::new) {
                assert!(
                    !words.preset_label(preset.id).is_empty(),
                    "{} has no label",
                    preset.id
                );
            }
        }
    }
}
