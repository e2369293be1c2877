//! The emergency card, on every screen, before and after unlock.

use tauri::State;

use crate::dto::{EmergencyCardDto, ErrorDto};
use crate::error::AppError;
use crate::state::AppState;

/// Police and fire/ambulance from the pack built into the app, with what to say first, for a
/// reader of `lang` (a code). Needs no store, so it answers on the unlock screen too.
#[tauri::command]
pub async fn emergency_card(state: State<'_, AppState>, lang: String) -> Result<EmergencyCardDto, ErrorDto> {
    state
        .run(move |app| {
            let language = lang.parse().map_err(|_| AppError::UnknownLanguage(lang))?;
            Ok(EmergencyCardDto::new(app.emergency_lines()?, language))
        })
        .await
}
