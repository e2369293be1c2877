//! "Which line do I call?": the directory's lines for a problem and a language, now in Japan.

use tauri::State;

use crate::clock;
use crate::commands::content::reading_language;
use crate::dto::{ErrorDto, LineRouteDto, TopicDto};
use crate::error::AppError;
use crate::state::AppState;

/// The lines for `topic` (every line when null) for a caller speaking `lang` (a code): open
/// in that language first, then open in others, then closed with their next opening.
#[tauri::command]
pub async fn route_lines(
    state: State<'_, AppState>,
    topic: Option<TopicDto>,
    lang: String,
) -> Result<LineRouteDto, ErrorDto> {
    state
        .run(move |app| {
            let language = lang.parse().map_err(|_| AppError::UnknownLanguage(lang))?;
            let reader = reading_language(app)?;
            let entries = app.with_store(|store| Ok(store.directory()?))?;
            Ok(LineRouteDto::new(&entries, topic, language, reader, clock::japan_now()))
        })
        .await
}
