//! Small numeric guards: the engine reads every profile number through these so
//! that no input, however wrong, produces NaN, infinity, a negative cost or a
//! panic. Validation reports the bad values; these keep evaluation safe anyway.

/// `value` if finite and >= 0, else 0.
pub fn non_negative(value: f64) -> f64 {
    if value.is_finite() && value > 0.0 {
        value
    } else {
        0.0
    }
}

/// `value` clamped to 0..=1 (NaN gives 0).
pub fn fraction(value: f64) -> f64 {
    if value.is_finite() {
        value.clamp(0.0, 1.0)
    } else {
        0.0
    }
}

/// `value` clamped to `low..=high` (NaN gives `low`).
pub fn clamp(value: f64, low: f64, high: f64) -> f64 {
    if value.is_finite() {
        value.clamp(low, high)
    } else {
        low
    }
}

/// `numerator / denominator`, or `fallback` when the denominator is not a
/// positive finite number or the quotient is not finite.
pub fn divide(numerator: f64, denominator: f64, fallback: f64) -> f64 {
    if denominator.is_finite() && denominator > 0.0 {
        let quotient = numerator / denominator;
        if quotient.is_finite() {
            return quotient;
        }
    }
    fallback
}

/// Rounds up to a whole count, saturating at `u32::MAX`; NaN or negative gives 0.
/// (Integer arithmetic, not `f64::ceil`, which is a library call on wasm and
/// on x86-64 without SSE4.1; this sits in the fleet loop.)
#[inline]
pub fn ceil_count(value: f64) -> u32 {
    if value.is_finite() && value > 0.0 {
        if value >= f64::from(u32::MAX) {
            u32::MAX
        } else {
            let truncated = value as u32;
            if f64::from(truncated) < value {
                truncated + 1
            } else {
                truncated
            }
        }
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guards_hostile_numbers() {
        assert_eq!(non_negative(f64::NAN), 0.0);
        assert_eq!(non_negative(-3.0), 0.0);
        assert_eq!(non_negative(f64::INFINITY), 0.0);
        assert_eq!(fraction(1.5), 1.0);
        assert_eq!(fraction(f64::NAN), 0.0);
        assert_eq!(divide(1.0, 0.0, 7.0), 7.0);
        assert_eq!(divide(f64::MAX, 1e-300, 7.0), 7.0);
        assert_eq!(divide(6.0, 3.0, 7.0), 2.0);
        assert_eq!(ceil_count(2.1), 3);
        assert_eq!(ceil_count(3.0), 3);
        assert_eq!(ceil_count(0.2), 1);
        assert_eq!(ceil_count(4_294_967_294.5), u32::MAX);
        assert_eq!(ceil_count(1e20), u32::MAX);
        assert_eq!(ceil_count(f64::NAN), 0);
        assert_eq!(clamp(f64::NAN, 1.0, 2.0), 1.0);
    }
}
