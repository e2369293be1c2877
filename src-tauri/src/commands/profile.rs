//! The user's profile and UI language.

use mirai_core::Language;
use tauri::State;

use crate::dto::{ErrorDto, ProfileDto, ProfileInput};
use crate::error::AppError;
use crate::state::AppState;

/// The saved profile.
#[tauri::command]
pub async fn get_profile(state: State<'_, AppState>) -> Result<ProfileDto, ErrorDto> {
    state.run(|app| app.with_store(|store| Ok(store.profile()?.into()))).await
}

/// Saves the profile form; the UI language is kept as it is.
#[tauri::command]
pub async fn save_profile(state: State<'_, AppState>, profile: ProfileInput) -> Result<ProfileDto, ErrorDto> {
    state
        .run(move |app| {
            app.with_store(|store| {
                let current = store.profile()?.profile.ui_language;
                store.save_profile(&profile.into_profile(current)?, crate::clock::local_today())?;
                Ok(store.profile()?.into())
            })
        })
        .await
}

/// Switches the UI language, before or after the store is open.
#[tauri::command]
pub async fn set_language(state: State<'_, AppState>, code: String) -> Result<(), ErrorDto> {
    state
        .run(move |app| {
            let language = code.parse::<Language>().map_err(|_| AppError::UnknownLanguage(code))?;
            app.set_language(language)
        })
        .await
}
