//! Reaching the target quality: what it costs an open-weight route to close
//! the gap to the closed model.
//!
//! gap = closed score - open score on one benchmark (both rows name it);
//! programmes per cycle = min(max, accuracy weight x max(gap, 0) / points one
//! programme closes), at least 1 when the profile needs fine-tuning anyway;
//! cost of a programme = fine-tuning GPU-hours x $/GPU-hour + labelled
//! examples x $/example + evaluation; a cycle runs in month 1 and every N
//! months after. Accuracy weights: low 0, medium 0.5, high 1.

use crate::guard::{clamp, non_negative};
use crate::profile::{Customisation, Level, QualityAssumptions};

/// Weight of the gap for an accuracy need.
pub fn accuracy_weight(need: Level) -> f64 {
    match need {
        Level::Low => 0.0,
        Level::Medium => 0.5,
        Level::High => 1.0,
    }
}

/// Programmes' worth of effort per cycle for a route.
///
/// `gap_points` is None when the two models share no benchmark score; then only
/// the customisation floor applies. `needs_gpu_training` is false for the
/// closed route, which fine-tunes through the vendor (no GPU-hours here).
pub fn programmes_per_cycle(
    gap_points: Option<f64>,
    points_per_programme: f64,
    accuracy_need: Level,
    customisation: Customisation,
    knobs: &QualityAssumptions,
) -> f64 {
    let from_gap = match gap_points {
        Some(gap) if points_per_programme > 0.0 => {
            accuracy_weight(accuracy_need) * non_negative(gap) / points_per_programme
        }
        _ => 0.0,
    };
    let floor = match customisation {
        Customisation::FineTuning | Customisation::Deep => 1.0,
        Customisation::PromptOnly | Customisation::Retrieval => 0.0,
    };
    clamp(
        from_gap.max(floor),
        0.0,
        non_negative(knobs.max_programmes_per_cycle).max(floor),
    )
}

/// Cost of one programme, US dollars.
pub fn programme_usd(knobs: &QualityAssumptions, needs_gpu_training: bool) -> f64 {
    let training = if needs_gpu_training {
        non_negative(knobs.fine_tune_gpu_hours_per_programme)
            * non_negative(knobs.fine_tune_usd_per_gpu_hour)
    } else {
        0.0
    };
    training
        + non_negative(knobs.labelled_examples_per_programme)
            * non_negative(knobs.usd_per_labelled_example)
        + non_negative(knobs.evaluation_usd_per_programme)
}

/// Quality cost in a 0-based month: a cycle in month 0 and every N months.
pub fn monthly_usd(
    month: usize,
    programmes: f64,
    programme_usd: f64,
    repeat_every_months: u32,
) -> f64 {
    let every = repeat_every_months.max(1) as usize;
    if month % every == 0 {
        non_negative(programmes) * non_negative(programme_usd)
    } else {
        0.0
    }
}
