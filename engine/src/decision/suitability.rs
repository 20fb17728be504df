//! Suitability: an explainable weighted score per route from the profile.
//!
//! Each factor gives every route a score s in -1..1 (how much the profile's
//! value on that factor favours the route). With weights w_f, a route's
//! suitability in points (0..100) is
//! `50 + sum_f 50 x w_f x s_f,route / sum_f w_f`, so each factor's contribution
//! is `50 x w_f x s_f,route / sum_f w_f` points and the contributions add up
//! to the score minus 50. The score tables and their reasons are in
//! `docs/decision-model.md`.

use serde::Serialize;

use crate::catalog::Catalog;
use crate::guard::{clamp, divide, non_negative};
use crate::profile::{Customisation, DataResidency, Level, Profile, UseCase};
use crate::report::{Report, RouteId};

use super::settings::SuitabilityWeights;

/// The suitability factors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FactorId {
    /// Use case.
    UseCase,
    /// Investment size.
    Investment,
    /// Team ML capability.
    TeamCapability,
    /// Accuracy need x quality gap.
    Accuracy,
    /// Vendor service and SLA.
    ServiceSla,
    /// Data residency or air-gap.
    DataResidency,
    /// Customisation depth.
    Customisation,
    /// Volume.
    Volume,
    /// Time-to-market urgency.
    TimeToMarket,
    /// Lock-in aversion.
    LockIn,
    /// Vendor viability.
    VendorViability,
}

impl FactorId {
    /// Every factor, in display order.
    pub const ALL: [FactorId; 11] = [
        FactorId::UseCase,
        FactorId::Investment,
        FactorId::TeamCapability,
        FactorId::Accuracy,
        FactorId::ServiceSla,
        FactorId::DataResidency,
        FactorId::Customisation,
        FactorId::Volume,
        FactorId::TimeToMarket,
        FactorId::LockIn,
        FactorId::VendorViability,
    ];

    fn weight(self, weights: &SuitabilityWeights) -> f64 {
        let value = match self {
            FactorId::UseCase => weights.use_case,
            FactorId::Investment => weights.investment,
            FactorId::TeamCapability => weights.team_capability,
            FactorId::Accuracy => weights.accuracy,
            FactorId::ServiceSla => weights.service_sla,
            FactorId::DataResidency => weights.data_residency,
            FactorId::Customisation => weights.customisation,
            FactorId::Volume => weights.volume,
            FactorId::TimeToMarket => weights.time_to_market,
            FactorId::LockIn => weights.lock_in,
            FactorId::VendorViability => weights.vendor_viability,
        };
        clamp(value, 0.0, 1e6)
    }
}

/// One route's share of a factor.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Contribution {
    /// Which route.
    pub route: RouteId,
    /// How much the factor favours the route, -1..1.
    pub score: f64,
    /// Points added to the route's suitability (score x weight share x 50).
    pub points: f64,
}

/// One factor with its contribution to every route.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Factor {
    /// Which factor.
    pub factor: FactorId,
    /// Weight used.
    pub weight: f64,
    /// The profile's value on this factor.
    pub value: FactorValue,
    /// Why the factor scores the routes as it does.
    pub reason: FactorReason,
    /// Contribution per route, in report order.
    pub contributions: Vec<Contribution>,
}

/// The profile's value on a factor, as the factor reads it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FactorValue {
    /// The use case.
    UseCase {
        /// The profile's use case.
        use_case: UseCase,
    },
    /// The investment, in US dollars.
    Investment {
        /// Amount in US dollars.
        usd: f64,
    },
    /// The ML staff on hand against what self-hosting needs.
    Team {
        /// ML staff on hand, FTE.
        team_fte: f64,
        /// Share of the need the team covers, 0..1.
        coverage: f64,
        /// ML staff self-hosting needs, FTE.
        need_fte: f64,
    },
    /// The accuracy need and the closed model's lead.
    Accuracy {
        /// The accuracy need.
        need: Level,
        /// Benchmark points the closed model leads by (managed, self-hosted); None if unknown.
        gap_points: Option<(f64, f64)>,
    },
    /// Whether a vendor SLA is needed.
    ServiceSla {
        /// True if needed.
        needed: bool,
    },
    /// The data residency requirement.
    DataResidency {
        /// The requirement.
        residency: DataResidency,
    },
    /// The customisation depth.
    Customisation {
        /// The depth.
        customisation: Customisation,
    },
    /// Tokens a month (input and output).
    Volume {
        /// Tokens per month.
        tokens_per_month: f64,
    },
    /// Time-to-market urgency.
    TimeToMarket {
        /// The level.
        urgency: Level,
    },
    /// Lock-in aversion.
    LockIn {
        /// The level.
        aversion: Level,
    },
    /// The vendors' names (empty = unknown).
    Vendors {
        /// The closed model's vendor.
        closed_vendor: String,
        /// The managed endpoint's provider.
        managed_provider: String,
    },
}

