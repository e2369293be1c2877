//! Reading: the articles the reader saved, the ones they opened and how far they got in each,
//! for "continue reading".
//!
//! Articles are named by id, and the ids come from the UI, so they are not trusted: a write
//! about an article that no installed pack has is ignored. An article whose pack is removed is
//! left out of every list but not forgotten; it comes back with its pack. The history keeps the
//! last [`HISTORY_LIMIT`] articles, pruned in the transaction that adds one, and the reader may
//! clear it at any time (a worker's phone may be looked at by an employer).
//!
//! Order comes from a counter, not from the device's clock, which people set back and forth.

use mirai_core::Language;
use rusqlite::{Row, Transaction, params};

use crate::packs::unix_now;
use crate::{Store, StoreError};

/// How many opened articles the history keeps.
pub const HISTORY_LIMIT: usize = 200;

/// How far an article must be read to count as finished: the last lines of an article may stay
/// below the edge of the screen when the page ends.
const FINISHED: f64 = 0.95;

/// Whether an installed pack has the row's article: its file is `articles/<id>.json`. `CROSS
/// JOIN` keeps the few packs as the outer loop, so each pack is one lookup in `pack_file`'s key
/// instead of a scan of every file.
const INSTALLED: &str = "EXISTS (SELECT 1 FROM pack CROSS JOIN pack_file ON pack_file.pack_id = pack.pack_id
     AND pack_file.path = 'articles/' || article_id || '.json')";

/// How far into an article the reader got: a fraction from 0 (the top) to 1 (the end).
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Progress(f64);

impl Progress {
    /// The top of the article.
    pub const START: Progress = Progress(0.0);
    /// The end of the article.
    pub const END: Progress = Progress(1.0);

    /// A fraction, clamped into 0 to 1 (a measured scroll position can overshoot when the page
    /// bounces); `None` for NaN, which measures nothing.
    pub fn new(fraction: f64) -> Option<Progress> {
        if fraction.is_nan() { None } else { Some(Progress(fraction.clamp(0.0, 1.0))) }
    }

    /// The fraction, from 0 to 1.
    pub fn fraction(self) -> f64 {
        self.0
    }
}

/// A saved article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bookmark {
    /// The article.
    pub article_id: String,
    /// When it was saved, in seconds since 1970 by the device's clock.
    pub added_at: i64,
}

/// An article the reader opened.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadingEntry {
    /// The article.
    pub article_id: String,
    /// The language it was last read in.
    pub lang: Language,
    /// When it was last opened or read, in seconds since 1970 by the device's clock.
    pub opened_at: i64,
    /// The furthest the reader got in it: going back up to reread a part, or to the link at
    /// the top of the page, does not lose the place.
    pub progress: Progress,
    /// Whether they got to the end.
    pub finished: bool,
}

impl Store {
    /// Saves the article (`on`) or forgets that it was saved, and returns whether it is saved
    /// now. An article that no installed pack has cannot be saved, but can be forgotten.
    pub fn set_bookmark(&mut self, article_id: &str, on: bool) -> Result<bool, StoreError> {
        let tx = self.conn.transaction()?;
        let saved = if !on {
            tx.execute("DELETE FROM bookmark WHERE article_id = ?1", [article_id])?;
            false
        } else if installed(&tx, article_id)? {
            // Saving again keeps the first save's place in the list.
            tx.execute(
                "INSERT INTO bookmark (article_id, added_at, seq)
                 VALUES (?1, ?2, (SELECT coalesce(max(seq), 0) + 1 FROM bookmark))
                 ON CONFLICT (article_id) DO NOTHING",
                params![article_id, unix_now()],
            )?;
            true
        } else {
            false
        };
        tx.commit()?;
        Ok(saved)
    }

