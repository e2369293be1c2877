//! Content packs: list, import from a file, share as one file.

use tauri::ipc::Channel;
use tauri::{AppHandle, Runtime, State};
use tauri_plugin_dialog::DialogExt;

use crate::clock::local_today;
use crate::dto::{ErrorDto, PackDto, PackProgress};
use crate::error::AppError;
use crate::state::AppState;

/// The file types the import dialog offers.
const PACK_EXTENSIONS: &[&str] = &["mpk", "mpkb"];

/// The installed packs.
#[tauri::command]
pub async fn list_packs(state: State<'_, AppState>) -> Result<Vec<PackDto>, ErrorDto> {
    state
        .run(|app| {
            let lang = app.current_language();
            let packs = app.with_store(|store| Ok(store.installed_packs()?))?;
            Ok(packs.iter().map(|p| PackDto::new(p, lang, local_today())).collect())
        })
        .await
}

/// Asks for a pack file (or a file of shared packs), then copies, verifies and installs each
/// pack in it, reporting progress. `None` when the user closed the dialog.
#[tauri::command]
pub async fn import_pack<R: Runtime>(
    handle: AppHandle<R>,
    state: State<'_, AppState>,
    on_progress: Channel<PackProgress>,
) -> Result<Option<Vec<PackDto>>, ErrorDto> {
    state
        .run(move |app| {
            let Some(picked) = handle.dialog().file().add_filter("Mirai", PACK_EXTENSIONS).blocking_pick_file() else {
                return Ok(None);
            };
            let path = picked.into_path().map_err(|_| AppError::InvalidInput("file"))?;
            let lang = app.current_language();
            let installed = app.with_store(|store| {
                let mut report = |pack, packs, done, total| {
                    let _ = on_progress.send(PackProgress { pack, packs, done, total });
                };
                Ok(store.import_file(&app.data.packs_dir(), &path, &app.packs, &mut report)?)
            })?;
            Ok(Some(installed.iter().map(|p| PackDto::new(p, lang, local_today())).collect()))
        })
        .await
}

/// Asks where to save, then writes every installed pack into one file to hand to another
/// phone. Returns where it was saved, or `None` when the user closed the dialog.
#[tauri::command]
pub async fn export_packs<R: Runtime>(
    handle: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<Option<String>, ErrorDto> {
    state
        .run(move |app| {
            let name = format!("mirai-packs-{}.mpkb", local_today());
            let Some(picked) =
                handle.dialog().file().set_file_name(&name).add_filter("Mirai", &["mpkb"]).blocking_save_file()
            else {
                return Ok(None);
            };
            let path = picked.into_path().map_err(|_| AppError::InvalidInput("file"))?;
            let bundle = app.with_store(|store| Ok(store.export_bundle(&app.data.packs_dir())?))?;
            mirai_store::write_file_atomically(&path, &bundle).map_err(mirai_store::StoreError::from)?;
            Ok(Some(path.display().to_string()))
        })
        .await
}
