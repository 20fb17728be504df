//! Share links: a profile in a URL fragment (`#` + the link text), which the
//! browser never sends to a server.
//!
//! The text is `<version>.<payload>`: the link format version in decimal, a
//! dot, then base64url without padding of the JSON of what differs from the
//! defaults (`docs/storage-and-links.md`). Version 1's payload is the change
//! set of [`Profile::to_value`] against [`Profile::default`]'s: the default
//! profile is `1.e30` (`{}`); the five examples are 1,220 to 1,736 characters.
//!
//! Decoding reads the version first and hands the payload to that version's
//! reader, so a later engine keeps reading older links. Version 1's payload is
//! a change set against version 1's defaults, frozen here
//! (`share_link/v1_defaults.json`, the profile format 1 defaults of 2026-11);
//! the profile it gives is then migrated to the current format
//! ([`crate::migrate`]). Version 2 (2026-12, with profile format 2) is a change
//! set against the defaults of early December 2026, frozen the same way
//! (`share_link/v2_defaults.json`: Claude Sonnet 4.5 and Llama 3.3 70B on
//! Together and on H100s). Version 3 (2026-12, the current catalog's defaults)
//! is a change set against today's [`Profile::default`], pinned by the test
//! `engine/tests/share_links.rs` (`version_3_defaults_are_pinned`): if a
//! default changes, that test fails; freeze the pinned file as version 3's base
//! and start version 4 against the new defaults. A link therefore always opens
//! the models and settings it was made with, whatever the defaults become.
//!
//! Not compressed, by measurement: raw deflate would cut the examples' links
//! to 39-48 % of their length (564 to 726 characters), but they already fit
//! every browser and chat tool, and a deflate crate (miniz_oxide) adds about
//! 13 KB gzip to a page that is over its size budget (figures in
//! `docs/storage-and-links.md`).

mod base64url;
mod diff;

use serde_json::Value;

use crate::migrate::{migrate_profile_value, MigrationError};
use crate::number_input::{FieldError, JsonKind};
use crate::profile::Profile;

/// The link format this engine writes.
pub const LINK_VERSION: u32 = 3;

/// The longest link text read, in bytes (the part after `#`): 8 KiB. Longer
/// text is refused before anything is decoded. A profile with every field
/// changed is about 5,100 characters, so only a very long name or rate source
/// comes near it.
pub const MAX_LINK_CHARS: usize = 8_192;

/// How many problems a message lists before "and N more".
pub const PROBLEMS_SHOWN: usize = 5;

/// Why a link could not be opened.
#[derive(Debug, Clone, PartialEq)]
pub enum ShareLinkError {
    /// Nothing after the `#`.
    Empty,
    /// Longer than [`MAX_LINK_CHARS`].
    TooLong {
        /// The link text's length, in bytes.
        chars: usize,
    },
    /// Not `<version>.<payload>`.
    NotALink,
    /// Made by a newer version of the calculator.
    FromNewerVersion {
        /// The link's format version.
        version: u32,
    },
    /// A version no calculator ever wrote (0, or one retired without a reader).
    UnknownVersion {
        /// The link's format version.
        version: u32,
    },
    /// Cut short or altered: the payload does not decode to a JSON object.
    Damaged {
        /// What is wrong with it.
        detail: Damage,
    },
    /// The scenario has fields this engine does not know, or values of the wrong type.
    WrongFields {
        /// Every problem, by field.
        problems: Vec<FieldError>,
    },
    /// The scenario's profile version cannot be read (newer, or unknown).
    Migration(MigrationError),
    /// The scenario reads, but values are outside what is allowed.
    Invalid {
        /// Every problem, by field (from [`crate::validate::validate`]).
        problems: Vec<FieldError>,
    },
}

/// How a link's payload is damaged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Damage {
    /// A character base64url does not have.
    BadCharacter {
        /// Where, counting the characters after the version from 1.
        position: usize,
        /// The character.
        character: char,
    },
    /// The last characters do not make whole bytes (it looks cut short).
    CutShort,
    /// The bytes are not UTF-8 text.
    NotText,
    /// The text stops being JSON at this character.
    StopsMakingSense {
        /// The character where the reader stopped, from 1.
        column: usize,
        /// The text's length, in characters.
        length: usize,
    },
    /// JSON of this kind where the scenario's fields (an object) belong.
    HoldsKind(JsonKind),
}

