//! The daily load shape: how a day's requests spread over its 24 hours.
//!
//! Hour h (0..23) carries `level(h)` x the day's average rate, with
//!
//! ```text
//! level(h) = trough + (peak - trough) x ((1 + cos(2 pi (h - 14) / 24)) / 2)^n
//! ```
//!
//! a raised cosine to the power n: the busiest hour (14:00) is at `peak`
//! (the profile's peak-to-average), the quietest (02:00) at `trough`
//! (trough-to-average), and n is solved so that the 24 levels average exactly
//! 1 (the day keeps its requests). A larger peak-to-average with the same
//! trough gives a sharper, shorter busy period. Which hour is busiest does
//! not change any cost; the clock only labels the chart. Documented in
//! `docs/cost-model.md`, "Fleets that follow demand".

use crate::guard::{clamp, non_negative};

/// Hours in the day's shape.
pub const HOURS_PER_DAY: usize = 24;

/// The hour the shape peaks at (its trough is 12 hours away).
const PEAK_HOUR: usize = 14;

/// The 24 hourly levels of a day, as multiples of the day's average rate.
#[derive(Debug, Clone, PartialEq)]
pub struct DailyShape {
    hourly: [f64; HOURS_PER_DAY],
    /// The distinct levels with the hours each covers, busiest first (the
    /// shape is symmetric about its peak, so 13 levels cover 24 hours): the
    /// fleet loops run over these.
    levels: Vec<(f64, f64)>,
    exponent: f64,
}

/// The raised cosine's base `(1 + cos(d x 15°)) / 2` at `d` hours from the
/// peak, d = 0..12, correctly rounded. A table rather than `f64::cos`: the
/// shape needs only these 13 values, and calling `cos` would add about 7 KB
/// of argument reduction to the page's WebAssembly.
const BASE_BY_HOURS_FROM_PEAK: [f64; 13] = [
    1.0,
    0.982_962_913_144_534_1,
    0.933_012_701_892_219_3,
    0.853_553_390_593_273_7,
    0.75,
    0.629_409_522_551_260_4,
    0.5,
    0.370_590_477_448_739_63,
    0.25,
    0.146_446_609_406_726_24,
    0.066_987_298_107_780_67,
    0.017_037_086_855_465_858,
    0.0,
];

/// Hours between `hour` and the peak hour, the short way round the clock (0..=12).
fn hours_from_peak(hour: usize) -> usize {
    let distance = hour.abs_diff(PEAK_HOUR) % HOURS_PER_DAY;
    distance.min(HOURS_PER_DAY - distance)
}

/// The raised cosine's base for each hour of the day.
fn bases() -> [f64; HOURS_PER_DAY] {
    std::array::from_fn(|hour| {
        BASE_BY_HOURS_FROM_PEAK
            .get(hours_from_peak(hour))
            .copied()
            .unwrap_or(0.0)
    })
}

/// The hours of the day, the peak first, then one and the other side of it
/// going outwards: the order in which the levels fall (the base falls with
/// the distance from the peak, and the level rises with the base).
fn hours_busiest_first() -> impl Iterator<Item = usize> {
    (0..=HOURS_PER_DAY / 2).flat_map(|distance| {
        let later = (PEAK_HOUR + distance) % HOURS_PER_DAY;
        let earlier = (PEAK_HOUR + HOURS_PER_DAY - distance) % HOURS_PER_DAY;
        // At 0 and 12 hours from the peak both sides are the same hour.
        std::iter::once(later).chain((earlier != later).then_some(earlier))
    })
}

impl DailyShape {
    /// A day at a constant rate.
    pub fn flat() -> DailyShape {
        DailyShape::from_hourly([1.0; HOURS_PER_DAY], 0.0)
    }

    /// The shape with the busiest hour at `peak_to_average` and the quietest at
    /// `trough_to_average` times the average. `peak_to_average` is at least 1;
    /// the trough is clamped below 1 (and below the peak). A peak too high for
    /// 24 hours to average 1 (above 24 - 23 x trough) gives the sharpest
    /// shape, renormalised to average 1.
    pub fn derived(peak_to_average: f64, trough_to_average: f64) -> DailyShape {
        let peak = clamp(peak_to_average, 1.0, 1e3);
        if peak <= 1.0 + 1e-12 {
            return DailyShape::flat();
        }
        let trough = clamp(trough_to_average, 0.0, 1.0 - 1e-9);
        let bases = bases();
        // The mean of base^n must be (1 - trough) / (peak - trough).
        let target = (1.0 - trough) / (peak - trough);
        let logs: [f64; HOURS_PER_DAY] = bases.map(|base| {
            if base > 0.0 {
                base.ln()
            } else {
                f64::NEG_INFINITY
            }
        });
        let mean_and_slope = |n: f64| {
            let (mut mean, mut slope) = (0.0, 0.0);
            for log in logs {
                if log.is_finite() {
                    let value = (n * log).exp();
                    mean += value;
                    slope += value * log;
                }
            }
            (mean / HOURS_PER_DAY as f64, slope / HOURS_PER_DAY as f64)
        };
        // mean(n) falls from 23/24 (n = 0: the quietest hour's base is 0 and
        // counts 0) towards 1/24 and is convex: Newton's method from n = 0
        // approaches the root from below, monotonically. A target above 23/24
        // (a peak within about 4 % of 1) is out of reach: the flattest shape
        // is kept and renormalised below.
        let mut exponent = 0.0_f64;
        for _ in 0..100 {
            let (mean, slope) = mean_and_slope(exponent);
            let gap = mean - target;
            if gap <= 1e-13 || slope >= 0.0 {
                break;
            }
            exponent = (exponent - gap / slope).min(1e4);
        }
        let hourly = bases.map(|base| {
            let lifted = if base > 0.0 {
                (exponent * base.ln()).exp()
            } else {
                0.0
            };
            trough + (peak - trough) * lifted
        });
        // Renormalise (a no-op up to rounding unless the peak was out of reach).
        let mean = hourly.iter().sum::<f64>() / HOURS_PER_DAY as f64;
        let hourly = if mean > 0.0 {
            hourly.map(|level| level / mean)
        } else {
            [1.0; HOURS_PER_DAY]
        };
        DailyShape::from_hourly(hourly, exponent)
    }

