//! Number and money formatting for display. One formatter for the page, the
//! exports and the command line:
//! every figure the user reads goes through the functions here, so that a
//! value looks the same in a card, on a chart axis and in a table.
//!
//! A [`Numbers`] value (a language and a display currency) chooses the
//! [`NumberSystem`]: how digits are grouped and which words name large
//! numbers (million; lakh and crore; 万 and 亿). The free functions are the
//! English forms: Western, except that amounts in rupees read in lakh and
//! crore, as Indian readers expect (CLDR `en-IN`).
//!
//! The forms follow CLDR 48 as the browser's `Intl.NumberFormat` applies it
//! (`en-IN`, `hi-IN`, `zh-CN`), computed here in plain Rust so that the
//! page, the exports and the command line agree without a browser.
//! `engine/tests/number_formats.rs` checks them against a table written by
//! `Intl` (`scripts/intl-numbers.mjs`) and lists where we differ, and why.
//! Every locale writes Latin digits, "." before the decimals, "," between
//! groups and "-" before a negative number (CLDR: `latn` digits, the default
//! numbering system of all three locales).
//!
//! All functions are total: a non-finite value shows as an em dash ("—"),
//! nothing panics, and nothing is ever written in scientific notation.
//! A float becomes text through one of three paths: `digits` (private) for
//! a given number of decimals, `three_significant` (private) for the compact
//! and in-words forms (rounded in decimal on the shortest form, as `Intl`
//! rounds), and [`exact`]'s shortest form that reads back unchanged.

use crate::currency::Currency;
use crate::text::Lang;

/// What a value that cannot be shown (NaN, infinity) looks like.
pub const MISSING: &str = "—";

/// The most fraction digits any formatter writes; below that a value shows as 0.
const MAX_DECIMALS: usize = 6;

/// How a language groups digits and names large numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum NumberSystem {
    /// Groups of three (`123,456,789`); thousand, million, billion, trillion.
    #[default]
    Western,
    /// The last three digits, then pairs (`12,34,56,789`; CLDR `en-IN` and
    /// `hi-IN` grouping `#,##,##0.###`); lakh (10⁵), crore (10⁷) and lakh
    /// crore (10¹²).
    Indian,
    /// Groups of three (`123,456,789`, CLDR `zh`); 万 (10⁴), 亿 (10⁸) and
    /// 万亿 (10¹²).
    Chinese,
}

/// How one language writes numbers for one display currency: a small value
/// to pass by copy. Its methods mean what the free functions of the same
/// name mean, in that language's [`NumberSystem`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Numbers {
    lang: Lang,
    currency: Currency,
}

/// A named power of ten in a compact or in-words form: "M" for 10⁶,
/// "लाख" for 10⁵. Chinese units follow the digits without a space.
#[derive(Debug, Clone, Copy)]
struct Unit {
    /// The power of ten: 6 for a million.
    exponent: i32,
    name: &'static str,
    spaced: bool,
}

impl Unit {
    /// The number the unit names: 10⁶ for a million.
    fn value(self) -> f64 {
        10f64.powi(self.exponent)
    }
}

const fn unit(exponent: i32, name: &'static str) -> Unit {
    Unit {
        exponent,
        name,
        spaced: true,
    }
}

const fn unit_unspaced(exponent: i32, name: &'static str) -> Unit {
    Unit {
        exponent,
        name,
        spaced: false,
    }
}

/// Axis ticks and chart labels: "1.2 M" (CLDR `en` short compact patterns,
/// with the page's own spaced "k", "M", "B", "T").
const WESTERN_SHORT: [Unit; 4] = [unit(3, "k"), unit(6, "M"), unit(9, "B"), unit(12, "T")];
/// Sentences: "41.2 million" (CLDR `en` long compact patterns, from a million).
const WESTERN_WORDS: [Unit; 3] = [unit(6, "million"), unit(9, "billion"), unit(12, "trillion")];
/// CLDR `en-IN` long compact patterns: lakh, crore, lakh crore.
///
/// From 10⁷ we stay in crore (`1,200 crore`) up to a lakh crore (10¹²), as
/// `Intl` `en-IN` does and as Indian financial writing does (the Union
/// Budget, the RBI, the press: "₹1.2 lakh crore").
const INDIAN_ENGLISH: [Unit; 3] = [unit(5, "lakh"), unit(7, "crore"), unit(12, "lakh crore")];
/// The Hindi words for [`INDIAN_ENGLISH`]'s units.
///
/// `Intl` `hi-IN` (CLDR `hi` compact patterns) switches to अरब at 10⁹ and
/// खरब at 10¹¹. We do not: Hindi budget and business writing counts in
/// करोड़ and लाख करोड़ ("₹1.2 लाख करोड़"), अरब and खरब are rare and often
/// misread, and so a figure reads the same in Hindi as in Indian English.
const INDIAN_HINDI: [Unit; 3] = [unit(5, "लाख"), unit(7, "करोड़"), unit(12, "लाख करोड़")];
/// CLDR `zh` compact patterns (the same in short and long): 万, 亿, 万亿,
/// written straight after the digits ("3.5万").
const CHINESE: [Unit; 3] = [
    unit_unspaced(4, "万"),
    unit_unspaced(8, "亿"),
    unit_unspaced(12, "万亿"),
];

/// The two ways a large number is shortened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    /// Axis ticks and labels: three significant digits throughout.
    Short,
    /// Sentences: whole and grouped from a thousand up to the first unit.
    Words,
}

