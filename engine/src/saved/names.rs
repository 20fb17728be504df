//! Scenario names: what a name may be, and a free name for a copy.
//!
//! A name is plain text: it is shown as text, never as markup, so nothing here
//! escapes or strips anything but the spaces around it. A copy's name is made
//! with the word the caller's language marks copies with ("copy": the English
//! catalog's `COPY_MARK`); once made, a name is data, kept as it is.

use std::collections::BTreeSet;

use crate::number_input::{Allowed, FieldError, GivenValue};

/// The longest name, in characters (Unicode scalar values).
pub const MAX_NAME_CHARS: usize = 80;

/// The name of a scenario with no usable name, and the default profile's
/// name: data, not a word to translate (version 1 share links are read
/// against it).
pub const UNTITLED: &str = "Untitled profile";

/// `text` trimmed, if it is a usable name: 1 to [`MAX_NAME_CHARS`]
/// characters, no line breaks, tabs or other control characters.
pub fn validate_name(text: &str) -> Result<String, FieldError> {
    let name = text.trim();
    let count = name.chars().count();
    if count == 0 || count > MAX_NAME_CHARS || name.chars().any(char::is_control) {
        return Err(FieldError {
            field: "name".to_owned(),
            given: GivenValue::Text(text.to_owned()),
            allowed: Allowed::Name {
                max_chars: MAX_NAME_CHARS,
            },
        });
    }
    Ok(name.to_owned())
}

/// A name for a copy of `original` that none of `existing` has, with `mark`
/// the word for a copy ("copy" in English): "Bank (copy)", then "Bank (copy
/// 2)", "Bank (copy 3)", ... A copy of "Bank (copy)" is "Bank (copy 2)", not
/// "Bank (copy) (copy)". The original is shortened if needed so the result is
/// at most [`MAX_NAME_CHARS`] characters.
pub fn duplicate_name<'a>(
    original: &str,
    existing: impl IntoIterator<Item = &'a str>,
    mark: &str,
) -> String {
    let taken: BTreeSet<&str> = existing.into_iter().map(str::trim).collect();
    let cleaned = clean(original);
    let base = strip_copy_suffix(&cleaned, mark);
    // At most `taken.len() + 1` tries: one of them is free.
    (1..=taken.len() + 1)
        .map(|number| {
            let suffix = copy_suffix(mark, number);
            let room = MAX_NAME_CHARS.saturating_sub(suffix.chars().count());
            let stem: String = base.chars().take(room).collect();
            format!("{}{suffix}", stem.trim_end())
        })
        .find(|candidate| !taken.contains(candidate.as_str()))
        .unwrap_or_else(|| format!("{UNTITLED}{}", copy_suffix(mark, 1)))
}

/// `wanted` made into a usable name (control characters become spaces, cut to
/// [`MAX_NAME_CHARS`], "Untitled profile" if nothing is left), or a copy's
/// name (see [`duplicate_name`], with `mark`) if that is taken: for a scenario
/// opened from a link or a file.
pub fn unique_name<'a>(
    wanted: &str,
    existing: impl IntoIterator<Item = &'a str>,
    mark: &str,
) -> String {
    let existing: Vec<&str> = existing.into_iter().collect();
    let name = clean(wanted);
    if existing.iter().any(|taken| taken.trim() == name) {
        duplicate_name(&name, existing, mark)
    } else {
        name
    }
}

/// The suffix of a copy's name: " (copy)", then " (copy 2)", " (copy 3)", …
/// (the number in plain digits: a name is data).
fn copy_suffix(mark: &str, number: usize) -> String {
    if number == 1 {
        format!(" ({mark})")
    } else {
        format!(" ({mark} {number})")
    }
}

/// Control characters to spaces, trimmed, at most [`MAX_NAME_CHARS`], never empty.
fn clean(text: &str) -> String {
    let spaced: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let cut: String = spaced.trim().chars().take(MAX_NAME_CHARS).collect();
    let cut = cut.trim_end();
    if cut.is_empty() {
        UNTITLED.to_owned()
    } else {
        cut.to_owned()
    }
}

