//! Custom hooks: what a component reads from the page around it.

use engine::text::format::Numbers;
use engine::text::Words;
use yew::prelude::*;

/// The words of the language the reader chose: every component takes its
/// labels and sentences from here (the app provides them as a context, so a
/// change of language re-renders every component that reads it).
#[hook]
pub fn use_words() -> Words {
    use_context::<Words>().unwrap_or_default()
}

/// The number formatter for the reader's language and `currency`.
#[hook]
pub fn use_numbers(currency: engine::currency::Currency) -> Numbers {
    let words = use_words();
    Numbers::new(words.lang(), currency)
}
