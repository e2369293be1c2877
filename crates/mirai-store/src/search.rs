//! Searching installed articles offline, in every language and script.
//!
//! The index is rebuilt for a pack inside the transaction that installs it, so search never
//! sees half a pack, and rebuilt whole when `mirai-search` tokenizes differently than the
//! index was built with ([`mirai_search::INDEX_VERSION`]).

use mirai_core::Language;
use mirai_search::{Query, Snippet, snippet};
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
        let expression = match lang {
            Some(lang) => format!("{{lang}} : \"{}\" AND ({expression})", lang.code()),
            None => expression.to_owned(),
        };
        // Ranked rowids only: the text is read for the articles kept, not for every match.
        let mut ranked = self.conn.prepare_cached(
            "SELECT rowid FROM search_tokens WHERE search_tokens MATCH ?1
             AND rank MATCH 'bm25(0.0, 4.0, 4.0, 4.0, 1.0, 1.0, 1.0)' ORDER BY rank LIMIT ?2",
        )?;
        let mut names = self.conn.prepare_cached("SELECT article_id, lang FROM search_text WHERE id = ?1")?;
        let mut texts = self.conn.prepare_cached("SELECT title, summary, body FROM search_text WHERE id = ?1")?;
        let mut rows = ranked.query(params![expression, (limit * ROWS_PER_HIT) as i64])?;
        let mut hits: Vec<SearchHit> = Vec::new();
        while hits.len() < limit
            && let Some(row) = rows.next()?
        {
            let id: i64 = row.get(0)?;
            let Some((article_id, code)) =
                names.query_row([id], |row| Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))).optional()?
            else {
                continue;
            };
            let Ok(lang) = code.parse::<Language>() else { continue };
            if hits.iter().any(|hit| hit.article_id == article_id) {
                continue;
            }
            let (title, summary, body): (String, String, String) =
                texts.query_row([id], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?;
            // Where the body matches, that place; else the summary (the match was in the title).
            let in_body = snippet(&body, query.terms());
            let snippet =
                if in_body.parts.iter().any(|(_, hit)| *hit) { in_body } else { snippet(&summary, query.terms()) };
            hits.push(SearchHit { article_id, lang, title, snippet });
        }
        Ok(hits)
    }
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
    tx.execute("INSERT INTO search_tokens (search_tokens) VALUES ('delete-all')", [])?;
    tx.execute("DELETE FROM search_text", [])?;
    let packs: Vec<String> = {
        let mut stmt = tx.prepare("SELECT pack_id FROM pack")?;
        stmt.query_map([], |row| row.get(0))?.collect::<Result<_, _>>()?
    };
    for pack in packs {
        crate::indexer::index_pack(&tx, &pack)?;
    }
    tx.execute(
        "INSERT INTO setting (name, value) VALUES (?1, ?2) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
        params![INDEX_SETTING, current],
    )?;
    tx.commit()?;
    Ok(())
}
