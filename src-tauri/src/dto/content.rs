//! DTOs for pack content: article lists, articles as blocks to render, directory entries. Text
//! comes in the reader's language when the pack has it, else English, and says which it is so
//! the UI can mark it with `lang`.

use mirai_core::Language;
use mirai_pack::content::{
    Article, Block, DirectoryEntry, Hours, Inline, LinkTarget, Source, Translations, parse_body,
};
use serde::Serialize;
use ts_rs::TS;

/// An article in a list.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ArticleSummaryDto {
    /// Its id.
    pub id: String,
    /// Its category (`living`, `working`, …).
    pub category: String,
    /// The BCP 47 tag of the language the text is in.
    pub lang: String,
    /// The heading.
    pub title: String,
    /// One or two sentences.
    pub summary: String,
}

/// An article to read.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ArticleDto {
    /// Heading, summary and language.
    pub summary: ArticleSummaryDto,
    /// The body, parsed.
    pub blocks: Vec<BlockDto>,
    /// The day it was last checked against its sources.
    pub reviewed: String,
    /// Where its facts come from.
    pub sources: Vec<SourceDto>,
    /// Articles to read next.
    pub related: Vec<ArticleSummaryDto>,
    /// Directory entries it refers to.
    pub directory: Vec<DirectoryEntryDto>,
    /// The codes of the languages it can be read in.
    pub languages: Vec<String>,
}

/// A block of an article body.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum BlockDto {
    /// A heading.
    Heading {
        /// Its text.
        content: Vec<InlineDto>,
    },
    /// A paragraph.
    Paragraph {
        /// Its text.
        content: Vec<InlineDto>,
    },
    /// A bulleted list.
    List {
        /// The items.
        items: Vec<Vec<InlineDto>>,
    },
    /// A picture from the pack.
    Image {
        /// The picture as a `data:` URL, which the content security policy allows and which
        /// needs no file access from the web view.
        src: String,
        /// What it shows, in the article's language.
        alt: String,
    },
}

/// A piece of text in a block.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum InlineDto {
    /// Plain text.
    Text {
        /// The text.
        text: String,
    },
    /// A word and its reading.
    Ruby {
        /// The written form.
        base: String,
        /// The reading.
        reading: String,
    },
    /// A link.
    Link {
        /// `article` or `directory`.
        to: String,
        /// The id it points to.
        id: String,
        /// What it shows.
        content: Vec<InlineDto>,
    },
}

/// A public source.
#[derive(Debug, Clone, Serialize, TS)]
pub struct SourceDto {
    /// Publisher and title.
    pub title: String,
    /// Where to find it.
    pub url: String,
}

/// A phone line or support organisation.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DirectoryEntryDto {
    /// Its id.
    pub id: String,
    /// `emergency`, `hotline` or `support`.
    pub kind: String,
    /// The number to dial.
    pub phone: String,
    /// The BCP 47 tag of the language name and description are in.
    pub lang: String,
    /// The organisation's name.
    pub name: String,
    /// What it helps with.
    pub description: String,
    /// Languages spoken (ISO 639-1).
    pub languages: Vec<String>,
    /// When it answers.
    pub hours: HoursDto,
    /// Seasons when it does not answer, as `MM-DD` days (`12-29` to `01-03`).
    pub closed: Vec<ClosedDto>,
    /// Whether calling is free.
    pub free: bool,
    /// Where the facts come from.
    pub source: SourceDto,
    /// When they were last checked.
    pub reviewed: String,
}

/// Opening hours, Japan time.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum HoursDto {
    /// Day and night, every day.
    Always,
    /// These days, these times.
    Weekly {
        /// The rules.
        rules: Vec<OpeningDto>,
    },
}

/// One opening rule.
#[derive(Debug, Clone, Serialize, TS)]
pub struct OpeningDto {
    /// `mon` … `sun`, `holiday`.
    pub days: Vec<String>,
    /// `HH:MM`.
    pub open: String,
    /// `HH:MM`.
    pub close: String,
}