/// The band of monthly token volume the volume factor scores by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum VolumeBand {
    /// Under 100 million tokens a month.
    Tiny,
    /// 100 million to 1 billion.
    Small,
    /// 1 to 10 billion.
    Medium,
    /// 10 to 100 billion.
    Large,
    /// Over 100 billion.
    Huge,
}

/// Why a factor scores the routes as it does.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FactorReason {
    /// By use case.
    UseCase {
        /// The use case.
        use_case: UseCase,
    },
    /// An investment below `below_usd` cannot carry a fleet.
    InvestmentSmall {
        /// The band's upper end, US dollars.
        below_usd: f64,
    },
    /// An investment between the bands.
    InvestmentMedium {
        /// The band's lower end, US dollars.
        from_usd: f64,
        /// The band's upper end, US dollars.
        to_usd: f64,
    },
    /// A large investment (the article's large projects).
    InvestmentLarge,
    /// The team capability factor's reason.
    Team,
    /// The accuracy factor's reason.
    Accuracy,
    /// Whether a vendor SLA is needed.
    ServiceSla {
        /// True if needed.
        needed: bool,
    },
    /// By data residency requirement.
    DataResidency {
        /// The requirement.
        residency: DataResidency,
    },
    /// By customisation depth.
    Customisation {
        /// The depth.
        customisation: Customisation,
    },
    /// By volume band.
    Volume {
        /// The band.
        band: VolumeBand,
    },
    /// By time-to-market urgency.
    TimeToMarket {
        /// The level.
        urgency: Level,
    },
    /// By lock-in aversion.
    LockIn {
        /// The level.
        aversion: Level,
    },
    /// The vendor viability factor's reason.
    VendorViability,
}

/// One route's suitability.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RouteSuitability {
    /// Which route.
    pub route: RouteId,
    /// Suitability in points, 0..100 (50 = neutral).
    pub score: f64,
}

/// Suitability of the three routes and every factor's contribution.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Suitability {
    /// Per route, in report order.
    pub routes: Vec<RouteSuitability>,
    /// Per factor, in display order.
    pub factors: Vec<Factor>,
}

impl Suitability {
    /// Scores as fractions 0..1, in report order.
    pub fn fractions(&self) -> [f64; 3] {
        let mut out = [0.5; 3];
        for (slot, route) in out.iter_mut().zip(RouteId::ALL) {
            if let Some(found) = self.routes.iter().find(|entry| entry.route == route) {
                *slot = found.score / 100.0;
            }
        }
        out
    }

    /// A factor by id.
    pub fn factor(&self, id: FactorId) -> Option<&Factor> {
        self.factors.iter().find(|factor| factor.factor == id)
    }
}

/// Vendor classes (the article's three kinds of vendors).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum VendorClass {
    /// A cloud provider, or a company that is both cloud and model provider.
    Cloud,
    /// A model maker allied with a hyperscaler.
    AlliedModelMaker,
    /// A newer model maker or independent inference provider, squeezed by the price war.
    Squeezed,
    /// Not known.
    Unknown,
}

fn vendor_class(name: &str) -> VendorClass {
    let lower = name.to_ascii_lowercase();
    let cloud = [
        "aws",
        "amazon",
        "bedrock",
        "azure",
        "microsoft",
        "google",
        "vertex",
        "baidu",
        "qianfan",
        "alibaba",
        "oracle",
    ];
    let allied = ["openai", "anthropic"];
    if cloud.iter().any(|key| lower.contains(key)) {
        VendorClass::Cloud
    } else if allied.iter().any(|key| lower.contains(key)) {
        VendorClass::AlliedModelMaker
    } else if lower.is_empty() {
        VendorClass::Unknown
    } else {
        VendorClass::Squeezed
    }
}