/// Version 1's base: the profile format 1 defaults its payloads are change
/// sets against, frozen as they were.
const V1_DEFAULTS: &str = include_str!("share_link/v1_defaults.json");

fn base_v1() -> Value {
    serde_json::from_str(V1_DEFAULTS).unwrap_or_else(|_| Value::Object(serde_json::Map::new()))
}

/// Version 2's base: the profile format 2 defaults of early December 2026,
/// frozen as they were.
const V2_DEFAULTS: &str = include_str!("share_link/v2_defaults.json");

fn base_v2() -> Value {
    serde_json::from_str(V2_DEFAULTS).unwrap_or_else(|_| Value::Object(serde_json::Map::new()))
}

/// Version 3's base: today's defaults.
fn base_v3() -> Value {
    Profile::default().to_value()
}

/// The link text for `profile` (put it after a `#`): always in the newest
/// format. A profile whose link would be longer than [`MAX_LINK_CHARS`] still
/// gets one, which [`decode`] refuses; [`encode_checked`] refuses it instead.
pub fn encode(profile: &Profile) -> String {
    let changes = diff::changes(&profile.to_value(), &base_v3())
        .unwrap_or_else(|| Value::Object(serde_json::Map::new()));
    format!(
        "{LINK_VERSION}.{}",
        base64url::encode(changes.to_string().as_bytes())
    )
}

/// As [`encode`], but refuses what [`decode`] would refuse: a profile that is
/// not valid, or a link longer than [`MAX_LINK_CHARS`].
pub fn encode_checked(profile: &Profile) -> Result<String, ShareLinkError> {
    let problems = crate::validate::validate(profile);
    if !problems.is_empty() {
        return Err(ShareLinkError::Invalid { problems });
    }
    let link = encode(profile);
    if link.len() > MAX_LINK_CHARS {
        return Err(ShareLinkError::TooLong { chars: link.len() });
    }
    Ok(link)
}

/// The profile in a link's text (with or without the leading `#`; spaces
/// around it are ignored). The result is a valid profile: defaults, with the
/// link's changes laid over them, migrated to the current version and checked
/// by [`crate::validate::validate`]. Never panics, whatever the text.
pub fn decode(link: &str) -> Result<Profile, ShareLinkError> {
    // Before any other work: the length.
    if link.len() > MAX_LINK_CHARS + 64 {
        return Err(ShareLinkError::TooLong { chars: link.len() });
    }
    let text = link.trim();
    let text = text.strip_prefix('#').unwrap_or(text);
    if text.len() > MAX_LINK_CHARS {
        return Err(ShareLinkError::TooLong { chars: text.len() });
    }
    if text.is_empty() {
        return Err(ShareLinkError::Empty);
    }
    let (version, payload) = text.split_once('.').ok_or(ShareLinkError::NotALink)?;
    if version.is_empty() || version.len() > 9 || !version.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ShareLinkError::NotALink);
    }
    let version: u32 = version.parse().map_err(|_| ShareLinkError::NotALink)?;
    match version {
        1 => decode_against(payload, base_v1()),
        2 => decode_against(payload, base_v2()),
        3 => decode_against(payload, base_v3()),
        newer if newer > LINK_VERSION => Err(ShareLinkError::FromNewerVersion { version }),
        _ => Err(ShareLinkError::UnknownVersion { version }),
    }
}

/// Reads a version 1 payload (the text after `1.`): a change set against
/// version 1's defaults, migrated to the current profile format.
pub fn decode_v1(payload: &str) -> Result<Profile, ShareLinkError> {
    decode_against(payload, base_v1())
}