    /// The shape from its hourly levels, which must not rise with the
    /// distance from the peak hour (a flat day, or [`DailyShape::derived`]'s).
    fn from_hourly(hourly: [f64; HOURS_PER_DAY], exponent: f64) -> DailyShape {
        let mut levels: Vec<(f64, f64)> = Vec::with_capacity(13);
        // Walking out from the peak meets the levels busiest first: no sort.
        for hour in hours_busiest_first() {
            let level = non_negative(hourly.get(hour).copied().unwrap_or(0.0));
            match levels
                .iter_mut()
                .find(|(known, _)| (known - level).abs() <= 1e-12 * known.max(1.0))
            {
                Some((_, hours)) => *hours += 1.0,
                None => levels.push((level, 1.0)),
            }
        }
        DailyShape {
            hourly,
            levels,
            exponent,
        }
    }

    /// The 24 hourly levels (hour 0 = midnight to 01:00).
    pub fn hourly(&self) -> &[f64; HOURS_PER_DAY] {
        &self.hourly
    }

    /// The distinct levels and the hours of the day at each, busiest first.
    pub fn levels(&self) -> &[(f64, f64)] {
        &self.levels
    }

    /// The busiest hour's level (the peak-to-average the shape reaches).
    pub fn peak(&self) -> f64 {
        self.levels.first().map_or(1.0, |(level, _)| *level)
    }

    /// The exponent n solved for (0 for a flat day).
    pub fn exponent(&self) -> f64 {
        self.exponent
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_base_table_is_the_raised_cosine_and_the_walk_covers_the_day() {
        for hour in 0..HOURS_PER_DAY {
            let angle = 2.0 * std::f64::consts::PI * (hour as f64 - PEAK_HOUR as f64) / 24.0;
            assert!(
                (bases()[hour] - (1.0 + angle.cos()) / 2.0).abs() < 1e-15,
                "{hour}"
            );
        }
        let mut hours: Vec<usize> = hours_busiest_first().collect();
        assert_eq!(hours.first(), Some(&PEAK_HOUR));
        assert_eq!(hours.last(), Some(&2));
        hours.sort_unstable();
        assert_eq!(hours, (0..HOURS_PER_DAY).collect::<Vec<_>>());
        // Busiest first for any shape.
        for (peak, trough) in [(1.5, 0.5), (3.0, 0.3), (10.0, 0.0), (30.0, 0.9)] {
            let levels = DailyShape::derived(peak, trough).levels().to_vec();
            assert!(
                levels.windows(2).all(|pair| pair[0].0 > pair[1].0),
                "{levels:?}"
            );
        }
    }

    #[test]
    fn the_day_averages_one_and_reaches_its_peak_and_trough() {
        for (peak, trough) in [(1.5, 0.5), (3.0, 0.25), (4.0, 0.1), (2.0, 0.0), (10.0, 0.2)] {
            let shape = DailyShape::derived(peak, trough);
            let mean = shape.hourly().iter().sum::<f64>() / 24.0;
            assert!((mean - 1.0).abs() < 1e-9, "{peak} {trough}: mean {mean}");
            assert!(
                (shape.peak() - peak).abs() < 1e-6,
                "{peak}: {}",
                shape.peak()
            );
            assert!((shape.hourly()[2] - trough).abs() < 1e-6, "{trough}");
            let hours: f64 = shape.levels().iter().map(|(_, hours)| hours).sum();
            assert_eq!(hours, 24.0);
            // Symmetric about the peak: at most 13 distinct levels.
            assert!(shape.levels().len() <= 13);
        }
    }

    #[test]
    fn a_hand_worked_shape() {
        // Peak 2, trough 0: levels 2 x ((1 + cos)/2)^n must average 1, so the
        // mean of ((1 + cos)/2)^n is 1/2: n = 1 exactly (the mean of
        // (1 + cos)/2 over whole periods is 1/2). Then level(h) = 1 + cos.
        let shape = DailyShape::derived(2.0, 0.0);
        assert!((shape.exponent() - 1.0).abs() < 1e-9);
        assert!((shape.hourly()[14] - 2.0).abs() < 1e-12);
        assert!((shape.hourly()[8] - 1.0).abs() < 1e-9); // cos(-90 degrees) = 0
        assert!(shape.hourly()[2].abs() < 1e-12);
    }

    #[test]
    fn flat_and_out_of_reach_shapes() {
        assert_eq!(DailyShape::derived(1.0, 0.3).levels(), &[(1.0, 24.0)]);
        // A peak of 30 cannot be reached by 24 hours averaging 1: the
        // sharpest shape, still averaging 1, never above 24.
        let spike = DailyShape::derived(30.0, 0.0);
        let mean = spike.hourly().iter().sum::<f64>() / 24.0;
        assert!((mean - 1.0).abs() < 1e-9);
        assert!(spike.peak() <= 24.0 + 1e-9);
        // Nonsense input still gives a finite shape.
        let odd = DailyShape::derived(f64::NAN, f64::INFINITY);
        assert!(odd.hourly().iter().all(|level| level.is_finite()));
    }
}
