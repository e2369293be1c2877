//! DTOs for pack updates: the server settings, what the server offers, and download progress.

use std::collections::BTreeMap;

use mirai_core::{Date, Language};
use mirai_update::{Network, Offer, Route, UpdateProgress};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Where updates come from and when they may be downloaded.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct UpdateSettingsDto {
    /// The update server's address, if one is set.
    pub server: Option<String>,
    /// Whether downloads wait for Wi-Fi.
    pub wifi_only: bool,
    /// The connection as the OS reports it now.
    pub network: NetworkDto,
    /// Whether "Wi-Fi only" lets downloads (and checks) start now without asking.
    pub may_download: bool,
}

/// The kind of connection.
#[derive(Debug, Clone, Copy, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum NetworkDto {
    /// Wi-Fi or a cable.
    Unmetered,
    /// Mobile data or a connection marked as metered.
    Metered,
    /// The OS does not say.
    Unknown,
}

/// What the update server offers, from the last index the app accepted.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct UpdatesDto {
    /// The update server's address, if one is set.
    pub server: Option<String>,
    /// The day the server was last reached, `YYYY-MM-DD`, if ever.
    pub checked_on: Option<String>,
    /// Updates first, then packs not installed.
    pub offers: Vec<OfferDto>,
}

/// One pack on offer.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OfferDto {
    /// The pack's id.
    pub pack_id: String,
    /// Its name in the UI language (or English, or any).
    pub title: String,
    /// The languages it is written in.
    pub languages: Vec<String>,
    /// The installed version, if any.
    #[ts(type = "number | null")]
    pub installed: Option<u64>,
    /// The version offered.
    #[ts(type = "number")]
    pub version: u64,
    /// How it would be downloaded.
    pub route: RouteDto,
    /// The bytes that route downloads.
    #[ts(type = "number")]
    pub download_size: u64,
    /// The size of the full pack, for comparison.
    #[ts(type = "number")]
    pub full_size: u64,
}

/// How an update travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum RouteDto {
    /// Only the changes, applied to the installed pack.
    Delta,
    /// The whole pack.
    Full,
}

/// Progress of an update, sent while it runs.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct UpdateProgressDto {
    /// The pack being updated.
    pub pack_id: String,
    /// Downloading, then checking and installing.
    pub phase: UpdatePhase,
    /// What is being downloaded (the full pack also after a delta failed).
    pub route: RouteDto,
    /// Bytes done in this phase.
    #[ts(type = "number")]
    pub done: u64,
    /// Bytes in this phase.
    #[ts(type = "number")]
    pub total: u64,
    /// Whether the download waits for "resume".
    pub paused: bool,
}

/// The phase of an update.
#[derive(Debug, Clone, Copy, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum UpdatePhase {
    /// Bytes are arriving.
    Download,
    /// The new pack is being verified and installed.
    Install,
}

/// What the user asks a running download to do.
#[derive(Debug, Clone, Copy, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum DownloadAction {
    /// Stop for now, keeping what arrived.
    Pause,
    /// Go on from where it stopped.
    Resume,
    /// Stop; what arrived is kept for a later try.
    Cancel,
}

/// A name in `lang`, else English, else any, else `fallback`.
pub fn localized<'a>(names: &'a BTreeMap<Language, String>, lang: Language, fallback: &'a str) -> &'a str {
    names.get(&lang).or_else(|| names.get(&Language::En)).or_else(|| names.values().next()).map_or(fallback, |s| s)
}

impl From<Network> for NetworkDto {
    fn from(network: Network) -> NetworkDto {
        match network {
            Network::Unmetered => NetworkDto::Unmetered,
            Network::Metered => NetworkDto::Metered,
            Network::Unknown => NetworkDto::Unknown,
        }
    }
}

impl From<Route> for RouteDto {
    fn from(route: Route) -> RouteDto {
        match route {
            Route::Delta => RouteDto::Delta,
            Route::Full => RouteDto::Full,
        }
    }
}

impl OfferDto {
    /// The offer as shown to a reader of `lang`.
    pub fn new(offer: &Offer, lang: Language) -> OfferDto {
        let entry = &offer.entry;
        OfferDto {
            pack_id: entry.pack_id.to_string(),
            title: localized(&entry.title, lang, entry.pack_id.as_str()).to_owned(),
            languages: entry.languages.iter().map(|l| l.code().to_owned()).collect(),
            installed: offer.installed,
            version: entry.version,
            route: offer.route().into(),
            download_size: offer.download_size(),
            full_size: entry.file.size,
        }
    }
}

impl UpdatesDto {
    /// The offers of an index last confirmed at `checked_at` (seconds since 1970).
    pub fn new(server: Option<String>, checked_at: Option<i64>, offers: &[Offer], lang: Language) -> UpdatesDto {
        UpdatesDto {
            server,
            checked_on: checked_at.map(|at| Date::from_unix_seconds(at).to_string()),
            offers: offers.iter().map(|o| OfferDto::new(o, lang)).collect(),
        }
    }
}

impl UpdateProgressDto {
    /// A download step.
    pub fn download(pack_id: &str, progress: UpdateProgress) -> UpdateProgressDto {
        UpdateProgressDto {
            pack_id: pack_id.to_owned(),
            phase: UpdatePhase::Download,
            route: progress.route.into(),
            done: progress.received,
            total: progress.total,
            paused: progress.paused,
        }
    }

    /// An install step.
    pub fn install(pack_id: &str, route: Route, done: u64, total: u64) -> UpdateProgressDto {
        UpdateProgressDto {
            pack_id: pack_id.to_owned(),
            phase: UpdatePhase::Install,
            route: route.into(),
            done,
            total,
            paused: false,
        }
    }
}

/// The TypeScript declarations of this module's types.
pub fn declarations(cfg: &ts_rs::Config) -> Vec<String> {
    vec![
        UpdateSettingsDto::decl(cfg),
        NetworkDto::decl(cfg),
        UpdatesDto::decl(cfg),
        OfferDto::decl(cfg),
        RouteDto::decl(cfg),
        UpdateProgressDto::decl(cfg),
        UpdatePhase::decl(cfg),
        DownloadAction::decl(cfg),
    ]
}
