//! The IPC contract: every type that crosses between Rust and the UI. TypeScript declarations
//! are generated from these (`ui/src/lib/api/bindings.ts`, checked by a test), so the UI never
//! hand-writes a type that exists here. Domain types stay free of serde; conversions live here.

use mirai_core::{Date, Journey, Language, Profile, TextSize};
use mirai_store::{InstalledPack, ProtectionKind, StoreInfo, StoredProfile};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::AppError;

mod content;
mod emergency;
mod lines;
mod reading;
mod selfcheck;
mod sharing;
mod sync;
mod updates;

pub use content::{ArticleDto, ArticleSummaryDto, DirectoryEntryDto, ReadingSettingsDto, SearchResultsDto};
pub use emergency::{EmergencyCardDto, PhraseDto};
pub use lines::{LineRouteDto, TopicDto};
pub use reading::{ReadingEntryDto, ReadingOverviewDto, WeeklyArticleDto};
pub use selfcheck::{AnswerDto, CheckResultDto, CheckSummaryDto, FindingDto, SheetDto, SheetStateDto, SummaryDto};
pub use sharing::{OrganisationDto, OutboxItemDto};
pub use sync::{PairingCodeDto, QrDto, SyncStateDto, SyncStatusDto};
pub use updates::{DownloadAction, OfferDto, UpdateProgressDto, UpdateSettingsDto, UpdatesDto};

/// What the UI needs at start and after every session change.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AppStatus {
    /// Which screen to show.
    pub session: SessionState,
    /// Why the store could not be opened, when `session` is `failed`.
    pub error: Option<ErrorDto>,
    /// The chosen UI language; `null` until the first-start picker is used.
    pub ui_language: Option<String>,
    /// The chosen text size.
    pub text_size: TextSizeDto,
    /// The languages the picker offers, in order.
    pub languages: Vec<LanguageOption>,
    /// The shortest passphrase accepted for a new store.
    pub min_passphrase_chars: u32,
    /// Where the data folder is, to show when something is wrong with it.
    pub data_dir: String,
    /// Every ISO 3166-1 alpha-2 code, for the home-country picker (names come from the
    /// platform's locale data, in the reader's language).
    pub countries: Vec<String>,
}

/// The session states, one screen each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum SessionState {
    /// The store is open.
    Open,
    /// First start without a keystore: choose a passphrase.
    NeedsNewPassphrase,
    /// Locked: type the passphrase.
    NeedsPassphrase,
    /// Cannot be opened; see `error`.
    Failed,
}

/// One entry of the language picker.
#[derive(Debug, Clone, Serialize, TS)]
pub struct LanguageOption {
    /// The code used in IPC and `locales/<code>/`.
    pub code: String,
    /// The language's name in its own script.
    pub endonym: String,
    /// The tag for `lang` attributes.
    pub bcp47: String,
}

/// An error as the UI shows it: a stable code, a message already in the user's language, and
/// for form errors the codes of the fields or rules that failed.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ErrorDto {
    /// Stable code, e.g. `wrong-passphrase`.
    pub code: String,
    /// The message in the current UI language.
    pub message: String,
    /// Rule codes for form errors, e.g. `arrival-in-future`.
    pub issues: Vec<String>,
}

/// The text size setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum TextSizeDto {
    /// Default size.
    Normal,
    /// About 125 %.
    Large,
    /// About 150 %.
    Larger,
}

/// The profile as shown on the settings screen.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ProfileDto {
    /// UI language code, if chosen.
    pub ui_language: Option<String>,
    /// ISO 3166-1 alpha-2 code, if chosen.
    pub home_country: Option<String>,
    /// Where the user is.
    pub journey: JourneyDto,
    /// Saves so far.
    pub revision: u32,
    /// Codes of fields whose stored value could not be read.
    pub unreadable: Vec<String>,
}

/// Where the user is, with its date as `YYYY-MM-DD`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum JourneyDto {
    /// Not said.
    NotSet,
    /// Preparing to leave; planned departure.
    Preparing {
        /// `YYYY-MM-DD` or null.
        date: Option<String>,
    },
    /// In Japan; arrival date.
    InJapan {
        /// `YYYY-MM-DD` or null.
        date: Option<String>,
    },
}

/// What the profile form sends. The UI language is changed by its own command.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ProfileInput {
    /// ISO 3166-1 alpha-2 code, or null.
    pub home_country: Option<String>,
    /// Where the user is.
    pub journey: JourneyDto,
}

