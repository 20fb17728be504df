//! Every language end to end: the example profiles (and variants that reach
//! the other outcomes: no feasible route, INR and CNY amounts, owned GPUs,
//! problems in a profile) rendered in English, Hindi and Chinese through the
//! words a reader sees — the `--explain` summary, the Markdown report, every
//! reason, flip point, exclusion, warning, assumption and problem. Nothing
//! may keep an unfilled placeholder, and Hindi and Chinese text is in its own
//! script.

mod common;

use engine::currency::Currency;
use engine::decision::{decide_with_report, explain};
use engine::export::report_markdown;
use engine::profile::{DataResidency, Deployment};
use engine::text::{Lang, Words};
use engine::Profile;

fn profiles() -> Vec<(String, Profile)> {
    let mut profiles = Vec::new();
    for name in common::EXAMPLES {
        let profile = common::load(name);
        profiles.push((name.to_owned(), profile.clone()));
        let mut rupees = profile.clone();
        rupees.currency.display = Currency::Inr;
        profiles.push((format!("{name} in INR"), rupees));
        let mut yuan = profile.clone();
        yuan.currency.display = Currency::Cny;
        profiles.push((format!("{name} in CNY"), yuan));
        let mut owned = profile.clone();
        owned.routes.self_hosted.deployment = Deployment::Owned;
        profiles.push((format!("{name}, owned GPUs"), owned));
    }
    let mut none = common::load("bank-customer-assistant");
    none.requirements.data_residency = DataResidency::AirGapped;
    none.routes.self_hosted.deployment = Deployment::Rented;
    profiles.push((
        "no route can serve an air-gapped rented fleet".to_owned(),
        none,
    ));
    profiles
}

/// An unfilled `{placeholder}` (a message template whose key was not filled).
fn unfilled_placeholder(text: &str) -> Option<&str> {
    text.split('{').skip(1).find_map(|rest| {
        let (name, _) = rest.split_once('}')?;
        (!name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
            .then_some(name)
    })
}

fn script_share(text: &str, lang: Lang) -> f64 {
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    let of_script = letters
        .iter()
        .filter(|c| match lang {
            Lang::En => c.is_ascii_alphabetic(),
            Lang::Hi => ('\u{0900}'..='\u{097F}').contains(*c),
            Lang::Zh => ('\u{4E00}'..='\u{9FFF}').contains(*c),
        })
        .count();
    of_script as f64 / letters.len().max(1) as f64
}

/// Every sentence a reader sees for `profile` in `words`, one per entry.
fn rendered(words: Words, profile: &Profile) -> Vec<String> {
    let report = engine::evaluate(profile);
    let decision = decide_with_report(profile, &report, &profile.decision);
    let mut texts = vec![
        explain::summary(words, &report, &decision),
        report_markdown(words, profile, &report, Some(&decision)),
    ];
    texts.extend(
        decision
            .recommendation
            .reasons
            .iter()
            .map(|reason| words.reason(reason)),
    );
    for flip in &decision.recommendation.flip_points {
        texts.extend(
            flip.outcomes
                .iter()
                .map(|outcome| words.flip_outcome(outcome)),
        );
    }
    texts.extend(report.warnings.iter().map(|warning| words.warning(warning)));
    for route in &report.routes {
        texts.push(words.route_label(&route.label));
        if let Some(reason) = &route.excluded {
            texts.push(words.exclusion(reason));
        }
    }
    for assumption in &report.assumptions {
        texts.push(words.assumption_source(&assumption.source));
    }
    texts.push(words.article_summary(&decision.article.summary));
    texts
}

#[test]
fn nothing_a_reader_sees_keeps_a_placeholder_or_another_language() {
    for (name, profile) in profiles() {
        for lang in Lang::ALL {
            let words = Words::new(lang);
            for text in rendered(words, &profile) {
                assert!(!text.trim().is_empty(), "{name} ({lang:?}): an empty text");
                assert_eq!(
                    unfilled_placeholder(&text),
                    None,
                    "{name} ({lang:?}): unfilled placeholder in {text}"
                );
            }
            // The summary and the report as a whole read in the language's
            // own script (model names, ids and units in Latin letters aside).
            let summary = explain::summary(
                words,
                &engine::evaluate(&profile),
                &decide_with_report(&profile, &engine::evaluate(&profile), &profile.decision),
            );
            let share = script_share(&summary, lang);
            assert!(
                lang == Lang::En || share > 0.5,
                "{name} ({lang:?}): only {share:.2} of the summary's letters are in the language's script:\n{summary}"
            );
        }
    }
}

#[test]
fn amounts_read_in_lakh_and_crore_or_wan_and_yi() {
    let mut profile = common::load("bank-customer-assistant");
    profile.currency.display = Currency::Inr;
    let report = engine::evaluate(&profile);
    let decision = decide_with_report(&profile, &report, &profile.decision);
    let hindi = report_markdown(Words::new(Lang::Hi), &profile, &report, Some(&decision));
    assert!(hindi.contains("लाख") || hindi.contains("करोड़"), "{hindi}");
    let english = explain::summary(Words::new(Lang::En), &report, &decision);
    assert!(
        english.contains("lakh") || english.contains("crore"),
        "{english}"
    );
    profile.currency.display = Currency::Cny;
    let report = engine::evaluate(&profile);
    let decision = decide_with_report(&profile, &report, &profile.decision);
    let chinese = explain::summary(Words::new(Lang::Zh), &report, &decision);
    assert!(
        chinese.contains('万') || chinese.contains('亿'),
        "{chinese}"
    );
}

#[test]
fn problems_in_a_profile_are_told_in_every_language() {
    let mut profile = Profile::default();
    profile.workload.batch_share = 2.0;
    profile.workload.requests_per_month = -1.0;
    let errors = engine::validate::validate(&profile);
    assert!(errors.len() >= 2);
    for lang in [Lang::Hi, Lang::Zh] {
        for error in &errors {
            let text = Words::new(lang).problem_at(error);
            assert_eq!(unfilled_placeholder(&text), None, "{text}");
            assert!(script_share(&text, lang) > 0.3, "{lang:?}: {text}");
        }
    }
}