/// A season when a line is closed, both days included.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ClosedDto {
    /// `MM-DD`.
    pub from: String,
    /// `MM-DD`.
    pub to: String,
}

/// The value in `lang`, else English, else any, with the language it is in.
pub(super) fn pick<T>(text: &Translations<T>, lang: Language) -> Option<(Language, &T)> {
    [lang, Language::En]
        .into_iter()
        .find_map(|l| text.get(l).map(|t| (l, t)))
        .or_else(|| text.0.iter().find_map(|(code, t)| code.parse().ok().map(|l| (l, t))))
}

impl ArticleSummaryDto {
    /// The article's list entry for a reader of `lang`; `None` if it has no text at all.
    pub fn new(article: &Article, lang: Language) -> Option<ArticleSummaryDto> {
        let (used, text) = pick(&article.text, lang)?;
        Some(ArticleSummaryDto {
            id: article.id.clone(),
            category: category(article),
            lang: used.bcp47().to_owned(),
            title: text.title.clone(),
            summary: text.summary.clone(),
        })
    }
}

fn category(article: &Article) -> String {
    serde_json::to_value(article.category).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

impl ArticleDto {
    /// The whole article for a reader of `lang`, with its related articles and directory
    /// entries looked up in `articles` and `directory` and its pictures read by `image`
    /// (missing ones are left out).
    pub fn new(
        article: &Article,
        lang: Language,
        articles: &[Article],
        directory: &[DirectoryEntry],
        image: &dyn Fn(&str) -> Option<Vec<u8>>,
    ) -> Option<ArticleDto> {
        let summary = ArticleSummaryDto::new(article, lang)?;
        let (_, text) = pick(&article.text, lang)?;
        Some(ArticleDto {
            summary,
            blocks: parse_body(&text.body).into_iter().filter_map(|block| BlockDto::new(block, image)).collect(),
            reviewed: article.reviewed.clone(),
            sources: article.sources.iter().map(SourceDto::from).collect(),
            related: article
                .related
                .iter()
                .filter_map(|id| articles.iter().find(|a| a.id == *id))
                .filter_map(|a| ArticleSummaryDto::new(a, lang))
                .collect(),
            directory: article
                .directory
                .iter()
                .filter_map(|id| directory.iter().find(|d| d.id == *id))
                .filter_map(|d| DirectoryEntryDto::new(d, lang))
                .collect(),
            languages: Language::ALL
                .iter()
                .filter(|l| article.text.get(**l).is_some())
                .map(|l| l.code().to_owned())
                .collect(),
        })
    }
}

impl DirectoryEntryDto {
    /// The entry for a reader of `lang`.
    pub fn new(entry: &DirectoryEntry, lang: Language) -> Option<DirectoryEntryDto> {
        let (used, name) = pick(&entry.name, lang)?;
        let description = entry.description.get(used).cloned().unwrap_or_default();
        Some(DirectoryEntryDto {
            id: entry.id.clone(),
            kind: serde_json::to_value(entry.kind).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default(),
            phone: entry.phone.clone(),
            lang: used.bcp47().to_owned(),
            name: name.clone(),
            description,
            languages: entry.languages.clone(),
            hours: match &entry.hours {
                Hours::Always => HoursDto::Always,
                Hours::Weekly(rules) => HoursDto::Weekly {
                    rules: rules
                        .iter()
                        .map(|r| OpeningDto { days: r.days.clone(), open: r.open.clone(), close: r.close.clone() })
                        .collect(),
                },
            },
            closed: entry.closed.iter().map(|c| ClosedDto { from: c.from.clone(), to: c.to.clone() }).collect(),
            free: entry.free,
            source: SourceDto::from(&entry.source),
            reviewed: entry.reviewed.clone(),
        })
    }
}

impl From<&Source> for SourceDto {
    fn from(source: &Source) -> SourceDto {
        SourceDto { title: source.title.clone(), url: source.url.clone() }
    }
}

impl BlockDto {
    /// The block as the UI shows it; `None` for a picture that cannot be read.
    fn new(block: Block, image: &dyn Fn(&str) -> Option<Vec<u8>>) -> Option<BlockDto> {
        let inlines = |content: Vec<Inline>| content.into_iter().map(InlineDto::from).collect();
        Some(match block {
            Block::Heading(content) => BlockDto::Heading { content: inlines(content) },
            Block::Paragraph(content) => BlockDto::Paragraph { content: inlines(content) },
            Block::List(items) => BlockDto::List { items: items.into_iter().map(inlines).collect() },
            Block::Image { name, alt } => BlockDto::Image { src: data_url(&name, &image(&name)?)?, alt },
        })
    }
}

/// A picture as a `data:` URL, typed by its extension (which the pack checked against its
/// bytes).
fn data_url(name: &str, bytes: &[u8]) -> Option<String> {
    use base64::Engine;
    let mime = match name.rsplit_once('.')?.1 {
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        _ => return None,
    };
    Some(format!("data:{mime};base64,{}", base64::engine::general_purpose::STANDARD.encode(bytes)))
}

impl From<Inline> for InlineDto {
    fn from(inline: Inline) -> InlineDto {
        match inline {
            Inline::Text { text } => InlineDto::Text { text },
            Inline::Ruby { base, reading } => InlineDto::Ruby { base, reading },
            Inline::Link { target, content } => {
                let (to, id) = match target {
                    LinkTarget::Article(id) => ("article", id),
                    LinkTarget::Directory(id) => ("directory", id),
                };
                InlineDto::Link { to: to.into(), id, content: content.into_iter().map(InlineDto::from).collect() }
            }
        }
    }
}

/// How articles are read.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReadingSettingsDto {
    /// The code of the language articles are read in, if chosen apart from the app's.
    pub content_language: Option<String>,
    /// Whether Japanese text shows furigana.
    pub furigana: bool,
}

