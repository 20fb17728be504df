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
            vec![ $( (stringify!($const_name), format!("{:?}", words.$const_method())) ),* ]
        }
    };
}

include!("words_list.rs");