impl Numbers {
    /// The English forms with Western grouping (US dollars for money), as
    /// the free functions write plain numbers.
    pub const ENGLISH: Numbers = Numbers {
        lang: Lang::En,
        currency: Currency::Usd,
    };

    /// How `lang` writes numbers and amounts in `currency`.
    pub const fn new(lang: Lang, currency: Currency) -> Numbers {
        Numbers { lang, currency }
    }

    /// How `lang` writes plain numbers (no amounts): English in thousands
    /// and millions, Hindi in lakh and crore, Chinese in 万 and 亿.
    pub const fn for_lang(lang: Lang) -> Numbers {
        let currency = match lang {
            Lang::En => Currency::Usd,
            Lang::Hi => Currency::Inr,
            Lang::Zh => Currency::Cny,
        };
        Numbers { lang, currency }
    }

    /// The language.
    pub fn lang(self) -> Lang {
        self.lang
    }

    /// The display currency of [`Numbers::money`] and its kin.
    pub fn currency(self) -> Currency {
        self.currency
    }

    /// The number system: Hindi, and English with amounts in rupees, count
    /// in lakh and crore (CLDR `hi-IN`, `en-IN`); Chinese in 万 and 亿;
    /// English otherwise in thousands and millions.
    pub fn system(self) -> NumberSystem {
        match (self.lang, self.currency) {
            (Lang::Hi, _) | (Lang::En, Currency::Inr) => NumberSystem::Indian,
            (Lang::Zh, _) => NumberSystem::Chinese,
            (Lang::En, _) => NumberSystem::Western,
        }
    }

