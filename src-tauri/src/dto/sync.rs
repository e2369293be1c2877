//! Sync as the Settings screen shows it.

use mirai_sync::device::SyncState;
use serde::Serialize;
use ts_rs::TS;

/// The sync server, "Wi-Fi only", and where the background sync stands.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SyncStatusDto {
    /// The sync server's address, if one is set.
    pub server: Option<String>,
    /// Whether sync waits for Wi-Fi.
    pub wifi_only: bool,
    /// Where sync stands now.
    pub state: SyncStateDto,
    /// Shared submissions still waiting to be sent.
    pub waiting: u32,
    /// When everything waiting was last seen stored on the server, in seconds since 1970.
    #[ts(type = "number | null")]
    pub last_synced: Option<i64>,
}

/// Where sync stands, one line of text each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum SyncStateDto {
    /// No server is set.
    Off,
    /// Waiting for Wi-Fi.
    Wifi,
    /// No connection; redialing by itself.
    Offline,
    /// Connected, something still to send.
    Syncing,
    /// Connected, everything sent.
    Done,
}

impl From<SyncState> for SyncStateDto {
    fn from(state: SyncState) -> SyncStateDto {
        match state {
            SyncState::Off => SyncStateDto::Off,
            SyncState::WaitingForWifi => SyncStateDto::Wifi,
            SyncState::Offline => SyncStateDto::Offline,
            SyncState::Syncing => SyncStateDto::Syncing,
            SyncState::UpToDate => SyncStateDto::Done,
        }
    }
}

pub fn declarations(cfg: &ts_rs::Config) -> Vec<String> {
    vec![SyncStatusDto::decl(cfg), SyncStateDto::decl(cfg)]
}
