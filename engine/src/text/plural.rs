//! Plural categories by each language's rule (CLDR 48, the rules the
//! browser's `Intl.PluralRules` applies): a catalog picks its words by the
//! category of the number it shows, never by `count == 1` written inline.

/// The plural category of a number in a language. English, Hindi and
/// Chinese use only these two (CLDR: `one`, `other`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plural {
    /// "1 month"; in Hindi also 0 and any number below 1.
    One,
    /// Every other number.
    Other,
}

/// English: `one` for exactly 1 written without decimals (CLDR: i = 1 and v = 0).
pub fn english(count: f64) -> Plural {
    if count == 1.0 {
        Plural::One
    } else {
        Plural::Other
    }
}

/// Hindi: `one` for 0 to 1 inclusive (CLDR: i = 0 or n = 1), so "0 महीना" and
/// "1 महीना", "2 महीने".
pub fn hindi(count: f64) -> Plural {
    if (0.0..=1.0).contains(&count) {
        Plural::One
    } else {
        Plural::Other
    }
}

/// Chinese has no plural forms: always `other`.
pub fn chinese(_count: f64) -> Plural {
    Plural::Other
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The categories `Intl.PluralRules` gives for these numbers (Node 20,
    /// CLDR 48): en 1 → one, 0 / 2 / 1.5 → other; hi 0, 0.5, 1 → one, 2 → other.
    #[test]
    fn categories_match_cldr() {
        assert_eq!(english(1.0), Plural::One);
        for count in [0.0, 2.0, 1.5, 0.5] {
            assert_eq!(english(count), Plural::Other);
        }
        for count in [0.0, 0.5, 1.0] {
            assert_eq!(hindi(count), Plural::One);
        }
        for count in [1.5, 2.0, 10.0] {
            assert_eq!(hindi(count), Plural::Other);
        }
        assert_eq!(chinese(1.0), Plural::Other);
    }
}
