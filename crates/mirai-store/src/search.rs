//! Searching installed articles offline, in every language and script.
//!
//! The index is rebuilt for a pack inside the transaction that installs it, so search never
//! sees half a pack, and rebuilt whole when `mirai-search` tokenizes differently than the
//! index was built with ([`mirai_search::INDEX_VERSION`]).

use mirai_core::Language;
use mirai_search::{Query, Snippet, correctable, correction, snippet};
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

/// What a search found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchResults {
    /// The articles, best first.
    pub hits: Vec<SearchHit>,
    /// When nothing matched what was typed but a spelling correction did: the corrected search,
    /// to show as "results for …".
    pub corrected: Option<String>,
}

impl Store {
    /// Articles matching `text`, best first, at most `limit`, each article once. In `lang` only,
    /// or in every language when `lang` is `None` (then each article in the language it
    /// matched best). Articles with every term come first. If there are none, misspelled
    /// Latin-script words are corrected to the closest indexed words and that search is tried;
    /// if it finds nothing either, articles with any of the terms typed. Text that holds nothing
    /// searchable finds nothing; no input is an error.
    pub fn search(&self, text: &str, lang: Option<Language>, limit: usize) -> Result<SearchResults, StoreError> {
        let Some(query) = Query::parse(text) else { return Ok(SearchResults::default()) };
        let hits = self.hits(query.expression(), &query, lang, limit)?;
        if !hits.is_empty() {
            return Ok(SearchResults { hits, corrected: None });
        }
        if let Some((fixed, text)) = self.corrected(&query)?.and_then(|text| Some((Query::parse(&text)?, text))) {
            let hits = self.hits(fixed.expression(), &fixed, lang, limit)?;
            if !hits.is_empty() {
                return Ok(SearchResults { hits, corrected: Some(text) });
            }
        }
        Ok(SearchResults { hits: self.hits(&query.any_expression(), &query, lang, limit)?, corrected: None })
    }

    /// The query's terms with each misspelled Latin-script word replaced by the closest word in
    /// the index (from FTS5's own vocabulary, among words of the same first letter); `None`
    /// when no word changed.
    fn corrected(&self, query: &Query) -> Result<Option<String>, StoreError> {
        self.conn.execute_batch(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab USING fts5vocab(main, search_tokens, col)",
        )?;
        let mut known = self.conn.prepare_cached(
            "SELECT term, sum(doc) FROM temp.search_vocab
             WHERE term >= ?1 AND term < ?2 AND col IN ('title_words', 'body_words')
               AND length(term) BETWEEN ?3 AND ?4
             GROUP BY term",
        )?;
        let mut changed = false;
        let mut words = Vec::new();
        for term in query.terms() {
            let first = term.chars().next().filter(|_| correctable(term));
            let Some(next) = first.and_then(|c| char::from_u32(c as u32 + 1)) else {
                words.push(term.clone());
                continue;
            };
            let (from, to) = (first.map(String::from).unwrap_or_default(), next.to_string());
            let len = term.len() as i64;
            let candidates: Vec<(String, i64)> = known
                .query_map(params![from, to, len - 2, len + 2], |row| Ok((row.get(0)?, row.get(1)?)))?
                .collect::<Result<_, _>>()?;
            let fixed =
                correction(term, candidates.iter().map(|(word, texts)| (word.as_str(), (*texts).max(0) as u64)));
            changed |= fixed.is_some();
            words.push(fixed.unwrap_or(term).to_owned());
        }
        Ok(changed.then(|| words.join(" ")))
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