    /// The symbol written before an amount in the currency, see [`symbol`].
    pub fn symbol(self) -> &'static str {
        symbol(self.currency)
    }

    /// An amount with its currency symbol, grouped, with cents: 1234567 in
    /// rupees -> "₹12,34,567.00"; see [`money`].
    pub fn money(self, amount: f64) -> String {
        self.signed(amount, self.symbol(), 2, false)
    }

    /// An amount rounded to whole units: "₹12,34,567"; see [`money_whole`].
    pub fn money_whole(self, amount: f64) -> String {
        self.signed(amount, self.symbol(), 0, false)
    }

    /// An amount short enough for an axis tick or a chart label: "$1.2 M",
    /// "₹68.2 lakh", "¥350万", "₹68,200", "$12.50" (three significant digits
    /// at most from a thousand up; cents below a thousand only when there
    /// are any); see [`money_compact`].
    pub fn money_compact(self, amount: f64) -> String {
        if !amount.is_finite() {
            return MISSING.to_owned();
        }
        if amount.abs() < 1000.0 {
            let cents = round_to(amount.abs(), 2);
            let decimals = if cents.fract() == 0.0 { 0 } else { 2 };
            return self.signed(amount, self.symbol(), decimals, false);
        }
        self.scaled(amount, self.symbol(), Style::Short)
    }

    /// An amount for a sentence: "$5.27 million", "₹91.6 lakh",
    /// "₹1.2 लाख करोड़", "¥1.2亿", "€950,000"; see [`money_words`].
    pub fn money_words(self, amount: f64) -> String {
        self.scaled(amount, self.symbol(), Style::Words)
    }

    /// A plain number short enough for an axis tick: "1.2 M", "12.3 लाख",
    /// "350万", "68,200", "0.003" (three significant digits); see [`compact`].
    pub fn compact(self, value: f64) -> String {
        self.scaled(value, "", Style::Short)
    }

    /// A count for a sentence, large ones in words: "41.2 million",
    /// "4.12 करोड़", "4120万", "1,500"; see [`count_words`].
    pub fn count_words(self, value: f64) -> String {
        self.scaled(value, "", Style::Words)
    }

    /// A plain number in full, grouped, with at most two decimals:
    /// "12,34,567.5" (Indian); see [`number`].
    pub fn number(self, value: f64) -> String {
        self.signed(value, "", 2, true)
    }

    /// A whole number, grouped; see [`whole`].
    pub fn whole(self, value: f64) -> String {
        self.signed(value, "", 0, true)
    }

    /// A number with exactly `decimals` fraction digits (at most 6), grouped;
    /// see [`fixed`].
    pub fn fixed(self, value: f64, decimals: usize) -> String {
        self.signed(value, "", decimals, false)
    }

    /// A number exactly as given (the shortest text that reads back as the
    /// same value), grouped; see [`exact`].
    pub fn exact(self, value: f64) -> String {
        if !value.is_finite() {
            return MISSING.to_owned();
        }
        let text = value.abs().to_string();
        let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
        let mut out = String::with_capacity(text.len() + whole.len() / 2 + 1);
        out.push_str(sign(value, &text));
        push_grouped(&mut out, whole, self.system());
        if !fraction.is_empty() {
            out.push('.');
            out.push_str(fraction);
        }
        out
    }

    /// A value read as a figure, not typed: whole from 1,000 up, six
    /// significant digits below; see [`readable`].
    pub fn readable(self, value: f64) -> String {
        if !value.is_finite() || value.abs() >= 1000.0 || value == 0.0 {
            return self.whole(value);
        }
        // Digits before the decimal point minus one: 0 for 1..10, -4 for 0.0001...
        let magnitude = value.abs().log10().floor() as i32;
        let places = (5 - magnitude).clamp(0, 6) as usize;
        let text = self.fixed(value, places);
        if text.contains('.') {
            text.trim_end_matches('0').trim_end_matches('.').to_owned()
        } else {
            text
        }
    }

    /// Three significant digits, trailing zeros dropped; see [`significant`].
    pub fn significant(self, value: f64) -> String {
        self.signed(value, "", significant_decimals(value.abs()), true)
    }

    /// A fraction as a percentage: "42%", "5.5%"; see [`percent`]. All three
    /// languages write the sign straight after the digits (CLDR percent
    /// patterns `#,##0%` for `en` and `zh`, `#,##,##0%` for `hi`; `Intl`
    /// `hi-IN` and `zh-CN` both give "12%").
    pub fn percent(self, fraction: f64) -> String {
        let value = fraction * 100.0;
        if !value.is_finite() {
            return MISSING.to_owned();
        }
        let decimals = if value.abs() < 10.0 { 1 } else { 0 };
        let text = digits(value.abs(), decimals, true, self.system());
        format!("{}{text}%", sign(value, &text))
    }

    /// The units this language names large numbers with, in `style`.
    fn units(self, style: Style) -> &'static [Unit] {
        match (self.system(), style) {
            (NumberSystem::Western, Style::Short) => &WESTERN_SHORT,
            (NumberSystem::Western, Style::Words) => &WESTERN_WORDS,
            (NumberSystem::Indian, _) if self.lang == Lang::Hi => &INDIAN_HINDI,
            (NumberSystem::Indian, _) => &INDIAN_ENGLISH,
            (NumberSystem::Chinese, _) => &CHINESE,
        }
    }

    /// `value` with `decimals` fraction digits (trailing zeros dropped if
    /// `trim`) after its sign and `prefix` (a currency symbol, or nothing).
    fn signed(self, value: f64, prefix: &str, decimals: usize, trim: bool) -> String {
        if !value.is_finite() {
            return MISSING.to_owned();
        }
        let text = digits(value.abs(), decimals, trim, self.system());
        format!("{}{prefix}{text}", sign(value, &text))
    }

    /// `value` after `prefix` (a currency symbol, or nothing), its magnitude
    /// written as digits and a unit: "-$1.2 M", "41.2 million", "₹68.2 लाख",
    /// "¥3.5万", "350".
    fn scaled(self, value: f64, prefix: &str, style: Style) -> String {
        if !value.is_finite() {
            return MISSING.to_owned();
        }
        let (text, unit) = self.scaled_parts(value.abs(), style);
        let sign = sign(value, &text);
        match unit {
            Some(Unit {
                name, spaced: true, ..
            }) => format!("{sign}{prefix}{text} {name}"),
            Some(Unit { name, .. }) => format!("{sign}{prefix}{text}{name}"),
            None => format!("{sign}{prefix}{text}"),
        }
    }

    /// The digits and the unit of a magnitude (>= 0, finite) in `style`.
    ///
    /// Below the first unit: three significant digits (and in words, whole
    /// from a thousand). From it: the largest unit not above the magnitude,
    /// three significant digits of the multiple. Whenever rounding reaches
    /// the next unit (99,999 as "1,00,000", 99.96 lakh as "100 lakh",
    /// 9,999.7万 as "10,000万") the next unit writes it instead ("1 lakh",
    /// "1 crore", "1亿").
    fn scaled_parts(self, magnitude: f64, style: Style) -> (String, Option<Unit>) {
        let units = self.units(style);
        let system = self.system();
        let mut index = units.iter().rposition(|unit| magnitude >= unit.value());
        loop {
            let (text, unit, next) = match index {
                None => {
                    let text = if style == Style::Words && magnitude >= 1e3 {
                        digits(magnitude, 0, true, system)
                    } else {
                        three_significant(magnitude, 0, system)
                    };
                    (text, None, units.first().map(|unit| unit.value()))
                }
                Some(at) => {
                    let Some(unit) = units.get(at).copied() else {
                        return (three_significant(magnitude, 0, system), None);
                    };
                    let text = three_significant(magnitude, unit.exponent, system);
                    // Chinese units group digits by four themselves: up to
                    // four digits before 万 or 亿 take no separator (CLDR `zh`
                    // patterns "0000万"), as `Intl` writes them.
                    let text = if system == NumberSystem::Chinese && text.len() <= 5 {
                        text.replace(',', "")
                    } else {
                        text
                    };
                    let next = units
                        .get(at + 1)
                        .map(|next| 10f64.powi(next.exponent - unit.exponent));
                    (text, Some(unit), next)
                }
            };
            if !reaches(&text, next) {
                return (text, unit);
            }
            index = Some(index.map_or(0, |at| at + 1));
        }
    }
}

/// Whether the written `text` (digits, separators, a point) stands for at
/// least `next` (the next unit, in the current one), so that the next unit
/// should write it: decided on the printed digits, so it agrees with them.
fn reaches(text: &str, next: Option<f64>) -> bool {
    let Some(next) = next else {
        return false;
    };
    let plain: String = text.chars().filter(|c| *c != ',').collect();
    plain.parse::<f64>().is_ok_and(|value| value >= next)
}

/// `magnitude` (>= 0, finite) in units of 10^`shift`, to three significant
/// digits and at most six decimals, trailing zeros dropped, grouped:
/// 9.157 -> "9.16", 68,234 -> "68,200", 0.003 -> "0.003", 6.82e6 in lakh
/// (shift 5) -> "68.2".
///
/// Rounded in decimal, half away from zero, on the float's shortest decimal
/// form: as `Intl` rounds (ICU reads a double by its shortest
/// representation), so 999,500 in lakh is 9.995, which rounds to "10", where
/// dividing in binary first would give 9.99499… and "9.99".
fn three_significant(magnitude: f64, shift: i32, system: NumberSystem) -> String {
    let decimal = Decimal::of(magnitude);
    let place = (decimal.lead().saturating_sub(2)).max(shift.saturating_sub(MAX_DECIMALS as i32));
    decimal.rounded(place).text(shift, system)
}