/// An article found by a search, with the extract to show.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SearchHitDto {
    /// The article.
    pub article_id: String,
    /// The language it matched in.
    pub lang: String,
    /// Its title in that language.
    pub title: String,
    /// The extract, in pieces; `hit` pieces are what matched.
    pub snippet: Vec<SnippetPartDto>,
}

/// What a search found, and the corrected search when what was typed found nothing.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SearchResultsDto {
    /// The articles, best first.
    pub hits: Vec<SearchHitDto>,
    /// The search that found them, when a misspelling was corrected: "results for …".
    pub corrected: Option<String>,
}

impl From<&mirai_store::SearchResults> for SearchResultsDto {
    fn from(results: &mirai_store::SearchResults) -> SearchResultsDto {
        SearchResultsDto {
            hits: results.hits.iter().map(SearchHitDto::from).collect(),
            corrected: results.corrected.clone(),
        }
    }
}

/// A piece of an extract.
#[derive(Debug, Clone, Serialize, TS)]
pub struct SnippetPartDto {
    /// The text.
    pub text: String,
    /// Whether it is a match, to highlight.
    pub hit: bool,
}

impl From<&mirai_store::SearchHit> for SearchHitDto {
    fn from(hit: &mirai_store::SearchHit) -> SearchHitDto {
        SearchHitDto {
            article_id: hit.article_id.clone(),
            lang: hit.lang.bcp47().to_owned(),
            title: hit.title.clone(),
            snippet: hit
                .snippet
                .parts
                .iter()
                .map(|(text, hit)| SnippetPartDto { text: text.clone(), hit: *hit })
                .collect(),
        }
    }
}

/// The TypeScript declarations of these DTOs.
pub fn declarations(cfg: &ts_rs::Config) -> Vec<String> {
    vec![
        ArticleSummaryDto::decl(cfg),
        ArticleDto::decl(cfg),
        BlockDto::decl(cfg),
        InlineDto::decl(cfg),
        SourceDto::decl(cfg),
        DirectoryEntryDto::decl(cfg),
        HoursDto::decl(cfg),
        OpeningDto::decl(cfg),
        ClosedDto::decl(cfg),
        ReadingSettingsDto::decl(cfg),
        SearchResultsDto::decl(cfg),
        SearchHitDto::decl(cfg),
        SnippetPartDto::decl(cfg),
    ]
}
