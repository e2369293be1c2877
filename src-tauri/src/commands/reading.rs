//! The reader's own reading: saved articles, the history of opened articles with where the
//! reader stopped, and "continue reading".

use mirai_selfcheck::{POINTS_FOR_THE_WEEKLY_ARTICLE, READ_TO_THE_END, article_of_the_week, week_of};
use mirai_store::{Progress, Store};
use tauri::State;

use crate::clock;
use crate::commands::content::reading_language;
use crate::dto::{ArticleSummaryDto, ErrorDto, ReadingOverviewDto, WeeklyArticleDto};
use crate::error::AppError;
use crate::state::AppState;

/// How many opened articles the guide lists; the store keeps more.
const HISTORY_SHOWN: usize = 20;

/// What to continue, the saved articles and the articles opened last, in the reader's language.
#[tauri::command]
pub async fn reading_overview(state: State<'_, AppState>) -> Result<ReadingOverviewDto, ErrorDto> {
    state
        .run(|app| {
            let lang = reading_language(app)?;
            app.with_store(|store| {
                let (next, saved) = (store.continue_reading()?, store.bookmarks()?);
                let history = store.reading_history(HISTORY_SHOWN)?;
                Ok(ReadingOverviewDto::new(&store.articles()?, lang, next, &saved, &history))
            })
        })
        .await
}

/// Whether the article is saved.
#[tauri::command]
pub async fn is_bookmarked(state: State<'_, AppState>, article_id: String) -> Result<bool, ErrorDto> {
    state.run(move |app| app.with_store(|store| Ok(store.is_bookmarked(&article_id)?))).await
}

/// Saves the article (`on`) or forgets that it was saved; returns whether it is saved now (an
/// article no installed pack has cannot be saved).
#[tauri::command]
pub async fn set_bookmark(state: State<'_, AppState>, article_id: String, on: bool) -> Result<bool, ErrorDto> {
    state.run(move |app| app.with_store(|store| Ok(store.set_bookmark(&article_id, on)?))).await
}

/// Records that the article is open in `lang` (a code) and read up to `progress` (0 the top,
/// 1 the end; clamped; 0 when just opened). Returns whether it was recorded: an article no
/// installed pack has is not.
#[tauri::command]
pub async fn record_reading(
    state: State<'_, AppState>,
    article_id: String,
    lang: String,
    progress: f64,
) -> Result<bool, ErrorDto> {
    state
        .run(move |app| {
            let lang = lang.parse().map_err(|_| AppError::UnknownLanguage(lang))?;
            let read = Progress::new(progress).ok_or(AppError::InvalidInput("progress"))?;
            app.with_store(|store| {
                let recorded = store.record_reading(&article_id, lang, read)?;
                if recorded && read.fraction() >= READ_TO_THE_END {
                    let today = clock::local_today();
                    if weekly_article(store, today)?.as_deref() == Some(article_id.as_str()) {
                        store.earn_weekly_article(
                            &week_of(today).to_string(),
                            &article_id,
                            POINTS_FOR_THE_WEEKLY_ARTICLE,
                        )?;
                    }
                }
                Ok(recorded)
            })
        })
        .await
}

/// The id of the article of the week of `today` among the installed articles.
fn weekly_article(store: &Store, today: mirai_core::Date) -> Result<Option<String>, AppError> {
    let ids: Vec<String> = store.articles()?.into_iter().map(|a| a.id).collect();
    Ok(article_of_the_week(&ids, today).map(str::to_owned))
}

/// This week's article, with the points reading it to the end earns and whether they were
/// earned; null when no pack has articles.
#[tauri::command]
pub async fn weekly_article_offer(state: State<'_, AppState>) -> Result<Option<WeeklyArticleDto>, ErrorDto> {
    state
        .run(|app| {
            let lang = reading_language(app)?;
            app.with_store(|store| {
                let today = clock::local_today();
                let Some(id) = weekly_article(store, today)? else { return Ok(None) };
                let articles = store.articles()?;
                let Some(article) = articles.iter().find(|a| a.id == id).and_then(|a| ArticleSummaryDto::new(a, lang))
                else {
                    return Ok(None);
                };
                let earned = store.weekly_article_read(&week_of(today).to_string())?;
                Ok(Some(WeeklyArticleDto { article, points: POINTS_FOR_THE_WEEKLY_ARTICLE, earned }))
            })
        })
        .await
}

/// Forgets every article opened and where the reader was; saved articles stay.
#[tauri::command]
pub async fn clear_history(state: State<'_, AppState>) -> Result<(), ErrorDto> {
    state.run(|app| app.with_store(|store| Ok(store.clear_history().map(|_| ())?))).await
}
