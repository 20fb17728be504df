//! Number and money formatting for display. One formatter for the page, the
//! exports and the command line:
//! every figure the user reads goes through the functions here, so that a
//! value looks the same in a card, on a chart axis and in a table.
//!
//! All functions are total: a non-finite value shows as an em dash ("—"),
//! nothing panics, and nothing is ever written in scientific notation.
//! A float becomes text through one of two paths: `digits` (private) for a
//! given number of decimals, and [`exact`]'s shortest form that reads back
//! unchanged.

use crate::currency::Currency;

/// What a value that cannot be shown (NaN, infinity) looks like.
pub const MISSING: &str = "—";

/// The most fraction digits any formatter writes; below that a value shows as 0.
const MAX_DECIMALS: usize = 6;

/// The symbol written before an amount in `currency`. The yuan uses "¥".
pub fn symbol(currency: Currency) -> &'static str {
    match currency {
        Currency::Usd => "$",
        Currency::Eur => "€",
        Currency::Inr => "₹",
        Currency::Cny => "¥",
    }
}

/// An amount with its currency symbol, thousands separators and cents:
/// 9000.0 in USD -> "$9,000.00", -12.5 in EUR -> "-€12.50".
/// For headline figures, where the exact amount matters.
pub fn money(amount: f64, currency: Currency) -> String {
    money_with(amount, currency, 2, false)
}

/// An amount rounded to whole units: 1234.4 in EUR -> "€1,234".
/// For totals in the thousands, where cents are noise.
pub fn money_whole(amount: f64, currency: Currency) -> String {
    money_with(amount, currency, 0, false)
}

/// An amount short enough for an axis tick or a chart label:
/// "$1.2 M", "$350 k", "$12.50", "$350" (three significant digits at most
/// from a thousand up; cents below a thousand only when there are any).
pub fn money_compact(amount: f64, currency: Currency) -> String {
    if !amount.is_finite() {
        return MISSING.to_owned();
    }
    if amount.abs() < 1000.0 {
        let cents = round_to(amount.abs(), 2);
        let decimals = if cents.fract() == 0.0 { 0 } else { 2 };
        return money_with(amount, currency, decimals, false);
    }
    scaled(amount, symbol(currency), compact_parts)
}

/// A plain number short enough for an axis tick: "1.2 M", "350 k", "12.5",
/// "0.003" (three significant digits; k, M, B and T for thousands, millions,
/// billions and trillions).
pub fn compact(value: f64) -> String {
    scaled(value, "", compact_parts)
}

/// A plain number in full, grouped, with at most two decimals: 1234.5 -> "1,234.5".
pub fn number(value: f64) -> String {
    signed(value, "", 2, true)
}

/// A whole number with thousands separators: 1234567.4 -> "1,234,567".
pub fn whole(value: f64) -> String {
    signed(value, "", 0, true)
}

/// A number with exactly `decimals` fraction digits (at most 6) and thousands
/// separators: `fixed(1234.5, 2)` -> "1,234.50", `fixed(0.1234, 3)` -> "0.123".
pub fn fixed(value: f64, decimals: usize) -> String {
    signed(value, "", decimals, false)
}

/// A number exactly as given, with thousands separators: 0.055 -> "0.055",
/// 1e12 -> "1,000,000,000,000", -0.5 -> "-0.5", 1.0000001 -> "1.0000001",
/// 0.1 + 0.2 -> "0.30000000000000004". The shortest text that reads back as
/// the same value (never scientific notation), so a message never quotes a
/// number the rule allows in place of the one it refused, and a text box
/// shows what reads back unchanged. (The one use of the standard library's
/// shortest float form: exactness matters here more than a fixed precision.)
pub fn exact(value: f64) -> String {
    if !value.is_finite() {
        return MISSING.to_owned();
    }
    let text = value.abs().to_string();
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::with_capacity(text.len() + whole.len() / 3 + 1);
    out.push_str(sign(value, &text));
    push_grouped(&mut out, whole);
    if !fraction.is_empty() {
        out.push('.');
        out.push_str(fraction);
    }
    out
}

