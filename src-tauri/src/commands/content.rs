//! Reading installed content: articles and the directory.

use tauri::State;

use crate::dto::{ArticleDto, ArticleSummaryDto, DirectoryEntryDto, ErrorDto};
use crate::state::AppState;

/// Every article, in the reader's language where the pack has it.
#[tauri::command]
pub async fn list_articles(state: State<'_, AppState>) -> Result<Vec<ArticleSummaryDto>, ErrorDto> {
    state
        .run(|app| {
            let lang = app.current_language();
            let articles = app.with_store(|store| Ok(store.articles()?))?;
            Ok(articles.iter().filter_map(|a| ArticleSummaryDto::new(a, lang)).collect())
        })
        .await
}

/// One article with what it links to; `None` if no installed pack has it.
#[tauri::command]
pub async fn get_article(state: State<'_, AppState>, id: String) -> Result<Option<ArticleDto>, ErrorDto> {
    state
        .run(move |app| {
            let lang = app.current_language();
            let (articles, directory) = app.with_store(|store| Ok((store.articles()?, store.directory()?)))?;
            Ok(articles.iter().find(|a| a.id == id).and_then(|a| ArticleDto::new(a, lang, &articles, &directory)))
        })
        .await
}

/// Every directory entry.
#[tauri::command]
pub async fn list_directory(state: State<'_, AppState>) -> Result<Vec<DirectoryEntryDto>, ErrorDto> {
    state
        .run(|app| {
            let lang = app.current_language();
            let entries = app.with_store(|store| Ok(store.directory()?))?;
            Ok(entries.iter().filter_map(|e| DirectoryEntryDto::new(e, lang)).collect())
        })
        .await
}
