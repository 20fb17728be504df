//! Share links: the examples round-trip and stay short; version 1 links keep
//! their meaning; and, by property tests, `decode(encode(p)) == p` for any
//! valid profile while random and mutated link texts never panic the decoder.
//!
//! The default run tries 5,000 cases (1,000 per property); the full run of
//! 100,000 cases (20,000 per property) is
//! `cargo test -p engine --release --test share_links -- --ignored --nocapture`
//! (`docs/storage-and-links.md` gives its time).

mod common;
#[path = "common/strategies.rs"]
#[allow(dead_code)] // each test file uses some of the shared strategies
mod strategies;

use engine::profile::{Precision, Profile};
use engine::share_link::{decode, encode, encode_checked, ShareLinkError, MAX_LINK_CHARS};
use proptest::prelude::*;

#[test]
fn the_examples_round_trip_and_stay_short() {
    for name in common::EXAMPLES {
        let profile = common::load(name);
        let link = encode(&profile);
        eprintln!("{name}: {} characters", link.len());
        assert_eq!(decode(&link), Ok(profile.clone()), "{name}");
        assert_eq!(encode_checked(&profile).as_deref(), Ok(link.as_str()));
        // Far under the limit: a link this size fits every browser and chat tool.
        assert!(link.len() < 2_000, "{name}: {} characters", link.len());
    }
}

/// Version 1 links are change sets against profile format 1's defaults,
/// frozen in `engine/src/share_link/v1_defaults.json`: it must stay exactly the
/// pinned copy here.
#[test]
fn version_1_defaults_stay_frozen() {
    let pinned: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/profile-v1-defaults.json"))
            .unwrap_or_else(|error| panic!("fixtures/profile-v1-defaults.json: {error}"));
    let frozen: serde_json::Value =
        serde_json::from_str(include_str!("../src/share_link/v1_defaults.json"))
            .unwrap_or_else(|error| panic!("src/share_link/v1_defaults.json: {error}"));
    assert_eq!(frozen, pinned);
}

/// Version 2's base, frozen in the engine, is the file pinned when version 2
/// was current (plus `cache_write_share`, added since with a default that
/// changes no version 2 link).
#[test]
fn version_2_defaults_are_frozen() {
    let pinned: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/profile-v2-defaults.json"))
            .unwrap_or_else(|error| panic!("fixtures/profile-v2-defaults.json: {error}"));
    let frozen: serde_json::Value =
        serde_json::from_str(include_str!("../src/share_link/v2_defaults.json"))
            .unwrap_or_else(|error| panic!("src/share_link/v2_defaults.json: {error}"));
    assert_eq!(frozen, pinned);
    // A version 2 link that changed nothing still opens with version 2's models.
    let opened = decode("2.e30").unwrap();
    assert_eq!(opened.routes.closed_api.model, "claude-sonnet-4-5");
    assert_eq!(opened.routes.self_hosted.model, "llama-3.3-70b");
    assert_eq!(opened.routes.self_hosted.precision, Precision::Bf16);
}

/// Version 3 links are change sets against these defaults. If this fails, a
/// default changed: links made before the change would now open with the new
/// default. Do not just update the file: freeze it as version 3's base in
/// `engine/src/share_link.rs` (as versions 1's and 2's are), have version 3's
/// reader use it, start link version 4 against the new defaults, then add the
/// file's copy for version 4 (`docs/storage-and-links.md`, "Keeping old links").
#[test]
fn version_3_defaults_are_pinned() {
    let pinned: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/profile-v3-defaults.json"))
            .unwrap_or_else(|error| panic!("fixtures/profile-v3-defaults.json: {error}"));
    assert_eq!(Profile::default().to_value(), pinned);
}