/// A value read as a figure, not typed (an assumption's value in the
/// report and on the page): from 1,000 up a whole number with
/// thousands separators, below that six significant digits (at most six
/// decimals) without trailing zeros (`188973.59999999998` -> `188,974`,
/// `0.86` -> `0.86`).
pub fn readable(value: f64) -> String {
    if !value.is_finite() || value.abs() >= 1000.0 || value == 0.0 {
        return whole(value);
    }
    // Digits before the decimal point minus one: 0 for 1..10, -4 for 0.0001...
    let magnitude = value.abs().log10().floor() as i32;
    let places = (5 - magnitude).clamp(0, 6) as usize;
    let text = fixed(value, places);
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        text
    }
}

/// Three significant digits, trailing zeros dropped: 41.0 -> "41",
/// 9.157 -> "9.16", 0.6 -> "0.6", 1500.0 -> "1,500".
pub fn significant(value: f64) -> String {
    signed(value, "", significant_decimals(value.abs()), true)
}

/// A count for a sentence, large ones in words: 41_200_000 -> "41.2 million",
/// 3e9 -> "3 billion", 1500 -> "1,500", 12.5 -> "12.5".
pub fn count_words(value: f64) -> String {
    scaled(value, "", words_parts)
}

/// An amount for a sentence: "$5.27 million", "₹9.16 million", "€950,000".
pub fn money_words(amount: f64, currency: Currency) -> String {
    scaled(amount, symbol(currency), words_parts)
}

/// `value` after `prefix` (a currency symbol, or nothing), its magnitude
/// written by `parts` as digits and a scale ("1.2" and "M", "5.27" and
/// "million"): "-$1.2 M", "41.2 million", "350".
fn scaled(value: f64, prefix: &str, parts: fn(f64) -> (String, &'static str)) -> String {
    if !value.is_finite() {
        return MISSING.to_owned();
    }
    let (text, scale) = parts(value.abs());
    let sign = sign(value, &text);
    if scale.is_empty() {
        format!("{sign}{prefix}{text}")
    } else {
        format!("{sign}{prefix}{text} {scale}")
    }
}

/// A fraction as a percentage: 0.42 -> "42%", 0.055 -> "5.5%" (one decimal
/// below ten percent, whole percent above; no space before the sign).
pub fn percent(fraction: f64) -> String {
    let value = fraction * 100.0;
    if !value.is_finite() {
        return MISSING.to_owned();
    }
    let decimals = if value.abs() < 10.0 { 1 } else { 0 };
    let text = digits(value.abs(), decimals, true);
    format!("{}{text}%", sign(value, &text))
}

/// Round numbers for an axis from `min` to `max`: about `target_count` ticks
/// on a 1-2-5 step, the first at or below the smallest value and the last at
/// or above the largest. Non-finite bounds are ignored; equal bounds widen to
/// include zero (or 0 to 1 when both are zero); reversed bounds are swapped.
/// Always returns at least two ticks, in increasing order.
pub fn nice_ticks(min: f64, max: f64, target_count: usize) -> Vec<f64> {
    // Far below f64::MAX, so that the span and the tick arithmetic stay finite.
    const LIMIT: f64 = 1e300;
    let clean = |value: f64| value.is_finite().then(|| value.clamp(-LIMIT, LIMIT));
    let (lo, hi) = match (clean(min), clean(max)) {
        (Some(a), Some(b)) => (a.min(b), a.max(b)),
        (Some(a), None) | (None, Some(a)) => (a, a),
        (None, None) => (0.0, 0.0),
    };
    let (lo, hi) = if lo < hi {
        (lo, hi)
    } else if lo > 0.0 {
        (0.0, lo)
    } else if lo < 0.0 {
        (lo, 0.0)
    } else {
        (0.0, 1.0)
    };
    let intervals = target_count.clamp(2, 50) as f64 - 1.0;
    let raw = (hi - lo) / intervals;
    let magnitude = 10f64.powf(raw.log10().floor());
    let residual = raw / magnitude;
    // Round the raw step to the nearest of 1, 2, 5, 10 on a log scale (the
    // thresholds are their geometric means), so the count stays near target.
    let nice = if residual >= 50f64.sqrt() {
        10.0
    } else if residual >= 10f64.sqrt() {
        5.0
    } else if residual >= 2f64.sqrt() {
        2.0
    } else {
        1.0
    };
    let step = nice * magnitude;
    // Spans near the smallest positive float leave no usable step.
    if !(step.is_finite() && step > 0.0) {
        return vec![lo, hi];
    }
    let first = (lo / step).floor();
    let last = (hi / step).ceil();
    let count = ((last - first).max(1.0) as usize).min(200);
    // Multiples of the step (not a running sum), so that zero is exactly 0.
    (0..=count)
        .map(|index| (first + index as f64) * step)
        .collect()
}

/// `value` rounded to `decimals` fraction digits, as a number.
fn round_to(value: f64, decimals: i32) -> f64 {
    let factor = 10f64.powi(decimals);
    (value * factor).round() / factor
}

/// "-" when `value` is negative and its formatted magnitude is not zero, so
/// that -0.001 never shows as "-0".
fn sign(value: f64, magnitude: &str) -> &'static str {
    let is_zero = magnitude.bytes().all(|b| matches!(b, b'0' | b'.' | b','));
    if value < 0.0 && !is_zero {
        "-"
    } else {
        ""
    }
}