/// A finite number >= 0 as decimal digits: `digits` × 10^`exponent`.
struct Decimal {
    /// ASCII digits, the first not zero unless the number is zero.
    digits: Vec<u8>,
    /// The power of ten of the last digit.
    exponent: i32,
}

impl Decimal {
    /// The shortest decimal form that reads back as `magnitude` (the standard
    /// library's, as `exact` writes it).
    fn of(magnitude: f64) -> Decimal {
        let text = format!("{:e}", magnitude.abs());
        let (mantissa, exponent) = text.split_once('e').unwrap_or((&text, "0"));
        let digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
        let count = i32::try_from(digits.len()).unwrap_or(i32::MAX);
        let exponent = exponent.parse::<i32>().unwrap_or(0);
        Decimal {
            digits,
            exponent: exponent.saturating_sub(count.saturating_sub(1)),
        }
    }

    /// The power of ten of the first digit.
    fn lead(&self) -> i32 {
        let count = i32::try_from(self.digits.len()).unwrap_or(i32::MAX);
        self.exponent.saturating_add(count.saturating_sub(1))
    }

    /// Rounded to a multiple of 10^`place`, half away from zero.
    fn rounded(mut self, place: i32) -> Decimal {
        if self.exponent >= place {
            return self;
        }
        let dropped = usize::try_from(place.saturating_sub(self.exponent)).unwrap_or(usize::MAX);
        let Some(kept) = self.digits.len().checked_sub(dropped) else {
            // Below a tenth of the place: rounds to zero.
            return Decimal {
                digits: vec![b'0'],
                exponent: place,
            };
        };
        let up = self.digits.get(kept).is_some_and(|digit| *digit >= b'5');
        self.digits.truncate(kept);
        if up {
            let mut carried = true;
            for digit in self.digits.iter_mut().rev() {
                if *digit == b'9' {
                    *digit = b'0';
                } else {
                    *digit += 1;
                    carried = false;
                    break;
                }
            }
            if carried {
                self.digits.insert(0, b'1');
            }
        }
        if self.digits.is_empty() {
            self.digits.push(b'0');
        }
        self.exponent = place;
        self
    }

    /// The number in units of 10^`shift`, grouped as `system` groups,
    /// without trailing fraction zeros.
    fn text(&self, shift: i32, system: NumberSystem) -> String {
        let digits = String::from_utf8_lossy(&self.digits);
        let scale = self.exponent.saturating_sub(shift);
        let (whole, fraction) = if scale >= 0 {
            let zeros = usize::try_from(scale).unwrap_or(0);
            (format!("{digits}{}", "0".repeat(zeros)), String::new())
        } else {
            let places = usize::try_from(scale.unsigned_abs()).unwrap_or(0);
            let padded = format!("{digits:0>width$}", width = places + 1);
            let split = padded.len().saturating_sub(places);
            let (whole, fraction) = padded.split_at_checked(split).unwrap_or((&padded, ""));
            (whole.to_owned(), fraction.to_owned())
        };
        let whole = whole.trim_start_matches('0');
        let whole = if whole.is_empty() { "0" } else { whole };
        let fraction = fraction.trim_end_matches('0');
        let mut out = String::with_capacity(whole.len() * 2 + fraction.len() + 1);
        push_grouped(&mut out, whole, system);
        if !fraction.is_empty() {
            out.push('.');
            out.push_str(fraction);
        }
        out
    }
}

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
/// For headline figures, where the exact amount matters. In English; rupees
/// group as in India: "₹12,34,567.00".
pub fn money(amount: f64, currency: Currency) -> String {
    Numbers::new(Lang::En, currency).money(amount)
}

/// An amount rounded to whole units: 1234.4 in EUR -> "€1,234".
/// For totals in the thousands, where cents are noise.
pub fn money_whole(amount: f64, currency: Currency) -> String {
    Numbers::new(Lang::En, currency).money_whole(amount)
}

/// An amount short enough for an axis tick or a chart label:
/// "$1.2 M", "$350 k", "$12.50", "$350", "₹68.2 lakh" (three significant
/// digits at most from a thousand up; cents below a thousand only when there
/// are any). In English; rupees in lakh and crore.
pub fn money_compact(amount: f64, currency: Currency) -> String {
    Numbers::new(Lang::En, currency).money_compact(amount)
}

/// A plain number short enough for an axis tick: "1.2 M", "350 k", "12.5",
/// "0.003" (three significant digits; k, M, B and T for thousands, millions,
/// billions and trillions).
pub fn compact(value: f64) -> String {
    Numbers::ENGLISH.compact(value)
}

/// A plain number in full, grouped, with at most two decimals: 1234.5 -> "1,234.5".
pub fn number(value: f64) -> String {
    Numbers::ENGLISH.number(value)
}

/// A whole number with thousands separators: 1234567.4 -> "1,234,567".
pub fn whole(value: f64) -> String {
    Numbers::ENGLISH.whole(value)
}

/// A number with exactly `decimals` fraction digits (at most 6) and thousands
/// separators: `fixed(1234.5, 2)` -> "1,234.50", `fixed(0.1234, 3)` -> "0.123".
pub fn fixed(value: f64, decimals: usize) -> String {
    Numbers::ENGLISH.fixed(value, decimals)
}

