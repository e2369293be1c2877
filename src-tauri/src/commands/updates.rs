//! Pack updates from the update server: settings, check, download with pause, resume and
//! cancel, then install through the same verified path as an imported pack.

use mirai_fetch::{Control, FetchConfig};
use mirai_update::{Offer, Permission, Updater, offers, permission, server_url};
use tauri::State;
use tauri::ipc::Channel;

use crate::clock::local_today;
use crate::dto::{DownloadAction, ErrorDto, PackDto, UpdateProgressDto, UpdateSettingsDto, UpdatesDto};
use crate::error::AppError;
use crate::state::{AppState, Inner};

/// The update server and the "Wi-Fi only" choice, with the connection as the OS sees it now.
#[tauri::command]
pub async fn update_settings(state: State<'_, AppState>) -> Result<UpdateSettingsDto, ErrorDto> {
    state.run(settings).await
}

/// Saves the update server (empty to forget it) and the "Wi-Fi only" choice.
#[tauri::command]
pub async fn save_update_settings(
    state: State<'_, AppState>,
    server: String,
    wifi_only: bool,
) -> Result<UpdateSettingsDto, ErrorDto> {
    state
        .run(move |app| {
            let server = match server.trim() {
                "" => None,
                text => Some(server_url(text)?.to_string()),
            };
            app.with_store(|store| {
                store.set_update_server(server.as_deref())?;
                Ok(store.set_wifi_only(wifi_only)?)
            })?;
            settings(app)
        })
        .await
}

/// What the server offered when last reached, without going online.
#[tauri::command]
pub async fn known_updates(state: State<'_, AppState>) -> Result<UpdatesDto, ErrorDto> {
    state.run(known).await
}

/// Fetches and verifies the server's signed index, keeps it, and lists what it offers.
#[tauri::command]
pub async fn check_updates(state: State<'_, AppState>) -> Result<UpdatesDto, ErrorDto> {
    let (updater, keys, seen) = state
        .run(|app| {
            let updater = updater(app)?;
            app.with_store(|store| {
                let seen = store.known_index()?.map(|known| known.index.version);
                Ok((updater, store.known_keys_document()?, seen))
            })
        })
        .await?;
    let anchor = state.trust().anchor.clone();
    let verified = updater.check(&anchor, keys.as_deref(), seen).await.map_err(|e| state.fail(e.into()))?;
    state
        .run(move |app| {
            app.with_store(|store| Ok(store.accept_index(&verified)?))?;
            let updates = known(app)?;
            updater.remove_stale(&current_offers(app)?);
            Ok(updates)
        })
        .await
}

/// Downloads the offered update of `pack_id` (a delta when possible), then verifies and
/// installs it. `allow_metered` is the user's "download anyway" over "Wi-Fi only".
#[tauri::command]
pub async fn download_update(
    state: State<'_, AppState>,
    pack_id: String,
    allow_metered: bool,
    on_progress: Channel<UpdateProgressDto>,
) -> Result<PackDto, ErrorDto> {
    let id = pack_id.clone();
    let (updater, offer, installed) = state
        .run(move |app| {
            let wifi_only = app.with_store(|store| Ok(store.wifi_only()?))?;
            match permission(wifi_only && !allow_metered, mirai_update::network()) {
                Permission::Go => {}
                Permission::WaitForWifi => return Err(AppError::NeedsWifi),
                Permission::Ask => return Err(AppError::NetworkUnknown),
            }
            let offer = current_offers(app)?
                .into_iter()
                .find(|offer| offer.entry.pack_id.as_str() == id)
                .ok_or(AppError::OfferGone)?;
            let installed = match app.with_store(|store| Ok(store.installed_pack_file(&id)?))? {
                Some((_, file)) => std::fs::read(app.data.packs_dir().join(file)).ok(),
                None => None,
            };
            Ok((updater(app)?, offer, installed))
        })
        .await?;
    let (control, slot) = state.start_download()?;
    let limits = state.trust().limits;
    let fetched = updater
        .fetch(&offer, installed.as_deref(), &limits, control, |progress| {
            let _ = on_progress.send(UpdateProgressDto::download(&pack_id, progress));
        })
        .await;
    drop(slot);
    let fetched = fetched.map_err(|e| state.fail(e.into()))?;
    state
        .run(move |app| {
            let lang = app.current_language();
            let route = fetched.route;
            let pack = app.with_store(|store| {
                let mut report = |done, total| {
                    let _ = on_progress.send(UpdateProgressDto::install(&pack_id, route, done, total));
                };
                Ok(store.import_pack_bytes(&app.data.packs_dir(), &fetched.pack, &app.packs, &mut report)?)
            })?;
            Ok(PackDto::new(&pack, lang, local_today()))
        })
        .await
}

/// Pauses, resumes or cancels the running update download.
#[tauri::command]
pub fn control_download(state: State<'_, AppState>, action: DownloadAction) {
    state.control_download(match action {
        DownloadAction::Pause => Control::Pause,
        DownloadAction::Resume => Control::Run,
        DownloadAction::Cancel => Control::Cancel,
    });
}

fn settings(app: &Inner) -> Result<UpdateSettingsDto, AppError> {
    let (server, wifi_only) = app.with_store(|store| Ok((store.update_server()?, store.wifi_only()?)))?;
    let network = mirai_update::network();
    let may_download = permission(wifi_only, network) == Permission::Go;
    Ok(UpdateSettingsDto { server, wifi_only, network: network.into(), may_download })
}

fn known(app: &Inner) -> Result<UpdatesDto, AppError> {
    let (server, checked_at) =
        app.with_store(|store| Ok((store.update_server()?, store.known_index()?.map(|k| k.checked_at))))?;
    Ok(UpdatesDto::new(server, checked_at, &current_offers(app)?, app.current_language()))
}

/// What the last accepted index offers beyond the installed packs.
fn current_offers(app: &Inner) -> Result<Vec<Offer>, AppError> {
    app.with_store(|store| {
        let Some(known) = store.known_index()? else { return Ok(Vec::new()) };
        let installed: Vec<(String, u64)> =
            store.installed_packs()?.into_iter().map(|pack| (pack.pack_id, pack.version)).collect();
        Ok(offers(&known.index, &installed))
    })
}

/// An updater for the configured server. Plain `http` is allowed to this machine only (a sync
/// server run beside the app); every pack is verified whatever the transport.
fn updater(app: &Inner) -> Result<Updater, AppError> {
    let server = app.with_store(|store| Ok(store.update_server()?))?.ok_or(AppError::NoUpdateServer)?;
    let config = FetchConfig { allow_plain_http_on_loopback: true, ..FetchConfig::default() };
    Ok(Updater::new(&server, app.data.packs_dir().join("downloads"), config)?)
}