fn money_with(amount: f64, currency: Currency, decimals: usize, trim: bool) -> String {
    signed(amount, symbol(currency), decimals, trim)
}

/// `value` with `decimals` fraction digits (trailing zeros dropped if
/// `trim`) after its sign and `prefix` (a currency symbol, or nothing).
fn signed(value: f64, prefix: &str, decimals: usize, trim: bool) -> String {
    if !value.is_finite() {
        return MISSING.to_owned();
    }
    let text = digits(value.abs(), decimals, trim);
    format!("{}{prefix}{text}", sign(value, &text))
}

/// How many fraction digits show three significant digits of `value` (>= 0).
fn significant_decimals(value: f64) -> usize {
    if value <= 0.0 {
        return 0;
    }
    let magnitude = value.log10().floor();
    (2.0 - magnitude).clamp(0.0, MAX_DECIMALS as f64) as usize
}

/// The digits and the scale suffix of a magnitude (>= 0) in compact form.
fn compact_parts(magnitude: f64) -> (String, &'static str) {
    const SCALES: [(f64, &str); 5] = [(1.0, ""), (1e3, "k"), (1e6, "M"), (1e9, "B"), (1e12, "T")];
    let mut index = SCALES
        .iter()
        .rposition(|(scale, _)| magnitude >= *scale)
        .unwrap_or(0);
    loop {
        let (scale, suffix) = SCALES.get(index).copied().unwrap_or((1.0, ""));
        let scaled = magnitude / scale;
        let decimals = significant_decimals(scaled);
        // 999,950 rounds to "1000 k": show it as "1 M" instead.
        if round_to(scaled, decimals as i32) >= 1000.0 && index + 1 < SCALES.len() {
            index += 1;
            continue;
        }
        return (digits(scaled, decimals, true), suffix);
    }
}