/// A number exactly as given, with thousands separators: 0.055 -> "0.055",
/// 1e12 -> "1,000,000,000,000", -0.5 -> "-0.5", 1.0000001 -> "1.0000001",
/// 0.1 + 0.2 -> "0.30000000000000004". The shortest text that reads back as
/// the same value (never scientific notation), so a message never quotes a
/// number the rule allows in place of the one it refused, and a text box
/// shows what reads back unchanged. (The one use of the standard library's
/// shortest float form: exactness matters here more than a fixed precision.)
pub fn exact(value: f64) -> String {
    Numbers::ENGLISH.exact(value)
}

/// A value read as a figure, not typed (an assumption's value in the
/// report and on the page): from 1,000 up a whole number with
/// thousands separators, below that six significant digits (at most six
/// decimals) without trailing zeros (`188973.59999999998` -> `188,974`,
/// `0.86` -> `0.86`).
pub fn readable(value: f64) -> String {
    Numbers::ENGLISH.readable(value)
}

/// Three significant digits, trailing zeros dropped: 41.0 -> "41",
/// 9.157 -> "9.16", 0.6 -> "0.6", 1500.0 -> "1,500".
pub fn significant(value: f64) -> String {
    Numbers::ENGLISH.significant(value)
}

/// A count for a sentence, large ones in words: 41_200_000 -> "41.2 million",
/// 3e9 -> "3 billion", 1500 -> "1,500", 12.5 -> "12.5".
pub fn count_words(value: f64) -> String {
    Numbers::ENGLISH.count_words(value)
}

/// An amount for a sentence: "$5.27 million", "€950,000"; in rupees
/// "₹91.6 lakh", "₹1,200 crore" (English, Indian system).
pub fn money_words(amount: f64, currency: Currency) -> String {
    Numbers::new(Lang::En, currency).money_words(amount)
}

/// A fraction as a percentage: 0.42 -> "42%", 0.055 -> "5.5%" (one decimal
/// below ten percent, whole percent above; no space before the sign).
pub fn percent(fraction: f64) -> String {
    Numbers::ENGLISH.percent(fraction)
}

