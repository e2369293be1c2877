//! Sync settings, state and "sync now". The work happens in the background task
//! (`crate::sync`); these only read what it published, save settings, and wake it. Pairing is
//! the exception: the person waits for the server's answer (the UI shows that it is asking).

use ed25519_dalek::SigningKey;
use mirai_store::Store;
use mirai_sync::pairing::{self, Invitation};
use tauri::State;

use crate::dto::{ErrorDto, PairingCodeDto, SyncStatusDto};
use crate::error::AppError;
use crate::state::{AppState, Inner};
use crate::sync::device_key;

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

/// A pairing code for another device to redeem, asked of the sync server as this device.
#[tauri::command]
pub async fn pairing_code(state: State<'_, AppState>) -> Result<PairingCodeDto, ErrorDto> {
    let (device, server) = state
        .run(|app| {
            app.with_store(|store| {
                let server = store.sync_server()?;
                pairing_identity(store, server)
            })
        })
        .await?;
    let offer = pairing::offer(&device, &server).await.map_err(|error| state.fail(error.into()))?;
    PairingCodeDto::new(&offer).map_err(|error| state.fail(error))
}

/// Redeems another device's code, typed or pasted as its QR code's text: this device then acts
/// for that device's account, at the server that issued the code, which becomes its own.
#[tauri::command]
pub async fn redeem_pairing_code(state: State<'_, AppState>, code: String) -> Result<SyncStatusDto, ErrorDto> {
    let invitation = Invitation::parse(&code).map_err(|error| state.fail(error.into()))?;
    let (device, server) = state
        .run(move |app| {
            app.with_store(|store| {
                let server = match invitation.server {
                    Some(server) => Some(server.to_string()),
                    None => store.sync_server()?,
                };
                pairing_identity(store, server)
            })
        })
        .await?;
    let account =
        pairing::redeem(&device, &server, &invitation.code).await.map_err(|error| state.fail(error.into()))?;
    let view = state.sync().view();
    let linked = state
        .run(move |app| {
            app.with_store(|store| Ok(store.set_sync_linked(server.as_str(), &account)?))?;
            status(app, view)
        })
        .await?;
    state.sync().restart();
    Ok(linked)
}

/// This device's key and the sync server a pairing call goes to, checked as a typed address is.
fn pairing_identity(store: &mut Store, server: Option<String>) -> Result<(SigningKey, url::Url), AppError> {
    let server = sync_url(&server.ok_or(AppError::SyncNoServer)?)?;
    Ok((device_key(store)?, url::Url::parse(&server).map_err(|_| AppError::SyncServerUrl)?))
}

fn status(app: &Inner, view: crate::sync::SyncView) -> Result<SyncStatusDto, AppError> {
    app.with_store(|store| {
        Ok(SyncStatusDto {
            server: store.sync_server()?,
            wifi_only: store.sync_wifi_only()?,
            state: view.state.into(),
            waiting: u32::try_from(view.waiting).unwrap_or(u32::MAX),
            last_synced: store.last_synced()?,
            linked: store.sync_linked_account()?.is_some(),
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