/// The numbers suitability reads, taken once from the profile and the report.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Inputs {
    pub use_case: UseCase,
    pub investment_usd: f64,
    pub team_fte: f64,
    pub self_hosted_need_fte: f64,
    pub accuracy_need: Level,
    /// Quality gap of each open route to the closed model, in programmes' worth
    /// of points (gap / points one programme closes); None if unknown.
    pub gap_programmes: [Option<f64>; 2],
    pub gap_points: [Option<f64>; 2],
    pub sla_needed: bool,
    pub residency: DataResidency,
    pub customisation: Customisation,
    pub tokens_per_request: f64,
    pub requests_per_month: f64,
    pub urgency: Level,
    pub lock_in: Level,
    pub closed_vendor: String,
    pub managed_provider: String,
}

impl Inputs {
    /// Reads the profile and the report.
    pub fn new(profile: &Profile, report: &Report, catalog: &Catalog) -> Inputs {
        let team = &profile.team;
        let need = &profile.routes.self_hosted.staff;
        let gap = |route: RouteId| {
            report
                .route(route)
                .and_then(|entry| entry.quality_gap.as_ref())
                .map(|gap| {
                    (
                        divide(gap.gap_points, gap.benchmark.points_per_programme(), 0.0),
                        gap.gap_points,
                    )
                })
        };
        let managed_gap = gap(RouteId::ManagedOpen);
        let hosted_gap = gap(RouteId::SelfHosted);
        Inputs {
            use_case: profile.organisation.use_case,
            investment_usd: non_negative(profile.organisation.investment_usd),
            team_fte: non_negative(team.ml_engineers)
                + non_negative(team.mlops_engineers)
                + non_negative(team.data_scientists),
            self_hosted_need_fte: non_negative(need.ml_engineers)
                + non_negative(need.mlops_engineers)
                + non_negative(need.data_scientists),
            accuracy_need: profile.requirements.accuracy_need,
            gap_programmes: [managed_gap.map(|g| g.0), hosted_gap.map(|g| g.0)],
            gap_points: [managed_gap.map(|g| g.1), hosted_gap.map(|g| g.1)],
            sla_needed: profile.requirements.vendor_sla_needed,
            residency: profile.requirements.data_residency,
            customisation: profile.requirements.customisation,
            tokens_per_request: clamp(profile.workload.input_tokens_per_request, 0.0, 1e7)
                + clamp(profile.workload.output_tokens_per_request, 0.0, 1e7),
            requests_per_month: clamp(profile.workload.requests_per_month, 0.0, 1e12),
            urgency: profile.requirements.time_to_market_urgency,
            lock_in: profile.requirements.lock_in_aversion,
            closed_vendor: catalog
                .closed_model(&profile.routes.closed_api.model)
                .map(|model| model.vendor.to_string())
                .unwrap_or_default(),
            managed_provider: catalog
                .hosted_offer(&profile.routes.managed_open.offer)
                .map(|offer| offer.provider.to_string())
                .unwrap_or_default(),
        }
    }
}

/// A factor's scores (closed, managed, self-hosted), the profile's value and the reason.
struct Scored {
    scores: [f64; 3],
    value: FactorValue,
    reason: FactorReason,
}

