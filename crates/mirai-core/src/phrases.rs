//! Japanese for the first seconds of an emergency call. Police and fire operators can add an
//! interpreter to the call, but only once they know which language is needed, and they ask in
//! Japanese; a caller who can name their language in Japanese gets one sooner. The 119 operator
//! first asks "fire or ambulance?" (the order of a 119 call as city fire departments teach it,
//! for example Kitakyushu's: city.kitakyushu.lg.jp/english/e20100140.html).
//!
//! Languages are named as Japanese usually names them, with a Hepburn reading for a caller who
//! cannot read kana.

use crate::Language;

/// A Japanese sentence to say aloud, with how to pronounce it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    /// What it says, as a stable name the UI translates (`my-language`, `no-japanese`, `fire`,
    /// `ambulance`), so the reader knows what they are saying.
    pub id: &'static str,
    /// The sentence in Japanese, with spaces between words as in plain Japanese for learners.
    pub japanese: String,
    /// Its reading in Hepburn romanisation.
    pub romaji: String,
}

impl Language {
    /// The language's name in Japanese and its Hepburn reading: what to say so that an
    /// operator calls the right interpreter.
    pub fn japanese_name(self) -> (&'static str, &'static str) {
        match self {
            Language::Ja => ("日本語", "Nihongo"),
            Language::En => ("英語", "Eigo"),
            Language::Zh => ("中国語", "Chūgoku-go"),
            Language::Vi => ("ベトナム語", "Betonamu-go"),
            Language::Tl => ("タガログ語", "Tagarogu-go"),
            Language::Id => ("インドネシア語", "Indoneshia-go"),
            Language::My => ("ミャンマー語", "Myanmā-go"),
            Language::Pt => ("ポルトガル語", "Porutogaru-go"),
            Language::Es => ("スペイン語", "Supein-go"),
        }
    }
}

/// What a speaker of `language` says first on an emergency call: the language they speak, that
/// they do not understand Japanese well, and the two answers to the 119 operator's first
/// question, "fire or ambulance?". Nothing for a Japanese speaker.
pub fn emergency_phrases(language: Language) -> Vec<Phrase> {
    if language == Language::Ja {
        return Vec::new();
    }
    let (name, reading) = language.japanese_name();
    let phrase = |id, japanese: &str, romaji: &str| Phrase { id, japanese: japanese.into(), romaji: romaji.into() };
    vec![
        phrase("my-language", &format!("{name}を 話します。"), &format!("{reading} o hanashimasu.")),
        phrase("no-japanese", "日本語が よく わかりません。", "Nihongo ga yoku wakarimasen."),
        phrase("fire", "火事です。", "Kaji desu."),
        phrase("ambulance", "救急です。", "Kyūkyū desu."),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_speaker_but_a_japanese_one_names_their_own_language() {
        assert!(emergency_phrases(Language::Ja).is_empty());
        let mut names = std::collections::HashSet::new();
        for language in Language::ALL.into_iter().filter(|l| *l != Language::Ja) {
            let phrases = emergency_phrases(language);
            let (name, reading) = language.japanese_name();
            assert!(names.insert(name), "{name} named twice");
            assert!(phrases[0].japanese.starts_with(name) && phrases[0].japanese.ends_with("を 話します。"));
            assert!(phrases[0].romaji.starts_with(reading) && phrases[0].romaji.ends_with(" o hanashimasu."));
            assert!(name.ends_with('語') && (reading.ends_with("-go") || reading == "Eigo"), "{name} {reading}");
            let ids: Vec<&str> = phrases.iter().map(|p| p.id).collect();
            assert_eq!(ids, ["my-language", "no-japanese", "fire", "ambulance"]);
        }
    }
}
