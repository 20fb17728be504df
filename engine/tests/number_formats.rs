//! The number formatter against the browser's `Intl.NumberFormat`: the table
//! in `fixtures/intl_numbers.json` is what `Intl` (ICU 78, CLDR 48, through
//! Node) writes for a spread of values in `en-IN`, `hi-IN` and `zh-CN`;
//! regenerate it with
//!
//! ```text
//! node scripts/intl-numbers.mjs > engine/tests/fixtures/intl_numbers.json
//! ```
//!
//! Every entry must be what the Rust formatter writes, or one of the
//! [`DIVERGENCES`] below, each with the reason we write it otherwise.

use engine::currency::Currency;
use engine::text::format::{self, Numbers};
use engine::text::Lang;
use serde_json::Value;

/// A place where we knowingly write a number otherwise than `Intl`:
/// (table, value, what `Intl` writes, what we write, why).
type Divergence = (&'static str, f64, &'static str, &'static str, &'static str);

/// Below a lakh we write the grouped number ("68,200"), not thousands: CLDR
/// `en-IN` and `hi-IN` have compact patterns from 10³ ("68.2 thousand",
/// "68.2 हज़ार"), but Indian writing counts in thousands only in full, and
/// lakh is the first unit a reader expects.
const THOUSANDS: &str = "below a lakh, the grouped number, not thousand / हज़ार";
/// `Intl`'s compact notation groups only numbers of five digits or more
/// (ICU's minimum grouping digits of 2 in compact notation): "1200 crore",
/// "1230". We group a number as the same locale groups it in full, so a
/// tick reads like the table beside it: "1,200 crore", "1,230". (Before 万
/// and 亿 we do write four digits bare, "1200万", as `Intl` does.)
const GROUPED: &str = "four-digit numbers grouped as in full, not bare as in Intl compact";
/// `Intl` `hi-IN` (CLDR `hi`) switches to अरब at 10⁹ and खरब at 10¹¹; we
/// go on in करोड़ up to a लाख करोड़ (10¹²), as Indian financial writing does
/// and as `Intl` `en-IN` itself does in English ("120 crore", "1.2 lakh
/// crore"): see `INDIAN_HINDI` in `engine/src/text/format.rs`.
const ARAB: &str = "Hindi counts in करोड़ up to a लाख करोड़, not in अरब and खरब";
/// A negative number that rounds to zero: `Intl` writes "-0" (its default
/// `signDisplay: "auto"` keeps the sign of negative zero); we never show a
/// minus before a zero.
const MINUS_ZERO: &str = "no minus sign before a zero";

const DIVERGENCES: &[Divergence] = &[
    ("en-IN compact", 1234.5, "1.23 thousand", "1,230", THOUSANDS),
    ("en-IN compact", 9999.0, "10 thousand", "10,000", THOUSANDS),
    ("en-IN compact", 35000.0, "35 thousand", "35,000", THOUSANDS),
    (
        "en-IN compact",
        68200.0,
        "68.2 thousand",
        "68,200",
        THOUSANDS,
    ),
    (
        "en-IN compact",
        -1234.5,
        "-1.23 thousand",
        "-1,230",
        THOUSANDS,
    ),
    ("hi-IN compact", 1234.5, "1.23 हज़ार", "1,230", THOUSANDS),
    ("hi-IN compact", 9999.0, "10 हज़ार", "10,000", THOUSANDS),
    ("hi-IN compact", 35000.0, "35 हज़ार", "35,000", THOUSANDS),
    ("hi-IN compact", 68200.0, "68.2 हज़ार", "68,200", THOUSANDS),
    ("hi-IN compact", -1234.5, "-1.23 हज़ार", "-1,230", THOUSANDS),
    (
        "en-IN compact",
        12000000000.0,
        "1200 crore",
        "1,200 crore",
        GROUPED,
    ),
    (
        "en-IN compact",
        12345000000.0,
        "1230 crore",
        "1,230 crore",
        GROUPED,
    ),
    ("zh-CN compact", 1234.5, "1230", "1,230", GROUPED),
    ("zh-CN compact", -1234.5, "-1230", "-1,230", GROUPED),
    ("hi-IN compact", 999500000.0, "1 अरब", "100 करोड़", ARAB),
    ("hi-IN compact", 1200000000.0, "1.2 अरब", "120 करोड़", ARAB),
    ("hi-IN compact", 12000000000.0, "12 अरब", "1,200 करोड़", ARAB),
    (
        "hi-IN compact",
        12345000000.0,
        "12.3 अरब",
        "1,230 करोड़",
        ARAB,
    ),
    (
        "hi-IN compact",
        120000000000.0,
        "1.2 खरब",
        "12,000 करोड़",
        ARAB,
    ),
    (
        "hi-IN compact",
        999500000000.0,
        "10 खरब",
        "1 लाख करोड़",
        ARAB,
    ),
    (
        "hi-IN compact",
        1200000000000.0,
        "12 खरब",
        "1.2 लाख करोड़",
        ARAB,
    ),
    (
        "hi-IN compact",
        12000000000000.0,
        "120 खरब",
        "12 लाख करोड़",
        ARAB,
    ),
    (
        "hi-IN compact",
        120000000000000.0,
        "1200 खरब",
        "120 लाख करोड़",
        ARAB,
    ),
    (
        "hi-IN compact",
        -1200000000000.0,
        "-12 खरब",
        "-1.2 लाख करोड़",
        ARAB,
    ),
    ("en-IN number", -0.001, "-0", "0", MINUS_ZERO),
    ("en-US number", -0.001, "-0", "0", MINUS_ZERO),
    ("hi-IN number", -0.001, "-0", "0", MINUS_ZERO),
    ("zh-CN number", -0.001, "-0", "0", MINUS_ZERO),
];

