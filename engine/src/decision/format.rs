//! Number formatting for the plain-language sentences: "41 million",
//! "$5.27 million", "1,500", "34%".

use crate::currency::Currency;

/// A whole number with thousands separators: 1234567 -> "1,234,567".
pub fn grouped(value: f64) -> String {
    if !value.is_finite() {
        return "0".to_owned();
    }
    let rounded = value.abs().round();
    let digits = if rounded >= 1e18 {
        format!("{rounded:.0}")
    } else {
        (rounded as u64).to_string()
    };
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if value < 0.0 && rounded > 0.0 {
        out.push('-');
    }
    let len = digits.len();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (len - index) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// Three significant figures, without trailing zeros: 41.0 -> "41", 9.157 -> "9.16".
pub fn significant(value: f64) -> String {
    if !value.is_finite() || value == 0.0 {
        return "0".to_owned();
    }
    let magnitude = value.abs();
    let decimals = if magnitude >= 100.0 {
        0
    } else if magnitude >= 10.0 {
        1
    } else if magnitude >= 1.0 {
        2
    } else if magnitude >= 0.1 {
        3
    } else {
        4
    };
    let text = format!("{value:.decimals$}");
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        text
    }
}

/// A large count in words: 41_200_000 -> "41.2 million", 1500 -> "1,500".
pub fn count(value: f64) -> String {
    let magnitude = value.abs();
    if !value.is_finite() {
        "0".to_owned()
    } else if magnitude >= 1e12 {
        format!("{} trillion", significant(value / 1e12))
    } else if magnitude >= 1e9 {
        format!("{} billion", significant(value / 1e9))
    } else if magnitude >= 1e6 {
        format!("{} million", significant(value / 1e6))
    } else if magnitude >= 1e3 {
        grouped(value)
    } else {
        significant(value)
    }
}

/// An amount of money in words: "$5.27 million", "INR 9.16 million", "EUR 950,000".
pub fn money(amount: f64, currency: Currency) -> String {
    let number = count(amount);
    match currency {
        Currency::Usd => {
            if let Some(rest) = number.strip_prefix('-') {
                format!("-${rest}")
            } else {
                format!("${number}")
            }
        }
        other => format!("{} {number}", other.code()),
    }
}

/// A fraction as a whole percentage: 0.342 -> "34%".
pub fn percent(fraction: f64) -> String {
    if fraction.is_finite() {
        format!("{:.0}%", fraction * 100.0)
    } else {
        "0%".to_owned()
    }
}

/// FTEs: 3.0 -> "3", 1.75 -> "1.75".
pub fn fte(value: f64) -> String {
    significant(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        assert_eq!(grouped(1_234_567.4), "1,234,567");
        assert_eq!(grouped(60_000.0), "60,000");
        assert_eq!(count(41_200_000.0), "41.2 million");
        assert_eq!(count(3e9), "3 billion");
        assert_eq!(count(1500.0), "1,500");
        assert_eq!(money(5_273_059.0, Currency::Usd), "$5.27 million");
        assert_eq!(money(9_160_602.0, Currency::Inr), "INR 9.16 million");
        assert_eq!(percent(0.342), "34%");
        assert_eq!(fte(1.75), "1.75");
        assert_eq!(significant(0.6), "0.6");
        assert_eq!(count(f64::NAN), "0");
    }
}