/// Facts about the open store for the settings screen.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StoreInfoDto {
    /// Schema version.
    pub schema_version: u32,
    /// SQLCipher version.
    pub cipher_version: String,
    /// SQLite version.
    pub sqlite_version: String,
    /// The data folder.
    pub data_dir: String,
    /// This app's version.
    pub app_version: String,
    /// `keystore` or `passphrase`.
    pub protection: String,
}

/// An installed content pack, as the packs screen shows it.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PackDto {
    /// The pack's id.
    pub pack_id: String,
    /// The installed version.
    #[ts(type = "number")]
    pub version: u64,
    /// Its name in the UI language (or English, or any).
    pub title: String,
    /// The languages it is written in.
    pub languages: Vec<String>,
    /// The day it was built, `YYYY-MM-DD`.
    pub created_at: String,
    /// The day it was installed, `YYYY-MM-DD`.
    pub installed_at: String,
    /// Size of the pack file in bytes.
    #[ts(type = "number")]
    pub file_size: u64,
    /// Number of content files.
    pub files: u32,
    /// Whether it is more than 180 days old by this device's clock.
    pub stale: bool,
}

/// Progress of an import, sent while it runs.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PackProgress {
    /// Which pack of how many (a shared file can hold several), from 1.
    pub pack: u32,
    /// How many packs the file holds.
    pub packs: u32,
    /// Content bytes checked so far in this pack.
    #[ts(type = "number")]
    pub done: u64,
    /// Content bytes in this pack (0 until its manifest has been checked).
    #[ts(type = "number")]
    pub total: u64,
}

/// The result of putting damaged files aside.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FreshStart {
    /// Where the old files now are.
    pub set_aside_in: String,
    /// The new status.
    pub status: AppStatus,
}

impl LanguageOption {
    /// All nine, in picker order.
    pub fn all() -> Vec<LanguageOption> {
        Language::ALL
            .iter()
            .map(|l| LanguageOption { code: l.code().into(), endonym: l.endonym().into(), bcp47: l.bcp47().into() })
            .collect()
    }
}

impl From<TextSize> for TextSizeDto {
    fn from(size: TextSize) -> TextSizeDto {
        match size {
            TextSize::Normal => TextSizeDto::Normal,
            TextSize::Large => TextSizeDto::Large,
            TextSize::Larger => TextSizeDto::Larger,
        }
    }
}

impl From<TextSizeDto> for TextSize {
    fn from(size: TextSizeDto) -> TextSize {
        match size {
            TextSizeDto::Normal => TextSize::Normal,
            TextSizeDto::Large => TextSize::Large,
            TextSizeDto::Larger => TextSize::Larger,
        }
    }
}

impl From<StoredProfile> for ProfileDto {
    fn from(stored: StoredProfile) -> ProfileDto {
        let profile = stored.profile;
        ProfileDto {
            ui_language: profile.ui_language.map(|l| l.code().into()),
            home_country: profile.home_country.map(|c| c.to_string()),
            journey: match profile.journey {
                Journey::NotSet => JourneyDto::NotSet,
                Journey::Preparing { departure } => JourneyDto::Preparing { date: departure.map(|d| d.to_string()) },
                Journey::InJapan { arrival } => JourneyDto::InJapan { date: arrival.map(|d| d.to_string()) },
            },
            revision: u32::try_from(stored.revision).unwrap_or(u32::MAX),
            unreadable: stored.unreadable.iter().map(|f| f.code().into()).collect(),
        }
    }
}

impl ProfileInput {
    /// The domain profile this form describes, keeping the current UI language. Malformed
    /// values are refused with the field that holds them.
    pub fn into_profile(self, ui_language: Option<Language>) -> Result<Profile, AppError> {
        let home_country = self
            .home_country
            .filter(|c| !c.is_empty())
            .map(|c| c.parse().map_err(|_| AppError::InvalidInput("home-country")))
            .transpose()?;
        let date = |text: Option<String>| -> Result<Option<Date>, AppError> {
            text.filter(|t| !t.is_empty())
                .map(|t| t.parse().map_err(|_| AppError::InvalidInput("journey-date")))
                .transpose()
        };
        let journey = match self.journey {
            JourneyDto::NotSet => Journey::NotSet,
            JourneyDto::Preparing { date: d } => Journey::Preparing { departure: date(d)? },
            JourneyDto::InJapan { date: d } => Journey::InJapan { arrival: date(d)? },
        };
        Ok(Profile { ui_language, home_country, journey })
    }
}