/// The formatter a fixture table stands for.
fn ours(table: &str, value: f64) -> Option<String> {
    let en_in = Numbers::new(Lang::En, Currency::Inr);
    let hi_in = Numbers::new(Lang::Hi, Currency::Inr);
    let zh_cn = Numbers::new(Lang::Zh, Currency::Cny);
    Some(match table {
        "en-US number" => format::number(value),
        "en-IN number" => en_in.number(value),
        "hi-IN number" => hi_in.number(value),
        "zh-CN number" => zh_cn.number(value),
        "en-IN compact" => en_in.compact(value),
        "hi-IN compact" => hi_in.compact(value),
        "zh-CN compact" => zh_cn.compact(value),
        "en-IN percent" => en_in.percent(value),
        "hi-IN percent" => hi_in.percent(value),
        "zh-CN percent" => zh_cn.percent(value),
        _ => return None,
    })
}

fn fixture() -> Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/intl_numbers.json"
    );
    let text = std::fs::read_to_string(path).unwrap_or_else(|error| panic!("{path}: {error}"));
    serde_json::from_str(&text).unwrap_or_else(|error| panic!("{path}: {error}"))
}

/// Every (table, value, `Intl`'s text) of the fixture.
fn entries() -> Vec<(String, f64, String)> {
    let fixture = fixture();
    let mut entries = Vec::new();
    for group in ["numbers", "percents"] {
        let tables = fixture[group].as_object().expect("an object of tables");
        for (table, rows) in tables {
            for row in rows.as_array().expect("an array of rows") {
                let value = row[0].as_f64().expect("a number");
                // CLDR `en-IN` puts a narrow no-break space (U+202F) before
                // "lakh" and "crore"; we write the plain space of "1.2 million"
                // and "1.2 M", so that every English unit reads alike.
                let text = row[1].as_str().expect("a text").replace('\u{202f}', " ");
                entries.push((table.clone(), value, text));
            }
        }
    }
    entries
}

#[test]
fn the_formatter_writes_what_intl_writes_or_a_listed_divergence() {
    let mut unexplained = Vec::new();
    let mut seen = 0;
    for (table, value, intl) in entries() {
        let ours = ours(&table, value).unwrap_or_else(|| panic!("no formatter for {table}"));
        match DIVERGENCES
            .iter()
            .find(|(t, v, ..)| *t == table && *v == value)
        {
            Some((_, _, listed_intl, listed_ours, why)) => {
                seen += 1;
                assert_eq!(intl, *listed_intl, "{table} {value} ({why}): Intl changed");
                assert_eq!(ours, *listed_ours, "{table} {value} ({why}): ours changed");
                assert_ne!(
                    ours, intl,
                    "{table} {value} ({why}): no longer a divergence"
                );
            }
            None if ours != intl => {
                unexplained.push(format!("{table} {value:?}: Intl {intl:?}, ours {ours:?}"))
            }
            None => {}
        }
    }
    assert!(
        unexplained.is_empty(),
        "unexplained:\n{}",
        unexplained.join("\n")
    );
    assert_eq!(
        seen,
        DIVERGENCES.len(),
        "a listed divergence is not in the fixture"
    );
}

/// From a thousand up, an amount's compact form is its symbol before the
/// number's compact form, in every language and currency (the fixture's
/// values, and their negatives).
#[test]
fn compact_money_is_the_symbol_before_the_compact_number() {
    for lang in Lang::ALL {
        for currency in [Currency::Usd, Currency::Eur, Currency::Inr, Currency::Cny] {
            let numbers = Numbers::new(lang, currency);
            for (_, value, _) in entries() {
                if value.abs() < 1000.0 {
                    continue;
                }
                let number = numbers.compact(value.abs());
                let sign = if value < 0.0 { "-" } else { "" };
                let symbol = numbers.symbol();
                assert_eq!(
                    numbers.money_compact(value),
                    format!("{sign}{symbol}{number}")
                );
            }
        }
    }
}