/// "Bank (copy)" and "Bank (copy 7)" -> "Bank"; anything else unchanged.
/// Reads the suffixes [`copy_suffix`] writes: " (" + `mark`, then nothing or
/// a space and a number, then ")".
fn strip_copy_suffix<'a>(name: &'a str, mark: &str) -> &'a str {
    let opening = format!(" ({mark}");
    let Some(open) = name
        .strip_suffix(')')
        .and_then(|rest| rest.rfind(opening.as_str()))
    else {
        return name;
    };
    let inside = name
        .get(open + opening.len()..name.len() - 1)
        .unwrap_or("x");
    let is_copy = inside.is_empty()
        || inside
            .strip_prefix(' ')
            .is_some_and(|number| !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()));
    match name.get(..open) {
        Some(stem) if is_copy && !stem.trim().is_empty() => stem,
        _ => name,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::en;

    fn duplicate_name<'a>(original: &str, existing: impl IntoIterator<Item = &'a str>) -> String {
        super::duplicate_name(original, existing, en::COPY_MARK)
    }

    fn unique_name<'a>(wanted: &str, existing: impl IntoIterator<Item = &'a str>) -> String {
        super::unique_name(wanted, existing, en::COPY_MARK)
    }

    #[test]
    fn names_are_trimmed_and_checked() {
        assert_eq!(validate_name("  Bank  "), Ok("Bank".to_owned()));
        assert_eq!(
            validate_name(&"é".repeat(80)).map(|name| name.chars().count()),
            Ok(80)
        );
        assert_eq!(
            validate_name("<b>Bank</b> & \"co\"").as_deref(),
            Ok("<b>Bank</b> & \"co\"")
        );
        for bad in ["", "   ", "line\nbreak", "tab\there"] {
            assert!(validate_name(bad).is_err(), "{bad:?}");
        }
        let error = validate_name(&"x".repeat(81)).unwrap_err();
        assert_eq!(error.field, "name");
        let empty = validate_name(" ").unwrap_err();
        assert_eq!(
            en::field_problem(&empty),
            "Enter a name of 1 to 80 characters on one line."
        );
        assert_eq!(
            en::field_problem(&validate_name("a\nb").unwrap_err()),
            "“a\nb” is not allowed: enter a name of 1 to 80 characters on one line."
        );
    }

    #[test]
    fn a_copy_gets_the_first_free_number() {
        assert_eq!(duplicate_name("Bank", ["Bank"]), "Bank (copy)");
        assert_eq!(
            duplicate_name("Bank", ["Bank", "Bank (copy)"]),
            "Bank (copy 2)"
        );
        assert_eq!(
            duplicate_name("Bank (copy)", ["Bank", "Bank (copy)"]),
            "Bank (copy 2)"
        );
        assert_eq!(
            duplicate_name("Bank (copy 2)", ["Bank", "Bank (copy)", "Bank (copy 2)"]),
            "Bank (copy 3)"
        );
        assert_eq!(
            duplicate_name("Bank", ["Bank", "Bank (copy)", "Bank (copy 3)"]),
            "Bank (copy 2)"
        );
    }

    #[test]
    fn names_that_only_look_like_copies_keep_their_suffix() {
        assert_eq!(duplicate_name("(copy)", []), "(copy) (copy)");
        assert_eq!(duplicate_name("Bank (copy x)", []), "Bank (copy x) (copy)");
        assert_eq!(duplicate_name("Bank (copy 2", []), "Bank (copy 2 (copy)");
    }

    #[test]
    fn a_copy_of_a_long_name_stays_within_the_limit() {
        let long = "é".repeat(MAX_NAME_CHARS);
        let copy = duplicate_name(&long, [long.as_str()]);
        assert_eq!(copy.chars().count(), MAX_NAME_CHARS);
        assert!(copy.ends_with(" (copy)"));
        let second = duplicate_name(&long, [long.as_str(), copy.as_str()]);
        assert_eq!(second.chars().count(), MAX_NAME_CHARS);
        assert!(second.ends_with(" (copy 2)"));
        assert!(validate_name(&second).is_ok());
    }

    #[test]
    fn an_opened_scenario_keeps_its_name_when_it_is_free() {
        assert_eq!(unique_name(" Bank ", ["Startup"]), "Bank");
        assert_eq!(unique_name("Bank", ["Bank"]), "Bank (copy)");
        assert_eq!(unique_name("two\nlines", []), "two lines");
        assert_eq!(unique_name(" \t ", []), UNTITLED);
        assert_eq!(copy_suffix("copy", 1), " (copy)");
        assert_eq!(copy_suffix("copy", 3), " (copy 3)");
        // Another language's mark: its copies are numbered the same way.
        assert_eq!(
            super::duplicate_name("Bank", ["Bank", "Bank (副本)"], "副本"),
            "Bank (副本 2)"
        );
        assert_eq!(
            unique_name(&"x".repeat(200), []).chars().count(),
            MAX_NAME_CHARS
        );
    }
}