/// The free functions above for another language, so that a catalog writes
/// `format::money_words(amount, currency)` whatever its language and gets its
/// own number system: the Hindi catalog imports `format::hi as format`, the
/// Chinese one `format::zh as format`.
macro_rules! language_functions {
    ($(#[$doc:meta])* $module:ident, $lang:expr) => {
        $(#[$doc])*
        pub mod $module {
            use super::{Lang, Numbers};
            use crate::currency::Currency;

            pub use super::{nice_ticks, symbol, MISSING};

            // Only money depends on the currency; Hindi and Chinese write
            // every other number in their own system whatever it is.
            const NUMBERS: Numbers = Numbers::for_lang($lang);

            /// [`super::money`] in this language.
            pub fn money(amount: f64, currency: Currency) -> String {
                Numbers::new($lang, currency).money(amount)
            }
            /// [`super::money_whole`] in this language.
            pub fn money_whole(amount: f64, currency: Currency) -> String {
                Numbers::new($lang, currency).money_whole(amount)
            }
            /// [`super::money_compact`] in this language.
            pub fn money_compact(amount: f64, currency: Currency) -> String {
                Numbers::new($lang, currency).money_compact(amount)
            }
            /// [`super::money_words`] in this language.
            pub fn money_words(amount: f64, currency: Currency) -> String {
                Numbers::new($lang, currency).money_words(amount)
            }
            /// [`super::compact`] in this language.
            pub fn compact(value: f64) -> String {
                NUMBERS.compact(value)
            }
            /// [`super::number`] in this language.
            pub fn number(value: f64) -> String {
                NUMBERS.number(value)
            }
            /// [`super::whole`] in this language.
            pub fn whole(value: f64) -> String {
                NUMBERS.whole(value)
            }
            /// [`super::fixed`] in this language.
            pub fn fixed(value: f64, decimals: usize) -> String {
                NUMBERS.fixed(value, decimals)
            }
            /// [`super::exact`] in this language.
            pub fn exact(value: f64) -> String {
                NUMBERS.exact(value)
            }
            /// [`super::readable`] in this language.
            pub fn readable(value: f64) -> String {
                NUMBERS.readable(value)
            }
            /// [`super::significant`] in this language.
            pub fn significant(value: f64) -> String {
                NUMBERS.significant(value)
            }
            /// [`super::count_words`] in this language.
            pub fn count_words(value: f64) -> String {
                NUMBERS.count_words(value)
            }
            /// [`super::percent`] in this language.
            pub fn percent(fraction: f64) -> String {
                NUMBERS.percent(fraction)
            }
        }
    };
}

language_functions!(
    /// Numbers as a Hindi reader writes them (Indian system, लाख and करोड़).
    hi,
    Lang::Hi
);
language_functions!(
    /// Numbers as a Chinese reader writes them (万 and 亿).
    zh,
    Lang::Zh
);

/// Round numbers for an axis from `min` to `max`: about `target_count` ticks
/// on a 1-2-5 step, the first at or below the smallest value and the last at
/// or above the largest. Non-finite bounds are ignored; equal bounds widen to
/// include zero (or 0 to 1 when both are zero); reversed bounds are swapped.
/// Always returns at least two ticks, in increasing order.
///
/// The same in every language: lakh, crore, 万 and 亿 are powers of ten, so
/// ticks on a 1-2-5 step fall on round values in them too (5 lakh, 10 lakh,
/// 15 lakh; 50万, 100万), and an axis labels them with [`Numbers::compact`]
/// or [`Numbers::money_compact`].
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

/// How many fraction digits show three significant digits of `value` (>= 0).
fn significant_decimals(value: f64) -> usize {
    if value <= 0.0 {
        return 0;
    }
    let magnitude = value.log10().floor();
    (2.0 - magnitude).clamp(0.0, MAX_DECIMALS as f64) as usize
}

/// The one float-to-text path: `magnitude` (>= 0, finite) with `decimals`
/// fraction digits, grouped as `system` groups; `trim` drops trailing
/// fraction zeros ("1.50" -> "1.5", "2.00" -> "2"). Never scientific notation.
fn digits(magnitude: f64, decimals: usize, trim: bool, system: NumberSystem) -> String {
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
    let mut out = String::with_capacity(text.len() + whole.len() / 2 + 1);
    push_grouped(&mut out, whole, system);
    if !fraction.is_empty() {
        out.push('.');
        out.push_str(fraction);
    }
    out
}

/// Appends the digits `whole` (ASCII) with a comma between groups: of three
/// (Western, Chinese), or the last three and then pairs (Indian, CLDR
/// `#,##,##0`: 12,34,56,789).
fn push_grouped(out: &mut String, whole: &str, system: NumberSystem) {
    let len = whole.len();
    for (index, digit) in whole.chars().enumerate() {
        // Digits from this one to the end, this one included.
        let left = len.saturating_sub(index);
        let boundary = match system {
            NumberSystem::Western | NumberSystem::Chinese => left % 3 == 0,
            NumberSystem::Indian => left == 3 || (left > 3 && (left - 3) % 2 == 0),
        };
        if index > 0 && boundary {
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
        // Rupees group as in India, even in English (CLDR `en-IN`).
        assert_eq!(money(1234567.0, Currency::Inr), "₹12,34,567.00");
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
        assert_eq!(money_compact(-2_500.0, Currency::Eur), "-€2.5 k");
        // Below a lakh, rupees show the grouped amount; from a lakh, in lakh.
        assert_eq!(money_compact(-2_500.0, Currency::Inr), "-₹2,500");
        assert_eq!(money_compact(6.82e6, Currency::Inr), "₹68.2 lakh");
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
        assert_eq!(money_words(9_160_602.0, Currency::Inr), "₹91.6 lakh");
        assert_eq!(money_words(9_160_602.0, Currency::Eur), "€9.16 million");
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

    const HINDI_RUPEES: Numbers = Numbers {
        lang: Lang::Hi,
        currency: Currency::Inr,
    };
    const ENGLISH_RUPEES: Numbers = Numbers {
        lang: Lang::En,
        currency: Currency::Inr,
    };
    const CHINESE_YUAN: Numbers = Numbers {
        lang: Lang::Zh,
        currency: Currency::Cny,
    };

    #[test]
    fn each_language_and_currency_chooses_its_system() {
        for currency in [Currency::Usd, Currency::Eur, Currency::Inr, Currency::Cny] {
            let system = |lang| Numbers::new(lang, currency).system();
            assert_eq!(system(Lang::Hi), NumberSystem::Indian);
            assert_eq!(system(Lang::Zh), NumberSystem::Chinese);
        }
        assert_eq!(ENGLISH_RUPEES.system(), NumberSystem::Indian);
        for currency in [Currency::Usd, Currency::Eur, Currency::Cny] {
            assert_eq!(
                Numbers::new(Lang::En, currency).system(),
                NumberSystem::Western
            );
        }
        assert_eq!(Numbers::default(), Numbers::ENGLISH);
        assert_eq!(Numbers::ENGLISH.system(), NumberSystem::Western);
        assert_eq!(HINDI_RUPEES.lang(), Lang::Hi);
        assert_eq!(HINDI_RUPEES.currency(), Currency::Inr);
        assert_eq!(CHINESE_YUAN.symbol(), "¥");
    }

    #[test]
    fn indian_grouping_takes_three_digits_then_pairs() {
        let hindi = HINDI_RUPEES;
        assert_eq!(hindi.number(123_456_789.0), "12,34,56,789");
        assert_eq!(hindi.number(999.0), "999");
        assert_eq!(hindi.number(1000.0), "1,000");
        assert_eq!(hindi.number(99_999.0), "99,999");
        assert_eq!(hindi.number(100_000.0), "1,00,000");
        assert_eq!(hindi.number(-1_234_567.891), "-12,34,567.89");
        assert_eq!(hindi.whole(1e7), "1,00,00,000");
        assert_eq!(hindi.fixed(1_234_567.5, 2), "12,34,567.50");
        assert_eq!(hindi.exact(1e12), "10,00,00,00,00,000");
        assert_eq!(hindi.exact(-1_234_567.25), "-12,34,567.25");
        assert_eq!(hindi.readable(188_973.599_999_999_98), "1,88,974");
        assert_eq!(hindi.significant(123_456.0), "1,23,456");
        assert_eq!(hindi.money(1_234_567.0), "₹12,34,567.00");
        assert_eq!(hindi.money_whole(-1_234_567.4), "-₹12,34,567");
        assert_eq!(hindi.money(-0.001), "₹0.00");
        assert_eq!(ENGLISH_RUPEES.money_whole(1e12), "₹10,00,00,00,00,000");
        assert_eq!(
            Numbers::new(Lang::Hi, Currency::Usd).money(1e6),
            "$10,00,000.00"
        );
    }

    #[test]
    fn chinese_and_western_grouping_take_threes() {
        assert_eq!(CHINESE_YUAN.number(123_456_789.0), "123,456,789");
        assert_eq!(CHINESE_YUAN.money(1_234_567.0), "¥1,234,567.00");
        assert_eq!(CHINESE_YUAN.exact(1e12), "1,000,000,000,000");
        assert_eq!(Numbers::ENGLISH.number(123_456_789.0), "123,456,789");
    }

    #[test]
    fn indian_amounts_read_in_lakh_and_crore() {
        let cases = [
            (12.5, "₹12.50", "₹12.50"),
            (999.0, "₹999", "₹999"),
            (68_200.0, "₹68,200", "₹68,200"),
            // Three significant digits: 68,234 as 68,200.
            (68_234.0, "₹68,200", "₹68,200"),
            (99_999.0, "₹1 लाख", "₹1 lakh"),
            (100_000.0, "₹1 लाख", "₹1 lakh"),
            (6.82e6, "₹68.2 लाख", "₹68.2 lakh"),
            (9.99e6, "₹99.9 लाख", "₹99.9 lakh"),
            // 99.96 lakh would round to "100 lakh": a crore instead.
            (9_996_000.0, "₹1 करोड़", "₹1 crore"),
            (1.2e7, "₹1.2 करोड़", "₹1.2 crore"),
            (1.2e9, "₹120 करोड़", "₹120 crore"),
            (1.2e10, "₹1,200 करोड़", "₹1,200 crore"),
            (1.2345e11, "₹12,300 करोड़", "₹12,300 crore"),
            // 99,960 crore would round to "1,00,000 crore".
            (9.996e11, "₹1 लाख करोड़", "₹1 lakh crore"),
            (1.2e12, "₹1.2 लाख करोड़", "₹1.2 lakh crore"),
            (1.2e17, "₹1,20,000 लाख करोड़", "₹1,20,000 lakh crore"),
            (-6.82e6, "-₹68.2 लाख", "-₹68.2 lakh"),
        ];
        for (amount, hindi, english) in cases {
            assert_eq!(HINDI_RUPEES.money_compact(amount), hindi, "{amount}");
            assert_eq!(ENGLISH_RUPEES.money_compact(amount), english, "{amount}");
            assert_eq!(money_compact(amount, Currency::Inr), english, "{amount}");
        }
        // Hindi counts in lakh whatever the currency, as `Intl` hi-IN does.
        assert_eq!(
            Numbers::new(Lang::Hi, Currency::Usd).money_compact(6.82e6),
            "$68.2 लाख"
        );
        assert_eq!(HINDI_RUPEES.compact(1.2e6), "12 लाख");
        assert_eq!(HINDI_RUPEES.compact(0.003), "0.003");
        assert_eq!(HINDI_RUPEES.compact(f64::NAN), MISSING);
    }

    #[test]
    fn indian_sentences_write_whole_numbers_below_a_lakh() {
        assert_eq!(HINDI_RUPEES.count_words(68_234.0), "68,234");
        assert_eq!(HINDI_RUPEES.count_words(12.5), "12.5");
        assert_eq!(HINDI_RUPEES.count_words(1.2e6), "12 लाख");
        assert_eq!(HINDI_RUPEES.count_words(41_200_000.0), "4.12 करोड़");
        assert_eq!(HINDI_RUPEES.count_words(99_999.6), "1 लाख");
        assert_eq!(ENGLISH_RUPEES.count_words(41_200_000.0), "4.12 crore");
        assert_eq!(HINDI_RUPEES.money_words(9_160_602.0), "₹91.6 लाख");
        assert_eq!(HINDI_RUPEES.money_words(-1.2e12), "-₹1.2 लाख करोड़");
        assert_eq!(ENGLISH_RUPEES.money_words(1.2e10), "₹1,200 crore");
        assert_eq!(money_words(1.2e12, Currency::Inr), "₹1.2 lakh crore");
        assert_eq!(HINDI_RUPEES.money_words(f64::INFINITY), MISSING);
    }

    #[test]
    fn chinese_amounts_read_in_wan_and_yi() {
        let cases = [
            (12.5, "¥12.50"),
            (3_500.0, "¥3,500"),
            (3_456.0, "¥3,460"),
            // 9,999.7 would round to "10,000": one 万 instead.
            (9_999.7, "¥1万"),
            (3.5e4, "¥3.5万"),
            (3.5e6, "¥350万"),
            (1.2e7, "¥1200万"),
            // 9,999.5万 would round to "10000万".
            (99_995_000.0, "¥1亿"),
            (1.2e8, "¥1.2亿"),
            (1.2e11, "¥1200亿"),
            (1.2e12, "¥1.2万亿"),
            (1.2e17, "¥120,000万亿"),
            (-3.5e4, "-¥3.5万"),
        ];
        for (amount, text) in cases {
            assert_eq!(CHINESE_YUAN.money_compact(amount), text, "{amount}");
        }
        assert_eq!(CHINESE_YUAN.compact(3.5e6), "350万");
        assert_eq!(CHINESE_YUAN.count_words(3_456.0), "3,456");
        assert_eq!(CHINESE_YUAN.count_words(9_999.6), "1万");
        assert_eq!(CHINESE_YUAN.count_words(41_200_000.0), "4120万");
        assert_eq!(CHINESE_YUAN.money_words(1.2e8), "¥1.2亿");
        assert_eq!(
            Numbers::new(Lang::Zh, Currency::Usd).money_words(3.5e6),
            "$350万"
        );
    }

    #[test]
    fn western_forms_promote_past_rounding_too() {
        assert_eq!(count_words(999_999.6), "1 million");
        assert_eq!(count_words(999_999.0), "999,999");
        assert_eq!(compact(999.96), "1 k");
        assert_eq!(compact(1.2345e18), "1,230,000 T");
        // Past 2^53 a float's integer digits are binary noise: three digits, then zeros.
        let huge = compact(1.234e300);
        assert_eq!(huge.replace(',', ""), format!("123{} T", "0".repeat(286)));
        assert_eq!(money_words(9_160_602.0, Currency::Cny), "¥9.16 million");
    }

    #[test]
    fn percentages_take_no_space_in_any_language() {
        for numbers in [Numbers::ENGLISH, HINDI_RUPEES, CHINESE_YUAN] {
            assert_eq!(numbers.percent(0.12), "12%");
            assert_eq!(numbers.percent(0.055), "5.5%");
            assert_eq!(numbers.percent(-0.1), "-10%");
            assert_eq!(numbers.percent(-0.0001), "0%");
            assert_eq!(numbers.percent(f64::NAN), MISSING);
        }
        assert_eq!(HINDI_RUPEES.percent(1234.0), "1,23,400%");
        assert_eq!(CHINESE_YUAN.percent(1234.0), "123,400%");
    }

    /// Every language and currency the formatter can be asked for.
    fn every_numbers() -> Vec<Numbers> {
        Lang::ALL
            .into_iter()
            .flat_map(|lang| {
                [Currency::Usd, Currency::Eur, Currency::Inr, Currency::Cny]
                    .map(|currency| Numbers::new(lang, currency))
            })
            .collect()
    }

    /// Every form of `value` in `numbers`.
    fn every_form(numbers: Numbers, value: f64) -> Vec<String> {
        vec![
            numbers.money(value),
            numbers.money_whole(value),
            numbers.money_compact(value),
            numbers.money_words(value),
            numbers.compact(value),
            numbers.count_words(value),
            numbers.number(value),
            numbers.whole(value),
            numbers.fixed(value, 3),
            numbers.exact(value),
            numbers.readable(value),
            numbers.significant(value),
            numbers.percent(value),
        ]
    }

    /// The number before `unit` in `text` ("68.2" in "₹68.2 lakh"), if any.
    fn multiple_before(text: &str, unit: &str) -> Option<f64> {
        let before = text.strip_suffix(unit)?.trim_end();
        let digits: String = before
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        digits.parse().ok()
    }

    proptest::proptest! {
        /// No value, finite or not, makes any form panic, or print NaN,
        /// infinity or an exponent; non-finite values show as the dash.
        #[test]
        fn every_form_of_every_value_is_plain_text(value in proptest::num::f64::ANY) {
            for numbers in every_numbers() {
                for text in every_form(numbers, value) {
                    proptest::prop_assert!(!text.is_empty());
                    proptest::prop_assert!(!text.contains("NaN") && !text.contains("inf"), "{text}");
                    let exponent = text
                        .as_bytes()
                        .windows(2)
                        .any(|pair| pair[0].is_ascii_digit() && matches!(pair[1], b'e' | b'E'));
                    proptest::prop_assert!(!exponent, "{}", text);
                }
                let forms = every_form(numbers, value);
                let Some((percent, others)) = forms.split_last() else {
                    continue;
                };
                for text in others {
                    proptest::prop_assert_eq!(text == MISSING, !value.is_finite(), "{}", text);
                }
                proptest::prop_assert_eq!(percent == MISSING, !(value * 100.0).is_finite(), "{}", percent);
            }
        }

        /// Rounding never writes a unit's worth of the unit below it: no
        /// "100 lakh", "1,00,000 crore", "10000万" or "1,000 k".
        #[test]
        fn rounding_promotes_to_the_next_unit(exponent in 0.0f64..16.0) {
            let value = 10f64.powf(exponent);
            for numbers in every_numbers() {
                for text in [
                    numbers.compact(value),
                    numbers.count_words(value),
                    numbers.money_compact(value),
                    numbers.money_words(value),
                ] {
                    for (unit, limit) in [
                        (" k", 1e3), (" M", 1e3), (" B", 1e3), (" million", 1e3), (" billion", 1e3),
                        (" lakh", 100.0), (" लाख", 100.0), (" crore", 1e5), (" करोड़", 1e5),
                        ("万", 1e4), ("亿", 1e4),
                    ] {
                        if let Some(multiple) = multiple_before(&text, unit) {
                            proptest::prop_assert!(multiple < limit, "{} {}", value, text);
                        }
                    }
                }
            }
        }

        /// Indian grouping keeps every digit and puts the commas after the
        /// last three digits and then every two.
        #[test]
        fn indian_groups_are_three_then_pairs(whole in 0u64..9_000_000_000_000_000) {
            let text = HINDI_RUPEES.whole(whole as f64);
            proptest::prop_assert_eq!(text.replace(',', ""), whole.to_string());
            let groups: Vec<&str> = text.split(',').collect();
            let last = groups.len().saturating_sub(1);
            for (index, group) in groups.iter().enumerate() {
                let expected = match (index, index == last) {
                    (0, true) => 1..=3,
                    (0, false) => 1..=2,
                    (_, true) => 3..=3,
                    (_, false) => 2..=2,
                };
                proptest::prop_assert!(expected.contains(&group.len()), "{}", text);
            }
        }

        /// Chinese grouping is Western grouping, so its exact text reads back.
        #[test]
        fn chinese_exact_text_reads_back(value in -1e18f64..1e18) {
            proptest::prop_assert_eq!(crate::number_input::parse_decimal(&CHINESE_YUAN.exact(value)), Some(value));
        }
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
