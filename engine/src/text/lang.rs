//! The languages the calculator speaks, and how a reader or a browser names them.

/// A language of the page, the exports and the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Hindi (India), in Devanagari.
    Hi,
    /// Simplified Chinese (China).
    Zh,
}

impl Lang {
    /// Every language, in the order the picker lists them.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Hi, Lang::Zh];

    /// The code in the address (`?lang=`), in storage and on the command line.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Hi => "hi",
            Lang::Zh => "zh",
        }
    }

    /// The BCP 47 tag for `<html lang>`: `zh-Hans` so that browsers choose
    /// Simplified Chinese glyphs.
    pub fn html_tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Hi => "hi",
            Lang::Zh => "zh-Hans",
        }
    }

    /// The language's own name, as the picker shows it in every language.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Hi => "हिन्दी",
            Lang::Zh => "简体中文",
        }
    }

    /// Reads a code as typed in an address or on the command line (`en`, `hi`,
    /// `zh`, any case), or `None`.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(code.trim()))
    }

    /// The `lang=` parameter of an address's query (`embed=1&lang=hi`, with or
    /// without the leading `?`), when it names a language the calculator speaks.
    pub fn from_query(query: &str) -> Option<Lang> {
        query
            .trim_start_matches('?')
            .split('&')
            .filter_map(|part| part.split_once('='))
            .find(|(key, _)| *key == "lang")
            .and_then(|(_, value)| Lang::from_code(value))
    }

    /// The language a visit starts in: the address's `?lang=` first (a link
    /// made for a reader), then the one this browser remembers the reader
    /// choosing, then the browser's own preference, then English. A stored
    /// value that is not a language (an old or damaged entry) is passed over.
    pub fn choose<'a>(
        from_address: Option<Lang>,
        stored: Option<&str>,
        browser: impl IntoIterator<Item = &'a str>,
    ) -> Lang {
        from_address
            .or_else(|| stored.and_then(Lang::from_code))
            .unwrap_or_else(|| Lang::from_browser(browser))
    }

    /// The first of a browser's preferred languages (`navigator.languages`:
    /// `hi-IN`, `zh-CN`, `en-GB` …) that the calculator speaks, by its primary
    /// subtag; English when none is.
    pub fn from_browser<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter()
            .find_map(|tag| Lang::from_code(tag.split(['-', '_']).next().unwrap_or("")))
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_read_back_and_unknown_ones_are_refused() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code(" ZH "), Some(Lang::Zh));
        assert_eq!(Lang::from_code("fr"), None);
        assert_eq!(Lang::from_code(""), None);
    }

    #[test]
    fn the_address_then_the_stored_choice_then_the_browser_decide() {
        assert_eq!(Lang::from_query("?embed=1&lang=zh"), Some(Lang::Zh));
        assert_eq!(Lang::from_query("lang=HI"), Some(Lang::Hi));
        assert_eq!(Lang::from_query("?lang=fr"), None);
        assert_eq!(Lang::from_query("?language=hi"), None);
        assert_eq!(Lang::from_query(""), None);
        let browser = ["hi-IN", "en"];
        assert_eq!(Lang::choose(Some(Lang::Zh), Some("en"), browser), Lang::Zh);
        assert_eq!(Lang::choose(None, Some("en"), browser), Lang::En);
        assert_eq!(Lang::choose(None, Some("{garbage"), browser), Lang::Hi);
        assert_eq!(Lang::choose(None, None, browser), Lang::Hi);
        assert_eq!(Lang::choose(None, None, []), Lang::En);
    }

    #[test]
    fn the_browser_s_first_spoken_language_wins() {
        assert_eq!(Lang::from_browser(["fr-FR", "hi-IN", "en"]), Lang::Hi);
        assert_eq!(Lang::from_browser(["zh-Hans-CN"]), Lang::Zh);
        assert_eq!(Lang::from_browser(["zh_TW"]), Lang::Zh);
        assert_eq!(Lang::from_browser(["de", "fr"]), Lang::En);
        assert_eq!(Lang::from_browser([]), Lang::En);
    }
}
