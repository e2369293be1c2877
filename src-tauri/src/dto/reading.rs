//! DTOs for the reader's own reading: saved articles, the history and "continue reading", with
//! titles in the reader's language like the guide's lists.

use mirai_core::Language;
use mirai_pack::content::Article;
use mirai_store::{Bookmark, ReadingEntry};
use serde::Serialize;
use ts_rs::TS;

use super::ArticleSummaryDto;

/// An article the reader opened.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReadingEntryDto {
    /// The article, in the reader's language.
    pub article: ArticleSummaryDto,
    /// The code of the language it was last read in.
    pub read_in: String,
    /// The furthest the reader got, from 0 (the top) to 1 (the end).
    pub progress: f64,
    /// Whether it was read to the end.
    pub finished: bool,
}

/// What the guide shows of the reader's own reading.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReadingOverviewDto {
    /// The article opened last that was not read to the end, if any.
    pub continue_reading: Option<ReadingEntryDto>,
    /// The saved articles, the last saved first.
    pub bookmarks: Vec<ArticleSummaryDto>,
    /// The articles opened last, the last first.
    pub history: Vec<ReadingEntryDto>,
}

/// The article of the week on the home screen.
#[derive(Debug, Clone, Serialize, TS)]
pub struct WeeklyArticleDto {
    /// The article.
    pub article: ArticleSummaryDto,
    /// The points reading it to the end earns.
    pub points: u32,
    /// Whether they were earned this week already.
    pub earned: bool,
}

impl ReadingOverviewDto {
    /// The overview for a reader of `lang`, with titles from `articles`; entries whose article
    /// is not among them are left out.
    pub fn new(
        articles: &[Article],
        lang: Language,
        continue_reading: Option<ReadingEntry>,
        bookmarks: &[Bookmark],
        history: &[ReadingEntry],
    ) -> ReadingOverviewDto {
        let summary = |id: &str| articles.iter().find(|a| a.id == id).and_then(|a| ArticleSummaryDto::new(a, lang));
        let entry = |entry: &ReadingEntry| {
            Some(ReadingEntryDto {
                article: summary(&entry.article_id)?,
                read_in: entry.lang.code().to_owned(),
                progress: entry.progress.fraction(),
                finished: entry.finished,
            })
        };
        ReadingOverviewDto {
            continue_reading: continue_reading.as_ref().and_then(entry),
            bookmarks: bookmarks.iter().filter_map(|b| summary(&b.article_id)).collect(),
            history: history.iter().filter_map(entry).collect(),
        }
    }
}

/// The TypeScript declarations of these DTOs.
pub fn declarations(cfg: &ts_rs::Config) -> Vec<String> {
    vec![ReadingEntryDto::decl(cfg), ReadingOverviewDto::decl(cfg), WeeklyArticleDto::decl(cfg)]
}

#[cfg(test)]
mod tests {
    use mirai_store::Progress;

    use super::*;

    fn article(id: &str) -> Article {
        serde_json::from_value(serde_json::json!({
            "id": id, "category": "living", "reviewed": "2026-11-01",
            "sources": [{"title": "ISA", "url": "https://www.moj.go.jp/isa/"}],
            "text": {
                "en": {"title": format!("{id} in English"), "summary": "", "body": ""},
                "vi": {"title": format!("{id} in Vietnamese"), "summary": "", "body": ""},
            },
        }))
        .expect("an article")
    }

    fn entry(id: &str, lang: Language, progress: f64) -> ReadingEntry {
        let progress = Progress::new(progress).expect("a fraction");
        ReadingEntry { article_id: id.into(), lang, opened_at: 0, progress, finished: progress == Progress::END }
    }

    #[test]
    fn titles_are_in_the_readers_language_and_unknown_articles_are_left_out() {
        let articles = [article("rent"), article("wages")];
        let saved =
            [Bookmark { article_id: "gone".into(), added_at: 0 }, Bookmark { article_id: "wages".into(), added_at: 0 }];
        let history =
            [entry("gone", Language::En, 0.5), entry("rent", Language::En, 0.25), entry("wages", Language::Vi, 1.0)];
        let dto = ReadingOverviewDto::new(&articles, Language::Vi, Some(history[1].clone()), &saved, &history);

        let next = dto.continue_reading.expect("rent");
        assert_eq!(
            (next.article.title.as_str(), next.read_in.as_str(), next.progress),
            ("rent in Vietnamese", "en", 0.25)
        );
        assert_eq!(dto.bookmarks.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(), ["wages"]);
        assert_eq!(
            dto.history.iter().map(|e| (e.article.id.as_str(), e.finished)).collect::<Vec<_>>(),
            [("rent", false), ("wages", true)]
        );
        let gone = ReadingOverviewDto::new(&articles, Language::Vi, Some(history[0].clone()), &[], &[]);
        assert!(gone.continue_reading.is_none());
    }
}
