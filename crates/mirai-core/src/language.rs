use std::fmt;
use std::str::FromStr;

/// One of the nine languages Mirai is written in; the UI, the content and the messages all
/// exist in each of them, so a language outside this set cannot be selected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Language {
    /// Japanese.
    Ja,
    /// English.
    En,
    /// Chinese, Simplified script.
    Zh,
    /// Vietnamese.
    Vi,
    /// Filipino (Tagalog).
    Tl,
    /// Indonesian.
    Id,
    /// Burmese, in Unicode (never Zawgyi).
    My,
    /// Portuguese (Brazilian users first).
    Pt,
    /// Spanish (Latin American users first).
    Es,
}

/// A language code that is not one of the nine, for example from a damaged setting.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language code: {0:?}")]
pub struct UnknownLanguage(pub String);

impl Language {
    /// Every language, in the order the language picker shows them.
    pub const ALL: [Language; 9] = [
        Language::Ja,
        Language::En,
        Language::Zh,
        Language::Vi,
        Language::Tl,
        Language::Id,
        Language::My,
        Language::Pt,
        Language::Es,
    ];

    /// The code used in file names (`locales/<code>/`), settings and IPC.
    pub fn code(self) -> &'static str {
        match self {
            Language::Ja => "ja",
            Language::En => "en",
            Language::Zh => "zh",
            Language::Vi => "vi",
            Language::Tl => "tl",
            Language::Id => "id",
            Language::My => "my",
            Language::Pt => "pt",
            Language::Es => "es",
        }
    }

    /// The BCP 47 tag for `lang` attributes: fonts and speech pick glyphs and pronunciation
    /// from it, so Chinese names its script to avoid Japanese glyph shapes.
    pub fn bcp47(self) -> &'static str {
        match self {
            Language::Zh => "zh-Hans",
            other => other.code(),
        }
    }

    /// The language's own name in its own script, as the picker must show it (never a flag).
    pub fn endonym(self) -> &'static str {
        match self {
            Language::Ja => "日本語",
            Language::En => "English",
            Language::Zh => "简体中文",
            Language::Vi => "Tiếng Việt",
            Language::Tl => "Filipino",
            Language::Id => "Bahasa Indonesia",
            Language::My => "မြန်မာဘာသာ",
            Language::Pt => "Português",
            Language::Es => "Español",
        }
    }
}

impl FromStr for Language {
    type Err = UnknownLanguage;

    fn from_str(code: &str) -> Result<Self, Self::Err> {
        Language::ALL
            .into_iter()
            .find(|lang| lang.code() == code)
            .ok_or_else(|| UnknownLanguage(code.chars().take(16).collect()))
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn codes_round_trip_and_are_distinct() {
        let mut seen = std::collections::HashSet::new();
        for lang in Language::ALL {
            assert_eq!(lang.code().parse::<Language>(), Ok(lang));
            assert!(seen.insert(lang.code()), "duplicate code {}", lang.code());
        }
    }

    #[test]
    fn near_misses_are_refused() {
        for bad in ["", "JA", "ja-JP", "zh-Hans", "fil", "my-MM", " en", "xx"] {
            assert!(bad.parse::<Language>().is_err(), "{bad:?} accepted");
        }
    }

    proptest! {
        #[test]
        fn parsing_never_panics_and_accepts_only_the_nine(code in "\\PC{0,40}") {
            match code.parse::<Language>() {
                Ok(lang) => prop_assert_eq!(lang.code(), code.as_str()),
                Err(UnknownLanguage(echo)) => prop_assert!(echo.chars().count() <= 16),
            }
        }
    }
}