impl PackDto {
    /// The pack as shown to a reader of `lang` on `today`.
    pub fn new(pack: &InstalledPack, lang: Language, today: Date) -> PackDto {
        PackDto {
            pack_id: pack.pack_id.clone(),
            version: pack.version,
            title: updates::localized(&pack.title, lang, &pack.pack_id).to_owned(),
            languages: pack.languages.iter().map(|l| l.code().to_owned()).collect(),
            created_at: pack.created_at.to_string(),
            installed_at: Date::from_unix_seconds(pack.installed_at).to_string(),
            file_size: pack.file_size,
            files: u32::try_from(pack.files).unwrap_or(u32::MAX),
            stale: mirai_core::is_stale(pack.created_at, today),
        }
    }
}

impl StoreInfoDto {
    /// Combines the store's facts with the shell's.
    pub fn new(info: StoreInfo, data_dir: String, protection: ProtectionKind) -> StoreInfoDto {
        StoreInfoDto {
            schema_version: info.schema_version,
            cipher_version: info.cipher_version,
            sqlite_version: info.sqlite_version,
            data_dir,
            app_version: env!("CARGO_PKG_VERSION").into(),
            protection: match protection {
                ProtectionKind::Keystore => "keystore".into(),
                ProtectionKind::Passphrase => "passphrase".into(),
            },
        }
    }
}

/// The TypeScript declarations of every DTO, in one module, as committed in the UI.
pub fn typescript_bindings() -> String {
    let cfg = ts_rs::Config::new();
    let decls = vec![
        AppStatus::decl(&cfg),
        SessionState::decl(&cfg),
        LanguageOption::decl(&cfg),
        ErrorDto::decl(&cfg),
        TextSizeDto::decl(&cfg),
        ProfileDto::decl(&cfg),
        JourneyDto::decl(&cfg),
        ProfileInput::decl(&cfg),
        StoreInfoDto::decl(&cfg),
        FreshStart::decl(&cfg),
        PackDto::decl(&cfg),
        PackProgress::decl(&cfg),
    ]
    .into_iter()
    .chain(content::declarations(&cfg))
    .chain(emergency::declarations(&cfg))
    .chain(lines::declarations(&cfg))
    .chain(reading::declarations(&cfg))
    .chain(selfcheck::declarations(&cfg))
    .chain(sharing::declarations(&cfg))
    .chain(sync::declarations(&cfg))
    .chain(updates::declarations(&cfg));
    let mut out = String::from(
        "// Generated from src-tauri/src/dto/ by `MIRAI_UPDATE_BINDINGS=1 cargo test -p mirai-app --test bindings`.\n// Do not edit by hand.\n",
    );
    for decl in decls {
        out.push_str("\nexport ");
        out.push_str(&decl);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profile_input_rejects_malformed_fields_by_name() {
        let input = |country: &str, date: &str| ProfileInput {
            home_country: Some(country.into()),
            journey: JourneyDto::InJapan { date: Some(date.into()) },
        };
        assert!(input("VN", "2026-04-01").into_profile(None).is_ok());
        assert!(matches!(
            input("Vietnam", "2026-04-01").into_profile(None),
            Err(AppError::InvalidInput("home-country"))
        ));
        assert!(matches!(input("VN", "01/04/2026").into_profile(None), Err(AppError::InvalidInput("journey-date"))));
        let empty = ProfileInput {
            home_country: Some(String::new()),
            journey: JourneyDto::Preparing { date: Some(String::new()) },
        };
        let profile = empty.into_profile(Some(Language::Id)).expect("empty strings mean not chosen");
        assert_eq!(
            profile,
            Profile {
                ui_language: Some(Language::Id),
                home_country: None,
                journey: Journey::Preparing { departure: None }
            }
        );
    }

    #[test]
    fn unknown_fields_in_ipc_input_are_refused() {
        let json = r#"{"homeCountry":"VN","journey":{"kind":"not-set"},"isAdmin":true}"#;
        assert!(serde_json::from_str::<ProfileInput>(json).is_err());
        let json = r#"{"homeCountry":null,"journey":{"kind":"on-the-moon"}}"#;
        assert!(serde_json::from_str::<ProfileInput>(json).is_err());
    }
}
