//! [`Words`]: one language's catalog, chosen at run time.
//!
//! Each language is a module of the same items (`en`, `hi`, `zh`: the same
//! `pub const` and `pub fn` names with the same types). The list below names
//! every item once; [`catalog!`] turns it into one method of [`Words`] per
//! item that dispatches on the language. A message missing from a language, or
//! given another type there, is therefore a compile error, not a blank on the
//! page.

use super::lang::Lang;
#[allow(unused_imports)]
use super::{en, hi, zh};

/// The words of one language: every label, sentence and unit the page, the
/// exports and the command line show, as methods.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Words {
    lang: Lang,
}

impl Words {
    /// The words of `lang`.
    pub const fn new(lang: Lang) -> Self {
        Self { lang }
    }

    /// The language these words are in.
    pub const fn lang(self) -> Lang {
        self.lang
    }
}

/// Expands the list of messages into [`Words`]' methods. Constants come
/// first (`const NAME: Type => method;`), then functions
/// (`fn name(arg: Type, ...) -> Type;`), each taken from the module of the
/// words' language.
macro_rules! catalog {
    (
        $( const $const_name:ident : $const_ty:ty => $const_method:ident; )*
        $( fn $fn_name:ident ( $( $arg:tt : $arg_ty:ty ),* $(,)? ) -> $ret:ty; )*
    ) => {
        impl Words {
            $(
                #[doc = concat!("`", stringify!($const_name), "` in this language.")]
                pub fn $const_method(self) -> $const_ty {
                    match self.lang {
                        Lang::En => en::$const_name,
                        Lang::Hi => hi::$const_name,
                        Lang::Zh => zh::$const_name,
                    }
                }
            )*
            $(
                #[doc = concat!("`", stringify!($fn_name), "` in this language.")]
                pub fn $fn_name(self, $( $arg: $arg_ty ),* ) -> $ret {
                    match self.lang {
                        Lang::En => en::$fn_name($( $arg ),*),
                        Lang::Hi => hi::$fn_name($( $arg ),*),
                        Lang::Zh => zh::$fn_name($( $arg ),*),
                    }
                }
            )*
        }

        /// Every constant message of `words`, with its name, for the
        /// catalogs' completeness tests.
        #[cfg(test)]
        pub(crate) fn constant_messages(words: Words) -> Vec<(&'static str, String)> {
            vec![ $( (stringify!($const_name), words.$const_method().as_message()) ),* ]
        }
    };
}

/// A constant message as text, for the completeness tests (most are one
/// string; the cost categories are a list).
#[cfg(test)]
trait AsMessage {
    fn as_message(&self) -> String;
}

#[cfg(test)]
impl AsMessage for &str {
    fn as_message(&self) -> String {
        (*self).to_owned()
    }
}

#[cfg(test)]
impl<const N: usize> AsMessage for [&str; N] {
    fn as_message(&self) -> String {
        self.join(" | ")
    }
}

include!("words_list.rs");

#[cfg(test)]
mod tests {
    use super::*;

    /// The `{name}` placeholders a template names, sorted.
    fn placeholders(text: &str) -> Vec<String> {
        let mut found: Vec<String> = text
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}'))
            .map(|(name, _)| name.to_owned())
            .collect();
        found.sort();
        found
    }

    fn has_script(text: &str, lang: Lang) -> bool {
        match lang {
            Lang::En => true,
            Lang::Hi => text.chars().any(|c| ('\u{0900}'..='\u{097F}').contains(&c)),
            Lang::Zh => text.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c)),
        }
    }

    /// Messages a language may write in Latin letters on purpose: symbols and
    /// unit symbols (Chinese writes "GB/GPU", "Token", "USD/kWh"), names as
    /// their makers write them, a file name, codes.
    const SAME_IN_EVERY_LANGUAGE: [&str; 18] = [
        "UNIT_GB_PER_GPU",
        "UNIT_TOKENS",
        "UNIT_USD_PER_KWH",
        "UNIT_GPUS",
        "UNIT_TIMES_GPU_TDP",
        "UNIT_TIMES_TDP",
        "NOT_AVAILABLE",
        "CHART_P10",
        "CHART_P50",
        "CHART_P90",
        "UNREADABLE_FILE_NAME",
        "UNIT_FTE",
        "UNIT_GB",
        "UNIT_MILLISECONDS",
        "UNIT_USD",
        "UNIT_GPU_HOURS",
        "UNIT_PUE",
        "FLEET_GPU",
    ];

    #[test]
    fn every_constant_message_is_translated_and_keeps_its_placeholders() {
        let english = constant_messages(Words::new(Lang::En));
        for lang in [Lang::Hi, Lang::Zh] {
            let messages = constant_messages(Words::new(lang));
            assert_eq!(messages.len(), english.len());
            let mut untranslated = Vec::new();
            for ((name, text), (_, english_text)) in messages.iter().zip(&english) {
                assert_eq!(
                    placeholders(text),
                    placeholders(english_text),
                    "{lang:?} {name} names other placeholders than English"
                );
                let deliberate = SAME_IN_EVERY_LANGUAGE.contains(name);
                if !deliberate && (text == english_text || !has_script(text, lang)) {
                    untranslated.push(*name);
                }
            }
            assert!(
                untranslated.is_empty(),
                "{lang:?} leaves these in English: {untranslated:?}"
            );
        }
    }

    #[test]
    fn the_words_follow_the_language() {
        for lang in Lang::ALL {
            let words = Words::new(lang);
            assert_eq!(words.lang(), lang);
            assert!(has_script(words.results_heading(), lang));
        }
    }
}
