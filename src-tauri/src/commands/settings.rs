//! Preferences and facts about the store.

use tauri::State;

use crate::dto::{ErrorDto, StoreInfoDto, TextSizeDto};
use crate::error::AppError;
use crate::state::AppState;

/// Saves the text size.
#[tauri::command]
pub async fn set_text_size(state: State<'_, AppState>, size: TextSizeDto) -> Result<(), ErrorDto> {
    state.run(move |app| app.with_store(|store| Ok(store.set_text_size(size.into())?))).await
}

/// Versions and location of the open store, for the settings screen.
#[tauri::command]
pub async fn store_info(state: State<'_, AppState>) -> Result<StoreInfoDto, ErrorDto> {
    state
        .run(|app| {
            let protection = app.protection().ok_or(AppError::Locked)?;
            let data_dir = app.data.root().display().to_string();
            app.with_store(|store| Ok(StoreInfoDto::new(store.info()?, data_dir, protection)))
        })
        .await
}
