//! Searching installed articles offline, in every language and script.
//!
//! The index is rebuilt for a pack inside the transaction that installs it, so search never
//! sees half a pack, and rebuilt whole when `mirai-search` tokenizes differently than the
//! index was built with ([`mirai_search::INDEX_VERSION`]).

use mirai_core::Language;
use mirai_pack::content::{Article, plain_text};
use mirai_search::{Document, Query, Snippet, snippet};
use rusqlite::{Connection, OptionalExtension, params};

use crate::{Store, StoreError};

/// Where the index version is kept, in `setting`.
const INDEX_SETTING: &str = "search_index_version";
/// Rows read per hit wanted, so that several languages of one article can be folded into one.
const ROWS_PER_HIT: usize = 9;

/// An article found by a search.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchHit {
    /// The article.
    pub article_id: String,
    /// The language the match is in.
    pub lang: Language,
    /// Its title in that language.
    pub title: String,
    /// Where it matched, to highlight.
    pub snippet: Snippet,
}

impl Store {
    /// Articles matching `text`, best first, at most `limit`, each article once. In `lang` only,
    /// or in every language when `lang` is `None` (then each article in the language it
    /// matched best). Text that holds nothing searchable finds nothing; no input is an error.
    pub fn search(&self, text: &str, lang: Option<Language>, limit: usize) -> Result<Vec<SearchHit>, StoreError> {
        let Some(query) = Query::parse(text) else { return Ok(Vec::new()) };
        let mut hits = self.hits(query.expression(), &query, lang, limit)?;
        if hits.is_empty() {
            hits = self.hits(&query.any_expression(), &query, lang, limit)?;
        }
        Ok(hits)
    }

    fn hits(
        &self,
        expression: &str,
        query: &Query,
        lang: Option<Language>,
        limit: usize,
    ) -> Result<Vec<SearchHit>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT article_id, lang, title, summary, body FROM article_search
             WHERE article_search MATCH ?1 AND (?2 IS NULL OR lang = ?2)
             ORDER BY bm25(article_search, 4.0, 4.0, 4.0, 1.0, 1.0, 1.0) LIMIT ?3",
        )?;
        let rows = stmt
            .query_map(params![expression, lang.map(Language::code), (limit * ROWS_PER_HIT) as i64], |row| {
                Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?, row.get(2)?, row.get(3)?, row.get(4)?))
            })?;
        let mut hits: Vec<SearchHit> = Vec::new();
        for row in rows {
            let (article_id, code, title, summary, body): (String, String, String, String, String) = row?;
            if hits.len() == limit || hits.iter().any(|hit| hit.article_id == article_id) {
                continue;
            }
            let Ok(lang) = code.parse::<Language>() else { continue };
            // Where the body matches, that place; else the summary (the match was in the title).
            let in_body = snippet(&body, query.terms());
            let snippet =
                if in_body.parts.iter().any(|(_, hit)| *hit) { in_body } else { snippet(&summary, query.terms()) };
            hits.push(SearchHit { article_id, lang, title, snippet });
        }
        Ok(hits)
    }
}

/// Rebuilds the rows of one pack's articles, in the caller's transaction.
pub(crate) fn index_pack(conn: &Connection, pack_id: &str) -> Result<(), StoreError> {
    conn.execute("DELETE FROM article_search WHERE pack_id = ?1", [pack_id])?;
    let mut stmt =
        conn.prepare("SELECT data FROM pack_file WHERE pack_id = ?1 AND path >= 'articles/' AND path < 'articles0'")?;
    let files: Vec<Vec<u8>> = stmt.query_map([pack_id], |row| row.get(0))?.collect::<Result<_, _>>()?;
    let mut insert = conn.prepare_cached(
        "INSERT INTO article_search (title_words, title_chars, title_pairs, body_words, body_chars, body_pairs,
             pack_id, article_id, lang, title, summary, body)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?;
    for data in files {
        // Verified at install; an article this version cannot read is simply not searchable.
        let Ok(article) = serde_json::from_slice::<Article>(&data) else { continue };
        for (lang, text) in &article.text.0 {
            let (body, readings) = plain_text(&text.body);
            let indexed_body = format!("{}\n{body}\n{readings}", text.summary);
            let [c0, c1, c2, c3, c4, c5] = Document::new(&text.title, &indexed_body).columns;
            insert.execute(params![
                c0,
                c1,
                c2,
                c3,
                c4,
                c5,
                pack_id,
                article.id,
                lang,
                text.title,
                text.summary,
                body
            ])?;
        }
    }
    Ok(())
}

/// Rebuilds the whole index if it was built by another tokenizer version (or never), in one
/// transaction.
pub(crate) fn ensure_index(conn: &mut Connection) -> Result<(), StoreError> {
    let current = mirai_search::INDEX_VERSION.to_string();
    let built: Option<String> =
        conn.query_row("SELECT value FROM setting WHERE name = ?1", [INDEX_SETTING], |row| row.get(0)).optional()?;
    if built.as_deref() == Some(current.as_str()) {
        return Ok(());
    }
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    tx.execute("DELETE FROM article_search", [])?;
    let packs: Vec<String> = {
        let mut stmt = tx.prepare("SELECT pack_id FROM pack")?;
        stmt.query_map([], |row| row.get(0))?.collect::<Result<_, _>>()?
    };
    for pack in packs {
        index_pack(&tx, &pack)?;
    }
    tx.execute(
        "INSERT INTO setting (name, value) VALUES (?1, ?2) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
        params![INDEX_SETTING, current],
    )?;
    tx.commit()?;
    Ok(())
}