/// The digits and the scale word of a magnitude (>= 0) in a sentence: three
/// significant digits from a million up, whole and grouped from a thousand,
/// three significant digits below.
fn words_parts(magnitude: f64) -> (String, &'static str) {
    const SCALES: [(f64, &str); 3] = [(1e6, "million"), (1e9, "billion"), (1e12, "trillion")];
    let mut index = match SCALES.iter().rposition(|(scale, _)| magnitude >= *scale) {
        Some(index) => index,
        None if magnitude >= 1e3 => return (digits(magnitude, 0, true), ""),
        None => return (digits(magnitude, significant_decimals(magnitude), true), ""),
    };
    loop {
        let (scale, word) = SCALES.get(index).copied().unwrap_or((1e12, "trillion"));
        let scaled = magnitude / scale;
        let decimals = significant_decimals(scaled);
        // 999.95 million rounds to "1000 million": show it as "1 billion" instead.
        if round_to(scaled, decimals as i32) >= 1000.0 && index + 1 < SCALES.len() {
            index += 1;
            continue;
        }
        return (digits(scaled, decimals, true), word);
    }
}

/// The one float-to-text path: `magnitude` (>= 0, finite) with `decimals`
/// fraction digits and comma thousands separators; `trim` drops trailing
/// fraction zeros ("1.50" -> "1.5", "2.00" -> "2"). Never scientific notation.
fn digits(magnitude: f64, decimals: usize, trim: bool) -> String {
    let magnitude = magnitude.abs();
    let decimals = decimals.min(MAX_DECIMALS);
    // A whole number (layers, heads, gigabytes, salaries: most figures in the
    // report's texts) is written through integer formatting, which gives the
    // same digits as the float path's exact mode at a fraction of its cost.
    let text = if magnitude.fract() == 0.0 && magnitude < 9e15 {
        let whole = (magnitude as u64).to_string();
        if decimals == 0 || trim {
            whole
        } else {
            format!("{whole}.{:0<decimals$}", "")
        }
    } else {
        format!("{magnitude:.decimals$}")
    };
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let fraction = if trim {
        fraction.trim_end_matches('0')
    } else {
        fraction
    };
    let mut out = String::with_capacity(text.len() + whole.len() / 3 + 1);
    push_grouped(&mut out, whole);
    if !fraction.is_empty() {
        out.push('.');
        out.push_str(fraction);
    }
    out
}

