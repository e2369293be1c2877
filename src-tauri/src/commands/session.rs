//! Opening, unlocking and recovering the user's store.

use mirai_store::Session;
use tauri::State;

use crate::dto::{AppStatus, ErrorDto, FreshStart, SessionState};
use crate::state::AppState;

/// Where the session stands; the first call opens the store.
#[tauri::command]
pub async fn app_status(state: State<'_, AppState>) -> Result<AppStatus, ErrorDto> {
    state.run(|app| Ok(app.status())).await
}

/// First start without a keystore: creates the store under the chosen passphrase.
#[tauri::command]
pub async fn create_with_passphrase(state: State<'_, AppState>, passphrase: String) -> Result<AppStatus, ErrorDto> {
    state
        .run(move |app| {
            app.with_passphrase(Session::create_with_passphrase, &passphrase, SessionState::NeedsNewPassphrase)
        })
        .await
}

/// Unlocks a passphrase-protected store.
#[tauri::command]
pub async fn unlock(state: State<'_, AppState>, passphrase: String) -> Result<AppStatus, ErrorDto> {
    state.run(move |app| app.with_passphrase(Session::unlock, &passphrase, SessionState::NeedsPassphrase)).await
}

/// Tries to open the store again (after the user unlocked the keystore, for example).
#[tauri::command]
pub async fn retry_open(state: State<'_, AppState>) -> Result<AppStatus, ErrorDto> {
    state.run(|app| Ok(app.restart())).await
}

/// Moves unreadable files aside, untouched, and starts with an empty store.
#[tauri::command]
pub async fn start_fresh(state: State<'_, AppState>) -> Result<FreshStart, ErrorDto> {
    state.run(|app| app.start_fresh().map(|(set_aside_in, status)| FreshStart { set_aside_in, status })).await
}
