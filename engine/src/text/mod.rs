//! Everything a person reads: the one number formatter ([`mod@format`]), the
//! plural rules ([`plural`]) and the message catalogs ([`en`], English). The
//! page, the exports and the command line all take their words and number
//! formats from here; another language is another catalog beside `en`.

pub mod en;
pub mod format;
pub mod lang;
pub mod plural;
pub mod zh;

pub use lang::Lang;
