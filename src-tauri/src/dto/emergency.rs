//! The emergency card: police and fire/ambulance from the built-in pack, and the Japanese to
//! say first, for a reader of one language.

use mirai_core::{Language, Phrase, emergency_phrases};
use mirai_pack::content::DirectoryEntry;
use serde::Serialize;
use ts_rs::TS;

use super::DirectoryEntryDto;

/// A Japanese sentence to say on the phone (`mirai_core::Phrase`).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PhraseDto {
    /// What it says, for the UI to translate: `my-language`, `no-japanese`, `fire`, `ambulance`.
    pub id: String,
    /// The sentence in Japanese.
    pub japanese: String,
    /// How to say it, in Latin letters.
    pub romaji: String,
}

/// What the emergency card shows.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EmergencyCardDto {
    /// The emergency numbers, in dialling order, in the reader's language.
    pub lines: Vec<DirectoryEntryDto>,
    /// What to say first; empty for a reader of Japanese.
    pub phrases: Vec<PhraseDto>,
}

impl EmergencyCardDto {
    /// The card for a reader of `lang`.
    pub fn new(lines: &[DirectoryEntry], lang: Language) -> EmergencyCardDto {
        EmergencyCardDto {
            lines: lines.iter().filter_map(|entry| DirectoryEntryDto::new(entry, lang)).collect(),
            phrases: emergency_phrases(lang).into_iter().map(PhraseDto::from).collect(),
        }
    }
}

impl From<Phrase> for PhraseDto {
    fn from(phrase: Phrase) -> PhraseDto {
        PhraseDto { id: phrase.id.to_owned(), japanese: phrase.japanese, romaji: phrase.romaji }
    }
}

/// The TypeScript declarations of this module's DTOs.
pub fn declarations(cfg: &ts_rs::Config) -> Vec<String> {
    vec![PhraseDto::decl(cfg), EmergencyCardDto::decl(cfg)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::{ANCHOR, DEFAULT_PACK};

    #[test]
    fn the_built_in_card_has_police_and_fire_in_every_language() {
        let anchor = mirai_pack::TrustAnchor::from_json(ANCHOR).expect("anchor");
        let version = semver::Version::parse(env!("CARGO_PKG_VERSION")).expect("version");
        let lines =
            mirai_pack::content::emergency_entries(DEFAULT_PACK, &anchor, &mirai_pack::Limits::default(), &version)
                .expect("the built-in pack verifies");
        for lang in Language::ALL {
            let card = EmergencyCardDto::new(&lines, lang);
            let phones: Vec<&str> = card.lines.iter().map(|l| l.phone.as_str()).collect();
            assert_eq!(phones, ["110", "119"], "{lang}");
            for line in &card.lines {
                assert_eq!(line.lang, lang.bcp47(), "{} is not written in {lang}", line.id);
                assert!(!line.name.is_empty() && !line.description.is_empty() && !line.source.url.is_empty());
            }
            assert_eq!(card.phrases.len(), if lang == Language::Ja { 0 } else { 4 }, "{lang}");
        }
    }
}