/// Appends the digits `whole` with a comma between groups of three.
fn push_grouped(out: &mut String, whole: &str) {
    for (index, digit) in whole.chars().enumerate() {
        if index > 0 && (whole.len() - index) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn money_usd(amount: f64) -> String {
        money(amount, Currency::Usd)
    }

    #[test]
    fn formats_dollars_with_cents_and_groups() {
        assert_eq!(money_usd(9000.0), "$9,000.00");
        assert_eq!(money_usd(0.0), "$0.00");
        assert_eq!(money_usd(1234567.891), "$1,234,567.89");
        assert_eq!(money_usd(0.005), "$0.01");
        assert_eq!(money_usd(-12.5), "-$12.50");
        assert_eq!(money_usd(-0.001), "$0.00");
        assert_eq!(money_usd(f64::NAN), "—");
    }

    #[test]
    fn formats_money_in_every_currency() {
        assert_eq!(money(9000.0, Currency::Usd), "$9,000.00");
        assert_eq!(money(1234.5, Currency::Eur), "€1,234.50");
        assert_eq!(money(1234567.0, Currency::Inr), "₹1,234,567.00");
        assert_eq!(money(-3.0, Currency::Cny), "-¥3.00");
        assert_eq!(money_whole(1234.4, Currency::Eur), "€1,234");
        assert_eq!(money_whole(999.5, Currency::Usd), "$1,000");
        assert_eq!(money_whole(1e12, Currency::Usd), "$1,000,000,000,000");
        assert_eq!(money(f64::NEG_INFINITY, Currency::Usd), "—");
        assert_eq!(symbol(Currency::Cny), "¥");
    }

    #[test]
    fn formats_compact_money() {
        assert_eq!(money_compact(1_200_000.0, Currency::Usd), "$1.2 M");
        assert_eq!(money_compact(350_000.0, Currency::Usd), "$350 k");
        assert_eq!(money_compact(12.5, Currency::Usd), "$12.50");
        assert_eq!(money_compact(350.0, Currency::Eur), "€350");
        assert_eq!(money_compact(0.0, Currency::Usd), "$0");
        assert_eq!(money_compact(-2_500.0, Currency::Inr), "-₹2.5 k");
        assert_eq!(money_compact(999_950.0, Currency::Usd), "$1 M");
        assert_eq!(money_compact(1e12, Currency::Usd), "$1 T");
        assert_eq!(money_compact(f64::NAN, Currency::Usd), "—");
    }

    #[test]
    fn formats_compact_numbers_without_exponents() {
        assert_eq!(compact(1_200_000.0), "1.2 M");
        assert_eq!(compact(1_234_567.0), "1.23 M");
        assert_eq!(compact(350_000.0), "350 k");
        assert_eq!(compact(12.5), "12.5");
        assert_eq!(compact(0.003), "0.003");
        assert_eq!(compact(0.0), "0");
        assert_eq!(compact(-0.0), "0");
        assert_eq!(compact(-4.2e9), "-4.2 B");
        assert_eq!(compact(1e-9), "0");
        assert_eq!(compact(1e18), "1,000,000 T");
        assert_eq!(compact(0.1 + 0.2), "0.3");
        assert_eq!(compact(f64::NAN), "—");
        assert!(!compact(1e300).contains('e'));
    }

    #[test]
    fn formats_numbers_and_percentages() {
        assert_eq!(number(1234.5), "1,234.5");
        assert_eq!(number(-2.0), "-2");
        assert_eq!(number(0.004), "0");
        assert_eq!(percent(0.42), "42%");
        assert_eq!(percent(0.055), "5.5%");
        assert_eq!(percent(0.05), "5%");
        assert_eq!(percent(1.0), "100%");
        assert_eq!(percent(-0.1), "-10%");
        assert_eq!(percent(f64::NAN), "—");
    }

    #[test]
    fn nice_ticks_step_by_one_two_five() {
        assert_eq!(nice_ticks(0.0, 100.0, 3), vec![0.0, 50.0, 100.0]);
        assert_eq!(
            nice_ticks(0.0, 10.0, 6),
            vec![0.0, 2.0, 4.0, 6.0, 8.0, 10.0]
        );
        assert_eq!(
            nice_ticks(3.0, 97.0, 5),
            vec![0.0, 20.0, 40.0, 60.0, 80.0, 100.0]
        );
        assert_eq!(
            nice_ticks(-7.0, 12.0, 5),
            vec![-10.0, -5.0, 0.0, 5.0, 10.0, 15.0]
        );
        assert_eq!(nice_ticks(0.0, 1.2e6, 4), vec![0.0, 500_000.0, 1e6, 1.5e6]);
    }

    #[test]
    fn nice_ticks_survive_degenerate_ranges() {
        assert_eq!(nice_ticks(5.0, 5.0, 3), vec![0.0, 2.0, 4.0, 6.0]);
        assert_eq!(nice_ticks(-5.0, -5.0, 3), vec![-6.0, -4.0, -2.0, 0.0]);
        assert_eq!(nice_ticks(0.0, 0.0, 3), vec![0.0, 0.5, 1.0]);
        assert_eq!(nice_ticks(10.0, 0.0, 3), vec![0.0, 5.0, 10.0]);
        assert_eq!(nice_ticks(f64::NAN, f64::NAN, 5).len(), 6);
        assert_eq!(nice_ticks(f64::NAN, 4.0, 5), vec![0.0, 1.0, 2.0, 3.0, 4.0]);
        for (min, max) in [
            (f64::NEG_INFINITY, f64::INFINITY),
            (-f64::MAX, f64::MAX),
            (0.0, f64::MIN_POSITIVE),
            (0.0, 5e-324),
            (1e12, 1e12 + 1.0),
        ] {
            for target in [0, 1, 2, 5, 1000] {
                let ticks = nice_ticks(min, max, target);
                assert!(ticks.len() >= 2, "{min} {max} {target}");
                assert!(ticks.len() <= 201, "{min} {max} {target}");
                assert!(ticks.iter().all(|tick| tick.is_finite()));
                assert!(ticks.windows(2).all(|pair| pair[0] < pair[1]));
            }
        }
    }

    #[test]
    fn formats_counts_and_money_in_words_for_sentences() {
        assert_eq!(whole(1_234_567.4), "1,234,567");
        assert_eq!(whole(-0.2), "0");
        assert_eq!(fixed(1234.5, 2), "1,234.50");
        assert_eq!(fixed(-0.1234, 3), "-0.123");
        assert_eq!(fixed(-0.0004, 3), "0.000");
        assert_eq!(fixed(12.0, 0), "12");
        assert_eq!(fixed(12.0, 2), "12.00");
        assert_eq!(fixed(8e15, 1), "8,000,000,000,000,000.0");
        assert_eq!(fixed(9.5e15, 0), "9,500,000,000,000,000");
        assert_eq!(exact(0.055), "0.055");
        assert_eq!(exact(1e12), "1,000,000,000,000");
        assert_eq!(exact(-0.5), "-0.5");
        assert_eq!(exact(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(exact(1.0000001), "1.0000001");
        assert_eq!(exact(-1e-7), "-0.0000001");
        assert_eq!(exact(1_500_000.0), "1,500,000");
        assert_eq!(exact(-2500.0), "-2,500");
        assert_eq!(exact(1234.5), "1,234.5");
        assert_eq!(exact(1e20), "100,000,000,000,000,000,000");
        assert_eq!(exact(-0.0), "0");
        assert_eq!(exact(f64::NAN), MISSING);
        assert_eq!(significant(41.0), "41");
        assert_eq!(significant(9.157), "9.16");
        assert_eq!(significant(0.6), "0.6");
        assert_eq!(significant(1.75), "1.75");
        assert_eq!(count_words(41_200_000.0), "41.2 million");
        assert_eq!(count_words(3e9), "3 billion");
        assert_eq!(count_words(999_960_000.0), "1 billion");
        assert_eq!(count_words(1500.0), "1,500");
        assert_eq!(count_words(12.5), "12.5");
        assert_eq!(count_words(f64::NAN), MISSING);
        assert_eq!(money_words(5_273_059.0, Currency::Usd), "$5.27 million");
        assert_eq!(money_words(9_160_602.0, Currency::Inr), "₹9.16 million");
        assert_eq!(money_words(950_000.0, Currency::Eur), "€950,000");
        assert_eq!(money_words(-2_500_000.0, Currency::Usd), "-$2.5 million");
        assert_eq!(money_words(f64::INFINITY, Currency::Usd), MISSING);
    }

    #[test]
    fn numbers_read_as_people_write_them() {
        assert_eq!(readable(300_000.0), "300,000");
        assert_eq!(readable(0.2), "0.2");
        assert_eq!(readable(2.99), "2.99");
        assert_eq!(readable(188_973.599_999_999_98), "188,974");
        // At most six decimals, as the formatter writes them.
        assert_eq!(readable(0.000_123_456_78), "0.000123");
        assert_eq!(readable(0.0), "0");
        assert_eq!(readable(f64::NAN), "—");
        assert_eq!(readable(7.1), "7.1");
        assert_eq!(readable(-0.5), "-0.5");
    }

    proptest::proptest! {
        /// Whole numbers take the integer path; it writes what the float path would.
        #[test]
        fn whole_numbers_read_as_the_float_path_writes_them(whole in 0u64..9_000_000_000_000_000, decimals in 0usize..4) {
            let value = whole as f64;
            let by_float = format!("{value:.decimals$}");
            proptest::prop_assert_eq!(fixed(value, decimals).replace(',', ""), by_float);
        }

        /// What a text box or a message shows reads back as the value itself.
        #[test]
        fn exact_text_reads_back_as_the_same_value(value in -1e18f64..1e18) {
            proptest::prop_assert_eq!(crate::number_input::parse_decimal(&exact(value)), Some(value));
        }
    }
}
