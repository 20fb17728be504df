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

/// The article's reason for its choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ArticleReason {
    /// Open models are valuable for academic research.
    Research,
    /// Large commercial projects are wiser with closed models.
    Commercial,
    /// Projects with large investments or a high accuracy need choose closed models first.
    LargeOrAccurate,
    /// The article's default for commercial work: closed models.
    Default,
}

/// Something the article leaves out that makes the difference for a profile.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum WhyNot {
    /// Very high volume.
    HighVolume {
        /// Tokens a month.
        tokens_per_month: f64,
    },
    /// Data may not leave the premises.
    DataOnPremises,
    /// Deep customisation needs the weights.
    DeepCustomisation,
    /// Fine-tuning on private data.
    FineTuning,
    /// An ML team of its own.
    OwnTeam,
    /// A strong aversion to lock-in.
    LockIn,
    /// Low volume that would leave GPUs idle.
    LowVolume {
        /// Tokens a month.
        tokens_per_month: f64,
    },
    /// No ML team to run open weights.
    NoTeam,
    /// Urgency to go live.
    Urgency,
}

/// The article check in one sentence.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ArticleSummary {
    /// No route is feasible, so the article's choice cannot be followed.
    NoRoute,
    /// The numbers also point to the article's family.
    Holds {
        /// The article's (and the engine's) family.
        family: Family,
    },
    /// The numbers point to the other family.
    DoesNotHold {
        /// The engine's family.
        engine: Family,
        /// What the article leaves out that makes the difference (may be empty).
        why_not: Vec<WhyNot>,
    },
}

/// The article's choice for the profile and whether the engine agrees.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleCheck {
    /// What the article would choose.
    pub article_choice: Family,
    /// The article's reason.
    pub article_reason: ArticleReason,
    /// The engine's choice (null if no route is feasible).
    pub engine_choice: Option<Family>,
    /// Whether the article's conclusion holds for this profile.
    pub holds: bool,
    /// When it does not hold: what the article leaves out that makes the
    /// difference here (empty when it holds).
    pub why_not: Vec<WhyNot>,
    /// The check in one sentence.
    pub summary: ArticleSummary,
}

/// Compares the article's rule with the recommendation.
pub fn check(
    profile: &Profile,
    suitability: &Suitability,
    recommended: Option<RouteId>,
) -> ArticleCheck {
    let organisation = &profile.organisation;
    let (article_choice, article_reason) = match organisation.use_case {
        UseCase::AcademicResearch => (Family::OpenWeights, ArticleReason::Research),
        UseCase::CustomerFacing | UseCase::MissionCritical => {
            (Family::Closed, ArticleReason::Commercial)
        }
        UseCase::InternalTool
            if organisation.investment_usd >= 1_000_000.0
                || profile.requirements.accuracy_need == Level::High =>
        {
            (Family::Closed, ArticleReason::LargeOrAccurate)
        }
        UseCase::InternalTool => (Family::Closed, ArticleReason::Default),
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
        (None, _) => ArticleSummary::NoRoute,
        (Some(_), true) => ArticleSummary::Holds {
            family: article_choice,
        },
        (Some(engine), false) => ArticleSummary::DoesNotHold {
            engine,
            why_not: why_not.clone(),
        },
    };
    ArticleCheck {
        article_choice,
        article_reason,
        engine_choice,
        holds,
        why_not,
        summary,
    }
}

/// The profile's features, outside the article's reasoning, that favour `engine`'s family.
fn differences(profile: &Profile, suitability: &Suitability, engine: Family) -> Vec<WhyNot> {
    let mut out = Vec::new();
    let requirements = &profile.requirements;
    let tokens = crate::guard::clamp(profile.workload.requests_per_month, 0.0, 1e12)
        * (crate::guard::clamp(profile.workload.input_tokens_per_request, 0.0, 1e7)
            + crate::guard::clamp(profile.workload.output_tokens_per_request, 0.0, 1e7));
    match engine {
        Family::OpenWeights => {
            if tokens >= 1e10 {
                out.push(WhyNot::HighVolume {
                    tokens_per_month: tokens,
                });
            }
            if matches!(
                requirements.data_residency,
                DataResidency::OnPremises | DataResidency::AirGapped
            ) {
                out.push(WhyNot::DataOnPremises);
            }
            if requirements.customisation == Customisation::Deep {
                out.push(WhyNot::DeepCustomisation);
            } else if requirements.customisation == Customisation::FineTuning {
                out.push(WhyNot::FineTuning);
            }
            let team_points = suitability
                .factor(FactorId::TeamCapability)
                .and_then(|factor| factor.contributions.get(2))
                .map(|entry| entry.points)
                .unwrap_or(0.0);
            if team_points > 0.0 {
                out.push(WhyNot::OwnTeam);
            }
            if requirements.lock_in_aversion == Level::High {
                out.push(WhyNot::LockIn);
            }
        }
        Family::Closed => {
            if tokens < 1e8 {
                out.push(WhyNot::LowVolume {
                    tokens_per_month: tokens,
                });
            }
            let team_points = suitability
                .factor(FactorId::TeamCapability)
                .and_then(|factor| factor.contributions.first())
                .map(|entry| entry.points)
                .unwrap_or(0.0);
            if team_points > 0.0 {
                out.push(WhyNot::NoTeam);
            }
            if requirements.time_to_market_urgency == Level::High {
                out.push(WhyNot::Urgency);
            }
        }
    }
    out
}