    /// Whether the article is saved.
    pub fn is_bookmarked(&self, article_id: &str) -> Result<bool, StoreError> {
        Ok(self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM bookmark WHERE article_id = ?1)",
            [article_id],
            |row| row.get(0),
        )?)
    }

    /// The saved articles that an installed pack has, the last saved first.
    pub fn bookmarks(&self) -> Result<Vec<Bookmark>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(&format!("SELECT article_id, added_at FROM bookmark WHERE {INSTALLED} ORDER BY seq DESC"))?;
        let rows = stmt.query_map([], |row| Ok(Bookmark { article_id: row.get(0)?, added_at: row.get(1)? }))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Records that the reader has the article open in `lang` and has read `read` of it (the
    /// top, [`Progress::START`], when it was just opened): it goes to the top of the history,
    /// and its progress becomes `read` if that is further. In one transaction, the history is
    /// cut back to [`HISTORY_LIMIT`]. Returns whether it was recorded: an article that no
    /// installed pack has is not.
    pub fn record_reading(&mut self, article_id: &str, lang: Language, read: Progress) -> Result<bool, StoreError> {
        let tx = self.conn.transaction()?;
        if !installed(&tx, article_id)? {
            return Ok(false);
        }
        tx.execute(
            "INSERT INTO reading (article_id, lang, opened_at, seq, progress)
             VALUES (?1, ?2, ?3, (SELECT coalesce(max(seq), 0) + 1 FROM reading), ?4)
             ON CONFLICT (article_id) DO UPDATE SET
                 lang = excluded.lang,
                 opened_at = excluded.opened_at,
                 seq = excluded.seq,
                 progress = max(reading.progress, excluded.progress)",
            params![article_id, lang.code(), unix_now(), read.fraction()],
        )?;
        tx.execute(
            "DELETE FROM reading WHERE seq <= (SELECT seq FROM reading ORDER BY seq DESC LIMIT 1 OFFSET ?1)",
            [i64::try_from(HISTORY_LIMIT).unwrap_or(i64::MAX)],
        )?;
        tx.commit()?;
        Ok(true)
    }

    /// The articles opened last, the last first, at most `limit`, leaving out those that no
    /// installed pack has.
    pub fn reading_history(&self, limit: usize) -> Result<Vec<ReadingEntry>, StoreError> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT article_id, lang, opened_at, progress FROM reading WHERE {INSTALLED}
             ORDER BY seq DESC LIMIT ?1"
        ))?;
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let rows = stmt.query_map([limit], entry)?;
        // A language this version does not know (written by a newer one) leaves the entry out.
        Ok(rows.filter_map(|row| row.transpose()).collect::<Result<_, _>>()?)
    }

    /// The article to continue: the one opened last among those not read to the end, if an
    /// installed pack has it.
    pub fn continue_reading(&self) -> Result<Option<ReadingEntry>, StoreError> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT article_id, lang, opened_at, progress FROM reading
             WHERE progress < ?1 AND {INSTALLED} ORDER BY seq DESC"
        ))?;
        let mut rows = stmt.query_map([FINISHED], entry)?;
        Ok(rows.find_map(|row| row.transpose()).transpose()?)
    }

    /// Forgets every article opened and where the reader was; saved articles stay saved.
    /// Returns how many were forgotten.
    pub fn clear_history(&mut self) -> Result<usize, StoreError> {
        let tx = self.conn.transaction()?;
        let removed = tx.execute("DELETE FROM reading", [])?;
        tx.commit()?;
        Ok(removed)
    }
}

/// Whether an installed pack has the article. Article ids are at most 80 ASCII
/// characters, so a longer one is not looked up at all.
fn installed(tx: &Transaction<'_>, article_id: &str) -> Result<bool, StoreError> {
    if article_id.len() > 80 {
        return Ok(false);
    }
    Ok(tx.query_row(&format!("SELECT {INSTALLED} FROM (SELECT ?1 AS article_id)"), [article_id], |row| row.get(0))?)
}

/// A history row; `None` when its language is not one this version knows.
fn entry(row: &Row<'_>) -> rusqlite::Result<Option<ReadingEntry>> {
    let Ok(lang) = row.get::<_, String>(1)?.parse::<Language>() else { return Ok(None) };
    let progress = Progress::new(row.get(3)?).unwrap_or(Progress::START);
    Ok(Some(ReadingEntry {
        article_id: row.get(0)?,
        lang,
        opened_at: row.get(2)?,
        progress,
        finished: progress.fraction() >= FINISHED,
    }))
}
