//! Reading installed content: articles and the directory.

use mirai_core::Language;
use tauri::State;

use crate::dto::{ArticleDto, ArticleSummaryDto, DirectoryEntryDto, ErrorDto, ReadingSettingsDto, SearchResultsDto};
use crate::error::AppError;
use crate::state::{AppState, Inner};

/// Every article, in the reader's language where the pack has it.
#[tauri::command]
pub async fn list_articles(state: State<'_, AppState>) -> Result<Vec<ArticleSummaryDto>, ErrorDto> {
    state
        .run(|app| {
            let lang = reading_language(app)?;
            let articles = app.with_store(|store| Ok(store.articles()?))?;
            Ok(articles.iter().filter_map(|a| ArticleSummaryDto::new(a, lang)).collect())
        })
        .await
}

/// One article with what it links to, in `lang` if given (a code), else in the reading
/// language; `None` if no installed pack has it.
#[tauri::command]
pub async fn get_article(
    state: State<'_, AppState>,
    id: String,
    lang: Option<String>,
) -> Result<Option<ArticleDto>, ErrorDto> {
    state
        .run(move |app| {
            let lang = match lang {
                Some(code) => code.parse().map_err(|_| AppError::UnknownLanguage(code))?,
                None => reading_language(app)?,
            };
            app.with_store(|store| {
                let (articles, directory) = (store.articles()?, store.directory()?);
                let image = |name: &str| store.image(name).ok().flatten();
                Ok(articles
                    .iter()
                    .find(|a| a.id == id)
                    .and_then(|a| ArticleDto::new(a, lang, &articles, &directory, &image)))
            })
        })
        .await
}

/// Every directory entry.
#[tauri::command]
pub async fn list_directory(state: State<'_, AppState>) -> Result<Vec<DirectoryEntryDto>, ErrorDto> {
    state
        .run(|app| {
            let lang = reading_language(app)?;
            let entries = app.with_store(|store| Ok(store.directory()?))?;
            Ok(entries.iter().filter_map(|e| DirectoryEntryDto::new(e, lang)).collect())
        })
        .await
}

/// Articles matching what the reader typed, best first: in the reader's language, or in all
/// languages on request. Any text is a valid search; what holds nothing searchable finds nothing.
#[tauri::command]
pub async fn search_articles(
    state: State<'_, AppState>,
    text: String,
    all_languages: bool,
) -> Result<SearchResultsDto, ErrorDto> {
    state
        .run(move |app| {
            let lang = if all_languages { None } else { Some(reading_language(app)?) };
            let results = app.with_store(|store| Ok(store.search(&text, lang, SEARCH_LIMIT)?))?;
            Ok(SearchResultsDto::from(&results))
        })
        .await
}

/// The most results a search returns; a person reads the first few.
const SEARCH_LIMIT: usize = 30;

/// How articles are read: their language and whether Japanese shows furigana.
#[tauri::command]
pub async fn reading_settings(state: State<'_, AppState>) -> Result<ReadingSettingsDto, ErrorDto> {
    state.run(reading).await
}

/// Saves how articles are read; no `content_language` follows the app's language.
#[tauri::command]
pub async fn save_reading_settings(
    state: State<'_, AppState>,
    content_language: Option<String>,
    furigana: bool,
) -> Result<ReadingSettingsDto, ErrorDto> {
    state
        .run(move |app| {
            let lang = content_language
                .map(|code| code.parse::<Language>().map_err(|_| AppError::UnknownLanguage(code)))
                .transpose()?;
            app.with_store(|store| {
                store.set_content_language(lang)?;
                Ok(store.set_furigana(furigana)?)
            })?;
            reading(app)
        })
        .await
}

fn reading(app: &Inner) -> Result<ReadingSettingsDto, AppError> {
    app.with_store(|store| {
        Ok(ReadingSettingsDto {
            content_language: store.content_language()?.map(|l| l.code().to_owned()),
            furigana: store.furigana()?,
        })
    })
}

/// The language articles are read in: the reader's choice, else the app's language.
pub(crate) fn reading_language(app: &Inner) -> Result<Language, AppError> {
    Ok(app.with_store(|store| Ok(store.content_language()?))?.unwrap_or_else(|| app.current_language()))
}