/// Reads a payload laid over `base` (its version's defaults).
fn decode_against(payload: &str, base: Value) -> Result<Profile, ShareLinkError> {
    let bytes = base64url::decode(payload).map_err(|error| ShareLinkError::Damaged {
        detail: match error {
            base64url::DecodeError::BadCharacter {
                character,
                position,
            } => Damage::BadCharacter {
                position,
                character,
            },
            base64url::DecodeError::BadLength | base64url::DecodeError::NotCanonical => {
                Damage::CutShort
            }
        },
    })?;
    let text = String::from_utf8(bytes).map_err(|_| ShareLinkError::Damaged {
        detail: Damage::NotText,
    })?;
    let changes: Value = serde_json::from_str(&text).map_err(|error| ShareLinkError::Damaged {
        detail: Damage::StopsMakingSense {
            column: error.column(),
            length: text.chars().count(),
        },
    })?;
    if !changes.is_object() {
        return Err(ShareLinkError::Damaged {
            detail: Damage::HoldsKind(JsonKind::of(&changes)),
        });
    }
    let mut value = base;
    diff::apply(&mut value, &changes);
    let value = migrate_profile_value(value).map_err(ShareLinkError::Migration)?;
    let profile = crate::read_profile::profile_from_value(&value)
        .map_err(|problems| ShareLinkError::WrongFields { problems })?;
    let problems = crate::validate::validate(&profile);
    if problems.is_empty() {
        Ok(profile)
    } else {
        Err(ShareLinkError::Invalid { problems })
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::number_input::Allowed;
    use crate::text::en;

    /// Version 2's defaults: today's, with the models and precision of early December 2026.
    fn version_2_defaults() -> Profile {
        let mut early = Profile::default();
        early.routes.closed_api.model = "claude-sonnet-4-5".to_owned();
        early.routes.managed_open.offer = "together-llama-3.3-70b".to_owned();
        early.routes.self_hosted.model = "llama-3.3-70b".to_owned();
        early.routes.self_hosted.precision = crate::profile::Precision::Bf16;
        early
    }

    /// A link of the current version holding `changes`, as the encoder writes it.
    fn link_of(changes: &Value) -> String {
        format!("3.{}", base64url::encode(changes.to_string().as_bytes()))
    }

    #[test]
    fn a_version_1_link_opens_against_version_1_defaults_migrated() {
        // "1.e30" is version 1's default profile: it opens as version 2's
        // defaults, the models it was made with included (kept in the catalog as legacy).
        let early_defaults = version_2_defaults();
        assert_eq!(decode("1.e30"), Ok(early_defaults.clone()));
        // "2.e30" too: a version 2 link keeps version 2's models and precision.
        assert_eq!(decode("2.e30"), Ok(early_defaults));
        // A version 1 choice is kept; a changed v1 default stays the user's.
        let v1 = format!(
            "1.{}",
            base64url::encode(
                json!({
                    "workload": {"requests_per_month": 5.0},
                    "assumptions": {"compute": {"pue": 1.2, "hosting_usd_per_gpu_month": 210.0}}
                })
                .to_string()
                .as_bytes()
            )
        );
        let Ok(changed) = decode(&v1) else {
            panic!("{v1}");
        };
        assert_eq!(changed.workload.requests_per_month, 5.0);
        assert_eq!(changed.assumptions.compute.pue, 1.2);
        // $210 a GPU-month for an H100 (0.7 kW x 1.5) is $200 a kW-month.
        assert!((changed.assumptions.compute.hosting_usd_per_kw_month - 200.0).abs() < 1e-9);
    }

    #[test]
    fn the_default_profile_is_an_empty_change_set() {
        assert_eq!(encode(&Profile::default()), "3.e30");
        assert_eq!(decode("3.e30"), Ok(Profile::default()));
        assert_eq!(decode("  #3.e30\n"), Ok(Profile::default()));
    }

    #[test]
    fn only_what_differs_is_in_the_link() {
        let mut profile = Profile {
            name: "Bank".to_owned(),
            ..Profile::default()
        };
        profile.workload.requests_per_month = 5.0;
        profile.routes.self_hosted.gpu_hour_usd_override = Some(2.5);
        let link = encode(&profile);
        let Some(payload) = link.strip_prefix("3.") else {
            panic!("{link}");
        };
        let text = String::from_utf8(base64url::decode(payload).unwrap()).unwrap();
        let changes: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(
            changes,
            json!({
                "name": "Bank",
                "workload": {"requests_per_month": 5.0},
                "routes": {"self_hosted": {"gpu_hour_usd_override": 2.5}}
            })
        );
        assert_eq!(decode(&link), Ok(profile));
    }

    #[test]
    fn one_multiplier_of_a_range_travels_alone() {
        let mut profile = Profile::default();
        profile.decision.ranges.gpu_price.high = 2.0;
        let link = encode(&profile);
        assert_eq!(
            link,
            link_of(&json!({"decision": {"ranges": {"gpu_price": {"high": 2.0}}}}))
        );
        // Laid over the defaults, the range has all three multipliers again.
        assert_eq!(decode(&link), Ok(profile));
    }

    #[test]
    fn null_clears_an_override_and_nothing_else() {
        let cleared = link_of(&json!({
            "routes": {"closed_api": {"input_price_per_million_override": null}}
        }));
        assert_eq!(decode(&cleared), Ok(Profile::default()));
        let nulled = link_of(&json!({"workload": {"requests_per_month": null}}));
        let Err(ShareLinkError::WrongFields { problems }) = decode(&nulled) else {
            panic!("a required number cannot be null");
        };
        assert_eq!(problems[0].field, "workload.requests_per_month");
        assert_eq!(problems[0].allowed, Allowed::Number);
    }

    #[test]
    fn empty_message() {
        assert_eq!(decode(""), Err(ShareLinkError::Empty));
        assert_eq!(decode(" # "), Err(ShareLinkError::Empty));
        assert_eq!(
            en::share_link_error(&ShareLinkError::Empty),
            "This link holds no scenario: nothing follows the #. Copy the whole link again."
        );
    }

    #[test]
    fn too_long_message_and_the_check_comes_first() {
        let long = format!("1.{}", "A".repeat(MAX_LINK_CHARS));
        assert_eq!(
            decode(&long),
            Err(ShareLinkError::TooLong {
                chars: MAX_LINK_CHARS + 2
            })
        );
        let huge = "%".repeat(10 * MAX_LINK_CHARS);
        assert_eq!(
            decode(&huge),
            Err(ShareLinkError::TooLong {
                chars: 10 * MAX_LINK_CHARS
            })
        );
        assert_eq!(
            en::share_link_error(&ShareLinkError::TooLong { chars: 9000 }),
            "This link is too long to be a scenario link: it has 9,000 characters after the #, \
             and a scenario link has at most 8,192. Copy the link again, on its own."
        );
    }

    #[test]
    fn encode_checked_refuses_what_decode_would() {
        let long_name = Profile {
            name: "x".repeat(MAX_LINK_CHARS),
            ..Profile::default()
        };
        assert!(matches!(
            encode_checked(&long_name),
            Err(ShareLinkError::TooLong { .. })
        ));
        let mut invalid = Profile::default();
        invalid.workload.batch_share = 2.0;
        assert!(matches!(
            encode_checked(&invalid),
            Err(ShareLinkError::Invalid { .. })
        ));
        assert_eq!(encode_checked(&Profile::default()).as_deref(), Ok("3.e30"));
    }

    #[test]
    fn not_a_link_message() {
        for text in [
            "e30",
            "x.e30",
            ".e30",
            "1e30",
            "-1.e30",
            "1234567890.e30",
            "１.e30",
        ] {
            assert_eq!(decode(text), Err(ShareLinkError::NotALink), "{text}");
        }
        assert_eq!(
            en::share_link_error(&ShareLinkError::NotALink),
            "This is not a scenario link: after the # it should have a version number, a dot, \
             then only letters, digits, - and _ (like 1.eyJuYW1l…)."
        );
    }

    #[test]
    fn a_future_version_says_so() {
        assert_eq!(
            decode("4.e30"),
            Err(ShareLinkError::FromNewerVersion { version: 4 })
        );
        assert_eq!(
            decode("999999999.anything"),
            Err(ShareLinkError::FromNewerVersion {
                version: 999_999_999
            })
        );
        assert_eq!(
            en::share_link_error(&ShareLinkError::FromNewerVersion { version: 4 }),
            "This link was made by a newer version of the calculator (link format 4); this \
             version reads link formats up to 3. Open it with the newer version."
        );
    }

    #[test]
    fn version_zero_is_unknown() {
        assert_eq!(
            decode("0.e30"),
            Err(ShareLinkError::UnknownVersion { version: 0 })
        );
        assert_eq!(
            en::share_link_error(&ShareLinkError::UnknownVersion { version: 0 }),
            "This link's format (0) is not one the calculator ever made; link formats run \
             from 1 to 3. Check that the link was copied whole."
        );
    }

    #[test]
    fn damaged_messages_say_what_is_wrong() {
        let message = |text: &str| en::share_link_error(&decode(text).unwrap_err());
        assert_eq!(
            message("1.e3%0"),
            "This link is cut short or damaged: character 3 after the version is “%”, and a \
             link holds only letters, digits, - and _ there. Copy the whole link again."
        );
        assert_eq!(
            message("1.e30AA"),
            "This link is cut short or damaged: its last characters do not fit together (it \
             looks cut short). Copy the whole link again."
        );
        assert_eq!(
            message(&format!("1.{}", base64url::encode(&[0xFF, 0xFE]))),
            "This link is cut short or damaged: its content is not readable text. Copy the \
             whole link again."
        );
        assert_eq!(
            message(&format!("1.{}", base64url::encode(b"{\"name\":"))),
            "This link is cut short or damaged: its content stops making sense at character 8 \
             of 8. Copy the whole link again."
        );
        assert_eq!(
            message(&link_of(&json!([1, 2]))),
            "This link is cut short or damaged: it holds a list where a scenario's fields \
             belong. Copy the whole link again."
        );
    }

    #[test]
    fn wrong_fields_are_listed() {
        let link = link_of(&json!({"workload": {"requests": 5, "batch_share": "half"}}));
        let error = decode(&link).unwrap_err();
        let ShareLinkError::WrongFields { problems } = &error else {
            panic!("{error:?}");
        };
        let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(fields, ["workload.batch_share", "workload.requests"]);
        assert!(
            en::share_link_error(&error).starts_with(
                "This link's scenario has fields this calculator does not know, or values of \
                 the wrong type: workload.batch_share: “\"half\"” is not allowed: enter a number."
            ),
            "{error:?}"
        );
    }

    #[test]
    fn a_newer_profile_version_inside_a_link_is_refused() {
        let error = decode(&link_of(&json!({"schema_version": 7}))).unwrap_err();
        assert_eq!(
            error,
            ShareLinkError::Migration(MigrationError::FromNewerVersion {
                found: 7,
                newest: 2
            })
        );
        assert_eq!(
            en::share_link_error(&error),
            "This link's scenario cannot be opened. This profile was made by a newer version \
             of the calculator (profile version 7); this version reads profile versions up to \
             2. Open it with the newer version."
        );
    }

    #[test]
    fn invalid_values_are_listed_with_what_is_allowed() {
        let link =
            link_of(&json!({"workload": {"batch_share": 2}, "routes": {"horizon_months": 0}}));
        let error = decode(&link).unwrap_err();
        assert_eq!(
            en::share_link_error(&error),
            "This link's scenario has values outside what is allowed: workload.batch_share: \
             “2” is not allowed: enter a number from 0 to 1 (a fraction). \
             routes.horizon_months: “0” is not allowed: enter a whole number from 1 to 120 \
             months."
        );
        let many = link_of(&json!({"workload": {
            "requests_per_month": -1, "input_tokens_per_request": -1,
            "output_tokens_per_request": -1, "growth_per_month": -1,
            "peak_to_average": -1, "latency_target_ms_per_output_token": -1,
            "cached_input_share": -1
        }}));
        let text = en::share_link_error(&decode(&many).unwrap_err());
        assert!(text.ends_with("(and 2 more)"), "{text}");
    }
}
