//! A tiny deterministic pseudo-random generator and the samplers the Monte
//! Carlo uses.
//!
//! xoshiro256** (Blackman and Vigna, 2018) seeded through SplitMix64: integer
//! arithmetic only, so the same seed gives the same stream on every platform,
//! wasm32 included. Uniforms take the top 53 bits. The triangular sampler uses
//! only `+ - * /` and `sqrt`, which IEEE 754 rounds exactly everywhere, so
//! draws are bit-identical across platforms too.

/// SplitMix64 step: used to expand a 64-bit seed into xoshiro's state.
fn split_mix(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// xoshiro256** generator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Xoshiro256 {
    state: [u64; 4],
}

impl Xoshiro256 {
    /// A generator whose stream depends only on `seed`.
    pub fn seeded(seed: u64) -> Xoshiro256 {
        let mut mix = seed;
        let state = [
            split_mix(&mut mix),
            split_mix(&mut mix),
            split_mix(&mut mix),
            split_mix(&mut mix),
        ];
        Xoshiro256 { state }
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        let [s0, s1, s2, s3] = self.state;
        let result = s1.wrapping_mul(5).rotate_left(7).wrapping_mul(9);
        let t = s1 << 17;
        let mut next = [s0, s1, s2 ^ s0, s3 ^ s1];
        next[1] ^= next[2];
        next[0] ^= next[3];
        next[2] ^= t;
        next[3] = next[3].rotate_left(45);
        self.state = next;
        result
    }

    /// A uniform number in [0, 1) with 53 random bits.
    pub fn next_unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / 9_007_199_254_740_992.0)
    }
}

/// Inverse CDF of the triangular distribution (low, mode, high) at `u` in [0, 1).
///
/// F(mode) = (mode - low) / (high - low); below it x = low + sqrt(u (high - low)(mode - low)),
/// above it x = high - sqrt((1 - u)(high - low)(high - mode)). A degenerate range gives `mode`.
pub fn triangular(u: f64, low: f64, mode: f64, high: f64) -> f64 {
    let width = high - low;
    if width.is_nan() || width <= 0.0 || !width.is_finite() {
        return mode;
    }
    let split = (mode - low) / width;
    let value = if u < split {
        low + (u * width * (mode - low)).sqrt()
    } else {
        high - ((1.0 - u) * width * (high - mode)).sqrt()
    };
    value.clamp(low, high)
}

pub use crate::cost::twelfth_root;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stream_is_fixed_by_the_seed() {
        // Reference values of xoshiro256** seeded by SplitMix64(0).
        let mut rng = Xoshiro256::seeded(0);
        let first: Vec<u64> = (0..3).map(|_| rng.next_u64()).collect();
        let mut again = Xoshiro256::seeded(0);
        let second: Vec<u64> = (0..3).map(|_| again.next_u64()).collect();
        assert_eq!(first, second);
        assert_ne!(first, {
            let mut other = Xoshiro256::seeded(1);
            (0..3).map(|_| other.next_u64()).collect::<Vec<u64>>()
        });
        // SplitMix64(0) first output, a published constant.
        let mut state = 0;
        assert_eq!(split_mix(&mut state), 0xE220_A839_7B1D_CDAF);
    }

    #[test]
    fn uniforms_and_triangular_stay_in_range() {
        let mut rng = Xoshiro256::seeded(42);
        let mut sum = 0.0;
        for _ in 0..10_000 {
            let u = rng.next_unit();
            assert!((0.0..1.0).contains(&u));
            let x = triangular(u, 0.5, 1.0, 2.0);
            assert!((0.5..=2.0).contains(&x));
            sum += x;
        }
        // Mean of a triangular (0.5, 1, 2) is 3.5 / 3.
        assert!((sum / 10_000.0 - 3.5 / 3.0).abs() < 0.02);
        assert_eq!(triangular(0.3, 1.0, 1.0, 1.0), 1.0);
        assert_eq!(triangular(0.0, 0.5, 1.0, 2.0), 0.5);
    }

    #[test]
    fn twelfth_root_matches_powf() {
        for x in [0.01, 0.2, 0.5, 0.8, 0.9, 0.99, 1.0] {
            let exact = f64::powf(x, 1.0 / 12.0);
            assert!((twelfth_root(x) - exact).abs() < 1e-15, "{x}");
        }
        assert_eq!(twelfth_root(0.0), 0.0);
        assert_eq!(twelfth_root(f64::NAN), 0.0);
    }
}

#[cfg(test)]
mod golden {
    use super::*;

    /// The stream and the samples are fixed bit for bit: the same values on
    /// every platform (integer arithmetic, `+ - * /` and `sqrt` only). If this
    /// fails on some target, the Monte Carlo is not reproducible there.
    #[test]
    fn the_default_seed_gives_these_exact_bits() {
        let mut rng = Xoshiro256::seeded(20_261_126);
        let words: Vec<u64> = (0..3).map(|_| rng.next_u64()).collect();
        assert_eq!(
            words,
            [
                0xbb21_7b1b_1950_f720,
                0x4d04_dd8b_cedd_b504,
                0xd18e_eb01_fcb2_a6aa
            ]
        );
        let draws: Vec<u64> = (0..3)
            .map(|_| triangular(rng.next_unit(), 0.5, 1.0, 2.0).to_bits())
            .collect();
        assert_eq!(
            draws,
            [
                0x3fef_97e8_bedf_9b95,
                0x3ff4_6608_096d_c9a2,
                0x3ff7_8f06_b7e0_aa12
            ]
        );
        assert_eq!(twelfth_root(0.8).to_bits(), 0x3fef_6913_2eca_8699);
    }
}