fn score_factor(id: FactorId, inputs: &Inputs) -> Scored {
    match id {
        FactorId::UseCase => {
            let scores = match inputs.use_case {
                UseCase::AcademicResearch => [-1.0, 1.0, 1.0],
                UseCase::InternalTool => [0.25, 0.25, 0.0],
                UseCase::CustomerFacing => [0.5, 0.25, -0.25],
                UseCase::MissionCritical => [0.5, -0.25, 0.25],
            };
            Scored {
                scores,
                value: FactorValue::UseCase {
                    use_case: inputs.use_case,
                },
                reason: FactorReason::UseCase {
                    use_case: inputs.use_case,
                },
            }
        }
        FactorId::Investment => {
            let usd = inputs.investment_usd;
            // Bands in US dollars: below, a fleet is out of reach; above, the
            // article's large projects.
            const SMALL_USD: f64 = 100_000.0;
            const LARGE_USD: f64 = 1_000_000.0;
            let (scores, reason) = if usd < SMALL_USD {
                (
                    [0.5, 0.5, -1.0],
                    FactorReason::InvestmentSmall {
                        below_usd: SMALL_USD,
                    },
                )
            } else if usd < LARGE_USD {
                (
                    [0.25, 0.25, 0.0],
                    FactorReason::InvestmentMedium {
                        from_usd: SMALL_USD,
                        to_usd: LARGE_USD,
                    },
                )
            } else {
                ([1.0, 0.0, 0.0], FactorReason::InvestmentLarge)
            };
            Scored {
                scores,
                value: FactorValue::Investment { usd },
                reason,
            }
        }
        FactorId::TeamCapability => {
            let (scores, coverage) = team_scores(inputs.team_fte, inputs.self_hosted_need_fte);
            Scored {
                scores,
                value: FactorValue::Team {
                    team_fte: inputs.team_fte,
                    coverage,
                    need_fte: inputs.self_hosted_need_fte,
                },
                reason: FactorReason::Team,
            }
        }
        FactorId::Accuracy => {
            let need = match inputs.accuracy_need {
                Level::Low => 0.0,
                Level::Medium => 0.5,
                Level::High => 1.0,
            };
            // Gap in programmes' worth (one programme = 50 LMArena points), capped at 1; unknown = 0.5.
            let gap = |index: usize| {
                clamp(
                    inputs
                        .gap_programmes
                        .get(index)
                        .copied()
                        .flatten()
                        .unwrap_or(0.5),
                    -1.0,
                    1.0,
                )
            };
            let (managed, hosted) = (gap(0), gap(1));
            let gap_points = match inputs.gap_points {
                [Some(a), Some(b)] => Some((a, b)),
                _ => None,
            };
            Scored {
                scores: [need * managed.min(hosted), -need * managed, -need * hosted],
                value: FactorValue::Accuracy {
                    need: inputs.accuracy_need,
                    gap_points,
                },
                reason: FactorReason::Accuracy,
            }
        }
        FactorId::ServiceSla => {
            let scores = if inputs.sla_needed {
                [1.0, 0.5, -1.0]
            } else {
                [0.0, 0.0, 0.0]
            };
            Scored {
                scores,
                value: FactorValue::ServiceSla {
                    needed: inputs.sla_needed,
                },
                reason: FactorReason::ServiceSla {
                    needed: inputs.sla_needed,
                },
            }
        }
        FactorId::DataResidency => {
            let scores = match inputs.residency {
                DataResidency::None => [0.0, 0.0, 0.0],
                DataResidency::InCountry => [-0.25, 0.0, 0.5],
                DataResidency::OnPremises => [-1.0, -1.0, 1.0],
                DataResidency::AirGapped => [-1.0, -1.0, 1.0],
            };
            Scored {
                scores,
                value: FactorValue::DataResidency {
                    residency: inputs.residency,
                },
                reason: FactorReason::DataResidency {
                    residency: inputs.residency,
                },
            }
        }
        FactorId::Customisation => {
            let scores = match inputs.customisation {
                Customisation::PromptOnly => [0.5, 0.25, -0.5],
                Customisation::Retrieval => [0.25, 0.25, 0.0],
                Customisation::FineTuning => [-0.25, 0.25, 0.75],
                Customisation::Deep => [-1.0, -0.5, 1.0],
            };
            Scored {
                scores,
                value: FactorValue::Customisation {
                    customisation: inputs.customisation,
                },
                reason: FactorReason::Customisation {
                    customisation: inputs.customisation,
                },
            }
        }
        FactorId::Volume => {
            let tokens = inputs.requests_per_month * inputs.tokens_per_request;
            let (scores, band) = volume_scores(tokens);
            Scored {
                scores,
                value: FactorValue::Volume {
                    tokens_per_month: tokens,
                },
                reason: FactorReason::Volume { band },
            }
        }
        FactorId::TimeToMarket => {
            let scores = match inputs.urgency {
                Level::High => [1.0, 0.5, -1.0],
                Level::Medium => [0.25, 0.25, -0.25],
                Level::Low => [0.0, 0.0, 0.0],
            };
            Scored {
                scores,
                value: FactorValue::TimeToMarket {
                    urgency: inputs.urgency,
                },
                reason: FactorReason::TimeToMarket {
                    urgency: inputs.urgency,
                },
            }
        }
        FactorId::LockIn => {
            let scores = match inputs.lock_in {
                Level::High => [-1.0, 0.5, 1.0],
                Level::Medium => [-0.25, 0.25, 0.25],
                Level::Low => [0.0, 0.0, 0.0],
            };
            Scored {
                scores,
                value: FactorValue::LockIn {
                    aversion: inputs.lock_in,
                },
                reason: FactorReason::LockIn {
                    aversion: inputs.lock_in,
                },
            }
        }
        FactorId::VendorViability => {
            let closed = match vendor_class(&inputs.closed_vendor) {
                VendorClass::Cloud => 0.5,
                VendorClass::AlliedModelMaker => 0.25,
                VendorClass::Squeezed => -0.25,
                VendorClass::Unknown => 0.0,
            };
            let managed = match vendor_class(&inputs.managed_provider) {
                VendorClass::Cloud => 0.5,
                VendorClass::AlliedModelMaker => 0.25,
                // Independent inference providers are squeezed too, but the weights are portable.
                VendorClass::Squeezed | VendorClass::Unknown => 0.0,
            };
            Scored {
                scores: [closed, managed, 0.5],
                value: FactorValue::Vendors {
                    closed_vendor: inputs.closed_vendor.clone(),
                    managed_provider: inputs.managed_provider.clone(),
                },
                reason: FactorReason::VendorViability,
            }
        }
    }
}

