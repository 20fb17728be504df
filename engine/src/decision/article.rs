//! The article's view of a profile, next to the engine's: what the article
//! (`shared/BRIEF.md`, "The article's claims") would choose, whether this
//! profile's numbers agree, and, when they do not, which of the things the
//! article leaves out make the difference (very high volume, strict data
//! residency, deep customisation, a strong ML team, fear of lock-in).
//!
//! The article's rule, as the engine states it: academic research -> open
//! weights; a commercial project (customer-facing or mission-critical), an
//! investment of $1 million or more, or a high accuracy need -> the closed
//! API; otherwise (a small internal tool) the article's default for
//! commercial work, the closed API.

use serde::Serialize;

use crate::profile::{Customisation, DataResidency, Level, Profile, UseCase};
use crate::report::RouteId;

use super::suitability::{FactorId, Suitability};
use crate::text::en;

/// Closed or open weights.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Family {
    /// The closed API.
    Closed,
    /// Open weights (managed endpoint or self-hosted).
    OpenWeights,
}

impl Family {
    /// The family of a route.
    pub fn of(route: RouteId) -> Family {
        match route {
            RouteId::ClosedApi => Family::Closed,
            RouteId::ManagedOpen | RouteId::SelfHosted => Family::OpenWeights,
        }
    }
}

/// The article's choice for the profile and whether the engine agrees.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleCheck {
    /// What the article would choose.
    pub article_choice: Family,
    /// The article's reason, in a sentence.
    pub article_reason: String,
    /// The engine's choice (null if no route is feasible).
    pub engine_choice: Option<Family>,
    /// Whether the article's conclusion holds for this profile.
    pub holds: bool,
    /// When it does not hold: what the article leaves out that makes the
    /// difference here (empty when it holds).
    pub why_not: Vec<String>,
    /// One-sentence summary.
    pub summary: String,
}

/// Compares the article's rule with the recommendation.
pub fn check(
    profile: &Profile,
    suitability: &Suitability,
    recommended: Option<RouteId>,
) -> ArticleCheck {
    let organisation = &profile.organisation;
    let (article_choice, article_reason) = match organisation.use_case {
        UseCase::AcademicResearch => (Family::OpenWeights, en::ARTICLE_REASON_RESEARCH),
        UseCase::CustomerFacing | UseCase::MissionCritical => {
            (Family::Closed, en::ARTICLE_REASON_COMMERCIAL)
        }
        UseCase::InternalTool
            if organisation.investment_usd >= 1_000_000.0
                || profile.requirements.accuracy_need == Level::High =>
        {
            (Family::Closed, en::ARTICLE_REASON_LARGE_OR_ACCURATE)
        }
        UseCase::InternalTool => (Family::Closed, en::ARTICLE_REASON_DEFAULT),
    };
    let engine_choice = recommended.map(Family::of);
    let holds = engine_choice == Some(article_choice);
    let mut why_not = Vec::new();
    if !holds {
        if let Some(engine) = engine_choice {
            why_not = differences(profile, suitability, engine);
        }
    }
    let summary = match (engine_choice, holds) {
        (None, _) => en::ARTICLE_NO_ROUTE.to_owned(),
        (Some(_), true) => en::article_holds(article_choice),
        (Some(engine), false) => en::article_does_not_hold(engine, &why_not),
    };
    ArticleCheck {
        article_choice,
        article_reason: article_reason.to_owned(),
        engine_choice,
        holds,
        why_not,
        summary,
    }
}

/// The profile's features, outside the article's reasoning, that favour `engine`'s family.
fn differences(profile: &Profile, suitability: &Suitability, engine: Family) -> Vec<String> {
    let mut out = Vec::new();
    let requirements = &profile.requirements;
    let tokens = crate::guard::clamp(profile.workload.requests_per_month, 0.0, 1e12)
        * (crate::guard::clamp(profile.workload.input_tokens_per_request, 0.0, 1e7)
            + crate::guard::clamp(profile.workload.output_tokens_per_request, 0.0, 1e7));
    match engine {
        Family::OpenWeights => {
            if tokens >= 1e10 {
                out.push(en::why_not_high_volume(tokens));
            }
            if matches!(
                requirements.data_residency,
                DataResidency::OnPremises | DataResidency::AirGapped
            ) {
                out.push(en::WHY_NOT_DATA_ON_PREMISES.to_owned());
            }
            if requirements.customisation == Customisation::Deep {
                out.push(en::WHY_NOT_DEEP_CUSTOMISATION.to_owned());
            } else if requirements.customisation == Customisation::FineTuning {
                out.push(en::WHY_NOT_FINE_TUNING.to_owned());
            }
            let team_points = suitability
                .factor(FactorId::TeamCapability)
                .and_then(|factor| factor.contributions.get(2))
                .map(|entry| entry.points)
                .unwrap_or(0.0);
            if team_points > 0.0 {
                out.push(en::WHY_NOT_OWN_TEAM.to_owned());
            }
            if requirements.lock_in_aversion == Level::High {
                out.push(en::WHY_NOT_LOCK_IN.to_owned());
            }
        }
        Family::Closed => {
            if tokens < 1e8 {
                out.push(en::why_not_low_volume(tokens));
            }
            let team_points = suitability
                .factor(FactorId::TeamCapability)
                .and_then(|factor| factor.contributions.first())
                .map(|entry| entry.points)
                .unwrap_or(0.0);
            if team_points > 0.0 {
                out.push(en::WHY_NOT_NO_TEAM.to_owned());
            }
            if requirements.time_to_market_urgency == Level::High {
                out.push(en::WHY_NOT_URGENCY.to_owned());
            }
        }
    }
    out
}
