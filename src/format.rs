//! Number and money formatting for display. One formatter for the whole page.

use engine::number_input::group_thousands;

/// US dollars with cents and thousands separators: 9000.0 -> "$9,000.00".
/// Non-finite values (which the engine never returns) show as an em dash.
pub fn usd(amount: f64) -> String {
    if !amount.is_finite() {
        return "—".to_owned();
    }
    let cents_total = (amount.abs() * 100.0).round();
    // u64 holds 1.8e19 cents; the engine caps inputs far below that.
    let cents_total = cents_total.min(u64::MAX as f64) as u64;
    let sign = if amount < 0.0 && cents_total > 0 {
        "-"
    } else {
        ""
    };
    format!(
        "{sign}${}.{:02}",
        group_thousands((cents_total / 100) as f64),
        cents_total % 100
    )
}

/// A large count in words a person reads at a glance: 1.5e9 -> "1.5 billion".
pub fn count(value: f64) -> String {
    if !value.is_finite() {
        return "—".to_owned();
    }
    const SCALES: [(f64, &str); 4] = [
        (1e12, "trillion"),
        (1e9, "billion"),
        (1e6, "million"),
        (1e3, "thousand"),
    ];
    for (scale, word) in SCALES {
        if value.abs() >= scale {
            let scaled = value / scale;
            let text = format!("{scaled:.1}");
            let text = text.strip_suffix(".0").unwrap_or(&text);
            return format!("{text} {word}");
        }
    }
    group_thousands(value.abs())
}

// These run in the browser with the component tests (`./dev test`), since
// this crate targets wasm32.
#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn formats_dollars_with_cents_and_groups() {
        assert_eq!(usd(9000.0), "$9,000.00");
        assert_eq!(usd(0.0), "$0.00");
        assert_eq!(usd(1234567.891), "$1,234,567.89");
        assert_eq!(usd(0.005), "$0.01");
        assert_eq!(usd(-12.5), "-$12.50");
        assert_eq!(usd(f64::NAN), "—");
    }

    #[test]
    fn formats_counts_in_words() {
        assert_eq!(count(1.5e9), "1.5 billion");
        assert_eq!(count(2e6), "2 million");
        assert_eq!(count(999.0), "999");
        assert_eq!(count(12_300.0), "12.3 thousand");
    }
}