/// Team capability scores and the coverage they come from.
fn team_scores(team_fte: f64, need_fte: f64) -> ([f64; 3], f64) {
    let coverage = if need_fte > 0.0 {
        clamp(team_fte / need_fte, 0.0, 1.0)
    } else if team_fte > 0.0 {
        1.0
    } else {
        0.0
    };
    (
        [
            1.0 - coverage,
            -0.25 + 0.75 * coverage,
            -1.0 + 2.0 * coverage,
        ],
        coverage,
    )
}

/// The team factor's contribution to each route as a fraction (points / 100)
/// with `team_fte` on staff: lets the flip search move the team size without
/// re-scoring every factor.
pub(crate) fn team_fractions(
    team_fte: f64,
    inputs: &Inputs,
    weights: &SuitabilityWeights,
) -> [f64; 3] {
    let total_weight: f64 = FactorId::ALL.iter().map(|id| id.weight(weights)).sum();
    let share = divide(FactorId::TeamCapability.weight(weights), total_weight, 0.0);
    let (scores, _) = team_scores(team_fte, inputs.self_hosted_need_fte);
    scores.map(|value| 0.5 * share * value)
}

/// Volume bands in tokens per month.
fn volume_scores(tokens_per_month: f64) -> ([f64; 3], VolumeBand) {
    if tokens_per_month < 1e8 {
        ([0.5, 0.5, -1.0], VolumeBand::Tiny)
    } else if tokens_per_month < 1e9 {
        ([0.25, 0.25, -0.5], VolumeBand::Small)
    } else if tokens_per_month < 1e10 {
        ([0.0, 0.0, 0.0], VolumeBand::Medium)
    } else if tokens_per_month < 1e11 {
        ([-0.25, 0.0, 0.5], VolumeBand::Large)
    } else {
        ([-0.5, 0.0, 1.0], VolumeBand::Huge)
    }
}

/// Scores every factor.
pub(crate) fn score(inputs: &Inputs, weights: &SuitabilityWeights) -> Suitability {
    let total_weight: f64 = FactorId::ALL.iter().map(|id| id.weight(weights)).sum();
    let mut totals = [50.0; 3];
    let mut factors = Vec::with_capacity(FactorId::ALL.len());
    for id in FactorId::ALL {
        let weight = id.weight(weights);
        let scored = score_factor(id, inputs);
        let share = divide(weight, total_weight, 0.0);
        let contributions = RouteId::ALL
            .iter()
            .zip(scored.scores)
            .zip(totals.iter_mut())
            .map(|((route, value), total)| {
                let points = 50.0 * share * value;
                *total += points;
                Contribution {
                    route: *route,
                    score: value,
                    points,
                }
            })
            .collect();
        factors.push(Factor {
            factor: id,
            weight,
            value: scored.value,
            reason: scored.reason,
            contributions,
        });
    }
    Suitability {
        routes: RouteId::ALL
            .iter()
            .zip(totals)
            .map(|(route, total)| RouteSuitability {
                route: *route,
                score: clamp(total, 0.0, 100.0),
            })
            .collect(),
        factors,
    }
}

/// Only the three totals as fractions 0..1.
pub(crate) fn fractions(inputs: &Inputs, weights: &SuitabilityWeights) -> [f64; 3] {
    score(inputs, weights).fractions()
}

/// The volume factor's contribution to each route as a fraction (points / 100)
/// at `tokens_per_month`: lets the flip search move the volume without
/// re-scoring every factor.
pub(crate) fn volume_fractions(tokens_per_month: f64, weights: &SuitabilityWeights) -> [f64; 3] {
    let total_weight: f64 = FactorId::ALL.iter().map(|id| id.weight(weights)).sum();
    let share = divide(FactorId::Volume.weight(weights), total_weight, 0.0);
    let (scores, _) = volume_scores(tokens_per_month);
    scores.map(|value| 0.5 * share * value)
}