/// A link made by version 1 of the encoder, kept as text: every later
/// version must open it as this profile.
#[test]
fn a_version_1_link_made_today_opens_the_same_forever() {
    const LINK: &str = "1.eyJuYW1lIjoiUGlubmVkIGxpbmsiLCJyb3V0ZXMiOnsic2VsZl9ob3N0ZWQiOnsicHJlY2lzaW9uIjoiaW50NCJ9fSwid29ya2xvYWQiOnsicmVxdWVzdHNfcGVyX21vbnRoIjoxMDAwLjB9fQ";
    let mut expected = Profile {
        name: "Pinned link".to_owned(),
        ..Profile::default()
    };
    expected.workload.requests_per_month = 1000.0;
    expected.routes.self_hosted.precision = Precision::Int4;
    // Made when the defaults were Claude Sonnet 4.5 and Llama 3.3 70B: it keeps them.
    expected.routes.closed_api.model = "claude-sonnet-4-5".to_owned();
    expected.routes.managed_open.offer = "together-llama-3.3-70b".to_owned();
    expected.routes.self_hosted.model = "llama-3.3-70b".to_owned();
    assert_eq!(decode(LINK), Ok(expected.clone()));
    // Today's encoder writes it as version 3, the old models named.
    let today = encode(&expected);
    assert!(today.starts_with("3."), "{today}");
    assert_eq!(decode(&today), Ok(expected));
}

/// Cases per strategy in the default run, and in the full (ignored) run.
const QUICK_CASES: u32 = 1_000;
const FULL_CASES: u32 = 20_000;

/// What the decoder must do with any text: give a valid profile, or an error
/// whose message says something. Reaching this function at all means it did
/// not panic.
fn decodes_or_explains(text: &str) -> Result<(), TestCaseError> {
    match decode(text) {
        Ok(profile) => {
            prop_assert!(engine::validate::validate(&profile).is_empty());
        }
        Err(error) => {
            let message = engine::text::en::share_link_error(&error);
            prop_assert!(message.len() > 20, "{error:?}");
            if let ShareLinkError::WrongFields { problems } | ShareLinkError::Invalid { problems } =
                &error
            {
                prop_assert!(!problems.is_empty());
            }
        }
    }
    Ok(())
}

/// Base64url of any bytes, behind a version tag: gets past the alphabet and
/// length checks to the JSON reader.
fn base64url(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let group = chunk.iter().enumerate().fold(0_u32, |group, (i, byte)| {
            group | u32::from(*byte) << (16 - 8 * i)
        });
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[(group >> (18 - 6 * i) & 63) as usize]));
        }
    }
    out
}

/// Runs every decoder property with `cases` cases each; returns the total.
fn decoder_properties(cases: u32) -> u32 {
    let mut run = strategies::PropertyRun::new(cases);

    run.check(
        "decode(encode(p)) == p, numbers as typed",
        &strategies::any_valid_profile().prop_map(strategies::as_typed),
        |profile| {
            prop_assert!(engine::validate::validate(&profile).is_empty());
            let link = encode(&profile);
            prop_assert!(link.len() <= MAX_LINK_CHARS, "{} characters", link.len());
            prop_assert_eq!(decode(&link), Ok(profile));
            Ok(())
        },
    );
    run.check(
        "decode(encode(p)) == p within one ulp, any numbers",
        &strategies::any_valid_profile(),
        |profile| {
            let decoded = decode(&encode(&profile));
            prop_assert!(
                decoded
                    .as_ref()
                    .is_ok_and(|decoded| strategies::same_within_one_ulp(decoded, &profile)),
                "{decoded:?}"
            );
            Ok(())
        },
    );
    run.check("random text", &strategies::any_text(300), |text| {
        decodes_or_explains(&text)?;
        decodes_or_explains(&format!("1.{text}"))
    });
    run.check(
        "random bytes, as text and as a payload",
        &proptest::collection::vec(any::<u8>(), 0..600),
        |bytes| {
            decodes_or_explains(&String::from_utf8_lossy(&bytes))?;
            decodes_or_explains(&format!("1.{}", base64url(&bytes)))
        },
    );
    run.check(
        "mutated valid links",
        &(
            strategies::any_valid_profile(),
            proptest::collection::vec(strategies::mutation(), 1..4),
        ),
        |(profile, mutations)| {
            decodes_or_explains(&strategies::mutate(&encode(&profile), &mutations))
        },
    );
    run.total
}

#[test]
fn the_decoder_round_trips_and_never_panics() {
    let total = decoder_properties(QUICK_CASES);
    eprintln!("share-link decoder: {total} proptest cases");
}

#[test]
#[ignore = "the full run: 100,000 cases; see the file's header for the command"]
fn the_decoder_round_trips_and_never_panics_100k() {
    let started = std::time::Instant::now();
    let total = decoder_properties(FULL_CASES);
    eprintln!(
        "share-link decoder: {total} proptest cases in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    assert!(total >= 100_000);
}
