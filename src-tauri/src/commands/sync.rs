//! Sync settings, state and "sync now". The work happens in the background task
//! (`crate::sync`); these only read what it published, save settings, and wake it.

use tauri::State;

use crate::dto::{ErrorDto, SyncStatusDto};
use crate::error::AppError;
use crate::state::{AppState, Inner};

/// The sync server, "Wi-Fi only", and where sync stands; never waits for the network.
#[tauri::command]
pub async fn sync_status(state: State<'_, AppState>) -> Result<SyncStatusDto, ErrorDto> {
    let view = state.sync().view();
    state.run(move |app| status(app, view)).await
}

/// Saves the sync server (empty to stop syncing) and "Wi-Fi only"; sync follows at once.
#[tauri::command]
pub async fn save_sync_settings(
    state: State<'_, AppState>,
    server: String,
    wifi_only: bool,
) -> Result<SyncStatusDto, ErrorDto> {
    let view = state.sync().view();
    let saved = state
        .run(move |app| {
            let server = match server.trim() {
                "" => None,
                text => Some(sync_url(text)?),
            };
            app.with_store(|store| {
                store.set_sync_server(server.as_deref())?;
                Ok(store.set_sync_wifi_only(wifi_only)?)
            })?;
            status(app, view)
        })
        .await?;
    state.sync().wake();
    Ok(saved)
}

/// Dials the server now instead of after the backoff, and sends what waits.
#[tauri::command]
pub async fn sync_now(state: State<'_, AppState>) -> Result<SyncStatusDto, ErrorDto> {
    let view = state.sync().view();
    let current = state.run(move |app| status(app, view)).await?;
    state.sync().restart();
    Ok(current)
}

fn status(app: &Inner, view: crate::sync::SyncView) -> Result<SyncStatusDto, AppError> {
    app.with_store(|store| {
        Ok(SyncStatusDto {
            server: store.sync_server()?,
            wifi_only: store.sync_wifi_only()?,
            state: view.state.into(),
            waiting: u32::try_from(view.waiting).unwrap_or(u32::MAX),
            last_synced: store.last_synced()?,
        })
    })
}

/// A sync server address as typed: `wss://host/path`, or `ws://` (a local network); no
/// credentials, query or fragment. Answers it normalised.
fn sync_url(text: &str) -> Result<String, AppError> {
    let url = url::Url::parse(text).map_err(|_| AppError::SyncServerUrl)?;
    let plain =
        url.username().is_empty() && url.password().is_none() && url.query().is_none() && url.fragment().is_none();
    if !matches!(url.scheme(), "ws" | "wss") || url.host_str().is_none() || !plain {
        return Err(AppError::SyncServerUrl);
    }
    Ok(url.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_websocket_addresses_with_a_host_and_nothing_else_are_sync_servers() {
        assert_eq!(sync_url("wss://sync.example.org/sync").expect("wss"), "wss://sync.example.org/sync");
        assert_eq!(sync_url("ws://192.168.1.5:8080/sync").expect("ws"), "ws://192.168.1.5:8080/sync");
        for bad in
            ["https://example.org/sync", "example.org", "wss://user:pw@example.org/sync", "wss://example.org/?a=1", ""]
        {
            assert!(matches!(sync_url(bad), Err(AppError::SyncServerUrl)), "{bad}");
        }
    }
}
